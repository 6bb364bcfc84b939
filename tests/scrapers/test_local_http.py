"""The real Scrapy downloader against a local HTTP server on 127.0.0.1: retries, timeouts, garbage."""

import json
import subprocess
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from tests.conftest import REPO

BOARD = {"apiVersion": "1", "jobs": [{"id": "j1", "title": "ML Engineer", "jobUrl": "https://jobs.ashbyhq.com/x/j1",
                                      "location": "Remote", "descriptionHtml": "<p>Models.</p>"}]}


class Handler(BaseHTTPRequestHandler):
    hits: dict[str, list[float]] = {}

    def log_message(self, *args):  # keep test output quiet
        pass

    def _send(self, status, body, headers=()):
        try:
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            for name, value in headers:
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(body.encode())
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client timed out first, which is what /slow is for

    def do_GET(self):  # noqa: N802 - http.server's naming
        path = self.path.split("?")[0]
        Handler.hits.setdefault(path, []).append(time.monotonic())
        if path == "/robots.txt":
            self._send(404, "")
        elif path == "/ok":
            self._send(200, json.dumps(BOARD))
        elif path == "/busy":  # 429 with Retry-After once, then fine
            if len(Handler.hits[path]) == 1:
                self._send(429, '{"error": "slow down"}', [("Retry-After", "1")])
            else:
                self._send(200, json.dumps(BOARD))
        elif path == "/broken":
            self._send(500, '{"error": "internal"}')
        elif path == "/slow":
            time.sleep(3)
            self._send(200, json.dumps(BOARD))
        elif path == "/garbage":
            self._send(200, "\x00\x01 this is not json <html>")
        else:
            self._send(404, '{"error": "no such board"}')


@pytest.fixture
def server():
    Handler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def test_real_downloader_outcomes(server, tmp_path):
    names = ["ok", "busy", "broken", "slow", "garbage", "missing"]
    sources = {"sources": [{"name": n, "platform": "ashby", "token": n, "api_url": f"{server}/{n}"} for n in names]}
    (tmp_path / "sources.yaml").write_text(json.dumps(sources))
    command = [sys.executable, "-m", "scrapers.crawl", "--run-id", "local", "--landing", str(tmp_path / "landing"),
               "--sources", str(tmp_path / "sources.yaml"), "--set", "DOWNLOAD_TIMEOUT=1",
               "--set", "DOWNLOAD_DELAY=0", "--set", "AUTOTHROTTLE_ENABLED=False", "--set", "RETRY_TIMES=1"]
    done = subprocess.run(command, cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in (tmp_path / "landing" / "local" / "ashby.jsonl").read_text().splitlines()]
    runs = {r["source"]: r for r in records if r["kind"] == "source_run"}

    assert runs["ok"]["status"] == "ok" and runs["ok"]["postings"] == 1
    # 429 then 200: retried once, after waiting as long as Retry-After asked.
    assert runs["busy"]["status"] == "ok" and runs["busy"]["requests"] == 2
    first, second = Handler.hits["/busy"]
    assert second - first >= 0.9
    assert runs["broken"]["status"] == "failed" and runs["broken"]["requests"] == 2
    assert "HTTP 500" in runs["broken"]["error_summary"]
    assert runs["slow"]["status"] == "failed" and "timed out" in runs["slow"]["error_summary"]
    assert runs["garbage"]["status"] == "failed" and "malformed response" in runs["garbage"]["error_summary"]
    assert runs["missing"]["status"] == "failed" and "HTTP 404" in runs["missing"]["error_summary"]
    errors = [r for r in records if r["kind"] == "fetch_error"]
    assert {e["source"] for e in errors} == {"broken", "slow", "garbage", "missing"}
