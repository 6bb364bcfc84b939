"""Limits on one posting before it lands: what a hostile or broken board can send is bounded here.

A real posting is a few KB (the corpus' longest description is ~60,000 characters). A board can still
send a 10 MB description, binary junk, or JSON escapes that decode to lone surrogates (which cannot be
written as UTF-8 and would stop the whole landing file). Each case either loses the excess with a note
in the posting's ``attributes["byway_cleaned"]``, or turns the posting into a reject with the reason;
none may stop the crawl.
"""

from __future__ import annotations

import json
import re
from typing import Any

from scrapers.items import Posting, Reject

MAX_PAYLOAD_BYTES = 2_000_000
MAX_DESCRIPTION_CHARS = 100_000
MAX_FIELD_CHARS = 1_000
EXCERPT_CHARS = 2_000

DESCRIPTIONS = ("description_text", "description_html")
SHORT_FIELDS = ("title", "company", "url", "apply_url", "employment_type", "department")
# C0 control characters other than tab, newline and carriage return: never text, often binary junk.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]+")


def _encodable(value: str) -> str:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return value.encode("utf-8", "replace").decode("utf-8")
    return value


def _repair(value: Any) -> Any:
    """Every string in a decoded JSON value made writable as UTF-8 (lone surrogates become '?')."""
    if isinstance(value, str):
        return _encodable(value)
    if isinstance(value, dict):
        return {_encodable(str(k)): _repair(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_repair(v) for v in value]
    return value


def _payload_size(payload: Any) -> int:
    return len(json.dumps(payload, ensure_ascii=False, default=str).encode("utf-8"))


def _clean(name: str, value: str, limit: int, notes: list[str]) -> str:
    text = _encodable(value)
    stripped = _CONTROL.sub("", text)
    if len(stripped) != len(text):
        notes.append(f"{name}: {len(text) - len(stripped):,} control characters removed")
    if len(stripped) > limit:
        notes.append(f"{name}: cut from {len(stripped):,} to {limit:,} characters")
        stripped = stripped[:limit]
    return stripped


def bounded(posting: Posting) -> Posting | Reject:
    """The posting within byway's limits, or a reject saying which limit it broke."""
    notes: list[str] = []
    try:
        size = _payload_size(posting.payload)
    except UnicodeEncodeError:
        posting.payload = _repair(posting.payload)
        posting.attributes = _repair(posting.attributes)
        notes.append("payload: characters that are not valid Unicode replaced")
        size = _payload_size(posting.payload)
    if size > MAX_PAYLOAD_BYTES:
        excerpt = json.dumps(posting.payload, ensure_ascii=False, default=str)[:EXCERPT_CHARS]
        return Reject(f"payload is {size / 1e6:.1f} MB, over the {MAX_PAYLOAD_BYTES / 1e6:g} MB one posting may "
                      f"have (first {EXCERPT_CHARS:,} characters kept)", excerpt, _encodable(posting.source_posting_id))
    for name in DESCRIPTIONS:
        value = getattr(posting, name)
        if value:
            setattr(posting, name, _clean(name, value, MAX_DESCRIPTION_CHARS, notes))
    for name in SHORT_FIELDS:
        value = getattr(posting, name)
        if value:
            setattr(posting, name, _clean(name, value, MAX_FIELD_CHARS, notes))
    posting.source_posting_id = _encodable(posting.source_posting_id)
    posting.locations = [_clean("locations", loc, MAX_FIELD_CHARS, notes) for loc in posting.locations]
    if not posting.title.strip():
        return Reject("title is empty once control characters are removed", posting.payload,
                      posting.source_posting_id)
    if notes:
        posting.attributes = _repair({**posting.attributes, "byway_cleaned": notes})
    return posting
