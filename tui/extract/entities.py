"""People, organisations, places and dates, each mention a span into the file's text.

Capitalised runs are read once per block. A run is a person when the article's registry of
people knows it, a place when the gazetteer does (the longest known stretch wins: "Saudi
Arabia", not "Arabia"), an organisation when it is headed by an organisation word ("State
Department", "Kremlin") or is an acronym that is no place ("FSB", "AFP"). A capitalised word
that opens a sentence and is none of these is not a name. Dates are read by pattern
(``tui.extract.dates``). Where the statistical model read a sentence (``tui.extract.ner``), its
names are merged with these.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from operator import itemgetter
from sys import maxsize

from tui.extract.abbreviations import common_terms
from tui.extract.dates import find_dates
from tui.extract.lexicon import (
    COMPANY_ENDINGS,
    FEMALE_NAMES,
    MALE_NAMES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    TITLES,
)
from tui.extract.ner import merge
from tui.extract.people import (
    Registry,
    capital_runs,
    ends_as_a_company,
    is_demonym,
    is_organisation,
    lower_plain,
    plain,
    singular,
)
from tui.extract.places import Place, lookup
from tui.extract.territories import PlaceMention
from tui.extract.tokens import Tokens
from tui.model import Block, Entity

# Capitalised runs inside a quotation, whose words are not tokenised one by one.
_QUOTED_RUN = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.&-]*(?:[ \t]+[A-Z][\w'’.&-]*)*")
_LONGEST = 5
_PLACE_PREPOSITIONS = frozenset(
    "in to from into near across outside inside throughout".split()
)  # words in the longest name looked up ("Democratic Republic of the Congo")
# Nouns after which "of X" names a place, and nouns that make the name before them one.
_OF_A_PLACE = frozenset(
    "king queen emir president government people citizens capital embassy north south east "
    "west border borders parts rest state city province region republic kingdom".split()
)
_PLACE_NOUNS = frozenset("state city county province region capital".split())
# Nouns for a country as a state, capitalised in speeches and proclamations ("our Nation"),
# and the words that make such a noun name one ("the Union", "this State").
_POLITIES = frozenset("nation state republic union empire kingdom commonwealth".split())
_DETERMINERS = frozenset("the this our your their his her my".split())
_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
# Words before a name that put it where a place stands, and a name after a comma.
_LOCATIVE = re.compile(r"\b(?:in|near)\s+\Z")
_COMMA_NAME = re.compile(r", ([A-Z][\w'’-]+)")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th) ")
# How near a place must stand to another to be listed with it ("Georgia and Ukraine").
_LIST_REACH = 12
# A city and a comma right before a place name: "Atlanta, " in "Atlanta, Georgia".
_CITY_BEFORE = re.compile(r"([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*),\s*\Z")
# How many characters before a place name that city and comma are looked for in.
_CITY_REACH = 100
# Words that name no place even when the gazetteer has a town, or a region abroad, of that name.
_NOT_PLACES = frozenset(
    "president governor mayor march may june center centre bay unity values delta bar".split()
)
# One-word place names that are more often a name particle or a word of direction.
_AMBIGUOUS_ONE_WORD = frozenset(
    "van von de la le del north south east west northern southern eastern western central "
    "upper lower new old".split()
)
# Small places the gazetteer knows whose names are more often ordinary capitalised words.
_MIN_CITY_FOR_ONE_WORD = 150_000


@dataclass(frozen=True, slots=True)
class Located:
    """A block of reading text and, for body paragraphs, its number from 1."""

    block: Block
    paragraph: int | None


def find_entities(
    blocks: list[Located], tokens: list[Tokens], registry: Registry
) -> tuple[list[Entity], list[PlaceMention]]:
    """Every entity mention in ``blocks`` (whose tokens are ``tokens``), in reading order,
    without overlaps; and the places named in body paragraphs, for the territories."""
    entities: list[Entity] = []
    places: list[PlaceMention] = []
    known: _Known = {}
    terms = _terms([located.block.text for located in blocks], registry)
    for number, (located, block_tokens) in enumerate(zip(blocks, tokens, strict=True)):
        text = located.block.text
        paragraph = located.paragraph
        runs = registry.runs[paragraph - 1] if paragraph is not None else capital_runs(block_tokens)
        found = [*_names(text, block_tokens, runs, registry, known), *_dates(text)]
        if registry.model is not None:
            model = registry.model
            spans = _located(
                text,
                [
                    span
                    for span in model.spans[number]
                    if span[2] != "person" or _person_shaped(text, span[0], span[1], registry)
                ],
            )
            found = merge(found, spans, model.read[number], text)
        if paragraph is None:
            # A headline capitalises every word, so one that ends companies' names ("Could
            # Address Clean Energy") is no sign of a company there.
            found = [item for item in found if not _a_company_only(item)]
        found = [piece for item in found for piece in _after_a_place(item)]
        found.sort(key=lambda item: (item[0], -(item[1] - item[0])))
        last_end = -1
        for start, end, label, key, place in found:
            if start < last_end:
                continue
            span = located.block.source_span(start, end)
            written = text[start:end]
            if label == "organisation":
                if written in terms:
                    continue
                key = registry.long_forms.get(written, key)  # "KCNA" is its long form
            entities.append(Entity(written, label, span, key))
            if place is not None and located.paragraph is not None:
                places.append(PlaceMention(located.paragraph - 1, start, end, written, place, span))
            last_end = end
    body = [located.block.text for located in blocks if located.paragraph is not None]
    places = _fit_to_context(places, body)
    guessed = _keyed_alone(places)
    if guessed:
        # The model's place, if it reads one there, stays a place: of no country we know.
        kept = {
            mention.span
            for mention in guessed
            if registry.model is not None
            and registry.model.paragraph_label(mention.paragraph, mention.start, mention.end)
            == "place"
        }
        dropped = {mention.span for mention in guessed} - kept
        entities = [
            Entity(entity.text, entity.label, entity.span, entity.text)
            if entity.span in kept
            else entity
            for entity in entities
            if entity.span not in dropped
        ]
        places = [mention for mention in places if mention not in guessed]
    astray = {mention.span for mention in _regions_astray(places, registry.common_words)}
    if astray:
        entities = [entity for entity in entities if entity.span not in astray]
        places = [mention for mention in places if mention.span not in astray]
    return entities, places


def _located(text: str, spans: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The model's names with those it reads as people where a place stands made places: "born
    in Exeter", "near Ellon", "Aberdeen, Scotland", and the county after a town ("Exeter,
    Devon"). The model knows small towns too, but in a short stretch it often takes one for
    a person; the rules' people (the registry) are not its to change."""
    located: list[tuple[int, int, str]] = []
    town_ends = -1  # where a place after "in" ends: "in Exeter, Devon" names its county next
    for start, end, label in spans:
        after_in = _LOCATIVE.search(text, max(0, start - 8), start) is not None
        if label == "person" and not text.startswith(("'s", "’s"), end):
            after = _COMMA_NAME.match(text, end)
            if (
                after_in
                or (after and any(place.kind != "city" for place in lookup(after.group(1))))
                or (town_ends == start - 2 and text.startswith(", ", town_ends))
            ):
                label = "place"
        if label == "place" and after_in:
            town_ends = end
        located.append((start, end, label))
    return located


