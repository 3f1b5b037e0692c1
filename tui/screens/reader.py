"""The main screen: the article list, the reading pane, and the speakers and territories."""

from __future__ import annotations

import contextlib
import threading
import time
from concurrent.futures import Future
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import Screen
from textual.widgets import Input, Static

from tui.cite import cite, quote_words, source_of
from tui.collection import Kept, NotSaved
from tui.extract import ner
from tui.index.refresh import Progress, index_key
from tui.index.shelf import IndexedShelf
from tui.library import Entry, Library, Shelf
from tui.messages import (
    ArticleChosen,
    QuoteClicked,
    QuotesAcrossLibrary,
    SpeakerChosen,
    TerritoryChosen,
)
from tui.model import Article, Extraction
from tui.names_worker import NamesWorker
from tui.reading import Reading, build_reading, find_matches
from tui.settings import Settings
from tui.textsafe import one_line
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.key_bar import KeyBar
from tui.widgets.side_panels import SpeakersPanel, TerritoriesPanel
from tui.widgets.title_bar import TitleBar

if TYPE_CHECKING:
    from tui.index.store import IndexStore
    from tui.screens.quotes import QuotesScreen

# Articles longer than this many characters are shown first and extracted in the background
# (a tenth of a second of extraction or so); counted in characters, not paragraphs, since a
# transcript may come as one paragraph of a hundred thousand.
_EXTRACT_IN_BACKGROUND = 20_000
# Seconds after opening before the library is indexed in the background.
_READ_THE_REST_AFTER = 0.3
# Indexing shows its progress once it has run this long: a quick refresh never flashes a bar.
_SHOW_PROGRESS_AFTER = 0.5
# Seconds between two redraws of the progress line.
_PROGRESS_EVERY = 0.2
# Added to the indexing workers' niceness: on a busy machine the interface gets the processor
# first, when it wants it (little: a keystroke's search), and the workers the rest.
_INDEXING_NICENESS = 10
# Below this many columns the side panels and the article list fold away (keys bring them back).
NARROW = 110
# Below this many, the list and the panels narrow so that the text keeps a reading measure of
# about 60 characters rather than 42.
MEDIUM = 150


@dataclass
class Place:
    """Where the reader was in one article: the current quote and the scroll position."""

    quote: int | None = None
    scroll_y: float = 0

    def saved(self) -> list[int | float | None]:
        """The place as the state file keeps it."""
        return [self.quote, self.scroll_y]

    @classmethod
    def restored(cls, saved: object) -> Place | None:
        """A place read back from the state file, or None if the entry is not one."""
        if not isinstance(saved, list) or len(saved) != 2:
            return None
        quote, scroll_y = saved
        if not (quote is None or (isinstance(quote, int) and quote >= 0)):
            return None
        if not isinstance(scroll_y, int | float) or isinstance(scroll_y, bool) or scroll_y < 0:
            return None
        return cls(quote, scroll_y)


