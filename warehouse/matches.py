"""The ranking stage's edges on the warehouse: read open jobs with features and their passage vectors, rank
them for every profile (models/rank), write `matches` and refresh the explanation view."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

import duckdb
import numpy as np
import pyarrow as pa

from models.embed import Embedder
from models.profile import Profile, facets
from models.rank import PassageMatrix, rank
from warehouse.db import fetch_arrow, fetch_dicts, refresh_views, run_sql, staged
from warehouse.embeddings import embed_texts, matrix_of

_FACET = pa.struct([("facet", pa.string()), ("kind", pa.string()), ("score", pa.float64()),
                    ("cosine", pa.float64()), ("passage", pa.string())])
MATCH_SCHEMA = pa.schema([
    ("profile", pa.string()), ("posting_id", pa.string()), ("rank", pa.int32()), ("score", pa.float64()),
    ("semantic", pa.float64()), ("off_path", pa.float64()), ("degree_free", pa.float64()),
    ("recency", pa.float64()), ("salary", pa.float64()), ("best_facet", pa.string()),
    ("best_facet_kind", pa.string()), ("evidence", pa.string()), ("facets", pa.list_(_FACET)),
    ("is_filtered", pa.bool_()), ("filter_reasons", pa.list_(pa.string())), ("explanation", pa.string()),
    ("model", pa.string()), ("ranked_at", pa.timestamp("us", tz="UTC")),
])


def passage_matrix(con: duckdb.DuckDBPyConnection, postings: list[dict[str, Any]], model: str) -> PassageMatrix:
    """posting_chunks of the given postings as ranking input (owner = index into `postings`)."""
    table = fetch_arrow(con, "sql/matches/chunks.sql", {"model": model})
    index = {p["posting_id"]: i for i, p in enumerate(postings)}
    owner_all = np.array([index.get(pid, -1) for pid in table.column("posting_id").to_pylist()], dtype=np.int64)
    keep = np.flatnonzero(owner_all >= 0)
    vectors = matrix_of(table.column("vector"), table.schema.field("vector").type.list_size)[keep]  # FLOAT[dim]
    texts = table.column("text").to_pylist()
    summary = np.array([s == "summary" for s in table.column("section").to_pylist()], dtype=bool)
    # chunks are ordered by posting_id and so are the postings: owner is already non-decreasing
    return PassageMatrix(owner=owner_all[keep], texts=[texts[i] for i in keep], vectors=vectors,
                         is_summary=summary[keep] if len(summary) else np.zeros(0, dtype=bool))


def build_matches(con: duckdb.DuckDBPyConnection, profiles: list[Profile], embedder: Embedder,
                  now: datetime | None = None,
                  progress: Callable[[int, int], None] | None = None) -> dict[str, dict[str, int]]:
    """Rank every open job for every profile and rebuild `matches`; returns kept/filtered counts per profile."""
    now = now or datetime.now(UTC)
    postings = fetch_dicts(con, "sql/matches/input.sql")
    for posting in postings:
        posting["locations"] = list(posting.get("locations") or [])
        posting["countries"] = list(posting.get("countries") or [])
    applications = {r["posting_id"]: r["status"] for r in fetch_dicts(con, "sql/matches/applications.sql")}
    matrix = passage_matrix(con, postings, embedder.name)
    rows: list[dict[str, Any]] = []
    counts: dict[str, dict[str, int]] = {}
    for number, profile in enumerate(profiles):
        if progress:
            progress(number, len(profiles))
        profile_facets = facets(profile)
        ranked = rank(profile, profile_facets, embed_texts(con, [f.text for f in profile_facets], embedder), postings,
                      matrix, applications, now)
        kept = sum(1 for r in ranked if not r["is_filtered"])
        counts[profile.name] = {"kept": kept, "filtered": len(ranked) - kept}
        rows += [{**r, "model": embedder.name, "ranked_at": now} for r in ranked]
    if progress:
        progress(len(profiles), len(profiles))
    table = pa.Table.from_pylist([{c: row.get(c) for c in MATCH_SCHEMA.names} for row in rows], schema=MATCH_SCHEMA)
    with staged(con, "matches_input", table):
        run_sql(con, "sql/matches/matches.sql")
    refresh_views(con, only=["match_explanations"])
    return counts
