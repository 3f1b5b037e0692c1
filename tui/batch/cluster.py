"""Extraction on a Dask cluster, with dask.distributed (the ``cluster`` extra; imported only
with ``--cluster``).

``--cluster ADDRESS`` joins a running scheduler (``tcp://host:8786``) whose workers have
quotelens installed; ``--cluster local:N`` starts N worker processes on this machine (one
thread each: the rules are pure Python, so threads would wait on one interpreter lock).
Articles go to the workers in batches, a bounded number ahead of the one being written, so
memory holds a few batches whatever the input's size; each batch's results are written in
input order as soon as the batches before it are done. Each worker loads the rules, word
lists and gazetteer once, when it joins (``WarmRules``), never once an article.
"""

from __future__ import annotations

import gc
import logging
import re
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import CancelledError
from contextlib import contextmanager
from itertools import islice
from typing import TypeVar

import dask
from distributed import Client, LocalCluster, WorkerPlugin, as_completed

from tui import __version__
from tui.batch.work import warm_up
from tui.parallel import default_jobs

Item = TypeVar("Item")
Result = TypeVar("Result")

LOCAL = re.compile(r"local(?::(?P<workers>\d+))?")
# Articles a task extracts (about half a second of work): the scheduler's and the client's
# cost is per task, and with 64 the client spends 0.25 ms an article where 16 cost it 0.6 ms.
ARTICLES_A_TASK = 64
# Tasks handed out ahead of the one being written, for each worker thread.
_AHEAD = 4
_WORKERS_SECONDS = 60
# Objects made and not yet freed before a worker's garbage collector runs (Python's is 700).
_COLLECT_AFTER = 10_000
# A local cluster's settings. Dask's defaults serve its dashboard (which a local cluster here
# does not show) and wake each of its processes some 70 times a second; on 2 cores that cost
# 0.7 ms an article, 6 % of the run: the statistical profiler sampling the worker's stack every
# 10 ms (about 35 ms of CPU a second for the two workers), the event loop's health check every
# 20 ms (20 ms a second in the client, as much in the workers), the memory checks every 0.1 s
# (9 and 9) and the system monitor every 0.5 s (5 and 5). Memory is still checked twice a
# second, where a task holds a few megabytes.
_LOCAL_SETTINGS = {
    "distributed.worker.profile.enabled": False,
    "distributed.admin.tick.interval": "1s",
    "distributed.worker.memory.monitor-interval": "500ms",
    "distributed.admin.system-monitor.interval": "10s",
}


class ClusterError(Exception):
    """The cluster cannot be used; the message says why, on one line."""


def local_workers(spec: str) -> int | None:
    """The number of workers ``local[:N]`` asks for (one a core for ``local``); None for a
    scheduler's address."""
    match = LOCAL.fullmatch(spec)
    if match is None:
        return None
    return int(match["workers"]) if match["workers"] else default_jobs()


class WarmRules(WorkerPlugin):
    """Loads the extraction rules, word lists and gazetteer on each worker as it joins (and
    the names model, unless the run is of the rules alone), so that they are loaded once a
    worker and the first task does not pay for them."""

    name = "quotelens-warm-rules"

    def __init__(self, rules_only: bool = False) -> None:
        self.rules_only = rules_only

    def setup(self, worker: object) -> None:
        """Run on each worker as it joins the cluster, and tune its garbage collector."""
        warm_up(self.rules_only)
        # What is loaded by now (Dask's modules, 67,000 objects, four times the rules' own)
        # lives as long as the worker: kept out of the collector's full passes, which cost
        # 0.3 ms an article scanning them. Extraction frees nearly all it makes by reference
        # counting; a collection every 700 objects more made than freed (Python's default:
        # once an article) found nothing to free and cost another 0.3 ms an article, where
        # one every 10,000 costs 0.02 ms.
        gc.collect()
        gc.freeze()
        gc.set_threshold(_COLLECT_AFTER, *gc.get_threshold()[1:])


def worker_version() -> str:
    """The version of quotelens a worker runs (asked of every worker before work starts)."""
    return __version__


@contextmanager
def cluster_client(
    spec: str, warn: Callable[[str], None], rules_only: bool = False
) -> Iterator[Client]:
    """A client of the cluster ``spec`` names (started here for ``local:N``, and stopped
    after), its workers checked and warmed for a run of the rules alone (``rules_only``) or
    with the names model. ``warn`` is told what the user should know."""
    workers = local_workers(spec)
    cluster = None
    try:
        if workers is not None:
            # Read as the scheduler, the nannies and (passed on) the workers start.
            with dask.config.set(_LOCAL_SETTINGS):
                cluster = LocalCluster(
                    n_workers=workers,
                    threads_per_worker=1,
                    processes=True,
                    host="127.0.0.1",
                    dashboard_address=None,
                    # Its web server (health and metrics) on a free port: Dask's 8787, held
                    # by another cluster, made it warn the user in three lines.
                    scheduler_kwargs={"dashboard_address": "127.0.0.1:0"},
                    silence_logs=logging.ERROR,
                )
            client = Client(cluster)
        else:
            # Waits as long as Dask's distributed.comm.timeouts.connect says (30 s unless set).
            client = Client(spec)
    except (OSError, TimeoutError, ValueError) as error:
        if cluster is not None:
            cluster.close()
        raise ClusterError(
            f"cannot reach the Dask scheduler at {spec}: {_one_line(error)}"
        ) from None
    try:
        _check_workers(client, spec, warn)
        client.register_plugin(WarmRules(rules_only))
        yield client
    finally:
        if cluster is not None:
            _quiet_teardown(client)
        client.close()
        if cluster is not None:
            cluster.close()


