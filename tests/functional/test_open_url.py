"""The reader's Open URL: a dialog, a fetch in a worker, the page added to the library."""

from __future__ import annotations

from textual.widgets import Input, Static

from tests.conftest import ROOT
from tests.web_server import serving
from tui.app import QuotelensApp
from tui.dialogs.open_url import OpenUrlDialog
from tui.library import open_library
from tui.screens.reader import ReaderScreen


async def wait_for(pilot, condition, tries: int = 100) -> None:
    for _ in range(tries):
        await pilot.pause(0.05)
        if condition():
            return
    raise AssertionError("the reader did not get there")


async def test_o_opens_a_url_from_the_local_server_and_adds_it_to_the_library() -> None:
    app = QuotelensApp(open_library([ROOT / "seeds"]))
    with serving() as base:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, ReaderScreen)
            before = len(screen.library.paths)
            await pilot.press("o")
            assert isinstance(app.screen, OpenUrlDialog)
            app.screen.query_one(Input).value = f"{base}/article"
            await pilot.press("enter")
            await wait_for(pilot, lambda: len(screen.library.paths) == before + 1)
            await wait_for(pilot, lambda: screen.index == before)
            article = screen.entry.article
            assert article.title == "Council closes old bridge to lorries"
            assert article.meta.url == f"{base}/article"
            assert screen.entry.extraction.quotes


async def test_a_failed_fetch_is_one_notification_and_the_library_is_unchanged() -> None:
    app = QuotelensApp(open_library([ROOT / "seeds"]))
    with serving() as base:
        async with app.run_test(size=(140, 40)) as pilot:
            await pilot.pause()
            screen = app.screen
            before = len(screen.library.paths)
            await pilot.press("o")
            app.screen.query_one(Input).value = f"{base}/report.pdf"
            await pilot.press("enter")
            await wait_for(
                pilot, lambda: any("application/pdf" in str(n.message) for n in app._notifications)
            )
            assert len(screen.library.paths) == before
            await pilot.press("o")
            app.screen.query_one(Input).value = f"{base}/[bold]missing"
            await pilot.press("enter")
            await wait_for(pilot, lambda: any("404" in str(n.message) for n in app._notifications))
            [shown] = [n for n in app._notifications if "404" in str(n.message)]
            assert "[bold]missing" in shown.message and not shown.markup


async def test_not_an_address_is_explained_in_the_dialog() -> None:
    app = QuotelensApp(open_library([ROOT / "seeds"]))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("o")
        await pilot.press(*"bridge", "enter")
        dialog = app.screen
        assert isinstance(dialog, OpenUrlDialog)
        assert "Not a web address" in str(dialog.query_one("#url-problem", Static).render())
        await pilot.press("escape")
        assert isinstance(app.screen, ReaderScreen)


async def test_the_palette_offers_open_url() -> None:
    app = QuotelensApp(open_library([ROOT / "seeds"]))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"Open URL")
        await pilot.pause(0.5)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(app.screen, OpenUrlDialog))
