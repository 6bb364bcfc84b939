"""Seniority and role family, from the title first and the text when the title says nothing.

The title is what the employer chose to call the role, so it decides when it can; the description
("you will lead a team of five", "entry-level") and the years asked for decide otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from models.enrich.text import WordEnd, count_words, lowered

Seniority = Literal["intern", "junior", "mid", "senior", "staff_principal", "lead_manager", "director_plus"]
RoleFamily = Literal["data_scientist", "ml_engineer", "research_scientist", "ai_engineer", "mlops", "data_engineer",
                     "analyst", "software_engineer", "other"]

# Title patterns, checked in order: the first that matches decides.
_SENIORITY_TITLE: list[tuple[Seniority, re.Pattern[str]]] = [
    ("intern", re.compile(r"\bintern(?:ship)?s?\b|\bwerkstudent|\bworking student\b|\btrainee\b|\bco-?op\b|"
                          r"\bapprentice", re.I)),
    ("director_plus", re.compile(r"\b(?:director|head of|vp|vice president|chief|cto|cdo|cso|svp|evp|"
                                 r"founding (?:head|lead))\b", re.I)),
    ("staff_principal", re.compile(r"\b(?:staff|principal|distinguished|fellow|architect)\b", re.I)),
    ("lead_manager", re.compile(r"\b(?:lead|manager|management|team lead|tech lead|supervisor)\b", re.I)),
    ("senior", re.compile(r"\b(?:senior|sr\.?|snr|iii|level 3|l5)\b", re.I)),
    ("junior", re.compile(r"\b(?:junior|jr\.?|entry[- ]level|graduate|new grad|associate|i|level 1|l3)\b", re.I)),
    ("mid", re.compile(r"\b(?:mid[- ]level|intermediate|ii|level 2|l4)\b", re.I)),
]
# Text patterns with the words every match contains: most descriptions hold none, and a substring test on
# the lower-cased text is a hundred times cheaper than the scan it saves.
_SENIORITY_TEXT: list[tuple[Seniority, tuple[str, ...], re.Pattern[str]]] = [
    ("intern", ("internship", "currently enrolled"),
     re.compile(r"\b(?:this|our|the) internship\b|\bcurrently enrolled\b", re.I)),
    ("junior", ("entry", "new grad", "recent graduate", "junior"),
     re.compile(r"\bentry[- ]level\b|\bnew grads?\b|\brecent graduates?\b|\bjunior\b", re.I)),
    ("lead_manager", ("lead ", "manage ", "direct reports", "people manage"),
     re.compile(r"\b(?:lead|manage) (?:a|the|our) team\b|\bdirect reports\b|\bpeople manage", re.I)),
]

_FAMILY_TITLE: list[tuple[RoleFamily, re.Pattern[str]]] = [
    ("mlops", re.compile(r"\bml ?ops\b|\bmlops\b|\bmachine learning (?:platform|infrastructure|ops)\b|"
                         r"\bml (?:platform|infrastructure)\b|\bllm ?ops\b", re.I)),
    ("ai_engineer", re.compile(r"\b(?:ai|genai|generative ai|llm|applied ai|prompt) (?:engineer|developer|"
                               r"specialist)\b|\bai/ml engineer\b|\bllm\b", re.I)),
    ("research_scientist", re.compile(r"\bresearch (?:scientist|engineer)\b|\bscientist,? research\b|"
                                      r"\b(?:ml|ai|machine learning) research", re.I)),
    ("ml_engineer", re.compile(r"\b(?:machine learning|ml|deep learning|computer vision|nlp|cv) (?:engineer|developer)|"
                               r"\bmle\b|\b(?:ml|machine learning)/(?:ai|data) engineer", re.I)),
    ("data_scientist", re.compile(r"\bdata scien|\bdecision scien|\bmachine learning scientist|\bapplied scientist|"
                                  r"\bquantitative (?:researcher|scientist)|\bstatistician\b", re.I)),
    ("data_engineer", re.compile(r"\b(?:data|analytics|big data|etl|bi) (?:engineer|developer|architect)|"
                                 r"\bdata platform\b|\bdata infrastructure\b|\bdata warehouse", re.I)),
    ("analyst", re.compile(r"\banaly(?:st|tics)\b|\bbusiness intelligence\b|\bbi (?:developer|specialist)\b", re.I)),
    ("software_engineer", re.compile(r"\b(?:software|backend|back-end|frontend|front-end|full[- ]?stack|platform|"
                                     r"infrastructure|devops|site reliability|mobile|ios|android|web) (?:engineer|"
                                     r"developer)|\bsoftware development engineer\b|\bsde\b|\bswe\b|\bprogrammer\b|"
                                     r"\bdeveloper\b|\bengineer\b", re.I)),
]
# The words that count toward a family in the text, each a whole word ("" ends it), a word with an optional
# plural ("s") or a stem ("*": "model" counts "models" and "modelling"). Counted with str.find on the
# lower-cased text: one regex alternation of these words took 150 µs per posting, the finds take a fifth.
_FAMILY_WORDS: dict[RoleFamily, tuple[tuple[str, WordEnd], ...]] = {
    "ai_engineer": (("llm", "s"), ("large language model", "s"), ("rag", ""), ("prompt", "*"), ("agent", "s"),
                    ("fine-tun", "*")),
    "ml_engineer": (("machine learning", ""), ("deep learning", ""), ("pytorch", ""), ("tensorflow", ""),
                    ("model", "*")),
    "data_engineer": (("etl", ""), ("pipeline", "s"), ("airflow", ""), ("spark", ""), ("warehouse", ""), ("dbt", "")),
    "analyst": (("dashboard", "s"), ("tableau", ""), ("looker", ""), ("power bi", ""), ("reporting", "")),
}


def family_counts(lower: str) -> dict[RoleFamily, int]:
    """How often the lower-cased text names each family's words, as one left-to-right scan would count them:
    a "model" inside "large language models" counts once, for the AI family."""
    counts = {family: sum(count_words(lower, word, end) for word, end in words)
              for family, words in _FAMILY_WORDS.items()}
    counts["ml_engineer"] -= count_words(lower, "large language model", "s")
    return counts


@dataclass(frozen=True)
class RoleResult:
    seniority: Seniority
    seniority_evidence: str
    role_family: RoleFamily
    role_family_evidence: str


def seniority_of(title: str, text: str | None = None, min_years: float | None = None) -> tuple[Seniority, str]:
    """The role's level and why: the title's words, then the text's, then the years it asks for."""
    for level, pattern in _SENIORITY_TITLE:
        match = pattern.search(title or "")
        if match:
            return level, f"title: {title}"
    lower = lowered(text or "")
    for level, words, pattern in _SENIORITY_TEXT:
        match = pattern.search(text or "") if any(word in lower for word in words) else None
        if match:
            return level, f"text: {match.group(0)}"
    if min_years is not None:
        level = "junior" if min_years < 2 else "mid" if min_years < 5 else "senior" if min_years < 8 else \
            "staff_principal"
        return level, f"asks for {min_years:g} years"  # type: ignore[return-value]
    return "mid", "no level stated (default)"


def role_family_of(title: str, text: str | None = None) -> tuple[RoleFamily, str]:
    """The role family and why: the title decides when it names one, else the text's strongest theme."""
    for family, pattern in _FAMILY_TITLE:
        if pattern.search(title or ""):
            return family, f"title: {title}"
    counts = family_counts(lowered(text or ""))
    family, count = max(counts.items(), key=lambda item: item[1])
    if count >= 3:
        return family, f"text mentions {family.replace('_', ' ')} topics {count} times"
    return "other", "no data or ML role named"


def classify_role(title: str, text: str | None = None, min_years: float | None = None) -> RoleResult:
    seniority, seniority_evidence = seniority_of(title, text, min_years)
    family, family_evidence = role_family_of(title, text)
    return RoleResult(seniority, seniority_evidence, family, family_evidence)
