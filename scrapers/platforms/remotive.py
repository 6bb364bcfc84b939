"""Remotive API: ``GET https://remotive.com/api/remote-jobs`` (optionally ``?category=...``).

The envelope carries notices (``00-warning``, ``0-legal-notice``) and ``jobs``; older dumps are a bare
array of jobs, accepted too. Its terms ask for a link back: the Remotive URL is kept as ``url`` and
``attribution``. ``salary`` is free text, kept raw for the salary parser. A window of recent jobs:
postings expire 30 days after publication instead of closing by absence.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapers.html_text import html_to_text
from scrapers.items import Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import ShapeError, clean, days_after, guarded, http_url, iso_or_none, split_locations
from scrapers.sources import Source

API = "https://remotive.com/api/remote-jobs"
WINDOW_DAYS = 30
EMPLOYMENT_TYPES = {"full_time": "full-time", "part_time": "part-time", "contract": "contract",
                    "freelance": "contract", "internship": "intern"}


def parse_job(job: Any) -> Posting | Reject:
    if not isinstance(job, dict):
        return Reject("job entry is not a JSON object", job)
    job_id = clean(job.get("id"))
    if not job_id:
        return Reject("job has no id", job)
    title, company = clean(job.get("title")), clean(job.get("company_name"))
    if not title or not company:
        return Reject("job has no title or company_name", job, job_id)
    url = http_url(job.get("url"))
    if not url:
        return Reject("job has no http(s) url", job, job_id)
    published = clean(job.get("publication_date"))
    posted = iso_or_none(published + "+00:00" if published and "+" not in published[10:] else published)
    html = job.get("description") if isinstance(job.get("description"), str) else None
    return Posting(
        source_posting_id=job_id,
        title=title,
        company=company,
        url=url,
        payload=job,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=split_locations(job.get("candidate_required_location")),
        work_mode="remote",
        employment_type=EMPLOYMENT_TYPES.get(clean(job.get("job_type")).lower()),
        department=clean(job.get("category")) or None,
        apply_url=url,
        posted_at=posted,
        expires_at=days_after(posted, WINDOW_DAYS),
        attributes={k: v for k, v in {
            "attribution": "Remotive", "attribution_url": url,
            "salary_text": clean(job.get("salary")) or None,
            "tags": [clean(t) for t in job.get("tags") or [] if clean(t)],
        }.items() if v},
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    jobs = data.get("jobs") if isinstance(data, dict) else data
    if not isinstance(jobs, list):
        raise ShapeError("expected {'jobs': [...]} or a JSON array of jobs")
    return [guarded(parse_job, job) for job in jobs]


class RemotiveBoardSpider(BoardSpider):
    platform = "remotive"
    listing = "window"

    def board_url(self, source: Source) -> str:
        return API

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
