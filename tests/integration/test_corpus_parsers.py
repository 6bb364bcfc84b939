"""Parser steps on real corpus files: SmartRecruiters list and detail, HN threads and comments.

The HN figure is the issue's bar: at least 90% of the top-level comments in the corpus HN files become
a posting with a company and a title. The test prints the per-file figures (pytest -s shows them).
"""

import json
from collections import Counter

from bench.corpus_postings import top_level_comments
from scrapers.platforms import hackernews, smartrecruiters
from scrapers.platforms.hn_comment import parse_comment
from scrapers.sources import Source


def test_smartrecruiters_list_pages_and_detail(corpus):
    source = Source(platform="smartrecruiters", token="WesternDigital")
    folder = corpus / "ats" / "smartrecruiters"
    listing = json.loads((folder / "westerndigital_postings_list__intern-radar.json").read_text())
    follows = smartrecruiters.parse_list(listing, source)
    assert [f.url.rsplit("/", 1)[-1] for f in follows] == [e["id"] for e in listing["content"]]
    assert all(f.step == "detail" for f in follows)  # totalFound == len(content): no next page
    detail = json.loads((folder / "westerndigital_posting_detail__intern-radar.json").read_text())
    posting = smartrecruiters.parse_detail(detail, {}, source)
    assert posting.title == detail["name"] and posting.company == "Western Digital"
    assert posting.url == detail["postingUrl"] and posting.work_mode == "hybrid"
    assert (posting.salary_min, posting.salary_max, posting.salary_currency, posting.salary_period) == (
        34, 47, "USD", "hour")
    assert posting.attributes["experience_level"] == "internship"
    assert "Qualifications" in posting.description_text


def test_hn_thread_list_keeps_only_hiring_threads(corpus):
    data = json.loads((corpus / "hn" / "algolia_search_by_date_whoishiring_threads_page0.json").read_text())
    follows = hackernews.parse_threads(data, months=3)
    assert [f.context["title"] for f in follows] == [
        "Ask HN: Who is hiring? (September 2023)", "Ask HN: Who is hiring? (August 2023)",
        "Ask HN: Who is hiring? (July 2023)"]
    assert follows[0].url == "https://hn.algolia.com/api/v1/items/37351667"


def test_hn_algolia_thread_becomes_postings_incrementally(corpus):
    data = json.loads((corpus / "hn" / "algolia_item_2396027_who_is_hiring_2011-04.json").read_text())
    thread = {"thread_id": "2396027", "title": data["title"], "created_at": data["created_at"]}
    results, newest = hackernews.parse_thread(data, thread)
    assert len(results) == len(data["children"])  # one posting or one reject per top-level comment
    postings = [r for r in results if hasattr(r, "title")]
    assert len(postings) / len(results) >= 0.75
    assert all(p.url.startswith("https://news.ycombinator.com/item?id=") for p in postings)
    again, _ = hackernews.parse_thread(data, thread, since=newest)
    assert again == []


def test_hn_parser_reaches_ninety_percent_on_corpus(corpus):
    total, parsed = Counter(), Counter()
    for name, _, comment in top_level_comments(corpus / "hn"):
        total[name] += 1
        job = parse_comment(comment)
        if not isinstance(job, str) and job.company and job.title:
            parsed[name] += 1
    for name in sorted(total):
        print(f"{name}: {parsed[name]}/{total[name]} = {parsed[name] / total[name]:.1%}")
    share = sum(parsed.values()) / sum(total.values())
    print(f"all HN corpus files: {sum(parsed.values())}/{sum(total.values())} = {share:.1%}")
    assert sum(total.values()) == 2841  # the corpus README's count of top-level postings
    assert share >= 0.90


def test_hn_parser_on_hand_labelled_cases(corpus):
    cases = json.loads((corpus / "hn" / "labeled" / "hn_extraction_eval_cases_2025__whoishiringreport.json").read_text())
    for case in cases["test_cases"]:
        expected, job = case.get("expected", {}), parse_comment(case["comment"]["content"])
        if expected.get("error") or expected.get("is_job_posting") is False:
            assert isinstance(job, str), case["name"]
            continue
        assert not isinstance(job, str), (case["name"], job)
        wanted = expected.get("all_roles", {}) | (expected.get("roles") or [{}])[0].get("expect", {})
        name = wanted.get("company_name") or (wanted.get("company_name_contains") or [""])[0]
        assert name.lower() in job.company.lower() or job.company.lower() in name.lower(), case["name"]
        if wanted.get("is_remote") is True:
            assert job.work_mode == "remote", case["name"]
        count = expected.get("role_count") or expected.get("role_count_min") or 1
        assert len(job.roles) >= min(count, 3), case["name"]
