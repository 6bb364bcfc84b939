"""search_near must give the same answer as a full scan: it only skips text no match can start in."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enrich import company, flags, workmode
from models.enrich.text import finditer_at_words, first_at_words, joined_lower, search_near

# The gated patterns with the words they declare: each must hold one of its words in every match.
GATED = [
    (flags._VISA_NO, flags._VISA_NO_WORDS),
    (flags._VISA_YES, flags._VISA_YES_WORDS),
    (flags._TRAVEL, flags._TRAVEL_GATE),
    (flags._TRAVEL_WORDS, flags._TRAVEL_GATE),
    (flags._ON_CALL, flags._ON_CALL_WORDS),
    (workmode._HYBRID, workmode._HYBRID_WORDS),
    (workmode._REMOTE, workmode._REMOTE_WORDS),
    (workmode._NOT_REMOTE, workmode._NOT_REMOTE_WORDS),
    (workmode._ONSITE, workmode._ONSITE_WORDS),
    (workmode._LIMIT, ("remote",)),
    (company._TEAM_OF, ("team of", "crew of")),
    *[(pattern, company._FUNDING_WORDS[band]) for band, pattern in company._FUNDING],
]

# Fragments that build or nearly build matches of those patterns, and filler that pushes them apart.
FRAGMENTS = ["we", "will", "can", "do not", "are not able to", "sponsor", "sponsorship", "visa", "Visa Sponsorship",
             "is not available", "without", "US citizens only", "must be a U.S. citizen", "H1B transfers OK",
             "| visa |", "blue card", "travel", "Travel up to", "25%", "extensive travel", "on-call", "pager duty",
             "hybrid", "2 days a week in the office", "remote", "Remote (US only)", "fully remote", "not remote",
             "onsite only", "in person", "relocation to", "office", "team of 12", "crew of five", "seed stage",
             "Series B", "series c", "unicorn", "Fortune 500", "Y Combinator", ".", ",", "\n", "(", ")", "x" * 150]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=40), st.sampled_from(GATED))
def test_same_match_as_a_full_scan(parts: list[str], gated: tuple[re.Pattern[str], tuple[str, ...]]) -> None:
    pattern, words = gated
    text = " ".join(parts).lower()  # the patterns are caseless: they read lower-cased text
    expected = pattern.search(text)
    got = search_near(pattern, text, text, words)
    assert (got.span() if got else None) == (expected.span() if expected else None)


def test_a_match_running_past_its_window_is_read_whole() -> None:
    pattern = re.compile(r"sponsor\w*")
    text = "sponsor" + "s" * 500
    match = search_near(pattern, text, text.lower(), ("sponsor",), after=20)
    assert match is not None and match.end() == len(text)


def test_no_word_no_scan_and_no_match() -> None:
    text = "We hire engineers in Berlin. " * 200
    assert search_near(flags._VISA_YES, text, text.lower(), flags._VISA_YES_WORDS) is None


def test_a_text_whose_lower_case_changes_length_falls_back_to_a_full_scan() -> None:
    text = "İstanbul office. We will sponsor your visa."  # 'İ'.lower() is two characters
    lower = text.lower()
    assert len(lower) != len(text)
    match = search_near(re.compile(r"we will sponsor", re.I), text, lower, flags._VISA_YES_WORDS)
    assert match is not None and match.group(0) == "We will sponsor"


def test_the_rules_lower_case_keeps_positions() -> None:
    text = "İstanbul office. We will sponsor your visa."
    lower = joined_lower("Data Scientist", text)
    assert len(lower) == len("Data Scientist\n" + text)
    match = search_near(flags._VISA_YES, lower, lower, flags._VISA_YES_WORDS)
    assert match is not None and ("Data Scientist\n" + text)[match.start():match.end()] == "We will sponsor"


def test_windows_are_searched_left_to_right() -> None:
    text = ("We can sponsor visas. " + "filler " * 100 + "We will sponsor too.").lower()
    match = search_near(flags._VISA_YES, text, text, flags._VISA_YES_WORDS)
    assert match is not None and match.start() == 0


# Keyword patterns scanned only where one of their declared starts begins a word (text.finditer_at_words).
AT_WORDS = [(flags._AI, flags._AI_STARTS), (company._B2B, company._B2B_STARTS), (company._B2C, company._B2C_STARTS)]
KEYWORDS = ["machine learning", "deep learning", "artificial intelligence", "genai", "ai", "ml", "llm", "llms",
            "large language models", "neural networks", "gpt-4", "generative", "nlp", "computer vision", "pytorch",
            "tensorflow", "transformers", "data science", "email", "html", "b2b", "enterprise customers",
            "for businesses", "for teams", "for banks", "our clients", "saas", "helps companies", "customers include",
            "fortune 500 clients", "sells to enterprises", "business customers", "platform for data teams",
            "platform for", "for", "our", "help", "sell", "b2c", "consumers", "consumer goods companies",
            "millions of users", "our app", "our players", "app store", "downloads", "shoppers", "gamers", "x", "_",
            "é", "1", "-", ".", "\n", "(", ")"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(KEYWORDS), max_size=40), st.sampled_from(["", " "]),
       st.sampled_from(AT_WORDS))
def test_at_words_finds_what_finditer_finds(parts: list[str], glue: str,
                                            at_words: tuple[re.Pattern[str], tuple[str, ...]]) -> None:
    pattern, starts = at_words
    text = glue.join(parts)  # glued without blanks, keywords hide inside one another's words
    expected = [(m.span(), m.group(0)) for m in pattern.finditer(text)]
    assert [(m.span(), m.group(0)) for m in finditer_at_words(pattern, text, starts)] == expected


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(KEYWORDS), max_size=40), st.sampled_from(["", " "]),
       st.sampled_from(AT_WORDS))
def test_first_at_words_finds_the_first_match_search_finds(
        parts: list[str], glue: str, at_words: tuple[re.Pattern[str], tuple[str, ...]]) -> None:
    pattern, starts = at_words
    text = glue.join(parts)
    expected = pattern.search(text)
    got = first_at_words(pattern, text, starts)
    assert (got and (got.span(), got.group(0))) == (expected and (expected.span(), expected.group(0)))


def test_first_at_words_keeps_the_leftmost_match_not_the_first_word_found() -> None:
    # "ai" (at 24) is looked for and found first; "machine learning" starts before it and wins
    text = "xx machine learning and ai"
    assert first_at_words(flags._AI, text, ("ai", "machine learning")).group(0) == "machine learning"
    assert first_at_words(flags._AI, "the mail is ai-free", flags._AI_STARTS).span() == (12, 14)


def test_at_words_respects_the_word_boundary_before_a_start() -> None:
    text = "email the ai team; html and ml; genai"
    assert [m.group(0) for m in finditer_at_words(flags._AI, text, flags._AI_STARTS)] == ["ai", "ml", "genai"]
