"""Charts as PNG bytes: the same picture goes into the export folder and into Dagster asset metadata
(as a data-URI image in markdown, the way the Dagster UI shows images)."""

from __future__ import annotations

import base64
import io
from collections.abc import Sequence
from typing import Any

import matplotlib

matplotlib.use("Agg")  # no display on a server or in CI
import matplotlib.pyplot as plt  # noqa: E402

from models.funnel import STAGES, Funnel  # noqa: E402

_SIZE = (7.0, 3.2)


def _png(fig: plt.Figure) -> bytes:
    buffer = io.BytesIO()
    fig.tight_layout()
    fig.savefig(buffer, format="png", dpi=100)
    plt.close(fig)
    return buffer.getvalue()


def markdown_image(png: bytes, alt: str) -> str:
    return f"![{alt}](data:image/png;base64,{base64.b64encode(png).decode('ascii')})"


def score_histogram(scores: dict[str, Sequence[float]]) -> bytes:
    """Distribution of kept match scores per profile: is the top of the list clearly better than the rest?"""
    fig, ax = plt.subplots(figsize=_SIZE)
    for profile, values in scores.items():
        ax.hist(list(values), bins=20, range=(0, 1), alpha=0.55, label=f"{profile} ({len(values)})")
    ax.set_xlabel("score")
    ax.set_ylabel("postings")
    ax.set_title("Match scores of kept postings")
    if scores:
        ax.legend(fontsize=8)
    return _png(fig)


def funnel_png(summary: Funnel) -> bytes:
    """The funnel chart of a summarised application log."""
    return funnel_chart(STAGES, [summary.reached[s] for s in STAGES], summary.expected())


def trend_png(rows: Sequence[dict[str, Any]]) -> bytes:
    """The trend chart of `ai_trend` rows (month, ai_share, postings)."""
    return trend_chart([r["month"] for r in rows], [r["ai_share"] for r in rows], [r["postings"] for r in rows])


def funnel_chart(stages: Sequence[str], yours: Sequence[int], expected: Sequence[float]) -> bytes:
    """Your postings per stage next to what the reported benchmark rates predict from your applications."""
    fig, ax = plt.subplots(figsize=_SIZE)
    positions = range(len(stages))
    ax.barh([p + 0.2 for p in positions], yours, height=0.4, label="you", color="#2f6f9f")
    ax.barh([p - 0.2 for p in positions], expected, height=0.4, label="benchmark", color="#c7c7c7")
    ax.set_yticks(list(positions), list(stages))
    ax.invert_yaxis()
    for p, value in zip(positions, yours, strict=True):
        ax.text(value, p + 0.2, f" {value}", va="center", fontsize=8)
    ax.set_xlabel("postings")
    ax.set_title("Application funnel")
    ax.legend(fontsize=8)
    return _png(fig)


def trend_chart(months: Sequence[str], shares: Sequence[float], counts: Sequence[int]) -> bytes:
    """Share of HN 'Who is hiring' postings mentioning AI / ML / LLMs, month by month."""
    fig, ax = plt.subplots(figsize=_SIZE)
    ax.plot(list(months), [100 * s for s in shares], marker="o", color="#2f6f9f")
    for month, share, count in zip(months, shares, counts, strict=True):
        ax.annotate(f"n={count}", (month, 100 * share), textcoords="offset points", xytext=(0, 6),
                    ha="center", fontsize=7)
    ax.set_ylim(0, 100)
    ax.set_ylabel("% of postings")
    ax.set_title("HN 'Who is hiring': postings mentioning AI / ML / LLM")
    ax.tick_params(axis="x", labelrotation=45, labelsize=8)
    return _png(fig)
