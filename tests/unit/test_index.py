"""The persistent index: what makes a file extracted again, what leaves it, and a bad file."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

import pytest

from tests.index_library import write_library
from tui.extract import extract
from tui.index import refresh as refresh_module
from tui.index.record import decode, encode
from tui.index.refresh import Outcome, index_key, plan, refresh
from tui.index.search import Searcher
from tui.index.store import SCHEMA_VERSION, IndexStore
from tui.ingest import read_article


def index(store: IndexStore, folder: Path) -> Outcome:
    files = sorted(str(path) for path in folder.glob("*.txt"))
    return refresh(store, [index_key(file) for file in files], [str(folder)], jobs=1)


def words_found(store: IndexStore, query: str) -> list[str]:
    return [hit.text for hit in Searcher(store).search(query)]


@pytest.fixture
def store(tmp_path: Path) -> IndexStore:
    return IndexStore(tmp_path / "cache" / "index.sqlite")


def test_the_index_lives_in_the_users_cache_folder(tmp_path: Path) -> None:
    store = IndexStore()
    assert store.path == tmp_path / "cache" / "quotelens" / "index.sqlite"
    assert store.connection.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


def test_a_second_refresh_extracts_nothing(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    first = index(store, folder)
    assert (first.extracted, first.unchanged) == (3, 0)
    second = index(store, folder)
    assert (second.extracted, second.unchanged) == (0, 3)
    assert store.count() == 3


def test_a_touched_file_is_not_extracted_again(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    geneva, *_ = write_library(folder)
    index(store, folder)
    later = geneva.stat().st_mtime_ns + 5_000_000_000
    os.utime(geneva, ns=(later, later))
    touched = index(store, folder)
    assert (touched.extracted, touched.touched) == (0, 1)
    # The new time is remembered: the next refresh finds it unchanged.
    assert index(store, folder).unchanged == 3


def test_an_edited_file_is_extracted_again_and_alone(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    index(store, folder)
    harbour = folder / "harbour.txt"
    harbour.write_text(
        'A new harbour for Lisbon\n\n"The cranes arrive in June," Mayor Ann Lee said.\n',
        encoding="utf-8",
    )
    edited = index(store, folder)
    assert (edited.extracted, edited.unchanged) == (1, 2)
    assert words_found(store, '"cranes"') == ["The cranes arrive in June"]
    assert words_found(store, '"ferries"') == []


def test_a_deleted_file_leaves_the_index(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    elsewhere = tmp_path / "elsewhere"
    write_library(elsewhere, {"other.txt": 'Other\n\n"Far away," Ann Lee said.\n'})
    index(store, folder)
    index(store, elsewhere)
    (folder / "kursk.txt").unlink()
    outcome = index(store, folder)
    assert outcome.removed == 1
    assert words_found(store, '"leave Kursk"') == []
    # A file of another library, not under the folder refreshed, stays.
    assert store.count() == 3
    assert words_found(store, '"far away"') == ["Far away"]


def test_new_rules_extract_every_file_again(
    store: IndexStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    index(store, folder)
    monkeypatch.setattr(refresh_module, "rules_version", lambda: "rules of tomorrow")
    assert index(store, folder).extracted == 3
    assert index(store, folder).extracted == 0


def test_a_file_that_cannot_be_read_is_kept_with_its_reason(
    store: IndexStore, tmp_path: Path
) -> None:
    folder = tmp_path / "library"
    write_library(folder, {"empty.txt": "", "fine.txt": 'Fine\n\n"Yes," Ann Lee said.\n'})
    outcome = index(store, folder)
    assert [Path(path).name for path, _ in outcome.failures] == ["empty.txt"]
    listing = store.listings()[index_key(folder / "empty.txt")]
    assert listing.error == "empty file"
    # Not read again until it changes.
    assert index(store, folder).extracted == 0


def test_a_corrupt_index_file_is_rebuilt_with_a_notice(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    path.write_bytes(b"this is not a database, whatever its name says" * 100)
    store = IndexStore(path)
    assert store.notice is not None and "rebuilt" in store.notice and "\n" not in store.notice
    folder = tmp_path / "library"
    write_library(folder)
    assert index(store, folder).extracted == 3


def test_an_index_of_another_schema_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "index.sqlite"
    old = sqlite3.connect(path)
    old.execute("CREATE TABLE articles (path TEXT)")
    old.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    old.commit()
    old.close()
    store = IndexStore(path)
    assert store.notice is not None and "another version" in store.notice
    assert store.count() == 0


def test_a_reader_is_not_held_up_by_a_writer(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    index(store, folder)
    other = IndexStore(store.path)
    # A write transaction left open: WAL lets the other connection read what was committed.
    store.connection.execute("BEGIN IMMEDIATE")
    store.connection.execute("DELETE FROM articles")
    assert other.count() == 3
    store.connection.execute("ROLLBACK")
    assert other.count() == 3


def test_a_file_changed_while_it_was_read_is_read_again(store: IndexStore, tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    index(store, folder)
    # What a change during extraction leaves: an impossible size, so the file is stale.
    store.connection.execute("UPDATE articles SET size = -1, mtime_ns = -1")
    files = [index_key(path) for path in sorted(folder.glob("*.txt"))]
    assert len(plan(store, files, [index_key(folder)]).extract) == 3


def test_the_stored_record_gives_back_the_extraction(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    [*_, kursk] = write_library(folder)
    article = read_article(kursk)
    extraction = extract(article)
    assert extraction.territories and extraction.quotes
    assert decode(encode(article.meta, extraction)) == (article.meta, extraction)
