"""The Textual application: it only shows what the core computed."""

from __future__ import annotations

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import SeverityLevel
from textual.screen import Screen

from tui.cite import STYLES
from tui.clipboard import CopyResult, copy_with_tool, osc52, system_tool
from tui.collection import Collection
from tui.commands import ReaderCommands
from tui.library import Library
from tui.resources import styles_dir
from tui.screens.help import HelpScreen
from tui.screens.reader import Place, ReaderScreen
from tui.state import StateStore
from tui.textsafe import one_line, printable

# How many articles' places the state file keeps.
_PLACES_KEPT = 500


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

    def __init__(
        self, library: Library, state: StateStore | None = None, confirm_copies: bool = True
    ) -> None:
        super().__init__()
        self.library = library
        # Show copied text in a dialog when no clipboard confirms the copy.
        self.confirm_copies = confirm_copies
        self.collection = Collection()
        self.state = state if state is not None else StateStore()
        style = self.state.get("citation_style", "plain")
        self.citation_style = style if style in STYLES else "plain"
        self._said_state_unwritable = False

    def get_default_screen(self) -> Screen:
        """The reading screen, on the last article read: the first screen drawn is the one
        the reader sees (pushing it after an empty one would draw twice)."""
        last = self.state.get("last_article")
        paths = self.library.paths
        saved = self.state.get("places")
        places = {
            path: place
            for path, place in (
                (path, Place.restored(value))
                for path, value in (saved.items() if isinstance(saved, dict) else ())
            )
            if place is not None
        }
        return ReaderScreen(self.library, paths.index(last) if last in paths else 0, places)

    def on_mount(self) -> None:
        """Restore the theme the user chose; say once what was wrong with the collection."""
        theme = self.state.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        if self.collection.notice is not None:
            self.notify(
                self.collection.notice, title="Collection set aside", severity="error", timeout=30
            )

    def watch_theme(self, theme: str) -> None:
        """Remember the theme the user chose."""
        if self.is_mounted and hasattr(self, "state") and self.state.get("theme") != theme:
            self.remember(theme=theme)

    def remember(self, **values: object) -> None:
        """Remember ``values`` between runs; the first time this cannot be written, say why
        (once: the reader goes on, remembering them until it quits)."""
        self.state.update(**values)
        error = self.state.write_error
        if error is not None and not self._said_state_unwritable:
            self._said_state_unwritable = True
            self.notify(
                f"Cannot write {one_line(str(self.state.path))}: "
                f"{one_line(error.strerror or str(error))}. The reader goes on, but will not "
                "remember the theme, the citation style or your places next time.",
                title="Settings not saved",
                severity="warning",
                timeout=15,
            )

    def remember_article(self, path: str, places: dict[str, Place]) -> None:
        """Remember the open article and the place in each article read, to reopen them next
        time (the places of the last few hundred articles)."""
        kept = list(places.items())[-_PLACES_KEPT:]
        saved = {place_path: place.saved() for place_path, place in kept}
        if self.state.get("last_article") != path or self.state.get("places") != saved:
            self.remember(last_article=path, places=saved)

    def copy_to_clipboard(self, text: str) -> None:
        """Copy ``text`` by OSC 52, wrapped as GNU screen needs it when running inside it."""
        self._clipboard = text
        if self._driver is not None:
            self._driver.write(osc52(text))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        """Every notification, from any screen, as the plain text it is: messages quote
        article text and what the user typed, whose control codes must not reach the terminal
        and whose brackets (``[sic]``, ``[/b]``, ``[@click=...]``) are not markup. ``markup``
        is Textual's parameter, which widgets pass on; it is never honoured."""
        super().notify(
            printable(message),
            title=one_line(title),
            severity=severity,
            timeout=timeout,
            markup=False,
        )

    def copy_text(self, text: str, what: str) -> None:
        """Copy ``text`` to the clipboard by every way there is, then say what and how. The
        text goes out with its control codes as visible symbols: the clipboard, the dialog and
        the notification all get what the terminal may show."""
        text = printable(text)
        self.copy_to_clipboard(text)
        self._copy_with_system_tool(text, what)

    @work(thread=True, group="clipboard")
    def _copy_with_system_tool(self, text: str, what: str) -> None:
        tool = system_tool()
        confirmed = tool is not None and copy_with_tool(text, tool)
        ways = ("OSC 52", tool[0]) if confirmed and tool else ("OSC 52",)
        self.call_from_thread(self._copied, text, what, CopyResult(ways, confirmed))

    def _copied(self, text: str, what: str, result: CopyResult) -> None:
        preview = " ".join(text.split())
        preview = preview if len(preview) <= 70 else preview[:69] + "…"
        self.notify(preview, title=f"Copied the {what} {result.describe()}")
        if not result.confirmed and self.confirm_copies:
            # Imported here: its text area is a tenth of the reader's own import time, and
            # most runs never show the dialog.
            from tui.dialogs.copy import CopyDialog

            self.push_screen(CopyDialog(text, result.describe()))

    def action_help(self) -> None:
        """Show every key and the highlighting legend."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_choose_style(self) -> None:
        """Move to the next citation style."""
        position = STYLES.index(self.citation_style) if self.citation_style in STYLES else -1
        self.set_citation_style(STYLES[(position + 1) % len(STYLES)])

    def set_citation_style(self, style: str) -> None:
        """Write citations in ``style`` from now on, and remember it between runs."""
        self.citation_style = style
        self.remember(citation_style=style)
        self.notify(f"Citations are now written in {style} style.")
