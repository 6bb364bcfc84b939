import pytest

from scrapers.items import Posting, Reject
from scrapers.platforms.fields import ShapeError
from scrapers.platforms.lever import LeverBoardSpider, parse_board


def posting(**overrides):
    """One posting in the exact shape of GET /v0/postings/{company}?mode=json."""
    base = {
        "additional": "<div>We offer equity.</div>",
        "additionalPlain": "We offer equity.",
        "categories": {"commitment": "Full-time", "location": "Pittsburgh, PA", "team": "Perception",
                       "allLocations": ["Pittsburgh, PA", "Remote - US"]},
        "createdAt": 1762336800000,
        "descriptionPlain": "We build picking robots.",
        "description": "<div>We build picking robots.</div>",
        "id": "3f1c2a9e-5b7d-4e61-9a0c-1d2e3f4a5b6c",
        "lists": [{"text": "What you bring", "content": "<li>PyTorch</li><li>OpenCV</li>"}],
        "text": "Computer Vision Engineer",
        "country": "US",
        "workplaceType": "on-site",
        "salaryRange": {"currency": "usd", "interval": "per-year-salary", "min": 130000, "max": 160000},
        "hostedUrl": "https://jobs.lever.co/fernhill/3f1c2a9e-5b7d-4e61-9a0c-1d2e3f4a5b6c",
        "applyUrl": "https://jobs.lever.co/fernhill/3f1c2a9e-5b7d-4e61-9a0c-1d2e3f4a5b6c/apply",
    }
    base.update(overrides)
    return base


def test_fields(source_factory):
    (p,) = parse_board([posting()], source_factory("lever", "fernhill", company="Fernhill Robotics"))
    assert isinstance(p, Posting)
    assert p.title == "Computer Vision Engineer"
    assert p.company == "Fernhill Robotics"
    assert p.posted_at == "2025-11-05T10:00:00+00:00"  # epoch milliseconds, not seconds
    assert p.work_mode == "onsite"
    assert p.employment_type == "full-time"
    assert p.department == "Perception"
    assert p.locations == ["Pittsburgh, PA", "Remote - US"]
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (130000, 160000, "USD", "year")
    assert p.apply_url.endswith("/apply")


def test_description_includes_lists_and_closing(source_factory):
    (p,) = parse_board([posting()], source_factory("lever"))
    assert [line for line in p.description_text.splitlines() if line] == [
        "We build picking robots.", "What you bring", "• PyTorch", "• OpenCV", "We offer equity."]


def test_hourly_salary_and_missing_range(source_factory):
    hourly = posting(salaryRange={"currency": "USD", "interval": "per-hour-wage", "min": 38, "max": 45})
    without = posting(id="x2")
    del without["salaryRange"]
    first, second = parse_board([hourly, without], source_factory("lever"))
    assert first.salary_period == "hour"
    assert second.salary_min is None and second.salary_period is None


def test_single_posting_object_and_reject(source_factory):
    (p,) = parse_board(posting(), source_factory("lever"))
    assert p.source_posting_id == "3f1c2a9e-5b7d-4e61-9a0c-1d2e3f4a5b6c"
    (r,) = parse_board([posting(text="")], source_factory("lever"))
    assert isinstance(r, Reject) and "title" in r.reason


def test_error_body_is_a_shape_error(source_factory):
    with pytest.raises(ShapeError, match="Document not found"):
        parse_board({"ok": False, "error": "Document not found"}, source_factory("lever"))


def test_eu_region_uses_eu_host(source_factory):
    spider = LeverBoardSpider.__new__(LeverBoardSpider)
    assert spider.board_url(source_factory("lever", "tidepool", region="eu")) == \
        "https://api.eu.lever.co/v0/postings/tidepool?mode=json"
    assert spider.board_url(source_factory("lever", "tidepool")) == \
        "https://api.lever.co/v0/postings/tidepool?mode=json"
