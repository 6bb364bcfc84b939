"""Paths and switches from the environment (listed with their defaults in .env.example)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from models.embed import DEFAULT_MODEL
from warehouse.backend import is_local_file
from warehouse.snapshot import snapshot_path

REPO_ROOT = Path(__file__).resolve().parents[1]


def _path(name: str, default: Path) -> Path:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else default


# Where the libraries byway uses keep their own files (matplotlib's font list, torch's compile cache,
# Hugging Face, anything following the XDG folders), unless the user chose a place already.
LIBRARY_CACHES = {"MPLCONFIGDIR": "matplotlib", "TORCHINDUCTOR_CACHE_DIR": "torchinductor", "HF_HOME": "huggingface",
                  "XDG_CACHE_HOME": "xdg-cache", "XDG_CONFIG_HOME": "xdg-config", "XDG_STATE_HOME": "xdg-state"}


def contain_library_caches() -> Path:
    """Point the libraries' caches under BYWAY_HOME/data/cache: byway writes only under BYWAY_HOME.

    Called when the `pipelines` package is imported, before matplotlib or torch are; child processes
    (the crawl) inherit the variables.
    """
    cache = _path("BYWAY_HOME", REPO_ROOT) / "data" / "cache"
    for name, folder in LIBRARY_CACHES.items():
        os.environ.setdefault(name, str(cache / folder))
    return cache


class SettingsError(ValueError):
    """An environment variable byway reads holds something it cannot use."""


def _int(name: str, default: int, minimum: int = 1) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        number = int(value)
    except ValueError:
        raise SettingsError(f"{name}={value!r}: expected a whole number (default {default})") from None
    if number < minimum:
        raise SettingsError(f"{name}={value!r}: expected at least {minimum}")
    return number


def _optional(name: str) -> Path | None:
    value = os.environ.get(name)
    return Path(value).expanduser() if value else None


@dataclass(frozen=True)
class Settings:
    home: Path
    # BYWAY_DB as given: a file path (the default), `md:<name>` (MotherDuck) or `ducklake:<catalog>`
    # (warehouse/backend.py); db_path is the same as a Path, meaningful when it is a local file.
    database: str
    db_path: Path
    # The published read snapshot readers open while the pipeline writes (warehouse/snapshot.py);
    # None when the warehouse is not a local file (MotherDuck and DuckLake serve readers themselves).
    read_db_path: Path | None
    # DuckLake's DATA_PATH (where its Parquet files go), when BYWAY_DB is a DuckLake catalog.
    db_data_path: str | None
    landing_dir: Path
    dagster_home: Path
    sources_file: Path
    replay_dir: Path | None
    record_dir: Path | None
    # Boards the discovery asset validated; crawled with the configured ones unless switched off.
    discovered_file: Path
    crawl_discovered: bool
    # Discovery from HN companies: websites searched per run, and days before a site is searched again.
    discovery_limit: int
    discovery_retry_days: int
    # Matching: the folder of profiles to rank for, and the sentence-transformers model (name or folder).
    profiles_dir: Path
    embedding_model: str
    # The daily shortlist: postings per profile, when the schedule runs (HH:MM) and in which time zone.
    shortlist_size: int
    daily_at: str
    timezone: str
    exports_dir: Path

    @property
    def has_warehouse(self) -> bool:
        """False only for a local warehouse file that does not exist yet (nothing has run)."""
        return not is_local_file(self.database) or self.db_path.exists()

    @classmethod
    def from_env(cls) -> Settings:
        home = _path("BYWAY_HOME", REPO_ROOT)
        database = os.environ.get("BYWAY_DB", "").strip() or str(home / "data" / "byway.duckdb")
        local = is_local_file(database)
        db_path = Path(database).expanduser() if local else Path(database)
        return cls(
            home=home,
            database=str(db_path) if local else database,
            db_path=db_path,
            read_db_path=_path("BYWAY_READ_DB", snapshot_path(db_path)) if local else None,
            db_data_path=os.environ.get("BYWAY_DB_DATA_PATH", "").strip() or None,
            landing_dir=home / "data" / "landing",
            dagster_home=home / "data" / "dagster",
            sources_file=_path("BYWAY_SOURCES", REPO_ROOT / "config" / "sources.yaml"),
            replay_dir=_optional("BYWAY_REPLAY"),
            record_dir=_optional("BYWAY_RECORD"),
            discovered_file=home / "data" / "discovered_sources.yaml",
            crawl_discovered=os.environ.get("BYWAY_CRAWL_DISCOVERED", "1").strip().lower() not in ("0", "false", "no"),
            discovery_limit=_int("BYWAY_DISCOVERY_LIMIT", 25, minimum=0),
            discovery_retry_days=_int("BYWAY_DISCOVERY_RETRY_DAYS", 30, minimum=0),
            profiles_dir=_path("BYWAY_PROFILES", home / "profiles"),
            embedding_model=os.environ.get("BYWAY_EMBEDDING_MODEL", "").strip() or DEFAULT_MODEL,
            shortlist_size=_int("BYWAY_SHORTLIST_SIZE", 25),
            daily_at=os.environ.get("BYWAY_DAILY_AT", "").strip() or "07:00",
            timezone=os.environ.get("BYWAY_TIMEZONE", "").strip() or "UTC",
            exports_dir=_path("BYWAY_EXPORTS", home / "exports"),
        )
