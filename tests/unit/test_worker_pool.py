"""Worker processes: a module named to preload is imported once, in the fork server, so that
the workers forked from it start with what it loaded."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

# Run in a fresh interpreter: the fork server is started once a process, with the modules
# named when it starts, and this test process may have started one already.
_SCRIPT = """
import sys
from tests.unit.test_worker_pool import loaded_in_worker
from tui.parallel import map_unordered

preload = sys.argv[1:]
print(sorted(set(map_unordered(loaded_in_worker, range(8), 2, chunk=1, preload=preload))))
"""


def loaded_in_worker(items: list[int]) -> list[bool]:
    """Whether the worker had the names model when handed ``items`` (it never loads it)."""
    from tui.extract import ner

    return [ner.loaded() for _ in items]


def _run(*preload: str) -> str:
    done = subprocess.run(
        [sys.executable, "-c", _SCRIPT, *preload],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=True,
    )
    return done.stdout.strip()


def test_the_names_model_preloaded_in_the_fork_server_is_in_every_worker() -> None:
    assert _run("tui.index.shared_model") == "[True]"
    assert _run() == "[False]"
