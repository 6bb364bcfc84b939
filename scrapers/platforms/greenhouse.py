"""Greenhouse job-board API: ``GET https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true``.

``content`` arrives HTML-escaped (``&lt;p&gt;``) and is unescaped exactly once. The top-level
``education`` field is an application-form setting, not the job's degree requirement: it stays in the
raw payload and nothing here reads it. The single-job endpoint (``/jobs/{id}``) answers one job object;
it parses the same way.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from typing import Any

from scrapers.html_text import html_to_text
from scrapers.items import Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import (
    ShapeError,
    clean,
    guarded,
    http_url,
    iso_or_none,
    split_locations,
    work_mode_from_label,
    work_mode_from_text,
)
from scrapers.sources import Source

API = "https://boards-api.greenhouse.io/v1/boards/{token}/jobs?content=true"


def _metadata_value(job: dict[str, Any], pattern: str) -> Any:
    for item in job.get("metadata") or []:
        if isinstance(item, dict) and re.search(pattern, clean(item.get("name")), re.I):
            value = item.get("value")
            return value[0] if isinstance(value, list) and value else value
    return None


def parse_job(job: Any, source: Source) -> Posting | Reject:
    if not isinstance(job, dict):
        return Reject("job entry is not a JSON object", job)
    job_id = clean(job.get("id"))
    if not job_id:
        return Reject("job has no id", job)
    title = clean(job.get("title"))
    if not title:
        return Reject("job has no title", job, job_id)
    url = http_url(job.get("absolute_url"))
    if not url:
        return Reject("job has no http(s) absolute_url", job, job_id)
    content = job.get("content")
    description_html = html.unescape(content) if isinstance(content, str) and content.strip() else None
    location = job.get("location") if isinstance(job.get("location"), dict) else {}
    locations = split_locations(location.get("name"))
    departments = [d for d in job.get("departments") or [] if isinstance(d, dict)]
    work_mode = (
        work_mode_from_label(_metadata_value(job, r"workplace|location type|remote"))
        or work_mode_from_text(*locations)
    )
    return Posting(
        source_posting_id=job_id,
        title=title,
        company=clean(job.get("company_name")) or source.company,
        url=url,
        payload=job,
        description_html=description_html,
        description_text=html_to_text(description_html) or None,
        locations=locations,
        work_mode=work_mode,
        employment_type=clean(_metadata_value(job, r"employment type|commitment")).lower() or None,
        department=clean(departments[0].get("name")) or None if departments else None,
        apply_url=url,
        posted_at=iso_or_none(job.get("first_published")),
        updated_at=iso_or_none(job.get("updated_at")),
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    if isinstance(data, dict) and isinstance(data.get("jobs"), list):
        return [guarded(parse_job, job, source) for job in data["jobs"]]
    if isinstance(data, dict) and "id" in data and "title" in data:
        return [guarded(parse_job, data, source)]
    raise ShapeError("expected {'jobs': [...]} or a single job object")


class GreenhouseBoardSpider(BoardSpider):
    platform = "greenhouse"

    def board_url(self, source: Source) -> str:
        return API.format(token=source.token)

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
