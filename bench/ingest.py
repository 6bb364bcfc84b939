"""Ingest benchmark: generate N landing rows shaped like real postings, load them, print postings/s.

    python bench/ingest.py [--rows 100000] [--description-chars 2500]

The load is the production path (warehouse.loader.load_landing: DuckDB read_json plus set-based
INSERTs) into a fresh warehouse in a temporary folder. Generation time is reported separately and
not counted. A second load of the same files shows the cost of the idempotent skip.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from pathlib import Path

import duckdb

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table import row  # noqa: E402
from scrapers.items import Posting, posting_record  # noqa: E402
from warehouse.build import build_postings  # noqa: E402
from warehouse.loader import load_landing  # noqa: E402
from warehouse.migrate import migrate  # noqa: E402

WORDS = ("model data pipeline forecasting python sql customers production training evaluation team "
         "we build ship own design latency features retrieval ranking warehouse experiments").split()


def description(rng: random.Random, chars: int) -> str:
    return " ".join(rng.choices(WORDS, k=chars // 8))[:chars]


def generate(folder: Path, rows: int, chars: int, per_file: int = 25_000) -> list[Path]:
    rng = random.Random(7)
    paths = []
    for start in range(0, rows, per_file):
        run_id = f"bench{start // per_file:03d}"
        path = folder / run_id / "ashby.jsonl"
        path.parent.mkdir(parents=True)
        envelope = {"run_id": run_id, "source": f"board{start // per_file}", "platform": "ashby",
                    "board": f"board{start // per_file}", "request_url": "https://api.test/", "fetched_at":
                    "2026-11-22T06:00:00+00:00"}
        with path.open("w") as handle:
            for i in range(start, min(rows, start + per_file)):
                text = description(rng, chars)
                payload = {"id": f"job-{i}", "title": f"ML Engineer {i}", "descriptionPlain": text}
                posting = Posting(source_posting_id=f"job-{i}", title=f"ML Engineer {i}", company=f"Company {i % 900}",
                                  url=f"https://jobs.test/{i}", payload=payload, description_text=text,
                                  description_html=f"<p>{text}</p>", locations=["Remote"], work_mode="remote",
                                  posted_at="2026-11-20T10:00:00+00:00")
                handle.write(json.dumps(posting_record(envelope, posting)) + "\n")
            handle.write(json.dumps({"kind": "source_run", **envelope, "started_at": envelope["fetched_at"],
                                     "status": "ok", "postings": per_file}) + "\n")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--description-chars", type=int, default=2_500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        started = time.perf_counter()
        paths = generate(folder / "landing", args.rows, args.description_chars)
        generated = time.perf_counter() - started
        size_mb = sum(p.stat().st_size for p in paths) / 1e6
        con = duckdb.connect(str(folder / "bench.duckdb"))
        migrate(con)
        started = time.perf_counter()
        report = load_landing(con, folder / "landing")
        loaded = time.perf_counter() - started
        started = time.perf_counter()
        postings = build_postings(con)
        built = time.perf_counter() - started
        started = time.perf_counter()
        again = load_landing(con, folder / "landing")
        reload = time.perf_counter() - started
    assert report.raw_rows_added == args.rows and not again.files_loaded
    print(f"rows: {args.rows:,} in {len(paths)} landing files ({size_mb:,.0f} MB, generated in {generated:.1f}s)")
    print(f"load (read_json + INSERT, one transaction): {loaded:.2f}s = {args.rows / loaded:,.0f} postings/s")
    print(f"postings rebuild (lifecycle SQL): {built:.2f}s for {postings:,} postings = {postings / built:,.0f}/s")
    print(f"second load of the same files (idempotent skip): {reload:.3f}s")
    print(f"goal 50,000 postings/s: ratio {args.rows / loaded / 50_000:.2f}x")
    row(f"ingest: landing files to warehouse ({args.rows:,} rows, {size_mb / args.rows * 1000:,.1f} KB each)",
        f"{args.rows / loaded:,.0f} postings/s", "goal 50,000/s", f"{args.rows / loaded / 50_000:.2f}×")


if __name__ == "__main__":
    main()
