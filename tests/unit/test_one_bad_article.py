"""One bad article never stops the others: any failure of one, reading it or the rules on it,
is reported as that article's reason, with the error's kind, and the rest are read."""

from __future__ import annotations

from pathlib import Path

import pytest

import tui.library
from tui.ingest import ArticleError
from tui.library import load_entry, load_library, open_library
from tui.model import Article, Extraction

ARTICLE = 'Talks {n}\n\n"We will keep talking," Ann Lee said on Monday.\n'


def _folder(tmp_path: Path, count: int = 3) -> list[Path]:
    paths = [tmp_path / f"{n}.txt" for n in range(1, count + 1)]
    for n, path in enumerate(paths, start=1):
        path.write_text(ARTICLE.format(n=n), encoding="utf-8")
    return paths


@pytest.fixture
def second_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    """The rules fail on the article in ``2.txt``, as a bug in one of them would."""
    real = tui.library.extract

    def failing(article: Article) -> Extraction:
        if article.path.endswith("2.txt"):
            raise KeyError("the rule met\nsomething new")
        return real(article)

    monkeypatch.setattr(tui.library, "extract", failing)


@pytest.mark.usefixtures("second_fails")
def test_load_library_reports_the_failing_article_and_reads_the_others(tmp_path: Path) -> None:
    _folder(tmp_path)
    library = load_library([tmp_path])
    assert [Path(entry.path).name for entry in library.entries] == ["1.txt", "3.txt"]
    [failure] = library.failures
    assert Path(failure.path).name == "2.txt"
    assert failure.reason == "extraction failed: KeyError: 'the rule met\\nsomething new'"


@pytest.mark.usefixtures("second_fails")
def test_the_shelf_shows_the_failing_article_as_unreadable_with_its_reason(
    tmp_path: Path,
) -> None:
    _folder(tmp_path)
    entries = open_library([tmp_path]).entries
    assert [len(entry.extraction.quotes) for entry in entries] == [1, 0, 1]
    failed = entries[1]
    assert failed.error is not None and failed.error.startswith("extraction failed: KeyError")
    assert "cannot be read" in failed.article.meta.title


def test_any_failure_while_reading_is_the_articles_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    [path] = _folder(tmp_path, 1)

    def broken_layout(text: str) -> None:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr("tui.ingest.parse_plain", broken_layout)
    with pytest.raises(ArticleError, match="^reading failed: RecursionError: maximum"):
        load_entry(str(path))
    entry = open_library([path]).entries[0]
    assert entry.error == "reading failed: RecursionError: maximum recursion depth exceeded"
