"""Open the warehouse and run named SQL files; SQL lives in .sql files, values are bound parameters."""

from __future__ import annotations

import time
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

from warehouse.backend import is_local_file, open_database
from warehouse.snapshot import is_fresh, publish

SQL_ROOT = Path(__file__).parent
# How long a command waits for the pipeline to release the warehouse between two assets.
LOCK_WAIT_SECONDS = 60.0


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse for writing (DuckDB allows one writer per file)."""


def connect(database: Path | str, read_only: bool = False, wait: float = 0.0,
            data_path: str | None = None) -> duckdb.DuckDBPyConnection:
    """Open the warehouse; while another process holds its lock, try again for up to `wait` seconds.

    The pipeline opens and closes its connection per asset, so a command that waits gets its turn
    between two assets instead of failing. `database` is BYWAY_DB: a file, or a MotherDuck or DuckLake
    name (warehouse/backend.py), which have no local file to check or lock.
    """
    if not is_local_file(database):
        return open_database(str(database), read_only, data_path)
    path = Path(database)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `byway run` (or `byway demo`) first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            return open_database(path, read_only)
        except duckdb.IOException as exc:
            if "lock" not in str(exc).lower():
                raise
            if time.monotonic() >= deadline:
                raise WarehouseBusy(
                    f"{path} is held by another process (a running pipeline or `dagster dev`, or a shell with "
                    f"it open){f' for over {wait:g}s' if wait else ''}; read the snapshot beside it instead "
                    "(docs/sql.md, 'Reading while the pipeline runs')"
                ) from exc
            time.sleep(0.2)


@contextmanager
def writing(database: Path | str, read_path: Path | None, wait: float = LOCK_WAIT_SECONDS,
            data_path: str | None = None) -> Iterator[duckdb.DuckDBPyConnection]:
    """A read-write connection that publishes the read snapshot (of a local file) once it is closed."""
    con = connect(database, wait=wait, data_path=data_path)
    try:
        yield con
    finally:
        con.close()
    if read_path is not None and is_local_file(database):
        publish(Path(database), read_path)


def reading(database: Path | str, read_path: Path | None, wait: float = LOCK_WAIT_SECONDS,
            data_path: str | None = None) -> duckdb.DuckDBPyConnection:
    """A read-only connection: the snapshot when it is current, else the warehouse itself.

    The warehouse file is read directly only when no fresh snapshot exists (an older byway, or a change
    made outside byway); if a writer holds it then, a stale snapshot is still better than an error.
    """
    if not is_local_file(database):
        return connect(database, read_only=True, data_path=data_path)
    path = Path(database)
    if read_path is not None and is_fresh(path, read_path):
        return connect(read_path, read_only=True)
    try:
        return connect(path, read_only=True, wait=0 if read_path is not None and read_path.exists() else wait)
    except WarehouseBusy:
        if read_path is not None and read_path.exists():
            return connect(read_path, read_only=True)
        raise


def sql_text(name: str) -> str:
    """The text of a SQL file under warehouse/, e.g. 'sql/postings/postings.sql'."""
    return (SQL_ROOT / name).read_text(encoding="utf-8")


def run_sql(con: duckdb.DuckDBPyConnection, name: str, params: Sequence[Any] | dict[str, Any] | None = None
            ) -> duckdb.DuckDBPyConnection:
    """Run one SQL file; a file with several statements takes no parameters."""
    text = sql_text(name)
    return con.execute(text, params) if params is not None else con.execute(text)


def fetch_dicts(con: duckdb.DuckDBPyConnection, name: str,
                params: Sequence[Any] | dict[str, Any] | None = None) -> list[dict[str, Any]]:
    cursor = run_sql(con, name, params)
    columns = [d[0] for d in cursor.description or []]
    return [dict(zip(columns, row, strict=True)) for row in cursor.fetchall()]


@contextmanager
def staged(con: duckdb.DuckDBPyConnection, name: str, table: pa.Table) -> Iterator[None]:
    """`table` readable by SQL as `name` inside the block: how rows computed in Python reach the .sql files."""
    con.register(name, table)
    try:
        yield
    finally:
        con.unregister(name)


def fetch_arrow(con: duckdb.DuckDBPyConnection, name: str, params: dict[str, Any] | None = None) -> pa.Table:
    """One SQL file's result as an Arrow table (through the relation API: no extra copy of the rows)."""
    return con.sql(sql_text(name), params=params).to_arrow_table()


def refresh_views(con: duckdb.DuckDBPyConnection, only: Sequence[str] | None = None) -> list[str]:
    """(Re)create the documented views (or `only` these) whose tables exist; views are cheap, so each stage
    that builds a table they read rebuilds them (match_explanations appears once the ranking stage ran)."""
    names = []
    for path in sorted((SQL_ROOT / "views").glob("*.sql")):
        if only is not None and path.stem not in only:
            continue
        try:
            con.execute(path.read_text(encoding="utf-8"))
        except duckdb.CatalogException:
            continue  # a table it reads is built by a later stage
        names.append(path.stem)
    return names


def row_count(con: duckdb.DuckDBPyConnection, table: str) -> int:
    """Rows in one of the warehouse's own tables (the name is a constant of the caller, never input)."""
    rows = con.execute(f"SELECT count(*) FROM {table}").fetchall()
    row = rows[0] if rows else None
    return int(row[0]) if row else 0
