"""The list of the library's articles."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.library import Library
from tui.messages import ArticleChosen
from tui.textsafe import one_line


class ArticleList(OptionList):
    """One row an article: headline, then source, date and number of quotes; the open article
    is marked. Articles not read yet show their file name until they are."""

    def __init__(self, library: Library, id: str | None = None) -> None:
        self.library = library
        self.open_index: int | None = None
        super().__init__(*(self._option(number) for number in range(len(library.paths))), id=id)

    def _option(self, number: int) -> Option:
        is_open = number == self.open_index
        marker = "▶ " if is_open else "  "
        row = Text(marker, style="bold")
        entry = self.library.peek(number)
        if entry is None:
            row.append(one_line(Path(self.library.paths[number]).name), style="dim")
            row.append("\n  …", style="dim")
            return Option(row)
        meta = entry.article.meta
        row.append(one_line(meta.title), style="bold" if is_open else "")
        if entry.error is not None:
            row.append("\n  " + one_line(entry.error), style="dim italic")
            return Option(row)
        quotes = len(entry.extraction.quotes)
        details = [part for part in (meta.source, meta.date) if part]
        details.append(f"{quotes} quote{'s' if quotes != 1 else ''}")
        row.append("\n  " + " · ".join(one_line(part) for part in details), style="dim")
        return Option(row)

    def refresh_row(self, number: int) -> None:
        """Show article ``number`` as it is now known (read, or open)."""
        self.replace_option_prompt_at_index(number, self._option(number).prompt)

    def mark_open(self, index: int) -> None:
        """Mark article ``index`` as the open one and put the cursor on it."""
        previous, self.open_index = self.open_index, index
        for number in {previous, index} - {None}:
            self.refresh_row(number)
        self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(ArticleChosen(event.option_index))