def _person_shaped(text: str, start: int, end: int, registry: Registry) -> bool:
    """Whether a name the model reads as a person's may be one: not a name the article
    defines as a thing ("Stardust is a NASA space capsule"), none with a digit ("COVID-19")
    but an ordinal ("2nd Earl of Clare"),
    none opening with a common noun the article writes in lower case ("Cyclone Phailin",
    unless it is a given name too: "Bill Clinton"), no plural after "the" ("the
    Paralympics")."""
    name = text[start:end]
    words = name.split()
    first = words[0].lower()
    return not (
        name.lower() in registry.things
        or (any(character.isdigit() for character in name) and not _ORDINAL.match(name))
        or (len(words) > 1 and first in registry.common_words and first not in _GIVEN_NAMES)
        or (
            len(words) == 1 and text.endswith(("the ", "The "), 0, start) and singular(name) != name
        )
    )


def _regions_astray(places: list[PlaceMention], common_words: set[str]) -> list[PlaceMention]:
    """Regions read from names the story gives no reason to take for them: a region of a
    country the article neither names nor places anything else in, when the story is about
    another, and whose name may well mean something else - a place elsewhere, a word the
    article writes in lower case, a dateline in capitals ("Manchester" in Jamaica, "Center" in
    North Macedonia, in a story about Iowa). "Crimea" alone stays Crimea."""
    named: dict[str, set[str]] = {}
    for mention in places:
        named.setdefault(mention.place.country, set()).add(mention.place.canonical)
    if not named:
        return []
    counts = Counter(mention.place.country for mention in places)
    home = counts.most_common(1)[0][0]
    present = {
        country
        for country, names in named.items()
        if len(names) > 1
        or country == home
        or any(other.place.kind == "country" and other.place.country == country for other in places)
    }
    return [
        mention
        for mention in places
        if mention.place.kind == "region"
        and mention.place.country not in present
        and (
            (mention.text.isupper() and "." not in mention.text)  # not "N.H."
            or mention.text.lower() in common_words
            or len({place.country for place in lookup(mention.place.canonical)}) > 1
        )
    ]


