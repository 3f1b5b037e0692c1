"""The clipboard: OSC 52 as terminals and multiplexers need it, and the system tools."""

from __future__ import annotations

import base64
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tui.clipboard import CopyResult, osc52, osc52_route, system_tool

TEXT = "“Quoted,” she said — ünïcode ✓"


def test_plain_osc52() -> None:
    sequence = osc52(TEXT, {})
    assert sequence.startswith("\x1b]52;c;") and sequence.endswith("\x07")
    assert base64.b64decode(sequence[7:-1]).decode() == TEXT


def test_gnu_screen_gets_chunks() -> None:
    sequence = osc52(TEXT * 10, {"STY": "1234.pts-0.host"})
    chunks = sequence.split("\x1b\\")[:-1]
    assert len(chunks) > 1
    assert all(chunk.startswith("\x1bP") and len(chunk) <= 78 for chunk in chunks)
    inner = "".join(chunk[2:] for chunk in chunks)
    assert inner == osc52(TEXT * 10, {})


def test_tmux_takes_the_plain_sequence() -> None:
    assert osc52(TEXT, {"TMUX": "/tmp/tmux-0/default,1,0", "STY": "x"}) == osc52(TEXT, {})


def test_no_system_tool_over_ssh() -> None:
    assert system_tool({"SSH_CONNECTION": "1.2.3.4 5 6.7.8.9 22", "DISPLAY": ":0"}) is None


def test_the_route_of_osc52_is_named_as_it_is_sent() -> None:
    assert osc52_route({}) == "OSC 52"
    assert osc52_route({"TMUX": "/tmp/tmux-0/default,1,0", "STY": "x"}) == "OSC 52 through tmux"
    assert osc52_route({"STY": "1234.pts-0.host"}) == "OSC 52 in chunks for GNU screen"


def test_result_description() -> None:
    assert CopyResult(("OSC 52", "xclip"), True).describe() == "via OSC 52 and xclip"


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")
def test_tmux_with_set_clipboard_on_receives_the_text(tmp_path: Path) -> None:
    socket = str(tmp_path / "tmux.sock")
    script = tmp_path / "send.py"
    script.write_text(
        "import sys\n"
        f"sys.path.insert(0, {str(ROOT)!r})\n"
        "from tui.clipboard import osc52\n"
        f"sys.stdout.write(osc52({TEXT!r}))\n"
        "sys.stdout.flush()\n"
        "import time; time.sleep(2)\n",
        encoding="utf-8",
    )
    tmux = ["tmux", "-S", socket, "-f", "/dev/null"]
    subprocess.run([*tmux, "new-session", "-d", "-x", "80", "-y", "24", "sleep 20"], check=True)
    try:
        subprocess.run([*tmux, "set-option", "-g", "set-clipboard", "on"], check=True)
        subprocess.run([*tmux, "new-window", f"{sys.executable} {script}"], check=True, timeout=10)
        buffer = ""
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline and buffer != TEXT:
            shown = subprocess.run([*tmux, "show-buffer"], capture_output=True, timeout=5)
            buffer = shown.stdout.decode("utf-8")
            time.sleep(0.2)
        assert buffer == TEXT
    finally:
        subprocess.run([*tmux, "kill-server"], capture_output=True)
