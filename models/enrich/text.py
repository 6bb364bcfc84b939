"""Split a posting into statements (lines, sentences, clauses) that remember their section.

Rules read one statement at a time, and the evidence they keep is that statement. A statement knows
the heading it sits under ("Minimum qualifications", "Nice to have", "Benefits" …), because
"Master's degree" means one thing under "Requirements" and another under "Preferred".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache
from typing import Literal, NamedTuple

Section = Literal["required", "preferred", "benefits", "about", "other"]


def lower_in_place(text: str) -> str:
    """`text.lower()` with every character where it was, so a match's span in it is the span in `text`. Only
    'İ' lowers to two characters ('i' and a combining dot); here it becomes 'i', as IGNORECASE reads it."""
    lower = text.lower()
    return lower if len(lower) == len(text) else text.replace("İ", "i").lower()


def _branches(source: str) -> list[str]:
    """The top-level alternatives of a pattern's source (a '|' inside a group or a class is not one)."""
    branches: list[str] = []
    current: list[str] = []
    depth, escaped, in_class = 0, False, False
    for char in source:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            branches.append("".join(current))
            current = []
            continue
        current.append(char)
    branches.append("".join(current))
    return branches


def caseless(source: str, flags: int = 0) -> re.Pattern[str]:
    """A pattern for lower-cased text: `caseless(p).search(text.lower())` finds what `re.compile(p, re.I)`
    finds in `text`. Its letters are lowered (escapes such as `\\W` and `\\S` kept, and `(?P<name>`, whose
    name must be lower case), and it is compiled without IGNORECASE, which makes re compare every character
    through its case tables: the same scan costs about a third less. The rules that read a clause many times
    lower it once.

    When every alternative opens with `\\b`, the `\\b` is tested once for all of them (`\\b(?:a|b)` matches
    what `\\ba|\\bb` does): inside a word, where most positions are, one test then fails the whole pattern
    instead of one per alternative (a clause's years and company-voice scans: 2-3 times faster).
    """
    out: list[str] = []
    escaped = False
    for char in source:
        out.append(char if escaped else char.lower())
        escaped = not escaped and char == "\\"
    lowered_source = "".join(out).replace("(?p<", "(?P<").replace("(?p=", "(?P=")
    branches = _branches(lowered_source)
    if len(branches) > 1 and all(branch.startswith("\\b") for branch in branches):
        lowered_source = "\\b(?:" + "|".join(branch[2:] for branch in branches) + ")"
    return re.compile(lowered_source, flags)


# Some datasets lost their line breaks ("…preferredAdvanced degree…", "Qualifications:Bachelor's"): a
# lower-case letter or closing punctuation glued to a capitalised word marks a lost break.
# Two passes, each opening with the character it breaks before (see _INLINE_CAPITAL below for why).
_GLUED_BEFORE_CAPITAL = re.compile(r"([A-Z])(?<=[a-z0-9.)!?:%][A-Z])(?=[a-z])")
_GLUED_BEFORE_YEARS = re.compile(r"(\d)(?<=[a-z).]\d)(?=\d*\s?\+?\s?(?:years?|yrs))")
# In any text: a long lower-case word glued to a capitalised one ("EngineeringMust") or to a figure of years
# ("Experience5+ years"), inline bullets ("•", " + "), and "REQUIREMENTS- Proven" dashes. Four lower-case
# letters first keeps JavaScript, GitHub and YouTube whole; the headings "Must Have", "Nice To Have" and "The
# Person We Need" glued to their first item are the exception.
# One pass per kind, each gated by a substring test: the kinds act on disjoint characters (a capital, a digit,
# a bullet, "- ", " +"), so the passes give what one combined pattern gave, and a pattern that opens with the
# character it acts on lets the scan skip every other character in C. One alternation of all five cost
# three times as much: the engine tried every branch at every position.
_INLINE_CAPITAL = re.compile(r"([A-Z])(?:(?<=[a-z).!?][A-Z])(?:(?<=[a-z]{4}[A-Z])|(?<=\)[A-Z])|"
                            r"(?<=[a-z]{3}[.!?][A-Z])|(?<= (?:[Hh]ave|[Nn]eed)[A-Z]))"
                            # or, after a parenthesis, an acronym: "(Accounting or Finance preferred)CPA (preferred, …)"
                            r"(?=[a-z]|(?<=B)(?:S|A|Sc|\.S)\b|(?<=M)(?:S|Sc|\.S)\b|(?<=A) [a-z]|"
                            r"(?<=\)[A-Z])[A-Z]{1,5}\b|"
                            # initials glued to the word before: "… experienceC.P.I.M/C.P.M. certificate preferred."
                            r"(?<=[a-z]{4}[A-Z])\.[A-Z]\.|"
                            # … or a certification's initials: "… or related fieldCPA certification or progress towards"
                            r"(?<=[a-z]{4}C)(?:PA|FA|PIM)\b|(?<=[a-z]{4}P)MP\b|(?<=[a-z]{4}S)HRM\b|"
                            # a heading in capitals after a sentence's full stop: "Other duties as assigned.PREFERRED
                            # PROFESSIONAL EXPERIENCE AND QUALIFICATIONS"
                            r"(?<=[a-z]{3}[.!?][A-Z])[A-Z]{3})|"
                            # an acronym glued to a credential: "programming languages like SQLDegree in …"
                            r"(?<=[A-Z]{3})(?=egree\b|achelor|asters?\b|aster['’]s\b)|"
                            # a heading glued to the degree ending the line before: "… with a relevant PhDNice to have:"
                            r"(?<=PhD[A-Z])(?=[a-z]))")
