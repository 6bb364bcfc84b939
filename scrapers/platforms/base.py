"""The base spider for board APIs and feeds; each platform module subclasses it.

Manual for a platform subclass:
- set ``platform`` (one of ``scrapers.sources.PLATFORMS``) and, for feeds that only show recent jobs
  (HN threads, remote boards), ``listing = "window"``: absence from such a run closes nothing;
- implement ``board_url(source)``: the first URL to fetch for a source (``api_url`` overrides it), or
  override ``start_follows(source)`` to start from several URLs;
- implement ``parse_board(data, source)``: a pure function of the decoded response that yields
  ``Posting`` and ``Reject`` objects and raises ``ShapeError`` when the response is not the documented
  shape. Platforms that need more requests (detail pages, next pages) override
  ``parse_page(data, source, step, context)`` and yield ``Follow(url, step, context)`` as well;
- optionally override ``decode(response, step)`` (JSON by default; XML, RSS and HTML platforms parse
  their own).

Spider arguments (``scrapy crawl greenhouse -a sources=FILE -a only=a,b -a run_id=ID``):
``sources`` is the sources YAML (default ``$BYWAY_SOURCES`` or ``config/sources.yaml``), ``discovered``
the file of boards discovery validated (crawled too, when given and present), ``only`` limits
the crawl to the named sources, ``run_id`` names the landing folder. Every outcome, good or bad, is an
item: the landing pipeline writes them, and a per-source summary, to JSON Lines.
"""

from __future__ import annotations

import json
import os
from collections.abc import AsyncIterator, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any, ClassVar

