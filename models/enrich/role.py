"""Seniority and role family, from the title first and the text when the title says nothing.

The title is what the employer chose to call the role, so it decides when it can; the description
("you will lead a team of five", "entry-level") and the years asked for decide otherwise.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from models.enrich.text import lowered

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
# Read on the lower-cased text (a case-sensitive scan is twice as fast as an IGNORECASE one).
_FAMILY_TEXT: dict[RoleFamily, re.Pattern[str]] = {
    "ai_engineer": re.compile(r"\bllms?\b|\blarge language models?\b|\brag\b|\bprompt|\bagents?\b|\bfine-tun"),
    "ml_engineer": re.compile(r"\bmachine learning\b|\bdeep learning\b|\bpytorch\b|\btensorflow\b|\bmodel"),
    "data_engineer": re.compile(r"\betl\b|\bpipelines?\b|\bairflow\b|\bspark\b|\bwarehouse\b|\bdbt\b"),
    "analyst": re.compile(r"\bdashboards?\b|\btableau\b|\blooker\b|\bpower bi\b|\breporting\b"),
}

# All four in one scan; each match names its family by group.
_FAMILY_TEXT_ANY = re.compile("|".join(f"(?P<{family}>{pattern.pattern})" for family, pattern in _FAMILY_TEXT.items()))


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
    counts = dict.fromkeys(_FAMILY_TEXT, 0)
    for match in _FAMILY_TEXT_ANY.finditer(lowered(text or "")):
        counts[match.lastgroup] += 1  # type: ignore[index]
    family, count = max(counts.items(), key=lambda item: item[1])
    if count >= 3:
        return family, f"text mentions {family.replace('_', ' ')} topics {count} times"
    return "other", "no data or ML role named"


def classify_role(title: str, text: str | None = None, min_years: float | None = None) -> RoleResult:
    seniority, seniority_evidence = seniority_of(title, text, min_years)
    family, family_evidence = role_family_of(title, text)
    return RoleResult(seniority, seniority_evidence, family, family_evidence)
