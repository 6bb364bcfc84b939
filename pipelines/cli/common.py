"""What every `byway` command shares: the Typer app, the consoles, tables and readable failures."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console
from rich.table import Table

app = typer.Typer(
    help="byway: ML and data jobs off the beaten path — crawl small-company boards into DuckDB, enrich them, "
         "and rank them against your specialization.",
    epilog="Exit codes: 0 done; 1 the work failed (nothing loaded, a step failed, bad input lines, doctor found "
           "something to fix); 2 a usage or configuration mistake. Settings: see .env.example.",
    no_args_is_help=True,
    add_completion=False,
)
console = Console()
err = Console(stderr=True)


@app.callback()
def _check_settings() -> None:
    """Every command reads the BYWAY_* settings: a bad one is reported before anything runs."""
    from pipelines.settings import Settings, SettingsError

    try:
        Settings.from_env()
    except SettingsError as exc:
        fail(str(exc))


def table(rows: list[dict[str, Any]], columns: list[str], title: str | None = None) -> Table:
    table = Table(title=title, show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold", no_wrap=column in ("posting_id", "rank", "score"))
    for row in rows:
        table.add_row(*["" if row.get(c) is None else str(row.get(c)) for c in columns])
    return table


def root_cause(error: Any) -> str:
    """The innermost message of a Dagster error chain: the one that says what actually went wrong."""
    while getattr(error, "cause", None) is not None:
        error = error.cause
    return error.message.strip()


def read_only_warehouse() -> Any:
    """The warehouse's read snapshot (or the file itself) opened read-only, or a readable failure."""
    from pipelines.settings import Settings
    from warehouse.db import WarehouseBusy, reading

    settings = Settings.from_env()
    try:
        return reading(settings.database, settings.read_db_path, data_path=settings.db_data_path)
    except (FileNotFoundError, WarehouseBusy) as exc:
        fail(str(exc))


@contextmanager
def progress_bars() -> Iterator[None]:
    """Progress bars on stderr for whatever long steps the pipeline reports (crawl, embedding, ranking)."""
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    from pipelines.progress import listening

    columns = (TextColumn("{task.description:<10}"), BarColumn(), MofNCompleteColumn(),
               TextColumn("{task.fields[detail]}"), TimeElapsedColumn())
    with Progress(*columns, console=err) as bar:
        tasks: dict[str, Any] = {}

        def show(task: str, done: int, total: int | None, detail: str) -> None:
            if task not in tasks:
                tasks[task] = bar.add_task(task, total=total, detail=detail)
            bar.update(tasks[task], completed=done, total=total, detail=detail)

        with listening(show):
            yield


def today(timezone: str) -> date:
    """Today's date where the user is (BYWAY_TIMEZONE): the shortlist's partition."""
    from zoneinfo import ZoneInfo

    return datetime.now(ZoneInfo(timezone)).date()


def parse_day(value: str | None, option: str = "--date") -> date | None:
    """A YYYY-MM-DD option as a date (None when not given), or a readable failure."""
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        fail(f"{option} {value}: expected YYYY-MM-DD")


def existing_shortlist_day(con: Any, wanted: date | None) -> date:
    """The asked-for day when it has a shortlist, else the newest; a readable failure when there is none."""
    from warehouse.shortlist import shortlist_days

    days = shortlist_days(con)
    if not days:
        fail("no shortlist in the warehouse yet: run `byway run` (or `byway demo`) first")
    if wanted and wanted not in days:
        fail(f"--date {wanted}: no shortlist that day; days with one: {', '.join(map(str, days[-10:]))}")
    return wanted or days[-1]


def fail(message: str, code: int = 2) -> NoReturn:
    err.print(f"[bold red]error:[/] {message}", soft_wrap=True)  # paths and keys stay on one line
    raise typer.Exit(code)


def read_postings(input: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any] | int]]:
    """Postings of a JSON Lines file, and per non-blank line either its index in them or its error."""
    import json

    if not input.is_file():
        fail(f"--input {input}: no such file")
    postings: list[dict[str, Any]] = []
    slots: list[dict[str, Any] | int] = []
    for number, line in enumerate(input.read_text(encoding="utf-8", errors="replace").splitlines(), 1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            slots.append({"line": number, "error": f"{input}:{number}: not JSON ({exc.msg})"})
            continue
        if not isinstance(record, dict) or not (record.get("title") or record.get("description")):
            slots.append({"line": number, "error": f"{input}:{number}: expected an object with a title or description"})
            continue
        slots.append(len(postings))
        postings.append(record)
    return postings, slots
