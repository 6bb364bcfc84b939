import shutil

import duckdb
import pytest

from warehouse.migrate import MIGRATIONS, MigrationError, migrate


def test_migrations_apply_once(tmp_path):
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    assert migrate(con) == sorted(p.name for p in MIGRATIONS.glob("*.sql"))
    assert migrate(con) == []
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert {"crawl_runs", "raw_postings", "rejects", "applications", "embedding_cache", "posting_sightings"} <= tables


def test_edited_applied_migration_is_refused(tmp_path):
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder)
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    migrate(con, folder)
    path = folder / "0001_core.sql"
    path.write_text(path.read_text() + "\n-- edited\n")
    with pytest.raises(MigrationError, match="edited after it was applied"):
        migrate(con, folder)


def test_failed_migration_rolls_back(tmp_path):
    folder = tmp_path / "migrations"
    shutil.copytree(MIGRATIONS, folder)
    (folder / "0099_broken.sql").write_text("CREATE TABLE half_done (a INTEGER);\nSELECT * FROM no_such_table;\n")
    con = duckdb.connect(str(tmp_path / "w.duckdb"))
    with pytest.raises(MigrationError, match="0099_broken.sql failed"):
        migrate(con, folder)
    tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    assert "half_done" not in tables and "crawl_runs" in tables
    assert con.execute("SELECT max(version) FROM schema_migrations").fetchone()[0] == len(list(MIGRATIONS.glob("*.sql")))


def test_badly_named_migration(tmp_path):
    (tmp_path / "init.sql").write_text("SELECT 1")
    with pytest.raises(MigrationError, match="NNNN_description.sql"):
        migrate(duckdb.connect(), tmp_path)
