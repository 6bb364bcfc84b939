"""Markdown previews for asset metadata: small tables a person can read in the Dagster UI."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import duckdb


def _cell(value: Any, width: int = 60) -> str:
    text = "" if value is None else str(value)
    text = text.replace("|", "\\|").replace("\n", " ")
    return text if len(text) <= width else text[: width - 1] + "…"


def markdown_table(rows: Sequence[dict[str, Any]], columns: Sequence[str] | None = None) -> str:
    if not rows:
        return "_no rows_"
    columns = list(columns or rows[0].keys())
    lines = ["| " + " | ".join(columns) + " |", "|" + "---|" * len(columns)]
    lines += ["| " + " | ".join(_cell(row.get(c)) for c in columns) + " |" for row in rows]
    return "\n".join(lines)


def preview(con: duckdb.DuckDBPyConnection, table: str, columns: Sequence[str], limit: int = 10) -> str:
    """Markdown of a table's first rows; table and column names are constants of the calling asset."""
    cursor = con.execute(f"SELECT {', '.join(columns)} FROM {table} LIMIT {int(limit)}")
    columns = [d[0] for d in cursor.description or []]
    return markdown_table([dict(zip(columns, r, strict=True)) for r in cursor.fetchall()], columns)
