"""We Work Remotely RSS: ``GET https://weworkremotely.com/remote-jobs.rss`` (or a category feed).

Each ``<item>`` title is "Company: Role"; the description is escaped HTML that starts with the
company's headquarters and URL. The item link is the attribution. RSS shows recent jobs only, so
postings expire (the feed's ``expires_at`` when given, else 30 days after ``pubDate``).
"""

from __future__ import annotations

import re
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
    days_after,
    guarded,
    http_url,
    iso_or_none,
    rfc822_to_iso,
    split_locations,
)
from scrapers.platforms.personio import safe_xml
from scrapers.sources import Source

FEED = "https://weworkremotely.com/remote-jobs.rss"
WINDOW_DAYS = 30
_URL_LINE = re.compile(r"<strong>\s*URL:\s*</strong>\s*<a href=\"([^\"]+)\"", re.I)


def item_to_dict(item: etree._Element) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for child in item:
        if not isinstance(child.tag, str):
            continue
        name = etree.QName(child).localname
        out[name] = child.get("url") if name == "content" else (child.text or "").strip()
    return out


def parse_item(item: dict[str, Any]) -> Posting | Reject:
    link = http_url(item.get("link")) or http_url(item.get("guid"))
    heading = clean(item.get("title"))
    company, sep, title = heading.partition(": ")
    if not link:
        return Reject("item has no http(s) link", item)
    if not sep or not company.strip() or not title.strip():
        return Reject("item title is not 'Company: Role'", item, link)
    html = item.get("description") or None
    website = _URL_LINE.search(html or "")
    posted = rfc822_to_iso(item.get("pubDate"))
    region = clean(item.get("region"))
    return Posting(
        source_posting_id=link.rstrip("/").rsplit("/", 1)[-1],
        title=title.strip(),
        company=company.strip(),
        url=link,
        payload=item,
        description_html=html,
        description_text=html_to_text(html) or None,
        locations=split_locations(region, item.get("country")),
        work_mode="remote",
        employment_type={"full-time": "full-time", "contract": "contract", "part-time": "part-time"}.get(
            clean(item.get("type")).lower()),
        department=clean(item.get("category")) or None,
        apply_url=link,
        posted_at=posted,
        expires_at=iso_or_none(item.get("expires_at")) or days_after(posted, WINDOW_DAYS),
        attributes={k: v for k, v in {
            "attribution": "We Work Remotely", "attribution_url": link,
            "company_website": http_url(website.group(1)) if website else None,
            "region": region or None,
        }.items() if v},
    )


def parse_feed(root: etree._Element, source: Source) -> list[Posting | Reject]:
    channel = root.find("channel")
    if root.tag != "rss" or channel is None:
        raise ShapeError(f"expected an RSS <rss><channel> feed, got <{root.tag}>")
    return [guarded(parse_item, item_to_dict(item)) for item in channel.findall("item")]


class WeWorkRemotelyBoardSpider(BoardSpider):
    platform = "weworkremotely"
    listing = "window"

    def board_url(self, source: Source) -> str:
        return FEED

    def decode(self, response: Response, step: str) -> Any:
        return safe_xml(response.body)

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        return parse_feed(data, source)
