"""Materialize the real asset graph into a temporary warehouse."""

import json
from pathlib import Path

import duckdb
from dagster import DagsterInstance, materialize
from dagster_duckdb import DuckDBResource

from pipelines.definitions import ASSETS, asset_checks
from pipelines.resources import CrawlerResource


def write_replay(replay: Path, answers: list[tuple[str, str, str]]) -> Path:
    """A replay folder whose index answers each URL with a body file: [(url, body path, content type)]."""
    replay.mkdir(parents=True, exist_ok=True)
    with (replay / "index.jsonl").open("w") as index:
        for url, body, kind in answers:
            index.write(json.dumps({"url": url, "status": 200, "body": body, "headers": {"Content-Type": kind}}) + "\n")
    return replay


def run_ingest(home: Path, sources: Path, replay: Path, instance: DagsterInstance | None = None):
    resources = {
        "duckdb": DuckDBResource(database=str(home / "data" / "byway.duckdb")),
        "crawler": CrawlerResource(sources_file=str(sources), landing_dir=str(home / "data" / "landing"),
                                   replay_dir=str(replay)),
    }
    result = materialize([*ASSETS, *asset_checks], resources=resources, instance=instance,
                         run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
    assert result.success
    return result


def query(home: Path, sql: str, params=None):
    with duckdb.connect(str(home / "data" / "byway.duckdb"), read_only=True) as con:
        return con.execute(sql, params or []).fetchall()
