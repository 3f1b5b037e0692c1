"""The list of the library's articles."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.library import Entry
from tui.messages import ArticleChosen
from tui.textsafe import one_line


class ArticleList(OptionList):
    """One row an article: headline, then source, date and number of quotes; the open article
    is marked."""

    def __init__(self, entries: Sequence[Entry], id: str | None = None) -> None:
        self.entries = entries
        self.open_index: int | None = None
        super().__init__(*(self._option(entry, False) for entry in entries), id=id)

    @staticmethod
    def _option(entry: Entry, is_open: bool) -> Option:
        meta = entry.article.meta
        marker = "▶ " if is_open else "  "
        row = Text(marker, style="bold")
        row.append(one_line(meta.title), style="bold" if is_open else "")
        quotes = len(entry.extraction.quotes)
        details = [part for part in (meta.source, meta.date) if part]
        details.append(f"{quotes} quote{'s' if quotes != 1 else ''}")
        row.append("\n  " + " · ".join(one_line(part) for part in details), style="dim")
        return Option(row)

    def mark_open(self, index: int) -> None:
        """Mark article ``index`` as the open one and put the cursor on it."""
        previous, self.open_index = self.open_index, index
        for number in {previous, index} - {None}:
            self.replace_option_prompt_at_index(
                number, self._option(self.entries[number], number == index).prompt
            )
        self.highlighted = index

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(ArticleChosen(event.option_index))
