"""The boards to crawl: `config/sources.yaml`, validated so a typo fails with the file, field and expectation."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Literal, get_args

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, ValidationInfo, field_validator, model_validator

Platform = Literal[
    "greenhouse", "lever", "ashby", "workable", "smartrecruiters", "recruitee", "personio",
    "hackernews", "remoteok", "remotive", "weworkremotely", "jsonld",
]
PLATFORMS: tuple[str, ...] = get_args(Platform)
# Company boards on an applicant-tracking system: the token names the company's board.
ATS_PLATFORMS: tuple[str, ...] = PLATFORMS[:7]
# One public feed each: the token is only a label and defaults to the platform's name.
FEED_PLATFORMS: tuple[str, ...] = ("hackernews", "remoteok", "remotive", "weworkremotely")


class ConfigError(ValueError):
    """A configuration file is wrong; the message names the file, the field and what was expected."""


class Source(BaseModel):
    """One board on one platform; a new board is a YAML entry, never a new class."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: str = ""
    platform: Platform
    token: str = Field(default="", validate_default=True)
    company: str = ""
    careers_url: str | None = None
    region: Literal["global", "eu"] = "global"
    api_url: str | None = None
    enabled: bool = True
    # jsonld: the career or job pages to read schema.org JobPosting from
    pages: list[str] = []
    # hackernews: how many of the latest monthly "Who is hiring?" threads to read
    months: int = Field(default=1, ge=1, le=24)
    # how the board was found (config, or discover:<how>) and when its token was last checked
    discovered_via: str | None = None
    validated_at: str | None = None

    @field_validator("token")
    @classmethod
    def _token_is_a_slug(cls, value: str, info: ValidationInfo) -> str:
        platform = info.data.get("platform")
        if not value and platform in ATS_PLATFORMS:
            raise ValueError(f"a board token, required for {platform} (the board's name in its URL)")
        if value and not re.fullmatch(r"[A-Za-z0-9](?:[A-Za-z0-9._-]| (?! ))*(?<! )", value):
            raise ValueError("a board token of letters, digits, '.', '_', '-' or single inner spaces")
        return value

    @field_validator("pages")
    @classmethod
    def _pages_http_only(cls, value: list[str]) -> list[str]:
        for page in value:
            if not re.match(r"https?://", page):
                raise ValueError(f"http(s) page URLs (got {page!r})")
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
        if not self.token:
            if self.platform in FEED_PLATFORMS:
                object.__setattr__(self, "token", self.platform)
            elif self.platform == "jsonld" and self.name:
                object.__setattr__(self, "token", re.sub(r"[^A-Za-z0-9._-]+", "-", self.name).strip("-._"))
        if self.platform == "jsonld" and not (self.pages or self.api_url):
            raise ValueError("pages: a jsonld source needs at least one page URL")
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


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "board"


def discovered_source(company: str, platform: str, board: str, via: str, validated_at: str,
                      careers_url: str | None = None, taken: set[str] | frozenset[str] = frozenset()) -> Source:
    """A source for a board discovery validated; named after the company, made unique against `taken`."""
    name = _slug(company)
    if name in taken:
        name = f"{name}-{platform}"
    if name in taken:
        name = f"{name}-{_slug(board)}"
    return Source(name=name, platform=platform, token=board, company=company,  # type: ignore[arg-type]
                  careers_url=careers_url if careers_url and re.match(r"https?://", careers_url) else None,
                  discovered_via=f"discover:{via}", validated_at=validated_at)


def merge_sources(configured: list[Source], discovered: list[Source]) -> list[Source]:
    """The configured sources, then each discovered board that no configured source already crawls."""
    boards = {(s.platform, s.token.lower()) for s in configured}
    names = {s.name for s in configured}
    merged = list(configured)
    for source in discovered:
        if (source.platform, source.token.lower()) in boards or source.name in names:
            continue
        boards.add((source.platform, source.token.lower()))
        names.add(source.name)
        merged.append(source)
    return merged


def load_crawl_sources(path: Path | str, discovered: Path | str | None = None) -> list[Source]:
    """What a crawl reads: the sources file, plus the boards discovery validated (when that file exists)."""
    configured = load_sources(path)
    if discovered is None or not Path(discovered).is_file():
        return configured
    return merge_sources(configured, load_sources(discovered))


def source_lines(sources: list[Source]) -> str:
    """YAML list entries (one flow mapping per line) for sources, to append under a file's `sources:`."""
    lines = []
    for source in sources:
        fields = {k: v for k, v in source.model_dump(exclude_defaults=True).items() if v not in (None, "", [])}
        fields = {"name": source.name, "platform": source.platform, "token": source.token, **fields}
        body = ", ".join(f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in fields.items())
        lines.append(f"  - {{{body}}}\n")
    return "".join(lines)
