"""The widget's own style, worked out once per change rather than once a line."""

from __future__ import annotations

from rich.style import Style


class BaseStyleCache:
    """Caches ``rich_style`` for widgets that draw line by line: Textual walks every ancestor
    to compute it, and asking once a line made it a fifth of drawing the reader's first frame.
    Any restyle (focus, theme, classes) clears it.

    A mixin, listed before the widget class: Textual's CSS follows the first widget base."""

    _base_style: Style | None = None
    rich_style: Style

    @property
    def base_style(self) -> Style:
        """This widget's text style and background, as ``rich_style`` gives them."""
        if self._base_style is None:
            self._base_style = self.rich_style
        return self._base_style

    def notify_style_update(self) -> None:
        self._base_style = None
        super().notify_style_update()  # type: ignore[misc]
