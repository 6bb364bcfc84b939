"""The postings stage: one row per real job with its lifecycle, and the companies behind them."""


from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from pipelines.assets.raw import WAREHOUSE_POOL
from pipelines.metadata import preview
from warehouse.build import build_companies, build_postings
from warehouse.db import fetch_dicts


@asset(deps=["raw_postings", "crawl_runs"], group_name="postings", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def postings(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    """One row per real job: normalised fields, sources, first/last seen, closed when no board lists it."""
    with duckdb.get_connection() as con:
        total = build_postings(con)
        status = fetch_dicts(con, "sql/report/postings_status.sql")[0]
        table = preview(con, "postings", ["company", "title", "work_mode", "is_open", "sources"])
    return MaterializeResult(metadata={
        "row_count": total, **status,
        "preview": MetadataValue.md(table),
    })


@asset(deps=["postings"], group_name="postings", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def companies(context: AssetExecutionContext, duckdb: DuckDBResource) -> MaterializeResult:
    """One row per employer: its boards, open and total roles, careers page; refreshes the SQL views."""
    with duckdb.get_connection() as con:
        total = build_companies(con)
        table = preview(con, "companies", ["name", "boards", "open_postings", "total_postings"])
    return MaterializeResult(metadata={"row_count": total, "preview": MetadataValue.md(table)})