# A figure of years glued to the word or the full stop before it: "…in HR.5+ years of", "GED required1-3 years of".
_INLINE_YEARS = re.compile(r"(\d)(?<=[a-z]{4}\d|[a-z]{3}\.\d)(?=\d?(?:[-–]\d{1,2})?\+?\s?(?:[Yy]ears?|[Yy]rs)\b)")
_INLINE_DASH = re.compile(r"- (?<=[A-Za-z)]- )(?=[A-Z])")  # opens with the literal it replaces: the scan skips to it
_INLINE_PLUS = re.compile(r" \+(?= [A-Z])")
# A word processor's sub-bullet "o" inline: "Education: Bachelor’s Degree, preferred o (Internal) 5-7 years …"
_INLINE_O_BULLET = re.compile(r" o (?<=[a-z.,)] o )(?=[A-Z(])")
_BULLETS = "•·▪●"
# Rules read this much of a description: every posting in the corpus is shorter (the longest is 22 KB),
# and it bounds the work a hostile 10 MB description can cause.
READ_LIMIT = 30_000
# A parenthetical of more than one word: it lists fields or examples ("(Math or CS preferred)", "(Python
# preferred)") and qualifies only what it holds; a marker such as "(Preferred)" or "(preferred, not required)", of
# qualifying words alone, is not one: it qualifies what precedes it.
PARENTHETICAL = re.compile(r"\((?!(?:[\s,;/]*(?:strongly|highly|preferred|preferably|not|required|optional|desired|"
                           r"desirable|but|and|or|necessarily|a plus)\b)+[\s,;/.!]*\))[^()]*\s[^()]*\)", re.I)