import scrapy
from scrapy.exceptions import (
    CannotResolveHostError,
    DownloadCancelledError,
    DownloadConnectionRefusedError,
    DownloadFailedError,
    DownloadTimeoutError,
    IgnoreRequest,
    ResponseDataLossError,
)
from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.error import (
    ConnectionDone,
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.python.failure import Failure
from twisted.web.client import ResponseNeverReceived

from scrapers.bounds import bounded
from scrapers.items import Follow, Posting, Reject, fetch_error_record, posting_record, reject_record, utc_now
from scrapers.platforms.fields import ShapeError
from scrapers.replay import ReplayMiss
from scrapers.sources import Source, load_crawl_sources


def new_run_id() -> str:
    return datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")


@dataclass
class SourceRun:
    """What happened to one source in one run; becomes a `crawl_runs` row."""

    source: str
    platform: str
    board: str
    company: str
    listing: str = "full"
    started_at: str = field(default_factory=utc_now)
    finished_at: str | None = None
    requests: int = 0
    responses: int = 0
    postings: int = 0
    rejects: int = 0
    errors: int = 0
    error_messages: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def status(self) -> str:
        if self.errors and not self.postings:
            return "failed"
        if self.errors:
            return "partial"
        if not self.postings and self.rejects:
            return "failed"
        if not self.postings:
            return "empty"
        return "ok"

    def record(self, run_id: str) -> dict[str, Any]:
        summary = "; ".join((self.error_messages + self.notes)[:5])
        if not summary and self.status == "failed":
            summary = f"all {self.rejects} postings were rejected"
        return {
            "kind": "source_run",
            "run_id": run_id,
            "source": self.source,
            "platform": self.platform,
            "board": self.board,
            "company": self.company,
            "listing": self.listing,
            "started_at": self.started_at,
            "finished_at": self.finished_at or utc_now(),
            "status": self.status,
            "requests": self.requests,
            "responses": self.responses,
            "postings": self.postings,
            "rejects": self.rejects,
            "errors": self.errors,
            "error_summary": summary or None,
        }


def describe_failure(failure: Failure, platform: str, board: str, timeout: float) -> tuple[str, int | None]:
    """A readable reason for a request that produced no usable response, and its HTTP status if any."""
    url = failure.request.url if hasattr(failure, "request") else ""
    if failure.check(HttpError):
        status = failure.value.response.status
        if status == 404:
            return f"HTTP 404 from {url}: board '{board}' not found on {platform} (wrong token or removed)", 404
        if status == 429:
            return f"HTTP 429 from {url}: rate limited, gave up after retries", 429
        if status >= 500:
            return f"HTTP {status} from {url}: server error, gave up after retries", status
        return f"HTTP {status} from {url}", status
    if failure.check(ReplayMiss):
        return str(failure.value), None
    if failure.check(DNSLookupError, CannotResolveHostError):
        return f"DNS lookup failed for {url} (no network, or the host does not exist)", None
    if failure.check(TimeoutError, TCPTimedOutError, DownloadTimeoutError):
        return f"timed out after {timeout:g}s fetching {url}", None
    if failure.check(ConnectionRefusedError, DownloadConnectionRefusedError):
        return f"connection refused by {url}", None
    if failure.check(DownloadCancelledError):
        return f"response from {url} too large, not read: {failure.getErrorMessage()}", None
    if failure.check(ResponseDataLossError):
        return f"connection closed before the whole response from {url} arrived (truncated body)", None
    if failure.check(DownloadFailedError, ConnectionLost, ConnectionDone, ResponseNeverReceived):
        return f"connection to {url} reset or closed by the server: {failure.getErrorMessage()}", None
    if failure.check(IgnoreRequest):
        message = failure.getErrorMessage()
        if "robots.txt" in message:
            return f"robots.txt disallows {url}; not fetched (the site asks crawlers to stay away)", None
        if "redirect" in message:
            return f"too many redirects from {url} (a redirect loop?); gave up", None
        return f"request for {url} dropped: {message}", None
    return f"{failure.type.__name__} fetching {url}: {failure.getErrorMessage()}", None


class BoardSpider(scrapy.Spider):
    platform: ClassVar[str] = ""
    listing: ClassVar[str] = "full"
    # A source whose parser keeps asking for more (a paging loop) is stopped here and marked partial.
    max_requests_per_source: ClassVar[int] = 500
    # Feeds that many accounts switch off (Personio): a 404 means "no public postings", not a failure.
    not_found_is_empty: ClassVar[bool] = False

    def __init__(self, sources: str | None = None, only: str | None = None, run_id: str | None = None,
                 discovered: str | None = None, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        path = sources or os.environ.get("BYWAY_SOURCES") or "config/sources.yaml"
        wanted = {name.strip() for name in only.split(",")} if only else None
        self.sources = [
            s for s in load_crawl_sources(path, discovered)
            if s.platform == self.platform and s.enabled and (wanted is None or s.name in wanted)
        ]
        self.run_id = run_id or new_run_id()
        self.runs = {
            s.name: SourceRun(s.name, s.platform, s.token, s.company, listing=self.listing) for s in self.sources
        }
        self._issued: dict[str, int] = {}

    # -- hooks ---------------------------------------------------------------------------------
    def board_url(self, source: Source) -> str:
        raise NotImplementedError

    def start_follows(self, source: Source) -> list[Follow]:
        return [Follow(source.api_url or self.board_url(source), "board")]

    def parse_board(self, data: Any, source: Source) -> Iterable[Posting | Reject]:
        raise NotImplementedError

    def parse_page(self, data: Any, source: Source, step: str,
                   context: dict[str, Any]) -> Iterable[Posting | Reject | Follow]:
        return self.parse_board(data, source)

    def decode(self, response: Response, step: str) -> Any:
        # Servers mislabel JSON (text/html, octet-stream): the body decides, the header only explains.
        try:
            text = response.text if isinstance(response, TextResponse) else response.body.decode("utf-8")
            return json.loads(text)
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            content_type = (response.headers.get("Content-Type") or b"none").decode("latin-1")
            raise ValueError(f"not JSON (Content-Type {content_type}, {len(response.body):,} bytes): {exc}") from None

    # -- crawl ---------------------------------------------------------------------------------
    async def start(self) -> AsyncIterator[scrapy.Request]:
        for source in self.sources:
            for follow in self.start_follows(source):
                yield self.request(source, follow)

    def request(self, source: Source, follow: Follow) -> scrapy.Request:
        self._issued[source.name] = self._issued.get(source.name, 0) + 1
        return scrapy.Request(
            follow.url,
            callback=self.parse_response,
            errback=self.on_failure,
            cb_kwargs={"source": source, "step": follow.step, "context": follow.context},
            dont_filter=True,
        )

    def envelope(self, source: Source, url: str) -> dict[str, Any]:
        return {
            "run_id": self.run_id,
            "source": source.name,
            "platform": self.platform,
            "board": source.token,
            "request_url": url,
            "fetched_at": utc_now(),
        }

    def _count_attempts(self, run: SourceRun, request: scrapy.Request) -> None:
        run.requests += 1 + int(request.meta.get("retry_times", 0))

    def parse_response(self, response: Response, source: Source, step: str = "board",
                       context: dict[str, Any] | None = None) -> Iterable[dict[str, Any] | scrapy.Request]:
        run = self.runs[source.name]
        self._count_attempts(run, response.request)
        run.responses += 1
        envelope = self.envelope(source, response.url)
        body = response.text if isinstance(response, TextResponse) else None
        try:
            data = self.decode(response, step)
            results = list(self.parse_page(data, source, step, context or {}))
        except (ValueError, ShapeError) as exc:
            kind = "unexpected shape" if isinstance(exc, ShapeError) else "malformed response"
            yield self._error(run, envelope, f"{kind} from {response.url}: {exc}", response.status, body)
            return
        except Exception as exc:  # noqa: BLE001 - one bad board must not stop the others
            reason = f"parser failed on {response.url}: {type(exc).__name__}: {exc}"
            yield self._error(run, envelope, reason, response.status, body)
            return
        for result in results:
            if isinstance(result, Follow):
                if self._issued.get(source.name, 0) >= self.max_requests_per_source:
                    reason = f"stopped after {self.max_requests_per_source} requests (a paging loop?)"
                    yield self._error(run, envelope, reason, None, None)
                    break
                yield self.request(source, result)
            elif isinstance(result, Posting) and isinstance(result := bounded(result), Posting):
                run.postings += 1
                yield posting_record(envelope, result)
            else:
                run.rejects += 1
                yield reject_record(envelope, result)
        run.finished_at = utc_now()

    def on_failure(self, failure: Failure) -> Iterable[dict[str, Any]]:
        request = failure.request
        source: Source = request.cb_kwargs["source"]
        run = self.runs[source.name]
        self._count_attempts(run, request)
        timeout = float(request.meta.get("download_timeout") or self.settings.getfloat("DOWNLOAD_TIMEOUT"))
        reason, status = describe_failure(failure, self.platform, source.token, timeout)
        if status == 404 and self.not_found_is_empty and request.cb_kwargs.get("step", "board") == "board":
            run.responses += 1
            run.notes.append(f"no public feed (HTTP 404 from {request.url}); recorded as empty")
            run.finished_at = utc_now()
            return
        body = None
        if failure.check(HttpError):
            run.responses += 1
            response = failure.value.response
            body = response.text if isinstance(response, TextResponse) else None
        yield self._error(run, self.envelope(source, request.url), reason, status, body)

    def _error(self, run: SourceRun, envelope: dict[str, Any], reason: str, status: int | None,
               body: str | None) -> dict[str, Any]:
        run.errors += 1
        run.error_messages.append(reason)
        run.finished_at = utc_now()
        self.logger.warning("%s: %s", run.source, reason)
        return fetch_error_record(envelope, reason, status, body)

    def source_run_records(self) -> list[dict[str, Any]]:
        return [run.record(self.run_id) for run in self.runs.values()]
