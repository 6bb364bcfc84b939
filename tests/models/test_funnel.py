from datetime import UTC, date, datetime, timedelta

import pytest

from models.funnel import StatusError, funnel, furthest, weekly

T0 = datetime(2026, 11, 2, 9, tzinfo=UTC)  # a Monday


def log(*steps: tuple[str, str, int]) -> list[dict]:
    return [{"posting_id": p, "status": s, "at": T0 + timedelta(days=d)} for p, s, d in steps]


def test_a_rung_implies_the_ones_below_and_rejected_implies_applied():
    assert furthest(["onsite"]) == "onsite"
    assert furthest(["applied", "screen", "rejected"]) == "screen"
    assert furthest(["rejected"]) == "applied"
    assert furthest(["dismissed"]) is None


def test_counts_and_rates_per_stage():
    events = log(("a", "applied", 0), ("b", "applied", 0), ("c", "applied", 1), ("d", "applied", 1),
                 ("a", "screen", 5), ("b", "onsite", 9), ("b", "offer", 15), ("c", "rejected", 6),
                 ("x", "dismissed", 2))
    result = funnel(events)
    assert result.reached == {"applied": 4, "screen": 2, "onsite": 1, "offer": 1, "accepted": 0}
    assert result.rates == {"reply": 0.5, "onsite_per_screen": 0.5, "offer_per_onsite": 1.0}
    assert (result.rejected, result.dismissed) == (1, 1)


def test_projection_uses_benchmarks_until_there_is_enough_data():
    # 4 applications: too few for your own reply rate -> 10% x 80% x 25% = 2% per application -> 100 for 2 offers
    result = funnel(log(*[(f"p{i}", "applied", 0) for i in range(4)]))
    assert result.used["reply"] == (0.10, "benchmark")
    assert result.applications_for_target == 100
    assert result.more_applications == 96
    assert any("~96 more applications for 2 offers" in line for line in result.advice)


def test_projection_uses_your_reply_rate_once_measured():
    events = log(*[(f"p{i}", "applied", 0) for i in range(20)], *[(f"p{i}", "screen", 3) for i in range(4)])
    result = funnel(events)
    assert result.used["reply"] == (0.2, "yours")
    assert result.applications_for_target == 50  # 2 / (0.2 * 0.8 * 0.25)
    assert result.more_applications == 30
    assert any("Your reply rate is 20% from 20 applications, above" in line for line in result.advice)


def test_zero_replies_fall_back_to_the_benchmark_and_say_so():
    result = funnel(log(*[(f"p{i}", "applied", 0) for i in range(12)]))
    assert result.used["reply"] == (0.10, "benchmark")
    assert any("No replies yet" in line for line in result.advice)


def test_an_empty_log_explains_what_to_do():
    result = funnel([])
    assert result.reached["applied"] == 0
    assert "byway mark POSTING_ID applied" in result.advice[0]


def test_weekly_counts_first_reach_per_monday():
    rows = weekly(log(("a", "applied", 0), ("a", "applied", 1), ("b", "applied", 8), ("a", "screen", 9)))
    assert [r["week_date"] for r in rows] == [date(2026, 11, 2), date(2026, 11, 9)]
    assert (rows[0]["applied"], rows[1]["applied"], rows[1]["screen"]) == (1, 1, 1)


def test_unknown_status_is_refused_with_the_vocabulary():
    with pytest.raises(StatusError, match="expected one of applied, screen"):
        funnel(log(("a", "ghosted", 0)))
