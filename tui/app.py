"""The Textual application: it only shows what the core computed."""

from __future__ import annotations

from textual.app import App
from textual.binding import Binding

from tui.library import Library
from tui.resources import styles_dir
from tui.screens.reader import ReaderScreen


class QuotelensApp(App[None]):
    """The quotelens reader: a library of articles, one open at a time."""

    TITLE = "quotelens"
    CSS_PATH = [styles_dir() / "app.tcss"]
    BINDINGS = [Binding("q", "quit", "Quit")]

    def __init__(self, library: Library) -> None:
        super().__init__()
        self.library = library

    def on_mount(self) -> None:
        """Open the reading screen on the library."""
        self.push_screen(ReaderScreen(self.library))
