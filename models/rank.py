"""Rank postings for one profile: semantic fit plus off-path, degree-free, recency and salary components.

Every component is in [0, 1] and stored next to the score, which is their weighted sum with the profile's
weights (scaled to sum to 1), so nothing moves a posting silently. Hard filters do not change scores:
a filtered posting keeps its score and components, gets no rank, and carries its reasons.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import numpy as np

from models.dates import posted_at
from models.explain import explanation
from models.filters import filter_reasons, yearly_salary
from models.passages import id_of
from models.profile import COMPONENTS, Facet, Profile
from models.semantic import best_passages, calibrated, semantic_fit, similarities, summary_cosine

RECENCY_HALF_LIFE_DAYS = 14.0
_DEGREE_FREE = {"not_mentioned": 1.0, "not_required": 1.0, "equivalent_ok": 1.0, "preferred": 0.5, "required": 0.0}


@dataclass(frozen=True)
class PassageMatrix:
    """The embedded passages of a batch of postings, stored posting by posting."""

    owner: np.ndarray        # posting index (into the postings list) of each row, non-decreasing
    texts: list[str]         # what a user is shown as evidence
    vectors: np.ndarray      # normalised, one row per passage
    is_summary: np.ndarray | None = None  # rows that are a posting's summary passage (None: no summaries)

    def split(self) -> tuple[np.ndarray, np.ndarray]:
        """(row indexes of the ordinary passages, row indexes of the summaries)."""
        if self.is_summary is None:
            return np.arange(len(self.owner)), np.zeros(0, dtype=np.int64)
        return np.flatnonzero(~self.is_summary), np.flatnonzero(self.is_summary)


def recency(posting: dict[str, Any], now: datetime) -> float:
    """1 for a posting from today, halving every 14 days; 0.5 when the date is unknown."""
    when = posted_at(posting)
    if when is None:
        return 0.5
    age = max(0.0, (now - when).total_seconds() / 86400)
    return float(0.5 ** (age / RECENCY_HALF_LIFE_DAYS))


def degree_free(profile: Profile, posting: dict[str, Any]) -> float:
    """How open the posting is to someone without a degree; 1 for everyone when the user has one."""
    if profile.has_degree:
        return 1.0
    return _DEGREE_FREE.get(str(posting.get("degree_requirement")), 1.0)


def salary_fit(profile: Profile, posting: dict[str, Any]) -> float:
    """1 when the stated pay reaches the profile's minimum, less in proportion below it; 0.5 when unknown."""
    if profile.min_salary is None:
        return 0.5
    yearly = yearly_salary(posting, profile.min_salary.currency)
    return 0.5 if yearly is None else float(min(1.0, yearly / profile.min_salary.amount))


def rank(profile: Profile, facets: list[Facet], facet_vectors: np.ndarray, postings: list[dict[str, Any]],
         passages: PassageMatrix, applications: dict[str, str] | None = None,
         now: datetime | None = None) -> list[dict[str, Any]]:
    """One row per posting, kept postings first in rank order, then the filtered ones by score."""
    now = now or datetime.now(UTC)
    applications = applications or {}
    weights = profile.weights.normalised()
    plain, summaries = passages.split()
    similarity = similarities(passages.vectors, facet_vectors)  # one pass over every vector
    scores = best_passages(passages.owner[plain], similarity[:, plain], len(postings))
    summary, has_summary = summary_cosine(passages.owner[summaries], similarity[:, summaries], len(postings))
    semantic, explaining = semantic_fit(facets, scores, summary, has_summary)
    fits = calibrated(scores.cosine)
    rows: list[dict[str, Any]] = []
    for index, posting in enumerate(postings):
        posting_id = id_of(posting)
        components = {
            "semantic": float(semantic[index]),
            "off_path": float(posting["off_path_score"]) if posting.get("off_path_score") is not None else 0.5,
            "degree_free": degree_free(profile, posting),
            "recency": recency(posting, now),
            "salary": salary_fit(profile, posting),
        }
        score = sum(weights[name] * components[name] for name in COMPONENTS)
        matched = []
        for column, facet in enumerate(facets):
            row = int(scores.passage[index, column])
            matched.append({"facet": facet.label, "kind": facet.kind, "score": round(float(fits[index, column]), 4),
                            "cosine": round(float(scores.cosine[index, column]), 4),
                            "passage": passages.texts[plain[row]] if row >= 0 else None})
        best = matched[int(explaining[index])] if matched else None
        reasons = filter_reasons(profile, posting, applications.get(posting_id))
        rows.append({
            "profile": profile.name, "posting_id": posting_id, "score": round(score, 6),
            **{name: round(value, 6) for name, value in components.items()},
            "best_facet": best["facet"] if best else None, "best_facet_kind": best["kind"] if best else None,
            "evidence": best["passage"] if best else None, "facets": matched,
            "is_filtered": bool(reasons), "filter_reasons": reasons,
            "explanation": explanation(profile, posting, best, reasons, now),
        })
    rows.sort(key=lambda r: (r["is_filtered"], -r["score"], r["posting_id"]))
    kept = 0
    for row in rows:
        row["rank"] = None if row["is_filtered"] else (kept := kept + 1)
    return rows
