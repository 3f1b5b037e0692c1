"""A dialog listing every quote of the library, filtered as the user types."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input, OptionList
from textual.widgets.option_list import Option

from tui.cite import quote_words
from tui.library import Library
from tui.textsafe import one_line

_SHOWN = 500  # rows at most, so typing stays instant in a large library


class QuotesScreen(ModalScreen[tuple[int, int] | None]):
    """Every quote with its speaker and article, the open article's first; enter opens one."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(self, library: Library, open_index: int) -> None:
        super().__init__()
        self.library = library
        order = [open_index, *(i for i in range(len(library.entries)) if i != open_index)]
        self.rows: list[tuple[int, int, str, Text]] = []
        for article in order:
            entry = library.entries[article]
            title = one_line(entry.article.title)
            for number, quote in enumerate(entry.extraction.quotes):
                words = one_line(quote_words(quote))
                speaker = one_line(quote.speaker or "unattributed")
                shown = words if len(words) <= 150 else words[:149] + "…"
                prompt = Text(f"“{shown}”")
                prompt.append(f"\n  {speaker}", style="bold")
                prompt.append(f" · {title}", style="dim")
                haystack = f"{words} {speaker} {title}".lower()
                self.rows.append((article, number, haystack, prompt))

    def compose(self) -> ComposeResult:
        """A filter box above the list of quotes."""
        with Vertical(id="quotes-dialog"):
            yield Input(placeholder="Filter quotes by words, speaker or article", id="quote-filter")
            yield OptionList(id="quote-list")

    def on_mount(self) -> None:
        """List everything, and let the user type at once."""
        self._fill("")
        self.query_one("#quote-filter", Input).focus()

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._fill(event.value)

    def _fill(self, query: str) -> None:
        words = query.lower().split()
        shown = [row for row in self.rows if all(word in row[2] for word in words)]
        options = self.query_one("#quote-list", OptionList)
        options.clear_options()
        options.add_options(
            Option(prompt, id=f"{article}:{number}")
            for article, number, _, prompt in shown[:_SHOWN]
        )
        options.border_title = f"{len(shown)} quote{'s' if len(shown) != 1 else ''}"
        if shown:
            options.highlighted = 0

    @on(Input.Submitted, "#quote-filter")
    def _open_first(self) -> None:
        options = self.query_one("#quote-list", OptionList)
        if options.highlighted is not None:
            self._open(options.get_option_at_index(options.highlighted).id)

    @on(OptionList.OptionSelected, "#quote-list")
    def _chosen(self, event: OptionList.OptionSelected) -> None:
        self._open(event.option.id)

    def _open(self, option_id: str | None) -> None:
        if option_id:
            article, number = option_id.split(":")
            self.dismiss((int(article), int(number)))

    def on_key(self, event: Key) -> None:
        """Up and down move through the list while typing in the filter."""
        if event.key in ("down", "up"):
            options = self.query_one("#quote-list", OptionList)
            if event.key == "down":
                options.action_cursor_down()
            else:
                options.action_cursor_up()
            event.stop()
