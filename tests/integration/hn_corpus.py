"""Top-level comments of every HN "Who is hiring?" file in the corpus, as (file, comment id, HTML).

Each file has its own shape (an Algolia item tree, a saved thread page, arrays of comment HTML, a
curated map); this module only finds the top-level comments in them. The parser under test never
sees anything but the comment HTML, exactly as the Algolia API serves it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

from lxml import html as lxml_html


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
