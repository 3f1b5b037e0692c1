"""Shared paths for the tests."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SEED = ROOT / "seeds" / "000_572b1c191c9ff9ee.txt"


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    """What a careful reader finds in the seed (a copy of ../shared/spec/seed-expected.json)."""
    return json.loads((FIXTURES / "seed-expected.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test remembers its state (and keeps its index) in a folder of its own, never in
    the user's."""
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder
