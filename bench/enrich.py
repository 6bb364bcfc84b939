"""Enrichment benchmark: every rule-based feature over the corpus' real postings, on one core.

    python bench/enrich.py [--repeat 3]

Prints postings/s for the whole feature set (models.enrich.batch.enrich_batch: degree, experience,
role, work mode, salary, flags, company, off-path), for it on the distinct postings alone (a fifth of the
corpus repeats another posting's inputs, and a batch enriches those once), on the ATS board postings alone
(longer texts, the platforms byway crawls), and for degree and experience alone, against the
goal of 2,000 postings/s per core; the posting_features stage on a warehouse of those postings (first
build, unchanged rebuild, 5% changed); then the worst time per classifier over adversarial 100 KB texts
against the 50 ms target (the rules read the first 30 KB; see models/enrich/text.py).
"""

from __future__ import annotations

import argparse
import random
import string
import sys
import time
from pathlib import Path

import duckdb
import pyarrow as pa

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_postings import ats_postings, corpus_root, labelled_postings  # noqa: E402
from bench.table import row  # noqa: E402
from models.enrich.batch import enrich_batch  # noqa: E402
from models.enrich.degree import classify_degree  # noqa: E402
from models.enrich.experience import extract_experience  # noqa: E402
from models.enrich.posting import inputs_key  # noqa: E402
from warehouse.features import build_features  # noqa: E402

GOAL = 2000.0


def adversarial() -> dict[str, str]:
    rng = random.Random(7)
    words = ["degree", "years", "5+", "or", "equivalent", "PhD", "a", "plus", "required", "(", ")", "in", "BS/", "MS"]
    return {
        "run-on requirements": ("degree bachelor 5 years or equivalent experience in lieu " * 2000)[:100_000],
        "keyword soup": " ".join(rng.choice(words) for _ in range(20_000))[:100_000],
        "random printable": "".join(rng.choice(string.printable) for _ in range(100_000)),
        "glued capitals": "AbcdeFghij" * 10_000,
        "blank run": " " * 100_000,
        "one long word": "a" * 100_000,
        "short lines": ("Requirements:\n" + "x" * 90 + "\n") * 1000,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--repeat", type=int, default=3, help="best of N timings")
    args = parser.parse_args()
    postings = list(labelled_postings())
    chars = sum(len(p["description"]) for p in postings)
    print(f"corpus: {len(postings):,} postings, {chars / len(postings):,.0f} chars on average ({corpus_root()})")
    ats = list(ats_postings())
    # Boards repost the same ad under new ids; enrich_batch enriches each distinct input once, so the rate
    # over the corpus as it is depends on how many repeat. The distinct postings alone give the rate per text.
    distinct = _distinct(postings)
    print(f"repeats: {len(postings) - len(distinct):,} postings have exactly the inputs of an earlier one "
          f"({1 - len(distinct) / len(postings):.1%})")
    rows = []
    for name, count, run in (
            ("all features (enrich_batch)", len(postings), lambda: enrich_batch(postings)),
            (f"all features, distinct postings only ({len(distinct):,}, repeats left out)", len(distinct),
             lambda: enrich_batch(distinct)),
            (f"all features, ATS boards only ({len(ats)} postings, "
             f"{sum(len(p['description']) for p in ats) / len(ats):,.0f} chars on average)", len(ats),
             lambda: enrich_batch(ats)),
            ("degree only", len(postings), lambda: [classify_degree(p["description"]) for p in postings]),
            ("experience only", len(postings), lambda: [extract_experience(p["description"]) for p in postings])):
        best = min(_timed(run) for _ in range(args.repeat))
        rows.append((name, count, best))
    print(f"\n| figure | postings/s (1 core) | seconds | goal {GOAL:,.0f}/s | ratio |\n|---|---|---|---|---|")
    for name, count, seconds in rows:
        print(f"| {name} | {count / seconds:,.0f} | {seconds:.2f} | {GOAL:,.0f} | {count / seconds / GOAL:.2f}x |")
    name, count, seconds = rows[0]
    rate = count / seconds
    row(f"enrichment: {name}, {len(postings):,} corpus postings", f"{rate:,.0f} postings/s per core",
        f"goal {GOAL:,.0f}/s", f"{rate / GOAL:.2f}×")
    _daily_rebuild(postings)
    print("\n| adversarial 100 KB text | degree ms | experience ms | target ms |\n|---|---|---|---|")
    for name, text in adversarial().items():
        degree = min(_timed(lambda t=text: classify_degree(t)) for _ in range(args.repeat)) * 1000
        years = min(_timed(lambda t=text: extract_experience(t)) for _ in range(args.repeat)) * 1000
        print(f"| {name} | {degree:.1f} | {years:.1f} | 50 |")
    return 0


def _daily_rebuild(postings: list[dict]) -> None:
    """The posting_features stage on a warehouse of the corpus postings: a first build, a rebuild with
    nothing changed, and one with 5% of descriptions changed (the rules run only where inputs changed)."""
    def load(rows: list[dict]) -> None:
        table = pa.Table.from_pylist([
            {"posting_id": p["id"], "title": p["title"], "company": p["company"], "locations": [p["location"] or ""],
             "description_text": p["description"], "platform": p["id"].split(":")[0], "work_mode": None,
             "salary_min": None, "salary_max": None, "salary_currency": None, "salary_period": None,
             "attributes": "{}", "duplicate_of": None, "is_open": True} for p in rows])
        con.register("staged", table)
        con.execute("CREATE OR REPLACE TABLE postings AS SELECT * FROM staged")
        con.unregister("staged")

    con = duckdb.connect()
    changed = [{**p, "description": p["description"] + " Updated."} if i % 20 == 0 else p
               for i, p in enumerate(postings)]
    print("\n| posting_features stage (warehouse/features.py) | postings enriched afresh | seconds | postings/s |\n"
          "|---|---|---|---|")
    took = {}
    for name, rows in (("first build", postings), ("rebuild, nothing changed", postings),
                       ("rebuild, 5% of descriptions changed", changed)):
        load(rows)
        start = time.perf_counter()
        counts = build_features(con)
        took[name] = seconds = time.perf_counter() - start
        print(f"| {name} | {counts.enriched:,} | {seconds:.2f} | {counts.postings / seconds:,.0f} |")
    con.close()
    warm, cold = took["rebuild, nothing changed"], took["first build"]
    row(f"features stage: rebuild with nothing changed, {len(postings):,} corpus postings", f"{warm:.2f} s",
        f"first build {cold:.2f} s", f"{warm / cold:.1%}")


def _distinct(postings: list[dict]) -> list[dict]:
    """The first posting of each distinct input, in order."""
    seen: set = set()
    out = []
    for posting in postings:
        key = inputs_key(posting)
        if key not in seen:
            seen.add(key)
            out.append(posting)
    return out


def _timed(run) -> float:  # noqa: ANN001 - a zero-argument callable
    start = time.perf_counter()
    run()
    return time.perf_counter() - start


if __name__ == "__main__":
    sys.exit(main())
