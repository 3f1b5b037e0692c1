"""The settings dialog: the choices a reader makes once, applied at once and kept for next time."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Select, Static, Switch

from tui.cite import STYLES
from tui.settings import READING_WIDTHS, describe_width


class SettingsScreen(ModalScreen[None]):
    """Theme, citation style, reading width, copy dialog and highlighting, one row each."""

    AUTO_FOCUS = "#theme"
    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("comma", "dismiss", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        """A row a setting: its name, then its control, showing the value in use."""
        app = self.app
        settings = app.settings  # type: ignore[attr-defined]
        themes = sorted(app.available_themes)
        with VerticalScroll(id="settings-dialog") as dialog:
            dialog.border_title = "Settings"
            with Horizontal(classes="setting"):
                yield Static("Theme", classes="setting-name")
                yield Select(
                    [(theme, theme) for theme in themes],
                    value=app.theme,
                    allow_blank=False,
                    id="theme",
                )
            with Horizontal(classes="setting"):
                yield Static("Citation style", classes="setting-name")
                yield Select(
                    [(style, style) for style in STYLES],
                    value=app.citation_style,  # type: ignore[attr-defined]
                    allow_blank=False,
                    id="citation-style",
                )
            with Horizontal(classes="setting"):
                yield Static("Reading width", classes="setting-name")
                yield Select(
                    [(describe_width(width), width) for width in READING_WIDTHS],
                    value=settings.reading_width,
                    allow_blank=False,
                    id="reading-width",
                )
            with Horizontal(classes="setting"):
                yield Static("Show each copy in a dialog", classes="setting-name")
                yield Switch(settings.confirm_copies, id="confirm-copies")
            with Horizontal(classes="setting"):
                yield Static("Highlight people, places, dates", classes="setting-name")
                yield Switch(settings.show_entities, id="show-entities")
            yield Static(
                "Changes apply at once and are kept for next time. Without the dialog, D shows "
                "the last copy. escape closes.",
                id="settings-help",
            )

    @on(Select.Changed, "#theme")
    def _theme(self, event: Select.Changed) -> None:
        if isinstance(event.value, str) and event.value != self.app.theme:
            self.app.theme = event.value

    @on(Select.Changed, "#citation-style")
    def _citation_style(self, event: Select.Changed) -> None:
        app = self.app
        if event.value in STYLES and event.value != app.citation_style:  # type: ignore[attr-defined]
            app.set_citation_style(event.value, say=False)  # type: ignore[attr-defined]

    @on(Select.Changed, "#reading-width")
    def _reading_width(self, event: Select.Changed) -> None:
        if event.value in READING_WIDTHS:
            self._change(reading_width=event.value)

    @on(Switch.Changed, "#confirm-copies")
    def _confirm_copies(self, event: Switch.Changed) -> None:
        self._change(confirm_copies=event.value)

    @on(Switch.Changed, "#show-entities")
    def _show_entities(self, event: Switch.Changed) -> None:
        self._change(show_entities=event.value)

    def _change(self, **changes: object) -> None:
        settings = self.app.settings  # type: ignore[attr-defined]
        if any(getattr(settings, name) != value for name, value in changes.items()):
            self.app.change_settings(**changes)  # type: ignore[attr-defined]
