"""The side panels: who is quoted, and which places are at stake."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from tui.messages import SpeakerChosen, TerritoryChosen
from tui.model import Extraction
from tui.reading import SPEAKER_COLOURS
from tui.textsafe import one_line

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


class SpeakersPanel(OptionList):
    """Each speaker in their colour, with role and number of quotes; choosing one limits the
    quote walk to them."""

    BORDER_TITLE = "Speakers"

    def show(self, extraction: Extraction) -> None:
        """List the speakers of ``extraction``."""
        self.clear_options()
        for number, speaker in enumerate(extraction.speakers):
            row = Text("● ", style=SPEAKER_HEX[number % SPEAKER_COLOURS])
            row.append(one_line(speaker.name), style="bold")
            row.append(f"  {speaker.quotes}", style="dim")
            if speaker.role:
                row.append("\n  " + one_line(speaker.role), style="italic dim")
            self.add_option(Option(row))
        if not extraction.speakers:
            self.add_option(Option(Text("No one is quoted.", style="dim"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(SpeakerChosen(event.option_index))


class TerritoriesPanel(OptionList):
    """Each place at stake with its kind, country, and holder where the article says."""

    BORDER_TITLE = "Territories"

    def show(self, extraction: Extraction) -> None:
        """List the territories of ``extraction``."""
        self.clear_options()
        for territory in extraction.territories:
            row = Text(one_line(territory.name), style="bold")
            where = ", ".join(part for part in (territory.kind, territory.country) if part)
            row.append(f"  {where}", style="dim")
            if territory.held_by:
                held = f"held by {territory.held_by}"
                if territory.extent:
                    held += f" ({territory.extent})"
                row.append("\n  " + one_line(held), style="italic")
            self.add_option(Option(row))
        if not extraction.territories:
            self.add_option(Option(Text("No places at stake.", style="dim"), disabled=True))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.post_message(TerritoryChosen(event.option_index))
