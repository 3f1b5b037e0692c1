"""The first window: lists the articles, shows the chosen one, quits with q."""

from __future__ import annotations

from tests.conftest import ARTICLES, ROOT
from tui.app import QuotelensApp
from tui.library import open_library
from tui.widgets.article_list import ArticleList
from tui.widgets.article_view import ArticleView
from tui.widgets.title_bar import TitleBar


def _shown(app: QuotelensApp) -> str:
    """The text on screen in the reading pane, as drawn."""
    view = app.screen.query_one(ArticleView)
    lines = (view.render_line(y) for y in range(view.size.height))
    return "\n".join("".join(segment.text for segment in line).strip() for line in lines)


async def test_opens_on_the_seed_and_quits_with_q() -> None:
    app = QuotelensApp(open_library([ROOT / "seeds"]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        shown = _shown(app)
        assert "Russia rules out ceding back war territory" in shown
        assert "AFP · 2025-02-28 · MOSCOW" in shown
        assert "The Kremlin on Thursday ruled out" in shown
        await pilot.press("q")
    assert app.return_code == 0


async def test_choosing_another_article_shows_it() -> None:
    app = QuotelensApp(open_library([ARTICLES]))
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        app.screen.query_one(ArticleList).focus()
        await pilot.press("down", "enter")
        await pilot.pause()
        assert "Farmers rally in the capital" in _shown(app)


async def test_markup_in_an_article_is_shown_literally() -> None:
    app = QuotelensApp(open_library([ARTICLES / "hostile.txt"]))
    async with app.run_test(size=(120, 30)) as pilot:
        await pilot.pause()
        shown = _shown(app)
        assert "[bold red]and[/]" in shown
        assert "[link=https://evil.example]budget[/link]" in shown
        assert "\x1b" not in shown
        title = "".join(segment.text for segment in app.screen.query_one(TitleBar).render_line(0))
        assert "Markup [bold red]and[/] escapes in a headline" in title
