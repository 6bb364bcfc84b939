"""Board detection on company pages: each embed style, token parsing from real board URLs."""

import csv
import json

import pytest

from scrapers.discovery.detect import BoardHint, board_from_url, careers_links, find_boards

PLATFORMS = {"greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "personio"}


@pytest.mark.parametrize(("url", "expected"), [
    ("https://job-boards.greenhouse.io/acme", ("greenhouse", "acme")),
    ("https://boards.greenhouse.io/acme/jobs/123", ("greenhouse", "acme")),
    ("https://job-boards.eu.greenhouse.io/acme", ("greenhouse", "acme")),
    ("https://boards.greenhouse.io/embed/job_board?for=acme&b=https://acme.com", ("greenhouse", "acme")),
    ("https://boards-api.greenhouse.io/v1/boards/acme/jobs", ("greenhouse", "acme")),
    ("https://jobs.lever.co/acme/0a1b2c", ("lever", "acme")),
    ("https://jobs.eu.lever.co/acme", ("lever", "acme")),
    ("https://jobs.ashbyhq.com/acme/embed?version=2", ("ashby", "acme")),
    ("https://jobs.ashbyhq.com/Flock%20Safety", ("ashby", "Flock Safety")),
    ("https://apply.workable.com/acme/j/ABC123/", ("workable", "acme")),
    ("https://acme.workable.com/", ("workable", "acme")),
    ("https://careers.smartrecruiters.com/AcmeCorp", ("smartrecruiters", "AcmeCorp")),
    ("https://acme.recruitee.com/o/data-engineer", ("recruitee", "acme")),
    ("https://acme-gmbh.jobs.personio.de/job/123", ("personio", "acme-gmbh")),
    ("https://acme.jobs.personio.com/", ("personio", "acme")),
    ("https://www.acme.com/careers", None),
    ("https://apply.workable.com/j/ABC123", None),
    ("javascript:alert(1)", None),
])
def test_board_from_url(url, expected):
    assert board_from_url(url) == expected


def test_every_embed_style_is_found_with_how():
    page = """<html><head>
      <script src="https://boards.greenhouse.io/embed/job_board/js?for=greenco"></script>
      <script>var Grnhse = {Settings: {boardToken: "greenco2"}};</script>
      <script>window.leverAccount = 'leverco';</script>
      </head><body>
      <iframe src="https://jobs.ashbyhq.com/ashco/embed"></iframe>
      <a href="https://apply.workable.com/workco/">Open roles</a>
      <a href="https://careers.smartrecruiters.com/SmartCo">Jobs</a>
      <a href="https://recco.recruitee.com/">Jobs</a>
      <a href="//persco.jobs.personio.de/">Jobs</a>
      <a href="/about">About</a>
    </body></html>"""
    hints = find_boards(page, "https://example.com/careers")
    assert hints == [
        BoardHint("ashby", "ashco", "iframe:https://example.com/careers"),
        BoardHint("greenhouse", "greenco", "script:https://example.com/careers"),
        BoardHint("workable", "workco", "link:https://example.com/careers"),
        BoardHint("smartrecruiters", "SmartCo", "link:https://example.com/careers"),
        BoardHint("recruitee", "recco", "link:https://example.com/careers"),
        BoardHint("personio", "persco", "link:https://example.com/careers"),
        BoardHint("greenhouse", "greenco2", "config:https://example.com/careers"),
        BoardHint("lever", "leverco", "config:https://example.com/careers"),
    ]
    assert find_boards("<html><a href='https://www.linkedin.com/company/x'>x</a></html>", "https://x.com") == []


def test_careers_links_stay_on_site():
    page = """<a href="/careers">Careers</a><a href="/team">Join us</a><a href="https://other.com/jobs">x</a>
              <a href="/blog">Blog</a>"""
    assert careers_links(page, "https://acme.com/") == ["https://acme.com/careers", "https://acme.com/team"]


def test_tokens_from_the_real_company_board_map(corpus):
    """The seeds map companies to boards; where the board URL is on the ATS, the token must match."""
    rows = list(csv.DictReader((corpus / "seeds" / "company_ats_boards__jobseek.csv").open()))
    checked = agree = 0
    for row in rows:
        config = json.loads(row["monitor_config"]) if row["monitor_config"] else {}
        token = config.get("token") or config.get("slug")
        found = board_from_url(row["board_url"])
        if row["monitor_type"] not in PLATFORMS or not token or found is None:
            continue
        checked += 1
        agree += found == (row["monitor_type"], token) or found[1].lower() == token.lower()
    print(f"seed board URLs parsed: {agree}/{checked} give the map's token")
    assert checked > 3800 and agree / checked >= 0.995


def test_real_career_pages_give_only_the_board_they_link(corpus):
    """Of the corpus' 12 real job pages, only the WWR page of Bluelight links an ATS board (its Workable
    account); the LinkedIn, iCIMS, TalentClue, Jobylon ... pages must yield no guess at all."""
    pages = sorted((corpus / "career_pages").rglob("*.html"))
    found = {p.name: find_boards(p.read_text(encoding="utf-8", errors="replace"), "https://example.com/")
             for p in pages}
    assert len(pages) >= 12
    hits = {name: [(h.platform, h.token) for h in hints] for name, hints in found.items() if hints}
    assert hits == {"weworkremotely_job_page_bluelight__plucker.html": [("workable", "bluelight-consulting")]}
