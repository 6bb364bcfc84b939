"""Embedding stage benchmark: overhead against a bare encode, tokens saved, and the warm re-run.

    python bench/embed.py [--postings 800]

On the first N corpus postings (datasets and HN threads), in one process:
1. bare: `SentenceTransformer.encode` of exactly the passages the stage encodes (unique texts);
2. cold: the stage (`build_posting_chunks`: passages, hashes, cache look-up, encode, store, publish) on an
   empty warehouse; its throughput per encoded passage against the bare encode's (goal ≥ 0.9×);
3. warm: the stage again with nothing new (goal ≤ 5% of the cold run);
4. tokens the stage encoded against naive chunking (every posting's whole text in 256-token windows, no
   dedupe, benefits and EEO included).
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_postings import labelled_postings  # noqa: E402
from bench.table import row  # noqa: E402
from models.embed import DEFAULT_MODEL  # noqa: E402
from models.passages import passages, unique_texts  # noqa: E402
from pipelines.resources import load_embedder  # noqa: E402
from warehouse.db import staged  # noqa: E402
from warehouse.embeddings import build_posting_chunks  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402


def _stage_postings(con: duckdb.DuckDBPyConnection, postings: list[dict]) -> None:
    """A postings table with the columns the embedding stage reads (the benchmark needs no crawl)."""
    table = pa.Table.from_pylist([{"posting_id": p["id"], "title": p.get("title"), "company": p.get("company"),
                                   "description_text": p.get("description"), "job_is_open": True,
                                   "duplicate_of": None} for p in postings])
    with staged(con, "staged_postings", table):
        con.execute("CREATE OR REPLACE TABLE postings AS SELECT * FROM staged_postings")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=800)
    args = parser.parse_args()
    postings = []
    for posting in labelled_postings():
        if posting.get("title"):
            postings.append(posting)
        if len(postings) == args.postings:
            break
    embedder = load_embedder(DEFAULT_MODEL)
    model = embedder._model  # type: ignore[attr-defined]  # the bare SentenceTransformer
    items = passages(postings)
    texts = list(unique_texts(items, embedder.name).values())
    model.encode(texts[:64], batch_size=64)  # warm-up: first calls pay for lazy initialisation

    started = time.perf_counter()
    model.encode(texts, batch_size=64, normalize_embeddings=True, convert_to_numpy=True)
    bare = time.perf_counter() - started

    with tempfile.TemporaryDirectory() as folder, duckdb.connect(str(Path(folder) / "b.duckdb")) as con:
        migrate(con)
        _stage_postings(con, postings)
        cold = build_posting_chunks(con, embedder)
        warm = build_posting_chunks(con, embedder)

    documents = [f"{p.get('title') or ''}\n{p.get('description') or ''}" for p in postings]
    whole = embedder.count_tokens(documents)
    window = embedder.max_seq_length - 2
    naive = sum(n + 2 * -(-max(n - 2, 1) // window) - 2 for n in whole)  # each window adds [CLS] and [SEP]
    bare_rate, stage_rate = len(texts) / bare, cold.encoded / cold.seconds
    print(f"postings: {len(postings)}   passages: {cold.passages}   unique texts encoded: {cold.encoded}")
    print("| figure | value | reference | ratio |\n|---|---|---|---|")
    print(f"| embedding stage, passages/s (cold, end to end) | {stage_rate:,.1f} | bare encode {bare_rate:,.1f} "
          f"| {stage_rate / bare_rate:.2f}× |")
    print(f"| warm re-run, nothing new | {warm.seconds:.2f} s | cold run {cold.seconds:.1f} s | "
          f"{warm.seconds / cold.seconds:.1%} |")
    print(f"| tokens encoded | {cold.tokens_encoded:,} | naive 256-token chunking {naive:,} | "
          f"{cold.tokens_encoded / naive:.2f}× ({1 - cold.tokens_encoded / naive:.0%} saved) |")
    section_of = {p.model_text: ("summary" if p.section == "summary" else "title" if p.section == "title"
                                 else "passages") for p in items}
    by_section: dict[str, int] = {}
    for text, count in zip(texts, embedder.count_tokens(texts), strict=True):
        by_section[section_of[text]] = by_section.get(section_of[text], 0) + min(count, embedder.max_seq_length)
    print(f"| of which: passages (title in front) {by_section.get('passages', 0):,}, summaries "
          f"{by_section.get('summary', 0):,}, titles {by_section.get('title', 0):,} | | | |")
    row("embedding stage, cold (passages/s)", f"{stage_rate:,.1f}", f"bare encode {bare_rate:,.1f}",
        f"{stage_rate / bare_rate:.2f}×")
    row("embedding stage, warm re-run with nothing new", f"{warm.seconds:.2f} s", f"cold {cold.seconds:.1f} s",
        f"{warm.seconds / cold.seconds:.1%}")
    row("tokens encoded (passages, shared ones once)", f"{cold.tokens_encoded:,}", f"naive 256-token chunks {naive:,}",
        f"{cold.tokens_encoded / naive:.2f}× ({1 - cold.tokens_encoded / naive:.0%} saved)")
    print(f"| passages shared by several postings (encoded once) | {cold.passages - cold.unique_texts:,} "
          f"duplicates | {cold.passages:,} passages | {(cold.passages - cold.unique_texts) / cold.passages:.1%} |")


if __name__ == "__main__":
    main()
