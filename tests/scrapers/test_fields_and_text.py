from datetime import UTC, datetime

import pytest

from scrapers.html_text import html_to_text, repair_mojibake
from scrapers.items import content_hash
from scrapers.platforms.fields import clean, epoch_ms_to_iso, split_locations, work_mode_from_label, work_mode_from_text
from scrapers.retry import retry_after_seconds


def test_html_to_text_keeps_structure_and_drops_scripts():
    markup = "<h2>Role</h2><p>Build&nbsp;models.</p><script>alert(1)</script><ul><li>One</li><li>Two</li></ul>"
    assert html_to_text(markup) == "Role\nBuild models.\n• One\n• Two"
    assert html_to_text("") == "" and html_to_text(None) == ""


@pytest.mark.parametrize(
    ("label", "mode"), [("OnSite", "onsite"), ("on-site", "onsite"), ("Remote", "remote"), ("hybrid", "hybrid"),
                        ("unspecified", None), (None, None)])
def test_work_mode_labels(label, mode):
    assert work_mode_from_label(label) == mode


def test_work_mode_from_text():
    assert work_mode_from_text("Remote (US)") == "remote"
    assert work_mode_from_text("London - Hybrid") == "hybrid"
    assert work_mode_from_text("Berlin") == "unknown"


def test_split_locations_dedupes():
    assert split_locations("A; B", ["B", "C | D"], None) == ["A", "B", "C", "D"]


def test_epoch_ms():
    assert epoch_ms_to_iso(0) == "1970-01-01T00:00:00+00:00"
    assert epoch_ms_to_iso("1711403416463") is None and epoch_ms_to_iso(True) is None


def test_content_hash_ignores_key_order():
    assert content_hash({"a": 1, "b": [1, 2]}) == content_hash({"b": [1, 2], "a": 1})
    assert content_hash({"a": 1}) != content_hash({"a": 2})


def test_retry_after():
    now = datetime(2026, 11, 22, 12, 0, 0, tzinfo=UTC)
    assert retry_after_seconds(b"7") == 7.0
    assert retry_after_seconds("Sun, 22 Nov 2026 12:00:30 GMT", now=now) == 30.0
    assert retry_after_seconds("Sun, 22 Nov 2026 11:00:00 GMT", now=now) == 0.0
    assert retry_after_seconds("soon") is None and retry_after_seconds(None) is None


@pytest.mark.parametrize("text, repaired", [
    ("Bachelor\u00e2\u0080\u0099s degree", "Bachelor’s degree"),     # as RemoteOK's API sends it
    ("2\u00e2\u0080\u00935 years of experience", "2–5 years of experience"),
    ("caf\u00c3\u00a9 and Cr\u00c3\u00a8me", "caf\u00c3\u00a9 and Cr\u00c3\u00a8me"),  # no C1 control: left alone
    ("Zürich, São Paulo – “quoted”", "Zürich, São Paulo – “quoted”"),
    ("a lone \u0085 control", "a lone \u0085 control"),               # not a UTF-8 sequence
])
def test_repair_mojibake(text, repaired):
    assert repair_mojibake(text) == repaired


def test_text_and_fields_are_repaired():
    assert html_to_text("<li>Bachelor\u00e2\u0080\u0099s degree</li>") == "• Bachelor’s degree"
    assert clean("Product Manager \u00e2\u0080\u0093 Customer Care") == "Product Manager – Customer Care"
