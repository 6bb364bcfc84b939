"""Write every item to ``<landing>/<run_id>/<spider>.jsonl``, atomically.

Items go to a ``.part`` file; when the spider closes, one ``source_run`` record per source is appended
and the file is renamed. The loader only reads finished ``.jsonl`` files, so a crawl that dies midway
leaves a ``.part`` behind and loads nothing half-done.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO, Any

from scrapy import Spider
from scrapy.crawler import Crawler


def default_landing_dir() -> Path:
    return Path(os.environ.get("BYWAY_HOME", ".")) / "data" / "landing"


def landing_line(record: dict[str, Any]) -> str:
    """One record as a landing-file line (the loader's read_json reads exactly this)."""
    return json.dumps(record, ensure_ascii=False, default=str) + "\n"


def finish(handle: IO[str], part: Path) -> Path:
    """Make a `.part` file durable and give it its final name; only then does the loader see it."""
    handle.flush()
    os.fsync(handle.fileno())
    handle.close()
    final = part.with_suffix("")
    part.rename(final)
    return final


def write_landing(folder: Path, name: str, records: list[dict[str, Any]]) -> Path:
    """A whole landing file at once (an import, not a crawl), through the same .part-then-rename step."""
    folder.mkdir(parents=True, exist_ok=True)
    part = folder / f"{name}.jsonl.part"
    handle = part.open("w", encoding="utf-8", errors="replace")
    handle.writelines(landing_line(record) for record in records)
    return finish(handle, part)


class LandingPipeline:
    def __init__(self, crawler: Crawler, landing_dir: Path) -> None:
        self.crawler = crawler
        self.landing_dir = landing_dir
        self.handle: IO[str] | None = None
        self.part: Path | None = None

    @classmethod
    def from_crawler(cls, crawler: Crawler) -> LandingPipeline:
        configured = crawler.settings.get("BYWAY_LANDING_DIR")
        return cls(crawler, Path(configured) if configured else default_landing_dir())

    @property
    def spider(self) -> Spider:
        assert self.crawler.spider is not None
        return self.crawler.spider

    def open_spider(self) -> None:
        spider = self.spider
        folder = self.landing_dir / spider.run_id
        folder.mkdir(parents=True, exist_ok=True)
        self.part = folder / f"{spider.name}.jsonl.part"
        # errors="replace": a string no UTF-8 can hold (a lone surrogate from a JSON escape) becomes '?'
        # rather than stopping the file; postings are repaired before this (scrapers/bounds.py).
        self.handle = self.part.open("w", encoding="utf-8", errors="replace")

    def _write(self, record: dict[str, Any]) -> None:
        assert self.handle is not None
        self.handle.write(landing_line(record))

    def process_item(self, item: dict[str, Any]) -> dict[str, Any]:
        self._write(item)
        return item

    def close_spider(self) -> None:
        if self.handle is None or self.part is None:
            return
        spider = self.spider
        for record in spider.source_run_records():
            self._write(record)
        spider.logger.info("landing file written: %s", finish(self.handle, self.part))
