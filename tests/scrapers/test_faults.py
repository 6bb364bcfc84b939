"""Every way a board can fail, on a loopback server, through the real downloader and into a warehouse.

A healthy crawl is loaded first; then the same sources fail in their own ways. The second run must
finish, say per source what went wrong, land every other source's data, and neither lose nor duplicate
what the first run loaded. Bounded: one retry, a 2 s timeout, and a time limit on the whole crawl.
"""

import json
import subprocess
import sys
import time

import duckdb
import pytest

from scrapers.sources import load_crawl_sources
from tests.conftest import REPO
from tests.scrapers.fault_server import FaultHandler, fault_server
from warehouse.build import build_postings
from warehouse.loader import load_landing, save_configured_sources
from warehouse.migrate import migrate

BOARDS = ["ok", "busy", "e500", "e502", "e503", "hang", "reset", "truncated", "cutjson", "maintenance",
          "mislabelled", "huge", "hugestream", "loop", "shrinking", "junk", "bloated", "missing"]

# source -> (status of the faulty run, words its reason must contain)
EXPECTED = {
    "ok": ("ok", None),
    "busy": ("ok", None),
    "e500": ("failed", "HTTP 500"),
    "e502": ("failed", "HTTP 502"),
    "e503": ("failed", "HTTP 503"),
    "hang": ("failed", "timed out"),
    "reset": ("failed", "reset or closed"),
    "truncated": ("failed", "truncated body"),
    "cutjson": ("failed", "malformed response"),
    "maintenance": ("failed", "Content-Type text/html"),
    "mislabelled": ("ok", None),
    "huge": ("failed", "too large"),
    "hugestream": ("failed", "too large"),
    "loop": ("failed", "too many redirects"),
    "private": ("failed", "robots.txt disallows"),
    "shrinking": ("empty", None),
    "junk": ("ok", None),
    "bloated": ("ok", None),
    "missing": ("failed", "HTTP 404"),
    "hn": ("ok", None),
}


def crawl(tmp_path, run_id):
    command = [sys.executable, "-m", "scrapers.crawl", "--run-id", run_id, "--landing", str(tmp_path / "landing"),
               "--sources", str(tmp_path / "sources.yaml"), "--set", "DOWNLOAD_TIMEOUT=2",
               "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False", "--set", "RETRY_TIMES=1",
               "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=8"]
    started = time.monotonic()
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=180)
    assert done.returncode == 0, done.stderr[-3000:]
    return time.monotonic() - started


def load(con, tmp_path):
    load_landing(con, tmp_path / "landing")
    build_postings(con)


def snapshot(con):
    return {
        "raw": con.execute("SELECT count(*), count(DISTINCT (posting_key, content_hash)) FROM raw_postings").fetchall()[0],
        "postings": con.execute("SELECT count(*), count(DISTINCT posting_key) FROM postings").fetchall()[0],
        "open": {r[0] for r in con.execute("SELECT posting_key FROM postings WHERE is_open").fetchall()},
    }


@pytest.fixture(scope="module")
def outcome(tmp_path_factory):
    tmp_path = tmp_path_factory.mktemp("faults")
    with fault_server() as server:
        sources = [{"name": b, "platform": "ashby", "token": b, "api_url": f"{server}/{b}"} for b in BOARDS]
        sources.append({"name": "private", "platform": "ashby", "token": "private",
                        "api_url": f"{server}/private/private"})
        sources.append({"name": "hn", "platform": "hackernews", "token": "whoishiring",
                        "api_url": f"{server}/hn/search"})
        (tmp_path / "sources.yaml").write_text(json.dumps({"sources": sources}))
        con = duckdb.connect(str(tmp_path / "w.duckdb"))
        migrate(con)
        save_configured_sources(con, load_crawl_sources(tmp_path / "sources.yaml", None))

        crawl(tmp_path, "r1-healthy")
        load(con, tmp_path)
        before = snapshot(con)

        FaultHandler.mode = "faulty"
        FaultHandler.hits = {}
        seconds = crawl(tmp_path, "r2-faulty")
        landing_bytes = {p.name: p.stat().st_size for p in (tmp_path / "landing").rglob("*.jsonl")}
        load(con, tmp_path)
        after = snapshot(con)
        load(con, tmp_path)  # loading again changes nothing
        again = snapshot(con)
        hits = dict(FaultHandler.hits)
    yield {"con": con, "before": before, "after": after, "again": again, "seconds": seconds, "hits": hits,
           "landing_bytes": landing_bytes}
    con.close()


