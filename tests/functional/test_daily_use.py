"""A working day in the reader: copies without a dialog each time, few short notifications, a
reading measure on wide terminals, settings that last, the territory walk's status line."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Select, Switch

from tests.conftest import ROOT
from tui.app import QuotelensApp
from tui.dialogs.copy import CopyDialog
from tui.library import open_library
from tui.screens.collection import CollectionScreen
from tui.screens.reader import ReaderScreen
from tui.screens.settings import SettingsScreen
from tui.state import StateStore
from tui.widgets.side_panels import TerritoriesPanel


def seed_app(**options: object) -> QuotelensApp:
    return QuotelensApp(open_library([ROOT / "seeds"]), **options)  # type: ignore[arg-type]


def reader(app: QuotelensApp) -> ReaderScreen:
    screen = app.screen
    assert isinstance(screen, ReaderScreen)
    return screen


def status(app: QuotelensApp) -> str:
    return str(reader(app).query_one("#status").render())


async def test_an_unconfirmed_copy_says_how_it_was_sent_and_d_shows_it() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "c")
        await pilot.pause(0.3)
        assert not isinstance(app.screen, CopyDialog)
        (notice,) = list(app._notifications)
        assert notice.title == "Sent the citation via OSC 52"
        assert "D shows it" in notice.message
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, CopyDialog)
        assert app.screen.text == app.clipboard
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_copies_replace_their_notice_rather_than_pile_up() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(4):
            await pilot.press("n", "c")
            await pilot.pause(0.3)
        notices = list(app._notifications)
        assert len(notices) == 1 and notices[0].timeout <= 3
        # The notice is the newest copy's.
        assert notices[0].message.startswith(" ".join(app.clipboard.split())[:20])


async def test_a_small_terminal_shows_at_most_two_notifications() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        for _ in range(5):
            await pilot.press("e")
        await pilot.pause()
        assert len(list(app._notifications)) == 2


async def test_an_error_outlasts_the_information_that_follows_it() -> None:
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.notify("The article could not be read.", severity="error")
        for _ in range(4):
            await pilot.press("e")
        await pilot.pause()
        shown = list(app._notifications)
        assert len(shown) == 2 and shown[0].severity == "error"


async def test_the_dialog_opens_every_time_when_the_setting_asks_for_it() -> None:
    state = StateStore()
    state.set("confirm_copies", True)
    app = seed_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("n", "c")
        await pilot.pause(0.3)
        assert isinstance(app.screen, CopyDialog)


async def test_at_200_columns_the_text_keeps_a_100_character_measure_in_the_middle() -> None:
    app = seed_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        view = reader(app).view
        assert view._wrapped_for == 100
        assert max(line.end - line.start for line in view._lines) <= 100
        centre = reader(app).query_one("#centre").region
        left = view.region.x - centre.x
        right = centre.right - view.region.right
        assert left > 5 and abs(left - right) <= 1


async def test_settings_apply_at_once_and_last(private_state: Path) -> None:
    app = seed_app()
    async with app.run_test(size=(200, 60)) as pilot:
        await pilot.press("comma")
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, SettingsScreen)
        # From the theme to the reading width, open it, and go up from 100 to 72 characters.
        await pilot.press("tab", "tab", "enter", "up", "up", "enter")
        await pilot.pause()
        assert screen.query_one("#reading-width", Select).value == 72
        screen.query_one("#show-entities", Switch).value = False
        screen.query_one("#confirm-copies", Switch).value = True
        screen.query_one("#citation-style", Select).value = "apa"
        screen.query_one("#theme", Select).value = "textual-light"
        await pilot.pause()
        await pilot.press("escape")
        view = reader(app).view
        assert view._wrapped_for == 72 and not view.show_entities
        assert app.citation_style == "apa" and app.confirm_copies

    again = seed_app()
    async with again.run_test(size=(200, 60)) as pilot:
        await pilot.pause()
        view = reader(again).view
        assert view._wrapped_for == 72 and not view.show_entities
        assert again.theme == "textual-light" and again.citation_style == "apa"
        await pilot.press("n", "c")
        await pilot.pause(0.3)
        assert isinstance(again.screen, CopyDialog)


async def test_the_palette_opens_the_settings() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"settings")
        await pilot.pause(0.3)
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, SettingsScreen)


async def test_the_territory_walk_says_what_n_walks_and_leaves_no_stale_status() -> None:
    app = seed_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        screen = reader(app)
        screen.query_one(TerritoriesPanel).focus()
        await pilot.press("enter")
        await pilot.pause()
        assert "mention 1 of" in status(app) and "next quote" not in status(app)
        # Choosing a quote with the mouse goes back to the quotes: the walk's line goes too.
        view = screen.view
        assert view.reading is not None
        place = view.reading.quotes[0]
        line = view._line_of(place.section, place.start)
        view._scroll_now(max(0, line - 1))
        await pilot.pause()
        column = view.styles.padding.left + place.start - view._lines[line].start
        await pilot.click("#reading", offset=(column + 1, line - view.scroll_offset.y))
        await pilot.pause()
        assert screen.walk is None and "mention" not in status(app)
        assert view.current == 0 and status(app).startswith("Quote 1 of")


async def test_v_closes_the_collection_and_c_copies_it_as_csv() -> None:
    app = seed_app()
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("n", "a", "v")
        await pilot.pause()
        assert isinstance(app.screen, CollectionScreen)
        await pilot.press("c")
        await pilot.pause()
        assert app.clipboard.startswith("path,") or "," in app.clipboard.splitlines()[0]
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, ReaderScreen)
