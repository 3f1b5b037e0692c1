"""The help dialog: every key, and what the colours in the reading pane mean."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS = (
    ("n / p", "next / previous quote (of the chosen speaker, if one is chosen)"),
    ("c", "copy the current quote's citation"),
    ("y", "copy the current quote's words alone"),
    ("C", "next citation style (plain, Markdown, APA, MLA, Chicago, BibTeX, CSL-JSON)"),
    ("D", "show the last copy in a dialog, to select it by hand"),
    ("a", "keep the current quote in the collection"),
    ("v", "the collection: reorder, remove, export as Markdown, BibTeX, CSL-JSON, CSV"),
    ("e", "show or hide people, organisations, places and dates"),
    ("/", "find in the article (enter: next match)"),
    (
        "Q",
        'every quote of the library, newest first, filtered as you type: words, "a phrase", '
        "pref*, speaker:Name, source:AFP, place:Kursk, -word",
    ),
    (
        "L",
        "in the speakers or territories panel: that speaker's quotes, or the quotes about "
        "that place, across the whole library",
    ),
    ("[ / ]", "previous / next article"),
    ("o", "open a web page by its URL (fetched, then kept to reopen offline)"),
    ("l", "show or hide the article list (narrow terminals)"),
    ("s", "show or hide the speakers and territories (narrow terminals)"),
    ("tab / shift+tab", "move between the list, the article and the panels"),
    ("enter", "open the article, or walk the chosen speaker's quotes or place's mentions"),
    ("escape", "walk every quote again; close the find bar or a dialog"),
    ("ctrl+p", "command palette: every action, the speakers and the articles; themes"),
    (",", "settings: theme, citation style, reading width, copy dialog, highlighting"),
    ("?", "this help"),
    ("q", "quit"),
)

LEGEND = (
    ("quote", "a quotation, in its speaker's colour (the speakers panel shows the colours)"),
    ("current quote", "the quote n and p last went to, reversed"),
    ("person", "a person named in the article"),
    ("organisation", "an organisation"),
    ("place", "a country, region or city"),
    ("date", "a date or a time"),
    ("match", "a search match, or a mention of the chosen place"),
)


class HelpScreen(ModalScreen[None]):
    """Lists every key and the legend of the highlighting."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("question_mark", "dismiss", "Close"),
        Binding("q", "dismiss", "Close"),
    ]

    def compose(self) -> ComposeResult:
        """The keys, then the legend, in a scrollable box."""
        from tui.widgets.article_view import ArticleView

        keys = Table.grid(padding=(0, 2))
        keys.add_column(style="bold")
        keys.add_column()
        for key, meaning in KEYS:
            keys.add_row(key, meaning)
        legend = Table.grid(padding=(0, 2))
        legend.add_column()
        legend.add_column()
        views = [found for screen in self.app.screen_stack for found in screen.query(ArticleView)]
        view = views[0] if views else None
        for name, meaning in LEGEND:
            component = {"quote": "quote", "current quote": "current"}.get(name, name)
            style = (
                view.get_component_rich_style(f"article-view--{component}", partial=True)
                if view is not None
                else ""
            )
            legend.add_row(Text(name, style=style), meaning)
        with VerticalScroll(id="help-dialog"):
            yield Static(Text("Keys", style="bold underline"))
            yield Static(keys)
            yield Static(Text("\nHighlighting", style="bold underline"))
            yield Static(legend)
            yield Static(Text("\nescape closes this help.", style="dim"))
