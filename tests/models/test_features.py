"""Role, work mode, salary, flags, company and off-path rules on short texts in real postings' shapes."""

import pytest

from models.enrich.company import big_name, classify_company, size_band
from models.enrich.flags import classify_flags
from models.enrich.offpath import off_path_score
from models.enrich.posting import posting_features
from models.enrich.role import classify_role
from models.enrich.salary import parse_salary_text, salary_from
from models.enrich.workmode import classify_work_mode, countries_in


@pytest.mark.parametrize("title, seniority, family", [
    ("Senior Machine Learning Engineer", "senior", "ml_engineer"),
    ("Staff Data Scientist - Technology", "staff_principal", "data_scientist"),
    ("Data Scientist Intern (Paid Internship)", "intern", "data_scientist"),
    ("Head of Data", "director_plus", "other"),
    ("Junior Data Scientist - Big Data (Entry-Level)", "junior", "data_scientist"),
    ("Applied AI Engineer (LLM evals)", "mid", "ai_engineer"),
    ("MLOps Engineer", "mid", "mlops"),
    ("Research Scientist, NLP", "mid", "research_scientist"),
    ("Founding Data Engineer", "mid", "data_engineer"),
    ("Business Intelligence Analyst", "mid", "analyst"),
    ("Senior Backend Engineer", "senior", "software_engineer"),
    ("Lead Data Scientist", "lead_manager", "data_scientist"),
    ("Store Manager", "lead_manager", "other"),
])
def test_role_from_title(title, seniority, family):
    result = classify_role(title)
    assert (result.seniority, result.role_family) == (seniority, family)
    assert result.seniority_evidence and result.role_family_evidence


def test_seniority_falls_back_to_text_then_years():
    assert classify_role("Data Scientist", "This is an entry-level role.").seniority == "junior"
    assert classify_role("Data Scientist", "Build models.", 6).seniority == "senior"
    result = classify_role("Engineer", "We fine-tune LLMs, build RAG pipelines and evaluate agents with prompts.")
    assert result.role_family == "software_engineer"  # the title names a family: it decides


@pytest.mark.parametrize("text, locations, flag, mode, limited", [
    ("Remote (US only). Work from anywhere in the US.", [], None, "remote", "United States"),
    ("Hybrid: 3 days a week in the office in Berlin.", ["Berlin, Germany"], "remote", "hybrid", None),
    ("This role is onsite in our Austin office.", ["Austin, TX"], None, "onsite", None),
    ("Remote is not possible for this role.", [], "remote", "onsite", None),
    ("Build data pipelines.", [], "remote", "remote", None),
    ("Build data pipelines.", [], None, "unknown", None),
    ("Experience with remote sensing data.", [], None, "unknown", None),
])
def test_work_mode_text_corrects_flags(text, locations, flag, mode, limited):
    result = classify_work_mode(text, locations, flag)
    assert result.work_mode == mode
    assert result.remote_limited_to == limited


def test_countries_from_locations():
    assert countries_in(["Berlin, Germany", "Austin, TX", "London"]) == ["Germany", "United States", "United Kingdom"]
    assert countries_in(["Work with us from anywhere"]) == []


@pytest.mark.parametrize("text, low, high, currency, period", [
    ("Salary: $120k–150k + equity", 120_000, 150_000, "USD", "year"),
    ("€60.000 brutto/Jahr", 60_000, None, "EUR", "year"),
    ("£70,000 per annum", 70_000, None, "GBP", "year"),
    ("150–180K USD + equity", 150_000, 180_000, "USD", "year"),
    ("Pay: $110,000.00 - $125,000.00 per year", 110_000, 125_000, "USD", "year"),
    ("$45/hour", 45, None, "USD", "hour"),
    ("RM 5,000 - RM 7,000 per month", 5_000, 7_000, "MYR", "month"),
    ("We have 5000 customers in 40 countries", None, None, None, None),
    ("€60 000 - 70 000 per year", 60_000, 70_000, "EUR", "year"),  # thousands grouped by spaces
    # two amounts side by side, not one grouped by a comma and then a space (found by the property test: it crashed)
    ("$150,000 150,000k", 150_000, None, "USD", "year"),
])
def test_salary_text(text, low, high, currency, period):
    result = parse_salary_text(text)
    assert (result.salary_min, result.salary_max, result.salary_currency, result.salary_period) == (
        low, high, currency, period)
    assert (result.salary_text is None) == (low is None)


def test_structured_salary_wins_over_text():
    result = salary_from({"salary_min": 90000.0, "salary_max": 110000.0, "salary_currency": "EUR",
                          "salary_period": "year"}, "Salary $10/hour")
    assert (result.salary_min, result.salary_currency) == (90000.0, "EUR")


@pytest.mark.parametrize("text, visa", [
    ("We are unable to sponsor visas for this role.", "not_offered"),
    ("Candidates must be authorized to work without sponsorship.", "not_offered"),
    ("We sponsor visas and help with relocation.", "offered"),
    ("Visa sponsorship is available.", "offered"),
    ("Build models.", "unknown"),
])
def test_visa(text, visa):
    assert classify_flags(text).visa_sponsorship == visa


def test_travel_on_call_and_ai():
    flags = classify_flags("Travel up to 25% to customer sites. Join the on-call rotation. We train LLMs.")
    assert (flags.travel_required, flags.travel_percent, flags.has_on_call, flags.mentions_ai) == (True, 25, True, True)
    quiet = classify_flags("Maintain the warehouse.")
    assert not (quiet.travel_required or quiet.has_on_call or quiet.mentions_ai)
    assert classify_flags("", structured={"visa": True}).visa_sponsorship == "offered"


def test_company_size_big_name_and_b2b():
    assert size_band(["We're a team of 12."]) == ("11-50", "team of 12")
    assert size_band([], {"numberOfEmployees": {"value": 340}})[0] == "201-1000"
    assert size_band(["Trusted by 5,000 people worldwide."])[0] is None  # customers, not staff
    assert size_band(["We raised our Series B."])[0] == "51-200"
    assert size_band([], open_roles=3)[0] == "11-50"
    assert big_name("Meta Platforms, Inc.") == (True, "listed in big_names.yaml as Meta")
    assert big_name("Fieldnote")[0] is False
    company = classify_company("Ledgerline", ["Ledgerline builds reconciliation software for banks (B2B SaaS)."])
    assert company.is_b2b is True and company.b2b_evidence
    assert classify_company("Fun", ["Millions of players love our app."]).is_b2b is False


def test_off_path_orders_small_b2b_direct_above_big_mass_board():
    small = off_path_score("11-50", False, True, ["ashby"])
    big = off_path_score("5000+", True, False, ["import:linkedin"])
    assert small.off_path_score > 0.9 > 0.2 > big.off_path_score
    assert "not a household name" in small.off_path_reasons and "big name everybody applies to" in big.off_path_reasons


def test_posting_features_has_every_documented_key():
    features = posting_features({"id": "x", "title": "Data Scientist", "company": "Acme", "description": "",
                                 "location": "Berlin"})
    for key in ("degree_requirement", "degree_level", "is_degree_free", "degree_evidence", "min_years_experience",
                "max_years_experience", "seniority", "role_family", "work_mode", "salary_min", "salary_max",
                "salary_currency", "salary_period", "visa_sponsorship", "company_size_band", "is_big_name", "is_b2b",
                "off_path_score"):
        assert key in features
