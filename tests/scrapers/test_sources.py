import pytest

from scrapers.sources import ConfigError, load_sources, parse_sources


def test_defaults_and_valid_file(tmp_path):
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {platform: ashby, token: taktile}\n  - {name: t-eu, platform: lever, token: t, region: eu}\n")
    first, second = load_sources(path)
    assert (first.name, first.company, first.region) == ("taktile", "taktile", "global")
    assert second.region == "eu"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("sources:\n  - {platform: workday, token: x}\n", "sources.0.platform"),
        ("sources:\n  - {platform: ashby}\n", "sources.0.token"),
        ("sources:\n  - {platform: ashby, token: x, colour: red}\n", "sources.0.colour"),
        ("sources:\n  - {platform: ashby, token: 'a/b'}\n", "sources.0.token"),
        ("sources:\n  - {platform: ashby, token: x, careers_url: 'ftp://x'}\n", "sources.0.careers_url"),
        ("sources:\n  - {platform: ashby, token: x}\n  - {platform: lever, token: x}\n", "used twice"),
        ("- just a list\n", "'sources' list"),
        ("sources: [\n", "not valid YAML"),
    ],
)
def test_errors_name_file_and_field(text, expected):
    with pytest.raises(ConfigError) as info:
        parse_sources(text, "config/sources.yaml")
    message = str(info.value)
    assert message.startswith("config/sources.yaml")
    assert expected in message


def test_missing_file(tmp_path):
    with pytest.raises(ConfigError, match="not found"):
        load_sources(tmp_path / "nope.yaml")


def test_shipped_source_files_are_valid():
    from tests.conftest import REPO

    assert load_sources(REPO / "config" / "sources.yaml")
    assert len(load_sources(REPO / "demo" / "sources.yaml")) == 7


def test_ashby_board_names_may_hold_single_spaces():
    # real Ashby boards are named like "Flock Safety" (jobs.ashbyhq.com/Flock%20Safety)
    from scrapers.sources import Source

    assert Source(platform="ashby", token="Flock Safety").token == "Flock Safety"
    for bad in ("a  b", " a", "a "):
        with pytest.raises(ValueError):
            Source(platform="ashby", token=bad)


def test_discovered_boards_merge_after_configured_ones(tmp_path):
    from scrapers.sources import discovered_source, load_crawl_sources, merge_sources, source_lines

    configured = parse_sources("sources:\n  - {name: acme, platform: lever, token: Acme}\n")
    same_board = discovered_source("Acme Inc", "lever", "acme", "url", "2026-11-23T00:00:00+00:00")
    clash = discovered_source("Acme", "ashby", "acme-ai", "config:https://acme.ai", "2026-11-23T00:00:00+00:00",
                              taken={"acme"})
    assert clash.name == "acme-ashby" and clash.discovered_via == "discover:config:https://acme.ai"
    merged = merge_sources(configured, [same_board, clash])
    assert [(s.name, s.platform, s.token) for s in merged] == [("acme", "lever", "Acme"), ("acme-ashby", "ashby",
                                                                                           "acme-ai")]
    path = tmp_path / "sources.yaml"
    path.write_text("sources:\n  - {name: acme, platform: lever, token: Acme}\n")
    assert load_crawl_sources(path, tmp_path / "missing.yaml") == configured
    found = tmp_path / "found.yaml"
    found.write_text("sources:\n" + source_lines([clash]))
    assert load_crawl_sources(path, found) == merged
