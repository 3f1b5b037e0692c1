"""The library: the article files found under the paths a user names, read and extracted."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import overload

from tui.extract import extract, ner
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
    first, and the rest as a background task or the user reaches them. Where the names model
    reads in another process (the reader's), an article extracted here has the rules' names
    until ``names_read`` brings the model's.
    """

    def __init__(self, paths: Sequence[str]) -> None:
        self.paths = tuple(paths)
        self._entries: dict[int, Entry] = {}
        self._articles: dict[int, Article | ArticleError] = {}
        self._rules_names: set[int] = set()  # extracted here, the model's names still to come
        self._added: list[str] = []  # web pages added since the library opened
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
            found = self._load(index)
            with self._lock:
                found = self._entries.setdefault(index, found)
        return found

    def _load(self, index: int) -> Entry:
        """Article ``index`` read and extracted, or an entry that says why it cannot be: any
        failure of one article, the file's or the rules', leaves the others to be read."""
        article = self.article(index)
        if not isinstance(article, Article):
            return _unreadable(self.paths[index], str(article))
        try:
            return Entry(article, self.extraction(index, article))
        except ArticleError as error:
            return _unreadable(self.paths[index], str(error))

    def article(self, index: int) -> Article | ArticleError:
        """Article ``index`` read but not yet extracted (or why it cannot be read): enough to
        show its text while its quotes are found."""
        found = self._articles.get(index)
        if found is None:
            try:
                found = _read(self.paths[index])
            except ArticleError as error:
                found = error
            with self._lock:
                found = self._articles.setdefault(index, found)
        return found

    def extraction(self, index: int, article: Article) -> Extraction:
        """What is extracted from article ``index``: here, extracted now; any failure of the
        rules is an ``ArticleError`` with its reason."""
        extraction = _extracted(article)
        if ner.reads_elsewhere():
            with self._lock:
                self._rules_names.add(index)
        return extraction

    def awaiting_names(self, index: int) -> bool:
        """Whether article ``index`` shows the rules' names while the model's are read in
        another process."""
        return index in self._rules_names and ner.reads_elsewhere()

    def names_read(self, index: int, article: Article, extraction: Extraction) -> bool:
        """Article ``index`` extracted with the model's names in another process, from
        ``article`` as read here; whether it is still the one shown (a page fetched again
        since is not)."""
        with self._lock:
            entry = self._entries.get(index)
            if entry is None or entry.article is not article or index not in self._rules_names:
                return False
            self._entries[index] = Entry(article, extraction)
            self._rules_names.discard(index)
            return True

    def peek(self, index: int) -> Entry | None:
        """The entry if it has been read already, without reading it."""
        return self._entries.get(index)

    def add(self, path: str) -> int:
        """Add the article file at ``path`` (a web page just fetched) and return its index;
        a path already here is read again, as its file has been replaced."""
        with self._lock:
            if path in self.paths:
                index = self.paths.index(path)
                self._entries.pop(index, None)
                self._articles.pop(index, None)
                self._rules_names.discard(index)
                return index
            self.paths = (*self.paths, path)
            self._added.append(path)
            return len(self.paths) - 1

    def found(self, paths: Sequence[str]) -> tuple[str, ...]:
        """The library's paths when ``paths`` are the files its folders hold now: those, then
        the pages added since it opened (not in its folders, and not to be lost)."""
        present = set(paths)
        return (*paths, *(path for path in self._added if path not in present))

    def reconcile(self, paths: Sequence[str]) -> dict[int, int]:
        """Make ``paths`` (what the folders hold now) the library, with the pages added
        since, what was read of an article kept under its new number; returns the new number
        of each article still here by its old one."""
        paths = self.found(paths)
        with self._lock:
            number_of = {path: number for number, path in enumerate(paths)}
            moved = {
                old: number_of[path] for old, path in enumerate(self.paths) if path in number_of
            }
            self.paths = tuple(paths)
            self._entries = {
                moved[old]: item for old, item in self._entries.items() if old in moved
            }
            self._articles = {
                moved[old]: item for old, item in self._articles.items() if old in moved
            }
            self._rules_names = {moved[old] for old in self._rules_names if old in moved}
        return moved

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

    def first_present(self, start: int) -> int:
        """The first article from ``start`` on (round to the start) whose file is there: a
        list from the index may still name a file deleted since, which the reader would
        open on an error; ``start`` when none is."""
        paths = self.paths
        for index in chain(range(start, len(paths)), range(start)):
            if os.path.lexists(paths[index]):
                return index
        return start

    def add_path(self, path: str) -> int:
        """Add the article file at ``path`` to a library opened for the reader (see
        ``open_library``); returns its index."""
        if not isinstance(self.entries, Shelf):
            raise TypeError("only a library opened for the reader takes new articles")
        return self.entries.add(path)

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


