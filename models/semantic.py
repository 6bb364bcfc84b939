"""Semantic fit: for every posting and profile facet, the passage that matches best, and the posting as a whole.

Two views, weighed equally. The *passage* view: a facet's score is the cosine of the posting's best
passage (vectors are normalised) — specific, and the evidence shown to the user. The *posting* view: the
cosine of the summary passage (title and opening, one vector) — what the job is about overall. Best passage
alone over-rewards a long posting whose one "about us" sentence happens to mention hospitals; the summary
alone misses work described further down. On the labelled postings the two together beat either
(docs/quality.md). The work is one matrix product and segment-wise maxima over passages stored posting
by posting, so it scales like a numpy matrix-vector product.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from models.profile import FACET_WEIGHTS, Facet

# all-MiniLM-L6-v2 cosines between a job passage and a profile paragraph rarely leave [0.05, 0.75]:
# unrelated work sits near 0.1, the same problem near 0.6. Mapping that range onto [0, 1] lets the
# semantic component be weighed against the others, which are already in [0, 1].
COSINE_FLOOR = 0.10
COSINE_CEIL = 0.65


@dataclass(frozen=True)
class FacetScores:
    """Per posting (rows) and facet (columns): the best cosine and the passage row that gave it (-1: none)."""

    cosine: np.ndarray
    passage: np.ndarray


BLOCK_ROWS = 2048


def similarities(vectors: np.ndarray, facet_vectors: np.ndarray) -> np.ndarray:
    """(facets, rows) cosines of normalised vectors. One matrix-vector product per facet over blocks of 2,048
    rows (3 MB, cache-resident while every facet reads it): OpenBLAS's matrix product with four columns
    ran at half the speed of its matrix-vector product on this machine, this at 1.7× for four facets."""
    out = np.empty((len(facet_vectors), len(vectors)), dtype=np.float32)
    queries = np.ascontiguousarray(facet_vectors, dtype=np.float32)
    for start in range(0, len(vectors), BLOCK_ROWS):
        block = vectors[start:start + BLOCK_ROWS]
        for column, query in enumerate(queries):
            np.matmul(block, query, out=out[column, start:start + len(block)])
    return out


def best_passages(owner: np.ndarray, similarity: np.ndarray, postings: int) -> FacetScores:
    """Best passage per posting and facet from `similarity` (facets × rows, from `similarities`).
    `owner[i]` is the posting index of row i; rows of one posting must be contiguous (passages are
    stored posting by posting)."""
    facets = similarity.shape[0]
    cosine = np.zeros((postings, facets), dtype=np.float32)
    passage = np.full((postings, facets), -1, dtype=np.int64)
    if len(owner) == 0 or facets == 0:
        return FacetScores(cosine, passage)
    if np.any(owner[1:] < owner[:-1]):
        raise ValueError("passages must be grouped by posting (owner sorted)")
    starts = np.flatnonzero(np.r_[True, owner[1:] != owner[:-1]])
    counts = np.diff(np.r_[starts, len(owner)])
    maxima = np.maximum.reduceat(similarity, starts, axis=1)
    index = np.int32 if len(owner) < 2**31 - 1 else np.int64
    rows = np.arange(len(owner), dtype=index)[None, :]
    at_max = np.where(similarity >= np.repeat(maxima, counts, axis=1), rows, index(len(owner)))
    first = np.minimum.reduceat(at_max, starts, axis=1)
    cosine[owner[starts]] = maxima.T
    passage[owner[starts]] = first.T
    return FacetScores(cosine, passage)


def calibrated(cosine: np.ndarray) -> np.ndarray:
    return np.clip((cosine - COSINE_FLOOR) / (COSINE_CEIL - COSINE_FLOOR), 0.0, 1.0)


def summary_cosine(owner: np.ndarray, similarity: np.ndarray, postings: int) -> tuple[np.ndarray, np.ndarray]:
    """(cosine per posting and facet, has-a-summary per posting) from the summary passages' similarities."""
    cosine = np.zeros((postings, similarity.shape[0]), dtype=np.float32)
    present = np.zeros(postings, dtype=bool)
    if len(owner) and similarity.shape[0]:
        cosine[owner] = similarity.T
        present[owner] = True
    return cosine, present


def _combined(facets: list[Facet], fit: np.ndarray) -> np.ndarray:
    """The specialization and the best-matching portfolio project each weigh 0.4, the skills list 0.2;
    kinds the profile lacks are left out and the rest rescaled."""
    kinds = np.array([f.kind for f in facets])
    total = np.zeros(fit.shape[0], dtype=np.float64)
    weight = 0.0
    for kind, share in FACET_WEIGHTS.items():
        columns = np.flatnonzero(kinds == kind)
        if len(columns):
            total += share * fit[:, columns].max(axis=1)
            weight += share
    return total / weight if weight else total


def semantic_fit(facets: list[Facet], scores: FacetScores, summary: np.ndarray | None = None,
                 has_summary: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """(semantic score per posting in [0, 1], index of the facet that explains it best per posting).

    Half the best-passage fit and half the summary fit; a posting without a summary (no description)
    is judged on its passages alone.
    """
    fit = calibrated(scores.cosine)
    passage_view = _combined(facets, fit)
    if summary is not None and has_summary is not None:
        semantic = np.where(has_summary, 0.5 * passage_view + 0.5 * _combined(facets, calibrated(summary)),
                            passage_view)
    else:
        semantic = passage_view
    kinds = np.array([f.kind for f in facets])
    explaining = np.where(kinds == "skills", -1.0, 0.0)  # evidence comes from the work facets first
    best = np.argmax(fit + explaining[None, :], axis=1) if len(facets) else np.zeros(fit.shape[0], dtype=np.int64)
    return semantic, best
