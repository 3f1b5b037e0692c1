"""What is not a regular file (a named pipe, a device, a socket), or is larger than any
article, is refused by what ``stat`` says, at once and before it is opened: on the command
line and in folders alike."""

from __future__ import annotations

import builtins
import io
import os
import socket
import threading
from pathlib import Path

import pytest

from tui.ingest import ArticleError, read_article
from tui.ingest.decode import MAX_BYTES
from tui.library import load_library
from tui.model import Article


def _refused_at_once(path: Path) -> str:
    """The reason ``read_article`` refuses ``path``, failing the test if it blocks."""
    outcome: list[BaseException | Article] = []

    def read() -> None:
        try:
            outcome.append(read_article(path))
        except BaseException as error:  # noqa: BLE001 - the outcome is examined below
            outcome.append(error)

    # A daemon thread: if reading blocks (a pipe without a writer), the test ends anyway.
    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(timeout=10)
    assert outcome, f"reading {path} blocked"
    [error] = outcome
    assert isinstance(error, ArticleError), error
    return str(error)


def test_a_named_pipe_is_refused_without_waiting_for_a_writer(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "article.txt")
    assert _refused_at_once(tmp_path / "article.txt") == (
        "is a named pipe (FIFO), not an article file"
    )


def test_a_device_is_refused_without_being_read() -> None:
    assert _refused_at_once(Path("/dev/zero")) == "is a device, not an article file"


def test_a_socket_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "article.txt"
    with socket.socket(socket.AF_UNIX) as listening:
        listening.bind(str(path))
        assert _refused_at_once(path) == "is a socket, not an article file"


def test_a_file_over_the_limit_is_refused_by_its_size_before_it_is_opened(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(MAX_BYTES + 1)  # sparse: no disk used

    def never(*args: object, **kwargs: object) -> None:
        raise AssertionError("the file was opened")

    for module in (os, io, builtins):
        monkeypatch.setattr(module, "open", never)
    assert _refused_at_once(path).startswith("too large to be an article")


def test_special_files_in_a_folder_are_named_with_their_reasons(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text('Talks\n\n"We will win," Ann Lee said.\n', encoding="utf-8")
    os.mkfifo(tmp_path / "pipe.txt")
    (tmp_path / "zero.txt").symlink_to("/dev/zero")
    library = load_library([tmp_path])
    assert [Path(entry.path).name for entry in library.entries] == ["1.txt"]
    assert {(Path(failure.path).name, failure.reason) for failure in library.failures} == {
        ("pipe.txt", "is a named pipe (FIFO), not an article file"),
        ("zero.txt", "is a device, not an article file"),
    }
