"""Turning shortlist rows into display text, the same way in every export format.

Everything here is scraped text and therefore untrusted: spreadsheet formula injection is neutralised
here; HTML escaping happens in html.py, where the context (text, attribute, link) is known.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

# Cells a spreadsheet would evaluate: =, +, -, @ and the tab / carriage return some apps also honour.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")

COLUMNS = ["rank", "score", "new", "title", "company", "location", "work_mode", "salary", "degree",
           "off_path", "evidence", "explanation", "url", "posting_id"]


def neutralise(text: str) -> str:
    """A cell that cannot start a formula: a leading quote makes spreadsheets show it as text."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def safe_url(url: Any) -> str | None:
    """The URL when it is http(s) with a host; anything else (javascript:, data:, relative) is not a link."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    return url if parts.scheme.lower() in ("http", "https") and parts.netloc else None


def salary(row: dict[str, Any]) -> str:
    low, high = row.get("salary_min"), row.get("salary_max")
    if low is None and high is None:
        return ""
    amounts = "–".join(f"{v:,.0f}" for v in (low, high) if v is not None) if low != high else f"{low:,.0f}"
    period = f" / {row['salary_period']}" if row.get("salary_period") else ""
    return f"{row.get('salary_currency') or ''} {amounts}{period}".strip()


def degree(row: dict[str, Any]) -> str:
    return (row.get("degree_requirement") or "").replace("_", " ")


def off_path(row: dict[str, Any]) -> str:
    return "; ".join(row.get("off_path_reasons") or [])


def evidence(row: dict[str, Any]) -> str:
    if not row.get("evidence"):
        return ""
    return f"{row.get('best_facet') or 'match'}: {row['evidence']}"


def display(row: dict[str, Any]) -> dict[str, Any]:
    """One shortlist row as the export columns (plain values; format-specific escaping comes later)."""
    return {
        "rank": row.get("rank"), "score": row.get("score"), "new": "new" if row.get("is_new") else "",
        "title": row.get("title") or "", "company": row.get("company") or "", "location": row.get("location") or "",
        "work_mode": row.get("work_mode") or "", "salary": salary(row), "degree": degree(row),
        "off_path": off_path(row), "evidence": evidence(row), "explanation": row.get("explanation") or "",
        "url": safe_url(row.get("url")) or "", "posting_id": row.get("posting_id") or "",
    }
