"""A hostile article in the reader: every surface shows its escape sequences and markup as the
visible text they are, and copies them that way."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.command import CommandPalette
from textual.widgets import TextArea

import tui.app
from tests.hostile import CONTROL, write_hostile
from tui.app import QuotelensApp
from tui.dialogs.copy import CopyDialog
from tui.library import open_library
from tui.screens.collection import CollectionScreen
from tui.screens.quotes import QuotesScreen


def shown(app: QuotelensApp) -> str:
    """Every character on screen, the dialogs and the screens beneath them alike."""
    return "\n".join(
        "".join(segment.text for segment in strip if not segment.control)
        for screen in app.screen_stack
        for strip in screen._compositor.render_strips()
    )


def notifications(app: QuotelensApp) -> list[str]:
    return [f"{note.title}\n{note.message}" for note in app._notifications]


def assert_no_controls(app: QuotelensApp) -> None:
    assert not CONTROL.search(shown(app))
    for note in notifications(app):
        assert not CONTROL.search(note), note


@pytest.fixture
def hostile_app(tmp_path: Path) -> QuotelensApp:
    return QuotelensApp(open_library([write_hostile(tmp_path)]))


@pytest.fixture
def no_clipboard_tool(monkeypatch: pytest.MonkeyPatch) -> None:
    """As over SSH: only OSC 52, which cannot confirm, so D shows the text in the copy dialog."""
    monkeypatch.setattr(tui.app, "system_tool", lambda: None)


async def test_the_copy_dialog_and_the_clipboard_get_visible_symbols(
    hostile_app: QuotelensApp, no_clipboard_tool: None
) -> None:
    app = hostile_app
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("n", "c")
        await app.workers.wait_for_complete()
        await pilot.pause()
        await pilot.press("D")
        await pilot.pause()
        assert isinstance(app.screen, CopyDialog)
        copied = app.screen.query_one(TextArea).text
        assert "␛]2;TOAST-TITLE␇" in copied and "[sic]" in copied and "[/b]" in copied
        assert not CONTROL.search(copied)
        assert not CONTROL.search(app.clipboard)
        assert_no_controls(app)


async def test_the_copied_notification_shows_visible_symbols(
    hostile_app: QuotelensApp, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(tui.app, "system_tool", lambda: ["clip.exe"])
    monkeypatch.setattr(tui.app, "copy_with_tool", lambda text, tool: told.append(text) or True)
    app = hostile_app
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("n", "n", "y")
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert not isinstance(app.screen, CopyDialog)  # the tool confirmed the copy
        assert any("[bold]final" in note for note in notifications(app))
        assert told and not CONTROL.search(told[0])
        assert_no_controls(app)


async def test_the_palette_shows_markup_in_titles_as_text(hostile_app: QuotelensApp) -> None:
    app = hostile_app
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("ctrl+p")
        await pilot.pause(0.5)
        assert isinstance(app.screen, CommandPalette)  # every choice listed, none crashed
        await pilot.press(*"Polls")
        await pilot.pause(0.5)
        assert "Article: Polls close [/b] in the [UPDATED] count ␛]0;TITLE-SET␇" in shown(app)
        assert_no_controls(app)
        await pilot.press("enter")
        await pilot.pause()
        assert app.is_running


async def test_notifications_show_markup_as_text_never_as_actions(
    hostile_app: QuotelensApp,
) -> None:
    app = hostile_app
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("slash", *"[@click=app.quit]x[/]", "enter")
        await pilot.pause()
        assert "Not found: [@click=app.quit]x[/]" in shown(app)
        assert_no_controls(app)


async def test_the_quotes_view_and_the_collection_show_visible_symbols(
    hostile_app: QuotelensApp,
) -> None:
    app = hostile_app
    async with app.run_test(size=(140, 40), notifications=True) as pilot:
        await pilot.pause()
        await pilot.press("Q")
        await pilot.pause()
        assert isinstance(app.screen, QuotesScreen)
        assert "[sic] is counted ␛]2;TOAST-TITLE␇" in shown(app)
        assert_no_controls(app)
        await pilot.press("escape", "n", "a", "n", "a", "v")
        await pilot.pause()
        assert isinstance(app.screen, CollectionScreen)
        assert "[/i] is [bold]final" in shown(app)
        assert_no_controls(app)
