"""Work mode (remote, hybrid, onsite, unknown) and the countries a posting is open to.

Boards' structured flags are a start, and the text corrects them: a "remote" flag next to "hybrid, 3
days in the Berlin office" is hybrid; "Remote (US only)" is remote with a country limit.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from models.enrich.text import caseless, joined_lower, search_near

_HYBRID = caseless(r"\bhybrid\b|\b\d\s*(?:-\s*\d\s*)?days? (?:a|per) week (?:in|at) (?:the|our) office\b|"
                   r"\b(?:[1-4]|one|two|three|four) days? (?:in|at) (?:the|our) office\b|\bpartially remote\b|"
                   r"\bflexible (?:remote|working) (?:and|&) office\b|\bremote[- ]first with (?:an? )?office\b")
_REMOTE = caseless(r"\b(?:fully |100% |completely )?remote\b(?! (?:sensing|control|monitoring|patient))|"
                   r"\bwork from (?:home|anywhere)\b|\bwfh\b|\btelecommut\w+|\bdistributed team\b|"
                   r"\banywhere in the world\b")
_NOT_REMOTE = caseless(r"\b(?:not|no) (?:a )?remote\b|"
                       r"\bremote (?:work )?(?:is )?not (?:possible|available|an option)|\bno remote\b|"
                       r"\bon-?site only\b|\bin-office only\b")
_ONSITE = caseless(r"\bon-?site\b|\bin[- ]office\b|\bin person\b|\bin-person\b|"
                   r"\bfull[- ]time in (?:the|our) office\b|\brelocat\w+ (?:to|is required)\b|"
                   r"\bwork from (?:our|the) office\b")
_LIMIT = caseless(r"\bremote\s*[\(\-–,:]?\s*(?:\()?(?:only )?(?:in )?(?:the )?(?P<where>[A-Z][A-Za-z .&/]{1,40}?)"
                  r"\s*(?:only|based|residents?|time ?zones?)\b")

COUNTRIES = {
    "united states": "United States", "usa": "United States", "us": "United States", "u.s.": "United States",
    "america": "United States", "canada": "Canada", "united kingdom": "United Kingdom", "uk": "United Kingdom",
    "england": "United Kingdom", "london": "United Kingdom", "germany": "Germany", "deutschland": "Germany",
    "berlin": "Germany", "munich": "Germany", "münchen": "Germany", "hamburg": "Germany", "france": "France",
    "paris": "France", "netherlands": "Netherlands", "amsterdam": "Netherlands", "spain": "Spain",
    "madrid": "Spain", "barcelona": "Spain", "portugal": "Portugal", "lisbon": "Portugal", "ireland": "Ireland",
    "dublin": "Ireland", "switzerland": "Switzerland", "zurich": "Switzerland", "zürich": "Switzerland",
    "austria": "Austria", "vienna": "Austria", "poland": "Poland", "warsaw": "Poland", "sweden": "Sweden",
    "stockholm": "Sweden", "denmark": "Denmark", "copenhagen": "Denmark", "norway": "Norway", "finland": "Finland",
    "italy": "Italy", "india": "India", "bangalore": "India", "bengaluru": "India", "singapore": "Singapore",
    "malaysia": "Malaysia", "kuala lumpur": "Malaysia", "australia": "Australia", "sydney": "Australia",
    "japan": "Japan", "tokyo": "Japan", "israel": "Israel", "tel aviv": "Israel", "brazil": "Brazil",
    "mexico": "Mexico", "estonia": "Estonia", "czech republic": "Czechia", "czechia": "Czechia", "prague": "Czechia",
    "belgium": "Belgium", "new zealand": "New Zealand", "south africa": "South Africa", "nigeria": "Nigeria",
    "kenya": "Kenya", "argentina": "Argentina", "colombia": "Colombia", "philippines": "Philippines",
}
US_STATES = {"AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
             "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND",
             "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "DC"}
_COUNTRY_NAMES = re.compile(r"(?<![A-Za-z])(?:" + "|".join(re.escape(n) for n in sorted(COUNTRIES, key=len,
                                                                                          reverse=True)) +
                            r")(?![A-Za-z])", re.I)
_REGIONS = {"eu": "EU", "europe": "Europe", "emea": "EMEA", "latam": "LATAM", "apac": "APAC", "americas": "Americas",
            "north america": "North America"}


# Words every match of a pattern contains (within 80 characters of its start): see text.search_near. The patterns
# are caseless: they read the lower-cased text, whose positions are the text's.
_HYBRID_WORDS = ("hybrid", "office", "partially remote")
_REMOTE_WORDS = ("remote", "work from", "wfh", "telecommut", "distributed team", "anywhere in the world")
_NOT_REMOTE_WORDS = ("remote", "site only", "in-office only")
_ONSITE_WORDS = ("site", "office", "person", "relocat")
_STATE_SUFFIX = re.compile(r",\s*(?:" + "|".join(sorted(US_STATES)) + r")\b")


@dataclass(frozen=True)
class WorkModeResult:
    work_mode: str
    work_mode_evidence: str | None
    countries: list[str] = field(default_factory=list)
    remote_limited_to: str | None = None


def countries_in(locations: list[str] | str | None) -> list[str]:
    """Countries named by location strings ('Berlin, Germany', 'Austin, TX', 'Remote - US')."""
    values = [locations] if isinstance(locations, str) else list(locations or [])
    found: list[str] = []
    for value in values:
        for match in _COUNTRY_NAMES.finditer(value):
            name = match.group(0)
            if name.lower() in ("us", "uk") and name != name.upper():
                continue  # "us" the pronoun
            country = COUNTRIES[name.lower()]
            if country not in found:
                found.append(country)
        if "," in value and _STATE_SUFFIX.search(value) and "United States" not in found:
            found.append("United States")
    return found


def _sentence(text: str, start: int, end: int) -> str:
    left = max(text.rfind(".", 0, start), text.rfind("\n", 0, start)) + 1
    right_candidates = [i for i in (text.find(".", end), text.find("\n", end)) if i != -1]
    right = min(right_candidates) if right_candidates else len(text)
    return text[left:right].strip()[:300]


def classify_work_mode(text: str | None, locations: list[str] | None = None, structured_mode: str | None = None,
                       title: str = "") -> WorkModeResult:
    """The work mode the text supports (it overrides a board's flag), with the countries it names."""
    places, head = " / ".join(locations or []), (text or "")[:30_000]
    body = f"{title}\n{places}\n{head}"
    countries = countries_in(locations or [])
    limited: str | None = None
    lower = joined_lower(title, places, head)
    limit = search_near(_LIMIT, lower, lower, ("remote",))
    if limit:
        where = limit.group("where").strip().lower()
        limited = _REGIONS.get(where) or COUNTRIES.get(where)
        if limited and limited not in countries and limited not in _REGIONS.values():
            countries.append(limited)
    for mode, words, pattern in (("hybrid", _HYBRID_WORDS, _HYBRID), ("remote", _REMOTE_WORDS, _REMOTE)):
        match = search_near(pattern, lower, lower, words)
        if match and not (mode == "remote" and search_near(_NOT_REMOTE, lower, lower, _NOT_REMOTE_WORDS)):
            return WorkModeResult(mode, _sentence(body, match.start(), match.end()), countries, limited)
    match = (search_near(_ONSITE, lower, lower, _ONSITE_WORDS)
             or search_near(_NOT_REMOTE, lower, lower, _NOT_REMOTE_WORDS))
    if match:
        return WorkModeResult("onsite", _sentence(body, match.start(), match.end()), countries)
    if structured_mode in ("remote", "hybrid", "onsite"):
        return WorkModeResult(structured_mode, f"board field: {structured_mode}", countries, limited)
    return WorkModeResult("unknown", None, countries)
