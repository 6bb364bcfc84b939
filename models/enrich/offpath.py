"""Off-path score in [0, 1]: how far a role is from where everybody already applies.

Higher for small, unknown, business-to-business companies found on their own board, career page or
HN; lower for household names and postings copied onto mass job boards. Every component is returned
next to the score, so a reader sees why a role is (or is not) off the beaten path.
"""

from __future__ import annotations

from dataclasses import dataclass

from scrapers.sources import ATS_PLATFORMS

WEIGHTS = {"size": 0.3, "unknown": 0.3, "b2b": 0.2, "source": 0.2}
_SIZE = {"1-10": 1.0, "11-50": 0.9, "51-200": 0.75, "201-1000": 0.5, "1001-5000": 0.25, "5000+": 0.0}
# Where the posting was found: the company's own board or page and HN are direct; remote boards are
# shared but niche; imports from the big boards (LinkedIn, Indeed via python-jobspy) are the beaten path.
DIRECT = frozenset({*ATS_PLATFORMS, "jsonld", "hackernews"})
NICHE_BOARDS = frozenset({"remoteok", "remotive", "weworkremotely"})


@dataclass(frozen=True)
class OffPath:
    off_path_score: float
    off_path_size: float
    off_path_unknown: float
    off_path_b2b: float
    off_path_source: float
    off_path_reasons: list[str]


def source_directness(platforms: list[str]) -> float:
    """1 when any copy of the job is on a direct source, 0.4 for niche boards only, 0.2 for mass boards."""
    if any(p in DIRECT for p in platforms):
        return 1.0
    if any(p in NICHE_BOARDS for p in platforms):
        return 0.4
    return 0.2 if platforms else 0.5


def off_path_score(size_band: str | None, is_big_name: bool, is_b2b: bool | None, platforms: list[str]) -> OffPath:
    size = _SIZE.get(size_band or "", 0.5)
    unknown = 0.0 if is_big_name else 1.0
    b2b = 1.0 if is_b2b else 0.5 if is_b2b is None else 0.2
    source = source_directness(platforms)
    score = round(WEIGHTS["size"] * size + WEIGHTS["unknown"] * unknown + WEIGHTS["b2b"] * b2b
                  + WEIGHTS["source"] * source, 3)
    reasons = []
    if size_band:
        reasons.append(f"{'small' if size >= 0.75 else 'mid-sized' if size >= 0.5 else 'large'} company ({size_band})")
    reasons.append("big name everybody applies to" if is_big_name else "not a household name")
    if is_b2b is not None:
        reasons.append("sells to businesses" if is_b2b else "sells to consumers")
    reasons.append("found on its own board or HN" if source == 1.0 else "found on a remote board" if source == 0.4
                   else "found on a mass job board" if source == 0.2 else "source unknown")
    return OffPath(score, size, unknown, b2b, source, reasons)
