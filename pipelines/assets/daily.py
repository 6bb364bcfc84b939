"""The daily stage: the shortlist each profile sees today, the application funnel, the AI trend of HN
postings, and the files people open (exports/<date>/)."""

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from dagster import (
    AssetCheckResult,
    AssetCheckSpec,
    AssetExecutionContext,
    AssetSpec,
    Config,
    DailyPartitionsDefinition,
    MaterializeResult,
    MetadataValue,
    asset,
)
from dagster_duckdb import DuckDBResource

from models.funnel import funnel
from pipelines.assets.raw import WAREHOUSE_POOL
from pipelines.exporters.charts import funnel_png, markdown_image, trend_png
from pipelines.exporters.write import newest_day, write_exports
from pipelines.metadata import markdown_table
from pipelines.resources import ExportsResource
from pipelines.settings import Settings
from warehouse.applications import build_application_funnel, events
from warehouse.db import fetch_dicts, refresh_views, run_sql
from warehouse.shortlist import build_shortlist, shortlist_rows

_SETTINGS = Settings.from_env()
# One partition per day; end_offset=1 makes today's partition exist from midnight, so the 07:00 run
# writes today's shortlist rather than yesterday's.
DAILY = DailyPartitionsDefinition(start_date="2026-01-01", end_offset=1, timezone=_SETTINGS.timezone)


class ShortlistConfig(Config):
    top: int = _SETTINGS.shortlist_size
    """Postings per profile (BYWAY_SHORTLIST_SIZE)."""


@asset(deps=["matches"], partitions_def=DAILY, group_name="ranked", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def shortlist(context: AssetExecutionContext, config: ShortlistConfig, duckdb: DuckDBResource) -> MaterializeResult:
    """Each profile's top open jobs of the day, minus those applied to or dismissed, marked new or seen before."""
    day = date.fromisoformat(context.partition_key)
    with duckdb.get_connection() as con:
        counts = build_shortlist(con, day, config.top)
        rows = shortlist_rows(con, day)
        refresh_views(con, only=["shortlist_latest"])
    previews = []
    for profile in counts:
        mine = [r for r in rows if r["profile"] == profile][:10]
        previews.append(f"**{profile}**\n\n" + markdown_table(mine, ["rank", "score", "is_new", "title", "company",
                                                                    "explanation"]))
    context.log.info("shortlist %s: %s", day, counts)
    return MaterializeResult(metadata={
        "row_count": len(rows),
        "new": sum(c["new"] for c in counts.values()),
        "profiles": MetadataValue.md(markdown_table([{"profile": k, **v} for k, v in counts.items()])),
        "preview": MetadataValue.md("\n\n".join(previews) or "_nothing to show: no kept matches_"),
    })


applications = AssetSpec(
    "applications", group_name="exports", kinds={"duckdb"},
    description="Your application log: one row per status change, written by `byway mark` and never rebuilt.")


@asset(deps=[applications, "postings"], group_name="exports", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def application_funnel(duckdb: DuckDBResource) -> MaterializeResult:
    """Your applications per week and stage from the `byway mark` log, with conversion against reported rates."""
    with duckdb.get_connection() as con:
        weeks = build_application_funnel(con)
        summary = funnel(events(con))
    chart = funnel_png(summary)
    return MaterializeResult(metadata={
        "row_count": len(weeks),
        "applications": summary.reached["applied"],
        "conversion": MetadataValue.md(markdown_table(summary.rows(), ["stage", "postings", "your_rate", "benchmark"])),
        "what_it_means": MetadataValue.md("\n".join(f"- {line}" for line in summary.advice)),
        "funnel_chart": MetadataValue.md(markdown_image(chart, "application funnel")),
    })


@asset(deps=["posting_features"], group_name="features", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def ai_trend(duckdb: DuckDBResource) -> MaterializeResult:
    """Per month, the share of Hacker News 'Who is hiring' postings that mention AI, ML or LLMs."""
    with duckdb.get_connection() as con:
        run_sql(con, "sql/trend/ai_trend.sql")
        rows = fetch_dicts(con, "sql/report/ai_trend.sql")
    chart = trend_png(rows)
    return MaterializeResult(metadata={
        "row_count": len(rows),
        "hn_postings": sum(r["postings"] for r in rows),
        "by_month": MetadataValue.md(markdown_table(rows)),
        "trend_chart": MetadataValue.md(markdown_image(chart, "AI share of HN postings")),
    })


@asset(deps=["shortlist", "application_funnel", "ai_trend"], partitions_def=DAILY, group_name="exports",
       pool=WAREHOUSE_POOL,
       check_specs=[AssetCheckSpec("every_profile_exported", asset="exports",
                                   description="Each profile of the day has its CSV, Parquet, Markdown and HTML "
                                               "file, and exports/latest holds the newest day.")])
def exports(context: AssetExecutionContext, duckdb: DuckDBResource,
            exports_dir: ExportsResource) -> Iterator[MaterializeResult | AssetCheckResult]:
    """The day's shortlist per profile as CSV, Parquet, Markdown and a self-contained HTML page, plus charts."""
    day = date.fromisoformat(context.partition_key)
    with duckdb.get_connection() as con:
        report = write_exports(con, day, Path(exports_dir.folder))
    context.log.info("exported %s to %s", day, report.folder)
    missing = [f"{profile}.{kind}" for profile in report.rows for kind in ("csv", "parquet", "md", "html")
               if not (report.folder / f"{profile}.{kind}").is_file()]
    latest = Path(exports_dir.folder) / "latest" / "DATE"
    newest = newest_day(Path(exports_dir.folder))
    stale = not latest.is_file() or latest.read_text().strip() != str(newest)
    yield AssetCheckResult(check_name="every_profile_exported", passed=not missing and not stale,
                           description=("missing: " + ", ".join(missing) if missing else "")
                           + (" exports/latest is not the newest day" if stale else "") or "complete",
                           metadata={"files": len(report.files)})
    yield MaterializeResult(metadata={
        "folder": MetadataValue.path(str(report.folder)),
        "files": MetadataValue.md("\n".join(f"- `{p.name}`" for p in report.files)),
        "row_count": sum(report.rows.values()),
        "rows_per_profile": MetadataValue.json(report.rows),
    })
