"""The reader never waits for the names model: the rules' names first, the model's when it
has loaded in a worker; quotes and `n` work meanwhile."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from textual.widgets import Static

from tui.app import QuotelensApp
from tui.extract import ner
from tui.library import open_library
from tui.state import StateStore


def _label_of(app: QuotelensApp, text: str) -> set[str]:
    extraction = app.screen.entry.extraction  # type: ignore[attr-defined]
    return {entity.label for entity in extraction.entities if entity.text == text}


async def test_names_arrive_after_the_first_frame(
    names_model: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text(
        "Company to appeal\n\nMicrosoft says it will appeal the ruling.\n\n"
        '"We disagree with the court," Microsoft said on Monday.\n',
        encoding="utf-8",
    )
    # The model as if not loaded yet, loading until the test lets it.
    loading = threading.Event()
    monkeypatch.setitem(ner._state, "model", None)

    def load_when_let() -> object:
        loading.wait(30)
        ner._state["model"] = names_model
        return names_model

    monkeypatch.setattr(ner, "load", load_when_let)
    app = QuotelensApp(open_library([article]), StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#status", Static)
        assert "names: loading the model" in str(status.render())
        assert _label_of(app, "Microsoft") == {"person"}  # the rules' guess, shown at once
        await pilot.press("n")
        assert str(status.render()).startswith("Quote 1 of 1")
        loading.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert "loading" not in str(status.render())
        assert _label_of(app, "Microsoft") == {"organisation"}
        assert app.screen.view.current == 0  # type: ignore[attr-defined]
