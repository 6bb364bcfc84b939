"""The daily shortlist's edge on the warehouse: replace one day's rows from the current ranking."""

from __future__ import annotations

from datetime import UTC, date, datetime

import duckdb

from warehouse.db import fetch_dicts, run_sql


def build_shortlist(con: duckdb.DuckDBPyConnection, day: date, top: int,
                    now: datetime | None = None) -> dict[str, dict[str, int]]:
    """Write `day`'s shortlist (top `top` per profile) in one transaction; returns shown/new per profile."""
    params = {"date": day, "top": top, "shown_at": now or datetime.now(UTC)}
    con.execute("BEGIN TRANSACTION")
    try:
        run_sql(con, "sql/shortlist/clear.sql", {"date": day})
        run_sql(con, "sql/shortlist/insert.sql", params)
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    rows = fetch_dicts(con, "sql/shortlist/counts.sql", {"date": day})
    return {r["profile"]: {"shown": r["shown"], "new": r["new"]} for r in rows}


def shortlist_rows(con: duckdb.DuckDBPyConnection, day: date, profile: str | None = None) -> list[dict]:
    """One day's shortlist with the features a reader decides on (every profile when `profile` is None)."""
    return fetch_dicts(con, "sql/report/shortlist_day.sql", {"date": day, "profile": profile})


def shortlist_days(con: duckdb.DuckDBPyConnection) -> list[date]:
    """Days with a shortlist, oldest first (none before the daily stage has run once)."""
    try:
        return [r["shortlist_date"] for r in fetch_dicts(con, "sql/shortlist/days.sql")]
    except duckdb.CatalogException:
        return []


def shortlist_profiles(con: duckdb.DuckDBPyConnection, day: date) -> list[str]:
    return [r["profile"] for r in fetch_dicts(con, "sql/shortlist/profiles.sql", {"date": day})]
