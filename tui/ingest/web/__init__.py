"""Reading web pages (saved ``.html`` files and fetched URLs) into ``Article`` objects.

A page's reading text is what its article holds, not its markup: the headline, the deck, the
lead image's caption and the body paragraphs, one block each, separated by blank lines. That
text becomes the article's ``text``, so every span indexes it (``extract`` writes it as ``text``
for web pages). Nothing of the page runs: scripts and styles are never read, and whatever
markup or escape sequences its text holds stay text.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from tui.ingest.decode import ArticleError
from tui.ingest.plain import split_lead_dateline
from tui.ingest.web.body import Piece, read_body, tidy
from tui.ingest.web.charset import decode_page
from tui.ingest.web.metadata import PageMeta, read_metadata
from tui.model import Article, Block, Metadata

__all__ = ["looks_like_html", "parse_page", "read_page", "sidecar_of"]

# A page whose text is this short, and that declares no article, is not an article.
_FEW_WORDS = 60
# Below this share of words outside links, a page with no article declaration is a listing.
_LINKED_SHARE = 0.5
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_HTML_START = re.compile(r"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)


def looks_like_html(text: str) -> bool:
    """Whether ``text`` is an HTML document (a page saved under another name)."""
    return bool(_HTML_START.match(text[:4096]))


def sidecar_of(path: str | Path) -> Path:
    """Where the fetch record of a kept page is: ``page.html`` -> ``page.fetch.json``."""
    path = Path(path)
    return path.with_name(path.stem + ".fetch.json")


def read_page(path: str, data: bytes) -> Article:
    """The article of the page file at ``path`` holding ``data``, decoded by the charset the
    page (or, for a fetched page, its server) declares."""
    record = fetch_record(path)
    decoded = decode_page(data, record.get("content_type"))
    return parse_page(path, decoded.text, decoded.encoding, decoded.notes, record)


def parse_page(
    path: str,
    text: str,
    encoding: str = "utf-8",
    notes: tuple[str, ...] = (),
    record: dict[str, str] | None = None,
) -> Article:
    """The article of the page ``text`` (decoded HTML) found at ``path``, fetched as
    ``record`` says (its ``url`` and ``fetched`` time); raises ``ArticleError`` when the page
    holds no article (a home page, a listing, no text)."""
    tree = _tree(text)
    declared = read_metadata(tree, text)
    record = record or {}
    body = read_body(tree)
    header = [declared.title, declared.subtitle, declared.caption]
    pieces = tidy(body, header)
    if not pieces:
        raise ArticleError("no article text on this page (is it a home page or a listing?)")
    if declared.kind != "article" and _is_listing(tree, pieces):
        raise ArticleError("not an article: the page looks like a home page or a listing")
    title = declared.title or _first_heading(pieces) or Path(path).stem
    return _article(path, title, declared, record, pieces, encoding, notes)


def _tree(text: str) -> lxml_html.HtmlElement:
    """The page's element tree; lxml reads broken and truncated markup as browsers do."""
    # trafilatura's loader: its body extraction is tuned on the trees it builds (it mends
    # markup that lxml's own reading leaves split).
    from trafilatura.utils import load_html

    text = _XML_DECLARATION.sub("", text, count=1)
    tree = load_html(text)
    if tree is not None:
        return tree
    try:
        return lxml_html.document_fromstring(text)
    except (etree.ParserError, ValueError) as error:
        raise ArticleError(f"not a readable web page: {error}") from None


def fetch_record(path: str) -> dict[str, str]:
    """The URL and fetch time kept beside a fetched page, if it is one."""
    try:
        record = json.loads(sidecar_of(path).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    if not isinstance(record, dict):
        return {}
    return {key: value for key, value in record.items() if isinstance(value, str)}


def _is_listing(tree: lxml_html.HtmlElement, pieces: list[Piece]) -> bool:
    """A page of teasers: little text of its own, or most of its words inside links."""
    words = sum(len(piece.text.split()) for piece in pieces if not piece.heading)
    if words < _FEW_WORDS:
        return True
    body = tree.find("body")
    if body is None:
        return False
    page_words = len(" ".join(body.itertext()).split()) or 1
    linked = sum(len(" ".join(link.itertext()).split()) for link in body.iter("a"))
    long_paragraphs = sum(1 for piece in pieces if len(piece.text.split()) >= 25)
    return linked / page_words > _LINKED_SHARE and long_paragraphs < 3


def _first_heading(pieces: list[Piece]) -> str | None:
    return next((piece.text for piece in pieces if piece.heading), None)


def _article(
    path: str,
    title: str,
    declared: PageMeta,
    record: dict[str, str],
    pieces: list[Piece],
    encoding: str,
    notes: tuple[str, ...],
) -> Article:
    """Lay the header and body out as one reading text, each block located in it."""
    parts: list[str] = []
    length = 0

    def place(text: str, heading: bool = False) -> Block:
        nonlocal length
        if parts:
            parts.append("\n\n")
            length += 2
        block = Block(text, length, length + len(text), ((0, length),), heading)
        parts.append(text)
        length += len(text)
        return block

    headers = [("title", place(title))]
    if declared.subtitle:
        headers.append(("subtitle", place(declared.subtitle)))
    if declared.caption:
        headers.append(("caption", place(declared.caption)))
    fields: dict[str, str] = {}
    paragraphs: list[Block] = []
    for piece in pieces:
        block = place(piece.text, piece.heading)
        if not paragraphs and not piece.heading:
            block = split_lead_dateline(block, fields)
        paragraphs.append(block)
    meta = Metadata(
        title=title,
        subtitle=declared.subtitle,
        author=declared.author,
        source=declared.site,
        date=declared.date,
        dateline=fields.get("dateline"),
        caption=declared.caption,
        section=declared.section,
        url=record.get("url") or declared.url or declared.saved_from,
        fetched=record.get("fetched"),
    )
    return Article(
        path=path,
        text="".join(parts),
        meta=meta,
        paragraphs=tuple(paragraphs),
        headers=tuple(headers),
        encoding=encoding,
        layout="web",
        notes=notes,
    )
