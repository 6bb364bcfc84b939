"""Loading is idempotent; postings open, close, and reopen from the sighting history."""

import duckdb
import pytest

from tests.warehouse.landing import job, write_run
from warehouse.build import build_companies, build_postings
from warehouse.db import fetch_dicts
from warehouse.loader import load_landing, save_configured_sources
from warehouse.migrate import migrate


@pytest.fixture
def con(tmp_path, source_factory):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(connection)
    save_configured_sources(connection, [source_factory("ashby", "acme", company="Acme")])
    return connection


def state(con):
    build_postings(con)
    rows = con.execute("SELECT source_posting_id, is_open, closed_at IS NOT NULL, times_reopened, first_seen_at "
                       "FROM postings ORDER BY 1").fetchall()
    return {r[0]: {"open": r[1], "closed": r[2], "reopened": r[3], "first": r[4]} for r in rows}


def counts(con):
    return con.execute("SELECT (SELECT count(*) FROM raw_postings), (SELECT count(*) FROM posting_sightings), "
                       "(SELECT count(*) FROM crawl_runs), (SELECT count(*) FROM rejects)").fetchone()


def test_close_on_absence_not_on_failure_and_reopen(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b")])
    load_landing(con, landing)
    day1 = state(con)
    assert day1["a"]["open"] and day1["b"]["open"]

    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", [job("a")])
    load_landing(con, landing)
    day2 = state(con)
    assert day2["a"]["open"] and not day2["b"]["open"] and day2["b"]["closed"]

    write_run(landing, "r3", "2026-11-03T06:00:00+00:00", None)  # the board is down: nothing closes
    load_landing(con, landing)
    day3 = state(con)
    assert day3["a"]["open"]
    assert con.execute("SELECT count(*) FROM rejects WHERE kind = 'fetch' AND http_status = 503").fetchone()[0] == 1

    write_run(landing, "r4", "2026-11-04T06:00:00+00:00", [job("a"), job("b", version=2)])
    load_landing(con, landing)
    day4 = state(con)
    assert day4["b"]["open"] and day4["b"]["reopened"] == 1
    assert day4["b"]["first"] == day1["b"]["first"]  # history kept
    assert con.execute("SELECT count(*) FROM raw_postings WHERE source_posting_id = 'b'").fetchone()[0] == 2


def test_reloading_changes_nothing(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b"), job("a")])  # a listed twice
    first = load_landing(con, landing)
    assert first.raw_rows_added == 2 and first.sightings_added == 2
    before = counts(con)
    second = load_landing(con, landing)
    assert second.files_skipped and not second.files_loaded
    assert counts(con) == before
    # A new run with identical payloads adds sightings, never duplicate raw rows.
    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", [job("a"), job("b")])
    load_landing(con, landing)
    assert counts(con)[0] == 2
    assert len(state(con)) == 2


def test_unfinished_and_corrupt_files_do_not_block_others(con, tmp_path):
    landing = tmp_path / "landing"
    good = write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a")])
    part = landing / "r0" / "lever.jsonl.part"
    part.parent.mkdir(parents=True)
    part.write_text('{"kind": "posting"')
    corrupt = landing / "r2" / "greenhouse.jsonl"
    corrupt.parent.mkdir(parents=True)
    corrupt.write_text('{"kind": "posting", "title": \n not json at all\n')
    report = load_landing(con, landing)
    assert report.files_loaded == [str(good)]
    assert str(corrupt) in report.failed and report.unfinished == [str(part)]
    assert counts(con)[0] == 1


def test_companies_and_views(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b")])
    load_landing(con, landing)
    build_postings(con)
    assert build_companies(con) == 1
    (company,) = fetch_dicts(con, "sql/report/source_health.sql")
    assert company["last_status"] == "ok" and company["open_postings"] == 2
    summary = fetch_dicts(con, "sql/report/run_summary.sql", ["r1"])
    assert [(r["source"], r["postings"], r["new"], r["closed"]) for r in summary] == [("acme", 2, 2, 0)]


def test_a_board_that_suddenly_lists_nothing_closes_only_when_a_second_empty_run_confirms(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b")])
    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", [])  # the API answers with no jobs at all
    load_landing(con, landing)
    assert all(s["open"] for s in state(con).values())

    write_run(landing, "r3", "2026-11-03T06:00:00+00:00", None)  # a failure in between confirms nothing
    load_landing(con, landing)
    assert all(s["open"] for s in state(con).values())

    write_run(landing, "r4", "2026-11-04T06:00:00+00:00", [])  # empty again: now the board really is empty
    load_landing(con, landing)
    after = state(con)
    assert not after["a"]["open"] and not after["b"]["open"]
    closed = con.execute("SELECT DISTINCT closed_at FROM postings").fetchall()
    assert [str(c[0])[:10] for c in closed] == ["2026-11-04"]
