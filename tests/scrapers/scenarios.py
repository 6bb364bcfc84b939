"""Per platform: a source for the board 'acme', the responses its crawl asks for, and the titles it yields.

Responses are the exact-shape fixtures in tests/fixtures (or a small inline body), keyed by the URL the
spider requests, so a test can drive a whole multi-request crawl (list -> details -> next page).
"""

from __future__ import annotations

import json
from pathlib import Path

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"

GH = {"jobs": [{"id": 1, "title": "Data Engineer", "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/1",
                "company_name": "Acme", "location": {"name": "Remote"}, "content": "&lt;p&gt;Hi&lt;/p&gt;"}]}
LEVER = [{"id": "a-1", "text": "Data Engineer", "hostedUrl": "https://jobs.lever.co/acme/a-1",
          "categories": {"location": "Remote"}, "createdAt": 1700000000000, "description": "<p>Hi</p>"}]
ASHBY = {"apiVersion": "1", "jobs": [{"id": "j-1", "title": "Data Engineer", "isListed": True,
                                      "jobUrl": "https://jobs.ashbyhq.com/acme/j-1", "location": "Remote",
                                      "descriptionHtml": "<p>Hi</p>", "descriptionPlain": "Hi"}]}
REMOTEOK = [{"legal": "Please link back to Remote OK."},
            {"slug": "remote-data-engineer-acme-1", "id": "1130001", "epoch": 1793635200,
             "date": "2026-11-02T16:00:00+00:00", "company": "Acme", "position": "Data Engineer",
             "tags": ["data"], "description": "<p>Hi</p>", "location": "Worldwide",
             "salary_min": 90000, "salary_max": 120000,
             "apply_url": "https://remoteOK.com/remote-jobs/remote-data-engineer-acme-1",
             "url": "https://remoteOK.com/remote-jobs/remote-data-engineer-acme-1"}]
REMOTIVE = {"0-legal-notice": "Please link back to Remotive.", "job-count": 1, "jobs": [
    {"id": 2090001, "url": "https://remotive.com/remote-jobs/data/data-engineer-2090001", "title": "Data Engineer",
     "company_name": "Acme", "category": "Data", "tags": ["sql"], "job_type": "full_time",
     "publication_date": "2026-11-01T08:00:00", "candidate_required_location": "Europe",
     "salary": "\u20ac60k - \u20ac75k", "description": "<p>Hi</p>"}]}
WWR = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>We Work Remotely</title>
<item><title>Acme: Data Engineer</title><region>Anywhere in the World</region><category>Programming</category>
<type>Full-Time</type><description>&lt;p&gt;&lt;strong&gt;URL:&lt;/strong&gt; &lt;a href="https://acme.example.com"&gt;x&lt;/a&gt;&lt;/p&gt;&lt;p&gt;Hi&lt;/p&gt;</description>
<pubDate>Mon, 02 Nov 2026 10:00:00 +0000</pubDate><guid>https://weworkremotely.com/remote-jobs/acme-data-engineer</guid>
<link>https://weworkremotely.com/remote-jobs/acme-data-engineer</link></item>
</channel></rss>"""

SR = "https://api.smartrecruiters.com/v1/companies/acme/postings"
WK = "https://apply.workable.com/api/v2/accounts/acme/jobs/"
HN_ITEM = "https://hn.algolia.com/api/v1/items/"


def fixture(name: str) -> str:
    return (FIXTURES / name).read_text(encoding="utf-8")


# platform -> (extra source fields, {url: body}, titles expected)
SCENARIOS: dict[str, tuple[dict, dict[str, str], set[str]]] = {
    "greenhouse": ({}, {"https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true": json.dumps(GH)},
                   {"Data Engineer"}),
    "lever": ({}, {"https://api.lever.co/v0/postings/acme?mode=json": json.dumps(LEVER)}, {"Data Engineer"}),
    "ashby": ({}, {"https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true": json.dumps(ASHBY)},
              {"Data Engineer"}),
    "workable": ({}, {
        "https://apply.workable.com/api/v1/widget/accounts/acme": fixture("workable_list.json"),
        WK + "A1B2C3D4E5": fixture("workable_detail_A1B2C3D4E5.json"),
        WK + "F6G7H8I9J0": fixture("workable_detail_F6G7H8I9J0.json"),
    }, {"Machine Learning Engineer", "Data Analyst (Working Student)"}),
    "smartrecruiters": ({}, {
        SR + "?limit=100&offset=0": fixture("smartrecruiters_list_0.json"),
        SR + "?limit=100&offset=2": fixture("smartrecruiters_list_2.json"),
        **{f"{SR}/{i}": fixture(f"smartrecruiters_detail_{i}.json")
           for i in ("744000100000001", "744000100000002", "744000100000003")},
    }, {"Data Scientist, Forecasting", "Senior Data Engineer", "ML Platform Intern"}),
    "recruitee": ({}, {"https://acme.recruitee.com/api/offers/": fixture("recruitee_offers.json")},
                  {"Senior Data Engineer"}),
    "personio": ({}, {"https://acme.jobs.personio.de/xml": fixture("personio_feed.xml")}, {"Data Scientist (m/f/d)"}),
    "hackernews": ({}, {
        "https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=50":
            fixture("hn_search.json"),
        HN_ITEM + "45800001": fixture("hn_thread.json"),
    }, {"Senior ML Engineer", "Founding Data Engineer"}),
    "remoteok": ({}, {"https://remoteok.com/api": json.dumps(REMOTEOK)}, {"Data Engineer"}),
    "remotive": ({}, {"https://remotive.com/api/remote-jobs": json.dumps(REMOTIVE)}, {"Data Engineer"}),
    "weworkremotely": ({}, {"https://weworkremotely.com/remote-jobs.rss": WWR}, {"Data Engineer"}),
    "jsonld": ({"pages": ["https://acme.example.com/careers", "https://acme.example.com/jobs/nlp"]}, {
        "https://acme.example.com/careers": fixture("careers_index.html"),
        "https://acme.example.com/jobs/analytics-engineer": fixture("careers_microdata.html"),
        "https://acme.example.com/jobs/nlp": fixture("careers_graph.html"),
    }, {"Analytics Engineer", "NLP Engineer"}),
}
