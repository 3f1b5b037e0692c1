"""The articles of ``extract``'s input, one ``Item`` at a time: article files (and folders of
them), JSON lines files (``-`` for standard input), or Parquet files of rows. Inputs are read
as the work goes, so memory holds a few batches whatever their size; an input that gives no
articles is a failure of its own and the others go on."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import BinaryIO

from tui.batch.items import UNREADABLE, Failed, Item
from tui.library import discover

INPUT_FORMATS = ("files", "jsonl", "parquet")
STDIN = "-"
_STDIN_NAME = "<stdin>"


@dataclass
class Source:
    """The input's articles, how many there are when that is known ahead (for progress), and
    the inputs that gave none (filled in as the items are read)."""

    items: Iterator[Item]
    total: int | None
    failures: list[Failed] = field(default_factory=list)


def open_source(paths: Sequence[str], input_format: str, count: bool = False) -> Source:
    """The articles under ``paths`` read as ``input_format``; with ``count``, the number of
    articles is found first where that is cheap (a JSON lines file's lines are counted)."""
    if input_format == "files":
        files, missing = discover(paths)
        source = Source(iter([Item(path, os.path.abspath(path)) for path in files]), len(files))
        source.failures += [Failed(miss.path, miss.reason, UNREADABLE) for miss in missing]
        return source
    if input_format == "jsonl":
        total = None
        if count and STDIN not in paths:
            total = sum(_lines_in(path) for path in paths)
        source = Source(iter(()), total)
        source.items = _json_lines(paths, source.failures)
        return source
    from tui.batch.parquet import RowsError, parquet_rows

    source = Source(iter(()), 0)
    readers: list[tuple[str, Iterator[dict]]] = []
    for path in paths:
        try:
            rows, reader = parquet_rows(path)
        except RowsError as error:
            source.failures.append(Failed(path, str(error), UNREADABLE))
            continue
        source.total = (source.total or 0) + rows
        readers.append((path, reader))
    source.items = (
        Item(f"{path}:{number}", row)
        for path, reader in readers
        for number, row in enumerate(reader, start=1)
    )
    return source


def _json_lines(paths: Sequence[str], failures: list[Failed]) -> Iterator[Item]:
    """Each non-blank line of each JSON lines file, as ``FILE:LINE``."""
    for path in paths:
        if path == STDIN:
            yield from _lines_of(sys.stdin.buffer, _STDIN_NAME)
            continue
        try:
            file = open(path, "rb")  # noqa: SIM115 - closed below, the generator may pause long
        except FileNotFoundError:
            failures.append(Failed(path, "no such file", UNREADABLE))
            continue
        except IsADirectoryError:
            failures.append(Failed(path, "is a folder, not a JSON lines file", UNREADABLE))
            continue
        except OSError as error:
            failures.append(Failed(path, f"cannot be read: {error.strerror}", UNREADABLE))
            continue
        with file:
            try:
                yield from _lines_of(file, path)
            except OSError as error:
                failures.append(Failed(path, f"cannot be read: {error.strerror}", UNREADABLE))


def _lines_of(file: BinaryIO, name: str) -> Iterator[Item]:
    for number, line in enumerate(file, start=1):
        if line.strip():
            yield Item(f"{name}:{number}", line.rstrip(b"\r\n"))


def _lines_in(path: str) -> int:
    """The lines of a file, counted in blocks (0 if it cannot be read: that is said later)."""
    lines = 0
    try:
        with open(path, "rb") as file:
            while block := file.read(1 << 20):
                lines += block.count(b"\n")
    except OSError:
        return 0
    return lines
