"""Bad input gets a clear one-line reason, never a traceback, and is never written to."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import ARTICLES
from tui.ingest import ArticleError, read_article
from tui.library import load_library
from tui.textsafe import printable


def _reason(path: Path) -> str:
    with pytest.raises(ArticleError) as raised:
        read_article(path)
    reason = str(raised.value)
    assert "\n" not in reason and reason
    return reason


def test_empty_file(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    assert _reason(tmp_path / "empty.txt") == "empty file"


def test_white_space_only(tmp_path: Path) -> None:
    (tmp_path / "blank.txt").write_bytes(b"  \n\n\t\n")
    assert "white space" in _reason(tmp_path / "blank.txt")


def test_binary_file(tmp_path: Path) -> None:
    (tmp_path / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    assert "binary" in _reason(tmp_path / "image.txt")


def test_control_characters_throughout_are_data(tmp_path: Path) -> None:
    (tmp_path / "data.txt").write_bytes(bytes(range(1, 32)) * 20)
    assert "binary" in _reason(tmp_path / "data.txt")


def test_undecodable(tmp_path: Path) -> None:
    # 0x81 and 0x8d are undefined in Windows-1252 and invalid as UTF-8.
    (tmp_path / "odd.txt").write_bytes(b"Title\n\nText \x81\x8d\x81 more.\n")
    assert "neither UTF-8 nor Windows-1252" in _reason(tmp_path / "odd.txt")


def test_missing_path(tmp_path: Path) -> None:
    assert _reason(tmp_path / "nowhere.txt") == "no such file"


def test_folder_given_as_file(tmp_path: Path) -> None:
    assert "folder" in _reason(tmp_path)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their permissions")
def test_unreadable_file(tmp_path: Path) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")
    path.chmod(0)
    assert "permission denied" in _reason(path)


def test_unreadable_file_reason_is_clear(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "secret.txt"
    path.write_text("Title\n\nBody.\n")

    def refuse(*args: object) -> int:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "open", refuse)
    assert "permission denied" in _reason(path)


def test_folder_without_articles(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n")
    library = load_library([tmp_path])
    assert not library.entries
    assert library.failures[0].reason == "no articles (*.txt, *.md, *.html) in this folder"


def test_library_keeps_good_articles_beside_bad_ones(tmp_path: Path) -> None:
    (tmp_path / "good.txt").write_text("Title\n\nBody.\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    library = load_library([tmp_path, tmp_path / "missing.md"])
    assert [entry.article.meta.title for entry in library.entries] == ["Title"]
    reasons = {Path(failure.path).name: failure.reason for failure in library.failures}
    assert reasons == {"empty.txt": "empty file", "missing.md": "no such file or folder"}


def test_twenty_megabytes_are_read(tmp_path: Path) -> None:
    paragraph = ("The committee met again on Monday and heard from witnesses. " * 6).strip()
    body = "\n\n".join(f'{paragraph} "Quote {n}," said Witness {n}.' for n in range(52_000))
    path = tmp_path / "huge.txt"
    path.write_text("Huge article\n\n" + body + "\n", encoding="utf-8")
    assert path.stat().st_size > 20_000_000
    article = read_article(path)
    assert len(article.paragraphs) == 52_000
    assert article.paragraphs[-1].text.endswith("said Witness 51999.")


def test_too_large_is_refused_without_reading(tmp_path: Path) -> None:
    path = tmp_path / "giant.txt"
    with path.open("wb") as handle:
        handle.truncate(65 * 1024 * 1024)
    assert "too large" in _reason(path)


def test_unbalanced_quotes_and_escapes_are_read_and_printable() -> None:
    article = read_article(ARTICLES / "hostile.txt")
    assert article.paragraphs[-1].text == '"This quote never closes, said nobody.'
    shown = printable(article.paragraphs[0].text)
    assert "\x1b" not in shown and "\x07" not in shown
    assert len(shown) == len(article.paragraphs[0].text)
    assert "[link=https://evil.example]" in shown


def test_reading_never_writes(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    path.write_text('Title\n\n"Quote," she said.\n')
    before = (path.read_bytes(), path.stat().st_mtime_ns)
    load_library([path])
    assert (path.read_bytes(), path.stat().st_mtime_ns) == before
