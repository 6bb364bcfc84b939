"""SmartRecruiters posting API: the company's paged list, then each posting's detail.

List: ``GET https://api.smartrecruiters.com/v1/companies/{id}/postings?limit=100&offset=N`` answers
``{"offset", "limit", "totalFound", "content": [...]}``; the next page is asked for while
``offset + len(content) < totalFound``. Detail: ``.../postings/{postingId}`` adds ``jobAd.sections``
(companyDescription, jobDescription, qualifications, additionalInformation), ``postingUrl`` and
``compensation``. ``experienceLevel`` is kept as an attribute.
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
    period_from_label,
)
from scrapers.sources import Source

API = "https://api.smartrecruiters.com/v1/companies/{token}/postings"
PAGE_SIZE = 100
SECTIONS = ("jobDescription", "qualifications", "additionalInformation", "companyDescription")
EMPLOYMENT_TYPES = {"permanent": "full-time", "full-time": "full-time", "part-time": "part-time",
                    "intern": "intern", "contract": "contract", "temporary": "temporary"}


def parse_list(data: Any, source: Source) -> list[Follow | Reject]:
    if not (isinstance(data, dict) and isinstance(data.get("content"), list)):
        raise ShapeError("expected {'offset': ..., 'totalFound': ..., 'content': [...]}")
    out: list[Follow | Reject] = []
    for entry in data["content"]:
        posting_id = clean(entry.get("id")) if isinstance(entry, dict) else ""
        if not posting_id:
            out.append(Reject("posting has no id", entry))
            continue
        out.append(Follow(f"{API.format(token=source.token)}/{posting_id}", "detail", {"entry": entry}))
    offset = number_or_none(data.get("offset")) or 0
    total = number_or_none(data.get("totalFound")) or 0
    following = int(offset) + len(data["content"])
    if data["content"] and following < total:
        out.append(Follow(f"{API.format(token=source.token)}?limit={PAGE_SIZE}&offset={following}", "board"))
    return out


def _location(loc: Any) -> tuple[list[str], str]:
    if not isinstance(loc, dict):
        return [], "unknown"
    place = first_text(loc.get("fullLocation"), ", ".join(
        clean(loc.get(k)) for k in ("city", "region", "country") if clean(loc.get(k))))
    mode = "remote" if loc.get("remote") is True else "hybrid" if loc.get("hybrid") is True else \
        "onsite" if loc.get("remote") is False and place else "unknown"
    return ([place] if place else []), mode


def parse_detail(detail: Any, entry: dict[str, Any], source: Source) -> Posting | Reject:
    if not isinstance(detail, dict):
        raise ShapeError("expected a posting object")
    posting = {**entry, **detail}
    posting_id = clean(posting.get("id"))
    title = clean(posting.get("name"))
    if not title:
        return Reject("posting has no name", posting, posting_id)
    url = http_url(posting.get("postingUrl")) or f"https://jobs.smartrecruiters.com/{source.token}/{posting_id}"
    sections = mapping(mapping(posting.get("jobAd")).get("sections"))
    parts = []
    for key in SECTIONS:
        section = mapping(sections.get(key))
        if clean(section.get("text")):
            parts.append(f"<h3>{clean(section.get('title'))}</h3>{section['text']}")
    html = "\n".join(parts) or None
    locations, work_mode = _location(posting.get("location"))
    pay = mapping(posting.get("compensation"))
    company = mapping(posting.get("company"))
    level = mapping(posting.get("experienceLevel"))
    employment = mapping(posting.get("typeOfEmployment"))
    department = mapping(posting.get("department"))
    function = mapping(posting.get("function"))
    return Posting(
        source_posting_id=posting_id,
        title=title,
        company=first_text(company.get("name"), source.company),
        url=url,
        payload=posting,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=locations,
        work_mode=work_mode,
        employment_type=EMPLOYMENT_TYPES.get(clean(employment.get("id")).lower()),
        department=first_text(department.get("label"), function.get("label")) or None,
        salary_min=number_or_none(pay.get("min")),
        salary_max=number_or_none(pay.get("max")),
        salary_currency=clean(pay.get("currency")).upper() or None,
        salary_period=period_from_label(pay.get("period")),
        apply_url=http_url(posting.get("applyUrl")) or url,
        posted_at=iso_or_none(posting.get("releasedDate")),
        attributes={k: v for k, v in {
            "experience_level": clean(level.get("id")) or None,
            "experience_level_label": clean(level.get("label")) or None,
            "function": clean(function.get("id")) or None,
        }.items() if v},
    )


class SmartRecruitersBoardSpider(BoardSpider):
    platform = "smartrecruiters"

    def board_url(self, source: Source) -> str:
        return f"{API.format(token=source.token)}?limit={PAGE_SIZE}&offset=0"

    def parse_page(self, data: Any, source: Source, step: str,
                   context: dict[str, Any]) -> Iterable[Posting | Reject | Follow]:
        if step == "board":
            return parse_list(data, source)
        return [guarded(parse_detail, data, context["entry"], source)]
