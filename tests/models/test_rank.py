from datetime import UTC, datetime, timedelta

import pytest

from models.embed import HashingEmbedder
from models.filters import filter_reasons
from models.matching import VectorStore, match_batch
from models.profile import parse_profile

NOW = datetime(2026, 11, 20, 12, tzinfo=UTC)
PROFILE = """
name: cv
specialization: I train detection and segmentation models on surgical and endoscopy video for hospitals.
portfolio:
  - title: Surgical tool detection
    description: real-time detection of instruments in laparoscopic video
skills: [pytorch]
"""


def posting(pid: str, **fields):
    base = {"id": pid, "title": "Machine Learning Engineer", "company": "Kestrel Health",
            "description": "We build accounting software.", "is_open": True, "work_mode": "remote",
            "degree_requirement": "not_mentioned", "role_family": "ml_engineer", "seniority": "mid",
            "seniority_evidence": "title: Mid-level", "off_path_score": 0.5, "posted_at": NOW.isoformat()}
    return {**base, **fields}


def rank(profile_text: str, postings, **kwargs):
    return match_batch(parse_profile(profile_text), postings, VectorStore(HashingEmbedder(256)), now=NOW, **kwargs)


def test_the_posting_whose_work_matches_a_project_ranks_first_and_says_why():
    rows = rank(PROFILE, [
        posting("payroll", description="You will maintain payroll reports in Excel for the finance team."),
        posting("surgery", description="Requirements\nBachelor's degree or equivalent practical experience.\n"
                                       "What You Will Do:\nWe train detection models on laparoscopic video "
                                       "to find instruments in real time.",
                degree_requirement="equivalent_ok",
                degree_evidence="Bachelor's degree or equivalent practical experience.",
                company_size_band="11-50", is_b2b=True, posted_at=(NOW - timedelta(days=2)).isoformat()),
    ])
    assert [r["posting_id"] for r in rows] == ["surgery", "payroll"]
    assert [r["rank"] for r in rows] == [1, 2]
    best = rows[0]
    assert best["best_facet"] == "Surgical tool detection" and "laparoscopic video" in best["evidence"]
    assert best["explanation"].startswith("matches your 'Surgical tool detection' project: '")
    assert "no degree required ('Bachelor's degree or equivalent practical experience.')" in best["explanation"]
    assert "small (11-50 people) B2B company" in best["explanation"]
    assert best["explanation"].endswith("posted 2 days ago")
    assert [f["facet"] for f in best["facets"]] == ["specialization", "Surgical tool detection", "skills"]
    assert best["semantic"] > rows[1]["semantic"]


def test_the_score_is_the_weighted_sum_of_stored_components_and_a_zero_weight_removes_one():
    postings = [posting("a", off_path_score=0.9, posted_at=(NOW - timedelta(days=14)).isoformat()),
                posting("b", off_path_score=0.1, description="detection models on laparoscopic video")]
    for row in rank(PROFILE, postings):
        expected = (0.6 * row["semantic"] + 0.2 * row["off_path"] + 0.1 * row["degree_free"]
                    + 0.05 * row["recency"] + 0.05 * row["salary"])
        assert row["score"] == pytest.approx(expected, abs=1e-5)
    by_id = {r["posting_id"]: r for r in rank(PROFILE, postings)}
    assert by_id["a"]["recency"] == pytest.approx(0.5, abs=1e-3)
    only_off_path = rank(PROFILE + "weights: {semantic: 0, off_path: 1, degree_free: 0, recency: 0, salary: 0}\n",
                         postings)
    assert [(r["posting_id"], r["score"]) for r in only_off_path] == [("a", 0.9), ("b", 0.1)]


