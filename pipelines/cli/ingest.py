"""Commands that fill and read the warehouse: run, demo, sources, discover, sql, dev."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Any

import typer

from pipelines.cli.common import (
    app,
    console,
    err,
    fail,
    parse_day,
    progress_bars,
    read_only_warehouse,
    root_cause,
    table,
    today,
)
from pipelines.settings import REPO_ROOT, Settings

_REPLAY_HELP = "Answer every request from this replay folder (offline)."


@app.command(rich_help_panel="Pipeline")
def run(
    replay: Annotated[Path | None, typer.Option(help=_REPLAY_HELP, envvar="BYWAY_REPLAY")] = None,
    record: Annotated[Path | None, typer.Option(help="Record live responses into this folder for later replay.",
                                                 envvar="BYWAY_RECORD")] = None,
    source: Annotated[list[str] | None, typer.Option(help="Only this source (repeatable).")] = None,
    sources: Annotated[Path | None, typer.Option(help="The sources file. [default: config/sources.yaml]",
                                                  envvar="BYWAY_SOURCES")] = None,
    day: Annotated[str | None, typer.Option("--date", help="The shortlist's date, YYYY-MM-DD. [default: today "
                                                           "in BYWAY_TIMEZONE]")] = None,
) -> None:
    """Run the whole pipeline once: crawl, load, enrich, embed, rank, then today's shortlist and exports.

    Prints what happened per source and where the exports are. Exits 1 only when no source could be
    loaded at all; failures of single sources are reported and recorded in crawl_runs and rejects.
    """
    run_pipeline(replay, record, source, sources, day)


@app.command(rich_help_panel="Pipeline")
def demo() -> None:
    """The whole pipeline offline on invented companies (demo/sources.yaml, answered from demo/replay)."""
    run_pipeline(REPO_ROOT / "demo" / "replay", None, None, REPO_ROOT / "demo" / "sources.yaml", None)


def shortlist_day(settings: Settings, day: str | None) -> date:
    """--date, or today in BYWAY_TIMEZONE; a readable failure for either being wrong."""
    wanted = parse_day(day)
    if wanted:
        return wanted
    try:
        return today(settings.timezone)
    except Exception as exc:  # an unknown BYWAY_TIMEZONE
        fail(f"BYWAY_TIMEZONE={settings.timezone!r}: {exc}")


def materialize_day(settings: Settings, resources: dict[str, Any], partition: date, crawl: bool = True) -> Any:
    """Run every stage (without the crawl when `crawl` is False) for one day, with progress bars; a failed
    step ends the command with its root cause and exit code 1."""
    from dagster import AssetSelection, materialize

    from pipelines.assets.crawl import CRAWL_ASSETS
    from pipelines.definitions import ASSETS, asset_checks
    from pipelines.instance import persistent_instance

    selection = None if crawl else AssetSelection.all() - AssetSelection.assets(*CRAWL_ASSETS.values())
    with progress_bars():
        result = materialize([*ASSETS, *asset_checks], resources=resources, partition_key=partition.isoformat(),
                             instance=persistent_instance(settings), raise_on_error=False, selection=selection,
                             run_config={"loggers": {"console": {"config": {"log_level": "WARNING"}}}})
    if not result.success:
        reasons = [f"{e.step_key}: {root_cause(e.step_failure_data.error)}"
                   for e in result.all_events if e.is_step_failure and e.step_failure_data.error]
        fail(f"the run {result.run_id} failed ({'; '.join(reasons) or 'see `byway dev` for its logs'})", 1)
    return result


def print_shortlist_counts(con: Any, settings: Settings, partition: date) -> None:
    from warehouse.db import fetch_dicts

    for row in fetch_dicts(con, "sql/shortlist/counts.sql", {"date": partition}):
        console.print(f"shortlist {partition} {row['profile']}: {row['shown']} postings, {row['new']} new — "
                      f"{settings.exports_dir / partition.isoformat() / (row['profile'] + '.html')}", soft_wrap=True)


def run_pipeline(replay: Path | None, record: Path | None, source: list[str] | None, sources: Path | None,
                 day: str | None) -> None:
    from pipelines.resources import default_resources
    from scrapers.sources import ConfigError, load_sources
    from warehouse.db import fetch_dicts, reading

    settings = Settings.from_env()
    sources_file = (sources or settings.sources_file).resolve()
    try:
        configured = load_sources(sources_file)
    except ConfigError as exc:
        fail(str(exc))
    unknown = set(source or []) - {s.name for s in configured}
    if unknown:
        fail(f"{sources_file}: no source named {', '.join(sorted(unknown))}")
    if replay and not replay.is_dir():
        fail(f"--replay {replay}: not a folder")
    partition = shortlist_day(settings, day)
    resources = default_resources(settings, sources_file, replay, record, ",".join(source) if source else None)
    mode = f"replaying {replay}" if replay else "live"
    err.print(f"byway: {len(configured)} configured sources ({mode}), shortlist for {partition}")
    result = materialize_day(settings, resources, partition)
    with reading(settings.database, settings.read_db_path, data_path=settings.db_data_path) as con:
        rows = fetch_dicts(con, "sql/report/run_summary.sql", [result.run_id])
        totals = fetch_dicts(con, "sql/report/postings_status.sql")[0]
        columns = ["source", "platform", "status", "requests", "postings", "new", "closed", "rejects", "errors"]
        console.print(table(rows, columns, title=f"run {result.run_id}"))
        for row in rows:
            if row["error_summary"]:
                console.print(f"[red]{row['source']}[/]: {row['error_summary']}", soft_wrap=True)
        console.print(f"warehouse {settings.database}: {totals['open']} open postings, {totals['closed']} closed")
        print_shortlist_counts(con, settings, partition)
    if not any(r["status"] in ("ok", "empty", "partial") for r in rows):
        err.print("[bold red]nothing could be loaded:[/] every source failed (see error_summary above)")
        raise typer.Exit(1)


@app.command("sources", rich_help_panel="Pipeline")
def list_sources(
    sources: Annotated[Path | None, typer.Option(help="The sources file.", envvar="BYWAY_SOURCES")] = None,
) -> None:
    """Show the configured sources with the status of their last run."""
    import duckdb

    from scrapers.sources import ConfigError, load_sources
    from warehouse.db import WarehouseBusy, fetch_dicts, reading

    settings = Settings.from_env()
    try:
        configured = load_sources(sources or settings.sources_file)
    except ConfigError as exc:
        fail(str(exc))
    health: dict[str, dict[str, Any]] = {}
    if settings.has_warehouse:
        try:
            with reading(settings.database, settings.read_db_path, data_path=settings.db_data_path) as con:
                health = {r["source"]: r for r in fetch_dicts(con, "sql/report/source_health.sql")}
        except duckdb.CatalogException:
            pass  # a warehouse that has never been loaded has no runs to show
        except WarehouseBusy as exc:
            err.print(f"[yellow]{exc}[/]; showing configuration only")
    rows = [{"source": s.name, "platform": s.platform, "board": s.token, "company": s.company,
             "enabled": s.enabled, **{k: v for k, v in health.get(s.name, {}).items()
                                      if k in ("health", "last_status", "last_run_at", "last_requests", "last_postings",
                                               "last_errors", "last_duration_s", "open_postings", "last_error")}}
            for s in configured]
    for row in rows:
        row.setdefault("health", "never run")
        row.setdefault("last_status", "never run")
    console.print(table(rows, ["source", "platform", "board", "company", "enabled", "health", "last_status",
                                "last_run_at", "last_requests", "last_postings", "last_errors", "last_duration_s",
                                "open_postings", "last_error"]))


@app.command(rich_help_panel="Pipeline")
def discover(
    urls: Annotated[list[str], typer.Argument(help="Company homepages, careers pages or board URLs.")],
    company: Annotated[str | None, typer.Option(help="The company's name (one URL only). [default: from the "
                                                      "domain, e.g. acme-labs.io -> Acme Labs]")] = None,
    add: Annotated[bool, typer.Option("--add", help="Append every validated board to the sources file.")] = False,
    sources: Annotated[Path | None, typer.Option(help="The sources file --add writes to.",
                                                  envvar="BYWAY_SOURCES")] = None,
    replay: Annotated[Path | None, typer.Option(help="Answer every request from this replay folder (offline).",
                                                 envvar="BYWAY_REPLAY")] = None,
    record: Annotated[Path | None, typer.Option(help="Record live responses into this folder.",
                                                 envvar="BYWAY_RECORD")] = None,
) -> None:
    """Find the ATS board behind a company's website and validate it against the platform's API.

    Follows the homepage to its careers page, reads the Greenhouse, Lever, Ashby, Workable,
    SmartRecruiters, Recruitee or Personio board it links, frames, scripts or configures, and asks that
    board's API whether it answers and names the company. Only validated boards are added (--add).
    The verdicts land in data/landing and load into discovered_boards on the next `byway run`.
    Exits 0 when every URL gave a valid board, 1 otherwise.
    """
    import json
    import tempfile

    from pipelines.resources import default_resources
    from scrapers.platforms.base import new_run_id
    from scrapers.sources import (
        ConfigError,
        discovered_source,
        load_sources,
        merge_sources,
        parse_sources,
        source_lines,
    )

    settings = Settings.from_env()
    if company and len(urls) > 1:
        fail("--company names one company: give one URL with it")
    if replay and not replay.is_dir():
        fail(f"--replay {replay}: not a folder")
    sources_file = sources or settings.sources_file
    try:
        configured = load_sources(sources_file) if add else []
    except ConfigError as exc:
        fail(str(exc))
    crawler = default_resources(settings, sources_file, replay, record)["crawler"]
    run_id = new_run_id()
    with tempfile.TemporaryDirectory() as folder:
        candidates = Path(folder) / "candidates.json"
        candidates.write_text(json.dumps([{"company": company, "url": url, "via": "user"} for url in urls]))
        with console.status(f"looking for boards behind {len(urls)} URL{'s' if len(urls) > 1 else ''}…"):
            result = crawler.discover(run_id, candidates)  # type: ignore[attr-defined]
    landing = Path(crawler.landing_dir) / run_id / "discover.jsonl"  # type: ignore[attr-defined]
    if result.returncode != 0 or not landing.exists():
        fail(f"the discovery process failed (exit {result.returncode}):\n{result.stderr[-2000:]}", 1)
    records = [json.loads(line) for line in landing.read_text(encoding="utf-8").splitlines() if line.strip()]
    console.print(table(records, ["company", "outcome", "platform", "board", "board_company", "jobs",
                                   "discovered_via"], title=f"discovery {run_id}"))
    for row in records:
        if row["outcome"] != "valid":
            console.print(f"[yellow]{row['company']}[/] ({row['homepage']}): {row['reason']}", soft_wrap=True)
    valid = [r for r in records if r["outcome"] == "valid"]
    if add:
        taken = {s.name for s in configured}
        found = []
        for row in valid:
            found.append(discovered_source(row["company"], row["platform"], row["board"], row["discovered_via"],
                                           row["fetched_at"], row["careers_url"], taken))
            taken.add(found[-1].name)
        new = merge_sources(configured, found)[len(configured):]  # boards already configured are skipped
        if new:
            text = sources_file.read_text(encoding="utf-8")
            text = text + ("" if text.endswith("\n") else "\n") + source_lines(new)
            try:
                parse_sources(text, sources_file)  # never leave a file byway itself cannot read
            except ConfigError as exc:
                fail(f"not adding to {sources_file}: {exc}")
            sources_file.write_text(text, encoding="utf-8")
        console.print(f"added {len(new)} board{'s' if len(new) != 1 else ''} to {sources_file}"
                      + (f": {', '.join(s.name for s in new)}" if new else " (all were already configured)"))
    if {r["homepage"] for r in records} - {r["homepage"] for r in valid}:
        raise typer.Exit(1)  # some URL gave no valid board


@app.command(rich_help_panel="Tools")
def sql(
    query: Annotated[str, typer.Argument(help="A SQL query, e.g. \"SELECT count(*) FROM postings\".")],
    max_rows: Annotated[int, typer.Option(help="Print at most this many rows.")] = 100,
) -> None:
    """Run a read-only SQL query on the warehouse and print the result as a table."""
    import duckdb

    with read_only_warehouse() as con:
        try:
            cursor = con.execute(query)
        except duckdb.Error as exc:
            fail(f"{type(exc).__name__}: {exc}")
        columns = [d[0] for d in cursor.description or []]
        rows = cursor.fetchmany(max_rows + 1)
    shown = [dict(zip(columns, r, strict=True)) for r in rows[:max_rows]]
    console.print(table(shown, columns))
    if len(rows) > max_rows:
        console.print(f"(first {max_rows} rows shown; use --max-rows or LIMIT)")


@app.command(rich_help_panel="Tools")
def dev(port: Annotated[int, typer.Option(help="Port for the Dagster UI.")] = 3000) -> None:
    """Open the Dagster UI (`dagster dev`) on byway's assets."""
    from pipelines.instance import prepare_dagster_home

    prepare_dagster_home(Settings.from_env())
    command = [sys.executable, "-m", "dagster", "dev", "-m", "pipelines.definitions", "-p", str(port)]
    raise typer.Exit(subprocess.call(command, cwd=REPO_ROOT, env=os.environ.copy()))


if __name__ == "__main__":
    app()
