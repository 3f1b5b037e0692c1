"""What the reader remembers between runs: theme, last article, place in each article.

Kept as JSON in the user's state directory and written atomically (a temporary file, synced,
then renamed over the old one), so a crash or a full disk never leaves a half-written file.
"""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any


def state_dir() -> Path:
    """``$XDG_STATE_HOME/quotelens``, else ``~/.local/state/quotelens``."""
    base = os.environ.get("XDG_STATE_HOME") or str(Path.home() / ".local" / "state")
    return Path(base) / "quotelens"


class StateStore:
    """A small JSON document on disk; reading a missing or broken file gives empty state."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or state_dir() / "state.json"
        self.data: dict[str, Any] = self._load()

    def _load(self) -> dict[str, Any]:
        try:
            loaded = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {}
        return loaded if isinstance(loaded, dict) else {}

    def get(self, key: str, default: Any = None) -> Any:
        """The remembered value of ``key``."""
        return self.data.get(key, default)

    def set(self, key: str, value: Any) -> None:
        """Remember ``value`` under ``key`` and write the file."""
        self.update(**{key: value})

    def update(self, **values: Any) -> None:
        """Remember several values and write the file once; failures to write are ignored, as
        losing a preference must never stop the reader."""
        self.data.update(values)
        with contextlib.suppress(OSError):
            write_atomically(self.path, json.dumps(self.data, indent=1, ensure_ascii=False))


def write_atomically(path: Path, text: str) -> None:
    """Replace ``path`` with ``text`` so that readers see the old or the new file, never part."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(text)
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
