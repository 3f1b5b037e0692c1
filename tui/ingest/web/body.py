"""The article's text on a web page: its paragraphs, headings and lists, and nothing else.

trafilatura finds the main text (it weighs text and link density, boilerplate classes and the
page's structure, and is tuned on thousands of real pages: far more than a page of our own
rules would be). What it returns is then read as a journalist would: the headline, deck and
caption it sometimes keeps are the header's, not the body's; a pull quote that repeats words of
a paragraph is not a second paragraph; a trailing "Related" or "Comments" heading ends the body.
Where trafilatura drops paragraphs of the article's own box (short, linked, or past an embed
it stopped at), the box densest in paragraphs that holds its text gives them back.
When trafilatura finds nothing (a truncated or odd page), the page's own paragraphs are read.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from lxml import html as lxml_html

from tui.ingest.web.metadata import clean

# A heading that opens the site's furniture after the article: nothing from it on is the body.
_FURNITURE_HEADING = re.compile(
    r"^(?:\d+\s+)?(?:comments?|leave a (?:comment|reply)|join the (?:conversation|discussion)|"
    r"related(?: articles| stories| posts| coverage| reading)?|more (?:from|on|stories)\b.*|"
    r"read (?:more|next)|(?:you (?:may|might) )?also like|share this(?: article| story| post)?|"
    r"recommended(?: for you)?|sign up for .*|subscribe to .*|popular (?:stories|posts)|"
    r"trending(?: now)?)\s*:?$",
    re.IGNORECASE,
)
# The back matter that follows an article: the author's bio box, acknowledgments, notes and
# references. From such a heading in the article's second half on, nothing is the body.
_BACK_MATTER = re.compile(
    r"^(?:about the authors?|about the writer|author bio(?:graphy)?|meet the author|"
    r"acknowledg(?:e)?ments?|(?:end)?notes|footnotes|references|bibliography|works cited|"
    r"sources and further reading)\s*:?$",
    re.IGNORECASE,
)
# A quotation that stands alone, as pull quotes do: it opens and closes with quotation marks.
_STANDALONE_QUOTE = re.compile(r"^[\"“‘'«„].{10,}[\"”’'»]\W{0,2}$", re.DOTALL)
_BLOCK_TAGS = ("p", "head", "list", "quote", "table", "code")
# The fewest words a page's paragraphs must hold for a fallback reading to count as text.
_FALLBACK_WORDS = 40
# Below this many words, trafilatura may have missed the article: if the page's paragraphs hold
# more than 1/_MISSED_SHARE times as many words, they are read instead.
_MISSED_WORDS = 200
_MISSED_SHARE = 0.05
# The densest block replaces the extractor's reading when it holds this share of its words
# and between these many times as many words in all.
_FULLER_HOLDS = 0.9
_FULLER_LEAST = 1.1
_FULLER_MOST = 5.0
# The fewest words of a paragraph that counts towards its block's weight.
_PARAGRAPH_WORDS = 5
_FURNITURE = (
    "ancestor::nav|ancestor::footer|ancestor::script|ancestor::style|ancestor::aside"
    "|ancestor::noscript|ancestor::form|ancestor::header"
)
# A block this short may be a label set as a paragraph ("YOU MIGHT ALSO LIKE:").
_LABEL_WORDS = 6
# A block this long is prose, not a teaser or a link.
_PROSE_WORDS = 30


@dataclass(frozen=True, slots=True)
class Piece:
    """One block of article text and whether it is a heading."""

    text: str
    heading: bool = False
    quote: bool = False  # a blockquote: a pull quote or a quoted passage


def read_body(tree: lxml_html.HtmlElement) -> list[Piece]:
    """The article's blocks, as trafilatura finds them; the page's paragraphs if it finds none."""
    # Imported here: trafilatura and its date and language helpers take a second to import,
    # and only web pages need them.
    import trafilatura

    pieces = _extracted(trafilatura, tree)
    found = _words(pieces)
    if found >= _MISSED_WORDS:
        return _fuller(pieces, _blocks_of(_article_box(tree, pieces)))
    # Little or nothing kept of a page full of paragraphs: the extractor missed the article
    # (it took the page for a list of teasers, say), so the page's own paragraphs are read.
    fallback = _fallback(tree)
    if found == 0 or sum(len(piece.text.split()) for piece in fallback) > found / _MISSED_SHARE:
        return fallback or pieces
    return pieces


def _extracted(trafilatura, tree: lxml_html.HtmlElement, **settings: bool) -> list[Piece]:
    """trafilatura's reading of the page's main text, as blocks."""
    document = trafilatura.bare_extraction(
        tree,
        with_metadata=False,
        include_comments=False,
        include_tables=True,
        include_images=False,
        include_links=False,
        include_formatting=False,
        **settings,
    )
    body = getattr(document, "body", None)
    return _pieces(body) if body is not None else []


def _words(pieces: list[Piece]) -> int:
    return sum(len(piece.text.split()) for piece in pieces)


def _fuller(extracted: list[Piece], block: list[Piece]) -> list[Piece]:
    """The blocks of the article's box, when they hold what the extractor kept and more of
    the same article (paragraphs it dropped as too short or too linked), else what the
    extractor kept. Far more than it kept is the page's furniture, not the article."""
    kept, dense = Counter(_all_words(extracted)), Counter(_all_words(block))
    if not dense:
        return extracted
    shared = sum((kept & dense).values())
    total = sum(kept.values())
    grows = _FULLER_LEAST * total < sum(dense.values()) <= _FULLER_MOST * total
    if not grows or shared < _FULLER_HOLDS * total:
        return extracted
    # The article runs from the first to the last block the extractor kept too: what stands
    # after it in the same box (comments, appeals, teasers) is not the article's.
    text = " " + " ".join(_key(piece.text) for piece in extracted) + " "
    inside = [number for number, piece in enumerate(block) if f" {_key(piece.text)} " in text]
    if not inside:
        return extracted
    end = inside[-1] + 1
    # Where the extractor stopped short (at an embed, say), the box's own paragraphs, and the
    # sections they open, go on; a list (as comments are set) or a short block ends them.
    while end < len(block) and (
        _is_paragraph(block[end])
        or (block[end].heading and end + 1 < len(block) and _is_paragraph(block[end + 1]))
    ):
        end += 1
    return block[inside[0] : end]