_MARKER = re.compile(r"\((?:not )?(?:required|preferred|optional)\)\.?", re.I)
_ABBREVIATION = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bincl|\bapprox|\bex|\bno)\.$", re.I)
_DEGREE_INITIALS_END = re.compile(r"(?:\bPh\.\s?D|\b[BM]\.\s?(?:S|A|Sc))\.$", re.I)
# The next item's number glued to the end of a sentence: "… Probate law in Arizona of at least 3 years3." before
# "Experience with Litigation …" (the figure's unit ran into it), "… from an accredited law school.2.".
_GLUED_ITEM_NUMBER = re.compile(r"(?:(?<=[a-z]{3})|(?<=[a-z]{2}\.))\d{1,2}\.$")
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9•·\-*])")
_BULLET = re.compile(r"^\s*(?:[-•·*▪◦●‣⁃o]|\d{1,2}[.)])\s+")
# The heading patterns are caseless: heading_section reads the line lower-cased.
# "Preferred location: Arlington" is a field of the job, not a heading of preferences.
_NOT_A_FIELD = r"(?! (?:work |job )?(?:locations?|start date|shifts?|schedule)\b)"
# "Bonus programs and expense allowances" is a benefit, not the lead-in "Bonus if you have" / "Bonus points".
_NOT_PAY = r"(?! (?:programs?|plans?|structures?|potential|opportunit\w*|eligib\w*|pay|payments?|schemes?)\b)"
_HEADING_WORDS = {
    "preferred": caseless(r"\b(?:prefer\w*" + _NOT_A_FIELD + r"|"
                          r"nice[- ]to[- ]haves?|bonus" + _NOT_PAY + r"(?: points)?|desir\w+|plus(?:es)?|also value|"
                          r"recommended|additional (?:qualifications|skills)|above and beyond|not required|"
                          r"would be great|extra credit|even better|ideally|(?:gives?|give) you an edge)\b"),
    "required": caseless(r"\b(?:requir\w*|qualifications?|must[- ]haves?|what you(?:'ll)? (?:need|bring)|"
                         r"you (?:have|bring|will need)|who you are|about you|minimum|basic|essential|"
                         r"skills|experience|education|looking for)\b"),
    "benefits": caseless(r"\b(?:benefits?|perks?|we offer|what we offer|compensation|why join|"
                         r"what'?s in it for you)\b"),
    # "About Dimerco:" names the company: a heading of its story, as "About us" is. Not "About you", "About the
    # role" and the like, which open the job's own content.
    "about": caseless(r"\b(?:about (?:us|the company|the team)|who we are|our company|our mission)\b|"
                      # (at the line's start, written \b(?<![\s\S]) so every branch opens with \b: see caseless)
                      r"\b(?<![\s\S])about (?!(?:you|your|yourself|the|this|our (?:role|team|position|job)|a|an|"
                      r"position|role|job|opportunity|internship|candidates?|qualifications?|requirements?|benefits?|perks?|"
                      r"compensation|experience|education|skills?|responsibilit\w+|duties)\b)[\w&.,'’ -]{2,60}:?$"),
    # Headings of the job's own content end the section before them: a "Compensation: …" line must not turn
    # the duties and requirements under "What You'll Do" into benefits.
    "other": caseless(r"\b(?:responsibilit(?:y|ies)|duties|what you(?:'ll|’ll| will) (?:do|be doing)|"
                      r"(?:your|the) (?:role|mission|tasks|opportunity)|about the (?:role|job|position)|"
                      r"role overview|job description|day[- ]to[- ]day|how to apply|apply (?:today|now)|"
                      r"hiring process)\b"),
}

_ANY_HEADING_WORD = caseless("|".join(pattern.pattern for pattern in _HEADING_WORDS.values()))

_LEAD_IN = caseless(r"(?:bonus" + _NOT_PAY + r"|nice[- ]to[- ]have|preferred" + _NOT_A_FIELD +
                    r"|pluses|extra credit)\b|"
                    r"(?:\w+ ){1,3}but not required\b|not required,? but\b")
# How a _LEAD_IN match can open, and what its middle branch holds: lines that have neither skip the match.
_LEAD_IN_OPENINGS = ("bonus", "nice", "preferred", "pluses", "extra credit", "not required")
_NAMES_A_CREDENTIAL = caseless(r"\d|\(|\bdegree|\bbachelor|\bmaster'?s\b|\bph\.?d|\bdiploma")
_LONG_LEAD_IN = caseless(r"\bwould be (?:beneficial|a plus|an asset|nice|great|helpful|advantageous)\b|"
                         r"\b(?:is|are) (?:a )?(?:plus|bonus|beneficial|an asset)\b|\bnice[- ]to[- ]have\b")
_LONG_REQUIRED_LEAD_IN = re.compile(r"what you(?:'ll|’ll| will)? (?:need|bring)\b")
_REQUIRE_WORD = caseless(r"\brequire|\bmust\b")
# A heading in sentence case, which the shape test above misses: "Job qualifications" on a line of its own.
_SENTENCE_CASE_HEADING = caseless(r"(?:job|position|role|minimum|basic|required|preferred|desired|key|additional) "
                                  r"(?:qualifications?|requirements?|duties|responsibilities|skills)"
                                  # joined by "and", which title case leaves lower-cased: "Desired Skills and
                                  # Experience" (not "Strong Written and Verbal Communication Skills")
                                  r"(?: (?:and|&) (?:experience|qualifications?|abilities|education|knowledge))?")


class Statement(NamedTuple):
    """One line or sentence of a posting, where it starts in the normalised text, and the section it sits in.

    `lower` is the text lower-cased once, so rules can test for their words with `in` before running a
    pattern: a substring test costs a microsecond, a case-insensitive scan a hundred times that.
    """

    text: str
    start: int
    section: Section
    lower: str = ""


