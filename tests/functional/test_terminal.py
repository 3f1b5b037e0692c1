"""The installed console script in a real pseudo-terminal: it shows the article and quits."""

from __future__ import annotations

import os
import pty
import select
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT


def _script() -> str:
    installed = Path(sys.executable).parent / "quotelens"
    return str(installed) if installed.exists() else shutil.which("quotelens") or ""


@pytest.mark.slow
@pytest.mark.skipif(not _script(), reason="the quotelens console script is not installed")
def test_console_script_in_a_pseudo_terminal(private_state: Path) -> None:
    main, secondary = pty.openpty()
    environment = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "120", "LINES": "36"}
    process = subprocess.Popen(
        [_script(), "seeds"],
        cwd=ROOT,
        stdin=secondary,
        stdout=secondary,
        stderr=secondary,
        env=environment,
        start_new_session=True,
    )
    os.close(secondary)
    seen = b""
    try:
        deadline = time.monotonic() + 30
        while b"Russia rules out" not in seen and time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.5)
            if ready:
                seen += os.read(main, 65536)
        assert b"Russia rules out" in seen, seen[-500:]
        os.write(main, b"q")
        deadline = time.monotonic() + 15
        while process.poll() is None and time.monotonic() < deadline:
            ready, _, _ = select.select([main], [], [], 0.2)
            if ready:
                try:
                    os.read(main, 65536)
                except OSError:
                    break
        assert process.wait(timeout=5) == 0
    finally:
        if process.poll() is None:
            process.kill()
        os.close(main)
