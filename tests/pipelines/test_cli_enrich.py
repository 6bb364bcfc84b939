"""`byway enrich`: JSON Lines in, one feature object per input line out, in order; bad lines reported."""

import json

from typer.testing import CliRunner

from pipelines.cli import app


def test_enrich_keeps_order_shares_company_facts_and_reports_bad_lines(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text("\n".join([
        json.dumps({"id": "a1", "title": "Senior Data Scientist", "company": "Ledgerline", "location": "New York, NY",
                    "description": "Ledgerline builds reconciliation software for banks (B2B SaaS, 40 people). "
                                   "Requirements: BS in CS or equivalent practical experience; 5+ years of Python. "
                                   "Salary: $150k-180k."}),
        "not json",
        json.dumps({"id": "a2", "title": "ML Engineer", "company": "Ledgerline Inc.",
                    "description": "You do not need a degree. 2+ years of PyTorch."}),
        json.dumps(["a list"]),
    ]) + "\n")
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(app, ["enrich", "--input", str(source), "--output", str(target)])
    assert result.exit_code == 1, result.output
    rows = [json.loads(line) for line in target.read_text().splitlines()]
    assert [r.get("id") or r.get("line") for r in rows] == ["a1", 2, "a2", 4]
    first, _, second, _ = rows
    assert (first["degree_requirement"], first["degree_level"], first["min_years_experience"]) == (
        "equivalent_ok", "bachelor", 5.0)
    assert (first["salary_min"], first["salary_max"], first["salary_currency"]) == (150000.0, 180000.0, "USD")
    assert (first["seniority"], first["role_family"], first["is_b2b"]) == ("senior", "data_scientist", True)
    assert second["degree_requirement"] == "not_required" and second["is_degree_free"] is True
    assert second["company_size_band"] == "11-50" == first["company_size_band"]  # one company, "Inc." or not
    assert "not JSON" in rows[1]["error"] and "expected an object" in rows[3]["error"]


def test_enrich_missing_file_is_a_readable_error(tmp_path):
    result = CliRunner().invoke(app, ["enrich", "--input", str(tmp_path / "nope.jsonl")])
    assert result.exit_code == 2 and "no such file" in " ".join(result.output.split())