class ReaderScreen(Screen[None]):
    """Reads one article of the library at a time; keys walk its quotes and copy citations."""

    # Focus the reading pane from the start: focusing it after mounting restyles and redraws
    # the whole screen a second time.
    AUTO_FOCUS = "#reading"
    BINDINGS = [
        Binding("n", "next_quote", "Next quote"),
        Binding("p", "previous_quote", "Prev quote"),
        Binding("c", "cite", "Cite"),
        Binding("y", "copy_quote", "Copy quote", show=False),
        Binding("a", "keep", "Keep", show=False),
        Binding("v", "collection", "Collection", show=False),
        Binding("e", "toggle_entities", "Entities"),
        Binding("slash", "find", "Find"),
        Binding("Q", "quotes", "All quotes"),
        Binding("right_square_bracket", "next_article", "Next article", show=False),
        Binding("left_square_bracket", "previous_article", "Prev article", show=False),
        Binding("l", "toggle_library", "Articles", show=False),
        Binding("s", "toggle_side", "Panels", show=False),
        Binding("escape", "clear_filter", "Show all", show=False),
        Binding("o", "open_url", "Open URL", show=False),
    ]

    def __init__(
        self, library: Library, start: int = 0, places: dict[str, Place] | None = None
    ) -> None:
        super().__init__()
        self.library = library
        self.index = start
        self.places: dict[str, Place] = dict(places or {})
        self.view = ArticleView(id="reading")  # the reading pane
        self.find_bar: Input | None = None  # made when "/" is first pressed
        self.readings: dict[int, Reading] = {}
        self.speaker_filter: int | None = None
        self.walk: list[tuple[int, int, int]] | None = None  # a territory's mentions
        self.walk_position = -1
        self.walk_label = ""  # what the walk goes through: "Donetsk: mention", "match"
        # How far indexing the library has come (None before it starts); set from its thread.
        self.indexing: Progress | None = None
        self._stop_indexing = threading.Event()
        # Reads the open article with the names model when the index has not (started then).
        self.names = NamesWorker()
        self._names_failed = False  # the names process gave none: the rules' names stay

    def compose(self) -> ComposeResult:
        """The header, the list, the reading pane and the side panels, then the footer."""
        yield TitleBar(id="title")
        with Horizontal(id="main"):
            yield ArticleList(self.library, id="articles")
            with Vertical(id="centre"):
                yield self.view
                yield Static("", id="status", markup=False)  # speaker names, not markup
            with Vertical(id="side"):
                yield SpeakersPanel(id="speakers")
                yield TerritoriesPanel(id="territories")
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        """Open the starting article and fit the layout to the terminal."""
        self.apply_settings(self.app.settings)  # type: ignore[attr-defined]
        self._fit(self.app.size.width)
        if ner.enabled():
            # An article the index does not hold shows the rules' names at once, and the
            # model's when its own process has read them; quotes and speakers work meanwhile.
            ner.read_elsewhere()
        if self.library.paths:
            self.open_article(self.index)
        # Index the library once the first frame is up, not while it is being drawn.
        self.set_timer(_READ_THE_REST_AFTER, self._start_indexing)
        notice = getattr(self.library.entries, "notice", None)
        if notice:
            self.notify(one_line(notice), severity="warning")

    # -- the model's names, read in a process of their own -------------------------------------

    def _awaiting_names(self, index: int) -> bool:
        shelf = self.library.entries
        return not self._names_failed and isinstance(shelf, Shelf) and shelf.awaiting_names(index)

    @work(thread=True, group="names")
    def _read_names(self, path: str, article: Article) -> None:
        """Ask the names process for the model's reading of the open article (in a thread:
        the first request starts the process). It is named by its path: the walk after the
        first frame may renumber the list before the names come."""
        try:
            future = self.names.read(article)
        except Exception as error:  # noqa: BLE001 - the rules' names stay
            self._from_thread(self._no_names, str(error))
            return

        def done(future: Future[Extraction | None]) -> None:
            if future.cancelled():
                return
            error = future.exception()
            if error is not None:
                self._from_thread(self._no_names, str(error) or type(error).__name__)
            elif (extraction := future.result()) is None:
                self._from_thread(self._no_names, None)  # no model installed
            else:
                self._from_thread(self._names_arrived, path, article, extraction)

        future.add_done_callback(done)

    def _names_arrived(self, path: str, article: Article, extraction: Extraction) -> None:
        """Show the model's names in the article, where the reader is, if it is open."""
        shelf = self.library.entries
        index = self._number_of(path)
        if index is None or not (
            isinstance(shelf, Shelf) and shelf.names_read(index, article, extraction)
        ):
            return
        self.readings.pop(index, None)
        self.query_one(ArticleList).refresh_row(index)
        if index == self.index and self.view.reading is not None:
            current, scroll_y = self.view.current, self.view.scroll_offset.y
            self.view.show(self.reading(index), current, scroll_y)
            self.query_one(SpeakersPanel).show(extraction)
            self.query_one(TerritoriesPanel).show(extraction)
            self._say_status()

    def _no_names(self, reason: str | None) -> None:
        """The names process gave none: the rules' names stay, and nothing waits for more."""
        self._names_failed = True
        if reason is not None:
            self.notify(
                f"Names model unavailable ({one_line(reason)}); the rules' names are shown.",
                severity="warning",
            )
        self._say_status()

    # -- indexing the library in the background ----------------------------------------------

    def _start_indexing(self) -> None:
        shelf = self.library.entries
        if isinstance(shelf, IndexedShelf):
            self._index_library(shelf)

    @work(thread=True, exclusive=True, group="library")
    def _index_library(self, shelf: IndexedShelf) -> None:
        """Bring the index up to date: new and changed articles are extracted in worker
        processes; this thread only stores their batches and tells the interface."""
        from tui.index.refresh import refresh
        from tui.index.store import IndexStore

        started = time.monotonic()
        shown_at = 0.0

        def progress(now: Progress) -> None:
            nonlocal shown_at
            self.indexing = now
            clock = time.monotonic()
            finished = now.done == now.total
            if clock - started >= _SHOW_PROGRESS_AFTER and (
                finished or clock - shown_at >= _PROGRESS_EVERY
            ):
                shown_at = clock
                self._from_thread(self._show_progress, now)

        def stored(batch: list) -> None:  # type: ignore[type-arg]
            self._from_thread(self._indexed, shelf.indexed(batch))

        try:
            store = IndexStore(shelf.store_path)
            try:
                keys = self._walk_library(shelf, store)
                refresh(
                    store,
                    keys,
                    shelf.roots,
                    shelf.jobs,
                    progress,
                    stored,
                    self._stop_indexing,
                    niceness=_INDEXING_NICENESS,
                )
            finally:
                store.close()
        except Exception as error:  # noqa: BLE001 - the reader goes on without a full index
            self._from_thread(
                self.notify, f"Indexing stopped: {one_line(str(error))}", severity="error"
            )
        self._from_thread(self._indexing_finished)

    def _walk_library(self, shelf: IndexedShelf, store: IndexStore) -> list[str]:
        """The library's index keys as a walk of its folders finds them now, kept in the
        index for the next start. When the list shown came from the index, the articles added
        since appear in it and those deleted leave it (in the interface's thread, which this
        waits for)."""
        from tui.index.walks import walk

        files, failures = walk(shelf.roots, store)
        if shelf.found(files) != shelf.paths:
            self._from_thread(self._library_found, files)
        if not shelf.walked:
            # A walk before the first frame had them said on the terminal.
            for failure in failures:
                self._from_thread(
                    self.notify, f"{one_line(failure.path)}: {failure.reason}", severity="warning"
                )
        shelf.walked = True
        return [index_key(path) for path in files]

    def _library_found(self, files: list[str]) -> None:
        """Show the library as its walk found it (``files``, with the pages added since); the
        open article stays open, and if it was deleted, the one that took its place opens."""
        shelf = self.library.entries
        assert isinstance(shelf, IndexedShelf)
        moved = shelf.reconcile(files)
        self.readings = {moved[old]: made for old, made in self.readings.items() if old in moved}
        self.query_one(ArticleList).reconciled(moved)
        if self.index in moved:
            self.index = moved[self.index]
        elif files:
            # Nothing of the deleted article is remembered: its place would land on another.
            position, self.index = min(self.index, len(files) - 1), -1
            self.open_article(position)
        for screen in self._quotes_views():
            screen.library_changed()

    def _from_thread(self, callback, *args, **keywords) -> None:  # noqa: ANN001
        """Run ``callback`` in the interface's thread, unless the reader has closed."""
        if self._stop_indexing.is_set():
            return
        with contextlib.suppress(RuntimeError):  # the application has stopped
            self.app.call_from_thread(callback, *args, **keywords)

    def _show_progress(self, progress: Progress) -> None:
        from tui.widgets.index_progress import IndexProgress

        found = self.query(IndexProgress)
        if progress.done >= progress.total:
            found.remove()
            return
        bar = found.first() if found else None
        if bar is None:
            bar = IndexProgress(id="index-progress")
            self.mount(bar, before=self.query_one(KeyBar))
        bar.show(progress)

    def _indexed(self, changed: list[int]) -> None:
        article_list = self.query_one(ArticleList)
        for number in changed:
            article_list.refresh_row(number)
        self._tell_quotes_view()

    def _indexing_finished(self) -> None:
        self.query("#index-progress").remove()
        if self.indexing is not None:
            self.indexing = Progress(self.indexing.total, self.indexing.total, 0)
        self._tell_quotes_view()

    def _tell_quotes_view(self) -> None:
        for screen in self._quotes_views():
            screen.more_indexed()

    def _quotes_views(self) -> list[QuotesScreen]:
        """The quotes views open over the reader."""
        # Imported here: the quotes view is not part of the first frame.
        from tui.screens.quotes import QuotesScreen

        return [screen for screen in self.app.screen_stack if isinstance(screen, QuotesScreen)]

    def still_to_index(self) -> int | None:
        """How many articles are still to be indexed; None before indexing has looked."""
        if self.indexing is None:
            return None
        return self.indexing.total - self.indexing.done

    def on_resize(self) -> None:
        self._fit(self.app.size.width)

    def _fit(self, width: int) -> None:
        self.set_class(width < NARROW, "narrow")
        self.set_class(NARROW <= width < MEDIUM, "medium")

    def apply_settings(self, settings: Settings) -> None:
        """Show the article at the chosen measure, with or without entity highlights."""
        view = self.view
        # The status line stands under the text, as wide: the column is centred as one.
        for widget in (view, self.query_one("#status")):
            if settings.reading_width:
                # The measure is the text's; the pane adds its padding, scrollbar and a cell.
                chrome = view.styles.padding.width + view.styles.scrollbar_size_vertical + 1
                widget.styles.width = settings.reading_width + chrome
                widget.styles.max_width = "100%"  # a narrower terminal gets the whole pane
            else:
                widget.styles.width = "1fr"
                widget.styles.max_width = None
        view.show_entities = settings.show_entities

    # -- the open article --------------------------------------------------------------------

    @property
    def entry(self) -> Entry:
        """The open article's library entry."""
        return self.library.entries[self.index]

    def reading(self, index: int) -> Reading:
        """The laid-out reading of article ``index``, made once."""
        if index not in self.readings:
            entry = self.library.entries[index]
            self.readings[index] = build_reading(entry.article, entry.extraction)
        return self.readings[index]

    def open_article(self, index: int, quote: int | None = None) -> None:
        """Show article ``index`` where the reader left it (or at ``quote``). A long article
        not yet extracted shows its text at once and its highlights when they are ready."""
        if self.library.paths and 0 <= self.index < len(self.library.paths):
            self._remember_place()
        self.index = index
        article = self.library.article(index)
        if (
            self.library.peek(index) is None
            and article is not None
            and len(article.text) > _EXTRACT_IN_BACKGROUND
        ):
            self.view.show(build_reading(article, Extraction()), None, 0)
            self.title = one_line(article.title)
            self.query_one("#status", Static).update("Finding quotes and names…")
            # Start once the text is drawn: the extraction would slow the first frame.
            self.call_after_refresh(self._extract_open, self.library.paths[index], quote)
            return
        entry = self.entry
        place = self.places.get(entry.path, Place())
        if quote is not None:
            place = Place(quote, place.scroll_y)
        if place.quote is not None and place.quote >= len(entry.extraction.quotes):
            place = Place(None, place.scroll_y)  # the file changed since: keep only the scroll
        self.speaker_filter = None
        self.walk = None
        self.view.show(self.reading(index), place.quote, place.scroll_y)
        if quote is not None:
            self.view.scroll_to_quote(quote)
        self.query_one(ArticleList).mark_open(index)
        if entry.error is not None:
            self.notify(f"{one_line(entry.path)}: {entry.error}", severity="error")
        self.query_one(SpeakersPanel).show(entry.extraction)
        self.query_one(TerritoriesPanel).show(entry.extraction)
        self.title = one_line(entry.article.title)
        self.sub_title = "quotelens"
        self._say_status()
        if self._awaiting_names(index):
            # Asked once the frame is drawn: the first request starts the names process.
            self.call_after_refresh(self._read_names, self.library.paths[index], entry.article)
        # After the frame is drawn: the state file is synced to disk, which may take a while.
        self.call_after_refresh(
            self.app.remember_article,  # type: ignore[attr-defined]
            entry.path,
            dict(self.places),
        )

    @work(thread=True, exclusive=True, group="open")
    def _extract_open(self, path: str, quote: int | None) -> None:
        """Extract a long article away from the interface, then show it in full. It is named
        by its path: the walk after the first frame may renumber the list meanwhile."""
        index = self._number_of(path)
        if index is None:
            return  # deleted meanwhile
        _ = self.library.entries[index]
        self.app.call_from_thread(self._extracted, path, quote)

    def _number_of(self, path: str) -> int | None:
        """Where the article at ``path`` stands in the list now, if it still does."""
        try:
            return self.library.paths.index(path)
        except ValueError:
            return None

    def _extracted(self, path: str, quote: int | None) -> None:
        index = self._number_of(path)
        if index is None:
            return
        if index == self.index:
            scroll_y = self.view.scroll_offset.y
            self.places.setdefault(self.library.paths[index], Place(None, scroll_y))
            self.open_article(index, quote)
        self.query_one(ArticleList).refresh_row(index)

    def _remember_place(self) -> None:
        view = self.view
        if view.reading is None:
            return  # nothing shown yet: keep the place remembered from the last run
        path = self.library.paths[self.index]
        # Most recent last, so that the state file keeps the places read last.
        self.places.pop(path, None)
        self.places[path] = Place(view.current, view.scroll_offset.y)

    def on_unmount(self) -> None:
        """Remember where the reader was, for the next run; stop indexing (what is stored
        stays, and the next start goes on from there) and reading names."""
        self._stop_indexing.set()
        self.names.close()
        if self.library.paths and 0 <= self.index < len(self.library.paths):
            self._remember_place()
            self.app.remember_article(  # type: ignore[attr-defined]
                self.library.paths[self.index], self.places
            )

    # -- walking quotes ----------------------------------------------------------------------

    def _walkable(self) -> list[int]:
        reading = self.view.reading
        if reading is None:
            return []
        if self.speaker_filter is None:
            return list(range(len(reading.quotes)))
        return [
            number
            for number, place in enumerate(reading.quotes)
            if place.speaker == self.speaker_filter
        ]

    def _step(self, forward: bool) -> None:
        if self.walk is not None:
            self._step_walk(forward)
            return
        quotes = self._walkable()
        if not quotes:
            ready = self.library.peek(self.index) is not None
            message = "No quotes to walk here." if ready else "Still finding the quotes…"
            self.notify(message, severity="warning")
            return
        current = self.view.current
        if current is None:
            target = quotes[0] if forward else quotes[-1]
        elif forward:
            target = next((number for number in quotes if number > current), quotes[-1])
        else:
            target = next((number for number in reversed(quotes) if number < current), quotes[0])
        self.set_current(target)

    def set_current(self, quote: int) -> None:
        """Make quote ``quote`` current and bring it into view."""
        self.view.current = quote
        self.view.scroll_to_quote(quote)
        self._say_status()

    def action_next_quote(self) -> None:
        """Go to the next quote (of the chosen speaker, if one is chosen)."""
        self._step(forward=True)

    def action_previous_quote(self) -> None:
        """Go to the previous quote."""
        self._step(forward=False)

    def _step_walk(self, forward: bool) -> None:
        assert self.walk is not None
        if not self.walk:
            self._end_walk()
            return
        self.walk_position = (self.walk_position + (1 if forward else -1)) % len(self.walk)
        section, start, end = self.walk[self.walk_position]
        self.view.mark_matches([self.walk[self.walk_position]])
        self.view.scroll_to_section_offset(section, start, end)
        self._say_status()

    # -- status ------------------------------------------------------------------------------

    def _say_status(self) -> None:
        reading = self.view.reading
        if reading is None:
            return
        parts: list[str] = []
        current = self.view.current
        if current is not None and reading.quotes:
            speaker = reading.speaker_of(current) or "unattributed"
            parts.append(f"Quote {current + 1} of {len(reading.quotes)} · {one_line(speaker)}")
        else:
            count = len(reading.quotes)
            parts.append(f"{count} quote{'' if count == 1 else 's'} · n: next quote")
        if self.speaker_filter is not None:
            name = reading.speaker_names[self.speaker_filter]
            parts.append(f"walking quotes by {one_line(name)} (esc: all)")
        if self.walk:
            # n and p walk the mentions now, not the quotes: the line says so.
            parts = [
                f"{self.walk_label} {self.walk_position + 1} of {len(self.walk)}",
                "n/p: next/previous · esc: back to the quotes",
            ]
        if self._awaiting_names(self.index):
            parts.append("names: the model's are coming…")
        self.query_one("#status", Static).update(" · ".join(parts))

    def _end_walk(self) -> None:
        """Stop walking a place's mentions or the find matches, and say so on the status."""
        self.walk = None
        self.view.mark_matches([])
        self._say_status()

    # -- messages from the widgets -------------------------------------------------------------

    @on(ArticleChosen)
    def _article_chosen(self, event: ArticleChosen) -> None:
        self.open_article(event.index)
        self.view.focus()

    @on(QuoteClicked)
    def _quote_clicked(self, event: QuoteClicked) -> None:
        if self.walk is not None:
            self._end_walk()  # a quote chosen: back to walking quotes
        self.set_current(event.quote)

    @on(SpeakerChosen)
    def _speaker_chosen(self, event: SpeakerChosen) -> None:
        self.choose_speaker(event.speaker)

    def choose_speaker(self, speaker: int | None) -> None:
        """Limit the quote walk to ``speaker`` (``None``: everyone) and go to their first quote."""
        self.walk = None
        self.view.mark_matches([])
        self.speaker_filter = speaker
        quotes = self._walkable()
        if speaker is not None and quotes:
            self.set_current(quotes[0])
        self._say_status()

    @on(TerritoryChosen)
    def _territory_chosen(self, event: TerritoryChosen) -> None:
        territory = self.entry.extraction.territories[event.territory]
        reading = self.reading(self.index)
        mentions = []
        for span in territory.spans:
            for number, section in enumerate(reading.sections):
                if section.paragraph is None:
                    continue
                block = self.entry.article.paragraphs[section.paragraph - 1]
                if block.start <= span[0] < block.end:
                    start, end = block.reading_offset(span[0]), block.reading_offset(span[1])
                    mentions.append((number, start, end))
        if not mentions:
            self.notify(f"{one_line(territory.name)} is named only outside the body text.")
            self._end_walk()
            return
        self.walk = mentions
        self.walk_label = f"{one_line(territory.name)}: mention"
        self.walk_position = -1
        self._step_walk(forward=True)

    # -- other actions -------------------------------------------------------------------------

    def action_clear_filter(self) -> None:
        """Walk every quote again; close the find bar and any territory walk."""
        if self.find_bar is not None and self.find_bar.display:
            self.find_bar.display = False
            self.view.focus()
        self.speaker_filter = None
        self.walk = None
        self.view.mark_matches([])
        self._say_status()

    def current_citation(self) -> str | None:
        """The citation of the current quote, in the chosen style."""
        current = self.view.current
        if current is None:
            return None
        extraction = self.entry.extraction
        style = self.app.citation_style  # type: ignore[attr-defined]
        return cite(self.entry.article, extraction.quotes[current], extraction.speakers, style)

    def action_cite(self) -> None:
        """Copy the current quote's citation to the clipboard."""
        citation = self.current_citation()
        if citation is None:
            self.notify("No quote is current: press n to go to the first.", severity="warning")
            return
        self.app.copy_text(citation, "citation")  # type: ignore[attr-defined]

    def action_copy_quote(self) -> None:
        """Copy the current quote's words alone."""
        current = self.view.current
        if current is None:
            self.notify("No quote is current: press n to go to the first.", severity="warning")
            return
        words = quote_words(self.entry.extraction.quotes[current])
        self.app.copy_text(f"“{words}”", "quote")  # type: ignore[attr-defined]

    def action_keep(self) -> None:
        """Add the current quote to the collection kept across runs."""
        current = self.view.current
        if current is None:
            self.notify("No quote is current: press n to go to the first.", severity="warning")
            return
        entry = self.entry
        quote = entry.extraction.quotes[current]
        kept = Kept(
            entry.path, quote.span, source_of(entry.article, quote, entry.extraction.speakers)
        )
        collection = self.app.collection  # type: ignore[attr-defined]
        try:
            added = collection.add(kept)
        except NotSaved as error:
            self.notify(
                f"{error}. The quote is kept until you quit; export it with v.",
                title="Kept, but not saved",
                severity="error",
                timeout=15,
            )
            return
        if added:
            self.notify(f"{len(collection.items)} quote(s) kept (v shows them).", title="Kept")
        else:
            self.notify("This quote is kept already.")

    def action_collection(self) -> None:
        """Show the kept quotes, to reorder, remove and export."""
        from tui.screens.collection import CollectionScreen

        self.app.push_screen(CollectionScreen(self.app.collection))  # type: ignore[attr-defined]

    def action_toggle_entities(self) -> None:
        """Show or hide the highlighting of people, organisations, places and dates."""
        self.view.show_entities = not self.view.show_entities
        state = "shown" if self.view.show_entities else "hidden"
        self.notify(f"Entity highlighting {state}.")

    def action_find(self) -> None:
        """Open the find bar, made the first time it is wanted (it costs the first frame
        otherwise)."""
        if self.find_bar is None:
            self.find_bar = Input(
                placeholder="Find in article (enter: next match, esc: close)", id="find"
            )
            self.query_one("#centre").mount(self.find_bar)
        self.find_bar.display = True
        self.find_bar.focus()

    @on(Input.Submitted, "#find")
    def _find(self, event: Input.Submitted) -> None:
        matches = find_matches(self.reading(self.index), event.value)
        if not matches:
            self.notify(f"Not found: {one_line(event.value)}", severity="warning")
            self._end_walk()
            return
        self.walk = matches
        self.walk_label = "match"
        self.walk_position = -1
        self._step_walk(forward=True)

    @on(QuotesAcrossLibrary)
    def _quotes_across_library(self, event: QuotesAcrossLibrary) -> None:
        self.action_quotes(event.query)

    def action_quotes(self, query: str = "") -> None:
        """List every quote of the library (those ``query`` asks for), filter them as the
        user types, and open one."""
        from tui.screens.quotes import QuotesScreen

        def opened(choice: tuple[int, int] | None) -> None:
            if choice is not None:
                article, quote = choice
                self.open_article(article, quote)
                self.set_current(quote)

        self.app.push_screen(
            QuotesScreen(self.library, self.index, query, self.still_to_index), opened
        )

    def action_next_article(self) -> None:
        """Open the next article of the library."""
        if self.library.paths:
            self.open_article((self.index + 1) % len(self.library.paths))

    def action_previous_article(self) -> None:
        """Open the previous article of the library."""
        if self.library.paths:
            self.open_article((self.index - 1) % len(self.library.paths))

    def action_open_url(self) -> None:
        """Ask for a web page's address, then fetch it away from the interface."""
        from tui.dialogs.open_url import OpenUrlDialog

        def chosen(url: str | None) -> None:
            if url:
                self.notify(f"Fetching {one_line(url)}…", markup=False)
                self._fetch_url(url)

        self.app.push_screen(OpenUrlDialog(), chosen)

    @work(thread=True, exclusive=True, group="fetch")
    def _fetch_url(self, url: str) -> None:
        """Fetch, read and keep the page (in a thread: the network may take seconds), then
        open it, or say in one line why not."""
        from tui.fetch import FetchError
        from tui.ingest import ArticleError
        from tui.pages import open_url, page_path

        try:
            path, _ = open_url(url)
        except (FetchError, ArticleError) as error:
            earlier = page_path(url)
            if isinstance(error, FetchError) and earlier.is_file():
                # Offline, or the site is down: the copy kept when it was last fetched.
                self.app.call_from_thread(
                    partial(self.notify, markup=False, severity="warning"),
                    f"{one_line(str(error))}; opening the copy kept earlier.",
                )
                self.app.call_from_thread(self._opened_page, str(earlier))
                return
            # Without markup: the address and the reason are the user's and the site's words.
            self.app.call_from_thread(
                partial(self.notify, markup=False, title="Cannot open", severity="error"),
                f"{one_line(url)}: {one_line(str(error))}",
            )
            return
        self.app.call_from_thread(self._opened_page, str(path))

    def _opened_page(self, path: str) -> None:
        """Add the kept page to the library (once) and open it."""
        index = self.library.add_path(path)
        self.readings.pop(index, None)
        self.query_one(ArticleList).library_grew()
        self.open_article(index)
        self.query_one(ArticleList).refresh_row(index)

    def action_toggle_library(self) -> None:
        """Show or hide the article list."""
        self.toggle_class("show-articles")
        if self.has_class("show-articles"):
            self.query_one(ArticleList).focus()

    def action_toggle_side(self) -> None:
        """Show or hide the speakers and territories."""
        self.toggle_class("show-side")
        if self.has_class("show-side"):
            self.query_one(SpeakersPanel).focus()
