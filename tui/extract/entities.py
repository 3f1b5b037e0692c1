"""People, organisations, places and dates, each mention a span into the file's text.

Capitalised runs are read once per block. A run is a person when the article's registry of
people knows it, a place when the gazetteer does (the longest known stretch wins: "Saudi
Arabia", not "Arabia"), an organisation when it is headed by an organisation word ("State
Department", "Kremlin") or is an acronym that is no place ("FSB", "AFP"). A capitalised word
that opens a sentence and is none of these is not a name. Dates are read by pattern: full dates,
weekdays, and the relative dates news is written in ("last month", "earlier this month").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from tui.extract.lexicon import NOT_NAMES, ORGANISATION_HEADS, ROLE_MODIFIERS, ROLE_NOUNS, TITLES
from tui.extract.people import Registry, is_demonym, plain
from tui.extract.places import Place, lookup
from tui.ingest.dates import DATE_PATTERN
from tui.model import Block, Entity

_RUN = re.compile(
    r"(?<![\w'’.-])(?:[A-Z][\w'’.&-]*|[A-Z]\.(?:[A-Z]\.)+)"
    r"(?:[ \t]+(?:(?:of|the|de|al|bin|van|von|for|and)[ \t]+)?(?:[A-Z][\w'’.&-]*))*"
)
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_UNIT = r"(?:week|month|year|weekend|spring|summer|autumn|fall|winter|decade|century)"
_DATES = re.compile(
    rf"\b(?:{DATE_PATTERN}"
    rf"|(?:(?:earlier|later|late|early)\s+)?(?:this|last|next|past)\s+{_UNIT}"
    rf"|{_WEEKDAY}(?:\s+(?:morning|afternoon|evening|night))?"
    r"|(?:yesterday|today|tomorrow|tonight)"
    r"|(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?\s+(?:\d{1,2}\b|\d{4}\b)"
    r"|(?<=\bin\s)(?:19|20)\d\d)\b",
)
# Words that name no place even when the gazetteer has a town of that name.
_NOT_PLACES = frozenset("president governor mayor march may june".split())
# Small places the gazetteer knows whose names are more often ordinary capitalised words.
_MIN_CITY_FOR_ONE_WORD = 150_000


@dataclass(frozen=True, slots=True)
class Located:
    """A block of reading text and, for body paragraphs, its number from 1."""

    block: Block
    paragraph: int | None


def find_entities(blocks: list[Located], registry: Registry) -> list[Entity]:
    """Every entity mention in ``blocks``, in reading order, without overlaps."""
    entities: list[Entity] = []
    for located in blocks:
        found = [*_names(located.block.text, registry), *_dates(located.block.text)]
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        last_end = -1
        for start, end, label, key in found:
            if start < last_end:
                continue
            span = located.block.source_span(start, end)
            entities.append(Entity(located.block.text[start:end], label, span, key))
            last_end = end
    return entities


def _dates(text: str) -> Iterator[tuple[int, int, str, str]]:
    for match in _DATES.finditer(text):
        yield match.start(), match.end(), "date", match.group()


def _names(text: str, registry: Registry) -> Iterator[tuple[int, int, str, str]]:
    """People, places and organisations in the capitalised runs of ``text``."""
    for match in _RUN.finditer(text):
        words = match.group().split()
        offsets = _word_offsets(text, match.start(), words)
        words, offsets = _split_compounds(words, offsets)
        opens_sentence = _opens_sentence(text, match.start())
        yield from _classify(words, offsets, registry, opens_sentence)


def _classify(
    words: list[str],
    offsets: list[int],
    registry: Registry,
    opens_sentence: bool,
) -> Iterator[tuple[int, int, str, str]]:
    """Split a run into the entities it holds, longest known stretches first."""
    index = 0
    while index < len(words):
        found = _longest(words, index, registry, opens_sentence and index == 0)
        if found is None:
            index += 1
            continue
        length, label, key = found
        last = index + length - 1
        end = offsets[last] + len(_trimmed(words[last]))
        yield offsets[index], end, label, key
        index += length


def _longest(
    words: list[str], index: int, registry: Registry, at_sentence_start: bool
) -> tuple[int, str, str] | None:
    for length in range(min(len(words) - index, 6), 0, -1):
        stretch = [_trimmed(word) for word in words[index : index + length]]
        if stretch[0].lower() in ("of", "the", "and", "for") or stretch[-1].lower() in (
            "of",
            "the",
            "and",
            "for",
        ):
            continue
        found = _known(stretch, registry, at_sentence_start)
        if found is not None:
            return length, *found
    return None


def _known(words: list[str], registry: Registry, at_sentence_start: bool) -> tuple[str, str] | None:
    """The label and key of a stretch of capitalised words, if it is a known entity."""
    name = " ".join(words)
    bare = [plain(word) for word in words]
    lowered = [word.lower() for word in bare]
    if lowered[0] in TITLES or all(word in ROLE_NOUNS or word in ROLE_MODIFIERS for word in lowered):
        return None
    person = registry.find(bare)
    if person is not None and person.kind == "person" and len(bare) <= len(person.words):
        return "person", person.name
    place = _place(" ".join(bare), len(bare))
    if place is not None:
        return "place", place.canonical
    if any(word in ORGANISATION_HEADS for word in lowered) and not (
        len(words) == 1 and at_sentence_start and lowered[0] in NOT_NAMES
    ):
        if lowered[-1] in ORGANISATION_HEADS or len(words) == 1:
            return "organisation", " ".join(bare)
    if len(words) == 1 and _ACRONYM.match(bare[0]) and not is_demonym(bare[0]):
        return "organisation", bare[0]
    if is_demonym(name):
        return None
    return None


def _place(name: str, words: int) -> Place | None:
    """The place ``name`` most likely stands for, ignoring small towns with common names."""
    if name.lower() in _NOT_PLACES:
        return None
    for place in lookup(name):
        if (
            place.kind != "city"
            or words > 1
            or place.regional
            or place.capital
            or place.population >= _MIN_CITY_FOR_ONE_WORD
        ):
            return place
    return None


def _split_compounds(words: list[str], offsets: list[int]) -> tuple[list[str], list[int]]:
    """"Russia-US" is two places: split words joined by hyphens between capitals."""
    split_words: list[str] = []
    split_offsets: list[int] = []
    for word, offset in zip(words, offsets, strict=True):
        parts = word.split("-")
        if len(parts) > 1 and all(part[:1].isupper() for part in parts):
            for part in parts:
                split_words.append(part)
                split_offsets.append(offset)
                offset += len(part) + 1
        else:
            split_words.append(word)
            split_offsets.append(offset)
    return split_words, split_offsets


def _word_offsets(text: str, start: int, words: list[str]) -> list[int]:
    offsets: list[int] = []
    position = start
    for word in words:
        position = text.index(word, position)
        offsets.append(position)
        position += len(word)
    return offsets


def _trimmed(word: str) -> str:
    """A word without the punctuation that may close it in a run ("Moscow's" keeps its 's)."""
    stripped = word.rstrip(".,;:'’")
    if word.endswith(".") and len(stripped) <= 2:
        return word  # an initial or an abbreviation keeps its period
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return stripped


def _opens_sentence(text: str, position: int) -> bool:
    before = text[:position].rstrip()
    return not before or before[-1] in ".!?:\"“”"
