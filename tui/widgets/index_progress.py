"""The line that says how far indexing the library has come, while it runs."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.index.refresh import Progress

_BAR_CELLS = 24


class IndexProgress(Static):
    """A bar with articles done of all, the rate and the time left; the keys go on working
    while it fills (the indexing runs in worker processes)."""

    def show(self, progress: Progress) -> None:
        """Show ``progress``."""
        share = progress.done / progress.total if progress.total else 1.0
        filled = round(share * _BAR_CELLS)
        self.update(
            Text.assemble(
                ("Indexing the library ", "bold"),
                ("━" * filled, "bold"),
                ("━" * (_BAR_CELLS - filled), "dim"),
                f" {progress.describe()}",
            )
        )
