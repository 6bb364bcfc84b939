"""One "Who is hiring?" comment to a job: company, roles, location, work mode, salary, links, flags.

The thread asks for "Company | Role | Location | REMOTE/ONSITE | $salary | url", and posters write
every variant of it: other separators (" - ", " -- ", "::", ";"), location first, the company only in
a link or an e-mail, roles listed in the body. The first line is split into segments and each segment
is classified (url, e-mail, salary, flags, location, role, company); what the first line lacks is
looked for in the body. Pure functions: HTML in, ``HnJob`` or a reason out.
"""

from __future__ import annotations

import html as html_lib
import re
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from scrapers.html_text import html_to_text

_SEPARATORS = re.compile(r"\s*(?:\||•|·|::|;|\s[-–—]{1,2}\s|\s{3,}|\t|\s/\s|^-{2,}|\s[-–—]{1,2}$)\s*")
_URL = re.compile(r"(https?://[^\s<>()\"']+|www\.[^\s<>()\"']+)", re.I)
_DOMAIN = re.compile(r"^\(?([a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:com|io|ai|co|net|org|dev|app|so|xyz|tech|"
                     r"de|uk|fr|se|nl|ch|es|it|me|us|ca|eu|health|us|my|au|cz|in|sh|gg|tv|fm|ly|to|vc|jobs)"
                     r"(?:\.[a-z]{2})?)(/\S*)?\)?$", re.I)
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
_SALARY = re.compile(r"[$€£¥]\s?\d|\d\s?[kK]\b|\b\d{2,3}[,.]?\d{3}\b.*\b(?:USD|EUR|GBP|CHF|CAD|SEK)\b|"
                     r"\b(?:USD|EUR|GBP|CHF|CAD|SEK)\s?\d|\bequity\b|\bsalary\b", re.I)
_FLAGS = {
    "remote": re.compile(r"\bremote(?:ly)?\b|\bwfh\b|\banywhere\b|\bdistributed\b", re.I),
    "onsite": re.compile(r"\bon[- ]?site\b|\bin[- ]office\b|\bno remote\b|\bin[- ]person\b", re.I),
    "hybrid": re.compile(r"\bhybrid\b", re.I),
    "visa": re.compile(r"\bvisas?\b|\bh-?1b\b|\bsponsorship\b|\brelocation\b", re.I),
    "interns": re.compile(r"\binterns?(hips?)?\b", re.I),
}
_NO_VISA = re.compile(r"\bno visas?\b|\bno h-?1b\b|\bno sponsorship\b|\bcannot sponsor\b|\bunable to sponsor\b", re.I)
_EMPLOYMENT = re.compile(
    r"\b(full[- ]?time|part[- ]?time|contract(?:or)?s?|freelance|permanent|fulltime|ft|pt)\b", re.I)
_ROLE = re.compile(
    r"\b(engineers?|engineering|developers?|devs?|programmers?|scientists?|designers?|architects?|analysts?|"
    r"managers?|leads?|directors?|head of|vp\b|cto|ceo|coo|cfo|founding|researchers?|devops|sre|"
    r"interns?|hackers?|ninjas?|administrators?|admins?|consultants?|specialists?|writers?|marketers?|"
    r"recruiters?|full[- ]?stack|front[- ]?end|back[- ]?end|qa|testers?|ios|android|ml|ai|data|"
    r"positions?|roles?|jobs?|openings?|product|operations|ops|sales|support|security|infrastructure|"
    r"technicians?|associates?|coordinators?|accountants?|executives?|representatives?|strategists?|"
    r"mathematicians?|statisticians?|physicists?|quants?|tech lead|staff|principal|generalists?|"
    r"contractors?|co-?founders?|partners?|hires?|swes?|mles?)\b", re.I)
_SEEKING = re.compile(
    r"\b(?:looking (?:to meet|to hire|for)|hiring|seeking|searching for|need|want)\s+(?:an?\s+|our\s+|more\s+)?"
    r"((?:[\w+#./-]+\s+){0,3}?(?:engineers?|developers?|scientists?|designers?|architects?|analysts?|"
    r"programmers?|researchers?|hackers?|devops|sres?|interns?|co-?founders?|people|folks|generalists?))\b", re.I)
_PRONOUN = re.compile(r"^(?:we|i|our|my|us|you|currently|they|this|it|the team)\b", re.I)
_HIRING = re.compile(r"^(?P<company>[A-Z0-9][\w.&' -]{0,60}?)\s+(?:is|are)\s+(?:now\s+)?(?:hiring|looking|seeking|"
                     r"searching|growing)\b(?:\s+(?:for\s+)?(?P<role>[^.!]{3,80}?))?(?:\s+in\s+[^.!]+)?[.!]?$")
