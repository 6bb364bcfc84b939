"""Career and job pages that embed a schema.org ``JobPosting`` (JSON-LD, ``@graph`` and lists; microdata
as the fallback), read with extruct.

A source lists ``pages``. A page holding JobPostings yields them; a careers index without any is
searched for links to job pages on the same site, which are fetched once each. A page that still has
none becomes a reject with the reason, so a redesigned careers page is visible, not silent.
``educationRequirements`` (with ``credentialCategory``), ``experienceRequirements.monthsOfExperience``
and ``experienceInPlaceOfEducation`` are kept as attributes for the degree rules; ``validThrough``
becomes ``expires_at``.
"""

from __future__ import annotations

import hashlib
import html as html_lib
import json
import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import urljoin, urlsplit

import extruct
from lxml import html as lxml_html
from scrapy.http import Response, TextResponse

from scrapers.html_text import html_to_text
from scrapers.items import Follow, Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import (
    clean,
    first_text,
    guarded,
    http_url,
    iso_or_none,
    number_or_none,
    period_from_label,
)
from scrapers.sources import Source

MAX_JOB_LINKS = 50
_JOB_LINK = re.compile(r"/(jobs?|careers?|positions?|openings?|vacanc(y|ies)|offer|stellen)(/|-|\?|$)", re.I)


def _is_job_posting(item: Any) -> bool:
    kind = item.get("@type") if isinstance(item, dict) else None
    return kind == "JobPosting" or (isinstance(kind, list) and "JobPosting" in kind)


def _walk(node: Any) -> Iterator[dict[str, Any]]:
    if isinstance(node, list):
        for child in node:
            yield from _walk(child)
    elif isinstance(node, dict):
        if _is_job_posting(node):
            yield node
        for key in ("@graph", "itemListElement", "item", "mainEntity"):
            if key in node:
                yield from _walk(node[key])


def _script_blocks(page: str) -> list[Any]:
    """Each ld+json block parsed on its own, so one broken block does not hide the others."""
    try:
        root = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    blocks = []
    for script in root.xpath('//script[contains(translate(@type, "LDJSON", "ldjson"), "ld+json")]'):
        text = (script.text or "").strip()
        if not text:
            continue
        try:
            blocks.append(json.loads(text, strict=False))
        except ValueError:
            continue
    return blocks


def extract_job_postings(page: str, url: str) -> list[dict[str, Any]]:
    """Every schema.org JobPosting on the page: JSON-LD first, microdata when there is no JSON-LD one."""
    try:
        found = extruct.extract(page, base_url=url, syntaxes=["json-ld"], errors="strict").get("json-ld", [])
    except Exception:  # noqa: BLE001 - extruct fails the whole page on one bad block; parse block by block
        found = _script_blocks(page)
    postings = list(_walk(found))
    if postings:
        return postings
    try:
        micro = extruct.extract(page, base_url=url, syntaxes=["microdata"], uniform=True, errors="ignore")
    except Exception:  # noqa: BLE001 - markup too broken for microdata as well
        return []
    return list(_walk(micro.get("microdata", [])))


def job_links(page: str, url: str) -> list[str]:
    """Links on a careers index that look like job pages on the same site."""
    try:
        root = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    host = urlsplit(url).netloc
    out: list[str] = []
    for href in root.xpath("//a/@href"):
        target = urljoin(url, str(href)).split("#")[0]
        if urlsplit(target).netloc == host and target != url and _JOB_LINK.search(urlsplit(target).path + "?"):
            if http_url(target) and target not in out:
                out.append(target)
    return out[:MAX_JOB_LINKS]


def _name(value: Any) -> str:
    if isinstance(value, dict):
        return first_text(value.get("name"), value.get("@value"))
    if isinstance(value, list):
        return first_text(*(_name(v) for v in value))
    return clean(value)


def _places(item: dict[str, Any]) -> list[str]:
    raw = item.get("jobLocation")
    places = raw if isinstance(raw, list) else [raw] if raw else []
    out = []
    for place in places:
        if not isinstance(place, dict):
            text = clean(place)
        else:
            address = place.get("address")
            if isinstance(address, dict):
                parts = [_name(address.get(k)) for k in ("addressLocality", "addressRegion", "addressCountry")]
                text = ", ".join(p for p in parts if p) or clean(place.get("name"))
            else:
                text = clean(address) or clean(place.get("name"))
        if text and text not in out:
            out.append(text)
    requirements = item.get("applicantLocationRequirements") or []
    for requirement in requirements if isinstance(requirements, list) else [requirements]:
        text = _name(requirement)
        if text and text not in out:
            out.append(text)
    return out


def _salary(item: dict[str, Any]) -> tuple[float | None, float | None, str | None, str | None]:
    salary = item.get("baseSalary") or item.get("estimatedSalary")
    salary = salary[0] if isinstance(salary, list) and salary else salary
    if not isinstance(salary, dict):
        return None, None, None, None
    value = salary.get("value")
    currency = clean(salary.get("currency")).upper() or None
    if isinstance(value, dict):
        low = number_or_none(value.get("minValue")) or number_or_none(value.get("value"))
        high = number_or_none(value.get("maxValue")) or low
        unit = value.get("unitText") or salary.get("unitText") or salary.get("unitCode")
    else:
        low = high = number_or_none(value)
        unit = salary.get("unitText") or salary.get("unitCode")
    unit = {"ANN": "year", "MON": "month", "HUR": "hour", "WEE": "week", "DAY": "day"}.get(clean(unit).upper(), unit)
    return low, high, currency, period_from_label(unit)


