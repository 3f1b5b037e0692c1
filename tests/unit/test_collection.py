"""The collection: kept across runs, crash-safe, reordered, exported in four formats."""

from __future__ import annotations

import csv
import io
import json
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import SEED
from tui.cite import source_of
from tui.collection import Collection, Kept, NotSaved, read_collection
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


def test_a_failed_write_keeps_the_old_file_and_the_change_in_memory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "collection.json"
    collection = Collection(path)
    collection.add(kept(3))
    before = path.read_bytes()

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", full_disk)
    with pytest.raises(NotSaved, match="No space left on device"):
        collection.add(kept(7))
    assert len(collection.items) == 2 and collection.unsaved is not None
    assert path.read_bytes() == before
    assert not [child for child in tmp_path.iterdir() if child.name.startswith(".")]
    monkeypatch.undo()
    collection.remove(0)  # the disk has room again: the next change writes all there is
    assert collection.unsaved is None
    assert [item.span for item in Collection(path).items] == [kept(7).span]


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


# -- a file that does not read whole -------------------------------------------------------


def entry(words: str, start: int, **source: object) -> dict:
    """A kept quote as the file holds it, written here rather than by the code under test."""
    fields = {
        "words": words,
        "speaker": "Ann Lee",
        "role": "mayor",
        "title": "Council votes",
        "publisher": "Gazette",
        "author": None,
        "day": "2024-05-01",
        "url": None,
        "paragraph": 2,
    }
    fields.update(source)
    return {"path": "news/council.txt", "span": [start, start + len(words)], "source": fields}


THREE = [entry("We will build it", 10), entry("Not this year", 80), entry("Ask them", 150)]


def set_aside_copies(folder: Path) -> list[Path]:
    return sorted(folder.glob("collection.unreadable-*.json"))


def load(tmp_path: Path, data: bytes) -> Collection:
    path = tmp_path / "collection.json"
    path.write_bytes(data)
    return Collection(path)


def test_a_byte_order_mark_reads_whole(tmp_path: Path) -> None:
    collection = load(tmp_path, b"\xef\xbb\xbf" + json.dumps(THREE).encode())
    assert [item.source.words for item in collection.items] == [e["source"]["words"] for e in THREE]
    assert collection.notice is None and not set_aside_copies(tmp_path)


def test_a_newer_versions_fields_are_kept_and_written_back(tmp_path: Path) -> None:
    newer = [dict(item, tags=["budget"]) for item in THREE]
    newer[0]["source"] = dict(newer[0]["source"], note="call back")
    collection = load(tmp_path, json.dumps(newer).encode())
    assert len(collection.items) == 3 and collection.notice is None
    collection.add(kept(3))
    written = json.loads((tmp_path / "collection.json").read_text(encoding="utf-8"))
    assert written[0]["source"]["note"] == "call back"
    assert [item.get("tags") for item in written] == [["budget"]] * 3 + [None]


def test_a_value_that_cannot_be_read_keeps_the_quote_and_the_value(tmp_path: Path) -> None:
    damaged = [THREE[0], entry("Not this year", 80, day="01/05/2024", paragraph="two"), THREE[2]]
    original = json.dumps(damaged).encode()
    collection = load(tmp_path, original)
    assert len(collection.items) == 3
    assert collection.items[1].source.day is None and collection.items[1].source.paragraph is None
    assert collection.notice is not None and "set aside" in collection.notice
    [copy] = set_aside_copies(tmp_path)
    assert copy.read_bytes() == original
    collection.add(kept(3))
    written = json.loads((tmp_path / "collection.json").read_text(encoding="utf-8"))
    assert (
        written[1]["source"]["day"] == "01/05/2024" and written[1]["source"]["paragraph"] == "two"
    )
    assert len(written) == 4


@pytest.mark.parametrize(
    "damage",
    [
        pytest.param(
            lambda good: [good[0], dict(good[1], span=[5]), good[2]], id="one-number-span"
        ),
        pytest.param(lambda good: [good[0], "not a quote", good[2]], id="not-an-object"),
        pytest.param(lambda good: [good[0], {"path": 3}, good[2]], id="no-words"),
    ],
)
def test_one_bad_entry_keeps_the_others_and_sets_the_file_aside(tmp_path: Path, damage) -> None:
    original = json.dumps(damage(THREE)).encode()
    collection = load(tmp_path, original)
    assert [item.source.words for item in collection.items] == ["We will build it", "Ask them"]
    assert "1 kept quote(s) in it cannot be read" in (collection.notice or "")
    [copy] = set_aside_copies(tmp_path)
    assert copy.read_bytes() == original
    # The quotes read took its place, so the next run reads them whole and says nothing.
    again = Collection(tmp_path / "collection.json")
    assert len(again.items) == 2 and again.notice is None


def test_a_truncated_file_keeps_the_quotes_before_the_cut(tmp_path: Path) -> None:
    text = json.dumps(THREE, indent=1)
    cut = text.index("Ask them") - 20
    collection = load(tmp_path, text[:cut].encode())
    assert [item.source.words for item in collection.items] == ["We will build it", "Not this year"]
    assert set_aside_copies(tmp_path)[0].read_text(encoding="utf-8") == text[:cut]


def test_a_quote_cut_short_keeps_what_names_it(tmp_path: Path) -> None:
    text = json.dumps(THREE, indent=1)
    cut = text.index('"publisher"', text.index("Ask them")) + 4
    collection = load(tmp_path, text[:cut].encode())
    assert [item.source.words for item in collection.items][2] == "Ask them"
    assert collection.items[2].source.title == "Council votes"


