"""Discovery's edges on the warehouse: which HN companies to search next, and the boards it confirmed.

Confirmed boards are written to a YAML file of sources (``data/discovered_sources.yaml``) that the next
crawl reads next to ``config/sources.yaml``; the user's own file is never rewritten by a scheduled run.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import duckdb

from scrapers.sources import Source, discovered_source, source_lines
from warehouse.db import fetch_dicts

HEADER = ("# Boards byway discovered and validated against their platform's API (written by the\n"
          "# discovered_boards asset; do not edit - copy an entry to config/sources.yaml to keep it).\n"
          "sources:\n")


def discovery_candidates(con: duckdb.DuckDBPyConnection, limit: int, retry_days: int) -> list[dict[str, Any]]:
    """Company websites seen on HN, not searched lately and without a crawled board, newest first."""
    return fetch_dicts(con, "sql/discovery/candidates.sql", {"limit": limit, "retry_days": retry_days})


def confirmed_sources(con: duckdb.DuckDBPyConnection) -> list[Source]:
    """A source for every board whose latest verdict is valid and that the user's file does not crawl."""
    taken = {row["name"] for row in fetch_dicts(con, "sql/discovery/user_source_names.sql")}
    sources = []
    for row in fetch_dicts(con, "sql/discovery/valid_boards.sql"):
        source = discovered_source(row["company"], row["platform"], row["board"], row["discovered_via"] or "",
                                   row["validated_at"].isoformat(timespec="seconds"), row["careers_url"], taken)
        taken.add(source.name)
        sources.append(source)
    return sources


def write_sources_file(path: Path, sources: list[Source]) -> None:
    """Replace the discovered-sources file atomically (a crawl reading it sees the old or the new one)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(HEADER + (source_lines(sources) if sources else "  []\n"), encoding="utf-8")
    os.replace(part, path)
