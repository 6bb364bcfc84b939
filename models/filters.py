"""The profile's hard filters: why a posting must not be shown to this person, in words they can check.

A filter only acts on what is known: an unknown work mode, salary, seniority or location never filters
(it would hide the postings that say least, which are often the small companies byway is for).
"""

from __future__ import annotations

import re
from typing import Any

from models.enrich.batch import company_key
from models.profile import Profile

_YEARLY = {"year": 1.0, "month": 12.0, "week": 52.0, "day": 260.0, "hour": 2080.0}


def _lower_list(values: Any) -> list[str]:
    if not values:
        return []
    if isinstance(values, str):
        values = [values]
    return [str(v).lower() for v in values if v]


def yearly_salary(posting: dict[str, Any], currency: str) -> float | None:
    """The top of the posting's salary range per year in `currency`; None when not stated in it (byway
    converts no currencies, so a salary in another one is as unknown as none)."""
    top = posting.get("salary_max") or posting.get("salary_min")
    period = posting.get("salary_period") or "year"
    if not top or period not in _YEARLY or (posting.get("salary_currency") or "").upper() != currency:
        return None
    return float(top) * _YEARLY[period]


def _location_reason(profile: Profile, posting: dict[str, Any]) -> str | None:
    if not profile.locations:
        return None
    wanted = [place.lower() for place in profile.locations]
    places = _lower_list(posting.get("locations")) + _lower_list(posting.get("countries"))
    if posting.get("work_mode") == "remote":
        limited = str(posting.get("remote_limited_to") or "").lower()
        if not limited or any(w in limited or limited in w for w in wanted):
            return None
        return f"remote only from {posting.get('remote_limited_to')}"
    if not places or any(w in place for w in wanted for place in places):
        return None
    return f"located in {'; '.join(str(p) for p in (posting.get('locations') or [])[:3]) or places[0]}"


def _phrase_in(phrase: str, text: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(phrase.lower()) + r"(?!\w)", text) is not None


def filter_reasons(profile: Profile, posting: dict[str, Any], application: str | None = None) -> list[str]:
    """Every reason the profile excludes this posting (empty: it is kept). `application` is the status of
    the user's application to it, if any (applied, dismissed, …)."""
    reasons: list[str] = []
    if posting.get("is_open") is False:
        reasons.append("closed")
    if application:
        reasons.append("dismissed" if application == "dismissed" else f"already applied ({application})")
    mode = posting.get("work_mode")
    if profile.remote == "remote_only" and mode in ("hybrid", "onsite"):
        reasons.append(f"not remote ({mode})")
    elif profile.remote == "remote_or_hybrid" and mode == "onsite":
        reasons.append("onsite only")
    location = _location_reason(profile, posting)
    if location:
        reasons.append(location)
    if profile.target_roles and posting.get("role_family") not in profile.target_roles:
        reasons.append(f"role family {posting.get('role_family')}")
    stated = not str(posting.get("seniority_evidence") or "").startswith("no level stated")
    if profile.seniority and posting.get("seniority") and stated and posting["seniority"] not in profile.seniority:
        reasons.append(f"seniority {posting['seniority']}")
    if not profile.has_degree and profile.degree_policy == "filter" and posting.get("degree_requirement") == "required":
        reasons.append("requires a degree")
    if profile.needs_visa and posting.get("visa_sponsorship") == "not_offered":
        reasons.append("no visa sponsorship")
    if profile.min_salary:
        yearly = yearly_salary(posting, profile.min_salary.currency)
        if yearly is not None and yearly < profile.min_salary.amount:
            reasons.append(f"pays at most {yearly:,.0f} {profile.min_salary.currency}/year")
    if profile.avoid_big_names and posting.get("is_big_name"):
        reasons.append("big-name company")
    company = company_key(posting.get("company"))
    if any(company_key(name) == company for name in profile.exclude_companies):
        reasons.append(f"excluded company {posting.get('company')}")
    if profile.must_not:
        text = f"{posting.get('title') or ''}\n{posting.get('description') or ''}".lower()
        hits = [phrase for phrase in profile.must_not if _phrase_in(phrase, text)]
        if hits:
            reasons.append("mentions " + ", ".join(repr(h) for h in hits))
    return reasons
