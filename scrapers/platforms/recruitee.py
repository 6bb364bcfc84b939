"""Recruitee careers-site API: ``GET https://{company}.recruitee.com/api/offers/``.

One response holds every published offer with its HTML ``description`` and ``requirements``.
``remote``/``hybrid``/``on_site`` are booleans; ``education_code``, ``experience_code`` and the
structured ``salary`` (min, max, currency, period) are kept.
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
    first_text,
    guarded,
    http_url,
    iso_or_none,
    mapping,
    number_or_none,
    period_from_label,
    split_locations,
    work_mode_from_text,
)
from scrapers.sources import Source

API = "https://{token}.recruitee.com/api/offers/"
EMPLOYMENT_TYPES = {"fulltime": "full-time", "fulltime_permanent": "full-time", "fulltime_fixed_term": "full-time",
                    "parttime": "part-time", "parttime_permanent": "part-time", "internship": "intern",
                    "contract": "contract", "freelance": "contract", "temporary": "temporary"}


def _work_mode(offer: dict[str, Any], locations: list[str]) -> str:
    if offer.get("hybrid") is True:
        return "hybrid"
    if offer.get("remote") is True:
        return "remote"
    if offer.get("on_site") is True:
        return "onsite"
    return work_mode_from_text(*locations)


def parse_offer(offer: Any, source: Source) -> Posting | Reject:
    if not isinstance(offer, dict):
        return Reject("offer is not a JSON object", offer)
    offer_id = clean(offer.get("id"))
    if not offer_id:
        return Reject("offer has no id", offer)
    title = clean(offer.get("title"))
    if not title:
        return Reject("offer has no title", offer, offer_id)
    url = http_url(offer.get("careers_url")) or f"https://{source.token}.recruitee.com/o/{clean(offer.get('slug'))}"
    places = [p.get("name") or ", ".join(clean(p.get(k)) for k in ("city", "country") if clean(p.get(k)))
              for p in offer.get("locations") or [] if isinstance(p, dict)]
    locations = split_locations(places or clean(offer.get("location")))
    parts = [offer.get(k) for k in ("description", "requirements") if isinstance(offer.get(k), str)]
    html = "\n".join(parts) or None
    salary = mapping(offer.get("salary"))
    return Posting(
        source_posting_id=offer_id,
        title=title,
        company=first_text(offer.get("company_name"), source.company),
        url=url,
        payload=offer,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=locations,
        work_mode=_work_mode(offer, locations),
        employment_type=EMPLOYMENT_TYPES.get(clean(offer.get("employment_type_code")).lower()),
        department=clean(offer.get("department")) or None,
        salary_min=number_or_none(salary.get("min")),
        salary_max=number_or_none(salary.get("max")),
        salary_currency=clean(salary.get("currency")).upper() or None,
        salary_period=period_from_label(salary.get("period")),
        apply_url=http_url(offer.get("careers_apply_url")) or url,
        posted_at=iso_or_none(first_text(offer.get("published_at"), offer.get("created_at"))),
        updated_at=iso_or_none(offer.get("updated_at")),
        attributes={k: v for k, v in {
            "education_code": clean(offer.get("education_code")) or None,
            "experience_code": clean(offer.get("experience_code")) or None,
            "remote": offer.get("remote") if isinstance(offer.get("remote"), bool) else None,
            "hybrid": offer.get("hybrid") if isinstance(offer.get("hybrid"), bool) else None,
        }.items() if v is not None},
    )


def parse_board(data: Any, source: Source) -> list[Posting | Reject]:
    if not (isinstance(data, dict) and isinstance(data.get("offers"), list)):
        raise ShapeError("expected {'offers': [...]}")
    return [guarded(parse_offer, offer, source) for offer in data["offers"]]


class RecruiteeBoardSpider(BoardSpider):
    platform = "recruitee"

    def board_url(self, source: Source) -> str:
        return API.format(token=source.token)

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_board(data, source)
