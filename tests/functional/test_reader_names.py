"""The reader never waits for the names model, and never loads it: an article the index does
not hold shows the rules' names first, and the model's when a process of their own has read
them; quotes and `n` work meanwhile."""

from __future__ import annotations

import subprocess
import sys
import threading
from concurrent.futures import Future
from pathlib import Path

import pytest
from textual.widgets import Static

import tui.screens.reader as reader_module
from tests.conftest import ROOT
from tui.app import QuotelensApp
from tui.extract import extract
from tui.ingest import read_article
from tui.library import open_library
from tui.model import Article, Extraction
from tui.state import StateStore

APPEAL = (
    "Company to appeal\n\nMicrosoft says it will appeal the ruling.\n\n"
    '"We disagree with the court," Microsoft said on Monday.\n'
)


def _label_of(app: QuotelensApp, text: str) -> set[str]:
    extraction = app.screen.entry.extraction  # type: ignore[attr-defined]
    return {entity.label for entity in extraction.entities if entity.text == text}


class HeldNames:
    """A names process whose answer the test gives, when it chooses."""

    def __init__(self) -> None:
        self.asked: list[Article] = []
        self.answer: Future[Extraction | None] = Future()

    def read(self, article: Article) -> Future[Extraction | None]:
        self.asked.append(article)
        return self.answer

    def close(self) -> None:
        pass


async def test_names_arrive_after_the_first_frame(
    names_model: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text(APPEAL, encoding="utf-8")
    with_names = extract(read_article(str(article)))  # what the names process will answer
    assert {e.label for e in with_names.entities if e.text == "Microsoft"} == {"organisation"}
    held = HeldNames()
    monkeypatch.setattr(reader_module, "NamesWorker", lambda: held)
    monkeypatch.setattr(reader_module, "_READ_THE_REST_AFTER", 3600)  # no indexing
    app = QuotelensApp(open_library([article]), StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        status = app.screen.query_one("#status", Static)
        assert "names: the model's are coming" in str(status.render())
        assert _label_of(app, "Microsoft") == {"person"}  # the rules' guess, shown at once
        await pilot.press("n")
        assert str(status.render()).startswith("Quote 1 of 1")
        await app.workers.wait_for_complete()
        assert [asked.path for asked in held.asked] == [str(article)]
        # The answer comes from another thread, as the process pool's would.
        threading.Thread(target=held.answer.set_result, args=(with_names,)).start()
        for _ in range(100):
            await pilot.pause(0.02)
            if _label_of(app, "Microsoft") == {"organisation"}:
                break
        assert _label_of(app, "Microsoft") == {"organisation"}
        assert "coming" not in str(status.render())
        assert app.screen.view.current == 0  # type: ignore[attr-defined]


async def test_without_the_model_the_rules_names_stay_and_nothing_waits(
    names_model: object, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text(APPEAL, encoding="utf-8")
    held = HeldNames()
    monkeypatch.setattr(reader_module, "NamesWorker", lambda: held)
    monkeypatch.setattr(reader_module, "_READ_THE_REST_AFTER", 3600)
    app = QuotelensApp(open_library([article]), StateStore(tmp_path / "state.json"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        status = app.screen.query_one("#status", Static)
        threading.Thread(target=held.answer.set_result, args=(None,)).start()  # not installed
        for _ in range(100):
            await pilot.pause(0.02)
            if "coming" not in str(status.render()):
                break
        assert "coming" not in str(status.render())
        assert _label_of(app, "Microsoft") == {"person"}


# The reader in a process of its own, its names from the names process.
_READER = """
import asyncio, sys
from pathlib import Path
import tui.screens.reader as reader_module
from tui.app import QuotelensApp
from tui.library import open_library
from tui.state import StateStore

reader_module._READ_THE_REST_AFTER = 3600  # the names process alone, no indexing

async def main():
    app = QuotelensApp(open_library([sys.argv[1]]), StateStore(Path(sys.argv[2])))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        first = str(app.screen.query_one("#status").render())
        labels = set()
        for _ in range(600):
            await pilot.pause(0.1)
            extraction = app.screen.entry.extraction
            labels = {e.label for e in extraction.entities if e.text == "Microsoft"}
            if labels == {"organisation"}:
                break
        print("first:", first)
        print("labels:", sorted(labels))
        print("spacy in the reader:", "spacy" in sys.modules)

asyncio.run(main())
"""


def test_the_model_reads_in_its_own_process_never_the_readers(tmp_path: Path) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text(APPEAL, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", _READER, str(article), str(tmp_path / "state.json")],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=True,
    )
    assert "names: the model's are coming" in done.stdout
    assert "labels: ['organisation']" in done.stdout
    assert "spacy in the reader: False" in done.stdout
