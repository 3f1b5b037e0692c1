"""``quotelens extract`` at scale: articles given as rows (``--input-format jsonl|parquet``),
Parquet tables out (``--format parquet --output DIR``), and extraction on a Dask cluster
(``--cluster ADDRESS|local:N``). Articles are read, extracted and written as a stream in input
order, each failure said on standard error as it comes, with a progress bar on a terminal.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import ExitStack
from functools import partial
from itertools import chain, islice
from pathlib import Path
from typing import TextIO

from tui.batch.items import WORKER, Done, Failed, Item
from tui.batch.progress import progress_bar
from tui.batch.sources import INPUT_FORMATS, STDIN, Source, open_source
from tui.batch.tables import failed_row
from tui.batch.work import PARQUET, run_batch
from tui.parallel import default_jobs, map_ordered
from tui.textsafe import one_line

EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE = 0, 1, 2
EXIT_INTERRUPTED = 130  # as a shell reports a command stopped by ctrl+c
# Articles worth a worker process of their own.
_ARTICLES_A_JOB = 8
# Articles a worker process is handed at a time.
_ARTICLES_A_CHUNK = 8


class MissingExtra(Exception):
    """An option needs an optional dependency that is not installed; the message says which
    extra to install."""


def add_arguments(parser: argparse.ArgumentParser) -> None:
    """``--input-format`` and ``--cluster``, for ``extract``."""
    parser.add_argument(
        "--input-format",
        choices=INPUT_FORMATS,
        default="files",
        help="files: article files or folders (the default); jsonl: JSON lines files of "
        "articles, one an object with title, text (or html), url, date, source, author, id "
        f"('{STDIN}' reads standard input); parquet: Parquet files of such rows",
    )
    parser.add_argument(
        "--cluster",
        type=_cluster_spec,
        metavar="ADDRESS|local:N",
        help="extract on a Dask cluster: a scheduler's address (tcp://host:8786), or local:N "
        "for N worker processes on this machine (needs 'quotelens[cluster]')",
    )


def wanted(options: argparse.Namespace) -> bool:
    """Whether ``extract``'s options ask for what this module does."""
    return (
        options.input_format != "files"
        or options.cluster is not None
        or options.format == PARQUET
        or STDIN in options.paths  # to say that rows from standard input need --input-format
    )


