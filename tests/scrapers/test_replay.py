import json

import pytest
from scrapy import Request
from scrapy.http import TextResponse

from scrapers.replay import ReplayMiddleware, ReplayMiss, ReplayStore


def test_store_round_trip_and_canonical_urls(tmp_path):
    store = ReplayStore(tmp_path)
    store.add("https://api.example.com/b?mode=json&x=1", 200, {"Content-Type": "application/json"}, b'{"a": 1}', ".json")
    again = ReplayStore(tmp_path)  # reads the index it wrote
    entry = again.lookup("https://api.example.com/b?x=1&mode=json")  # argument order does not matter
    assert entry is not None and entry.status == 200
    assert json.loads(entry.body_path.read_text()) == {"a": 1}
    assert again.lookup("https://api.example.com/other") is None


def test_later_line_wins_and_bad_line_is_named(tmp_path):
    (tmp_path / "a.json").write_text("1")
    (tmp_path / "b.json").write_text("2")
    lines = [{"url": "https://x.test/", "body": "a.json"}, {"url": "https://x.test/", "status": 500, "body": "b.json"}]
    (tmp_path / "index.jsonl").write_text("\n".join(json.dumps(line) for line in lines) + "\n")
    assert ReplayStore(tmp_path).lookup("https://x.test/").status == 500
    (tmp_path / "index.jsonl").write_text('{"url": "https://x.test/"}\n')
    with pytest.raises(ValueError, match="index.jsonl:1"):
        ReplayStore(tmp_path)


def test_middleware_replays_and_misses(tmp_path):
    (tmp_path / "r.json").write_text('{"jobs": []}')
    (tmp_path / "index.jsonl").write_text(json.dumps({"url": "https://x.test/jobs", "status": 200, "body": "r.json"}))
    middleware = ReplayMiddleware(str(tmp_path), None)
    response = middleware.process_request(Request("https://x.test/jobs"))
    assert isinstance(response, TextResponse) and response.status == 200
    assert json.loads(response.text) == {"jobs": []}
    with pytest.raises(ReplayMiss, match="no recorded response for https://x.test/missing"):
        middleware.process_request(Request("https://x.test/missing"))


def test_record_mode_writes_a_replayable_folder(tmp_path):
    middleware = ReplayMiddleware(None, str(tmp_path))
    request = Request("https://x.test/jobs?content=true")
    live = TextResponse(request.url, status=200, body=b'{"jobs": [1]}', encoding="utf-8",
                        headers={"Content-Type": "application/json", "Content-Encoding": "identity"}, request=request)
    assert middleware.process_response(request, live) is live
    replayed = ReplayMiddleware(str(tmp_path), None).process_request(Request(request.url))
    assert replayed.body == b'{"jobs": [1]}'
    assert b"Content-Encoding" not in replayed.headers
