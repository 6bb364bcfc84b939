import os
import subprocess
import sys
from datetime import UTC

from pipelines.definitions import ASSETS, defs
from scrapers.sources import PLATFORMS
from tests.conftest import REPO


def test_definitions_load_with_checks_on_every_asset():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == {f"{p}_crawl" for p in PLATFORMS} | {"crawl_runs", "raw_postings", "rejects",
                                                        "postings", "companies", "discovered_boards",
                                                        "posting_features", "company_features", "posting_chunks", "matches",
                                                        "shortlist", "applications", "application_funnel", "ai_trend",
                                                        "exports"}
    checked = {check.asset_key.to_user_string() for check in graph.asset_check_keys}
    assert checked == keys
    assert defs.resolve_job_def("ingest") is not None
    writers = {key for d in ASSETS if getattr(d, "op", None) and d.op.pool == "warehouse" for key in d.keys}
    assert {k.to_user_string() for k in writers} == {"crawl_runs", "raw_postings", "rejects", "postings", "companies",
                                                     "discovered_boards", "posting_features", "company_features", "posting_chunks", "matches",
                                                     "shortlist", "application_funnel", "ai_trend", "exports"}
    job = defs.resolve_job_def("daily")
    # the daily job runs everything but the user's own log, which only `byway mark` writes
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} == keys - {"applications"}
    assert job.partitions_def is not None
    assert all(graph.get(key).description for key in graph.get_all_asset_keys())


def test_daily_schedule_is_on_by_default_and_runs_todays_partition():
    from datetime import datetime

    from dagster import DefaultScheduleStatus, build_schedule_context

    schedule = defs.resolve_schedule_def("daily")
    assert schedule.default_status == DefaultScheduleStatus.RUNNING
    assert schedule.cron_schedule == "0 7 * * *"
    request = schedule.evaluate_tick(build_schedule_context(
        scheduled_execution_time=datetime(2026, 11, 23, 7, 0, tzinfo=UTC),
        repository_def=defs.get_repository_def()))
    assert [r.partition_key for r in request.run_requests] == ["2026-11-23"]


def test_schedule_time_is_validated():
    import pytest

    from pipelines.schedules import ScheduleError, cron_at

    assert cron_at("6:30") == "30 6 * * *"
    with pytest.raises(ScheduleError, match="BYWAY_DAILY_AT='7am'"):
        cron_at("7am")


def test_dagster_definitions_validate(tmp_path):
    env = {**os.environ, "DAGSTER_HOME": str(tmp_path)}
    (tmp_path / "dagster.yaml").write_text((REPO / "dagster.yaml").read_text())
    done = subprocess.run([sys.executable, "-m", "dagster", "definitions", "validate", "-m", "pipelines.definitions"],
                          cwd=REPO, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr[-3000:]
    assert "Validation successful" in done.stderr + done.stdout


def test_source_runs_are_read_whatever_the_json_spacing(tmp_path):
    from pipelines.assets.crawl import read_source_runs

    path = tmp_path / "ashby.jsonl"
    path.write_text('{"kind":"posting","title":"mentions source_run in text"}\n'
                    '{"kind":"source_run","source":"a","status":"ok"}\n'
                    '{"kind": "source_run", "source": "b", "status": "failed"}\n')
    assert [r["source"] for r in read_source_runs(path)] == ["a", "b"]
