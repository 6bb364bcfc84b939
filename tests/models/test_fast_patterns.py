"""Patterns rewritten for speed (lower-cased text, regrouped branches) must find what they found before."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enrich import company, degree, experience, flags, salary, text, workmode
from models.enrich.text import caseless, lower_in_place

CASELESS = [*(pattern for _, pattern in degree.LEVEL_TERMS), degree._NOT_ACADEMIC, degree._NOT_AN_ASK,
            degree._WAIVED, degree._WAIVED_HERE, degree._ALTERNATIVE, degree._HIGH_SCHOOL_PATH,
            degree._BARE_EQUIVALENT, degree._FIELD_EQUIVALENT, degree._OR_A_DEGREE, experience._YEARS,
            experience._COMPANY_VOICE, experience._CANDIDATE_VOICE, flags._VISA_NO, flags._VISA_YES, flags._TRAVEL,
            flags._TRAVEL_WORDS, flags._ON_CALL, workmode._HYBRID, workmode._REMOTE, workmode._NOT_REMOTE,
            workmode._ONSITE, workmode._LIMIT, *text._HEADING_WORDS.values(), text._ANY_HEADING_WORD, text._LEAD_IN,
            text._NAMES_A_CREDENTIAL, text._REQUIRE_WORD, company._COUNT_GATE]

FRAGMENTS = ["Bachelor's", "BS", "B.S.", "BSc", "MS", "M.S.", "MSc", "MBA", "PhD", "Ph.D.", "doctorate", "Master's",
             "masters", "LL.M", "LLM in tax", "associate's degree", "degree", "degrees", "diploma", "GED", "GEDucation",
             "high school", "HS", "360 degrees", "degree of autonomy", "no degree required", "degree is not required",
             "(Not Required)", "(optional)", "or equivalent experience", "in lieu of a degree", "or 4+ years of",
             "experience", "tuition reimbursement", "our team", "PhD interns", "enrolled in", "currently pursuing",
             "qualify for an EU Blue Card", "some of us", "Master Data", "mastery", "or", "and", "in", "of", "a", "(",
             ")", ",", ".", "/", "-", "\n", "'s", "’s", "Computer Science", "x", "5+ years", "3-5 Yrs", "Minimum of",
             "At least", "Up to", "ten", "Two (2)", "months", "year's", "+ of", "We have", "Company", "founded",
             "over the past", "you", "Candidates", "must", "İ", "Or Equivalent",
             "foreign equivalent", "with", " or higher", "technical", "We will", "Sponsor", "Visa Sponsorship",
             "is not available", "US Citizens only", "| Visa |", "H1B transfers OK", "Travel up to", "25%",
             "extensive travel", "On-Call", "PagerDuty", "Hybrid", "2 days a week in the office", "Remote",
             "Remote (US only)", "Fully remote", "not remote", "Onsite only", "in person", "relocation to", "Berlin", "Nice To Have", "Bonus Points",
             "Requirements", "What You'll Do", "About Us", "Benefits", "Valued but not required", "Pluses", "1,200",
             "Employees", "team members", "FTE", "40+"]


def _cased(fragment: str, how: int) -> str:
    return (fragment, fragment.lower(), fragment.upper(), fragment.title())[how]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(FRAGMENTS), st.integers(0, 3)), max_size=30),
       st.sampled_from(["", " "]), st.sampled_from(CASELESS))
def test_same_matches_as_ignorecase(parts: list[tuple[str, int]], glue: str, pattern: re.Pattern[str]) -> None:
    text = glue.join(_cased(fragment, how) for fragment, how in parts)
    ignorecase = re.compile(pattern.pattern, re.I | pattern.flags)  # the lowered source, read with IGNORECASE
    lower = lower_in_place(text)
    assert len(lower) == len(text)
    expected = [m.span() for m in ignorecase.finditer(text)]
    assert [m.span() for m in pattern.finditer(lower)] == expected


def test_letters_are_lowered_and_escapes_kept() -> None:
    assert caseless(r"\bGED(?:\b|(?=[A-Z][a-z]))\W\S\d").pattern == r"\bged(?:\b|(?=[a-z][a-z]))\W\S\d"
    assert caseless(r"a\\B").pattern == r"a\\b"  # an escaped backslash, then the letter B
    assert caseless(r"\bMS\b").search("an ms degree") and not caseless(r"\bMS\b").search("AN MS DEGREE")


# degree._NOT_AN_ASK as it was written before its branches were grouped for speed (with "tuition" not inside
# "intuition", as both now read): the grouping must not change whether a clause matches.
_NOT_AN_ASK_UNGROUPED = re.compile(
    r"tuition(?<!intuition)|education (?:assistance|reimbursement|benefits?)|reimburse|"
    r"(?:our|the) (?:team|founders|engineers|people|staff|employees)\b[^.]{0,60}\b(?:degrees?|ph\.?d)|"
    r"\bteam of [^.]{0,40}ph\.?d|ph\.?d\.?s? (?:from|who)|"
    r"with (?:degrees|ph\.?ds) from|\bdegrees from\b|ph\.?d\.? (?:interns?|internships?|students?|fellows?)\b|"
    r"internships? (?:for|available)|students (?:working|who|pursuing)|"
    r"\b(?:current |an )?undergraduates?(?: students?)? (?:with|who|pursuing|enrolled|majoring)\b|"
    r"\bundergrad(?:uate)? (?:\w+ ){0,3}program|\bstill in (?:college|school|university)\b|"
    r"(?:earn|offer|offering|launched|online) [^.]{0,40}degree|doesn'?t have a [^.]{0,20}degree|"
    r"shouldn'?t take a [^.]{0,20}degree|working on their|"
    r"\bmaster (?:data|communicator|class)|\bmaster of (?!engineering\b)\w+ing\b|\bmastery\b|\bdegree programs?\b|"
    r"\bcourses?\b(?! or\b)[^.]{0,30}\bdegree|\bqualify for (?:an? )?(?:EU )?(?:blue card|visa|work permit)|"
    r"\bdegrees? (?:completely )?online\b|\bonline degrees?\b|\btaught\b[^.]{0,40}\bcoursework\b|"
    r"\b(?:some|many|most|none|several|half|all) of us\b|"
    r"^\W*(?:you are |must be |be )?(?:currently )?enrolled (?:in|at)\b|"
    r"^\W*(?:you are |must be |be )?currently pursuing\b|"
    r"\b(?:intention|intend|intending|plan|planning|expected|expecting) to graduate\b|"
    r"\b(?:years?|yrs)\b[^.;]{0,20}\bfor (?:those|candidates|applicants|someone|people) (?:with|holding)\b|"
    r"\b(?:working|studying) towards? (?:an? |your |their )?(?:[\w'’]+ )?(?:degree|diploma|bachelor|master|ph\.?d)",
    re.I)
NOT_AN_ASK_FRAGMENTS = [
    "Tuition", "education assistance", "reimburse", "our team", "The engineers", "have", "degrees", "PhD", "Ph.D.s from",
    "PhD interns", "with degrees from", "internship for", "students who", "current undergraduates with",
    "an undergraduate students pursuing", "undergrad summer program", "still in college", "earn", "offer", "online",
    "degree", "doesn't have a", "shouldnt take a", "working on their", "Master Data", "master of engineering",
    "Master of Accounting", "mastery", "degree program", "course", "or", "qualify for an EU Blue Card",
    "degrees completely online", "online degrees", "taught", "coursework", "Some of us", "intend to graduate", "years",
    "for those with", "enrolled in", "You are currently pursuing", "Working towards", "studying toward", "your",
    "- ", ".", ",", "x", "team of", "a", "\n", "_"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(NOT_AN_ASK_FRAGMENTS), max_size=14), st.sampled_from(["", " "]))
def test_not_an_ask_grouped_matches_where_it_did(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    assert bool(degree._NOT_AN_ASK.search(lower_in_place(text))) == bool(_NOT_AN_ASK_UNGROUPED.search(text))


# salary._CURRENCY as written before every branch was made to open with a literal character.
_CURRENCY_AS_WRITTEN = re.compile(r"(?-i:US\$|CA\$|AU\$|A\$|C\$|S\$|\bRM(?=\s?\d)|CHF|[$€£¥₹]|\b(?:"
                                  + "|".join(salary._CODES) + r")\b)")
CURRENCY_FRAGMENTS = ["US$", "CA$", "AU$", "A$", "C$", "S$", "RM", "RM 5", "RM5", "ARM5", "CHF", "$", "€", "£", "¥",
                      "₹", "USD", "EUR", "AUD", "ILS", "xUSD", "USDx", "é", "_", "1", " ", "A", "U", "S", "k"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(CURRENCY_FRAGMENTS), max_size=14))
def test_currency_marks_found_where_they_were(parts: list[str]) -> None:
    text = "".join(parts)
    assert ([m.span() for m in salary._CURRENCY_RE.finditer(text)]
            == [m.span() for m in _CURRENCY_AS_WRITTEN.finditer(text)])


LEAD_IN_FRAGMENTS = ["Bonus", "Nice-to-have", "Nice to Have", "Preferred", "Pluses", "Extra Credit", "Not required",
                     "not required, but", "Valued", "but not required", "skills", "if you have", " ", ",", ":", "x"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(LEAD_IN_FRAGMENTS), max_size=8), st.sampled_from(["", " "]))
def test_lead_in_openings_hold_every_lead_in(parts: list[str], glue: str) -> None:
    lower = lower_in_place(glue.join(parts))
    if text._LEAD_IN.match(lower):
        assert lower.startswith(text._LEAD_IN_OPENINGS) or "but not required" in lower


def test_a_shared_word_boundary_is_tested_once() -> None:
    assert caseless(r"\bAb|\bc(?:d|e)|\b[|]x").pattern == r"\b(?:ab|c(?:d|e)|[|]x)"
    assert caseless(r"\bab|cd").pattern == r"\bab|cd"  # not every alternative opens with \b
    assert caseless(r"(?:\bab|\bcd)").pattern == r"(?:\bab|\bcd)"  # one alternative at the top


# experience._COMPANY_VOICE as written before its branches were grouped.
_COMPANY_VOICE_UNGROUPED = re.compile(
    r"^\s*(?:with|for) (?:more than|over|nearly|almost|about)?\s*\d|:\s*(?:with|for) (?:more than|over|nearly|almost)"
    r"\s*\d|\b(?:we|we've|we're|our|us|company|firm|"
    r"who)\b[^.]{0,40}\b(?:has|have|had|been|bring|brings|boasts|spent|gone)\b|\bover the (?:past|last|next)\b|"
    r"\bhas spent\b|"
    r"\b(?:past|last|next|coming|first)\s+(?:\d+|few|several)?\s*years\b|\bfounded\b|"
    r"\bestablished(?: in| since)? (?:\d|over\b|more than\b)|"
    r"\b(?:organi[sz]ation|company|firm|business|agency|group|institution)\b[^.]{0,30}\bwith (?:over|more than)",
    re.I)
VOICE_FRAGMENTS = ["With over 20", "for more than", ":", "We", "we've", "our team", "Company", "has", "have been",
                   "boasts", "over the past", "has spent", "Last 5 years", "next few years", "Founded", "established",
                   "Established in 1998", "established since", "in", "1998", "more than",
                   "organization", "with over", "you", "5+ years", " ", ",", ".", "x", "\n"]


@settings(max_examples=2000, deadline=None)
@given(st.lists(st.sampled_from(VOICE_FRAGMENTS), max_size=12), st.sampled_from(["", " "]))
def test_company_voice_grouped_matches_where_it_did(parts: list[str], glue: str) -> None:
    text = glue.join(parts)
    assert bool(experience._COMPANY_VOICE.search(lower_in_place(text))) == bool(_COMPANY_VOICE_UNGROUPED.search(text))


# Blanks and breaks the raw text may hold where its statements hold others, and words a gate can find split.
GATE_FRAGMENTS = [*FRAGMENTS, "ph.", " d", "Ph. D", "dropped", " out", "llm", " in ", "experienceBS", "workMSc",
                  "•", "·", "\t", "  ", "\u00a0", "+", " +", "of", "Years", "yrs", "OR", "OR,", "Requirements:"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(GATE_FRAGMENTS), max_size=30), st.sampled_from(["", " ", "\n"]))
def test_raw_text_gates_skip_only_texts_the_rules_would_not_read(parts: list[str], glue: str) -> None:
    # Whenever a gate on the raw text says no, the statements hold nothing the rule would read.
    description = glue.join(parts)
    if description and not degree._may_name_a_degree(description):
        assert degree.classify_degree(description) == degree.DegreeResult("not_mentioned", "none", True, None)
        assert not any(degree._names_a_degree(s.text) for s in text.statements(description))
    if description and not experience._may_mention_years(description):
        assert not any(experience._mentions_years(s.lower) for s in text.statements(description))
