"""The one table `make bench` prints: each benchmark adds its headline rows here as it finishes.

A benchmark run on its own prints its detailed figures; run by bench/all.py (BYWAY_BENCH_ROWS names a
file) its headline rows are also appended there as JSON lines, and all.py prints them together.
"""

from __future__ import annotations

import json
import os
from pathlib import Path


def row(figure: str, value: str, reference: str, ratio: str) -> None:
    """One headline figure: what was measured, its value, what it is compared with, and the ratio."""
    target = os.environ.get("BYWAY_BENCH_ROWS")
    if target:
        with Path(target).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps({"figure": figure, "value": value, "reference": reference, "ratio": ratio}) + "\n")


def markdown(rows: list[dict[str, str]]) -> str:
    lines = ["| figure | value | reference | ratio |", "|---|---|---|---|"]
    lines += [f"| {r['figure']} | {r['value']} | {r['reference']} | {r['ratio']} |" for r in rows]
    return "\n".join(lines)
