"""The quotes view's list: two lines a quote, drawn line by line."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text

from tui.messages import QuoteChosen
from tui.widgets.row_list import RowList


class QuoteList(RowList):
    """The quotes that match the filter, two lines each: the words, then speaker and article.
    Drawn line by line, so every quote of a large library is there to scroll to."""

    def __init__(self, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.rows: list[tuple[int, int, str, str, str]] = []

    def show(self, rows: list[tuple[int, int, str, str, str]]) -> None:
        """List ``rows``: (article, quote number, words, speaker, article title)."""
        self.rows = rows
        self.set_rows([2] * len(rows))
        if rows:
            self.highlighted = 0

    def placeholder(self) -> str:
        return "No quote matches."

    def chosen(self, number: int) -> None:
        article, quote, *_ = self.rows[number]
        self.post_message(QuoteChosen(article, quote))

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        _, _, words, speaker, title = self.rows[number]
        return [
            Text.assemble((f"“{words}”", style)),
            Text.assemble(("  " + speaker, style + Style(bold=True)), (f" · {title}", detail)),
        ]
