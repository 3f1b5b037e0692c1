"""Messages the widgets post about what the user chose; the screens answer them."""

from __future__ import annotations

from textual.message import Message


class QuoteClicked(Message):
    """A quote in the reading pane was clicked."""

    def __init__(self, quote: int) -> None:
        super().__init__()
        self.quote = quote


class SpeakerChosen(Message):
    """A speaker was chosen in the speakers panel (``None``: every speaker)."""

    def __init__(self, speaker: int | None) -> None:
        super().__init__()
        self.speaker = speaker


class TerritoryChosen(Message):
    """A territory was chosen in the territories panel."""

    def __init__(self, territory: int) -> None:
        super().__init__()
        self.territory = territory


class ArticleChosen(Message):
    """An article was chosen in the article list."""

    def __init__(self, index: int) -> None:
        super().__init__()
        self.index = index


class QuoteChosen(Message):
    """A quote was chosen in the quotes view: its article, and its number there."""

    def __init__(self, article: int, quote: int) -> None:
        super().__init__()
        self.article = article
        self.quote = quote


class QuotesAcrossLibrary(Message):
    """The user asked for the quotes across the whole library that ``query`` finds (a
    speaker's, or those of articles about a place)."""

    def __init__(self, query: str) -> None:
        super().__init__()
        self.query = query
