"""A dialog listing the quotes of the whole library from the index, filtered as the user types
(words, "phrases", prefixes, speaker:, source:, place:); it opens at once on what is indexed so
far and says how much is still coming."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Callable

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.events import Key
from textual.screen import ModalScreen
from textual.widgets import Input

from tui.index.search import Hit, Searcher, is_interrupted
from tui.index.shelf import IndexedShelf
from tui.index.store import IndexStore
from tui.library import Library
from tui.messages import QuoteChosen
from tui.textsafe import one_line
from tui.widgets.quote_list import QuoteList

# The newest this many matches are listed; typing more narrows them.
_SHOWN_AT_MOST = 1000
# Matches fetched with the ids, to draw the first screen without another query.
_FIRST_PAGE = 100


class QuotesScreen(ModalScreen[tuple[int, int] | None]):
    """Every quote of the library, newest first (the open article's first while nothing is
    typed); enter opens one. Searches run in a worker thread, one at a time, a new keystroke
    interrupting the search before it."""

    BINDINGS = [Binding("escape", "dismiss(None)", "Close")]

    def __init__(
        self,
        library: Library,
        open_index: int,
        query: str = "",
        still_to_index: Callable[[], int | None] = lambda: None,
    ) -> None:
        super().__init__()
        shelf = library.entries
        self.shelf = shelf if isinstance(shelf, IndexedShelf) else None
        self.open_key = self.shelf.keys[open_index] if self.shelf and self.shelf.keys else None
        self.initial_query = query
        self.still_to_index = still_to_index
        self.query_text = query
        self._generation = 0
        self._lock = threading.Lock()  # one search at a time on the search connection
        self._searcher: Searcher | None = None  # used in search threads only
        self._pages: Searcher | None = None  # fetches rows for the list, in the interface
        self._stores: list[IndexStore] = []
        self._article_of: dict[str, int] = {}
        self._library_changed = False  # the search's scope and numbers are to be made again
        self._total = 0  # matches of the query shown

    def compose(self) -> ComposeResult:
        """A filter box above the list of quotes."""
        with Vertical(id="quotes-dialog"):
            yield Input(
                self.initial_query,
                placeholder='Filter: words, "a phrase", pref*, speaker:Name, source:AFP, '
                "place:Kursk, -word",
                id="quote-filter",
            )
            yield QuoteList(id="quote-list")

    def on_mount(self) -> None:
        """List what is indexed, and let the user type at once."""
        quotes = self.query_one(QuoteList)
        quotes.border_title = "Searching…"
        self._run(self.initial_query)
        self.query_one("#quote-filter", Input).focus()

    def on_unmount(self) -> None:
        self._generation += 1
        if self._searcher is not None:
            self._searcher.interrupt()
        self._close_stores()

    @work(thread=True, group="quote-search")
    def _close_stores(self) -> None:
        with self._lock:
            for store in self._stores:
                store.close()
            self._stores.clear()

    @on(Input.Changed, "#quote-filter")
    def _filter(self, event: Input.Changed) -> None:
        self._run(event.value)

    def more_indexed(self) -> None:
        """More articles were indexed: list them too, unless the user has moved in the list
        (it would jump under them)."""
        quotes = self.query_one(QuoteList)
        if quotes.highlighted in (None, 0):
            self._run(self.query_text)
        else:
            self._title(len(quotes.ids), self._total)

    def _run(self, query: str) -> None:
        self.query_text = query
        self._generation += 1
        if self._searcher is not None:
            self._searcher.interrupt()
        self._search(query, self._generation)

    @work(thread=True, group="quote-search")
    def _search(self, query: str, generation: int) -> None:
        from tui.index.query import to_fts

        with self._lock:
            if generation != self._generation or self.shelf is None:
                return
            try:
                if self._searcher is None:
                    self._open()
                elif self._library_changed:
                    # Set before the keys are read: a change meanwhile makes them again.
                    self._library_changed = False
                    self._searcher = Searcher(self._searcher.store, self.shelf.keys)
                    self._article_of = {key: n for n, key in enumerate(self.shelf.keys)}
                assert self._searcher is not None
                fts = to_fts(query, typing=True)
                first = self.open_key if fts is None else None
                ids, total = self._searcher.ids(fts, first, _SHOWN_AT_MOST)
                hits = self._searcher.hits(ids[:_FIRST_PAGE])
            except sqlite3.OperationalError as error:
                if is_interrupted(error):
                    return
                self.app.call_from_thread(self._failed, str(error))
                return
        self.app.call_from_thread(self._show, generation, ids, total, hits)

    def _open(self) -> None:
        """Connections to the index: one for searching, one to fetch rows as they show."""
        assert self.shelf is not None
        search_store, page_store = (
            IndexStore(self.shelf.store_path),
            IndexStore(self.shelf.store_path),
        )
        self._stores += [search_store, page_store]
        self._searcher = Searcher(search_store, self.shelf.keys)
        self._pages = Searcher(page_store)
        self._article_of = {key: number for number, key in enumerate(self.shelf.keys)}
        self._library_changed = False

    def library_changed(self) -> None:
        """The library's walk found other articles than the index listed (new, deleted):
        search those and number them anew."""
        self._library_changed = True
        self._run(self.query_text)

    def _show(self, generation: int, ids: list[int], total: int, hits: list[Hit]) -> None:
        if generation != self._generation or self._pages is None:
            return  # the user typed on since
        quotes = self.query_one(QuoteList)
        quotes.article_of = self._article_of
        quotes.show(ids, hits, self._pages.hits)
        self._total = total
        self._title(len(ids), total)

    def _title(self, shown: int, total: int) -> None:
        plural = "s" if total != 1 else ""
        if shown < total:
            title = f"the newest {shown:,} of {total:,} quotes (type more to narrow)"
        else:
            title = f"{total:,} quote{plural}"
        still = self.still_to_index()
        if still:
            title += f" · {still:,} article{'s' if still != 1 else ''} still being indexed"
        self.query_one(QuoteList).border_title = title

    def _failed(self, reason: str) -> None:
        self.query_one(QuoteList).border_title = f"The index cannot be searched: {one_line(reason)}"

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
