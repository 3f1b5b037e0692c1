"""What a user types in the search box, as an FTS5 query that cannot be a syntax error.

Understood: words (all must match), "quoted phrases", a trailing ``*`` for a prefix, a
``field:`` before a word or phrase (``speaker:Peskov``, ``source:AFP``, ``place:Kursk``,
``title:``, ``role:``, ``quote:``), and ``-word`` to leave out quotes with that word. Every term
is passed to FTS5 as a quoted string, so a stray quotation mark, hyphen, bracket or operator
word is read as text, never as syntax.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The search box's field names and the FTS5 columns they mean.
FIELDS = {
    "speaker": "speaker",
    "source": "source",
    "place": "place",
    "title": "title",
    "role": "role",
    "quote": "text",
    "text": "text",
}

# A term: an optional minus, an optional field, then a "phrase" (closed or not) or a word.
_TERM = re.compile(
    r"""(?P<minus>-)?
        (?:(?P<field>[A-Za-z]+):)?
        (?:"(?P<phrase>[^"]*)"?|(?P<word>[^\s"]+))""",
    re.VERBOSE,
)


@dataclass(frozen=True, slots=True)
class Term:
    """One thing the user asks for."""

    words: str
    column: str | None = None
    prefix: bool = False
    excluded: bool = False

    def fts(self) -> str:
        """The term as FTS5 syntax, its words always a quoted string."""
        string = '"' + self.words.replace('"', '""') + '"'
        if self.prefix:
            string += " *"
        return f"{self.column} : {string}" if self.column else string


def parse(query: str, typing: bool = False) -> list[Term]:
    """The terms of ``query``. With ``typing`` the last word, still being typed, is a prefix
    (so that ``Pesk`` already finds Peskov)."""
    # SQLite reads a query as a C string: a NUL would end it inside a quoted term.
    query = query.replace("\x00", " ")
    terms: list[Term] = []
    ends_in_space = query[-1:].isspace()
    for match in _TERM.finditer(query):
        field = (match["field"] or "").lower()
        column = FIELDS.get(field)
        words = match["phrase"] if match["phrase"] is not None else match["word"]
        if field and column is None:
            words = f"{match['field']} {words}"  # not a field we know: plain words
        prefix = words.endswith("*")
        words = words.rstrip("*").strip()
        last = match.end() == len(query)
        if typing and last and not ends_in_space and match["phrase"] is None:
            # One letter would match nearly every quote: a prefix from two letters on.
            prefix = prefix or len(words.rstrip("*").strip()) >= 2
        if not re.search(r"\w", words):
            continue  # punctuation alone: nothing FTS5 could match
        terms.append(Term(words, column, prefix, excluded=bool(match["minus"])))
    if not any(not term.excluded for term in terms):
        # FTS5 cannot search for "not X" alone: a lone -word is a word.
        terms = [Term(term.words, term.column, term.prefix) for term in terms]
    return terms


def to_fts(query: str, typing: bool = False) -> str | None:
    """The FTS5 query for ``query``; None when it asks for nothing (show everything)."""
    terms = parse(query, typing)
    if not terms:
        return None
    wanted = " ".join(term.fts() for term in terms if not term.excluded)
    for term in terms:
        if term.excluded:
            wanted = f"({wanted}) NOT {term.fts()}"
    return wanted
