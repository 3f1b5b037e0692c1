"""The reader's library backed by the index: the article list comes from what the index holds,
and an article opened reads its extraction from the index when the file is unchanged."""

from __future__ import annotations

import sqlite3
import tempfile
import threading
from collections.abc import Sequence
from pathlib import Path

from tui.index.record import decode
from tui.index.refresh import index_key
from tui.index.store import IndexStore
from tui.index.version import rules_version
from tui.index.walks import listed
from tui.index.worker import Indexed, stat_key
from tui.library import Listing, LoadFailure, Shelf
from tui.model import Article, Extraction
from tui.parallel import default_jobs

# Articles whose listings are read from the index at once.
_LISTING_PAGE = 64


class IndexedShelf(Shelf):
    """A ``Shelf`` that lists and extracts from the index. ``roots`` are the files and folders
    the user named (an indexed file under them that is gone was deleted); ``notice`` says
    when the index had to be rebuilt or could not be kept in the cache folder."""

    def __init__(
        self,
        paths: Sequence[str],
        roots: Sequence[str],
        store: IndexStore,
        jobs: int,
        walked: bool = True,
    ) -> None:
        super().__init__(paths)
        self.roots = tuple(roots)
        self.jobs = jobs
        # Whether ``paths`` come from walking the roots now; else from the index, as the
        # folders were when last walked, until ``reconcile`` gives what a walk finds.
        self.walked = walked
        self.store_path = store.path
        self.notice = store.notice
        self._store = store
        self._store_lock = threading.Lock()
        # Listings are read a page of the list at a time, as the list shows them: reading ten
        # thousand at the start took a tenth of a second of the first frame.
        self._listings: dict[str, Listing] = {}
        self._pages_read: set[int] = set()
        self._keys: list[str] | None = None
        self._numbers: dict[str, int] | None = None

    @property
    def keys(self) -> list[str]:
        """Each article's index key, in the library's order (made when first wanted, which
        is in the background)."""
        if self._keys is None:
            self._keys = [index_key(path) for path in self.paths]
        return self._keys

    @classmethod
    def opened(
        cls, roots: Sequence[str], jobs: int | None
    ) -> tuple[IndexedShelf, list[LoadFailure]]:
        """The shelf of the articles under ``roots`` on the index in the cache folder (when
        that cannot be written, a read-only home say, on one in a temporary folder, and the
        notice says so), and the paths that gave no article."""
        jobs = jobs or default_jobs()
        notice = None
        try:
            store = IndexStore()
        except (OSError, sqlite3.Error) as error:
            store = IndexStore(Path(tempfile.mkdtemp(prefix="quotelens-index-")) / "index.sqlite")
            notice = f"the index cannot be kept in the cache folder ({error}); it is temporary"
        paths, failures, walked = listed(roots, store)
        shelf = cls(paths, roots, store, jobs, walked)
        shelf.notice = notice or shelf.notice
        return shelf, failures

    def reconcile(self, paths: Sequence[str]) -> dict[int, int]:
        """The library as the walk after the first frame found it (see ``Shelf.reconcile``);
        the keys and list pages read so far are made again."""
        moved = super().reconcile(paths)
        self.walked = True
        self._keys = None
        self._numbers = None
        self._pages_read.clear()
        return moved

    def listing(self, index: int) -> Listing | None:
        """The article's line in the list: read if it has been, else as the index has it."""
        entry = self.peek(index)
        if entry is not None:
            return Listing.of(entry)
        key = index_key(self.paths[index])
        page = index // _LISTING_PAGE
        if key not in self._listings and page not in self._pages_read:
            start = page * _LISTING_PAGE
            keys = [index_key(path) for path in self.paths[start : start + _LISTING_PAGE]]
            with self._store_lock:
                self._listings.update(self._store.listings(keys))
            self._pages_read.add(page)
        return self._listings.get(key)

    def extraction(self, index: int, article: Article) -> Extraction:
        """The index's extraction when it holds one of this very file by these rules, else
        extracted now."""
        with self._store_lock:
            held = self._store.record(index_key(self.paths[index]))
        if held is not None:
            known, blob, error = held
            fresh = known.rules == rules_version() and stat_key(article.path) == (
                known.size,
                known.mtime_ns,
            )
            if fresh and blob is not None and error is None:
                return decode(blob)[1]
        return super().extraction(index, article)

    def add(self, path: str) -> int:
        """Add the article file at ``path`` (a web page just fetched); the keys and list pages
        read so far are made again, as the library's order has grown."""
        index = super().add(path)
        self._keys = None
        self._numbers = None
        self._pages_read.discard(index // _LISTING_PAGE)
        self._listings.pop(index_key(path), None)
        return index

    def indexed(self, batch: list[Indexed]) -> list[int]:
        """Note a batch the background indexing stored; the numbers of the articles it lists
        differently now."""
        if self._numbers is None:
            self._numbers = {key: number for number, key in enumerate(self.keys)}
        numbers = self._numbers
        changed = []
        for item in batch:
            self._listings[item.path] = Listing(
                item.title, item.source, item.date, len(item.quotes), item.error
            )
            if item.path in numbers:
                changed.append(numbers[item.path])
        return changed
