"""Settings read back from the state file: good values kept, anything else the default."""

from __future__ import annotations

from pathlib import Path

from tui.settings import DEFAULT_READING_WIDTH, Settings
from tui.state import StateStore


def test_settings_written_are_read_back(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    StateStore(path).update(reading_width=72, confirm_copies=True, show_entities=False)
    assert Settings.read(StateStore(path)) == Settings(72, True, False)


def test_bad_or_missing_values_give_the_defaults(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    StateStore(path).update(reading_width=True, confirm_copies="yes", show_entities=None)
    assert Settings.read(StateStore(path)) == Settings()
    StateStore(path).update(reading_width=73)
    assert Settings.read(StateStore(path)).reading_width == DEFAULT_READING_WIDTH
    path.write_text("not json", encoding="utf-8")
    assert Settings.read(StateStore(path)) == Settings()