_ROLE_PHRASE = re.compile(
    r"((?:(?:senior|sr\.?|junior|jr\.?|lead|staff|principal|founding|full[- ]?stack|front[- ]?end|back[- ]?end|"
    r"(?-i:[A-Z][\w+#./-]*))\s+){0,4}(?:software |data |ml |machine learning |web |mobile |platform |research |"
    r"product |systems? |site reliability |devops |qa |test )?"
    r"(?:engineers?|developers?|scientists?|designers?|architects?|analysts?|programmers?|researchers?|"
    r"engineering managers?|product managers?|interns?|hackers?|sres?|devops))\b", re.I)
_SKIP_DOMAINS = ("news.ycombinator.com", "ycombinator.com", "linkedin.com", "twitter.com", "x.com", "github.com",
                 "angel.co", "wellfound.com", "stackoverflow.com", "google.com", "goo.gl", "bit.ly", "gmail.com",
                 "docs.google.com", "forms.gle", "notion.so", "notion.site", "medium.com", "youtube.com")
_ATS_PATH = re.compile(r"(?:jobs\.lever\.co|jobs\.ashbyhq\.com|boards\.greenhouse\.io|job-boards\.greenhouse\.io|"
                       r"apply\.workable\.com|jobs\.smartrecruiters\.com)/([A-Za-z0-9._-]+)", re.I)
_ATS_HOST = re.compile(r"^([a-z0-9-]+)\.(?:recruitee\.com|jobs\.personio\.(?:de|com)|workable\.com|"
                       r"breezy\.hr|bamboohr\.com|teamtailor\.com)$", re.I)
_PLACE_WORDS = re.compile(
    r"\b(?:" + "|".join(sorted({re.escape(p) for p in (
        "SF", "San Francisco", "Bay Area", "NYC", "New York", "Los Angeles", "Seattle", "Boston", "Austin",
        "Chicago", "Denver", "Portland", "Berkeley", "Oakland", "Palo Alto", "Mountain View", "Menlo Park",
        "Sunnyvale", "San Jose", "San Mateo", "Redwood City", "Santa Monica", "San Diego", "Atlanta", "Miami",
        "Dallas", "Houston", "Philadelphia", "Pittsburgh", "Washington", "Baltimore", "Toronto", "Vancouver",
        "Montreal", "Ottawa", "Waterloo", "London", "Berlin", "Munich", "Hamburg", "Paris", "Amsterdam",
        "Dublin", "Zurich", "Geneva", "Stockholm", "Copenhagen", "Oslo", "Helsinki", "Barcelona", "Madrid",
        "Lisbon", "Prague", "Vienna", "Warsaw", "Krakow", "Budapest", "Tel Aviv", "Bangalore", "Bengaluru",
        "Singapore", "Sydney", "Melbourne", "Tokyo", "Hong Kong", "Cambridge", "Oxford", "Edinburgh",
        "Manchester", "Bristol", "Brighton", "USA", "UK", "EU", "Europe", "Canada", "Germany", "France",
        "India", "Australia", "Worldwide", "Global", "EMEA", "Americas", "APAC", "North America", "Ann Arbor",
        "Boulder", "Salt Lake City", "Raleigh", "Durham", "Nashville", "Minneapolis", "St. Louis", "Detroit",
        "Phoenix", "Cincinnati", "Columbus", "Cleveland", "Kansas City", "New Jersey", "Brooklyn",
        "Manhattan", "Irvine", "Los Altos", "Santa Clara", "Cupertino", "Sacramento", "Madison", "Chapel Hill",
        "Tallinn", "Riga", "Vilnius", "Kyiv", "Bucharest", "Sofia", "Athens", "Rome", "Milan", "Brussels",
        "Luxembourg", "Zagreb", "Belgrade", "Istanbul", "Dubai", "Cape Town", "Lagos", "Nairobi", "Seoul",
        "Shanghai", "Beijing", "Taipei", "Auckland", "Wellington", "Mexico", "Buenos Aires", "Sao Paulo",
        "Bogota", "Santiago", "Lima", "Netherlands", "Sweden", "Spain", "Italy", "Switzerland", "Poland",
        "Ireland", "Israel", "Japan", "Brazil", "US", "Kuala Lumpur", "Malaysia", "Finland", "Norway", "Denmark")},
        key=len, reverse=True)) + r")\b"
)
_US_STATE = re.compile(r",\s*(?:[A-Z]{2}|[A-Z][a-z]+)\b")


@dataclass
class HnJob:
    """What a comment says about the job; ``roles`` lists every role named, ``title`` the first."""

    company: str
    title: str
    roles: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    work_mode: str = "unknown"
    salary_text: str | None = None
    employment_type: str | None = None
    website: str | None = None
    urls: list[str] = field(default_factory=list)
    emails: list[str] = field(default_factory=list)
    visa: bool | None = None
    interns: bool = False
    company_from: str = "first line"
    first_line: str = ""


