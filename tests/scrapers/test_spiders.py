"""Every spider, driven through Scrapy request/response objects (no network)."""

import asyncio
import json

import pytest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from scrapers.spiders.boards import SPIDERS

GOOD = {
    "greenhouse": {"jobs": [{"id": 1, "title": "Data Engineer", "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/1",
                             "company_name": "Acme", "location": {"name": "Remote"}, "content": "&lt;p&gt;Hi&lt;/p&gt;"}]},
    "lever": [{"id": "a-1", "text": "Data Engineer", "hostedUrl": "https://jobs.lever.co/acme/a-1",
               "categories": {"location": "Remote"}, "createdAt": 1700000000000, "description": "<p>Hi</p>"}],
    "ashby": {"apiVersion": "1", "jobs": [{"id": "j-1", "title": "Data Engineer", "isListed": True,
                                           "jobUrl": "https://jobs.ashbyhq.com/acme/j-1", "location": "Remote",
                                           "descriptionHtml": "<p>Hi</p>", "descriptionPlain": "Hi"}]},
}
EXPECTED_URL = {
    "greenhouse": "https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true",
    "lever": "https://api.lever.co/v0/postings/acme?mode=json",
    "ashby": "https://api.ashbyhq.com/posting-api/job-board/acme?includeCompensation=true",
}


def make_spider(platform, tmp_path, names=("acme",)):
    sources = tmp_path / "sources.yaml"
    entries = [{"name": n, "platform": platform, "token": n} for n in names]
    entries.append({"name": "other", "platform": "greenhouse" if platform != "greenhouse" else "lever", "token": "x"})
    sources.write_text(json.dumps({"sources": entries}))
    cls = SPIDERS[platform]
    crawler = get_crawler(cls)
    return cls.from_crawler(crawler, sources=str(sources), run_id="run-1")


def start_requests(spider):
    async def collect():
        return [request async for request in spider.start()]

    return asyncio.run(collect())


def respond(request, body, status=200):
    return TextResponse(request.url, status=status, body=body.encode(), encoding="utf-8", request=request)


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_start_requests_cover_only_own_platform(platform, tmp_path):
    spider = make_spider(platform, tmp_path, names=("acme", "beta"))
    requests = start_requests(spider)
    assert [r.url for r in requests][0] == EXPECTED_URL[platform]
    assert len(requests) == 2  # the other platform's source is not this spider's


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_good_response_yields_posting_records(platform, tmp_path):
    spider = make_spider(platform, tmp_path)
    (request,) = start_requests(spider)
    (record,) = list(request.callback(respond(request, json.dumps(GOOD[platform])), **request.cb_kwargs))
    assert record["kind"] == "posting" and record["title"] == "Data Engineer"
    assert record["run_id"] == "run-1" and record["source"] == "acme" and record["platform"] == platform
    assert len(record["content_hash"]) == 64 and record["payload"]
    (summary,) = spider.source_run_records()
    assert (summary["status"], summary["requests"], summary["postings"], summary["errors"]) == ("ok", 1, 1, 0)


@pytest.mark.parametrize("platform", sorted(SPIDERS))
@pytest.mark.parametrize(("body", "reason"), [("<html>oops", "malformed response"), ('{"unexpected": 1}', "")])
def test_bad_body_is_a_fetch_error(platform, tmp_path, body, reason):
    spider = make_spider(platform, tmp_path)
    (request,) = start_requests(spider)
    (record,) = list(request.callback(respond(request, body), **request.cb_kwargs))
    assert record["kind"] == "fetch_error"
    assert reason in record["reason"] and record["payload"] == body
    assert spider.source_run_records()[0]["status"] == "failed"


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_http_error_and_dns_failure_are_recorded(platform, tmp_path):
    spider = make_spider(platform, tmp_path, names=("acme", "beta"))
    first, second = start_requests(spider)
    not_found = respond(first, '{"error": "not found"}', status=404)
    failure = Failure(HttpError(not_found))
    failure.request = first
    (record,) = list(first.errback(failure))
    assert record["http_status"] == 404 and "board 'acme' not found" in record["reason"]
    dns = Failure(DNSLookupError("no such host"))
    dns.request = second
    (record,) = list(second.errback(dns))
    assert "DNS lookup failed" in record["reason"]
    statuses = {r["source"]: (r["status"], r["error_summary"]) for r in spider.source_run_records()}
    assert statuses["acme"][0] == statuses["beta"][0] == "failed"
    assert "404" in statuses["acme"][1]


def test_empty_board_is_empty_not_failed(tmp_path):
    spider = make_spider("ashby", tmp_path)
    (request,) = start_requests(spider)
    assert list(request.callback(respond(request, '{"apiVersion": "1", "jobs": []}'), **request.cb_kwargs)) == []
    assert spider.source_run_records()[0]["status"] == "empty"
