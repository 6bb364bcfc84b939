"""The matching labels (docs/quality.md) refer to real corpus postings, grade every profile 0/1/2, and
cover at least 100 postings per profile with some strong matches; the NDCG figures are measured by
bench/match_quality.py, not asserted here."""

import csv

from bench.corpus_postings import labelled_postings
from bench.match_quality import LABELS, PROFILES, load_labels
from models.profile import load_profiles


def test_labels_are_complete_and_refer_to_corpus_postings(corpus):
    with LABELS.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    names = [p.name for p in load_profiles(PROFILES)]
    assert set(rows[0]) == {"id", "pool", *names}
    assert len({r["id"] for r in rows}) == len(rows)
    labels = load_labels()
    for name in names:
        assert len(labels[name]) >= 100
        assert set(labels[name].values()) <= {0, 1, 2}
        assert sum(1 for g in labels[name].values() if g == 2) >= 5, name
    known = {p["id"] for p in labelled_postings(corpus)}
    assert {r["id"] for r in rows} <= known
