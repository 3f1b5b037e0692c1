"""Who is in an article: people (and speaking organisations), their names, roles and gender.

A person is introduced by a full name, often with a role before it (``Kremlin spokesman Dmitry
Peskov``) or after it (``Dmitry Peskov, press secretary for Putin``); later mentions use the
surname, a title and surname (``Mr. Peskov``), a pronoun or the role. The registry gathers the
mentions of each person under one canonical full name.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from itertools import islice
from typing import TYPE_CHECKING

from tui.extract.lexicon import (
    COMPANY_ENDINGS,
    FEMALE_NAMES,
    GENDERED_ROLES,
    GROUP_WORDS,
    IRREGULAR_DEMONYMS,
    MALE_NAMES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from tui.extract.places import Place, is_place, lookup
from tui.extract.tokens import Token, Tokens

if TYPE_CHECKING:
    from tui.extract.ner import ModelNames

_PARTICLES = frozenset(
    {
        "de",
        "van",
        "von",
        "bin",
        "al",
        "da",
        "di",
        "la",
        "le",
        "del",
        "della",
        "du",
        "ibn",
        "der",
        "den",
        "dos",
        "das",
    }
)
_LONGEST_NAME = 4
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
# Words ending as verbs do that are not verbs.
_NOT_VERBS = frozenset(
    "his its this hers ours yours theirs us thus plus famous various previous serious news "
    "always perhaps besides towards afterwards sometimes".split()
)
# Words that open an introductory phrase before a sentence's subject.
_INTRODUCERS = frozenset(
    """
    at in on after before during since with without for by from under over despite although
    though when while as once then meanwhile still yet however also later earlier instead
    indeed recently now today yesterday asked speaking addressing
    """.split()
)
# Last words of the names of places and plans that are no one's surname: Miami Beach,
# Colorado Springs, Clean Power Plan.
_NOT_SURNAMES = frozenset(
    "beach springs heights islands valley falls hills county plan act program programme "
    "doctrine democratic republican democrat democrats republicans gop party".split()
)
_SUFFIXES = frozenset({"jr.", "sr.", "ii", "iii", "iv", "jr", "sr"})
_LONGEST_COMPANY = 3  # words: a longer run ending "Energy" is a headline
_ROLE_LINKS = frozenset({"of", "for", "to", "at", "on"})
_CONJUNCTIONS = frozenset({"and", "or", "&"})
_AUXILIARIES = frozenset(
    """
    has had have is was were are will would could can did does do may might must should
    also then later still never once again just
    made took gave went came got said told wrote thought knew saw met held left ran won lost
    sent spent felt kept brought bought began became put set let read led stood sat spoke
    broke chose drove rose fell hit cut found heard meant paid sold taught understood wore
    grew threw flew drew shot struck fought sought caught built dealt
    """.split()
)


@cache
def plain(word: str) -> str:
    """A name word without a possessive ending or a closing period."""
    lowered = word.replace("’", "'")
    if lowered.endswith("'s"):
        word = word[:-2]
    elif lowered.endswith("'"):
        word = word[:-1]
    return word


def is_role_word(word: str) -> bool:
    """Whether ``word`` names a role or is part of one (not a name)."""
    lowered = plain(word).lower()
    return lowered in ROLE_NOUNS or lowered in ROLE_MODIFIERS or lowered in TITLES


@dataclass(eq=False)
class Person:
    """One person (or organisation) in the article, with every name it goes by."""

    name: str
    words: tuple[str, ...]
    kind: str = "person"
    role: str | None = None
    gender: str | None = None
    votes: dict[str, int] = field(default_factory=dict)
    order: int = 0

    @property
    def surname(self) -> str:
        """The last word of the name that is not a suffix such as Jr."""
        for word in reversed(self.words):
            if word.lower() not in _SUFFIXES:
                return word
        return self.words[-1]

    def likely_gender(self) -> str | None:
        """The gender the name, title or role shows, else what pronouns after it suggest."""
        if self.gender:
            return self.gender
        male, female = self.votes.get("male", 0), self.votes.get("female", 0)
        if male > female:
            return "male"
        if female > male:
            return "female"
        return None


@dataclass(frozen=True, slots=True)
class Mention:
    """A place where the article names a person: block and reading-text span."""

    person: Person
    block: int
    start: int
    end: int
    text: str
    subject: bool  # the name stands where a subject stands (sentence start, before a verb)
    lead: bool = False  # the name opens its sentence (after a role, if any)


@dataclass
class Registry:
    """Everyone named in an article, and each mention in reading order."""

    people: list[Person] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    by_surname: dict[str, Person] = field(default_factory=dict)
    by_name: dict[str, Person] = field(default_factory=dict)
    runs: list[list[tuple[int, int]]] = field(default_factory=list)  # capitalised runs a block
    # The words the article writes in lower case somewhere: "Critics" opening a sentence is
    # the common word when "critics" occurs too.
    common_words: set[str] = field(default_factory=set)
    # The seam to the statistical model (tui.extract.ner): what it read in the article, and
    # the long forms of the article's abbreviations ("KCNA": "Korean Central News Agency").
    model: ModelNames | None = None
    long_forms: dict[str, str] = field(default_factory=dict)
    # Names the article defines as things ("Stardust is a NASA space capsule"), lower case:
    # no one's, whatever a model or a verb after them suggests.
    things: set[str] = field(default_factory=set)

    def model_label(self, block: int, tokens: Tokens, start: int, end: int) -> str | None:
        """What the model calls the name in tokens ``[start, end)`` of paragraph ``block``:
        "person", "organisation", "place", "other" (a product, an event...), or None."""
        if self.model is None:
            return None
        return self.model.paragraph_label(block, tokens.starts[start], tokens.ends[end - 1])

    def model_doubts(self, block: int, tokens: Tokens, start: int, end: int) -> bool:
        """Whether the model read the name in tokens ``[start, end)`` of paragraph ``block``
        and did not find a person there."""
        return (
            self.model is not None
            and self.model.paragraph_read(block, tokens.starts[start])
            and self.model_label(block, tokens, start, end) != "person"
        )

    def may_be_person(self, words: list[str], subject_uses: int = 0) -> bool:
        """Whether nothing in the article says the name ``words`` is no one's: neither its
        definition (``Stardust is a NASA space capsule``) nor the model where it read the
        name, more often as an organisation's or a place's (``Wikipedia``) than as a person's
        or as the subject of a verb (``subject_uses``: "Lametti was ... Lametti expressed",
        a surname the story keeps coming back to, against one reading of it)."""
        name = " ".join(words).lower()
        if name in self.things:
            return False
        if self.model is None or name not in self.model.votes:
            return True
        votes = self.model.votes[name]
        others = votes["organisation"] + votes["place"]
        return votes["person"] >= others or subject_uses > others

    def find(self, words: list[str]) -> Person | None:
        """The known person ``words`` name: a full name, or a surname alone. A full name with
        another given name is someone else (Jane Sanders is not Bernie Sanders)."""
        long_form = self._long_form(words)
        if long_form is not words:
            found = self.by_name.get(" ".join(long_form).lower())
            return found if found is not None and found.kind == "organisation" else None
        key = " ".join(words).lower()
        if key in self.by_name:
            return self.by_name[key]
        if not words:
            return None
        person = self.by_surname.get(words[-1].lower())
        if person is not None and len(words) > 1 and len(person.words) > 1:
            given = words[0].lower()
            if given != person.words[0].lower() and given not in TITLES and len(given) > 2:
                return None
        return person

    def add(self, words: list[str], kind: str = "person", weighed: bool = False) -> Person:
        """The person named by ``words``, registered if new. Unless the caller ``weighed``
        the words around the name, a name the model reads as no person's (``Microsoft``,
        ``Space Shuttle Columbia``) is registered as an organisation; an abbreviation is
        registered as its long form."""
        long_form = self._long_form(words)
        if long_form is not words:
            words, kind = long_form, "organisation"
        elif kind == "person" and not weighed and _ends_in_a_country(words):
            kind = "organisation"  # "Biomed Taiwan goes to": no one's surname is Taiwan
        elif kind == "person" and self.model is not None and not weighed:
            verdict = self.model.verdict(words)
            if verdict is not None and verdict != "person":
                kind = "organisation"
        found = self.find(words) if kind == "person" else self.by_name.get(" ".join(words).lower())
        if found is not None:
            if len(words) > len(found.words) and kind == "person" and found.kind == "person":
                self.by_name[" ".join(words).lower()] = found
            return found
        person = Person(" ".join(words), tuple(words), kind=kind, order=len(self.people))
        self.people.append(person)
        self.by_name[" ".join(words).lower()] = person
        if (
            kind == "person"
            and not _common_noun_last(words, self.common_words)
            and words[-1].lower() not in self.things  # "T C Phailin": "Phailin" is a storm
        ):
            self.by_surname.setdefault(person.surname.lower(), person)
            first = words[0].lower()
            if first in FEMALE_NAMES:
                person.gender = "female"
            elif first in MALE_NAMES:
                person.gender = "male"
        return person

    def _long_form(self, words: list[str]) -> list[str]:
        if len(words) == 1 and words[0] in self.long_forms:
            return self.long_forms[words[0]].split()
        return words


def capital_runs(tokens: Tokens) -> list[tuple[int, int]]:
    """``[i, j)`` token ranges of capitalised words outside quotations (names, titles, places)."""
    texts = tokens.texts
    lowers = tokens.lowers
    quoted = tokens.quoted
    count = len(texts)
    runs: list[tuple[int, int]] = []
    end = 0
    # A quotation token opens with its mark, so it is never capitalised.
    for index in [index for index, text in enumerate(texts) if text[0].isupper()]:
        if index < end:
            continue
        end = index + 1
        while end < count and end not in quoted:
            if texts[end][0].isupper():
                end += 1
            elif (
                lowers[end] in _PARTICLES
                and end + 1 < count
                and texts[end + 1][0].isupper()
                and end + 1 not in quoted
            ):
                end += 2
            elif lowers[end] in _SUFFIXES:
                end += 1
            else:
                break
        runs.append((index, end))
    return runs


def split_run(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Where the name begins in a capitalised run: after sentence words, titles and roles,
    and after any word no name holds (a headline run together with a name)."""
    texts = tokens.texts
    for index in range(end - 1, start - 1, -1):
        word = lower_plain(texts[index])
        possessive = index < end - 1 and texts[index].endswith(("'s", "’s"))
        if (
            (word in NOT_NAMES and index > start)
            or word in SPEECH_VERBS
            or possessive
            or describes_origin(word)
        ):
            # "Russia's Kursk": a possessive ends whatever came before the name, as does a
            # word describing where someone is from ("South Korean-born Monte Haines").
            start = index + 1
            break
    for index in range(start + 1, end - 1):
        word = lower_plain(texts[index])
        # "Fouzia Al Hashish": a particle inside a name is its surname's, not "Al" Gore's.
        if (
            word in _GIVEN_NAMES
            and word not in _PARTICLES
            and not (
                index == start + 1
                and not tokens.opens_sentence(start)
                # After a plain word, not a capitalised one ("For Abortions Jeb Bush") nor
                # an article ("Liar of the Year Barack Obama").
                and not texts[start - 1][:1].isupper()
                and lower_plain(texts[start - 1]) not in NOT_NAMES
                and _may_be_given(texts[start])
            )
        ):
            # A name opens with the given name: "... Zika Virus Chris Christie".
            start = index
            break
    if end - start > _LONGEST_NAME:
        start = end - 2
    if end - start > 1:
        first = lower_plain(texts[start])
        if (first in NOT_NAMES or first in ROLE_MODIFIERS) and is_place(" ".join(texts[start:end])):
            return start, end  # "New Hampshire": no modifier ("new coach") before a surname
    name_start = start
    while name_start < end and lower_plain(texts[name_start]) in NOT_NAMES:
        name_start += 1
    # The last word is the surname even when it reads as a role: Billie Jean King.
    last = end - 1 if end - name_start > 1 else end
    for index in range(last - 1, name_start - 1, -1):
        word = lower_plain(texts[index])
        if word in TITLES or word in ROLE_NOUNS or word in ROLE_MODIFIERS:
            return index + 1, end
    return name_start, end


