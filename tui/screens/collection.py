"""The collection: kept quotes to reorder, remove and export all at once."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from tui.collection import EXPORTS, Collection, NotSaved
from tui.files import write_atomically
from tui.textsafe import one_line
from tui.widgets.key_bar import KeyBar


class CollectionScreen(ModalScreen[None]):
    """Lists the kept quotes; keys move, remove and export them."""

    BINDINGS = [
        Binding("escape,v", "dismiss", "Close"),
        Binding("d,delete", "remove", "Remove"),
        Binding("ctrl+up,K", "move(-1)", "Up"),
        Binding("ctrl+down,J", "move(1)", "Down"),
        Binding("m", "export('markdown')", "Copy Markdown"),
        Binding("b", "export('bibtex')", "Copy BibTeX"),
        Binding("j", "export('csl-json')", "Copy CSL-JSON"),
        Binding("c", "export('csv')", "Copy CSV"),
        Binding("w", "write", "Write files"),
    ]

    def __init__(self, collection: Collection) -> None:
        super().__init__()
        self.collection = collection

    def compose(self) -> ComposeResult:
        """The list of kept quotes above a line of help."""
        with Vertical(id="collection-dialog"):
            yield OptionList(id="kept")
            yield Static(
                "d remove · ctrl+↑/↓ move · m b j c copy as Markdown, BibTeX, CSL-JSON, CSV · "
                "w write all four to files · esc or v close",
                id="collection-help",
            )
        yield KeyBar(id="keys")

    def on_mount(self) -> None:
        """List the kept quotes."""
        self._fill(0)

    def _fill(self, highlighted: int) -> None:
        options = self.query_one("#kept", OptionList)
        options.clear_options()
        for item in self.collection.items:
            source = item.source
            words = one_line(source.words)
            row = Text(f"“{words if len(words) <= 140 else words[:139] + '…'}”")
            row.append(f"\n  {one_line(source.speaker or 'unattributed')}", style="bold")
            row.append(f" · {one_line(source.title)}", style="dim")
            options.add_option(Option(row))
        options.border_title = f"Collection: {len(self.collection.items)} quote(s)"
        if self.collection.items:
            options.highlighted = min(highlighted, len(self.collection.items) - 1)
        options.focus()

    def _current(self) -> int | None:
        return self.query_one("#kept", OptionList).highlighted

    def action_remove(self) -> None:
        """Stop keeping the highlighted quote."""
        index = self._current()
        if index is not None and self.collection.items:
            try:
                self.collection.remove(index)
            except NotSaved as error:
                self._not_saved(error, "removed")
            self._fill(index)

    def action_move(self, step: int) -> None:
        """Move the highlighted quote up or down."""
        index = self._current()
        if index is not None and self.collection.items:
            target = max(0, min(len(self.collection.items) - 1, index + step))
            try:
                self.collection.move(index, step)
            except NotSaved as error:
                self._not_saved(error, "moved")
            self._fill(target)

    def _not_saved(self, error: NotSaved, done: str) -> None:
        self.notify(
            f"{error}. The quote is {done} until you quit; the file keeps it as it was.",
            title="Collection not saved",
            severity="error",
            timeout=15,
        )

    def action_export(self, format: str) -> None:
        """Copy every kept quote, formatted, to the clipboard."""
        if not self.collection.items:
            self.notify("The collection is empty: press a on a quote to keep it.")
            return
        self.app.copy_text(self.collection.export(format), f"collection as {format}")  # type: ignore[attr-defined]

    def action_write(self) -> None:
        """Write the collection in every export format to files in the current folder."""
        if not self.collection.items:
            self.notify("The collection is empty: press a on a quote to keep it.")
            return
        try:
            folder = Path.cwd()
        except OSError as error:  # the current folder was deleted
            self.notify(f"Cannot write files here: {_reason(error)}", severity="error")
            return
        written = []
        for format, suffix in EXPORTS.items():
            path = folder / f"quotelens-collection.{suffix}"
            try:
                write_atomically(path, self.collection.export(format), wait_for_reader=False)
            except OSError as error:
                done = f" (wrote {', '.join(written)})" if written else ""
                self.notify(
                    f"Cannot write {one_line(str(path))}: {_reason(error)}{done}",
                    severity="error",
                )
                return
            written.append(path.name)
        self.notify(", ".join(written), title=f"Wrote the collection to {one_line(str(folder))}")


def _reason(error: OSError) -> str:
    return one_line(error.strerror or str(error))
