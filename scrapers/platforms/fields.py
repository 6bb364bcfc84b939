"""Field normalisation shared by the platform parsers: titles, locations, work mode, dates."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any

from scrapers.html_text import repair_mojibake
from scrapers.items import Reject


class ShapeError(ValueError):
    """A response is valid JSON/XML but not the shape the platform's API documents."""


def guarded(parse: Callable[..., Any], item: Any, *args: Any) -> Any:
    """One job parsed; a job whose fields have types its API never sends becomes a reject with the reason,
    so one odd job costs that job, not the whole board (the rest of the response is still read)."""
    try:
        return parse(item, *args)
    except (TypeError, AttributeError, ValueError, KeyError, IndexError) as exc:
        job_id = clean(item.get("id")) if isinstance(item, dict) else ""
        return Reject(f"unexpected shape of one job: {type(exc).__name__}: {exc}", item, job_id or None)


def clean(value: Any) -> str:
    """A trimmed single-line string ('' for None and non-strings)."""
    if not isinstance(value, str | int | float) or isinstance(value, bool):
        return ""
    return re.sub(r"\s+", " ", repair_mojibake(str(value))).strip()


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
    """A finite number from a number or numeric string; None otherwise ("1E400", NaN and inf included)."""
    if isinstance(value, bool):
        return None
    number: float | None = None
    if isinstance(value, int | float):
        number = float(value)
    elif isinstance(value, str):
        try:
            number = float(value.replace(",", ""))
        except ValueError:
            return None
    return number if number is not None and math.isfinite(number) else None


def http_url(value: Any) -> str | None:
    """Links are limited to http(s): anything else from a payload is dropped."""
    text = clean(value)
    return text if re.match(r"https?://", text, re.I) else None


_PERIODS = {
    "year": "year", "yearly": "year", "annual": "year", "annually": "year", "per_year": "year", "y": "year",
    "month": "month", "monthly": "month", "per_month": "month",
    "week": "week", "weekly": "week", "day": "day", "daily": "day",
    "hour": "hour", "hourly": "hour", "per_hour": "hour",
}


def period_from_label(label: Any) -> str | None:
    """A salary period label ('HOURLY', 'yearly', 'per_month', schema.org 'YEAR') as year|month|week|day|hour."""
    return _PERIODS.get(clean(label).lower().replace(" ", "_").replace("-", "_"))


def first_text(*values: Any) -> str:
    """The first non-empty cleaned string among the values."""
    for value in values:
        text = clean(value)
        if text:
            return text
    return ""


def rfc822_to_iso(value: Any) -> str | None:
    """An RSS pubDate ('Mon, 23 Feb 2026 10:00:00 +0000') as ISO-8601; None when it does not parse."""
    from email.utils import parsedate_to_datetime

    text = clean(value)
    if not text:
        return None
    try:
        parsed = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return iso_or_none(text)
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=UTC)
    return parsed.isoformat(timespec="seconds")


def parse_iso(text: str | None) -> datetime | None:
    """An ISO-8601 timestamp ('Z' allowed) as an aware datetime, UTC when it names no zone; None otherwise."""
    if not text or not text.strip():
        return None
    try:
        moment = datetime.fromisoformat(text.strip().replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def days_after(iso: str | None, days: int) -> str | None:
    """The ISO timestamp `days` after `iso`: when a window-listed posting is presumed gone."""
    moment = parse_iso(iso)
    return (moment + timedelta(days=days)).isoformat(timespec="seconds") if moment else None


def mapping(value: Any) -> dict[str, Any]:
    """A nested JSON object, or {} when the payload has something else there."""
    return value if isinstance(value, dict) else {}


_SUFFIXES = re.compile(
    r"\b(inc|incorporated|llc|l\.l\.c|ltd|limited|gmbh|ag|sa|sas|sarl|bv|b\.v|nv|plc|corp|corporation|co|"
    r"company|oy|ab|as|aps|srl|spa|pty|pte|kg|ug|se|holdings?|group)\b\.?", re.I)


def normalise_company(name: str | None) -> str:
    """'Acme Labs, Inc.' and 'ACME LABS' -> 'acme labs'; '(YC W25)' tags are dropped."""
    text = re.sub(r"\((?:yc|y combinator)[^)]*\)", " ", (name or "").lower())
    text = _SUFFIXES.sub(" ", re.sub(r"[.,]", " ", text))
    return re.sub(r"[^a-z0-9]+", " ", text).strip()