def heading_section(line: str) -> Section | None:
    """The section a heading line opens, or None when the line is not a heading.

    A heading is short, ends with ':' or is in capitals or title case, and names a section; a short line
    that names none ("Bachelor's Degree", "BS degree") is content, not a heading.
    """
    line = line.strip()
    if len(line) > 90:
        return None  # headings are short
    words = line.rstrip(":").split()
    if 7 < len(words) <= 14 and line[-1] == ":":
        # a longer lead-in to a list of pluses: "Relevant skills and qualifications that would be beneficial for the
        # role include:"
        lower = lower_in_place(line)
        if _NAMES_A_CREDENTIAL.search(lower):
            return None
        if _LONG_LEAD_IN.search(lower):
            return "preferred"
        # or to the list of requirements: "What you will need to succeed at Swagelok Pittsburgh:"
        return "required" if _LONG_REQUIRED_LEAD_IN.match(lower) else None
    if not 0 < len(words) <= 7:
        return None
    lower = lower_in_place(line)
    lead_in = lower.startswith(_LEAD_IN_OPENINGS) or "but not required" in lower
    if len(words) <= 6 and line[-1] not in ".!?" and lead_in and _LEAD_IN.match(lower) and \
            not _NAMES_A_CREDENTIAL.search(lower):
        return "preferred"  # a lead-in: "Bonus if you have", "Nice to have", "Valued but not required …"
    shaped = (line.endswith(":") or line.isupper() or all(w[:1].isupper() or not w[:1].isalpha() for w in words)
              or bool(_SENTENCE_CASE_HEADING.fullmatch(lower)))
    # A parenthesis marks content ("Bachelor's (Preferred)") except in a line that ends with a colon, which
    # introduces what follows: "Required Education and experience (including Major):".
    if not shaped or not _ANY_HEADING_WORD.search(lower) or _NAMES_A_CREDENTIAL.search(
            lower.replace("(", " ") if line[-1] == ":" else lower):
        return None  # most short title-case lines are list items ("Strong Communication Skills"): one scan
    found = [name for name in ("benefits", "about", "preferred", "required", "other")
             if _HEADING_WORDS[name].search(lower)]
    if "preferred" in found and _REQUIRE_WORD.search(lower) and "not required" not in lower:
        return "required"  # "Desired Skills and Requirements"
    return found[0] if found else None  # type: ignore[return-value]


# Every _INLINE_YEARS match ends before one of these: _inline_breaks tests for them, _break_before_years finds them.
_YEAR_WORDS = ("year", "yrs", "Year", "Yrs")


def _break_before_years(text: str) -> str:
    """`_INLINE_YEARS.sub("\\n\\1", text)`, tried only at the digits that can match: every match is a digit
    one to seven characters before "year" or "yrs", either case (`\\d?(?:[-–]\\d{1,2})?\\+?\\s?` between), so
    str.find finds the few candidates in C where the scan stopped at every digit of the text (24 -> 9 µs a
    description holding "year")."""
    candidates: set[int] = set()
    for word in _YEAR_WORDS:
        found = text.find(word, 1)
        while found != -1:
            candidates.update(range(max(0, found - 7), found))
            found = text.find(word, found + 1)
    starts = sorted(p for p in candidates if _INLINE_YEARS.match(text, p))
    if not starts:
        return text
    pieces = [text[:starts[0]]]
    pieces.extend(text[start:end] for start, end in zip(starts, [*starts[1:], len(text)], strict=True))
    return "\n".join(pieces)


# The fields a job board appends to a description, which the rules read ("Experience level: 5 years",
# "Education: Bachelor's (Preferred)"). _INLINE_CAPITAL leaves them glued after a short word ("Yearly
# payExperience level:5 years"), so the years sat on the benefits line before them.
_FIELDS = ("Experience:", "Experience level:", "Education:")


def _break_before_fields(text: str) -> str:
    """A line break before each _FIELDS label glued to a lower-case letter or ')' before it."""
    for field in _FIELDS:
        at = text.find(field, 1)
        while at != -1:
            if text[at - 1].islower() or text[at - 1] == ")":
                text = text[:at] + "\n" + text[at:]
                at += 1
            at = text.find(field, at + 1)
    return text


