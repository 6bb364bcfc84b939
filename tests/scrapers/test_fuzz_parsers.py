"""Hypothesis fuzzing of every platform parser: no crash, bounded time, on generated payloads.

`make test` runs 1,000 payloads per parser; `make fuzz` runs 10,000 (BYWAY_FUZZ_EXAMPLES), about ten
minutes on the project machine, which is too long for every CI run. docs/performance.md keeps its result.

Payloads are the exact-shape fixtures with values swapped for arbitrary JSON (wrong types, nulls,
nesting, odd Unicode), keys dropped, or arbitrary JSON outright; feeds and pages are the fixture text
with junk spliced in. A parser may refuse a payload with ShapeError (the spider records it as an
unexpected shape); anything else must come back as postings, rejects or follow-ups, and every posting
must survive the limits and be writable as a landing line, as the spider would write it.
"""

import copy
import json
import os
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from scrapers.bounds import bounded
from scrapers.items import Follow, Posting, Reject, posting_record, reject_record
from scrapers.pipelines.landing import landing_line
from scrapers.platforms import (
    ashby,
    greenhouse,
    hackernews,
    hn_comment,
    jsonld,
    lever,
    personio,
    recruitee,
    remoteok,
    remotive,
    smartrecruiters,
    weworkremotely,
    workable,
)
from scrapers.platforms.fields import ShapeError, guarded
from scrapers.sources import Source
from tests.scrapers.scenarios import ASHBY, GH, LEVER, REMOTEOK, REMOTIVE, WWR, fixture

EXAMPLES = int(os.environ.get("BYWAY_FUZZ_EXAMPLES", "1000"))
FUZZ = settings(max_examples=EXAMPLES, deadline=500, suppress_health_check=list(HealthCheck), derandomize=True)
ENVELOPE = {"run_id": "fuzz", "source": "acme", "platform": "x", "board": "acme", "request_url": "https://x.test/",
            "fetched_at": "2026-11-23T06:00:00+00:00"}

scalars = (st.none() | st.booleans() | st.integers(-10**12, 10**12) | st.floats(allow_nan=True)
           | st.text(max_size=40) | st.sampled_from(["", " ", "null", "<script>x</script>", "\x00", "\ud800", "1e400"]))
json_values = st.recursive(scalars, lambda inner: st.lists(inner, max_size=4)
                           | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)