def _keyed_alone(places: list[PlaceMention]) -> list[PlaceMention]:
    """Places found only by their names' transliteration key ("Kharkov" for Kharkiv) that the
    story does not bear out: no other place of that country and not the country itself. Words
    whose consonants happen to match a place's are no evidence: "near Bourke" in an Australian
    story is no Borkou in Chad, "Marion" no Mauren in Liechtenstein."""
    keyed = [mention for mention in places if not lookup(mention.text)]
    return [
        mention
        for mention in keyed
        if not any(
            other.place.country == mention.place.country
            and (other.place.kind == "country" or other.place.canonical != mention.place.canonical)
            for other in places
        )
    ]


def _a_company_only(found: _Found) -> bool:
    """Whether an entity is an organisation only by the word its name ends with."""
    _, _, label, key, _ = found
    words = key.split()
    return (
        label == "organisation"
        and ends_as_a_company(words)
        and not any(lower_plain(word) in ORGANISATION_HEADS for word in words)
    )


def _alike(place: Place, listed: list[Place]) -> int:
    """How many of the places listed beside a name read as ``place`` would: countries beside a
    country, regions and cities of its country beside a region."""
    if place.kind == "country":
        return sum(other.kind == "country" for other in listed)
    return sum(other.kind != "country" and other.country == place.country for other in listed)


def _fit_to_context(places: list[PlaceMention], texts: list[str]) -> list[PlaceMention]:
    """Give a name that is a country in one place and a region in another (Georgia) the meaning
    its context shows: the city written before it ("Atlanta, Georgia"), else the places listed
    beside it ("Cyprus, Georgia, India"; "Virginia, Georgia, Arkansas"), else the country most
    of the article's other places are in (Iowa and Ohio make Georgia the US state)."""
    choices: dict[str, list[Place]] = {}
    for mention in places:
        name = mention.place.canonical
        if name not in choices:
            meanings = [place for place in lookup(name) if place.kind != "city"]
            choices[name] = meanings if len({place.country for place in meanings}) > 1 else []
    around = Counter(
        mention.place.country for mention in places if not choices[mention.place.canonical]
    )
    # Each paragraph's places of one meaning by where they end and where they start: those
    # listed beside a name are found by halving, not by reading every place of the article
    # again for each name.
    ends: dict[int, list[tuple[int, int]]] = {}
    starts: dict[int, list[tuple[int, int]]] = {}
    for number, other in enumerate(places):
        if not choices[other.place.canonical]:
            ends.setdefault(other.paragraph, []).append((other.end, number))
            starts.setdefault(other.paragraph, []).append((other.start, number))
    for column in (*ends.values(), *starts.values()):
        column.sort()
    fitted: list[PlaceMention] = []
    for mention in places:
        meanings = choices[mention.place.canonical]
        if meanings:
            city = _city_before(texts[mention.paragraph], mention.start)
            countries = {place.country for place in lookup(city)} if city else set()
            local = [place for place in meanings if place.country in countries]
            paragraph = mention.paragraph
            listed = [
                places[number].place
                for number in _listed_beside(
                    mention, ends.get(paragraph, []), starts.get(paragraph, [])
                )
            ]
            chosen = (
                local[0]
                if local
                else max(meanings, key=lambda place: (_alike(place, listed), around[place.country]))
            )
            mention = replace(mention, place=chosen)
        fitted.append(mention)
    return fitted