# Folders that hold no one's articles: tools' and packages' own files, however many *.txt and
# *.md they hold. Hidden folders (a leading dot: .git, .venv, .cache) are left out as well, and
# any virtual environment, known by its pyvenv.cfg whatever it is called.
NOT_SEARCHED = frozenset({"node_modules", "__pycache__", "site-packages", "dist-packages"})


def _searched(folder: str, name: str) -> bool:
    """Whether the subfolder ``name`` of ``folder`` may hold the user's articles."""
    if name.startswith(".") or name in NOT_SEARCHED:
        return False
    return not os.path.exists(os.path.join(folder, name, "pyvenv.cfg"))


def _articles_under(folder: Path) -> tuple[list[str], list[LoadFailure], int]:
    """The article files under ``folder``, the subfolders that could not be read, and how many
    subfolders were left out as hidden or a tool's. Anything that is not a folder counts: a
    pipe or a device named like an article is refused with its reason when read."""
    found: list[str] = []
    unreadable: list[LoadFailure] = []
    skipped = 0

    def cannot_read(error: OSError) -> None:
        where = error.filename if error.filename is not None else str(folder)
        reason = f"folder cannot be read: {error.strerror or error}"
        unreadable.append(LoadFailure(str(where), reason))

    for parent, folders, files in os.walk(folder, onerror=cannot_read):
        kept = [name for name in folders if _searched(parent, name)]
        skipped += len(folders) - len(kept)
        folders[:] = kept
        # Joined with a string method: a warm start walks ten thousand names before its
        # first frame, and os.path.join and splitext took half of that walk.
        prefix = os.path.join(parent, "")
        found += [prefix + name for name in _article_names(files)]
    found.sort()
    return found, unreadable, skipped


def _article_names(names: list[str]) -> list[str]:
    """The file names with an article's suffix as ``os.path.splitext`` reads it: the last
    dot's, with something other than dots before it (``.txt`` alone has none, so only a name
    starting with a dot needs the closer look)."""
    return [
        name
        for name in names
        if name.lower().endswith(ARTICLE_SUFFIXES)
        and (name[0] != "." or name[: name.rfind(".")].strip(".") != "")
    ]


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[LoadFailure]]:
    """The article files named by ``paths``: files as given, folders searched recursively
    (but not their hidden folders and virtual environments)."""
    found: list[str] = []
    failures: list[LoadFailure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            files, unreadable, skipped = _articles_under(path)
            failures += unreadable
            if not files and not unreadable:
                reason = "no articles (*.txt, *.md, *.html) in this folder"
                if skipped:
                    reason += " (hidden folders and virtual environments are not searched)"
                failures.append(LoadFailure(str(raw), reason))
            found.extend(files)
        elif path.exists() or path.is_symlink():
            found.append(str(raw))
        else:
            failures.append(LoadFailure(str(raw), "no such file or folder"))
    return found, failures


def load_entry(path: str) -> Entry:
    """Read and extract one article; raises ``ArticleError`` with the reason if it cannot."""
    article = _read(path)
    return Entry(article, _extracted(article))


# A failure's message is the reason's last part; past this many characters it is cut.
_REASON_LENGTH = 200


def failure_reason(stage: str, error: Exception) -> str:
    """An unexpected failure of one article on one line: the stage, the error's kind and its
    message, cut when long (``extraction failed: KeyError: 'x'``)."""
    message = " ".join(str(error).split())
    if len(message) > _REASON_LENGTH:
        message = message[: _REASON_LENGTH - 1] + "…"
    kind = type(error).__name__
    return f"{stage}: {kind}: {message}" if message else f"{stage}: {kind}"


def _failed(stage: str, error: Exception) -> ArticleError:
    """The ``ArticleError`` that reports an unexpected failure of one article, so that it is
    reported like any unreadable file and the other articles go on."""
    return ArticleError(failure_reason(stage, error))


def _read(path: str) -> Article:
    """``read_article``, with any failure of its own (not only the file's) an ``ArticleError``."""
    try:
        return read_article(path)
    except ArticleError:
        raise
    except Exception as error:  # one article's failure must not stop the rest
        raise _failed("reading failed", error) from error


def _extracted(article: Article) -> Extraction:
    """``extract(article)``, with any failure of the rules an ``ArticleError``."""
    try:
        return extract(article)
    except Exception as error:  # one article's failure must not stop the rest
        raise _failed("extraction failed", error) from error


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
    index the rest in the background (one a core unless told). A folder the index knows is
    listed as it was when last indexed, without reading it: the reader walks it once its
    first frame is up (``IndexedShelf.walked`` says whether that is still to do)."""
    from tui.index.shelf import IndexedShelf

    shelf, failures = IndexedShelf.opened([str(path) for path in paths], jobs)
    return Library(shelf, tuple(failures))
