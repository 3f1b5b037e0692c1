"""The reader driven as a person drives it: keys, clicks, panels and dialogs."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.widgets import Input, Static

from tests.conftest import ARTICLES, ROOT
from tui.app import QuotelensApp
from tui.dialogs.copy import CopyDialog
from tui.library import open_library
from tui.screens.collection import CollectionScreen
from tui.screens.help import HelpScreen
from tui.screens.quotes import QuotesScreen
from tui.screens.reader import ReaderScreen
from tui.state import StateStore
from tui.widgets.article_view import ArticleView
from tui.widgets.key_bar import KeyBar
from tui.widgets.quote_list import QuoteList
from tui.widgets.side_panels import SpeakersPanel, TerritoriesPanel


def make_app(*paths: Path) -> QuotelensApp:
    return QuotelensApp(open_library(list(paths) or [ROOT / "seeds"]))


def reader(app: QuotelensApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


async def indexed(app: QuotelensApp, pilot) -> None:  # noqa: ANN001
    """Wait until the library is indexed in the background and every search has answered."""
    for _ in range(600):
        if isinstance(app.screen, ReaderScreen) and reader(app).still_to_index() == 0:
            break
        await pilot.pause(0.05)
    await settled(app, pilot)


async def settled(app: QuotelensApp, pilot) -> None:  # noqa: ANN001
    """Wait until the searches the keys started have answered."""
    await app.workers.wait_for_complete()
    await pilot.pause()


def quote_visible(view: ArticleView, quote: int) -> bool:
    assert view.reading is not None
    place = view.reading.quotes[quote]
    line = view._line_of(place.section, place.start)
    top = view.scroll_offset.y
    return top <= line < top + view.size.height


async def test_no_quote_is_current_until_n() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert reader(app).view.current is None


async def test_n_three_times_makes_the_third_quote_current_and_visible() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "n")
        await pilot.pause()
        view = reader(app).view
        assert view.current == 2
        assert quote_visible(view, 2)
        await pilot.press("p")
        assert view.current == 1


async def test_the_key_bar_shows_the_keys_and_a_click_presses_one() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        bar = reader(app).query_one(KeyBar)
        shown = str(bar.render())
        assert "Next quote" in shown and "Cite" in shown and "palette" in shown
        next_key = next(start for start, _, key in bar._keys if key == "n")
        await pilot.click(KeyBar, offset=(next_key + 1, 0))
        await pilot.pause()
        assert reader(app).view.current == 0


class _KeyedButton(Static, can_focus=True):
    """A focusable widget with a key of its own, for the key bar to show when it has focus."""

    BINDINGS = [Binding("x", "noop", "Its own key")]

    def action_noop(self) -> None:
        """Nothing: only the key's showing matters."""


class _KeyBarApp(App[None]):
    """A key bar and two widgets, only one of which has a key of its own; nothing has focus
    at first."""

    AUTO_FOCUS = None

    def compose(self) -> ComposeResult:
        yield Static("plain", id="plain")
        yield _KeyedButton("keyed", id="keyed")
        yield KeyBar(id="keys")


async def test_the_key_bar_follows_the_keys_of_the_focused_widget() -> None:
    app = _KeyBarApp()
    async with app.run_test(size=(80, 10)) as pilot:
        await pilot.pause()
        bar = app.query_one(KeyBar)
        assert "Its own key" not in str(bar.render())
        app.query_one("#keyed").focus()
        await pilot.pause()
        assert "Its own key" in str(bar.render())
        screen_text = "".join(
            segment.text for strip in app.screen._compositor.render_strips() for segment in strip
        )
        assert "Its own key" in screen_text


