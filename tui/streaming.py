"""``extract``'s output written as each article is done, in input order: the JSON array
included (``[``, the articles with commas between, ``]``), so memory holds a few articles
whatever the number of files."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TextIO

from tui.export import render
from tui.ingest import ArticleError
from tui.library import Entry, LoadFailure, load_entry


def load_entries(paths: list[str]) -> list[Entry | LoadFailure]:
    """Each article read and extracted, or why it could not be: one bad article never stops
    the others. Run in worker processes a few paths at a time."""
    loaded: list[Entry | LoadFailure] = []
    for path in paths:
        try:
            loaded.append(load_entry(path))
        except ArticleError as error:
            loaded.append(LoadFailure(path, str(error)))
        except Exception as error:  # noqa: BLE001 - reported for this file, the others go on
            loaded.append(LoadFailure(path, f"could not be extracted: {type(error).__name__}"))
    return loaded


def write_stream(entries: Iterable[Entry], format: str, out: TextIO) -> None:
    """Write ``entries`` in ``format`` to ``out`` one at a time; the text is the same as
    ``render`` gives for all of them at once."""
    write_rendered((render([entry], format) for entry in entries), format, out)


def write_rendered(pieces: Iterable[str], format: str, out: TextIO) -> None:
    """Write articles each rendered alone (``render([entry], format)``, perhaps in a worker
    or on a cluster) to ``out`` one at a time, joined as ``render`` joins them."""
    first = True
    for whole in pieces:
        out.write(_piece(whole, format, first))
        out.flush()
        first = False
    if format == "json":
        out.write("[]\n" if first else "\n]\n")
    elif format == "csv" and first:
        out.write(render([], "csv"))


def _piece(whole: str, format: str, first: bool) -> str:
    if format == "json":
        # An item of json.dumps(list, indent=2) is the item dumped alone, indented once more.
        return ("[\n" if first else ",\n") + whole[2:-3]
    if format == "csv":
        return whole if first else whole.split("\n", 1)[1]
    if format == "md":
        # The digest joins every article's lines with newlines: one more between articles.
        return ("" if first else "\n") + whole
    return whole


@contextlib.contextmanager
def output_file(path: Path) -> Iterator[TextIO]:
    """A file to stream into that replaces ``path`` only once complete (a failure leaves the
    old file as it was)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="") as file:
            yield file
            file.flush()
            os.fsync(file.fileno())
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
