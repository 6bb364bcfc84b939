"""Real postings from the corpus datasets and HN threads (../shared/corpus, via BYWAY_CORPUS), in the shape
`byway enrich` reads: id, title, company, location, description and the structured extras each dataset
has. The labelled quality set and the enrichment benchmark both read them through here.

Ids are stable: `<dataset>:<the dataset's own row key>` (its index column, or the LinkedIn job_id; the
Indeed Malaysia file has no key, so its 0-based row number); `hn:<comment id>`; and for the ATS boards
`<platform>:<board token>:<the platform's job id>`.
"""

from __future__ import annotations

import csv
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from lxml import html as lxml_html

REPO = Path(__file__).resolve().parents[1]
DATASETS = {
    "glassdoor2020": "glassdoor_ds_jobs_2020.csv",
    "indeed2019": "indeed_ds_jobs_2019.csv",
    "indeedmy2021": "indeed_my_data_jobs_2021.csv",
    "linkedin": "linkedin_postings_sample_1000.csv",
}


def corpus_root() -> Path:
    return Path(os.environ.get("BYWAY_CORPUS", REPO.parent / "shared" / "corpus")).resolve()


def _row(dataset: str, number: int, row: dict[str, str]) -> dict[str, Any]:
    if dataset == "glassdoor2020":
        return {"id": f"{dataset}:{row['']}", "title": row["Job Title"], "company": row["Company Name"].split("\n")[0],
                "location": row["Location"], "description": row["Job Description"],
                "company_size": row["Size"], "industry": row["Industry"], "salary_text": row["Salary Estimate"]}
    if dataset == "indeed2019":
        return {"id": f"{dataset}:{row['']}", "title": row["job_title"], "company": row["company_name"],
                "location": row["job_location"], "description": row["job_description"]}
    if dataset == "indeedmy2021":
        return {"id": f"{dataset}:{number}", "title": row["Job Title"], "company": row["Company"],
                "location": row["Location"], "description": row["Description"], "salary_text": row["Salary"]}
    return {"id": f"{dataset}:{row['job_id']}", "title": row["title"], "company": row["company_name"],
            "location": row["location"], "description": row["description"],
            "remote_allowed": row["remote_allowed"], "experience_level": row["formatted_experience_level"]}


