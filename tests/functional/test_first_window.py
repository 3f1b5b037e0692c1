"""The first window: lists the articles, shows the chosen one, quits with q."""

from __future__ import annotations

from textual.widgets import Static

from tests.conftest import ARTICLES, ROOT
from tui.app import QuotelensApp
from tui.library import load_library
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView


def _shown(app: QuotelensApp) -> str:
    statics = app.screen.query_one(ArticleView).query(Static)
    return "\n".join(str(static.render()) for static in statics)


async def test_opens_on_the_seed_and_quits_with_q() -> None:
    app = QuotelensApp(load_library([ROOT / "seeds"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = _shown(app)
        assert "Russia rules out ceding back war territory" in shown
        assert "AFP · 2025-02-28 · MOSCOW" in shown
        assert "The Kremlin on Thursday ruled out" in shown
        await pilot.press("q")
    assert app.return_code == 0


async def test_choosing_another_article_shows_it() -> None:
    app = QuotelensApp(load_library([ARTICLES]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one(ArticleList).focus()
        await pilot.press("down")
        await pilot.pause()
        assert "Farmers rally in the capital" in _shown(app)


async def test_markup_in_an_article_is_shown_literally() -> None:
    app = QuotelensApp(load_library([ARTICLES / "hostile.txt"]))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        shown = _shown(app)
        assert "[bold red]and[/]" in shown
        assert "[link=https://evil.example]budget[/link]" in shown
        assert "\x1b" not in shown
