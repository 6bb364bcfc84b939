"""Remote OK API: ``GET https://remoteok.com/api``.

An array whose first element is the legal notice (``{"legal": ...}``), then the latest jobs. Its terms
ask for attribution: each posting keeps the Remote OK link as ``url`` and ``attribution``. The feed is
a window of recent jobs, so a job missing from it is not closed; it expires 30 days after posting.
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
    days_after,
    epoch_ms_to_iso,
    guarded,
    http_url,
    iso_or_none,
    number_or_none,
    split_locations,
)
from scrapers.sources import Source

API = "https://remoteok.com/api"
WINDOW_DAYS = 30


def parse_job(job: Any) -> Posting | Reject | None:
    if not isinstance(job, dict):
        return Reject("job entry is not a JSON object", job)
    if "legal" in job and "id" not in job:
        return None
    job_id = clean(job.get("id"))
    title, company = clean(job.get("position")), clean(job.get("company"))
    if not job_id:
        return Reject("job has no id", job)
    if not title or not company:
        return Reject("job has no position or company", job, job_id)
    url = http_url(job.get("url"))
    if not url:
        return Reject("job has no http(s) url", job, job_id)
    epoch = number_or_none(job.get("epoch"))
    posted = iso_or_none(job.get("date")) or (epoch_ms_to_iso(epoch * 1000) if epoch else None)
    low, high = number_or_none(job.get("salary_min")), number_or_none(job.get("salary_max"))
    html = job.get("description") if isinstance(job.get("description"), str) else None
    tags = [clean(t) for t in job.get("tags") or [] if clean(t)]
    return Posting(
        source_posting_id=job_id,
        title=title,
        company=company,
        url=url,
        payload=job,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=split_locations(job.get("location")),
        work_mode="remote",
        salary_min=low or None,
        salary_max=high or None,
        salary_currency="USD" if (low or high) else None,
        salary_period="year" if (low or high) else None,
        apply_url=http_url(job.get("apply_url")) or url,
        posted_at=posted,
        expires_at=days_after(posted, WINDOW_DAYS),
        attributes={"attribution": "Remote OK", "attribution_url": url, "tags": tags},
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    if not isinstance(data, list):
        raise ShapeError("expected a JSON array (legal notice, then jobs)")
    return [r for r in (guarded(parse_job, job) for job in data) if r is not None]


class RemoteOkBoardSpider(BoardSpider):
    platform = "remoteok"
    listing = "window"

    def board_url(self, source: Source) -> str:
        return API

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
