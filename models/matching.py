"""Matching a batch of enriched postings against a profile, start to end, with an in-memory vector store.

This is what `byway rank --input FILE` runs; the warehouse path runs the same steps with the vectors kept
in DuckDB (warehouse/embeddings.py, warehouse/matches.py). Both end in models.rank.rank.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import numpy as np

from models.embed import Embedder, Progress, encode_new
from models.passages import Passage, content_hash, id_of, passages
from models.profile import Profile, facets
from models.rank import PassageMatrix, rank


class VectorStore:
    """Vectors by content hash, encoding each text once: a dict-backed stand-in for embedding_cache."""

    def __init__(self, embedder: Embedder) -> None:
        self.embedder = embedder
        self._vectors: dict[str, np.ndarray] = {}

    def matrix(self, texts: list[str], progress: Progress | None = None) -> np.ndarray:
        keys = [content_hash(t, self.embedder.name) for t in texts]
        for hashes, vectors in encode_new(dict(zip(keys, texts, strict=True)), set(self._vectors), self.embedder,
                                          progress=progress):
            self._vectors.update(zip(hashes, vectors, strict=True))
        if not keys:
            return np.zeros((0, self.embedder.dim), dtype=np.float32)
        return np.stack([self._vectors[k] for k in keys]).astype(np.float32, copy=False)


def passage_matrix(postings: list[dict[str, Any]], items: list[Passage], vectors: np.ndarray) -> PassageMatrix:
    """The passages of `postings` as ranking input; passages of other postings are left out."""
    index = {id_of(p): i for i, p in enumerate(postings)}
    keep = [(index[p.posting_id], row) for row, p in enumerate(items) if p.posting_id in index]
    keep.sort()
    owner = np.array([i for i, _ in keep], dtype=np.int64)
    rows = np.array([r for _, r in keep], dtype=np.int64)
    return PassageMatrix(owner=owner, texts=[items[r].text for r in rows],
                         vectors=vectors[rows] if len(rows) else np.zeros((0, vectors.shape[1]), np.float32),
                         is_summary=np.array([items[r].section == "summary" for r in rows], dtype=bool))


def match_batch(profile: Profile, postings: list[dict[str, Any]], store: VectorStore,
                applications: dict[str, str] | None = None, now: datetime | None = None,
                progress: Progress | None = None) -> list[dict[str, Any]]:
    """Rank enriched postings (each a mapping with its features) for one profile."""
    items = passages(postings)
    vectors = store.matrix([p.model_text for p in items], progress)
    profile_facets = facets(profile)
    facet_vectors = store.matrix([f.text for f in profile_facets])
    return rank(profile, profile_facets, facet_vectors, postings, passage_matrix(postings, items, vectors),
                applications, now)