def _quiet_teardown(client: Client) -> None:
    """Keep Dask's logs of a local cluster's shutdown off the user's terminal. As the
    cluster stops, a worker's heartbeat can meet the scheduler closing its side and log the
    failure, traceback and all (dask/distributed#9032): a race inside Dask, after every
    result was written, that is no news to the user."""
    try:
        client.run(_silence_dask)
    except (OSError, TimeoutError):
        return  # a worker already gone has nothing more to say
    _silence_dask()


def _silence_dask() -> None:
    """Let only Dask's critical messages through, in the process this runs in."""
    logging.getLogger("distributed").setLevel(logging.CRITICAL)


def _check_workers(client: Client, spec: str, warn: Callable[[str], None]) -> None:
    """Wait for a worker to join, and make sure the workers can run quotelens."""
    try:
        client.wait_for_workers(1, timeout=_WORKERS_SECONDS)
    except TimeoutError:
        raise ClusterError(
            f"the Dask scheduler at {spec} has no workers (waited {_WORKERS_SECONDS} s)"
        ) from None
    try:
        versions = client.run(worker_version)
    except Exception as error:  # noqa: BLE001 - whatever a worker raised, the message says it
        raise ClusterError(
            f"the workers at {spec} cannot run quotelens (is it installed on each?): "
            f"{_one_line(error)}"
        ) from None
    others = sorted({version for version in versions.values() if version != __version__})
    if others:
        warn(
            f"workers run quotelens {', '.join(others)}, this is {__version__}: "
            "their extraction may differ"
        )


def map_on_cluster(
    client: Client,
    function: Callable[[list[Item]], list[Result]],
    items: Iterable[Item],
    lost: Callable[[Item, str], Result],
    chunk: int = ARTICLES_A_TASK,
) -> Iterator[Result]:
    """``function`` over ``items`` in tasks of ``chunk`` items on the cluster, the results in
    input order, a bounded number of tasks ahead of the one being yielded. A task the cluster
    loses (its worker died, again and again) is run again an item a task, so that one article
    that kills workers loses only itself: ``lost(item, reason)``."""
    window = max(2, _AHEAD * sum(client.nthreads().values()))
    parts = _chunks(items, chunk)
    sent: deque[list[Item]] = deque()  # the batches not yet yielded, in order
    finished: dict[int, list[Result]] = {}
    numbers: dict[str, int] = {}  # a running task's batch number, by its key
    first = 0  # the number of the batch in ``sent[0]``
    running = as_completed()

    def submit() -> bool:
        part = next(parts, None)
        if part is None:
            return False
        future = client.submit(function, part, pure=False)
        numbers[future.key] = first + len(sent)
        sent.append(part)
        running.add(future)
        return True

    while len(sent) < window and submit():
        pass
    for future in running:
        number = numbers.pop(future.key)
        try:
            finished[number] = future.result()
        except CancelledError:
            raise ClusterError("lost the connection to the Dask scheduler") from None
        except Exception as error:  # noqa: BLE001 - the batch's articles are tried alone
            finished[number] = _one_by_one(client, function, sent[number - first], lost, error)
        future.release()
        while first in finished:
            sent.popleft()
            yield from finished.pop(first)
            first += 1
        while len(sent) < window and submit():
            pass


def _one_by_one(
    client: Client,
    function: Callable[[list[Item]], list[Result]],
    part: list[Item],
    lost: Callable[[Item, str], Result],
    error: Exception,
) -> list[Result]:
    """The results of a lost task's items, each run as a task of its own (waited for here: a
    lost task is rare), or ``lost`` for those lost again."""
    if len(part) == 1:
        return [lost(part[0], _lost_reason(error))]
    results: list[Result] = []
    alone = client.map(function, [[item] for item in part], pure=False)
    for item, future in zip(part, alone, strict=True):
        try:
            results += future.result()
        except CancelledError:
            raise ClusterError("lost the connection to the Dask scheduler") from None
        except Exception as again:  # noqa: BLE001 - this article alone is reported
            results.append(lost(item, _lost_reason(again)))
        future.release()
    return results


def _lost_reason(error: BaseException) -> str:
    return f"lost on the cluster: {type(error).__name__}: {_one_line(error)}"


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    iterator = iter(items)
    while part := list(islice(iterator, size)):
        yield part


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split()) or type(error).__name__
