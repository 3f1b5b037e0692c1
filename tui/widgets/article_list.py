"""The list of the library's articles: two lines an article, only those on screen drawn."""

from __future__ import annotations

from pathlib import Path

from rich.style import Style
from rich.text import Text

from tui.library import Library
from tui.messages import ArticleChosen
from tui.textsafe import one_line
from tui.widgets.row_list import RowList

_ROW = 2  # screen lines an article: headline, then source, date and quotes


class ArticleList(RowList):
    """One row an article: headline, then source, date and number of quotes; the open article
    is marked and the cursor highlighted. Articles not read yet show their file name until
    they are. Enter or a click opens the article under the cursor."""

    def __init__(self, library: Library, id: str | None = None) -> None:  # noqa: A002
        super().__init__(id=id)
        self.library = library
        self.open_index: int | None = None
        self.set_rows([_ROW] * len(library.paths))

    def library_grew(self) -> None:
        """Show rows for articles added to the library since (a web page just fetched)."""
        self.set_rows([_ROW] * len(self.library.paths))

    def reconciled(self, moved: dict[int, int]) -> None:
        """Show the library's articles anew after some were added or deleted: the open
        article and the cursor follow their articles to their new rows (``moved``: the new
        number of each article still here by its old one)."""
        cursor, scroll_y = self.highlighted, self.scroll_offset.y
        self.open_index = moved.get(self.open_index) if self.open_index is not None else None
        self.set_rows([_ROW] * len(self.library.paths))
        if cursor in moved:
            self.highlighted = moved[cursor]
        else:
            self.scroll_to(y=scroll_y, animate=False, immediate=True)

    def mark_open(self, index: int) -> None:
        """Mark article ``index`` as the open one and put the cursor on it."""
        previous, self.open_index = self.open_index, index
        for number in {previous, index} - {None}:
            self.refresh_row(number)
        self.highlighted = index

    def chosen(self, number: int) -> None:
        self.post_message(ArticleChosen(number))

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        is_open = number == self.open_index
        listing = self.library.listing(number)
        if listing is None:
            title = Text(one_line(Path(self.library.paths[number]).name))
            title.stylize(detail)
            details = "…"
        else:
            title = Text(one_line(listing.title))
            title.stylize(style)
            if is_open:
                title.stylize("bold")
            if listing.error is not None:
                details = one_line(listing.error)
            else:
                quotes = listing.quotes
                parts = [part for part in (listing.source, listing.date) if part]
                parts.append(f"{quotes} quote{'s' if quotes != 1 else ''}")
                details = " · ".join(one_line(part) for part in parts)
        first = Text("▶ " if is_open else "  ", end="")
        first.stylize(style + Style(bold=True))
        first.append_text(title)
        # As a span: rendering drops a Text's own style on a line with no other span.
        second = Text("  " + details, end="")
        second.stylize(detail)
        return [first, second]
