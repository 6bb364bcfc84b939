"""Find the ATS board a company page embeds or links, and the token it uses. Pure functions.

A careers page shows its board in a few ways: a link to the hosted board
(``jobs.lever.co/acme``), an iframe (``boards.greenhouse.io/embed/job_board?for=acme``), a script
embed (``boards.greenhouse.io/embed/job_board/js?for=acme``, ``jobs.ashbyhq.com/acme/embed``), or a
configuration value in inline script (``boardToken: "acme"``, ``Grnhse.Settings.boardToken``). Each
hint records how it was found. A hint is only a guess: ``scrapers.discovery.validate`` must confirm it
against the platform's API before the board is used.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import parse_qs, unquote, urljoin, urlsplit

from lxml import html as lxml_html

_TOKEN = r"([A-Za-z0-9](?:[A-Za-z0-9._-]|%20){0,99})"
# (platform, pattern over a URL without scheme) - the token is group 1
URL_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("greenhouse", re.compile(r"^(?:job-)?boards(?:-api)?\.(?:eu\.)?greenhouse\.io/(?:v1/boards/)?(?!embed\b)" + _TOKEN,
                              re.I)),
    ("greenhouse", re.compile(r"^(?:job-)?boards\.greenhouse\.io/embed/job_board(?:/js)?\?(?:.*&)?for=" + _TOKEN,
                              re.I)),
    ("lever", re.compile(r"^jobs\.(?:eu\.)?lever\.co/" + _TOKEN, re.I)),
    ("lever", re.compile(r"^api\.(?:eu\.)?lever\.co/v0/postings/" + _TOKEN, re.I)),
    ("ashby", re.compile(r"^jobs\.ashbyhq\.com/" + _TOKEN, re.I)),
    ("ashby", re.compile(r"^api\.ashbyhq\.com/posting-api/job-board/" + _TOKEN, re.I)),
    ("workable", re.compile(r"^apply\.workable\.com/(?:api/v\d/(?:widget/)?accounts/)?(?!j/|api/)" + _TOKEN, re.I)),
    ("workable", re.compile(r"^" + _TOKEN + r"\.workable\.com(?:/|$)", re.I)),
    ("smartrecruiters", re.compile(r"^(?:careers|jobs)\.smartrecruiters\.com/" + _TOKEN, re.I)),
    ("smartrecruiters", re.compile(r"^api\.smartrecruiters\.com/v1/companies/" + _TOKEN, re.I)),
    ("recruitee", re.compile(r"^" + _TOKEN + r"\.recruitee\.com(?:/|$)", re.I)),
    ("personio", re.compile(r"^" + _TOKEN + r"\.jobs\.personio\.(?:de|com)(?:/|$)", re.I)),
]
_NOT_TOKENS = {"www", "api", "app", "apply", "embed", "jobs", "careers", "j", "static", "assets", "widget", "v1", "v2"}
_CONFIG = [
    ("greenhouse", re.compile(r"""boardToken['"]?\s*[:=]\s*['"]([A-Za-z0-9._-]+)['"]""")),
    ("greenhouse", re.compile(r"""greenhouse[^<]{0,200}?[?&]for=([A-Za-z0-9._-]+)""", re.I)),
    ("lever", re.compile(r"""leverAccount['"]?\s*[:=]\s*['"]([A-Za-z0-9._-]+)['"]""", re.I)),
    ("ashby", re.compile(r"""ashby(?:JobBoard|Board)?(?:Name|Token)['"]?\s*[:=]\s*['"]([A-Za-z0-9._-]+)['"]""", re.I)),
    ("workable", re.compile(r"""whr\(document\)\.ready[^<]{0,200}?account:\s*['"]([A-Za-z0-9._-]+)['"]""", re.I)),
]


@dataclass(frozen=True)
class BoardHint:
    """A board a page points at: which platform, which token, and how it was found."""

    platform: str
    token: str
    via: str


def board_from_url(url: str) -> tuple[str, str] | None:
    """(platform, token) for a board or API URL on a known ATS, else None."""
    parts = urlsplit(url.strip())
    if parts.scheme and parts.scheme not in ("http", "https"):
        return None
    target = (parts.netloc + parts.path + ("?" + parts.query if parts.query else "")) if parts.netloc else url
    target = re.sub(r"^(?:https?:)?//", "", target)
    for platform, pattern in URL_PATTERNS:
        match = pattern.match(target)
        if match and match.group(1).lower() not in _NOT_TOKENS:
            return platform, unquote(match.group(1)).rstrip(".")
    if "greenhouse.io" in parts.netloc and "for" in parse_qs(parts.query):
        return "greenhouse", parse_qs(parts.query)["for"][0]
    return None


def find_boards(page: str, page_url: str) -> list[BoardHint]:
    """Every board the page links, frames, scripts or configures, most direct evidence first."""
    hints: list[BoardHint] = []

    def add(platform: str, token: str, via: str) -> None:
        if token.lower() not in _NOT_TOKENS and not any(h.platform == platform and h.token == token for h in hints):
            hints.append(BoardHint(platform, token, via))

    try:
        root = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        root = None
    if root is not None:
        for kind, xpath in (("iframe", "//iframe/@src"), ("script", "//script/@src"), ("link", "//a/@href"),
                            ("form", "//form/@action")):
            for value in root.xpath(xpath):
                found = board_from_url(urljoin(page_url, str(value)))
                if found:
                    add(found[0], found[1], f"{kind}:{page_url}")
    for platform, pattern in _CONFIG:
        for match in pattern.finditer(page):
            add(platform, match.group(1), f"config:{page_url}")
    return hints


def careers_links(page: str, page_url: str) -> list[str]:
    """Links on a homepage that lead to its careers page (same site, 'careers', 'jobs', 'join us' ...)."""
    try:
        root = lxml_html.fromstring(page)
    except (ValueError, lxml_html.etree.ParserError):
        return []
    host = urlsplit(page_url).netloc
    words = re.compile(r"career|jobs?\b|join|hiring|work[- ]with[- ]us|vacanc|open (?:roles|positions)|stellen", re.I)
    out: list[str] = []
    for anchor in root.xpath("//a[@href]"):
        target = urljoin(page_url, anchor.get("href")).split("#")[0]
        label = " ".join(anchor.text_content().split()) + " " + urlsplit(target).path
        if urlsplit(target).netloc == host and target != page_url and words.search(label) and target not in out:
            out.append(target)
    return out[:5]
