"""The library's folders as last walked: a warm start lists them from the index, as a walk names
them, and a walk keeps what it found for the next start."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.index_library import write_library
from tui.index.refresh import index_key
from tui.index.store import IndexStore
from tui.index.walks import listed, walk
from tui.library import discover


@pytest.fixture
def store(tmp_path: Path) -> IndexStore:
    return IndexStore(tmp_path / "cache" / "index.sqlite")


def test_a_folder_never_walked_is_walked_at_once(store: IndexStore, tmp_path: Path) -> None:
    write_library(tmp_path / "library")
    files, failures, walked = listed([str(tmp_path / "library")], store)
    assert walked and not failures
    assert files == discover([tmp_path / "library"])[0]


def test_a_folder_walked_before_is_listed_as_a_walk_names_it(
    store: IndexStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    write_library(library)
    (library / "sub").mkdir()
    (library / "sub" / "ünïcode.txt").write_text("Title\n\nBody.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    for named in ("library", "./library/", str(library)):
        walk([named], store)
        files, failures, walked = listed([named], store)
        assert not walked and not failures
        assert files == discover([named])[0]


def test_what_a_walk_finds_is_kept_until_the_next_walk(store: IndexStore, tmp_path: Path) -> None:
    library = tmp_path / "library"
    first, second, _ = write_library(library)
    walk([str(library)], store)
    first.unlink()
    (library / "new.txt").write_text("New\n\nA new article.\n", encoding="utf-8")
    # Until the next walk, the list is the one kept: the reader shows it in its first frame.
    kept, _, _ = listed([str(library)], store)
    assert str(first) in kept and str(library / "new.txt") not in kept
    files, _ = walk([str(library)], store)
    assert str(first) not in files and str(library / "new.txt") in files
    assert listed([str(library)], store)[0] == files


def test_an_empty_or_gone_folder_is_walked_to_say_so(store: IndexStore, tmp_path: Path) -> None:
    library = tmp_path / "library"
    for article in write_library(library):
        article.unlink()
    walk([str(library)], store)
    _, failures, walked = listed([str(library)], store)
    assert walked and "no articles" in failures[0].reason
    library.rmdir()
    _, failures, walked = listed([str(library)], store)
    assert walked and failures[0].reason == "no such file or folder"


def test_a_folder_that_could_not_all_be_read_is_walked_again_at_the_next_start(
    store: IndexStore, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    write_library(library)
    walk([str(library)], store)
    locked = library / "locked"
    locked.mkdir()
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str] = ".") -> object:
        # As chmod 000 does for anyone but root (the tests run as root).
        if Path(path) == locked:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)
    _, failures = walk([str(library)], store)
    assert failures
    # Walked before the next first frame, which then says what cannot be read.
    assert store.found_under(index_key(library)) is None
    _, failures, walked = listed([str(library)], store)
    assert walked and "cannot be read" in failures[0].reason
