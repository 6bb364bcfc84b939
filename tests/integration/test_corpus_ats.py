"""Replay the real Greenhouse, Lever and Ashby responses of ../shared/corpus through spiders and loader.

Each corpus file is mapped to the URL it answers. Two are not board listings: the Stripe file answers
Greenhouse's single-job endpoint and one Palantir file Lever's single-posting endpoint, so their
sources point `api_url` there. The Anthropic file answers the listing *without* `content=true`, so it
is mapped to that URL and its postings load with no description — the corpus holds none for them.
"""

import json
from pathlib import Path

import pytest
from dagster import DagsterInstance

from tests.pipelines.harness import query, run_ingest, write_replay

GH = "https://boards-api.greenhouse.io/v1/boards/{}/jobs"
ASHBY = "https://api.ashbyhq.com/posting-api/job-board/{}?includeCompensation=true"

# (source name, platform, token, corpus file, URL the file answers, api_url override or None)
SPECIAL = [
    ("smarterdx", "greenhouse", "smarterdx", "ats/greenhouse/smarterdx_jobs_content__ATS_Polling.json",
     GH.format("smarterdx") + "?content=true", None),
    ("anthropic", "greenhouse", "anthropic", "ats/greenhouse/anthropic_jobs_list__JobFinder.json",
     GH.format("anthropic"), GH.format("anthropic")),
    ("stripe", "greenhouse", "stripe", "ats/greenhouse/stripe_job_8026689__intern-radar.json",
     GH.format("stripe") + "/8026689", GH.format("stripe") + "/8026689"),
    ("palantir", "lever", "palantir", "ats/lever/palantir_postings__ATS_Polling.json",
     "https://api.lever.co/v0/postings/palantir?mode=json", None),
    ("palantir-single", "lever", "palantir", "ats/lever/palantir_posting_single__intern-radar.json",
     "https://api.lever.co/v0/postings/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c",
     "https://api.lever.co/v0/postings/palantir/ac978161-6f46-4f6b-ad9e-a258e642751c"),
    ("cursor", "ashby", "cursor", "ats/ashby/cursor_job_board__JobFinder.json", ASHBY.format("cursor"), None),
    ("openevidence", "ashby", "openevidence", "ats/ashby/openevidence_job_board__ATS_Polling.json",
     ASHBY.format("openevidence"), None),
    ("ramp", "ashby", "ramp", "ats/ashby/ramp_job_board_1job__intern-radar.json", ASHBY.format("ramp"), None),
]


def corpus_sources(corpus: Path):
    specs = list(SPECIAL)
    for path in sorted((corpus / "ats" / "ashby" / "stapply").glob("*.json")):
        token = path.stem
        specs.append((token.lower(), "ashby", token, str(path.relative_to(corpus)), ASHBY.format(token), None))
    return specs


def expected_keys(corpus: Path, specs) -> set[str]:
    """Posting keys read straight from the files, independently of the parsers."""
    keys = set()
    for _, platform, token, rel, _, _ in specs:
        data = json.loads((corpus / rel).read_text())
        if platform == "ashby":
            jobs = [j for j in data["jobs"] if j.get("isListed") is not False]
        elif platform == "greenhouse":
            jobs = data["jobs"] if "jobs" in data else [data]
        else:
            jobs = data if isinstance(data, list) else [data]
        keys |= {f"{platform}:{token}:{job['id']}" for job in jobs}
    return keys


@pytest.fixture(scope="module")
def loaded(corpus, tmp_path_factory):
    home = tmp_path_factory.mktemp("corpus-home")
    specs = corpus_sources(corpus)
    replay = write_replay(home / "replay", [(url, str(corpus / rel), "application/json")
                                            for _, _, _, rel, url, _ in specs])
    sources = [{"name": name, "platform": platform, "token": token, "company": token,
                **({"api_url": api_url} if api_url else {})} for name, platform, token, _, _, api_url in specs]
    (home / "sources.yaml").write_text(json.dumps({"sources": sources}))
    with DagsterInstance.ephemeral() as instance:
        run_ingest(home, home / "sources.yaml", replay, instance)
        first = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                            "(SELECT count(*) FROM companies), (SELECT count(*) FROM rejects)")[0]
        run_ingest(home, home / "sources.yaml", replay, instance)
    return home, specs, first


def test_every_corpus_posting_is_loaded(corpus, loaded):
    home, specs, _ = loaded
    keys = {row[0] for row in query(home, "SELECT posting_key FROM postings")}
    expected = expected_keys(corpus, specs)
    assert len(expected) > 700
    assert keys == expected
    statuses = set(query(home, "SELECT DISTINCT status FROM crawl_runs"))
    assert statuses == {("ok",)}
    assert query(home, "SELECT count(*) FROM rejects")[0][0] == 0


def test_required_fields_are_present(loaded):
    home, _, _ = loaded
    missing = query(home, "SELECT posting_key FROM postings WHERE coalesce(trim(title), '') = '' "
                          "OR coalesce(trim(company), '') = '' OR url NOT LIKE 'https://%'")
    assert missing == []
    no_description = {r[0] for r in query(home, "SELECT board FROM postings WHERE coalesce(description_text, '') = ''")}
    assert no_description == {"anthropic"}  # the only corpus listing fetched without content=true


def test_greenhouse_content_unescaped_once(loaded):
    home, _, _ = loaded
    (html,) = query(home, "SELECT description_html FROM postings WHERE board = 'smarterdx' LIMIT 1")[0]
    assert html.lstrip().startswith("<div") and "&lt;" not in html


def test_one_posting_two_sources(loaded):
    home, _, _ = loaded
    (sources,) = query(home, "SELECT sources FROM postings WHERE posting_key = "
                             "'lever:palantir:ac978161-6f46-4f6b-ad9e-a258e642751c'")[0]
    assert sources == ["palantir", "palantir-single"]


def test_second_run_changes_no_counts(loaded):
    home, _, first = loaded
    again = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                        "(SELECT count(*) FROM companies), (SELECT count(*) FROM rejects)")[0]
    assert again == first
    assert query(home, "SELECT count(*) FROM postings WHERE NOT is_open")[0][0] == 0