def _city_before(text: str, end: int) -> str | None:
    """The city written with a comma right before ``text[end:]``: ``Atlanta`` in "Atlanta,
    Georgia"."""
    # Only a comma right before the name calls for the pattern, and only the last few words
    # are searched: from the paragraph's start, each word of a long capitalised run was tried
    # again for every place name after it.
    before = text[max(0, end - _CITY_REACH) : end]
    if not before.rstrip().endswith(","):
        return None
    city = _CITY_BEFORE.search(before)
    return city.group(1) if city else None


def _listed_beside(
    mention: PlaceMention, ends: list[tuple[int, int]], starts: list[tuple[int, int]]
) -> list[int]:
    """Which of a paragraph's places (``ends`` and ``starts``: their ends and starts, each with
    the place's number, sorted) end or start within reach of ``mention``, in reading order."""
    before = ends[
        bisect_right(ends, (mention.start - _LIST_REACH, maxsize)) : bisect_left(
            ends, (mention.start, -1)
        )
    ]
    after = starts[
        bisect_right(starts, (mention.end, maxsize)) : bisect_left(
            starts, (mention.end + _LIST_REACH, -1)
        )
    ]
    return sorted(map(itemgetter(1), before + after))


_Found = tuple[int, int, str, str, Place | None]
# What a run of words holds, as (first word, last word, length of the last word as written in
# the entity, label, key, place); kept for the article, whose names come back again and again.
_Known = dict[
    tuple[tuple[str, ...], bool, bool, bool], list[tuple[int, int, int, str, str, Place | None]]
]


def _dates(text: str) -> Iterator[_Found]:
    for start, end in find_dates(text):
        yield start, end, "date", text[start:end], None


def _names(
    text: str, tokens: Tokens, runs: list[tuple[int, int]], registry: Registry, known: _Known
) -> Iterator[_Found]:
    """People, places and organisations in the capitalised runs of a block: the writer's runs
    from the shared tokens, and within each quotation (one token) the runs of its words."""
    for run_start, run_end in runs:
        words, offsets = _split_compounds(
            tokens.texts[run_start:run_end], tokens.starts[run_start:run_end]
        )
        opens_sentence = tokens.opens_sentence(run_start)
        where = _stands_as_place(tokens, run_start, run_end)
        office = _stands_as_office(tokens, run_start, run_end)
        yield from _classify(words, offsets, registry, opens_sentence, where, known, office)
    for index in sorted(tokens.quoted):
        start, end = tokens.starts[index], tokens.ends[index]
        for match in _QUOTED_RUN.finditer(text, start + 1, end):
            words = match.group().split()
            offsets = _word_offsets(text, match.start(), words)
            words, offsets = _split_compounds(words, offsets)
            before = text[start + 1 : match.start()].rstrip()
            opens_sentence = not before or before[-1] in ".!?:"
            yield from _classify(words, offsets, registry, opens_sentence, False, known)


def _word_offsets(text: str, start: int, words: list[str]) -> list[int]:
    offsets: list[int] = []
    position = start
    for word in words:
        position = text.index(word, position)
        offsets.append(position)
        position += len(word)
    return offsets


