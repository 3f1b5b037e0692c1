"""Snapshots of the main screens, grouped by feature: reading, help, narrow, light theme.

The fixture is the seed article alone, with state kept in a private folder, so each snapshot
depends on nothing but the code. Update with ``pytest --snapshot-update`` after checking the
new pictures by eye.
"""

from __future__ import annotations

from textual.pilot import Pilot

from tests.conftest import FIXTURES, ROOT
from tui.app import QuotelensApp
from tui.library import open_library


def seed_app() -> QuotelensApp:
    return QuotelensApp(open_library([ROOT / "seeds"]))


def test_reading_with_the_third_quote_current(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["n", "n", "n"], terminal_size=(140, 40))


def test_help(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["question_mark"], terminal_size=(120, 40))


def test_narrow_terminal(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["n"], terminal_size=(80, 24))


def test_narrow_terminal_with_the_panels(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["s"], terminal_size=(80, 24))


def test_light_theme(snap_compare) -> None:  # noqa: ANN001
    async def light(pilot: Pilot) -> None:
        pilot.app.theme = "textual-light"
        await pilot.pause()

    assert snap_compare(seed_app(), press=["n"], terminal_size=(140, 40), run_before=light)


# The reader at the sizes people read in: a laptop's SSH window, a desktop terminal, a wide
# screen (where the text keeps its 100-character measure in the middle).
def test_reader_at_80x24(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["n", "n"], terminal_size=(80, 24))


def test_reader_at_120x40(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["n", "n"], terminal_size=(120, 40))


def test_reader_at_200x60(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["n", "n"], terminal_size=(200, 60))


def test_settings(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["comma"], terminal_size=(80, 24))


def test_markdown_headline_once_and_a_table(snap_compare) -> None:  # noqa: ANN001
    app = QuotelensApp(open_library([FIXTURES / "markdown" / "harbour_fees.md"]))
    assert snap_compare(app, terminal_size=(100, 30))


def test_copy_notice_at_80x24(snap_compare, monkeypatch) -> None:  # noqa: ANN001
    # No clipboard tool and no multiplexer: the copy goes by plain OSC 52, unconfirmed.
    for name in ("TMUX", "STY", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("SSH_CONNECTION", "192.0.2.1 50000 192.0.2.2 22")

    async def copy(pilot: Pilot) -> None:
        await pilot.press("n", "c")
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(seed_app(), run_before=copy, terminal_size=(80, 24))


def test_a_web_page_with_its_byline_and_quotes(snap_compare, tmp_path) -> None:  # noqa: ANN001
    from tests.pages import article_page

    page = tmp_path / "bridge.html"
    head = """<meta name="author" content="Ada Brennan">
    <meta property="article:published_time" content="2024-03-05T09:00:00Z">"""
    page.write_text(article_page(head=head), encoding="utf-8")
    app = QuotelensApp(open_library([page]))
    assert snap_compare(app, press=["n", "n"], terminal_size=(140, 40))


def test_the_open_url_dialog_explains_a_mistyped_address(snap_compare) -> None:  # noqa: ANN001
    assert snap_compare(seed_app(), press=["o", *"bridge", "enter"], terminal_size=(120, 30))
