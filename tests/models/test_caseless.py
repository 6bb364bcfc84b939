"""caseless patterns on lower-cased text must find what the IGNORECASE patterns they replace find in the text."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enrich import degree, experience
from models.enrich.text import caseless, lower_in_place

CASELESS = [*(pattern for _, pattern in degree.LEVEL_TERMS), degree._NOT_ACADEMIC, degree._NOT_AN_ASK,
            degree._WAIVED, degree._WAIVED_HERE, degree._ALTERNATIVE, degree._HIGH_SCHOOL_PATH,
            degree._BARE_EQUIVALENT, degree._FIELD_EQUIVALENT, experience._YEARS, experience._COMPANY_VOICE,
            experience._CANDIDATE_VOICE]

FRAGMENTS = ["Bachelor's", "BS", "B.S.", "BSc", "MS", "M.S.", "MSc", "MBA", "PhD", "Ph.D.", "doctorate", "Master's",
             "masters", "LL.M", "LLM in tax", "associate's degree", "degree", "degrees", "diploma", "GED", "GEDucation",
             "high school", "HS", "360 degrees", "degree of autonomy", "no degree required", "degree is not required",
             "(Not Required)", "(optional)", "or equivalent experience", "in lieu of a degree", "or 4+ years of",
             "experience", "tuition reimbursement", "our team", "PhD interns", "enrolled in", "currently pursuing",
             "qualify for an EU Blue Card", "some of us", "Master Data", "mastery", "or", "and", "in", "of", "a", "(",
             ")", ",", ".", "/", "-", "\n", "'s", "’s", "Computer Science", "x", "5+ years", "3-5 Yrs", "Minimum of",
             "At least", "Up to", "ten", "Two (2)", "months", "year's", "+ of", "We have", "Company", "founded",
             "over the past", "you", "Candidates", "must", "İ", "Or Equivalent",
             "foreign equivalent", "with", " or higher", "technical"]


def _cased(fragment: str, how: int) -> str:
    return (fragment, fragment.lower(), fragment.upper(), fragment.title())[how]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.integers(0, 3)), max_size=30),
       st.sampled_from(["", " "]), st.sampled_from(CASELESS))
def test_same_matches_as_ignorecase(parts: list[tuple[str, int]], glue: str, pattern: re.Pattern[str]) -> None:
    text = glue.join(_cased(fragment, how) for fragment, how in parts)
    ignorecase = re.compile(pattern.pattern, re.I)  # the lowered source means the same with IGNORECASE
    lower = lower_in_place(text)
    assert len(lower) == len(text)
    expected = [m.span() for m in ignorecase.finditer(text)]
    assert [m.span() for m in pattern.finditer(lower)] == expected


def test_letters_are_lowered_and_escapes_kept() -> None:
    assert caseless(r"\bGED(?:\b|(?=[A-Z][a-z]))\W\S\d").pattern == r"\bged(?:\b|(?=[a-z][a-z]))\W\S\d"
    assert caseless(r"a\\B").pattern == r"a\\b"  # an escaped backslash, then the letter B
    assert caseless(r"\bMS\b").search("an ms degree") and not caseless(r"\bMS\b").search("AN MS DEGREE")
