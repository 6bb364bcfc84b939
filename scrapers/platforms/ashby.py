"""Ashby posting API: ``GET https://api.ashbyhq.com/posting-api/job-board/{name}?includeCompensation=true``.

``workplaceType`` is preferred over the older ``isRemote`` flag. Compensation tiers stay in the raw
payload; the normalised salary is the salary components' overall range. Unlisted jobs
(``isListed: false``) are not public postings and are skipped.
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
    guarded,
    http_url,
    iso_or_none,
    mapping,
    number_or_none,
    split_locations,
    work_mode_from_label,
    work_mode_from_text,
)
from scrapers.sources import Source

API = "https://api.ashbyhq.com/posting-api/job-board/{token}?includeCompensation=true"

EMPLOYMENT_TYPES = {
    "FullTime": "full-time",
    "PartTime": "part-time",
    "Intern": "intern",
    "Contract": "contract",
    "Temporary": "temporary",
}
INTERVALS = {"1 YEAR": "year", "1 MONTH": "month", "1 WEEK": "week", "1 DAY": "day", "1 HOUR": "hour"}


def _salary(job: dict[str, Any]) -> tuple[float | None, float | None, str | None, str | None]:
    """The overall salary range across tiers, when every salary component agrees on currency and period."""
    compensation = mapping(job.get("compensation"))
    components = [
        c for tier in compensation.get("compensationTiers") or [] if isinstance(tier, dict)
        for c in tier.get("components") or []
        if isinstance(c, dict) and c.get("compensationType") == "Salary"
    ] or [
        c for c in compensation.get("summaryComponents") or []
        if isinstance(c, dict) and c.get("compensationType") == "Salary"
    ]
    if not components:
        return None, None, None, None
    currencies = {clean(c.get("currencyCode")).upper() for c in components}
    periods = {INTERVALS.get(clean(c.get("interval"))) for c in components}
    if len(currencies) != 1 or len(periods) != 1:
        return None, None, None, None
    mins = [v for c in components if (v := number_or_none(c.get("minValue"))) is not None]
    maxs = [v for c in components if (v := number_or_none(c.get("maxValue"))) is not None]
    return (min(mins) if mins else None, max(maxs) if maxs else None,
            currencies.pop() or None, periods.pop())


def parse_job(job: Any, source: Source) -> Posting | Reject | None:
    if not isinstance(job, dict):
        return Reject("job entry is not a JSON object", job)
    if job.get("isListed") is False:
        return None
    job_id = clean(job.get("id"))
    if not job_id:
        return Reject("job has no id", job)
    title = clean(job.get("title"))
    if not title:
        return Reject("job has no title", job, job_id)
    url = http_url(job.get("jobUrl"))
    if not url:
        return Reject("job has no http(s) jobUrl", job, job_id)
    secondary = [s.get("location") for s in job.get("secondaryLocations") or [] if isinstance(s, dict)]
    locations = split_locations(job.get("location"), secondary)
    work_mode = work_mode_from_label(job.get("workplaceType"))
    if work_mode is None:
        work_mode = "remote" if job.get("isRemote") is True else work_mode_from_text(*locations)
    salary_min, salary_max, currency, period = _salary(job)
    description_html = job.get("descriptionHtml") if isinstance(job.get("descriptionHtml"), str) else None
    plain = job.get("descriptionPlain") if isinstance(job.get("descriptionPlain"), str) else ""
    return Posting(
        source_posting_id=job_id,
        title=title,
        company=source.company,
        url=url,
        payload=job,
        description_html=description_html,
        description_text=plain.strip() or html_to_text(description_html) or None,
        locations=locations,
        work_mode=work_mode,
        employment_type=EMPLOYMENT_TYPES.get(clean(job.get("employmentType"))),
        department=clean(job.get("department")) or clean(job.get("team")) or None,
        salary_min=salary_min,
        salary_max=salary_max,
        salary_currency=currency,
        salary_period=period,
        apply_url=http_url(job.get("applyUrl")) or url,
        posted_at=iso_or_none(job.get("publishedAt")),
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    if not (isinstance(data, dict) and isinstance(data.get("jobs"), list)):
        raise ShapeError("expected {'jobs': [...]}")
    return [r for r in (guarded(parse_job, job, source) for job in data["jobs"]) if r is not None]


class AshbyBoardSpider(BoardSpider):
    platform = "ashby"

    def board_url(self, source: Source) -> str:
        return API.format(token=source.token)

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
