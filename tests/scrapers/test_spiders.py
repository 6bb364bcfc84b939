"""Every spider, driven through Scrapy request/response objects (no network).

`drive` answers each request from the platform's scenario and follows what the spider asks for next,
so multi-request platforms (list -> details, paged lists, HN threads) are exercised end to end.
"""

import asyncio
import json

import pytest
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.internet.error import DNSLookupError
from twisted.python.failure import Failure

from scrapers.spiders.boards import SPIDERS
from tests.scrapers.scenarios import SCENARIOS


def make_spider(platform, tmp_path, names=("acme",), settings=None):
    extra, _, _ = SCENARIOS[platform]
    sources = tmp_path / "sources.yaml"
    entries = [{"name": n, "platform": platform, "token": n, **extra} for n in names]
    entries.append({"name": "other", "platform": "greenhouse" if platform != "greenhouse" else "lever", "token": "x"})
    sources.write_text(json.dumps({"sources": entries}))
    cls = SPIDERS[platform]
    crawler = get_crawler(cls, settings_dict=settings or {})
    spider = cls.from_crawler(crawler, sources=str(sources), run_id="run-1")
    return spider


def start_requests(spider):
    async def collect():
        return [request async for request in spider.start()]

    return asyncio.run(collect())


def respond(request, body, status=200):
    return TextResponse(request.url, status=status, body=body.encode(), encoding="utf-8", request=request)


def drive(spider, responses):
    """Answer every request (404 when the scenario has no body for it); return records and fetched URLs."""
    queue, records, fetched = start_requests(spider), [], []
    while queue:
        request = queue.pop(0)
        fetched.append(request.url)
        body = responses.get(request.url)
        if body is None:
            failure = Failure(HttpError(respond(request, "not found", status=404)))
            failure.request = request
            results = list(request.errback(failure) or [])
        else:
            results = list(request.callback(respond(request, body), **request.cb_kwargs))
        for result in results:
            (queue if hasattr(result, "callback") else records).append(result)
    return records, fetched


def test_every_platform_has_a_spider_and_a_scenario():
    from scrapers.sources import PLATFORMS

    assert set(SPIDERS) == set(PLATFORMS) == set(SCENARIOS)


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_start_requests_cover_only_own_platform(platform, tmp_path):
    spider = make_spider(platform, tmp_path, names=("acme", "beta"))
    requests = start_requests(spider)
    _, responses, _ = SCENARIOS[platform]
    assert requests[0].url in responses
    pages = len(SCENARIOS[platform][0].get("pages", [])) or 1
    assert len(requests) == 2 * pages  # the other platform's source is not this spider's


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_whole_crawl_yields_the_expected_postings(platform, tmp_path):
    spider = make_spider(platform, tmp_path)
    _, responses, titles = SCENARIOS[platform]
    records, fetched = drive(spider, responses)
    postings = [r for r in records if r["kind"] == "posting"]
    assert {p["title"] for p in postings} == titles
    assert set(fetched) == set(responses)  # every step of the crawl was taken, nothing else was asked
    for record in postings:
        assert record["run_id"] == "run-1" and record["source"] == "acme" and record["platform"] == platform
        assert len(record["content_hash"]) == 64 and record["payload"]
        assert record["url"].startswith(("https://", "http://")) and record["company"]
    assert not [r for r in records if r["kind"] == "fetch_error"]
    (summary,) = spider.source_run_records()
    assert summary["status"] == "ok" and summary["postings"] == len(postings)
    assert summary["requests"] == len(fetched) and summary["errors"] == 0
    assert summary["listing"] == ("window" if platform in ("hackernews", "remoteok", "remotive", "weworkremotely")
                                  else "full")


@pytest.mark.parametrize("platform", sorted(set(SPIDERS) - {"jsonld"}))
@pytest.mark.parametrize(("body", "reason"), [("<html>oops", "malformed response"), ('{"unexpected": 1}', "")])
def test_bad_body_is_a_fetch_error(platform, tmp_path, body, reason):
    spider = make_spider(platform, tmp_path)
    (request,) = start_requests(spider)
    (record,) = list(request.callback(respond(request, body), **request.cb_kwargs))
    assert record["kind"] == "fetch_error"
    assert reason in record["reason"] and record["payload"] == body
    assert spider.source_run_records()[0]["status"] == "failed"


def test_page_without_job_posting_is_a_reject_with_reason(tmp_path):
    spider = make_spider("jsonld", tmp_path)
    requests = start_requests(spider)
    records = [r for req in requests for r in req.callback(respond(req, "<html><p>We are hiring!</p></html>"),
                                                            **req.cb_kwargs)]
    assert {r["kind"] for r in records} == {"reject"}
    assert all("no schema.org JobPosting" in r["reason"] for r in records)
    assert spider.source_run_records()[0]["status"] == "failed"


@pytest.mark.parametrize("platform", sorted(SPIDERS))
def test_http_error_and_dns_failure_are_recorded(platform, tmp_path):
    spider = make_spider(platform, tmp_path, names=("acme", "beta"))
    requests = start_requests(spider)
    first = requests[0]
    second = next(r for r in requests if r.cb_kwargs["source"].name == "beta")
    not_found = respond(first, '{"error": "not found"}', status=404)
    failure = Failure(HttpError(not_found))
    failure.request = first
    records = list(first.errback(failure) or [])
    dns = Failure(DNSLookupError("no such host"))
    dns.request = second
    (record,) = list(second.errback(dns))
    assert "DNS lookup failed" in record["reason"]
    statuses = {r["source"]: (r["status"], r["error_summary"]) for r in spider.source_run_records()}
    assert statuses["beta"][0] == "failed"
    assert "404" in statuses["acme"][1]
    if platform == "personio":  # a switched-off feed is an ordinary, recorded outcome
        assert records == [] and statuses["acme"][0] == "empty"
    else:
        (record,) = records
        assert record["http_status"] == 404 and "not found" in record["reason"]
        assert statuses["acme"][0] in ("failed", "partial")


def test_failed_detail_makes_the_run_partial(tmp_path):
    spider = make_spider("workable", tmp_path)
    _, responses, _ = SCENARIOS["workable"]
    partial = {url: body for url, body in responses.items() if not url.endswith("F6G7H8I9J0")}
    records, _ = drive(spider, partial)
    assert [r["title"] for r in records if r["kind"] == "posting"] == ["Machine Learning Engineer"]
    (summary,) = spider.source_run_records()
    assert summary["status"] == "partial" and summary["errors"] == 1


def test_empty_board_is_empty_not_failed(tmp_path):
    spider = make_spider("ashby", tmp_path)
    (request,) = start_requests(spider)
    assert list(request.callback(respond(request, '{"apiVersion": "1", "jobs": []}'), **request.cb_kwargs)) == []
    assert spider.source_run_records()[0]["status"] == "empty"


def test_hackernews_is_incremental_across_runs(tmp_path):
    settings = {"BYWAY_LANDING_DIR": str(tmp_path / "landing")}
    _, responses, _ = SCENARIOS["hackernews"]
    first = make_spider("hackernews", tmp_path, settings=settings)
    records, _ = drive(first, responses)
    kinds = sorted((r["kind"], r.get("source_posting_id")) for r in records)
    # the deleted comment is skipped, the meta comment is a reject with its reason, replies are not postings
    assert kinds == [("posting", "45800101"), ("posting", "45800104"), ("reject", "45800103")]
    first.closed("finished")
    second = make_spider("hackernews", tmp_path, settings=settings)
    again, _ = drive(second, responses)
    assert again == []
    assert second.source_run_records()[0]["status"] == "empty"
