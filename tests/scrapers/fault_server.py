"""A loopback HTTP server that behaves like a healthy job board, then like every way a board can fail.

`FaultHandler.mode` is "healthy" (every path answers a small Ashby board of its own) or "faulty" (each
path fails in its own way, see `FAULTS`). Tests crawl it with the real Scrapy downloader in a subprocess.
"""

from __future__ import annotations

import json
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, ClassVar

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
HUGE_BYTES = 20 * 1024 * 1024
THREAD_ID = "45800001"


def board(name: str, count: int = 1, description: str = "<p>We train forecasting models.</p>") -> dict[str, Any]:
    return {"apiVersion": "1", "jobs": [
        {"id": f"{name}-{n}", "title": f"ML Engineer {name} {n}", "jobUrl": f"https://jobs.ashbyhq.com/{name}/{n}",
         "location": "Remote", "descriptionHtml": description} for n in range(count)]}


def hn_thread(faulty: bool) -> dict[str, Any]:
    thread = json.loads((FIXTURES / "hn_thread.json").read_text(encoding="utf-8"))
    if faulty:  # a month later: deleted, dead and emptied comments beside one new real posting
        base = {"type": "comment", "parent_id": int(THREAD_ID), "story_id": int(THREAD_ID), "options": [],
                "children": [], "points": None}
        thread["children"] += [
            {**base, "id": 45800190, "created_at_i": 1793700000, "deleted": True, "author": None, "text": None},
            {**base, "id": 45800191, "created_at_i": 1793700001, "dead": True, "author": "spam",
             "text": "Crypto | Get rich | Remote<p>DM me"},
            {**base, "id": 45800192, "created_at_i": 1793700002, "author": "ghost", "text": ""},
            {**base, "id": 45800193, "created_at_i": 1793700003, "created_at": "2026-11-03T10:00:00.000Z",
             "author": "smallco", "text": "Tidewater | Data Engineer | Remote (US) | $150k<p>We build tide models "
             "for ports (B2B, 9 people).<p>Apply: jobs@tidewater.example.com"},
        ]
    return thread


def junk_board() -> bytes:
    """Binary junk and mixed encodings: NUL and control bytes, a lone surrogate escape, a Latin-1 byte."""
    jobs = board("junk", 2)
    jobs["jobs"][0]["title"] = "Data\u0000 Scientist\u0007"
    jobs["jobs"][1]["descriptionHtml"] = "<p>Caf\udce9 and r\u00e9sum\u00e9</p>"
    text = json.dumps(jobs, ensure_ascii=True)  # "\udce9" stays an escape, as a broken server sends it
    return text.encode("utf-8").replace(b"Data", b"Data \xe9", 1)


class FaultHandler(BaseHTTPRequestHandler):
    mode: ClassVar[str] = "healthy"
    hits: ClassVar[dict[str, list[float]]] = {}

    def log_message(self, *args: Any) -> None:  # keep test output quiet
        pass

    def finish(self) -> None:
        try:
            super().finish()
        except OSError:
            pass  # the socket was reset on purpose, or the client hung up on a huge body

    def _send(self, status: int, body: bytes | str | dict | list, headers: dict[str, str] | None = None,
              content_type: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else (body if isinstance(body, str) else json.dumps(body)).encode()
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(data)))
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            self.end_headers()
            self.wfile.write(data)
        except OSError:
            pass  # the client gave up first (the hung connection's timeout)

    def _reset(self) -> None:
        """Close with a TCP RST instead of a response."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def _stream(self, size: int, length_known: bool) -> None:
        try:
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            if length_known:
                self.send_header("Content-Length", str(size))
            self.end_headers()
            chunk = b" " * 65536
            for _ in range(size // len(chunk)):
                self.wfile.write(chunk)
        except OSError:
            pass  # the client stopped reading at its size limit
        self.close_connection = True

    def do_GET(self) -> None:  # noqa: N802 - http.server's naming
        path = self.path.split("?")[0]
        FaultHandler.hits.setdefault(path, []).append(time.monotonic())
        name = path.strip("/").split("/")[-1]
        if path == "/robots.txt":
            rules = "User-agent: *\nDisallow: /private/\n" if self.mode == "faulty" else "User-agent: *\nAllow: /\n"
            self._send(200, rules, content_type="text/plain")
        elif path == "/hn/search":
            self._send(200, (FIXTURES / "hn_search.json").read_text(encoding="utf-8"))
        elif path == f"/api/v1/items/{THREAD_ID}":
            self._send(200, hn_thread(self.mode == "faulty"))
        elif self.mode == "healthy":
            self._send(200, board(name, 2))
        else:
            self.fault(path, name)

    def fault(self, path: str, name: str) -> None:
        if name == "busy" and len(self.hits[path]) % 2 == 1:
            self._send(429, {"error": "slow down"}, {"Retry-After": "1"})
        elif name in ("ok", "busy", "private"):
            self._send(200, board(name, 2))
        elif name in ("e500", "e502", "e503"):
            self._send(int(name[1:]), {"error": "server error"})
        elif name == "hang":
            time.sleep(5)
            self._send(200, board(name, 2))
        elif name == "reset":
            self._reset()
        elif name == "truncated":  # promises 2,000 bytes, sends 100 and hangs up
            body = json.dumps(board(name, 20)).encode()[:100]
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", "2000")
            self.end_headers()
            self.wfile.write(body)
            self.close_connection = True
        elif name == "cutjson":  # a complete response whose JSON stops halfway
            self._send(200, json.dumps(board(name, 2))[:80])
        elif name == "maintenance":
            self._send(200, "<html><body>Down for maintenance</body></html>", content_type="text/html")
        elif name == "mislabelled":
            self._send(200, board(name, 2), content_type="text/html; charset=utf-8")
        elif name == "huge":
            self._stream(HUGE_BYTES, length_known=True)
        elif name == "hugestream":
            self._stream(HUGE_BYTES, length_known=False)
        elif name in ("loop", "loopback"):
            target = "/loopback" if name == "loop" else "/loop"
            self._send(302, "", {"Location": target})
        elif name == "shrinking":
            self._send(200, board(name, 0))
        elif name == "junk":
            self._send(200, junk_board())
        elif name == "bloated":  # one posting of 10 MB, one of 150,000 characters, one ordinary
            jobs = board(name, 3)
            jobs["jobs"][0]["descriptionHtml"] = "<p>" + "x" * (10 * 1024 * 1024) + "</p>"
            jobs["jobs"][1]["descriptionHtml"] = "<p>" + "word " * 30_000 + "</p>"
            self._send(200, jobs)
        else:
            self._send(404, {"error": "no such board"})


@contextmanager
def fault_server() -> Iterator[str]:
    FaultHandler.mode = "healthy"
    FaultHandler.hits = {}
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), FaultHandler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{httpd.server_address[1]}"
    finally:
        httpd.shutdown()
        httpd.server_close()
