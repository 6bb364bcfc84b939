"""Limits on one posting: oversized, binary and badly encoded input is cut or rejected, with the reason."""

from scrapers.bounds import MAX_DESCRIPTION_CHARS, MAX_FIELD_CHARS, bounded
from scrapers.items import Posting, Reject, content_hash


def posting(**fields):
    base = {"source_posting_id": "1", "title": "Data Scientist", "company": "Acme", "url": "https://acme.test/1",
            "payload": {"id": 1}}
    return Posting(**{**base, **fields})


def test_an_ordinary_posting_is_untouched():
    original = posting(description_text="We forecast demand.\nTabs\tand newlines stay.")
    kept = bounded(posting(description_text="We forecast demand.\nTabs\tand newlines stay."))
    assert kept == original and "byway_cleaned" not in kept.attributes


def test_a_ten_megabyte_payload_is_rejected_with_its_size_and_an_excerpt():
    huge = "x" * (10 * 1024 * 1024)
    result = bounded(posting(payload={"id": 1, "description": huge}, description_text=huge))
    assert isinstance(result, Reject)
    assert "10.5 MB, over the 2 MB" in result.reason and len(result.payload) == 2_000


def test_long_text_is_cut_and_the_cut_is_noted():
    result = bounded(posting(description_html="y" * 150_000, title="T" * 5_000))
    assert isinstance(result, Posting)
    assert len(result.description_html) == MAX_DESCRIPTION_CHARS and len(result.title) == MAX_FIELD_CHARS
    assert result.attributes["byway_cleaned"] == ["description_html: cut from 150,000 to 100,000 characters",
                                                  "title: cut from 5,000 to 1,000 characters"]


def test_binary_junk_and_lone_surrogates_become_writable_text():
    result = bounded(posting(title="Data\x00 Scientist\x1b", payload={"t": "caf\udce9"},
                             description_text="r\udce9sum\u00e9\x00", locations=["Berlin\x00"]))
    assert isinstance(result, Posting)
    assert result.title == "Data Scientist" and result.locations == ["Berlin"]
    assert result.description_text == "r?sum\u00e9" and result.payload == {"t": "caf?"}
    content_hash(result.payload)  # hashable (UTF-8 encodable) now; it raised before the repair
    assert "payload: characters that are not valid Unicode replaced" in result.attributes["byway_cleaned"]


def test_a_title_of_nothing_but_junk_is_rejected():
    result = bounded(posting(title="\x00\x01\x02"))
    assert isinstance(result, Reject) and "title is empty" in result.reason
