"""The list of the library's articles."""

from __future__ import annotations

from collections.abc import Sequence

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.library import Entry
from tui.textsafe import one_line


class ArticleList(OptionList):
    """One row an article: headline, then source and date."""

    def __init__(self, entries: Sequence[Entry], id: str | None = None) -> None:
        super().__init__(*(self._option(entry) for entry in entries), id=id)

    @staticmethod
    def _option(entry: Entry) -> Option:
        meta = entry.article.meta
        row = Text(one_line(meta.title), style="bold")
        details = " · ".join(one_line(part) for part in (meta.source, meta.date) if part)
        if details:
            row.append("\n" + details, style="dim")
        return Option(row)
