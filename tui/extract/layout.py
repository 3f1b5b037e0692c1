"""Lines of a page's layout that sit among an article's paragraphs: captions and subheads.

Copy taken from a site keeps them where the page had them, so a photo caption or a rubric
may stand between a speaker and their quote. They are no part of the story's sentences: the
people a caption names are not whom the next ``he`` or ``she`` is about, and a subhead is not
the paragraph a quote continues. They are known by their form, as a reader knows them: a
photo credit (``(Jane Roe / CBC News)``, ``Jane Roe / The Canadian Press ...``), people placed
in the picture (``Kevin Vickers, right, ...``), a rubric in capitals before a colon (``READ
MORE:``, ``WATCH:``), a short line that ends no sentence.
"""

from __future__ import annotations

import re

_NAME = r"[A-Z][\w.'’-]*(?:\s[A-Z][\w.'’-]*)*"
# A photo credit (a photographer's name, a slash, the agency), or someone placed in the
# picture ("Jaidaa, left,", "Kevin Vickers, far right, tosses").
_CAPTION = re.compile(
    rf"\(\s*{_NAME}\s?/\s?[A-Z][^()]*\)\s*\Z|\A\s*{_NAME}\s/\s(?:The\s)?[A-Z]"
    r"|[A-Z][\w'’-]+,\s(?:far\s|second\s|third\s|top\s|bottom\s)?(?:left|right|centre|center)\b"
)
_RUBRIC = re.compile(r"^[A-Z][A-Z ]{1,24}:")
_SUBHEAD_WORDS = 15


def is_caption(text: str) -> bool:
    """Whether a paragraph is a photo or video caption."""
    return _CAPTION.search(text) is not None


def is_layout(text: str) -> bool:
    """Whether a paragraph is layout rather than the story's sentences: a caption, a rubric
    (``READ MORE: ...``) or a subhead (a short line that ends no sentence)."""
    stripped = text.strip()
    if _RUBRIC.match(stripped) or is_caption(stripped):
        return True
    return len(stripped.split()) <= _SUBHEAD_WORDS and stripped[-1:] not in ".!?\"”’'"
