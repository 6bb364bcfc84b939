"""enrich_batch: repeated postings (the same inputs under another id) are enriched once and still each get
their own row, equal to what posting_features gives them one by one."""

from hypothesis import given
from hypothesis import strategies as st

from models.enrich.batch import companies_of, company_key, enrich_batch
from models.enrich.company import b2b, size_band
from models.enrich.posting import input_hash, inputs_key, posting_features

AD = ("About us: Ledgerline builds reconciliation software for banks (B2B SaaS).\nRequirements\n"
      "- Bachelor's degree in CS or equivalent experience\n- 3+ years of Python\n- Remote (US only)\n")
POSTINGS = [
    {"id": "a", "title": "Data Engineer", "company": "Ledgerline", "location": "Remote", "description": AD},
    {"id": "b", "title": "Analyst", "company": "Fun", "location": "Berlin",
     "description": "Millions of players love our app. No degree required. 5+ years of SQL."},
    {"id": "a-repost", "title": "Data Engineer", "company": "Ledgerline", "location": "Remote", "description": AD},
    {"id": "a-elsewhere", "title": "Data Engineer", "company": "Ledgerline", "location": "Toronto", "description": AD},
]


def test_a_batch_gives_each_posting_what_it_gets_alone_and_runs_the_rules_once_per_distinct_input(rule_runs):
    companies = companies_of(POSTINGS)
    expected = [posting_features(p, companies[company_key(p["company"])]) for p in POSTINGS]
    assert enrich_batch(POSTINGS) == expected
    assert rule_runs == ["a", "b", "a-elsewhere"]  # the repost reads exactly what "a" reads; another city does not
    assert expected[0]["degree_requirement"] == "equivalent_ok" and expected[0]["min_years_experience"] == 3


def test_a_repost_gets_its_own_copy_of_each_list():
    rows = enrich_batch(POSTINGS)
    assert rows[0]["countries"] == rows[2]["countries"]
    rows[0]["countries"].append("XX")
    assert "XX" not in rows[2]["countries"]


_VALUES = st.one_of(st.none(), st.sampled_from(["", "1", "Remote", "Berlin"]), st.integers(0, 2), st.booleans(),
                    st.lists(st.sampled_from(["Berlin", "Remote"]), max_size=2),
                    st.dictionaries(st.sampled_from(["qualifications", "visa"]), st.sampled_from(["1", 1, True]),
                                    max_size=2))
_POSTING = st.fixed_dictionaries({}, optional={key: _VALUES for key in (
    "title", "description", "attributes", "location", "locations", "work_mode", "salary_min", "salary_text")})


@given(_POSTING, _POSTING)
def test_inputs_key_never_joins_postings_the_input_hash_tells_apart(first, second):
    """The batch's key may be stricter than the hash (then a repeat is merely enriched twice), never looser."""
    if inputs_key(first) == inputs_key(second):
        assert input_hash(first) == input_hash(second)


def test_inputs_key_tells_text_from_numbers_and_ignores_the_id():
    assert inputs_key({"salary_min": "1"}) != inputs_key({"salary_min": 1})
    assert inputs_key({"work_mode": True}) != inputs_key({"work_mode": 1})
    assert inputs_key({"id": "a", "title": "x", "location": ""}) == inputs_key({"id": "b", "title": "x"})


def test_a_repeated_text_is_counted_per_copy():
    business = "We build software for banks (B2B SaaS)."
    consumer = "Millions of players love our app."
    assert b2b([business, consumer])[0] is True  # a tie goes to B2B
    assert b2b([business])[1].endswith("(3 B2B vs 0 consumer mentions)")
    assert b2b([consumer])[1].endswith("(2 consumer vs 0 B2B mentions)")
    is_b2b, evidence = b2b([consumer, business, consumer, consumer])
    assert is_b2b is False and evidence.endswith("(6 consumer vs 3 B2B mentions)")
    assert size_band(["We are hiring.", "We are hiring.", "We're a team of 12."]) == ("11-50", "team of 12")
