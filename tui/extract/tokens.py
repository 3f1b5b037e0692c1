"""One tokenisation of each paragraph, shared by the quote, speaker and entity rules."""

from __future__ import annotations

import re
from dataclasses import dataclass

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., N.H.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|Ft|Mt|Gov|Pres|Atty|Sec|Supt|Cmdr|Adm|Maj|Cpl|Pvt)\.(?=\s)"
    r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: J. Edgar
    r"|\w[\w'’-]*\w(?:[.,]\d+)*|\w"
    r"|\.\.\.|…|--|\S",
    re.UNICODE,
)
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "..."})


@dataclass(frozen=True, slots=True)
class Token:
    """A word or a punctuation mark, with its place in the paragraph's reading text."""

    text: str
    start: int
    end: int
    quoted: bool  # inside a quotation (marks included)
    sentence: int  # index of the writer's sentence within the paragraph

    @property
    def lower(self) -> str:
        """The token in lower case, with a typographic apostrophe made plain."""
        return self.text.lower().replace("’", "'")

    @property
    def capitalised(self) -> bool:
        """Whether the token is a word that starts with a capital letter."""
        return self.text[:1].isupper()

    @property
    def is_word(self) -> bool:
        """Whether the token is a word rather than punctuation."""
        return self.text[:1].isalnum()


def tokenise(text: str, quoted: list[tuple[int, int]]) -> list[Token]:
    """The tokens of ``text``; ``quoted`` are the ``[open, close]`` mark positions of its quotes.

    Sentences are split only at end punctuation outside quotations, so a quote and the words
    that attribute it stay in one sentence.
    """
    tokens: list[Token] = []
    sentence = 0
    quote_index = 0
    pending_end = False
    for match in _TOKEN.finditer(text):
        start, end = match.span()
        while quote_index < len(quoted) and quoted[quote_index][1] < start:
            quote_index += 1
        inside = (
            quote_index < len(quoted) and quoted[quote_index][0] <= start <= quoted[quote_index][1]
        )
        word = match.group()
        if pending_end and (inside or word[:1].isupper() or word[:1].isdigit()):
            sentence += 1
        if pending_end and (inside or word[:1].isalnum()):
            pending_end = False
        if not inside and word in _SENTENCE_ENDS:
            pending_end = True
        tokens.append(Token(word, start, end, inside, sentence))
    return tokens
