"""Work spread over worker processes: as many as there are cores unless told, each started
light (from a fork server that has imported only the extraction rules, never the interface)."""

from __future__ import annotations

import multiprocessing
import os
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import islice
from typing import TypeVar

Item = TypeVar("Item")
Result = TypeVar("Result")

# Modules a worker needs, imported once in the fork server rather than in every worker.
_PRELOAD = ["tui.index.worker", "tui.library"]


def default_jobs() -> int:
    """The cores this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def worker_pool(jobs: int, preload: Sequence[str] = (), niceness: int = 0) -> ProcessPoolExecutor:
    """A pool of ``jobs`` worker processes. Forked from a fork server (a fresh process that
    imported the rules, and the modules in ``preload`` if it starts now), never from the
    caller, whose threads and memory a fork would copy. ``niceness`` is added to the
    workers' (work in the background of an interface, which must have the processor when
    it wants it)."""
    # A worker is a core's worth of work already: the threads numpy's OpenBLAS starts beside
    # it (under the names model) only spin, waiting. Two workers side by side took 11-13%
    # less processor time an article with one thread each. Set before the fork server starts,
    # whose environment the workers inherit; a user's own setting is kept.
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    _start_resource_tracker()
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([*_PRELOAD, *preload])
    else:
        context = multiprocessing.get_context("spawn")
    if niceness:
        return ProcessPoolExecutor(
            max_workers=jobs, mp_context=context, initializer=os.nice, initargs=(niceness,)
        )
    return ProcessPoolExecutor(max_workers=jobs, mp_context=context)


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real standard error. An interface that
    captures ``sys.stderr`` (Textual does) gives it a file number of -1, which starting any
    helper process then rejects ("bad value(s) in fds_to_keep")."""
    from multiprocessing import resource_tracker

    try:
        usable = sys.stderr is not None and sys.stderr.fileno() >= 0
    except (AttributeError, OSError, ValueError):
        usable = True  # no file number at all: the tracker leaves it out by itself
    if usable:
        resource_tracker.ensure_running()
        return
    captured = sys.stderr
    with open(os.devnull, "w") as nowhere:
        sys.stderr = nowhere
        try:
            resource_tracker.ensure_running()
        finally:
            sys.stderr = captured


def map_ordered(
    function: Callable[[list[Item]], list[Result]],
    items: Iterable[Item],
    jobs: int,
    chunk: int = 4,
) -> Iterator[Result]:
    """``function`` over ``items`` in chunks, the results in input order. With more than one
    job the chunks run in worker processes, a bounded number ahead of the one being yielded,
    so memory holds a few chunks whatever the number of items."""
    if jobs <= 1:
        # One at a time: each result is handed on before the next item is begun.
        for item in items:
            yield from function([item])
        return
    with worker_pool(jobs) as pool:
        pending: deque[Future[list[Result]]] = deque()
        parts = _chunks(items, chunk)
        window = jobs * 3
        for part in parts:
            pending.append(pool.submit(function, list(part)))
            if len(pending) >= window:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def map_unordered(
    function: Callable[[list[Item]], list[Result]],
    items: Iterable[Item],
    jobs: int,
    chunk: int = 4,
    stopped: Callable[[], bool] = lambda: False,
    preload: Sequence[str] = (),
    niceness: int = 0,
) -> Iterator[Result]:
    """``function`` over ``items`` in chunks in ``jobs`` worker processes, each result as soon
    as it is ready; a bounded number of chunks in flight. Stops handing out work once
    ``stopped()`` says so. ``preload`` and ``niceness``: see ``worker_pool``."""
    with worker_pool(jobs, preload, niceness) as pool:
        parts = _chunks(items, chunk)
        running: set[Future[list[Result]]] = set()
        window = jobs * 3
        try:
            while True:
                while len(running) < window and not stopped():
                    part = next(parts, None)
                    if part is None:
                        break
                    running.add(pool.submit(function, list(part)))
                if not running:
                    return
                done, running = wait(running, return_when=FIRST_COMPLETED)
                for future in done:
                    yield from future.result()
        finally:
            for future in running:
                future.cancel()


def _chunks(items: Iterable[Item], size: int) -> Iterator[tuple[Item, ...]]:
    """``items`` in tuples of ``size`` (the last shorter)."""
    iterator = iter(items)
    while part := tuple(islice(iterator, size)):
        yield part
