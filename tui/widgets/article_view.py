"""The reading pane: the open article, drawn line by line.

It uses Textual's line API, like Toolong: the article is wrapped once per width into lines,
and only the lines on screen are turned into strips, so an article of thousands of paragraphs
costs no more to scroll than a short one. Highlight styles are component classes, set in the
TCSS, so themes can change them.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.events import Click
from textual.geometry import Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.messages import QuoteClicked
from tui.reading import SPEAKER_COLOURS, Reading
from tui.widgets.base_style import BaseStyleCache

_ENTITY_KINDS = ("person", "organisation", "place", "date")


@dataclass(frozen=True, slots=True)
class _Line:
    """One screen line: which section it belongs to and which characters of it it shows."""

    section: int
    start: int
    end: int


class ArticleView(BaseStyleCache, ScrollView, can_focus=True):
    """Shows one article; marks quotes in their speaker's colour and entities by kind."""

    COMPONENT_CLASSES = {
        "article-view--headline",
        "article-view--subtitle",
        "article-view--byline",
        "article-view--caption",
        "article-view--heading",
        "article-view--quote",
        "article-view--current",
        "article-view--match",
        *(f"article-view--{kind}" for kind in _ENTITY_KINDS),
        *(f"article-view--speaker-{number}" for number in range(SPEAKER_COLOURS)),
    }

    show_entities: reactive[bool] = reactive(True)
    current: reactive[int | None] = reactive(None)

    def __init__(self, id: str | None = None) -> None:
        super().__init__(id=id)
        self.reading: Reading | None = None
        self.matches: list[tuple[int, int, int]] = []
        self._lines: list[_Line] = []
        self._first_line: list[int] = []  # the first screen line of each section
        self._strips: dict[tuple[int, Style, str], Strip] = {}
        self._wrapped_for = 0
        # Where to scroll once the article is wrapped: shown before the pane has a size (on
        # mount), it is wrapped once, at the first resize, not once for nothing before it.
        self._pending_scroll: float | None = None
        self._pending_quote: int | None = None

    # -- what is shown ---------------------------------------------------------------------

    def show(self, reading: Reading, current: int | None = None, scroll_y: float = 0) -> None:
        """Show ``reading``, with quote ``current`` marked and the view at ``scroll_y``."""
        self.reading = reading
        self.matches = []
        self._wrapped_for = 0
        self._pending_scroll, self._pending_quote = scroll_y, None
        self.set_reactive(ArticleView.current, current)
        self._strips.clear()
        self._rewrap()
        self.refresh()

    def mark_matches(self, matches: list[tuple[int, int, int]]) -> None:
        """Highlight search matches (``(section, start, end)``)."""
        self.matches = matches
        self._strips.clear()
        self.refresh()

    def scroll_to_quote(self, quote: int) -> None:
        """Scroll so quote ``quote`` is in view, a few lines below the top."""
        if self.reading is None:
            return
        if not self._wrapped_for:
            self._pending_quote = quote
            return
        place = self.reading.quotes[quote]
        self.scroll_to_section_offset(place.section, place.start, place.end)

    def scroll_to_section_offset(self, section: int, start: int, end: int) -> None:
        """Scroll so characters ``[start, end)`` of ``section`` are in view."""
        first = self._line_of(section, start)
        last = self._line_of(section, max(start, end - 1))
        top, bottom = self.scroll_offset.y, self.scroll_offset.y + self.size.height - 1
        if first >= top and last <= bottom:
            return
        self._scroll_now(max(0, first - max(1, self.size.height // 4)))

    def _scroll_now(self, y: float) -> None:
        # Set directly: scroll_to refuses while the scrollbar waits for the next layout.
        self.scroll_target_y = self.scroll_y = y

    def watch_current(self) -> None:
        self._strips.clear()
        self.refresh()

    def watch_show_entities(self) -> None:
        self._strips.clear()
        self.refresh()

    # -- layout ------------------------------------------------------------------------------

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Textual gives the pane its size here, in the layout, before drawing it; the Resize
        # event comes only after the frame is drawn. Wrapping here puts the article, and its
        # scrollbar, in the first frame rather than in a second layout and frame. (A private
        # hook, like _scroll_update below: pyproject keeps Textual below 9, and the Pilot
        # tests of wrapping and of the first frame would show a change in it.)
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        self._rewrap()
        return resized

    def _width(self) -> int:
        return max(20, self.scrollable_content_region.width - 1)

    def _rewrap(self) -> None:
        """Wrap every section to the current width; styles are applied when drawing."""
        if self.reading is None:
            self.virtual_size = Size(0, 0)
            return
        if not self.size.width:
            return  # not laid out yet: the first resize wraps it
        width = self._width()
        if width == self._wrapped_for:
            return
        self._wrapped_for = width
        lines: list[_Line] = []
        first_line: list[int] = []
        for number, section in enumerate(self.reading.sections):
            first_line.append(len(lines))
            for start, end in _wrap(section.text, width):
                lines.append(_Line(number, start, end))
            if section.kind != "headline" or number + 1 < len(self.reading.sections):
                lines.append(_Line(-1, 0, 0))  # a blank line between sections
        self._lines = lines
        self._first_line = first_line
        self._strips.clear()
        # Set without asking for another layout: the scrollbar is always there (see the TCSS),
        # so the length of the article changes only its thumb.
        self.set_reactive(ScrollView.virtual_size, Size(width, len(lines)))
        self._scroll_update(self.virtual_size)
        if self._pending_scroll is not None:
            self._scroll_now(self._pending_scroll)
            self._pending_scroll = None
        if self._pending_quote is not None:
            quote, self._pending_quote = self._pending_quote, None
            self.scroll_to_quote(quote)
        self.refresh()

    def _line_of(self, section: int, offset: int) -> int:
        line = self._first_line[section]
        while (
            line + 1 < len(self._lines)
            and self._lines[line + 1].section == section
            and self._lines[line + 1].start <= offset
        ):
            line += 1
        return line

    # -- drawing -----------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        index = scroll_y + y
        width = self.size.width
        base = self.base_style
        if index >= len(self._lines) or self.reading is None:
            return Strip.blank(width, base)
        # Focus and themes change the styles, so they are part of what a cached line depends on.
        key = (index, base, self.app.theme)
        strip = self._strips.get(key)
        if strip is None:
            strip = self._strips[key] = self._render(self._lines[index], base)
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, index)

    def _render(self, line: _Line, base: Style) -> Strip:
        if line.section < 0 or self.reading is None:
            return Strip([Segment("", base)], 0)
        section = self.reading.sections[line.section]
        text = Text(section.text[line.start : line.end], no_wrap=True, end="")
        # Set as a span, not as the Text's own style, which rendering drops on unmarked lines.
        text.stylize(base)
        kind_style = f"article-view--{section.kind}"
        if kind_style in self.COMPONENT_CLASSES:
            text.stylize(self.get_component_rich_style(kind_style, partial=True))
        for mark in section.marks:
            if mark.end <= line.start or mark.start >= line.end:
                continue
            style = self._mark_style(mark.kind, mark.ref)
            if style is not None:
                text.stylize(
                    style,
                    max(mark.start, line.start) - line.start,
                    min(mark.end, line.end) - line.start,
                )
        for number, start, end in self.matches:
            if number == line.section and end > line.start and start < line.end:
                text.stylize(
                    self.get_component_rich_style("article-view--match", partial=True),
                    max(start, line.start) - line.start,
                    min(end, line.end) - line.start,
                )
        segments = list(text.render(self.app.console))
        return Strip(segments, cell_len(text.plain))

    def _mark_style(self, kind: str, ref: int) -> Style | None:
        if kind == "quote":
            assert self.reading is not None
            speaker = self.reading.quotes[ref].speaker
            style = self.get_component_rich_style("article-view--quote", partial=True)
            if speaker >= 0:
                style += self.get_component_rich_style(
                    f"article-view--speaker-{speaker % SPEAKER_COLOURS}", partial=True
                )
            if ref == self.current:
                style += self.get_component_rich_style("article-view--current", partial=True)
            return style
        if not self.show_entities:
            return None
        return self.get_component_rich_style(f"article-view--{kind}", partial=True)

    # -- the mouse ---------------------------------------------------------------------------

    def on_click(self, event: Click) -> None:
        """Clicking a quote makes it the current one."""
        if self.reading is None:
            return
        index = self.scroll_offset.y + event.y
        if not 0 <= index < len(self._lines):
            return
        line = self._lines[index]
        offset = line.start + event.x + self.scroll_offset.x
        for number, place in enumerate(self.reading.quotes):
            if place.section == line.section and place.start <= offset < place.end:
                self.post_message(QuoteClicked(number))
                return


def _wrap(text: str, width: int) -> list[tuple[int, int]]:
    """``[start, end)`` of each line of ``text`` wrapped at ``width`` cells, breaking at spaces
    (a word longer than the width is cut)."""
    if not text:
        return [(0, 0)]
    if text.isascii() and "\n" not in text:
        return _wrap_ascii(text, width)
    lines: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start < length:
        if text[start] == "\n":
            start += 1
            continue
        end = start
        cells = 0
        last_space = -1
        while end < length and text[end] != "\n":
            cells += cell_len(text[end])
            if cells > width:
                break
            if text[end] == " ":
                last_space = end
            end += 1
        if end < length and text[end] != "\n" and last_space > start:
            end = last_space
        if end == start:
            end = start + 1  # a character wider than the line still takes a line of its own
        lines.append((start, end))
        start = end
        while start < length and text[start] == " ":
            start += 1
    return lines or [(0, 0)]


def _wrap_ascii(text: str, width: int) -> list[tuple[int, int]]:
    """``_wrap`` for text whose every character takes one cell: found with ``rfind``."""
    lines: list[tuple[int, int]] = []
    start = 0
    length = len(text)
    while start < length:
        if length - start <= width:
            lines.append((start, length))
            break
        cut = text.rfind(" ", start, start + width + 1)
        if cut <= start:
            cut = start + width
        lines.append((start, cut))
        start = cut
        while start < length and text[start] == " ":
            start += 1
    return lines
