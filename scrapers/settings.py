"""Scrapy settings: polite by default (DESIGN.md, "Politeness and safety")."""

BOT_NAME = "byway"
SPIDER_MODULES = ["scrapers.spiders"]
NEWSPIDER_MODULE = "scrapers.spiders"

USER_AGENT = "byway/0.1 (+https://github.com/byway-jobs/byway; job-search research crawler)"
ROBOTSTXT_OBEY = True

# One request at a time per domain, with a delay that AutoThrottle may stretch.
CONCURRENT_REQUESTS = 8
CONCURRENT_REQUESTS_PER_DOMAIN = 1
DOWNLOAD_DELAY = 1.0
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 1.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0

# A dead host must not stall the run: fail fast, retry a little, wait as the server asks.
DOWNLOAD_TIMEOUT = 20
DNS_TIMEOUT = 10
RETRY_ENABLED = True
RETRY_TIMES = 2
RETRY_HTTP_CODES = [429, 500, 502, 503, 504, 522, 524, 408]
BYWAY_RETRY_AFTER_MAX = 120.0

# A board API answers in well under 2 MB (the corpus' largest is 1.9 MB); a body eight times that is a
# wrong URL or a runaway server, and reading it would only fill memory. Redirect chains stop early too.
DOWNLOAD_MAXSIZE = 16 * 1024 * 1024
DOWNLOAD_WARNSIZE = 4 * 1024 * 1024
REDIRECT_MAX_TIMES = 5

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "scrapers.retry.RetryAfterMiddleware": 550,
    "scrapers.replay.ReplayMiddleware": 580,
}
ITEM_PIPELINES = {
    "scrapers.pipelines.landing.LandingPipeline": 900,
}

# Spiders read these; the crawl runner and `scrapy crawl -s` override them.
BYWAY_LANDING_DIR = None  # default: $BYWAY_HOME/data/landing
BYWAY_REPLAY = None
BYWAY_RECORD = None

LOG_LEVEL = "INFO"
# No listeners: an unattended crawler needs neither the telnet console nor Scrapy 2.19's remote control
# (a local port plus a job file with its token under the user's state folder, outside BYWAY_HOME).
TELNETCONSOLE_ENABLED = False
REMOTE_CONTROL_ENABLED = False
FEED_EXPORT_ENCODING = "utf-8"
