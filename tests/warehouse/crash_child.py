"""The process the crash tests kill: it announces each step on stdout, then does the warehouse work.

    python -m tests.warehouse.crash_child load WAREHOUSE LANDING
    python -m tests.warehouse.crash_child embed WAREHOUSE

`embed` uses the deterministic hashing embedder, slowed to the real model's pace per batch, so the
kill lands while vectors are being encoded and stored; what is under test is the warehouse side.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Sequence
from pathlib import Path

import duckdb
import numpy as np

from models.embed import HashingEmbedder
from warehouse.embeddings import build_posting_chunks
from warehouse.loader import load_landing


class PacedEmbedder(HashingEmbedder):
    """HashingEmbedder (same vectors) that takes about as long per batch as the real model does."""

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        time.sleep(0.002 * len(texts))
        return super().encode(texts, batch_size)


def say(line: str) -> None:
    print(line, flush=True)


def main(argv: list[str]) -> None:
    mode, warehouse = argv[0], Path(argv[1])
    con = duckdb.connect(str(warehouse))
    if mode == "load":
        say("loading")
        load_landing(con, Path(argv[2]))
    else:
        say("embedding")
        build_posting_chunks(con, PacedEmbedder(), progress=lambda done, total: say(f"encoded {done}/{total}"),
                             batch_size=32)
    con.close()
    say("done")


if __name__ == "__main__":
    main(sys.argv[1:])
