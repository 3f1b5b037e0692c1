"""One bad article never stops the others, and nothing named as an article makes the program
wait: the command line in a subprocess, the reader driven by keys."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from textual.widgets import Static

import tui.library
from tests.conftest import ROOT
from tui.app import QuotelensApp
from tui.library import open_library
from tui.model import Article, Extraction
from tui.screens.reader import ReaderScreen
from tui.widgets.article_list import ArticleList

ARTICLE = 'Talks {n}\n\n"We will keep talking," Ann Lee said on Monday.\n'
# A quote standing alone, then a line under it that opens with a dash but signs nothing: the
# rule for signed quotes ('― Maria, Kyiv') once failed on it, and every article with it.
SIGNED_BY_NOBODY = "Vigil in Lviv\n\n“We will rebuild.”\n\n― and then the bells rang.\n"

# The command line with the rules failing on any article named bad.txt, as a bug would.
FAILING_RULES = """
import sys
import tui.library

real = tui.library.extract


def failing(article):
    if article.path.endswith("bad.txt"):
        raise RuntimeError("a rule failed")
    return real(article)


tui.library.extract = failing
from tui.cli import main

sys.exit(main(sys.argv[1:]))
"""


def run(*args: str, code: str | None = None) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-c", code, *args] if code else [sys.executable, "-m", "tui", *args]
    # A timeout well under any test's: a command that waits on a pipe fails here, not hangs.
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=30)


def _folder(tmp_path: Path, count: int = 3) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    for n in range(1, count + 1):
        (folder / f"{n}.txt").write_text(ARTICLE.format(n=n), encoding="utf-8")
    return folder


def test_extract_reads_every_article_of_a_folder_with_a_quote_signed_by_nobody(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    (folder / "2_vigil.txt").write_text(SIGNED_BY_NOBODY, encoding="utf-8")
    result = run("extract", str(folder))
    assert result.returncode == 0, result.stderr
    titles = [record["title"] for record in json.loads(result.stdout)]
    assert titles == ["Talks 1", "Talks 2", "Vigil in Lviv", "Talks 3"]
    cited = run("cite", str(folder / "2_vigil.txt"))
    assert cited.returncode == 0 and "We will rebuild." in cited.stdout


def test_a_failure_of_the_rules_on_one_article_is_reported_and_the_rest_written(
    tmp_path: Path,
) -> None:
    folder = _folder(tmp_path)
    (folder / "bad.txt").write_text(ARTICLE.format(n="bad"), encoding="utf-8")
    result = run("extract", str(folder), code=FAILING_RULES)
    assert result.returncode == 1
    assert [record["title"] for record in json.loads(result.stdout)] == [
        "Talks 1",
        "Talks 2",
        "Talks 3",
    ]
    assert result.stderr == (
        f"quotelens: {folder / 'bad.txt'}: extraction failed: RuntimeError: a rule failed\n"
    )
    cited = run("cite", str(folder / "bad.txt"), code=FAILING_RULES)
    assert cited.returncode == 1 and cited.stdout == ""
    assert cited.stderr.endswith("bad.txt: extraction failed: RuntimeError: a rule failed\n")


@pytest.mark.parametrize("command", [["extract"], ["cite"], []])
def test_a_named_pipe_is_refused_at_once(tmp_path: Path, command: list[str]) -> None:
    pipe = tmp_path / "article.txt"
    os.mkfifo(pipe)
    result = run(*command, str(pipe))  # would wait for a writer, and time out
    assert result.returncode == 1
    assert f"{pipe}: is a named pipe (FIFO), not an article file" in result.stderr


def test_a_device_is_refused_without_being_read() -> None:
    result = run("extract", "/dev/zero", "/dev/urandom")
    assert result.returncode == 1 and json.loads(result.stdout) == []
    assert result.stderr.splitlines() == [
        "quotelens: /dev/zero: is a device, not an article file",
        "quotelens: /dev/urandom: is a device, not an article file",
    ]


async def test_the_reader_shows_an_article_the_rules_fail_on_as_unreadable_and_goes_on(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = _folder(tmp_path)
    real = tui.library.extract

    def failing(article: Article) -> Extraction:
        if article.path.endswith("2.txt"):
            raise RuntimeError("a rule failed")
        return real(article)

    monkeypatch.setattr(tui.library, "extract", failing)
    # One job: the library is indexed in this process, where the rules fail on that article.
    app = QuotelensApp(open_library([folder], jobs=1))
    notes: list[str] = []
    notify = app.notify
    monkeypatch.setattr(
        app,
        "notify",
        lambda message, **options: (notes.append(message), notify(message, **options)),
    )
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause(0.5)
        await app.workers.wait_for_complete()  # the library, indexed in the background
        await pilot.pause()
        article_list = app.screen.query_one(ArticleList)
        title, details = article_list.row_lines(
            1, app.screen.rich_style, app.screen.rich_style, False
        )
        assert title.plain.endswith("2.txt (cannot be read)")
        assert details.plain.strip() == "extraction failed: RuntimeError: a rule failed"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen) and screen.index == 1
        assert notes[-1].endswith("2.txt: extraction failed: RuntimeError: a rule failed")
        await pilot.press("right_square_bracket", "n")
        assert screen.index == 2 and screen.view.current == 0
        assert app.is_running


async def test_a_transcript_in_one_paragraph_is_shown_first_and_extracted_away_from_the_keys(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exchange = 'Q: "Were you at meeting {n}?" A: "No, I was not." '
    transcript = tmp_path / "transcript.txt"
    transcript.write_text(
        "Interview\n\n" + "".join(exchange.format(n=n) for n in range(600)) + "\n",
        encoding="utf-8",
    )
    # The extraction waits until the test has looked at the screen: were it run in the
    # interface's thread, the screen would wait with it (for 10 s, then fail the test).
    looked = threading.Event()
    real = tui.library.extract

    def slow(article: Article) -> Extraction:
        looked.wait(timeout=10)
        return real(article)

    monkeypatch.setattr(tui.library, "extract", slow)
    app = QuotelensApp(open_library([transcript]))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, ReaderScreen)
        assert "Finding quotes" in str(screen.query_one("#status", Static).render())
        shown = screen.view.reading
        assert shown is not None and "meeting 599" in shown.sections[-1].text  # text first
        looked.set()
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.view.reading is not None and len(screen.view.reading.quotes) == 1200
