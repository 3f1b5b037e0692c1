"""A dialog listing every quote of the library, filtered as the user types."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input

from tui.cite import quote_words
from tui.library import Library
from tui.messages import QuoteChosen
from tui.textsafe import one_line
from tui.widgets.quote_list import QuoteList


class QuotesScreen(ModalScreen[tuple[int, int] | None]):
    """Every quote with its speaker and article, the open article's first; enter opens one."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, library: Library, open_index: int) -> None:
        super().__init__()
        self.library = library
        order = [open_index, *(i for i in range(len(library.entries)) if i != open_index)]
        self.rows: list[tuple[int, int, str, str, str]] = []
        self.haystacks: list[str] = []
        for article in order:
            entry = library.entries[article]
            title = one_line(entry.article.title)
            for number, quote in enumerate(entry.extraction.quotes):
                words = one_line(quote_words(quote))
                speaker = one_line(quote.speaker or "unattributed")
                self.rows.append((article, number, words, speaker, title))
                self.haystacks.append(f"{words} {speaker} {title}".lower())

    def compose(self) -> ComposeResult:
        """A filter box above the list of quotes."""
        with Vertical(id="quotes-dialog"):
            yield Input(placeholder="Filter quotes by words, speaker or article", id="quote-filter")
            yield QuoteList(id="quote-list")

    def on_mount(self) -> None:
        """List everything, and let the user type at once."""
        self._fill("")
        self.query_one("#quote-filter", Input).focus()

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        words = query.lower().split()
        shown = [
            row
            for row, haystack in zip(self.rows, self.haystacks, strict=True)
            if all(word in haystack for word in words)
        ]
        quotes = self.query_one(QuoteList)
        quotes.show(shown)
        quotes.border_title = f"{len(shown)} quote{'s' if len(shown) != 1 else ''}"

    @on(Input.Submitted, "#quote-filter")
    def _open_highlighted(self) -> None:
        self.query_one(QuoteList).action_choose()

    @on(QuoteChosen)
    def _chosen(self, event: QuoteChosen) -> None:
        self.dismiss((event.article, event.quote))

    def on_key(self, event: Key) -> None:
        """Up, down and the page keys move through the list while typing in the filter."""
        quotes = self.query_one(QuoteList)
        if event.key in ("down", "up"):
            quotes.action_cursor(1 if event.key == "down" else -1)
            event.stop()
        elif event.key in ("pagedown", "pageup"):
            quotes.action_page(1 if event.key == "pagedown" else -1)
            event.stop()
