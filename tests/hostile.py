"""A hostile article: escape sequences that set the terminal's title and clipboard, clear the
screen or leave the alternate screen, C1 and bidirectional controls, and Rich markup, in its
headline, byline and quotes."""

from __future__ import annotations

import re
from pathlib import Path

# What a terminal would act on: C0 controls but line ends and tabs, DEL, C1 controls, and the
# bidirectional overrides and isolates.
CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

HEADLINE = "Polls close [/b] in the [UPDATED] count \x1b]0;TITLE-SET\x07 \x1b]52;c;SEVBRExJTkU=\x07"
HOSTILE = (
    f"{HEADLINE}\n\n"
    "By Ann \x1b[2J\x1b[H Smith\n\n"
    "AFP March 3, 2025\n\n"
    '"Each ballot [sic] is counted \x1b]2;TOAST-TITLE\x07\x1b]52;c;UVVPVEU=\x07 twice," '
    "Maria Lopez said.\n\n"
    '"The tally [/i] is [bold]final\u009b2J \u202eand sealed\x1b[?1049l," Tom Reyes said on '
    "Sunday.\n"
)


def write_hostile(folder: Path, name: str = "hostile.txt") -> Path:
    """The hostile article written to ``folder``."""
    path = folder / name
    path.write_text(HOSTILE, encoding="utf-8")
    return path
