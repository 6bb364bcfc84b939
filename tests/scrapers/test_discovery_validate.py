"""A guessed board is used only when its API answers and names the company we looked for."""

import json

from scrapers.discovery.validate import names_match, validate
from scrapers.platforms.personio import safe_xml
from tests.scrapers.scenarios import fixture


def test_names_match():
    assert names_match("Acme Labs", "ACME LABS, Inc.")
    assert names_match("Fieldnote", "Fieldnote GmbH")
    assert names_match("acme-labs", "Acme Labs")
    assert not names_match("Acme", "Acmeville Foods")
    assert not names_match("", "Acme")


def test_board_naming_the_company_is_valid():
    result = validate("workable", "acme", "Acme Analytics", json.loads(fixture("workable_list.json")))
    assert result.is_valid and result.board_company == "Acme Analytics" and result.jobs == 2
    result = validate("greenhouse", "acme", "Acme", {"name": "Acme", "content": "<p>About</p>"})
    assert result.is_valid and "is 'Acme'" in result.reason


def test_mismatched_token_is_refused_with_the_other_company_named():
    data = json.loads(fixture("recruitee_offers.json"))  # the board of Pricefox
    result = validate("recruitee", "acme", "Acme Analytics", data)
    assert not result.is_valid
    assert result.reason == "recruitee board 'acme' belongs to 'Pricefox', not 'Acme Analytics'"
    sr = validate("smartrecruiters", "Gridwise", "Grid Solutions", json.loads(fixture("smartrecruiters_list_0.json")))
    assert not sr.is_valid and sr.board_company == "Gridwise Energy"


def test_platforms_without_a_company_name_fall_back_to_the_token():
    assert validate("ashby", "fieldnote", "Fieldnote", {"apiVersion": "1", "jobs": []}).is_valid
    assert not validate("ashby", "fieldnotes-inc", "Quillworks", {"apiVersion": "1", "jobs": []}).is_valid
    assert validate("lever", "acme-labs", "Acme Labs", []).is_valid
    feed = safe_xml(fixture("personio_feed.xml").encode())
    assert validate("personio", "fieldnote", "Fieldnote", feed).board_company == "Fieldnote GmbH"


def test_wrong_shape_is_not_valid():
    result = validate("greenhouse", "acme", "Acme", ["not", "a", "board"])
    assert not result.is_valid and "not the greenhouse API's shape" in result.reason
