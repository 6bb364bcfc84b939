"""Rebuild the derived tables of the postings stage, then the views that read them."""

from __future__ import annotations

import duckdb
import pyarrow as pa

from warehouse.db import fetch_dicts, refresh_views, row_count, run_sql, staged
from warehouse.dedupe import Record, find_duplicates


def build_postings(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/postings.sql")
    records = [Record(**row) for row in fetch_dicts(con, "sql/postings/dedupe_input.sql")]
    links = find_duplicates(records)
    table = pa.Table.from_pylist(
        [vars(link) for link in links],
        schema=pa.schema([("posting_id", pa.string()), ("canonical_posting_id", pa.string()),
                          ("reason", pa.string()), ("similarity", pa.float64())]))
    with staged(con, "posting_duplicates_input", table):
        run_sql(con, "sql/postings/dedupe.sql")
    return row_count(con, "postings")


def build_companies(con: duckdb.DuckDBPyConnection) -> int:
    run_sql(con, "sql/postings/companies.sql")
    refresh_views(con)
    return row_count(con, "companies")
