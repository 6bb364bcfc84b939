"""Rebuild the derived tables of the postings stage, then the views that read them."""

from __future__ import annotations

import duckdb

from warehouse.db import refresh_views, row_count, run_sql


def build_postings(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/postings.sql")
    return row_count(con, "postings")


def build_companies(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/companies.sql")
    refresh_views(con)
    return row_count(con, "companies")
