"""Worker processes: a module named to preload is imported once, in the fork server, so that
the workers forked from it start with what it loaded; numpy's OpenBLAS starts no threads of
its own beside them."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.conftest import ROOT

# Run in a fresh interpreter: the fork server is started once a process, with the modules
# named when it starts, and this test process may have started one already.
_SCRIPT = """
import sys
from tests.unit import test_worker_pool
from tui.parallel import map_unordered

asked, *preload = sys.argv[1:]
function = getattr(test_worker_pool, asked)
print(sorted(set(map_unordered(function, range(8), 2, chunk=1, preload=preload))))
"""


def blas_threads_in_worker(items: list[int]) -> list[str | None]:
    """The OpenBLAS threads a worker was told to start."""
    return [os.environ.get("OPENBLAS_NUM_THREADS") for _ in items]


def loaded_in_worker(items: list[int]) -> list[bool]:
    """Whether the worker had the names model when handed ``items`` (it never loads it)."""
    from tui.extract import ner

    return [ner.loaded() for _ in items]


def _run(asked: str, *preload: str, environment: dict[str, str] | None = None) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, asked, *preload],
        env=environment,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_the_names_model_preloaded_in_the_fork_server_is_in_every_worker() -> None:
    assert _run("loaded_in_worker", "tui.index.shared_model") == "[True]"
    assert _run("loaded_in_worker") == "[False]"


def test_workers_start_one_blas_thread_unless_the_user_said_otherwise() -> None:
    environment = {key: value for key, value in os.environ.items() if "BLAS" not in key}
    assert _run("blas_threads_in_worker", environment=environment) == "['1']"
    environment["OPENBLAS_NUM_THREADS"] = "3"
    assert _run("blas_threads_in_worker", environment=environment) == "['3']"


def test_workers_in_the_background_of_an_interface_are_nicer() -> None:
    from tui.parallel import worker_pool

    mine = os.nice(0)
    with worker_pool(1, niceness=5) as pool:
        assert pool.submit(os.nice, 0).result(timeout=120) == min(mine + 5, 19)
    with worker_pool(1) as pool:
        assert pool.submit(os.nice, 0).result(timeout=120) == mine
