"""Open the warehouse and run named SQL files; SQL lives in .sql files, values are bound parameters."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import duckdb
import pyarrow as pa

SQL_ROOT = Path(__file__).parent


class WarehouseBusy(RuntimeError):
    """Another process holds the warehouse for writing (DuckDB allows one writer per file)."""


def connect(path: Path | str, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    path = Path(path)
    if read_only and not path.exists():
        raise FileNotFoundError(f"no warehouse at {path}: run `byway run` (or `byway demo`) first")
    if not read_only:
        path.parent.mkdir(parents=True, exist_ok=True)
    try:
        return duckdb.connect(str(path), read_only=read_only)
    except duckdb.IOException as exc:
        if "lock" in str(exc).lower():
            raise WarehouseBusy(
                f"{path} is open for writing by another process (a running crawl or `dagster dev`); "
                "wait for it to finish, or query a copy"
            ) from exc
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