def paragraphs(comment_html: str) -> list[str]:
    """The comment's paragraphs as plain text, HTML entities decoded once."""
    text = html_to_text(comment_html.replace("\\n", "\n"))
    return [html_lib.unescape(line).strip() for line in text.split("\n") if line.strip()]


def _links(comment_html: str, text: str) -> list[str]:
    found = re.findall(r'href="([^"]+)"', comment_html) + _URL.findall(text)
    out: list[str] = []
    for url in (html_lib.unescape(u).rstrip(".,);") for u in found):
        url = url if url.lower().startswith("http") else "http://" + url
        if url not in out:
            out.append(url)
    return out


def _as_url(text: str) -> str:
    return text if text.lower().startswith("http") else "http://" + text


def company_from_url(url: str) -> str:
    """A company name from a website or ATS board link ('https://www.acme-labs.io/jobs' -> 'Acme Labs')."""
    ats = _ATS_PATH.search(url)
    host = urlsplit(url).netloc.lower().split(":")[0]
    hosted = _ATS_HOST.match(host)
    if ats:
        name = ats.group(1)
    elif hosted:
        name = hosted.group(1)
    else:
        parts = [p for p in host.split(".") if p not in ("www", "jobs", "careers", "boards", "apply", "en")]
        name = parts[0] if len(parts) >= 2 else ""
    return " ".join(w.capitalize() for w in re.split(r"[-_]", name) if w)


def _website(urls: list[str]) -> str | None:
    for url in urls:
        host = urlsplit(url).netloc.lower()
        if host and not any(host == d or host.endswith("." + d) for d in _SKIP_DOMAINS):
            return url
    return None


def _kind(segment: str) -> str:
    bare = segment.strip(" ()[]:,.")
    if not bare:
        return "empty"
    if _URL.fullmatch(bare) or _DOMAIN.match(bare):
        return "url"
    if _EMAIL.fullmatch(bare):
        return "email"
    stripped = _EMPLOYMENT.sub("", bare)
    for flag in _FLAGS.values():
        stripped = flag.sub("", stripped)
    stripped = re.sub(r"\b(?:only|or|and|ok|welcome|friendly|possible|considered|allowed|available|partial|"
                      r"optional|preferred|in|the|us|eu|uk|onsite|\(|\)|,|/|&|\+|-)\b", "", stripped, flags=re.I)
    if not stripped.strip(" ()[]:,./&+-"):
        return "flags"
    if _SALARY.search(bare) and not _ROLE.search(_SALARY.sub("", bare)):
        return "salary"
    if _PLACE_WORDS.search(bare) and not _ROLE.search(bare):
        return "location"
    if re.fullmatch(r"[A-Z][a-zA-Z .]+,\s*[A-Z]{2}(?:\s*\(.*\))?", bare) and not _ROLE.search(bare):
        return "location"
    if _ROLE.search(bare):
        return "role"
    return "company"


def _split_roles(text: str) -> list[str]:
    parts = re.split(r",\s*|\s+and\s+|\s*&\s*(?=[A-Z])|\s+/\s+", text)
    return [p.strip(" .-") for p in parts if p.strip(" .-") and _ROLE.search(p)]


_ROLE_LIST = re.compile(
    r"(?i)\b(?:looking for|hiring(?: for)?|open (?:roles|positions)|positions|roles|openings)\s*:\s*(.+)")


def _body_roles(paras: list[str]) -> list[str]:
    roles: list[str] = []
    for para in paras[:25]:
        listed = _ROLE_LIST.search(para)
        if listed:
            items = re.split(r"\s[-–—•]\s|;\s*|,\s*(?=(?:an?\s+)?[A-Z])", listed.group(1))
            found = [re.sub(r"(?i)^(?:an?|our)\s+", "", i).strip(" .!") for i in items if _ROLE.search(i)]
            if found:
                roles = found + roles
                continue
        line = re.sub(r"^[-*•>#\d.)\s]+", "", para)
        if len(line) <= 80 and _ROLE_PHRASE.search(line) and not line.endswith((".", "?", "!", ":")):
            candidate = re.split(r"\s[-–—|(]\s*|\s\(|:\s", line)[0].strip()
            if candidate and _ROLE.search(candidate):
                roles.append(candidate)
                continue
        found = ""
        for match in _ROLE_PHRASE.finditer(para):
            phrase = match.group(1).strip()
            if len(phrase.split()) >= 2 or phrase[0].isupper():
                found = phrase
                break
        seeking = _SEEKING.search(para)
        if not found and seeking and not seeking.group(1).lower().endswith(("people", "folks")):
            found = seeking.group(1)
        if found:
            roles.append(found)
        if len(roles) >= 12:
            break
    out: list[str] = []
    for role in roles:
        if role.lower() not in (r.lower() for r in out):
            out.append(role)
    return out


