"""Territories: the regions and countries an article says are held, taken or fought over.

A place is at stake when it is a region (a first-level region, or a city named with "region"
after it), or when a sentence says someone controls, occupies, seizes, annexes, captures,
holds, liberates or claims it. From such a sentence come the holder (the subject: a country,
its capital or its forces, "Russian forces" and "Moscow" standing for Russia) and how much is
held ("most", "parts", "hundreds of square kilometres").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tui.extract.people import demonym_place
from tui.extract.places import Place, country_name, lookup
from tui.model import Territory

_CONTROL = re.compile(
    r"\b(?:control(?:s|led|ling)?|occup(?:y|ies|ied|ying)|seiz(?:e|es|ed|ing)|seized"
    r"|annex(?:es|ed|ing)?|captur(?:e|es|ed|ing)|recaptur(?:e|es|ed|ing)|hold(?:s|ing)?|held"
    r"|liberat(?:e|es|ed|ing)|claim(?:s|ed|ing)?|retak(?:e|es|en|ing)|retook|took|taken)\b"
)
_EXTENT = re.compile(
    r"\b((?:(?:hundreds|thousands|dozens|tens)\s+of\s+|[\d,.]+\s+)?square\s+(?:kilomet(?:re|er)s|"
    r"miles|km)|most|all|much|large\s+parts|parts|part|some|swaths|swathes|a\s+third|half"
    r"|a\s+quarter|a\s+fifth|a\s+sliver)\s+of\b"
)
_CLAUSE_END = re.compile(r"[.;!?]\s|$")
_REGION_WORD = re.compile(r"^\s*(?:regions?|oblasts?|provinces?|territor(?:y|ies))\b", re.I)
_HOLDER = re.compile(r"[A-Z][\w'’-]*")
_OBJECT_WORD = re.compile(r"[\w'’-]+|[^\w\s]")
_JOINING_WORDS = frozenset(
    """
    of the and but only also most all much large parts part some swaths swathes a third half
    quarter fifth sliver hundreds thousands dozens tens square kilometres kilometers km miles
    region regions oblast oblasts province provinces territory territories entire whole
    """.split()
)


@dataclass(frozen=True, slots=True)
class PlaceMention:
    """A place named in a body paragraph: where, as written, and what it is."""

    paragraph: int
    start: int
    end: int
    text: str
    place: Place
    span: tuple[int, int]


@dataclass
class _Stake:
    """What the article says of one territory, gathered over its mentions."""

    name: str
    place: Place
    kind: str
    held_by: str | None = None
    extent: str | None = None
    mentions: int = 0
    spans: list[tuple[int, int]] | None = None


def find_territories(texts: list[str], places: list[PlaceMention]) -> list[Territory]:
    """The territories at stake in the paragraphs ``texts`` whose places are ``places``."""
    stakes: dict[tuple[str, str], _Stake] = {}
    statements = _statements(texts, places)
    for mention in places:
        key = (mention.place.canonical, mention.place.country)
        place = mention.place
        statement = statements.get((mention.paragraph, mention.start))
        region_named = bool(_REGION_WORD.match(texts[mention.paragraph][mention.end :]))
        at_stake = statement is not None or place.kind == "region" or region_named
        if not place.country or not at_stake and key not in stakes:
            continue
        stake = stakes.get(key)
        if stake is None:
            stake = stakes[key] = _Stake(mention.text, place, _kind(place, statement, region_named))
            stake.spans = []
        stake.mentions += 1
        stake.spans.append(mention.span)
        if region_named and stake.kind == "city":
            stake.kind = "region"
        if statement is not None and stake.held_by is None:
            stake.held_by, stake.extent = statement
    return [
        Territory(
            name=stake.name,
            kind=stake.kind,
            country=country_name(stake.place.country),
            held_by=stake.held_by,
            extent=stake.extent,
            mentions=stake.mentions,
            spans=tuple(stake.spans or ()),
        )
        for stake in stakes.values()
        if stake.kind != "city" or stake.held_by
    ]


def _kind(place: Place, statement: tuple[str | None, str | None] | None, region_named: bool) -> str:
    """A city taken or held, or named with "region", stands for the region it names."""
    if place.kind == "city" and (region_named or (statement is not None and place.regional)):
        return "region"
    return place.kind


def _statements(
    texts: list[str], places: list[PlaceMention]
) -> dict[tuple[int, int], tuple[str | None, str | None]]:
    """For each place that is the object of a control verb: its holder and the extent."""
    found: dict[tuple[int, int], tuple[str | None, str | None]] = {}
    by_paragraph: dict[int, list[PlaceMention]] = {}
    for mention in places:
        by_paragraph.setdefault(mention.paragraph, []).append(mention)
    for paragraph, mentions in by_paragraph.items():
        text = texts[paragraph]
        for verb in _CONTROL.finditer(text):
            clause_start = _clause_start(text, verb.start())
            clause_end = _CLAUSE_END.search(text, verb.end()).start()
            holder = _holder(text[clause_start : verb.start()], mentions, clause_start)
            extent = None
            reach = _object_reach(text, verb.end(), clause_end, mentions)
            for mention in mentions:
                if not verb.end() <= mention.start < reach:
                    continue
                if text[mention.end : mention.end + 2] in ("'s", "’s"):
                    continue  # "Russia's Kursk region": the country, not the territory
                between = text[verb.end() : mention.start]
                extents = list(_EXTENT.finditer(between))
                if extents:
                    extent = re.sub(r"\s+", " ", extents[-1].group(1))
                found[(paragraph, mention.start)] = (holder, extent)
    return found


def _object_reach(text: str, start: int, end: int, mentions: list[PlaceMention]) -> int:
    """How far a control verb's objects run: over place names and the words that join them
    ("most of the Donetsk and Lugansk region but only parts of Zaporizhzhia"), up to the first
    other word ("in northeast Ukraine", "as part of a deal")."""
    names = {(mention.start, mention.end) for mention in mentions}
    position = start
    for word in _OBJECT_WORD.finditer(text, start, end):
        if any(begin <= word.start() < finish for begin, finish in names):
            position = word.end()
            continue
        if word.group().lower().removesuffix("'s").removesuffix("’s") not in _JOINING_WORDS:
            return word.start()
        position = word.end()
    return max(position, end)


def _clause_start(text: str, position: int) -> int:
    """Where the clause holding ``position`` begins: after the last sentence end or semicolon,
    or after " and " when a new subject and verb follow it."""
    start = 0
    for match in re.finditer(r"[.;!?]\s+|\band\s+(?=[A-Z])", text[:position]):
        start = match.end()
    return start


def _holder(clause: str, mentions: list[PlaceMention], offset: int) -> str | None:
    """The country the subject of a control verb stands for: a country, its capital, a region
    of it, or its people or forces (a demonym)."""
    for word in reversed(_HOLDER.findall(clause)):
        place = demonym_place(word)
        if place is None:
            places = lookup(word.removesuffix("'s").removesuffix("’s"))
            place = places[0] if places else None
        if place is not None and place.country:
            return country_name(place.country) or place.canonical
    return None
