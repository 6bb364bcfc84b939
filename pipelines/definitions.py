"""The Dagster code location: `dagster dev -m pipelines.definitions` (or `byway dev`)."""

from dagster import Definitions, define_asset_job

from pipelines.assets.crawl import CRAWL_ASSETS, crawl
from pipelines.assets.daily import ai_trend, application_funnel, applications, exports, shortlist
from pipelines.assets.discovery import discovered_boards
from pipelines.assets.features import features
from pipelines.assets.matching import matches, posting_chunks
from pipelines.assets.postings import companies, postings
from pipelines.assets.raw import raw_load
from pipelines.checks import asset_checks
from pipelines.resources import default_resources
from pipelines.schedules import daily_schedule
from pipelines.settings import Settings

ASSETS = [crawl, raw_load, postings, companies, features, discovered_boards, posting_chunks, matches, shortlist,
          applications, application_funnel, ai_trend, exports]
INGEST = [*CRAWL_ASSETS.values(), "crawl_runs", "raw_postings", "rejects", "postings", "companies",
          "posting_features", "company_features", "discovered_boards", "posting_chunks", "matches"]
DAILY_OUTPUTS = ["shortlist", "application_funnel", "ai_trend", "exports"]

ingest_job = define_asset_job(
    "ingest",
    selection=INGEST,
    description="Crawl every board, load the landing files, rebuild postings and companies, enrich them, "
                "discover new boards, embed the open jobs and rank them for every profile.",
)
daily_job = define_asset_job(
    "daily",
    selection=[*INGEST, *DAILY_OUTPUTS],
    description="The whole pipeline for one day: everything `ingest` does, then the day's shortlist per profile, "
                "the application funnel, the AI trend and the exports.",
)
_settings = Settings.from_env()

defs = Definitions(assets=ASSETS, asset_checks=asset_checks, jobs=[ingest_job, daily_job],
                   schedules=[daily_schedule(daily_job, _settings.daily_at, _settings.timezone)],
                   resources=default_resources(_settings))
