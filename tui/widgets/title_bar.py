"""The line at the top of the reader: the open article's title."""

from __future__ import annotations

from rich.text import Text
from textual.widget import Widget


class TitleBar(Widget, can_focus=False):
    """The screen's title and subtitle on one line, centred.

    Textual's Header draws the same line with four widgets and a clock; one widget that
    redraws when the title changes costs a sixth as much of the first frame.
    """

    COMPONENT_CLASSES = {"title-bar--subtitle"}

    def on_mount(self) -> None:
        self.watch(self.screen, "title", self._retitle, init=False)
        self.watch(self.screen, "sub_title", self._retitle, init=False)

    def _retitle(self) -> None:
        self.refresh()

    def render(self) -> Text:
        # Titles come from article files: plain Text, never markup.
        line = Text(self.screen.title or "", no_wrap=True, end="")
        if self.screen.sub_title:
            subtitle_style = self.get_component_rich_style("title-bar--subtitle")
            line.append(f" — {self.screen.sub_title}", style=subtitle_style)
        return line
