"""The Textual application: it only shows what the core computed."""

from __future__ import annotations

import gc
from dataclasses import replace

from textual import work
from textual.app import App
from textual.binding import Binding
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen

from tui.cite import STYLES
from tui.clipboard import CopyResult, copy_with_tool, osc52, osc52_route, system_tool
from tui.collection import Collection
from tui.commands import ReaderCommands
from tui.library import Library
from tui.resources import styles_dir
from tui.screens.help import HelpScreen
from tui.screens.reader import Place, ReaderScreen
from tui.settings import Settings
from tui.state import StateStore
from tui.textsafe import one_line, printable

# How many articles' places the state file keeps.
_PLACES_KEPT = 500
# Notifications shown at once, on short terminals and others: more would cover the text.
_NOTICES_SHORT, _NOTICES = 2, 3
_SHORT_TERMINAL = 30
# A copy's notice: shown briefly, its preview one line of the notice (Textual's notices are
# 60 cells wide at most, half the screen on narrow ones, less their border and padding).
_COPY_NOTICE_SECONDS = 3
_NOTICE_WIDTH, _NOTICE_CHROME = 60, 4


class QuotelensApp(App[None]):
    """The quotelens reader: a library of articles, one open at a time."""

    TITLE = "quotelens"
    CSS_PATH = [styles_dir() / "app.tcss"]
    COMMANDS = App.COMMANDS | {ReaderCommands}
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        Binding("C", "choose_style", "Style", show=False),
        Binding("D", "show_copied", "Show copied", show=False),
        Binding("comma", "settings", "Settings", show=False),
    ]

    def __init__(
        self,
        library: Library,
        state: StateStore | None = None,
        confirm_copies: bool | None = None,
    ) -> None:
        super().__init__()
        self.library = library
        self.collection = Collection()
        self.state = state if state is not None else StateStore()
        self.settings = Settings.read(self.state)
        # Show copied text in a dialog every time no clipboard confirms the copy (the setting,
        # unless this run was told otherwise).
        self.confirm_copies = (
            self.settings.confirm_copies if confirm_copies is None else confirm_copies
        )
        style = self.state.get("citation_style", "plain")
        self.citation_style = style if style in STYLES else "plain"
        self._said_state_unwritable = False
        self._copy_notice: Notification | None = None
        self._last_copy: tuple[str, str] | None = None  # the text and how it was sent

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
        start = self.library.first_present(paths.index(last) if last in paths else 0)
        return ReaderScreen(self.library, start, places)

    def on_mount(self) -> None:
        """Restore the theme the user chose; say once what was wrong with the collection."""
        # What is made up to the first frame (the interface, the library's list) lives as long
        # as the reader: out of the collector's reach, a full collection walks only what came
        # since, 4-15 ms rather than 22-61 ms with ten thousand articles, between two keys.
        self.call_after_refresh(gc.freeze)
        theme = self.state.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self.theme = theme
        if self.collection.notice is not None:
            self.notify(
                self.collection.notice, title="Collection set aside", severity="error", timeout=30
            )

    def on_unmount(self) -> None:
        """Give what was frozen back to the collector (another reader may start in this
        process: the tests, the benchmarks)."""
        gc.unfreeze()

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
        """Copy ``text`` by OSC 52, wrapped as GNU screen needs it when running inside it. In a
        browser (``quotelens serve``) the page's terminal takes the plain sequence and writes
        the browser's clipboard."""
        self._clipboard = text
        if self._driver is not None:
            self._driver.write(osc52(text, {}) if self.is_web else osc52(text))

    def copy_text(self, text: str, what: str) -> None:
        """Copy ``text`` to the clipboard by every way there is, then say what and how. The
        text goes out with its control codes as visible symbols: the clipboard, the dialog and
        the notification all get what the terminal may show."""
        text = printable(text)
        self.copy_to_clipboard(text)
        if self.is_web:
            # The server's clipboard tool would copy on the server, not where the user reads.
            self._copied(text, what, CopyResult(("the browser's clipboard",), False))
            return
        self._copy_with_system_tool(text, what)

    @work(thread=True, group="clipboard")
    def _copy_with_system_tool(self, text: str, what: str) -> None:
        tool = system_tool()
        confirmed = tool is not None and copy_with_tool(text, tool)
        route = osc52_route()
        ways = (route, tool[0]) if confirmed and tool else (route,)
        self.call_from_thread(self._copied, text, what, CopyResult(ways, confirmed))

    def _copied(self, text: str, what: str, result: CopyResult) -> None:
        """Say in one short notice what was copied and how. A terminal cannot confirm OSC 52,
        so when no tool did, the notice offers the dialog (D) rather than opening it, unless
        the user asked for it every time."""
        self._last_copy = (text, result.describe())
        preview = " ".join(text.split())
        room = min(_NOTICE_WIDTH, self.size.width // 2) - _NOTICE_CHROME
        preview = preview if len(preview) <= room else preview[: room - 1] + "…"
        if result.confirmed:
            title, message = f"Copied the {what} {result.describe()}", preview
        else:
            title = f"Sent the {what} {result.describe()}"
            message = f"{preview}\nD shows it, to copy by hand."
        if self._copy_notice is not None and self._copy_notice in self._notifications:
            # The previous copy's notice gives way: one copy notice at a time, never a pile.
            self._unnotify(self._copy_notice)
        self._copy_notice = self.notify(message, title=title, timeout=_COPY_NOTICE_SECONDS)
        if not result.confirmed and self.confirm_copies:
            self.action_show_copied()

    def action_show_copied(self) -> None:
        """Show the last copied text in a dialog, to select by hand."""
        if self._last_copy is None:
            self.notify("Nothing has been copied yet.")
            return
        # Imported here: its text area is a tenth of the reader's own import time, and most
        # runs never show the dialog.
        from tui.dialogs.copy import CopyDialog

        if not isinstance(self.screen, CopyDialog):
            self.push_screen(CopyDialog(*self._last_copy))

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> Notification:
        """Every notification, from any screen, as the plain text it is: messages quote
        article text and what the user typed, whose control codes must not reach the terminal
        and whose brackets (``[sic]``, ``[/b]``, ``[@click=...]``) are not markup. ``markup``
        is Textual's parameter, which widgets pass on; it is never honoured. Thread-safe, as
        Textual's is (it only posts a message); returns the notification so that it can be
        withdrawn."""
        notification = Notification(
            printable(message),
            one_line(title),
            severity,
            self.NOTIFICATION_TIMEOUT if timeout is None else timeout,
            markup=False,
        )
        self.post_message(Notify(notification))
        return notification

    def on_notify(self, _event: Notify) -> None:
        """Make room for a new notification: only the newest few stay on screen, as more would
        cover the text on a small terminal; information gives way before warnings and errors.
        (Runs before Textual's own handler adds the new one.)"""
        # Textual has no public way to withdraw a notification: _notifications and _unnotify
        # are its own (pyproject keeps Textual below 9; the notification tests would show a
        # change).
        kept = _NOTICES_SHORT if self.size.height < _SHORT_TERMINAL else _NOTICES
        shown = list(self._notifications)
        shown.sort(key=lambda notification: notification.severity != "information")
        for old in shown[: max(0, len(shown) - kept + 1)]:
            self._unnotify(old, refresh=False)

    def action_help(self) -> None:
        """Show every key and the highlighting legend."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def action_choose_style(self) -> None:
        """Move to the next citation style."""
        position = STYLES.index(self.citation_style) if self.citation_style in STYLES else -1
        self.set_citation_style(STYLES[(position + 1) % len(STYLES)])

    def set_citation_style(self, style: str, say: bool = True) -> None:
        """Write citations in ``style`` from now on, and remember it between runs."""
        self.citation_style = style
        self.remember(citation_style=style)
        if say:
            self.notify(f"Citations are now written in {style} style.")

    def action_settings(self) -> None:
        """Show the settings: theme, citation style, reading width, copies, highlighting."""
        from tui.screens.settings import SettingsScreen

        if not isinstance(self.screen, SettingsScreen):
            self.push_screen(SettingsScreen())

    def change_settings(self, **changes: object) -> None:
        """Apply changed settings at once, on every screen, and remember them."""
        self.settings = replace(self.settings, **changes)  # type: ignore[arg-type]
        self.remember(**changes)
        if "confirm_copies" in changes:
            self.confirm_copies = self.settings.confirm_copies
        for screen in self.screen_stack:
            if isinstance(screen, ReaderScreen):
                screen.apply_settings(self.settings)
