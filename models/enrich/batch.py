"""Enrich many postings at once: company features come from all of a company's postings together.

A company's size, B2B-ness and open-role count are facts about the company, so they are read from
every posting it has in the batch (the "about us" paragraph one posting has, another may lack).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import Any

from models.enrich.company import CompanyResult, classify_company
from models.enrich.posting import description_of, posting_features
from scrapers.platforms.fields import normalise_company


def company_key(name: str | None) -> str:
    return normalise_company(name or "") or "(unknown)"


def companies_of(postings: Iterable[dict[str, Any]], open_roles: dict[str, int] | None = None
                 ) -> dict[str, CompanyResult]:
    """Company features per normalised company name, from the texts and structured fields of its postings."""
    texts: dict[str, list[str]] = defaultdict(list)
    names: dict[str, str] = {}
    structured: dict[str, dict[str, Any]] = defaultdict(dict)
    counts: dict[str, int] = defaultdict(int)
    for posting in postings:
        key = company_key(posting.get("company"))
        names.setdefault(key, str(posting.get("company") or ""))
        texts[key].append(description_of(posting))
        counts[key] += 1
        attributes = posting.get("attributes") or {}
        for field in ("numberOfEmployees", "company_size"):
            if attributes.get(field) or posting.get(field):
                structured[key][field] = attributes.get(field) or posting.get(field)
    roles = open_roles or {}
    return {key: classify_company(names[key], texts[key], structured[key], roles.get(key)) for key in texts}


def enrich_batch(postings: list[dict[str, Any]], open_roles: dict[str, int] | None = None) -> list[dict[str, Any]]:
    """Every posting's features, in input order, with company features shared across a company's postings."""
    companies = companies_of(postings, open_roles)
    return [posting_features(p, companies[company_key(p.get("company"))]) for p in postings]