def _is_paragraph(piece: Piece) -> bool:
    """A paragraph of prose of its own: not a list item, a quote or a heading."""
    return _is_prose(piece) and not piece.quote and not piece.text.startswith("• ")


def _all_words(pieces: list[Piece]) -> list[str]:
    return [word for piece in pieces for word in re.findall(r"\w+", piece.text.lower())]


def _article_box(
    tree: lxml_html.HtmlElement, extracted: list[Piece]
) -> lxml_html.HtmlElement | None:
    """The element holding the most paragraph text (a paragraph's words count for its parent,
    and half for its grandparent, as Readability weighs them), outside the site's navigation,
    header, asides and footer; widened to the nearest ancestor that holds what the extractor
    kept, where the article is split into several such boxes."""
    weight: dict[lxml_html.HtmlElement, float] = {}
    for paragraph in tree.iter("p"):
        if paragraph.xpath(_FURNITURE):
            continue
        count = len(paragraph.text_content().split())
        parent = paragraph.getparent()
        if count < _PARAGRAPH_WORDS or parent is None:
            continue
        weight[parent] = weight.get(parent, 0) + count
        grandparent = parent.getparent()
        if grandparent is not None:
            weight[grandparent] = weight.get(grandparent, 0) + count / 2
    if not weight:
        return None
    box = max(weight, key=weight.__getitem__)
    kept = Counter(_all_words(extracted))
    total = sum(kept.values())
    while box.tag != "body" and box.getparent() is not None:
        held = Counter(re.findall(r"\w+", _shown_text(box).lower()))
        if sum((kept & held).values()) >= _FULLER_HOLDS * total:
            break
        box = box.getparent()
    return box


def _shown_text(element: lxml_html.HtmlElement) -> str:
    """The text ``element`` shows: what its scripts and styles hold is not shown."""
    return " ".join(element.xpath(".//text()[not(ancestor::script or ancestor::style)]"))


def _blocks_of(block: lxml_html.HtmlElement | None) -> list[Piece]:
    """The paragraphs, headings, list items and quotes of ``block``, outside furniture."""
    if block is None:
        return []
    pieces: list[Piece] = []
    for element in block.iter("p", "h2", "h3", "h4", "li", "blockquote"):
        if element.xpath(_FURNITURE) or element.xpath(
            "ancestor::li|ancestor::blockquote|ancestor::p"
        ):
            continue
        text = clean(_shown_text(element))
        if not text:
            continue
        if element.tag == "li":
            text = f"• {text}"
        heading = element.tag in ("h2", "h3", "h4")
        pieces.append(Piece(text, heading=heading, quote=element.tag == "blockquote"))
    return pieces


