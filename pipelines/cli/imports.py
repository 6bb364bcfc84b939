"""`byway import`: postings from a JSON Lines or CSV file (python-jobspy's CSV included) as one more source."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipelines.cli.common import app, console, err, fail
from pipelines.cli.ingest import materialize_day, print_shortlist_counts, shortlist_day
from pipelines.settings import Settings


@app.command("import", rich_help_panel="Pipeline")
def import_file(
    file: Annotated[Path, typer.Argument(help="A .jsonl or .csv file of postings: title, company, url (or job_url) "
                                              "at least; python-jobspy's CSV columns are understood.")],
    name: Annotated[str | None, typer.Option(help="The source's name, import:NAME. [default: the file's name]")]
    = None,
    day: Annotated[str | None, typer.Option("--date", help="The shortlist day, YYYY-MM-DD. [default: today]")]
    = None,
) -> None:
    """Load postings from a file as source import:NAME, then enrich, rank and shortlist them with the rest.

    Rows without a title, company or http(s) link, with amounts that are not numbers or dates that are
    not dates are rejected with the reason (see the rejects table); the good rows load. Importing the
    same file again adds nothing twice. Exits 1 when no row could be loaded.
    """
    from pipelines.resources import default_resources
    from scrapers.imports import ImportFileError, import_records, source_name
    from scrapers.pipelines.landing import write_landing
    from scrapers.platforms.base import new_run_id
    from warehouse.db import reading

    settings = Settings.from_env()
    partition = shortlist_day(settings, day)
    source = source_name(file, name)
    run_id = new_run_id()
    try:
        records = import_records(file, source, run_id)
    except ImportFileError as exc:
        fail(str(exc))
    summary = records[-1]
    rejects = [r for r in records if r["kind"] == "reject"]
    write_landing(settings.landing_dir / run_id, "import", records)
    console.print(f"{source}: {summary['postings']} postings, {summary['rejects']} rejected from {file}")
    for reject in rejects[:10]:
        err.print(f"[yellow]rejected[/] {reject['reason']}", soft_wrap=True)
    if len(rejects) > 10:
        err.print(f"… and {len(rejects) - 10} more (SELECT reason FROM rejects WHERE source = '{source}')")
    if not summary["postings"]:
        fail(f"{file}: no row could be loaded", 1)
    materialize_day(settings, default_resources(settings), partition, crawl=False)
    with reading(settings.database, settings.read_db_path, data_path=settings.db_data_path) as con:
        print_shortlist_counts(con, settings, partition)
