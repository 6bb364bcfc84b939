"""Workable public job widget: the account's list, then each job's detail.

List: ``GET https://apply.workable.com/api/v1/widget/accounts/{account}`` answers
``{"name": ..., "jobs": [{"shortcode", "title", "url", "education", "experience", "telecommuting",
"locations", ...}]}`` without descriptions. Detail: ``GET
https://apply.workable.com/api/v2/accounts/{account}/jobs/{shortcode}`` adds ``description``,
``requirements``, ``benefits`` (HTML) and ``workplace`` (on_site | hybrid | remote). The posting is
the list entry merged with its detail, so ``education`` and ``experience`` from the list survive.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from scrapers.html_text import html_to_text
from scrapers.items import Follow, Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import (
    ShapeError,
    clean,
    first_text,
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

LIST = "https://apply.workable.com/api/v1/widget/accounts/{token}"
DETAIL = "https://apply.workable.com/api/v2/accounts/{token}/jobs/{shortcode}"
EMPLOYMENT_TYPES = {"full-time": "full-time", "full": "full-time", "part-time": "part-time", "part": "part-time",
                    "contract": "contract", "temporary": "temporary", "internship": "intern", "other": None}


def _place(entry: Any) -> str:
    if not isinstance(entry, dict):
        return clean(entry)
    parts = [clean(entry.get(k)) for k in ("city", "region", "country")]
    return ", ".join(p for p in parts if p)


def parse_list(data: Any, source: Source) -> list[Follow | Reject]:
    if not (isinstance(data, dict) and isinstance(data.get("jobs"), list)):
        raise ShapeError("expected {'name': ..., 'jobs': [...]}")
    out: list[Follow | Reject] = []
    for job in data["jobs"]:
        if not isinstance(job, dict) or not clean(job.get("shortcode")):
            out.append(Reject("job has no shortcode", job))
            continue
        url = DETAIL.format(token=source.token, shortcode=clean(job["shortcode"]))
        out.append(Follow(url, "detail", {"job": job, "account": clean(data.get("name"))}))
    return out


def parse_job(listed: dict[str, Any], detail: Any, source: Source, account: str = "") -> Posting | Reject:
    if not isinstance(detail, dict):
        raise ShapeError("expected a job object")
    job = {**listed, **{k: v for k, v in detail.items() if v not in (None, "", [])}}
    shortcode = clean(job.get("shortcode"))
    title = clean(job.get("title"))
    if not title:
        return Reject("job has no title", job, shortcode)
    url = http_url(listed.get("url")) or http_url(listed.get("shortlink")) \
        or f"https://apply.workable.com/{source.token}/j/{shortcode}/"
    places = [_place(p) for p in job.get("locations") or [] if not (isinstance(p, dict) and p.get("hidden"))]
    locations = split_locations(places or _place(job.get("location")) or _place(listed))
    work_mode = work_mode_from_label(clean(job.get("workplace")).replace("_", " "))
    if work_mode is None:
        work_mode = "remote" if job.get("remote") is True or job.get("telecommuting") is True \
            else work_mode_from_text(*locations)
    sections = [job.get(k) for k in ("description", "requirements", "benefits") if isinstance(job.get(k), str)]
    html = "\n".join(sections) or None
    salary = mapping(job.get("salary"))
    department = job.get("department")
    if isinstance(department, list):
        department = " / ".join(clean(d) for d in department if clean(d))
    return Posting(
        source_posting_id=shortcode,
        title=title,
        company=first_text(account, source.company),
        url=url,
        payload=job,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=locations,
        work_mode=work_mode,
        employment_type=EMPLOYMENT_TYPES.get(first_text(job.get("employment_type"), job.get("type")).lower()),
        department=clean(department) or None,
        salary_min=number_or_none(salary.get("salary_from")),
        salary_max=number_or_none(salary.get("salary_to")),
        salary_currency=clean(salary.get("salary_currency")).upper() or None,
        apply_url=http_url(listed.get("application_url")) or url,
        posted_at=iso_or_none(first_text(job.get("published"), listed.get("published_on"), listed.get("created_at"))),
        attributes={k: v for k, v in {
            "education": clean(listed.get("education")) or None,
            "experience": clean(listed.get("experience")) or None,
            "workplace": clean(job.get("workplace")) or None,
            "telecommuting": job.get("telecommuting") if isinstance(job.get("telecommuting"), bool) else None,
            "function": clean(listed.get("function")) or None,
            "industry": clean(listed.get("industry")) or None,
        }.items() if v is not None},
    )


class WorkableBoardSpider(BoardSpider):
    platform = "workable"

    def board_url(self, source: Source) -> str:
        return LIST.format(token=source.token)

    def parse_page(self, data: Any, source: Source, step: str,
                   context: dict[str, Any]) -> Iterable[Posting | Reject | Follow]:
        if step == "board":
            return parse_list(data, source)
        return [guarded(parse_job, context["job"], data, source, context.get("account", ""))]
