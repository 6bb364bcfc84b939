"""The lost-line-break passes of models/enrich/text.py: the faster forms must break exactly where the plain
patterns do, since every rule reads the statements they make."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.enrich import text

# The patterns as first written: scanned at every position (dash) or at every digit (years).
_DASH_PLAIN = re.compile(r"(?<=[A-Za-z)])- (?=[A-Z])")

# Pieces that make, nearly make or break up matches: glued figures of years, bullets of dashes, other digits.
FRAGMENTS = ["Experience", "skills", "word", "abc", "a", "5", "10", "3+", "10+ ", "10+\n", "+", " ", "\n", "years", "year", "yrs",
             "yearly", "Years", "- ", "-", ")", "Proven", "REQUIREMENTS", "٣", "\u00a0", "x"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_years_break_where_the_pattern_does(parts: list[str]) -> None:
    joined = "".join(parts)
    assert text._break_before_years(joined) == text._INLINE_YEARS.sub("\n\\1", joined)


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40))
def test_dash_breaks_where_the_plain_pattern_does(parts: list[str]) -> None:
    joined = "".join(parts)
    assert text._INLINE_DASH.sub("\n", joined) == _DASH_PLAIN.sub("\n", joined)


def test_a_figure_glued_to_its_requirement_starts_a_line() -> None:
    assert text._break_before_years("Proven experience5+ years in ML, skills10+ yrs") == \
        "Proven experience\n5+ years in ML, skills\n10+ yrs"
    assert text._break_before_years("in 2019 years ago; abc5 years") == "in 2019 years ago; abc5 years"


def test_a_board_field_glued_after_a_short_word_starts_a_line() -> None:
    assert text._break_before_fields("Yearly payExperience level:5 yearsSchedule") == \
        "Yearly pay\nExperience level:5 yearsSchedule"
    assert text._break_before_fields("(Preferred)Education:Bachelor's") == "(Preferred)\nEducation:Bachelor's"
    # Only glued: a label after a space, a capital or a line break stays where it is.
    assert text._break_before_fields("Prior Experience: 3 years\nEducation: none") == \
        "Prior Experience: 3 years\nEducation: none"


# Lost line breaks that normalising restores, each beside text it must leave alone (the second of each pair).
GLUED_LINES = [
    # From the thirteenth held-out set: "…or related fieldA minimum of 3 years …", a one-letter word glued to a long one.
    ("Degree in Finance or related fieldA minimum of 3 years", "Degree in Finance or related field\nA minimum of 3 years"),
    ("Plan A and plan B; SectionA5 and dataA", "Plan A and plan B; SectionA5 and dataA"),
    # From the thirty-first: "(Accounting or Finance preferred)CPA (preferred, not required)" is two items, so the CPA's
    # qualifier stays off the degree; a longer capitalised word, a space or a lower-case word after ")" stay.
    ("Bachelor’s Degree (Accounting or Finance preferred)CPA (preferred, not required)",
     "Bachelor’s Degree (Accounting or Finance preferred)\nCPA (preferred, not required)"),
    ("Skills (SQL)DATABASES and (R) SAS, (x)ray", "Skills (SQL)DATABASES and (R) SAS, (x)ray"),
    # From the thirty-second: a heading in capitals glued to its first item ("QUALIFICATIONSD.D.S. with Illinois
    # license" hid the doctorate's initials); a longer word in capitals, or capitals after it, stay whole.
    ("QUALIFICATIONSD.D.S. with Illinois license.", "QUALIFICATIONS\nD.D.S. with Illinois license."),
    ("MINIMUM QUALIFICATIONSWork Experience: 8 years", "MINIMUM QUALIFICATIONS\nWork Experience: 8 years"),
    ("EDUCATIONAL REQUIREMENTS MET; REQUIREMENTSUS", "EDUCATIONAL REQUIREMENTS MET; REQUIREMENTSUS"),
    # … and one after a sentence's full stop ("Other duties as assigned.PREFERRED PROFESSIONAL EXPERIENCE AND …").
    ("Other duties as assigned.PREFERRED QUALIFICATIONS", "Other duties as assigned.\nPREFERRED QUALIFICATIONS"),
    ("See the U.S.A. and e.g.USA", "See the U.S.A. and e.g.USA"),
    # From the thirty-fourth: a figure of years glued to the full stop before it ("…in Human Resources or related
    # field.5+ years of previous HR experience, preferably within …" lent the years' preference to the degree), or a
    # range glued to the word before it ("High School Diploma or GED required1-3 years of …"); a decimal, a version
    # and a figure of something else stay.
    ("Bachelor's degree in HR or related field.5+ years of HR experience.",
     "Bachelor's degree in HR or related field.\n5+ years of HR experience."),
    ("Bachelor’s degree in Engineering.2-5 years prior sales experience preferred.",
     "Bachelor’s degree in Engineering.\n2-5 years prior sales experience preferred."),
    ("High School Diploma or GED required1-3 years of insurance experience",
     "High School Diploma or GED required\n1-3 years of insurance experience"),
    ("About 1.5 years of Python.3 and v.2 yearly, over 10.5 years", "About 1.5 years of Python.3 and v.2 yearly, over 10.5 years"),
    # From the thirty-eighth: certification initials glued to the word before them ("…manufacturing planning
    # experienceC.P.I.M/C.P.M. certificate preferred." lent the certificate's preference to the degree); initials after
    # a short word, and a capital with no full stop after it, stay.
    ("Bachelor’s degree in business or equivalent planning experienceC.P.I.M/C.P.M. certificate preferred.",
     "Bachelor’s degree in business or equivalent planning experience\nC.P.I.M/C.P.M. certificate preferred."),
    ("Work in the U.S. and inU.S.A. on McKinsey's iPhone apps", "Work in the U.S. and inU.S.A. on McKinsey's iPhone apps"),
    # From the thirty-ninth: a certification's initials glued to the field before them; a database's name stays.
    ("Degree in Accounting or related fieldCPA certification is a plus",
     "Degree in Accounting or related field\nCPA certification is a plus"),
    ("Use MongoDB, PostgreSQL and a SHRMs list", "Use MongoDB, PostgreSQL and a SHRMs list"),
    # From the forty-second: a word processor's "o" sub-bullets inline; an "o" before a lower-case word, or after a
    # capital, stays.
    ("Bachelor’s Degree, preferred o (Internal) 5-7 years preferred o CIC & CRM required",
     "Bachelor’s Degree, preferred\n(Internal) 5-7 years preferred\nCIC & CRM required"),
    ("Plan a o b and Section O Two", "Plan a o b and Section O Two"),
]


@pytest.mark.parametrize("glued, restored", GLUED_LINES)
def test_lost_line_breaks_are_restored_where_a_line_ended(glued: str, restored: str) -> None:
    assert text.normalised(glued) == restored


def test_a_parenthesis_of_qualifiers_alone_is_no_list() -> None:
    # "(preferred, not required)" qualifies what precedes it; "(Math or CS preferred)" lists what it qualifies.
    assert not text.PARENTHETICAL.search("Bachelor's Degree (preferred, not required)")
    assert not text.PARENTHETICAL.search("Degree (strongly preferred but not necessarily required).")
    assert text.PARENTHETICAL.search("Degree (Math or CS preferred)")
    assert text.PARENTHETICAL.search("Degree (or equivalent experience)")
