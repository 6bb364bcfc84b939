"""Split a posting into statements (lines, sentences, clauses) that remember their section.

Rules read one statement at a time, and the evidence they keep is that statement. A statement knows
the heading it sits under ("Minimum qualifications", "Nice to have", "Benefits" …), because
"Master's degree" means one thing under "Requirements" and another under "Preferred".
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Literal

Section = Literal["required", "preferred", "benefits", "about", "other"]

# Some datasets lost their line breaks ("…preferredAdvanced degree…", "Qualifications:Bachelor's"): a
# lower-case letter or closing punctuation glued to a capitalised word marks a lost break.
_GLUED = re.compile(r"(?<=[a-z0-9.)!?:%])(?=[A-Z][a-z])|(?<=[a-z).])(?=\d+\s?\+?\s?(?:years?|yrs))")
# In any text: a long lower-case word glued to a capitalised one ("EngineeringMust"), inline bullets, and
# "REQUIREMENTS- Proven" dashes. Four lower-case letters first keeps JavaScript, GitHub and YouTube whole.
_INLINE_BREAK = re.compile(r"(?P<keep>[a-z]{4}|\)|[a-z]{3}[.!?])(?=[A-Z][a-z]|(?:BS|BA|MS|MSc|BSc|PhD|B\.S|M\.S)\b)|"
                           r"[•·▪●]|(?P<dash>[A-Za-z)])- (?=[A-Z])")
# Rules read this much of a description: every posting in the corpus is shorter (the longest is 22 KB),
# and it bounds the work a hostile 10 MB description can cause.
READ_LIMIT = 30_000
_MARKER = re.compile(r"\((?:not )?(?:required|preferred|optional)\)\.?", re.I)
_ABBREVIATION = re.compile(r"(?:\be\.g|\bi\.e|\betc|\bvs|\bincl|\bapprox|\bex|\bno)\.$", re.I)
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+(?=[\"'(\[]?[A-Z0-9•·\-*])")
_BULLET = re.compile(r"^\s*(?:[-•·*▪◦●‣⁃o]|\d{1,2}[.)])\s+")
_HEADING_WORDS = {
    "preferred": re.compile(r"\b(?:prefer\w*|nice[- ]to[- ]haves?|bonus(?: points)?|desir\w+|plus(?:es)?|"
                            r"recommended|additional (?:qualifications|skills)|above and beyond|not required|"
                            r"would be great|extra credit)\b", re.I),
    "required": re.compile(r"\b(?:requir\w*|qualifications?|must[- ]haves?|what you(?:'ll)? (?:need|bring)|"
                           r"you (?:have|bring|will need)|who you are|about you|minimum|basic|essential|"
                           r"skills|experience|education|looking for)\b", re.I),
    "benefits": re.compile(r"\b(?:benefits?|perks?|we offer|what we offer|compensation|why join|"
                           r"what'?s in it for you)\b", re.I),
    "about": re.compile(r"\b(?:about (?:us|the company|the team)|who we are|our company|our mission)\b", re.I),
}


@dataclass(frozen=True)
class Statement:
    """One line or sentence of a posting, where it starts in the text, and the section it sits in."""

    text: str
    start: int
    section: Section


def heading_section(line: str) -> Section | None:
    """The section a heading line opens, or None when the line is not a heading.

    A heading is short, ends with ':' or is in capitals or title case, and names a section; a short line
    that names none ("Bachelor's Degree", "BS degree") is content, not a heading.
    """
    line = line.strip()
    if len(line) > 90:
        return None  # headings are short
    words = line.rstrip(":").split()
    if 0 < len(words) <= 6 and not re.search(r"[.!?]$", line) and re.match(
            r"(?:bonus|nice[- ]to[- ]have|preferred|pluses|extra credit)\b", line, re.I):
        return "preferred"  # a lead-in: "Bonus if you have", "Nice to have"
    shaped = line.endswith(":") or line.isupper() or all(w[:1].isupper() or not w[:1].isalpha() for w in words)
    if not (0 < len(words) <= 7 and shaped) or re.search(r"\d|\(|\bdegree|\bbachelor|\bmaster'?s\b|\bph\.?d|"
                                                        r"\bdiploma", line, re.I):
        return None
    found = [name for name in ("benefits", "about", "preferred", "required") if _HEADING_WORDS[name].search(line)]
    if "preferred" in found and re.search(r"\brequire|\bmust\b", line, re.I) and not re.search(
            r"\bnot required\b", line, re.I):
        return "required"  # "Desired Skills and Requirements"
    return found[0] if found else None  # type: ignore[return-value]


def _break(match: re.Match[str]) -> str:
    return (match.group("keep") or match.group("dash") or "") + "\n"


def unglue(text: str) -> str:
    """Restore the line breaks run-together text lost, only where the text has almost none."""
    if len(text) > 400 and text.count("\n") < 3:
        return _GLUED.sub("\n", text)
    return text


def statements(text: str | None) -> tuple[Statement, ...]:
    """The posting's statements in order; each carries the section its nearest heading opened.

    Cached for the last few texts: every rule of a posting reads the same statements.
    """
    return _statements(text or "")


@lru_cache(maxsize=8)
def _statements(text: str) -> tuple[Statement, ...]:
    if not text:
        return ()
    # One space for any run of blanks: every later pattern then meets bounded whitespace.
    text = _INLINE_BREAK.sub(_break, unglue(re.sub(r"[^\S\n]+", " ", text[:READ_LIMIT])))
    out: list[Statement] = []
    section: Section = "other"
    offset = 0
    for raw_line in text.split("\n"):
        line_start = offset
        offset += len(raw_line) + 1
        line = raw_line.strip()
        if not line:
            continue
        label, sep, rest = line.partition(":")
        opened = heading_section(line) or (heading_section(label + ":") if sep and len(label) < 60 else None)
        if opened:
            section = opened
            if not (sep and rest.strip()):
                continue
        body_start = line_start + raw_line.find(line)
        bullet = _BULLET.match(line)
        if bullet:
            body_start += bullet.end()
            line = line[bullet.end():]
        pieces: list[str] = []
        for piece in _SENTENCE_END.split(line):
            if pieces and _ABBREVIATION.search(pieces[-1]):
                pieces[-1] = pieces[-1] + " " + piece  # "(e.g. Physics)" is one sentence
            else:
                pieces.append(piece)
        position = 0
        for piece in pieces:
            first = piece.split(" ", 1)[0]
            found = line.find(first, position)
            position = found + len(piece)
            if not piece.strip():
                continue
            if out and _MARKER.fullmatch(piece.strip()):
                # A lone "(Not Required)" qualifies the statement before it.
                out[-1] = Statement(out[-1].text + " " + piece.strip(), out[-1].start, out[-1].section)
            else:
                out.append(Statement(piece.strip(), body_start + max(found, 0), section))
    return tuple(out)


_CLAUSE_BREAK = re.compile(
    r";\s*|\s+but\s+|\s+however,?\s+|,\s+(?=if\b)|(?<=required)[,.]?\s+(?=\w)|"
    r",\s*(?=(?:or\s+|and\s+|with\s+)?(?:preferably\s+)?(?:an?\s+)?(?:ph\.?\s?d|master|m\.?s\.?\b|ms\b|msc|mba|"
    r"advanced degree|graduate degree|postgraduate|doctora|ba/bs|bs/|b\.?s\.?\b|bachelor))", re.I)


def clauses(sentence: str) -> list[str]:
    """A statement's clauses: split at ';', 'but', 'if', after 'required', and before a further degree
    ("Master's in X, PhD is a plus") so each degree keeps its own qualifier. Run-on text with no
    punctuation is cut into pieces of at most 600 characters so no clause is unbounded."""
    out = []
    for part in _CLAUSE_BREAK.split(sentence):
        part = part.strip() if part else ""
        while len(part) > 600:
            cut = part.rfind(" ", 300, 600)
            cut = cut if cut > 0 else 600
            out.append(part[:cut])
            part = part[cut:].strip()
        if part:
            out.append(part)
    return out
