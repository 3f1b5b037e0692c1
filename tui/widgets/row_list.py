"""A list drawn line by line: the article list and the side panels share it.

Textual's OptionList measures and lays out every row when it first draws; these lists use the
line API instead (as Toolong does), so only the rows on screen are ever drawn. That keeps a
library of a thousand articles as quick to show as one, and the reader's first frame short.
"""

from __future__ import annotations

from bisect import bisect_right
from itertools import accumulate

from rich.console import Console
from rich.segment import Segment
from rich.style import Style
from rich.text import Text
from textual.binding import Binding
from textual.events import Click
from textual.geometry import Region, Size
from textual.reactive import reactive
from textual.scroll_view import ScrollView
from textual.strip import Strip

from tui.widgets.base_style import BaseStyleCache

_PLAIN = Style()
_HANGING = 2  # cells a wrapped line runs on at, under a line with no indent of its own


class RowList(BaseStyleCache, ScrollView, can_focus=True):
    """Rows of one or more lines with a cursor: the arrow, page, home and end keys move it;
    enter or a click chooses the row. Subclasses say what a row shows and what choosing it
    does; the cursor and detail styles are component classes set in the TCSS."""

    BINDINGS = [
        Binding("up", "cursor(-1)", "Up", show=False),
        Binding("down", "cursor(1)", "Down", show=False),
        Binding("pageup", "page(-1)", "Page up", show=False),
        Binding("pagedown", "page(1)", "Page down", show=False),
        Binding("home", "first", "First", show=False),
        Binding("end", "last", "Last", show=False),
        Binding("enter", "choose", "Choose", show=False),
    ]
    COMPONENT_CLASSES = {"row-list--cursor", "row-list--detail"}

    # Whether long lines wrap (the row grows) or are cut short with an ellipsis.
    WRAP = False

    highlighted: reactive[int | None] = reactive(None)

    def __init__(self, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._starts = [0]  # the first line of each row, then the number of lines
        self._heights: list[int] = []  # lines a row before wrapping
        self._wrapped_for = 0
        self._drawn: dict[tuple[int, bool, Style, int], list[Strip]] = {}

    # -- what a subclass says ----------------------------------------------------------------

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        """The lines of row ``number``, styled with ``style`` (``detail`` for secondary
        words); ``cursor`` says the cursor is on it."""
        raise NotImplementedError

    def chosen(self, number: int) -> None:
        """Row ``number`` was chosen (enter or a click)."""

    def placeholder(self) -> str:
        """What the list says when it has no rows."""
        return ""

    # -- what is shown -------------------------------------------------------------------------

    @property
    def row_count(self) -> int:
        return len(self._starts) - 1

    def set_rows(self, heights: list[int]) -> None:
        """Show rows of these heights (in lines before any wrapping), drawn afresh; the
        cursor leaves them."""
        self._heights = heights
        self.set_reactive(RowList.highlighted, None)
        self._lay_out()
        if self.is_mounted:
            self.scroll_to(y=0, animate=False, immediate=True)

    def _size_updated(
        self, size: Size, virtual_size: Size, container_size: Size, layout: bool = True
    ) -> bool:
        # Rows are wrapped when the layout gives the list its size, before drawing it, so that
        # the first frame has them whole (the Resize event comes after that frame).
        resized = super()._size_updated(size, virtual_size, container_size, layout)
        if self.WRAP and self._width() != self._wrapped_for:
            self._lay_out(rewrap_only=True)
        return resized

    def _lay_out(self, rewrap_only: bool = False) -> None:
        heights = self._heights
        if self.WRAP and self.size.width:
            # Rows of the side panels are few: wrap them all to know where each begins.
            width = self._wrapped_for = self._width()
            console = self.app.console
            heights = [
                sum(
                    len(_wrapped(text, console, width, _PLAIN))
                    for text in self.row_lines(number, _PLAIN, _PLAIN, False)
                )
                for number in range(len(heights))
            ]
        starts = list(accumulate(heights, initial=0))
        if rewrap_only and starts == self._starts:
            # The rows keep their lines at the new width: a resize repaints them anyway.
            return
        self._starts = starts
        self._drawn.clear()
        # Set without asking for a layout: only a scrollbar coming or going needs one, and
        # updating the scrollbars asks for it then.
        self.set_reactive(ScrollView.virtual_size, Size(0, max(1, starts[-1])))
        self._scroll_update(self.virtual_size)
        self.refresh()

    def _width(self) -> int:
        return max(1, self.scrollable_content_region.width)

    def refresh_row(self, number: int) -> None:
        """Draw row ``number`` again, as it is now known."""
        self._drawn = {key: lines for key, lines in self._drawn.items() if key[0] != number}
        if 0 <= number < self.row_count:
            top, bottom = self._starts[number], self._starts[number + 1]
            self.refresh(Region(0, top - self.scroll_offset.y, self.size.width, bottom - top))

    def watch_highlighted(self, previous: int | None, current: int | None) -> None:
        for number in {previous, current} - {None}:
            self.refresh_row(number)
        if current is not None and current < self.row_count:
            top, bottom = self._starts[current], self._starts[current + 1]
            self.scroll_to_region(Region(0, top, 1, bottom - top), animate=False, immediate=True)

    def on_mount(self) -> None:
        # Textual decides on a scrollbar only once the first layout has given the list its
        # size; one appearing then narrows the list and lays out and redraws the whole screen
        # a second time before the first frame settles. A list longer than the terminal is
        # tall will need one whatever the layout: say so before the first layout.
        if self.styles.overflow_y == "auto" and self._starts[-1] > self.app.size.height:
            self.show_vertical_scrollbar = True
            self.vertical_scrollbar.display = True

    # -- keys and the mouse --------------------------------------------------------------------

    def on_focus(self) -> None:
        if self.highlighted is None and self.row_count:
            self.highlighted = 0

    def action_cursor(self, step: int) -> None:
        """Move the cursor ``step`` rows."""
        self._move_to(0 if self.highlighted is None else self.highlighted + step)

    def action_page(self, direction: int) -> None:
        """Move the cursor about a screenful of rows."""
        lines_a_row = max(1, self._starts[-1] // max(1, self.row_count))
        self.action_cursor(direction * max(1, self.size.height // lines_a_row))

    def action_first(self) -> None:
        self._move_to(0)

    def action_last(self) -> None:
        self._move_to(self.row_count - 1)

    def action_choose(self) -> None:
        """Choose the row under the cursor."""
        if self.highlighted is not None:
            self.chosen(self.highlighted)

    def on_click(self, event: Click) -> None:
        line = event.y + self.scroll_offset.y
        number = bisect_right(self._starts, line) - 1
        if 0 <= number < self.row_count:
            self.highlighted = number
            self.chosen(number)

    def _move_to(self, number: int) -> None:
        if self.row_count:
            self.highlighted = max(0, min(self.row_count - 1, number))

    # -- drawing -------------------------------------------------------------------------------

    def render_line(self, y: int) -> Strip:
        scroll_x, scroll_y = self.scroll_offset
        line = scroll_y + y
        width = self.size.width
        base = self.base_style
        if line >= self._starts[-1]:
            if line == 0 and (text := self.placeholder()):
                detail = base + self.get_component_rich_style("row-list--detail", partial=True)
                return self._strip(Text(text, style=detail, end=""), width, base)
            return Strip.blank(width, base)
        number = bisect_right(self._starts, line) - 1
        cursor = number == self.highlighted
        # Focus, themes and the width change a row's look, so they are part of its key.
        key = (number, cursor, base, width)
        lines = self._drawn.get(key)
        if lines is None:
            lines = self._drawn[key] = self._draw(number, cursor, base)
        strip = lines[line - self._starts[number]]
        return strip.crop_extend(scroll_x, scroll_x + width, base).apply_offsets(scroll_x, line)

    def _draw(self, number: int, cursor: bool, base: Style) -> list[Strip]:
        style = base + self.get_component_rich_style("row-list--cursor") if cursor else base
        detail = style + self.get_component_rich_style("row-list--detail", partial=True)
        width = self._width()
        height = self._starts[number + 1] - self._starts[number]
        texts = self.row_lines(number, style, detail, cursor)
        if self.WRAP:
            console = self.app.console
            texts = [line for text in texts for line in _wrapped(text, console, width, style)]
        texts = texts[:height] + [Text("", end="")] * (height - len(texts))
        return [self._strip(text, width, style) for text in texts]

    def _strip(self, text: Text, width: int, style: Style) -> Strip:
        text.truncate(width, overflow="ellipsis")
        text.end = ""
        segments = list(text.render(self.app.console))
        return Strip(segments or [Segment("", style)]).extend_cell_length(width, style)


def _wrapped(text: Text, console: Console, width: int, style: Style) -> list[Text]:
    """``text`` wrapped at ``width`` with a hanging indent: the lines it runs onto line up under
    its own indent ("  held by Ukraine (hundreds of / square kilometres)"), or two cells in
    when it has none, so a wrapped row still reads as one."""
    plain = text.plain
    indent = len(plain) - len(plain.lstrip(" "))
    hanging = indent or _HANGING
    if hanging >= width // 2:
        return list(text.wrap(console, width))
    lines = text[indent:].wrap(console, width - hanging)
    first = text[:indent] + lines[0] if indent else lines[0]
    return [first, *(Text.assemble((" " * hanging, style)) + line for line in lines[1:])]