# Headings in capitals that a dataset glued to the item after them: "QUALIFICATIONSD.D.S. with Illinois license",
# "REQUIREMENTSBachelor's degree" (_INLINE_CAPITAL breaks only after a lower-case letter).
_CAPITAL_HEADINGS = ("QUALIFICATIONS", "REQUIREMENTS", "RESPONSIBILITIES", "EDUCATION")


def _break_after_capital_headings(text: str) -> str:
    """A line break after each _CAPITAL_HEADINGS word glued to a capital that opens a word ("Bachelor") or initials
    ("D.D.S."); not inside a longer word in capitals ("EDUCATIONAL")."""
    for word in _CAPITAL_HEADINGS:
        at = text.find(word)
        while at != -1:
            end = at + len(word)
            if end + 1 < len(text) and text[end].isupper() and (text[end + 1].islower() or text[end + 1] == "."):
                text = text[:end] + "\n" + text[end:]
            at = text.find(word, end)
    return text


def _inline_breaks(text: str) -> str:
    for bullet in _BULLETS:
        if bullet in text:
            text = text.replace(bullet, "\n")
    text = _INLINE_CAPITAL.sub("\n\\1", text)
    text = _break_before_fields(text)
    text = _break_after_capital_headings(text)
    if any(word in text for word in _YEAR_WORDS):
        text = _break_before_years(text)
    if "- " in text:
        text = _INLINE_DASH.sub("\n", text)
    if " +" in text:
        text = _INLINE_PLUS.sub(" \n", text)
    if " o " in text:
        text = _INLINE_O_BULLET.sub("\n", text)
    return text


def statements(text: str | None) -> tuple[Statement, ...]:
    """The posting's statements in order; each carries the section its nearest heading opened.

    Cached for the last few texts: every rule of a posting reads the same statements.
    """
    return _statements(text or "")


# A degree's name at the end of a line and "degree" opening the next, lower-cased: a text wrapped at a fixed width
# ("Bachelor’s" / "degree in a science discipline preferred."), whose halves are one statement.
_WRAPPED_DEGREE = re.compile(r"\b((?:[Bb]achelor|[Mm]aster|[Aa]ssociate)(?:['’]s)?)\n(?=degree\b)")
# A figure alone on its line before the years it counts, in the same wrapped text: "10" / "years of related
# post-graduate professional experience".
_WRAPPED_FIGURE = re.compile(r"(?m)^(\d{1,2}\+?)\n(?=(?:years?|yrs)\b)")
_LOST_BULLET = re.compile(r"(?<=[^\s.!?:;])[ \t\u00a0]{2,}(?=[A-Z0-9])")
# Up to four capitalised words (and "and") ending a long line with a colon, after a lower-case word other than "and":
# a heading glued to the text before it (_statements asks heading_section whether the words name a section); or a
# lead-in in sentence case, "… *Salary commensurate with experience What you will need to succeed at Swagelok
# Pittsburgh:".
_HEADING_AT_END = re.compile(r"(?<=[a-z,] )(?<!\band )(?:(?:[A-Z][\w/&-]* (?:(?:and|&) )?){0,3}[A-Z][\w/&-]*|"
                             r"What you(?:'ll|’ll| will) (?:need|bring)\b[^.:!?]{0,50}):$")
_BULLET_FIRST = frozenset("-•·*▪◦●‣⁃o0123456789")


def normalised(text: str) -> str:
    """The text rules read: its first READ_LIMIT characters, blanks collapsed to one space per run, blank
    lines dropped, and lost line breaks restored (_GLUED_*, where a text has almost none; _inline_breaks)."""
    text = text[:READ_LIMIT]
    glued = len(text) > 400 and text.count("\n") < 3
    if "  " in text:
        # A list whose bullets became runs of blanks: "… or equivalent experience  An understanding of …  3-5 years
        # related experience …". Each item opens with a capital or a figure after the run.
        text = _LOST_BULLET.sub("\n", text)
    # str.split() collapses Unicode whitespace in C; every later pattern then meets single spaces.
    text = "\n".join(filter(None, (" ".join(raw.split()) for raw in text.split("\n"))))
    if glued:
        text = _GLUED_BEFORE_YEARS.sub("\n\\1", _GLUED_BEFORE_CAPITAL.sub("\n\\1", text))
    if "\ndegree" in text:
        text = _WRAPPED_DEGREE.sub("\\1 ", text)
    if "\nyear" in text or "\nyrs" in text:
        text = _WRAPPED_FIGURE.sub("\\1 ", text)
    return _inline_breaks(text)


