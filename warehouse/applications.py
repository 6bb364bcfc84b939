"""The application log's edge on the warehouse: `byway mark` appends to it, the funnel reads it.

`applications` is durable (a migration created it) and append-only: nothing rebuilds or deletes it.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import duckdb
import pyarrow as pa

from models.funnel import STATUSES, check_status, weekly
from warehouse.db import fetch_dicts, run_sql, staged


class UnknownPosting(LookupError):
    """The posting id is not in the warehouse."""


def mark(con: duckdb.DuckDBPyConnection, posting_id: str, status: str, note: str | None = None,
         at: datetime | None = None) -> dict[str, Any]:
    """Log a status change for a posting; returns the posting (title, company, previous status)."""
    check_status(status)
    found = fetch_dicts(con, "sql/applications/posting.sql", {"posting_id": posting_id})
    if not found:
        raise UnknownPosting(f"no posting with id {posting_id!r} in the warehouse (ids are in `byway shortlist`, "
                             "the exports and the postings table)")
    run_sql(con, "sql/applications/insert.sql", {"application_id": uuid.uuid4().hex, "posting_id": posting_id,
                                                   "status": status, "note": note, "at": at or datetime.now(UTC)})
    return found[0]


def events(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    return fetch_dicts(con, "sql/applications/events.sql")


_WEEKLY = pa.schema([("week_date", pa.date32()), *[(s, pa.int64()) for s in STATUSES]])


def build_application_funnel(con: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    """Rebuild `application_funnel` (postings first reaching each status, per week) from the log."""
    rows = weekly(events(con))
    with staged(con, "application_funnel_input", pa.Table.from_pylist(rows, schema=_WEEKLY)):
        run_sql(con, "sql/applications/application_funnel.sql")
    return rows
