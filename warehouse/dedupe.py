"""One real job seen on several sources becomes one posting; agency copies of a job are flagged.

Two postings are the same job when their normalised company matches and either their normalised
titles match (an HN comment and the company's Ashby board, a board repost) or their descriptions are
near-duplicates: MinHash over 5-word shingles, Jaccard >= ``NEAR_DUPLICATE`` (0.8), with LSH bands
so only candidate pairs are compared. Near-duplicate text under a *different* company is a staffing
agency's copy: it stays a posting, flagged, pointing at the original (the copy from the company's own
board or page, else the earliest seen). Pure functions; ``warehouse.build`` feeds them and stores the
result.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass

import numpy as np

from scrapers.platforms.fields import normalise_company

NEAR_DUPLICATE = 0.8
MIN_SHINGLES = 20
PERMUTATIONS = 64
BANDS = 16
DIRECT_PLATFORMS = frozenset({"greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee",
                              "personio", "jsonld"})

_TITLE_NOISE = re.compile(r"\((?:m|f|w|d|x|h)(?:\s*/\s*(?:m|f|w|d|x|h))+\)|\b(?:remote|hybrid|on-?site)\b|"
                          r"\((?:[^)]*)\)|[^\w\s+#]", re.I)
_ABBREVIATIONS = {"sr": "senior", "jr": "junior", "eng": "engineer", "ml": "machine learning",
                  "swe": "software engineer", "mgr": "manager", "dev": "developer"}


def normalise_title(title: str | None) -> str:
    words = _TITLE_NOISE.sub(" ", (title or "").lower()).split()
    return " ".join(_ABBREVIATIONS.get(w, w) for w in words)


def shingles(text: str | None, size: int = 5) -> set[str]:
    words = re.findall(r"\w+", (text or "").lower())
    return {" ".join(words[i:i + size]) for i in range(max(len(words) - size + 1, 0))}


_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20261123)
_A = _rng.integers(1, (1 << 61) - 1, PERMUTATIONS, dtype=np.uint64)
_B = _rng.integers(0, (1 << 61) - 1, PERMUTATIONS, dtype=np.uint64)


def signature(items: set[str]) -> np.ndarray | None:
    """A MinHash signature (None for texts too short to compare fairly)."""
    if len(items) < MIN_SHINGLES:
        return None
    hashes = np.fromiter((int.from_bytes(hashlib.blake2b(s.encode(), digest_size=8).digest(), "little") >> 3
                          for s in items), dtype=np.uint64, count=len(items))
    with np.errstate(over="ignore"):
        permuted = (hashes[:, None] * _A[None, :] + _B[None, :]) % _PRIME
    return permuted.min(axis=0)


def similarity(a: np.ndarray, b: np.ndarray) -> float:
    return float(np.mean(a == b))


@dataclass
class Record:
    posting_id: str
    company: str
    title: str
    description: str | None
    platform: str
    first_seen_at: str


@dataclass
class Link:
    posting_id: str
    canonical_posting_id: str
    reason: str              # same company and title | near-duplicate text | agency copy
    similarity: float | None


def _rank(record: Record) -> tuple:
    """The canonical copy: direct company sources first, then the earliest seen."""
    return (record.platform not in DIRECT_PLATFORMS, record.first_seen_at, record.posting_id)


def find_duplicates(records: list[Record]) -> list[Link]:
    by_id = {r.posting_id: r for r in records}
    parent = {r.posting_id: r.posting_id for r in records}
    reasons: dict[tuple[str, str], tuple[str, float | None]] = {}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str, reason: str, score: float | None) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
        reasons.setdefault((min(a, b), max(a, b)), (reason, score))

    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for r in records:
        company, title = normalise_company(r.company), normalise_title(r.title)
        if company and title:
            groups[(company, title)].append(r.posting_id)
    for ids in groups.values():
        for other in ids[1:]:
            union(ids[0], other, "same company and title", None)

    signatures = {r.posting_id: sig for r in records if (sig := signature(shingles(r.description))) is not None}
    rows = PERMUTATIONS // BANDS
    buckets: dict[tuple[int, bytes], list[str]] = defaultdict(list)
    for pid, sig in signatures.items():
        for band in range(BANDS):
            buckets[(band, sig[band * rows:(band + 1) * rows].tobytes())].append(pid)
    agency: dict[str, tuple[str, float]] = {}
    checked: set[tuple[str, str]] = set()
    for ids in buckets.values():
        for i, a in enumerate(ids):
            for b in ids[i + 1:]:
                pair = (min(a, b), max(a, b))
                if pair in checked:
                    continue
                checked.add(pair)
                score = similarity(signatures[a], signatures[b])
                if score < NEAR_DUPLICATE:
                    continue
                if normalise_company(by_id[a].company) == normalise_company(by_id[b].company):
                    union(a, b, "near-duplicate text", score)
                else:
                    original, copy = sorted((by_id[a], by_id[b]), key=_rank)
                    agency[copy.posting_id] = (original.posting_id, score)

    clusters: dict[str, list[Record]] = defaultdict(list)
    for r in records:
        clusters[find(r.posting_id)].append(r)
    links: list[Link] = []
    canonical_of = {root: min(members, key=_rank).posting_id for root, members in clusters.items()}
    for root, members in clusters.items():
        if len(members) < 2:
            continue
        canonical = by_id[canonical_of[root]]
        for member in members:
            if member is canonical:
                continue
            reason, score = reasons.get((min(member.posting_id, canonical.posting_id),
                                         max(member.posting_id, canonical.posting_id)),
                                        ("same company and title", None))
            links.append(Link(member.posting_id, canonical.posting_id, reason, score))
    merged = {link.posting_id for link in links}
    for copy_id, (original_id, score) in agency.items():
        if copy_id not in merged:
            links.append(Link(copy_id, canonical_of[find(original_id)], "agency copy", score))
    return links
