"""The library: the article files found under the paths a user names, read and extracted."""

from __future__ import annotations

import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from tui.extract import extract
from tui.ingest import ARTICLE_SUFFIXES, ArticleError, read_article
from tui.model import Article, Extraction


@dataclass(frozen=True, slots=True)
class LoadFailure:
    """A path that gave no article, and the one-line reason."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class Entry:
    """One article of the library with everything extracted from it."""

    article: Article
    extraction: Extraction

    @property
    def path(self) -> str:
        """The article file's path as the user named or found it."""
        return self.article.path


@dataclass(frozen=True, slots=True)
class Library:
    """Articles read from a set of paths, in a stable order, and the paths that failed."""

    entries: tuple[Entry, ...]
    failures: tuple[LoadFailure, ...]


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[LoadFailure]]:
    """The article files named by ``paths``: files as given, folders searched recursively."""
    found: list[str] = []
    failures: list[LoadFailure] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            try:
                files = sorted(
                    str(child)
                    for child in path.rglob("*")
                    if child.suffix.lower() in ARTICLE_SUFFIXES and child.is_file()
                )
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


def load_entry(path: str) -> Entry:
    """Read and extract one article; raises ``ArticleError`` with the reason if it cannot."""
    article = read_article(path)
    return Entry(article, extract(article))


def load_library(paths: Iterable[str | os.PathLike[str]]) -> Library:
    """Read every article under ``paths``; unreadable ones are listed with their reasons."""
    files, failures = discover(paths)
    entries: list[Entry] = []
    for file in files:
        try:
            entries.append(load_entry(file))
        except ArticleError as error:
            failures.append(LoadFailure(file, str(error)))
    return Library(tuple(entries), tuple(failures))
