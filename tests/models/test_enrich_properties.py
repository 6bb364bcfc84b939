"""Property tests: the classifiers never crash and always answer in their vocabulary, on any text.

Each runs on 10,000 generated texts (job-posting-like fragments, arbitrary Unicode, long run-on lines).
The deadline is a hang guard (10x the 50 ms target), not a benchmark: timing is measured in
bench/enrich.py, whose worst case over adversarial 100 KB inputs is reported in docs/performance.md.
"""

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from models.enrich.degree import classify_degree
from models.enrich.experience import extract_experience
from models.enrich.posting import posting_features
from models.enrich.salary import parse_salary_text

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


SALARY_FRAGMENTS = ["$", "€", "£", "USD", "EUR", "k", "K", "120", "150,000", "60.000", "-", "–", " to ", "per annum",
                    "/hr", "an hour", "a year", "salary", "compensation", "+ equity", "RM", "CHF", "1e9", "0", " "]
salary_like = st.lists(st.sampled_from(SALARY_FRAGMENTS) | st.text(max_size=12), max_size=30).map("".join)


@PROPERTY
@given(salary_like | any_text)
def test_salary_never_crashes(text):
    result = parse_salary_text(text)
    if result.salary_min is None:
        assert (result.salary_max, result.salary_currency, result.salary_period) == (None, None, None)
    else:
        assert result.salary_min >= 5 and (result.salary_max is None or result.salary_max >= result.salary_min)
        assert result.salary_currency and result.salary_period in ("year", "month", "week", "day", "hour")
        assert result.salary_text


numbers = st.none() | st.floats(allow_nan=False, allow_infinity=False) | st.integers(-10**9, 10**12)
postings = st.fixed_dictionaries({
    "title": st.none() | st.text(max_size=80) | st.sampled_from(["Senior ML Engineer", "Data Scientist II"]),
    "company": st.none() | st.text(max_size=40) | st.sampled_from(["Google", "Acme Analytics GmbH"]),
    "description": any_text | salary_like,
    "locations": st.lists(st.text(max_size=30), max_size=3) | st.text(max_size=30),
    "work_mode": st.sampled_from(["remote", "hybrid", "onsite", "unknown", None]),
    "platform": st.sampled_from(["greenhouse", "hackernews", "import", "jsonld"]),
    "salary_min": numbers, "salary_max": numbers,
    "attributes": st.dictionaries(st.sampled_from(["education", "experience", "visa", "numberOfEmployees",
                                                   "educationRequirements", "salary_text", "education_code"]),
                                  st.none() | st.text(max_size=40) | st.integers() | st.lists(st.text(max_size=10),
                                                                                               max_size=3), max_size=3),
})


@PROPERTY
@given(postings)
def test_every_feature_of_any_posting(posting):
    features = posting_features(posting)
    assert features["degree_requirement"] in ("required", "equivalent_ok", "preferred", "not_required",
                                              "not_mentioned")
    assert features["work_mode"] in ("remote", "hybrid", "onsite", "unknown")
    assert features["visa_sponsorship"] in ("offered", "not_offered", "unknown")
    assert 0.0 <= features["off_path_score"] <= 1.0
    json.dumps(features, default=str)  # stored as it is returned