def _pieces(container: lxml_html.HtmlElement) -> list[Piece]:
    """The blocks of trafilatura's body: paragraphs, headings, quotes, list items (nested
    lists item by item) and table rows; other containers are opened."""
    pieces: list[Piece] = []
    for element in container:
        tag = element.tag
        if tag == "list":
            pieces.extend(_items(element))
        elif tag == "table":
            for row in element.iter("row"):
                cells = [_text(cell) for cell in row.iter("cell")]
                text = " | ".join(cell for cell in cells if cell)
                if text:
                    pieces.append(Piece(text))
        elif tag in _BLOCK_TAGS:
            text = _text(element)
            if text:
                pieces.append(Piece(text, heading=tag == "head", quote=tag == "quote"))
        elif isinstance(tag, str) and tag not in ("graphic", "lb", "ref", "hi"):
            pieces.extend(_pieces(element) or [Piece(_text(element))] if _text(element) else [])
    return pieces


def _items(listing: lxml_html.HtmlElement) -> list[Piece]:
    """A list's items, one block each; an item's own sub-list follows it, item by item."""
    pieces: list[Piece] = []
    for item in listing.iterchildren("item"):
        nested = [child for child in item if child.tag == "list"]
        for child in nested:
            item.remove(child)
        text = _text(item)
        if text:
            pieces.append(Piece(f"• {text}"))
        for child in nested:
            pieces.extend(_items(child))
    return pieces


def _text(element: lxml_html.HtmlElement) -> str:
    return clean(" ".join(element.itertext()))


def _fallback(tree: lxml_html.HtmlElement) -> list[Piece]:
    """The page's ``<p>`` and heading texts outside navigation, scripts and footers: what a
    broken or truncated page still holds."""
    pieces: list[Piece] = []
    for element in tree.iter("p", "h2", "h3", "li", "blockquote"):
        if element.xpath(
            "ancestor::nav|ancestor::footer|ancestor::script|ancestor::style|ancestor::aside"
            "|ancestor::noscript|ancestor::form"
        ):
            continue
        if element.tag == "li" and element.xpath(".//a") and len(element.text_content()) < 80:
            continue  # a menu or a list of links
        text = clean(element.text_content())
        if text:
            pieces.append(Piece(text, heading=element.tag in ("h2", "h3")))
    if sum(len(piece.text.split()) for piece in pieces) < _FALLBACK_WORDS:
        return []
    return pieces


def _in_second_half(number: int, pieces: list[Piece]) -> bool:
    """Whether block ``number`` begins after half of the words of ``pieces``."""
    counts = [len(piece.text.split()) for piece in pieces]
    return sum(counts[:number]) > sum(counts) / 2


def _is_prose(piece: Piece) -> bool:
    """A paragraph of the article's own, as teasers and link lists never are."""
    return not piece.heading and len(piece.text.split()) >= _PROSE_WORDS


def _key(text: str) -> str:
    return " ".join(re.findall(r"\w+", text.lower()))


def tidy(pieces: list[Piece], header: list[str | None]) -> list[Piece]:
    """The body without what belongs to the header (``header``: the headline, deck and
    caption), without pull quotes that repeat a paragraph's words, and up to the furniture."""
    header_keys = {_key(text) for text in header if text}
    kept: list[Piece] = []
    for number, piece in enumerate(pieces):
        key = _key(piece.text)
        if not key:
            continue
        if number < 4 and key in header_keys:
            continue  # the headline or deck that the extraction kept at the top
        if kept and _BACK_MATTER.match(piece.text) and _in_second_half(number, pieces):
            break
        labels = piece.heading or len(key.split()) <= _LABEL_WORDS
        if labels and kept and _FURNITURE_HEADING.match(piece.text):
            if not any(_is_prose(later) for later in pieces[number + 1 :]):
                break  # the site's teasers and links from here on
            continue  # a heading the site dropped into the article: the article goes on
        kept.append(piece)
    keys = [_key(piece.text) for piece in kept]
    result: list[Piece] = []
    for number, piece in enumerate(kept):
        if _repeats(number, piece, keys):
            continue
        if keys[number] in header_keys and len(keys[number].split()) < 40:
            continue  # the lead image's caption, taken into the text
        result.append(piece)
    return result


def _repeats(number: int, piece: Piece, keys: list[str]) -> bool:
    """A pull quote: a short block, set apart as a quote, whose words stand in another block."""
    key = keys[number]
    if len(key.split()) > 60 or not (piece.quote or _STANDALONE_QUOTE.match(piece.text)):
        return False
    padded = f" {key} "
    return any(
        other != number and len(keys[other]) > len(key) and padded in f" {keys[other]} "
        for other in range(len(keys))
    )
