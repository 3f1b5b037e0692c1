"""``extract -o`` writes files as a user expects: through symlinks, into FIFOs and devices,
with the user's permissions; and the reader never exits 0 on a crash."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from tests.conftest import ROOT, SEED


def extract_to(output: Path, umask: int = 0o022) -> subprocess.CompletedProcess[str]:
    def set_umask() -> None:
        os.umask(umask)

    return subprocess.run(
        [sys.executable, "-m", "tui", "extract", str(SEED), "-o", str(output)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        preexec_fn=set_umask,
    )


def written_record(text: str) -> dict:
    [record] = json.loads(text)
    return record


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    target = tmp_path / "data" / "target.json"
    target.parent.mkdir()
    target.write_text("old", encoding="utf-8")
    target.chmod(0o640)
    link = tmp_path / "link.json"
    link.symlink_to(Path("data") / "target.json")
    result = extract_to(link)
    assert result.returncode == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == str(Path("data") / "target.json")
    assert written_record(target.read_text(encoding="utf-8"))["title"]
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file keeps its own mode
    assert sorted(child.name for child in target.parent.iterdir()) == ["target.json"]


def test_a_fifo_is_written_into_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    received: list[bytes] = []

    def read_it() -> None:
        with open(fifo, "rb") as pipe:
            received.append(pipe.read())

    reader = threading.Thread(target=read_it, daemon=True)
    reader.start()
    result = extract_to(fifo)
    reader.join(timeout=30)
    assert result.returncode == 0, result.stderr
    assert fifo.is_fifo()
    assert written_record(received[0].decode("utf-8"))["title"]


@pytest.mark.skipif(os.geteuid() != 0, reason="making a device node needs root")
def test_a_device_is_never_replaced(tmp_path: Path) -> None:
    null = tmp_path / "null"
    os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    result = extract_to(null)
    assert stat.S_ISCHR(null.lstat().st_mode)  # written into, or refused: never replaced
    assert result.returncode == 0 or "cannot write" in result.stderr
    assert [child.name for child in tmp_path.iterdir()] == ["null"]


@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o077, 0o600), (0o002, 0o664)])
def test_a_new_file_gets_the_permissions_of_the_users_umask(
    tmp_path: Path, umask: int, mode: int
) -> None:
    output = tmp_path / "out.json"
    result = extract_to(output, umask)
    assert result.returncode == 0, result.stderr
    assert stat.S_IMODE(output.stat().st_mode) == mode


def test_a_folder_is_refused_in_one_line(tmp_path: Path) -> None:
    result = extract_to(tmp_path)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        f"quotelens: {tmp_path}: cannot write: it is a folder"
    ]


def test_a_crash_in_the_reader_exits_non_zero(tmp_path: Path) -> None:
    crash = (
        "import sys, tui.app, tui.cli\n"
        "def crash(self):\n"
        "    raise RuntimeError('boom')\n"
        "tui.app.QuotelensApp.on_mount = crash\n"
        "sys.exit(tui.cli.main([sys.argv[1]]))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", crash, str(SEED)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        env={**os.environ, "TEXTUAL_DRIVER": "textual.drivers.headless_driver:HeadlessDriver"},
    )
    assert "boom" in result.stdout + result.stderr
    assert result.returncode == 1


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full (Linux)")
def test_a_full_device_says_so_in_one_line_and_stays_a_device() -> None:
    into = extract_to(Path("/dev/full"))
    assert into.returncode == 1
    assert into.stderr.splitlines() == [
        "quotelens: /dev/full: cannot write: No space left on device"
    ]
    assert stat.S_ISCHR(os.stat("/dev/full").st_mode)
    with open("/dev/full", "w") as full:
        piped = subprocess.run(
            [sys.executable, "-m", "tui", "extract", str(SEED)],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
        )
    assert piped.returncode == 1
    assert piped.stderr.splitlines() == [
        "quotelens: cannot write the output: No space left on device"
    ]