def _may_be_given(word: str) -> bool:
    """Whether a lone word inside a sentence before a given name may be the first of two
    given names, as in "Billie Jean King" or "Mary Kate Lee": a word of letters that is no
    title, role, place or people (unlike "Sens. Jon Tester", "Texas Ann Richards")."""
    lowered = lower_plain(word)
    return word.isalpha() and not (
        lowered in NOT_NAMES
        or lowered in TITLES
        or lowered in ROLE_NOUNS
        or lowered in ROLE_MODIFIERS
        or word.endswith(("'s", "’s"))
        or is_place(word)
        or is_demonym(word)
    )


def describes_origin(word: str) -> bool:
    """Whether a word says where someone is from: ``South Korean-born``, ``Dublin-based``."""
    return word.lower().endswith(_ORIGIN_ENDINGS)


def role_before(tokens: Tokens, name_start: int, run_start: int) -> str | None:
    """The role written before a name: ``Kremlin spokesman``, ``Secretary of State``."""
    index = name_start
    saw_role_noun = False
    while index > 0:
        token = tokens[index - 1]
        word = plain(token.text).lower()
        if token.quoted or not token.is_word:
            break
        if word in ROLE_NOUNS or (word in TITLES and TITLES[word] is None):
            saw_role_noun = True  # not a courtesy title: "Mr" and "Dame" are no roles
        elif word in TITLES:
            pass
        elif word in ROLE_MODIFIERS or token.capitalised:
            if word in NOT_NAMES and word not in ROLE_MODIFIERS:
                break
        elif (
            word in _ROLE_LINKS and index - 2 >= 0 and tokens[index - 2].capitalised
        ) or word.endswith(("'s", "’s")):
            pass
        else:
            break
        index -= 1
    if not saw_role_noun:
        return None
    while index < name_start and tokens[index].lower in ("the", "a", "an", "of", "for", "and"):
        index += 1
    words = [tokens[position].text for position in range(index, name_start)]
    while words and not (
        plain(words[-1]).lower() in ROLE_NOUNS or TITLES.get(plain(words[-1]).lower(), "") is None
    ):
        words.pop()
    if not words:
        return None
    return " ".join(words)


