"""The reading pane: headline, byline and the body of the open article."""

from __future__ import annotations

from rich.text import Text
from textual.containers import VerticalScroll
from textual.widgets import Static

from tui.library import Entry
from tui.textsafe import printable


class ArticleView(VerticalScroll):
    """Shows one article as text; markup or escape codes in the article are shown literally."""

    def show(self, entry: Entry) -> None:
        """Replace what is shown with ``entry``'s article."""
        meta = entry.article.meta
        self.remove_children()
        widgets = [Static(Text(printable(meta.title)), classes="headline")]
        if meta.subtitle:
            widgets.append(Static(Text(printable(meta.subtitle)), classes="subtitle"))
        byline = " · ".join(
            printable(part) for part in (meta.source, meta.date, meta.dateline) if part
        )
        if byline:
            widgets.append(Static(Text(byline), classes="byline"))
        widgets.extend(
            Static(Text(printable(paragraph.text)), classes="paragraph")
            for paragraph in entry.article.paragraphs
        )
        self.mount_all(widgets)
        self.scroll_home(animate=False)
