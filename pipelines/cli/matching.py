"""Commands about the person: `init` a profile, `rank` any postings file, print the `shortlist`."""

from __future__ import annotations

import json
import sys
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
    read_postings,
    table,
)
from pipelines.settings import Settings

_COMPONENTS = ("semantic", "off_path", "degree_free", "recency", "salary")


@app.command(rich_help_panel="Daily use")
def init(
    name: Annotated[str, typer.Argument(help="The profile's name: lower-case letters, digits, '-' or '_'.")]
    = "my-profile",
    folder: Annotated[Path | None, typer.Option(help="Where profiles live. [default: $BYWAY_HOME/profiles]",
                                                envvar="BYWAY_PROFILES")] = None,
    force: Annotated[bool, typer.Option("--force", help="Overwrite an existing profile of that name.")] = False,
) -> None:
    """Write a commented profile template to profiles/NAME.yaml; edit it, and every run ranks for it."""
    import re

    from models.profile import template

    if not re.fullmatch(r"[a-z0-9][a-z0-9_-]{0,63}", name):
        fail(f"profile name {name!r}: use lower-case letters, digits, '-' or '_' (it names export files)")
    folder = folder or Settings.from_env().profiles_dir
    path = folder / f"{name}.yaml"
    if path.exists() and not force:
        fail(f"{path} already exists (use --force to overwrite it)")
    folder.mkdir(parents=True, exist_ok=True)
    path.write_text(template(name), encoding="utf-8")
    console.print(f"wrote {path}: describe your specialization and portfolio there, then `byway run`")


def _load_profile(path: Path) -> Any:
    from models.profile import ProfileError, load_profile

    try:
        return load_profile(path)
    except ProfileError as exc:
        fail(str(exc))


def _embedder(model: str | None) -> Any:
    from models.embed import EmbeddingModelError
    from pipelines.resources import load_embedder

    try:
        return load_embedder(model or Settings.from_env().embedding_model)
    except EmbeddingModelError as exc:
        fail(str(exc))


def _output_row(row: dict[str, Any], posting: dict[str, Any]) -> dict[str, Any]:
    out = {"id": posting.get("id"), "rank": row["rank"], "score": row["score"],
           **{name: row[name] for name in _COMPONENTS},
           "title": posting.get("title"), "company": posting.get("company"),
           "best_facet": row["best_facet"], "evidence": row["evidence"], "explanation": row["explanation"]}
    if row["is_filtered"]:
        out["filter_reasons"] = row["filter_reasons"]
    return out


@app.command(rich_help_panel="Tools")
def rank(
    profile: Annotated[Path, typer.Option("--profile", "-p", help="A profile YAML file (see `byway init`).")],
    input: Annotated[Path, typer.Option("--input", "-i", help="Postings as JSON Lines: id, title, company, location, "
                                                             "description (+ optional structured fields).")],
    top: Annotated[int | None, typer.Option(help="Print only the N best kept postings.", min=1)] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
    show_filtered: Annotated[bool, typer.Option("--show-filtered", help="Also print the postings the profile's "
                                                                        "filters exclude, with the reasons.")] = False,
    model: Annotated[str | None, typer.Option(help="Embedding model name or folder. [default: all-MiniLM-L6-v2 "
                                                   "from the installed package]", envvar="BYWAY_EMBEDDING_MODEL")]
    = None,
) -> None:
    """Rank the postings of a JSON Lines file for a profile, through the same code as the pipeline.

    Enriches the postings, cuts them into passages, embeds them and scores each against the profile's
    facets. `jsonl` prints one object per kept posting in rank order: id, rank, score, the components
    (semantic, off_path, degree_free, recency, salary), best_facet, evidence and explanation. Lines that are
    not postings are reported on stderr and make the exit code 1; the rest are still ranked.
    """
    from rich.progress import Progress

    from models.enrich.batch import enrich_batch
    from models.matching import VectorStore, match_batch

    if format not in ("table", "jsonl"):
        fail(f"--format {format!r}: expected table or jsonl")
    person = _load_profile(profile)
    postings, slots = read_postings(input)
    bad = [slot for slot in slots if isinstance(slot, dict)]
    for slot in bad:
        err.print(f"[yellow]{slot['error']}[/]", soft_wrap=True)
    for number, posting in enumerate(postings):
        posting.setdefault("id", f"line-{number + 1}")
        posting["id"] = str(posting["id"])
    enriched = [{**posting, **features} for posting, features in zip(postings, enrich_batch(postings), strict=True)]
    store = VectorStore(_embedder(model))
    with Progress(console=err, transient=True) as bar:
        task = bar.add_task("embedding passages", total=None)
        rows = match_batch(person, enriched, store,
                           progress=lambda done, total: bar.update(task, completed=done, total=total))
    by_id = {p["id"]: p for p in enriched}
    kept = [r for r in rows if not r["is_filtered"]]
    shown = (kept[:top] if top else kept) + ([r for r in rows if r["is_filtered"]] if show_filtered else [])
    output = [_output_row(r, by_id[r["posting_id"]]) for r in shown]
    if format == "jsonl":
        for row in output:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
    else:
        for row in output:
            row["score"] = f"{row['score']:.3f}"
        console.print(table(output, ["rank", "score", "title", "company", "explanation"],
                            title=f"{person.name}: {len(kept)} of {len(rows)} postings kept"))
    if bad:
        raise typer.Exit(1)


@app.command(rich_help_panel="Daily use")
def shortlist(
    profile: Annotated[str | None, typer.Option("--profile", "-p", help="Only this profile (its name).")] = None,
    top: Annotated[int, typer.Option(help="How many postings per profile.", min=1)] = 25,
    day: Annotated[str | None, typer.Option("--date", help="A past day, YYYY-MM-DD. [default: the newest]")] = None,
    format: Annotated[str, typer.Option("--format", "-f", help="table or jsonl.")] = "table",
) -> None:
    """Print a day's shortlist per profile (the newest by default): rank, score, new or seen, id and why.

    Use the id with `byway mark ID applied` (or dismissed); marked postings leave the next shortlist.
    """
    from warehouse.shortlist import shortlist_profiles, shortlist_rows

    if format not in ("table", "jsonl"):
        fail(f"--format {format!r}: expected table or jsonl")
    wanted = parse_day(day)
    with read_only_warehouse() as con:
        shown = existing_shortlist_day(con, wanted)
        rows = [r for r in shortlist_rows(con, shown, profile) if r["rank"] <= top]
        profiles = shortlist_profiles(con, shown)
    if profile and profile not in profiles:
        fail(f"no shortlist for profile {profile!r} on {shown}; profiles: {', '.join(profiles) or 'none'}")
    if format == "jsonl":
        for row in rows:
            sys.stdout.write(json.dumps(row, ensure_ascii=False, default=str) + "\n")
        return
    for name in [profile] if profile else profiles:
        mine = [{**r, "score": f"{r['score']:.3f}", "new": "new" if r["is_new"] else ""}
                for r in rows if r["profile"] == name]
        console.print(table(mine, ["rank", "score", "new", "posting_id", "title", "company", "explanation"],
                            title=f"{name}: {shown}, top {len(mine)}"))
