"""A hostile article in a real terminal (tmux): after walking, copying, the palette, the quotes
view and the collection, the pane's title, its clipboard and its screen are what they were."""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.hostile import write_hostile

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed"),
]

# What the article's OSC 52 sequences would put on the clipboard (base64 in the article).
_PLANTED = ("HEADLINE", "QUOTE")


class Terminal:
    """A private tmux server with set-clipboard on, running the reader in one pane."""

    def __init__(self, folder: Path) -> None:
        self.tmux = ["tmux", "-S", str(folder / "tmux.sock"), "-f", "/dev/null"]
        self.folder = folder

    def __call__(self, *args: str) -> str:
        done = subprocess.run([*self.tmux, *args], capture_output=True, timeout=10, check=True)
        return done.stdout.decode("utf-8", "replace")

    def start(self, article: Path, path: str = os.environ.get("PATH", "")) -> None:
        subprocess.run([*self.tmux, "new-session", "-d", "-s", "keep", "sleep 60"], check=True)
        self("set-option", "-g", "set-clipboard", "on")
        environment = {
            "PATH": path,
            "TERM": "xterm-256color",
            "XDG_STATE_HOME": str(self.folder / "state"),
            "XDG_DATA_HOME": str(self.folder / "data"),
        }
        command = shlex.join(
            ["env", "-i", *(f"{k}={v}" for k, v in environment.items()), sys.executable]
            + ["-m", "tui", str(article)]
        )
        self("new-session", "-d", "-s", "t", "-x", "120", "-y", "36", "-c", str(ROOT), command)
        self.wait_for("Maria Lopez")
        self("select-pane", "-t", "t", "-T", "clean-title")

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "t")

    def wait_for(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while text not in self.screen():
            assert time.monotonic() < deadline, f"{text!r} never shown:\n{self.screen()}"
            time.sleep(0.1)

    def keys(self, *keys: str) -> None:
        for key in keys:
            self("send-keys", "-t", "t", key)
            # A key sent hard on an escape can be read with it as one alt+key sequence.
            time.sleep(0.6 if key == "Escape" else 0.15)

    def buffers(self) -> list[str]:
        names = self("list-buffers", "-F", "#{buffer_name}").split()
        return [self("show-buffer", "-b", name) for name in names]

    def assert_untouched(self) -> None:
        """Title, alternate screen and layout as the reader drew them; no planted clipboard."""
        assert self("display", "-p", "-t", "t", "#{pane_title}").strip() == "clean-title"
        assert self("display", "-p", "-t", "t", "#{alternate_on}").strip() == "1"
        lines = self.screen().splitlines()
        assert "Polls close [/b] in the [UPDATED] count ␛]0;TITLE-SET␇" in lines[0]
        assert "Next quote" in lines[-1] or "esc Close" in lines[-1]  # the key bar, not cleared
        for buffer in self.buffers():
            assert "\x1b" not in buffer and buffer not in _PLANTED, buffer

    def close(self) -> None:
        subprocess.run([*self.tmux, "kill-server"], capture_output=True, timeout=10)


@pytest.fixture
def terminal(tmp_path: Path):
    terminal = Terminal(tmp_path)
    yield terminal
    terminal.close()


def test_copy_dialog_palette_quotes_and_collection(terminal: Terminal, tmp_path: Path) -> None:
    terminal.start(write_hostile(tmp_path))
    terminal.keys("n", "c")
    terminal.wait_for("D shows it")
    terminal.keys("D")
    terminal.wait_for("no clipboard could confirm")
    assert any(buffer.startswith("“Each ballot [sic]") for buffer in terminal.buffers())
    terminal.assert_untouched()
    terminal.keys("Escape", "C-p")
    terminal.wait_for("Search for commands")
    terminal.keys("P", "o", "l", "l", "s")
    terminal.wait_for("Article: Polls close [/b]")
    terminal.keys("Escape", "Q")
    terminal.wait_for("2 quotes")
    terminal.assert_untouched()
    terminal.keys("Escape")
    terminal.wait_for("Q All quotes")  # back on the reader
    terminal.keys("a", "n", "a", "v")
    terminal.wait_for("w Write files")  # the key bar: notices may cover the dialog's help
    assert "Tom Reyes · Polls close [/b]" in terminal.screen()
    terminal.assert_untouched()
    terminal.keys("Escape")


def test_copied_notification_with_a_confirming_clipboard_tool(
    terminal: Terminal, tmp_path: Path
) -> None:
    tools = tmp_path / "bin"
    tools.mkdir()
    (tools / "clip.exe").write_text("#!/bin/sh\ncat >/dev/null\n", encoding="utf-8")
    (tools / "clip.exe").chmod(0o755)
    terminal.start(write_hostile(tmp_path), f"{tools}:{os.environ.get('PATH', '')}")
    terminal.keys("n", "n", "y")
    terminal.wait_for("Copied the quote via OSC 52 and clip.exe")
    terminal.assert_untouched()
