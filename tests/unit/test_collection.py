"""The collection: kept across runs, crash-safe, reordered, exported in four formats."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from tests.conftest import SEED
from tui.cite import source_of
from tui.collection import Collection, Kept
from tui.extract import extract
from tui.ingest import read_article

ARTICLE = read_article(SEED)
EXTRACTION = extract(ARTICLE)


def kept(number: int) -> Kept:
    quote = EXTRACTION.quotes[number]
    return Kept(ARTICLE.path, quote.span, source_of(ARTICLE, quote, EXTRACTION.speakers))


def test_kept_across_runs_and_in_order(tmp_path: Path) -> None:
    path = tmp_path / "collection.json"
    collection = Collection(path)
    assert collection.add(kept(3)) and collection.add(kept(7)) and collection.add(kept(2))
    assert not collection.add(kept(3))
    assert collection.move(2, -2) == 0
    collection.remove(2)
    again = Collection(path)
    assert [item.source.words for item in again.items] == [
        kept(2).source.words,
        kept(3).source.words,
    ]


def test_a_failed_write_keeps_the_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "collection.json"
    collection = Collection(path)
    collection.add(kept(3))
    before = path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(OSError):
        collection.add(kept(7))
    assert path.read_bytes() == before
    assert not [child for child in tmp_path.iterdir() if child.name.startswith(".")]


def test_exports(tmp_path: Path) -> None:
    collection = Collection(tmp_path / "collection.json")
    collection.add(kept(3))
    collection.add(kept(10 - 1))
    markdown = collection.export("markdown")
    assert markdown.count("> —") == 2
    bibtex = collection.export("bibtex")
    assert "@article{afp2025russia," in bibtex and "@article{afp2025russia-2," in bibtex
    items = json.loads(collection.export("csl-json"))
    assert [item["type"] for item in items] == ["article-newspaper"] * 2
    assert len({item["id"] for item in items}) == 2
    rows = list(csv.reader(io.StringIO(collection.export("csv"))))
    assert rows[0][:2] == ["quote", "speaker"] and rows[1][1] == "Dmitry Peskov"


def test_a_broken_file_reads_as_empty(tmp_path: Path) -> None:
    path = tmp_path / "collection.json"
    path.write_text("{not json", encoding="utf-8")
    assert Collection(path).items == []
