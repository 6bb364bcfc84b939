"""Ranking benchmark: top-50 postings over 1M stored passage vectors against a numpy matrix-vector product.

    python bench/rank.py [--vectors 1000000] [--per-posting 10] [--facets 4]

The reference is `vectors @ query` over the same float32 array, the least any similarity search must do.
byway's path is `best_passages` (all facets in one product, best passage per posting and facet),
`semantic_fit` and a top-50 selection; the goal is ≤ 2× the reference. Loading the vectors from a
DuckDB FLOAT[384] column is timed separately, and the peak resident memory is reported.
"""

from __future__ import annotations

import argparse
import resource
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import numpy as np
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table import row  # noqa: E402
from models.profile import Facet  # noqa: E402
from models.semantic import best_passages, semantic_fit, similarities  # noqa: E402
from warehouse.db import staged  # noqa: E402
from warehouse.embeddings import matrix_of  # noqa: E402
from warehouse.embeddings import vectors as arrow_vectors  # noqa: E402


def _best(times: list[float]) -> float:
    return min(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--vectors", type=int, default=1_000_000)
    parser.add_argument("--per-posting", type=int, default=10)
    parser.add_argument("--facets", type=int, default=4)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(7)
    dim = 384
    matrix = rng.standard_normal((args.vectors, dim), dtype=np.float32)
    matrix /= np.linalg.norm(matrix, axis=1, keepdims=True)
    owner = np.arange(args.vectors, dtype=np.int64) // args.per_posting
    postings = int(owner[-1]) + 1
    facet_vectors = rng.standard_normal((args.facets, dim), dtype=np.float32)
    facet_vectors /= np.linalg.norm(facet_vectors, axis=1, keepdims=True)
    facets = [Facet("specialization", "s", "")] + [Facet("project", f"p{i}", "") for i in range(args.facets - 2)] \
        + [Facet("skills", "k", "")]

    reference, byway = [], []
    for _ in range(args.repeat):
        started = time.perf_counter()
        scores = matrix @ facet_vectors[0]
        np.argpartition(-scores, 50)[:50]
        reference.append(time.perf_counter() - started)
        started = time.perf_counter()
        fit, _ = semantic_fit(facets, best_passages(owner, similarities(matrix, facet_vectors), postings))
        top = np.argpartition(-fit, 50)[:50]
        top[np.argsort(-fit[top])]
        byway.append(time.perf_counter() - started)

    with tempfile.TemporaryDirectory() as folder, duckdb.connect(str(Path(folder) / "v.duckdb")) as con:
        with staged(con, "staged_vectors", pa.table({"vector": arrow_vectors(matrix)})):
            con.execute("CREATE TABLE chunks AS SELECT * FROM staged_vectors")
        started = time.perf_counter()
        loaded = matrix_of(con.sql("SELECT vector FROM chunks").to_arrow_table().column("vector"), dim)
        load_seconds = time.perf_counter() - started
        assert loaded.shape == matrix.shape

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{args.vectors:,} vectors × {dim} (float32, {matrix.nbytes / 2**30:.2f} GiB), {postings:,} postings, "
          f"{args.facets} facets; best of {args.repeat}")
    print("| figure | value | reference | ratio |\n|---|---|---|---|")
    print(f"| ranking top-50 (all facets, best passage per posting) | {_best(byway) * 1000:.0f} ms | numpy "
          f"matrix-vector product + top-50 {_best(reference) * 1000:.0f} ms | {_best(byway) / _best(reference):.2f}× |")
    row(f"ranking top-50 over {args.vectors:,} vectors × {dim}", f"{_best(byway) * 1000:.0f} ms",
        f"numpy product + top-50 {_best(reference) * 1000:.0f} ms", f"{_best(byway) / _best(reference):.2f}×")
    print(f"| loading the vectors from DuckDB FLOAT[{dim}] | {load_seconds * 1000:.0f} ms | – | – |")
    print(f"| peak resident memory | {peak:,.0f} MiB | vectors alone {matrix.nbytes / 2**20:,.0f} MiB | "
          f"{peak / (matrix.nbytes / 2**20):.1f}× |")


if __name__ == "__main__":
    main()
