"""Run the platform spiders in this process; the Dagster crawl asset and `byway run` start it as a subprocess.

Scrapy's Twisted reactor cannot be restarted inside one process, so every crawl gets a fresh
interpreter: ``python -m scrapers.crawl --run-id ID --landing DIR --sources FILE [--platform P]...``.
It prints the landing files it wrote, one per line, and exits 0 even when sources failed: failures
are records in those files.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess
from scrapy.settings import Settings
from scrapy.utils.project import get_project_settings

from scrapers.sources import PLATFORMS, load_crawl_sources
from scrapers.spiders.boards import SPIDERS


def add_run_arguments(parser: argparse.ArgumentParser) -> None:
    """The options every crawl entry point shares: run id, landing folder, replay/record mode, settings."""
    parser.add_argument("--run-id", required=True)
    parser.add_argument("--landing", required=True, type=Path)
    parser.add_argument("--replay", help="answer requests from this replay folder")
    parser.add_argument("--record", help="record live responses into this folder")
    parser.add_argument("--log-level", default="WARNING")
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE",
                        help="override a Scrapy setting, e.g. --set DOWNLOAD_TIMEOUT=5")


def settings_from(args: argparse.Namespace) -> Settings:
    return project_settings(args.landing, args.log_level, args.replay, args.record, args.set)


def project_settings(landing: Path, log_level: str, replay: str | None, record: str | None,
                     overrides: list[str]) -> Settings:
    """Scrapy settings for a run: where landing files go, and replay (offline) or record (live) mode."""
    settings = get_project_settings()
    settings.set("BYWAY_LANDING_DIR", str(landing), priority="cmdline")
    settings.set("LOG_LEVEL", log_level, priority="cmdline")
    if replay:
        settings.set("BYWAY_REPLAY", replay, priority="cmdline")
        # Nothing is fetched from the sites, so there is no robots.txt to consult.
        settings.set("ROBOTSTXT_OBEY", False, priority="cmdline")
        settings.set("DOWNLOAD_DELAY", 0, priority="cmdline")
        settings.set("AUTOTHROTTLE_ENABLED", False, priority="cmdline")
    if record:
        settings.set("BYWAY_RECORD", record, priority="cmdline")
    for override in overrides:
        name, _, value = override.partition("=")
        settings.set(name.strip(), value, priority="cmdline")
    return settings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scrapers.crawl", description=__doc__)
    add_run_arguments(parser)
    parser.add_argument("--sources", required=True, type=Path)
    parser.add_argument("--discovered", type=Path, help="boards discovery validated (crawled too when present)")
    parser.add_argument("--platform", action="append", choices=PLATFORMS, help="default: every platform used")
    parser.add_argument("--only", help="comma-separated source names")
    args = parser.parse_args(argv)

    sources = load_crawl_sources(args.sources, args.discovered)
    wanted = set(args.only.split(",")) if args.only else None
    used = {s.platform for s in sources if s.enabled and (wanted is None or s.name in wanted)}
    platforms = [p for p in (args.platform or PLATFORMS) if p in used]

    settings = settings_from(args)
    process = CrawlerProcess(settings)
    for platform in platforms:
        process.crawl(SPIDERS[platform], sources=str(args.sources), only=args.only, run_id=args.run_id,
                      discovered=str(args.discovered) if args.discovered else None)
    process.start()
    folder = args.landing / args.run_id
    for platform in platforms:
        path = folder / f"{SPIDERS[platform].name}.jsonl"
        if path.exists():
            print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
