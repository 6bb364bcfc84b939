"""Where the warehouse lives is configuration: BYWAY_DB names a DuckDB file, a MotherDuck database, or a
DuckLake catalog, and the same SQL runs on each (docs/scaling.md).

- a path (the default, `data/byway.duckdb`): one local file; one writer, readers use the snapshot;
- `md:<name>`: MotherDuck, DuckDB's service (the token comes from `motherduck_token`/`MOTHERDUCK_TOKEN`);
- `ducklake:<catalog>`: DuckLake, its catalog in Postgres/SQLite/DuckDB and its data as Parquet under
  BYWAY_DB_DATA_PATH; attached as `byway` and made the default catalog, so it takes several writers.
"""

from __future__ import annotations

from pathlib import Path

import duckdb

SERVICE_PREFIXES = ("md:", "motherduck:")
ATTACHED_PREFIXES = ("ducklake:",)


def is_local_file(database: str | Path) -> bool:
    """True for a database that is a file on this machine (locks, snapshots and folders apply)."""
    text = str(database)
    return text != ":memory:" and not text.startswith(SERVICE_PREFIXES + ATTACHED_PREFIXES)


def open_database(database: str | Path, read_only: bool = False, data_path: str | None = None
                  ) -> duckdb.DuckDBPyConnection:
    """A connection to the warehouse, wherever BYWAY_DB says it is."""
    text = str(database)
    if text.startswith(ATTACHED_PREFIXES):
        return attached(text, read_only, data_path)
    return duckdb.connect(text, read_only=read_only)


def attached(target: str, read_only: bool = False, data_path: str | None = None) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB with the warehouse ATTACHed as `byway` and in USE (how DuckLake is opened)."""
    from warehouse.db import sql_text  # db imports this module

    con = duckdb.connect()
    params = {"target": target, "read_only": read_only}
    if data_path:
        con.execute(sql_text("sql/backend/attach_data_path.sql"), {**params, "data_path": data_path})
    else:
        con.execute(sql_text("sql/backend/attach.sql"), params)
    con.execute("USE byway")
    return con
