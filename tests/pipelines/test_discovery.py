"""Discovery through the real asset graph and the CLI, on replayed pages and board APIs.

HN names two companies with websites: one site links its Lever board (valid), the other frames a
Greenhouse board whose token belongs to someone else (refused). The valid board is written to the
discovered-sources file and crawled on the next run; `byway discover --add` appends to a sources file.
"""

import json

import yaml
from dagster import materialize
from typer.testing import CliRunner

from pipelines.cli import app
from pipelines.definitions import ASSETS, asset_checks
from scrapers.discovery.spider import validation_url
from tests.conftest import REPO
from tests.pipelines.harness import DAY, query, resources, write_replay

SEARCH = "https://hn.algolia.com/api/v1/search_by_date?tags=story,author_whoishiring&hitsPerPage=50"
THREAD = "https://hn.algolia.com/api/v1/items/45800001"


def comment(number: int, text: str) -> dict:
    return {"id": number, "author": f"user{number}", "created_at": f"2026-11-02T16:0{number % 10}:00.000Z",
            "created_at_i": 1793635300 + number, "type": "comment", "parent_id": 45800001, "text": text,
            "children": []}


def hn_replay(tmp_path):
    thread = {"id": 45800001, "type": "story", "title": "Ask HN: Who is hiring? (November 2026)",
              "author": "whoishiring", "created_at": "2026-11-02T16:00:10.000Z", "created_at_i": 1793635210,
              "children": [
                  comment(1, 'Quillstone | Data Scientist | Remote (US) | <a href="https://quillstone.example/">'
                             "https://quillstone.example/</a><p>We price freight for logistics firms."),
                  comment(2, 'Orchard Analytics | ML Engineer | Berlin | <a href="https://orchard.example/">'
                             "https://orchard.example/</a>"),
              ]}
    bodies = {
        "search.json": (SEARCH, (REPO / "tests" / "fixtures" / "hn_search.json").read_text(), "application/json"),
        "thread.json": (THREAD, json.dumps(thread), "application/json"),
        "quill_home.html": ("https://quillstone.example/",
                            '<html><body><a href="/careers">Careers</a></body></html>', "text/html"),
        "quill_careers.html": ("https://quillstone.example/careers",
                               '<html><body><a href="https://jobs.lever.co/quillstone">See open roles</a></body></html>',
                               "text/html"),
        "quill_lever.json": (validation_url("lever", "quillstone"), json.dumps([{"id": "q1", "text": "Data Scientist"}]),
                             "application/json"),
        "orchard_home.html": ("https://orchard.example/",
                              '<html><body><iframe src="https://boards.greenhouse.io/embed/job_board?for=orchard">'
                              "</iframe></body></html>", "text/html"),
        "orchard_gh.json": (validation_url("greenhouse", "orchard"), json.dumps({"name": "Orchard Supply Hardware"}),
                            "application/json"),
        "plain_jobs.html": ("https://plain.example/jobs", "<html><body><h1>Jobs</h1><p>Mail us.</p></body></html>",
                            "text/html"),
        "quill_board.json": ("https://api.lever.co/v0/postings/quillstone?mode=json", json.dumps([{
            "id": "q1", "text": "Data Scientist", "hostedUrl": "https://jobs.lever.co/quillstone/q1",
            "applyUrl": "https://jobs.lever.co/quillstone/q1/apply", "createdAt": 1793635300000,
            "categories": {"location": "Remote (US)", "commitment": "Full-time"}, "workplaceType": "remote",
            "descriptionPlain": "Price freight with us.", "lists": [], "additionalPlain": ""}]), "application/json"),
    }
    replay = tmp_path / "replay"
    replay.mkdir()
    for name, (_, body, _) in bodies.items():
        (replay / name).write_text(body)
    return write_replay(replay, [(url, name, kind) for name, (url, _, kind) in bodies.items()])


