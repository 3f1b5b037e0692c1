"""``extract``'s output written as each article is done, in input order: the JSON array
included (``[``, the articles with commas between, ``]``), so memory holds a few articles
whatever the number of files."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TextIO

from tui.export import render
from tui.ingest import ArticleError
from tui.library import Entry, LoadFailure, load_entry


def load_entries(paths: list[str], rules_only: bool = False) -> list[Entry | LoadFailure]:
    """Each article read and extracted, or why it could not be: one bad article never stops
    the others. Run in worker processes a few paths at a time; ``rules_only`` leaves the
    names model out there too."""
    if rules_only:
        from tui.extract import ner

        ner.set_enabled(False)
    loaded: list[Entry | LoadFailure] = []
    for path in paths:
        try:
            loaded.append(load_entry(path))
        except ArticleError as error:  # any failure of one article, with its kind and reason
            loaded.append(LoadFailure(path, str(error)))
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
