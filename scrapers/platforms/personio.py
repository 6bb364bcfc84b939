"""Personio XML feed: ``GET https://{company}.jobs.personio.de/xml``.

The feed (``<workzag-jobs>`` of ``<position>`` elements) is off for many accounts: a 404 or an empty
feed is an ordinary outcome, recorded as an empty run with the reason, not as a failure.
``yearsOfExperience`` and ``seniority`` are kept as attributes. The XML is parsed without entities or
network access, since the body is untrusted.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from lxml import etree
from scrapy.http import Response

from scrapers.html_text import html_to_text
from scrapers.items import Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import (
    ShapeError,
    clean,
    first_text,
    guarded,
    iso_or_none,
    number_or_none,
    period_from_label,
)
from scrapers.sources import Source

API = "https://{token}.jobs.personio.de/xml"
EMPLOYMENT_TYPES = {"permanent": "full-time", "intern": "intern", "trainee": "intern", "freelance": "contract",
                    "temporary": "temporary", "working_student": "part-time"}


def safe_xml(body: bytes) -> etree._Element:
    """Parse untrusted XML: no entity expansion, no DTD or network fetches."""
    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False,
                             remove_comments=True)
    try:
        root = etree.fromstring(body, parser=parser)
    except etree.XMLSyntaxError as exc:
        raise ValueError(f"not well-formed XML: {exc}") from exc
    if root is None:
        raise ValueError("empty XML document")
    return root


def _text(element: etree._Element, path: str) -> str:
    found = element.find(path)
    return clean(found.text) if found is not None and found.text else ""


def position_to_dict(position: etree._Element) -> dict[str, Any]:
    """The position element as a JSON-able payload, keeping every field the feed sends."""
    out: dict[str, Any] = {}
    for child in position:
        if not isinstance(child.tag, str):
            continue
        if child.tag == "jobDescriptions":
            out["jobDescriptions"] = [
                {"name": _text(d, "name"), "value": (d.findtext("value") or "").strip()}
                for d in child.findall("jobDescription")
            ]
        elif child.tag == "salaryInformation":
            out["salaryInformation"] = {c.tag: clean(c.text) for c in child if isinstance(c.tag, str)}
        elif child.tag == "additionalOffices":
            out["additionalOffices"] = [clean(o.text) for o in child if clean(o.text)]
        else:
            out[child.tag] = clean(child.text)
    return out


def parse_position(position: dict[str, Any], source: Source) -> Posting | Reject:
    position_id = clean(position.get("id"))
    if not position_id:
        return Reject("position has no id", position)
    title = clean(position.get("name"))
    if not title:
        return Reject("position has no name", position, position_id)
    url = f"https://{source.token}.jobs.personio.de/job/{position_id}"
    html = "\n".join(f"<h3>{d['name']}</h3>{d['value']}" for d in position.get("jobDescriptions") or [])
    offices = [o for o in [clean(position.get("office")), *position.get("additionalOffices", [])] if o]
    salary = position.get("salaryInformation") or {}
    mode = "remote" if any(o.lower() == "remote" for o in offices) else "unknown"
    return Posting(
        source_posting_id=position_id,
        title=title,
        company=source.company,
        url=url,
        payload=position,
        description_html=html or None,
        description_text=html_to_text(html) or None,
        locations=offices,
        work_mode=mode,
        employment_type=EMPLOYMENT_TYPES.get(clean(position.get("employmentType")).lower()),
        department=clean(position.get("department")) or None,
        salary_min=number_or_none(salary.get("min") or None),
        salary_max=number_or_none(salary.get("max") or None),
        salary_currency=clean(salary.get("currencyCode")).upper() or None,
        salary_period=period_from_label(salary.get("type")),
        apply_url=url,
        posted_at=iso_or_none(position.get("createdAt")),
        attributes={k: v for k, v in {
            "years_of_experience": clean(position.get("yearsOfExperience")) or None,
            "seniority": clean(position.get("seniority")) or None,
            "schedule": clean(position.get("schedule")) or None,
            "subcompany": clean(position.get("subcompany")) or None,
            "keywords": first_text(position.get("keywords")) or None,
        }.items() if v},
    )


def parse_feed(root: etree._Element, source: Source) -> list[Posting | Reject]:
    if root.tag != "workzag-jobs":
        raise ShapeError(f"expected a <workzag-jobs> feed, got <{root.tag}>")
    return [guarded(parse_position, position_to_dict(p), source) for p in root.findall("position")]


class PersonioBoardSpider(BoardSpider):
    platform = "personio"
    not_found_is_empty = True

    def board_url(self, source: Source) -> str:
        return API.format(token=source.token)

    def decode(self, response: Response, step: str) -> Any:
        return safe_xml(response.body)

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_feed(data, source)
