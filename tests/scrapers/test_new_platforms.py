"""Field-by-field tests of the newer platform parsers on exact-shape fixtures (tests/fixtures)."""

import json

import pytest

from scrapers.items import Follow, Posting, Reject
from scrapers.platforms import (
    jsonld,
    personio,
    recruitee,
    remoteok,
    remotive,
    smartrecruiters,
    weworkremotely,
    workable,
)
from scrapers.platforms.fields import ShapeError
from scrapers.sources import Source
from tests.scrapers.scenarios import REMOTEOK, REMOTIVE, WWR, fixture


def src(platform, token="acme", **extra):
    return Source(platform=platform, token=token, **extra)


def test_workable_list_then_detail_keeps_education_experience_and_workplace():
    source = src("workable")
    follows = workable.parse_list(json.loads(fixture("workable_list.json")), source)
    assert [f.url for f in follows] == [
        "https://apply.workable.com/api/v2/accounts/acme/jobs/A1B2C3D4E5",
        "https://apply.workable.com/api/v2/accounts/acme/jobs/F6G7H8I9J0"]
    first = follows[0]
    posting = workable.parse_job(first.context["job"], json.loads(fixture("workable_detail_A1B2C3D4E5.json")),
                                 source, first.context["account"])
    assert posting.company == "Acme Analytics" and posting.title == "Machine Learning Engineer"
    assert posting.work_mode == "hybrid"  # the detail's workplace wins over the list's telecommuting flag
    assert posting.attributes == {"education": "Bachelor's Degree", "experience": "Mid-Senior level",
                                  "workplace": "hybrid", "telecommuting": True, "function": "Engineering",
                                  "industry": "Computer Software"}
    assert posting.locations == ["Berlin, Berlin, Germany"] and posting.department == "Data"
    assert "or equivalent practical experience" in posting.description_text
    assert posting.apply_url.endswith("/apply") and posting.posted_at == "2026-10-02T09:12:44.000Z"
    second = workable.parse_job(follows[1].context["job"], json.loads(fixture("workable_detail_F6G7H8I9J0.json")),
                                source)
    assert second.work_mode == "onsite" and second.employment_type == "part-time"
    with pytest.raises(ShapeError):
        workable.parse_list({"jobs": "nope"}, source)


def test_smartrecruiters_pages_until_total_found():
    source = src("smartrecruiters")
    page = smartrecruiters.parse_list(json.loads(fixture("smartrecruiters_list_0.json")), source)
    assert [type(r).__name__ for r in page] == ["Follow", "Follow", "Follow"]
    assert page[-1].url.endswith("?limit=100&offset=2") and page[-1].step == "board"
    last = smartrecruiters.parse_list(json.loads(fixture("smartrecruiters_list_2.json")), source)
    assert [f.step for f in last] == ["detail"]
    entry = last[0].context["entry"]
    posting = smartrecruiters.parse_detail(json.loads(fixture("smartrecruiters_detail_744000100000003.json")),
                                           entry, source)
    assert posting.attributes["experience_level"] == "internship" and posting.employment_type == "intern"
    remote = smartrecruiters.parse_detail(json.loads(fixture("smartrecruiters_detail_744000100000002.json")), {},
                                          source)
    assert remote.work_mode == "remote" and (remote.salary_min, remote.salary_period) == (70000, "year")
    assert remote.company == "Gridwise Energy" and remote.department == "Data"


def test_recruitee_offer_fields_and_untitled_reject():
    posting, untitled = recruitee.parse_board(json.loads(fixture("recruitee_offers.json")), src("recruitee"))
    assert isinstance(posting, Posting) and isinstance(untitled, Reject)
    assert untitled.reason == "offer has no title"
    assert posting.work_mode == "hybrid" and posting.company == "Pricefox"
    assert (posting.salary_min, posting.salary_max, posting.salary_currency, posting.salary_period) == (
        70000, 85000, "EUR", "year")
    assert posting.attributes == {"education_code": "bachelor_degree", "experience_code": "experienced",
                                  "remote": False, "hybrid": True}
    assert posting.employment_type == "full-time" and posting.locations == ["Amsterdam"]


