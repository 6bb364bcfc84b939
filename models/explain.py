"""The one-line explanation a user reads next to a ranked posting: why it is there, each claim with its evidence.

e.g. "matches your 'Surgical tool detection' project: '…we train detection models on laparoscopic video…';
no degree required ('…or equivalent practical experience'); small (11-50) B2B company; posted 2 days ago"
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from models.dates import posted_at
from models.profile import Profile

EXCERPT_CHARS = 160


def excerpt(text: str | None, limit: int = EXCERPT_CHARS) -> str:
    text = " ".join(str(text or "").split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", limit // 2, limit)
    return text[: cut if cut > 0 else limit] + "…"


def _match(best: dict[str, Any] | None) -> str | None:
    if not best or not best.get("passage"):
        return None
    quote = excerpt(best["passage"])
    if best["kind"] == "project":
        return f"matches your '{best['facet']}' project: '{quote}'"
    if best["kind"] == "specialization":
        return f"matches your specialization: '{quote}'"
    return f"matches your skills: '{quote}'"


def _degree(profile: Profile, posting: dict[str, Any]) -> str | None:
    requirement = posting.get("degree_requirement")
    evidence = excerpt(posting.get("degree_evidence"), 100)
    quoted = f" ('{evidence}')" if evidence else ""
    if requirement == "not_required":
        return f"says no degree is needed{quoted}"
    if requirement == "equivalent_ok":
        return f"no degree required{quoted}"
    if requirement == "not_mentioned":
        return "asks for no degree"
    if requirement == "preferred":
        return f"a degree is only preferred{quoted}"
    if requirement == "required" and not profile.has_degree:
        return f"asks for a degree{quoted}"
    return None


def _company(posting: dict[str, Any]) -> str | None:
    band, b2b, big = posting.get("company_size_band"), posting.get("is_b2b"), posting.get("is_big_name")
    if big:
        return "big-name company"
    words = []
    if band:
        words.append(f"{'small' if band in ('1-10', '11-50') else 'mid-sized' if band == '51-200' else 'large'} "
                     f"({band} people)")
    if b2b is not None:
        words.append("B2B" if b2b else "consumer")
    return " ".join(words) + " company" if words else None


def _age(posting: dict[str, Any], now: datetime) -> str | None:
    when = posted_at(posting)
    if when is None:
        return None
    days = int(max(0.0, (now - when).total_seconds()) // 86400)
    verb = "posted" if posting.get("posted_at") or posting.get("date_posted") else "first seen"
    return f"{verb} today" if days == 0 else f"{verb} {days} day{'s' if days != 1 else ''} ago"


def _salary(posting: dict[str, Any]) -> str | None:
    low, high, currency = posting.get("salary_min"), posting.get("salary_max"), posting.get("salary_currency")
    if not (low or high) or not currency:
        return None
    span = f"{low:,.0f}–{high:,.0f}" if low and high and low != high else f"{(high or low):,.0f}"
    return f"pays {span} {currency}/{posting.get('salary_period') or 'year'}"


def explanation(profile: Profile, posting: dict[str, Any], best: dict[str, Any] | None, reasons: list[str],
                now: datetime) -> str:
    parts = [_match(best), _degree(profile, posting), _company(posting), _salary(posting), _age(posting, now)]
    text = "; ".join(p for p in parts if p)
    return f"filtered: {', '.join(reasons)} — {text}" if reasons else text
