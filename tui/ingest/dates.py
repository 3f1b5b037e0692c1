"""Recognising the publication dates that bylines carry, and writing them as ISO dates."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}

_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"
)

# "February 28, 2025", "Feb. 28 2025", "28 February 2025", "2025-02-28"
DATE_PATTERN = (
    rf"(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y1>\d{{4}})"
    rf"|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}),?\s+(?P<y2>\d{{4}})"
    r"|(?P<y3>\d{4})-(?P<m3>\d{2})-(?P<d3>\d{2}))"
)
_DATE = re.compile(DATE_PATTERN, re.IGNORECASE)


def iso_date(match: re.Match[str]) -> str | None:
    """The ISO date that a ``DATE_PATTERN`` match names, or None if it is no real day."""
    groups = match.groupdict()
    try:
        if groups.get("y1"):
            day = date(int(groups["y1"]), _month(groups["m1"]), int(groups["d1"]))
        elif groups.get("y2"):
            day = date(int(groups["y2"]), _month(groups["m2"]), int(groups["d2"]))
        else:
            day = date(int(groups["y3"]), int(groups["m3"]), int(groups["d3"]))
    except (ValueError, KeyError, TypeError):
        return None
    return day.isoformat()


def parse_date(text: str) -> str | None:
    """The ISO form of the first date written in ``text``, if any."""
    match = _DATE.search(text)
    return iso_date(match) if match else None


def _month(name: str) -> int:
    return MONTHS[name.rstrip(".").lower()]
