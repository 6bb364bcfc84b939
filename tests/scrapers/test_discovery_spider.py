"""The discovery spider end to end on Scrapy request/response objects: pages with each embed style,
a mismatched token, a board that does not exist, unreachable sites, redirects to a hosted board."""

import asyncio
import json

from scrapy.http import Response, TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from scrapers.discovery.spider import DiscoverySpider, validation_url

GH_ACME = json.dumps({"name": "Acme Labs", "content": "<p>We build data tools.</p>"})
GH_OTHER = json.dumps({"name": "Globex Corporation", "content": ""})
ASHBY_JOBS = json.dumps({"jobs": [{"title": "ML Engineer"}], "apiVersion": "1"})
LEVER_JOBS = json.dumps([{"id": "1", "text": "Data Scientist"}])
PERSONIO = ("<?xml version='1.0' encoding='UTF-8'?><workzag-jobs><position><id>1</id><subcompany>Acme Labs GmbH"
            "</subcompany><name>Data Engineer</name></position></workzag-jobs>")


def page(body: str) -> str:
    return f"<html><head><title>Acme</title></head><body>{body}</body></html>"


def make_spider(tmp_path, candidates):
    path = tmp_path / "candidates.json"
    path.write_text(json.dumps(candidates))
    crawler = get_crawler(DiscoverySpider)
    return DiscoverySpider.from_crawler(crawler, candidates=str(path), run_id="disc-1")


def drive(spider, answers):
    """Answer each request from `answers` (url -> body, (status, body), ("redirect", url) or "dns")."""
    async def starts():
        return [r async for r in spider.start()]

    queue, records, fetched = asyncio.run(starts()), [], []
    while queue:
        request = queue.pop(0)
        fetched.append(request.url)
        answer = answers.get(request.url, (404, "not found"))
        if answer == "dns":
            failure = Failure(DNSLookupError(f"no such host: {request.url}"))
            failure.request = request
            results = request.errback(failure)
        else:
            url = request.url
            if isinstance(answer, tuple) and answer[0] == "redirect":
                url, answer = answer[1], answers[answer[1]]
            status, body = answer if isinstance(answer, tuple) else (200, answer)
            response = TextResponse(url, status=status, body=body.encode(), encoding="utf-8", request=request)
            if status >= 400:
                failure = Failure(HttpError(response))
                failure.request = request
                results = request.errback(failure)
            else:
                results = request.callback(response, **request.cb_kwargs)
        for result in results or []:
            (queue if hasattr(result, "callback") else records).append(result)
    return records, fetched


def only(records, **wanted):
    hits = [r for r in records if all(r[k] == v for k, v in wanted.items())]
    assert len(hits) == 1, records
    return hits[0]


