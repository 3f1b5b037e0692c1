"""Shared paths for the tests."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from tui.extract import ner

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = Path(__file__).resolve().parent / "fixtures"
ARTICLES = FIXTURES / "articles"
SEED = ROOT / "seeds" / "000_572b1c191c9ff9ee.txt"


@pytest.fixture(scope="session")
def seed_expected() -> dict:
    """What a careful reader finds in the seed (a copy of ../shared/spec/seed-expected.json)."""
    return json.loads((FIXTURES / "seed-expected.json").read_text(encoding="utf-8"))


@pytest.fixture(autouse=True)
def rules_only() -> Iterator[None]:
    """Extraction in the test process reads names by the rules alone, unless a test asks for
    the model (``names_model``): the suite checks the rules, and loads the model once."""
    ner.set_enabled(False)
    ner.read_elsewhere(False)
    yield
    ner.set_enabled(False)
    ner.read_elsewhere(False)


@pytest.fixture(scope="session")
def loaded_model() -> object:
    """spaCy's small English pipeline, loaded once for the session."""
    ner.set_enabled(True)
    model = ner.load()
    assert model is not None, f"the names model ({ner.MODEL_PACKAGE}) is not installed"
    return model


@pytest.fixture
def names_model(loaded_model: object) -> object:
    """Extraction uses the names model in this test."""
    ner.set_enabled(True)
    return loaded_model


@pytest.fixture(autouse=True)
def private_state(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Every test remembers its state (and keeps its index) in a folder of its own, never in
    the user's."""
    folder = tmp_path / "state"
    monkeypatch.setenv("XDG_STATE_HOME", str(folder))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return folder
