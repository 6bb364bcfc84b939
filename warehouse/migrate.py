"""Forward-only migrations: each file applied once, in one transaction, its checksum remembered.

An applied migration whose file has since changed is an error, never silently re-run: durable tables
hold data that cannot be recomputed, so a change to them is a new migration.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

import duckdb

from warehouse.db import SQL_ROOT, sql_text

MIGRATIONS = SQL_ROOT / "migrations"
_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class MigrationError(RuntimeError):
    pass


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str

    @property
    def checksum(self) -> str:
        return hashlib.sha256(self.sql.encode("utf-8")).hexdigest()


def discover(folder: Path = MIGRATIONS) -> list[Migration]:
    found: list[Migration] = []
    for path in sorted(folder.glob("*.sql")):
        match = _NAME.match(path.name)
        if not match:
            raise MigrationError(f"{path}: migration files are named NNNN_description.sql")
        found.append(Migration(int(match.group(1)), path.name, path.read_text(encoding="utf-8")))
    versions = [m.version for m in found]
    if len(set(versions)) != len(versions):
        raise MigrationError(f"{folder}: two migrations share a version number")
    return found


def migrate(con: duckdb.DuckDBPyConnection, folder: Path = MIGRATIONS) -> list[str]:
    """Apply pending migrations; returns the names applied now."""
    con.execute(sql_text("sql/migrate/ledger.sql"))
    applied = {
        version: (name, checksum)
        for version, name, checksum in con.execute(
            "SELECT version, name, checksum FROM schema_migrations"
        ).fetchall()
    }
    done: list[str] = []
    for migration in discover(folder):
        if migration.version in applied:
            name, checksum = applied[migration.version]
            if checksum != migration.checksum:
                raise MigrationError(
                    f"migration {migration.name} was edited after it was applied (as {name}); "
                    "add a new migration instead of changing an applied one"
                )
            continue
        con.execute("BEGIN TRANSACTION")
        try:
            con.execute(migration.sql)
            con.execute(sql_text("sql/migrate/record.sql"), [migration.version, migration.name, migration.checksum])
            con.execute("COMMIT")
        except Exception as exc:
            con.execute("ROLLBACK")
            raise MigrationError(f"migration {migration.name} failed and was rolled back: {exc}") from exc
        done.append(migration.name)
    return done
