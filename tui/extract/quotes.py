"""Finding quotations: pairs of quotation marks in each paragraph, by their shape and context.

Straight marks (") say nothing about direction, and real copy mixes them with curly ones and
sometimes turns a curly mark the wrong way round, so each mark is read from what stands beside
it: a mark after a space and before a letter opens, a mark after a letter and before a space or
punctuation closes. A quote may run over several paragraphs: the paragraph that continues it
opens with a mark, and the one before has no closing mark.

Other languages' marks say their direction by their glyph, in pairs their typography fixes:
French « » (with spaces inside, which the English reading by neighbours takes backwards),
German and Danish » « and „ “, Polish „ ”, German single ‚ ‘, and the corner brackets 「 」
and 『 』 of Chinese and Japanese. A paragraph that uses them is paired by glyph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.model import Block

DOUBLE_MARKS = '"“”„«»‟'
_OPENERS = "“„«‟"
_CLOSERS = "”»"
_BEFORE_OPEN = " \t\n([{—–-―/:;,"
_AFTER_CLOSE = " \t\n)]}.,;:!?—–-―/…'’‘"

# A double mark, or the second of two apostrophes a writer typed for a closing double mark
# ("creators,’’ says"): read as that mark, the first kept out of the quote.
_DOUBLED = "’'"
_MARK = re.compile(f"[{DOUBLE_MARKS}]|[{_DOUBLED}](?<=[^\\s{_DOUBLED}][{_DOUBLED}][{_DOUBLED}])")
# The double marks alone: a paragraph with no two apostrophes side by side (nearly all) is
# scanned with this, twice as fast.
_PLAIN_MARK = re.compile(f"[{DOUBLE_MARKS}]")


def _marks(text: str) -> list[int]:
    """Where a paragraph's double quotation marks stand, in order."""
    doubled = "’’" in text or "''" in text or "’'" in text or "'’" in text
    return [found.start() for found in (_MARK if doubled else _PLAIN_MARK).finditer(text)]


# Marks whose glyph fixes the pair (the opening mark, then the marks that may close it). Of
# the guillemets, the first one a paragraph uses opens: « » in French, » « in German.
_GLYPH_PAIRS = {"„": "“”", "‚": "‘’", "「": "」", "『": "』"}
_GLYPH_MARK = re.compile("[«»„“”‚‘’「」『』]")
_GLYPH_OPENING = re.compile("[«»„‚「『]")
_CUT_AT_CUE = re.compile(r",\s+(?=(?:\w+\s+){0,3}?(?:said|says|told|added|asked|wrote)\b)")


@dataclass(frozen=True, slots=True)
class QuoteSpan:
    """Where one quotation's words stand in a block: ``[start, end)`` without the marks.

    ``open_at`` and ``close_at`` are the marks' positions (``close_at`` is None when the quote
    runs on into the next paragraph).
    """

    block: int
    start: int
    end: int
    open_at: int
    close_at: int | None
    continued: bool = False  # it continues a quote left open in the paragraph before


def _direction(text: str, index: int) -> str | None:
    """'open', 'close' or None, for the mark at ``index``, from its neighbours and its glyph."""
    before = text[index - 1] if index else " "
    after = text[index + 1] if index + 1 < len(text) else " "
    opens = before in _BEFORE_OPEN and not after.isspace()
    closes = not before.isspace() and (after in _AFTER_CLOSE or after in DOUBLE_MARKS)
    if opens and not closes:
        return "open"
    if closes and not opens:
        return "close"
    mark = text[index]
    if mark in _OPENERS:
        return "open"
    if mark in _CLOSERS:
        return "close"
    return None


