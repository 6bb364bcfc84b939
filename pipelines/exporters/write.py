"""Write one day's exports: exports/<date>/<profile>.{csv,parquet,md,html}, the funnel and trend charts,
and exports/latest/ as a plain copy of the newest day (a copy works on every OS; a symlink does not).

A day is written into a temporary folder and then swapped in, so a reader never sees half a day.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import duckdb
import pyarrow.parquet as pq

from models.funnel import funnel
from pipelines.exporters import charts
from pipelines.exporters.html import render_html
from pipelines.exporters.tables import to_csv, to_markdown
from warehouse.applications import events
from warehouse.db import fetch_arrow, fetch_dicts


@dataclass
class ExportReport:
    folder: Path
    files: list[Path] = field(default_factory=list)
    rows: dict[str, int] = field(default_factory=dict)


def _swap(source: Path, target: Path) -> None:
    """Replace `target` with `source` (both folders under one parent)."""
    old = target.with_name(f".{target.name}.old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    source.rename(target)
    shutil.rmtree(old, ignore_errors=True)


def trend_csv(rows: list[dict]) -> str:
    return "month,postings,ai_postings,ai_share\n" + "".join(
        f"{r['month']},{r['postings']},{r['ai_postings']},{r['ai_share']}\n" for r in rows)


def ai_trend(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """The trend table's rows, or none before the trend stage has run once."""
    try:
        return fetch_dicts(con, "sql/report/ai_trend.sql")
    except duckdb.CatalogException:
        return []


def write_exports(con: duckdb.DuckDBPyConnection, day: date, root: Path, latest: bool = True) -> ExportReport:
    """Write `day`'s shortlist of every profile and the charts; refresh exports/latest when asked."""
    root.mkdir(parents=True, exist_ok=True)
    target = root / day.isoformat()
    staging = root / f".{day.isoformat()}.tmp"
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir()
    report = ExportReport(folder=target)
    table = fetch_arrow(con, "sql/report/shortlist_day.sql", {"date": day, "profile": None})
    profiles = sorted(set(table.column("profile").to_pylist()))
    for profile in profiles:
        mine = table.filter(table.column("profile").to_numpy(zero_copy_only=False) == profile)
        rows = mine.to_pylist()
        report.rows[profile] = len(rows)
        pq.write_table(mine, staging / f"{profile}.parquet")
        (staging / f"{profile}.csv").write_text(to_csv(rows), encoding="utf-8")
        (staging / f"{profile}.md").write_text(to_markdown(rows, profile, day.isoformat()), encoding="utf-8")
        (staging / f"{profile}.html").write_text(render_html(rows, profile, day.isoformat()), encoding="utf-8")
    trend = ai_trend(con)
    (staging / "funnel.png").write_bytes(charts.funnel_png(funnel(events(con))))
    (staging / "ai_trend.png").write_bytes(charts.trend_png(trend))
    (staging / "ai_trend.csv").write_text(trend_csv(trend), encoding="utf-8")
    _swap(staging, target)
    report.files = sorted(target.iterdir())
    if latest and day >= (newest_day(root) or day):
        copy = root / ".latest.tmp"
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(target, copy)
        (copy / "DATE").write_text(day.isoformat() + "\n", encoding="utf-8")
        _swap(copy, root / "latest")
    return report


def newest_day(root: Path) -> date | None:
    """The newest exports/<date> folder: exports/latest follows it, so re-exporting an old day leaves it alone."""
    days = []
    for child in root.iterdir() if root.is_dir() else []:
        try:
            days.append(date.fromisoformat(child.name))
        except ValueError:
            continue
    return max(days) if days else None
