"""Replay the corpus's Personio feed, remote boards and career pages through spiders, loader and postings.

Each corpus file is mapped to the URL it answers; sources whose corpus holds several files of one
feed point `api_url` at a distinct URL per file. Counts are read from the files independently of the
parsers. HN and SmartRecruiters are multi-request crawls whose corpus files do not form a complete
crawl (the thread list and the thread are from different years; the posting detail is not one of the
listed postings), so they are tested at the parser steps in test_corpus_parsers.py.
"""

import json
from pathlib import Path

import pytest
from dagster import DagsterInstance

from tests.pipelines.harness import query, run_ingest, write_replay

RB = "remote_boards"


def corpus_specs(corpus: Path) -> tuple[list[dict], list[tuple[str, str, str]]]:
    """(sources, [(url, corpus file, content type)])."""
    sources, answers = [], []
    personio = next((corpus / "ats" / "personio").glob("*.xml"))
    sources.append({"name": "personio-demo", "platform": "personio", "token": "demo", "company": "Parent Ltd."})
    answers.append(("https://demo.jobs.personio.de/xml", str(personio), "application/xml"))
    for platform, folder, kind in [("remoteok", "remoteok", "application/json"),
                                   ("remotive", "remotive", "application/json"),
                                   ("weworkremotely", "weworkremotely", "application/rss+xml")]:
        for i, path in enumerate(sorted((corpus / RB / folder).glob("*"))):
            url = f"https://corpus.example/{platform}/{i}"
            sources.append({"name": f"{platform}-{i}", "platform": platform, "api_url": url})
            answers.append((url, str(path), kind))
    for folder in ("jsonld", "no_jsonld"):
        pages = []
        for path in sorted((corpus / "career_pages" / folder).glob("*.html")):
            url = f"https://careers.example/{folder}/{path.stem}"
            pages.append(url)
            answers.append((url, str(path), "text/html; charset=utf-8"))
        sources.append({"name": f"pages-{folder}", "platform": "jsonld", "pages": pages})
    return sources, answers


def remote_board_counts(corpus: Path) -> dict[str, int]:
    """Jobs with an id, a title and a company in each remote-board file, read without the parsers."""
    counts = {}
    for path in sorted((corpus / RB / "remoteok").glob("*.json")):
        counts[path.name] = sum(1 for j in json.loads(path.read_text())
                                if "id" in j and j.get("position") and j.get("company"))
    for path in sorted((corpus / RB / "remotive").glob("*.json")):
        data = json.loads(path.read_text())
        counts[path.name] = len(data["jobs"] if isinstance(data, dict) else data)
    for path in sorted((corpus / RB / "weworkremotely").glob("*")):
        counts[path.name] = path.read_text().count("<item>")
    return counts


@pytest.fixture(scope="module")
def loaded(corpus, tmp_path_factory):
    home = tmp_path_factory.mktemp("corpus-sources")
    sources, answers = corpus_specs(corpus)
    replay = write_replay(home / "replay", answers)
    (home / "sources.yaml").write_text(json.dumps({"sources": sources}))
    with DagsterInstance.ephemeral() as instance:
        run_ingest(home, home / "sources.yaml", replay, instance)
        first = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                            "(SELECT count(*) FROM rejects)")[0]
        run_ingest(home, home / "sources.yaml", replay, instance)
    return home, first


def test_personio_feed_loads_every_position(corpus, loaded):
    home, _ = loaded
    rows = query(home, "SELECT count(*), count(DISTINCT source_posting_id), "
                       "count(*) FILTER (WHERE attributes->>'seniority' IS NOT NULL) FROM postings "
                       "WHERE platform = 'personio'")[0]
    positions = next((corpus / "ats" / "personio").glob("*.xml")).read_text().count("<position>")
    assert rows[0] == rows[1] == positions == 11
    assert rows[2] == positions  # every position states its seniority


def test_remote_boards_load_with_attribution(corpus, loaded):
    home, _ = loaded
    expected = remote_board_counts(corpus)
    rows = dict(query(home, "SELECT platform, count(*) FROM postings WHERE platform IN "
                            "('remoteok', 'remotive', 'weworkremotely') GROUP BY ALL"))
    assert rows["remoteok"] == sum(v for k, v in expected.items() if k.startswith("api_") and "remote_jobs" not in k)
    assert rows["remotive"] + rows["remoteok"] + rows["weworkremotely"] == sum(expected.values())
    missing = query(home, "SELECT posting_key FROM postings WHERE platform IN ('remoteok', 'remotive', "
                          "'weworkremotely') AND (attributes->>'attribution_url' IS NULL OR work_mode <> 'remote')")
    assert missing == []
    (listing,) = query(home, "SELECT DISTINCT listing FROM crawl_runs WHERE platform = 'remoteok'")[0]
    assert listing == "window"


def test_remoteok_jobs_without_company_are_rejected_with_reason(loaded):
    home, _ = loaded
    reasons = {r[0] for r in query(home, "SELECT reason FROM rejects WHERE platform = 'remoteok'")}
    assert reasons == {"job has no position or company"}


def test_career_pages_yield_job_postings_and_record_pages_without(corpus, loaded):
    home, _ = loaded
    titles = {r[0] for r in query(home, "SELECT title FROM postings WHERE platform = 'jsonld'")}
    assert len(titles) == len(list((corpus / "career_pages" / "jsonld").glob("*.html"))) == 6
    assert "Software Engineer II" in titles
    (remote,) = query(home, "SELECT work_mode FROM postings WHERE title = 'Software Engineer II'")[0]
    assert remote == "remote"  # jobLocationType: TELECOMMUTE
    reasons = query(home, "SELECT count(*) FROM rejects WHERE source = 'pages-no_jsonld' "
                          "AND reason LIKE 'no schema.org JobPosting%'")[0][0]
    assert reasons >= 4  # the pages that offer no job link to follow; TalentClue pages link to forms
    (status,) = query(home, "SELECT status FROM crawl_runs WHERE source = 'pages-no_jsonld' LIMIT 1")[0]
    assert status in ("failed", "partial")


def test_second_run_adds_no_postings_and_the_same_rejects(loaded):
    home, first = loaded
    again = query(home, "SELECT (SELECT count(*) FROM postings), (SELECT count(*) FROM raw_postings), "
                        "(SELECT count(*) FROM rejects)")[0]
    assert again[:2] == first[:2]
    per_run = {r[0] for r in query(home, "SELECT count(*) FROM rejects GROUP BY run_id")}
    assert len(per_run) == 1 and again[2] == 2 * first[2]  # each run records what it saw, once
