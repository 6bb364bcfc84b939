"""All posting features in one call: what `byway enrich` writes and the posting_features asset stores.

Input is a plain mapping with at least `title`, `company`, `description` (and optionally `location` /
`locations`, `platform`, `work_mode`, salary fields and the platform's structured `attributes`);
output is one flat mapping, every feature a top-level key, evidence next to each.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import fields
from functools import lru_cache
from pathlib import Path
from typing import Any

from models.enrich.company import CompanyResult, classify_company
from models.enrich.degree import classify_degree
from models.enrich.experience import extract_experience
from models.enrich.flags import classify_flags
from models.enrich.offpath import OffPath, off_path_score
from models.enrich.role import classify_role
from models.enrich.salary import salary_from
from models.enrich.workmode import classify_work_mode

FEATURE_VERSION = "50"  # bump when a rule changes what it returns, so stored features are recomputed
_RULES = Path(__file__).parent


# schema.org text fields that sites fill instead of (or besides) the description, stored in `attributes` by the
# JSON-LD parser; a page may give its degree and years only there.
_REQUIREMENT_FIELDS = (("qualifications", "Qualifications:"), ("experience_requirements", "Experience requirements:"))


def description_of(posting: dict[str, Any]) -> str:
    """The text the rules read: `byway enrich` input calls it `description`, the warehouse `description_text`;
    then the schema.org requirement fields the description does not already hold, each under its heading."""
    text = str(posting.get("description") or posting.get("description_text") or "")
    attributes = posting.get("attributes")
    if isinstance(attributes, dict):
        for key, heading in _REQUIREMENT_FIELDS:
            value = attributes.get(key)
            if isinstance(value, str) and value.strip() and value not in text:
                text = f"{text}\n{heading}\n{value}" if text else f"{heading}\n{value}"
    return text


def _locations(posting: dict[str, Any]) -> list[str]:
    value = posting.get("locations") or posting.get("location") or []
    return [value] if isinstance(value, str) else [str(v) for v in value if v]


# What the posting-level rules read; input_hash covers exactly these, so a stored result is reused only
# for the same inputs under the same rules.
_INPUT_KEYS = ("title", "description", "description_text", "attributes", "locations", "location", "work_mode",
               "salary_min", "salary_max", "salary_currency", "salary_period", "salary_text")
# Feature names that come from the company (all its postings) or the job's platforms, not from the posting.
COMPANY_LEVEL_KEYS = frozenset(f.name for f in fields(CompanyResult)) | frozenset(f.name for f in fields(OffPath))


@lru_cache(maxsize=1)
def rules_fingerprint() -> str:
    """FEATURE_VERSION and a hash of the rules' own files (models/enrich: code and data).

    Stored features are reused only under the same fingerprint, so a rule edited without raising
    FEATURE_VERSION still gets every posting enriched again instead of silently keeping old answers."""
    digest = hashlib.sha256(FEATURE_VERSION.encode("utf-8"))
    for path in sorted(p for p in _RULES.rglob("*") if p.suffix in (".py", ".yaml")):
        digest.update(path.relative_to(_RULES).as_posix().encode("utf-8") + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def input_hash(posting: dict[str, Any]) -> str:
    """A content hash of what the posting-level rules read, and of the rules (rules_fingerprint).

    A daily run re-enriches only postings whose hash changed: most of a warehouse is unchanged from one
    day to the next, and the rules cost about a millisecond a posting."""
    inputs = {key: posting.get(key) for key in _INPUT_KEYS if posting.get(key)}
    payload = json.dumps([rules_fingerprint(), inputs], sort_keys=True, default=str, ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:32]


def inputs_key(posting: dict[str, Any]) -> tuple[Any, ...]:
    """What input_hash hashes, as a dict key: postings with equal keys get equal posting-level features.

    For telling repeats apart within one batch, where the hash's JSON of a long description would cost a
    twentieth of enriching it. Text is compared as it is; any other value as its JSON, tagged, so the text
    "1" and the number 1 stay apart (as they do in the hash)."""
    return tuple(None if not (value := posting.get(key)) else value if type(value) is str
                 else ("json", json.dumps(value, sort_keys=True, default=str, ensure_ascii=False))
                 for key in _INPUT_KEYS)


def posting_level_features(posting: dict[str, Any]) -> dict[str, Any]:
    """The features that depend on this posting alone: degree, experience, role, work mode, salary, flags."""
    title = str(posting.get("title") or "")
    text = description_of(posting)
    attributes = dict(posting.get("attributes") or {})
    structured = {**attributes, **{k: posting[k] for k in ("salary_min", "salary_max", "salary_currency",
                                                           "salary_period", "salary_text") if posting.get(k)}}
    degree = classify_degree(text, attributes)
    experience = extract_experience(text, attributes)
    role = classify_role(title, text, experience.min_years_experience)
    mode = classify_work_mode(text, _locations(posting), posting.get("work_mode"), title)
    salary = salary_from(structured, text)
    flags = classify_flags(text, title, attributes)
    return {
        # vars(), not dataclasses.asdict: asdict deep-copies every value and cost a tenth of the whole run.
        **vars(degree), **vars(experience), **vars(role),
        "work_mode": mode.work_mode, "work_mode_evidence": mode.work_mode_evidence, "countries": mode.countries,
        "remote_limited_to": mode.remote_limited_to,
        **vars(salary), **vars(flags),
    }


def company_level_features(posting: dict[str, Any], company: CompanyResult) -> dict[str, Any]:
    """The company's features and the off-path score, which also weighs the platforms the job is found on."""
    platforms = posting.get("platforms") or ([posting["platform"]] if posting.get("platform") else [])
    off_path = off_path_score(company.company_size_band, company.is_big_name, company.is_b2b, list(platforms))
    return {**vars(company), **vars(off_path)}


def posting_features(posting: dict[str, Any], company: CompanyResult | None = None,
                     own: dict[str, Any] | None = None) -> dict[str, Any]:
    """Every feature of one posting; company features are computed from this posting alone when not given, and
    the posting-level ones (`own`) when a batch has not already read them from a repeat of this posting."""
    if company is None:
        company = classify_company(str(posting.get("company") or ""), [description_of(posting)],
                                   dict(posting.get("attributes") or {}))
    return {**(posting_level_features(posting) if own is None else own), **company_level_features(posting, company),
            "feature_version": FEATURE_VERSION}
