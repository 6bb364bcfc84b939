"""The enrichment stage: degree, experience, role, work mode, salary, flags, company and off-path features."""


from collections.abc import Iterator
from typing import Any

from dagster import AssetExecutionContext, AssetSpec, MaterializeResult, MetadataValue, multi_asset
from dagster_duckdb import DuckDBResource

from pipelines.assets.raw import WAREHOUSE_POOL
from pipelines.metadata import markdown_table, preview
from warehouse.db import fetch_dicts
from warehouse.features import build_features


@multi_asset(
    specs=[
        AssetSpec("posting_features", deps=["postings", "companies"], group_name="features", kinds={"duckdb"},
                  description="Every posting's degree requirement, experience, role, work mode, salary, visa and "
                              "off-path score, each with the sentence it came from."),
        AssetSpec("company_features", deps=["postings", "companies"], group_name="features", kinds={"duckdb"},
                  description="Every employer's size band, big-name and B2B flags, with the evidence for each."),
    ],
    pool=WAREHOUSE_POOL,
)
def features(context: AssetExecutionContext, duckdb: DuckDBResource) -> Iterator[Any]:
    """Rebuild the rule-based features of every posting and company (pure functions in models/enrich); the rules
    run again only on postings whose text or rules changed."""
    with duckdb.get_connection() as con:
        counts = build_features(con)
        summary = fetch_dicts(con, "sql/report/features_summary.sql")[0]
        degree_classes = fetch_dicts(con, "sql/report/features_degree_classes.sql")
        posting_preview = preview(con, "posting_features", ["posting_id", "degree_requirement", "min_years_experience",
                                                            "role_family", "work_mode", "off_path_score"])
        company_preview = preview(con, "company_features", ["company", "company_size_band", "is_big_name", "is_b2b"])
    context.log.info("%d postings of %d companies: rules ran on %d, %d unchanged kept their features",
                     counts.postings, counts.companies, counts.enriched, counts.reused)
    yield MaterializeResult(asset_key="posting_features", metadata={
        "row_count": counts.postings, "enriched": counts.enriched, "reused_unchanged": counts.reused,
        **{k: v for k, v in summary.items() if v is not None},
        "degree_classes": MetadataValue.md(markdown_table(degree_classes)),
        "preview": MetadataValue.md(posting_preview),
    })
    yield MaterializeResult(asset_key="company_features", metadata={
        "row_count": counts.companies, "enriched": counts.companies_enriched,
        "reused_unchanged": counts.companies - counts.companies_enriched,
        "preview": MetadataValue.md(company_preview),
    })