def _paths(node: Any, prefix: tuple = ()) -> list[tuple]:
    """Every path (keys and indexes) to a value inside a JSON document."""
    found = [prefix] if prefix else []
    if isinstance(node, dict):
        for key, value in node.items():
            found += _paths(value, (*prefix, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            found += _paths(value, (*prefix, index))
    return found


def _apply(base: Any, edits: list[tuple[tuple, Any, bool]]) -> Any:
    doc = copy.deepcopy(base)
    for path, value, drop in edits:
        parent = doc
        try:
            for step in path[:-1]:
                parent = parent[step]
            if isinstance(parent, dict) and not isinstance(path[-1], str):
                continue  # JSON objects have string keys only
            if drop and isinstance(parent, dict):
                parent.pop(path[-1], None)
            else:
                parent[path[-1]] = value
        except (KeyError, IndexError, TypeError):
            continue  # an earlier edit replaced the container this path went through
    return doc


def mutated(base: Any) -> st.SearchStrategy:
    """The document with a few values replaced or removed, or (rarely) any JSON at all."""
    paths = _paths(base)
    edits = st.lists(st.tuples(st.sampled_from(paths), json_values, st.booleans()), min_size=1, max_size=4)
    return st.one_of(edits.map(lambda e: _apply(base, e)), edits.map(lambda e: _apply(base, e)), json_values)


def spliced(text: str) -> st.SearchStrategy:
    """The text with junk inserted at, or a slice removed from, a few places."""
    junk = st.text(max_size=30) | st.sampled_from(["<", "&", "]]>", "<!DOCTYPE x [<!ENTITY a 'b'>]>", "\x00",
                                                    "</script>", "{", "\"@type\": \"JobPosting\""])

    def splice(cuts: list[tuple[int, int, str]]) -> str:
        out = text
        for at, length, insert in sorted(cuts, reverse=True):
            at %= len(out) + 1
            out = out[:at] + insert + out[at + length:]
        return out

    return st.lists(st.tuples(st.integers(0, len(text)), st.integers(0, 40), junk), min_size=1, max_size=4).map(splice)


def check(results: Any) -> None:
    """What the spider relies on: postings, rejects and follow-ups only, each writable as a landing line."""
    for result in results:
        assert isinstance(result, Posting | Reject | Follow), result
        if isinstance(result, Posting):
            assert isinstance(result.title, str) and result.title.strip()
            assert isinstance(result.url, str)
            kept = bounded(result)
            record = posting_record(ENVELOPE, kept) if isinstance(kept, Posting) else reject_record(ENVELOPE, kept)
            landing_line(record).encode("utf-8", "replace")
        elif isinstance(result, Reject):
            assert isinstance(result.reason, str) and result.reason
            landing_line(reject_record(ENVELOPE, result))
        else:
            assert isinstance(result.url, str) and result.url


def refused_or_checked(parse: Any, *args: Any) -> None:
    try:
        results = parse(*args)
    except ShapeError:
        return
    check(results)


def source(platform: str) -> Source:
    pages = ["https://acme.example.com/careers"] if platform == "jsonld" else []
    return Source(platform=platform, token="acme", pages=pages)


SR_LIST = json.loads(fixture("smartrecruiters_list_0.json"))
SR_DETAIL = json.loads(fixture("smartrecruiters_detail_744000100000001.json"))
WK_LIST = json.loads(fixture("workable_list.json"))
WK_DETAIL = json.loads(fixture("workable_detail_A1B2C3D4E5.json"))
RECRUITEE = json.loads(fixture("recruitee_offers.json"))
HN_SEARCH = json.loads(fixture("hn_search.json"))
HN_THREAD = json.loads(fixture("hn_thread.json"))
CAREERS = fixture("careers_graph.html")
JSONLD_ITEM = jsonld.extract_job_postings(CAREERS, "https://acme.example.com/jobs/nlp")[0]


# platform -> (its parse_board, the exact-shape fixture its payloads are mutated from)
BOARDS = {"greenhouse": (greenhouse.parse_board, GH), "lever": (lever.parse_board, LEVER),
          "ashby": (ashby.parse_board, ASHBY), "recruitee": (recruitee.parse_board, RECRUITEE),
          "remoteok": (remoteok.parse_board, REMOTEOK), "remotive": (remotive.parse_board, REMOTIVE)}
BOARD_PAYLOADS = {platform: mutated(base) for platform, (_, base) in BOARDS.items()}


@pytest.mark.parametrize("platform", sorted(BOARDS))
@FUZZ
@given(data=st.data())
def test_board_parsers(platform, data):
    refused_or_checked(BOARDS[platform][0], data.draw(BOARD_PAYLOADS[platform]), source(platform))


@FUZZ
@given(mutated(SR_LIST), mutated(SR_DETAIL))
def test_smartrecruiters(listing, detail):
    refused_or_checked(smartrecruiters.parse_list, listing, source("smartrecruiters"))
    # per job, as the spider calls it: a job of the wrong shape becomes a reject (fields.guarded)
    refused_or_checked(lambda: [guarded(smartrecruiters.parse_detail, detail, SR_LIST["content"][0],
                                        source("smartrecruiters"))])


@FUZZ
@given(mutated(WK_LIST), mutated(WK_DETAIL))
def test_workable(listing, detail):
    refused_or_checked(workable.parse_list, listing, source("workable"))
    refused_or_checked(lambda: [guarded(workable.parse_job, WK_LIST["jobs"][0], detail, source("workable"), "acme")])


@FUZZ
@given(spliced(fixture("personio_feed.xml")))
def test_personio(feed):
    try:
        root = personio.safe_xml(feed.encode("utf-8", "replace"))
    except ValueError:
        return  # not well-formed: the spider records a malformed response
    refused_or_checked(personio.parse_feed, root, source("personio"))


@FUZZ
@given(spliced(WWR))
def test_weworkremotely(feed):
    try:
        root = weworkremotely.safe_xml(feed.encode("utf-8", "replace"))
    except ValueError:
        return
    refused_or_checked(weworkremotely.parse_feed, root, source("weworkremotely"))


@FUZZ
@given(mutated(HN_SEARCH), mutated(HN_THREAD), st.floats(0, 2e9))
def test_hackernews(search, thread, since):
    refused_or_checked(hackernews.parse_threads, search, 2)
    try:
        results, newest = hackernews.parse_thread(thread, {"thread_id": "1", "created_at": "2026-11-02"}, since)
    except ShapeError:
        return
    check(results)
    assert newest >= since


html_fragments = st.lists(st.sampled_from(["Acme", " | ", "Senior ML Engineer", "Remote (EU)", "<p>", "</p>",
                                           "<a href=\"https://acme.test\">x</a>", "&#x2F;", "$150k", "VISA",
                                           "Full-time", "<i>", "\n", "Apply: jobs@acme.test", "ONSITE"])
                          | st.text(max_size=30), max_size=40).map("".join)


@FUZZ
@given(st.none() | html_fragments | st.text(max_size=2000))
def test_hn_comment(text):
    job = hn_comment.parse_comment(text)
    assert isinstance(job, str | hn_comment.HnJob)
    if isinstance(job, hn_comment.HnJob):
        assert job.title and isinstance(job.locations, list)


@FUZZ
@given(spliced(CAREERS), st.sampled_from(["page", "job"]))
def test_jsonld_pages(page, step):
    refused_or_checked(jsonld.parse_page, page, "https://acme.example.com/jobs/nlp", source("jsonld"), step)


@FUZZ
@given(mutated(JSONLD_ITEM))
def test_jsonld_items(item):
    if isinstance(item, dict):
        refused_or_checked(lambda: [guarded(jsonld.parse_job_posting, item, "https://acme.example.com/x",
                                            source("jsonld"))])
