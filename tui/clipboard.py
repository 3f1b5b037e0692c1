"""Getting text onto the user's clipboard, wherever the reader runs.

Two ways, used together: OSC 52, the terminal escape that works over SSH and inside tmux
(``set-clipboard on``) or GNU screen (which needs it wrapped in chunks), and the system
clipboard tool when the reader runs on the user's own machine (wl-copy, xclip, xsel, pbcopy,
clip.exe). OSC 52 cannot be confirmed: a terminal may ignore it silently; a system tool can.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping
from dataclasses import dataclass

# GNU screen passes at most this many bytes of one device control string.
_SCREEN_CHUNK = 76
_TOOL_TIMEOUT = 3


@dataclass(frozen=True, slots=True)
class CopyResult:
    """How a copy went: the ways tried, and whether any could be confirmed."""

    ways: tuple[str, ...]
    confirmed: bool

    def describe(self) -> str:
        """A short account for the notification: "via OSC 52 and xclip"."""
        return "via " + " and ".join(self.ways) if self.ways else "nowhere"


def osc52(text: str, environment: Mapping[str, str] | None = None) -> str:
    """The OSC 52 sequence that puts ``text`` on the clipboard, wrapped for GNU screen when the
    reader runs inside it. tmux with ``set-clipboard on`` takes the plain sequence itself."""
    environment = os.environ if environment is None else environment
    payload = base64.b64encode(text.encode("utf-8")).decode("ascii")
    sequence = f"\x1b]52;c;{payload}\x07"
    if environment.get("STY") and not environment.get("TMUX"):
        chunks = [sequence[i : i + _SCREEN_CHUNK] for i in range(0, len(sequence), _SCREEN_CHUNK)]
        return "".join(f"\x1bP{chunk}\x1b\\" for chunk in chunks)
    return sequence


def osc52_route(environment: Mapping[str, str] | None = None) -> str:
    """How the OSC 52 sequence reaches the terminal, as the copy notification says it."""
    environment = os.environ if environment is None else environment
    if environment.get("TMUX"):
        return "OSC 52 through tmux"
    if environment.get("STY"):
        return "OSC 52 in chunks for GNU screen"
    return "OSC 52"


def system_tool(environment: Mapping[str, str] | None = None) -> list[str] | None:
    """The command that copies standard input to this machine's clipboard, if the reader runs
    locally and one is installed. Over SSH the machine's clipboard is not the user's."""
    environment = os.environ if environment is None else environment
    if environment.get("SSH_CONNECTION") or environment.get("SSH_TTY"):
        return None
    candidates: list[list[str]] = []
    if sys.platform == "darwin":
        candidates.append(["pbcopy"])
    if environment.get("WAYLAND_DISPLAY"):
        candidates.append(["wl-copy"])
    if environment.get("DISPLAY"):
        candidates += [["xclip", "-selection", "clipboard"], ["xsel", "--clipboard", "--input"]]
    candidates.append(["clip.exe"])  # Windows, or WSL
    for command in candidates:
        if shutil.which(command[0]):
            return command
    return None


def copy_with_tool(text: str, command: list[str]) -> bool:
    """Run ``command`` with ``text`` on its input; whether it said it succeeded."""
    try:
        finished = subprocess.run(
            command,
            input=text.encode("utf-8"),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            timeout=_TOOL_TIMEOUT,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return False
    return finished.returncode == 0
