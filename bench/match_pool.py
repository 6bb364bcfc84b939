"""The pool of corpus postings the matching labels judge, chosen without byway's ranking (docs/quality.md).

Pooling as IR evaluations do it: for each quality profile, postings whose text names its domain or its
technique (so hard cases are in: vision outside medicine, medicine without vision), plus postings drawn
at random, every draw seeded. `--excerpts FILE` writes what the labeller reads for each posting: title,
company and the first passages of the work (no scores, no ranks).

    python bench/match_pool.py --excerpts /tmp/pool.txt
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.corpus_postings import labelled_postings  # noqa: E402
from models.passages import chunks  # noqa: E402

SEED = 20261123
PER_PROFILE = 30
RANDOM = 30
# The domain and the technique of each profile, each alone: a hit on either puts a posting in the pool.
DOMAINS = {
    "cv-medical": r"computer vision|image (?:analysis|processing|segmentation|recognition)|radiolog|patholog|"
                  r"medical imag|\bmri\b|\bct scan|endoscop|surgical|object detection|segmentation model",
    "nlp-search": r"\bnlp\b|natural language|search (?:ranking|relevance|engine|quality)|information retrieval|"
                  r"\bretrieval\b|question answering|named entity|text classification|\bllm",
    "forecasting-ops": r"forecast|time[- ]series|demand planning|supply chain|inventory|logistics|"
                       r"capacity planning|workforce planning|replenishment",
}


def _text(posting: dict[str, Any]) -> str:
    return f"{posting.get('title') or ''}\n{posting.get('description') or ''}"


def pool(postings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The labelled pool: PER_PROFILE domain hits per profile, then RANDOM others, in a shuffled order."""
    rng = random.Random(SEED)
    usable = [p for p in postings if len(p.get("description") or "") > 300 and p.get("title")]
    chosen: dict[str, dict[str, Any]] = {}
    for pattern in DOMAINS.values():
        hits = [p for p in usable if re.search(pattern, _text(p), re.I) and p["id"] not in chosen]
        for posting in rng.sample(hits, min(PER_PROFILE, len(hits))):
            chosen[posting["id"]] = posting
    rest = [p for p in usable if p["id"] not in chosen]
    for posting in rng.sample(rest, RANDOM):
        chosen[posting["id"]] = posting
    ordered = list(chosen.values())
    rng.shuffle(ordered)  # the labeller does not see which draw a posting came from
    return ordered


def excerpt(posting: dict[str, Any], limit: int = 1500) -> str:
    parts = [text for section, text, _ in chunks(posting.get("description")) if section != "about"]
    body = " ".join(parts) or " ".join(text for _, text, _ in chunks(posting.get("description")))
    return body[:limit]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--excerpts", type=Path, required=True)
    args = parser.parse_args()
    chosen = pool(list(labelled_postings()))
    with args.excerpts.open("w", encoding="utf-8") as out:
        for posting in chosen:
            out.write(f"### {posting['id']} | {posting['title']} | {posting.get('company')}\n{excerpt(posting)}\n\n")
    print(f"{len(chosen)} postings written to {args.excerpts}")


if __name__ == "__main__":
    main()