async def test_choosing_a_speaker_limits_the_walk_and_escape_undoes_it() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        panel = screen.query_one(SpeakersPanel)
        panel.focus()
        panel.highlighted = 0  # Dmitry Peskov, the most quoted
        await pilot.press("enter")
        await pilot.pause()
        screen.view.focus()
        visited = {screen.view.current}
        for _ in range(6):
            await pilot.press("n")
            visited.add(screen.view.current)
        reading = screen.reading(screen.index)
        assert {reading.speaker_of(quote) for quote in visited} == {"Dmitry Peskov"}
        assert "Dmitry Peskov" in str(screen.query_one("#status").render())
        await pilot.press("escape")
        assert screen.speaker_filter is None


async def test_c_copies_the_citation_and_y_the_quote() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("c")
        assert app.clipboard == ""  # no quote is current yet: nothing copied
        await pilot.press("n", "n", "n", "c")
        await pilot.pause()
        assert app.clipboard.startswith("“The territories which have become subjects")
        assert "Dmitry Peskov, Kremlin spokesman" in app.clipboard
        assert "AFP" in app.clipboard and "paragraph 5" in app.clipboard
        await pilot.pause(0.3)
        # No clipboard tool on a test machine: the copy is not confirmed, and D shows the text.
        assert not isinstance(app.screen, CopyDialog)
        await pilot.press("D")
        assert isinstance(app.screen, CopyDialog)
        await pilot.press("escape", "y")
        assert app.clipboard.startswith("“The territories") and "Peskov" not in app.clipboard


async def test_clicking_a_quote_makes_it_current() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        view = reader(app).view
        assert view.reading is not None
        place = view.reading.quotes[2]
        line = view._line_of(place.section, place.start)
        column = place.start - view._lines[line].start + 1
        await pilot.click(ArticleView, offset=(column + view.gutter.left, line))
        await pilot.pause()
        assert view.current == 2


async def test_entity_highlighting_toggles() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        view = reader(app).view
        assert view.show_entities
        await pilot.press("e")
        assert not view.show_entities


async def test_find_walks_the_matches() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash")
        await pilot.press(*"kremlin", "enter")
        await pilot.pause()
        screen = reader(app)
        assert screen.walk is not None and len(screen.walk) == 3
        assert "match 1 of 3" in str(screen.query_one("#status").render())
        await pilot.press("escape")
        assert not screen.query_one("#find", Input).display


async def test_the_find_bar_opens_again_after_escape() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("slash", "escape", "slash")
        await pilot.pause()
        [find] = reader(app).query("#find")
        assert find.display and find.has_focus
        await pilot.press(*"putin", "enter")
        await pilot.pause()
        assert reader(app).walk


async def test_quotes_view_filters_and_opens_the_article_at_the_quote() -> None:
    app = make_app(ROOT / "seeds", ARTICLES)
    async with app.run_test(size=(140, 40)) as pilot:
        await indexed(app, pilot)
        await pilot.press("Q")
        await settled(app, pilot)
        assert isinstance(app.screen, QuotesScreen)
        await pilot.press(*"unworkable")
        await settled(app, pilot)
        quotes = app.screen.query_one("#quote-list", QuoteList)
        assert quotes.row_count == 1
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(app)
        assert screen.entry.article.meta.title == "Ministers clash over water rules"
        assert screen.view.current == 0


async def test_moving_between_articles_keeps_each_place() -> None:
    app = make_app(ROOT / "seeds", ARTICLES)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await pilot.press("n", "n")
        await pilot.press("right_square_bracket")
        assert screen.index == 1 and screen.view.current is None
        await pilot.press("left_square_bracket")
        assert screen.index == 0 and screen.view.current == 1


async def test_article_list_opens_an_article() -> None:
    app = make_app(ROOT / "seeds", ARTICLES)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        reader(app).query_one("#articles").focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert reader(app).index == 1


async def test_help_shows_every_key_and_closes() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_narrow_terminal_folds_the_panels_and_keys_bring_them_back() -> None:
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        screen = reader(app)
        side = screen.query_one("#side")
        assert not side.display
        await pilot.press("s")
        await pilot.pause()
        assert side.display
        assert screen.query_one(SpeakersPanel).has_focus


