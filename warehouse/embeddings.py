"""The embedding stage's edges on the warehouse: stage passage hashes, encode what the cache lacks, store it,
and publish posting_chunks with fixed-size FLOAT[dim] vectors for the ranking to read.

The cache (`embedding_cache`, durable) is keyed by content hash and model name and holds FLOAT[] lists, so
one table serves any model; posting_chunks is the current model's working set, rebuilt every run.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

import duckdb
import numpy as np
import pyarrow as pa

from models.embed import Embedder, Progress, encode_new
from models.passages import Passage, content_hash, passages
from warehouse.db import fetch_arrow, fetch_dicts, run_sql, staged


@dataclass(frozen=True)
class EmbeddingRun:
    """What one run of the stage did: the figures its asset metadata and the benchmark report."""

    postings: int
    passages: int
    unique_texts: int
    encoded: int
    cache_hits: int
    tokens_encoded: int
    encode_seconds: float
    seconds: float


def vectors(matrix: np.ndarray) -> pa.FixedSizeListArray:
    """A (rows, dim) float32 matrix as an Arrow fixed-size list: DuckDB reads it as FLOAT[dim]."""
    matrix = np.ascontiguousarray(matrix, dtype=np.float32)
    return pa.FixedSizeListArray.from_arrays(pa.array(matrix.reshape(-1)), matrix.shape[1])


def matrix_of(column: pa.ChunkedArray, dim: int) -> np.ndarray:
    """A DuckDB FLOAT[] or FLOAT[dim] column, read as Arrow, as a (rows, dim) float32 matrix."""
    flat = column.combine_chunks().flatten().to_numpy(zero_copy_only=False) if len(column) else np.zeros(0)
    return flat.reshape(-1, dim).astype(np.float32, copy=False)


def cached_vectors(con: duckdb.DuckDBPyConnection, texts: dict[str, str], embedder: Embedder,
                   progress: Progress | None = None, batch_size: int = 64
                   ) -> tuple[dict[str, int], np.ndarray, int, int]:
    """Vectors for `texts` (hash -> text), encoding and storing only the hashes missing from the cache.

    Returns (row of each hash, matrix, number encoded, tokens encoded). Each step of new vectors is
    stored as soon as it is encoded, so an interrupted run keeps what it finished.
    """
    needed = pa.table({"content_hash": pa.array(list(texts), pa.string())})
    with staged(con, "needed_hashes", needed):
        missing = {row[0] for row in run_sql(con, "sql/embeddings/missing.sql", {"model": embedder.name}).fetchall()}
        encoded = tokens = 0
        for hashes, matrix in encode_new({h: texts[h] for h in missing}, set(), embedder, batch_size, progress):
            # what the model reads: it truncates at max_seq_length (summaries are cut there on purpose)
            tokens += sum(min(n, embedder.max_seq_length) for n in embedder.count_tokens([texts[h] for h in hashes]))
            new = pa.table({
                "content_hash": pa.array(hashes, pa.string()), "model": pa.array([embedder.name] * len(hashes)),
                "dim": pa.array([embedder.dim] * len(hashes), pa.int32()), "vector": vectors(matrix)})
            with staged(con, "new_embeddings", new):
                run_sql(con, "sql/embeddings/store.sql")
            encoded += len(hashes)
        table = fetch_arrow(con, "sql/embeddings/vectors.sql", {"model": embedder.name})
    rows = {h: i for i, h in enumerate(table.column("content_hash").to_pylist())}
    return rows, matrix_of(table.column("vector"), embedder.dim), encoded, tokens


def embed_texts(con: duckdb.DuckDBPyConnection, texts: list[str], embedder: Embedder,
                progress: Progress | None = None) -> np.ndarray:
    """One vector per text, in order, through the cache (profile facets, benchmark inputs)."""
    keys = [content_hash(t, embedder.name) for t in texts]
    rows, matrix, _, _ = cached_vectors(con, dict(zip(keys, texts, strict=True)), embedder, progress)
    return matrix[[rows[k] for k in keys]]


def build_posting_chunks(con: duckdb.DuckDBPyConnection, embedder: Embedder, progress: Progress | None = None,
                         batch_size: int = 64) -> EmbeddingRun:
    """Cut every open job into passages, embed the ones not cached, and rebuild posting_chunks."""
    started = time.perf_counter()
    postings = fetch_dicts(con, "sql/embeddings/input.sql")
    items: list[Passage] = passages(postings)
    keys = [content_hash(p.model_text, embedder.name) for p in items]
    texts = dict(zip(keys, (p.model_text for p in items), strict=True))
    encode_started = time.perf_counter()
    rows, matrix, encoded, tokens = cached_vectors(con, texts, embedder, progress, batch_size)
    encode_seconds = time.perf_counter() - encode_started
    order = np.array([rows[k] for k in keys], dtype=np.int64)
    table = pa.table({
        "posting_id": pa.array([p.posting_id for p in items], pa.string()),
        "passage_no": pa.array([p.passage_no for p in items], pa.int32()),
        "section": pa.array([p.section for p in items], pa.string()),
        "text": pa.array([p.text for p in items], pa.string()),
        "is_shared": pa.array([p.is_shared for p in items], pa.bool_()),
        "content_hash": pa.array(keys, pa.string()),
        "model": pa.array([embedder.name] * len(items), pa.string()),
        "vector": vectors(matrix[order] if len(order) else np.zeros((0, embedder.dim), np.float32)),
    })
    with staged(con, "posting_chunks_input", table):
        run_sql(con, "sql/embeddings/posting_chunks.sql")
    return EmbeddingRun(postings=len(postings), passages=len(items), unique_texts=len(texts), encoded=encoded,
                        cache_hits=len(texts) - encoded, tokens_encoded=tokens, encode_seconds=encode_seconds,
                        seconds=time.perf_counter() - started)
