"""Rebuild the derived tables of the postings stage, then the views that read them."""

from __future__ import annotations

import duckdb

from warehouse.db import refresh_views, run_sql


def build_postings(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/postings.sql")
    row = con.execute("SELECT count(*) FROM postings").fetchone()
    return int(row[0]) if row else 0


def build_companies(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/companies.sql")
    row = con.execute("SELECT count(*) FROM companies").fetchone()
    refresh_views(con)
    return int(row[0]) if row else 0