def batch_extract(options: argparse.Namespace, parser: argparse.ArgumentParser) -> int:
    """Run ``extract`` as ``options`` say; returns the exit code."""
    if options.format == PARQUET and not options.output:
        parser.error("--format parquet writes a folder of tables: name it with --output DIR")
    if options.cluster and options.jobs:
        parser.error("--jobs and --cluster: choose one (a cluster has its own workers)")
    if options.input_format == "files" and STDIN in options.paths:
        parser.error(f"'{STDIN}' reads rows: add --input-format jsonl")
    try:
        _require(options)
    except MissingExtra as error:
        print(f"quotelens: {error}", file=sys.stderr)
        return EXIT_USAGE
    run = _Run(options)
    try:
        return run.go()
    except _Stop as stop:
        print(f"quotelens: {one_line(str(stop))}", file=sys.stderr)
        return EXIT_SOME_FAILED
    except KeyboardInterrupt:
        print("quotelens: interrupted; the output is incomplete", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # The reader of standard output left (``| head``): stop quietly, and let nothing more
        # be written to the closed pipe when Python flushes it on the way out.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SOME_FAILED


class _Stop(Exception):
    """The run cannot go on (the output cannot be written, the cluster is lost)."""


class _Run:
    """One run of ``extract``: the input's articles mapped over workers or a cluster and
    written as they come."""

    def __init__(self, options: argparse.Namespace) -> None:
        self.options = options
        self.failed = 0
        self.done = 0

    def go(self) -> int:
        """Read, extract and write every article; the exit code."""
        options = self.options
        started = time.perf_counter()
        source = open_source(options.paths, options.input_format, count=sys.stderr.isatty())
        with ExitStack() as stack:
            sink = self._sink()  # before a cluster is started: the output may be refused
            mapper = self._mapper(stack, source)
            tick = stack.enter_context(progress_bar(source.total, "Extracting"))
            outputs = self._outputs(mapper(source.items), source, tick)
            sink(outputs)
        self._report(source.failures)
        if sys.stderr.isatty():
            self._summary(time.perf_counter() - started)
        return EXIT_SOME_FAILED if self.failed else EXIT_OK

    def _mapper(
        self, stack: ExitStack, source: Source
    ) -> Callable[[Iterator[Item]], Iterator[Done | Failed]]:
        function = partial(
            run_batch, format=self.options.format, rules_only=self.options.rules_only
        )
        if self.options.cluster:
            from tui.batch.cluster import ClusterError, cluster_client, map_on_cluster

            try:
                client = stack.enter_context(
                    cluster_client(self.options.cluster, self._warn, self.options.rules_only)
                )
            except ClusterError as error:
                raise _Stop(str(error)) from None

            def on_cluster(items: Iterator[Item]) -> Iterator[Done | Failed]:
                try:
                    yield from map_on_cluster(client, function, items, _lost)
                except ClusterError as error:
                    raise _Stop(str(error)) from None

            return on_cluster

        def locally(items: Iterator[Item]) -> Iterator[Done | Failed]:
            jobs = self.options.jobs or default_jobs()
            # A pool costs more to start than a few articles take to extract.
            ahead = list(islice(items, _ARTICLES_A_JOB * jobs))
            known = source.total if source.total is not None else len(ahead)
            jobs = min(jobs, max(1, known // _ARTICLES_A_JOB))
            return map_ordered(function, chain(ahead, items), jobs, _ARTICLES_A_CHUNK)

        return locally

    def _sink(self) -> Callable[[Iterable[Done | Failed]], None]:
        """What writes the outputs: the Parquet tables, or a text stream."""
        options = self.options
        if options.format == PARQUET:
            from tui.batch.parquet import OutputError, ParquetOut

            try:
                tables = ParquetOut(Path(options.output))
            except OutputError as error:
                raise _Stop(str(error)) from None

            def to_tables(outputs: Iterable[Done | Failed]) -> None:
                try:
                    for output in outputs:
                        if isinstance(output, Failed):
                            tables.add_failed(
                                failed_row(
                                    output.where, output.article_id, output.reason, output.kind
                                )
                            )
                        else:
                            tables.add(output.output)
                    tables.close()
                except OSError as error:
                    tables.abort()
                    reason = error.strerror or str(error)
                    raise _Stop(f"{options.output}: cannot write: {reason}") from None
                except BaseException:
                    tables.abort()
                    raise

            return to_tables

        from tui.files import writing
        from tui.streaming import write_rendered

        def to_text(outputs: Iterable[Done | Failed], out: TextIO) -> None:
            pieces = (output.output for output in outputs if isinstance(output, Done))
            write_rendered(pieces, options.format, out)

        if not options.output:
            return partial(to_text, out=sys.stdout)

        def to_file(outputs: Iterable[Done | Failed]) -> None:
            try:
                with writing(Path(options.output)) as out:
                    to_text(outputs, out)
            except OSError as error:
                raise _Stop(f"{options.output}: cannot write: {error.strerror}") from None

        return to_file

    def _outputs(
        self, outcomes: Iterator[Done | Failed], source: Source, tick: Callable[[int], None]
    ) -> Iterator[Done | Failed]:
        """Each outcome as it comes, a failure said on standard error at once."""
        for seen, outcome in enumerate(outcomes, start=1):
            self._report(source.failures)
            if isinstance(outcome, Failed):
                self._say_failed(outcome)
            else:
                self.done += 1
            tick(seen)
            yield outcome

    def _report(self, failures: list[Failed]) -> None:
        """Say the input's failures found so far (they are said once)."""
        while failures:
            self._say_failed(failures.pop(0))

    def _say_failed(self, failure: Failed) -> None:
        self.failed += 1
        print(f"quotelens: {failure.describe()}", file=sys.stderr)

    def _warn(self, message: str) -> None:
        print(f"quotelens: {one_line(message)}", file=sys.stderr)

    def _summary(self, seconds: float) -> None:
        rate = f", {self.done / seconds:,.1f} a second" if seconds > 0 and self.done else ""
        failed = f", {self.failed:,} failed" if self.failed else ""
        print(
            f"quotelens: {self.done:,} articles extracted{failed} in {seconds:,.1f} s{rate}",
            file=sys.stderr,
        )


def _lost(item: Item, reason: str) -> Failed:
    """An article whose task the cluster lost."""
    return Failed(item.where, reason, WORKER)


def _require(options: argparse.Namespace) -> None:
    """Make sure the extras the options need are installed."""
    if options.format == PARQUET or options.input_format == "parquet":
        try:
            import pyarrow  # noqa: F401
        except ImportError:
            raise MissingExtra("Parquet needs pyarrow: pip install 'quotelens[parquet]'") from None
    if options.cluster:
        try:
            import distributed  # noqa: F401
        except ImportError:
            raise MissingExtra(
                "--cluster needs dask.distributed: pip install 'quotelens[cluster]'"
            ) from None


def _cluster_spec(text: str) -> str:
    """``local``, ``local:N`` (N from 1) or a scheduler's address."""
    if text.startswith("local:"):
        count = text.removeprefix("local:")
        if not count.isdigit() or int(count) < 1:
            raise argparse.ArgumentTypeError("local:N needs a number of workers, 1 or more")
    return text