@pytest.mark.parametrize("width", [110, 120, 149])
async def test_middle_widths_keep_a_reading_measure_beside_the_list_and_panels(width: int) -> None:
    app = make_app()
    async with app.run_test(size=(width, 30)) as pilot:
        await pilot.pause()
        screen = reader(app)
        assert screen.query_one("#articles").display and screen.query_one("#side").display
        assert screen.query_one(ArticleView).content_region.width >= 50


async def test_theme_and_last_article_are_remembered(private_state: Path) -> None:
    app = make_app(ROOT / "seeds", ARTICLES)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        app.theme = "textual-light"
        await pilot.press("right_square_bracket")
        await pilot.pause()
        opened = reader(app).entry.path
    state = StateStore()
    assert state.get("theme") == "textual-light"
    assert state.get("last_article") == opened
    again = make_app(ROOT / "seeds", ARTICLES)
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert again.theme == "textual-light"
        assert reader(again).entry.path == opened


async def test_palette_offers_speakers() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Speaker: Putin")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(app)
        assert screen.speaker_filter is not None
        assert screen.reading(screen.index).speaker_names[screen.speaker_filter] == "Vladimir Putin"


async def test_keep_quotes_and_export_the_collection(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    app = QuotelensApp(open_library([ROOT / "seeds"]), confirm_copies=False)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("n", "a", "n", "n", "a", "a")
        assert len(app.collection.items) == 2
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, CollectionScreen)
        await pilot.press("ctrl+down", "b")
        await pilot.pause()
        assert app.clipboard.startswith("@article{afp2025russia,")
        assert app.collection.items[0].source.words.startswith("The territories")
        await pilot.press("w")
        await pilot.pause()
        assert (tmp_path / "quotelens-collection.md").read_text(encoding="utf-8").count("> —") == 2
        await pilot.press("d", "escape")
        assert len(app.collection.items) == 1
        await pilot.press("C")
        assert app.citation_style == "markdown"


async def test_a_long_article_shows_its_text_first(tmp_path: Path) -> None:
    paragraph = '"We will keep working on this," Mayor Ann Lee said on Tuesday.'
    long_article = tmp_path / "long.txt"
    long_article.write_text(
        "A long article\n\n" + "\n\n".join(f"{paragraph} ({n})" for n in range(400)) + "\n",
        encoding="utf-8",
    )
    app = QuotelensApp(open_library([long_article]))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert screen.view.reading is not None
        assert len(screen.view.reading.quotes) == 400
        await pilot.press("n", "n")
        assert screen.view.current == 1


async def test_article_list_keys_and_clicks_open_articles() -> None:
    app = make_app(ROOT / "seeds", ARTICLES)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.query_one("#articles").focus()
        await pilot.press("end", "enter")
        await pilot.pause()
        assert screen.index == len(screen.library.paths) - 1
        screen.query_one("#articles").focus()  # opening an article moves to its text
        await pilot.press("home", "enter")
        await pilot.pause()
        assert screen.index == 0
        await pilot.click("#articles", offset=(5, 3))  # the second article's second line
        await pilot.pause()
        assert screen.index == 1


async def test_the_place_in_an_article_is_remembered_between_runs(private_state: Path) -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "n")
        await pilot.pause()
        scrolled = reader(app).view.scroll_offset.y
    assert scrolled > 0
    again = make_app()
    async with again.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        view = reader(again).view
        assert view.current == 2
        assert view.scroll_offset.y == scrolled


async def test_the_article_is_wrapped_to_the_width_it_is_shown_in() -> None:
    app = make_app()
    async with app.run_test(size=(100, 24)) as pilot:
        await pilot.pause()
        view = reader(app).view
        assert view.virtual_size.height > view.size.height  # the scrollbar is there
        assert view.virtual_size.width == view.scrollable_content_region.width - 1


