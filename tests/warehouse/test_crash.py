"""SIGKILL in the middle of the warehouse load and of the embedding stage; the next run must finish clean.

The work runs in a child process (tests/warehouse/crash_child.py) that says on stdout when it has
started; the test kills it part-way, checks what survived, then runs the step again to the end.
"""

import hashlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

from bench.ingest import generate
from models.embed import HashingEmbedder
from models.passages import content_hash, passages
from tests.conftest import REPO
from warehouse.embeddings import build_posting_chunks
from warehouse.loader import load_landing
from warehouse.migrate import migrate


def start(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "tests.warehouse.crash_child", *args], cwd=REPO,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def kill_after(child: subprocess.Popen, line: str, delay: float) -> None:
    """SIGKILL the child `delay` seconds after it prints a line starting with `line`."""
    assert child.stdout is not None
    for said in child.stdout:
        if said.startswith(line):
            break
    else:
        raise AssertionError(f"the child never said {line!r}: {child.stderr.read() if child.stderr else ''}")
    time.sleep(delay)
    os.kill(child.pid, signal.SIGKILL)
    assert child.wait(timeout=30) == -signal.SIGKILL, "the child finished before it was killed"


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def counts(con: duckdb.DuckDBPyConnection) -> tuple:
    return con.execute(
        "SELECT (SELECT count(*) FROM raw_postings), (SELECT count(DISTINCT (posting_key, content_hash)) FROM raw_postings),"
        " (SELECT count(*) FROM posting_sightings), (SELECT count(*) FROM crawl_runs),"
        " (SELECT count(*) FROM landing_files)").fetchall()[0]


def test_killed_during_the_load_the_next_load_finishes_consistent(tmp_path):
    landing, path = tmp_path / "landing", tmp_path / "w.duckdb"
    generate(landing, 20_000, 2_500, per_file=5_000)  # ~2 s to load on the project machine
    with duckdb.connect(str(path)) as con:
        migrate(con)
    files = digest(landing)

    child = start("load", str(path), str(landing))
    kill_after(child, "loading", 0.7)

    with duckdb.connect(str(path)) as con:
        assert counts(con) == (0, 0, 0, 0, 0)  # the open transaction left nothing half-done
        load_landing(con, landing)
        assert counts(con) == (20_000, 20_000, 20_000, 4, 4)
        load_landing(con, landing)  # and again: nothing added
        assert counts(con) == (20_000, 20_000, 20_000, 4, 4)
    assert digest(landing) == files  # the landing files are untouched


def _postings(con: duckdb.DuckDBPyConnection, n: int) -> list[dict]:
    rng = np.random.default_rng(3)
    words = "forecast model pipeline customers ledger ranking retrieval sensor fleet churn pricing".split()
    rows = [{"posting_id": f"p{i:04d}", "title": f"ML Engineer {i}", "company": f"Co {i % 40}",
             "description_text": "Requirements\n" + "\n".join(" ".join(rng.choice(words, 12)) + f" {i} {k}."
                                                             for k in range(4)),
             "job_is_open": True, "duplicate_of": None} for i in range(n)]
    con.register("staged", pa.Table.from_pylist(rows))
    con.execute("CREATE OR REPLACE TABLE postings AS SELECT * FROM staged")
    con.unregister("staged")
    return [{"posting_id": r["posting_id"], "title": r["title"], "company": r["company"],
             "description": r["description_text"]} for r in rows]


def test_killed_during_embedding_the_cache_keeps_only_whole_valid_steps(tmp_path):
    path, model = tmp_path / "w.duckdb", HashingEmbedder()
    with duckdb.connect(str(path)) as con:
        migrate(con)
        rows = _postings(con, 900)
    texts = {content_hash(p.model_text, model.name): p.model_text for p in passages(rows)}
    assert len(texts) > 4 * 512  # several steps of 512, so the kill lands in the middle

    child = start("embed", str(path))
    kill_after(child, "encoded 1024/", 0.3)

    with duckdb.connect(str(path)) as con:
        cached = con.execute("SELECT content_hash, model, dim, vector FROM embedding_cache").fetchall()
        assert 0 < len(cached) < len(texts) and len(cached) % 512 == 0  # whole steps only
        hashes = [c[0] for c in cached]
        assert len(set(hashes)) == len(hashes) and set(hashes) <= set(texts)
        assert {(c[1], c[2], len(c[3])) for c in cached} == {(model.name, model.dim, model.dim)}
        stored = np.array([c[3] for c in cached], dtype=np.float32)
        assert np.allclose(stored, model.encode([texts[h] for h in hashes]), atol=1e-6)  # each vector is its text's

        finished = build_posting_chunks(con, model)
        assert finished.encoded == len(texts) - len(cached) and finished.cache_hits == len(cached)
        assert con.execute("SELECT count(*), count(DISTINCT content_hash) FROM embedding_cache").fetchall()[0] == (
            len(texts), len(texts))
        assert con.execute("SELECT count(DISTINCT posting_id) FROM posting_chunks").fetchall()[0][0] == len(rows)