def _terms(texts: list[str], registry: Registry) -> set[str]:
    """The abbreviations an article spells out as terms, not names: in lower-case words
    ("reactive oxygen species (ROS)"), or in capitals but in words the article otherwise writes
    in lower case, none of them an organisation's head ("Information and Communication
    Technology (ICT)"; not "the World Health Organization (WHO)")."""
    terms = common_terms(texts)
    for abbreviation, long_form in registry.long_forms.items():
        words = [word for word in long_form.split() if word.lower() not in _LINK_WORDS]
        if not is_organisation(words) and all(
            word.lower() in registry.common_words for word in words
        ):
            terms.add(abbreviation)
    return terms


def _after_a_place(found: _Found) -> list[_Found]:
    """An organisation named after a place, as the place and the organisation: "United
    States Congress" is the United States and its Congress, "Boston Red Sox" Boston and the
    Red Sox. The place is the longest run of the name's first words the gazetteer knows (no
    small town), and capitalised words must follow it. Such a place is part of a name, not a
    place the story is about: it is no territory ("Ohio State University" puts no Ohio at
    stake)."""
    start, end, label, key, _ = found
    words = key.split()
    if label != "organisation" or len(words) < 2:
        return [found]
    for length in range(min(len(words) - 1, _LONGEST), 0, -1):
        if not words[length][:1].isupper() or any(
            word.lower() in _LINK_WORDS for word in words[: length + 1]
        ):
            continue
        place = _place(" ".join(words[:length]), length)
        if place is None:
            continue
        place_end = start + len(" ".join(words[:length]))
        rest = place_end + 1
        return [
            (start, place_end, "place", place.canonical, None),  # a name's part, not at stake
            (rest, end, label, " ".join(words[length:]), None),
        ]
    return [found]


def _stands_as_office(tokens: Tokens, run_start: int, run_end: int) -> bool:
    """Whether a run is one capitalised role noun that an article, a possessive or an
    adjective after one makes an office, naming its holder: "the Secretary-General", "its
    Chair", "the distinguished Chair", "a Fellow of the Royal Society"."""
    if run_end - run_start != 1 or run_start == 0 or tokens.opens_sentence(run_start):
        return False
    word = lower_plain(tokens.texts[run_start])
    if word not in TITLES and (word not in ROLE_NOUNS or word in ROLE_MODIFIERS):
        return False  # "a Republican" is a party's member, not its office
    previous = tokens.lowers[run_start - 1]
    if previous in _DETERMINERS or previous in ("a", "an", "its"):
        return True
    return (
        run_start >= 2
        and tokens.texts[run_start - 1].isalpha()
        and tokens.texts[run_start - 1].islower()
        and tokens.lowers[run_start - 2] in _DETERMINERS
    )


def _stands_as_place(tokens: Tokens, run_start: int, run_end: int) -> bool:
    """Whether the words around a run put it where a place stands: "in Jordan", "Amman,
    Jordan", "the king of Jordan", "Washington state"."""
    following = tokens.lowers[run_end] if run_end < len(tokens) else ""
    if following in _PLACE_NOUNS:
        return True  # "Washington state"
    if run_start == 0:
        return False
    previous = tokens.lowers[run_start - 1]
    if (
        run_end - run_start == 1
        and previous in _DETERMINERS
        and lower_plain(tokens.texts[run_start]) in _POLITIES
    ):
        return True  # "our Nation", "the Union", "this State"
    if previous in _PLACE_PREPOSITIONS:
        return True
    if previous == "of" and run_start >= 2:
        return lower_plain(tokens.texts[run_start - 2]) in _OF_A_PLACE  # "the king of Jordan"
    if tokens.texts[run_start - 1] == "," and run_start >= 2:
        before = tokens.texts[run_start - 2]
        return before[0].isupper() and bool(lookup(plain(before)))
    return False


