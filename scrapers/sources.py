"""The boards to crawl: `config/sources.yaml`, validated so a typo fails with the file, field and expectation."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Literal

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

Platform = Literal["greenhouse", "lever", "ashby"]
PLATFORMS: tuple[str, ...] = ("greenhouse", "lever", "ashby")


class ConfigError(ValueError):
    """A configuration file is wrong; the message names the file, the field and what was expected."""


class Source(BaseModel):
    """One board on one platform; a new board is a YAML entry, never a new class."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = ""
    platform: Platform
    token: str
    company: str = ""
    careers_url: str | None = None
    region: Literal["global", "eu"] = "global"
    api_url: str | None = None
    enabled: bool = True

    @field_validator("token")
    @classmethod
    def _token_is_a_slug(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*", value):
            raise ValueError("a board token of letters, digits, '.', '_' or '-'")
        return value

    @field_validator("careers_url", "api_url")
    @classmethod
    def _http_only(cls, value: str | None) -> str | None:
        if value is not None and not re.match(r"https?://", value):
            raise ValueError("an http(s) URL")
        return value

    @model_validator(mode="after")
    def _defaults(self) -> Source:
        # Frozen model: fill derived defaults through object.__setattr__ once, at validation.
        if not self.name:
            object.__setattr__(self, "name", self.token)
        if not self.company:
            object.__setattr__(self, "company", self.token)
        return self


class SourcesFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    sources: list[Source]

    @model_validator(mode="after")
    def _unique_names(self) -> SourcesFile:
        seen: set[str] = set()
        for source in self.sources:
            if source.name in seen:
                raise ValueError(f"source name {source.name!r} is used twice; names must be unique")
            seen.add(source.name)
        return self


def _describe(error: ValidationError, path: Path) -> str:
    lines = []
    for item in error.errors():
        where = ".".join(str(part) for part in item["loc"]) or "(top level)"
        got = item.get("input")
        got_text = "" if isinstance(got, dict | list) else f" (got {got!r})"
        lines.append(f"{path}: {where}: {item['msg']}{got_text}")
    return "\n".join(lines)


def parse_sources(text: str, path: Path | str = "<sources>") -> list[Source]:
    """Validate the YAML text of a sources file."""
    path = Path(path)
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ConfigError(f"{path}: not valid YAML: {exc}") from exc
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: expected a mapping with a 'sources' list at the top level")
    try:
        return SourcesFile.model_validate(data).sources
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path)) from exc


def load_sources(path: Path | str) -> list[Source]:
    path = Path(path)
    if not path.is_file():
        raise ConfigError(f"{path}: sources file not found")
    return parse_sources(path.read_text(encoding="utf-8"), path)
