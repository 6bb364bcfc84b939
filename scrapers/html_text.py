"""HTML descriptions to readable plain text (paragraphs and list items on their own lines)."""

from __future__ import annotations

import re

from lxml import html as lxml_html
from lxml.etree import ParserError

_BLOCK_TAGS = {
    "p", "div", "br", "li", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6",
    "tr", "table", "section", "article", "header", "footer", "blockquote", "pre",
}


# Characters libxml2 refuses in a text node (control characters, lone surrogates): a board that sends
# them would otherwise fail the whole page when a line break is added next to them.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# UTF-8 that was read as Latin-1 upstream (RemoteOK's API sends "Bachelorâ\x80\x99s", "2â\x80\x935 years"): a
# lead byte and its continuation bytes as characters. Repaired only where a continuation is a C1 control
# (U+0080–U+009F), which no real text holds, so genuine "Ã©" or "â" stay as they are.
_C1 = re.compile("[\x80-\x9f]")
_UTF8_AS_LATIN1 = re.compile("[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


def _decoded(match: re.Match[str]) -> str:
    chars = match.group(0)
    if not _C1.search(chars):
        return chars
    try:
        return chars.encode("latin-1").decode("utf-8")
    except UnicodeDecodeError:
        return chars


def repair_mojibake(text: str) -> str:
    """`text` with UTF-8 sequences mis-read as Latin-1 decoded again; unchanged when it holds no C1 control."""
    return _UTF8_AS_LATIN1.sub(_decoded, text) if _C1.search(text) else text


def html_to_text(markup: str | None) -> str:
    """Plain text of an HTML fragment; block elements become line breaks, list items get a bullet."""
    if not markup or not markup.strip():
        return ""
    markup = _NOT_XML.sub("", markup)
    try:
        root = lxml_html.fragment_fromstring(markup, create_parent="div")
    except (ParserError, ValueError):
        return re.sub(r"\s+", " ", markup).strip()
    for bad in root.xpath("//script|//style"):
        bad.drop_tree()
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        tag = element.tag.lower()
        if tag == "li":
            element.text = "• " + (element.text or "")
        if tag in _BLOCK_TAGS:
            # a line break before and after: text right before an unclosed <p> is its own line too
            element.text = "\n" + (element.text or "")
            element.tail = "\n" + (element.tail or "")
    text = repair_mojibake(root.text_content()).replace("\xa0", " ")
    lines = [re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)
