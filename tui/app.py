"""The Textual application: it only shows what the core computed."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from tui.cite import STYLES
from tui.commands import ReaderCommands
from tui.library import Library
from tui.resources import styles_dir
from tui.screens.help import HelpScreen
from tui.screens.reader import ReaderScreen
from tui.state import StateStore


class QuotelensApp(App[None]):
    """The quotelens reader: a library of articles, one open at a time."""

    TITLE = "quotelens"
    CSS_PATH = [styles_dir() / "app.tcss"]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("C", "choose_style", "Style", show=False),
    ]

    def __init__(self, library: Library, state: StateStore | None = None) -> None:
        super().__init__()
        self.library = library
        self.state = state if state is not None else StateStore()
        style = self.state.get("citation_style", "plain")
        self.citation_style = style if style in STYLES else "plain"

    def on_mount(self) -> None:
        """Restore the theme and the last article, then open the reading screen."""
        theme = self.state.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        last = self.state.get("last_article")
        paths = self.library.paths
        start = paths.index(last) if last in paths else 0
        self.push_screen(ReaderScreen(self.library, start))

    def watch_theme(self, theme: str) -> None:
        """Remember the theme the user chose."""
        if self.is_mounted and hasattr(self, "state") and self.state.get("theme") != theme:
            self.state.set("theme", theme)

    def remember_article(self, path: str) -> None:
        """Remember the open article, to reopen it next time."""
        if self.state.get("last_article") != path:
            self.state.set("last_article", path)

    def copy_text(self, text: str, what: str) -> None:
        """Copy ``text`` to the clipboard and say what was copied and how."""
        self.copy_to_clipboard(text)
        preview = text if len(text) <= 70 else text[:67] + "…"
        self.notify(f"{preview}", title=f"Copied the {what} (OSC 52 clipboard)")

    def action_help(self) -> None:
        """Show every key and the highlighting legend."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_choose_style(self) -> None:
        """Move to the next citation style, and remember it."""
        position = STYLES.index(self.citation_style) if self.citation_style in STYLES else -1
        self.citation_style = STYLES[(position + 1) % len(STYLES)]
        self.state.set("citation_style", self.citation_style)
        self.notify(f"Citations now in {self.citation_style} style.")
