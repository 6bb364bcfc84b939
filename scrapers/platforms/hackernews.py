"""Hacker News "Ask HN: Who is hiring?" threads through the HN Algolia API.

Steps: ``search_by_date?tags=story,author_whoishiring`` lists the monthly threads (the same account
also posts "Who wants to be hired?" and freelancer threads, which are skipped); the ``months``
newest hiring threads are fetched with ``/api/v1/items/{id}``; every top-level comment becomes a
posting (``scrapers.platforms.hn_comment`` reads it) or a reject saying why it is not one. Deleted and
dead comments are skipped.

Incremental: the newest comment time seen per thread is kept in ``<landing>/_state/<source>.json``
and only newer comments are emitted; the state advances only when the crawl finishes, together with
the landing file. A thread is a window, not a full listing: postings expire 45 days after the thread.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urljoin

from scrapers.items import Follow, Posting, Reject
from scrapers.platforms.base import BoardSpider
from scrapers.platforms.fields import ShapeError, clean, days_after, guarded, iso_or_none, number_or_none
from scrapers.platforms.hn_comment import paragraphs, parse_comment
from scrapers.sources import Source

SEARCH = "https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=50"
ITEM = "https://hn.algolia.com/api/v1/items/{id}"
THREAD_TITLE = re.compile(r"^\s*Ask HN:\s*Who is hiring\?", re.I)
EXPIRES_AFTER_DAYS = 45


def parse_threads(data: Any, months: int, item_url: str = ITEM) -> list[Follow]:
    """The newest `months` "Who is hiring?" threads in a search_by_date page."""
    if not (isinstance(data, dict) and isinstance(data.get("hits"), list)):
        raise ShapeError("expected a search result {'hits': [...]}")
    threads = [h for h in data["hits"] if isinstance(h, dict) and THREAD_TITLE.match(clean(h.get("title")))
               and clean(h.get("objectID"))]
    threads.sort(key=lambda h: number_or_none(h.get("created_at_i")) or 0, reverse=True)
    return [Follow(item_url.format(id=clean(h["objectID"])), "thread",
                   {"thread_id": clean(h["objectID"]), "title": clean(h.get("title")),
                    "created_at": clean(h.get("created_at"))}) for h in threads[:months]]


def comment_posting(comment: dict[str, Any], thread: dict[str, Any]) -> Posting | Reject:
    comment_id = clean(comment.get("id"))
    job = parse_comment(comment.get("text"))
    if isinstance(job, str):
        return Reject(f"not a job posting: {job}", comment, comment_id)
    url = f"https://news.ycombinator.com/item?id={comment_id}"
    posted = iso_or_none(comment.get("created_at"))
    return Posting(
        source_posting_id=comment_id,
        title=job.title,
        company=job.company,
        url=url,
        payload=comment,
        description_html=comment.get("text"),
        description_text="\n".join(paragraphs(comment.get("text") or "")) or None,
        locations=job.locations,
        work_mode=job.work_mode,
        employment_type=job.employment_type,
        apply_url=job.website or url,
        posted_at=posted,
        expires_at=days_after(iso_or_none(thread.get("created_at")) or posted, EXPIRES_AFTER_DAYS),
        attributes={k: v for k, v in {
            "roles": job.roles, "salary_text": job.salary_text, "company_website": job.website,
            "company_from": job.company_from, "urls": job.urls, "emails": job.emails, "visa": job.visa,
            "interns": job.interns, "first_line": job.first_line, "author": clean(comment.get("author")) or None,
            "thread_id": thread.get("thread_id"), "thread_title": thread.get("title"),
        }.items() if v not in (None, [], "")},
    )


def parse_thread(data: Any, thread: dict[str, Any], since: float = 0) -> tuple[list[Posting | Reject], float]:
    """Postings for the thread's top-level comments newer than `since`, and the newest time seen."""
    if not (isinstance(data, dict) and isinstance(data.get("children"), list)):
        raise ShapeError("expected an item with 'children'")
    out: list[Posting | Reject] = []
    newest = since
    for comment in data["children"]:
        if not isinstance(comment, dict) or comment.get("type", "comment") != "comment":
            continue
        if comment.get("deleted") or comment.get("dead") or not clean(comment.get("text")):
            continue
        created = number_or_none(comment.get("created_at_i")) or 0
        if created and created <= since:
            continue
        newest = max(newest, created)
        out.append(guarded(comment_posting, comment, thread))
    return out, newest


class HackerNewsBoardSpider(BoardSpider):
    platform = "hackernews"
    listing = "window"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._state: dict[str, dict[str, float]] = {}

    def board_url(self, source: Source) -> str:
        return SEARCH

    def state_path(self, source: Source) -> Path | None:
        landing = self.settings.get("BYWAY_LANDING_DIR") if self.settings else None
        return Path(landing) / "_state" / f"{source.name}.json" if landing else None

    def seen(self, source: Source) -> dict[str, float]:
        if source.name not in self._state:
            path = self.state_path(source)
            try:
                self._state[source.name] = json.loads(path.read_text()) if path and path.is_file() else {}
            except (OSError, ValueError):
                self._state[source.name] = {}
        return self._state[source.name]

    def parse_page(self, data: Any, source: Source, step: str,
                   context: dict[str, Any]) -> Iterable[Posting | Reject | Follow]:
        if step == "board":
            # Threads come from the same API host as the search (a mirror or a test server via api_url).
            item_url = urljoin(source.api_url, "/api/v1/items/{id}") if source.api_url else ITEM
            return parse_threads(data, source.months, item_url)
        seen = self.seen(source)
        results, newest = parse_thread(data, context, seen.get(context["thread_id"], 0))
        seen[context["thread_id"]] = newest
        return results

    def closed(self, reason: str) -> None:
        if reason != "finished":
            return
        for source in self.sources:
            path = self.state_path(source)
            if path and source.name in self._state:
                path.parent.mkdir(parents=True, exist_ok=True)
                tmp = path.with_suffix(".tmp")
                tmp.write_text(json.dumps(self._state[source.name], sort_keys=True))
                tmp.replace(path)
