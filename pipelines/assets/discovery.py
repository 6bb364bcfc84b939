"""The discovery stage: search the websites of companies seen on Hacker News for their ATS board.

This is how byway finds small companies nobody lists: an HN comment names a company and its website,
discovery finds the Greenhouse / Lever / Ashby / ... board behind it, confirms it with the platform's
API, and the next crawl reads that board every day.
"""

import json
import tempfile
from collections import Counter
from pathlib import Path

from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from pipelines.assets.raw import WAREHOUSE_POOL
from pipelines.metadata import markdown_table
from pipelines.resources import CrawlerResource
from pipelines.settings import Settings
from warehouse.db import fetch_dicts, refresh_views
from warehouse.discovered import confirmed_sources, discovery_candidates, write_sources_file
from warehouse.loader import load_landing


@asset(deps=["postings"], group_name="discovery", pool=WAREHOUSE_POOL, kinds={"scrapy", "duckdb"})
def discovered_boards(context: AssetExecutionContext, duckdb: DuckDBResource,
                      crawler: CrawlerResource) -> MaterializeResult:
    """ATS boards found on the websites of companies seen on HN, each validated against its platform's API."""
    settings = Settings.from_env()
    with duckdb.get_connection() as con:
        candidates = discovery_candidates(con, settings.discovery_limit, settings.discovery_retry_days)
    outcomes: Counter[str] = Counter()
    if candidates:
        context.log.info("searching %d company websites for a board", len(candidates))
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "candidates.json"
            path.write_text(json.dumps(candidates), encoding="utf-8")
            # The warehouse is not held while the spider fetches: only the load below writes.
            result = crawler.discover(context.run.run_id, path)
        if result.returncode != 0:
            raise RuntimeError(f"the discovery process failed (exit {result.returncode}):\n{result.stderr[-4000:]}")
    with duckdb.get_connection() as con:
        if candidates:
            report = load_landing(con, Path(crawler.landing_dir))
            for failed, reason in report.failed.items():
                context.log.error("landing file %s could not be loaded: %s", failed, reason)
        refresh_views(con)
        this_run = fetch_dicts(con, "sql/discovery/run_outcomes.sql", [context.run.run_id])
        confirmed = confirmed_sources(con)
    outcomes.update(row["outcome"] for row in this_run)
    if crawler.discovered_file:
        write_sources_file(Path(crawler.discovered_file), confirmed)
    return MaterializeResult(metadata={
        "candidates": len(candidates),
        **{f"outcome_{name}": outcomes.get(name, 0)
           for name in ("valid", "invalid", "unchecked", "no_board", "unreachable")},
        "boards_crawled_from_discovery": len(confirmed) if crawler.discovered_file else 0,
        "discovered_sources_file": MetadataValue.path(crawler.discovered_file or "(crawling discovered boards is off)"),
        "this_run": MetadataValue.md(markdown_table(
            this_run[:25], ["company", "outcome", "platform", "board", "board_company", "jobs", "reason"])),
    })
