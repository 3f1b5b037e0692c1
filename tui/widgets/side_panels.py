"""The side panels: who is quoted, and which places are at stake."""

from __future__ import annotations

from rich.style import Style
from rich.text import Text
from textual.binding import Binding

from tui.messages import QuotesAcrossLibrary, SpeakerChosen, TerritoryChosen
from tui.model import Extraction, Speaker, Territory
from tui.reading import SPEAKER_COLOURS
from tui.textsafe import one_line
from tui.widgets.row_list import RowList

# Readable on dark and light backgrounds alike; the reading pane's TCSS uses the same colours.
SPEAKER_HEX = (
    "#d7263d",
    "#1b6ca8",
    "#2a9d3f",
    "#8e44ad",
    "#d35400",
    "#008b8b",
    "#b8860b",
    "#c2185b",
)
assert len(SPEAKER_HEX) == SPEAKER_COLOURS


class SpeakersPanel(RowList):
    """Each speaker in their colour, with role and number of quotes; choosing one limits the
    quote walk to them."""

    BORDER_TITLE = "Speakers"
    WRAP = True
    BINDINGS = [Binding("L", "across_library", "Across library")]

    def __init__(self, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.speakers: tuple[Speaker, ...] = ()

    def show(self, extraction: Extraction) -> None:
        """List the speakers of ``extraction``."""
        self.speakers = extraction.speakers
        self.set_rows([2 if speaker.role else 1 for speaker in self.speakers])

    def placeholder(self) -> str:
        return "No one is quoted."

    def chosen(self, number: int) -> None:
        self.post_message(SpeakerChosen(number))

    def action_across_library(self) -> None:
        """The highlighted speaker's quotes in every article of the library, newest first."""
        if self.highlighted is not None and self.highlighted < len(self.speakers):
            name = self.speakers[self.highlighted].name
            self.post_message(QuotesAcrossLibrary(f"speaker:{field_value(name)}"))

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        speaker = self.speakers[number]
        colour = Style.parse(SPEAKER_HEX[number % SPEAKER_COLOURS])
        # Under the cursor only the dot keeps the colour: coloured words on the cursor's
        # background would be hard to read.
        words = Style() if cursor else colour
        # Styles as spans: rendering drops a Text's own style on a line with no other span.
        name = Text.assemble(
            ("● ", style + colour),
            (one_line(speaker.name), style + words + Style(bold=True)),
            (f"  {speaker.quotes}", detail),
        )
        if not speaker.role:
            return [name]
        role = Text.assemble(("  " + one_line(speaker.role), detail + words + Style(italic=True)))
        return [name, role]


class TerritoriesPanel(RowList):
    """Each place at stake with its kind, country, and holder where the article says."""

    BORDER_TITLE = "Territories"
    WRAP = True
    BINDINGS = [Binding("L", "across_library", "Across library")]

    def __init__(self, id: str | None = None) -> None:  # noqa: A002 - Textual's name
        super().__init__(id=id)
        self.territories: tuple[Territory, ...] = ()

    def show(self, extraction: Extraction) -> None:
        """List the territories of ``extraction``."""
        self.territories = extraction.territories
        self.set_rows([2 if territory.held_by else 1 for territory in self.territories])

    def placeholder(self) -> str:
        return "No places at stake."

    def chosen(self, number: int) -> None:
        self.post_message(TerritoryChosen(number))

    def action_across_library(self) -> None:
        """The quotes of every article of the library about the highlighted place."""
        if self.highlighted is not None and self.highlighted < len(self.territories):
            name = self.territories[self.highlighted].name
            self.post_message(QuotesAcrossLibrary(f"place:{field_value(name)}"))

    def row_lines(self, number: int, style: Style, detail: Style, cursor: bool) -> list[Text]:
        territory = self.territories[number]
        where = ", ".join(part for part in (territory.kind, territory.country) if part)
        line = Text.assemble(
            (one_line(territory.name), style + Style(bold=True)), (f"  {where}", detail)
        )
        if not territory.held_by:
            return [line]
        held = f"held by {territory.held_by}"
        if territory.extent:
            held += f" ({territory.extent})"
        return [line, Text.assemble(("  " + one_line(held), style + Style(italic=True)))]


def field_value(name: str) -> str:
    """``name`` as the search box's field value: a phrase in quotation marks."""
    return '"' + name.replace('"', " ") + '"'
