"""Years of experience the role asks for: the minimum (and maximum when stated), with evidence.

A posting often states several figures ("7+ years building warehouses", "4+ years with Spark"): the
role's minimum is the largest of the required minimums, since a candidate must meet all of them.
Preferred figures count only when nothing is required. Where a degree substitutes for years
("BS and 10 years, or MS and 8, or PhD and 5"), the base case — the lowest degree's figure — counts,
and years offered as an alternative to a degree ("or 4+ years of experience") do not. Company history
("over 40 years in business"), program lengths and ages are not requirements.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from models.enrich.degree import EQUIVALENT_PATH, LEVEL_ORDER, YEARS_FLOOR, degree_level, nearest_level
from models.enrich.text import PARENTHETICAL, READ_LIMIT, caseless, clauses, lower_in_place, lowered, statements

_WORDS = {"zero": 0, "one": 1, "a": 1, "an": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
          "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20}
_NUM = r"(?:\d{1,2}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)"
_PAREN = r"(?:\s*\(\s*\d{1,2}\s*\))?"
# After a range's second figure the parenthesis may repeat the range: "Two to five (2-5) years".
_PAREN_RANGE = r"(?:\s*\(\s*\d{1,2}\s*(?:(?:-|–|to)\s*\d{1,2}\s*)?\))?"
# Read on the clause lower-cased (text.caseless), as are _COMPANY_VOICE and _CANDIDATE_VOICE.
_YEARS = caseless(
    r"(?P<prefix>(?:\b(?:at least|minimum(?: of)?|min\.?|a minimum of|more than|over|up to|less than|no more than|"
    r"maximum(?: of)?|max\b\.?)|<|>|≥|>=)\s*)?"
    # "Minimum (1) year": the figure may stand in parentheses of its own
    r"(?<!\d)(?:\((?=\d{1,2}\+?\)))?(?P<low>" + _NUM + r")(?:(?<=\(\d)\+?\)|(?<=\(\d\d)\+?\))?" + _PAREN
    + r"\s*(?:\+\s*)?"
    # "minimum 2+ max 6 years" is a range
    # "0 3 years": a range from none whose dash was lost
    r"(?:(?:-|–|—|to|or|max\b\.?|maximum(?: of)?|(?<=\b0 ))\s*(?P<high>" + _NUM + r")" + _PAREN_RANGE + r"\s*\+?\s*)?"
    r"(?P<more>or more\s+|plus\s+|\+\s*)?(?P<hyphen>-)?"
    # a range that lost its unit before "experience": "3-5 experience in marketing" (_figures_in drops a single figure)
    # … or before an abbreviated "Exp.": "Java full stack - Hybrid - 7+ Exp."
    r"(?P<unit>years?|yrs?|months?|(?<=\+ )(?=of\b|exp\b)|(?<=\+)(?= of\b| exp\b)|(?<=\d)(?= experience\b))\b"
    r"(?P<tail>['’]?\s*\+?)")
_EXPERIENCE_AFTER = re.compile(
    # an abbreviated unit's full stop may come first: "Minimum 5 yrs. on the job with mechanical license"
    r"^(?:\.(?=\s+[a-z]))?[^.;]{0,12}?(?:of\b|in\b|as\b|with\b|working|work\b|experience|exp\b|relevant|related|"
    r"professional|on[- ]the[- ]job|"
    r"industry|hands-on|practical|progressive|proven|demonstrated|knowledge|post|leveraging|developing|building|designing|"
    r"managing|leading|using|utili[sz]ing|doing|performing|applying|track record|\(|:|\)|,|for\b|total|full-time|"
    r"commercial|previous|prior|overall|recent)", re.I)
# A form's label before the figure: "Experience: 5 years", "[WORK EXPERIENCE] 5-9 years".
_EXPERIENCE_LABEL = re.compile(r"(?:experience(?: required| level)?|years of experience|yrs\.? of experience|\bexp\.?)"
                               r"\]?\s*[:\-]?\s*(?:[^:]{0,60}:)?\s*$", re.I)
_NOT_EXPERIENCE = re.compile(
    # an age, also glued to the next line's first word: "Minimum 18 years of ageLegal U.S. Resident"
    r"\bof age(?:\b|(?=(?-i:[A-Z])))|"
    # "One year of full-time academic study is defined as 30 semester hours"
    r"\b(?:old|ago|in a row|since|history|of (?:(?:full[- ]time|part[- ]time|academic|graduate) ){0,2}"
    r"(?:college|university|school|study|studies|education|"
    r"post-secondary|undergraduate)|in post-secondary|in (?:college|school|university)|warranty|"
    r"contract(?! (?:management|administration|negotiations?|review|drafting|law)\b)|"
    r"of (?:innovation|excellence|success|growth|service)|"
    # a funding window, not experience: "junior scientists are provided with … three years of full support"
    r"of full (?:support|funding)|"
    r"program(?!\s*(?:/|management|manager|managing))|programme|traineeship|internship|apprenticeship|spanning|"
    r"anniversary|legacy|heritage|lease|guarantee|break in (?:service|employment)|ahead)\b|"
    r"\bin business(?=\s*(?:[.,;!)]|$))",
    re.I)
# Only whether it matches is read: the two branches that open with '^' or ':' come first, and the rest share
# one \b (see text.caseless).
_COMPANY_VOICE = caseless(
    r":\s*(?:with|for) (?:more than|over|nearly|almost)\s*\d|"
    r"^\s*(?:with|for) (?:more than|over|nearly|almost|about)?\s*\d|"
    r"\b(?:(?:we|we've|we're|our|us|company|firm|who)\b[^.]{0,40}\b(?:has|have|had|been|bring|brings|boasts|spent|"
    r"gone)\b|over the (?:past|last|next)\b|has spent\b|"
    # the poster's own years: "I’m currently an Engineering Manager with almost 10 years of hands on software …"
    r"i(?:'m|’m| am|'ve|’ve| have)\b|"
    r"(?:past|last|next|coming|first)\s+(?:\d+|few|several|two|three|four|five|six|seven|eight|nine|ten)?\s*years\b|"
    r"founded\b|"
    # "established in 1998", not "experience, some of which is within established technical organizations"
    r"established(?: in| since)? (?:\d|over\b|more than\b)|"
    r"(?:organi[sz]ation|company|firm|business|agency|group|institution|brokerage)\b[^.]{0,30}\b"
    r"with (?:over|more than)|"
    # the leaders' years: "a boutique brokerage led by industry veterans Kelly Bane and Brad Herman, with over 25 years"
    # ("founded by …" is the branch above)
    r"(?:led|run|owned) by\b[^.]{0,60}\bwith (?:over|more than|nearly|almost)\b)")
# The company's history however the clause goes on: "With over 17 years' experience in the field, we approach each
# partnership … to deliver world class candidate experience" (where "candidate" would read as the candidate's voice).
_OUR_HISTORY = caseless(r"\W*(?:with|for) (?:more than |over |nearly |almost |about )?\d[^.;]{0,60}?,\s*(?:we|our)\b")
# Right before the figure: someone else's history, or a waiting period ("who has 30 years", "for over 70 yrs",
# "after 1 year", "implants backed by 20 years of research").
_NOT_A_REQUIREMENT = re.compile(r"(?:\b(?:who|which|that|we|it|they|company|firm|team)\s+(?:has|have|had|brings?|"
                                r"boasts?)\s+(?:been\s+)?(?:\w+\s+){0,3}|"
                                # a duration ("for 10 years"), not a search: "Client is looking for at least 9-10 years"
                                r"\b(?<!looking )(?<!look )(?<!looks )(?<!searching )(?<!asking )for\s+"
                                r"(?:over|more than|nearly|almost|the past|the last)?\s*|\bafter\s+|"
                                r"\b(?:backed by|built on)\s+(?:over|more than|nearly|almost)?\s*|"
                                r"\bwithin\s+(?:the\s+)?(?:first\s+)?|"
                                # a conversion, not an ask: "One full academic year of study … is equivalent to 6
                                # months of specialized experience"
                                r"\b(?:is|are) (?:considered )?equivalent to\s+|"
                                # a recency window: "certificates issued within the last four years"
                                # … or a company's growth over one: "Our company has more than tripled over the last
                                # 10 years, and you can grow with us!"
                                r"\b(?:in|within|during|over)\s+the\s+(?:last|past|previous|preceding)\s+)$", re.I)
# ... unless the one who has them is the candidate: "aligned with candidates who have approximately 0-2 years".
# … or the role a search names: "Looking fora Data Scientis/Architect who has 8 yrs of exp in data design"
_CANDIDATE_WHO = re.compile(r"(?:\b(?:candidates?|applicants?|individuals?|someone|anyone|those|people|professionals?)|"
                            r"\blooking for[^.;]{0,50})\s+who\s+(?:has|have|brings?)\s+(?:\w+\s+){0,3}$", re.I)
# The candidate's own time in a field, which names no experience: "You've been in the infrastructure ops game for at
# least 3 years".
_YOU_HAVE_BEEN_FOR = re.compile(r"\byou(?:'ve|’ve| have)\s+been\b[^.;]{0,60}\bfor\s+$", re.I)
_CANDIDATE_VOICE = caseless(r"\byou\b|\byour\b|\bcandidates?\b|\bapplicants?\b|\bsomeone\b|\bminimum\b|"
                            # a need stated: "We have an immediate need for an attorney with 2-5 years of experience"
                            r"\bat least\b|\brequired\b|\bmust\b|\bshould\b|\blooking for|\bneed for\b")
# A sentence that says what the company is: "Dimerco is an International Logistics Provider …".
_DESCRIBES_A_COMPANY = re.compile(r"\b(?:is|are) (?:an?|the|one of)\b", re.I)
_PREFERRED = re.compile(r"\bprefer(?:r?ed|ably|able)?\b|\bideally\b|\bideal (?:candidate|applicant|person)\b|"
                        r"\ba plus\b|\bnice[- ]to[- ]have\b|\bdesired\b|\bdesirable\b|"
                        r"\bbonus\b", re.I)
# A degree above a bachelor's, named right after "preferably a": "preferably a PhD … plus 8+ years of experience".
_HIGHER_DEGREE = r"(?:ph\.?\s?d|doctora|master|m\.?sc?\b|graduate|advanced|post-?graduate)"
_PREFERRED_DEGREE_FIRST = re.compile(r"(?:preferabl[ey]|ideally),?\s+(?:an?\s+)?" + _HIGHER_DEGREE)
# "5+ years, preferably in fintech" prefers a domain, not the figure; a preferred degree is not a domain.
_DOMAIN_PREFERENCE = re.compile(r"\b(?:preferabl[ey]|ideally),?\s+(?:in|within|with|from|at|as|on|for|using|"
                                r"an?\b(?!\s+" + _HIGHER_DEGREE + r"))\b[^.;]*", re.I)
# Years on the path without a degree: named before the figure ("no degree w/6 years", "High School diploma
# with 3-6 years"), or after it ("4 additional years may be substituted in lieu of a degree").
_HIGH_SCHOOL = r"\bhigh[- ]school"
_SUBSTITUTE_BEFORE = re.compile(r"(?:\bno degree|" + _HIGH_SCHOOL + r"|\bin lieu of (?:a |the )?degree|\binstead of|"
                                # a federal posting's path without education: "Education: … OR Experience: …"
                                r"\bwithout a degree|\bor experience:|"
                                # the path for a degree outside the field: "Bachelor’s degree in another field with two
                                # years’ experience" (the degree in the field asks for none)
                                r"\bdegree in (?:an)?other (?:field|discipline|area|major)\b)[^.;]{0,40}$", re.I)
# A path headed as such: "Equivalent experience: Associates Degree … and at least 10 years of experience".
_EQUIVALENT_PATH = re.compile(r"\W*" + EQUIVALENT_PATH, re.I)
_SUBSTITUTE_AFTER = re.compile(r"^[^.;]{0,40}?(?:(?:may|can|could) be (?:substituted|considered)|substitut\w+ for)|"
                               r"^[^.;]{0,100}?(?<!or )in lieu of (?:a |the )?(?:degree|diploma)", re.I)
_HIGH_SCHOOL_BEFORE = re.compile(_HIGH_SCHOOL + r"[^.;]{0,40}$", re.I)  # the first path of _SUBSTITUTE_BEFORE
# "Bachelor's degree …. Alternatively, 4+ years of relevant cumulative work experience": the other path.
_ALTERNATIVELY_BEFORE = re.compile(r"\balternatively,?\s*$", re.I)
_OR_NEXT = re.compile(r"[^.;]{0,60}?\bor\s+(?:at least\s+|a minimum of\s+|minimum\s+|over\s+)?")
# Years as the other path to a credential: "Bachelor's … or 4+ years", "Professional training certification or a
# minimum of 5 years of experience": the path with the credential asks for no years.
_ALT_TO_CREDENTIAL = re.compile(r"(?:degree|bachelor\w*|master\w*|\bB\.?S\b|\bB\.?A\b|\bM\.?Sc?\b|\bPh\.?\s?D\b|"
                                r"\bMBA\b|doctora\w*|certificat\w*|\bcertified\b|"
                                r"licen[cs]e\w*)"
                                r"[^.;]{0,120}?\bor\s+" + YEARS_FLOOR + r"(?:\+\s*)?"
                                + _NUM + r"(?:\s*(?:-|–|to)\s*" + _NUM + r")?\s*\+?\s*(?:years?|yrs)", re.I)


# A figure that qualifies a candidate for a higher level than the role's ("Candidates with at least 5 years of
# experience will be considered for senior positions") is not the role's minimum.
_FOR_HIGHER_LEVEL = re.compile(r"[^.;]{0,60}?\b(?:considered|eligible|qualif(?:y|ies)) for (?:an? |the )?"
                               r"(?:more )?(?:senior|higher|lead)\b", re.I)


# "5-year experience", "one-year data entry experience": the hyphenated figure is an adjective, so it counts
# only when experience is what it describes.
_HYPHENATED_EXPERIENCE = re.compile(r"\s*(?:of\s+)?(?:[\w/-]+\s+){0,5}?experiences?\b", re.I)


# "4 Year Degree" on a line of its own is a credential, not experience.
_CREDENTIAL_AFTER = re.compile(r"\s*(?:college |university |undergraduate )?(?:degree|diploma|program)", re.I)


_EXPERIENCE_NEAR = re.compile(r"^[^.;]{0,50}\bexperience", re.I)
# The figure gives the length of the experience named right before it: "work experience of over 2 years".
_EXPERIENCE_OF = re.compile(r"\bexperiences? of\s*$", re.I)


# A figure joined to a degree is that degree's path of experience, whatever follows it: "BS with 2+ years, or MS with
# 0-3 years" (a ladder whose clauses name no experience).
_DEGREE_WITH = re.compile(r"(?:\bdegree|\bbachelor\S*|\bmaster\S*|\bph\.?\s?d\.?|\bb\.?s(?:c|\.)?|\bm\.?s(?:c|\.)?|"
                          r"\bb\.?a\.?|\bm\.?a\.?|\bmba)\s+(?:with|and|plus|w/)\s+$", re.I)


# What a parenthesis right after a figure holds: "2 years (PhD)", "5 years (with M.S. degree)" (see _figures_in).
_DEGREE_PAREN_AFTER = re.compile(r"\s*\((?:with |w/ ?)?([^()]{1,30})\)")
# ... or named after the experience as its starting point: "PhD, or 3+ years of experience in a social policy field post
# Masters" (the Master's path's figure, not years instead of a degree).
_DEGREE_AFTER_FIGURE = re.compile(r"[^.;()]{0,60}?\b(?:post|after)[- ](?:an? |your |the )?"
                                  r"((?:master|bachelor|ph\.?\s?d|doctora|m\.?s\b|b\.?s\b)[\w'’]*)", re.I)


# "… experience … for a minimum of three years" at the end of a clause (see _figures_in).
_FLOORS = frozenset({"at least", "minimum", "minimum of", "min", "min.", "a minimum of"})
# ... and "Experienced in developing HW products and functional blocks for more than 7 years".
_TRAILING_FLOORS = _FLOORS | {"more than", "over"}
_FOR_AT_END = re.compile(r"\bfor(?: an?| the)?\s*$", re.I)  # "… product manager for a minimum 3+ years"
# ... or "of" after an item that opens with the experience it measures: "Experience with Litigation of at least 3 years"
# (not "a minimum age of at least 18 years", nor "we are a firm of over 50 years").
_EXPERIENCE_OF_AT_END = re.compile(r"\W*experience (?:with|in) [^.;,]{1,60}?(?<!\bage) of(?: an?| the)?\s*$", re.I)

# A program's length is not experience ("a 12-month internship"), but experience gained in one is: "2+ years of
# professional and/or internship marketing experience".
_PROGRAMS = frozenset({"internship", "traineeship", "apprenticeship"})
_PROGRAM_EXPERIENCE = re.compile(r"\s+(?:[\w/-]+\s+){0,2}experience", re.I)


# Years a degree counts for, not years asked: "three years’ experience credit for Master’s degree".
_EXPERIENCE_CREDIT = re.compile(r"^\W{0,3}\s*(?:of\s+)?(?:[\w-]+\s+)?experience\s+credit\b", re.I)


def _not_experience_after(after: str) -> bool:
    """Whether what follows a figure says it is not experience (_NOT_EXPERIENCE in its first 40 characters)."""
    if "credit" in after[:40] and _EXPERIENCE_CREDIT.match(after):
        return True
    found = _NOT_EXPERIENCE.search(after[:40])
    if not found or "experience" in after[:found.start()].lower():
        return False  # "5-10 years of experience- spanning various exposure areas": the figure named experience first
    return not (found.group().lower() in _PROGRAMS and _PROGRAM_EXPERIENCE.match(after, found.end()))


# The figures _YEARS reads without a unit: "10+ of experience", and "3-5 experience in marketing" (_unitless_range).
_YEARS_GATE = re.compile(r"\+\s?(?:of|exp)\b")
_RANGE_END = re.compile(r"\d\s?[-–]\s?\d{1,2}$")
_NOT_YEARS_RANGE = re.compile(r"\b(?:grades?|ages?|levels?|tiers?|k|steps?|sizes?)\s*$", re.I)


def _unitless_range(lower: str) -> bool:
    """Whether a range of figures ends right before " experience": str.find visits the few places, where a scan
    for the pattern would try every position of every statement that names experience."""
    at = lower.find(" experience")
    while at > 0:
        if lower[at - 1].isdigit() and _RANGE_END.search(lower, max(0, at - 8), at):
            return True
        at = lower.find(" experience", at + 1)
    return False


def _mentions_years(lower: str) -> bool:
    """Whether a lower-cased statement can hold a figure of years: substring tests first, they are cheap."""
    return "year" in lower or "yrs" in lower or "month" in lower or (
        "+" in lower and bool(_YEARS_GATE.search(lower))) or _unitless_range(lower)


@dataclass(frozen=True)
class ExperienceResult:
    min_years_experience: float | None
    max_years_experience: float | None
    experience_evidence: str | None


@dataclass(frozen=True)
class _Figure:
    low: float | None
    high: float | None
    preferred: bool
    level: str | None  # the degree this figure goes with, when a degree substitutes for years
    evidence: str
    role_level: str | None = None  # "senior", "junior" …: the level of hire the clause names


# Postings that hire at two levels give a figure for each ("senior positions … 5+ years", "junior level
# applicants … 1-3 years"): like degree paths, they are alternatives, and the lowest is the role's minimum.
_ROLE_LEVEL = re.compile(r"\b(senior|junior|mid[- ]level|entry[- ]level)\b", re.I)
# The role a figure is for, named: "4 - 6 years for Data Science Lead role" / "0 - 3 years for Data Scientist
# role" are two levels of hire in one posting, as "senior" and "junior" are.
_FOR_ROLE = re.compile(r"\bfor (?:an? |the )?(?!(?:this|that|these|those|such|the|an?|our|your|any|each|every|which)\b)"
                       r"((?:[\w/-]+ ){1,4})(?:role|position)s?\b", re.I)


def _number(token: str) -> float:
    token = token.lower().replace(",", ".")
    return float(_WORDS[token]) if token in _WORDS else float(token)


def _preferences(clause: str) -> list[tuple[int, tuple[int, int] | None]]:
    """Where preference words qualify something in the clause (not a domain), each with the parenthetical
    it sits in, if any: "(fintech preferred)" qualifies only what the parentheses hold."""
    ignored = [m.span() for m in _DOMAIN_PREFERENCE.finditer(clause)]
    parentheticals = [m.span() for m in PARENTHETICAL.finditer(clause)]
    return [(m.start(), next((span for span in parentheticals if span[0] <= m.start() < span[1]), None))
            for m in _PREFERRED.finditer(clause) if not any(a <= m.start() < b for a, b in ignored)]


def _preference_near(positions: list[tuple[int, tuple[int, int] | None]], start: int, end: int,
                     clause: str) -> bool:
    """Whether a preference word sits close enough to the figure at [start, end) to qualify it.

    One after the figure does not when a comma opens a new subject between them ("5+ years of PM
    experience, PMP Certification preferred"); a bare ", preferred" still does. One inside parentheses
    qualifies a figure in the same parentheses only ("(Master's Degree and 5+ years of experience
    preferred)"), not one outside ("5 years of experience (Python preferred)")."""
    for p, parenthetical in positions:
        if parenthetical and not parenthetical[0] <= start < parenthetical[1]:
            continue
        if start - 30 <= p < start:
            return True
        if end <= p <= end + 45:
            _, comma, tail = clause[end:p].rpartition(",")
            if not comma or len(tail.split()) < 2:
                return True
    return False


def _alternatives_merged(found: list[tuple[int, int, _Figure]], clause: str) -> list[_Figure]:
    """Figures offered as alternatives ("3-6 years for mid-level or 6-10 for senior") count as the lowest."""
    merged: list[tuple[int, int, _Figure]] = []
    for start, end, figure in found:
        if merged:
            _, last_end, last = merged[-1]
            between = clause[last_end:start]
            alternative = re.search(r"\bor\b(?P<rest>[^.;]*)$", between)
            # "… or platform engineering, with at least 3 years in …": the "or" joins fields, and "with" adds a
            # second requirement to the first; only an "or" that leads to the next figure offers an alternative
            # ("2+ years of Python and SQL …, or 3+ years as a Software Engineer").
            if (alternative and last.level == figure.level
                    and not re.search(r"\b(?:and|with|including|of which)\b", alternative.group("rest"))):
                # a ceiling offered as the other path ("At least 1 year …, or less than 5 years of working
                # experience") states no minimum: the stated one stands
                lower_low = figure.low is not None and (last.low is None or figure.low < last.low)
                keep = figure if lower_low else last
                merged[-1] = (merged[-1][0], end, keep)
                continue
        merged.append((start, end, figure))
    return [figure for _, _, figure in merged]


def _figures_in(clause: str, lower: str, first: int, statement_text: str, section: str
                ) -> tuple[list[_Figure], bool, list[_Figure]]:
    """The clause's figures of years, whether it offered years instead of a degree, and the figures on a high-school
    path (_from_text reads them only when the posting names no degree at all). `lower` is the clause
    lower_in_place; `first` is where the first _YEARS match starts (the caller's search found it, so the scan
    resumes there: no match starts before it)."""
    if lower[:3] == "or " and ("equivalent" in lower or degree_level(clause) is None) and nearest_level(
            statement_text[:max(0, statement_text.find(clause))]):
        # "Bachelor's … and 3 to 5 years' experience; or 7+ years equivalent experience", "Associates degree or above
        # …; or 3 years industry work experience": the other path to the degree named before
        return [], True, []
    if _EQUIVALENT_PATH.match(lower):
        return [], True, []
    found: list[tuple[int, int, _Figure]] = []
    instead = False
    school_end: int | None = None  # where the last figure on the high-school path ended
    school_path: list[_Figure] = []
    # "…; preferably a PhD, in Statistics …, or a related field, plus 8+ years of experience": a clause that opens
    # with a preferred higher degree is that degree's path, a preference
    opens_preferred = lower.startswith(("preferabl", "ideally")) and bool(_PREFERRED_DEGREE_FIRST.match(lower))
    company_voice = (bool(_COMPANY_VOICE.search(lower)) and not _CANDIDATE_VOICE.search(lower)) or bool(
        _OUR_HISTORY.match(lower))
    preferences = _preferences(clause)
    named_level = _ROLE_LEVEL.search(clause) or (
        _FOR_ROLE.search(clause) if "for " in lower and ("role" in lower or "position" in lower) else None)
    role_level = named_level.group(1).strip().lower().replace("-", " ") if named_level else None
    for match in _YEARS.finditer(lower, first):
        if match.group("low").lower() in ("a", "an") and not match.group("prefix"):
            continue
        after = clause[match.end():match.end() + 60]
        before = clause[max(0, match.start() - 80):match.start()]
        labelled = bool(_EXPERIENCE_LABEL.search(before))
        months = match.group("unit").lower().startswith("month")
        if not match.group("unit") and (not re.match(r"^[^.;]{0,60}(?:experience|exp\b)", after, re.I) or (
                lower[match.start("unit") - 1].isdigit()
                and (not match.group("high") or _NOT_YEARS_RANGE.search(before)))):
            # "10+ of …" without a unit only when experience follows, and a bare figure only in a range that
            # counts nothing else ("Grades 3-5 experience")
            continue
        if months and not re.match(r"^[^.;]{0,25}experience", after, re.I):
            continue  # "after 6 months", "Contract length: 5 - 6 months"
        if match.group("hyphen") and not _HYPHENATED_EXPERIENCE.match(after):
            continue  # "a 4-year degree", "a 1-year appointment", "a 30-year hygienist"
        # A requirements list item that opens with the figure states experience in whatever words follow
        # ("Required Skills: 4-7 years Python and Java programming").
        listed = (section == "required" and match.start() == 0 and statement_text.startswith(clause)
                  and not _CREDENTIAL_AFTER.match(after))
        prefix = (match.group("prefix") or "").strip().lower()
        # "Extensive experience in … Hive and Impala for a minimum of three (3) years": the figure ends the clause
        # and gives the duration of the experience named before it.
        # A figure with "+" is a floor of its own: "… and consulting for 10 + years".
        trailing = ((prefix in _TRAILING_FLOORS or "+" in match.group(0)) and (
                    not after.strip(" .,;)") or after[:1] in ".;")
                    and (bool(_FOR_AT_END.search(before))
                         or bool(_EXPERIENCE_OF_AT_END.fullmatch(clause, 0, match.start())))
                    and ("experience" in lower[:match.start()] or bool(_YOU_HAVE_BEEN_FOR.search(before))))
        if not (labelled or listed or trailing or _EXPERIENCE_AFTER.match(after) or _EXPERIENCE_NEAR.match(after)
                or _EXPERIENCE_OF.search(before) or _DEGREE_WITH.search(before)):
            continue
        if _not_experience_after(after) or _NOT_EXPERIENCE.search(before[-12:]) or (
                not trailing and _NOT_A_REQUIREMENT.search(before) and not _CANDIDATE_WHO.search(before)):
            continue
        if company_voice or _FOR_HIGHER_LEVEL.match(clause, match.end()):
            continue
        if section == "about" and not _CANDIDATE_VOICE.search(lower) and (
                not _EXPERIENCE_NEAR.match(after) or _DESCRIBES_A_COMPANY.search(clause, 0, match.start())):
            # Under "About us" a figure is the company's story ("a new drug can take … 15 years"), and so is
            # experience a company is said to have ("Dimerco is an International Logistics Provider …, with nearly
            # 50 years of experience"); experience with no subject there is still asked of the candidate.
            continue
        low, high = _number(match.group("low")), match.group("high")
        scale = 1 / 12 if months else 1.0
        upper_only = prefix in ("up to", "less than", "no more than", "maximum", "maximum of", "max", "max.", "<")
        low_value = None if upper_only else round(low * scale, 1)
        high_value = round(_number(high) * scale, 1) if high else (round(low * scale, 1) if upper_only else None)
        # "high school diploma/GED with at least 4 years engineering experience or 10 years of relevant manufacturing
        # experience": a figure the "or" joins to one on the high-school path is on that path too
        school = _HIGH_SCHOOL_BEFORE.search(before) or (
            school_end is not None and bool(_OR_NEXT.fullmatch(lower, school_end, match.start())))
        # A degree in parentheses right after the figure is the path it is for: "a minimum of 2 years (PhD) or 6
        # years (MS/BS)", where the degree nearest before each figure is the other path's, and "or 6 years" is not
        # years instead of a degree.
        own = _DEGREE_PAREN_AFTER.match(clause, match.end()) or _DEGREE_AFTER_FIGURE.match(clause, match.end())
        own_level = degree_level(own.group(1)) if own else None
        if (school or _SUBSTITUTE_BEFORE.search(before)
                or (_ALTERNATIVELY_BEFORE.search(before) and nearest_level(clause[:match.start()]))
                or _SUBSTITUTE_AFTER.match(clause[match.end():match.end() + 140])
                or (not own_level and _ALT_TO_CREDENTIAL.search(clause[max(0, match.start() - 140):match.end()]))):
            instead = True
            if school:
                school_path.append(_Figure(low_value, high_value, False, None, statement_text, role_level))
                school_end = match.end()
            continue  # years offered instead of a degree or certification, or on the no-degree path
        level = own_level or nearest_level(
            clause[max(0, match.start() - 70):match.start()], clause[match.end():match.end() + 30])
        # A preference near the figure qualifies it ("Ideally 3+ years", "5 years preferred"); one further
        # on qualifies something else ("…, certification highly preferred").
        preferred = (section == "preferred" or _preference_near(preferences, match.start(), match.end(), clause)
                     or opens_preferred)
        found.append((match.start(), match.end(),
                      _Figure(low_value, high_value, preferred, level, statement_text, role_level)))
    return _alternatives_merged(found, clause), instead, school_path


# The most clauses with a figure of years any corpus posting has is 17; past 25 a text is repetition, not a
# job ad, and reading on would only cost time (each figure runs a dozen patterns).
MAX_FIGURE_CLAUSES = 25


_STRUCTURED_RANGE = re.compile(
    r"^\s*(?:(?:lt|less than|<)[-\s]*(?P<under>\d{1,2})|(?P<low>\d{1,2})\s*(?:[-–]\s*(?P<high>\d{1,2})|\+|\s*or more)|"
    r"(?:gt|ht|more than|>)[-\s]*(?P<over>\d{1,2}))\s*(?:years?)?\s*$", re.I)


def structured_years(structured: dict[str, Any]) -> ExperienceResult:
    """Years the platform states in its own fields: Personio's `years_of_experience` ("lt-1", "2-5", "7+") and
    schema.org's `monthsOfExperience` (stored as `experience_months`). Empty when neither says a figure."""
    months = structured.get("experience_months")
    if isinstance(months, (int, float)) and not isinstance(months, bool) and 0 <= months < 600:
        return ExperienceResult(round(months / 12, 1), None, f"experience_months: {months:g}")
    value = structured.get("years_of_experience")
    match = _STRUCTURED_RANGE.match(value) if isinstance(value, str) else None
    if not match:
        return ExperienceResult(None, None, None)
    evidence = f"years_of_experience: {value}"
    if match.group("under"):
        return ExperienceResult(0.0, float(match.group("under")), evidence)
    if match.group("over"):
        return ExperienceResult(float(match.group("over")), None, evidence)
    high = match.group("high")
    return ExperienceResult(float(match.group("low")), float(high) if high else None, evidence)


def extract_experience(text: str | None, structured: dict[str, Any] | None = None) -> ExperienceResult:
    """The minimum (and maximum) years of experience a posting asks for, and the statement that says so.

    A figure in the text wins: it is the sentence a reader sees. The platform's own field (structured_years)
    answers when the text states none, as Personio's feeds often do."""
    found = _from_text(text)
    if found.min_years_experience is None and structured:
        return structured_years(structured)
    return found


def _may_mention_years(text: str) -> bool:
    """_mentions_years as the raw description can show it ("+ of" may be split by a line break there): a text that
    fails it is never split into statements for this rule."""
    lower = lowered(text)
    return "year" in lower or "yrs" in lower or "month" in lower or "+" in lower or _unitless_range(lower)


def _from_text(text: str | None) -> ExperienceResult:
    if not text or not _may_mention_years(text):
        return ExperienceResult(None, None, None)
    figures: list[_Figure] = []
    school_path: list[_Figure] = []
    instead = False
    read = 0
    for statement in statements(text):
        if statement.section == "benefits" or not _mentions_years(statement.lower):
            continue
        for clause in clauses(statement.text):
            if read == MAX_FIGURE_CLAUSES:
                break
            lower = lower_in_place(clause)
            first = _YEARS.search(lower)
            if first:
                read += 1
                found, offered_instead, on_school_path = _figures_in(clause, lower, first.start(), statement.text,
                                                                     statement.section)
                figures.extend(found)
                school_path.extend(on_school_path)
                instead = instead or offered_instead
    # A required ceiling states that no minimum is asked: "Experience - Less than 2 years - …, Required" beside
    # "Experience - 2-4 years - …, Preferred".
    ceiling = any(f.low is None and f.high is not None and not f.preferred for f in figures)
    figures = [f for f in figures if f.low is not None]
    school_path = [f for f in school_path if f.low is not None]
    required = [f for f in figures if not f.preferred]
    # Preferred figures stand in for a requirement only when the posting states none. Years offered instead
    # of a degree are one: the base path needs the degree and no years ("Bachelor's … or 2+ years of
    # experience (Master's Degree and 5+ years of experience preferred)" asks for no years).
    pool = required or ([] if instead or ceiling else figures)
    if not pool and school_path and degree_level((text or "")[:READ_LIMIT]) is None:
        # "High School diploma or GED Minimum of 5 years' experience", and no degree anywhere: no other path
        pool = school_path
    if not pool:
        return ExperienceResult(None, None, None)
    tied = [f for f in pool if f.level in LEVEL_ORDER]
    if len({f.level for f in tied}) > 1:
        # A ladder of degree paths: keep the base case, the lowest degree's figures.
        base = min(LEVEL_ORDER[f.level] for f in tied)  # type: ignore[index]
        pool = [f for f in pool if f.level not in LEVEL_ORDER or LEVEL_ORDER[f.level] == base]  # type: ignore[index]
    if len({f.role_level for f in pool if f.role_level}) > 1:
        return _result(min(pool, key=lambda f: (f.low or 0.0)))  # figures for two levels of hire: the lowest
    return _result(max(pool, key=lambda f: (f.low or 0.0)))


def _result(deciding: _Figure) -> ExperienceResult:
    return ExperienceResult(deciding.low, deciding.high, deciding.evidence)