def test_homepage_to_careers_page_to_greenhouse_iframe(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://acme.example/"}])
    answers = {
        "https://acme.example/": page('<a href="/about">About</a><a href="/careers">Careers</a>'),
        "https://acme.example/careers": page(
            '<iframe src="https://boards.greenhouse.io/embed/job_board?for=acmelabs&b=https://acme.example"></iframe>'),
        validation_url("greenhouse", "acmelabs"): GH_ACME,
    }
    records, fetched = drive(spider, answers)
    assert "https://acme.example/about" not in fetched  # only careers links are followed
    record = only(records)
    assert record["outcome"] == "valid" and record["platform"] == "greenhouse" and record["board"] == "acmelabs"
    assert record["discovered_via"] == "iframe:https://acme.example/careers"
    assert record["careers_url"] == "https://acme.example/careers"
    assert record["board_company"] == "Acme Labs" and "is 'Acme Labs'" in record["reason"]


def test_script_embed_and_config_value_on_one_page(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://acme.example/jobs"}])
    answers = {
        "https://acme.example/jobs": page(
            '<script src="https://jobs.ashbyhq.com/acmelabs/embed?version=2"></script>'
            '<script>window.leverSettings = {leverAccount: "acme-labs"};</script>'),
        validation_url("ashby", "acmelabs"): ASHBY_JOBS,
        validation_url("lever", "acme-labs"): LEVER_JOBS,
    }
    records, _ = drive(spider, answers)
    ashby = only(records, platform="ashby")
    assert ashby["outcome"] == "valid" and ashby["discovered_via"].startswith("script:")
    assert ashby["jobs"] == 1 and "token matches" in ashby["reason"]  # Ashby names no company: the token must
    lever = only(records, platform="lever")
    assert lever["outcome"] == "valid" and lever["discovered_via"].startswith("config:")


def test_a_mismatched_token_is_refused_with_the_company_it_belongs_to(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://acme.example/careers"}])
    answers = {
        "https://acme.example/careers": page('<a href="https://boards.greenhouse.io/acme">Open roles</a>'),
        validation_url("greenhouse", "acme"): GH_OTHER,
    }
    record = only(drive(spider, answers)[0])
    assert record["outcome"] == "invalid"
    assert record["board_company"] == "Globex Corporation"
    assert "belongs to 'Globex Corporation', not 'Acme Labs'" in record["reason"]


def test_unrelated_token_on_a_platform_that_names_no_company_is_refused(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://jobs.lever.co/initech"}])
    record = only(drive(spider, {validation_url("lever", "initech"): LEVER_JOBS})[0])
    assert record["outcome"] == "invalid" and "token does not match 'Acme Labs'" in record["reason"]
    assert record["discovered_via"] == "url"


def test_board_url_given_directly_skips_the_page_and_personio_xml_validates(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://acme-labs.jobs.personio.de/"}])
    records, fetched = drive(spider, {validation_url("personio", "acme-labs"): PERSONIO})
    assert fetched == ["https://acme-labs.jobs.personio.de/xml"]
    record = only(records)
    assert record["outcome"] == "valid" and record["board_company"] == "Acme Labs GmbH"


def test_careers_link_that_redirects_to_a_hosted_board(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://acme.example/"}])
    answers = {
        "https://acme.example/": page('<a href="https://acme.example/join-us">Join us</a>'),
        "https://acme.example/join-us": ("redirect", "https://boards.greenhouse.io/acmelabs"),
        "https://boards.greenhouse.io/acmelabs": page("<h1>Jobs at Acme Labs</h1>"),
        validation_url("greenhouse", "acmelabs"): GH_ACME,
    }
    record = only(drive(spider, answers)[0])
    assert record["outcome"] == "valid"
    assert record["discovered_via"] == "redirect:https://acme.example/join-us"


def test_no_board_unreachable_missing_board_and_unchecked(tmp_path):
    spider = make_spider(tmp_path, [
        {"company": "Plain Co", "url": "https://plain.example/"},
        {"url": "https://gone.example/"},
        {"company": "Acme Labs", "url": "https://boards.greenhouse.io/acmelabs"},
        {"company": "Beta", "url": "https://jobs.ashbyhq.com/beta"},
    ])
    answers = {
        "https://plain.example/": page('<a href="/careers">Careers</a>'),
        "https://plain.example/careers": page("<p>Write to jobs@plain.example</p>"),
        "https://gone.example/": "dns",
        validation_url("ashby", "beta"): "dns",
    }
    records, _ = drive(spider, answers)
    plain = only(records, company="Plain Co")
    assert plain["outcome"] == "no_board" and "on 2 pages" in plain["reason"] and plain["platform"] is None
    gone = only(records, homepage="https://gone.example/")
    assert gone["outcome"] == "unreachable" and "DNS lookup failed" in gone["reason"]
    assert gone["company"] == "Gone"  # named from the domain when no name is given
    missing = only(records, company="Acme Labs")
    assert missing["outcome"] == "invalid" and "HTTP 404" in missing["reason"]
    unchecked = only(records, company="Beta")
    assert unchecked["outcome"] == "unchecked"  # a network failure is not a verdict on the token


def test_malformed_validation_answer_is_invalid_with_a_reason(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme Labs", "url": "https://boards.greenhouse.io/acmelabs"}])
    record = only(drive(spider, {validation_url("greenhouse", "acmelabs"): "<html>maintenance</html>"})[0])
    assert record["outcome"] == "invalid" and "malformed response" in record["reason"]


def test_at_most_three_boards_per_company_and_no_spider_run_rows(tmp_path):
    links = "".join(f'<a href="https://jobs.lever.co/acme{i}">x</a>' for i in range(6))
    spider = make_spider(tmp_path, [{"company": "Acme", "url": "https://acme.example/"}])
    records, fetched = drive(spider, {"https://acme.example/": page(links)})
    assert len([u for u in fetched if "api.lever.co" in u]) == 3 and len(records) == 3
    assert spider.source_run_records() == []


def test_binary_page_is_read_as_no_board(tmp_path):
    spider = make_spider(tmp_path, [{"company": "Acme", "url": "https://acme.example/logo.png"}])
    request_response = {}

    async def starts():
        return [r async for r in spider.start()]

    request = asyncio.run(starts())[0]
    request_response["r"] = Response(request.url, status=200, body=b"\x89PNG\r\n", request=request)
    records = list(request.callback(request_response["r"], **request.cb_kwargs))
    assert only(records)["outcome"] == "no_board"
