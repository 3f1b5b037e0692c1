"""The line of keys at the bottom of the reader."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual import events
from textual.screen import Screen
from textual.widget import Widget

_DISABLED = Style(dim=True)


class KeyBar(Widget, can_focus=False):
    """The keys the focused part of the screen answers to, drawn as one line of text.

    Textual's Footer makes a widget a key and builds them all again whenever focus moves,
    which was most of the reader's first frame; this draws the same keys as one line and
    redraws it when the keys it shows change. A click on a key presses it.
    """

    COMPONENT_CLASSES = {"key-bar--key", "key-bar--description"}

    def __init__(self, *, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self._keys: list[tuple[int, int, str]] = []  # cells [start, end) and the key pressed
        self._drawn: list[tuple[str, str, bool, str]] = []  # the keys as last drawn

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._bindings_changed)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _bindings_changed(self, _screen: Screen) -> None:
        # Focus moving between panes with the same keys changes nothing on this line: drawing
        # it again for nothing was a whole extra pass of the reader's first frame.
        if self._shown() != self._drawn:
            self.refresh()

    def _shown(self) -> list[tuple[str, str, bool, str]]:
        """The keys to show, each once: what is pressed, its description, whether it is
        enabled now, and the key to simulate on a click."""
        active = self.screen.active_bindings
        bindings = [
            (binding, enabled)
            for key, (_, binding, enabled, _) in active.items()
            if binding.show and key != self.app.COMMAND_PALETTE_BINDING
        ]
        palette = active.get(self.app.COMMAND_PALETTE_BINDING)
        if palette is not None and self.app.ENABLE_COMMAND_PALETTE:
            bindings.append((palette.binding, palette.enabled))
        shown: list[tuple[str, str, bool, str]] = []
        seen: set[str] = set()
        for binding, enabled in bindings:
            if binding.action in seen:
                continue  # one action bound to two keys shows once
            seen.add(binding.action)
            shown.append(
                (self.app.get_key_display(binding), binding.description, enabled, binding.key)
            )
        return shown

    def render(self) -> Text:
        key_style = self.get_component_rich_style("key-bar--key")
        description_style = self.get_component_rich_style("key-bar--description")
        self._drawn = self._shown()
        line = Text(no_wrap=True, overflow="ellipsis", end="")
        self._keys = []
        for display, description, enabled, key in self._drawn:
            start = line.cell_len
            dim = Style() if enabled else _DISABLED
            line.append(f" {display} ", key_style + dim)
            line.append(f"{description} ", description_style + dim)
            self._keys.append((start, line.cell_len, key))
        return line

    def on_click(self, event: events.Click) -> None:
        for start, end, key in self._keys:
            if start <= event.x < end:
                self.app.simulate_key(key)
                return
