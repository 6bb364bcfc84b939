"""Window feeds close by expiry, not absence; the source-health check flags boards that go quiet."""

import duckdb
import pytest

from tests.warehouse.landing import job, write_run
from warehouse.build import build_postings
from warehouse.db import fetch_dicts
from warehouse.loader import load_landing, save_configured_sources
from warehouse.migrate import migrate


@pytest.fixture
def con(tmp_path, source_factory):
    connection = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(connection)
    save_configured_sources(connection, [source_factory("ashby", "acme", company="Acme"),
                                         source_factory("hackernews", name="hn")])
    return connection


def is_open(con):
    build_postings(con)
    return dict(con.execute("SELECT source_posting_id, is_open FROM postings").fetchall())


def test_window_feed_absence_closes_nothing_but_expiry_does(con, tmp_path):
    landing = tmp_path / "landing"
    current, old = job("c1", "ML Engineer"), job("c2", "Data Engineer")
    current.expires_at, old.expires_at = "2999-01-01T00:00:00+00:00", "2020-01-01T00:00:00+00:00"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [current, old], source="hn", platform="hackernews",
              board="hackernews", listing="window")
    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", [], source="hn", platform="hackernews",
              board="hackernews", listing="window")
    load_landing(con, landing)
    assert is_open(con) == {"c1": True, "c2": False}
    (closed_at,) = con.execute("SELECT closed_at FROM postings WHERE source_posting_id = 'c2'").fetchone()
    assert closed_at.year == 2020


def health_check(con):
    return fetch_dicts(con, "sql/checks/crawl_runs_health.sql")[0]


def test_health_check_flags_a_board_that_goes_empty_but_not_a_quiet_window(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b")])
    write_run(landing, "h1", "2026-11-01T06:00:00+00:00", [job("c1")], source="hn", platform="hackernews",
              board="hackernews", listing="window")
    load_landing(con, landing)
    assert health_check(con)["violations"] == 0
    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", [])
    write_run(landing, "h2", "2026-11-02T06:00:00+00:00", [], source="hn", platform="hackernews",
              board="hackernews", listing="window")
    load_landing(con, landing)
    check = health_check(con)
    assert check["violations"] == 1 and check["detail"] == "acme: had 2 postings in the previous run, none now"
    build_postings(con)
    from warehouse.db import refresh_views

    refresh_views(con)
    health = dict(con.execute("SELECT source, health FROM source_health").fetchall())
    assert health == {"acme": "went empty", "hn": "ok"}


def test_health_check_flags_a_jump_in_error_rate(con, tmp_path):
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a")])
    write_run(landing, "r2", "2026-11-02T06:00:00+00:00", None)
    load_landing(con, landing)
    check = health_check(con)
    assert check["violations"] == 1 and "error rate rose from 0% to 100%" in check["detail"]
