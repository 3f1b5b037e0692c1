"""The quotes view's list: two lines a quote, drawn line by line, each quote fetched from the
index only when it comes on screen."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich.style import Style
from rich.text import Text

from tui.cite import quote_words
from tui.index.search import Hit
from tui.messages import QuoteChosen
from tui.model import Quote
from tui.textsafe import one_line
from tui.widgets.row_list import RowList

# Quotes fetched from the index at a time, and how many are kept at most.
_PAGE = 100
_KEPT = 5000


class QuoteList(RowList):
    """The quotes that match the filter, two lines each: the words, then speaker and article.
    Only the ids of the matches are held; a quote's words are fetched a page at a time as it
    comes on screen, so a list of a library's every quote is as quick as a short one."""

    def __init__(self, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.ids: list[int] = []
        self.article_of: dict[str, int] = {}  # an index key's article number in the library
        self._hits: dict[int, Hit] = {}
        self._fetch: Callable[[Sequence[int]], list[Hit]] | None = None

    def show(
        self, ids: list[int], first: list[Hit], fetch: Callable[[Sequence[int]], list[Hit]]
    ) -> None:
        """List the quotes with ``ids``; ``first`` holds those already fetched, ``fetch``
        gets the others."""
        self.ids = ids
        self._hits = {hit.id: hit for hit in first}
        self._fetch = fetch
        self.set_rows([2] * len(ids))
        if ids:
            self.highlighted = 0

    def hit(self, number: int) -> Hit | None:
        """The quote on row ``number``; None when it has left the index since."""
        quote_id = self.ids[number]
        found = self._hits.get(quote_id)
        if found is None and self._fetch is not None:
            if len(self._hits) > _KEPT:
                self._hits.clear()
            start = number - number % _PAGE
            self._hits.update((hit.id, hit) for hit in self._fetch(self.ids[start : start + _PAGE]))
            found = self._hits.get(quote_id)
        return found

    def placeholder(self) -> str:
        return "No quote matches."

    def chosen(self, number: int) -> None:
        hit = self.hit(number)
        if hit is not None and hit.path in self.article_of:
            self.post_message(QuoteChosen(self.article_of[hit.path], hit.number))

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        hit = self.hit(number)
        if hit is None:
            return [Text.assemble(("(no longer in the index)", detail)), Text("")]
        quote = Quote(hit.text, hit.kind, (0, 0), hit.paragraph)
        about = " · ".join(one_line(part) for part in (hit.title, hit.source, hit.date) if part)
        return [
            Text.assemble((f"“{one_line(quote_words(quote))}”", style)),
            Text.assemble(
                ("  " + one_line(hit.speaker or "unattributed"), style + Style(bold=True)),
                (f" · {about}", detail),
            ),
        ]
