"""The discovery crawl: from a company's homepage or careers URL to a validated ATS board.

For each candidate (company name + URL) the spider
1. takes the board straight from the URL when it already is one (``jobs.lever.co/acme``);
2. otherwise fetches the page and reads the boards it links, frames, scripts or configures, and the
   board a careers link redirects to; a homepage with none is followed to its careers links (at most
   ``max_careers_pages``);
3. asks each guessed board's platform API and keeps it only when ``validate`` confirms the company.

Every candidate ends as records of kind ``discovered_board`` in ``<landing>/<run_id>/discover.jsonl``:
one per board tried (``valid``, ``invalid``, or ``unchecked`` when its API could not be reached, with
the reason), or one ``no_board`` / ``unreachable`` record when nothing was found, so a run says what
happened to every company it was given.
"""

from __future__ import annotations

import json
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import quote

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.python.failure import Failure

from scrapers.discovery.detect import BoardHint, board_from_url, careers_links, find_boards
from scrapers.discovery.validate import VALIDATION_URLS, validate
from scrapers.items import utc_now
from scrapers.platforms.base import describe_failure, new_run_id
from scrapers.platforms.hn_comment import company_from_url
from scrapers.platforms.personio import safe_xml


@dataclass(frozen=True)
class Candidate:
    """A company to look for a board for; ``via`` says where byway heard of it (user, hn:<posting>)."""

    company: str
    url: str
    via: str = "user"

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Candidate:
        url = str(data["url"]).strip()
        if not url.lower().startswith(("http://", "https://")):
            url = "https://" + url
        company = str(data.get("company") or "").strip() or company_from_url(url)
        return cls(company=company, url=url, via=str(data.get("via") or "user"))


@dataclass
class _Progress:
    pending: int = 0
    pages_answered: int = 0
    boards: set[tuple[str, str]] = field(default_factory=set)
    errors: list[str] = field(default_factory=list)
    done: bool = False


def validation_url(platform: str, token: str) -> str:
    return VALIDATION_URLS[platform].format(token=quote(token, safe=""))


def decode_validation(platform: str, response: Response) -> Any:
    """The platform API's answer as the validator reads it: parsed XML for Personio, JSON otherwise."""
    if platform == "personio":
        return safe_xml(response.body)
    if not isinstance(response, TextResponse):
        raise ValueError(f"expected a text body, got {response.headers.get('Content-Type')!r}")
    return json.loads(response.text)


