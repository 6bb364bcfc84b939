"""`byway enrich`: the enrichment features of any postings file, and the reader `rank` shares."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer

from pipelines.cli.common import app, console, err, read_postings


@app.command(rich_help_panel="Tools")
def enrich(
    input: Annotated[Path, typer.Option("--input", "-i", help="Postings as JSON Lines: id, title, company, location, "
                                                             "description (+ optional structured fields).")],
    output: Annotated[Path | None, typer.Option("--output", "-o",
                                                help="Write here instead of standard output.")] = None,
) -> None:
    """Compute every enrichment feature for postings in a JSON Lines file (the same code the asset runs).

    Writes one JSON object per input line, in input order: the posting's `id` and every feature as a
    top-level key (degree_requirement, degree_level, is_degree_free, degree_evidence, min_years_experience,
    seniority, role_family, work_mode, salary_*, visa_sponsorship, company_size_band, is_big_name, is_b2b,
    off_path_score, … — docs/features.md). A line that is not a JSON object with a title or description
    becomes {"line": N, "error": "..."}; the others are still enriched, and the exit code is 1.
    """
    import json

    from models.enrich.batch import enrich_batch

    postings, slots = read_postings(input)
    features = enrich_batch(postings)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    errors = 0
    try:
        for slot in slots:
            if isinstance(slot, dict):
                errors += 1
                err.print(f"[yellow]{slot['error']}[/]", soft_wrap=True)
                row = slot
            else:
                row = {"id": postings[slot].get("id"), **features[slot]}
            out.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    finally:
        if output:
            out.close()
    if output:
        console.print(f"enriched {len(postings)} postings into {output}" + (f"; {errors} bad lines" if errors else ""))
    if errors:
        raise typer.Exit(1)
