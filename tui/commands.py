"""The command palette (ctrl+p): every action of the reader, the open article's speakers, and
the library's articles.

Names and help come from articles (titles, speakers, paths): they go to the palette as
``Content``, and help as escaped markup, so that ``[/b]`` or ``[sic]`` shows as written.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from textual.command import DiscoveryHit, Hit, Hits, Provider
from textual.content import Content
from textual.fuzzy import Matcher
from textual.markup import escape

from tui.cite import STYLES
from tui.textsafe import one_line

ACTIONS = (
    ("Next quote", "next_quote", "Go to the next quote"),
    ("Previous quote", "previous_quote", "Go to the previous quote"),
    ("Copy citation", "cite", "Copy the current quote's citation"),
    ("Copy quote", "copy_quote", "Copy the current quote's words alone"),
    ("Toggle entity highlighting", "toggle_entities", "Show or hide people, places, dates"),
    ("Find in article", "find", "Search the open article"),
    ("All quotes", "quotes", "Every quote of the library, filtered as you type"),
    ("Open URL", "open_url", "Fetch a web page, read its article and keep it"),
    ("Next article", "next_article", "Open the next article"),
    ("Previous article", "previous_article", "Open the previous article"),
    ("Walk every quote", "clear_filter", "Stop walking one speaker's quotes"),
    ("Keep quote in the collection", "keep", "Add the current quote to the collection"),
    ("Collection", "collection", "Reorder, remove and export kept quotes"),
    ("Show or hide the article list", "toggle_library", "For narrow terminals"),
    ("Show or hide the side panels", "toggle_side", "For narrow terminals"),
)


class ReaderCommands(Provider):
    """Actions, speakers and articles, matched against what the user types."""

    def _choices(self) -> list[tuple[str, Callable[[], object], str]]:
        from tui.screens.reader import ReaderScreen

        screen = self.screen
        if not isinstance(screen, ReaderScreen):
            return []
        choices: list[tuple[str, Callable[[], object], str]] = [
            (name, partial(screen.run_action, action), help_text)
            for name, action, help_text in ACTIONS
        ]
        choices.append(("Help: every key", self.app.action_help, "Show every key and the legend"))
        app = self.app
        choices += [
            (
                "Settings",
                app.action_settings,  # type: ignore[attr-defined]
                "Theme, citation style, reading width, copy dialog, highlighting (o)",
            ),
            ("Show the last copy", app.action_show_copied, "To select it by hand (D)"),  # type: ignore[attr-defined]
        ]
        for style in STYLES:
            choices.append(
                (
                    f"Citation style: {style}",
                    partial(self.app.set_citation_style, style),  # type: ignore[attr-defined]
                    "Write citations in this style from now on",
                )
            )
        for number, speaker in enumerate(screen.entry.extraction.speakers):
            choices.append(
                (
                    f"Speaker: {one_line(speaker.name)}",
                    partial(screen.choose_speaker, number),
                    f"Walk the {speaker.quotes} quote(s) of {one_line(speaker.name)}",
                )
            )
        for number, path in enumerate(screen.library.paths):
            entry = screen.library.peek(number)
            title = entry.article.title if entry is not None else Path(path).name
            choices.append(
                (
                    f"Article: {one_line(title)}",
                    partial(screen.open_article, number),
                    one_line(path),
                )
            )
        return choices

    async def discover(self) -> Hits:
        """Everything, before the user types."""
        for name, command, help_text in self._choices():
            yield DiscoveryHit(Content(name), command, text=name, help=escape(help_text))

    async def search(self, query: str) -> Hits:
        """The choices that match ``query``, best first."""
        matcher = self.matcher(query)
        for name, command, help_text in self._choices():
            score = matcher.match(name)
            if score > 0:
                yield Hit(
                    score, _highlighted(matcher, name), command, text=name, help=escape(help_text)
                )


def _highlighted(matcher: Matcher, name: str) -> Content:
    """``name`` as plain text with the letters that matched marked; ``Matcher.highlight``
    would read it as markup."""
    content = Content(name)
    _, offsets = matcher.fuzzy_search.match(matcher.query, name)
    for offset in offsets:
        if not name[offset].isspace():
            content = content.stylize(matcher.match_style, offset, offset + 1)
    return content
