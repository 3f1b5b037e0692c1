"""The data model that flows one way: file -> Article -> Extraction -> views.

Everything here is immutable. Every piece of text keeps character offsets into the file's
decoded text, so anything shown or cited can be traced back to the exact characters of the file.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field


@dataclass(frozen=True, slots=True)
class Block:
    """A run of reading text (a paragraph, a headline) and where each of its characters came from.

    ``pieces`` is a sorted tuple of ``(text_index, source_index)`` pairs: from ``text_index`` up to
    the next piece, the reading text equals the file's text from ``source_index`` on. Plain-text
    paragraphs written on one line have one piece; a paragraph wrapped over several lines, or a
    Markdown paragraph whose markup was removed, has one piece per run.
    """

    text: str
    start: int
    end: int
    pieces: tuple[tuple[int, int], ...]
    heading: bool = False

    def source_offset(self, index: int) -> int:
        """The file offset of reading-text position ``index`` (``len(text)`` maps to ``end``)."""
        if index >= len(self.text):
            return self.end
        if index <= 0:
            return self.pieces[0][1] if self.pieces else self.start
        if len(self.pieces) == 1:  # a paragraph written on one line: the common case
            text_index, source_index = self.pieces[0]
            return source_index + (index - text_index)
        text_starts = [piece[0] for piece in self.pieces]
        position = bisect_right(text_starts, index) - 1
        text_index, source_index = self.pieces[position]
        return source_index + (index - text_index)

    def tail(self, skip: int) -> Block:
        """This block without its first ``skip`` characters (a dateline, say)."""
        if skip <= 0:
            return self
        kept = [(index - skip, source) for index, source in self.pieces if index > skip]
        first = (0, self.source_offset(skip))
        return Block(self.text[skip:], first[1], self.end, (first, *kept), self.heading)

    def reading_offset(self, source: int) -> int:
        """The reading-text position of file offset ``source`` (the inverse of
        ``source_offset``), clamped to the block."""
        if source <= self.start:
            return 0
        if source >= self.end:
            return len(self.text)
        sources = [piece[1] for piece in self.pieces]
        position = bisect_right(sources, source) - 1
        text_index, source_index = self.pieces[max(position, 0)]
        following = (
            self.pieces[position + 1][0] if position + 1 < len(self.pieces) else len(self.text)
        )
        return min(text_index + (source - source_index), following)

    def source_span(self, start: int, end: int) -> tuple[int, int]:
        """The file span ``[s, e)`` covering reading-text positions ``[start, end)``."""
        if end <= start:
            offset = self.source_offset(start)
            return offset, offset
        return self.source_offset(start), self.source_offset(end - 1) + 1


@dataclass(frozen=True, slots=True)
class Metadata:
    """What an article says about itself: headline, byline, date and the like."""

    title: str = ""
    subtitle: str | None = None
    author: str | None = None
    source: str | None = None
    date: str | None = None
    dateline: str | None = None
    caption: str | None = None
    photo_credit: str | None = None
    section: str | None = None
    url: str | None = None
    fetched: str | None = None  # when a web page was fetched (ISO 8601, UTC)


@dataclass(frozen=True, slots=True)
class Article:
    """One article as read from a file: its decoded text, metadata and body paragraphs.

    ``headers`` holds the located header blocks (``title``, ``subtitle``, ``caption``) by name,
    so that quotes in a headline can be found and traced like those in the body.
    """

    path: str
    text: str
    meta: Metadata
    paragraphs: tuple[Block, ...]
    headers: tuple[tuple[str, Block], ...] = ()
    encoding: str = "utf-8"
    layout: str = "plain"
    notes: tuple[str, ...] = ()

    @property
    def title(self) -> str:
        """The headline, or the file name when the article has none."""
        return self.meta.title

    def header(self, name: str) -> Block | None:
        """The located header block called ``name``, if the article has one."""
        for key, block in self.headers:
            if key == name:
                return block
        return None


@dataclass(frozen=True, slots=True)
class Quote:
    """A quotation: the quoted words (without marks), who said them, and where."""

    text: str
    kind: str  # "direct" or "partial"
    span: tuple[int, int]
    paragraph: int | None  # body paragraph from 1; None for a header
    speaker: str | None = None
    cue: str | None = None
    where: str = "body"  # "body" or the header block's name
    sieve: str = ""  # the attribution pass that decided the speaker (for the evaluation)


@dataclass(frozen=True, slots=True)
class Speaker:
    """Someone (or some body) quoted in the article."""

    name: str
    role: str | None = None
    aliases: tuple[str, ...] = ()
    quotes: int = 0
    kind: str = "person"  # "person" or "organisation"


@dataclass(frozen=True, slots=True)
class Entity:
    """A mention of a person, organisation, place or date."""

    text: str
    label: str  # "person", "organisation", "place" or "date"
    span: tuple[int, int]
    key: str = ""  # canonical name shared by all mentions of one entity


@dataclass(frozen=True, slots=True)
class Territory:
    """A place at stake in the article and, where the article says, who holds it."""

    name: str
    kind: str  # "country", "region" or "city"
    country: str | None = None
    held_by: str | None = None
    extent: str | None = None
    mentions: int = 0
    spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything found in one article, all spans computed once."""

    quotes: tuple[Quote, ...] = ()
    speakers: tuple[Speaker, ...] = ()
    entities: tuple[Entity, ...] = ()
    territories: tuple[Territory, ...] = ()
    notes: tuple[str, ...] = field(default=())
