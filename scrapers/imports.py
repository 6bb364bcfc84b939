"""Postings from a file instead of a board: JSON Lines or CSV, including the CSV python-jobspy writes.

An import is one more source, `import:<name>`, landing like a crawl (a landing file of posting and
reject records plus a source-run record), so the loader, enrichment, ranking and shortlist treat it like
any other. Pure parsing here; the `byway import` command writes the landing file and runs the stages.

Imported postings are a window, not a full listing: a later import that lacks a posting closes nothing.
Each stays open for LIFETIME_DAYS after its latest import (python-jobspy's boards state no end date).
"""

from __future__ import annotations

import csv
import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

from scrapers.bounds import bounded
from scrapers.items import Posting, Reject, posting_record, reject_record
from scrapers.platforms.base import SourceRun
from scrapers.platforms.fields import (
    clean,
    http_url,
    number_or_none,
    period_from_label,
    split_locations,
    work_mode_from_text,
)

PLATFORM = "import"
LIFETIME_DAYS = 60
# The first column that holds each field: byway's own names, then python-jobspy's.
_FIELDS = {
    "id": ("id", "posting_id", "job_id"),
    "title": ("title", "job_title"),
    "company": ("company", "company_name"),
    "url": ("url", "job_url", "job_url_direct", "apply_url"),
    "location": ("location", "locations"),
    "description": ("description", "description_text"),
    "posted": ("posted_at", "date_posted"),
    "salary_min": ("salary_min", "min_amount"),
    "salary_max": ("salary_max", "max_amount"),
    "currency": ("salary_currency", "currency"),
    "period": ("salary_period", "interval"),
    "employment_type": ("employment_type", "job_type"),
}
_TRUE = {"true", "1", "yes", "y", "t"}


class ImportFileError(ValueError):
    """The file cannot be read as postings at all (missing, unknown format, no header)."""


def source_name(path: Path, name: str | None = None) -> str:
    """`import:<name>`, the name from the option or the file's stem, in lower-case letters, digits and '-'."""
    slug = re.sub(r"[^a-z0-9]+", "-", (name or path.stem).lower()).strip("-")
    return f"import:{slug or 'file'}"


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, Any] | str]]:
    """(line or row number, the row) for each record; a record that is not an object comes as its error."""
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    suffix = path.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    record = json.loads(line)
                except json.JSONDecodeError as exc:
                    yield number, f"line {number}: not JSON ({exc.msg})"
                    continue
                yield number, record if isinstance(record, dict) else f"line {number}: not a JSON object"
    elif suffix in (".csv", ".tsv"):
        with path.open(encoding="utf-8-sig", errors="replace", newline="") as handle:
            header = handle.readline()
            handle.seek(0)
            # python-jobspy's README writes with escapechar="\\": read its files the same way
            jobspy = "job_url" in header and "site" in header
            reader = csv.DictReader(handle, delimiter="\t" if suffix == ".tsv" else ",",
                                    escapechar="\\" if jobspy else None)
            if not reader.fieldnames:
                raise ImportFileError(f"{path}: no header row")
            for number, row in enumerate(reader, 2):  # row 1 is the header
                yield number, {k: v for k, v in row.items() if k is not None}
    else:
        raise ImportFileError(f"{path}: expected .jsonl or .csv (got {suffix or 'no extension'})")


def _first(row: dict[str, Any], field: str) -> Any:
    for column in _FIELDS[field]:
        value = row.get(column)
        if value not in (None, "", []):
            return value
    return None


def _amount(row: dict[str, Any], field: str) -> tuple[float | None, str | None]:
    value = _first(row, field)
    if value is None:
        return None, None
    number = number_or_none(value)
    if number is None or number < 0 or number != number:  # NaN
        return None, f"{_FIELDS[field][-1]} {str(value)[:40]!r} is not an amount"
    return number, None


def _posted(value: Any) -> tuple[str | None, str | None]:
    text = clean(value)
    if not text:
        return None, None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        try:
            moment = datetime.combine(date.fromisoformat(text[:10]), datetime.min.time())
        except ValueError:
            return None, f"date_posted {text[:40]!r} is not a date (YYYY-MM-DD)"
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat(timespec="seconds"), None


def parse_row(row: dict[str, Any], number: int, now: datetime) -> Posting | Reject:
    """One row as a posting, or a reject that says which field is wrong."""
    title, company = clean(_first(row, "title")), clean(_first(row, "company"))
    url = http_url(_first(row, "url"))
    source_id = clean(_first(row, "id")) or url or ""
    missing = [name for name, value in (("title", title), ("company", company), ("http(s) url", url)) if not value]
    problems = [f"missing {', '.join(missing)}"] if missing else []
    low, bad_low = _amount(row, "salary_min")
    high, bad_high = _amount(row, "salary_max")
    posted, bad_date = _posted(_first(row, "posted"))
    problems += [p for p in (bad_low, bad_high, bad_date) if p]
    if low is not None and high is not None and low > high:
        problems.append(f"salary minimum {low:g} is above the maximum {high:g}")
    if problems:
        return Reject(reason=f"row {number}: " + "; ".join(problems), payload=row, source_posting_id=source_id or None)
    description = _first(row, "description")
    locations = split_locations(_first(row, "location"))
    remote = str(row.get("is_remote", "")).strip().lower() in _TRUE
    return Posting(
        source_posting_id=source_id, title=title, company=company, url=url or "", payload=row,
        description_text=description if isinstance(description, str) else None,
        locations=locations, work_mode="remote" if remote else work_mode_from_text(*locations),
        employment_type=clean(_first(row, "employment_type")) or None,
        salary_min=low, salary_max=high,
        salary_currency=clean(_first(row, "currency")).upper() or None if low or high else None,
        salary_period=period_from_label(_first(row, "period")) if low or high else None,
        posted_at=posted,
        expires_at=(now + timedelta(days=LIFETIME_DAYS)).isoformat(timespec="seconds"),
        attributes={"import_site": clean(row.get("site"))} if row.get("site") else {},
    )


def import_records(path: Path, source: str, run_id: str, now: datetime | None = None) -> list[dict[str, Any]]:
    """The landing records of one file: a posting or reject per row, then the source-run record."""
    now = now or datetime.now(UTC)
    board = source.split(":", 1)[1]
    run = SourceRun(source=source, platform=PLATFORM, board=board, company="", listing="window",
                    started_at=now.isoformat(timespec="seconds"))
    envelope = {"run_id": run_id, "source": source, "platform": PLATFORM, "board": board,
                "request_url": path.resolve().as_uri(), "fetched_at": now.isoformat(timespec="seconds")}
    records: list[dict[str, Any]] = []
    seen: set[str] = set()
    for number, row in read_rows(path):
        run.requests += 1
        if isinstance(row, str):
            run.rejects += 1
            records.append(reject_record(envelope, Reject(reason=row, payload=None)))
            continue
        parsed = parse_row(row, number, now)
        if isinstance(parsed, Posting):
            parsed = bounded(parsed)
        if isinstance(parsed, Posting) and parsed.source_posting_id in seen:
            parsed = Reject(reason=f"row {number}: the same posting ({parsed.source_posting_id}) appears earlier "
                                   "in the file", payload=row, source_posting_id=parsed.source_posting_id)
        if isinstance(parsed, Reject):
            run.rejects += 1
            records.append(reject_record(envelope, parsed))
        else:
            seen.add(parsed.source_posting_id)
            run.postings += 1
            records.append(posting_record(envelope, parsed))
    run.responses = run.requests
    if not run.requests:
        run.notes.append(f"{path.name} holds no rows")
    records.append(run.record(run_id))
    return records