def _sentences(line: str) -> list[str]:
    if not (". " in line or "! " in line or "? " in line or "; " in line):
        return [line]  # the split below needs one of these marks: skip it for most lines
    pieces: list[str] = []
    for piece in _SENTENCE_END.split(line):
        if pieces and (_ABBREVIATION.search(pieces[-1][-12:]) or piece[:3] in ("Or ", "OR ")
                       or piece[:13] in ("Alternatively", "ALTERNATIVELY")
                       or (piece[:1] == "(" and _DEGREE_INITIALS_END.search(pieces[-1][-6:]))):
            # "(e.g. Physics)" is one sentence, and so is "BS in CS. Or equivalent work experience": a
            # sentence that opens with "Or" (or "Alternatively") offers an alternative to the one before it.
            # "MS/Ph.D. (Preferred) in Computer Science": the parenthesis qualifies the degree whose initials end
            # with a full stop.
            pieces[-1] = pieces[-1] + " " + piece
        else:
            pieces.append(piece)
    for at, piece in enumerate(pieces[:-1]):
        # the split only happens before a capital or a figure, so a number glued to a sentence's end is a new item's:
        # a character test first, since most sentences end on a letter
        if piece[-2:-1].isdigit() and piece[-1] == ".":
            glued = _GLUED_ITEM_NUMBER.search(piece)
            if glued:
                pieces[at] = piece[:glued.start()]
    return pieces


@lru_cache(maxsize=8)
def _statements(text: str) -> tuple[Statement, ...]:
    if not text:
        return ()
    out: list[Statement] = []
    section: Section = "other"
    offset = 0
    dangling = False
    pending: Section | None = None
    for raw_line in normalised(text).split("\n"):
        if pending:
            section, dangling, pending = pending, False, None
        line_start = offset
        offset += len(raw_line) + 1
        line = raw_line.strip()
        if not line:
            continue
        colon = line.find(":")
        # heading_section refuses a line over 90 characters: most content lines skip both calls.
        short = len(line) <= 90
        if short or 0 <= colon < 60:
            opened = (heading_section(line) if short else None) or \
                (heading_section(line[:colon + 1]) if 0 <= colon < 60 else None)
            if opened:
                section = opened
                dangling = False
                if colon < 0 or not line[colon + 1:].strip():
                    continue
        body_start = line_start if len(line) == len(raw_line) else line_start + raw_line.find(line)
        if line[0] in _BULLET_FIRST:
            bullet = _BULLET.match(line)
            if bullet:
                body_start += bullet.end()
                line = line[bullet.end():]
        pieces = _sentences(line)
        if len(pieces) > 1 and len(pieces[-1]) <= 40 and pieces[-1][-1] not in ".!?;,":
            # A heading glued to the end of the line before its list, where a dataset lost the break: "… other
            # related duties as required. Preferred Experience" / "· BSEE, BSME: 3-5+ years' experience". It
            # opens its section for the next line.
            pending = heading_section(pieces[-1])
            if pending:
                pieces = pieces[:-1]
        elif line[-1] == ":" and not short:
            # The same heading glued to the end of a sentence with no full stop: "… recommendations and ratings Desired
            # Qualifications:" (the list's bullets became the line breaks after it).
            tail = _HEADING_AT_END.search(pieces[-1])
            if tail:
                pending = heading_section(tail.group(0))
                if pending:
                    pieces[-1] = pieces[-1][:tail.start()].rstrip()
        if dangling:
            # The line before ended on "or": its alternative is this line's first sentence ("Bachelor's in
            # Data Science … OR" / "2 years of related work experience"), so they are one statement.
            merged = out[-1].text + " " + pieces[0]
            out[-1] = Statement(merged, out[-1].start, out[-1].section, merged.lower())
            dangling = _dangling_or(merged)
            if len(pieces) == 1:
                continue
            position = len(pieces[0])
            pieces = pieces[1:]
        elif len(pieces) == 1:  # most lines are one sentence: it starts where the line does
            _append(out, pieces[0], body_start, section)  # the line, or the line before a glued heading
            dangling = _dangling_or(pieces[0])
            continue
        else:
            position = 0
        for piece in pieces:
            space = piece.find(" ")
            found = line.find(piece if space < 0 else piece[:space], position)
            position = found + len(piece)
            piece = piece.strip()
            if piece:
                _append(out, piece, body_start + max(found, 0), section)
        dangling = _dangling_or(out[-1].text) if out else False
    return tuple(out)