def dataset_postings(root: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every posting of the four dataset CSVs, in file order."""
    folder = (root or corpus_root()) / "datasets"
    csv.field_size_limit(sys.maxsize)
    for dataset, name in DATASETS.items():
        with (folder / name).open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle)):
                yield _row(dataset, number, row)


def _thread_page(path: Path) -> Iterator[tuple[str, str]]:
    root = lxml_html.fromstring(path.read_bytes())
    for row in root.xpath('//td[@class="ind"]/img[@width="0"]/ancestor::tr[1]'):
        comment = row.xpath('.//span[@class="comment"]/span')
        link = row.xpath('.//span[@class="age"]/a/@href')
        if not comment:
            continue
        node = comment[0]
        for reply in node.xpath('.//div[@class="reply"]'):
            reply.drop_tree()
        inner = (node.text or "") + "".join(lxml_html.tostring(c, encoding="unicode") for c in node)
        yield (link[0].split("=")[-1] if link else ""), inner


def top_level_comments(hn_dir: Path) -> Iterator[tuple[str, str, str]]:
    """(file, comment id, comment HTML) for every top-level comment of every HN file; each file has its own
    shape (an Algolia item tree, a saved thread page, arrays of comment HTML, a curated map)."""
    for path in sorted(hn_dir.glob("*")):
        if path.name.startswith("algolia_item"):
            data = json.loads(path.read_text())
            for child in data["children"]:
                yield path.name, str(child["id"]), child.get("text") or ""
        elif path.suffix == ".html":
            for comment_id, text in _thread_page(path):
                yield path.name, comment_id, text
        elif path.name.startswith("hn_hiring_mapped"):
            for i, entry in enumerate(json.loads(path.read_text())):
                yield path.name, str(entry.get("url") or i), entry.get("full_html") or ""
        elif path.name.startswith("curated"):
            for comment_id, entry in json.loads(path.read_text())["entries"].items():
                yield path.name, comment_id, entry.get("commentBody") or ""


def hn_postings(root: Path | None = None) -> Iterator[dict[str, Any]]:
    """The top-level comments of the corpus HN threads as postings, id `hn:<comment id>`."""
    from scrapers.html_text import html_to_text
    from scrapers.platforms.hn_comment import parse_comment

    for _, comment_id, text in top_level_comments((root or corpus_root()) / "hn"):
        job = parse_comment(text)
        # a comment that is not a job parses to the reason why (a str, whose .title is a method)
        company = "" if isinstance(job, str) else job.company or ""
        title = "" if isinstance(job, str) else job.title or ""
        yield {"id": f"hn:{comment_id.split('=')[-1]}", "title": title, "company": company, "location": "",
               "description": html_to_text(text) or ""}


def labelled_postings(root: Path | None = None) -> Iterator[dict[str, Any]]:
    """Every corpus posting the quality labels can refer to: the datasets, then the HN comments."""
    yield from dataset_postings(root)
    yield from hn_postings(root)


# The ATS board responses with descriptions, and the board token each answers (Ashby's stapply/ boards are
# named by their token).
_ATS_FILES = [("ashby", "ats/ashby/cursor_job_board__JobFinder.json", "cursor"),
              ("ashby", "ats/ashby/openevidence_job_board__ATS_Polling.json", "openevidence"),
              ("ashby", "ats/ashby/ramp_job_board_1job__intern-radar.json", "ramp"),
              ("greenhouse", "ats/greenhouse/smarterdx_jobs_content__ATS_Polling.json", "smarterdx"),
              ("lever", "ats/lever/palantir_postings__ATS_Polling.json", "palantir")]


def _as_input(posting: Any, posting_id: str) -> dict[str, Any]:
    return {"id": posting_id, "title": posting.title, "company": posting.company,
            "location": (posting.locations or [""])[0], "description": posting.description_text,
            "attributes": posting.attributes, "work_mode": posting.work_mode, "salary_min": posting.salary_min,
            "salary_max": posting.salary_max, "salary_currency": posting.salary_currency,
            "salary_period": posting.salary_period}


def ats_postings(root: Path | None = None) -> Iterator[dict[str, Any]]:
    """The corpus' Ashby, Greenhouse and Lever board postings that have a description, read by byway's own
    platform parsers, so the text is what the warehouse stores (id `<platform>:<token>:<job id>`)."""
    from scrapers.items import Posting
    from scrapers.platforms import ashby, greenhouse, lever
    from scrapers.sources import Source

    corpus = root or corpus_root()
    files = [("ashby", path, path.stem) for path in sorted((corpus / "ats" / "ashby" / "stapply").glob("*.json"))]
    files += [(platform, corpus / relative, token) for platform, relative, token in _ATS_FILES]
    parsers = {"ashby": ashby.parse_board, "greenhouse": greenhouse.parse_board, "lever": lever.parse_board}
    for platform, path, token in files:
        source = Source(name=token.lower(), platform=platform, token=token, company=token)
        for item in parsers[platform](json.loads(path.read_text(encoding="utf-8")), source):
            if isinstance(item, Posting) and item.description_text:
                yield _as_input(item, f"{platform}:{token}:{item.source_posting_id}")


def board_postings(root: Path | None = None) -> Iterator[dict[str, Any]]:
    """The corpus' other boards with descriptions, by byway's parsers: the Personio feed, the remote boards
    (RemoteOK, Remotive, We Work Remotely), the schema.org career pages, and the single SmartRecruiters and
    Greenhouse job files. Ids are `<platform>:<file stem>:<the platform's job id>`."""
    from scrapers.items import Posting
    from scrapers.platforms import greenhouse, jsonld, personio, remoteok, remotive, smartrecruiters, weworkremotely
    from scrapers.sources import Source

    corpus = root or corpus_root()

    def read(path: Path) -> Any:
        return json.loads(path.read_text(encoding="utf-8"))

    batches: list[tuple[str, Path, list[Any]]] = []
    for path in sorted((corpus / "ats" / "personio").glob("*.xml")):
        source = Source(name="personio", platform="personio", token="demo", company="Personio demo")
        batches.append(("personio", path, personio.parse_feed(personio.safe_xml(path.read_bytes()), source)))
    for platform, parse in (("remoteok", remoteok.parse_board), ("remotive", remotive.parse_board)):
        for path in sorted((corpus / "remote_boards" / platform).glob("*.json")):
            batches.append((platform, path, parse(read(path), Source(name=platform, platform=platform))))
    for path in sorted((corpus / "remote_boards" / "weworkremotely").glob("*")):
        source = Source(name="weworkremotely", platform="weworkremotely")
        feed = personio.safe_xml(path.read_bytes())
        batches.append(("weworkremotely", path, weworkremotely.parse_feed(feed, source)))
    for path in sorted((corpus / "career_pages" / "jsonld").glob("*.html")):
        url = f"https://careers.example/{path.stem}"
        source = Source(name="pages", platform="jsonld", pages=[url])
        batches.append(("jsonld", path, jsonld.parse_page(path.read_text(encoding="utf-8"), url, source, "job")))
    for path in sorted((corpus / "ats" / "smartrecruiters").glob("*detail*.json")):
        source = Source(name="smartrecruiters", platform="smartrecruiters", token=path.stem.split("_")[0])
        batches.append(("smartrecruiters", path, [smartrecruiters.parse_detail(read(path), {}, source)]))
    for path in sorted((corpus / "ats" / "greenhouse").glob("*_job_*.json")):
        source = Source(name="greenhouse", platform="greenhouse", token=path.stem.split("_")[0])
        batches.append(("greenhouse", path, [greenhouse.parse_job(read(path), source)]))
    for platform, path, items in batches:
        for number, item in enumerate(items):
            if isinstance(item, Posting) and item.description_text:
                job = item.source_posting_id
                # a career page without a job id names it by its URL: its place on the page is shorter
                yield _as_input(item, f"{platform}:{path.stem}:{number if not job or '/' in job else job}")
