"""The day-to-day commands as a user runs them: demo, shortlist, mark, funnel, export, import, doctor."""

import json

import pytest
from typer.testing import CliRunner

from pipelines.cli import app
from tests.conftest import REPO

JOBSPY = REPO / "tests" / "fixtures" / "jobspy_jobs.csv"


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BYWAY_HOME", str(home))
        patch.setenv("BYWAY_EMBEDDING_MODEL", "hashing-64")  # these tests are about the commands, not the model
        for name in ("BYWAY_DB", "BYWAY_REPLAY", "BYWAY_RECORD", "BYWAY_SOURCES", "BYWAY_PROFILES", "BYWAY_EXPORTS"):
            patch.delenv(name, raising=False)
        result = CliRunner().invoke(app, ["demo"])
        assert result.exit_code == 0, result.output
        yield home, result


def run(*args):
    return CliRunner().invoke(app, list(args))


def test_demo_runs_everything_offline_and_says_where_the_shortlist_is(home):
    folder, result = home
    assert "my-profile:" in result.stdout and "new" in result.stdout
    html = list((folder / "exports").glob("20*/my-profile.html"))
    assert len(html) == 1 and str(html[0]) in result.stdout.replace("\n", "")


def test_mark_then_funnel_then_the_next_shortlist_leaves_it_out(home):
    listed = [json.loads(line) for line in run("shortlist", "--format", "jsonl").stdout.splitlines()]
    first = listed[0]["posting_id"]
    marked = run("mark", first, "applied", "--note", "referral from Sam", "--at", "2026-11-20")
    assert marked.exit_code == 0, marked.output
    assert first in marked.stdout and listed[0]["title"] in marked.stdout
    assert run("mark", first, "screen").exit_code == 0
    funnel = run("funnel", "--format", "json")
    stages = {row["stage"]: row["postings"] for row in json.loads(funnel.stdout)["stages"]}
    assert stages["applied"] == 1 and stages["screen"] == 1 and stages["onsite"] == 0
    assert "more applications for 2 offers" in " ".join(json.loads(funnel.stdout)["advice"])
    table = run("funnel")
    assert "10% of cold applications get a reply" in table.stdout.replace("\n", " ")
    again = run("demo")
    assert again.exit_code == 0
    now = [json.loads(line)["posting_id"] for line in run("shortlist", "--format", "jsonl").stdout.splitlines()]
    assert first not in now and len(now) == len(listed) - 1


def test_user_mistakes_are_readable_and_exit_2(home):
    unknown = run("mark", "no-such-id", "applied")
    assert unknown.exit_code == 2 and "no posting with id 'no-such-id'" in unknown.stderr
    assert run("mark", "x", "ghosted").exit_code == 2
    assert run("export", "--date", "2001-01-01").exit_code == 2
    bad_date = run("shortlist", "--date", "yesterday")
    assert bad_date.exit_code == 2 and "expected YYYY-MM-DD" in bad_date.stderr
    for result in (unknown, bad_date):
        assert "Traceback" not in result.output


def test_export_writes_the_day_again(home, tmp_path):
    result = run("export", "--out", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    days = [p for p in (tmp_path / "out").iterdir() if p.name != "latest"]
    assert len(days) == 1
    assert {"my-profile.csv", "my-profile.html", "my-profile.md", "my-profile.parquet"} <= {p.name for p in days[0].iterdir()}


def test_funnel_chart_is_written(home, tmp_path):
    result = run("funnel", "--chart", str(tmp_path / "funnel.png"))
    assert result.exit_code == 0
    assert (tmp_path / "funnel.png").read_bytes()[:4] == b"\x89PNG"


def test_import_jobspy_csv_ranks_the_good_rows_and_reports_the_bad(home, tmp_path):
    folder, _ = home
    result = run("import", str(JOBSPY), "--name", "indeed-ml")
    assert result.exit_code == 0, result.output
    assert "import:indeed-ml: 2 postings, 3 rejected" in result.stdout
    assert "row 4: min_amount 'competitive' is not an amount" in result.stderr
    sql = run("sql", "SELECT count(*) AS n FROM matches m JOIN postings p USING (posting_id) "
                     "WHERE p.platform = 'import'")
    assert "│ 2 " in sql.stdout
    assert run("import", str(JOBSPY), "--name", "indeed-ml").exit_code == 0  # the same file again
    raw = run("sql", "SELECT count(*) AS n FROM raw_postings WHERE platform = 'import'")
    assert "│ 2 " in raw.stdout  # nothing loaded twice
    only_bad = tmp_path / "bad.jsonl"
    only_bad.write_text('{"title": "No company", "url": "https://x.example/1"}\n')
    failed = run("import", str(only_bad))
    assert failed.exit_code == 1 and "no row could be loaded" in failed.stderr
    missing = run("import", str(tmp_path / "missing.csv"))
    assert missing.exit_code == 2 and "no such file" in missing.stderr


def test_doctor_checks_and_names_what_to_fix(home):
    folder, _ = home
    healthy = run("doctor")
    assert healthy.exit_code == 0, healthy.output
    for check in ("embedding model", "warehouse", "profiles", "sources", "schedule", "exports"):
        assert check in healthy.stdout
    profiles = folder / "profiles"
    profiles.mkdir(exist_ok=True)
    (profiles / "broken.yaml").write_text("name: broken\nspecialization: too short\n")
    try:
        # Wide enough that the table never wraps the file's path inside its cell: how far a narrow console
        # wraps depends on the length of pytest's temporary folder, which changes from run to run.
        sick = CliRunner().invoke(app, ["doctor"], env={"COLUMNS": "400"})
    finally:
        (profiles / "broken.yaml").unlink()
    assert sick.exit_code == 1
    assert "broken.yaml" in sick.stdout and "FIX" in sick.stdout
