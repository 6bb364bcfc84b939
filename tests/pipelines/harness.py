"""Materialize the real asset graph into a temporary warehouse."""

import json
from pathlib import Path

import duckdb
from dagster import DagsterInstance, materialize

from pipelines.definitions import ASSETS, asset_checks
from pipelines.resources import (
    CrawlerResource,
    EmbedderResource,
    ExportsResource,
    ProfilesResource,
    WarehouseResource,
)

DAY = "2026-11-23"  # the shortlist partition every harness run writes unless told otherwise


def write_replay(replay: Path, answers: list[tuple[str, str, str]]) -> Path:
    """A replay folder whose index answers each URL with a body file: [(url, body path, content type)]."""
    replay.mkdir(parents=True, exist_ok=True)
    with (replay / "index.jsonl").open("w") as index:
        for url, body, kind in answers:
            index.write(json.dumps({"url": url, "status": 200, "body": body, "headers": {"Content-Type": kind}}) + "\n")
    return replay


def resources(home: Path, sources: Path, replay: Path, model: str = "hashing-64",
              profiles: Path | None = None, **crawler: str) -> dict[str, object]:
    """The pipeline's resources on a temporary home. The default embedder is the deterministic hashing one:
    tests about crawling and loading must not wait for the real model (tests about matching pass it)."""
    return {
        "duckdb": WarehouseResource(database=str(home / "data" / "byway.duckdb"),
                                    read_snapshot=str(home / "data" / "byway.read.duckdb")),
        "crawler": CrawlerResource(sources_file=str(sources), landing_dir=str(home / "data" / "landing"),
                                   replay_dir=str(replay), **crawler),
        "embedder": EmbedderResource(model=model),
        "profiles": ProfilesResource(folder=str(profiles or home / "profiles")),
        "exports_dir": ExportsResource(folder=str(home / "exports")),
    }


def run_ingest(home: Path, sources: Path, replay: Path, instance: DagsterInstance | None = None,
               model: str = "hashing-64", profiles: Path | None = None, day: str = DAY):
    result = materialize([*ASSETS, *asset_checks], resources=resources(home, sources, replay, model, profiles),
                         instance=instance, partition_key=day,
                         run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
    assert result.success
    return result


def query(home: Path, sql: str, params=None):
    with duckdb.connect(str(home / "data" / "byway.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