async def test_clicking_a_speaker_limits_the_walk_to_them() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        panel = screen.query_one(SpeakersPanel)
        putin = panel._starts[1]  # the second speaker's first line
        await pilot.click(SpeakersPanel, offset=(3, 1 + putin))
        await pilot.pause()
        assert screen.speaker_filter == 1
        assert screen.reading(screen.index).speaker_of(screen.view.current) == "Vladimir Putin"


async def test_a_long_territory_line_wraps_under_its_indent_rather_than_being_cut() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        panel = reader(app).query_one(TerritoriesPanel)
        shown = " ".join(
            "".join(segment.text for segment in panel.render_line(y))
            for y in range(panel.size.height)
        )
        assert "square kilometres)" in shown
        assert "…" not in shown

        def line(y: int) -> str:
            return "".join(segment.text for segment in panel.render_line(y))

        # The line it runs onto lines up under the row's own indent, in the row's colours.
        y = next(y for y in range(panel.size.height) if "kilometres)" in line(y))
        assert line(y).startswith("  ") and line(y)[2] != " "
        panel.focus()
        panel.highlighted = panel.row_count - 1
        await pilot.pause()
        segments = list(panel.render_line(y))
        words = next(segment for segment in segments if "square" in segment.text)
        assert segments[0].style.bgcolor == words.style.bgcolor != panel.base_style.bgcolor


async def test_the_panes_redraw_in_the_new_style_when_focus_or_theme_changes() -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        panes = [screen.view, screen.query_one(SpeakersPanel), screen.query_one("#articles")]
        for change in ("focus", "theme"):
            if change == "focus":
                screen.query_one(SpeakersPanel).focus()
            else:
                app.theme = "textual-light"
            await pilot.pause()
            for pane in panes:
                pane.render_line(0)
                assert pane.base_style == pane.rich_style, (change, pane)


async def test_empty_panels_say_so(tmp_path: Path) -> None:
    article = tmp_path / "quiet.txt"
    article.write_text("A quiet day\n\nNothing was said in the town on Monday.\n", encoding="utf-8")
    app = make_app(article)
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        for panel, words in (
            (screen.query_one(SpeakersPanel), "No one is quoted."),
            (screen.query_one(TerritoriesPanel), "No places at stake."),
        ):
            first = "".join(segment.text for segment in panel.render_line(0))
            assert first.strip() == words
            await pilot.press("tab")  # a list with no rows takes keys without failing
            panel.focus()
            await pilot.press("down", "enter")
            assert panel.highlighted is None


async def test_the_quotes_view_lists_every_quote_of_a_large_library(tmp_path: Path) -> None:
    for number in range(60):
        paragraphs = [
            f'"Point {point} of talk {number} stands," Mayor Ann Lee said.' for point in range(10)
        ]
        (tmp_path / f"{number:02}.txt").write_text(
            f"Talk {number}\n\n" + "\n\n".join(paragraphs) + "\n", encoding="utf-8"
        )
    app = make_app(tmp_path)
    async with app.run_test(size=(120, 40)) as pilot:
        await indexed(app, pilot)
        await pilot.press("Q")
        await settled(app, pilot)
        quotes = app.screen.query_one("#quote-list", QuoteList)
        assert quotes.row_count == 600
        # The page keys and the arrows move the list while the filter keeps the keyboard.
        await pilot.press("pagedown", "pagedown", "up")
        await pilot.pause()
        assert app.screen.query_one("#quote-filter").has_focus
        highlighted = quotes.highlighted
        assert highlighted is not None and highlighted > 2
        hit = quotes.hit(highlighted)
        assert hit is not None
        article, quote = quotes.article_of[hit.path], hit.number
        await pilot.press("enter")
        await pilot.pause()
        screen = reader(app)
        assert (screen.index, screen.view.current) == (article, quote)
        # The last quote of the library is there too: tab to the list, end, enter.
        await pilot.press("Q")
        await settled(app, pilot)
        await pilot.press("tab", "end", "enter")
        await pilot.pause()
        screen = reader(app)
        assert screen.index == 59 and screen.view.current == 9
