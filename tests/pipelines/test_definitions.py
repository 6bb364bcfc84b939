import os
import subprocess
import sys

from pipelines.definitions import ASSETS, defs
from scrapers.sources import PLATFORMS
from tests.conftest import REPO


def test_definitions_load_with_checks_on_every_asset():
    graph = defs.resolve_asset_graph()
    keys = {key.to_user_string() for key in graph.get_all_asset_keys()}
    assert keys == {f"{p}_crawl" for p in PLATFORMS} | {"crawl_runs", "raw_postings", "rejects",
                                                        "postings", "companies", "discovered_boards",
                                                        "posting_features", "company_features", "posting_chunks", "matches"}
    checked = {check.asset_key.to_user_string() for check in graph.asset_check_keys}
    assert checked == keys
    assert defs.resolve_job_def("ingest") is not None
    writers = {key for d in ASSETS if d.op.pool == "warehouse" for key in d.keys}
    assert {k.to_user_string() for k in writers} == {"crawl_runs", "raw_postings", "rejects", "postings", "companies",
                                                     "discovered_boards", "posting_features", "company_features", "posting_chunks", "matches"}
    job = defs.resolve_job_def("ingest")
    assert {k.to_user_string() for k in job.asset_layer.executable_asset_keys} == keys  # the daily job runs it all
    assert all(graph.get(key).description for key in graph.get_all_asset_keys())


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
