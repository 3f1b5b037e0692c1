"""The reader's settings: the choices a user makes once, kept with the rest of its state (the
theme and the citation style, kept since before, are read where they are used).

Each setting has a name in the state file, a default and the values it may take; a value read
back that is not one of them (an old or hand-edited file) gives the default, so a bad state file
never stops the reader.
"""

from __future__ import annotations

from dataclasses import dataclass

from tui.state import StateStore

# Reading measures, in characters a line (0: the whole width of the pane). Typographers keep a
# line under about 100 characters; 100 is the default for people who read all day.
READING_WIDTHS = (72, 88, 100, 120, 0)
DEFAULT_READING_WIDTH = 100


@dataclass(frozen=True, slots=True)
class Settings:
    """The reader's lasting choices, as read from the state file."""

    reading_width: int = DEFAULT_READING_WIDTH
    # Show copied text in a dialog every time no clipboard tool confirms the copy.
    confirm_copies: bool = False
    show_entities: bool = True

    @classmethod
    def read(cls, state: StateStore) -> Settings:
        """The settings kept in ``state``, defaults where none or bad."""
        default = cls()
        width = state.get("reading_width")
        confirm = state.get("confirm_copies")
        entities = state.get("show_entities")
        return cls(
            reading_width=width
            if isinstance(width, int) and not isinstance(width, bool) and width in READING_WIDTHS
            else default.reading_width,
            confirm_copies=confirm if isinstance(confirm, bool) else default.confirm_copies,
            show_entities=entities if isinstance(entities, bool) else default.show_entities,
        )


def describe_width(width: int) -> str:
    """A reading width as the settings screen names it."""
    return "the whole pane" if width == 0 else f"{width} characters"
