"""Crawl assets, one per platform: run the spiders out of process and leave JSON Lines in the landing folder.

They never open the warehouse, so crawling needs no writer slot; the load step does.
"""


import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from dagster import (
    AssetCheckResult,
    AssetCheckSeverity,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    MaterializeResult,
    MetadataValue,
    multi_asset,
)

from pipelines.metadata import markdown_table
from pipelines.resources import CrawlerResource
from scrapers.sources import PLATFORMS

CRAWL_ASSETS = {platform: f"{platform}_crawl" for platform in PLATFORMS}


def read_source_runs(path: Path) -> list[dict[str, Any]]:
    """The per-source summary records of a landing file.

    A cheap substring test skips the (large) posting lines; the kind is then checked on the parsed
    record, so this does not depend on how the landing pipeline spaces its JSON.
    """
    runs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if "source_run" in line and (record := json.loads(line)).get("kind") == "source_run":
                runs.append(record)
    return runs


@multi_asset(
    specs=[
        AssetSpec(
            CRAWL_ASSETS[platform],
            group_name="crawl",
            description=f"{platform.title()} boards, fetched or replayed into landing JSON Lines.",
            kinds={"scrapy"},
        )
        for platform in PLATFORMS
    ],
    check_specs=[
        AssetCheckSpec("every_source_answered", asset=CRAWL_ASSETS[platform],
                       description="Warns when a configured board failed this run (the others still load).")
        for platform in PLATFORMS
    ],
    can_subset=True,
)
def crawl(context: AssetExecutionContext, crawler: CrawlerResource) -> Iterator[Any]:
    """Run the selected platforms' spiders in one Scrapy subprocess."""
    wanted = {key.to_user_string() for key in context.selected_asset_keys}
    selected = [p for p in PLATFORMS if CRAWL_ASSETS[p] in wanted]
    run_id = context.run.run_id
    result = crawler.crawl(run_id, selected)
    if result.returncode != 0:
        raise RuntimeError(f"the crawl process failed (exit {result.returncode}):\n{result.stderr[-4000:]}")
    folder = crawler.run_folder(run_id)
    for platform in selected:
        path = folder / f"{platform}.jsonl"
        runs = read_source_runs(path) if path.exists() else []
        failed = [r for r in runs if r["status"] == "failed"]
        yield MaterializeResult(
            asset_key=CRAWL_ASSETS[platform],
            metadata={
                "landing_file": MetadataValue.path(str(path)),
                "sources": len(runs),
                "sources_failed": len(failed),
                "postings": sum(r["postings"] for r in runs),
                "errors": sum(r["errors"] for r in runs),
                "per_source": MetadataValue.md(markdown_table(
                    runs, ["source", "status", "requests", "postings", "rejects", "errors", "error_summary"])),
            },
        )
        yield AssetCheckResult(
            asset_key=CRAWL_ASSETS[platform],
            check_name="every_source_answered",
            passed=not failed,
            severity=AssetCheckSeverity.WARN,
            description="; ".join(f"{r['source']}: {r['error_summary']}" for r in failed) or "all sources answered",
            metadata={"failed_sources": len(failed)},
        )
