"""`make bench`: every benchmark, each in its own process, then one table of their headline figures.

    python -m bench.all [--quick]

Each benchmark prints its details as it goes; the table at the end has one row per headline figure
(figure, value, reference, ratio). `--quick` shrinks the inputs to check the benchmarks run, not to
measure. Copy the table into docs/performance.md with the date when the figures change.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.table import markdown  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
# (module, full arguments, quick arguments)
BENCHMARKS = [
    ("bench.ingest", [], ["--rows", "5000"]),
    ("bench.enrich", [], ["--repeat", "1"]),
    ("bench.embed", ["--postings", "600"], ["--postings", "20"]),
    ("bench.rank", [], ["--vectors", "100000", "--repeat", "1"]),
    ("bench.crawl", [], ["--boards", "100", "--seconds", "3"]),
    ("bench.end_to_end", [], ["--postings", "2000"]),
]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true", help="small inputs: check that every benchmark runs")
    parser.add_argument("--only", nargs="*", help="module names, e.g. bench.crawl")
    args = parser.parse_args()
    failed = []
    with tempfile.TemporaryDirectory() as tmp:
        rows_file = Path(tmp) / "rows.jsonl"
        env = {**os.environ, "BYWAY_BENCH_ROWS": str(rows_file), "HF_HUB_OFFLINE": "1"}
        for module, full, quick in BENCHMARKS:
            if args.only and module not in args.only:
                continue
            print(f"\n## {module} {' '.join(quick if args.quick else full)}", flush=True)
            started = time.perf_counter()
            done = subprocess.run([sys.executable, "-m", module, *(quick if args.quick else full)], cwd=REPO, env=env)
            print(f"({module}: {time.perf_counter() - started:.0f}s)", flush=True)
            if done.returncode:
                failed.append(module)
        rows = [json.loads(line) for line in rows_file.read_text().splitlines()] if rows_file.exists() else []
    print(f"\n## Summary ({time.strftime('%Y-%m-%d')}{', quick: not measurements' if args.quick else ''})\n")
    print(markdown(rows))
    if failed:
        print(f"\nfailed: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
