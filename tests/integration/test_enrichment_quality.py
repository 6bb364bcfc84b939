"""The enrichment rules against the hand-labelled real postings (docs/quality.md): a regression floor
at the issue's targets on every label set, so a rule change that breaks a labelled case fails here."""

import pytest

from bench.quality import HELD_OUT_SETS, LABELS, evaluate


@pytest.mark.parametrize("labels", [LABELS, *HELD_OUT_SETS],
                         ids=["development", *(f"held-out-{n}" for n in range(1, len(HELD_OUT_SETS) + 1))])
def test_rules_meet_the_targets_on_labelled_postings(corpus, labels):
    result = evaluate(corpus, labels)
    assert result["total"] >= (150 if labels == LABELS else 30)
    wrong = [r["id"] for r in result["rows"] if not (r["degree_ok"] and r["years_ok"])]
    assert result["accuracy"]["degree"] >= 0.95, wrong
    assert result["accuracy"]["free"] >= 0.98, wrong
    assert result["accuracy"]["years"] >= 0.95, wrong


def test_labels_cover_every_class(corpus):
    classes = evaluate(corpus, LABELS)["classes"]
    assert all(classes[c] >= 5 for c in ("required", "equivalent_ok", "preferred", "not_required", "not_mentioned"))
