"""Reading article files into ``Article`` objects: decoding, then the layout of the text."""

from __future__ import annotations

import os
import stat
from dataclasses import replace
from pathlib import Path

from tui.ingest.decode import MAX_BYTES, ArticleError, check_size, decode
from tui.ingest.plain import parse_plain
from tui.model import Article, Metadata

__all__ = [
    "ArticleError",
    "MARKDOWN_SUFFIXES",
    "PAGE_SUFFIXES",
    "ARTICLE_SUFFIXES",
    "read_article",
    "parse_article",
]

MARKDOWN_SUFFIXES = (".md", ".markdown")
# Saved web pages; their reader (tui.ingest.web) is imported only when a page is opened.
PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
ARTICLE_SUFFIXES = (".txt", *MARKDOWN_SUFFIXES, *PAGE_SUFFIXES)


def read_article(path: str | os.PathLike[str]) -> Article:
    """Read the article file at ``path``; raise ``ArticleError`` with a one-line reason if not.

    What is not a regular file (a folder, a named pipe, a device, a socket) or is larger than
    any article is refused by what ``stat`` says, before it is opened: opening a named pipe
    waits for a writer, and a device such as ``/dev/zero`` never ends.
    """
    path = Path(path)
    try:
        _check_kind_and_size(os.stat(path))
        # Not blocking: should a pipe have taken the file's place since, it opens at once
        # and is refused by the same check on what was opened.
        descriptor = os.open(path, os.O_RDONLY | _NOT_BLOCKING)
        with open(descriptor, "rb") as file:
            _check_kind_and_size(os.fstat(file.fileno()))
            # One byte over the limit is enough to know a growing file is too large.
            data = file.read(MAX_BYTES + 1)
    except ArticleError:
        raise
    except FileNotFoundError:
        raise ArticleError("no such file") from None
    except PermissionError:
        raise ArticleError("permission denied: the file cannot be read") from None
    except OSError as error:
        raise ArticleError(f"cannot be read: {error.strerror or error}") from None
    if path.suffix.lower() in PAGE_SUFFIXES:
        return _read_page(str(path), data)
    decoded = decode(data)
    if decoded.text.lstrip()[:1] == "<":
        from tui.ingest.web import looks_like_html

        if looks_like_html(decoded.text):
            return _read_page(str(path), data)
    return parse_article(str(path), decoded.text, decoded.encoding, decoded.notes)


# Opening flags: a pipe opens at once rather than waiting for a writer (POSIX only; elsewhere
# the check by stat before opening is all there is).
_NOT_BLOCKING = getattr(os, "O_NONBLOCK", 0)

# What a path that is not a regular file is, for the reason it is refused.
_KINDS = (
    (stat.S_ISDIR, "a folder"),
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)


def _check_kind_and_size(status: os.stat_result) -> None:
    """Raise ``ArticleError`` unless ``status`` is a regular file's within the size limit."""
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _KINDS if test(status.st_mode)), "a special file")
        raise ArticleError(f"is {kind}, not an article file")
    check_size(status.st_size)


def parse_article(
    path: str, text: str, encoding: str = "utf-8", notes: tuple[str, ...] = ()
) -> Article:
    """Build an ``Article`` from already decoded ``text``; never raises on any text."""
    if path.lower().endswith(MARKDOWN_SUFFIXES) or text.startswith("---\n"):
        # Imported here: markdown-it takes longer to import than the rest of the readers, and
        # most articles are plain text.
        from tui.ingest.markdown import parse_markdown

        layout = parse_markdown(text)
        meta, headers, paragraphs, kind = layout.meta, layout.headers, layout.paragraphs, "markdown"
    else:
        plain = parse_plain(text)
        meta, headers, paragraphs, kind = plain.meta, plain.headers, plain.paragraphs, plain.layout
    if not meta.title:
        meta = _with_title(meta, Path(path).stem)
    return Article(
        path=path,
        text=text,
        meta=meta,
        paragraphs=paragraphs,
        headers=headers,
        encoding=encoding,
        layout=kind,
        notes=notes,
    )


def _read_page(path: str, data: bytes) -> Article:
    """A saved or fetched web page."""
    # Imported here: the web reader brings lxml and trafilatura, which plain articles never need.
    from tui.ingest.web import read_page

    return read_page(path, data)


def _with_title(meta: Metadata, title: str) -> Metadata:
    """``meta`` with ``title`` as its headline, for articles that have none of their own."""
    return replace(meta, title=title)