def test_text_that_is_not_json_is_set_aside_and_the_reader_starts_empty(tmp_path: Path) -> None:
    collection = load(tmp_path, b"\x00\xffnot json at all")
    assert collection.items == [] and collection.notice is not None
    assert set_aside_copies(tmp_path)[0].read_bytes() == b"\x00\xffnot json at all"
    collection.add(kept(3))
    assert len(Collection(tmp_path / "collection.json").items) == 1


def test_nesting_far_beyond_the_recursion_limit_is_set_aside(tmp_path: Path) -> None:
    collection = load(tmp_path, b"[" * 100_000 + b"]" * 100_000)
    assert collection.items == [] and collection.notice is not None
    deep_objects = b'[{"a":' * 50_000 + b"1" + b"}]" * 50_000
    assert load(tmp_path, deep_objects).items == []


def test_a_folder_in_its_place_is_moved_aside(tmp_path: Path) -> None:
    (tmp_path / "collection.json").mkdir()
    (tmp_path / "collection.json" / "inside.txt").write_text("mine", encoding="utf-8")
    collection = Collection(tmp_path / "collection.json")
    assert collection.items == [] and "cannot be read" in (collection.notice or "")
    [aside] = set_aside_copies(tmp_path)
    assert (aside / "inside.txt").read_text(encoding="utf-8") == "mine"
    collection.add(kept(3))
    assert len(Collection(tmp_path / "collection.json").items) == 1


def test_a_file_that_cannot_be_set_aside_is_never_written_over(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def read_only(*args: object) -> None:
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr("tui.collection.set_aside", read_only)
    original = json.dumps(THREE)[:-30].encode()
    collection = load(tmp_path, original)
    assert "left as it is" in (collection.notice or "")
    with pytest.raises(NotSaved):
        collection.add(kept(3))
    assert len(collection.items) == 4  # three read, one kept now: all still there to export
    assert (tmp_path / "collection.json").read_bytes() == original


def test_temporaries_left_by_a_kill_are_removed_on_the_next_start(tmp_path: Path) -> None:
    path = tmp_path / "collection.json"
    path.write_text(json.dumps(THREE), encoding="utf-8")
    for name in (".collection.json.k1ll3d_a", ".collection.json.abcdefgh"):
        (tmp_path / name).write_text("[", encoding="utf-8")
    for name in (".collection.json.keep-me", ".collection.json.20240501"):
        (tmp_path / name).write_text("x", encoding="utf-8")  # the user's, not ours
    assert len(Collection(path).items) == 3
    assert sorted(child.name for child in tmp_path.iterdir()) == [
        ".collection.json.20240501",
        ".collection.json.keep-me",
        "collection.json",
    ]


def test_a_temporary_a_running_writer_holds_is_left_alone(tmp_path: Path) -> None:
    import fcntl

    path = tmp_path / "collection.json"
    live = tmp_path / ".collection.json.wr1t1ng_"
    with open(live, "w") as file:
        fcntl.flock(file.fileno(), fcntl.LOCK_EX)
        Collection(path)
        assert live.exists()


@settings(max_examples=400, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_read_without_raising(data: bytes) -> None:
    reading = read_collection(data)
    assert all(isinstance(item, Kept) for item in reading.items)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.text(min_size=1, max_size=30), min_size=1, max_size=6),
    st.integers(min_value=0, max_value=10_000),
    st.binary(max_size=20),
)
def test_damage_never_loses_the_quotes_before_it(
    words: list[str], where: int, garbage: bytes
) -> None:
    entries = [entry(text, number * 100) for number, text in enumerate(words)]
    text = json.dumps(entries, indent=1, ensure_ascii=False).encode()
    # Damage at an entry's end: a cut, or bytes that are not JSON put in.
    ends = [text.index(b"\n }", 0)]
    while len(ends) < len(entries):
        ends.append(text.index(b"\n }", ends[-1] + 1))
    whole_before = where % (len(entries) + 1)
    cut = ends[whole_before - 1] + 3 if whole_before else 2
    damaged = text[:cut] + garbage
    got = [item.source.words for item in read_collection(damaged).items]
    assert got[:whole_before] == words[:whole_before]


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=300))
def test_whatever_the_file_holds_it_is_never_lost(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "collection.json"
        path.write_bytes(data)
        collection = Collection(path)
        copies = set_aside_copies(Path(folder))
        if collection.notice is None:
            assert path.read_bytes() == data and not copies
        else:
            assert [copy.read_bytes() for copy in copies] == [data]


def test_a_file_name_that_is_not_utf8_is_kept_and_read_back(tmp_path: Path) -> None:
    path = tmp_path / "collection.json"
    odd = Kept("caf\udce9.txt", (1, 5), kept(3).source)  # read with surrogateescape
    Collection(path).add(odd)
    again = Collection(path)
    assert [item.path for item in again.items] == ["caf\udce9.txt"] and again.notice is None


def test_csv_export_shows_control_codes_as_symbols(tmp_path: Path) -> None:
    collection = Collection(tmp_path / "collection.json")
    collection.add(Kept("odd\x1b]0;TITLE\x07name.txt", (0, 5), kept(3).source))
    exported = collection.export("csv")
    assert "\x1b" not in exported and "\x07" not in exported
    assert "odd␛]0;TITLE␇name.txt" in exported
