import html

import pytest

from scrapers.items import Posting, Reject
from scrapers.platforms.fields import ShapeError
from scrapers.platforms.greenhouse import parse_board

CONTENT = "<h3>About</h3><p>We build forecasting for distributors &amp; grocers.</p><ul><li>Python</li><li>SQL</li></ul>"


def job(**overrides):
    """One job in the exact shape of GET /v1/boards/{token}/jobs?content=true."""
    base = {
        "absolute_url": "https://job-boards.greenhouse.io/acme/jobs/4001",
        "data_compliance": [{"type": "gdpr", "requires_consent": False}],
        "internal_job_id": 3001,
        "location": {"name": "Remote (US); Chicago, IL"},
        "metadata": [{"id": 1, "name": "Workplace Type", "value": "Hybrid", "value_type": "single_select"}],
        "id": 4001,
        "updated_at": "2026-11-02T10:00:00-05:00",
        "requisition_id": "R-1",
        "title": "  Machine Learning Engineer ",
        "company_name": "Acme Forecasting",
        "first_published": "2026-10-30T09:00:00-05:00",
        "language": "en",
        "content": html.escape(CONTENT),
        "departments": [{"id": 9, "name": "Data Science ", "child_ids": [], "parent_id": None}],
        "offices": [{"id": 7, "name": "Chicago", "location": "Chicago, IL", "child_ids": [], "parent_id": None}],
        "education": "education_required",
    }
    base.update(overrides)
    return base


def test_content_is_unescaped_exactly_once(source_factory):
    (posting,) = parse_board({"jobs": [job()], "meta": {"total": 1}}, source_factory())
    assert isinstance(posting, Posting)
    # One unescape turns &lt;p&gt; into <p>; the author's own &amp; stays an entity in the HTML.
    assert posting.description_html == CONTENT
    assert "distributors & grocers" in posting.description_text
    assert "• Python" in posting.description_text


def test_normalised_fields(source_factory):
    (posting,) = parse_board({"jobs": [job()]}, source_factory())
    assert posting.source_posting_id == "4001"
    assert posting.title == "Machine Learning Engineer"
    assert posting.company == "Acme Forecasting"
    assert posting.locations == ["Remote (US)", "Chicago, IL"]
    assert posting.work_mode == "hybrid"  # the structured label wins over "Remote" in the location
    assert posting.department == "Data Science"
    assert posting.posted_at == "2026-10-30T09:00:00-05:00"
    assert posting.url == posting.apply_url == "https://job-boards.greenhouse.io/acme/jobs/4001"


def test_education_form_flag_is_kept_raw_but_never_read(source_factory):
    (posting,) = parse_board({"jobs": [job()]}, source_factory())
    assert posting.payload["education"] == "education_required"
    assert "education" not in {k for k, v in vars(posting).items() if k != "payload"}


def test_work_mode_falls_back_to_location_text(source_factory):
    (posting,) = parse_board({"jobs": [job(metadata=None, location={"name": "Remote - Canada"})]}, source_factory())
    assert posting.work_mode == "remote"


def test_list_without_content_still_parses(source_factory):
    listing = job()
    del listing["content"]
    (posting,) = parse_board({"jobs": [listing]}, source_factory())
    assert posting.description_html is None and posting.description_text is None


def test_single_job_response(source_factory):
    (posting,) = parse_board(job(id=8026689), source_factory())
    assert posting.source_posting_id == "8026689"


@pytest.mark.parametrize(
    ("overrides", "reason"),
    [({"title": "   "}, "no title"), ({"id": None}, "no id"), ({"absolute_url": "javascript:alert(1)"}, "absolute_url")],
)
def test_bad_jobs_become_rejects(source_factory, overrides, reason):
    (result,) = parse_board({"jobs": [job(**overrides)]}, source_factory())
    assert isinstance(result, Reject)
    assert reason in result.reason


def test_company_falls_back_to_configured_name(source_factory):
    (posting,) = parse_board({"jobs": [job(company_name=None)]}, source_factory(company="Acme Inc"))
    assert posting.company == "Acme Inc"


@pytest.mark.parametrize("data", [[], {"error": "nope"}, "text", {"jobs": "x"}])
def test_unexpected_shapes_raise(source_factory, data):
    with pytest.raises(ShapeError):
        parse_board(data, source_factory())
