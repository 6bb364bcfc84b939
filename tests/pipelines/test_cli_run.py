"""`byway run` itself: the summary it prints, and the reason it gives when the run fails."""

import duckdb
from typer.testing import CliRunner

from pipelines.cli import app
from tests.conftest import REPO

DEMO = ["run", "--sources", str(REPO / "demo" / "sources.yaml"), "--replay", str(REPO / "demo" / "replay")]


def test_run_prints_summary_then_explains_a_failure(byway_home, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    runner = CliRunner()
    ok = runner.invoke(app, DEMO)
    assert ok.exit_code == 0, ok.output
    assert "8 open postings" in ok.output
    assert "board 'quarrylabs' not found on greenhouse" in ok.output  # a failed source is reported, not fatal

    with duckdb.connect(str(byway_home / "data" / "byway.duckdb")) as con:
        con.execute("UPDATE schema_migrations SET checksum = 'tampered'")
    failed = runner.invoke(app, DEMO)
    assert failed.exit_code == 1
    assert "edited after it was applied" in " ".join(failed.output.split())


def test_unknown_source_and_bad_sources_file(byway_home, tmp_path):
    runner = CliRunner()
    unknown = runner.invoke(app, [*DEMO, "--source", "nope"])
    assert unknown.exit_code == 2 and "no source named nope" in unknown.output
    bad = tmp_path / "bad.yaml"
    bad.write_text("sources:\n  - {platform: workday, token: x}\n")
    invalid = runner.invoke(app, ["run", "--sources", str(bad)])
    assert invalid.exit_code == 2 and "sources.0.platform" in " ".join(invalid.output.split())
