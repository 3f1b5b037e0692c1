"""Citations of quotes: the text a user pastes into a story, a paper or a fact-check.

Pure formatting: the interface only chooses a style and copies the result.
"""

from __future__ import annotations

import re

from tui.model import Article, Quote, Speaker

STYLES = ("plain",)
_SPACES = re.compile(r"\s+")


def quote_words(quote: Quote) -> str:
    """The quoted words on one line, as a citation prints them."""
    return _SPACES.sub(" ", quote.text).strip().rstrip(",")


def cite(
    article: Article, quote: Quote, speakers: tuple[Speaker, ...], style: str = "plain"
) -> str:
    """The citation of ``quote`` from ``article`` in ``style``."""
    if style not in STYLES:
        raise ValueError(f"unknown citation style: {style}")
    return _plain(article, quote, speakers)


def _plain(article: Article, quote: Quote, speakers: tuple[Speaker, ...]) -> str:
    """“Words,” Speaker, role, quoted in “Title,” Source, date, paragraph N."""
    meta = article.meta
    parts = [f"“{quote_words(quote)}”"]
    speaker = next((found for found in speakers if found.name == quote.speaker), None)
    if speaker is not None:
        parts.append(f"{speaker.name}, {speaker.role}" if speaker.role else speaker.name)
    else:
        parts.append("unattributed")
    where = [f"“{meta.title}”"]
    if meta.source:
        where.append(meta.source)
    if meta.date:
        where.append(meta.date)
    if quote.paragraph:
        where.append(f"paragraph {quote.paragraph}")
    return f"{' — '.join(parts)}. Quoted in {', '.join(where)}."
