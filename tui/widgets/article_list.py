"""The list of the library's articles, drawn line by line.

A library may hold thousands of articles. An OptionList measures every row when it first
draws (two thirds of the first frame for a thousand articles), so the list uses Textual's line
API instead: each article is two screen lines, and only the rows on screen are drawn.
"""

from __future__ import annotations

from pathlib import Path

from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.library import Library
from tui.messages import ArticleChosen
from tui.textsafe import one_line

_ROW = 2  # screen lines an article: headline, then source, date and quotes


class ArticleList(ScrollView, can_focus=True):
    """One row an article: headline, then source, date and number of quotes; the open article
    is marked and the cursor highlighted. Articles not read yet show their file name until
    they are. Enter or a click opens the article under the cursor."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "open", "Open", show=False),
    ]
    COMPONENT_CLASSES = {"article-list--cursor", "article-list--detail"}

    highlighted: reactive[int | None] = reactive(None)

    def __init__(self, library: Library, id: str | None = None) -> None:
        super().__init__(id=id)
        self.library = library
        self.open_index: int | None = None
        self._rows: dict[tuple[int, bool, Style, int], tuple[Strip, Strip]] = {}
        self.virtual_size = Size(0, len(library.paths) * _ROW)

    # -- what is shown -------------------------------------------------------------------------

    def refresh_row(self, number: int) -> None:
        """Show article ``number`` as it is now known (read, or open)."""
        self._rows = {key: row for key, row in self._rows.items() if key[0] != number}
        self.refresh(Region(0, number * _ROW - self.scroll_offset.y, self.size.width, _ROW))

    def mark_open(self, index: int) -> None:
        """Mark article ``index`` as the open one and put the cursor on it."""
        previous, self.open_index = self.open_index, index
        for number in {previous, index} - {None}:
            self.refresh_row(number)
        self.highlighted = index

    def watch_highlighted(self, previous: int | None, current: int | None) -> None:
        for number in {previous, current} - {None}:
            self.refresh_row(number)
        if current is not None:
            self.scroll_to_region(Region(0, current * _ROW, 1, _ROW), animate=False, immediate=True)

    # -- keys and the mouse --------------------------------------------------------------------

    def action_cursor(self, step: int) -> None:
        """Move the cursor ``step`` articles."""
        self._move_to(0 if self.highlighted is None else self.highlighted + step)

    def action_page(self, direction: int) -> None:
        """Move the cursor a screenful of articles."""
        self.action_cursor(direction * max(1, self.size.height // _ROW))

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(len(self.library.paths) - 1)

    def action_open(self) -> None:
        """Open the article under the cursor."""
        if self.highlighted is not None:
            self.post_message(ArticleChosen(self.highlighted))

    def on_click(self, event: Click) -> None:
        number = (event.y + self.scroll_offset.y) // _ROW
        if 0 <= number < len(self.library.paths):
            self.highlighted = number
            self.post_message(ArticleChosen(number))

    def _move_to(self, number: int) -> None:
        if self.library.paths:
            self.highlighted = max(0, min(len(self.library.paths) - 1, number))

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        number, part = divmod(line, _ROW)
        width = self.size.width
        base = self.rich_style
        if number >= len(self.library.paths):
            return Strip.blank(width, base)
        cursor = number == self.highlighted
        # Focus, themes and the width change a row's look, so they are part of its key.
        key = (number, cursor, base, width)
        row = self._rows.get(key)
        if row is None:
            row = self._rows[key] = self._row(number, cursor, base)
        return row[part].crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, line)

    def _row(self, number: int, cursor: bool, base: Style) -> tuple[Strip, Strip]:
        """The two lines of article ``number``'s row, as written and styled."""
        is_open = number == self.open_index
        style = base + self.get_component_rich_style("article-list--cursor") if cursor else base
        detail = style + self.get_component_rich_style("article-list--detail", partial=True)
        marker = "▶ " if is_open else "  "
        entry = self.library.peek(number)
        if entry is None:
            title = Text(one_line(Path(self.library.paths[number]).name))
            title.stylize(detail)
            details = "…"
        else:
            title = Text(one_line(entry.article.meta.title))
            title.stylize(style)
            if is_open:
                title.stylize("bold")
            if entry.error is not None:
                details = one_line(entry.error)
            else:
                meta = entry.article.meta
                quotes = len(entry.extraction.quotes)
                parts = [part for part in (meta.source, meta.date) if part]
                parts.append(f"{quotes} quote{'s' if quotes != 1 else ''}")
                details = " · ".join(one_line(part) for part in parts)
        first = Text(marker, end="")
        first.stylize(style + Style(bold=True))
        first.append_text(title)
        # As a span: rendering drops a Text's own style on a line with no other span.
        second = Text("  " + details, end="")
        second.stylize(detail)
        width = max(1, self.scrollable_content_region.width)
        return self._strip(first, width, style), self._strip(second, width, style)

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(width, overflow="ellipsis")
        segments = list(text.render(self.app.console))
        return Strip(segments or [Segment("", style)]).extend_cell_length(width, style)
