"""Extraction on a Dask cluster: a local cluster of two worker processes on this machine
(127.0.0.1 only), started once for the module, joined by 'extract --cluster ADDRESS' in a
subprocess as a user joins a real scheduler."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import cloudpickle
import pyarrow.parquet as pq
import pytest
from distributed import Client, LocalCluster, WorkerPlugin

from tests.conftest import ARTICLES, ROOT
from tui.batch.cluster import cluster_client, map_on_cluster

pytestmark = pytest.mark.slow

# Workers unpickle this module's plugin and functions by value: they need not import tests.
cloudpickle.register_pickle_by_value(sys.modules[__name__])


class BrokenRules(WorkerPlugin):
    """Makes the rules fail, on the workers, on any article that says EXPLODE: an article
    that fails inside a partition of good ones."""

    name = "broken-rules"

    def setup(self, worker: object) -> None:
        import tui.batch.work as work

        extract = work.extract

        def failing(article):  # noqa: ANN001, ANN202
            if "EXPLODE" in article.text:
                raise RuntimeError("the rules broke")
            return extract(article)

        work.extract = failing


@pytest.fixture(scope="module")
def cluster() -> Iterator[Client]:
    with (
        LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            host="127.0.0.1",
            dashboard_address=None,
            silence_logs=logging.ERROR,
        ) as local,
        Client(local) as client,
    ):
        client.register_plugin(BrokenRules())
        yield client


def extract(
    *args: str, stdin: str | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "tui", "extract", *args],
        input=stdin,
        env={**os.environ, **(env or {})},
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=180,
    )


def _row(number: int) -> str:
    text = f'"Row {number} stands," said Ann Lee.' if number != 13 else "EXPLODE, said no one."
    return json.dumps({"id": f"id{number}", "title": f"Row {number}", "text": text})


def test_rows_on_the_cluster_into_parquet_a_failing_article_reported(
    cluster: Client, tmp_path: Path
) -> None:
    rows = [_row(number) for number in range(40)]
    rows[20] = "{broken"
    result = extract(
        "--cluster",
        cluster.scheduler.address,
        "--input-format",
        "jsonl",
        "-",
        "--format",
        "parquet",
        "--output",
        str(tmp_path),
        stdin="\n".join(rows) + "\n",
    )
    assert result.returncode == 1
    assert result.stderr.splitlines() == [
        "quotelens: <stdin>:14 (id id13): could not be extracted: RuntimeError: the rules broke "
        "[extraction]",
        "quotelens: <stdin>:21: not JSON: Expecting property name enclosed in double quotes at "
        "column 2 [bad-row]",
    ]
    articles = pq.read_table(tmp_path / "articles").to_pylist()
    expected = [f"id{number}" for number in range(40)]
    expected[20] = "<stdin>:21"
    assert [row["article_id"] for row in articles] == expected  # in input order
    assert [row["error_kind"] for row in articles].count(None) == 38
    quotes = pq.read_table(tmp_path / "quotes").to_pylist()
    assert len(quotes) == 38 and {quote["speaker"] for quote in quotes} == {"Ann Lee"}


def test_files_on_the_cluster_come_out_as_without_it(cluster: Client) -> None:
    alone = extract(str(ARTICLES), "--jobs", "1")
    spread = extract(str(ARTICLES), "--cluster", cluster.scheduler.address)
    assert spread.returncode == 0, spread.stderr
    assert spread.stdout == alone.stdout


def test_the_rules_load_once_a_worker(cluster: Client) -> None:
    rows = "\n".join(_row(number) for number in range(200) if number != 13)
    result = extract(
        "--cluster", cluster.scheduler.address, "--input-format", "jsonl", "-", stdin=rows
    )
    assert result.returncode == 0, result.stderr

    # The gazetteer is read from its file once a process: one miss of its cache each, every
    # worker warmed as it joined, whatever number of articles it then extracted.
    def loads() -> int:
        from tui.extract import places

        return places._lines.cache_info().misses

    assert set(cluster.run(loads).values()) == {1}


def test_a_worker_warmed_for_the_rules_alone_leaves_the_names_model_unloaded() -> None:
    # A fresh process, as a worker is: the model is loaded once a process.
    warm = (
        "import sys; from tui.batch.cluster import WarmRules; WarmRules({}).setup(None); "
        "print('spacy' in sys.modules)"
    )
    for rules_only, model in ((True, "False"), (False, "True")):
        result = subprocess.run(
            [sys.executable, "-c", warm.format(rules_only)],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert result.stdout.split() == [model], result.stderr


def test_a_local_clusters_workers_run_lean() -> None:
    def settings() -> tuple[object, int, bool]:
        import gc

        import dask

        profiling = dask.config.get("distributed.worker.profile.enabled")
        return profiling, gc.get_threshold()[0], gc.get_freeze_count() > 0

    with cluster_client("local:1", print, rules_only=True) as client:
        # No profiler; the collector runs rarely and passes over what was loaded.
        assert list(client.run(settings).values()) == [(False, 10_000, True)]


def _slow_in_reverse(batch: list[int]) -> list[int]:
    if 6 in batch:
        raise MemoryError("worker ran out")
    time.sleep(0.05 * (10 - batch[0]))  # later batches finish first
    return [number * 10 for number in batch]


def test_results_come_in_input_order_and_a_lost_task_loses_only_its_culprit(
    cluster: Client,
) -> None:
    results = list(
        map_on_cluster(
            cluster, _slow_in_reverse, range(10), lambda item, reason: (item, reason), chunk=3
        )
    )
    # The task of 6, 7 and 8 is lost; run again one by one, only 6 is.
    assert results == [
        0,
        10,
        20,
        30,
        40,
        50,
        (6, "lost on the cluster: MemoryError: worker ran out"),
        70,
        80,
        90,
    ]


def test_a_local_cluster_started_by_extract() -> None:
    rows = "\n".join(_row(number) for number in range(3))
    with socket.socket() as taken:
        # Dask's usual port for its web server, held as by another cluster on the machine.
        with contextlib.suppress(OSError):
            taken.bind(("127.0.0.1", 8787))
            taken.listen()
        result = extract(
            "--cluster", "local:1", "--input-format", "jsonl", "-", "--format", "jsonl", stdin=rows
        )
    assert result.returncode == 0, result.stderr
    assert [json.loads(line)["id"] for line in result.stdout.splitlines()] == ["id0", "id1", "id2"]
    assert result.stderr == ""


def test_a_scheduler_that_is_not_there_is_said_in_one_line() -> None:
    wait = {"DASK_DISTRIBUTED__COMM__TIMEOUTS__CONNECT": "1s"}  # Dask's own setting
    result = extract(str(ARTICLES), "--cluster", "tcp://127.0.0.1:9", env=wait)
    assert result.returncode == 1
    assert result.stderr.startswith(
        "quotelens: cannot reach the Dask scheduler at tcp://127.0.0.1:9"
    )
    assert len(result.stderr.splitlines()) == 1
