"""Cross-source dedupe: one job on several sources is one posting; agency copies are flagged."""

import duckdb

from scrapers.items import Posting
from tests.warehouse.landing import write_run
from warehouse.build import build_postings
from warehouse.db import refresh_views
from warehouse.dedupe import Record, find_duplicates, normalise_company, normalise_title
from warehouse.loader import load_landing, save_configured_sources
from warehouse.migrate import migrate

TEXT = ("You will build crop yield forecasting models for farming cooperatives across Europe, own the feature "
        "pipeline in Python and SQL, ship models to production with our small team of fourteen people, work "
        "with agronomists on labelled field data, and measure every model against last season's harvest. ")


def test_normalisation():
    assert normalise_company("Fieldnote GmbH") == normalise_company("FIELDNOTE (YC W25)") == "fieldnote"
    assert normalise_company("Acme Labs, Inc.") == "acme labs"
    assert normalise_title("Sr. ML Engineer (m/f/d)") == normalise_title("Senior Machine Learning Engineer")


def test_same_job_across_sources_and_agency_copy():
    records = [
        Record("hn1", "Fieldnote (YC W25)", "Senior ML Engineer", "Short HN comment.", "hackernews", "2026-11-02"),
        Record("ash1", "Fieldnote GmbH", "Sr. ML Engineer", TEXT, "ashby", "2026-11-03"),
        Record("ash2", "Fieldnote GmbH", "Data Engineer", "A different job entirely, with its own text.", "ashby",
               "2026-11-03"),
        Record("agency", "TopTalent Staffing", "Machine Learning Engineer (contract)", TEXT, "remotive", "2026-11-04"),
        Record("repost", "Fieldnote", "ML Engineer - Forecasting", TEXT + "Apply now.", "jsonld", "2026-11-05"),
    ]
    links = {link.posting_id: (link.canonical_posting_id, link.reason) for link in find_duplicates(records)}
    assert links["hn1"] == ("ash1", "same company and title")  # the company's own board is canonical
    assert links["repost"] == ("ash1", "near-duplicate text")
    assert links["agency"] == ("ash1", "agency copy")
    assert "ash2" not in links and "ash1" not in links


def test_warehouse_folds_duplicates_into_one_open_job(tmp_path, source_factory):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con)
    save_configured_sources(con, [source_factory("ashby", "fieldnote", company="Fieldnote"),
                                  source_factory("hackernews", name="hn")])
    landing = tmp_path / "landing"
    board = Posting("j1", "Senior ML Engineer", "Fieldnote GmbH", "https://jobs.ashbyhq.com/fieldnote/j1", {"id": "j1"},
                    description_text=TEXT)
    comment = Posting("c1", "Sr ML Engineer", "Fieldnote", "https://news.ycombinator.com/item?id=1", {"id": "c1"},
                      description_text="Fieldnote | Sr ML Engineer | Berlin")
    write_run(landing, "r1", "2026-11-02T06:00:00+00:00", [board], source="fieldnote", board="fieldnote")
    write_run(landing, "h1", "2026-11-02T07:00:00+00:00", [comment], source="hn", platform="hackernews",
              board="hackernews", listing="window")
    load_landing(con, landing)
    build_postings(con)
    refresh_views(con)
    rows = con.execute("SELECT title, sources FROM open_postings").fetchall()
    assert rows == [("Senior ML Engineer", ["fieldnote", "hn"])]
    assert con.execute("SELECT count(*) FROM postings WHERE duplicate_of IS NOT NULL").fetchone()[0] == 1
