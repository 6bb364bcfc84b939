"""Cut postings into passages the embedding model can read whole, and say which text the model sees.

A posting is matched passage by passage, not as one vector: one vector of a 5,000-character posting is
mostly benefits and boilerplate, and the model would only read its first 256 tokens anyway. Passages
follow the posting's own structure (the sections and sentences of models/enrich/text), so the passage
that matched best is a readable piece of evidence.

The model reads each passage with the posting's title in front ("ML Engineer, Imaging: You will train…"),
so "you will build models" knows what it is about — except for passages that several postings share
(a company's "about us", its EEO paragraph): those are read bare, so they are encoded once for all of
them. Benefits and equal-opportunity statements say nothing about the work and are not embedded.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from models.enrich.text import statements

# ~150 word pieces: all-MiniLM-L6-v2 was trained on 128-token inputs and truncates at 256, so a passage
# plus its title stays inside what the model reads (tests check this with the real tokenizer).
MAX_CHARS = 600
_EEO = re.compile(r"equal (?:employment )?opportunit|without regard to|regardless of (?:race|age|gender)|"
                  r"race, colou?r|reasonable accommodation|e-verify|affirmative action|protected veteran|"
                  r"sexual orientation|privacy (?:notice|policy)|recruitment agenc", re.I)
SKIPPED_SECTIONS = frozenset({"benefits"})
# The summary passage: the posting as a whole, as far as the model reads it (it truncates at 256 tokens,
# about 1,000-1,200 characters). Openings state the role and its purpose; one vector of them is the
# posting-level view that the best passage's detail is weighed against (docs/matching.md).
SUMMARY_CHARS = 1500


@dataclass(frozen=True, slots=True)
class Passage:
    """One passage of one posting: `text` is what a user is shown, `model_text` what the model reads."""

    posting_id: str
    passage_no: int
    section: str
    text: str
    model_text: str
    is_shared: bool = False


def id_of(posting: dict[str, Any]) -> str:
    """A posting's id: `posting_id` in the warehouse, `id` in the files `byway enrich` and `rank` read."""
    return str(posting.get("posting_id") or posting.get("id"))


def content_hash(text: str, model: str) -> str:
    """The embedding cache key: the same text under another model is another vector."""
    return hashlib.blake2b(f"{model}\n{text}".encode(), digest_size=16).hexdigest()


def _split_long(text: str, limit: int) -> list[str]:
    pieces = []
    while len(text) > limit:
        cut = text.rfind(" ", limit // 2, limit)
        cut = cut if cut > 0 else limit
        pieces.append(text[:cut].strip())
        text = text[cut:].strip()
    return [*pieces, text] if text else pieces


def statements_of(description: str | None) -> list[tuple[str, str]]:
    """(section, text) of each statement worth embedding: benefits and equal-opportunity ones left out."""
    return [(st.section, st.text) for st in statements(description)
            if st.section not in SKIPPED_SECTIONS and not _EEO.search(st.text)]


def chunks(description: str | None, limit: int = MAX_CHARS, shared: frozenset[str] = frozenset()
           ) -> list[tuple[str, str, bool]]:
    """(section, text, is_shared) passages of a description: consecutive statements of one section joined
    up to `limit` characters. Statements in `shared` (found in other postings too) are packed apart from
    the posting's own, so the same boilerplate always makes the same passage."""
    return _pack(statements_of(description), limit, shared)


def _pack(items: list[tuple[str, str]], limit: int, shared: frozenset[str]) -> list[tuple[str, str, bool]]:
    out: list[tuple[str, str, bool]] = []
    key: tuple[str, bool] = ("", False)
    buffer = ""
    for section, text in items:
        here = (section, text in shared)
        if here != key or len(buffer) + 1 + len(text) > limit:
            if buffer:
                out.append((*key, buffer))
            key, buffer = here, ""
        for piece in _split_long(text, limit):
            if buffer and len(buffer) + 1 + len(piece) > limit:
                out.append((*key, buffer))
                buffer = ""
            buffer = f"{buffer} {piece}" if buffer else piece
    if buffer:
        out.append((*key, buffer))
    return [(section, text, is_shared) for section, is_shared, text in out]


def passages(postings: Sequence[dict[str, Any]]) -> list[Passage]:
    """Every posting's passages: the title first, then its description's chunks, then its summary (title
    and the opening of the description in one text, section "summary").

    A statement found in two or more postings of the batch is shared boilerplate: it is packed with the
    other shared statements around it and read by the model without a title, so it has one cache key
    for all the postings that carry it.
    """
    parsed = [statements_of(p.get("description")) for p in postings]
    seen = Counter(text for items in parsed for text in {text for _, text in items})
    shared = frozenset(text for text, count in seen.items() if count > 1)
    out: list[Passage] = []
    for posting, items in zip(postings, parsed, strict=True):
        posting_id = id_of(posting)
        title = " ".join(str(posting.get("title") or "").split())[:200]
        if title:
            out.append(Passage(posting_id, 0, "title", title, title))
        packed = _pack(items, MAX_CHARS, shared)
        for number, (section, text, is_shared) in enumerate(packed, 1):
            model_text = text if is_shared or not title else f"{title}: {text}"
            out.append(Passage(posting_id, number, section, text, model_text, is_shared))
        if packed:
            summary = " ".join(f"{title}\n{posting.get('description') or ''}".split())[:SUMMARY_CHARS]
            out.append(Passage(posting_id, len(packed) + 1, "summary", summary, summary))
    return out


def unique_texts(items: Iterable[Passage], model: str) -> dict[str, str]:
    """content hash -> model text, each distinct text once (what the embedder has to encode at most)."""
    return {content_hash(p.model_text, model): p.model_text for p in items}
