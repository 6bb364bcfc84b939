"""`byway init` and `byway rank` as a user runs them (the real model, a postings file of their own)."""

import json

from typer.testing import CliRunner

from pipelines.cli import app

POSTINGS = [
    {"id": "vision", "title": "Computer Vision Engineer", "company": "Fernhill Robotics", "location": "Remote",
     "description": "What You Will Do:\nTrain grasp detection models on RGB-D images so our robot arms pick "
                    "parcels.\nRequirements\nBS in CS or equivalent practical experience.",
     "posted_at": "2026-11-20T00:00:00Z"},
    {"id": "payroll", "title": "Payroll Specialist", "company": "Ledgerline", "location": "Remote",
     "description": "Run the monthly payroll, reconcile benefits deductions and answer employee questions."},
    {"id": "big", "title": "Computer Vision Researcher", "company": "Google", "location": "Mountain View, CA",
     "description": "Research object detection for robot manipulation. PhD in Computer Science required."},
]
PROFILE = ("name: vision\nspecialization: I build object detection models for robot grasping from camera "
           "images.\nhas_degree: false\navoid_big_names: true\n")


def _files(tmp_path):
    postings = tmp_path / "postings.jsonl"
    postings.write_text("\n".join(json.dumps(p) for p in POSTINGS) + "\n{broken\n")
    profile = tmp_path / "vision.yaml"
    profile.write_text(PROFILE)
    return postings, profile


def test_rank_jsonl_prints_kept_postings_in_rank_order_with_components(tmp_path, minilm):
    postings, profile = _files(tmp_path)
    result = CliRunner().invoke(app, ["rank", "--profile", str(profile), "--input", str(postings),
                                      "--format", "jsonl"])
    assert result.exit_code == 1  # the broken line is reported, the rest still ranked
    assert "postings.jsonl:4: not JSON" in result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["id"] for r in rows] == ["vision", "payroll"]
    assert [r["rank"] for r in rows] == [1, 2]
    assert set(rows[0]) >= {"id", "rank", "score", "semantic", "off_path", "degree_free", "recency", "salary",
                            "explanation", "evidence"}
    assert rows[0]["semantic"] > rows[1]["semantic"] + 0.2
    assert "no degree required ('BS in CS or equivalent practical experience.')" in rows[0]["explanation"]


def test_rank_show_filtered_adds_the_filtered_with_reasons_and_top_limits(tmp_path, minilm):
    postings, profile = _files(tmp_path)
    result = CliRunner().invoke(app, ["rank", "-p", str(profile), "-i", str(postings), "-f", "jsonl",
                                      "--top", "1", "--show-filtered"])
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["id"], r["rank"]) for r in rows] == [("vision", 1), ("big", None)]
    assert rows[1]["filter_reasons"] == ["requires a degree", "big-name company"]
    table = CliRunner().invoke(app, ["rank", "-p", str(profile), "-i", str(postings), "--top", "1"])
    assert "vision: 2 of 3 postings kept" in table.stdout and "Computer Vision" in table.stdout


def test_rank_refuses_a_bad_profile_with_file_and_key(tmp_path):
    postings, profile = _files(tmp_path)
    profile.write_text(PROFILE + "remote: sometimes\n")
    result = CliRunner().invoke(app, ["rank", "-p", str(profile), "-i", str(postings)])
    assert result.exit_code == 2
    assert f"{profile}: remote: Input should be 'any', 'remote_only' or 'remote_or_hybrid'" in result.output
    assert "Traceback" not in result.output
    bad_format = CliRunner().invoke(app, ["rank", "-p", str(profile), "-i", str(postings), "-f", "xml"])
    assert bad_format.exit_code == 2 and "expected table or jsonl" in bad_format.output


def test_init_writes_a_template_that_validates_and_never_overwrites(tmp_path, monkeypatch):
    from models.profile import load_profile

    monkeypatch.setenv("BYWAY_HOME", str(tmp_path))
    monkeypatch.delenv("BYWAY_PROFILES", raising=False)
    result = CliRunner().invoke(app, ["init", "cv-medical"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "profiles" / "cv-medical.yaml"
    assert load_profile(path).name == "cv-medical"
    again = CliRunner().invoke(app, ["init", "cv-medical"])
    assert again.exit_code == 2 and "already exists" in again.output
    assert CliRunner().invoke(app, ["init", "cv-medical", "--force"]).exit_code == 0
    assert CliRunner().invoke(app, ["init", "Bad Name"]).exit_code == 2
