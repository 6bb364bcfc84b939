"""The embedding stage on a real DuckDB file: only new passages are encoded, shared ones once, vectors FLOAT[dim]."""

import duckdb
import numpy as np
import pyarrow as pa
import pytest

from models.profile import parse_profile
from tests.conftest import RecordingEmbedder
from warehouse.embeddings import build_posting_chunks
from warehouse.matches import build_matches
from warehouse.migrate import migrate

ABOUT = "About Us\nLedgerline automates the month-end close for finance teams at mid-sized companies.\n"


def _postings(con, rows):
    table = pa.Table.from_pylist([{"posting_id": pid, "title": title, "company": "Ledgerline",
                                   "description_text": text, "job_is_open": is_open, "duplicate_of": None,
                                   "locations": ["Remote"], "url": f"https://x.example/{pid}",
                                   "posted_at": None, "first_seen_at": None}
                                  for pid, title, text, is_open in rows])
    con.register("staged", table)
    con.execute("CREATE OR REPLACE TABLE postings AS SELECT * FROM staged")
    con.unregister("staged")


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(connection)
    yield connection
    connection.close()


def test_cold_then_warm_and_shared_passages_encoded_once(con):
    _postings(con, [("a", "Data Engineer", ABOUT + "Requirements\nYou build dbt models for invoices.", True),
                    ("b", "ML Engineer", ABOUT + "Requirements\nYou forecast cash flow for customers.", True),
                    ("c", "Closed Job", "Requirements\nNot read at all.", False)])
    model = RecordingEmbedder()
    cold = build_posting_chunks(con, model)
    assert (cold.postings, cold.passages, cold.unique_texts, cold.encoded) == (2, 8, 7, 7)
    assert model.encoded.count(ABOUT.splitlines()[1]) == 1  # the shared paragraph, read bare, once
    assert con.execute("SELECT typeof(vector) FROM posting_chunks LIMIT 1").fetchall()[0][0] == "FLOAT[32]"
    rows = con.execute("SELECT posting_id, passage_no, section, is_shared FROM posting_chunks "
                       "ORDER BY posting_id, passage_no").fetchall()
    assert rows == [("a", 0, "title", False), ("a", 1, "about", True), ("a", 2, "required", False),
                    ("a", 3, "summary", False),
                    ("b", 0, "title", False), ("b", 1, "about", True), ("b", 2, "required", False),
                    ("b", 3, "summary", False)]
    norms = np.array([r[0] for r in con.execute("SELECT list_dot_product(vector::FLOAT[], vector::FLOAT[]) "
                                                "FROM posting_chunks").fetchall()])
    assert np.allclose(norms, 1.0, atol=1e-5)

    model.encoded.clear()
    warm = build_posting_chunks(con, model)
    assert (warm.encoded, warm.cache_hits, model.encoded) == (0, 7, [])
    assert con.execute("SELECT count(*) FROM embedding_cache").fetchall()[0][0] == 7

    _postings(con, [("a", "Data Engineer", ABOUT + "Requirements\nYou build dbt models for invoices.", True),
                    ("d", "Analyst", "Requirements\nSQL dashboards for the sales team.", True)])
    model.encoded.clear()
    third = build_posting_chunks(con, model)
    # a's shared paragraph is no longer shared (b is gone): a new text with the title in front; d's title,
    # requirement and summary are new; a's other passages and summary come from the cache
    assert third.encoded == 4 and "Analyst" in model.encoded
    assert con.execute("SELECT count(*) FROM embedding_cache").fetchall()[0][0] == 11


def test_matches_from_the_warehouse_rank_every_profile_and_feed_the_view(con):
    _postings(con, [("a", "Data Engineer", "Requirements\nYou build dbt models for invoices.", True),
                    ("b", "ML Engineer", "Requirements\nYou forecast cash flow for finance customers.", True)])
    con.execute("CREATE TABLE posting_features AS SELECT posting_id, 'not_mentioned' AS degree_requirement, "
                "NULL::VARCHAR AS degree_evidence, true AS is_degree_free, 'ml_engineer' AS role_family, "
                "'mid' AS seniority, 'no level stated (default)' AS seniority_evidence, 'remote' AS work_mode, "
                "[]::VARCHAR[] AS countries, NULL::VARCHAR AS remote_limited_to, NULL::DOUBLE AS salary_min, "
                "NULL::DOUBLE AS salary_max, NULL::VARCHAR AS salary_currency, NULL::VARCHAR AS salary_period, "
                "'unknown' AS visa_sponsorship, '11-50' AS company_size_band, false AS is_big_name, "
                "true AS is_b2b, 0.8 AS off_path_score FROM postings")
    con.execute("INSERT INTO applications (application_id, posting_id, status) VALUES ('x', 'a', 'dismissed')")
    model = RecordingEmbedder()
    build_posting_chunks(con, model)
    forecasting = parse_profile("name: fc\nspecialization: I forecast cash flow and demand for finance customers.\n")
    pipelines = parse_profile("name: de\nspecialization: I build dbt models and data pipelines for invoices.\n")
    counts = build_matches(con, [forecasting, pipelines], model)
    assert counts == {"fc": {"kept": 1, "filtered": 1}, "de": {"kept": 1, "filtered": 1}}
    rows = con.execute("SELECT profile, posting_id, rank, filter_reasons FROM match_explanations "
                       "ORDER BY profile, posting_id").fetchall()
    assert rows == [("de", "a", None, ["dismissed"]), ("de", "b", 1, []),
                    ("fc", "a", None, ["dismissed"]), ("fc", "b", 1, [])]
    facets = con.execute("SELECT facets[1].facet, facets[1].passage FROM matches WHERE profile = 'fc' "
                         "AND posting_id = 'b'").fetchall()[0]
    assert facets == ("specialization", "You forecast cash flow for finance customers.")
    # the profile facets went through the same cache
    assert con.execute("SELECT count(*) FROM embedding_cache").fetchall()[0][0] == 6 + 2
