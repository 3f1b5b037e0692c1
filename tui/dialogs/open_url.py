"""The dialog that asks for a web page's address to open."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Static

from tui.fetch import is_url
from tui.textsafe import one_line


class OpenUrlDialog(ModalScreen[str | None]):
    """Asks for a URL; enter gives it back (when it is one), escape gives back nothing."""

    BINDINGS = [Binding("escape", "dismiss", "Cancel")]

    def compose(self) -> ComposeResult:
        """A line on what happens, the address, and where a mistyped address is explained."""
        with Vertical(id="open-url-dialog"):
            yield Static(
                "Open a web page: its article is read and the page kept to reopen offline. "
                "Enter opens, escape cancels."
            )
            yield Input(placeholder="https://…", id="url")
            yield Static("", id="url-problem")

    @on(Input.Submitted, "#url")
    def _submitted(self, event: Input.Submitted) -> None:
        address = event.value.strip()
        if not is_url(address):
            problem = "Not a web address: it must start with http:// or https://"
            self.query_one("#url-problem", Static).update(
                f"{problem} ({one_line(address)})" if address else problem
            )
            return
        self.dismiss(address)
