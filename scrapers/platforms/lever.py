"""Lever postings API: ``GET https://api.lever.co/v0/postings/{company}?mode=json``.

EU accounts live on ``api.eu.lever.co`` (``region: eu`` in sources.yaml). Timestamps are epoch
milliseconds. ``workplaceType`` and ``salaryRange`` are kept; the description is the opening, the
body, each titled list and the closing, in the order the hosted page shows them.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapers.html_text import html_to_text
from scrapers.items import Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import (
    ShapeError,
    clean,
    epoch_ms_to_iso,
    guarded,
    http_url,
    number_or_none,
    split_locations,
    work_mode_from_label,
    work_mode_from_text,
)
from scrapers.sources import Source

HOSTS = {"global": "https://api.lever.co", "eu": "https://api.eu.lever.co"}

SALARY_PERIODS = {
    "per-year-salary": "year",
    "per-month-salary": "month",
    "per-week-salary": "week",
    "per-day-wage": "day",
    "per-hour-wage": "hour",
    "one-time": "one_time",
}


def _description_html(posting: dict[str, Any]) -> str | None:
    parts: list[str] = []
    if isinstance(posting.get("description"), str):
        parts.append(posting["description"])
    else:
        parts += [posting[k] for k in ("opening", "descriptionBody") if isinstance(posting.get(k), str)]
    for block in posting.get("lists") or []:
        if isinstance(block, dict):
            parts.append(f"<h3>{block.get('text') or ''}</h3><ul>{block.get('content') or ''}</ul>")
    if isinstance(posting.get("additional"), str):
        parts.append(posting["additional"])
    joined = "\n".join(p for p in parts if p and p.strip())
    return joined or None


def parse_posting(posting: Any, source: Source) -> Posting | Reject:
    if not isinstance(posting, dict):
        return Reject("posting is not a JSON object", posting)
    posting_id = clean(posting.get("id"))
    if not posting_id:
        return Reject("posting has no id", posting)
    title = clean(posting.get("text"))
    if not title:
        return Reject("posting has no title ('text')", posting, posting_id)
    url = http_url(posting.get("hostedUrl"))
    if not url:
        return Reject("posting has no http(s) hostedUrl", posting, posting_id)
    categories = posting.get("categories") if isinstance(posting.get("categories"), dict) else {}
    locations = split_locations(categories.get("location"), categories.get("allLocations") or [])
    salary = posting.get("salaryRange") if isinstance(posting.get("salaryRange"), dict) else {}
    description_html = _description_html(posting)
    return Posting(
        source_posting_id=posting_id,
        title=title,
        company=source.company,
        url=url,
        payload=posting,
        description_html=description_html,
        description_text=html_to_text(description_html) or clean(posting.get("descriptionPlain")) or None,
        locations=locations,
        work_mode=work_mode_from_label(posting.get("workplaceType")) or work_mode_from_text(*locations),
        employment_type=clean(categories.get("commitment")).lower() or None,
        department=clean(categories.get("department") or categories.get("team")) or None,
        salary_min=number_or_none(salary.get("min")),
        salary_max=number_or_none(salary.get("max")),
        salary_currency=clean(salary.get("currency")).upper() or None,
        salary_period=SALARY_PERIODS.get(clean(salary.get("interval"))) if salary else None,
        apply_url=http_url(posting.get("applyUrl")) or url,
        posted_at=epoch_ms_to_iso(posting.get("createdAt")),
        updated_at=epoch_ms_to_iso(posting.get("updatedAt")),
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    if isinstance(data, list):
        return [guarded(parse_posting, p, source) for p in data]
    if isinstance(data, dict) and data.get("ok") is False:
        raise ShapeError(f"Lever answered an error: {data.get('error')!r}")
    if isinstance(data, dict) and "id" in data and "text" in data:
        return [guarded(parse_posting, data, source)]
    raise ShapeError("expected a JSON array of postings or a single posting object")


class LeverBoardSpider(BoardSpider):
    platform = "lever"

    def board_url(self, source: Source) -> str:
        return f"{HOSTS[source.region]}/v0/postings/{source.token}?mode=json"

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
