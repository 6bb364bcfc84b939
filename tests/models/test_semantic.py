import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from models.profile import Facet
from models.semantic import FacetScores, best_passages, semantic_fit, similarities


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 4), min_size=0, max_size=30), st.integers(1, 4), st.integers(0, 2**31 - 1))
def test_best_passages_equals_a_loop_over_every_posting_and_facet(counts_seed, facets, seed):
    rng = np.random.default_rng(seed)
    owner = np.repeat(np.arange(len(counts_seed)), counts_seed)
    vectors = rng.normal(size=(len(owner), 8)).astype(np.float32)
    vectors = np.round(vectors, 1)  # ties happen: the first passage of a tie must win
    facet_vectors = rng.normal(size=(facets, 8)).astype(np.float32)
    found = best_passages(owner, similarities(vectors, facet_vectors), len(counts_seed) + 1)
    for posting in range(len(counts_seed) + 1):
        rows = np.flatnonzero(owner == posting)
        for column in range(facets):
            if len(rows) == 0:
                assert found.passage[posting, column] == -1 and found.cosine[posting, column] == 0
                continue
            sims = vectors[rows] @ facet_vectors[column]
            assert found.passage[posting, column] == rows[int(np.argmax(sims))]
            assert found.cosine[posting, column] == pytest.approx(float(sims.max()), abs=1e-5)


def test_passages_must_be_grouped_by_posting():
    with pytest.raises(ValueError, match="grouped by posting"):
        best_passages(np.array([0, 1, 0]), np.eye(3, dtype=np.float32), 2)


def test_semantic_fit_weighs_specialization_and_best_project_above_skills():
    facets = [Facet("specialization", "specialization", "s"), Facet("project", "A", "a"),
              Facet("project", "B", "b"), Facet("skills", "skills", "k")]
    cosine = np.array([[0.65, 0.10, 0.65, 0.10],    # specialization and project B match
                       [0.10, 0.10, 0.10, 0.65],    # only the skills list matches
                       [0.10, 0.10, 0.10, 0.10]], dtype=np.float32)
    fit, best = semantic_fit(facets, FacetScores(cosine, np.zeros(cosine.shape, dtype=np.int64)))
    assert fit == pytest.approx([0.8, 0.2, 0.0])
    assert list(best) == [0, 0, 0]  # ties go to the first work facet; skills explain only when nothing else does
    cosine[0] = [0.2, 0.1, 0.65, 0.1]
    _, best = semantic_fit(facets, FacetScores(cosine, np.zeros(cosine.shape, dtype=np.int64)))
    assert best[0] == 2


def test_semantic_fit_without_projects_rescales_the_rest():
    facets = [Facet("specialization", "specialization", "s"), Facet("skills", "skills", "k")]
    cosine = np.array([[0.65, 0.65]], dtype=np.float32)
    fit, _ = semantic_fit(facets, FacetScores(cosine, np.zeros((1, 2), dtype=np.int64)))
    assert fit == pytest.approx([1.0])


def test_the_summary_weighs_half_and_postings_without_one_are_judged_on_passages():
    from models.semantic import summary_cosine

    facets = [Facet("specialization", "specialization", "s")]
    passages = FacetScores(np.array([[0.65], [0.65]], dtype=np.float32), np.zeros((2, 1), dtype=np.int64))
    vectors = np.array([[1.0, 0.0]], dtype=np.float32)
    summary, present = summary_cosine(np.array([0]), similarities(vectors, np.array([[0.1, 0.995]], np.float32)), 2)
    assert list(present) == [True, False]
    assert summary[0, 0] == pytest.approx(0.1) and summary[1, 0] == 0
    fit, _ = semantic_fit(facets, passages, summary, present)
    assert fit == pytest.approx([0.5, 1.0])  # posting 0: best passage fits fully, its summary not at all
