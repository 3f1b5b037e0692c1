"""A library whose names model reads in another process: an article extracted here waits for
the model's names, takes them only for the very article it read, and then waits no more."""

from __future__ import annotations

from pathlib import Path

from tui.extract import ner
from tui.library import Shelf
from tui.model import Extraction


def test_an_article_extracted_here_waits_for_the_models_names(tmp_path: Path) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text("Company to appeal\n\nAcme says it will appeal.\n", encoding="utf-8")
    ner.set_enabled(True)
    ner.read_elsewhere()  # as in the reader: this process never loads the model
    assert ner.load() is None
    shelf = Shelf([str(article)])
    entry = shelf[0]
    assert shelf.awaiting_names(0)
    with_names = Extraction()
    # Names read from another reading of the file (a page fetched again since) are not its.
    another_reading = Shelf([str(article)])[0].article
    assert not shelf.names_read(0, another_reading, with_names)
    assert shelf.awaiting_names(0)
    assert shelf.names_read(0, entry.article, with_names)
    assert shelf[0].extraction is with_names
    assert not shelf.awaiting_names(0)


def test_where_the_model_reads_here_nothing_waits(tmp_path: Path) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text("Company to appeal\n\nAcme says it will appeal.\n", encoding="utf-8")
    shelf = Shelf([str(article)])
    _ = shelf[0]
    assert not shelf.awaiting_names(0)
