"""The platforms' own fields reach the rules: a parser's `attributes`, under the names the parser stores them,
decide degree and years through posting_features, as they do in the asset."""

import json

import pytest

from models.enrich.experience import extract_experience, structured_years
from models.enrich.posting import description_of, posting_features
from scrapers.platforms import jsonld, personio
from scrapers.sources import Source
from tests.scrapers.scenarios import fixture


def features_of(posting):
    row = {"title": posting.title, "company": posting.company, "description_text": posting.description_text,
           "attributes": posting.attributes, "locations": posting.locations, "work_mode": posting.work_mode}
    return posting_features(row)


def test_schema_org_credential_and_months_from_the_jsonld_parser():
    source = Source(platform="jsonld", pages=["https://quillworks.example.com/careers"])
    (posting,) = jsonld.parse_page(fixture("careers_graph.html"), "https://quillworks.example.com/careers",
                                   source, "page")
    features = features_of(posting)  # the text names no degree and no years: only the structured fields do
    assert (features["degree_requirement"], features["degree_level"]) == ("equivalent_ok", "bachelor")
    assert features["degree_evidence"] == "experience_in_place_of_education: true"
    assert (features["min_years_experience"], features["experience_evidence"]) == (3.0, "experience_months: 36")


def test_schema_org_qualifications_are_read_like_the_description():
    item = {"@context": "https://schema.org", "@type": "JobPosting", "title": "Data Engineer",
            "hiringOrganization": {"@type": "Organization", "name": "Quillworks"},
            "description": "<p>Build pipelines for insurers.</p>",
            "qualifications": "<ul><li>Bachelor's degree in CS or equivalent practical experience</li>"
                              "<li>4+ years of experience with Spark</li></ul>"}
    page = f'<script type="application/ld+json">{json.dumps(item)}</script>'
    source = Source(platform="jsonld", pages=["https://quillworks.example.com/jobs/1"])
    (posting,) = jsonld.parse_page(page, "https://quillworks.example.com/jobs/1", source, "job")
    assert posting.description_text == "Build pipelines for insurers."
    features = features_of(posting)
    assert (features["degree_requirement"], features["min_years_experience"]) == ("equivalent_ok", 4.0)
    assert features["experience_evidence"] == "4+ years of experience with Spark"


def test_requirement_fields_already_in_the_description_are_not_read_twice():
    posting = {"description": "Requirements:\nBS in CS", "attributes": {"qualifications": "BS in CS"}}
    assert description_of(posting) == "Requirements:\nBS in CS"
    posting["attributes"]["experience_requirements"] = "2 years of SQL"
    assert description_of(posting) == "Requirements:\nBS in CS\nExperience requirements:\n2 years of SQL"


def test_personio_years_of_experience_when_the_text_gives_none():
    (posting,) = personio.parse_feed(personio.safe_xml(fixture("personio_feed.xml").encode()),
                                     Source(platform="personio", token="acme", company="Fieldnote"))
    assert posting.attributes["years_of_experience"] == "2-5"
    assert features_of(posting)["experience_evidence"] == "2+ years with Python"  # the text states a figure
    posting.description_text = posting.description_text.replace("• 2+ years with Python\n", "")
    features = features_of(posting)
    assert (features["min_years_experience"], features["max_years_experience"]) == (2.0, 5.0)
    assert features["experience_evidence"] == "years_of_experience: 2-5"


@pytest.mark.parametrize("value, low, high", [
    ("lt-1", 0.0, 1.0), ("1-2", 1.0, 2.0), ("2-5", 2.0, 5.0), ("7+", 7.0, None), ("gt-7", 7.0, None),
    ("5 or more", 5.0, None), ("experienced", None, None), ("", None, None),
])
def test_structured_years(value, low, high):
    result = structured_years({"years_of_experience": value})
    assert (result.min_years_experience, result.max_years_experience) == (low, high)


def test_a_figure_in_the_text_wins_over_the_field():
    result = extract_experience("Requirements:\n- 6+ years of Python", {"years_of_experience": "2-5"})
    assert (result.min_years_experience, result.experience_evidence) == (6.0, "6+ years of Python")
    assert structured_years({"experience_months": True}).min_years_experience is None  # not a number
