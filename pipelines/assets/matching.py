"""The embedding and ranking stages: passages of every open job embedded through the cache, then ranked
against every profile."""


from dagster import AssetExecutionContext, MaterializeResult, MetadataValue, asset
from dagster_duckdb import DuckDBResource

from pipelines.assets.raw import WAREHOUSE_POOL
from pipelines.exporters.charts import markdown_image, score_histogram
from pipelines.metadata import markdown_table
from pipelines.progress import report
from pipelines.resources import EmbedderResource, ProfilesResource
from warehouse.db import fetch_dicts
from warehouse.embeddings import build_posting_chunks
from warehouse.matches import build_matches


@asset(deps=["postings"], group_name="embeddings", pool=WAREHOUSE_POOL, kinds={"duckdb"})
def posting_chunks(context: AssetExecutionContext, duckdb: DuckDBResource,
                   embedder: EmbedderResource) -> MaterializeResult:
    """Every open job cut into passages and embedded; only passages missing from embedding_cache are encoded."""
    model = embedder.get()
    last = [0]

    def progress(done: int, total: int) -> None:
        report("embedding", done, total, "new passages")
        if done == total or done - last[0] >= max(2048, total // 10):
            last[0] = done
            context.log.info("embedded %d of %d new passages (%.0f%%)", done, total, 100 * done / max(total, 1))

    with duckdb.get_connection() as con:
        run = build_posting_chunks(con, model, progress, embedder.batch_size)
        sections = fetch_dicts(con, "sql/report/chunks_by_section.sql")
    context.log.info("%d passages of %d postings: %d encoded, %d from the cache", run.passages, run.postings,
                     run.encoded, run.cache_hits)
    return MaterializeResult(metadata={
        "row_count": run.passages, "postings": run.postings, "unique_texts": run.unique_texts,
        "encoded": run.encoded, "cache_hits": run.cache_hits, "tokens_encoded": run.tokens_encoded,
        "encode_seconds": round(run.encode_seconds, 2), "model": model.name, "dim": model.dim,
        "passages_by_section": MetadataValue.md(markdown_table(sections)),
    })


@asset(deps=["posting_chunks", "posting_features", "postings"], group_name="ranked", pool=WAREHOUSE_POOL,
       kinds={"duckdb"})
def matches(context: AssetExecutionContext, duckdb: DuckDBResource, embedder: EmbedderResource,
            profiles: ProfilesResource) -> MaterializeResult:
    """Every open job scored for every profile: semantic fit with its evidence, components, filters, explanation."""
    loaded, origin, errors = profiles.load()
    for error in errors:
        context.log.warning("profile skipped: %s", error)
    with duckdb.get_connection() as con:
        counts = build_matches(con, loaded, embedder.get(),
                               progress=lambda done, total: report("ranking", done, total, "profiles"))
        top = fetch_dicts(con, "sql/report/matches_top.sql")
        scores = fetch_dicts(con, "sql/report/kept_scores.sql")
    context.log.info("ranked for %d profiles from %s: %s", len(loaded), origin, counts)
    return MaterializeResult(metadata={
        "row_count": sum(c["kept"] + c["filtered"] for c in counts.values()),
        "profiles": MetadataValue.md(markdown_table([{"profile": k, **v} for k, v in counts.items()])),
        "profiles_from": origin,
        "profile_errors": MetadataValue.md("\n".join(f"- {e}" for e in errors) or "_none_"),
        "top_matches": MetadataValue.md(markdown_table(top)),
        "score_distribution": MetadataValue.md(markdown_image(score_histogram(
            {name: [r["score"] for r in scores if r["profile"] == name] for name in counts}), "match scores")),
    })
