"""A person's specialization profile: what they solve, what they can show, and what they will not take.

The profile is YAML validated by pydantic, so a typo fails with the file, the key and what was expected
instead of silently ranking against a default. Its text becomes the *facets* the ranker embeds: the
specialization paragraph, each portfolio project, and the skills list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from models.enrich.role import RoleFamily, Seniority

ROLE_FAMILIES: tuple[str, ...] = get_args(RoleFamily)
SENIORITIES: tuple[str, ...] = get_args(Seniority)
COMPONENTS = ("semantic", "off_path", "degree_free", "recency", "salary")
# How much each facet kind counts in the semantic fit: the problems you solve and the work you can show
# say more about fit than a list of tools.
FACET_WEIGHTS = {"specialization": 0.4, "project": 0.4, "skills": 0.2}


class ProfileError(ValueError):
    """A profile file is wrong; the message names the file, the key and what was expected."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Project(_Strict):
    title: str = Field(min_length=1)
    description: str = ""


class Money(_Strict):
    amount: float = Field(gt=0)
    currency: str = Field(default="USD", pattern=r"^[A-Z]{3}$")


class Weights(_Strict):
    semantic: float = Field(default=0.6, ge=0)
    off_path: float = Field(default=0.2, ge=0)
    degree_free: float = Field(default=0.1, ge=0)
    recency: float = Field(default=0.05, ge=0)
    salary: float = Field(default=0.05, ge=0)

    def normalised(self) -> dict[str, float]:
        """The weights scaled to sum to 1, so scores stay in [0, 1] whatever the user wrote."""
        raw = {name: getattr(self, name) for name in COMPONENTS}
        total = sum(raw.values())
        if total <= 0:
            raise ValueError("at least one weight above 0")
        return {name: value / total for name, value in raw.items()}


class Profile(_Strict):
    """One person's specialization profile (the keys of config/profile.example.yaml)."""

    name: str = Field(pattern=r"^[a-z0-9][a-z0-9_-]{0,63}$")
    specialization: str = Field(min_length=20)
    portfolio: list[Project] = []
    skills: list[str] = []
    target_roles: list[Literal[RoleFamily]] = []  # type: ignore[valid-type]
    seniority: list[Literal[Seniority]] = []  # type: ignore[valid-type]
    locations: list[str] = []
    remote: Literal["any", "remote_only", "remote_or_hybrid"] = "any"
    has_degree: bool = True
    degree_policy: Literal["filter", "penalise"] = "filter"
    needs_visa: bool = False
    min_salary: Money | None = None
    avoid_big_names: bool = False
    exclude_companies: list[str] = []
    must_not: list[str] = []
    weights: Weights = Weights()

    @field_validator("weights")
    @classmethod
    def _some_weight(cls, value: Weights) -> Weights:
        value.normalised()
        return value

    @field_validator("skills", "locations", "exclude_companies", "must_not")
    @classmethod
    def _no_blank_entries(cls, value: list[str]) -> list[str]:
        cleaned = [item.strip() for item in value]
        if any(not item for item in cleaned):
            raise ValueError("non-empty strings")
        return cleaned


@dataclass(frozen=True, slots=True)
class Facet:
    """One part of the profile the ranker matches passages against, e.g. the 'Surgical tool detection' project."""

    kind: Literal["specialization", "project", "skills"]
    label: str
    text: str


def facets(profile: Profile) -> list[Facet]:
    out = [Facet("specialization", "specialization", " ".join(profile.specialization.split()))]
    for project in profile.portfolio:
        text = f"{project.title}. {' '.join(project.description.split())}".strip()
        out.append(Facet("project", project.title, text))
    if profile.skills:
        out.append(Facet("skills", "skills", "Skills: " + ", ".join(profile.skills)))
    return out


def _describe(error: ValidationError, path: Path) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        message = item["msg"]
        if item["type"] == "extra_forbidden":
            known = ", ".join(Profile.model_fields) if len(item["loc"]) == 1 else "see the template"
            message = f"unknown key; expected one of: {known}"
        elif item["type"] == "literal_error" and "target_roles" in item["loc"]:
            message = f"a role family, one of: {', '.join(ROLE_FAMILIES)}"
        elif item["type"] == "string_pattern_mismatch" and item["loc"] == ("name",):
            message = "a short lower-case name of letters, digits, '-' or '_' (it names export files)"
        got = item.get("input")
        got_text = "" if isinstance(got, dict | list) or item["type"] == "missing" else f" (got {got!r})"
        lines.append(f"{path}: {where}: {message}{got_text}")
    return "\n".join(lines)


def parse_profile(text: str, path: Path | str = "<profile>") -> Profile:
    path = Path(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ProfileError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ProfileError(f"{path}: expected a mapping with at least 'name' and 'specialization'")
    try:
        return Profile.model_validate(data)
    except ValidationError as exc:
        raise ProfileError(_describe(exc, path)) from exc


def load_profile(path: Path | str) -> Profile:
    path = Path(path)
    if not path.is_file():
        raise ProfileError(f"{path}: profile file not found")
    return parse_profile(path.read_text(encoding="utf-8"), path)


def load_profiles(folder: Path | str) -> list[Profile]:
    """Every *.yaml / *.yml profile in a folder, by file name; two profiles may not share a name.
    The first broken profile raises ProfileError (see `load_valid_profiles` to skip it)."""
    profiles, errors = load_valid_profiles(folder)
    if errors:
        raise ProfileError(errors[0])
    return profiles


def load_valid_profiles(folder: Path | str) -> tuple[list[Profile], list[str]]:
    """(the valid profiles, a message per broken one): one typo must not stop the others being ranked."""
    folder = Path(folder)
    files = sorted([*folder.glob("*.yaml"), *folder.glob("*.yml")]) if folder.is_dir() else []
    profiles: list[Profile] = []
    errors: list[str] = []
    seen: dict[str, Path] = {}
    for path in files:
        try:
            profile = load_profile(path)
        except ProfileError as exc:
            errors.append(str(exc))
            continue
        if profile.name in seen:
            errors.append(f"{path}: name: {profile.name!r} is already used by {seen[profile.name]}")
            continue
        seen[profile.name] = path
        profiles.append(profile)
    return profiles, errors


def template(name: str) -> str:
    """The commented example profile with its name set: what `byway init` writes."""
    text = (Path(__file__).resolve().parents[1] / "config" / "profile.example.yaml").read_text(encoding="utf-8")
    return re.sub(r"(?m)^name: \S+", f"name: {name}", text, count=1)