def _dangling_or(statement: str) -> bool:
    """Whether a statement ends on the conjunction "or", so the next line completes it. Not a lone "OR" line
    (it stands between two whole alternatives) and not a US state after a comma ("Portland, OR"). A comma may
    follow it: "Bachelor's degree and at least 2 years of … experience OR," / "Master's degree and no experience OR,".
    """
    if statement[-1] == ",":
        statement = statement[:-1]
    if not statement or statement[-1] not in "rR":
        return False
    head, _, last = statement.rpartition(" ")
    if not head or last not in ("or", "OR", "Or"):
        return False
    return not (last == "OR" and head[-1] == ",")


def _append(out: list[Statement], piece: str, start: int, section: Section) -> None:
    if out and piece[0] == "(" and _MARKER.fullmatch(piece):
        # A lone "(Not Required)" qualifies the statement before it.
        merged = out[-1].text + " " + piece
        out[-1] = Statement(merged, out[-1].start, out[-1].section, merged.lower())
    else:
        out.append(Statement(piece, start, section, piece.lower()))


_CLAUSE_BREAK = re.compile(
    r";\s*|\s+but\s+|,\s+yet\s+|\s+however,?\s+|,\s+(?=if\b)|(?<=required)[,.]?\s+(?=\w)|"
    r"(?:,(?<!\bor,)\s*|\s+[-–—]\s+)(?=(?:or\s+|and\s+|with\s+)?(?:preferably\s+)?(?:an?\s+)?(?:ph\.?\s?d|master|m\.?s\.?\b|"
    r"ms\b|msc|mba|"
    r"advanced degree|graduate degree|post[- ]?graduate|doctora|ba/bs|bs/|b\.?s\.?\b|bachelor))", re.I)


_QUALIFIER_AFTER = re.compile(r"\)\s*(?:(?:is|are) )?(?:strongly |highly )?(?:preferred|required|desired|desirable|"
                              r"optional|a plus)\b", re.I)


def _clause_pieces(sentence: str) -> list[str]:
    """`_CLAUSE_BREAK.split(sentence)`, except inside a parenthesis that a qualifier follows: "advanced degrees
    (Associates, Bachelor's, and/or Master's) preferred" is one clause, so "preferred" reaches every degree in it.
    A parenthesis with no qualifier after it is still split: "(Masters preferred, bachelors minimum)" qualifies
    each of its parts itself. The depth is counted from the last break on, so a long run-on stays linear."""
    if "(" not in sentence:
        return _CLAUSE_BREAK.split(sentence)
    pieces: list[str] = []
    start = depth = counted = 0
    for match in _CLAUSE_BREAK.finditer(sentence):
        depth += sentence.count("(", counted, match.start()) - sentence.count(")", counted, match.start())
        counted = match.start()
        if depth > 0:
            close = sentence.find(")", match.start())
            if close > 0 and _QUALIFIER_AFTER.match(sentence, close):
                continue
        pieces.append(sentence[start:match.start()])
        start = match.end()
    pieces.append(sentence[start:])
    return pieces


def clauses(sentence: str) -> list[str]:
    """A statement's clauses: split at ';', 'but', ', yet', 'if', after 'required', and before a further degree
    ("Master's in X, PhD is a plus") so each degree keeps its own qualifier. Run-on text with no
    punctuation is cut into pieces of at most 600 characters so no clause is unbounded."""
    out = []
    for part in _clause_pieces(sentence):
        part = part.strip() if part else ""
        while len(part) > 600:
            cut = part.rfind(" ", 300, 600)
            cut = cut if cut > 0 else 600
            out.append(part[:cut])
            part = part[cut:].strip()
        if part:
            out.append(part)
    return out


WordEnd = Literal["", "s", "*"]


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # what \w means in a str pattern


def count_words(lower: str, word: str, end: WordEnd = "") -> int:
    """How many times `word` starts a word in `lower`: what `\\bword\\b` (end ""), `\\bwords?\\b` (end "s") or
    `\\bword` (end "*") would count, for a word that starts with a letter and never overlaps itself.
    str.find skips to each candidate in C, where a regex alternation tries every branch at every position."""
    count = 0
    size = len(word)
    found = lower.find(word)
    while found != -1:
        if found == 0 or not _is_word_char(lower[found - 1]):
            after = found + size
            if (end == "*" or after == len(lower) or not _is_word_char(lower[after])
                    or (end == "s" and lower[after] == "s" and (after + 1 == len(lower)
                                                                or not _is_word_char(lower[after + 1])))):
                count += 1
        found = lower.find(word, found + 1)
    return count


