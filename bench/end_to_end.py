"""End to end on a synthetic warehouse: 100k postings through every stage after the crawl, timed per stage.

    python -m bench.end_to_end [--postings 100000] [--model hashing-384]

Postings are assembled from real corpus text (each one 4-8 paragraphs drawn from different corpus
postings, a corpus title, one of 8,000 companies), written as landing files the way a crawl writes
them, then the real Dagster job runs every asset but the crawl (load, postings and dedupe, features,
passages and embeddings, ranking for the example profile, shortlist, exports) in one process.

The embedding model is the deterministic hashing embedder by default: all-MiniLM-L6-v2 encodes ~52
passages/s on this 2-core machine, so a cold 100k-posting start (~800k passages) would take hours. The
report prints that estimate from the measured rate (docs/performance.md, "Matching") instead; a
daily run only encodes new passages.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_postings import labelled_postings  # noqa: E402
from bench.ingest import description  # noqa: E402
from bench.table import row  # noqa: E402

MINILM_PASSAGES_PER_SECOND = 52.5  # bare encode on this machine, bench/embed.py (docs/performance.md)
PER_FILE = 10_000


def paragraph_pool(rng: random.Random) -> tuple[list[str], list[str]]:
    """Paragraphs and titles of the real corpus (a generated fallback when the corpus is absent)."""
    paragraphs, titles = [], []
    try:
        for posting in labelled_postings():
            titles.append(posting["title"])
            paragraphs += [p for p in posting["description"].split("\n") if len(p) > 40]
    except FileNotFoundError:
        pass
    if not paragraphs:
        paragraphs = [description(rng, 300) for _ in range(20_000)]
        titles = [f"{s} {r}" for s in ("Senior", "Staff", "") for r in ("ML Engineer", "Data Scientist", "Analyst")]
    return paragraphs, titles


def write_landing(landing: Path, count: int, rng: random.Random) -> int:
    from scrapers.items import Posting, posting_record

    paragraphs, titles = paragraph_pool(rng)
    written = 0
    for start in range(0, count, PER_FILE):
        run_id, board = f"synthetic{start // PER_FILE:03d}", f"board{start // PER_FILE}"
        envelope = {"run_id": run_id, "source": board, "platform": "ashby", "board": board,
                    "request_url": "https://api.test/", "fetched_at": "2026-11-22T06:00:00+00:00"}
        path = landing / run_id / "ashby.jsonl"
        path.parent.mkdir(parents=True)
        with path.open("w", encoding="utf-8") as handle:
            for i in range(start, min(count, start + PER_FILE)):
                text = "\n".join(rng.sample(paragraphs, rng.randint(4, 8)))
                title = rng.choice(titles)
                payload = {"id": f"job-{i}", "title": title, "descriptionPlain": text}
                posting = Posting(source_posting_id=f"job-{i}", title=title, company=f"Company {rng.randrange(8000)}",
                                  url=f"https://jobs.test/{i}", payload=payload, description_text=text,
                                  locations=[rng.choice(["Remote", "Berlin, Germany", "New York, NY", "London"])],
                                  posted_at="2026-11-20T10:00:00+00:00")
                handle.write(json.dumps(posting_record(envelope, posting), ensure_ascii=False) + "\n")
                written += 1
            handle.write(json.dumps({"kind": "source_run", **envelope, "started_at": envelope["fetched_at"],
                                     "status": "ok", "listing": "window", "postings": PER_FILE}) + "\n")
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--postings", type=int, default=100_000)
    parser.add_argument("--model", default="hashing-384", help="embedder (hashing-<dim>, or a model name/folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        home = Path(tmp)
        os.environ.update({"BYWAY_HOME": str(home), "BYWAY_EMBEDDING_MODEL": args.model, "HF_HUB_OFFLINE": "1"})
        (home / "profiles").mkdir()
        repo = Path(__file__).resolve().parents[1]
        shutil.copy(repo / "config" / "profile.example.yaml", home / "profiles" / "my-profile.yaml")
        (home / "sources.yaml").write_text(json.dumps({"sources": [
            {"name": f"board{n}", "platform": "ashby", "token": f"board{n}"}
            for n in range(-(-args.postings // PER_FILE))]}))
        os.environ["BYWAY_SOURCES"] = str(home / "sources.yaml")
        started = time.perf_counter()
        written = write_landing(home / "data" / "landing", args.postings, random.Random(11))
        generated = time.perf_counter() - started
        stages, seconds = run(home)
        peak = max(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                   resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 2**20
        size = (home / "data" / "byway.duckdb").stat().st_size / 2**30
        passages = count(home, "SELECT count(*) FROM posting_chunks")
        open_postings = count(home, "SELECT count(*) FROM postings WHERE is_open")
    print(f"{written:,} postings generated in {generated:.0f}s (not counted); warehouse {size:.2f} GiB")
    print("| stage | seconds |\n|---|---|")
    for name, took in stages:
        if took >= 0.5:
            print(f"| {name} | {took:.1f} |")
    print(f"| other steps (asset checks, small assets) | {sum(t for _, t in stages if t < 0.5):.1f} |")
    print(f"| **all stages** | **{seconds:.0f}** |")
    estimate = passages / MINILM_PASSAGES_PER_SECOND / 3600
    print(f"peak resident memory {peak:.2f} GiB; {open_postings:,} open postings, {passages:,} passages embedded "
          f"with {args.model}; all-MiniLM-L6-v2 would need ~{estimate:.1f} h for them cold on this machine")
    row(f"end to end after the crawl, {written:,} synthetic postings ({args.model} embedder)", f"{seconds:.0f} s",
        f"{written / seconds:,.0f} postings/s", f"peak memory {peak:.1f} GiB")


def run(home: Path) -> tuple[list[tuple[str, float]], float]:
    """Materialize every asset but the crawl; (seconds per step, in order) and the wall time."""
    from dagster import AssetSelection, DagsterInstance, materialize

    from pipelines.assets.crawl import CRAWL_ASSETS
    from pipelines.definitions import ASSETS, asset_checks
    from pipelines.resources import default_resources

    selection = AssetSelection.all() - AssetSelection.assets(*CRAWL_ASSETS.values())
    started = time.perf_counter()
    with DagsterInstance.ephemeral() as instance:
        result = materialize([*ASSETS, *asset_checks], resources=default_resources(), partition_key="2026-11-23",
                             instance=instance, selection=selection,
                             run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
        seconds = time.perf_counter() - started
        assert result.success
        begun: dict[str, float] = {}
        stages = []
        for entry in instance.all_logs(result.run_id):
            event = entry.dagster_event
            if event is None:
                continue
            if event.event_type_value == "STEP_START":
                begun[event.step_key] = entry.timestamp
            elif event.event_type_value == "STEP_SUCCESS" and event.step_key in begun:
                stages.append((event.step_key, entry.timestamp - begun[event.step_key]))
    return stages, seconds


def count(home: Path, sql: str) -> int:
    import duckdb

    with duckdb.connect(str(home / "data" / "byway.duckdb"), read_only=True) as con:
        return int(con.execute(sql).fetchall()[0][0])


if __name__ == "__main__":
    main()
