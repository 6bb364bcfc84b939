"""When a posting went up, from whichever date its source gives (a board's date, a dataset's, byway's own)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from scrapers.platforms.fields import parse_iso


def as_datetime(value: Any) -> datetime | None:
    """A timezone-aware datetime from a datetime or an ISO 8601 string; None for anything else."""
    if isinstance(value, datetime):
        return value if value.tzinfo else value.replace(tzinfo=UTC)
    return parse_iso(value) if isinstance(value, str) else None


def posted_at(posting: dict[str, Any]) -> datetime | None:
    """The board's posting date (posted_at, or python-jobspy's date_posted), else when byway first saw it."""
    for key in ("posted_at", "date_posted", "first_seen_at"):
        found = as_datetime(posting.get(key))
        if found:
            return found
    return None
