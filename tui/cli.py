"""The command line: ``quotelens [PATH...]`` opens the reader; ``quotelens extract`` writes data.

Exit codes: 0 when every file was read, 1 when some could not be (the others are still written),
2 on bad usage.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui import __version__
from tui.library import LoadFailure
from tui.state import write_atomically
from tui.textsafe import one_line, printable

# Bad usage exits 2, as argparse does.
EXIT_OK, EXIT_SOME_FAILED = 0, 1

_DESCRIPTION = "A terminal reader for news articles: who said what, with quotes to cite."
_EPILOG = """commands:
  quotelens [PATH...]          open the reader on articles (files, or folders of *.txt and *.md)
  quotelens extract PATH...    write quotes, speakers, entities and places as JSON, CSV or Markdown
  quotelens cite PATH          print the citation of a quote (or of every quote) of an article

Run 'quotelens extract --help' or 'quotelens cite --help' for their options."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] == "extract":
        return _extract(args[1:])
    if args and args[0] == "cite":
        return _cite(args[1:])
    return _reader(args)


def _reader(args: list[str]) -> int:
    parser = argparse.ArgumentParser(
        prog="quotelens",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument("--version", action="version", version=f"quotelens {__version__}")
    options = parser.parse_args(args)

    from tui.library import open_library
    from tui.resources import default_article_paths

    library = open_library(options.paths or default_article_paths())
    _report_failures(library.failures)
    readable = next((entry for entry in library.entries if entry.error is None), None)
    if readable is None:
        for entry in library.entries:
            print(f"quotelens: {one_line(entry.path)}: {entry.error}", file=sys.stderr)
        print("quotelens: no article could be read", file=sys.stderr)
        return EXIT_SOME_FAILED

    from tui.app import QuotelensApp

    QuotelensApp(library).run()
    return EXIT_OK


def _extract(args: list[str]) -> int:
    from tui.export import FORMATS, render
    from tui.library import load_library

    parser = argparse.ArgumentParser(
        prog="quotelens extract",
        description="Read articles and write what the reader would show, without the interface.",
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="article files or folders")
    parser.add_argument("--format", choices=FORMATS, default="json", help="output format (json)")
    parser.add_argument("--output", "-o", metavar="FILE", help="write to FILE instead of stdout")
    parser.add_argument(
        "--rules-only",
        action="store_true",
        help="names by the rules alone, without the statistical model: faster, fewer names",
    )
    options = parser.parse_args(args)
    if options.rules_only:
        from tui.extract import ner

        ner.set_enabled(False)

    library = load_library(options.paths)
    output = render(library.entries, options.format)
    if options.output:
        try:
            write_atomically(Path(options.output), output)
        except OSError as error:
            print(f"quotelens: {options.output}: cannot write: {error.strerror}", file=sys.stderr)
            return EXIT_SOME_FAILED
    else:
        sys.stdout.write(output)
    _report_failures(library.failures)
    return EXIT_SOME_FAILED if library.failures else EXIT_OK


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
    try:
        entry = load_entry(options.path)
    except ArticleError as error:
        print(f"quotelens: {one_line(options.path)}: {error}", file=sys.stderr)
        return EXIT_SOME_FAILED
    quotes = entry.extraction.quotes
    if options.quote is not None and not 1 <= options.quote <= len(quotes):
        parser.error(f"--quote must be between 1 and {len(quotes)} for this article")
    chosen = [quotes[options.quote - 1]] if options.quote is not None else list(quotes)
    citations = [
        cite(entry.article, quote, entry.extraction.speakers, options.style) for quote in chosen
    ]
    if citations:
        print("\n\n".join(printable(citation) for citation in citations))
    return EXIT_OK


def _report_failures(failures: Sequence[LoadFailure]) -> None:
    for failure in failures:
        print(f"quotelens: {one_line(failure.path)}: {failure.reason}", file=sys.stderr)