def test_personio_position_fields_and_unsafe_xml():
    (posting,) = personio.parse_feed(personio.safe_xml(fixture("personio_feed.xml").encode()),
                                     src("personio", company="Fieldnote"))
    assert posting.url == "https://acme.jobs.personio.de/job/1834567"
    assert posting.locations == ["Munich", "Remote"] and posting.work_mode == "remote"
    assert posting.attributes["years_of_experience"] == "2-5" and posting.attributes["seniority"] == "experienced"
    assert (posting.salary_min, posting.salary_max, posting.salary_period) == (60000, 75000, "year")
    assert "No degree needed" in posting.description_text
    assert personio.parse_feed(personio.safe_xml(b"<workzag-jobs/>"), src("personio")) == []
    bomb = b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><workzag-jobs>' \
           b"<position><id>1</id><name>&b;</name></position></workzag-jobs>"
    parsed = personio.parse_feed(personio.safe_xml(bomb), src("personio"))
    assert "aaaaaaaaaa" not in json.dumps(parsed[0].payload)  # entities are not expanded
    with pytest.raises(ValueError, match="not well-formed"):
        personio.safe_xml(b"<workzag-jobs><position>")


def test_remote_boards_skip_notices_and_keep_attribution():
    (ok,) = remoteok.parse_board(REMOTEOK, None)
    assert ok.attributes["attribution"] == "Remote OK" and ok.salary_currency == "USD"
    assert ok.expires_at == "2026-12-02T16:00:00+00:00"
    (job,) = remotive.parse_board(REMOTIVE, None)
    assert job.attributes["salary_text"] == "€60k - €75k" and job.employment_type == "full-time"
    assert job.posted_at == "2026-11-01T08:00:00+00:00"
    (item,) = weworkremotely.parse_feed(personio.safe_xml(WWR.encode()), None)
    assert (item.company, item.title) == ("Acme", "Data Engineer")
    assert item.attributes["company_website"] == "https://acme.example.com"
    assert item.posted_at == "2026-11-02T10:00:00+00:00"


def test_jsonld_graph_fields_for_degree_and_experience():
    source = src("jsonld", pages=["https://quillworks.example.com/careers"])
    (posting,) = jsonld.parse_page(fixture("careers_graph.html"), "https://quillworks.example.com/careers",
                                   source, "page")
    assert posting.title == "NLP Engineer" and posting.company == "Quillworks"
    assert posting.source_posting_id == "QW-17" and posting.url == "https://quillworks.example.com/jobs/nlp-engineer"
    assert posting.work_mode == "remote" and posting.locations == ["Germany"]
    assert (posting.salary_min, posting.salary_max, posting.salary_currency, posting.salary_period) == (
        65000, 80000, "EUR", "year")
    assert posting.attributes["education_requirements"] == ["bachelor degree"]
    assert posting.attributes["experience_months"] == 36
    assert posting.attributes["experience_in_place_of_education"] is True
    assert posting.attributes["number_of_employees"] == 23
    assert posting.description_html == "<p>Build document-understanding models for insurers.</p>"
    assert posting.expires_at == "2027-01-15T00:00:00+00:00" and posting.employment_type == "full-time"


def test_jsonld_microdata_fallback_and_index_links():
    source = src("jsonld", pages=["https://tallyho.example.com/careers"])
    (posting,) = jsonld.parse_page(fixture("careers_microdata.html"), "https://tallyho.example.com/jobs/ae",
                                   source, "job")
    assert posting.title == "Analytics Engineer" and posting.company == "Tallyho"
    assert posting.locations == ["Lisbon, PT"]
    follows = jsonld.parse_page(fixture("careers_index.html"), "https://tallyho.example.com/careers", source, "page")
    assert follows == [Follow("https://tallyho.example.com/jobs/analytics-engineer", "job")]
    (reject,) = jsonld.parse_page(fixture("careers_index.html"), "https://tallyho.example.com/x", source, "job")
    assert "no schema.org JobPosting" in reject.reason
