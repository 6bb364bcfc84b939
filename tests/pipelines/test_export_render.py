"""The export renderers on hostile and ordinary rows: escaping, formula injection, links, salary text."""

import csv
import io
import re

from pipelines.exporters.cells import neutralise, safe_url, salary
from pipelines.exporters.html import render_html
from pipelines.exporters.tables import to_csv, to_markdown

HOSTILE = {
    "rank": 1, "score": 0.812, "is_new": True, "posting_id": "abc123",
    "title": '<script>alert("t")</script>Data Scientist', "company": '=HYPERLINK("http://evil.example","x")',
    "location": '" onmouseover="alert(1)', "work_mode": "remote", "salary_min": 120000.0, "salary_max": 150000.0,
    "salary_currency": "USD", "salary_period": "year", "degree_requirement": "not_required",
    "degree_evidence": "No degree required'><img src=x onerror=alert(2)>", "off_path_reasons": ["small company"],
    "best_facet": "specialization", "evidence": "+1 forecasting | [link](javascript:alert(3))",
    "explanation": "@SUM(A1) matches your specialization", "url": "javascript:alert(4)",
}
PLAIN = {**HOSTILE, "rank": 2, "score": 0.5, "is_new": False, "title": "ML Engineer", "company": "Acme",
         "location": "Berlin", "work_mode": "hybrid", "salary_min": None, "salary_max": None,
         "degree_requirement": "required", "degree_evidence": None, "evidence": "forecasting",
         "explanation": "matches", "url": "https://acme.example/jobs/1", "posting_id": "def456"}


def test_formula_cells_are_neutralised_and_urls_limited_to_http():
    assert neutralise("=1+1") == "'=1+1" and neutralise("-2") == "'-2" and neutralise("plain") == "plain"
    assert safe_url("javascript:alert(1)") is None and safe_url("data:text/html,x") is None
    assert safe_url("//evil.example") is None and safe_url(" https://a.example/x ") == "https://a.example/x"
    assert salary(HOSTILE) == "USD 120,000–150,000 / year" and salary(PLAIN) == ""


def test_csv_cells_cannot_start_a_formula():
    rows = list(csv.DictReader(io.StringIO(to_csv([HOSTILE, PLAIN]))))
    assert rows[0]["company"].startswith("'=HYPERLINK")
    assert rows[0]["explanation"].startswith("'@SUM")
    assert rows[0]["evidence"].startswith("specialization: +1")  # the facet label comes first here
    assert rows[0]["url"] == "" and rows[1]["url"] == "https://acme.example/jobs/1"
    for row in rows:
        assert not any(value[:1] in "=+-@" for value in row.values() if value)


def test_markdown_escapes_html_and_links_and_keeps_one_row_per_posting():
    text = to_markdown([HOSTILE, PLAIN], "me", "2026-11-23")
    assert "<script>" not in text and "\\<script\\>" in text
    assert "](javascript:" not in text
    assert "[ML Engineer](<https://acme.example/jobs/1>)" in text
    assert len([line for line in text.splitlines() if line.startswith("| 1 ") or line.startswith("| 2 ")]) == 2
    assert "'=HYPERLINK" in text


def test_html_escapes_every_scraped_value_and_links_only_http():
    page = render_html([HOSTILE, PLAIN], "me", "2026-11-23")
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    assert "<script" not in body and "<img" not in body
    assert "&lt;script&gt;" in body
    assert 'onmouseover="' not in body and "&quot; onmouseover=&quot;alert(1)" in body
    assert re.findall(r'href="([^"]*)"', page) == ["https://acme.example/jobs/1"]
    assert page.count("<script>") == 1  # only byway's own script, allowed by hash in the CSP
    assert "Content-Security-Policy" in page and "script-src 'sha256-" in page
    assert not re.search(r'<(?:link|script)[^>]+(?:src|href)=', page)  # self-contained
