"""``quotelens index`` and ``quotelens search``: the persistent index from the command line.

``index`` brings the index up to date with the files named, extracting what is new or changed
in worker processes, with a progress bar on a terminal and nothing when piped. ``search``
prints the quotes that match, in ``extract``'s formats; exit 1 when none does.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from tui.index.refresh import Outcome, Progress, index_key, refresh
from tui.index.search import Hit, Searcher
from tui.index.store import IndexStore
from tui.index.walks import walk
from tui.library import LoadFailure, discover
from tui.parallel import default_jobs
from tui.textsafe import one_line

EXIT_OK, EXIT_SOME_FAILED = 0, 1
FORMATS = ("json", "jsonl", "csv", "md")


def jobs_argument(parser: argparse.ArgumentParser) -> None:
    """``--jobs N``: how many worker processes (the number of cores unless told)."""
    parser.add_argument(
        "--jobs",
        "-j",
        type=_positive,
        default=None,
        metavar="N",
        help="worker processes (default: one a core)",
    )


def _positive(text: str) -> int:
    try:
        number = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from None
    if number < 1:
        raise argparse.ArgumentTypeError("must be 1 or more")
    return number


def index_command(args: list[str]) -> int:
    """``quotelens index PATH... [--jobs N]``."""
    parser = argparse.ArgumentParser(
        prog="quotelens index",
        description="Build or refresh the index of the articles under PATH (in the user's "
        "cache folder), extracting only what is new or changed.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    jobs_argument(parser)
    options = parser.parse_args(args)
    store = _open_store()
    outcome, failures = _refresh(store, options.paths, options.jobs or default_jobs())
    _report(failures)
    if sys.stderr.isatty():
        print(_summary(outcome, store), file=sys.stderr)
    return EXIT_SOME_FAILED if failures else EXIT_OK


def search_command(args: list[str]) -> int:
    """``quotelens search QUERY [PATH...] [--format ...] [--jobs N]``."""
    parser = argparse.ArgumentParser(
        prog="quotelens search",
        description='Print the quotes that match QUERY: words, "phrases", prefix*, '
        "speaker:NAME, source:NAME, place:NAME, title:WORD, -word. With PATHs, the articles "
        "there are indexed first and only they are searched; without, the whole index.",
    )
    parser.add_argument("query", metavar="QUERY", help="what to look for")
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (json)")
    jobs_argument(parser)
    options = parser.parse_args(args)

    from tui.index.query import to_fts

    fts = to_fts(options.query)
    if fts is None:
        parser.error("the query has no words to look for")
    store = _open_store()
    failures: list[LoadFailure] = []
    scope: list[str] | None = None
    shown: dict[str, str] = {}
    if options.paths:
        _, failures = _refresh(store, options.paths, options.jobs or default_jobs())
        files, _ = discover(options.paths)
        shown = {index_key(file): file for file in files}
        scope = list(shown)
    hits = [
        hit
        for hit in Searcher(store, scope).search(fts)
        if scope is not None or os.path.exists(hit.path)  # deleted since it was indexed
    ]
    sys.stdout.write(render_hits(hits, options.format, shown))
    _report(failures)
    if not hits:
        print(f"quotelens: no quote matches {one_line(options.query)!r}", file=sys.stderr)
        return EXIT_SOME_FAILED
    return EXIT_SOME_FAILED if failures else EXIT_OK


def hit_record(hit: Hit, shown: dict[str, str]) -> dict[str, Any]:
    """One quote found, as JSON: the quote's keys as ``extract`` writes them, with its
    article's path, title, source and date."""
    return {
        "path": shown.get(hit.path, hit.path),
        "title": hit.title,
        "source": hit.source,
        "date": hit.date,
        "quote": hit.number + 1,
        "paragraph": hit.paragraph,
        "speaker": hit.speaker,
        "role": hit.role,
        "kind": hit.kind,
        "text": hit.text,
    }


def render_hits(hits: Sequence[Hit], format: str, shown: dict[str, str]) -> str:
    """The quotes found, in ``format``: JSON, JSON lines, CSV (extract's columns, then date
    and title) or a Markdown list."""
    records = [hit_record(hit, shown) for hit in hits]
    if format == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if format == "jsonl":
        return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)
    if format == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(["path", "paragraph", "speaker", "kind", "text", "date", "title"])
        for record in records:
            writer.writerow(
                [
                    record["path"],
                    record["paragraph"] or "",
                    record["speaker"] or "",
                    record["kind"],
                    one_line(record["text"]),
                    record["date"] or "",
                    one_line(record["title"]),
                ]
            )
        return buffer.getvalue()
    lines = []
    for record in records:
        who = one_line(record["speaker"]) if record["speaker"] else "unattributed"
        where = f"¶{record['paragraph']}" if record["paragraph"] else "headline"
        about = ", ".join(
            one_line(part) for part in (record["title"], record["source"], record["date"]) if part
        )
        lines.append(
            f"- “{one_line(record['text'])}” — {who} ({where}) · {about} · `{record['path']}`"
        )
    return "\n".join(lines) + ("\n" if lines else "")


def _open_store() -> IndexStore:
    store = IndexStore()
    if store.notice:
        print(f"quotelens: {one_line(store.notice)}", file=sys.stderr)
    return store


def _refresh(
    store: IndexStore, paths: Sequence[str], jobs: int
) -> tuple[Outcome, list[LoadFailure]]:
    """Index the articles under ``paths``; the paths that gave none, with reasons. What the
    folders hold is kept for the reader's next start."""
    files, failures = walk(paths, store)
    with _progress_bar() as on_progress:
        outcome = refresh(
            store,
            [index_key(file) for file in files],
            list(paths),
            jobs,
            on_progress,
            preload=["tui.index.shared_model"],
        )
    names = {index_key(file): file for file in files}
    failures += [LoadFailure(names.get(path, path), reason) for path, reason in outcome.failures]
    return outcome, failures


@contextmanager
def _progress_bar() -> Iterator[Callable[[Progress], None] | None]:
    """Rich's progress bar on standard error when it is a terminal; nothing when piped."""
    if not sys.stderr.isatty():
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, TextColumn, TimeRemainingColumn
    from rich.progress import Progress as Bar

    columns = (
        TextColumn("Indexing"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[rate]}"),
        TimeRemainingColumn(),
    )
    with Bar(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task("index", total=None, rate="")

        def show(progress: Progress) -> None:
            rate = f"{progress.rate:,.0f}/s" if progress.done else ""
            bar.update(task, total=progress.total, completed=progress.done, rate=rate)

        yield show


def _report(failures: Sequence[LoadFailure]) -> None:
    for failure in failures:
        print(f"quotelens: {one_line(failure.path)}: {failure.reason}", file=sys.stderr)


def _summary(outcome: Outcome, store: IndexStore) -> str:
    parts = [f"{outcome.extracted:,} extracted", f"{outcome.unchanged:,} unchanged"]
    if outcome.touched:
        parts.append(f"{outcome.touched:,} touched but the same")
    if outcome.removed:
        parts.append(f"{outcome.removed:,} deleted files forgotten")
    return f"quotelens: {store.count():,} articles indexed ({', '.join(parts)}) in {store.path}"
