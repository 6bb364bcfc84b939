"""The Dagster code location: `dagster dev -m pipelines.definitions` (or `byway dev`)."""

from dagster import Definitions, define_asset_job

from pipelines.assets.crawl import CRAWL_ASSETS, crawl
from pipelines.assets.discovery import discovered_boards
from pipelines.assets.features import features
from pipelines.assets.matching import matches, posting_chunks
from pipelines.assets.postings import companies, postings
from pipelines.assets.raw import raw_load
from pipelines.checks import asset_checks
from pipelines.resources import default_resources

ASSETS = [crawl, raw_load, postings, companies, features, discovered_boards, posting_chunks, matches]

ingest_job = define_asset_job(
    "ingest",
    selection=[*CRAWL_ASSETS.values(), "crawl_runs", "raw_postings", "rejects", "postings", "companies",
               "posting_features", "company_features", "discovered_boards", "posting_chunks", "matches"],
    description="Crawl every board, load the landing files, rebuild postings and companies, enrich them, "
                "discover new boards, embed the open jobs and rank them for every profile.",
)

defs = Definitions(assets=ASSETS, asset_checks=asset_checks, jobs=[ingest_job], resources=default_resources())