def role_after(tokens: Tokens, name_end: int) -> str | None:
    """An appositive role after a name: ``, press secretary for Putin,``."""
    if name_end >= len(tokens) or tokens[name_end].text != ",":
        return None
    words: list[str] = []
    for token in tokens[name_end + 1 : name_end + 12]:
        if token.quoted or token.text in {",", ".", ";", ":", "—", "(", ")"}:
            break
        if words and token.lower in _RELATIVES:
            break  # "a former official who runs Crosscut Strategies": the role ends there
        words.append(token.text)
    if not words or words[0].lower() in ("who", "which", "whose", "said", "says"):
        return None
    if words[0].lower() in ("a", "an", "the") and len(words) > 1:
        words = words[1:]
    # Cut off at the window's edge, a role ends on a noun: "an aide in", "a fellow at the".
    while len(words) > 1 and words[-1].lower() in _ROLE_TAILS:
        words.pop()
    if not any(plain(word).lower() in ROLE_NOUNS for word in words):
        return None
    return " ".join(words)


def role_apposed(tokens: Tokens, name_start: int, name_end: int) -> str | None:
    """A role a name stands in apposition to, set off by commas on both sides: ``The local
    MP, Tom Harding, said``, ``Its chair, Ann Lee, said``."""
    if (
        name_start < 2
        or name_end >= len(tokens)
        or tokens[name_start - 1].text != ","
        or tokens[name_end].text != ","
        or plain(tokens[name_start - 2].text).lower() not in ROLE_NOUNS
    ):
        return None
    return role_before(tokens, name_start - 1, name_start - 1)


def gender_of_role(role: str | None) -> str | None:
    """The gender a role word shows (spokeswoman, congressman), if any."""
    if not role:
        return None
    for word in role.lower().split():
        if word in GENDERED_ROLES:
            return GENDERED_ROLES[word]
    return None


def is_organisation(words: list[str]) -> bool:
    """Whether a capitalised name is an organisation's (``State Department``, ``Fox News``,
    ``Peabody Energy``)."""
    return any(lower_plain(word) in ORGANISATION_HEADS for word in words) or ends_as_a_company(
        words
    )


def ends_as_a_company(words: list[str] | tuple[str, ...]) -> bool:
    """Whether a short name ends as companies' and reports' do: ``Blackhawk Mining``,
    ``Cook Political Report`` (alone, or at the end of a headline, such a word is no name)."""
    return 1 < len(words) <= _LONGEST_COMPANY and lower_plain(words[-1]) in COMPANY_ENDINGS


@cache
def lower_plain(word: str) -> str:
    """``plain(word).lower()``, kept for the words that come back again and again."""
    return plain(word).lower()


_DEMONYM_ENDINGS_TO_PLACE = (
    ("ian", "ia"),
    ("ian", "e"),
    ("ian", "y"),  # Italian, Hungarian
    ("an", "a"),
    ("an", "o"),  # Mexican, Moroccan, Puerto Rican
    ("er", ""),  # New Yorker (a name of two words or more only: Baker is no demonym)
    ("n", ""),
    ("ese", "a"),
    ("ese", ""),  # Japanese, Vietnamese
    ("ese", "on"),  # Lebanese
    ("i", ""),
    ("", "y"),  # German
    ("", "stan"),  # Kazakh
    ("", "istan"),  # Uzbek, Afghan
)


def is_group(words: list[str]) -> bool:
    """Whether a name names a people, a faith or a generation rather than a person:
    "Mexican American", "African-Americans", "Muslims", "Floridians"."""
    parts = [part for word in words for part in plain(word).split("-") if part]
    if not parts:
        return False
    return all(_group_word(part) for part in parts) or is_demonym(singular(" ".join(parts)))


@cache
def _group_word(word: str) -> bool:
    single = singular(word)
    return (
        single.lower() in GROUP_WORDS
        or word.lower() in GROUP_WORDS
        or is_demonym(word)
        or (single != word and is_demonym(single))
    )


def singular(word: str) -> str:
    """``word`` without a plural "s" ("Muslims", not "Swiss")."""
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def is_demonym(name: str) -> bool:
    """``South Korean``, ``Ukrainian``, ``Chinese``: the adjective of a country or region."""
    return demonym_place(name) is not None