def loose_iso(value: Any) -> str | None:
    """schema.org dates as sites write them: ISO-8601, a bare date, or '2020-10-20 20:28:32 UTC'."""
    text = re.sub(r"\s*UTC$", "+00:00", clean(value))
    return iso_or_none(text)


def _credentials(value: Any) -> list[str]:
    values = value if isinstance(value, list) else [value] if value else []
    out = []
    for entry in values:
        if isinstance(entry, dict):
            text = first_text(entry.get("credentialCategory"), entry.get("name"))
        else:
            text = clean(entry)
        if text:
            out.append(text)
    return out


def _months(value: Any) -> float | None:
    entries = value if isinstance(value, list) else [value]
    for entry in entries:
        if isinstance(entry, dict) and number_or_none(entry.get("monthsOfExperience")) is not None:
            return number_or_none(entry.get("monthsOfExperience"))
    return None


def parse_job_posting(item: dict[str, Any], page_url: str, source: Source, index: int = 0) -> Posting | Reject:
    title = clean(item.get("title")) or clean(item.get("name"))
    if not title:
        return Reject(f"JobPosting on {page_url} has no title", item)
    identifier = item.get("identifier")
    if isinstance(identifier, dict):
        ident = first_text(identifier.get("value"), identifier.get("name"))
    else:
        ident = clean(identifier)
    item_url = http_url(item.get("url"))
    url = item_url if item_url and _JOB_LINK.search(urlsplit(item_url).path + "?") else page_url
    key = ident or (url if url != page_url or index == 0 else f"{page_url}#{index}")
    description = item.get("description") if isinstance(item.get("description"), str) else ""
    if "&lt;" in description and "<" not in description:
        description = html_lib.unescape(description)
    low, high, currency, period = _salary(item)
    remote = "TELECOMMUTE" in json.dumps(item.get("jobLocationType") or "").upper()
    employment = item.get("employmentType")
    employment = employment[0] if isinstance(employment, list) and employment else employment
    experience = item.get("experienceRequirements")
    return Posting(
        source_posting_id=hashlib.sha1(key.encode()).hexdigest()[:16] if len(key) > 64 else key,
        title=title,
        company=_name(item.get("hiringOrganization")) or source.company,
        url=url,
        payload=item,
        description_html=description or None,
        description_text=html_to_text(description) or None,
        locations=_places(item),
        work_mode="remote" if remote else "unknown",
        employment_type=clean(employment).lower().replace("_", "-") or None,
        salary_min=low,
        salary_max=high,
        salary_currency=currency,
        salary_period=period,
        apply_url=url,
        posted_at=loose_iso(item.get("datePosted")),
        expires_at=loose_iso(item.get("validThrough")),
        attributes={k: v for k, v in {
            "education_requirements": _credentials(item.get("educationRequirements")) or None,
            "experience_months": _months(experience),
            "experience_requirements": clean(experience) if isinstance(experience, str) else None,
            "experience_in_place_of_education": item.get("experienceInPlaceOfEducation")
            if isinstance(item.get("experienceInPlaceOfEducation"), bool) else None,
            # a block of requirements, often the only place a page states its degree and years: kept with its
            # line breaks, so the enrichment rules read it as they read a description
            "qualifications": html_to_text(item["qualifications"]) or None
            if isinstance(item.get("qualifications"), str) else None,
            "job_location_type": clean(item.get("jobLocationType")) or None,
            "organization_url": http_url(item.get("hiringOrganization", {}).get("sameAs"))
            if isinstance(item.get("hiringOrganization"), dict) else None,
            "number_of_employees": item.get("hiringOrganization", {}).get("numberOfEmployees")
            if isinstance(item.get("hiringOrganization"), dict) else None,
            "page_url": page_url,
        }.items() if v is not None},
    )


def parse_page(page: str, page_url: str, source: Source, step: str) -> list[Posting | Reject | Follow]:
    items = extract_job_postings(page, page_url)
    if items:
        return [guarded(parse_job_posting, item, page_url, source, i) for i, item in enumerate(items)]
    if step == "page":
        links = job_links(page, page_url)
        if links:
            return [Follow(link, "job") for link in links]
    return [Reject(f"no schema.org JobPosting on {page_url}", {"url": page_url, "html_excerpt": page[:2000]})]


class JsonLdBoardSpider(BoardSpider):
    platform = "jsonld"

    def start_follows(self, source: Source) -> list[Follow]:
        pages = source.pages or ([source.api_url] if source.api_url else [])
        return [Follow(page, "page") for page in pages]

    def decode(self, response: Response, step: str) -> Any:
        if not isinstance(response, TextResponse):
            raise ValueError(f"expected an HTML page, got {response.headers.get('Content-Type')!r}")
        return response.url, response.text

    def parse_page(self, data: Any, source: Source, step: str,
                   context: dict[str, Any]) -> Iterable[Posting | Reject | Follow]:
        url, page = data
        return parse_page(page, url, source, step)
