"""The enrichment stage on a real DuckDB file: the rules run again only on postings whose inputs or rules
changed; everything else keeps its stored features, and a rebuild gives the same table either way."""

import json

import duckdb
import pyarrow as pa
import pytest

from warehouse.features import build_features

REQUIREMENTS = "Requirements\n- Bachelor's degree in CS or equivalent experience\n- 3+ years of Python\n"


def _postings(con: duckdb.DuckDBPyConnection, rows: list[tuple[str, str, str, str]]) -> None:
    """A postings table with the columns enrichment reads: (posting_id, company, platform, description)."""
    table = pa.Table.from_pylist([
        {"posting_id": pid, "title": "Data Engineer", "company": company, "locations": ["Berlin"],
         "description_text": text, "platform": platform, "work_mode": None, "salary_min": None,
         "salary_max": None, "salary_currency": None, "salary_period": None,
         "attributes": json.dumps({}), "duplicate_of": None, "is_open": True}
        for pid, company, platform, text in rows])
    con.register("staged", table)
    con.execute("CREATE OR REPLACE TABLE postings AS SELECT * FROM staged")
    con.unregister("staged")


def _table(con: duckdb.DuckDBPyConnection, name: str) -> list[tuple]:
    return con.execute(f"SELECT * FROM {name} ORDER BY ALL").fetchall()


@pytest.fixture
def con(tmp_path):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    yield connection
    connection.close()


ROWS = [("a", "Ledgerline", "greenhouse", "Ledgerline builds B2B software for finance teams.\n" + REQUIREMENTS),
        ("b", "Ledgerline", "hn", "No degree required. 5+ years of SQL."),
        ("c", "Acme", "linkedin", "Master's degree required. Remote (US only).")]


def test_unchanged_postings_keep_their_features_and_the_table_is_the_same(con, rule_runs):
    _postings(con, ROWS)
    cold = build_features(con)
    assert (cold.postings, cold.companies, cold.enriched, cold.reused, cold.companies_enriched) == (3, 2, 3, 0, 2)
    first = _table(con, "posting_features")
    companies = _table(con, "company_features")

    rule_runs.clear()
    warm = build_features(con)
    assert (warm.enriched, warm.reused, warm.companies_enriched, rule_runs) == (0, 3, 0, [])
    assert _table(con, "posting_features") == first
    assert _table(con, "company_features") == companies


def test_a_changed_posting_is_enriched_again_and_company_features_follow_the_others(con, rule_runs):
    _postings(con, ROWS)
    build_features(con)
    before = con.execute("SELECT company_size_band FROM posting_features WHERE posting_id = 'a'").fetchall()[0][0]
    changed = [ROWS[0], ("b", "Ledgerline", "hn", "Master's degree required. 2+ years of SQL."), ROWS[2],
               ("d", "Ledgerline", "lever", "We are a team of 12. " + REQUIREMENTS)]
    _postings(con, changed)
    rule_runs.clear()
    counts = build_features(con)
    assert (counts.enriched, counts.reused, sorted(rule_runs)) == (2, 2, ["b", "d"])
    assert counts.companies_enriched == 1  # Ledgerline changed, Acme kept its features
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT posting_id, degree_requirement, min_years_experience, company_size_band FROM posting_features"
    ).fetchall()}
    assert rows["b"][:2] == ("required", 2.0)
    # "a" kept its own features, but its company's size now comes from the new posting "d".
    assert rows["a"][2] == rows["d"][2] == "11-50" != before

    # The same result as enriching everything from scratch.
    incremental = _table(con, "posting_features"), _table(con, "company_features")
    con.execute("DROP TABLE posting_features")
    con.execute("DROP TABLE company_features")
    scratch = build_features(con)
    assert (scratch.enriched, scratch.reused, scratch.companies_enriched) == (4, 0, 2)
    assert (_table(con, "posting_features"), _table(con, "company_features")) == incremental


def test_postings_with_the_same_inputs_are_enriched_once_and_each_gets_its_row(con, rule_runs):
    """A board reposting an ad under a new id: same title, text and location, so the same input_hash."""
    _postings(con, [*ROWS, ("a2", "Ledgerline", "linkedin", ROWS[0][3])])
    counts = build_features(con)
    assert (counts.postings, counts.enriched, rule_runs) == (4, 4, ["a", "b", "c"])
    rows = {r[0]: r[1:] for r in con.execute(
        "SELECT posting_id, degree_requirement, min_years_experience, degree_evidence, off_path_source "
        "FROM posting_features").fetchall()}
    assert rows["a2"][:3] == rows["a"][:3] == ("equivalent_ok", 3.0, "Bachelor's degree in CS or equivalent experience")
    assert rows["a2"][3] != rows["a"][3]  # the off-path score still weighs each posting's own platform


def test_new_rules_re_enrich_everything(con, rule_runs, monkeypatch):
    import models.enrich.posting as posting

    _postings(con, ROWS)
    build_features(con)
    monkeypatch.setattr(posting, "FEATURE_VERSION", "test-next")  # the one copy the stage's rows read
    posting.rules_fingerprint.cache_clear()
    try:
        rule_runs.clear()
        counts = build_features(con)
    finally:
        posting.rules_fingerprint.cache_clear()
    assert (counts.enriched, counts.reused, sorted(rule_runs)) == (3, 0, ["a", "b", "c"])
    assert counts.companies_enriched == 2
    assert {r[0] for r in con.execute("SELECT feature_version FROM posting_features").fetchall()} == {"test-next"}


def test_a_table_from_before_the_hash_column_is_rebuilt_whole(con, rule_runs):
    _postings(con, ROWS)
    con.execute("CREATE TABLE posting_features AS SELECT posting_id, 'old' AS degree_requirement FROM postings")
    counts = build_features(con)
    assert (counts.enriched, counts.reused) == (3, 0)
    assert con.execute("SELECT count(DISTINCT input_hash) FROM posting_features").fetchall()[0][0] == 3


def test_an_edited_rule_re_enriches_everything_without_a_version_bump(con, rule_runs, monkeypatch, tmp_path):
    import shutil

    import models.enrich.posting as posting

    rules = tmp_path / "enrich"
    shutil.copytree(posting._RULES, rules, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(posting, "_RULES", rules)
    posting.rules_fingerprint.cache_clear()
    try:
        _postings(con, ROWS)
        build_features(con)
        assert build_features(con).reused == 3
        with (rules / "degree.py").open("a", encoding="utf-8") as source:
            source.write("\n# an edited rule\n")
        posting.rules_fingerprint.cache_clear()
        rule_runs.clear()
        counts = build_features(con)
        assert (counts.enriched, counts.reused, sorted(rule_runs)) == (3, 0, ["a", "b", "c"])
    finally:
        posting.rules_fingerprint.cache_clear()
