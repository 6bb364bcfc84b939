import pytest

from scrapers.items import Posting, Reject
from scrapers.platforms.ashby import parse_board
from scrapers.platforms.fields import ShapeError


def salary(lo, hi, currency="USD", interval="1 YEAR"):
    return {"compensationType": "Salary", "interval": interval, "currencyCode": currency, "minValue": lo, "maxValue": hi}


def job(**overrides):
    """One job in the exact shape of GET /posting-api/job-board/{name}?includeCompensation=true."""
    base = {
        "id": "2b9e1f3a-7c4d-4e5f-8a9b-0c1d2e3f4a5b",
        "title": "Applied Scientist",
        "department": "Engineering",
        "team": "ML",
        "employmentType": "FullTime",
        "location": "New York",
        "shouldDisplayCompensationOnJobPostings": True,
        "secondaryLocations": [{"location": "Remote (US)", "address": {"postalAddress": {"addressCountry": "USA"}}}],
        "publishedAt": "2026-11-14T15:20:11.204+00:00",
        "isListed": True,
        "isRemote": True,
        "workplaceType": "Hybrid",
        "address": {"postalAddress": {"addressLocality": "New York"}},
        "jobUrl": "https://jobs.ashbyhq.com/ledgerline/2b9e1f3a-7c4d-4e5f-8a9b-0c1d2e3f4a5b",
        "applyUrl": "https://jobs.ashbyhq.com/ledgerline/2b9e1f3a-7c4d-4e5f-8a9b-0c1d2e3f4a5b/application",
        "descriptionHtml": "<p>We read invoices.</p>",
        "descriptionPlain": "We read invoices.",
        "compensation": {
            "compensationTierSummary": "$165K – $230K",
            "scrapeableCompensationSalarySummary": "$165K - $230K",
            "compensationTiers": [
                {"id": "t1", "tierSummary": "NYC", "title": "NYC", "additionalInformation": None,
                 "components": [salary(180000, 230000), {"compensationType": "EquityPercentage", "interval": "NONE",
                                                          "currencyCode": None, "minValue": 0.1, "maxValue": 0.2}]},
                {"id": "t2", "tierSummary": "Remote", "title": "Remote", "additionalInformation": None,
                 "components": [salary(165000, 205000)]},
            ],
            "summaryComponents": [salary(165000, 230000)],
        },
    }
    base.update(overrides)
    return base


def board(*jobs):
    return {"apiVersion": "1", "jobs": list(jobs)}


def test_fields_and_salary_across_tiers(source_factory):
    (p,) = parse_board(board(job()), source_factory("ashby", "ledgerline", company="Ledgerline"))
    assert isinstance(p, Posting)
    assert p.company == "Ledgerline"
    assert p.work_mode == "hybrid"  # workplaceType wins over isRemote
    assert p.employment_type == "full-time"
    assert p.locations == ["New York", "Remote (US)"]
    assert (p.salary_min, p.salary_max, p.salary_currency, p.salary_period) == (165000, 230000, "USD", "year")
    assert p.description_text == "We read invoices."
    assert p.payload["compensation"]["compensationTiers"][0]["title"] == "NYC"  # tiers kept raw


def test_is_remote_used_only_without_workplace_type(source_factory):
    (p,) = parse_board(board(job(workplaceType=None)), source_factory("ashby"))
    assert p.work_mode == "remote"
    (q,) = parse_board(board(job(workplaceType=None, isRemote=None, location="Berlin", secondaryLocations=[])),
                       source_factory("ashby"))
    assert q.work_mode == "unknown"


def test_mixed_currencies_give_no_salary(source_factory):
    comp = {"compensationTiers": [{"components": [salary(1, 2)]}, {"components": [salary(1, 2, "EUR")]}]}
    (p,) = parse_board(board(job(compensation=comp)), source_factory("ashby"))
    assert p.salary_min is None and p.salary_currency is None


def test_unlisted_jobs_are_skipped_and_untitled_rejected(source_factory):
    results = parse_board(board(job(isListed=False), job(id="b", title=" ")), source_factory("ashby"))
    assert len(results) == 1 and isinstance(results[0], Reject) and results[0].source_posting_id == "b"


def test_empty_board(source_factory):
    assert parse_board(board(), source_factory("ashby")) == []


def test_shape_error(source_factory):
    with pytest.raises(ShapeError):
        parse_board([job()], source_factory("ashby"))