@lru_cache(maxsize=16)
def lowered(text: str) -> str:
    """`lower_in_place(text)`, kept for the last few texts: role, flags, work mode and company rules each read a
    posting's description lower-cased, and lowering 2 KB costs as much as several substring tests."""
    return lower_in_place(text)


def joined_lower(*parts: str) -> str:
    """`"\\n".join(parts).lower()`, reusing the description's cached lower case (the last part). Lower-casing
    is per character except Greek final sigma, which looks at its neighbours; a line break is neither a cased
    nor a case-ignorable character, so lowering the parts apart gives the same text."""
    return "\n".join([*(lower_in_place(part) for part in parts[:-1]), lowered(parts[-1])])


def in_text(text: str, lower: str, match: re.Match[str]) -> str:
    """What a match found in `lower` (text.lower()) says in the text's own case. lower() keeps positions
    unless a character changed length ('İ'); then the lower-cased words are the best evidence left."""
    return text[match.start():match.end()] if len(lower) == len(text) else match.group(0)


def finditer_at_words(pattern: re.Pattern[str], lower: str, starts: tuple[str, ...]) -> Iterator[re.Match[str]]:
    """`pattern.finditer(lower)` for a pattern whose every match opens with `\\b` and then one of `starts`.

    A keyword alternation that opens with `\\b` gives the engine no first character to skip to, so it tries
    every branch at every word of the text (~10 µs per KB); str.find reaches each start in C, and the
    pattern is tried only there. Matches come leftmost first and never overlap, as finditer's do: the
    pattern is matched in place (it still sees the characters before the start, so `\\b` holds).
    """
    candidates: list[int] = []
    for word in starts:
        found = lower.find(word)
        while found != -1:
            if found == 0 or not _is_word_char(lower[found - 1]):
                candidates.append(found)
            found = lower.find(word, found + 1)
    candidates.sort()
    end = 0
    for start in candidates:
        if start >= end:
            match = pattern.match(lower, start)
            if match:
                end = match.end()
                yield match


def first_at_words(pattern: re.Pattern[str], lower: str, starts: tuple[str, ...]) -> re.Match[str] | None:
    """`next(finditer_at_words(pattern, lower, starts), None)`, without finding every start of every word:
    once a match is found, the next words are looked for only before it (a yes/no flag that keeps its first
    evidence, where most texts that have one mention it early)."""
    best = None
    limit = len(lower)
    for word in starts:
        tail = len(word) - 1  # str.find's end bounds where the word ends: this lets it start before `limit`
        found = lower.find(word, 0, limit + tail)
        while found != -1:
            if found == 0 or not _is_word_char(lower[found - 1]):
                match = pattern.match(lower, found)
                if match:
                    best, limit = match, found
                    break
            found = lower.find(word, found + 1, limit + tail)
    return best


def search_near(pattern: re.Pattern[str], text: str, lower: str, words: tuple[str, ...],
                before: int = 80, after: int = 200) -> re.Match[str] | None:
    """`pattern.search(text)`, scanning only the windows around `words` in the lower-cased text.

    For patterns that hold one of `words` in every match, starting at most `before` characters ahead of
    it: a scan costs ~20 µs per KB and stalls on patterns like "we … sponsor", so most postings are
    answered by substring tests alone and the rest scan a few hundred characters. A match that comes
    within 50 characters of a window's end (it might run on, or look ahead, past it) is re-read from the
    window's start without an end, so the answer is the same as the full scan's.
    """
    if len(lower) != len(text):  # lower() changed a character's length: positions do not carry over
        return pattern.search(text) if any(word in lower for word in words) else None
    windows: list[tuple[int, int]] = []
    for word in words:
        found = lower.find(word)
        while found != -1:
            windows.append((max(0, found - before), found + len(word) + after))
            found = lower.find(word, found + 1)
    if not windows:
        return None
    windows.sort()
    merged = [windows[0]]
    for start, end in windows[1:]:
        if start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    for start, end in merged:
        match = pattern.search(text, start, end)
        if match:
            return pattern.search(text, start) if match.end() > end - 50 and end < len(text) else match
    return None