@cache
def demonym_place(name: str) -> Place | None:
    """The country or region a demonym belongs to: Russia for ``Russian``."""
    lowered = name.lower()
    if lowered in MALE_NAMES or lowered in FEMALE_NAMES:
        return None
    if lowered in IRREGULAR_DEMONYMS:
        return next(iter(lookup(IRREGULAR_DEMONYMS[lowered])), None)
    for ending, replacement in _DEMONYM_ENDINGS_TO_PLACE:
        if ending == "er" and " " not in name:
            continue
        if name.endswith(ending) and len(name) > len(ending) + 2:
            stem = name[: len(name) - len(ending)] + replacement
            for place in lookup(stem):
                if place.kind != "city":
                    return place
    return None


def is_person_noun(word: str) -> bool:
    """Whether a lower-case noun names a person: a role (``senator``), or an agent noun by
    an ending no thing's name shares (``physicist``, ``historian``, ``baseman``, ``actress``;
    not ``-er``: a reminder, a number)."""
    return word in ROLE_NOUNS or (len(word) > 4 and bool(_AGENT_NOUN.search(word)))


def _is_common(word: str, common_words: set[str]) -> bool:
    """Whether the article writes ``word`` in lower case, as it is or in the plural; a given
    name never counts ("Bill", "Hope")."""
    lowered = word.lower()
    return lowered not in _GIVEN_NAMES and (
        lowered in common_words or f"{lowered}s" in common_words
    )


def _opens_with_a_common_noun(words: list[str], common_words: set[str]) -> bool:
    """Whether a name opens with a common noun the article writes in lower case, as storms,
    craft and awards are named ("Cyclone Phailin" where the text speaks of cyclones)."""
    return (
        len(words) > 1
        # "Direct Major-General Scott": a verb before a title and a name.
        and not any(is_role_word(part) for word in words for part in word.split("-"))
        and words[0][1:].islower()
        and _is_common(words[0], common_words)
    )


def _common_noun_last(words: list[str], common_words: set[str]) -> bool:
    """Whether a name of no known given name ends in a common noun the article writes in
    lower case ("César Award"): no one's surname, so the word alone names no one."""
    return (
        len(words) > 1
        and words[0].lower() not in _GIVEN_NAMES
        and _is_common(words[-1], common_words)
    )


def _named_as_things(tokens: Tokens) -> set[str]:
    """Capitalised words a paragraph names as things, never as a person's surname: with
    "the" and nothing after ("before the Paralympics."; "the Obama administration" goes on
    with a noun), with "a" and one lower-case word before it (a modified common noun: "a hard
    Brexit."), or with a price after it (a product: "Cedar Shaving Cream, $29")."""
    texts, lowers = tokens.texts, tokens.lowers
    count = len(texts)
    # Each condition wants the word before a mark ("." or "," before a price), or the last.
    before_marks = [index - 1 for index, text in enumerate(texts) if text in _CLOSING_MARKS]
    return {
        lowers[index]
        for index in (*before_marks, count - 1)
        if index >= 1
        and texts[index][:1].isupper()
        and (
            (
                (index + 1 == count or texts[index + 1] in _CLOSING_MARKS)
                and (
                    lowers[index - 1] == "the"
                    or (
                        index > 1
                        and lowers[index - 2] in ("a", "an")
                        and texts[index - 1][:1].islower()
                    )
                )
            )
            or (index + 2 < count and texts[index + 1] == "," and texts[index + 2] in _CURRENCIES)
        )
    }