def _company_in_text(paras: list[str]) -> str:
    for para in paras[:4]:
        for sentence in re.split(r"(?<=[.!])\s+", para)[:2]:
            match = _HIRING.match(sentence.strip())
            if match and _kind(match.group("company")) == "company" and not _PRONOUN.match(match.group("company")):
                return match.group("company").strip()
            named = re.match(r"^(?:At|Join)\s+([A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\b", sentence.strip())
            if named:
                return named.group(1)
    return ""


def parse_comment(comment_html: str | None) -> HnJob | str:
    """The job a top-level comment describes, or the reason it is not one."""
    if not comment_html or not comment_html.strip():
        return "empty comment"
    paras = paragraphs(comment_html)
    if not paras:
        return "empty comment"
    full_text = "\n".join(paras)
    head = re.sub(r"<[^>]+>", "", paras[0])[:400]
    if len(paras) == 1 and len(head) > 200:
        head = re.split(r"(?<=[.!?])\s", head)[0]
    segments: list[str] = []
    for raw in _SEPARATORS.split(head):
        raw = raw.strip()
        inner = re.search(r"[(\[](https?://[^)\]]+|www\.[^)\]]+|[\w-]+\.[a-z]{2,}[^)\]]*)[)\]]", raw)
        if inner and raw != inner.group(0):
            segments += [raw.replace(inner.group(0), "").strip(), inner.group(1)]
        else:
            segments.append(raw)
    kinds = [(_kind(s), s.strip(" ,")) for s in segments if s.strip(" ,")]
    urls = _links(comment_html, full_text)
    emails = list(dict.fromkeys(e.rstrip(".") for e in _EMAIL.findall(full_text)))

    company, company_from = "", "first line"
    if kinds and kinds[0][0] == "url":
        company, company_from = company_from_url(_as_url(kinds[0][1].strip("()[]"))), "website"
    elif kinds and kinds[0][0] in ("company", "role") and (kinds[0][0] == "company"
                                                        or any(k == "role" for k, _ in kinds[1:])):
        company = kinds[0][1]
    else:
        company = next((s for k, s in kinds if k == "company"), "")
    hiring = _HIRING.match(head.strip())
    if hiring and (not company or company == head.strip()):
        company = hiring.group("company")
    if company and (len(company) > 60 or len(company.split()) > 7):
        company = ""
    if not company:
        company, company_from = _company_in_text(paras[1:] if len(paras) > 1 else paras), "body"
    website = _website(urls)
    if not company and website:
        company, company_from = company_from_url(website), "website"
    if not company and emails:
        domain = emails[0].split("@")[1]
        if not any(domain.endswith(d) for d in _SKIP_DOMAINS):
            company, company_from = company_from_url("http://" + domain), "e-mail"
    company = _URL.sub("", company)
    company = re.sub(r"\s*\((?:YC|yc)[^)]*\)$|\s+is hiring.*$|^at\s+|\s*\(\s*\)", "", company).strip(" :-,.[]()")

    roles: list[str] = []
    for kind, segment in kinds:
        if kind == "role" and segment != company:
            roles += _split_roles(segment) or [segment]
    if hiring and hiring.group("role") and not roles:
        roles.append(hiring.group("role").strip())
    if not roles or all(re.fullmatch(r"(?i)(multiple|several|various|many)?\s*(roles?|positions?|openings?|jobs?)",
                                     r) for r in roles):
        roles = _body_roles(paras[1:]) or roles or _body_roles(paras[:1])
    if not company:
        return "no company name in the comment"
    if not roles:
        return "no role in the comment"

    flags = {name: bool(rx.search(head)) for name, rx in _FLAGS.items()}
    mode = "hybrid" if flags["hybrid"] else "remote" if flags["remote"] and not re.search(
        r"(?i)\bno remote\b", head) else "onsite" if flags["onsite"] else "unknown"
    employment = _EMPLOYMENT.search(head)
    salary = next((s for k, s in kinds if k == "salary"), None)
    return HnJob(
        company=company[:100],
        title=roles[0][:200],
        roles=[r[:200] for r in roles[:20]],
        locations=[s for k, s in kinds if k == "location"][:5],
        work_mode=mode,
        salary_text=salary,
        employment_type=_employment(employment.group(1)) if employment else None,
        website=website,
        urls=urls[:20],
        emails=emails[:10],
        visa=False if _NO_VISA.search(full_text) else True if flags["visa"] else None,
        interns=flags["interns"],
        company_from=company_from,
        first_line=head[:300],
    )


def _employment(word: str) -> str:
    word = word.lower().replace(" ", "-")
    if word.startswith(("full", "ft", "perm")):
        return "full-time"
    if word.startswith(("part", "pt")):
        return "part-time"
    return "contract"
