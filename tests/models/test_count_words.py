"""count_words and family_counts must count what the regular expressions they replace would count."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from models.enrich.role import _FAMILY_WORDS, family_counts
from models.enrich.text import count_words

# The reference: the one alternation role families were counted with before, scanned left to right.
_REFERENCE = re.compile(
    r"(?P<ai_engineer>\bllms?\b|\blarge language models?\b|\brag\b|\bprompt|\bagents?\b|\bfine-tun)|"
    r"(?P<ml_engineer>\bmachine learning\b|\bdeep learning\b|\bpytorch\b|\btensorflow\b|\bmodel)|"
    r"(?P<data_engineer>\betl\b|\bpipelines?\b|\bairflow\b|\bspark\b|\bwarehouse\b|\bdbt\b)|"
    r"(?P<analyst>\bdashboards?\b|\btableau\b|\blooker\b|\bpower bi\b|\breporting\b)")


def _reference_counts(lower: str) -> dict[str, int]:
    counts = dict.fromkeys(_FAMILY_WORDS, 0)
    for match in _REFERENCE.finditer(lower):
        counts[match.lastgroup] += 1  # type: ignore[index]
    return counts


def test_word_ends() -> None:
    assert count_words("llm, llms and llmsx", "llm", "s") == 2
    assert count_words("rag ragged storage rag_x rag", "rag") == 2
    assert count_words("models, modelling, remodel", "model", "*") == 2
    assert count_words("agents agent agentic", "agent", "s") == 2
    assert count_words("", "llm") == 0
    assert count_words("é-llm ällm 1llm _llm llm", "llm") == 2  # letters and digits of any script join a word


def test_large_language_models_count_once_for_ai() -> None:
    counts = family_counts("we fine-tune large language models and other models")
    assert counts["ai_engineer"] == 2 and counts["ml_engineer"] == 1
    # "large language modeling" is not the AI phrase: its "modeling" is an ML word
    assert family_counts("large language modeling")["ml_engineer"] == 1


WORDS = ["llm", "llms", "large language model", "large language models", "large language modeling", "rag", "ragged",
         "prompting", "agent", "agents", "agentic", "fine-tuning", "machine learning", "deep learning", "pytorch",
         "tensorflow", "model", "modelling", "remodel", "etl", "pipelines", "airflow", "spark", "sparkly", "warehouse",
         "dbt", "dashboards", "tableau", "looker", "power bi", "reporting", "s", "_", "é", "1", " ", ", ", ".", "-"]


@settings(max_examples=3000, deadline=None)
@given(st.lists(st.sampled_from(WORDS), max_size=30), st.sampled_from(["", " "]))
def test_same_counts_as_the_regular_expression(parts: list[str], glue: str) -> None:
    lower = glue.join(parts)
    assert family_counts(lower) == _reference_counts(lower)
