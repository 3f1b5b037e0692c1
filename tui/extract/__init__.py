"""Extraction: what an article says and who says it, as spans into the file's text.

A pure module family: it never imports the interface.
"""

from __future__ import annotations

from tui.model import Article, Extraction

__all__ = ["extract"]


def extract(article: Article) -> Extraction:
    """Everything the reader shows about ``article``: quotes, speakers, entities, territories."""
    return Extraction()
