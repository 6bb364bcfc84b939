"""Replay crawl throughput: byway's spiders on recorded responses, against `scrapy bench` on this machine.

    python -m bench.crawl [--boards 1000] [--jobs 20] [--seconds 10]

A replay folder of `--boards` Greenhouse boards (each `--jobs` postings with 1.5 KB descriptions) is
crawled by the real crawl subprocess (`python -m scrapers.crawl --replay`): every response goes through
the middlewares, the parser, the limits and the landing file. The reference is `scrapy bench` (Scrapy's
own spider on a local HTTP server, following links and parsing nothing) run for `--seconds`, outside
the project so it uses Scrapy's defaults rather than byway's polite delays.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table import row  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
BOARD_URL = "https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"
TEXT = ("<p>We build forecasting models for logistics customers. You will own training pipelines, "
        "evaluation and deployment, and work with our customers' data teams.</p>") * 8


def write_replay(folder: Path, boards: int, jobs: int) -> Path:
    """A replay folder and a sources file for `boards` Greenhouse boards of `jobs` postings each."""
    replay = folder / "replay"
    replay.mkdir(parents=True)
    sources = []
    with (replay / "index.jsonl").open("w") as index:
        for b in range(boards):
            token = f"board{b}"
            body = {"jobs": [{"id": b * 1000 + j, "title": f"ML Engineer {j}", "company_name": f"Company {b}",
                              "absolute_url": f"https://job-boards.greenhouse.io/{token}/jobs/{j}",
                              "location": {"name": "Remote"}, "updated_at": "2026-11-20T10:00:00-05:00",
                              "content": TEXT} for j in range(jobs)]}
            (replay / f"{token}.json").write_text(json.dumps(body))
            index.write(json.dumps({"url": BOARD_URL.format(token=token), "status": 200, "body": f"{token}.json",
                                    "headers": {"Content-Type": "application/json"}}) + "\n")
            sources.append({"name": token, "platform": "greenhouse", "token": token})
    (folder / "sources.yaml").write_text(json.dumps({"sources": sources}))
    return replay


def replay_rate(boards: int, jobs: int) -> tuple[float, float, int]:
    """(pages/s, seconds, postings landed) for one replayed crawl of `boards` boards."""
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        replay = write_replay(folder, boards, jobs)
        command = [sys.executable, "-m", "scrapers.crawl", "--run-id", "bench", "--landing", str(folder / "landing"),
                   "--sources", str(folder / "sources.yaml"), "--replay", str(replay),
                   "--set", "CONCURRENT_REQUESTS_PER_DOMAIN=16", "--set", "CONCURRENT_REQUESTS=16"]
        started = time.perf_counter()
        subprocess.run(command, cwd=REPO, check=True, capture_output=True)
        seconds = time.perf_counter() - started
        landed = sum(1 for line in (folder / "landing" / "bench" / "greenhouse.jsonl").open()
                     if '"kind": "posting"' in line)
    return boards / seconds, seconds, landed


def scrapy_bench_rate(seconds: int) -> float:
    """Pages/s that `scrapy bench` reaches here (responses received over its elapsed time)."""
    with tempfile.TemporaryDirectory() as tmp:  # outside the project: Scrapy's defaults, not byway's settings
        done = subprocess.run([str(Path(sys.executable).with_name("scrapy")), "bench", "-s",
                               f"CLOSESPIDER_TIMEOUT={seconds}"], cwd=tmp, capture_output=True, text=True, check=True)
    log = done.stderr + done.stdout
    received = int(re.search(r"'response_received_count': (\d+)", log).group(1))
    elapsed = float(re.search(r"'elapsed_time_seconds': ([\d.]+)", log).group(1))
    return received / elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--boards", type=int, default=1000)
    parser.add_argument("--jobs", type=int, default=20)
    parser.add_argument("--seconds", type=int, default=10)
    args = parser.parse_args()
    rate, seconds, landed = replay_rate(args.boards, args.jobs)
    assert landed == args.boards * args.jobs, landed
    reference = scrapy_bench_rate(args.seconds)
    print(f"replay crawl: {args.boards:,} boards ({landed:,} postings) in {seconds:.1f}s, process start included "
          f"= {rate:,.0f} pages/s ({landed / seconds:,.0f} postings/s)")
    print(f"scrapy bench (local HTTP server, links only, {args.seconds}s): {reference:,.0f} pages/s")
    row(f"replay crawl, pages/s ({args.boards:,} Greenhouse boards of {args.jobs} jobs, parsed and landed)",
        f"{rate:,.0f}", f"`scrapy bench` {reference:,.0f}", f"{rate / reference:.2f}×")


if __name__ == "__main__":
    main()
