"""Reading article files into ``Article`` objects: decoding, then the layout of the text."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from tui.ingest.decode import ArticleError, decode
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
    """Read the article file at ``path``; raise ``ArticleError`` with a one-line reason if not."""
    path = Path(path)
    try:
        if path.is_dir():
            raise ArticleError("is a folder, not an article file")
        data = path.read_bytes()
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
