"""Record and replay HTTP responses keyed by request URL, so any crawl can be re-run offline.

A replay folder holds ``index.jsonl`` — one line per response: ``url``, ``status``, ``headers``
(optional) and ``body`` (a file path, relative to the folder or absolute) — and the body files as they
were served, so recorded JSON stays readable and hand-written demo data is ordinary files. URLs are
compared canonicalised (query arguments sorted), and a later line for the same URL wins.

``BYWAY_REPLAY=DIR`` answers every request from DIR (a URL with no record fails with ``ReplayMiss``,
which the spider records like any other fetch error); ``BYWAY_RECORD=DIR`` fetches live and appends
each final response to DIR.
"""

from __future__ import annotations

import hashlib
import json
import mimetypes
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from scrapy import Request
from scrapy.crawler import Crawler
from scrapy.exceptions import IgnoreRequest, NotConfigured
from scrapy.http import Response
from scrapy.responsetypes import responsetypes
from w3lib.url import canonicalize_url

INDEX = "index.jsonl"
_DROP_HEADERS = {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}


class ReplayMiss(IgnoreRequest):
    """Replay is on and nothing was recorded for this URL."""


@dataclass(frozen=True)
class Recorded:
    url: str
    status: int
    headers: dict[str, str]
    body_path: Path


def url_key(url: str) -> str:
    return canonicalize_url(url, keep_fragments=False)


class ReplayStore:
    """A replay folder: read its index, look responses up, append new ones."""

    def __init__(self, root: Path | str) -> None:
        self.root = Path(root)
        self._entries: dict[str, Recorded] = {}
        index = self.root / INDEX
        if index.exists():
            for number, line in enumerate(index.read_text(encoding="utf-8").splitlines(), 1):
                if line.strip():
                    self._add(self._parse_line(line, index, number))

    def _parse_line(self, line: str, index: Path, number: int) -> Recorded:
        try:
            entry = json.loads(line)
            body = Path(entry["body"])
            return Recorded(
                url=str(entry["url"]),
                status=int(entry.get("status", 200)),
                headers={str(k): str(v) for k, v in (entry.get("headers") or {}).items()},
                body_path=body if body.is_absolute() else self.root / body,
            )
        except (ValueError, KeyError, TypeError) as exc:
            raise ValueError(f"{index}:{number}: not a replay entry ({exc})") from exc

    def _add(self, entry: Recorded) -> None:
        self._entries[url_key(entry.url)] = entry

    def __len__(self) -> int:
        return len(self._entries)

    def lookup(self, url: str) -> Recorded | None:
        return self._entries.get(url_key(url))

    def add(self, url: str, status: int, headers: dict[str, str], body: bytes, suffix: str = ".txt") -> Recorded:
        """Store one response (body file plus an index line)."""
        self.root.mkdir(parents=True, exist_ok=True)
        name = hashlib.sha1(url_key(url).encode()).hexdigest()[:20] + suffix
        (self.root / name).write_bytes(body)
        line = {"url": url, "status": status, "headers": headers, "body": name}
        with (self.root / INDEX).open("a", encoding="utf-8") as handle:
            handle.write(json.dumps(line, ensure_ascii=False) + "\n")
        entry = Recorded(url, status, headers, self.root / name)
        self._add(entry)
        return entry


def _suffix(content_type: str) -> str:
    media = content_type.split(";")[0].strip().lower()
    if media.endswith("json"):
        return ".json"
    if media.endswith("xml") or "rss" in media:
        return ".xml"
    return mimetypes.guess_extension(media) or ".txt"


class ReplayMiddleware:
    """Downloader middleware: answer from a replay folder, or record live responses into one."""

    def __init__(self, replay: str | None, record: str | None) -> None:
        self.replay = ReplayStore(replay) if replay else None
        self.record = ReplayStore(record) if record and not replay else None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> ReplayMiddleware:
        replay = crawler.settings.get("BYWAY_REPLAY")
        record = crawler.settings.get("BYWAY_RECORD")
        if not replay and not record:
            raise NotConfigured
        if replay and not Path(replay).is_dir():
            raise ValueError(f"BYWAY_REPLAY={replay}: not a folder")
        return cls(replay, record)

    def process_request(self, request: Request) -> Response | None:
        if self.replay is None:
            return None
        entry = self.replay.lookup(request.url)
        if entry is None:
            raise ReplayMiss(f"no recorded response for {request.url} in replay folder {self.replay.root}")
        try:
            body = entry.body_path.read_bytes()
        except OSError as exc:
            raise ReplayMiss(f"recorded body for {request.url} is unreadable: {exc}") from exc
        headers: dict[str, Any] = dict(entry.headers)
        if not any(k.lower() == "content-type" for k in headers):
            guessed = mimetypes.guess_type(entry.body_path.name)[0]
            headers["Content-Type"] = guessed or "application/octet-stream"
        cls = responsetypes.from_args(headers=headers, url=request.url, body=body)
        return cls(url=request.url, status=entry.status, headers=headers, body=body, request=request)

    def process_response(self, request: Request, response: Response) -> Response:
        if self.record is not None:
            headers = {
                k.decode(): v[0].decode("latin-1")
                for k, v in response.headers.items()
                if v and k.decode().lower() not in _DROP_HEADERS
            }
            content_type = response.headers.get("Content-Type", b"").decode("latin-1")
            self.record.add(response.url, response.status, headers, response.body, _suffix(content_type))
        return response
