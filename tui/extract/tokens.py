"""One tokenisation of each paragraph, shared by the quote, speaker and entity rules."""

from __future__ import annotations

import re

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., N.H.
    r"|(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|Ft|Mt"
    r"|Pres|Atty|Sec|Supt|Cmdr|Adm|Maj|Cpl|Pvt)\.(?=\s)"
    # The AP's state abbreviations: "Burlington, Vt., said".
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Fla|Ill|Kan|Mass|Mich|Minn|Miss|Mont|Neb|Nev|Okla|Ore"
    r"|Tenn|Vt|Wash|Wis|Wyo)\.(?=[\s,;)])"
    r"|[A-Z]\.(?=\s?[A-Z])"  # an initial: J. Edgar
    r"|\w[\w'’-]*\w(?:[.,]\d+)*|\w"
    r"|\.\.\.|…|--|\S",
    re.UNICODE,
)
# A token with the white space before it: findall hands back plain strings, which is cheaper
# than a match object a token, and the offsets follow from the lengths.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "..."})


class Token:
    """A word or a punctuation mark, with its place in the paragraph's reading text.

    A plain class with slots and its derived forms computed once: tokens are made by the
    hundred thousand, and read far more often than made.
    """

    __slots__ = ("text", "start", "end", "quoted", "sentence", "lower", "capitalised", "is_word")

    def __init__(self, text: str, start: int, end: int, quoted: bool, sentence: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.quoted = quoted  # inside a quotation (marks included)
        self.sentence = sentence  # index of the writer's sentence within the paragraph
        lowered = text.lower()
        self.lower = lowered.replace("’", "'") if "’" in lowered else lowered
        first = text[:1]
        self.capitalised = first.isupper()
        self.is_word = first.isalnum()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


def tokenise(text: str, quoted: list[tuple[int, int]]) -> list[Token]:
    """The tokens of ``text``; ``quoted`` are the ``[open, close]`` mark positions of its quotes.

    A quotation, marks included, is one token: the rules read the writer's words around
    quotes, never the words inside them, and quotes are much of a news paragraph. Sentences
    are split only at end punctuation outside quotations, so a quote and the words that
    attribute it stay in one sentence.
    """
    tokens: list[Token] = []
    append = tokens.append
    sentence = 0
    pending_end = False
    position = 0
    for quote_start, quote_end in (*quoted, (len(text), len(text))):
        offset = position
        for gap, word in _SPACED_TOKEN.findall(text, position, quote_start):
            start = offset + len(gap)
            offset = start + len(word)
            if pending_end:
                first = word[0]
                if first.isupper() or first.isdigit():
                    sentence += 1
                    pending_end = False
                elif first.isalnum():
                    pending_end = False
            if word in _SENTENCE_ENDS:
                pending_end = True
            append(Token(word, start, offset, False, sentence))
        if quote_start >= len(text):
            break
        if pending_end:
            sentence += 1
            pending_end = False
        end = min(len(text), quote_end + 1)
        append(Token(text[quote_start:end], quote_start, end, True, sentence))
        position = end
    return tokens


_NO_QUOTE = (1 << 62, 1 << 62)
