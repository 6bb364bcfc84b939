import pytest

from models.profile import (
    ProfileError,
    facets,
    load_profile,
    load_profiles,
    load_valid_profiles,
    parse_profile,
    template,
)
from tests.conftest import REPO

MINIMAL = "name: nlp\nspecialization: I build search and ranking systems over messy legal documents.\n"


def test_the_template_is_a_valid_profile_and_init_sets_its_name():
    example = load_profile(REPO / "config" / "profile.example.yaml")
    assert example.name == "my-profile"
    assert example.portfolio[0].title == "Surgical tool detection"
    named = parse_profile(template("cv-medical"))
    assert named.name == "cv-medical"
    assert named.specialization == example.specialization


def test_only_name_and_specialization_are_required():
    profile = parse_profile(MINIMAL)
    assert profile.remote == "any" and profile.has_degree and profile.degree_policy == "filter"
    assert profile.portfolio == [] and profile.target_roles == [] and profile.min_salary is None
    assert profile.weights.normalised() == pytest.approx(
        {"semantic": 0.6, "off_path": 0.2, "degree_free": 0.1, "recency": 0.05, "salary": 0.05})


@pytest.mark.parametrize("extra, key, expected", [
    ("remote_only: true\n", "remote_only", "unknown key; expected one of: name, specialization"),
    ("has_degree: maybe\n", "has_degree", "valid boolean"),
    ("remote: sometimes\n", "remote", "'any', 'remote_only' or 'remote_or_hybrid'"),
    ("target_roles: [ml_engineer, wizard]\n", "target_roles.1", "a role family, one of: data_scientist"),
    ("min_salary: {amount: -5}\n", "min_salary.amount", "greater than 0"),
    ("weights: {semantic: 0, off_path: 0, degree_free: 0, recency: 0, salary: 0}\n", "weights",
     "at least one weight above 0"),
    ("weights: {semantik: 1}\n", "weights.semantik", "unknown key"),
    ("portfolio: [{description: no title}]\n", "portfolio.0.title", "Field required"),
])
def test_mistakes_name_the_file_the_key_and_the_expectation(tmp_path, extra, key, expected):
    path = tmp_path / "me.yaml"
    path.write_text(MINIMAL + extra)
    with pytest.raises(ProfileError) as error:
        load_profile(path)
    message = str(error.value)
    assert message.startswith(f"{path}: {key}: ")
    assert expected in message


def test_a_bad_name_and_bad_yaml_and_a_missing_file_are_explained(tmp_path):
    with pytest.raises(ProfileError, match=r"name: a short lower-case name .* \(got 'My Profile'\)"):
        parse_profile(MINIMAL.replace("name: nlp", "name: My Profile"), tmp_path / "p.yaml")
    with pytest.raises(ProfileError, match="not valid YAML"):
        parse_profile("name: [unclosed", tmp_path / "p.yaml")
    with pytest.raises(ProfileError, match="profile file not found"):
        load_profile(tmp_path / "absent.yaml")
    with pytest.raises(ProfileError, match="specialization: Field required"):
        parse_profile("name: x\n", tmp_path / "p.yaml")


def test_a_folder_of_profiles_loads_in_name_order_and_names_must_differ(tmp_path):
    (tmp_path / "b.yaml").write_text(MINIMAL.replace("nlp", "zeta"))
    (tmp_path / "a.yml").write_text(MINIMAL)
    assert [p.name for p in load_profiles(tmp_path)] == ["nlp", "zeta"]
    (tmp_path / "c.yaml").write_text(MINIMAL)
    with pytest.raises(ProfileError, match="'nlp' is already used by"):
        load_profiles(tmp_path)
    assert load_profiles(tmp_path / "none") == []


def test_facets_are_the_specialization_each_project_and_the_skills():
    profile = parse_profile(MINIMAL + "portfolio:\n  - {title: Contract search, description: 'BM25 plus  a\n"
                            "      cross-encoder'}\n  - {title: Clause tagger}\nskills: [python, elasticsearch]\n")
    found = facets(profile)
    assert [(f.kind, f.label) for f in found] == [("specialization", "specialization"),
                                                  ("project", "Contract search"), ("project", "Clause tagger"),
                                                  ("skills", "skills")]
    assert found[1].text == "Contract search. BM25 plus a cross-encoder"
    assert found[3].text == "Skills: python, elasticsearch"


def test_a_broken_profile_is_reported_and_the_others_still_load(tmp_path):
    (tmp_path / "a.yaml").write_text(MINIMAL)
    (tmp_path / "b.yaml").write_text(MINIMAL.replace("nlp", "other") + "remote: sometimes\n")
    (tmp_path / "c.yaml").write_text(MINIMAL)
    profiles, errors = load_valid_profiles(tmp_path)
    assert [p.name for p in profiles] == ["nlp"]
    assert errors[0].startswith(f"{tmp_path / 'b.yaml'}: remote: ")
    assert errors[1] == f"{tmp_path / 'c.yaml'}: name: 'nlp' is already used by {tmp_path / 'a.yaml'}"
