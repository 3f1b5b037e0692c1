"""The command line: ``quotelens [PATH...]`` opens the reader; ``quotelens extract`` writes data.

Exit codes: 0 when every file was read, 1 when some could not be (the others are still written)
or, for ``cite``, when the article has no quotes; 2 on bad usage.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator, Sequence
from functools import partial
from pathlib import Path
from typing import TextIO

from tui import __version__
from tui.library import Entry, LoadFailure
from tui.textsafe import one_line

# Bad usage exits 2, as argparse does.
EXIT_OK, EXIT_SOME_FAILED = 0, 1
# Articles worth a worker process of their own in ``extract``.
_ARTICLES_A_JOB = 8

_DESCRIPTION = "A terminal reader for news articles: who said what, with quotes to cite."
_EPILOG = """commands:
  quotelens [PATH|URL...]      open the reader on articles (files; folders of *.txt, *.md, *.html;
                               web pages, fetched and kept in the data folder to reopen offline)
  quotelens extract PATH...    write quotes, speakers, entities and places as JSON, CSV, Markdown
                               or Parquet; from files or rows (JSON lines, Parquet), on a cluster
  quotelens cite PATH|URL      print the citation of a quote (or of every quote) of an article
  quotelens serve [PATH...]    the reader in a web browser (127.0.0.1:8000 unless told)
  quotelens index PATH...      build or refresh the index of a library (in the cache folder)
  quotelens search QUERY       print the indexed quotes that match (words, speaker:, place:...)

Run 'quotelens COMMAND --help' for a command's options."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "extract":
        return _extract(args[1:])
    if args and args[0] == "cite":
        return _cite(args[1:])
    if args and args[0] == "serve":
        from tui.serve import main as serve

        return serve(args[1:])
    if args and args[0] in ("index", "search"):
        from tui.cli_index import index_command, search_command

        return (index_command if args[0] == "index" else search_command)(args[1:])
    return _reader(args)


def _reader(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="quotelens",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "paths", nargs="*", metavar="PATH", help="article files or folders, or web page URLs"
    )
    parser.add_argument("--version", action="version", version=f"quotelens {__version__}")
    from tui.cli_index import jobs_argument

    jobs_argument(parser)
    options = parser.parse_args(args)

    from tui.library import open_library
    from tui.resources import default_article_paths

    paths, fetch_failures = _fetch_urls(options.paths)
    library = open_library(
        paths or ([] if options.paths else default_article_paths()), options.jobs
    )
    _report_failures(fetch_failures)
    _report_failures(library.failures)
    readable = next((entry for entry in library.entries if entry.error is None), None)
    if readable is None:
        for entry in library.entries:
            print(
                f"quotelens: {one_line(entry.path)}: {one_line(str(entry.error))}", file=sys.stderr
            )
        print("quotelens: no article could be read", file=sys.stderr)
        return EXIT_SOME_FAILED

    from tui.app import QuotelensApp

    app = QuotelensApp(library)
    app.run()
    if app.collection.unsaved is not None:
        print(
            f"quotelens: {app.collection.unsaved}: what was kept or changed in the collection "
            "since was not saved",
            file=sys.stderr,
        )
    # Textual sets 1 when the reader stopped on an error: a crash never exits 0.
    return app.return_code or (EXIT_SOME_FAILED if app.collection.unsaved else EXIT_OK)


