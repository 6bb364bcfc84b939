"""Where the warehouse lives is a setting: BYWAY_DB moves it, and other backends are configuration."""

import duckdb
from dagster import DagsterInstance, materialize

from pipelines.definitions import ASSETS, asset_checks
from pipelines.resources import default_resources
from pipelines.settings import Settings
from tests.conftest import REPO
from tests.warehouse.landing import job, write_run
from warehouse.backend import attached, is_local_file
from warehouse.build import build_postings
from warehouse.db import refresh_views
from warehouse.loader import load_landing
from warehouse.migrate import migrate


def test_the_whole_pipeline_writes_where_byway_db_points(byway_home, tmp_path, monkeypatch):
    elsewhere = tmp_path / "elsewhere" / "custom.duckdb"
    monkeypatch.setenv("BYWAY_DB", str(elsewhere))
    monkeypatch.setenv("BYWAY_EMBEDDING_MODEL", "hashing-64")
    settings = Settings.from_env()
    resources = default_resources(settings, REPO / "demo" / "sources.yaml", REPO / "demo" / "replay")
    with DagsterInstance.ephemeral() as instance:
        result = materialize([*ASSETS, *asset_checks], resources=resources, instance=instance,
                             partition_key="2026-11-23",
                             run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
    assert result.success
    assert not (byway_home / "data" / "byway.duckdb").exists()
    with duckdb.connect(str(elsewhere), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM postings").fetchall()[0][0] == 8
        assert con.execute("SELECT count(*) FROM shortlist").fetchall()[0][0] > 0
    assert (elsewhere.parent / "custom.read.duckdb").exists()  # the snapshot follows it


def test_motherduck_and_ducklake_are_configuration(byway_home, monkeypatch):
    monkeypatch.setenv("BYWAY_DB", "md:byway")
    settings = Settings.from_env()
    resource = default_resources(settings)["duckdb"]
    assert (settings.database, settings.read_db_path, resource.database, resource.read_snapshot) == (
        "md:byway", None, "md:byway", None)  # a service serves its readers itself: no snapshot

    catalog = "ducklake:postgres:dbname=byway host=db.internal"
    monkeypatch.setenv("BYWAY_DB", catalog)
    monkeypatch.setenv("BYWAY_DB_DATA_PATH", "s3://byway-lake/data/")
    resource = default_resources(Settings.from_env())["duckdb"]
    assert (resource.database, resource.data_path, resource.read_snapshot) == (catalog, "s3://byway-lake/data/", None)
    assert not is_local_file(catalog) and is_local_file(byway_home / "data" / "byway.duckdb")


def test_every_stage_runs_unchanged_on_an_attached_catalog(tmp_path):
    """DuckLake is opened by ATTACH … AS byway; USE byway. The same path, with a DuckDB file attached (the
    ducklake extension itself is not on this machine), runs migrations, the load, the rebuild and views."""
    lake = tmp_path / "lake.duckdb"
    landing = tmp_path / "landing"
    write_run(landing, "r1", "2026-11-01T06:00:00+00:00", [job("a"), job("b", title="ML Engineer")])
    con = attached(str(lake))
    migrate(con)
    load_landing(con, landing)
    assert build_postings(con) == 2
    assert "open_postings" in refresh_views(con)
    con.close()
    with duckdb.connect(str(lake), read_only=True) as direct:  # the rows are in the attached catalog
        assert direct.execute("SELECT count(*) FROM open_postings").fetchall() == [(2,)]
    with attached(str(lake), read_only=True) as reader:
        assert reader.execute("SELECT count(*) FROM raw_postings").fetchall() == [(2,)]
