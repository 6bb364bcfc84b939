"""Confirm a guessed board against its platform's API before byway crawls it.

A wrong token does not fail: it silently returns another company's jobs. So a board is valid only
when its API answers in the platform's documented shape *and* the company it names matches the
company we were looking for. Where the API names no company (Lever, Ashby, Personio feeds without a
subcompany), the token itself must match the company name. Pure functions over the decoded answer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from scrapers.platforms.fields import clean, mapping, normalise_company

VALIDATION_URLS = {
    "greenhouse": "https://boards-api.greenhouse.io/v1/boards/{token}",
    "lever": "https://api.lever.co/v0/postings/{token}?mode=json&limit=5",
    "ashby": "https://api.ashbyhq.com/posting-api/job-board/{token}",
    "workable": "https://apply.workable.com/api/v1/widget/accounts/{token}",
    "smartrecruiters": "https://api.smartrecruiters.com/v1/companies/{token}/postings?limit=10",
    "recruitee": "https://{token}.recruitee.com/api/offers/",
    "personio": "https://{token}.jobs.personio.de/xml",
}


@dataclass(frozen=True)
class Validation:
    is_valid: bool
    reason: str
    board_company: str | None = None
    jobs: int | None = None


def _squash(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", normalise_company(text))


def names_match(wanted: str, stated: str) -> bool:
    """'Acme Labs' matches 'ACME LABS, Inc.', 'acmelabs' and 'acme-labs'; 'Acme' does not match 'Acmeville'."""
    a, b = _squash(wanted), _squash(stated)
    if not a or not b:
        return False
    if a == b:
        return True
    words_a, words_b = set(normalise_company(wanted).split()), set(normalise_company(stated).split())
    return bool(words_a and words_b) and (words_a <= words_b or words_b <= words_a)


def _stated(platform: str, data: Any) -> tuple[str | None, int | None]:
    """The company name the board states, and how many jobs it lists."""
    if platform == "greenhouse" and isinstance(data, dict) and "name" in data:
        return clean(data.get("name")) or None, None
    if platform == "workable" and isinstance(data, dict) and isinstance(data.get("jobs"), list):
        return clean(data.get("name")) or None, len(data["jobs"])
    if platform == "smartrecruiters" and isinstance(data, dict) and isinstance(data.get("content"), list):
        names = [clean(mapping(p.get("company")).get("name")) for p in data["content"] if isinstance(p, dict)]
        return next((n for n in names if n), None), int(data.get("totalFound") or len(data["content"]))
    if platform == "recruitee" and isinstance(data, dict) and isinstance(data.get("offers"), list):
        names = [clean(o.get("company_name")) for o in data["offers"] if isinstance(o, dict)]
        return next((n for n in names if n), None), len(data["offers"])
    if platform == "lever" and isinstance(data, list):
        return None, len(data)
    if platform == "ashby" and isinstance(data, dict) and isinstance(data.get("jobs"), list):
        return None, len(data["jobs"])
    if platform == "personio" and hasattr(data, "findall") and data.tag == "workzag-jobs":
        names = [clean(p.findtext("subcompany")) for p in data.findall("position")]
        return next((n for n in names if n), None), len(data.findall("position"))
    raise ValueError(f"not the {platform} API's shape")


def validate(platform: str, token: str, company: str, data: Any) -> Validation:
    """Whether the decoded API answer for `token` is the board of `company`, and why."""
    try:
        stated, jobs = _stated(platform, data)
    except ValueError as exc:
        return Validation(False, f"{platform} board '{token}' answered, but {exc}")
    if stated:
        if names_match(company, stated):
            return Validation(True, f"{platform} board '{token}' is '{stated}'", stated, jobs)
        return Validation(False, f"{platform} board '{token}' belongs to '{stated}', not '{company}'", stated, jobs)
    if names_match(company, token.replace("-", " ").replace("_", " ")) or _squash(company) == _squash(token):
        return Validation(True, f"{platform} board '{token}' answered and its token matches '{company}'", None, jobs)
    return Validation(False, f"{platform} board '{token}' answered but names no company, and the token does not "
                             f"match '{company}'", None, jobs)
