"""Finding articles in folders: the user's own files, never a tool's, and true reasons when a
folder gives none."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT
from tui.ingest import ARTICLE_SUFFIXES
from tui.library import _article_names, discover

ARTICLE = 'Talks\n\n"We will win," Ann Lee said.\n'


def _write(path: Path, text: str = ARTICLE) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


def test_hidden_folders_and_virtual_environments_are_not_searched(tmp_path: Path) -> None:
    _write(tmp_path / "stories" / "talks.txt")
    _write(tmp_path / "notes.md")
    _write(tmp_path / ".git" / "description.txt")
    _write(tmp_path / ".venv" / "lib" / "python3.12" / "site-packages" / "pkg" / "LICENSE.txt")
    _write(tmp_path / "node_modules" / "left-pad" / "README.md")
    _write(tmp_path / "stories" / "__pycache__" / "cache.txt")
    _write(tmp_path / "env" / "pyvenv.cfg", "home = /usr/bin\n")  # a venv by any name
    _write(tmp_path / "env" / "lib" / "python3.12" / "site-packages" / "top_level.txt")
    _write(tmp_path / "lib" / "site-packages" / "entry_points.txt")
    found, failures = discover([tmp_path])
    assert found == [str(tmp_path / "notes.md"), str(tmp_path / "stories" / "talks.txt")]
    assert failures == []


def test_a_hidden_folder_named_by_the_user_is_searched(tmp_path: Path) -> None:
    _write(tmp_path / ".articles" / "talks.txt")
    found, _ = discover([tmp_path / ".articles"])
    assert found == [str(tmp_path / ".articles" / "talks.txt")]


def test_a_folder_whose_articles_are_all_hidden_says_so(tmp_path: Path) -> None:
    _write(tmp_path / ".drafts" / "talks.txt")
    found, [failure] = discover([tmp_path])
    assert not found
    assert "no articles" in failure.reason and "hidden folders" in failure.reason


def _refuse(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """As chmod 000 does for anyone but root (the tests run as root)."""
    scandir = os.scandir

    def refusing(path: str | os.PathLike[str] = ".") -> object:
        if Path(path) == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return scandir(path)

    monkeypatch.setattr(os, "scandir", refusing)


def test_an_unreadable_folder_says_it_cannot_be_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "locked" / "talks.txt")
    _refuse(tmp_path / "locked", monkeypatch)
    found, [failure] = discover([tmp_path / "locked"])
    assert not found
    assert failure.path == str(tmp_path / "locked")
    assert failure.reason == "folder cannot be read: Permission denied"


def test_an_unreadable_subfolder_is_reported_and_the_rest_found(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _write(tmp_path / "open" / "talks.txt")
    _write(tmp_path / "locked" / "secret.txt")
    _refuse(tmp_path / "locked", monkeypatch)
    found, [failure] = discover([tmp_path])
    assert found == [str(tmp_path / "open" / "talks.txt")]
    assert failure.path == str(tmp_path / "locked") and "cannot be read" in failure.reason


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their permissions")
def test_the_reader_says_a_chmod_000_folder_cannot_be_read(tmp_path: Path) -> None:
    _write(tmp_path / "locked" / "talks.txt")
    (tmp_path / "locked").chmod(0)
    try:
        result = subprocess.run(
            [sys.executable, "-m", "tui", "extract", str(tmp_path / "locked")],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=60,
        )
    finally:
        (tmp_path / "locked").chmod(0o755)
    assert result.returncode == 1
    assert "cannot be read: Permission denied" in result.stderr
    assert "no articles" not in result.stderr


@given(st.from_regex(r"\A[.a-zA-Z ]{0,6}(\.(txt|TXT|md|Md|markdown|html|HTM|xhtml|pdf))?\.?\Z"))
def test_article_names_are_told_by_their_suffix_as_splitext_reads_it(name: str) -> None:
    # A file called ".txt" is a hidden file with no suffix, as for os.path.splitext.
    expected = os.path.splitext(name)[1].lower() in ARTICLE_SUFFIXES
    assert _article_names([name]) == ([name] if expected else [])


def test_a_folder_named_with_a_trailing_slash_gives_the_same_paths(tmp_path: Path) -> None:
    _write(tmp_path / "stories" / "talks.txt")
    _write(tmp_path / ".txt")  # a hidden file with no suffix
    found, _ = discover([f"{tmp_path}{os.sep}"])
    assert found == [str(tmp_path / "stories" / "talks.txt")]