class DiscoverySpider(scrapy.Spider):
    name = "discover"
    max_careers_pages = 3
    max_boards_per_company = 3

    def __init__(self, candidates: str, run_id: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        data = json.loads(Path(candidates).read_text(encoding="utf-8"))
        self.candidates = [Candidate.from_dict(item) for item in data]
        self.progress = [_Progress() for _ in self.candidates]
        self.run_id = run_id or new_run_id()

    # -- records -------------------------------------------------------------------------------
    def record(self, index: int, outcome: str, reason: str, hint: BoardHint | None = None,
               page_url: str | None = None, board_company: str | None = None,
               jobs: int | None = None) -> dict[str, Any]:
        candidate = self.candidates[index]
        return {
            "kind": "discovered_board",
            "run_id": self.run_id,
            "company": candidate.company,
            "homepage": candidate.url,
            "candidate_via": candidate.via,
            "careers_url": page_url,
            "platform": hint.platform if hint else None,
            "board": hint.token if hint else None,
            "discovered_via": hint.via if hint else None,
            "outcome": outcome,
            "reason": reason,
            "board_company": board_company,
            "jobs": jobs,
            "request_url": validation_url(hint.platform, hint.token) if hint else candidate.url,
            "fetched_at": utc_now(),
        }

    def source_run_records(self) -> list[dict[str, Any]]:
        return []  # discovery is not a source: its outcomes are the records themselves

    # -- requests ------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for index, candidate in enumerate(self.candidates):
            direct = board_from_url(candidate.url)
            if direct:
                for request in self.check_boards(index, [BoardHint(*direct, via="url")], candidate.url):
                    yield request
            else:
                yield self.page_request(index, candidate.url, depth=0)

    def page_request(self, index: int, url: str, depth: int) -> scrapy.Request:
        self.progress[index].pending += 1
        return scrapy.Request(url, callback=self.parse_page, errback=self.page_failed, dont_filter=True,
                              cb_kwargs={"index": index, "depth": depth})

    def check_boards(self, index: int, hints: list[BoardHint], page_url: str) -> Iterable[scrapy.Request]:
        progress = self.progress[index]
        for hint in hints:
            key = (hint.platform, hint.token.lower())
            if key in progress.boards or len(progress.boards) >= self.max_boards_per_company:
                continue
            progress.boards.add(key)
            progress.pending += 1
            yield scrapy.Request(validation_url(hint.platform, hint.token), callback=self.parse_validation,
                                 errback=self.validation_failed, dont_filter=True,
                                 cb_kwargs={"index": index, "hint": hint, "page_url": page_url})

    # -- callbacks -----------------------------------------------------------------------------
    def parse_page(self, response: Response, index: int, depth: int) -> Iterable[Any]:
        progress = self.progress[index]
        progress.pending -= 1
        progress.pages_answered += 1
        requested = response.request.url if response.request else response.url
        hints: list[BoardHint] = []
        redirected = board_from_url(response.url)
        if redirected and response.url != requested:
            hints.append(BoardHint(*redirected, via=f"redirect:{requested}"))
        if isinstance(response, TextResponse):
            hints += find_boards(response.text, response.url)
        yield from self.check_boards(index, hints, response.url)
        if not hints and depth == 0 and isinstance(response, TextResponse):
            for link in careers_links(response.text, response.url)[: self.max_careers_pages]:
                direct = board_from_url(link)
                if direct:
                    yield from self.check_boards(index, [BoardHint(*direct, via=f"link:{response.url}")],
                                                 response.url)
                else:
                    yield self.page_request(index, link, depth=1)
        yield from self.finish(index)

    def page_failed(self, failure: Failure) -> Iterable[dict[str, Any]]:
        request = failure.request
        index = request.cb_kwargs["index"]
        progress = self.progress[index]
        progress.pending -= 1
        if failure.check(HttpError):
            status = failure.value.response.status
            progress.errors.append(f"HTTP {status} from {request.url}")
        else:
            timeout = float(request.meta.get("download_timeout") or self.settings.getfloat("DOWNLOAD_TIMEOUT"))
            progress.errors.append(describe_failure(failure, "web", request.url, timeout)[0])
        yield from self.finish(index)

    def parse_validation(self, response: Response, index: int, hint: BoardHint,
                         page_url: str) -> Iterable[dict[str, Any]]:
        self.progress[index].pending -= 1
        company = self.candidates[index].company
        try:
            data = decode_validation(hint.platform, response)
        except ValueError as exc:
            reason = f"{hint.platform} board '{hint.token}' answered with a malformed response: {exc}"
            yield self.record(index, "invalid", reason, hint, page_url)
        else:
            check = validate(hint.platform, hint.token, company, data)
            yield self.record(index, "valid" if check.is_valid else "invalid", check.reason, hint, page_url,
                              check.board_company, check.jobs)
        yield from self.finish(index)

    def validation_failed(self, failure: Failure) -> Iterable[dict[str, Any]]:
        request = failure.request
        index, hint = request.cb_kwargs["index"], request.cb_kwargs["hint"]
        self.progress[index].pending -= 1
        timeout = float(request.meta.get("download_timeout") or self.settings.getfloat("DOWNLOAD_TIMEOUT"))
        reason, status = describe_failure(failure, hint.platform, hint.token, timeout)
        # A board that does not exist is a wrong guess; a network failure leaves the guess unchecked.
        outcome = "invalid" if status is not None and 400 <= status < 500 and status != 429 else "unchecked"
        yield self.record(index, outcome, f"the board did not answer: {reason}", hint, request.cb_kwargs["page_url"])
        yield from self.finish(index)

    def finish(self, index: int) -> Iterable[dict[str, Any]]:
        """Once nothing is pending for a candidate that found no board, say why."""
        progress = self.progress[index]
        if progress.pending or progress.done or progress.boards:
            return
        progress.done = True
        if progress.pages_answered:
            pages = progress.pages_answered
            reason = (f"no Greenhouse, Lever, Ashby, Workable, SmartRecruiters, Recruitee or Personio board "
                      f"linked, framed or configured on {pages} page{'s' if pages > 1 else ''}")
            if progress.errors:
                reason += f" ({'; '.join(progress.errors[:3])})"
            yield self.record(index, "no_board", reason)
        else:
            yield self.record(index, "unreachable", "; ".join(progress.errors[:3]) or "no page answered")