def test_filtered_postings_keep_their_score_get_no_rank_and_say_why():
    rows = rank(PROFILE + "has_degree: false\n", [
        posting("kept"),
        posting("needs-degree", degree_requirement="required", degree_evidence="BS in CS required"),
        posting("closed", is_open=False),
    ])
    assert [(r["posting_id"], r["rank"]) for r in rows][0] == ("kept", 1)
    filtered = {r["posting_id"]: r for r in rows if r["is_filtered"]}
    assert filtered["needs-degree"]["filter_reasons"] == ["requires a degree"]
    assert filtered["needs-degree"]["rank"] is None and filtered["needs-degree"]["score"] > 0
    assert filtered["needs-degree"]["explanation"].startswith("filtered: requires a degree — matches your")
    assert filtered["closed"]["filter_reasons"] == ["closed"]
    penalised = rank(PROFILE + "has_degree: false\ndegree_policy: penalise\n",
                     [posting("needs-degree", degree_requirement="required")])
    assert penalised[0]["rank"] == 1 and penalised[0]["degree_free"] == 0.0


@pytest.mark.parametrize("extra, fields, application, reason", [
    ("remote: remote_only\n", {"work_mode": "hybrid"}, None, "not remote (hybrid)"),
    ("remote: remote_or_hybrid\n", {"work_mode": "onsite"}, None, "onsite only"),
    ("locations: [Berlin, Germany]\n", {"work_mode": "onsite", "locations": ["Paris, France"]}, None,
     "located in Paris, France"),
    ("locations: [Germany]\n", {"work_mode": "remote", "remote_limited_to": "United States"}, None,
     "remote only from United States"),
    ("target_roles: [data_scientist]\n", {"role_family": "ml_engineer"}, None, "role family ml_engineer"),
    ("seniority: [junior]\n", {"seniority": "senior", "seniority_evidence": "title: Senior"}, None,
     "seniority senior"),
    ("needs_visa: true\n", {"visa_sponsorship": "not_offered"}, None, "no visa sponsorship"),
    ("min_salary: {amount: 90000, currency: USD}\n",
     {"salary_min": 30, "salary_max": 40, "salary_currency": "USD", "salary_period": "hour"}, None,
     "pays at most 83,200 USD/year"),
    ("avoid_big_names: true\n", {"is_big_name": True}, None, "big-name company"),
    ("exclude_companies: [kestrel health]\n", {}, None, "excluded company Kestrel Health"),
    ("must_not: [security clearance]\n", {"description": "Requires an active Security Clearance."}, None,
     "mentions 'security clearance'"),
    ("", {}, "applied", "already applied (applied)"),
    ("", {}, "dismissed", "dismissed"),
])
def test_each_hard_filter_names_its_reason(extra, fields, application, reason):
    profile = parse_profile(PROFILE + extra)
    assert filter_reasons(profile, posting("p", **fields), application) == [reason]


@pytest.mark.parametrize("extra, fields", [
    ("remote: remote_only\n", {"work_mode": "unknown"}),
    ("locations: [Berlin]\n", {"work_mode": "onsite", "locations": []}),
    ("locations: [Berlin]\n", {"work_mode": "remote", "remote_limited_to": None}),
    ("locations: [Germany]\n", {"work_mode": "onsite", "locations": ["Munich"], "countries": ["Germany"]}),
    ("seniority: [senior]\n", {"seniority": "mid", "seniority_evidence": "no level stated (default)"}),
    ("min_salary: {amount: 90000, currency: USD}\n", {}),
    ("min_salary: {amount: 90000, currency: USD}\n", {"salary_max": 50000, "salary_currency": "EUR"}),
    ("must_not: [clearance]\n", {"description": "We value clearances of tech debt."}),
])
def test_what_is_unknown_never_filters(extra, fields):
    assert filter_reasons(parse_profile(PROFILE + extra), posting("p", **fields)) == []


def test_applications_passed_to_ranking_filter_by_posting_id():
    rows = rank(PROFILE, [posting("a"), posting("b")], applications={"a": "screen"})
    assert [(r["posting_id"], r["rank"], r["filter_reasons"]) for r in rows] == [
        ("b", 1, []), ("a", None, ["already applied (screen)"])]
