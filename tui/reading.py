"""What the reading pane shows, computed once per article: sections of text with marks.

A pure module: the interface draws these sections and never searches article text itself.
Marks are offsets into each section's text, so highlighting a quote, an entity or a search
match is a matter of styling ranges that are already known.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from tui.model import Article, Block, Extraction
from tui.textsafe import printable

SPEAKER_COLOURS = 8  # speakers cycle through this many colours


@dataclass(frozen=True, slots=True)
class Mark:
    """A range of a section's text and what it is: a quote, an entity or a match."""

    start: int
    end: int
    kind: str  # "quote", "person", "organisation", "place", "date"
    ref: int = -1  # for a quote: its index in the extraction's quotes


@dataclass(frozen=True, slots=True)
class Section:
    """One block of the reading pane: a headline, the byline, a paragraph."""

    kind: str  # "headline", "subtitle", "byline", "caption", "heading", "paragraph"
    text: str
    marks: tuple[Mark, ...] = ()
    paragraph: int | None = None


@dataclass(frozen=True, slots=True)
class QuotePlace:
    """Where a quote stands in the reading pane, and whose colour it takes."""

    section: int
    start: int
    end: int
    speaker: int  # index into the speakers, -1 when nobody is named


@dataclass(frozen=True, slots=True)
class Reading:
    """Everything the reading pane needs about one article."""

    sections: tuple[Section, ...]
    quotes: tuple[QuotePlace, ...]
    speaker_names: tuple[str, ...]

    def speaker_of(self, quote: int) -> str | None:
        """The name of the speaker of quote ``quote``, if one is named."""
        index = self.quotes[quote].speaker
        return self.speaker_names[index] if index >= 0 else None


def build_reading(article: Article, extraction: Extraction) -> Reading:
    """Lay out ``article`` for reading, with the marks of ``extraction`` placed on it."""
    meta = article.meta
    sections: list[Section] = []
    blocks: list[Block | None] = []
    title = article.header("title")
    sections.append(Section("headline", printable(meta.title)))
    blocks.append(title)
    if meta.subtitle:
        sections.append(Section("subtitle", printable(meta.subtitle)))
        blocks.append(article.header("subtitle"))
    byline = " · ".join(
        printable(part) for part in (meta.author, meta.source, meta.date, meta.dateline) if part
    )
    if byline:
        sections.append(Section("byline", byline))
        blocks.append(None)
    if meta.caption:
        credit = f" (Photo: {printable(meta.photo_credit)})" if meta.photo_credit else ""
        sections.append(Section("caption", printable(meta.caption) + credit))
        blocks.append(article.header("caption"))
    body_start = len(sections)
    for number, paragraph in enumerate(article.paragraphs, start=1):
        kind = "heading" if paragraph.heading else "paragraph"
        sections.append(Section(kind, printable(paragraph.text), paragraph=number))
        blocks.append(paragraph)

    marks: list[list[Mark]] = [[] for _ in sections]
    speaker_names = tuple(speaker.name for speaker in extraction.speakers)
    speaker_index = {name: index for index, name in enumerate(speaker_names)}
    quotes: list[QuotePlace] = []
    for index, quote in enumerate(extraction.quotes):
        section = body_start + (quote.paragraph or 1) - 1
        block = blocks[section]
        assert block is not None
        start, end = block.reading_offset(quote.span[0]), block.reading_offset(quote.span[1])
        marks[section].append(Mark(start, end, "quote", index))
        speaker = speaker_index.get(quote.speaker, -1) if quote.speaker else -1
        quotes.append(QuotePlace(section, start, end, speaker))

    located = [(number, block) for number, block in enumerate(blocks) if block is not None]
    located.sort(key=lambda item: item[1].start)
    starts = [block.start for _, block in located]
    for entity in extraction.entities:
        position = bisect_right(starts, entity.span[0]) - 1
        if position < 0:
            continue
        number, block = located[position]
        if entity.span[1] > block.end:
            continue
        start, end = block.reading_offset(entity.span[0]), block.reading_offset(entity.span[1])
        marks[number].append(Mark(start, end, entity.label))

    return Reading(
        sections=tuple(
            Section(
                section.kind,
                section.text,
                tuple(sorted(found, key=lambda m: m.start)),
                section.paragraph,
            )
            for section, found in zip(sections, marks, strict=True)
        ),
        quotes=tuple(quotes),
        speaker_names=speaker_names,
    )


def find_matches(reading: Reading, query: str) -> list[tuple[int, int, int]]:
    """Where ``query`` occurs (case-insensitively): ``(section, start, end)`` in order."""
    if not query:
        return []
    needle = query.lower()
    found: list[tuple[int, int, int]] = []
    for number, section in enumerate(reading.sections):
        haystack = section.text.lower()
        position = haystack.find(needle)
        while position != -1:
            found.append((number, position, position + len(needle)))
            position = haystack.find(needle, position + max(len(needle), 1))
    return found
