"""The daily stage on the demo replay: two days of shortlists, the application log in between, exports."""

from datetime import UTC, date, datetime

import duckdb
import pytest
from dagster import DagsterInstance

from tests.conftest import REPO
from tests.pipelines.harness import query, run_ingest
from warehouse.applications import mark
from warehouse.db import run_sql

DEMO_SOURCES = REPO / "demo" / "sources.yaml"
DEMO_REPLAY = REPO / "demo" / "replay"
DAY1, DAY2 = "2026-11-22", "2026-11-23"


@pytest.fixture(scope="module")
def two_days(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    with DagsterInstance.ephemeral() as instance:
        run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, day=DAY1)
        day1 = query(home, "SELECT profile, rank, posting_id, is_new FROM shortlist WHERE shortlist_date = ? "
                           "ORDER BY rank", [DAY1])
        with duckdb.connect(str(home / "data" / "byway.duckdb")) as con:
            mark(con, day1[0][2], "applied", "through their site", datetime(2026, 11, 22, 18, tzinfo=UTC))
            mark(con, day1[1][2], "dismissed")
        run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, day=DAY2)
        day2 = query(home, "SELECT profile, rank, posting_id, is_new, first_shown_date FROM shortlist "
                           "WHERE shortlist_date = ? ORDER BY rank", [DAY2])
        run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, day=DAY2)  # the same day again
    return home, day1, day2


def test_first_day_shows_every_kept_match_as_new(two_days):
    home, day1, _ = two_days
    kept = query(home, "SELECT count(*) FROM matches WHERE NOT is_filtered AND posting_id NOT IN "
                       "(SELECT posting_id FROM applications)")[0][0]
    assert len(day1) >= 3
    assert [r[1] for r in day1] == list(range(1, len(day1) + 1))
    assert all(r[3] for r in day1)  # nothing was shown before
    assert kept == len(day1) - 2  # today's ranking already excludes the two marked postings


def test_next_day_excludes_applied_and_dismissed_and_marks_what_was_seen(two_days):
    home, day1, day2 = two_days
    shown_day2 = {r[2] for r in day2}
    assert day1[0][2] not in shown_day2 and day1[1][2] not in shown_day2
    assert shown_day2 == {r[2] for r in day1[2:]}  # the rest, ranked again from 1
    assert [r[1] for r in day2] == list(range(1, len(day2) + 1))
    assert not any(r[3] for r in day2)  # all were on the first day's shortlist
    assert {r[4] for r in day2} == {date(2026, 11, 22)}


def test_history_is_kept_and_rerunning_a_day_replaces_it(two_days):
    home, day1, day2 = two_days
    per_day = dict(query(home, "SELECT shortlist_date::VARCHAR, count(*) FROM shortlist GROUP BY 1"))
    assert per_day == {DAY1: len(day1), DAY2: len(day2)}
    again = query(home, "SELECT profile, rank, posting_id, is_new, first_shown_date FROM shortlist "
                        "WHERE shortlist_date = ? ORDER BY rank", [DAY2])
    assert again == day2


def test_application_log_is_durable_and_the_funnel_counts_it(two_days):
    home, day1, _ = two_days
    log = query(home, "SELECT posting_id, status, note FROM applications ORDER BY status")
    assert log == [(day1[0][2], "applied", "through their site"), (day1[1][2], "dismissed", None)]
    weeks = query(home, "SELECT week_date::VARCHAR, applied, dismissed FROM application_funnel ORDER BY 1")
    assert weeks == [("2026-11-16", 1, 0), ("2026-11-23", 0, 1)]


def test_exports_for_each_day_and_latest_follows_the_newest(two_days):
    home, _, day2 = two_days
    exports = home / "exports"
    for day in (DAY1, DAY2):
        names = {p.name for p in (exports / day).iterdir()}
        assert {"my-profile.csv", "my-profile.parquet", "my-profile.md", "my-profile.html", "funnel.png",
                "ai_trend.png", "ai_trend.csv"} <= names
    assert (exports / "latest" / "DATE").read_text().strip() == DAY2
    assert (exports / "latest" / "my-profile.csv").read_bytes() == (exports / DAY2 / "my-profile.csv").read_bytes()
    parquet = query(home, f"SELECT count(*), min(rank) FROM read_parquet('{exports / DAY2 / 'my-profile.parquet'}')")
    assert parquet == [(len(day2), 1)]
    assert (exports / DAY2 / "funnel.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert not [p for p in exports.iterdir() if p.name.startswith(".")]  # no staging folders left behind


def test_ai_trend_is_the_monthly_share_of_hn_postings(tmp_path):
    with duckdb.connect(str(tmp_path / "t.duckdb")) as con:
        con.execute("CREATE TABLE postings AS SELECT * FROM (VALUES "
                    "('a', 'hackernews', TIMESTAMPTZ '2026-10-02', TIMESTAMPTZ '2026-10-03'),"
                    "('b', 'hackernews', TIMESTAMPTZ '2026-10-05', TIMESTAMPTZ '2026-10-06'),"
                    "('c', 'hackernews', NULL, TIMESTAMPTZ '2026-11-01'),"
                    "('d', 'greenhouse', TIMESTAMPTZ '2026-11-02', TIMESTAMPTZ '2026-11-02')"
                    ") t(posting_id, platform, posted_at, first_seen_at)")
        con.execute("CREATE TABLE posting_features AS SELECT * FROM (VALUES ('a', true), ('b', false), ('c', true), "
                    "('d', true)) t(posting_id, mentions_ai)")
        run_sql(con, "sql/trend/ai_trend.sql")
        rows = con.execute("SELECT * FROM ai_trend").fetchall()
    assert rows == [("2026-10", 2, 1, 0.5), ("2026-11", 1, 1, 1.0)]
