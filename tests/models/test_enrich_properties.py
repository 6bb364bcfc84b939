"""Property tests: the classifiers never crash and always answer in their vocabulary, on any text.

Each runs on 10,000 generated texts (job-posting-like fragments, arbitrary Unicode, long run-on lines).
The deadline is a hang guard (10x the 50 ms target), not a benchmark: timing is measured in
bench/enrich.py, whose worst case over adversarial 100 KB inputs is reported in docs/performance.md.
"""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enrich.degree import classify_degree
from models.enrich.experience import extract_experience

FRAGMENTS = ["Requirements:", "Preferred:", "Nice to have", "Bachelor's degree", "BS/MS/PhD", "Master's", "PhD",
             "or equivalent practical experience", "in lieu of a degree", "5+ years", "3-5 years", "ten (10) years",
             "no degree required", "a plus", "(Not Required)", "\n", "- ", "•", ";", ", or ", "tuition", "months",
             "experience", "with", "or", "and", "(", ")", ".", "Benefits", "High School Diploma", "Up to 4 yrs"]
posting_like = st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=30), max_size=80).map(" ".join)
any_text = posting_like | st.text(max_size=3000) | st.builds(lambda s, n: s * n, st.text(min_size=1, max_size=40),
                                                             st.integers(1, 2500))
PROPERTY = settings(max_examples=10_000, deadline=500, suppress_health_check=[HealthCheck.too_slow])


@PROPERTY
@given(any_text)
def test_degree_never_crashes(text):
    result = classify_degree(text)
    assert result.degree_requirement in ("required", "equivalent_ok", "preferred", "not_required", "not_mentioned")
    assert result.degree_level in ("bachelor", "master", "phd", "any", "none")
    assert result.is_degree_free == (result.degree_requirement in ("not_mentioned", "not_required", "equivalent_ok"))
    assert (result.degree_evidence is None) == (result.degree_requirement == "not_mentioned")


@PROPERTY
@given(any_text)
def test_experience_never_crashes(text):
    result = extract_experience(text)
    if result.min_years_experience is not None:
        assert 0 <= result.min_years_experience <= 99 and result.experience_evidence
        assert result.max_years_experience is None or result.max_years_experience >= 0
