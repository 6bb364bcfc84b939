"""A read-only SQL session stays open while the pipeline materializes: neither side fails with a lock error.

The session is a separate process holding a DuckDB connection to the published read snapshot open for
the whole run and querying it every 50 ms; `byway sql` is started again and again meanwhile; and at the
start of the run another process holds the warehouse file itself open read-only for two seconds, which
the pipeline must wait out instead of failing.
"""

import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from dagster import DagsterInstance

from tests.conftest import REPO
from tests.pipelines.harness import query, run_ingest
from warehouse.snapshot import is_fresh

DEMO_SOURCES = REPO / "demo" / "sources.yaml"
DEMO_REPLAY = REPO / "demo" / "replay"
BYWAY = [str(Path(sys.executable).with_name("byway"))]  # the console script installed beside this Python

SESSION = """
import duckdb, json, os, sys, time
path, stop = sys.argv[1], sys.argv[2]
con = duckdb.connect(path, read_only=True)
print("open", flush=True)
ok, errors = 0, []
while not os.path.exists(stop):
    try:
        con.execute("SELECT count(*) FROM postings JOIN posting_features USING (posting_id)").fetchall()
        ok += 1
    except Exception as exc:
        errors.append(str(exc))
    time.sleep(0.05)
print(json.dumps({"ok": ok, "errors": errors}), flush=True)
"""

HOLD = """
import duckdb, sys, time
con = duckdb.connect(sys.argv[1], read_only=True)
print("holding", flush=True)
time.sleep(2)
con.close()
"""


def test_a_reader_session_and_byway_sql_run_alongside_the_pipeline(tmp_path):
    home = tmp_path / "home"
    data = home / "data"
    env = {**os.environ, "BYWAY_HOME": str(home), "HF_HUB_OFFLINE": "1"}
    env.pop("BYWAY_DB", None)
    env.pop("BYWAY_READ_DB", None)
    with DagsterInstance.ephemeral() as instance:
        run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, day="2026-11-22")
        snapshot = data / "byway.read.duckdb"
        assert is_fresh(data / "byway.duckdb", snapshot)
        published = snapshot.stat().st_mtime_ns

        stop = tmp_path / "stop"
        session = subprocess.Popen([sys.executable, "-c", SESSION, str(snapshot), str(stop)],
                                   stdout=subprocess.PIPE, text=True)
        assert session.stdout.readline().strip() == "open"
        holder = subprocess.Popen([sys.executable, "-c", HOLD, str(data / "byway.duckdb")],
                                  stdout=subprocess.PIPE, text=True)
        assert holder.stdout.readline().strip() == "holding"

        codes: list[tuple[int, str]] = []
        running = threading.Event()
        running.set()

        def ask_repeatedly() -> None:
            while running.is_set():
                done = subprocess.run([*BYWAY, "sql", "SELECT count(*) AS n FROM postings"], cwd=REPO, env=env,
                                      capture_output=True, text=True, timeout=120)
                codes.append((done.returncode, done.stderr[-500:]))

        asker = threading.Thread(target=ask_repeatedly)
        asker.start()
        started = time.monotonic()
        run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, day="2026-11-23")  # asserts success
        seconds = time.monotonic() - started
        running.clear()
        asker.join(timeout=120)
        stop.touch()
        report = json.loads(session.communicate(timeout=30)[0].strip().splitlines()[-1])
        assert holder.wait(timeout=30) == 0

    assert seconds > 2  # the run waited for the process holding the file, then went on
    assert report["errors"] == [] and report["ok"] > 10
    assert codes and all(code == 0 for code, _ in codes), codes
    assert snapshot.stat().st_mtime_ns > published and is_fresh(data / "byway.duckdb", snapshot)
    main = query(home, "SELECT count(*) FROM shortlist")
    import duckdb

    with duckdb.connect(str(snapshot), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM shortlist").fetchall() == main
