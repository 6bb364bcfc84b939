"""Dagster resources: the warehouse connection and the crawler's configuration."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from pathlib import Path

import duckdb
from dagster import ConfigurableResource
from dagster_duckdb import DuckDBResource
from pydantic import Field

from models.embed import DEFAULT_MODEL, Embedder, HashingEmbedder, SentenceTransformerEmbedder
from models.profile import Profile, load_profile, load_valid_profiles
from pipelines.settings import REPO_ROOT, Settings
from scrapers.sources import Source, load_crawl_sources
from warehouse.db import writing

# How long an asset waits for a local warehouse file another process holds (a shell opened on it).
PIPELINE_LOCK_WAIT_SECONDS = 120.0

EXAMPLE_PROFILE = REPO_ROOT / "config" / "profile.example.yaml"


class WarehouseResource(DuckDBResource):
    """dagster-duckdb's resource, opened where BYWAY_DB says (a file, MotherDuck or DuckLake), waiting while
    another process holds a local file, and publishing the read snapshot each time an asset closes its
    connection, so readers never hold the file it writes."""

    read_snapshot: str | None = Field(default=None, description="Path of the published read snapshot.")
    data_path: str | None = Field(default=None, description="DuckLake DATA_PATH, when the warehouse is DuckLake.")

    @contextmanager
    def get_connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        with writing(self.database, Path(self.read_snapshot) if self.read_snapshot else None,
                     wait=PIPELINE_LOCK_WAIT_SECONDS, data_path=self.data_path) as con:
            yield con


class CrawlerResource(ConfigurableResource):
    """Where the sources file, landing folder and (optional) replay or record folders are."""

    sources_file: str
    landing_dir: str
    replay_dir: str | None = None
    record_dir: str | None = None
    only: str | None = None
    log_level: str = "WARNING"
    # Boards validated by discovery, crawled with the configured ones (None: configured only).
    discovered_file: str | None = None

    def sources(self) -> list[Source]:
        """Every source the crawl reads: the sources file plus the discovered boards."""
        return load_crawl_sources(self.sources_file, self.discovered_file)

    def _mode(self) -> list[str]:
        command = ["--log-level", self.log_level]
        if self.replay_dir:
            command += ["--replay", self.replay_dir]
        if self.record_dir:
            command += ["--record", self.record_dir]
        return command

    def crawl(self, run_id: str, platforms: list[str]) -> subprocess.CompletedProcess[str]:
        """Run the spiders in a fresh interpreter (Twisted's reactor cannot restart in-process)."""
        command = [
            sys.executable, "-m", "scrapers.crawl",
            "--run-id", run_id, "--landing", self.landing_dir, "--sources", self.sources_file, *self._mode(),
        ]
        if self.discovered_file:
            command += ["--discovered", self.discovered_file]
        for platform in platforms:
            command += ["--platform", platform]
        if self.only:
            command += ["--only", self.only]
        return _watched(command, self.run_folder(run_id), platforms)

    def discover(self, run_id: str, candidates: Path) -> subprocess.CompletedProcess[str]:
        """Run the discovery spider on a JSON list of candidates, in a fresh interpreter."""
        command = [sys.executable, "-m", "scrapers.discovery.run", "--run-id", run_id,
                   "--landing", self.landing_dir, "--candidates", str(candidates), *self._mode()]
        return subprocess.run(command, cwd=REPO_ROOT, capture_output=True, text=True, check=False)

    def run_folder(self, run_id: str) -> Path:
        return Path(self.landing_dir) / run_id


def _watched(command: list[str], folder: Path, platforms: list[str]) -> subprocess.CompletedProcess[str]:
    """Run the crawl subprocess, reporting platforms finished and records landed while it runs."""
    import tempfile
    import time

    from pipelines.progress import report

    seen: dict[Path, tuple[int, int]] = {}  # landing file -> (bytes read, records counted)

    def landed() -> int:
        per_platform: dict[str, int] = {}
        for path in list(folder.glob("*.jsonl.part")) + list(folder.glob("*.jsonl")):
            offset, count = seen.get(path, (0, 0))
            try:
                with path.open("rb") as handle:
                    handle.seek(offset)
                    chunk = handle.read()
            except FileNotFoundError:
                continue  # renamed from .part to .jsonl between glob and open
            seen[path] = (offset + len(chunk), count + chunk.count(b"\n"))
            platform = path.name.split(".")[0]
            per_platform[platform] = max(per_platform.get(platform, 0), seen[path][1])
        return sum(per_platform.values())

    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as errors:
        process = subprocess.Popen(command, cwd=REPO_ROOT, stdout=out, stderr=errors, text=True)
        while process.poll() is None:
            finished = sum(1 for p in platforms if (folder / f"{p}.jsonl").exists())
            report("crawl", finished, len(platforms), f"{landed()} records landed")
            time.sleep(0.5)
        report("crawl", len(platforms), len(platforms), f"{landed()} records landed")
        out.seek(0)
        errors.seek(0)
        return subprocess.CompletedProcess(command, process.returncode, out.read(), errors.read())


@lru_cache(maxsize=2)
def load_embedder(model: str) -> Embedder:
    """One loaded model per process: loading costs seconds, encoding is what runs often.
    `hashing-<dim>` is the deterministic test embedder (models.embed.HashingEmbedder)."""
    if model.startswith("hashing-") and model[8:].isdigit():
        return HashingEmbedder(int(model[8:]))
    return SentenceTransformerEmbedder(model)


class EmbedderResource(ConfigurableResource):
    """The sentence-transformers model that embeds passages and profile facets (BYWAY_EMBEDDING_MODEL)."""

    model: str = DEFAULT_MODEL
    batch_size: int = 64

    def get(self) -> Embedder:
        return load_embedder(self.model)


class ProfilesResource(ConfigurableResource):
    """The folder of profiles to rank for; while it holds none, the example profile is ranked."""

    folder: str
    fallback: str | None = str(EXAMPLE_PROFILE)

    def load(self) -> tuple[list[Profile], str, list[str]]:
        """(valid profiles, where they came from, a message per broken profile file)."""
        profiles, errors = load_valid_profiles(self.folder)
        if profiles or errors or not self.fallback:
            return profiles, self.folder, errors
        return [load_profile(self.fallback)], f"{self.fallback} (no profiles in {self.folder}: run `byway init`)", []


class ExportsResource(ConfigurableResource):
    """Where the daily exports are written (exports/<date>/ and exports/latest/)."""

    folder: str


def default_resources(settings: Settings | None = None, sources_file: Path | None = None,
                      replay_dir: Path | None = None, record_dir: Path | None = None,
                      only: str | None = None) -> dict[str, object]:
    """The warehouse and crawler resources from the environment; arguments override it (the CLI's flags)."""
    settings = settings or Settings.from_env()
    replay = replay_dir or settings.replay_dir
    record = None if replay else (record_dir or settings.record_dir)
    return {
        "duckdb": WarehouseResource(database=settings.database, data_path=settings.db_data_path,
                                    read_snapshot=str(settings.read_db_path) if settings.read_db_path else None),
        "crawler": CrawlerResource(
            sources_file=str(sources_file or settings.sources_file),
            landing_dir=str(settings.landing_dir),
            replay_dir=str(replay.resolve()) if replay else None,
            record_dir=str(record.resolve()) if record else None,
            only=only,
            discovered_file=str(settings.discovered_file) if settings.crawl_discovered else None,
        ),
        "embedder": EmbedderResource(model=settings.embedding_model),
        "profiles": ProfilesResource(folder=str(settings.profiles_dir)),
        "exports_dir": ExportsResource(folder=str(settings.exports_dir)),
    }