def _classify(
    words: list[str],
    offsets: list[int],
    registry: Registry,
    opens_sentence: bool,
    place_context: bool,
    known: _Known,
    office: bool = False,
) -> Iterator[_Found]:
    """Split a run into the entities it holds, longest known stretches first; ``office``
    when the run is a role noun that stands as an office does ("the Secretary-General")."""
    key = (tuple(words), opens_sentence, place_context, office)
    pieces = known.get(key)
    if pieces is None:
        pieces = known[key] = []
        index = 0
        while index < len(words):
            found = _longest(
                words, index, registry, opens_sentence and index == 0, place_context and index == 0
            )
            if found is None:
                if office or _an_office(words[index:], opens_sentence and index == 0):
                    # "Mr. President", "the Emperor of Mexico": the office names its holder.
                    last = len(words) - 1
                    name = " ".join(plain(_trimmed(word)) for word in words[index:])
                    pieces.append((index, last, len(_trimmed(words[last])), "person", name, None))
                    break
                index += 1
                continue
            length, label, name, place = found
            last = index + length - 1
            pieces.append((index, last, len(_trimmed(words[last])), label, name, place))
            index += length
    for first, last, last_length, label, name, place in pieces:
        yield offsets[first], offsets[last] + last_length, label, name, place


_LINK_WORDS = frozenset({"of", "the", "and", "for"})
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES


def _an_office(words: list[str], opens_sentence: bool) -> bool:
    """Whether the last words of a capitalised run are an office alone, which then names
    whoever holds it: "Mr. President", "Vice President", "Madam Chair", "the Tsar", "United
    Nations Secretary-General". A title heads a single word ("Emperor", not "Member" or
    "Agent", which name books and films too), and not where it opens the sentence."""
    lowered = [lower_plain(_trimmed(word)) for word in words]
    if not all(word in ROLE_NOUNS or word in TITLES or word in ROLE_MODIFIERS for word in lowered):
        return False
    if len(lowered) == 1:
        return not opens_sentence and lowered[0] in TITLES and not words[0].isupper()
    return any(
        word in TITLES or (word in ROLE_NOUNS and word not in ROLE_MODIFIERS) for word in lowered
    )


def _longest(
    words: list[str],
    index: int,
    registry: Registry,
    at_sentence_start: bool,
    place_context: bool,
) -> tuple[int, str, str, Place | None] | None:
    if len(words) - index == 1 and words[index].lower() in NOT_NAMES:
        return None
    stretch = words[index : index + _LONGEST]
    for end, word in enumerate(stretch):
        if word.endswith(("'s", "’s")):
            stretch = stretch[: end + 1]  # "North Korea's Korean Central News Agency"
            break
    bare = tuple(plain(_trimmed(word)) for word in stretch)
    lowered = [word.lower() for word in bare]
    if lowered[0] in _LINK_WORDS:
        return None
    for length in range(len(bare), 0, -1):
        if lowered[length - 1] in _LINK_WORDS:
            continue
        if (
            length < len(bare)
            and lowered[length - 1] in COMPANY_ENDINGS
            and (lowered[length] in ROLE_NOUNS or lowered[length] in TITLES)
        ):
            continue  # "Clinton Communications Director": a role, not a company
        found = _known(bare[:length], registry, at_sentence_start, place_context)
        if found is not None:
            return length, *found
    return None


def _known(
    bare: tuple[str, ...], registry: Registry, at_sentence_start: bool, place_context: bool
) -> tuple[str, str, Place | None] | None:
    """The label and key of a stretch of capitalised words (without possessive endings), if it
    is a known entity. Where the words stand as a place does ("in Jordan", "Amman, Jordan"), a
    place reading comes first."""
    if place_context:
        if len(bare) == 1 and bare[0].lower() in _POLITIES:
            return "place", bare[0], None  # a country called by what it is: "our Nation"
        found = _known_everywhere(bare)
        if found is not None and found[0] == "place":
            return found
    person = registry.find(list(bare))
    if (
        person is not None
        and person.kind == "person"
        and len(bare) <= len(person.words)
        and bare[0].lower() not in TITLES
    ):
        return "person", person.name, None
    found = _known_everywhere(bare)
    sentence_word = at_sentence_start and len(bare) == 1 and bare[0].lower() in NOT_NAMES
    if found is not None and found[0] == "organisation" and sentence_word:
        return None
    if (
        found is not None
        and found[2] is not None
        and at_sentence_start
        and len(bare) == 1
        and found[2].kind == "city"
        and not found[2].capital
        and bare[0].lower() in registry.common_words
    ):
        return None  # "Can you ...": a town of that name is far less likely than the verb
    return found