def materialize_all(home, sources, replay):
    result = materialize([*ASSETS, *asset_checks],
                         resources=resources(home, sources, replay,
                                             discovered_file=str(home / "data" / "discovered_sources.yaml")),
                         partition_key=DAY, run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
    assert result.success
    return result


def test_hn_companies_are_discovered_validated_and_then_crawled(byway_home, tmp_path):
    replay = hn_replay(tmp_path)
    sources = tmp_path / "sources.yaml"
    sources.write_text("sources:\n  - {name: hn, platform: hackernews, months: 1}\n"
                       "  - {name: plain, platform: jsonld, company: Plain Co, pages: ['https://plain.example/jobs']}\n")

    first = materialize_all(byway_home, sources, replay)
    verdicts = {row[0]: row[1:] for row in query(byway_home, """
        SELECT company, outcome, platform, board, board_company, discovered_via, reason
        FROM discovered_boards_latest ORDER BY company""")}
    assert verdicts["Quillstone"][:3] == ("valid", "lever", "quillstone")
    assert verdicts["Quillstone"][4] == "link:https://quillstone.example/careers"
    assert verdicts["Orchard Analytics"][:4] == ("invalid", "greenhouse", "orchard", "Orchard Supply Hardware")
    metadata = first.asset_materializations_for_node("discovered_boards")[0].metadata
    # the configured career page of a company without a board is searched too
    assert verdicts["Plain Co"][:2] == ("no_board", None)
    assert metadata["candidates"].value == 3 and metadata["outcome_valid"].value == 1

    written = yaml.safe_load((byway_home / "data" / "discovered_sources.yaml").read_text())["sources"]
    assert [(s["platform"], s["token"], s["company"]) for s in written] == [("lever", "quillstone", "Quillstone")]
    assert written[0]["discovered_via"].startswith("discover:link:") and written[0]["validated_at"]

    materialize_all(byway_home, sources, replay)
    runs = query(byway_home, "SELECT source, status, postings FROM crawl_runs WHERE platform = 'lever'")
    assert runs == [("quillstone", "ok", 1)]
    assert query(byway_home, "SELECT count(*) FROM postings WHERE board = 'quillstone'") == [(1,)]
    # Sites with a verdict are not searched again every run; the discovered board keeps its valid verdict.
    assert query(byway_home, "SELECT count(*) FROM discovered_boards") == [(3,)]
    assert query(byway_home, "SELECT crawled, source FROM discovered_boards_latest WHERE board = 'quillstone'") == [
        (True, "quillstone")]


def test_cli_discover_adds_only_validated_boards(byway_home, tmp_path, monkeypatch):
    monkeypatch.setenv("COLUMNS", "200")
    replay = hn_replay(tmp_path)
    sources = tmp_path / "sources.yaml"
    sources.write_text("# mine\nsources:\n  - {name: hn, platform: hackernews}\n")
    runner = CliRunner()
    result = runner.invoke(app, ["discover", "https://quillstone.example/", "--add", "--sources", str(sources),
                                 "--replay", str(replay)])
    assert result.exit_code == 0, result.output
    assert "added 1 board" in result.output
    text = sources.read_text()
    assert text.startswith("# mine\n")  # the user's comments survive
    added = yaml.safe_load(text)["sources"][-1]
    assert (added["platform"], added["token"], added["company"]) == ("lever", "quillstone", "Quillstone")

    again = runner.invoke(app, ["discover", "https://quillstone.example/", "--add", "--sources", str(sources),
                                "--replay", str(replay)])
    assert again.exit_code == 0 and "already configured" in again.output
    assert sources.read_text() == text

    refused = runner.invoke(app, ["discover", "https://orchard.example/", "--company", "Orchard Analytics", "--add",
                                  "--sources", str(sources), "--replay", str(replay)])
    assert refused.exit_code == 1
    assert "belongs to 'Orchard Supply Hardware'" in " ".join(refused.output.split())
    assert sources.read_text() == text


def test_cli_discover_rejects_company_with_several_urls(byway_home):
    result = CliRunner().invoke(app, ["discover", "https://a.example", "https://b.example", "--company", "A"])
    assert result.exit_code == 2 and "one URL" in result.output
