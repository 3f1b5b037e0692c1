"""The dialog that shows copied text when no clipboard could confirm it got it."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Static, TextArea


class CopyDialog(ModalScreen[None]):
    """Shows text to select by hand: the terminal was sent it by OSC 52, which it may ignore."""

    BINDINGS = [
        Binding("escape", "dismiss", "Close"),
        Binding("enter", "dismiss", "Close", show=False),
    ]

    def __init__(self, text: str, how: str) -> None:
        super().__init__()
        self.text = text
        self.how = how

    def compose(self) -> ComposeResult:
        """A note on what happened, then the text, read-only and selectable."""
        with Vertical(id="copy-dialog"):
            yield Static(
                f"Sent {self.how}; no clipboard could confirm it. If pasting does not work, "
                "select the text below (shift+drag in most terminals). Escape closes."
            )
            yield TextArea(self.text, read_only=True, soft_wrap=True, id="copied")
