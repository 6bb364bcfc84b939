"""Imports from files in python-jobspy's CSV shape and byway's own JSONL shape."""

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from scrapers.imports import ImportFileError, import_records, parse_row, source_name
from scrapers.items import Posting, Reject

FIXTURE = Path(__file__).parents[1] / "fixtures" / "jobspy_jobs.csv"
NOW = datetime(2026, 11, 23, tzinfo=UTC)


def test_jobspy_csv_good_rows_load_and_bad_rows_say_why():
    records = import_records(FIXTURE, source_name(FIXTURE), "run-1", NOW)
    postings = [r for r in records if r["kind"] == "posting"]
    rejects = [r for r in records if r["kind"] == "reject"]
    run = records[-1]
    assert run["kind"] == "source_run" and run["source"] == "import:jobspy-jobs"
    assert (run["postings"], run["rejects"], run["status"], run["listing"]) == (2, 3, "ok", "window")
    first = postings[0]
    assert first["source_posting_id"] == "in-8f3a2c1d9e7b6a50"
    assert first["platform"] == "import" and first["board"] == "jobspy-jobs"
    assert (first["salary_min"], first["salary_max"], first["salary_currency"], first["salary_period"]) == \
        (125000.0, 155000.0, "USD", "year")
    assert first["work_mode"] == "remote" and first["posted_at"] == "2026-11-18T00:00:00+00:00"
    assert r"C:\data\lanes" in first["description_text"]  # jobspy's escapechar is undone, newlines kept
    assert "**What you'll do**\n" in first["description_text"]
    assert first["expires_at"] == "2027-01-22T00:00:00+00:00"  # open 60 days from the import
    assert postings[1]["salary_period"] == "hour" and postings[1]["work_mode"] == "remote"  # from "Remote"
    assert [r["reason"] for r in rejects] == [
        "row 4: min_amount 'competitive' is not an amount",
        "row 5: missing company",
        "row 6: date_posted 'last week' is not a date (YYYY-MM-DD)",
    ]
    assert rejects[0]["payload"]["company"] == "Quillby"  # the row is kept with the reject


def test_jsonl_with_byway_field_names(tmp_path):
    path = tmp_path / "My Leads.jsonl"
    path.write_text("\n".join([
        json.dumps({"id": 7, "title": "Data Scientist", "company": "Acme", "url": "https://acme.example/jobs/7",
                    "location": "Berlin; Remote", "description": "Forecasting.", "salary_min": "60,000",
                    "salary_currency": "eur", "salary_period": "yearly"}),
        "[1, 2]",
        "{not json",
        json.dumps({"id": 7, "title": "Data Scientist", "company": "Acme", "url": "https://acme.example/jobs/7"}),
        json.dumps({"title": "Evil", "company": "X", "url": "javascript:alert(1)"}),
    ]) + "\n")
    records = import_records(path, source_name(path), "run-2", NOW)
    assert source_name(path) == "import:my-leads"
    posting = records[0]
    assert posting["kind"] == "posting" and posting["source_posting_id"] == "7"
    assert posting["locations"] == ["Berlin", "Remote"]
    assert (posting["salary_min"], posting["salary_currency"], posting["salary_period"]) == (60000.0, "EUR", "year")
    reasons = [r["reason"] for r in records if r["kind"] == "reject"]
    assert reasons == ["line 2: not a JSON object", "line 3: not JSON (Expecting property name enclosed in double "
                       "quotes)", "row 4: the same posting (7) appears earlier in the file",
                       "row 5: missing http(s) url"]


def test_salary_bounds_must_be_ordered():
    row = {"title": "T", "company": "C", "job_url": "https://x.example/1", "min_amount": 10, "max_amount": 5}
    parsed = parse_row(row, 2, NOW)
    assert isinstance(parsed, Reject) and "minimum 10 is above the maximum 5" in parsed.reason
    assert isinstance(parse_row({**row, "max_amount": 50}, 2, NOW), Posting)


def test_unreadable_files_are_refused_whole(tmp_path):
    with pytest.raises(ImportFileError, match="no such file"):
        import_records(tmp_path / "missing.csv", "import:x", "r", NOW)
    (tmp_path / "jobs.xlsx").write_bytes(b"PK")
    with pytest.raises(ImportFileError, match=r"expected \.jsonl or \.csv"):
        import_records(tmp_path / "jobs.xlsx", "import:x", "r", NOW)
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(ImportFileError, match="no header row"):
        import_records(empty, "import:x", "r", NOW)
