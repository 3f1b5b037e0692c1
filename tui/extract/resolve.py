"""Who a speaker's words refer to: names, pronouns, roles and descriptions resolved to people.

The machinery every attribution pass shares. A full name, a surname or a title and surname
finds the person the article introduced; ``he`` or ``she`` the person of that gender the text
last made its subject; ``the senator`` or ``his spokesman`` the person holding that role, even
when the article names them only later; ``the Kremlin`` the organisation. A description that
names nobody (``a senior Cruz adviser``) is kept as the speaker, as written. A text speaks
for the author the article gave it (``a study by X ... the report said``); ``the team`` is the
side the article named; ``it`` with no text to mean is the body named last, by its initials if
so (``EDC declined ... it said``).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from itertools import islice

from tui.extract.layout import is_caption
from tui.extract.lexicon import (
    EPITHETS,
    GENDERED_ROLES,
    NOT_NAMES,
    ORGANISATION_HEADS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_VERBS,
    TITLES,
)
from tui.extract.mentions import Mentions
from tui.extract.people import (
    Mention,
    Person,
    Registry,
    gender_of_role,
    is_auxiliary,
    is_demonym,
    is_group,
    is_organisation,
    is_person_noun,
    plain,
    singular,
)
from tui.extract.phrases import (
    DETERMINERS,
    DOCUMENT,
    DOCUMENT_NOUN,
    FUNCTION_WORDS,
    WORD,
    clause_subject,
    noun_phrase,
    noun_phrase_forward,
    trailing_name,
    verb_subject,
)
from tui.extract.places import is_place
from tui.extract.quotes import QuoteSpan
from tui.extract.salience import most_salient
from tui.extract.tokens import Token, Tokens

# Endings of adjectives, which head no description of a speaker ("a thunderous").
_ADJECTIVE_ENDINGS = ("ous", "ive", "al", "ful", "ic", "able", "ible", "ed", "ing")


# Verbs after which "a" describes the subject rather than bringing someone in.
_COPULAS = frozenset("is was are were be been being am as became become becomes remains".split())
# Determiners that bring someone new into the story ("a top aide", "another official").
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})


# Words for a member of a legislature: a "lawmaker" is a senator, a representative, an MP.
_LEGISLATORS = frozenset(
    """
    lawmaker legislator senator representative congressman congresswoman mp assemblyman
    assemblywoman councillor councilor
    """.split()
)
# Texts whose authors speak through them, besides DOCUMENT_NOUN's: "a study by X ... the
# report found".
_STUDIES = frozenset("study survey poll analysis paper review audit".split())
# Where an organisation or a person puts out its texts ("on the company's website").
_SITES = frozenset("website site web-site blog page account feed channel".split())
# How many tokens after a text's noun its title and the site it is on may run.
_TITLE_TOKENS = 30
# Words that bring in a text's title ("a report titled ...").
_TITLING = frozenset("titled entitled called named".split())
# Verbs by which someone puts out a text: "the coalition sent a letter".
_ISSUE_VERBS = frozenset(
    "sent released issued published wrote filed commissioned posted signed".split()
)
# How many paragraphs, and at most how many words, back a text's author (or a team) is looked
# for (a bound, so that each quote of a long line costs no more than a stretch of it).
_AUTHOR_REACH = 4
_AUTHOR_TOKENS = 600
# Words of party allegiance, which describe a politician ("the Kentucky Republican").
_PARTISANS = frozenset(
    "republican republicans democrat democrats democratic libertarian gop tory conservative".split()
)
# Offices that set their holder apart from other epithets ("the candidate" is no mayor).
_OFFICES = frozenset(
    "president senator congressman congresswoman governor mayor chancellor premier speaker".split()
)


# Role words written as abbreviated titles, so that "the senator" finds "Sen. Ted Cruz".
_TITLE_ROLES = {
    "sen.": "senator",
    "sen": "senator",
    "rep.": "representative",
    "gov.": "governor",
    "gen.": "general",
    "lt.": "lieutenant",
    "dr.": "doctor",
    "prof.": "professor",
}


# Role nouns that name one office in different words, so that "the judge" finds "Justice Ann
# Lee" and "the coach" a side's "manager" (each maps to the word that stands for its office).
_SAME_OFFICE = {
    "justice": "judge",
    "magistrate": "judge",
    "manager": "coach",
    "boss": "coach",
}
# Words that make a different office of the one they qualify: a vice president is no president.
_LESSER = frozenset({"vice", "deputy", "assistant", "vice-president"})


# Endings of nouns for people by what they do: "defenceman", "proprietor", "brawler".
_AGENT_NOUN = re.compile(r"(?:[^aeiou]er|or|ist|ian|man|woman|ent|ant|ee)$")


# A compound of a name and a lower-case word: "Calgary-based", "Ontario-born".
_DESCRIBED_BY_PLACE = re.compile(r"-[a-z]+$")
# How many words may describe a noun between its article and itself ("the marine company").
_MODIFIERS = 4
# How many words (an age, a role) may stand between a speech verb and the name it brings in.
_SPEECH_REACH = 3
# A compound adjective of letters alone: "laid-back", "silver-haired" (not "45-year-old").
_PORTRAIT = re.compile(r"[a-z]+-[a-z]+")
# Descriptions of news outlets, and the last words of their names.
_OUTLET_NOUNS = frozenset(
    "daily newspaper paper outlet network broadcaster publication tabloid station".split()
)
_OUTLET_NAMES = frozenset(
    """
    news times post journal tribune herald press review magazine channel television radio
    star globe mail sun telegraph guardian gazette leader observer chronicle cbc ctv cnn
    """.split()
)
# Descriptions of a sports side, whose name is a plural ("the Raptors").
_TEAM_NOUNS = frozenset("team club franchise side squad".split())
# Descriptions of businesses.
_BUSINESS_NOUNS = frozenset(
    """
    company firm retailer maker manufacturer giant business startup insurer lender carrier
    airline chain brand developer operator producer supplier
    """.split()
)
# Last words of the names of public bodies, which no business description stands for.
_PUBLIC_NAMES = frozenset(
    """
    department ministry office agency council committee commission government court
    congress senate parliament assembly bureau service services police army navy party
    university college school union association
    """.split()
)


# Heads of descriptions of an organisation of some kind ("the agency", "the firm").
_ORGANISATION_KINDS = (
    _OUTLET_NOUNS
    | _BUSINESS_NOUNS
    | _PUBLIC_NAMES
    | _TEAM_NOUNS
    | frozenset("organisation organization group federation foundation institute charity".split())
)


def _fits(head: str, name: list[str]) -> bool:
    """Whether an organisation's name fits the kind a description's head noun says: an
    outlet's name for ``the daily``, a business's for ``the law firm``."""
    last = name[-1].lower()
    if head in _OUTLET_NOUNS:
        return last in _OUTLET_NAMES
    if head in _BUSINESS_NOUNS:
        return last not in _OUTLET_NAMES and last not in _PUBLIC_NAMES
    return False


def _office(word: str) -> str:
    """The word that stands for the office ``word`` names: ``senator`` for ``sen.``,
    ``judge`` for ``justice``."""
    word = _TITLE_ROLES.get(word, word)
    return _SAME_OFFICE.get(word, word)


def _may_describe(head: str, name: list[str] | tuple[str, ...]) -> bool:
    """Whether a description headed by ``head`` (``agency``, ``company``) may stand for the
    organisation called ``name``: a name that says its kind (``Ministry of Health``, ``Fox
    News``) only by that kind; one that does not (``Nasa``, ``Legambiente``) by any kind but
    an outlet or a business, which their names show."""
    words = [plain(word).lower() for word in name]
    kinds = set(words) & ORGANISATION_HEADS
    if kinds:
        return head in kinds
    if head in _OUTLET_NOUNS or head in _BUSINESS_NOUNS:
        return _fits(head, list(name))
    return True


def may_be_someone(person: Person) -> bool:
    """Whether a name the registry took for a person may be one: not a place, a people or a
    day (``Sumatra``, ``Canadian``, ``Christmas Day``), which a capitalised run can also be."""
    if person.kind != "person":
        return True
    name = " ".join(person.words)
    return not (
        is_place(name)
        or is_demonym(name)
        or any(word.lower() in _DAY_WORDS for word in person.words)
    )


# Words of the names of days, months and holidays (not those that are also people's names:
# May, June, April, August).
_DAY_WORDS = frozenset(
    """
    day eve monday tuesday wednesday thursday friday saturday sunday january february
    september october november december christmas easter
    """.split()
)


def _speaks(noun: str) -> bool:
    """Whether a common noun heading a description can be someone, or something, speaking."""
    return noun.endswith("-old") or any(  # "my two-year-old", "the 45-year-old"
        word in SPEAKER_NOUNS
        or word in ROLE_NOUNS
        or word in EPITHETS
        or word in ORGANISATION_HEADS
        or DOCUMENT_NOUN.fullmatch(word)
        for word in (noun, singular(noun))
    )


def is_document(person: Person) -> bool:
    """Whether a speaker is a text rather than a person ("The book accuses Bob of ... He
    said"): a document is never "he" or "she"."""
    return person.kind == "description" and DOCUMENT.match(person.name) is not None


def _is_text(noun: str) -> bool:
    """Whether a noun names a text that speaks for its author: a letter, a report, a study."""
    return noun in _STUDIES or DOCUMENT_NOUN.fullmatch(noun) is not None


def _same_kind(noun: str, other: str) -> bool:
    """Whether two nouns may name one text: the same noun (``email``, ``e-mail``), or two
    names of a piece of research (``a study ... the report``)."""
    research = _STUDIES | {"report"}
    return noun.replace("-", "") == other.replace("-", "") or (
        noun in research and other in research
    )


def lone_names(text: str) -> set[str]:
    """The capitalised words of ``text`` that no other capitalised word precedes: ``Cruz`` in
    "Cruz is our best", not ``Sanders`` in "it's not Bernie Sanders" (people name themselves in
    full, if at all)."""
    words = [word.removesuffix("’s").removesuffix("'s") for word in WORD.findall(text)]
    return {
        word
        for index, word in enumerate(words)
        if word[:1].isupper() and (index == 0 or not words[index - 1][:1].isupper())
    }


def _names(word: str) -> bool:
    """Whether a word of a description is part of a name: capitalised, and no compound
    that describes by a place (``Calgary-based``, ``Ontario-born``)."""
    return word[:1].isupper() and _DESCRIBED_BY_PLACE.search(word) is None


def _not_a_noun(word: str) -> bool:
    """Whether a word ending a speaker's description is the writer's next words, not the
    description's noun: "in", "heard", "involved", "always", "can't"."""
    lowered = plain(word).lower()
    if word[:1].isupper() or lowered in ROLE_NOUNS or lowered in ROLE_MODIFIERS:
        return False
    return (
        lowered in FUNCTION_WORDS
        or is_auxiliary(lowered)
        or lowered in ("not", "now", "down", "up", "out", "be", "been")
        or lowered.endswith(("ly", "n't", "n’t", "ed", "ing"))
    )


# How many paragraphs back a pronoun may reach for its person.
_REACH = 4
# How many sentences back a paragraph's speaker is still the one a pronoun means.
_LATELY = 2
# How many mentions back a paragraph's speaker is looked for (a bound, for long lines).
_LATELY_MENTIONS = 40
# What a sentence further back in the paragraph costs a candidate for a pronoun (a paragraph
# back costs 2).
_SENTENCE_STEP = 0.5


class Resolver:
    """What the article has said so far about its people, and how a phrase finds one of them.

    It keeps the mentions in reading order (names, and the speakers the passes attribute) and
    each paragraph's last speaker; the attribution passes read and add to them."""

    def __init__(
        self,
        texts: list[str],
        tokens: list[Tokens],
        registry: Registry,
        quotes: list[QuoteSpan],
        author: str | None = None,
    ) -> None:
        self.texts = texts
        self.quotes = quotes
        self.author = author
        self.tokens = tokens
        self.registry = registry
        # A caption names who is in the picture, not whom the text is about.
        captions = {block for block, text in enumerate(texts) if is_caption(text)}
        # Nor is a place, a people or a day the registry took for a person anyone's subject.
        no_one = {id(person) for person in registry.people if not may_be_someone(person)}
        self.mentions = Mentions(
            (
                mention
                for mention in registry.mentions
                if mention.block not in captions and id(mention.person) not in no_one
            )
            if captions or no_one
            else registry.mentions
        )
        self.last_speaker: dict[int, Person] = {}  # paragraph -> its last speaker
        # paragraph -> where its last quote opens
        self.last_quote_at: dict[int, int] = {quote.block: quote.open_at for quote in quotes}
        # paragraph -> the organisations it names, with where they start (read when needed)
        self._organisations: dict[int, list[tuple[int, list[str]]]] = {}
        # paragraph -> the documents it names ("the statement"), and where each ends
        self.documents: dict[int, tuple[list[re.Match[str]], list[int]]] = {}
        self.writer: Person | None = None  # the article's author, once they say "I"
        self.quoted_surnames: set[str] = set()  # names the quote being attributed says alone
        self._add_role_mentions()
        self._add_described_people()

    def sentence_pronouns(self) -> list[tuple[int, int, Token]]:
        """Each ``He`` or ``She`` that opens a sentence near a quote, in reading order."""
        near = {quote.block - step for quote in self.quotes for step in range(_REACH)}
        found: list[tuple[int, int, Token]] = []
        for block in sorted(number for number in near if 0 <= number < len(self.texts)):
            tokens = self.tokens[block]
            for index, lower in enumerate(tokens.lowers):
                if lower not in ("he", "she") or index in tokens.quoted:
                    continue
                if tokens.opens_sentence(index):
                    found.append((block, tokens.starts[index], tokens[index]))
        return found

    def follow_pronoun(self, block: int, token: Token) -> None:
        """Count a ``He`` or ``She`` that opens a sentence as a mention of whom it stands for:
        the person a text keeps as its subject stays the likeliest speaker of the next quote
        ("It was a reversal for Ryan. He said Trump must unify the party. '...,' he added.")."""
        person = self.resolve_pronoun(PRONOUNS[token.lower], block, token.start)
        if person is not None:
            mention = Mention(person, block, token.start, token.end, token.text, True, True)
            self.mentions.add(mention)

    def _add_role_mentions(self) -> None:
        """Count ``the former president said`` as a mention of the person holding that role,
        so that a pronoun after it finds them."""
        quoted = {quote.block for quote in self.quotes}
        for block, tokens in enumerate(self.tokens):
            if block not in quoted and block + 1 not in quoted:
                continue  # only pronouns near quotes are ever resolved
            for index, lower in enumerate(tokens.lowers):
                if lower != "the" or index in tokens.quoted:
                    continue
                token = tokens[index]
                opens = tokens.opens_sentence(index)
                if not opens and tokens[index - 1].text not in {",", ";"}:
                    continue
                end = index + 1
                while (
                    end < len(tokens)
                    and end - index <= 5
                    and (
                        plain(tokens[end].text).lower() in ROLE_MODIFIERS
                        or plain(tokens[end].text).lower() in ROLE_NOUNS
                        or (tokens[end].capitalised and tokens[end].is_word)
                    )
                ):
                    end += 1
                if end == index + 1 or end >= len(tokens):
                    continue
                last = plain(tokens[end - 1].text).lower()
                following = tokens[end]
                if last not in ROLE_NOUNS or following.capitalised or not following.is_word:
                    continue
                words = [plain(tokens[i].text).lower() for i in range(index, end)]
                holder = self.role_holder(words, None, block, token.start)
                if holder is not None:
                    text = " ".join(tokens[i].text for i in range(index, end))
                    mention = Mention(
                        holder, block, token.start, tokens[end - 1].end, text, True, opens
                    )
                    self.mentions.add(mention)

    def _add_described_people(self) -> None:
        """Count someone the article brings in by a description that shows their gender (``a
        17-year-old girl``, ``a local man``) as a mention, so that the ``she`` or ``he`` after
        it may mean them rather than a named person of unknown gender."""
        for block in sorted({quote.block for quote in self.quotes}):
            # Only pronouns near quotes are ever resolved; most paragraphs describe no one so.
            tokens = self.tokens[block]
            lowers = tokens.lowers
            if GENDERED_ROLES.keys().isdisjoint(lowers):
                continue
            for index, lower in enumerate(lowers):
                if lower not in ("a", "an") or index in tokens.quoted:
                    continue
                if (
                    index
                    and lowers[index - 1] in _COPULAS
                    and (index < 2 or lowers[index - 2] != "there")
                ):
                    # "when I was a young man" says what someone is; "there was a woman" brings
                    # her in.
                    continue
                end = index + 1
                while (
                    end < len(tokens)
                    and end - index <= _MODIFIERS
                    and tokens[end].is_word
                    and not tokens[end].capitalised
                    and lowers[end] not in GENDERED_ROLES
                    and lowers[end] not in FUNCTION_WORDS
                ):
                    end += 1
                if end >= len(tokens) or lowers[end] not in GENDERED_ROLES:
                    continue
                if end + 1 < len(tokens) and tokens[end + 1].capitalised:
                    continue  # "a spokesman, Ed Lee", "a girl named Ann": the name says who
                text = " ".join(tokens.texts[index : end + 1])
                person = self.description(text)
                if person is None:
                    continue
                opens = tokens.opens_sentence(index)
                token = tokens[index]
                self.mentions.add(
                    Mention(person, block, token.start, tokens[end].end, text, opens, opens)
                )

    def subject_before(self, block: int, position: int) -> Person | None:
        """The person who opened a sentence of this paragraph before ``position``."""
        for mention in self.mentions.before(block, position):
            if mention.block != block:
                break
            if mention.lead and mention.person.kind == "person":
                return mention.person
        return None

    def sentence_subject(self, block: int, tokens: Tokens, first: int) -> Person | None:
        """The person who opens the sentence that holds ``tokens[first]``, if one does."""
        if first >= len(tokens):
            return None
        start = tokens.starts[tokens.sentence_start(first)]
        found = None
        for mention in self.mentions.before(block, tokens[first].start):
            if mention.block != block or mention.start < start:
                break
            if mention.lead and mention.person.kind == "person":
                found = mention.person  # the first in the sentence, walking back
        return found

    def resolve_phrase(
        self, phrase: list[Token], block: int, position: int
    ) -> tuple[Person | None, str]:
        """The person a speaker's noun phrase refers to, and the phrase as written."""
        for index in range(len(phrase) - 2, -1, -1):
            if phrase[index].text.endswith(("'s", "’s")):
                # "The New Republic's Jeet Heer": the name after the possessive.
                rest = phrase[index + 1 :]
                if trailing_name([plain(token.text) for token in rest]):
                    phrase = rest
                elif DOCUMENT_NOUN.fullmatch(rest[-1].lower) and trailing_name(
                    [plain(token.text) for token in phrase[: index + 1]]
                ):
                    # "Phillips's statement said": its author speaks through it.
                    phrase = phrase[: index + 1]
                break
        for index, token in enumerate(phrase):
            if (
                index
                and token.lower in _TITLING
                and _is_text(plain(phrase[index - 1].text).lower())
            ):
                # "a document titled White Paper: ...": the text speaks, not its title.
                phrase = phrase[:index]
                break
        for index, token in enumerate(phrase):
            if index and token.lower in ("of", "for", "with", "at"):
                # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies",
                # "Gov. Earl Ray Tomblin of West Virginia", "Joe Mulligan with Railroad
                # Workers United"; not "Secretary of State John Kerry".
                head = phrase[:index]
                named = trailing_name([plain(word.text) for word in head])
                if named and not is_organisation(named):  # not "School of Public Policy"
                    phrase = head
                elif head[-1].lower in ROLE_NOUNS and head[0].lower == "the":
                    # "the founder of Studiocomix Press": the person the role describes, not
                    # the organisation the role is in.
                    phrase = head
                break
        text = " ".join(token.text for token in phrase)
        words = [plain(token.text) for token in phrase]
        lowered = [word.lower() for word in words]
        if len(phrase) == 1 and lowered[0] in PRONOUNS:
            gender = PRONOUNS[lowered[0]]
            if gender in ("male", "female"):
                return self.resolve_pronoun(gender, block, position), phrase[0].text
            if gender == "neuter":
                found = self.last_document(block, position)
                if found is not None:
                    found = self.document_author(block, position) or found
                return found or self.last_organisation(block, position), phrase[0].text
            if gender == "plural":
                return self.last_organisation(block, position), phrase[0].text
            if lowered[0] == "i":
                # The writer speaks in the first person: the article's author.
                self.writer = self.description(self.author or "the author")
                return self.writer, phrase[0].text
            return None, phrase[0].text
        if lowered[0] in POSSESSIVES and len(words) > 1:
            owner_gender = POSSESSIVES[lowered[0]]
            owner = (
                self.resolve_pronoun(owner_gender, block, position)
                if owner_gender in ("male", "female")
                else None
            )
            if owner is not None and DOCUMENT_NOUN.fullmatch(lowered[-1]):
                return owner, text  # "her statement said": she speaks through it
            holder = self.role_holder(lowered[1:], owner, block, position)
            return holder or self.description(text), text
        name_words = trailing_name(words)
        if len(words) == 1 and words[0][:1].isupper() and is_organisation(words):
            known = self.registry.by_surname.get(lowered[0])
            if known is not None and known.kind == "person":
                # "says House" after "artistic director Christopher House": the person, though
                # the word heads organisations' names.
                return known, words[0]
        if (
            name_words
            and is_place(" ".join(name_words))
            and not self._names_a_person(words, name_words)
        ):
            # "Beijing said": a capital speaks for its government.
            return self.organisation(name_words), " ".join(name_words)
        if (
            name_words
            and not is_organisation(name_words)
            and self.registry.find(name_words) is None
            and (
                is_group(name_words)
                or (len(name_words) == 1 and name_words[0].lower() in self.registry.common_words)
            )
        ):
            group = " ".join(name_words)
            return self.description(group), group  # "Mexicans said", "Others said"
        if name_words and not is_organisation(name_words):
            person = self.registry.find(name_words)
            if person is None:
                person = self.registry.add(name_words)
                role_words = [
                    word
                    for word in words[: len(words) - len(name_words)]
                    if word.lower() not in DETERMINERS
                ]
                if any(word.lower() in ROLE_NOUNS or word.lower() in TITLES for word in role_words):
                    person.role = " ".join(role_words)
                    person.gender = person.gender or gender_of_role(person.role)
            return person, " ".join(name_words)
        if (
            lowered[0] == "the"
            and len(words) > 1
            and _is_text(lowered[-1])
            and not any(word[:1].isupper() for word in words[1:])
        ):
            # "the report said": the text speaks for its author, when the article named them
            # ("a study by the School of Public Policy", "a coalition sent a letter").
            author = self.document_author(block, position, lowered[-1])
            if author is not None:
                return author, text
        if (
            lowered[0] in ("a", "an")
            and len(words) > 1
            and _is_text(lowered[-1])
            and not any(word[:1].isupper() for word in words[1:])
        ):
            # "says a document titled ... on the railway's website": a text brought in at
            # its words speaks for the author its introduction names.
            tokens = self.tokens[block]
            index = bisect_left(tokens.starts, phrase[-1].start)
            author = self._author_at(block, tokens, index) if index < len(tokens) else None
            if author is not None:
                return author, text
        if is_organisation(words) and lowered[-1] not in ROLE_NOUNS:
            if not any(_names(word) for word in words[1:]):
                # "the company said", "the Calgary-based railway said": a description, which
                # names the organisation the article introduced, else stands as written ("a
                # spokesperson for the agency", "prosecutor's office"; "who" is no WHO).
                named = (
                    self.organisation_described(lowered[1:], block, position)
                    if lowered[0] == "the"
                    else None
                )
                return named or self.description(text), text
            return self.organisation(words), text
        if any(word in ROLE_NOUNS for word in lowered) and lowered[0] not in _INDEFINITE:
            # "a top aide said" brings in someone new; "the aide said" means one named before.
            holder = self.role_holder(lowered, None, block, position)
            if holder is not None:
                return holder, text
        if lowered[0] == "the" and self._is_epithet(words[1:]):
            # "the businessman replied": a story calls the person it is about by a role.
            def fits(candidate: Person) -> bool:
                return candidate.kind == "person" and not self._holds_other_role(candidate, lowered)

            person = None
            if _PARTISANS & set(lowered) or any(is_place(word) for word in words[1:]):
                # "the Kentucky Republican": a party or a home state describes a public
                # figure, someone the article gave a title or an office.
                person = self.in_focus(
                    gender_of_role(text),
                    block,
                    position,
                    lambda candidate: fits(candidate) and candidate.role is not None,
                )
            person = person or self.in_focus(gender_of_role(text), block, position, fits)
            if person is not None:
                return person, text
        described = self.description(text)
        if (
            described is None
            and lowered[0] == "the"
            and len(words) > 2
            and singular(lowered[-1]) == lowered[-1]
            and lowered[-1] not in ROLE_MODIFIERS
            and not DOCUMENT_NOUN.fullmatch(lowered[-1])
            and not _not_a_noun(words[-1])
            and all(
                "-" in word or not (_not_a_noun(word) or word.lower() in POSSESSIVES)
                for word in words[1:-1]
            )
        ):
            # "says the bow-tied maverick": a definite description, modified as a portrait
            # is, of one of no kind the article's speakers have, is an epithet for someone
            # the text is about (not "the diocese", "the safety checks").
            person = self.in_focus(
                gender_of_role(text), block, position, lambda candidate: candidate.kind == "person"
            )
            if person is not None:
                return person, text
        return described, text

    def _names_a_person(self, words: list[str], name_words: list[str]) -> bool:
        """Whether a name that is also a place's stands for a person here: after a courtesy
        title ("Mr Henderson said"), or as the surname of someone the article introduced by
        full name ("Bill Henderson ... Henderson said")."""
        before = len(words) - len(name_words)
        if before and words[before - 1].lower().rstrip(".") in TITLES:
            return True
        person = self.registry.find(name_words)
        return (
            person is not None and person.kind == "person" and len(person.words) > len(name_words)
        )

    @staticmethod
    def _holds_other_role(person: Person, role: list[str]) -> bool:
        """Whether the article gives ``person`` an office that is not ``role`` (a mayor is not
        "the candidate", though a host may be "the mogul")."""
        held = {
            _TITLE_ROLES.get(word, word) for word in (person.role or "").lower().split()
        } & _OFFICES
        return bool(held) and not held & set(role)

    @staticmethod
    def _is_epithet(words: list[str]) -> bool:
        """``businessman``, ``New York billionaire``, ``Republican presidential candidate``:
        a role the press gives a known figure in place of the name, not one it gives someone
        it does not name (``the woman``, ``the official``)."""
        if not words:
            return False
        head = words[-1].lower()
        if Resolver._is_portrait(words):
            return True
        if head not in EPITHETS and not (
            # "the rookie defenceman", "the affable proprietor": a modified agent noun.
            len(words) > 1
            and _AGENT_NOUN.search(head)
            and head not in ROLE_NOUNS
            and head not in SPEAKER_NOUNS
            and not words[-1][:1].isupper()
        ):
            return False
        return all(
            not word[:1].isupper() or word.lower() in ROLE_MODIFIERS or is_place(word)
            for word in words[:-1]
        )

    @staticmethod
    def _is_portrait(words: list[str]) -> bool:
        """``laid-back resident``, ``self-taught Cambridge artist``: a person noun after a
        compound that draws a portrait, which a story says of someone it has introduced,
        whatever the noun and wherever the person lives or works."""
        return (
            len(words) > 1
            and is_person_noun(words[-1].lower())
            and any(_PORTRAIT.fullmatch(word) for word in words[:-1])
        )

    def organisation(self, words: list[str]) -> Person:
        kept = [word for word in words if word.lower() not in DETERMINERS]
        return self.registry.add(kept or words, kind="organisation")

    def description(self, text: str) -> Person | None:
        """A speaker the article describes but does not name: ``a senior Cruz adviser``;
        None when the words describe no one (``a thunderous``, ``that were hacked``)."""
        written = text.split()
        # The writer's words a noun phrase ran into: "one Republican involved in".
        while written and _not_a_noun(written[-1]):
            written.pop()
        words = [plain(word).lower() for word in written]
        if (
            len(words) > 1
            and words[0] == "that"
            and (words[1] in POSSESSIVES or words[1] in DETERMINERS)
        ):
            # "said that her campaign": the conjunction opens the clause, not the phrase.
            written, words = written[1:], words[1:]
        if (
            not words
            or all(word in NOT_NAMES for word in words)
            or words[0] in FUNCTION_WORDS - {"that", "which", "who"}
            or (
                words[0] in ("that", "which", "who")
                and len(words) > 1
                and (is_auxiliary(words[1]) or words[1] in PRONOUNS or words[1] == "you")
            )
        ):
            return None  # "to what Islamic State", "that you can't", not "That letter"
        head = words[-1]
        if (
            not written[-1][:1].isupper()
            and head not in ROLE_NOUNS
            and head.endswith(_ADJECTIVE_ENDINGS)
        ) or all(word[:1].isdigit() for word in words):
            return None  # "a wave of surprisingly positive", "108,000": no one speaks
        if not written[-1][:1].isupper() and not any(_speaks(word) for word in words):
            return None  # "the past showed", "The concerns reflected": no one speaks
        text = " ".join(written)
        person = self.registry.add([text], kind="description")
        person.gender = person.gender or gender_of_role(text)
        return person

    def resolve_pronoun(self, gender: str, block: int, position: int) -> Person | None:
        """The person of ``gender`` a "he" or "she" stands for: the most salient of the
        people the text is about (``tui.extract.salience``), else the last person of that
        gender named anywhere before. Whoever opens the pronoun's own sentence comes first
        ('Ban condemned what he called "..."'); then the paragraph's speaker, when no one the
        pronoun may mean has opened a sentence since ('"A," said X. "B," he said.')."""
        opener = self._sentence_opener(gender, block, position)
        if opener is not None:
            return opener
        speaker = self.last_speaker.get(block)
        # "he" or "she" is never the writer who says "I".
        if (
            speaker is not None
            and speaker is not self.writer
            and not is_document(speaker)
            and speaker.likely_gender() in (gender, None)
            # "a top aide said" shows no gender: "she" may well be someone else.
            and not (speaker.kind == "description" and speaker.likely_gender() is None)
            and self._spoke_lately(speaker, gender, block, position)
        ):
            if speaker.likely_gender() is None:
                return self._shown_since(speaker, gender, block, position) or speaker
            return speaker
        chosen = most_salient(self, gender, block, position)
        if chosen is None:
            # Nobody near: the last person of that gender named anywhere before.
            for mention in self.mentions.before(block, position):
                person = mention.person
                if person.kind == "person" and person.likely_gender() == gender:
                    return person
        if chosen is not None and chosen.likely_gender() is None:
            # Agreement decides where it can: someone the text has just brought in by a
            # description of the pronoun's gender, since this person of unknown gender was
            # named ("Dr Kluge spoke. Rescuers found a girl. '...,' she said").
            chosen = self._shown_since(chosen, gender, block, position) or chosen
        if (
            chosen is not None
            and chosen.likely_gender() is None
            and self._shown_since(chosen, gender, block, position, ("person",)) is None
        ):
            # The text has now shown this person's gender, unless someone it shows to be of
            # that gender was named since, whom the pronoun may as well mean: later pronouns
            # can rely on it.
            chosen.votes[gender] = chosen.votes.get(gender, 0) + 1
        return chosen

    def _shown_since(
        self,
        unknown: Person,
        gender: str,
        block: int,
        position: int,
        kinds: tuple[str, ...] = ("description",),
    ) -> Person | None:
        """Someone (of ``kinds``: by default described, as ``a young woman``) the text shows
        to be of ``gender``, named in this paragraph after the last mention of ``unknown``
        (whose gender it does not show) and before ``position``; by default, a name of that
        gender is left to salience, which weighs it already."""
        for mention in islice(self.mentions.before(block, position), _LATELY_MENTIONS):
            person = mention.person
            if mention.block != block or person is unknown:
                return None
            if (
                person.kind in kinds
                and person.likely_gender() == gender
                and person is not self.writer
                and not is_document(person)
            ):
                return person
        return None

    def _sentence_at(self, block: int, position: int) -> int:
        """The number of the sentence of paragraph ``block`` that holds ``position``."""
        tokens = self.tokens[block]
        if not tokens:
            return 0
        return tokens.sentences[max(0, bisect_right(tokens.starts, position) - 1)]

    def _sentence_opener(self, gender: str, block: int, position: int) -> Person | None:
        """The person who opens the sentence a ``he`` or ``she`` at ``position`` stands in,
        when their gender may be the pronoun's: the subject the clause is about ("Ban Ki-moon
        condemned what he called ...", "When Kaine spoke, he said")."""
        here = self._sentence_at(block, position)
        opener: Person | None = None
        for mention in islice(self.mentions.before(block, position), _LATELY_MENTIONS):
            if mention.block != block or self._sentence_at(block, mention.start) != here:
                break
            if (
                mention.lead
                and mention.start < mention.end  # not a speaker counted at their quote
                and mention.text.lower() not in PRONOUNS  # not "He", resolved before
                and not mention.text.endswith(("'s", "’s"))  # "Trump's attorney said"
            ):
                opener = mention.person
        if (
            opener is None
            or opener.kind != "person"
            or opener is self.writer
            or opener.likely_gender() not in (gender, None)
            or not may_be_someone(opener)
        ):
            return None
        return opener

    def _spoke_lately(self, speaker: Person, gender: str, block: int, position: int) -> bool:
        """Whether ``speaker`` spoke in this sentence or the two before, and no sentence has
        since opened with someone else the pronoun may mean ('"A," Trump said. Kaine said he
        was concerned. "B," he said.' is Kaine's). In a line that runs several paragraphs
        together, the line's last speaker may be long out of the story."""
        for mention in islice(self.mentions.before(block, position), _LATELY_MENTIONS):
            if mention.block != block:
                break
            person = mention.person
            if person is speaker:
                spoke = self._sentence_at(block, mention.start)
                return self._sentence_at(block, position) - spoke <= _LATELY
            if (
                mention.lead
                and person.kind == "person"
                and person.likely_gender() in (gender, None)
            ):
                return False
        return False

    def in_focus(
        self,
        gender: str | None,
        block: int,
        position: int,
        eligible: Callable[[Person], bool] | None = None,
    ) -> Person | None:
        """The person of ``gender`` (any, if None) the text last made its subject, among those
        ``eligible``.

        Candidates are people named in this and the last few paragraphs; the nearest wins,
        counting a paragraph back, a mention that is not a subject, and a person whose gender
        the article does not show as steps further away.
        """
        best: tuple[float, int] | None = None
        chosen: Person | None = None
        here = self._sentence_at(block, position)
        for order, mention in enumerate(self.mentions.before(block, position)):
            distance = block - mention.block
            if distance > _REACH or (best is not None and best[0] <= 2.0 * distance):
                break  # none further back is nearer: each paragraph back costs 2
            person = mention.person
            if person.kind == "organisation" or person is self.writer:
                continue
            if eligible is not None and not eligible(person):
                continue
            if person.words and person.words[-1] in self.quoted_surnames:
                continue  # '"Cruz is our best debater," he says': someone else speaks of Cruz
            known = person.likely_gender()
            if (person.kind == "description" and known is None) or is_document(person):
                continue
            if known is not None and gender is not None and known != gender:
                continue
            # A name its speech verb brings in ("insists Ann Lee") is a speaker, as much the
            # topic as one who opens a sentence.
            lead = mention.lead or self._named_at_speech(mention)
            cost = 2.0 * distance + (0 if lead else 1.5 if mention.subject else 2.5)
            if known is None and gender is not None:
                cost += 1.0
            if not distance:
                # Within a paragraph, sentences back count too: a line that runs several
                # paragraphs together is read as the paragraphs it holds.
                cost += _SENTENCE_STEP * max(0, here - self._sentence_at(block, mention.start) - 1)
            score = (cost, order)
            if best is None or score < best:
                best, chosen = score, person
        return chosen

    def _named_at_speech(self, mention: Mention) -> bool:
        """Whether a speech verb just before a name brings it in as its speaker, inverted:
        ", insists Ann Lee", '" says 16-year-old Ann Lee', '" says cartoonist Ann Lee'."""
        if mention.text.endswith(("'s", "’s")):
            return False  # "says Ann Lee's partner": the partner speaks
        tokens = self.tokens[mention.block]
        index = bisect_left(tokens.starts, mention.start)
        for before in range(index - 1, max(index - 1 - _SPEECH_REACH, -1), -1):
            if tokens.lowers[before] in SPEECH_VERBS:
                # The verb after its quotation or a comma, its subject after it; not
                # "Sanders told Rolling Stone", whose name is the listener.
                return before == 0 or not tokens.texts[before - 1][:1].isalnum()
            if not tokens.texts[before][:1].isalnum():
                break  # "says Ann Lee's partner, Paul Stone": the verb's name is another
        return False

    def last_document(self, block: int, position: int) -> Person | None:
        """What "it" stands for when it speaks: the letter, statement or ad named last."""
        for number in range(block, max(block - 2, -1), -1):
            if number not in self.documents:
                # Found once a paragraph, not again for each "it" in it.
                found = list(DOCUMENT.finditer(self.texts[number]))
                self.documents[number] = (found, [match.end() for match in found])
            matches, ends = self.documents[number]
            count = bisect_right(ends, position) if number == block else len(matches)
            if count:
                return self.description(matches[count - 1].group())
        return None

    def document_author(self, block: int, position: int, noun: str | None = None) -> Person | None:
        """Who wrote the text (of the kind ``noun`` says, if given) the article last introduced
        before ``position``, if it says: ``a study by X``, ``X's report``, ``X sent a
        letter``; None when that text has no author named (it is then its own speaker)."""
        budget = _AUTHOR_TOKENS
        for number in range(block, max(block - _AUTHOR_REACH, -1), -1):
            tokens = self.tokens[number]
            lowers = tokens.lowers
            end = bisect_left(tokens.starts, position) if number == block else len(tokens)
            for index in range(end - 1, 0, -1):
                budget -= 1
                if budget < 0:
                    return None
                word = lowers[index]
                if index in tokens.quoted or not _is_text(word):
                    continue
                if noun is not None and not _same_kind(noun, word):
                    continue
                if lowers[index - 1] in ("the", "this", "that", "its"):
                    # "the report": the text again, not where it is introduced; but "the
                    # railway said in the report" says whose it is.
                    author = self._speaker_in(number, tokens, index - 1)
                    if author is not None:
                        return author
                    continue
                return self._author_at(number, tokens, index)
        return None

    def _speaker_in(self, block: int, tokens: Tokens, index: int) -> Person | None:
        """Who speaks in the text named from ``tokens[index]`` on, as the writer says ("the
        railway said in the report", "Lee wrote in the letter"): the subject of the speech
        verb before "in", if it is someone named or an organisation."""
        if (
            index < 2
            or tokens.lowers[index - 1] != "in"
            or tokens.lowers[index - 2] not in SPEECH_VERBS
        ):
            return None
        start = tokens.sentence_start(index)
        window = [tokens[i] for i in tokens.outside_quotes(start, index - 2, 40)]
        phrase = verb_subject(window)
        if not phrase:
            return None
        # "The marine company said": the description's words before its head, to its article.
        first = len(window) - len(phrase)
        for back in range(first - 1, max(first - _MODIFIERS, -1), -1):
            word = window[back]
            if not word.is_word or (word.capitalised and back > 0):
                break
            if word.lower in DETERMINERS:
                phrase = window[back:]
                break
        person = self._named_by(phrase, block)
        return person if person is not None and person.kind != "description" else None

    def _author_at(self, block: int, tokens: Tokens, index: int) -> Person | None:
        """The author the words around the text named at ``tokens[index]`` give, if any."""
        following = noun_phrase_forward(
            [tokens[i] for i in range(index + 2, min(index + 14, len(tokens)))], 0
        )
        if index + 1 < len(tokens) and tokens[index + 1].lower == "by" and following:
            author = self._named_by(following, block)
            if any(word.capitalised for word in following):
                return author
            # "a report by the railway company": the organisation the description stands for.
            return author if author is not None and author.kind == "organisation" else None
        sentence = tokens.sentences[index]
        for ahead in range(index + 2, min(index + _TITLE_TOKENS, len(tokens))):
            if tokens.sentences[ahead] != sentence or ahead in tokens.quoted:
                break
            owner = tokens[ahead - 1]
            if (
                tokens.lowers[ahead] in _SITES
                and owner.capitalised
                and owner.text.endswith(("'s", "’s"))
            ):
                # "a document titled ... on Canadian Pacific Railway's website": a text on
                # someone's site is theirs.
                run = ahead - 1
                while run > index + 1 and tokens[run - 1].capitalised and tokens[run - 1].is_word:
                    run -= 1
                return self._named_by([tokens[i] for i in range(run, ahead)], block)
        start = tokens.sentence_start(index)
        before = [tokens[i] for i in tokens.outside_quotes(start, index, 40)]
        for back in range(len(before) - 1, max(len(before) - 5, -1), -1):
            word = before[back]
            if word.text.endswith(("'s", "’s")) and word.capitalised:
                # "Amnesty International's report": the name the possessive ends.
                run = back
                while run > 0 and before[run - 1].capitalised and before[run - 1].is_word:
                    run -= 1
                return self._named_by(before[run : back + 1], block)
            if word.lower in _ISSUE_VERBS:
                comma = next((i for i, other in enumerate(before[:back]) if other.text == ","), 0)
                if comma and before[0].lower in ("a", "an", "the"):
                    # "A coalition of 40 groups, including ..., sent": the opening phrase.
                    phrase = before[:comma]
                else:
                    phrase = noun_phrase(before[:back]) or clause_subject(before[:back])
                return self._named_by(phrase, block) if phrase else None
        return None

    def _named_by(self, phrase: list[Token], block: int) -> Person | None:
        """The person or organisation a phrase naming an author stands for."""
        words = [plain(token.text) for token in phrase]
        named = [word for word in words if word.lower() not in DETERMINERS]
        if any(_names(word) for word in named) and is_organisation(words):
            return self.organisation(words)  # "the School of Public Policy", whole
        person, _ = self.resolve_phrase(phrase, block, phrase[0].start)
        if (
            person is not None
            and person.kind == "description"
            and _is_text(person.name.split()[-1].lower())
        ):
            return None  # a text by a text: no author
        return person

    def organisation_described(
        self, described: list[str], block: int, position: int
    ) -> Person | None:
        """The organisation a description (``the company``, ``the railway company``, ``the
        daily``; its lower-case words after "the") stands for: among the organisations named
        in the last few paragraphs, the nearest whose name holds one of its words, else the
        nearest of the kind its head noun says (see ``_fits``)."""
        head = described[-1]
        nearest: list[str] | None = None
        for number in range(block, max(block - _REACH, -1) - 1, -1):
            for start, words in reversed(self._organisations_in(number)):
                if number == block and start >= position:
                    continue
                if any(word.lower() in described for word in words):
                    return self.organisation(words)
                if nearest is None and _fits(head, words):
                    nearest = words
        if nearest is None and head in _TEAM_NOUNS:
            nearest = self._team_before(block, position)
        if nearest is None:
            # "the railway" long after "Canadian Pacific Railway" spoke: the organisation the
            # article has made a speaker, when its name holds the description's words.
            for person in reversed(self.registry.people):
                if person.kind == "organisation" and any(
                    word.lower() in described for word in person.words
                ):
                    return person
        if nearest is None and head in _ORGANISATION_KINDS:
            # "Nasa welcomed the findings. In a statement, the agency said": the nearest
            # organisation the article named whose name says it is of no other kind.
            for number in range(block, max(block - _REACH, -1) - 1, -1):
                for start, words in reversed(self._organisations_in(number)):
                    if (number < block or start < position) and _may_describe(head, words):
                        return self.organisation(words)
        return self.organisation(nearest) if nearest else None

    def _team_before(self, block: int, position: int) -> list[str] | None:
        """The team the article last named before ``position``: ``the`` and a capitalised
        plural that names no people or place (``the Raptors``, ``the Maple Leafs``)."""
        budget = _AUTHOR_TOKENS
        for number in range(block, max(block - _REACH, -1) - 1, -1):
            tokens = self.tokens[number]
            end = bisect_left(tokens.starts, position) if number == block else len(tokens)
            for index in range(end - 2, -1, -1):
                budget -= 1
                if budget < 0:
                    return None
                if tokens.lowers[index] != "the" or index + 1 in tokens.quoted:
                    continue
                end = index + 1
                while end < len(tokens) and tokens[end].capitalised and tokens[end].is_word:
                    end += 1
                words = [plain(tokens.texts[i]) for i in range(index + 1, end)]
                if (
                    not words
                    or not words[-1].endswith("s")
                    or words[-1].endswith("ss")
                    or is_group(words)
                    or is_place(" ".join(words))
                ):
                    continue
                return words
        return None

    def _organisations_in(self, block: int) -> list[tuple[int, list[str]]]:
        """The organisations a paragraph names (capitalised runs that end as organisations'
        names do: ``Halden Corporation``), with where each starts; read once a paragraph."""
        found = self._organisations.get(block)
        if found is not None:
            return found
        tokens = self.tokens[block]
        runs: list[tuple[int, int]] = []  # token ranges of capitalised runs
        first = None
        for index, token in enumerate(tokens):
            if token.capitalised and token.is_word and index not in tokens.quoted:
                if first is None:
                    first = index
                continue
            if first is not None:
                runs.append((first, index))
            first = None
        if first is not None:
            runs.append((first, len(tokens)))
        found = []
        for first, end in runs:
            words = [plain(tokens.texts[index]) for index in range(first, end)]
            if is_organisation(words) and trailing_name(words[:1]):
                found.append((tokens.starts[first], words))
            elif (
                tokens.opens_sentence(first)
                and self.registry.model_label(block, tokens, first, end) == "organisation"
                and not self._is_someone(words)
            ):
                # "Nasa welcomed the findings": a name the model reads as an organisation's,
                # as the subject a description may go on to stand for (not "Lagos" of "the
                # University of Lagos", nor a place's council someone travelled from).
                found.append((tokens.starts[first], words))
        self._organisations[block] = found
        return found

    def _is_someone(self, words: list[str]) -> bool:
        """Whether the article names a person by ``words`` (the model may read "Sinclair
        derides the board" as an organisation's doing)."""
        person = self.registry.find(words)
        return person is not None and person.kind == "person"

    def last_organisation(self, block: int, position: int) -> Person | None:
        """What "it" or "they" stands for when it speaks and no text does: the organisation
        named last, or an organisation known by its initials in this sentence or the one
        before ("EDC declined to answer. '...,' it said")."""
        acronym = self._acronym_before(block, position)
        for mention in self.mentions.before(block, position):
            if block - mention.block > _REACH:
                break
            if acronym is not None and mention.start < acronym[0] and mention.block == block:
                break
            if mention.person.kind == "organisation":
                return mention.person
        return self.organisation(acronym[1].split()) if acronym is not None else None

    def _acronym_before(self, block: int, position: int) -> tuple[int, str] | None:
        """The last word in capitals (``EDC``, ``IRCC``; no place's, ``U.S.``) in the
        sentence before ``position`` or the one before it, with where it starts."""
        tokens = self.tokens[block]
        here = self._sentence_at(block, position)
        for index in range(bisect_left(tokens.starts, position) - 1, -1, -1):
            if here - tokens.sentences[index] > 1:
                break
            word = tokens.texts[index]
            if index in tokens.quoted or not (2 <= len(word) <= 6 and word.isupper()):
                continue
            if word.isalpha() and not is_place(word):
                return tokens.starts[index], self.registry.long_forms.get(word, word)
        return None

    def role_holder(
        self, role: list[str], owner: Person | None, block: int, position: int
    ) -> Person | None:
        """The person holding ``role`` (``spokesman``, ``the former president``): the one whose
        role shares most of its words, the last named before first, else one the article names
        later; ``owner`` is whose role it is (``his spokesman``)."""
        wanted = [_office(word) for word in role if word not in DETERMINERS]
        nouns = {word for word in wanted if word in ROLE_NOUNS}
        if not nouns:
            return None
        # "the Republican lawmaker" is whichever member of a legislature the text is about.
        nouns |= {office for noun in nouns & _LEGISLATORS for office in _LEGISLATORS}

        # "the Vermont senator" is a senator from Vermont, not any senator.
        places = {
            word
            for word in wanted
            if word not in ROLE_NOUNS and word not in ROLE_MODIFIERS and is_place(word)
        }

        def fit(person: Person) -> int:
            if person is owner or person.kind != "person" or not person.role:
                return 0
            held = {_office(word) for word in person.role.lower().split()}
            if not nouns & held or not places <= held or _LESSER & (held - set(wanted)):
                return 0  # "the president" is not the vice president, nor a deputy one
            # Nor, if another will do, a former one.
            extra = {"former"} & (held - set(wanted))
            return 10 + len(held & set(wanted)) - 3 * len(extra)

        best: tuple[int, int] | None = None
        chosen: Person | None = None
        for order, mention in enumerate(self.mentions.before(block, position)):
            score = fit(mention.person)
            if score > 0 and (best is None or (score, -order) > best):
                best, chosen = (score, -order), mention.person
        if chosen is not None:
            return chosen
        later = [person for person in self.registry.people if fit(person) > 0]
        return max(later, key=fit) if later else None

    def speaker_before(self, block: int) -> Person | None:
        """For a quote without a cue: the speaker of this paragraph, or of the one before."""
        for number in range(block, max(block - 2, -1), -1):
            if number in self.last_speaker:
                return self.last_speaker[number]
        return None

    def remember(self, person: Person, quote: QuoteSpan, cued: bool) -> None:
        """Count an attributed speaker as mentioned at its quote, for later pronouns; a speaker
        only inferred counts for less than one a cue names."""
        if person.kind == "organisation":
            return
        mention = Mention(
            person, quote.block, quote.open_at, quote.open_at, person.name, cued, cued
        )
        self.mentions.add(mention)
