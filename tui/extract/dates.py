"""Dates as news writes them: full dates, weekdays, months with a day or a year, the relative
dates of reporting ("last month", "earlier this month", "Yesterday", "Last week"), years where
they stand as years ("since 1958", "in 2006", "(1932-2010)") and decades ("the 1990s", "the
'80s"). A number that only looks like a year ("2000 people", "$1,958") is no date: a bare year
needs a word before it that takes a time (a preposition, "year"), a range, or brackets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from tui.ingest.dates import DATE_PATTERN

_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter|decade|century)"
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
_YEAR = r"(?:1[0-9]{3}|20[0-9]{2})"
# Words after which a year stands as a time: "since 1958", "in 2006", "the year 1900"; and
# words after which a number may also count something ("of 2000 people").
_BEFORE_A_YEAR = (
    r"(?:in|since|until|till|during|before|after|through|circa|c\.|early|late|mid|year|"
    r"spring|summer|autumn|fall|winter)"
)
_BEFORE_A_YEAR_OR_COUNT = r"(?:by|from|to|of|between|and|or|around)"
_RANGE = rf"{_YEAR}\s*[–-]\s*(?:{_YEAR}|[0-9]{{2}})(?![\d,])"
# A lower-case word after a number that is no word of a clause: the noun the number counts.
_NOUN = (
    r"(?!(?:and|or|but|to|when|as|after|before|until|the|a|an|he|she|it|they|we|i|you|was|"
    r"were|is|in|on|at|by|for|with|through|that|which|who|there|his|her|their|its)\b)[a-z]"
)
_DATES = re.compile(
    r"(?<![\w'’])"
    rf"(?:{DATE_PATTERN}"
    rf"|(?:(?:[Ee]arlier|[Ll]ater|[Ll]ate|[Ee]arly)\s+)?(?:[Tt]his|[Ll]ast|[Nn]ext|[Pp]ast)\s+{_UNIT}"
    rf"|{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|[Yy]esterday|[Tt]oday|[Tt]omorrow|[Tt]onight"
    rf"|{_MONTH}\.?\s+(?:\d{{1,2}}\b|\d{{4}}\b)"
    # Decades: "the 1990s", "the 1990's", "the '80s".
    r"|(?:1[0-9]|20)[0-9]0['’]?s|['’][0-9]0s"
    # Years in ranges or brackets: "1939-1945", "1939–45", "(1958)".
    rf"|{_RANGE}|(?<=\()(?:{_YEAR})(?=\))"
    # A year after a word that takes a time (the word is no part of the date); after one that
    # may take a count too, unless a noun follows as it follows a count ("of 2000 people").
    rf"|(?i:{_BEFORE_A_YEAR})\s+(?P<year>{_RANGE}|{_YEAR}(?![\d,.]\d|\s*%))"
    rf"|{_BEFORE_A_YEAR_OR_COUNT}\s+(?P<counted>{_RANGE}|{_YEAR}(?![\d,.]\d|\s*%|\s+{_NOUN}))"
    r")\b",
)


def find_dates(text: str) -> Iterator[tuple[int, int]]:
    """The ``[start, end)`` spans of the dates in ``text``."""
    for match in _DATES.finditer(text):
        for group in ("year", "counted"):
            if match.group(group):
                yield match.span(group)
                break
        else:
            yield match.span()