def find_quotes(blocks: tuple[Block, ...] | list[Block]) -> list[QuoteSpan]:
    """Every quotation in ``blocks`` (the body paragraphs, in order)."""
    spans: list[QuoteSpan] = []
    carried = False  # a quote left open at the end of the previous paragraph
    for number, block in enumerate(blocks):
        text = block.text
        following = blocks[number + 1].text.lstrip() if number + 1 < len(blocks) else ""
        continues = carried and text.lstrip()[:1] in DOUBLE_MARKS
        found, left_open = _pair_marks(text)
        block_spans = [
            _span(number, text, open_at, close_at, continued=continues and not index)
            for index, (open_at, close_at) in enumerate(found)
        ]
        carried = False
        if left_open is not None:
            if following[:1] in DOUBLE_MARKS:
                block_spans.append(_span(number, text, left_open, None, continues and not found))
                carried = True
            elif (cut := _unclosed(text, left_open)) is not None:
                block_spans.append(_span(number, text, left_open, cut, continued=False))
        spans.extend(span for span in block_spans if span.end > span.start)
    return spans


def _pair_marks(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Pairs of (opening, closing) mark positions, and an opening left without its close."""
    if _GLYPH_OPENING.search(text):
        return _pair_by_glyph(text)
    marks = _marks(text)
    nested = _pair_nested(text, marks)
    if nested is not None:
        return nested, None
    pairs: list[tuple[int, int]] = []
    open_at: int | None = None
    for index in marks:
        char = text[index]
        direction = _direction(text, index)
        if open_at is None:
            if direction == "open" or (direction is None and char == '"') or index == 0:
                open_at = index
        elif direction == "close" or direction is None or char == '"':
            if index > open_at + 1:
                pairs.append((open_at, index))
            open_at = None
        else:
            # Another opening while one is open: the earlier mark was a stray.
            open_at = index
    return pairs, open_at


def _pair_by_glyph(text: str) -> tuple[list[tuple[int, int]], int | None]:
    """Outer pairs of the marks whose glyph says their direction (see the module's note);
    marks inside an open pair (quotes within the quote) and English marks outside any are
    left alone. A single closing mark that stands inside a word is an apostrophe."""
    pairs: list[tuple[int, int]] = []
    guillemets = ""  # the guillemet pair this paragraph uses, opening mark first
    open_at: int | None = None
    closers = ""
    for found in _GLYPH_MARK.finditer(text):
        index = found.start()
        mark = text[index]
        if open_at is None:
            if mark in "«»":
                guillemets = guillemets or (mark + ("»" if mark == "«" else "«"))
                if mark == guillemets[0]:
                    open_at, closers = index, guillemets[1]
            elif mark in _GLYPH_PAIRS:
                open_at, closers = index, _GLYPH_PAIRS[mark]
            continue
        if mark not in closers:
            continue
        if mark in "‘’" and index + 1 < len(text) and text[index + 1].isalpha():
            continue  # an apostrophe: "l’occupation"
        if index > open_at + 1:
            pairs.append((open_at, index))
        open_at = None
    return pairs, open_at


def _pair_nested(text: str, marks: list[int]) -> list[tuple[int, int]] | None:
    """The outer pairs when a paragraph nests curly double quotes inside curly double quotes
    ('"Trump's claim that a deal "has to do with Israel" makes clear...," wrote Klein'), all
    marks plainly opening or closing and every one matched; else None."""
    pairs: list[tuple[int, int]] = []
    depth = 0
    deepest = 0
    open_at = 0
    for index in marks:
        direction = _direction(text, index)
        if text[index] == '"' or direction is None:
            return None
        if direction == "open":
            if not depth:
                open_at = index
            depth += 1
            deepest = max(deepest, depth)
        else:
            if not depth:
                return None
            depth -= 1
            if not depth:
                pairs.append((open_at, index))
    if depth or deepest < 2:
        return None
    return pairs


def _unclosed(text: str, open_at: int) -> int | None:
    """Where an unclosed quote most likely ends: before its attribution, if it has one."""
    match = _CUT_AT_CUE.search(text, open_at + 1)
    if match:
        return match.start()
    return None


def _span(block: int, text: str, open_at: int, close_at: int | None, continued: bool) -> QuoteSpan:
    """The quoted words between the marks, without surrounding spaces or a closing comma."""
    start = open_at + 1
    end = close_at if close_at is not None else len(text)
    if close_at is not None and text[close_at] in _DOUBLED:
        end -= 1  # the first of the two apostrophes that close it
    while start < end and text[start].isspace():
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] == ","):
        end -= 1
    return QuoteSpan(block, start, end, open_at, close_at, continued)
