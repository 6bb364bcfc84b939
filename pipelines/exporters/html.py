"""The shortlist as one self-contained HTML page: a sortable, filterable table that works offline.

No external scripts, fonts or styles. Every scraped value is escaped for the context it lands in, only
http(s) URLs become links, and a Content-Security-Policy allows nothing but this page's own script (by
hash) and style, so even an escaping mistake could not run injected code.
"""

from __future__ import annotations

import base64
import hashlib
from html import escape
from pathlib import Path
from typing import Any

from pipelines.exporters.cells import display

_HERE = Path(__file__).parent
_SCRIPT = (_HERE / "page.js").read_text(encoding="utf-8")
_STYLE = (_HERE / "page.css").read_text(encoding="utf-8")
_SCRIPT_HASH = base64.b64encode(hashlib.sha256(_SCRIPT.encode("utf-8")).digest()).decode("ascii")
_CSP = (f"default-src 'none'; script-src 'sha256-{_SCRIPT_HASH}'; style-src 'unsafe-inline'; img-src data:; "
        "base-uri 'none'; form-action 'none'")
DEGREE_FREE = {"not_mentioned", "not_required", "equivalent_ok"}
# (header, key in display(), numeric?, css class)
_HEADERS = [("#", "rank", True, "num"), ("score", "score", True, "num"), ("new", "new", False, ""),
            ("title", "title", False, ""), ("company", "company", False, ""), ("location", "location", False, ""),
            ("work mode", "work_mode", False, ""), ("salary", "salary", False, ""), ("degree", "degree", False, ""),
            ("off-path", "off_path", False, "long"), ("match evidence", "evidence", False, "long"),
            ("why", "explanation", False, "long")]


def _text(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _cell(row: dict[str, Any], shown: dict[str, Any], key: str, numeric: bool, css: str) -> str:
    value = shown[key]
    sort = "" if value is None else (str(value) if numeric else str(value).lower())
    if key == "title" and shown["url"]:
        inner = f'<a href="{_text(shown["url"])}" rel="noopener noreferrer" target="_blank">{_text(value)}</a>'
    elif key == "new" and value:
        inner = '<span class="new">new</span>'
    elif key == "degree":
        evidence = row.get("degree_evidence") or ""
        css = "degree-free" if row.get("degree_requirement") in DEGREE_FREE else css
        inner = f'<span title="{_text(evidence)}">{_text(value)}</span>' if evidence else _text(value)
    elif key == "score" and value is not None:
        inner = f"{value:.3f}"
    elif css == "long" and value:
        inner = f'<div class="clamp" title="{_text(value)}">{_text(value)}</div>'
    else:
        inner = _text(value)
    return f'<td class="{css}" data-sort="{_text(sort)}">{inner}</td>'


def _row(row: dict[str, Any]) -> str:
    shown = display(row)
    attributes = (f' data-mode="{_text(row.get("work_mode") or "")}"'
                  f' data-degree="{_text(row.get("degree_requirement") or "")}"'
                  f' data-new="{1 if row.get("is_new") else 0}"'
                  f' data-degree-free="{1 if row.get("degree_requirement") in DEGREE_FREE else 0}"'
                  f' data-posting-id="{_text(shown["posting_id"])}"')
    cells = "".join(_cell(row, shown, key, numeric, css) for _, key, numeric, css in _HEADERS)
    return f"<tr{attributes}>{cells}</tr>"


def _options(values: set[str], label: str) -> str:
    options = [f'<option value="">{_text(label)}</option>']
    options += [f'<option value="{_text(v)}">{_text(v.replace("_", " "))}</option>' for v in sorted(values) if v]
    return "".join(options)


def render_html(rows: list[dict[str, Any]], profile: str, day: str) -> str:
    modes = {r.get("work_mode") or "" for r in rows}
    degrees = {r.get("degree_requirement") or "" for r in rows}
    new = sum(1 for r in rows if r.get("is_new"))
    headers = "".join(f'<th data-type="{"number" if numeric else "text"}" scope="col">{_text(name)}</th>'
                      for name, _, numeric, _ in _HEADERS)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="{_CSP}">
<meta name="referrer" content="no-referrer">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>byway shortlist — {_text(profile)} — {_text(day)}</title>
<style>{_STYLE}</style>
</head>
<body>
<h1>byway shortlist — {_text(profile)}</h1>
<p class="meta">{_text(day)} · {len(rows)} postings, {new} new since the last shortlist ·
hover a degree class for the sentence it came from · click a column to sort</p>
<div class="controls">
<input id="filter-text" type="search" placeholder="filter: title, company, skill…" aria-label="filter text">
<select id="filter-mode" aria-label="work mode">{_options(modes, "any work mode")}</select>
<select id="filter-degree" aria-label="degree requirement">{_options(degrees, "any degree class")}</select>
<label><input id="filter-degree-free" type="checkbox"> degree-free only</label>
<label><input id="filter-new" type="checkbox"> new only</label>
<span id="count"></span>
</div>
<table id="shortlist">
<thead><tr>{headers}</tr></thead>
<tbody>
{"".join(_row(r) + chr(10) for r in rows)}</tbody>
</table>
<script>{_SCRIPT}</script>
</body>
</html>
"""
