"""`byway doctor`: is this machine ready to run byway, and if not, what to fix."""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import typer

from pipelines.cli.common import app, console, table
from pipelines.settings import Settings


@dataclass
class Finding:
    check: str
    ok: bool
    detail: str
    fix: str = ""
    warning: bool = False  # worth knowing, but byway runs


def _writable_folder(folder: Path) -> str | None:
    """None when files can be created in `folder` (made if missing), else the reason."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=folder):
            pass
    except OSError as exc:
        return str(exc)
    return None


def check_model(settings: Settings) -> Finding:
    from models.embed import EmbeddingModelError
    from pipelines.resources import load_embedder

    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    started = time.perf_counter()
    try:
        vector = load_embedder(settings.embedding_model).encode(["byway doctor"])
    except EmbeddingModelError as exc:
        return Finding("embedding model", False, str(exc),
                       "reinstall with `make setup`, or point BYWAY_EMBEDDING_MODEL at a local model folder")
    return Finding("embedding model", True, f"{settings.embedding_model} loads offline and encodes "
                   f"({vector.shape[1]} dimensions, {time.perf_counter() - started:.1f} s)")


def check_warehouse(settings: Settings) -> Finding:
    from warehouse.db import WarehouseBusy, connect, fetch_dicts, run_sql

    path = settings.db_path
    if not settings.has_warehouse:
        problem = _writable_folder(path.parent)
        if problem:
            return Finding("warehouse", False, f"cannot create {path}: {problem}",
                           "set BYWAY_HOME or BYWAY_DB to a folder you can write")
        return Finding("warehouse", True, f"{path} does not exist yet; its folder is writable (the first run "
                       "creates it)")
    try:
        with connect(settings.database, data_path=settings.db_data_path) as con:
            run_sql(con, "sql/doctor/probe.sql")
            tables = fetch_dicts(con, "sql/doctor/tables.sql")[0]["tables"]
    except WarehouseBusy as exc:
        return Finding("warehouse", True, str(exc), warning=True)
    except Exception as exc:  # noqa: BLE001 - any failure to open is what the user needs to see
        return Finding("warehouse", False, f"{path}: {type(exc).__name__}: {exc}",
                       "move the file aside and run `byway run` to rebuild from data/landing")
    return Finding("warehouse", True, f"{path} is writable ({tables} tables)")


def check_profiles(settings: Settings) -> Finding:
    from models.profile import load_valid_profiles

    profiles, errors = load_valid_profiles(settings.profiles_dir)
    if errors:
        return Finding("profiles", False, "; ".join(errors), "edit the file as the message says, or "
                       "`byway init NAME --force` for a fresh template")
    if not profiles:
        return Finding("profiles", True, f"none in {settings.profiles_dir}: the example profile is ranked",
                       "`byway init NAME` writes yours", warning=True)
    return Finding("profiles", True, f"{len(profiles)} valid in {settings.profiles_dir}: "
                   + ", ".join(p.name for p in profiles))


def check_sources(settings: Settings) -> Finding:
    from scrapers.sources import ConfigError, load_crawl_sources

    discovered = settings.discovered_file if settings.crawl_discovered else None
    try:
        sources = load_crawl_sources(settings.sources_file, discovered)
    except ConfigError as exc:
        return Finding("sources", False, str(exc), f"fix {settings.sources_file} (see docs/sources.md)")
    enabled = [s for s in sources if s.enabled]
    return Finding("sources", bool(enabled), f"{len(enabled)} enabled of {len(sources)} in {settings.sources_file}"
                   + (" and discovered boards" if discovered and discovered.exists() else ""),
                   "" if enabled else "add a board (`byway discover URL --add`) or enable one")


def check_schedule(settings: Settings) -> Finding:
    from zoneinfo import ZoneInfo

    from pipelines.schedules import ScheduleError, cron_at

    try:
        cron = cron_at(settings.daily_at)
        ZoneInfo(settings.timezone)
    except ScheduleError as exc:
        return Finding("schedule", False, str(exc), "set BYWAY_DAILY_AT=HH:MM")
    except Exception as exc:  # noqa: BLE001 - ZoneInfo raises several kinds
        return Finding("schedule", False, f"BYWAY_TIMEZONE={settings.timezone!r}: {exc}",
                       "set an IANA zone such as Europe/Berlin or America/New_York")
    return Finding("schedule", True, f"daily at {settings.daily_at} {settings.timezone} (cron '{cron}')")


def check_exports(settings: Settings) -> Finding:
    problem = _writable_folder(settings.exports_dir)
    if problem:
        return Finding("exports", False, f"{settings.exports_dir}: {problem}", "set BYWAY_EXPORTS to a writable folder")
    return Finding("exports", True, f"{settings.exports_dir} is writable")


CHECKS: list[Callable[[Settings], Finding]] = [check_model, check_warehouse, check_profiles, check_sources,
                                                check_schedule, check_exports]


@app.command(rich_help_panel="Pipeline")
def doctor() -> None:
    """Check the set-up and say what to fix: model offline, warehouse, profiles, sources, schedule, exports.

    Loads the embedding model with no network, opens the warehouse for writing, validates every profile
    and the sources file, parses BYWAY_DAILY_AT and BYWAY_TIMEZONE. Exits 1 when anything must be fixed.
    """
    settings = Settings.from_env()
    findings = [check(settings) for check in CHECKS]
    rows = [{"check": f.check, "status": "ok" if f.ok and not f.warning else "note" if f.ok else "FIX",
             "detail": f.detail, "fix": f.fix} for f in findings]
    console.print(table(rows, ["check", "status", "detail", "fix"], title=f"byway doctor (BYWAY_HOME={settings.home})"))
    if not all(f.ok for f in findings):
        raise typer.Exit(1)
