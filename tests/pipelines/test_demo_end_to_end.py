"""The whole path, crawl → landing → warehouse → postings, on the shipped demo replay."""

import pytest
from dagster import DagsterInstance
from typer.testing import CliRunner

from pipelines.cli import app
from tests.conftest import REPO
from tests.pipelines.harness import query, run_ingest

DEMO_SOURCES = REPO / "demo" / "sources.yaml"
DEMO_REPLAY = REPO / "demo" / "replay"


@pytest.fixture(scope="module")
def demo_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    with DagsterInstance.ephemeral() as instance:
        first = run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance)
        after_first = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                                  "(SELECT count(*) FROM rejects), (SELECT count(*) FROM companies)")
        second = run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance)
    return home, first, second, after_first[0]


def test_statuses_per_source(demo_home):
    home, first, _, _ = demo_home
    rows = dict(query(home, "SELECT source, status FROM crawl_runs WHERE run_id = ?", [first.run_id]))
    assert rows == {"northwind": "ok", "quarry-labs": "failed", "fernhill": "ok", "tidepool": "ok",
                    "ledgerline": "ok", "kestrel-health": "empty", "brightwork": "failed"}


def test_postings_loaded_with_required_fields(demo_home):
    home, *_ = demo_home
    rows = query(home, "SELECT company, title, url, description_text, is_open FROM postings ORDER BY company, title")
    assert len(rows) == 8
    assert all(company and title and url.startswith("https://") and description and is_open
               for company, title, url, description, is_open in rows)
    assert {r[0] for r in rows} == {"Northwind Analytics", "Fernhill Robotics", "Tidepool Data", "Ledgerline"}


def test_rejects_say_why(demo_home):
    home, first, _, _ = demo_home
    reasons = dict(query(home, "SELECT source, reason FROM rejects WHERE run_id = ?", [first.run_id]))
    assert "board 'quarrylabs' not found" in reasons["quarry-labs"]
    assert "malformed response" in reasons["brightwork"]
    assert "no title" in reasons["ledgerline"]


def test_second_run_changes_no_counts(demo_home):
    home, first, second, after_first = demo_home
    assert second.run_id != first.run_id
    after_second = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                               "(SELECT count(*) FROM rejects) - (SELECT count(*) FROM rejects WHERE run_id = ?), "
                               "(SELECT count(*) FROM companies)", [second.run_id])[0]
    assert after_second == after_first
    assert query(home, "SELECT count(*) FROM postings WHERE NOT is_open")[0][0] == 0


def test_asset_checks_ran(demo_home):
    _, first, _, _ = demo_home
    evaluations = {(e.asset_key.to_user_string(), e.check_name): e.passed
                   for e in first.get_asset_check_evaluations()}
    assert evaluations[("postings", "unique_posting_id")] is True
    assert evaluations[("raw_postings", "unique_versions")] is True
    assert evaluations[("crawl_runs", "latest_run_succeeded")] is False  # two demo boards fail on purpose
    assert evaluations[("greenhouse_crawl", "every_source_answered")] is False
    assert evaluations[("lever_crawl", "every_source_answered")] is True


def test_cli_reads_the_warehouse(demo_home, monkeypatch):
    home, *_ = demo_home
    monkeypatch.setenv("BYWAY_HOME", str(home))
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()
    result = runner.invoke(app, ["sql", "SELECT count(*) AS n FROM open_postings"])
    assert result.exit_code == 0, result.output
    assert "8" in result.output
    bad = runner.invoke(app, ["sql", "DELETE FROM postings"])
    assert bad.exit_code == 2 and "read-only" in bad.output.lower()
    sources = runner.invoke(app, ["sources", "--sources", str(DEMO_SOURCES)])
    assert sources.exit_code == 0 and "quarry-labs" in sources.output and "failed" in sources.output


def test_every_posting_is_enriched_with_evidence(demo_home):
    home, first, _, _ = demo_home
    assert query(home, "SELECT count(*) FROM postings") == query(home, "SELECT count(*) FROM posting_features")
    rows = {title: rest for title, *rest in query(home, """
        SELECT p.title, f.degree_requirement, f.degree_evidence, f.company_size_band, f.company_size_evidence
        FROM posting_features f JOIN postings p USING (posting_id) WHERE p.company = 'Northwind Analytics'""")}
    assert rows["Analytics Engineer (Customer Insights)"][:2] == ["not_required",
                                                                  "No degree required: show us what you have built."]
    assert rows["Machine Learning Engineer, Forecasting"][0] == "equivalent_ok"
    # company features come from all of its postings: every Northwind posting shares the stated size
    assert {tuple(r[2:]) for r in rows.values()} == {("11-50", "We are 38 people")}
    checks = {e.asset_check_evaluation_data.check_name: e.asset_check_evaluation_data.passed
              for e in first.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert checks["complete_and_valid"] and checks["unique_company"]
