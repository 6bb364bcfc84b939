"""Visa sponsorship, travel, on-call duty and AI/ML mentions: the flags people weigh when choosing an offer."""

from __future__ import annotations

import re
from dataclasses import dataclass

from models.enrich.text import caseless, first_at_words, in_text, joined_lower, search_near

_VISA_NO = caseless(
    r"\b(?:no|not able to|unable to|cannot|can ?not|can't|will not|won't|do not|don't|does not|doesn't|are not able "
    r"to)\b[^.]{0,30}\b(?:sponsor\w*|visa sponsorship)|\bsponsorship (?:is )?not (?:available|offered|provided|"
    r"possible)|\bwithout (?:the need for )?(?:current or future )?(?:visa )?sponsorship|\bnot eligible for "
    r"(?:immigration |visa )?sponsorship|\b(?:us|u\.s\.) citizens? only\b|\bmust be (?:a )?(?:us|u\.s\.) citizen|"
    r"\bno visa\b|\bonly (?:open|available) (?:for|to) (?:local|eu|us)\b|\bvisa sponsor:\s*no\b")
_VISA_YES = caseless(
    r"\b(?:we|will|can|happy to|able to|do)\b[^.]{0,20}\bsponsor\w*\b|\bvisa sponsorship (?:is )?(?:available|"
    r"offered|provided|possible)|\bsponsorship (?:is )?(?:available|offered|provided)|\brelocation and visa\b|"
    r"\bvisa (?:support|assistance)\b|\bh-?1b (?:transfer|sponsorship)s? (?:welcome|available|ok)|\|\s*visa\s*(?:\||$)|"
    r"\bvisa sponsor:\s*yes\b|\bblue card\b", re.M)
_TRAVEL = caseless(r"(?:travel[^.%]{0,30}?(?P<a>\d{1,3})\s?%|(?P<b>\d{1,3})\s?%[^.]{0,20}travel)")
_TRAVEL_WORDS = caseless(r"\b(?:extensive|frequent|significant|occasional|some|regular|international|domestic) "
                         r"travel\b|\btravel (?:is )?required\b|\bwillingness to travel\b|\bable to travel\b")
_ON_CALL = caseless(r"\bon[- ]call\b|\bpager ?duty\b|\bpager rotation\b|\bafter-hours support\b|\b24/7 support "
                    r"rotation\b")
# Read on the lower-cased text: a case-sensitive scan is twice as fast as an IGNORECASE one.
_AI = re.compile(r"\bmachine learning\b|\bdeep learning\b|\bartificial intelligence\b|\b(?:gen)?ai\b|\bml\b|\bllms?\b|"
                 r"\blarge language models?\b|\bneural (?:net|network)s?\b|\bgpt-?\d?\b|\bgenerative\b|\bnlp\b|"
                 r"\bcomputer vision\b|\bpytorch\b|\btensorflow\b|\btransformers?\b|\bdata scien")
# What every _AI match opens with, after its \b: see text.first_at_words.
_AI_STARTS = ("machine learning", "deep learning", "artificial intelligence", "genai", "ai", "ml", "llm",
              "large language model", "neural net", "gpt", "generative", "nlp", "computer vision", "pytorch",
              "tensorflow", "transformer", "data scien")
# Words every match of a pattern contains (within 80 characters of its start): see text.search_near. The patterns
# above are caseless: they read the lower-cased text, whose positions are the text's (evidence comes from `body`).
_VISA_NO_WORDS = ("sponsor", "visa", "s citizen", "s. citizen", "only open", "only available")
_VISA_YES_WORDS = ("sponsor", "visa", "h1b", "h-1b", "blue card")
_ON_CALL_WORDS = ("on call", "on-call", "pager", "after-hours support", "24/7 support")
_TRAVEL_GATE = ("travel",)


@dataclass(frozen=True)
class FlagsResult:
    visa_sponsorship: str  # offered | not_offered | unknown
    visa_evidence: str | None
    travel_required: bool
    travel_percent: int | None
    travel_evidence: str | None
    has_on_call: bool
    on_call_evidence: str | None
    mentions_ai: bool
    ai_evidence: str | None


def _around(text: str, match: re.Match[str]) -> str:
    start = max(text.rfind("\n", 0, match.start()), text.rfind(". ", 0, match.start()) + 1, 0)
    end_candidates = [i for i in (text.find("\n", match.end()), text.find(". ", match.end())) if i != -1]
    end = min(end_candidates) if end_candidates else len(text)
    return text[start:end].strip()[:300]


def classify_flags(text: str | None, title: str = "", structured: dict[str, object] | None = None) -> FlagsResult:
    body = f"{title}\n{(text or '')[:30_000]}"
    structured = structured or {}
    lower = joined_lower(title, (text or "")[:30_000])  # substring gates: most postings never mention visas …
    visa, visa_evidence = "unknown", None
    if structured.get("visa") is True:
        visa, visa_evidence = "offered", "board flag: VISA"
    no = search_near(_VISA_NO, lower, lower, _VISA_NO_WORDS)
    yes = None if no else search_near(_VISA_YES, lower, lower, _VISA_YES_WORDS)
    if no:
        visa, visa_evidence = "not_offered", _around(body, no)
    elif yes:
        visa, visa_evidence = "offered", _around(body, yes)
    percent_match = search_near(_TRAVEL, lower, lower, _TRAVEL_GATE)
    words_match = search_near(_TRAVEL_WORDS, lower, lower, _TRAVEL_GATE)
    percent = None
    if percent_match:
        value = int(percent_match.group("a") or percent_match.group("b"))
        percent = value if 0 < value <= 100 else None
    travel_match = percent_match if percent else words_match
    on_call = search_near(_ON_CALL, lower, lower, _ON_CALL_WORDS)
    ai = first_at_words(_AI, lower, _AI_STARTS)
    ai_evidence = in_text(body, lower, ai) if ai else None
    return FlagsResult(
        visa, visa_evidence,
        bool(percent) or bool(words_match), percent, _around(body, travel_match) if travel_match else None,
        bool(on_call), _around(body, on_call) if on_call else None,
        bool(ai), ai_evidence,
    )
