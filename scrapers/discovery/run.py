"""Run the discovery spider in this process; `byway discover` and the Dagster discovery asset start it as a subprocess.

``python -m scrapers.discovery.run --run-id ID --landing DIR --candidates FILE [--replay DIR]``, where
FILE is a JSON list of ``{"company": ..., "url": ..., "via": ...}``. It prints the landing file it
wrote and exits 0 even when candidates failed: every outcome is a record in that file.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from scrapy.crawler import CrawlerProcess

from scrapers.crawl import add_run_arguments, settings_from
from scrapers.discovery.spider import DiscoverySpider


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m scrapers.discovery.run", description=__doc__)
    add_run_arguments(parser)
    parser.add_argument("--candidates", required=True, type=Path, help="JSON list of {company, url, via}")
    args = parser.parse_args(argv)

    process = CrawlerProcess(settings_from(args))
    process.crawl(DiscoverySpider, candidates=str(args.candidates), run_id=args.run_id)
    process.start()
    path = args.landing / args.run_id / f"{DiscoverySpider.name}.jsonl"
    if path.exists():
        print(path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
