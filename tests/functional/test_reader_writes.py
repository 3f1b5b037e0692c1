"""The reader when its files cannot be written or read whole: it says so once and goes on."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.app import QuotelensApp
from tui.library import open_library
from tui.screens.collection import CollectionScreen


def make_app() -> QuotelensApp:
    return QuotelensApp(open_library([ROOT / "seeds"]), confirm_copies=False)


def messages(app: QuotelensApp) -> list[str]:
    return [f"{note.title}: {note.message}" for note in app._notifications]


def collection_file() -> Path:
    return Path(os.environ["XDG_DATA_HOME"]) / "quotelens" / "collection.json"


def fail_writes(monkeypatch: pytest.MonkeyPatch, code: int) -> None:
    """Every file the reader writes fails as on a full or read-only disk."""

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError(code, os.strerror(code))

    monkeypatch.setattr("tui.files.os.fsync", refuse)


async def test_keeping_on_a_full_disk_says_so_and_the_reader_goes_on(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("n", "a")
        before = collection_file().read_bytes()
        fail_writes(monkeypatch, errno.ENOSPC)
        await pilot.press("n", "a")
        await pilot.pause()
        assert app.is_running
        failed = [text for text in messages(app) if "No space left on device" in text]
        assert len(failed) == 1 and failed[0].startswith("Kept, but not saved")
        assert len(app.collection.items) == 2  # in memory, to export
        assert collection_file().read_bytes() == before  # the first quote is still on disk
        await pilot.press("n", "a")  # the reader still answers keys
        assert len(app.collection.items) == 3


async def test_removing_and_moving_on_a_read_only_disk_say_so_and_lose_nothing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("n", "a", "n", "a")
        before = collection_file().read_bytes()
        fail_writes(monkeypatch, errno.EROFS)
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, CollectionScreen)
        await pilot.press("ctrl+down", "d")
        await pilot.pause()
        assert app.is_running and isinstance(app.screen, CollectionScreen)
        failed = [text for text in messages(app) if text.startswith("Collection not saved")]
        assert len(failed) == 2 and all("Read-only file system" in text for text in failed)
        assert collection_file().read_bytes() == before
        assert len(app.collection.items) == 1


async def test_a_collection_that_does_not_read_whole_is_set_aside_and_said_once(
    tmp_path: Path,
) -> None:
    damaged = (
        '[{"path": "news/a.txt", "span": [3, 9], "source": {"words": "We will", "title": "A"}}, '
    )
    collection_file().parent.mkdir(parents=True)
    collection_file().write_text(damaged + '{"path": "news/b.txt", "span": [4', encoding="utf-8")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        notices = [text for text in messages(app) if text.startswith("Collection set aside")]
        assert len(notices) == 1 and "collection.unreadable-" in notices[0]
        assert [item.source.words for item in app.collection.items] == ["We will"]
        await pilot.press("n", "a")
        assert len(app.collection.items) == 2
    [aside] = collection_file().parent.glob("collection.unreadable-*.json")
    assert aside.read_text(encoding="utf-8").startswith(damaged)
    assert len(json.loads(collection_file().read_text(encoding="utf-8"))) == 2
    again = make_app()
    async with again.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        assert not [text for text in messages(again) if "Collection" in text]


async def test_settings_that_cannot_be_written_are_said_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    fail_writes(monkeypatch, errno.EROFS)
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("]", "]", "C", "C")
        await pilot.pause()
        assert app.is_running
        assert len([text for text in messages(app) if text.startswith("Settings not saved")]) == 1


async def test_writing_the_collection_onto_a_fifo_nobody_reads_is_refused_at_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    os.mkfifo(tmp_path / "quotelens-collection.md")
    app = make_app()
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.press("n", "a", "v", "w")
        await pilot.pause()
        assert app.is_running
        [failed] = [text for text in messages(app) if "quotelens-collection.md" in text]
        assert "no program is reading" in failed
    assert (tmp_path / "quotelens-collection.md").is_fifo()
