"""What spiders emit: parsed postings, rejects and fetch errors, each a flat JSON-able record.

Every record carries the run and source it came from, so a landing file is self-describing and the
loader never has to guess. Postings keep the verbatim payload next to the normalised fields: parsing
can be redone downstream without crawling again.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field
from datetime import UTC, datetime
from typing import Any

WORK_MODES = ("remote", "hybrid", "onsite", "unknown")


@dataclass
class Posting:
    """One job as a platform parser understood it (the normalised fields plus the raw payload)."""

    source_posting_id: str
    title: str
    company: str
    url: str
    payload: Any
    description_html: str | None = None
    description_text: str | None = None
    locations: list[str] = field(default_factory=list)
    work_mode: str = "unknown"
    employment_type: str | None = None
    department: str | None = None
    salary_min: float | None = None
    salary_max: float | None = None
    salary_currency: str | None = None
    salary_period: str | None = None
    apply_url: str | None = None
    posted_at: str | None = None
    updated_at: str | None = None
    # When the posting stops being current without a board saying so (schema.org validThrough, an HN
    # thread's month, a remote board's window); sources that list only recent jobs close postings by it.
    expires_at: str | None = None
    # Structured facts the platform states (education, experience level, visa, contact e-mails, the
    # board's attribution link ...): kept by name so enrichment can prefer them over text rules.
    attributes: dict[str, Any] = field(default_factory=dict)


@dataclass
class Follow:
    """A further request a parser needs: a posting's detail, the next page of a list, a thread's comments.

    ``step`` names the parser step that will read the response; ``context`` carries what that step
    needs from this one (the list entry, the page number), so parsers stay pure functions.
    """

    url: str
    step: str
    context: dict[str, Any] = field(default_factory=dict)


@dataclass
class Reject:
    """A payload a parser could not turn into a posting, and why."""

    reason: str
    payload: Any
    source_posting_id: str | None = None


def utc_now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def content_hash(payload: Any) -> str:
    """Stable hash of a payload: key order and whitespace in the response do not matter."""
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def posting_record(envelope: dict[str, Any], posting: Posting) -> dict[str, Any]:
    record = {"kind": "posting", **envelope, **asdict(posting)}
    record["content_hash"] = content_hash(posting.payload)
    return record


def reject_record(envelope: dict[str, Any], reject: Reject) -> dict[str, Any]:
    return {
        "kind": "reject",
        **envelope,
        "source_posting_id": reject.source_posting_id,
        "reason": reject.reason,
        "payload": reject.payload,
    }


def fetch_error_record(
    envelope: dict[str, Any], reason: str, status: int | None = None, body: str | None = None
) -> dict[str, Any]:
    """A request that produced no usable response; the body excerpt is kept for the rejects table."""
    return {
        "kind": "fetch_error",
        **envelope,
        "http_status": status,
        "reason": reason,
        "payload": body[:2000] if body else None,
    }
