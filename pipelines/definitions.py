"""The Dagster code location: `dagster dev -m pipelines.definitions` (or `byway dev`)."""

from dagster import Definitions, define_asset_job

from pipelines.assets.crawl import crawl
from pipelines.assets.postings import companies, postings
from pipelines.assets.raw import raw_load
from pipelines.checks import asset_checks
from pipelines.resources import default_resources

ASSETS = [crawl, raw_load, postings, companies]

ingest_job = define_asset_job(
    "ingest",
    selection=["greenhouse_crawl", "lever_crawl", "ashby_crawl", "crawl_runs", "raw_postings", "rejects",
               "postings", "companies"],
    description="Crawl every configured board, load the landing files, rebuild postings and companies.",
)

defs = Definitions(assets=ASSETS, asset_checks=asset_checks, jobs=[ingest_job], resources=default_resources())
