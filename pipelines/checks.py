"""Asset checks on every warehouse asset; each runs one SQL file that counts violating rows."""


from dataclasses import dataclass

from dagster import AssetCheckExecutionContext, AssetCheckResult, AssetChecksDefinition, AssetCheckSeverity, asset_check
from dagster_duckdb import DuckDBResource

from warehouse.db import fetch_dicts


@dataclass(frozen=True)
class SqlCheck:
    asset: str
    name: str
    sql: str
    description: str
    severity: AssetCheckSeverity = AssetCheckSeverity.ERROR


SQL_CHECKS = [
    SqlCheck("crawl_runs", "known_status", "crawl_runs_status.sql", "Every run has a known status."),
    SqlCheck("crawl_runs", "latest_run_succeeded", "crawl_runs_latest_failed.sql",
             "Warns about sources whose latest run failed.", AssetCheckSeverity.WARN),
    SqlCheck("crawl_runs", "no_source_went_quiet", "crawl_runs_health.sql",
             "Warns when a board that had postings returns none, or a source's error rate jumps.",
             AssetCheckSeverity.WARN),
    SqlCheck("raw_postings", "required_fields", "raw_postings_required.sql",
             "Every raw posting has a title, company, URL and payload."),
    SqlCheck("raw_postings", "unique_versions", "raw_postings_unique.sql",
             "Each (posting_key, content_hash) version is stored once."),
    SqlCheck("rejects", "readable_reason", "rejects_have_reason.sql", "Every reject says why."),
    SqlCheck("postings", "unique_posting_id", "postings_unique.sql", "posting_id is unique."),
    SqlCheck("postings", "lifecycle_consistent", "postings_lifecycle.sql",
             "Open/closed flags agree with closed_at and the seen dates."),
    SqlCheck("postings", "required_fields", "postings_required.sql",
             "Open postings have a title, company and URL."),
    SqlCheck("posting_features", "complete_and_valid", "posting_features_complete.sql",
             "One feature row per posting; every class in its vocabulary; off-path score in [0, 1]; evidence kept."),
    SqlCheck("company_features", "unique_company", "company_features_unique.sql", "One row per employer."),
    SqlCheck("discovered_boards", "crawled_boards_validated", "discovered_boards_validated.sql",
             "Warns when a board discovery added to the crawl lost its valid verdict (it is dropped next run).",
             AssetCheckSeverity.WARN),
    SqlCheck("posting_chunks", "passages_valid", "posting_chunks_valid.sql",
             "Every open job has passages, each once, with a unit-length vector; the cache's dimensions agree."),
    SqlCheck("posting_chunks", "cache_consistent", "embedding_cache_valid.sql",
             "Every cached vector has its stated dimension; one model never mixes dimensions."),
    SqlCheck("matches", "scores_and_ranks_valid", "matches_valid.sql",
             "One row per profile and job, scores in [0, 1], ranks 1..n without gaps, filtered rows say why."),
    SqlCheck("shortlist", "ranks_scores_and_exclusions", "shortlist_valid.sql",
             "The latest day ranks 1..n per profile, scores in [0, 1], nothing already applied to or dismissed."),
    SqlCheck("applications", "known_statuses", "applications_valid.sql",
             "Every status change has a known status and a time."),
    SqlCheck("application_funnel", "weeks_valid", "application_funnel_valid.sql",
             "Weeks start on Monday and no count is negative."),
    SqlCheck("ai_trend", "shares_valid", "ai_trend_valid.sql", "Each month has postings and a share in [0, 1]."),
    SqlCheck("companies", "unique_company_id", "companies_unique.sql",
             "company_id is unique, and companies exist when postings do."),
]


def _build(check: SqlCheck) -> AssetChecksDefinition:
    @asset_check(asset=check.asset, name=check.name, description=check.description, blocking=False)
    def _check(context: AssetCheckExecutionContext, duckdb: DuckDBResource) -> AssetCheckResult:
        with duckdb.get_connection() as con:
            row = fetch_dicts(con, f"sql/checks/{check.sql}")[0]
        violations = int(row["violations"] or 0)
        return AssetCheckResult(
            passed=violations == 0,
            severity=check.severity,
            description=row["detail"],
            metadata={"violations": violations},
        )

    return _check


asset_checks = [_build(check) for check in SQL_CHECKS]
