"""What the reader remembers between runs: theme, last article, place in each article.

Kept as JSON in the user's state directory and written atomically (a temporary file, synced,
then renamed over the old one), so a crash or a full disk never leaves a half-written file. A
file that cannot be read is set aside under a dated name, not written over.
"""

from __future__ import annotations

import contextlib
import json
import os
from pathlib import Path
from typing import Any

from tui.files import read_regular, remove_stale_temporaries, set_aside, write_atomically

__all__ = ["StateStore", "state_dir", "write_atomically"]


def state_dir() -> Path:
    """``$XDG_STATE_HOME/quotelens``, else ``~/.local/state/quotelens``."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "quotelens"


class StateStore:
    """A small JSON document on disk; reading a missing or broken file gives empty state.

    Writing never raises, as losing a preference must never stop the reader: ``write_error``
    says why the last write failed (None once one succeeds).
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or state_dir() / "state.json"
        self.write_error: OSError | None = None
        self.data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        remove_stale_temporaries(self.path)
        try:
            data = read_regular(self.path)
        except FileNotFoundError:
            return {}
        except OSError:
            with contextlib.suppress(OSError):
                set_aside(self.path, None)
            return {}
        try:
            loaded = json.loads(data.decode("utf-8-sig"))
        except (ValueError, RecursionError):
            loaded = None
        if isinstance(loaded, dict):
            return loaded
        with contextlib.suppress(OSError):
            set_aside(self.path, data)
        return {}

    def get(self, key: str, default: Any = None) -> Any:
        """The remembered value of ``key``."""
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` under ``key`` and write the file."""
        self.update(**{key: value})

    def update(self, **values: Any) -> None:
        """Remember several values and write the file once."""
        self.data.update(values)
        try:
            text = json.dumps(self.data, indent=1, ensure_ascii=False)
            write_atomically(self.path, text, wait_for_reader=False)
        except OSError as error:
            self.write_error = error
        else:
            self.write_error = None
