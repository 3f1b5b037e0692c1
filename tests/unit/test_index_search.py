"""What a user types in the search box becomes a safe FTS5 query, and finds the right quotes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.index_library import write_library
from tui.index.query import parse, to_fts
from tui.index.refresh import index_key, refresh
from tui.index.search import Searcher
from tui.index.store import IndexStore


@pytest.fixture(scope="module")
def table() -> sqlite3.Connection:
    """An FTS5 table with the index's columns and a few rows."""
    connection = sqlite3.connect(":memory:")
    connection.execute(
        "CREATE VIRTUAL TABLE quote_text USING fts5 (text, speaker, role, title, source, "
        "place, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    connection.execute(
        "INSERT INTO quote_text VALUES ('We will not leave', 'Ivan Petrenko', 'Colonel', "
        "'Fighting near Kursk', 'Reuters', 'Kursk ; Donetsk')"
    )
    return connection


def matches(table: sqlite3.Connection, query: str, typing: bool = False) -> int:
    fts = to_fts(query, typing)
    if fts is None:
        return -1
    return table.execute(
        "SELECT count(*) FROM quote_text WHERE quote_text MATCH ?", (fts,)
    ).fetchone()[0]


HOSTILE = [
    '"',
    '""',
    "-",
    "--",
    "*",
    "- * :",
    "speaker:",
    'speaker:"',
    '"leave',
    "AND",
    "OR OR",
    "NOT leave",
    "NEAR(leave will)",
    "leave^",
    "{text}: leave",
    "(leave",
    "leave)",
    "'leave'",
    "don't",
    "col:leave",
    "text:-leave",
    "+leave",
    "a - b",
    "-leave",
    "ça va",
    "\\",
    "\x00",
]


@pytest.mark.parametrize("query", HOSTILE)
def test_hostile_input_is_never_a_syntax_error(table: sqlite3.Connection, query: str) -> None:
    matches(table, query)
    matches(table, query, typing=True)


@given(st.text(max_size=40))
def test_any_text_is_a_valid_query(query: str) -> None:
    connection = sqlite3.connect(":memory:")
    connection.execute("CREATE VIRTUAL TABLE quote_text USING fts5 (text, speaker, place)")
    connection.execute("INSERT INTO quote_text VALUES ('we will not leave', 'Ann Lee', 'Kursk')")
    for typing in (False, True):
        fts = to_fts(query, typing)
        if fts is not None:
            connection.execute("SELECT rowid FROM quote_text WHERE quote_text MATCH ?", (fts,))


def test_words_phrases_prefixes_and_fields(table: sqlite3.Connection) -> None:
    assert matches(table, "leave will") == 1  # every word, in any order
    assert matches(table, '"will not leave"') == 1
    assert matches(table, '"leave will"') == 0  # a phrase keeps its order
    assert matches(table, "lea") == 0
    assert matches(table, "lea*") == 1
    assert matches(table, "lea", typing=True) == 1  # the word being typed is a prefix
    assert matches(table, "lea ", typing=True) == 0  # a finished word is a word
    assert matches(table, "speaker:Petrenko") == 1
    assert matches(table, "speaker:leave") == 0
    assert matches(table, "source:Reuters place:Kursk title:fighting role:colonel") == 1
    assert matches(table, 'speaker:"Ivan Petrenko"') == 1
    assert matches(table, "Speaker:petrenko") == 1  # field names in any case
    assert matches(table, "leave -Petrenko") == 0
    assert matches(table, "leave -Peskov") == 1
    assert matches(table, "") == -1  # nothing asked: everything is shown


def test_an_unknown_field_is_read_as_words() -> None:
    [first, second] = parse("mood:leave")[0].words.split()
    assert (first, second) == ("mood", "leave")


def test_a_lone_minus_word_is_looked_for() -> None:
    [term] = parse("-leave")
    assert not term.excluded


@pytest.fixture
def indexed(tmp_path: Path) -> tuple[IndexStore, list[str]]:
    folder = tmp_path / "library"
    paths = write_library(folder)
    store = IndexStore(tmp_path / "index.sqlite")
    keys = [index_key(path) for path in paths]
    refresh(store, keys, [str(folder)], jobs=1)
    return store, keys


def test_a_speakers_quotes_across_the_library_newest_first(
    indexed: tuple[IndexStore, list[str]],
) -> None:
    store, keys = indexed
    hits = Searcher(store, keys).search(to_fts('speaker:"Dmitry Peskov"'))
    assert [(hit.text, hit.date) for hit in hits] == [
        ("The talks can wait", "2025-04-09"),
        ("Nothing is agreed yet", "2025-03-03"),
    ]
    assert {hit.role for hit in hits} == {"Kremlin spokesman"}


def test_place_and_source_find_their_articles(indexed: tuple[IndexStore, list[str]]) -> None:
    store, keys = indexed
    searcher = Searcher(store, keys)
    assert {hit.title for hit in searcher.search(to_fts("place:Kursk"))} == {
        "Fighting goes on near Kursk"
    }
    assert {hit.source for hit in searcher.search(to_fts("source:AFP"))} == {"AFP"}


def test_undated_quotes_come_last_in_reading_order(
    indexed: tuple[IndexStore, list[str]],
) -> None:
    store, keys = indexed
    hits = Searcher(store, keys).search(to_fts('speaker:"Ann Lee"'))
    assert [hit.date for hit in hits] == ["2025-03-03", None, None]
    assert [hit.number for hit in hits[1:]] == [0, 1]


def test_a_search_keeps_to_its_library(
    indexed: tuple[IndexStore, list[str]], tmp_path: Path
) -> None:
    store, keys = indexed
    other = write_library(tmp_path / "other", {"x.txt": 'X\n\n"Water rules," Ann Lee said.\n'})
    refresh(store, [index_key(other[0])], [str(tmp_path / "other")], jobs=1)
    assert len(Searcher(store, keys).search(to_fts("water"))) == 1
    assert len(Searcher(store).search(to_fts("water"))) == 2


def test_a_limited_search_says_how_many_match_in_all(
    indexed: tuple[IndexStore, list[str]],
) -> None:
    store, keys = indexed
    ids, total = Searcher(store, keys).ids(None, first=keys[-1], limit=2)
    assert (len(ids), total) == (2, 6)
    # The open article's quotes first.
    assert [hit.path for hit in Searcher(store).hits(ids)] == [keys[-1]] * 2
