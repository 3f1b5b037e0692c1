"""The library: the article files found under the paths a user names, read and extracted."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import overload

from tui.extract import extract
from tui.ingest import ARTICLE_SUFFIXES, ArticleError, read_article
from tui.model import Article, Extraction, Metadata


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A path that gave no article, and the one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One article of the library with everything extracted from it; ``error`` says why a
    file that could not be read shows no article."""

    article: Article
    extraction: Extraction
    error: str | None = None

    @property
    def path(self) -> str:
        """The article file's path as the user named or found it."""
        return self.article.path


@dataclass(frozen=True, slots=True)
class Listing:
    """What the article list shows of an article before it is opened."""

    title: str
    source: str | None
    date: str | None
    quotes: int
    error: str | None = None

    @classmethod
    def of(cls, entry: Entry) -> Listing:
        """The listing of an article read and extracted."""
        meta = entry.article.meta
        return cls(meta.title, meta.source, meta.date, len(entry.extraction.quotes), entry.error)


class Shelf(Sequence[Entry]):
    """The library's articles, each read and extracted when first asked for.

    A folder of a thousand articles opens at once: only the article on screen is read at
    first, and the rest as a background task or the user reaches them.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = tuple(paths)
        self._entries: dict[int, Entry] = {}
        self._articles: dict[int, Article | ArticleError] = {}
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self.paths)

    @overload
    def __getitem__(self, index: int) -> Entry: ...

    @overload
    def __getitem__(self, index: slice) -> Sequence[Entry]: ...

    def __getitem__(self, index: int | slice) -> Entry | Sequence[Entry]:
        if isinstance(index, slice):
            return [self[number] for number in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        found = self._entries.get(index)
        if found is None:
            article = self.article(index)
            if isinstance(article, Article):
                found = Entry(article, self.extraction(index, article))
            else:
                found = _unreadable(self.paths[index], str(article))
            with self._lock:
                found = self._entries.setdefault(index, found)
        return found

    def article(self, index: int) -> Article | ArticleError:
        """Article ``index`` read but not yet extracted (or why it cannot be read): enough to
        show its text while its quotes are found."""
        found = self._articles.get(index)
        if found is None:
            try:
                found = read_article(self.paths[index])
            except ArticleError as error:
                found = error
            with self._lock:
                found = self._articles.setdefault(index, found)
        return found

    def extraction(self, index: int, article: Article) -> Extraction:
        """What is extracted from article ``index``: here, extracted now."""
        return extract(article)

    def peek(self, index: int) -> Entry | None:
        """The entry if it has been read already, without reading it."""
        return self._entries.get(index)

    def listing(self, index: int) -> Listing | None:
        """What the article list shows of article ``index``, if known without reading it."""
        entry = self.peek(index)
        return None if entry is None else Listing.of(entry)


@dataclass(frozen=True, slots=True)
class Library:
    """Articles read from a set of paths, in a stable order, and the paths that failed."""

    entries: Sequence[Entry]
    failures: tuple[LoadFailure, ...]

    @property
    def paths(self) -> tuple[str, ...]:
        """Each article's path, without reading any article."""
        if isinstance(self.entries, Shelf):
            return self.entries.paths
        return tuple(entry.path for entry in self.entries)

    def peek(self, index: int) -> Entry | None:
        """Article ``index`` if it has been read already."""
        if isinstance(self.entries, Shelf):
            return self.entries.peek(index)
        return self.entries[index]

    def listing(self, index: int) -> Listing | None:
        """What the article list shows of article ``index``, if known without reading it."""
        if isinstance(self.entries, Shelf):
            return self.entries.listing(index)
        return Listing.of(self.entries[index])

    def article(self, index: int) -> Article | None:
        """Article ``index`` read, perhaps not yet extracted; None if it cannot be read."""
        if isinstance(self.entries, Shelf):
            found = self.entries.article(index)
            return found if isinstance(found, Article) else None
        return self.entries[index].article


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[LoadFailure]]:
    """The article files named by ``paths``: files as given, folders searched recursively."""
    found: list[str] = []
    failures: list[LoadFailure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                files = _article_files(str(path))
            except OSError as error:
                failures.append(LoadFailure(str(raw), f"folder cannot be read: {error.strerror}"))
                continue
            if not files:
                failures.append(LoadFailure(str(raw), "no articles (*.txt, *.md) in this folder"))
            found.extend(files)
        elif path.exists() or path.is_symlink():
            found.append(str(raw))
        else:
            failures.append(LoadFailure(str(raw), "no such file or folder"))
    return found, failures


def _article_files(folder: str) -> list[str]:
    """The article files under ``folder``, sorted. One ``scandir`` a folder, whose entries
    know their type without another system call: ``Path.rglob`` took 0.4 s for a library of
    ten thousand articles, most of the reader's first frame. Links to folders are not followed
    (as ``rglob`` does not); a subfolder that cannot be read is passed over."""
    found: list[str] = []
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            entries = list(os.scandir(current))
        except OSError:
            if current == folder:
                raise
            continue
        for entry in entries:
            if entry.is_dir(follow_symlinks=False):
                pending.append(entry.path)
            elif os.path.splitext(entry.name)[1].lower() in ARTICLE_SUFFIXES and entry.is_file():
                found.append(entry.path)
    return sorted(found)


def load_entry(path: str) -> Entry:
    """Read and extract one article; raises ``ArticleError`` with the reason if it cannot."""
    article = read_article(path)
    return Entry(article, extract(article))


def _unreadable(path: str, reason: str) -> Entry:
    """An entry that shows why the file at ``path`` cannot be read."""
    title = f"{Path(path).name} (cannot be read)"
    article = Article(path=path, text="", meta=Metadata(title=title), paragraphs=())
    return Entry(article, Extraction(notes=(reason,)), error=reason)


def load_library(paths: Iterable[str | os.PathLike[str]]) -> Library:
    """Read every article under ``paths`` now; unreadable ones are listed with their reasons."""
    files, failures = discover(paths)
    entries: list[Entry] = []
    for file in files:
        try:
            entries.append(load_entry(file))
        except ArticleError as error:
            failures.append(LoadFailure(file, str(error)))
    return Library(tuple(entries), tuple(failures))


def open_library(paths: Iterable[str | os.PathLike[str]], jobs: int | None = None) -> Library:
    """The articles under ``paths``, each read when first needed (for the reader), listed
    and extracted from the persistent index where it knows them; ``jobs`` worker processes
    index the rest in the background (one a core unless told)."""
    from tui.index.shelf import IndexedShelf

    roots = [str(path) for path in paths]
    files, failures = discover(roots)
    return Library(IndexedShelf.opened(files, roots, jobs), tuple(failures))
