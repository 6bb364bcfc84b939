"""Company features: size band, big name, B2B — each from what the company's own postings and fields say.

Size comes from the most direct evidence available: a structured employee count (schema.org
numberOfEmployees, a dataset's Size column), then a count stated in the text ("a team of 12", "600
employees"), then the funding stage, then — weakest — how many roles its own board lists.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from models.enrich.text import caseless, finditer_at_words, in_text, lowered, search_near
from scrapers.platforms.fields import normalise_company

BANDS = ("1-10", "11-50", "51-200", "201-1000", "1001-5000", "5000+")
_BIG_NAMES = Path(__file__).parent / "data" / "big_names.yaml"

_COUNT = re.compile(
    r"\b(?:team of|we(?:'re| are)(?: a team of)?|company of|staff of|"
    r"employs?(?: approximately| about| over| more than)?|over|more than|nearly|about|approximately|~)?\s*"
    r"(?P<n>\d{1,3}(?:,\d{3})+|\d{1,6})\s*\+?\s*"
    r"(?P<what>employees|people|engineers|team members|staff|colleagues|fte|humans|developers|members)\b", re.I)
_TEAM_OF = re.compile(r"\b(?:team of|small team of|crew of)\s+(?P<n>\d{1,4}|a dozen|two|three|four|five|six|seven|"
                      r"eight|nine|ten)\b", re.I)
# A number right before a word for staff: every _COUNT match contains one. It opens with the digit, so the
# scan skips other characters; texts without one skip _COUNT, whose optional lead-in makes it slow. Caseless:
# it reads the lower-cased text.
_COUNT_GATE = caseless(r"\d(?<!\w\d)[\d,]*\s*\+?\s*(?:employees|people|engineers|team members|staff|colleagues|fte|"
                       r"humans|developers|members)\b")
_FUNDING = [
    ("1-10", re.compile(r"\bpre-?seed\b|\bbootstrapped\b|\bfounding (?:engineer|team)\b", re.I)),
    ("11-50", re.compile(r"\bseed(?:-stage| stage| round| funded)?\b|\bseries a\b|\by ?combinator\b|"
                         r"\b\(?yc [swfx]\d{2}\)?", re.I)),
    ("51-200", re.compile(r"\bseries b\b", re.I)),
    ("201-1000", re.compile(r"\bseries [c-f]\b|\bunicorn\b|\blate[- ]stage\b", re.I)),
    ("5000+", re.compile(r"\bfortune (?:500|100)\b|\bglobal (?:leader|company) with (?:over |more than )?"
                         r"\d{2,3},\d{3}", re.I)),
]
# Words every match of the funding pattern of the same band contains.
_FUNDING_WORDS = {"1-10": ("seed", "bootstrapped", "founding"), "11-50": ("seed", "series a", "combinator", "yc "),
                  "51-200": ("series b",), "201-1000": ("series ", "unicorn", "late stage", "late-stage"),
                  "5000+": ("fortune", "global")}
_WORD_NUMBERS = {"a dozen": 12, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
                 "nine": 9, "ten": 10}
# _B2B and _B2C read the lower-cased text: a case-sensitive scan is twice as fast as an IGNORECASE one.
_B2B = re.compile(
    r"\bb2b\b|\benterprise (?:customers|clients|software|saas)\b|\bfor (?:businesses|enterprises|companies|teams)\b|"
    r"\bour (?:clients|enterprise customers|business customers)\b|\bsaas\b|\bhelps? (?:companies|businesses|"
    r"enterprises|teams|organi[sz]ations|banks|insurers|retailers|manufacturers|hospitals|brands)\b|"
    r"\bcustomers (?:include|such as|like)\b|\bfortune 500 (?:customers|clients|companies)\b|\b(?:sell|sells|selling) "
    r"to (?:businesses|enterprises|companies)\b|\bbusiness customers\b|\bplatform for (?:\w+ ){0,2}(?:teams|companies|"
    r"businesses|enterprises)\b|\bfor (?:farming co-ops|wholesalers|logistics (?:firms|companies)|lenders|insurers|"
    r"clinics|health systems|retailers|manufacturers|banks)\b")
# What every _B2B match opens with, after its \b: see text.finditer_at_words.
_B2B_STARTS = ("b2b", "enterprise ", "for ", "our ", "saas", "help", "customers ", "fortune 500 ", "sell",
               "business customers", "platform for")
_B2C = re.compile(
    r"\bb2c\b|\bconsumers?\b(?! (?:goods|packaged) (?:companies|brands|clients))|\bmillions of (?:users|people|"
    r"players|shoppers|fans|members|listeners|customers|subscribers)\b|\bour (?:app|players|shoppers|fans|members|"
    r"subscribers|listeners|users)\b|\bapp store\b|\bdownloads?\b|\bshoppers\b|\bgamers?\b")
# What every _B2C match opens with, after its \b: see text.finditer_at_words.
_B2C_STARTS = ("b2c", "consumer", "millions of ", "our ", "app store", "download", "shoppers", "gamer")


@dataclass(frozen=True)
class CompanyResult:
    company_size_band: str | None
    company_size_evidence: str | None
    is_big_name: bool
    big_name_evidence: str | None
    is_b2b: bool | None
    b2b_evidence: str | None


def band_of(count: int) -> str:
    for limit, band in zip((10, 50, 200, 1000, 5000), BANDS, strict=False):
        if count <= limit:
            return band
    return BANDS[-1]


def _structured_size(structured: dict[str, Any]) -> tuple[str, str] | None:
    value = structured.get("numberOfEmployees") or structured.get("company_size")
    if isinstance(value, dict):
        value = value.get("value") or value.get("maxValue") or value.get("minValue")
    if isinstance(value, int | float) and value > 0:
        return band_of(int(value)), f"numberOfEmployees: {int(value)}"
    if isinstance(value, str):
        numbers = [int(n.replace(",", "")) for n in re.findall(r"\d[\d,]*", value)]
        if numbers:
            return band_of(max(numbers)), f"size: {value}"
    return None


def _stated_size(texts: list[str]) -> tuple[str, str] | None:
    for text in texts:
        head = text[:30_000]
        lower = lowered(head)
        for match in _COUNT.finditer(head) if _COUNT_GATE.search(lower) else ():
            before = text[max(0, match.start() - 40):match.start()].lower()
            if re.search(r"\b(?:serve|serving|used by|trusted by|customers|clients|over \d+ countries)\b", before):
                continue  # "used by 5,000 people" is about customers, not staff
            if match.group("what").lower() == "members" and "team" not in match.group(0).lower():
                continue
            count = int(match.group("n").replace(",", ""))
            if 1 <= count <= 500_000:
                return band_of(count), match.group(0).strip()
        team = search_near(_TEAM_OF, head, lower, ("team of", "crew of"))
        if team:
            raw = team.group("n").lower()
            count = _WORD_NUMBERS.get(raw) or int(raw)
            return band_of(count), team.group(0)
    return None


def _funding_size(texts: list[str]) -> tuple[str, str] | None:
    lowers = [lowered(text[:30_000]) for text in texts]
    for band, pattern in _FUNDING:
        for text, lower in zip(texts, lowers, strict=True):
            match = search_near(pattern, text[:30_000], lower, _FUNDING_WORDS[band])
            if match:
                return band, match.group(0)
    return None


def size_band(texts: list[str], structured: dict[str, Any] | None = None,
              open_roles: int | None = None) -> tuple[str | None, str | None]:
    """The company's size band and the evidence it rests on, strongest evidence first."""
    distinct = list(dict.fromkeys(texts))  # each reads texts in order and stops at the first find: repeats add nothing
    found = (_structured_size(structured or {}) or _stated_size(distinct) or _funding_size(distinct))
    if found:
        return found
    if open_roles:
        band = "1-10" if open_roles <= 2 else "11-50" if open_roles <= 8 else "51-200" if open_roles <= 30 else \
            "201-1000" if open_roles <= 100 else "1001-5000"
        return band, f"{open_roles} open roles on its own board (a proxy)"
    return None, None