@cache
def _known_everywhere(bare: tuple[str, ...]) -> tuple[str, str, Place | None] | None:
    """What a stretch of words is in any article: a place, an organisation, or nothing."""
    lowered = [word.lower() for word in bare]
    if lowered[0] in TITLES or (
        all(word in ROLE_NOUNS or word in ROLE_MODIFIERS for word in lowered)
        # "Senate" and "House" stand in roles ("Senate Majority Leader") but alone name
        # the chamber.
        and not (len(lowered) == 1 and lowered[0] in ORGANISATION_HEADS)
    ):
        return None
    if is_demonym(" ".join(bare)):
        return None
    place = _place(" ".join(bare), len(bare))
    if place is not None:
        return "place", place.canonical, place
    if (
        any(word in ORGANISATION_HEADS for word in lowered)
        # The head may end a hyphened last word: "Agence France-Presse".
        and (lowered[-1].rsplit("-", 1)[-1] in ORGANISATION_HEADS or len(bare) == 1)
    ) or ends_as_a_company(bare):
        return "organisation", " ".join(bare), None
    if len(bare) == 1 and _ACRONYM.match(bare[0]):
        return "organisation", bare[0], None
    return None


def _place(name: str, words: int) -> Place | None:
    """The place ``name`` most likely stands for, ignoring small towns with common names and
    one-word places that are also particles or words of direction (Van, Northern); a given name
    alone (Paris, Austin) is a place unless the article names such a person, which the
    registry, asked first, tells."""
    lowered = name.lower()
    if lowered in _NOT_PLACES:
        return None
    if words == 1 and (lowered in NOT_NAMES or lowered in _AMBIGUOUS_ONE_WORD):
        return None
    meanings = lookup(name, transliterated=True)
    capital = next((place for place in meanings if place.capital), None)
    if capital is not None and meanings[0].kind == "region":
        return capital  # "Kyiv" the capital city before "Kyiv" the city region
    city = next((place for place in meanings if place.kind == "city" and place.regional), None)
    if (
        city is not None
        and meanings[0].kind == "region"
        and city.population >= _MIN_CITY_FOR_ONE_WORD
        and meanings[0].canonical == city.canonical
    ):
        return city  # "Istanbul" the city; "Istanbul region" is read as a region by context
    for place in meanings:
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
    """ "Russia-US" is two places: split words joined by hyphens between capitals."""
    if not any("-" in word for word in words):
        return words, offsets
    split_words: list[str] = []
    split_offsets: list[int] = []
    for word, offset in zip(words, offsets, strict=True):
        parts = word.split("-")
        party_tag = len(parts) == 2 and parts[0] in ("R", "D", "I")  # "R-Texas"
        if len(parts) > 1 and all(
            part[:1].isupper() and (lookup(part) or (party_tag and number == 0))
            for number, part in enumerate(parts)
        ):
            for part in parts:
                split_words.append(part)
                split_offsets.append(offset)
                offset += len(part) + 1
        else:
            split_words.append(word)
            split_offsets.append(offset)
    return split_words, split_offsets


def _trimmed(word: str) -> str:
    """A word without the punctuation that may close it in a run ("Moscow's" keeps its 's)."""
    stripped = word.rstrip(".,;:'’")
    if word.endswith(".") and (len(stripped) <= 2 or "." in stripped):
        return word  # an initial or an abbreviation (U.S., N.H.) keeps its period
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return stripped
