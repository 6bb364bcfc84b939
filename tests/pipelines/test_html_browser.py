"""The HTML shortlist in real headless Chromium: rows, sorting, filtering, nothing scraped executes.

Chromium is Debian's (`make test` installs it where it can); Playwright only drives it and never
downloads a browser. Where either is missing the test skips and says why.
"""

import os
import shutil
from pathlib import Path

import pytest

from models.embed import DEFAULT_MODEL
from pipelines.exporters.html import render_html
from tests.conftest import REPO
from tests.pipelines.harness import DAY, run_ingest

CHROMIUM = os.environ.get("BYWAY_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    if not Path(CHROMIUM).exists():
        pytest.skip(f"Chromium not found at {CHROMIUM}: install Debian's chromium (`make test` does as root) "
                    "or set BYWAY_CHROMIUM")
    playwright = pytest.importorskip("playwright.sync_api", reason="playwright is a dev dependency: make setup")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def demo_page(tmp_path_factory, minilm):
    home = tmp_path_factory.mktemp("home")
    run_ingest(home, REPO / "demo" / "sources.yaml", REPO / "demo" / "replay", model=DEFAULT_MODEL)
    return home / "exports" / DAY / "my-profile.html"


def _open(browser, path: Path):
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    requests: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(path.as_uri())
    return page, dialogs, requests


def _ids(page) -> list[str]:
    return page.eval_on_selector_all("#shortlist tbody tr:not([hidden])",
                                     "rows => rows.map(r => r.dataset.postingId)")


def test_rows_sorting_and_filtering_in_chromium(browser, demo_page, tmp_path):
    page, dialogs, requests = _open(browser, demo_page)
    rows = page.locator("#shortlist tbody tr")
    total = rows.count()
    assert total >= 5
    assert page.inner_text("#count") == f"{total} of {total} postings shown"
    ranks = [int(r) for r in page.eval_on_selector_all("#shortlist tbody tr td:first-child",
                                                         "cells => cells.map(c => c.textContent)")]
    assert ranks == list(range(1, total + 1))

    page.click("th:has-text('score')")  # ascending
    scores = [float(s) for s in page.eval_on_selector_all("#shortlist tbody tr td:nth-child(2)",
                                                            "cells => cells.map(c => c.textContent)")]
    assert scores == sorted(scores) and scores[0] < scores[-1]
    page.click("th:has-text('score')")  # descending
    scores_desc = [float(s) for s in page.eval_on_selector_all("#shortlist tbody tr td:nth-child(2)",
                                                                 "cells => cells.map(c => c.textContent)")]
    assert scores_desc == sorted(scores, reverse=True)
    page.click("th:has-text('company')")
    companies = page.eval_on_selector_all("#shortlist tbody tr td:nth-child(5)", "cells => cells.map(c => c.textContent)")
    assert companies == sorted(companies, key=str.lower)

    page.fill("#filter-text", "fernhill")
    visible = page.eval_on_selector_all("#shortlist tbody tr:not([hidden]) td:nth-child(5)",
                                        "cells => cells.map(c => c.textContent)")
    assert visible and set(visible) == {"Fernhill Robotics"}
    assert page.inner_text("#count") == f"{len(visible)} of {total} postings shown"
    page.fill("#filter-text", "")
    page.select_option("#filter-mode", "onsite")
    modes = page.eval_on_selector_all("#shortlist tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.mode)")
    assert modes and set(modes) == {"onsite"} and len(modes) < total
    page.select_option("#filter-mode", "")
    page.check("#filter-degree-free")
    free = page.eval_on_selector_all("#shortlist tbody tr:not([hidden])", "rows => rows.map(r => r.dataset.degree)")
    assert free and set(free) <= {"not_mentioned", "not_required", "equivalent_ok"} and len(free) < total
    page.uncheck("#filter-degree-free")
    assert len(_ids(page)) == total

    assert not dialogs
    assert all(url.startswith("file://") for url in requests)  # works offline: nothing fetched
    page.click("th:has-text('#')")  # back to rank order for the picture
    shot = tmp_path / "shortlist.png"
    page.screenshot(path=str(shot))
    assert shot.read_bytes()[:4] == b"\x89PNG"
    if os.environ.get("BYWAY_DOCS_SCREENSHOT"):
        shutil.copy(shot, REPO / "docs" / "shortlist.png")
    page.close()


HOSTILE = [{
    "rank": 1, "score": 0.9, "is_new": True, "posting_id": "evil",
    "title": "<img src=x onerror=\"window.pwned='title';alert(1)\">Data Scientist",
    "company": "<script>window.pwned='company'</script>Acme", "location": "\" autofocus onfocus=\"window.pwned='loc'",
    "work_mode": "remote\" onmouseover=\"window.pwned='mode'", "degree_requirement": "not_required",
    "degree_evidence": "'><svg onload=\"window.pwned='degree'\">", "explanation": "</td></tr></table><script>alert(2)</script>",
    "evidence": "<iframe src=\"javascript:window.pwned='frame'\"></iframe>", "best_facet": "x",
    "url": "javascript:window.pwned='link'", "off_path_reasons": ["<b onclick=\"window.pwned='reason'\">small</b>"],
}, {
    "rank": 2, "score": 0.5, "is_new": False, "posting_id": "ok", "title": "ML Engineer", "company": "Beta",
    "url": "https://beta.example/jobs/2", "work_mode": "hybrid", "degree_requirement": "required",
}]


def test_scraped_markup_never_executes(browser, tmp_path):
    path = tmp_path / "hostile.html"
    path.write_text(render_html(HOSTILE, "me", "2026-11-23"), encoding="utf-8")
    page, dialogs, requests = _open(browser, path)
    page.hover("#shortlist tbody tr:first-child td:nth-child(7)")
    page.click("#shortlist tbody tr:first-child td:nth-child(4)")
    page.wait_for_timeout(200)
    assert page.evaluate("window.pwned") is None
    assert not dialogs
    assert page.locator("#shortlist tbody tr").count() == 2  # the breakout did not end the table
    assert page.eval_on_selector_all("a", "links => links.map(a => a.href)") == ["https://beta.example/jobs/2"]
    assert page.inner_text("#shortlist tbody tr:first-child td:nth-child(5)").startswith("<script>")
    assert all(url.startswith("file://") for url in requests)
    page.close()
