"""CSV and Markdown renderings of a shortlist: text formats a spreadsheet or a notes app opens safely."""

from __future__ import annotations

import csv
import io
from typing import Any

from pipelines.exporters.cells import COLUMNS, display, neutralise


def to_csv(rows: list[dict[str, Any]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: neutralise(str(v)) if isinstance(v, str) else v for k, v in display(row).items()})
    return buffer.getvalue()


def _md(text: Any) -> str:
    """A Markdown table cell: no pipes, newlines, HTML or link syntax from scraped text, no formula start."""
    value = neutralise(str(text if text is not None else ""))
    for char in ("\\", "|", "<", ">", "[", "]", "`", "*", "_"):
        value = value.replace(char, "\\" + char)
    return " ".join(value.split())


def to_markdown(rows: list[dict[str, Any]], profile: str, day: str) -> str:
    lines = [f"# byway shortlist — {profile} — {day}", "",
             f"{len(rows)} postings; **new** = not on an earlier shortlist of this profile.", "",
             "| # | score | new | title | company | location | mode | salary | degree | why |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        d = display(row)
        title = _md(d["title"])
        if d["url"]:
            title = f"[{title}](<{d['url'].replace('>', '%3E').replace(' ', '%20')}>)"
        lines.append("| " + " | ".join([str(d["rank"]), f"{d['score']:.3f}" if d["score"] is not None else "",
                                         d["new"], title, _md(d["company"]), _md(d["location"]),
                                         _md(d["work_mode"]), _md(d["salary"]), _md(d["degree"]),
                                         _md(d["explanation"])]) + " |")
    return "\n".join(lines) + "\n"