SEEN = ("SELECT {columns} FROM raw_postings JOIN posting_sightings s USING (posting_key, content_hash) "
        "WHERE s.run_id = 'r2-faulty' AND s.source = ? ORDER BY source_posting_id")


def runs_of(con, run_id):
    rows = con.execute("SELECT source, status, postings, rejects, requests, error_summary FROM crawl_runs "
                       "WHERE run_id = ?", [run_id]).fetchall()
    return {r[0]: {"status": r[1], "postings": r[2], "rejects": r[3], "requests": r[4], "reason": r[5]} for r in rows}


def test_the_healthy_run_lands_every_source(outcome):
    runs = runs_of(outcome["con"], "r1-healthy")
    assert set(runs) == set(EXPECTED)
    assert all(r["status"] == "ok" for r in runs.values()), runs


@pytest.mark.parametrize("source", sorted(EXPECTED))
def test_each_fault_is_recorded_with_its_reason(outcome, source):
    run = runs_of(outcome["con"], "r2-faulty")[source]
    status, words = EXPECTED[source]
    assert run["status"] == status, run
    if words:
        assert words in (run["reason"] or ""), run
    pages = 2 if source == "hn" else 1  # HN asks for the thread list, then the thread
    assert run["requests"] <= 2 * pages  # one retry per page at most: bounded in count


def test_the_faulty_run_is_bounded_in_time_and_honours_retry_after(outcome):
    assert outcome["seconds"] < 60
    first, second = outcome["hits"]["/busy"]
    assert second - first >= 0.9  # waited as long as Retry-After asked
    assert "/private/private" not in outcome["hits"]  # robots.txt obeyed: never requested


def test_other_sources_land_and_nothing_loaded_before_is_lost_or_duplicated(outcome):
    con, before, after = outcome["con"], outcome["before"], outcome["again"]
    runs = runs_of(con, "r2-faulty")
    assert {s for s, r in runs.items() if r["postings"]} == {"ok", "busy", "mislabelled", "junk", "bloated", "hn"}
    raw, distinct = after["raw"]
    assert raw == distinct and raw > before["raw"][0]
    assert after["postings"][0] == after["postings"][1]
    # failed sources and the board that suddenly went empty close nothing: every open posting stays open
    assert before["open"] <= after["open"]
    assert outcome["again"] == outcome["after"]


def test_hn_deleted_dead_and_empty_comments_are_skipped(outcome):
    con = outcome["con"]
    runs = runs_of(con, "r2-faulty")
    assert runs["hn"]["postings"] == 1 and runs["hn"]["rejects"] == 0
    titles = [r[0] for r in con.execute(SEEN.format(columns="title"), ["hn"]).fetchall()]
    assert titles == ["Data Engineer"]


def test_junk_and_oversized_postings_are_cleaned_or_rejected_with_a_reason(outcome):
    con = outcome["con"]
    rows = con.execute(SEEN.format(columns="title, description_html, attributes"), ["junk"]).fetchall()
    assert len(rows) == 2
    title = rows[0][0]  # NUL and BEL removed; the stray Latin-1 byte decoded (the body is not valid UTF-8)
    assert title.startswith("Data ") and title.endswith(" Scientist") and "\x00" not in title and "\x07" not in title
    assert "byway_cleaned" in json.loads(rows[0][2])
    assert "Caf" in rows[1][1] and "\udce9" not in rows[1][1]
    bloated = con.execute(SEEN.format(columns="length(description_html), attributes"), ["bloated"]).fetchall()
    assert len(bloated) == 2  # bloated-0 (10 MB) rejected; bloated-1 cut; bloated-2 as sent
    assert bloated[0][0] == 100_000 and "cut from" in json.loads(bloated[0][1])["byway_cleaned"][0]
    reasons = [r[0] for r in con.execute("SELECT reason FROM rejects WHERE source = 'bloated'").fetchall()]
    assert len(reasons) == 1 and "over the 2 MB one posting may have" in reasons[0]
    assert max(outcome["landing_bytes"].values()) < 2_000_000  # the 10 MB text did not land
