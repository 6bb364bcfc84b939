"""Field normalisation shared by the platform parsers: titles, locations, work mode, dates."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any


class ShapeError(ValueError):
    """A response is valid JSON/XML but not the shape the platform's API documents."""


def clean(value: Any) -> str:
    """A trimmed single-line string ('' for None and non-strings)."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return re.sub(r"\s+", " ", str(value)).strip()


def split_locations(*values: Any) -> list[str]:
    """Distinct location strings; ';' and '|' separate several places in one field."""
    out: list[str] = []
    for value in values:
        items = value if isinstance(value, list) else [value]
        for item in items:
            for part in re.split(r"\s*[;|]\s*", clean(item)):
                if part and part not in out:
                    out.append(part)
    return out


_REMOTE = re.compile(r"\bremote\b|\banywhere\b|\bwork from home\b", re.I)
_HYBRID = re.compile(r"\bhybrid\b", re.I)
_ONSITE = re.compile(r"\bon[- ]?site\b|\bin[- ]office\b", re.I)


def work_mode_from_text(*texts: str | None) -> str:
    """A cheap first guess from location strings; enrichment corrects it from the description later."""
    joined = " ".join(t for t in texts if t)
    if _HYBRID.search(joined):
        return "hybrid"
    if _REMOTE.search(joined):
        return "remote"
    if _ONSITE.search(joined):
        return "onsite"
    return "unknown"


_MODE_WORDS = {
    "remote": "remote",
    "fully remote": "remote",
    "hybrid": "hybrid",
    "onsite": "onsite",
    "on-site": "onsite",
    "on site": "onsite",
    "in office": "onsite",
    "in-office": "onsite",
    "office": "onsite",
}


def work_mode_from_label(label: Any) -> str | None:
    """Map a platform's structured workplace label ('OnSite', 'on-site', 'Remote'); None if unknown."""
    key = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", clean(label)).lower()
    return _MODE_WORDS.get(key)


def epoch_ms_to_iso(value: Any) -> str | None:
    """Lever's epoch milliseconds as ISO-8601 UTC; None when absent or not a number."""
    if not isinstance(value, int | float) or isinstance(value, bool):
        return None
    try:
        return datetime.fromtimestamp(value / 1000, tz=UTC).isoformat(timespec="seconds")
    except (OverflowError, OSError, ValueError):
        return None


def iso_or_none(value: Any) -> str | None:
    """An ISO-8601 timestamp string as given, or None when it does not parse."""
    text = clean(value)
    if not text:
        return None
    try:
        datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return text


def number_or_none(value: Any) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.replace(",", ""))
        except ValueError:
            return None
    return None


def http_url(value: Any) -> str | None:
    """Links are limited to http(s): anything else from a payload is dropped."""
    text = clean(value)
    return text if re.match(r"https?://", text, re.I) else None
