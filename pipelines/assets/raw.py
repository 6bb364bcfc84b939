"""The load: finished landing files into crawl_runs, raw_postings, posting_sightings and rejects."""


from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dagster import AssetDep, AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset
from dagster_duckdb import DuckDBResource

from pipelines.assets.crawl import CRAWL_ASSETS
from pipelines.metadata import preview
from pipelines.resources import CrawlerResource
from warehouse.db import row_count
from warehouse.loader import load_landing, save_configured_sources
from warehouse.migrate import migrate

WAREHOUSE_POOL = "warehouse"
_CRAWL_DEPS = [AssetDep(key) for key in CRAWL_ASSETS.values()]


@multi_asset(
    specs=[
        AssetSpec("crawl_runs", deps=_CRAWL_DEPS, group_name="raw", kinds={"duckdb"},
                  description="One row per source per crawl run: status, request and posting counts, errors."),
        AssetSpec("raw_postings", deps=_CRAWL_DEPS, group_name="raw", kinds={"duckdb"},
                  description="Each distinct raw payload per posting, with its normalised fields."),
        AssetSpec("rejects", deps=_CRAWL_DEPS, group_name="raw", kinds={"duckdb"},
                  description="Postings a parser refused and fetches that failed, with the reason and payload."),
    ],
    pool=WAREHOUSE_POOL,
)
def raw_load(context: AssetExecutionContext, duckdb: DuckDBResource, crawler: CrawlerResource) -> Iterator[Any]:
    """Migrate the warehouse, then load every landing file not loaded yet (idempotent)."""
    with duckdb.get_connection() as con:
        applied = migrate(con)
        save_configured_sources(con, crawler.sources())
        report = load_landing(con, Path(crawler.landing_dir))
        for path, reason in report.failed.items():
            context.log.error("landing file %s could not be loaded: %s", path, reason)
        for path in report.unfinished:
            context.log.warning("unfinished landing file left alone (crawl died?): %s", path)
        counts = {t: row_count(con, t) for t in ("crawl_runs", "raw_postings", "rejects")}
        previews = {
            "crawl_runs": preview(con, "crawl_runs", ["run_id", "source", "status", "postings", "errors",
                                                      "error_summary"]),
            "raw_postings": preview(con, "raw_postings", ["posting_key", "title", "company", "first_run_id"]),
            "rejects": preview(con, "rejects", ["source", "kind", "http_status", "reason"]),
        }
    common = {"migrations_applied": ", ".join(applied) or "none", "files_loaded": len(report.files_loaded),
              "files_failed": len(report.failed), "files_unfinished": len(report.unfinished)}
    added = {"crawl_runs": report.crawl_runs_added, "raw_postings": report.raw_rows_added,
             "rejects": report.rejects_added}
    for table in ("crawl_runs", "raw_postings", "rejects"):
        yield MaterializeResult(
            asset_key=table,
            metadata={**common, "row_count": counts[table], "rows_added": added[table],
                      "preview": MetadataValue.md(previews[table])},
        )