@lru_cache(maxsize=1)
def big_names() -> dict[str, str]:
    """Normalised name or alias -> the listed company name, from the maintained data file."""
    data = yaml.safe_load(_BIG_NAMES.read_text(encoding="utf-8"))
    index: dict[str, str] = {}
    for entry in data["companies"]:
        for name in [entry["name"], *entry.get("aliases", [])]:
            index[normalise_company(name)] = entry["name"]
    return index


def big_name(company: str) -> tuple[bool, str | None]:
    key = normalise_company(company or "")
    listed = big_names().get(key)
    if listed:
        return True, f"listed in big_names.yaml as {listed}"
    return False, None


def b2b(texts: list[str]) -> tuple[bool | None, str | None]:
    """Whether the company sells to businesses, from what its postings say; None when they do not say."""
    business = consumer = 0
    business_evidence = consumer_evidence = None
    # A text the company posted several times (a reposted ad) is read once and its mentions counted per copy.
    for text, copies in Counter(texts).items():
        head = text[:30_000]
        lower = lowered(head)
        for match in finditer_at_words(_B2B, lower, _B2B_STARTS):
            business += copies
            business_evidence = business_evidence or in_text(head, lower, match)
        for match in finditer_at_words(_B2C, lower, _B2C_STARTS):
            consumer += copies
            consumer_evidence = consumer_evidence or in_text(head, lower, match)
    if business == consumer == 0:
        return None, None
    if business >= consumer:
        return True, f"sells to businesses: '{business_evidence}' ({business} B2B vs {consumer} consumer mentions)"
    return False, f"sells to consumers: '{consumer_evidence}' ({consumer} consumer vs {business} B2B mentions)"


def classify_company(company: str, texts: list[str], structured: dict[str, Any] | None = None,
                     open_roles: int | None = None) -> CompanyResult:
    band, band_evidence = size_band(texts, structured, open_roles)
    is_big, big_evidence = big_name(company)
    is_b2b, b2b_evidence = b2b(texts)
    return CompanyResult(band, band_evidence, is_big, big_evidence, is_b2b, b2b_evidence)
