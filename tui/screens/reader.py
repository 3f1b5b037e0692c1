"""The main screen: the article list beside the reading pane."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.screen import Screen
from textual.widgets import Footer, Header, OptionList

from tui.library import Library
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView


class ReaderScreen(Screen[None]):
    """Lists the library's articles and shows the chosen one."""

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def compose(self) -> ComposeResult:
        """The header, the article list and reading pane side by side, and the footer."""
        yield Header()
        with Horizontal(id="main"):
            yield ArticleList(self.library.entries, id="articles")
            yield ArticleView(id="reading")
        yield Footer()

    def on_mount(self) -> None:
        """Open the first article."""
        if self.library.entries:
            self.open_article(0)

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        """Show the article the list cursor is on."""
        self.open_article(event.option_index)

    def open_article(self, index: int) -> None:
        """Show the ``index``th article of the library in the reading pane."""
        entry = self.library.entries[index]
        self.query_one(ArticleView).show(entry)
        self.title = entry.article.title
        self.app.sub_title = entry.article.title
