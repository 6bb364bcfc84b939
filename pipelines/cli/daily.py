"""Commands for living with byway day to day: `mark` an application, see the `funnel`, `export` a day."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer

from pipelines.cli.common import (
    app,
    console,
    err,
    existing_shortlist_day,
    fail,
    parse_day,
    read_only_warehouse,
    table,
)
from pipelines.settings import Settings


class Status(StrEnum):
    applied = "applied"
    screen = "screen"
    onsite = "onsite"
    offer = "offer"
    accepted = "accepted"
    rejected = "rejected"
    dismissed = "dismissed"


@app.command(rich_help_panel="Daily use")
def mark(
    posting_id: Annotated[str, typer.Argument(help="The posting id (in `byway shortlist` and the exports).")],
    status: Annotated[Status, typer.Argument(help="What happened: applied, screen, onsite, offer, accepted, rejected, "
                                                  "or dismissed (not for me: never shortlist it again).")],
    note: Annotated[str | None, typer.Option(help="A note to keep with this step (who you spoke to, why).")] = None,
    at: Annotated[str | None, typer.Option(help="When it happened, YYYY-MM-DD. [default: now]")] = None,
) -> None:
    """Log a step of an application in the warehouse's applications table (kept forever, never rebuilt).

    Applied and dismissed postings leave the shortlist from the next run on; `byway funnel` counts them.
    """
    from warehouse.applications import UnknownPosting
    from warehouse.applications import mark as log_step
    from warehouse.db import WarehouseBusy, writing
    from warehouse.migrate import migrate

    settings = Settings.from_env()
    when = parse_day(at, "--at")
    moment = datetime(when.year, when.month, when.day, 12, tzinfo=UTC) if when else None
    if not settings.has_warehouse:
        fail(f"no warehouse at {settings.db_path}: run `byway run` (or `byway demo`) first")
    try:
        with writing(settings.database, settings.read_db_path, data_path=settings.db_data_path) as con:
            migrate(con)
            posting = log_step(con, posting_id, status.value, note, moment)
    except WarehouseBusy as exc:
        fail(str(exc), 1)
    except UnknownPosting as exc:
        fail(str(exc))
    before = f" (was {posting['status']})" if posting["status"] else ""
    console.print(f"{posting_id}: {status.value}{before} — {posting['title']} at {posting['company']}", soft_wrap=True)


@app.command(rich_help_panel="Daily use")
def funnel(
    format: Annotated[str, typer.Option("--format", "-f", help="table or json.")] = "table",
    chart: Annotated[Path | None, typer.Option(help="Also write the funnel chart to this PNG file.")] = None,
    weeks: Annotated[int, typer.Option(help="Weeks of history to show.", min=1)] = 12,
) -> None:
    """Your applications per stage and week, conversion next to reported rates, and what it means."""
    from models.funnel import BENCHMARK_TEXT, STATUSES, weekly
    from models.funnel import funnel as summarise
    from warehouse.applications import events

    if format not in ("table", "json"):
        fail(f"--format {format!r}: expected table or json")
    with read_only_warehouse() as con:
        log = events(con)
    summary = summarise(log)
    history = weekly(log)[-weeks:]
    if chart:
        from pipelines.exporters.charts import funnel_png

        chart.write_bytes(funnel_png(summary))
    if format == "json":
        out: dict[str, Any] = {"stages": summary.rows(), "weekly": history, "rejected": summary.rejected,
                               "dismissed": summary.dismissed, "more_applications": summary.more_applications,
                               "advice": summary.advice}
        sys.stdout.write(json.dumps(out, default=str, indent=2) + "\n")
        return
    rows = [{**r, "your_rate": "" if r["your_rate"] is None else f"{r['your_rate']:.0%}",
             "benchmark": "" if r["benchmark"] is None else f"{r['benchmark']:.0%}"} for r in summary.rows()]
    console.print(table(rows, ["stage", "postings", "your_rate", "benchmark"],
                        title=f"funnel: {summary.reached['applied']} applications, {summary.rejected} rejected, "
                              f"{summary.dismissed} dismissed"))
    if history:
        console.print(table(history, ["week_date", *STATUSES], title="per week (postings first reaching a status)"))
    console.print("reported for cold ML searches: " + "; ".join(BENCHMARK_TEXT.values())
                  + "; 100–150 applications for a cold search", soft_wrap=True)
    for line in summary.advice:
        console.print(f"• {line}", soft_wrap=True)
    if chart:
        console.print(f"chart: {chart}")


@app.command(rich_help_panel="Daily use")
def export(
    day: Annotated[str | None, typer.Option("--date", help="The shortlist day, YYYY-MM-DD. [default: the newest]")]
    = None,
    out: Annotated[Path | None, typer.Option(help="The exports folder. [default: $BYWAY_HOME/exports]",
                                             envvar="BYWAY_EXPORTS")] = None,
) -> None:
    """Write a day's shortlist again as exports/<date>/<profile>.{csv,parquet,md,html} with the charts.

    Reads the warehouse only, so it works while nothing is running and needs no network. exports/latest
    is refreshed when the day is the newest exported.
    """
    from pipelines.exporters.write import write_exports

    settings = Settings.from_env()
    wanted = parse_day(day)
    with read_only_warehouse() as con:
        report = write_exports(con, existing_shortlist_day(con, wanted), out or settings.exports_dir)
    for profile, rows in report.rows.items():
        console.print(f"{profile}: {rows} postings")
    console.print(f"wrote {len(report.files)} files to {report.folder}")
    if not report.rows:
        err.print("[yellow]the day's shortlist is empty for every profile[/]")