def _at_possessives(tokens: Tokens, runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Capitalised runs cut after each possessive inside them: "Jean Cocteau's La Machine
    Infernale" names a man and his play."""
    texts = tokens.texts
    cut: list[tuple[int, int]] = []
    for start, end in runs:
        for index in range(start, end - 1):
            if texts[index].endswith(("'s", "’s")):
                cut.append((start, index + 1))
                start = index + 1
        cut.append((start, end))
    return cut


def _names_alike(words: list[str], common_words: set[str]) -> bool:
    """Whether capitalised words read as a person's name: none of them is a word the article
    writes in lower case, or an adverb opening the sentence ("Currently Shalev is")."""
    return not any(word.lower() in common_words or word.lower().endswith("ly") for word in words)


def introduced_as(tokens: Tokens, start: int, end: int) -> bool | None:
    """How the sentence introduces the name in tokens ``[start, end)``, as an encyclopedia
    or a profile does: a person by dates of life in brackets after it (``(born 3 April
    1978)``, ``(c. 1818 - January 8, 1880)``) or by a copula and a person noun (``is an
    American composer``); a thing by a copula and no person noun (``is a NASA space capsule
    that``). None where it does neither."""
    texts, lowers = tokens.texts, tokens.lowers
    count = len(texts)
    if start >= 2 and lowers[start - 1] == "of" and texts[start - 2][:1].isupper():
        return None  # "Theodorus of Tabennese (c. 314 - 368)": where he was from
    index = end
    if index + 1 < count and lowers[index] == "of" and texts[index + 1][:1].isupper():
        index += 1  # "Theodorus of Tabennese (c. 314 - 368)": the name and where from
        while index < count and texts[index][:1].isupper():
            index += 1
    if index < count and texts[index] == "(":
        close = next(
            (i for i in range(index, min(count, index + _BRACKET_REACH)) if texts[i] == ")"), None
        )
        if close is None:
            return None
        inside = lowers[index + 1 : close]
        years = sum(_YEAR.fullmatch(word) is not None for word in inside)
        if "born" in inside or (years >= 2 and any(word in _DASHES for word in inside)):
            return True
        index = close + 1
    if index + 1 >= count or lowers[index] not in _COPULAS or lowers[index + 1] not in ("a", "an"):
        return None
    # The definition runs to a relative clause or the sentence's end, each of its noun
    # phrases ending in a head noun before any preposition: "a three-time all-star and the
    # 2013 defensive player of the year" is a person's by the head of its second phrase.
    sentence = tokens.sentences[index]
    heads: list[str] = []  # and the role nouns anywhere in a phrase: "a professor emeritus"
    head = ""
    in_phrase = True
    for position in range(index + 2, min(count, index + 2 + _DEFINITION_REACH)):
        word = lowers[position]
        if position in tokens.quoted:
            return None
        if tokens.sentences[position] != sentence or word in _RELATIVES or word in _SENTENCE_MARKS:
            return any(is_person_noun(word) for word in [*heads, head])
        if word in _CONJUNCTIONS or word == ",":
            heads.append(head)
            head, in_phrase = "", True
        elif word in _PREPOSITIONS or not texts[position][:1].isalnum():
            in_phrase = False
        elif in_phrase:
            head = word
            if word in ROLE_NOUNS:
                heads.append(word)
    return None  # cut short: a thing only where the definition is whole


def build_registry(
    paragraph_tokens: list[Tokens],
    model: ModelNames | None = None,
    long_forms: dict[str, str] | None = None,
) -> Registry:
    """Find every person named in the article's paragraphs, in two passes.

    The first pass registers full names (two words or more, or one after a title); the second
    adds each later mention by surname. Roles come from the words around any mention. Where
    ``model`` read a name, its word settles whether the name is a person's.
    """
    registry = Registry(
        common_words=_lower_case_words(paragraph_tokens),
        model=model,
        long_forms=long_forms or {},
    )
    pending: list[tuple[int, int, int, list[str], str | None]] = []
    doubtful: list[tuple[list[str], int, int, int]] = []
    things_by_the = set().union(*(_named_as_things(tokens) for tokens in paragraph_tokens))
    for block, tokens in enumerate(paragraph_tokens):
        runs = capital_runs(tokens)
        registry.runs.append(runs)
        previous_end = -1
        previous_organisation = False
        for run_start, run_end in _at_possessives(tokens, runs):
            # "the James Martin Center for Nonproliferation Studies": the rest of a name of an
            # organisation, joined by "for" or "of", is part of it.
            joined = (
                previous_organisation
                and run_start == previous_end + 1
                and tokens.lowers[previous_end] in ("of", "for")
            )
            previous_end = run_end
            previous_organisation = is_organisation(tokens.texts[run_start:run_end])
            if joined:
                continue
            name_start, name_end = split_run(tokens, run_start, run_end)
            if (
                name_end - name_start > 1
                and tokens.opens_sentence(name_start)
                and tokens.lowers[name_start] in registry.common_words
                and tokens.lowers[name_start] not in _GIVEN_NAMES
            ):
                # "Maybe Trump told": a common word opening the sentence; but not a given name
                # ("Bill Clinton got in" where the article speaks of a bill too).
                name_start += 1
            words = [plain(word) for word in tokens.texts[name_start:name_end]]
            words = [word for word in words if word]
            if not words:
                continue
            titled = name_start > run_start and lower_plain(tokens.texts[name_start - 1]) in TITLES
            verdict = registry.model_label(block, tokens, name_start, name_end)
            if _opens_with_a_common_noun(words, registry.common_words):
                # "Cyclone Phailin": a thing of that kind, and so is "Phailin" alone.
                registry.things.update({" ".join(words[1:]).lower(), words[-1].lower()})
                continue
            a_person = _surname_of_someone_named(registry, tokens, words, name_start, name_end)
            introduced = introduced_as(tokens, name_start, name_end)
            if introduced and not _names_alike(words, registry.common_words):
                introduced = None  # "Historical Principles (1909 - 1949)": a book's dates
            if introduced is False and len(words) == 1:
                registry.things.add(words[0].lower())
            elif introduced:
                # "Brock Wyatt Holt (born June 11, 1988) is an American baseball player": the
                # profile says whom it is about, whatever a model reads in the name.
                registry.add(words, weighed=True)
                pending.append((block, name_start, name_end, words, None))
                continue
            # "artistic director Christopher House": a given name with a role before it is a
            # person's, though a surname may be a word that heads organisations' names.
            a_person = a_person or (
                len(words) == 2
                and words[0].lower() in _GIVEN_NAMES
                and role_before(tokens, name_start, run_start) is not None
            )
            if not a_person and (
                is_organisation(words)
                or is_place(" ".join(words))
                or is_demonym(" ".join(words))
                or is_group(words)
                or is_group(tokens.texts[run_start:run_end])  # "New Yorkers"
                or _ends_in_a_country(words)
                or _before_a_state(tokens, name_end)
                or (len(words) >= 2 and words[-1].lower() in _NOT_SURNAMES)
                or " ".join(words) in registry.long_forms.values()  # spelled-out initials
                or words[-1].lower() in registry.things  # "T C Phailin" after "Cyclone Phailin"
                or words[-1].lower() in things_by_the
                or (
                    # "the Wisconsin Republican", "The Florida Democrat": the whole run.
                    name_start
                    and tokens.lowers[name_start - 1] == "the"
                    and words[0].lower() not in _GIVEN_NAMES
                )
            ):
                continue
            if len(words) >= 2 or titled:
                if len(words) >= 2 and is_demonym(words[0]) and words[0].lower() not in MALE_NAMES:
                    words = words[1:]
                    if len(words) < 2 and not titled:
                        pending.append((block, name_start + 1, name_end, words, None))
                        continue
                role = (
                    role_before(tokens, name_start, run_start)
                    or role_after(tokens, name_end)
                    or role_apposed(tokens, name_start, name_end)
                )
                if (
                    verdict not in (None, "person")
                    and not a_person
                    and not (titled or role or _speaks(tokens, name_start, name_end))
                    and words[0].lower() not in _GIVEN_NAMES
                ):
                    continue  # the model knows it for an organisation, a place or a product
                if not (
                    titled
                    or role
                    or verdict == "person"
                    or (
                        _names_a_person(tokens, words, name_start, name_end)
                        and (
                            words[0].lower() in _GIVEN_NAMES
                            or _speaks(tokens, name_start, name_end)
                            or not registry.model_doubts(block, tokens, name_start, name_end)
                        )
                    )
                ):
                    doubtful.append((words, block, name_start, name_end))
                    pending.append((block, name_start, name_end, words, None))
                    continue
                person = registry.add(words, weighed=True)
                title = lower_plain(tokens.texts[name_start - 1]) if titled else None
                if title and TITLES.get(title) and not person.gender:
                    person.gender = TITLES[title]
                if role and person.role is None and not (titled and len(words) == 1):
                    person.role = role
                    person.gender = person.gender or gender_of_role(role)
                elif role and person.role is None:
                    person.role = role
            pending.append((block, name_start, name_end, words, None))
    # A run with no sign of a person ("World Series") is a name only if its surname is used
    # alone elsewhere as people's names are ("Cain said").
    surnames_alone = {
        words[0].lower()
        for block, start, end, words, _ in pending
        if len(words) == 1 and _verb_follows(paragraph_tokens[block], end)
    }
    for words, block, start, end in doubtful:
        if words[-1].lower() in surnames_alone and not registry.model_doubts(
            block, paragraph_tokens[block], start, end
        ):
            registry.add(words, weighed=True)
    for block, start, _end, words, _ in pending:
        if len(words) == 1 and registry.find(words) is None:
            _name_after_kin(registry, paragraph_tokens, block, start, words[0], pending)
    # An article may name someone by surname only ("Clinton leaned in"): a lone name that is
    # the subject of a verb, and no place, organisation, group or common word, is a person.
    # A word only ever opening a sentence, once ("Harsh comments are", "Things have"), is far
    # likelier a common word than a surname the article never gives in full.
    lone_counts: Counter[str] = Counter()
    # How often a lone name is the subject of a verb: a surname the story keeps coming back to
    # ("Lametti was ... Lametti expressed") is a person's, whatever one reading of it said.
    subject_counts: Counter[str] = Counter()
    for block, start, end, words, _ in pending:
        if len(words) == 1:
            # A speech verb beside it ("said Hollande") shows a person as much as any reading.
            subject_counts[words[0].lower()] += _verb_follows(paragraph_tokens[block], end) + (
                2 * _speaks(paragraph_tokens[block], start, end)
            )
            # Only inside a sentence does a capital show a name: count it as two there.
            lone_counts[words[0].lower()] += (
                1 if paragraph_tokens[block].opens_sentence(start) else 2
            )
    for block, start, end, words, _ in pending:
        if len(words) == 1 and registry.find(words) is None:
            tokens = paragraph_tokens[block]
            if registry.model_doubts(block, tokens, start, end) or not registry.may_be_person(
                words, subject_counts[words[0].lower()]
            ):
                continue  # "Stardust lifted off": the model read it, and found no one
            # "Instead, the senator is ...": a word opening its sentence before a comma is an
            # adverb far more often than a surname with an appositive.
            opens = tokens.opens_sentence(start)
            after_preposition = start > 0 and tokens.lowers[start - 1] in _PREPOSITIONS
            if not (
                _lone_name(words[0])
                and not after_preposition  # "a message on Twitter reading ..."
                and _verb_follows(tokens, end, not opens)
            ):
                continue
            if opens and (
                words[0].lower() in registry.common_words
                or (lone_counts[words[0].lower()] < 2 and words[0].lower() not in _GIVEN_NAMES)
            ):
                continue  # "Critics say": a common word where it opens a sentence
            registry.add(words, weighed=True)
    _join_names_by_particle(registry)
    subjects: list[tuple[int, int, int, Person]] = []  # where each subject is named
    for block, name_start, name_end, words, _ in pending:
        tokens = paragraph_tokens[block]
        person = registry.find(words)
        if person is None:
            continue
        # A possessive inside a sentence ("his memory of Bill Clinton's years") is no subject.
        possessive = tokens.texts[name_end - 1].endswith(("'s", "’s"))
        subject = not possessive and _subject_position(tokens, name_start, name_end)
        lead = (
            _opens_sentence(tokens, name_start)
            or _opens_clause(tokens, name_start, name_end)
            or _presented(tokens, name_start)
        )
        registry.mentions.append(
            Mention(
                person,
                block,
                tokens.starts[name_start],
                tokens.ends[name_end - 1],
                " ".join(tokens.texts[name_start:name_end]),
                subject,
                lead,
            )
        )
        if subject:
            subjects.append((block, name_start, name_end, person))
    registry.mentions.sort(key=lambda mention: (mention.block, mention.start))
    _vote_genders(registry.mentions, subjects, paragraph_tokens)
    return registry


# How many mentions after a subject are looked through for the next person named (a bound).
_VOTE_MENTIONS = 20


def _vote_genders(
    mentions: list[Mention],
    subjects: list[tuple[int, int, int, Person]],
    paragraph_tokens: list[Tokens],
) -> None:
    """Count, after each subject, the ``he`` or ``she`` that can only mean them as a hint of
    their gender: before anyone else is named in the paragraph ("Obama spoke. He said ...")."""
    starts = [(mention.block, mention.start) for mention in mentions]
    for block, name_start, name_end, person in subjects:
        tokens = paragraph_tokens[block]
        stop = len(tokens)
        index = bisect_right(starts, (block, tokens.starts[name_start]))
        for mention in islice(mentions, index, index + _VOTE_MENTIONS):
            if mention.block != block:
                break
            if mention.person is not person:
                stop = bisect_left(tokens.starts, mention.start)
                break
        _vote_gender(person, tokens, name_end, stop)


def _join_names_by_particle(registry: Registry) -> None:
    """ "Al Hashish is among ..." and "wife Fouzia Al Hashish": a name that opens with a
    particle is the surname of the fuller name that ends with it (its "Al" is no Al Gore's
    given name), so both stand for one person."""
    for person in [*registry.people]:
        size = len(person.words)
        if person.kind != "person" or size < 2 or person.words[0].lower() not in _PARTICLES:
            continue
        lowered = [word.lower() for word in person.words]
        fuller = next(
            (
                other
                for other in registry.people
                if other.kind == "person"
                and len(other.words) > size
                and [word.lower() for word in other.words[-size:]] == lowered
            ),
            None,
        )
        if fuller is None:
            continue
        registry.people.remove(person)
        registry.by_name[" ".join(lowered)] = fuller
        if registry.by_surname.get(person.surname.lower()) is person:
            registry.by_surname[person.surname.lower()] = fuller
        fuller.role = fuller.role or person.role


def _surname_of_someone_named(
    registry: Registry, tokens: Tokens, words: list[str], start: int, end: int
) -> bool:
    """Whether a lone word that could be a place or a common word ("West", "Jordan") is the
    surname of a person the article has named in full, standing as a subject ("Cornel West
    took the conversation. ... West landed a sharp dig")."""
    if len(words) != 1:
        return False
    person = registry.find(words)
    return (
        person is not None
        and person.kind == "person"
        and len(person.words) > 1
        and not (start and tokens.lowers[start - 1] in _PREPOSITIONS)
        and _verb_follows(tokens, end)
    )


def _name_after_kin(
    registry: Registry,
    paragraphs: list[Tokens],
    block: int,
    start: int,
    given: str,
    pending: list[tuple[int, int, int, list[str], str | None]],
) -> None:
    """ "Clinton's husband, Bill," and "his wife, Jane," give a given name its family's
    surname: Bill Clinton, Jane Sanders."""
    tokens = paragraphs[block]
    if (
        given.lower() not in _GIVEN_NAMES
        or start < 3
        or tokens.texts[start - 1] != ","
        or tokens.lowers[start - 2] not in _KIN
    ):
        return
    # The article's own full name for them, where it gives one ("his father, Rafael. ...
    # Trump repeatedly accused Rafael Cruz"), beats the family's surname worked out here.
    written = {
        person.name: person
        for person in registry.people
        if person.kind == "person" and len(person.words) > 1 and person.words[0] == given
    }
    if len(written) == 1:
        registry.by_name.setdefault(given.lower(), next(iter(written.values())))
        return
    owner_word = tokens.lowers[start - 3]
    owner: Person | None = None
    if owner_word in ("his", "her"):
        wanted = "male" if owner_word == "his" else "female"
        # The person named just before in the sentence ("Jim Brady and his wife, Sarah,"),
        # else who the paragraph is about: a person opening one of its sentences ("Trump
        # thanked his parents... He said his wife, Melania,"), else the nearest named in it;
        # then the same in the paragraph before. A full name, of a gender that may be hers.
        sentence = tokens.sentences[start]
        ranked: list[tuple[int, Person]] = []
        for other_block, other_start, _end, words, _ in reversed(pending):
            if (other_block, other_start) >= (block, start):
                continue
            if other_block < block - 1:
                break
            candidate = registry.find(words)
            if (
                candidate is None
                or len(candidate.words) < 2
                or candidate.gender not in (wanted, None)
            ):
                continue
            here = other_block == block
            if here and tokens.sentences[other_start] == sentence:
                rank = 0
            elif _opens_sentence(paragraphs[other_block], other_start):
                rank = 1 if here else 3
            else:
                rank = 2 if here else 4
            ranked.append((rank, candidate))
        if ranked:
            owner = min(ranked, key=lambda pair: pair[0])[1]
    elif owner_word.endswith(("'s", "’s")):
        owner = registry.find([plain(tokens.texts[start - 3])])
    if owner is None or owner.kind != "person" or len(owner.words) < 2:
        return
    person = registry.add([given, owner.surname])
    registry.by_name.setdefault(given.lower(), person)


def verb_like(token: Token) -> bool:
    """Whether a token reads as a verb: an auxiliary, a speech verb or a verb's ending."""
    return _verb_like(token.text, token.lower)


def is_auxiliary(word: str) -> bool:
    """Whether a lower-case word is an auxiliary, an adverb of time or an irregular past
    tense ("has", "never", "came", "heard"): a verb's, never a noun's."""
    return word in _AUXILIARIES


def _verb_like(text: str, word: str) -> bool:
    first = text[0]
    if not first.isalnum() or first.isupper() or word in _NOT_VERBS:
        return False
    return (
        word in _AUXILIARIES
        or word in SPEECH_VERBS
        or word.endswith(("ed", "n't"))
        or (word.endswith("s") and not word.endswith("ss"))
    )


def _ends_in_a_country(words: list[str]) -> bool:
    """ "Nazi Germany", "Soviet Russia": a run ending in a country or region is no name, unless
    it opens with a given name ("Michael Jordan")."""
    if len(words) < 2 or words[0].lower() in _GIVEN_NAMES:
        return False
    if words[-1].lower() in ("west", "east", "north", "south"):
        return False  # Cornel West
    return any(place.kind != "city" for place in lookup(words[-1]))


def _before_a_state(tokens: Tokens, end: int) -> bool:
    """Whether a run is a town by where it stands: before a comma and a state of the US
    ("Clarkston, Ga.,", "Mount Prospect, Ill.", "Atlanta, Georgia,"). A capitalised word after
    a state written in full ("Tim Kaine, Virginia Democrat") makes it a description, not a
    town; an abbreviation ends its sentence ("Ill. Eksili"), unless it is a title ("Del.")."""
    if end + 1 >= len(tokens) or tokens.texts[end] != ",":
        return False
    state = tokens.texts[end + 1]
    if not state[:1].isupper() or not any(
        place.kind == "region" and place.country == "US" for place in lookup(state)
    ):
        return False
    if state.endswith("."):
        return tokens.lowers[end + 1] not in TITLES
    after = tokens.texts[end + 2] if end + 2 < len(tokens) else "."
    return not after[:1].isalnum()


# Words that open a description of a person after a comma.
_DESCRIBERS = frozenset({"a", "an", "who", "whose", "aged"})
# Words that open a relative clause, which ends an appositive role.
_RELATIVES = frozenset({"who", "whom", "whose", "which", "that", "who's"})
# Words a role never ends on; a role cut short by its window ends on them.
_ROLE_TAILS = frozenset(
    "a an the of in at on for to from with by and or during as one some its his her their".split()
)
# Endings of a hyphened word that says where someone is from, never part of their name.
_ORIGIN_ENDINGS = ("-born", "-based", "-bred", "-raised")
# Family words after which a given name takes the family's surname ("his wife, Jane,").
_KIN = frozenset("wife husband son daughter brother sister father mother widow".split())
_LOWER_CASE_WORD = re.compile(r"(?<![\w'’-])[a-z][a-z'’-]*")
# Endings of agent nouns, which name people by what they do.
_AGENT_NOUN = re.compile(r"(?:ist|ian|man|woman|tress)$")
# How far a bracket of dates of life, and a definition after a copula, may reach (tokens).
_BRACKET_REACH = 60
_DEFINITION_REACH = 25
_YEAR = re.compile(r"\d{3,4}")
_DASHES = frozenset({"-", "–", "—", "--"})
_COPULAS = frozenset({"is", "was"})
_SENTENCE_MARKS = frozenset({".", "!", "?", ";"})
_CLOSING_MARKS = frozenset({".", ",", ";", ":", "!", "?"})
_CURRENCIES = frozenset("$ £ € ¥".split())
# Words after which a name is an object, never the subject of the verb that follows.
_PREPOSITIONS = frozenset("on in at from to with by for of via into onto about".split())


def _lower_case_words(paragraph_tokens: list[Tokens]) -> set[str]:
    """The words an article writes in lower case somewhere, quotations included."""
    return set(
        _LOWER_CASE_WORD.findall(" ".join(" ".join(tokens.texts) for tokens in paragraph_tokens))
    )


def _lone_name(word: str) -> bool:
    """Whether a single capitalised word can be someone's surname."""
    lowered = word.lower()
    singular = lowered[:-1] if lowered.endswith("s") else lowered
    return (
        len(word) > 2
        and not word.isupper()
        and lowered not in NOT_NAMES
        and not is_role_word(word)
        and singular not in ROLE_NOUNS
        and singular not in ROLE_MODIFIERS
        and not is_organisation([word])
        and not is_place(word)
        and not is_group([word])  # demonyms too, singular or plural
    )


def _names_a_person(tokens: Tokens, words: list[str], start: int, end: int) -> bool:
    """Whether a full name shows itself a person's: a known given name, a verb after it, a
    speech verb before it, an appositive or a party tag after it."""
    if words[0].lower() in _GIVEN_NAMES or (len(words[0]) == 2 and words[0].endswith(".")):
        return True
    if (
        start
        and tokens.lowers[start - 1] in SPEECH_VERBS
        and not tokens.texts[start - 1][0].isupper()
    ):
        return True
    following = tokens.texts[end] if end < len(tokens) else ""
    return following in ("(", ",") or _verb_follows(tokens, end)


def _speaks(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the words around a name show a person, whatever a model says: a speech verb
    right before or after it (``said Whit Symms``), or a description after a comma (``Maryam
    Violet, an Iranian journalist``, ``, who``)."""
    lowers = tokens.lowers
    return (
        (start > 0 and lowers[start - 1] in SPEECH_VERBS)
        or (end < len(tokens) and lowers[end] in SPEECH_VERBS)
        or (end + 1 < len(tokens) and lowers[end] == "," and lowers[end + 1] in _DESCRIBERS)
    )


def _subject_position(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a name stands as a subject: opening its sentence, or before a verb, perhaps
    after an appositive or a party tag (``Rep. Sander M. Levin (Mich.), a superdelegate,
    said``)."""
    if tokens.opens_sentence(start):
        return True
    return _verb_follows(tokens, end)


_SUBJECT_PRONOUNS = frozenset("he she they we i it".split())


def _opens_clause(tokens: Tokens, start: int, end: int) -> bool:
    """Whether a name opens the main clause after an introductory phrase ("At the news
    conference, Manafort ...") or is named as a sentence's speaker ("..., said Wilcox")."""
    if start == 0:
        return False
    if (
        start >= 2
        and tokens.lowers[start - 1] in SPEECH_VERBS
        and tokens.texts[start - 2] == ","
        and not _verb_follows(tokens, end, appositive=False)
    ):
        # "..., said Wilcox": the sentence is his; not "Murphy, for example, said Trump
        # continued", where Trump only opens what Murphy said.
        return True
    before = start
    while before > 1 and is_role_word(tokens.texts[before - 1]):
        before -= 1  # ", Mayor Ted Terry noted."
    if tokens.texts[before - 1] != ",":
        return False
    first = tokens.sentence_start(start)
    if _verb_follows(tokens, end):
        # Not "He said the business, run by his friend, Martin Legere, gave ...": a clause
        # with its own subject and verb before the comma is the sentence's, and the name an
        # appositive inside it.
        return not (
            tokens.lowers[first] in _SUBJECT_PRONOUNS
            and any(
                _verb_like(tokens.texts[index], tokens.lowers[index])
                for index in range(first + 1, before - 1)
            )
        )
    if before < start:
        return False
    return tokens.lowers[first] in _INTRODUCERS and not any(
        _verb_like(tokens.texts[index], tokens.lowers[index]) for index in range(first, start - 1)
    )


def _presented(tokens: Tokens, start: int) -> bool:
    """ "Then there's Axelrod.": a name the writer presents becomes what the text is about."""
    before = tokens.lowers[max(0, start - 2) : start]
    return bool(before) and (
        before[-1] in ("there's", "here's") or before in (["there", "is"], ["there", "was"])
    )


def _verb_follows(tokens: Tokens, index: int, appositive: bool = True) -> bool:
    """Whether a verb comes next, skipping one parenthesis and (unless told not to) one
    appositive."""
    texts = tokens.texts
    count = len(texts)
    if index < count and texts[index] == "(":
        close = next((i for i in range(index, min(count, index + 8)) if texts[i] == ")"), None)
        if close is None:
            return False
        index = close + 1
    if (
        appositive
        and index + 1 < count
        and texts[index] == ","
        and index + 1 not in tokens.quoted
        and _verb_like(texts[index + 1], tokens.lowers[index + 1])
        and not tokens.lowers[index + 1].endswith("ing")
    ):
        return True  # "his wife, Jane, offered": the name closes an appositive
    if appositive and index < count and texts[index] in (",", "--", "—", "–"):
        # "Whit Ayres -- author of a report, which ... -- is skeptical"
        mark = "," if texts[index] == "," else texts[index]
        reach = 25 if mark == "," else 45  # a dash may hold a whole clause
        close = next(
            (i for i in range(index + 1, min(count, index + reach)) if texts[i] == mark), None
        )
        if close is None:
            return False
        index = close + 1
    return (
        index < count
        and index not in tokens.quoted
        and _verb_like(texts[index], tokens.lowers[index])
    )


def _opens_sentence(tokens: Tokens, start: int) -> bool:
    """Whether only a role, a title or an article stands before the name in its sentence."""
    sentences = tokens.sentences
    texts = tokens.texts
    sentence = sentences[start]
    index = start - 1
    while index >= 0 and sentences[index] == sentence:
        text = texts[index]
        if not (
            text[0].isupper() or is_role_word(text) or lower_plain(text) in ("the", "a", "an", "'s")
        ):
            return False
        index -= 1
    return True


def _vote_gender(person: Person, tokens: Tokens, after: int, stop: int) -> None:
    """Count the first ``he`` or ``she`` that opens a clause soon after a mention, before
    ``stop``, as a hint of the person's gender (possessives are left out: "her" often belongs
    to someone else)."""
    lowers = tokens.lowers
    for index in range(after, min(stop, len(tokens), after + 120)):
        if lowers[index] not in ("he", "she") or index in tokens.quoted:
            continue
        token = tokens[index]
        previous = tokens[index - 1] if index else None
        opens = (
            previous is None
            or previous.sentence != token.sentence
            or previous.text in {",", ";", "—"}
            or previous.lower in ("and", "but", "because", "that", "when", "as")
        )
        if opens:
            gender = "male" if token.lower == "he" else "female"
            person.votes[gender] = person.votes.get(gender, 0) + 1
        return
