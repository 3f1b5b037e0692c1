"""A library listed as its folders were last walked, then given what a walk finds now: what was
read of each article stays with it under its new number, and the pages added meanwhile stay."""

from __future__ import annotations

from pathlib import Path

from tests.index_library import write_library
from tui.library import Shelf


def test_articles_read_keep_what_was_read_under_their_new_numbers(tmp_path: Path) -> None:
    geneva, harbour, kursk = (str(path) for path in write_library(tmp_path / "library"))
    shelf = Shelf([geneva, harbour, kursk])
    read_harbour, read_kursk = shelf[1], shelf[2]
    added = str(tmp_path / "new.txt")
    moved = shelf.reconcile([added, harbour, kursk])  # geneva deleted, a new one first
    assert moved == {1: 1, 2: 2}
    assert shelf.paths == (added, harbour, kursk)
    assert shelf.peek(1) is read_harbour and shelf.peek(2) is read_kursk
    assert shelf.peek(0) is None


def test_a_page_added_before_the_walk_stays(tmp_path: Path) -> None:
    geneva, harbour, kursk = (str(path) for path in write_library(tmp_path / "library"))
    page = str(tmp_path / "pages" / "page.html")
    shelf = Shelf([geneva, harbour])
    assert shelf.add(page) == 2
    assert shelf.found([geneva, harbour, kursk]) == (geneva, harbour, kursk, page)
    moved = shelf.reconcile([geneva, harbour, kursk])
    assert shelf.paths == (geneva, harbour, kursk, page)
    assert moved == {0: 0, 1: 1, 2: 3}