def _extract(args: list[str]) -> int:
    from tui.batch import command as batch
    from tui.cli_index import jobs_argument
    from tui.export import FORMATS
    from tui.files import writing
    from tui.library import discover
    from tui.parallel import default_jobs, map_ordered
    from tui.streaming import load_entries, write_stream

    parser = argparse.ArgumentParser(
        prog="quotelens extract",
        description="Read articles and write what the reader would show, without the interface. "
        "Each article is written as soon as it is done, in the order given.",
    )
    parser.add_argument(
        "paths",
        nargs="+",
        metavar="PATH",
        help="article files or folders, or web page URLs; with --input-format, files of rows "
        "('-': standard input)",
    )
    parser.add_argument(
        "--format",
        choices=(*FORMATS, "parquet"),
        default="json",
        help="output format (json); parquet writes tables of articles and quotes into --output",
    )
    parser.add_argument(
        "--output", "-o", metavar="FILE", help="write to FILE (a folder for parquet), not stdout"
    )
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="names by the rules alone, without the statistical model: faster, fewer names",
    )
    jobs_argument(parser)
    batch.add_arguments(parser)
    options = parser.parse_args(args)
    if options.rules_only:
        from tui.extract import ner

        ner.set_enabled(False)
    if batch.wanted(options):
        return batch.batch_extract(options, parser)

    paths, fetch_failures = _fetch_urls(options.paths)
    files, failures = discover(paths)
    failures = [*fetch_failures, *failures]
    # A pool costs more to start than a few articles take to extract.
    jobs = min(options.jobs or default_jobs(), max(1, len(files) // _ARTICLES_A_JOB))
    failed: list[LoadFailure] = []
    load = partial(load_entries, rules_only=options.rules_only)

    def entries() -> Iterator[Entry]:
        for loaded in map_ordered(load, files, jobs):
            if isinstance(loaded, LoadFailure):
                failed.append(loaded)
            else:
                yield loaded

    if options.output:
        try:
            with writing(Path(options.output)) as out:
                write_stream(entries(), options.format, out)
        except OSError as error:
            reason = one_line(error.strerror or str(error))
            print(f"quotelens: {one_line(options.output)}: cannot write: {reason}", file=sys.stderr)
            return EXIT_SOME_FAILED
    elif not _to_stdout(lambda out: write_stream(entries(), options.format, out)):
        return EXIT_SOME_FAILED
    _report_failures([*failures, *failed])
    return EXIT_SOME_FAILED if failures or failed else EXIT_OK


def _cite(args: list[str]) -> int:
    from tui.cite import STYLES, cite
    from tui.ingest import ArticleError
    from tui.library import load_entry

    parser = argparse.ArgumentParser(
        prog="quotelens cite",
        description="Print the citation of a quote of an article (every quote without --quote).",
    )
    parser.add_argument("path", metavar="PATH", help="an article file")
    parser.add_argument("--quote", type=int, metavar="N", help="the Nth quote, from 1")
    parser.add_argument("--style", choices=STYLES, default="plain", help="citation style (plain)")
    options = parser.parse_args(args)
    paths, fetch_failures = _fetch_urls([options.path])
    _report_failures(fetch_failures)
    if fetch_failures:
        return EXIT_SOME_FAILED
    try:
        entry = load_entry(paths[0])
    except ArticleError as error:
        print(f"quotelens: {one_line(options.path)}: {one_line(str(error))}", file=sys.stderr)
        return EXIT_SOME_FAILED
    quotes = entry.extraction.quotes
    if not quotes:
        print(f"quotelens: {one_line(options.path)}: no quotes in this article", file=sys.stderr)
        return EXIT_SOME_FAILED
    if options.quote is not None and not 1 <= options.quote <= len(quotes):
        parser.error(f"--quote must be between 1 and {len(quotes)} for this article")
    chosen = [quotes[options.quote - 1]] if options.quote is not None else list(quotes)
    citations = [
        cite(entry.article, quote, entry.extraction.speakers, options.style) for quote in chosen
    ]
    print("\n\n".join(citations))
    return EXIT_OK


def _to_stdout(write: Callable[[TextIO], None]) -> bool:
    """Let ``write`` write to stdout; False (said on stderr) if stdout cannot take it all."""
    try:
        write(sys.stdout)
        sys.stdout.flush()
    except OSError as error:
        # What is left in the buffer would fail again at exit: send it nowhere.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        if not isinstance(error, BrokenPipeError):  # a reader that stops early (head) is fine
            reason = one_line(error.strerror or str(error))
            print(f"quotelens: cannot write the output: {reason}", file=sys.stderr)
        return False
    return True


def _fetch_urls(paths: Sequence[str]) -> tuple[list[str], list[LoadFailure]]:
    """``paths`` with each web address fetched and replaced by its kept page, and the
    addresses that gave no article with their reasons."""
    from tui.fetch import is_url

    if not any(is_url(path) for path in paths):
        return list(paths), []
    from tui.pages import fetch_all

    found, failures = fetch_all(
        list(paths), lambda line: print(f"quotelens: {line}", file=sys.stderr)
    )
    return found, [LoadFailure(url, reason) for url, reason in failures]


def _report_failures(failures: Sequence[LoadFailure]) -> None:
    for failure in failures:
        print(f"quotelens: {one_line(failure.path)}: {one_line(failure.reason)}", file=sys.stderr)
