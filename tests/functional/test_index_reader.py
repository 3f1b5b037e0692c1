"""The reader on the index, driven with keys: the progress line while indexing, the quotes view
searching the index, a speaker's quotes across the library, and a warm start."""

from __future__ import annotations

import re
import time
from pathlib import Path

import pytest

import tui.index.refresh as refresh_module
import tui.library as library_module
import tui.screens.reader as reader_module
from tests.functional.test_reader import indexed, reader, settled
from tests.index_library import many_articles, write_library
from tui.app import QuotelensApp
from tui.library import open_library
from tui.screens.quotes import QuotesScreen
from tui.widgets.article_list import ArticleList
from tui.widgets.index_progress import IndexProgress
from tui.widgets.quote_list import QuoteList
from tui.widgets.side_panels import SpeakersPanel

# Seconds indexing an article takes in the tests that watch it run.
PACE = {"seconds": 0.05}


@pytest.fixture
def slow_indexing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Indexing in this process, an article every 50 ms, its progress shown at once: slow
    enough to be seen and used while it runs."""
    real = refresh_module.index_files

    def slowly(paths: list[str]) -> list:  # type: ignore[type-arg]
        time.sleep(PACE["seconds"] * len(paths))
        return real(paths)

    monkeypatch.setattr(refresh_module, "index_files", slowly)
    monkeypatch.setattr(refresh_module, "_IN_PROCESS_UP_TO", 10**6)
    monkeypatch.setattr(refresh_module, "_BATCH_ARTICLES", 2)
    monkeypatch.setattr(reader_module, "_SHOW_PROGRESS_AFTER", 0)
    monkeypatch.setattr(reader_module, "_PROGRESS_EVERY", 0)


async def test_the_progress_line_fills_while_the_keys_go_on_working(
    tmp_path: Path, slow_indexing: None
) -> None:
    many_articles(tmp_path / "library", 30, paragraphs=2)
    app = QuotelensApp(open_library([tmp_path / "library"]))
    async with app.run_test(size=(140, 40)) as pilot:
        shown: list[str] = []
        for _ in range(300):
            for bar in app.screen.query(IndexProgress):
                shown.append(str(bar.render()))
            if shown and "a second" in shown[-1]:
                break
            await pilot.pause(0.02)
        # It started at nothing done, and moved on with a rate and the time left.
        assert shown[0].endswith(" 0 / 30 articles")
        assert re.search(r" [1-9]\d* / 30 articles · \d+ a second · \d+:\d\d left", shown[-1])
        # The keys answer at once while it runs.
        await pilot.press("right_square_bracket")
        assert reader(app).index == 1
        await pilot.press("n")
        assert reader(app).view.current == 0
        await pilot.press("Q")
        assert isinstance(app.screen, QuotesScreen)
        quotes = app.screen.query_one(QuoteList)
        for _ in range(200):
            if quotes.border_title != "Searching…":
                break
            await pilot.pause(0.02)
        assert re.fullmatch(
            r"\d+ quotes · \d+ articles still being indexed", str(quotes.border_title)
        )
        await pilot.press("escape")
        await indexed(app, pilot)
        assert not app.screen.query(IndexProgress)
        articles = reader(app).library
        assert all(articles.listing(number) is not None for number in range(30))


async def test_the_quotes_view_lists_more_as_more_is_indexed(
    tmp_path: Path, slow_indexing: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(PACE, "seconds", 0.25)
    many_articles(tmp_path / "library", 12, paragraphs=2)
    app = QuotelensApp(open_library([tmp_path / "library"]))
    async with app.run_test(size=(140, 40)) as pilot:
        for _ in range(200):
            if app.screen.query(IndexProgress):
                break
            await pilot.pause(0.02)
        await pilot.press("Q")
        quotes = app.screen.query_one(QuoteList)
        for _ in range(200):
            if quotes.border_title != "Searching…":
                break
            await pilot.pause(0.02)
        early = len(quotes.ids)
        await indexed(app, pilot)
        await settled(app, pilot)
        assert early < len(quotes.ids) == 24
        assert quotes.border_title == "24 quotes"


async def test_a_speakers_quotes_across_the_library_one_key_away(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    app = QuotelensApp(open_library([folder / "geneva.txt", folder]))
    async with app.run_test(size=(140, 40)) as pilot:
        await indexed(app, pilot)
        panel = reader(app).query_one(SpeakersPanel)
        panel.focus()
        await pilot.pause()
        names = [speaker.name for speaker in panel.speakers]
        panel.highlighted = names.index("Dmitry Peskov")
        await pilot.press("L")
        await settled(app, pilot)
        screen = app.screen
        assert isinstance(screen, QuotesScreen)
        assert screen.query_one("#quote-filter").value == 'speaker:"Dmitry Peskov"'
        quotes = screen.query_one(QuoteList)
        hits = [quotes.hit(number) for number in range(quotes.row_count)]
        # Newest first: the April article before the March one.
        assert [(hit.title, hit.date) for hit in hits if hit] == [
            ("Fighting goes on near Kursk", "2025-04-09"),
            ("Talks resume in Geneva", "2025-03-03"),
        ]
        await pilot.press("enter")
        await pilot.pause()
        assert reader(app).entry.article.title == "Fighting goes on near Kursk"
        assert reader(app).view.current == 1


async def test_a_territorys_quotes_across_the_library(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    app = QuotelensApp(open_library([folder / "kursk.txt"]))
    async with app.run_test(size=(140, 40)) as pilot:
        await indexed(app, pilot)
        panel = reader(app).query_one("#territories")
        panel.focus()
        await pilot.press("home", "L")
        await settled(app, pilot)
        assert app.screen.query_one("#quote-filter").value == 'place:"Kursk"'
        assert app.screen.query_one(QuoteList).row_count == 2


async def test_typing_anything_in_the_quotes_view_never_breaks_the_search(
    tmp_path: Path,
) -> None:
    write_library(tmp_path / "library")
    app = QuotelensApp(open_library([tmp_path / "library"]))
    async with app.run_test(size=(140, 40)) as pilot:
        await indexed(app, pilot)
        await pilot.press("Q")
        await settled(app, pilot)
        quotes = app.screen.query_one(QuoteList)
        for keys in ('"', "minus", "quotation_mark", "asterisk", "left_parenthesis"):
            await pilot.press(keys)
            await settled(app, pilot)
            assert "cannot be searched" not in str(quotes.border_title)
        await pilot.press(*"ctrl+u".split(), *"speaker:peskov")
        await settled(app, pilot)
        assert quotes.row_count == 2


async def test_a_warm_start_extracts_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_library(tmp_path / "library")
    first = QuotelensApp(open_library([tmp_path / "library"]))
    async with first.run_test(size=(140, 40)) as pilot:
        await indexed(first, pilot)

    def no_extraction(article: object) -> None:
        raise AssertionError("extracted again")

    monkeypatch.setattr(library_module, "extract", no_extraction)
    monkeypatch.setattr(refresh_module, "index_files", no_extraction)
    again = QuotelensApp(open_library([tmp_path / "library"]))
    async with again.run_test(size=(140, 40)) as pilot:
        await indexed(again, pilot)
        screen = reader(again)
        assert screen.indexing is not None and screen.indexing.total == 0
        assert screen.entry.extraction.quotes
        await pilot.press("n")
        assert screen.view.current == 0


async def test_a_file_added_and_one_deleted_between_two_starts(tmp_path: Path) -> None:
    library = tmp_path / "library"
    geneva, harbour, kursk = write_library(library)
    first = QuotelensApp(open_library([library]))
    async with first.run_test(size=(140, 40)) as pilot:
        await pilot.press("right_square_bracket")  # harbour: the next start opens it
        await indexed(first, pilot)
    geneva.unlink()
    added = library / "lisbon.txt"
    added.write_text(
        'Ferries return to Lisbon\n\n"The ferries are back," Mayor Ann Lee said.\n',
        encoding="utf-8",
    )
    again = QuotelensApp(open_library([library]))
    # The first frame lists the library as it was when last walked, without reading the folder.
    assert again.library.paths == (str(geneva), str(harbour), str(kursk))
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        articles = again.screen.query_one(ArticleList)
        assert reader(again).entry.path == str(harbour)
        await indexed(again, pilot)
        # A moment later the walk has found what changed: the new article is listed (and
        # indexed), the deleted one has left, and the open article stayed open.
        screen = reader(again)
        assert screen.library.paths == (str(harbour), str(kursk), str(added))
        assert articles.row_count == 3
        assert screen.entry.path == str(harbour) and articles.open_index == screen.index == 0
        listing = screen.library.listing(2)
        assert listing is not None and listing.title == "Ferries return to Lisbon"
        await pilot.press("right_square_bracket")
        assert screen.entry.path == str(kursk)
    # The next start lists what this one's walk found.
    assert open_library([library]).paths == (str(harbour), str(kursk), str(added))


async def test_the_open_article_deleted_since_the_last_start_is_not_opened(
    tmp_path: Path,
) -> None:
    library = tmp_path / "library"
    geneva, harbour, kursk = write_library(library)
    first = QuotelensApp(open_library([library]))
    async with first.run_test(size=(140, 40)) as pilot:
        await pilot.press("right_square_bracket")
        await indexed(first, pilot)
    harbour.unlink()
    again = QuotelensApp(open_library([library]))
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        # The article after it opens in the first frame, not an error.
        assert reader(again).entry.path == str(kursk)
        assert reader(again).entry.error is None
        await indexed(again, pilot)
        assert reader(again).library.paths == (str(geneva), str(kursk))
        assert reader(again).entry.path == str(kursk)


async def test_the_walk_after_the_first_frame_renumbers_the_open_article_and_the_quotes_view(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    library = tmp_path / "library"
    geneva, harbour, kursk = write_library(library)
    first = QuotelensApp(open_library([library]))
    async with first.run_test(size=(140, 40)) as pilot:
        await indexed(first, pilot)
    monkeypatch.setattr(reader_module, "_READ_THE_REST_AFTER", 3600)  # walked when told
    again = QuotelensApp(open_library([library]))
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(again)
        assert screen.entry.path == str(geneva)
        # Deleted while the reader shows it, with the quotes view open over it.
        geneva.unlink()
        await pilot.press("Q")
        await settled(again, pilot)
        screen._start_indexing()
        for _ in range(600):
            if screen.still_to_index() == 0:
                break
            await pilot.pause(0.05)
        await settled(again, pilot)
        # The article that took its place in the list opens; the quotes view numbers the
        # articles anew, so that a quote chosen opens its own article.
        assert screen.library.paths == (str(harbour), str(kursk))
        assert screen.entry.path == str(harbour)
        quotes = again.screen.query_one(QuoteList)
        assert quotes.row_count == 4
        await pilot.press(*"speaker:petrenko")
        await settled(again, pilot)
        await pilot.press("enter")
        await pilot.pause()
        assert screen.entry.path == str(kursk)
