"""Matching end to end on the demo replay with the real model: posting_chunks, matches, the view and the CLI."""

import json

import pytest
from dagster import DagsterInstance
from typer.testing import CliRunner

from models.embed import DEFAULT_MODEL
from pipelines.cli import app
from tests.conftest import REPO
from tests.pipelines.harness import query, run_ingest

DEMO_SOURCES = REPO / "demo" / "sources.yaml"
DEMO_REPLAY = REPO / "demo" / "replay"
PROFILES = {
    "vision": "name: vision\nspecialization: >\n  I build computer vision models that detect objects in camera "
              "images so robot arms can pick them up.\nportfolio:\n  - title: Bin picking\n    description: "
              "grasp point detection for a warehouse robot from RGB-D images\nskills: [pytorch, opencv]\n",
    "forecast": "name: forecast\nspecialization: >\n  I forecast demand and sales time series for retailers "
                "and supply chains.\nremote: remote_only\nmust_not: [intern]\n",
}


def _materializations(result, key):
    return [e.event_specific_data.materialization for e in result.all_events
            if e.event_type_value == "ASSET_MATERIALIZATION"
            and e.event_specific_data.materialization.asset_key.to_user_string() == key]


@pytest.fixture(scope="module")
def ranked_home(tmp_path_factory):
    home = tmp_path_factory.mktemp("home")
    profiles = home / "profiles"
    profiles.mkdir()
    for name, text in PROFILES.items():
        (profiles / f"{name}.yaml").write_text(text)
    (profiles / "typo.yaml").write_text("name: typo\nspecialization: I do many things with data.\nremot: any\n")
    with DagsterInstance.ephemeral() as instance:
        first = run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, model=DEFAULT_MODEL, profiles=profiles)
        second = run_ingest(home, DEMO_SOURCES, DEMO_REPLAY, instance, model=DEFAULT_MODEL, profiles=profiles)
    return home, first, second


def test_every_open_job_is_embedded_once_and_a_warm_run_encodes_nothing(ranked_home):
    home, first, second = ranked_home
    cold = _materializations(first, "posting_chunks")[0].metadata
    warm = _materializations(second, "posting_chunks")[0].metadata
    assert cold["postings"].value == query(home, "SELECT count(*) FROM postings WHERE job_is_open "
                                                 "AND duplicate_of IS NULL")[0][0] > 0
    assert cold["encoded"].value == cold["unique_texts"].value > 0
    assert warm["encoded"].value == 0 and warm["cache_hits"].value == cold["unique_texts"].value
    assert query(home, "SELECT DISTINCT typeof(vector), model FROM posting_chunks") == [("FLOAT[384]", DEFAULT_MODEL)]


def test_the_job_whose_work_fits_each_profile_ranks_first(ranked_home):
    home, *_ = ranked_home
    top = dict(query(home, "SELECT profile, title FROM match_explanations WHERE rank = 1"))
    assert top == {"vision": "Computer Vision Engineer – Grasp Detection",
                   "forecast": "Machine Learning Engineer, Forecasting"}
    explanation = query(home, "SELECT explanation FROM match_explanations WHERE profile = 'vision' AND rank = 1")[0][0]
    assert explanation.startswith("matches your 'Bin picking' project: '")


def test_filters_are_applied_with_reasons(ranked_home):
    home, *_ = ranked_home
    rows = query(home, "SELECT title, filter_reasons FROM match_explanations WHERE profile = 'forecast' "
                       "AND is_filtered ORDER BY title")
    reasons = dict(rows)
    assert "mentions 'intern'" in reasons["Robotics Software Intern (Summer 2027)"]
    assert all(reason for _, reason in rows)
    kept_modes = {r[0] for r in query(home, "SELECT work_mode FROM match_explanations WHERE profile = 'forecast' "
                                            "AND NOT is_filtered")}
    assert kept_modes <= {"remote", "unknown"}


def test_matching_checks_pass(ranked_home):
    _, first, _ = ranked_home
    checks = {(e.asset_check_evaluation_data.asset_key.to_user_string(), e.asset_check_evaluation_data.check_name):
              e.asset_check_evaluation_data.passed
              for e in first.all_events if e.event_type_value == "ASSET_CHECK_EVALUATION"}
    assert checks[("posting_chunks", "passages_valid")]
    assert checks[("posting_chunks", "cache_consistent")]
    assert checks[("matches", "scores_and_ranks_valid")]


def test_shortlist_prints_the_latest_days_shortlist(ranked_home, monkeypatch):
    home, *_ = ranked_home
    monkeypatch.setenv("BYWAY_HOME", str(home))
    monkeypatch.delenv("BYWAY_DB", raising=False)
    result = CliRunner().invoke(app, ["shortlist", "--profile", "vision", "--top", "2", "--format", "jsonl"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["rank"] for r in rows] == [1, 2]
    assert rows[0]["title"] == "Computer Vision Engineer – Grasp Detection"
    missing = CliRunner().invoke(app, ["shortlist", "--profile", "nobody"])
    assert missing.exit_code == 2 and "profiles: forecast, vision" in missing.output


def test_a_broken_profile_is_skipped_with_its_reason_and_the_others_are_ranked(ranked_home):
    home, first, _ = ranked_home
    metadata = _materializations(first, "matches")[0].metadata
    assert "typo.yaml: remot: unknown key" in metadata["profile_errors"].value
    assert {r[0] for r in query(home, "SELECT DISTINCT profile FROM matches")} == {"vision", "forecast"}
