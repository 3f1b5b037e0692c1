"""Writing files safely: through links, into FIFOs, never over a folder, with the umask."""

from __future__ import annotations

import errno
import json
import os
from pathlib import Path

import pytest

from tui.files import read_regular, set_aside, write_atomically
from tui.state import StateStore


def test_a_dangling_link_creates_the_file_it_names(tmp_path: Path) -> None:
    link = tmp_path / "out.json"
    link.symlink_to("made.json")
    write_atomically(link, "[]")
    assert link.is_symlink() and (tmp_path / "made.json").read_text(encoding="utf-8") == "[]"


def test_a_hard_linked_file_is_written_into_so_every_name_shows_the_new_text(
    tmp_path: Path,
) -> None:
    output = tmp_path / "quotes.json"
    output.write_text("old", encoding="utf-8")
    os.link(output, tmp_path / "also-quotes.json")
    write_atomically(output, "new and longer")
    assert (tmp_path / "also-quotes.json").read_text(encoding="utf-8") == "new and longer"
    assert os.stat(output).st_nlink == 2
    assert sorted(p.name for p in tmp_path.iterdir()) == ["also-quotes.json", "quotes.json"]


def test_a_failed_write_into_a_hard_linked_file_keeps_the_new_text_and_says_where(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    output = tmp_path / "quotes.json"
    output.write_text("old", encoding="utf-8")
    os.link(output, tmp_path / "also-quotes.json")
    syncs = []

    def full_disk_on_the_second_sync(handle: int) -> None:
        syncs.append(handle)
        if len(syncs) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(os, "fsync", full_disk_on_the_second_sync)
    with pytest.raises(OSError, match="the new text is kept in") as raised:
        write_atomically(output, "new")
    kept = Path(str(raised.value).rsplit(" ", 1)[-1])
    assert kept.parent == tmp_path and kept.read_text(encoding="utf-8") == "new"


def test_a_link_loop_is_an_os_error_not_a_crash(tmp_path: Path) -> None:
    (tmp_path / "a").symlink_to("b")
    (tmp_path / "b").symlink_to("a")
    with pytest.raises(OSError):
        write_atomically(tmp_path / "a", "[]")


def test_a_fifo_nobody_reads_is_refused_at_once_when_asked(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with pytest.raises(OSError) as refused:
        write_atomically(fifo, "[]", wait_for_reader=False)
    assert refused.value.errno == errno.ENXIO and fifo.is_fifo()


def test_a_fifo_is_never_opened_for_reading(tmp_path: Path) -> None:
    fifo = tmp_path / "collection.json"
    os.mkfifo(fifo)
    with pytest.raises(OSError):
        read_regular(fifo)  # would wait forever for a writer if it opened it as a file


def test_a_lone_surrogate_from_a_file_name_round_trips_through_json(tmp_path: Path) -> None:
    path = tmp_path / "out.json"
    name = "caf\udce9.txt"  # a Latin-1 file name read with surrogateescape
    write_atomically(path, json.dumps({"path": name}, ensure_ascii=False))
    assert json.loads(path.read_text(encoding="utf-8"))["path"] == name


def test_set_aside_copies_or_renames_under_a_dated_name(tmp_path: Path) -> None:
    path = tmp_path / "state.json"
    path.write_bytes(b"{broken")
    first = set_aside(path, b"{broken")
    second = set_aside(path, None)
    assert first != second and not path.exists()
    assert first.read_bytes() == second.read_bytes() == b"{broken"
    assert first.name.startswith("state.unreadable-") and first.suffix == ".json"


def test_a_damaged_state_file_is_set_aside_and_a_failed_write_is_reported(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "state.json"
    path.write_text('{"theme": "nord", ', encoding="utf-8")
    (tmp_path / ".state.json.k1ll3d__").write_text("{", encoding="utf-8")
    store = StateStore(path)
    assert store.data == {}
    [aside] = tmp_path.glob("state.unreadable-*.json")
    assert aside.read_text(encoding="utf-8") == '{"theme": "nord", '
    assert not list(tmp_path.glob(".state.json.*"))

    def read_only(*args: object) -> None:
        raise OSError(errno.EROFS, "Read-only file system")

    monkeypatch.setattr("tui.files.os.fsync", read_only)
    store.set("theme", "gruvbox")  # never raises: a preference is not worth stopping for
    assert store.get("theme") == "gruvbox" and store.write_error is not None
