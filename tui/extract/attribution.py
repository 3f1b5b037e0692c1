"""Who said each quote: cue patterns around the quote, then references resolved to people.

The rules are the ones a careful reader applies, in order:

1. A cue right after the quote: ``"...," Peskov said``, ``"...," said Peskov``,
   ``"...," he told reporters``, ``"...," Rep. John Mica (R-Fla.) said``, ``"..." ― Maria``.
2. A cue before it in the same sentence: ``Peskov said: "..."``, ``According to Peskov, "..."``,
   and for quoted words inside the writer's sentence, the subject of the nearest speech verb
   before them (``Putin said talks gave "some hope"``), else of a verb of stance
   (``Zelensky has raised the possibility of an "exchange"``).
3. Without a cue: the other part of a quote split around its attribution, the paragraph before
   when a quote runs over paragraphs or when that paragraph ends with a colon
   (``Trump issued a statement:``), else the speaker of this or the paragraph before.

The speaker named by a cue is then resolved: a full name, a surname or a title and surname to
the person the article introduced; ``he`` or ``she`` to the person of that gender the text last
made its subject; ``the senator`` or ``his spokesman`` to the person holding that role, even
when the article names them only later; ``the Kremlin`` to the organisation. A description that
names nobody (``a senior Cruz adviser``) is kept as the speaker, as written.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass

from tui.extract.lexicon import (
    EPITHETS,
    NOT_NAMES,
    ORGANISATION_HEADS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEECH_PARTICLES,
    SPEECH_VERBS,
    STANCE_VERBS,
    TITLES,
)
from tui.extract.mentions import Mentions
from tui.extract.people import (
    Mention,
    Person,
    Registry,
    describes_origin,
    gender_of_role,
    is_auxiliary,
    is_group,
    is_organisation,
    plain,
    singular,
    verb_like,
)
from tui.extract.places import is_place
from tui.extract.quotes import QuoteSpan
from tui.extract.tokens import Token, Tokens

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one", "some"})
_DASHES = frozenset({"—", "―", "–", "--", "-"})
# Words that may stand between a speaker and the speech verb: "Trump later said",
# "Putin on Thursday said", "he has said".
_BETWEEN = frozenset(
    """
    also then later earlier again once first previously recently repeatedly often never
    still just only even simply quickly flatly bluntly angrily calmly quietly loudly
    has had have is was were would will could did does do been being may might must
    on in at last this next week month year morning afternoon evening night today
    yesterday tonight monday tuesday wednesday thursday friday saturday sunday
    subsequently afterwards afterward immediately separately privately publicly
    """.split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
_FUNCTION_WORDS = frozenset(
    "by to of for with in on at from about as than that which who and or but".split()
)
_NOT_VERBS = frozenset({"to", "who", "that", "which", "whom", "the", "a", "an"})
# Speech verbs that also start or continue another action ("began vowing").
_ASPECT_VERBS = frozenset("begin begins began beginning continue continues continued".split())
_WORD = re.compile(r"[\w’'-]+")
# Endings of adjectives, which head no description of a speaker ("a thunderous").
_ADJECTIVE_ENDINGS = ("ous", "ive", "al", "ful", "ic", "able", "ible", "ed", "ing")
# Participles that name a thing after its noun ("items labeled", "a class called").
_NAMING_VERBS = frozenset("called labeled labelled dubbed named titled known branded".split())
# Words after which a quotation in title case is the name of a work ("on "Meet the Press"",
# "her memoir, "Tough Choices"", "chants of "Feel the Bern!"").
_BEFORE_A_TITLE = frozenset(
    """
    on in of with during for book books memoir novel film movie show series program
    programme podcast play musical song album documentary episode column essay report
    newsletter magazine
    """.split()
)
# Words a title leaves in lower case: "Meet the Press", "Collapse: How Societies Choose to
# Fail or Succeed".
_TITLE_SMALL_WORDS = frozenset("a an the of and or for to in on at by with from as vs nor".split())
_TITLE_MOST_WORDS = 12
# Determiners that bring someone new into the story ("a top aide", "another official").
_INDEFINITE = frozenset({"a", "an", "another", "one", "some"})
# Offices that set their holder apart from other epithets ("the candidate" is no mayor).
_OFFICES = frozenset(
    "president senator congressman congresswoman governor mayor chancellor premier speaker".split()
)
# Words ending in -est that are no superlative.
_NOT_SUPERLATIVES = frozenset(
    """
    protest request interest contest conquest inquest bequest harvest forest arrest suggest
    digest detest manifest guest chest quest priest crest invest attest unrest behest
    """.split()
)
# Words that open a subordinate clause: after a quote, what follows them is no cue
# ('"That makes me smart," when Clinton blasted him').
_SUBORDINATORS = frozenset(
    "when as while after before because since although though if until unless whereas".split()
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
# Writings that speak in the news ("the letter read", "the statement said").
_DOCUMENT_NOUN = re.compile(
    r"(?:letter|statement|article|e-?mail|memo|report|ad|advertisement|tweet|sign|post|"
    r"release|website|editorial|piece|headline|note|message|document|transcript|video|"
    r"book|column|op-ed|petition|complaint|lawsuit|filing|affidavit|resolution|platform)"
)
_DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s(?:[\w-]+\s){0,3}?"
    + _DOCUMENT_NOUN.pattern
    + r"\b"
)


# Common nouns for those who speak, besides roles, organisations and documents: people,
# crowds, and the other texts and recordings that say things ("the clip shows").
_SPEAKERS = frozenset(
    """
    person people man men woman women boy boys girl girls child children kid kids teen
    teenager user source crowd audience protester demonstrator marcher doctor questioner
    narrator official aide adviser advisor insider veteran owner supporter staffer employee
    attendee voter resident friend neighbor neighbour colleague organizer organiser family
    parent designer impostor moderator participant worker student fan member observer critic
    opponent rival ally backer donor lawmaker expert analyst witness victim survivor relative
    team group crew staff band chorus panel jury physician nurse immigrant
    movie film clip poll survey study account page card slate newspaper publication
    newsletter analysis posting blog textbook caption tape recording version draft copy
    """.split()
)


def _speaks(noun: str) -> bool:
    """Whether a common noun heading a description can be someone, or something, speaking."""
    return any(
        word in _SPEAKERS
        or word in ROLE_NOUNS
        or word in EPITHETS
        or word in ORGANISATION_HEADS
        or _DOCUMENT_NOUN.fullmatch(word)
        for word in (noun, singular(noun))
    )


def _is_document(person: Person) -> bool:
    """Whether a speaker is a text rather than a person ("The book accuses Bob of ... He
    said"): a document is never "he" or "she"."""
    return person.kind == "description" and _DOCUMENT.match(person.name) is not None


def _after_last_break(indexes: list[int], words: list[Token], quoted: frozenset[int]) -> int:
    """Where the last stretch of ``words`` (tokens at ``indexes``, quotations left out) begins
    that no quotation or dash interrupts."""
    for position in range(len(words) - 1, 0, -1):
        if indexes[position] - 1 in quoted or words[position - 1].text in _DASHES:
            return position
    return 0


def _lone_names(text: str) -> set[str]:
    """The capitalised words of ``text`` that no other capitalised word precedes: ``Cruz`` in
    "Cruz is our best", not ``Sanders`` in "it's not Bernie Sanders" (people name themselves in
    full, if at all)."""
    words = [word.removesuffix("’s").removesuffix("'s") for word in _WORD.findall(text)]
    return {
        word
        for index, word in enumerate(words)
        if word[:1].isupper() and (index == 0 or not words[index - 1][:1].isupper())
    }


def _not_a_noun(word: str) -> bool:
    """Whether a word ending a speaker's description is the writer's next words, not the
    description's noun: "in", "heard", "involved", "always", "can't"."""
    lowered = plain(word).lower()
    if word[:1].isupper() or lowered in ROLE_NOUNS or lowered in ROLE_MODIFIERS:
        return False
    return (
        lowered in _FUNCTION_WORDS
        or is_auxiliary(lowered)
        or lowered in ("not", "now", "down", "up", "out", "be", "been")
        or lowered.endswith(("ly", "n't", "n’t", "ed", "ing"))
    )


def _names_a_thing(tokens: Tokens, first: int) -> bool:
    """Whether the words before a quote name a thing by it: "items labeled", "a class called",
    "a group known as" - a participle after a common noun, not "Trump called it"."""
    if first < 2:
        return False
    verb = tokens.lowers[first - 1]
    if verb == "as" and first >= 3 and tokens.lowers[first - 2] == "known":
        verb, first = "known", first - 1
    if verb not in _NAMING_VERBS:
        return False
    noun = tokens.texts[first - 2]
    return (
        noun[:1].isalpha()
        and not noun[:1].isupper()
        and noun.lower() not in PRONOUNS
        and not verb_like(tokens[first - 2])
    )


def _names_a_work(tokens: Tokens, first: int, quotation: str) -> bool:
    """Whether a quotation is a title the words before it place there: capitalised as titles
    are, after a preposition, a noun for a work or an organisation's possessive ("on NBC's
    "Meet the Press"", "in "The Revenant"", "the reality show "Cake Boss"")."""
    words = _WORD.findall(quotation)
    if (
        not words
        or len(words) > _TITLE_MOST_WORDS
        or not words[0][0].isupper()
        or not all(
            word[0].isupper() or word[0].isdigit() or word.lower() in _TITLE_SMALL_WORDS
            for word in words[1:]
        )
    ):
        return False
    if all(is_place(word) for word in words if word[0].isupper()):
        return False  # places quoted in a sentence: jobs "from Buffalo to Albany."
    index = first - 1
    if index > 0 and tokens.texts[index] == ",":
        index -= 1  # "her memoir, "Tough Choices""
    if index < 0 or index in tokens.quoted:
        return False
    before = tokens.texts[index]
    return tokens.lowers[index] in _BEFORE_A_TITLE or (
        before[:1].isupper() and before.endswith(("'s", "’s"))
    )


def _a_term(quotation: str) -> bool:
    """Whether a quotation (marks included) is a short name or term, not a sentence."""
    inside = quotation[1:-1].strip()
    return len(inside.split()) <= 3 and inside[-1:] not in (".", "!", "?", ",")


def _superlative(word: str) -> bool:
    """``biggest``, ``latest``: an adjective, so the word after it is a noun."""
    return word.endswith("est") and len(word) > 4 and word not in _NOT_SUPERLATIVES


def _between(token: Token) -> bool:
    """A word that may stand between a speaker and the verb: "later", "has", "famously"."""
    return token.lower in _BETWEEN or (
        token.lower.endswith("ly") and not token.capitalised and len(token.lower) > 4
    )


# Quotes that name a work or a nickname rather than report speech.
_TITLE_CUES = frozenset(
    "titled entitled headlined dubbed nicknamed so-called hashtag slogan".split()
)
# Quoted words without a cue are taken for speech from this many words on.
_SPEECH_WORDS = 8
# How many paragraphs back a pronoun may reach for its person.
_REACH = 4
_APPOSITIVE_MAX = 18
# How many of the writer's words before a quote, in its sentence, may hold its cue: twice the
# longest stretch in the dev sets (97); bounded, so a paragraph of quotes costs linear time.
_CUE_REACH = 200


@dataclass
class Speech:
    """The attribution found for one quote."""

    person: Person | None
    cue: str | None
    mention: str | None  # how the cue names the speaker: "he", "Peskov", "his spokesman"
    kind: str  # "direct", "partial" or "term" (not speech: a title, a nickname, a scare quote)


class Attributor:
    """Attributes the quotes of one article, paragraph by paragraph, in reading order."""

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
        self.mentions = Mentions(registry.mentions)
        self.last_speaker: dict[int, Person] = {}  # paragraph -> its last speaker
        self.writer: Person | None = None  # the article's author, once they say "I"
        self.quoted_surnames: set[str] = set()  # names the quote being attributed says alone
        # Each paragraph's documents ("the statement"), and where each ends.
        self.documents: dict[int, tuple[list[re.Match[str]], list[int]]] = {}
        self._add_role_mentions()

    def _sentence_pronouns(self) -> list[tuple[int, int, Token]]:
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

    def _follow_pronoun(self, block: int, token: Token) -> None:
        """Count a ``He`` or ``She`` that opens a sentence as a mention of whom it stands for:
        the person a text keeps as its subject stays the likeliest speaker of the next quote
        ("It was a reversal for Ryan. He said Trump must unify the party. '...,' he added.")."""
        person = self._resolve_pronoun(PRONOUNS[token.lower], block, token.start)
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
                holder = self._role_holder(words, None, block, token.start)
                if holder is not None:
                    text = " ".join(tokens[i].text for i in range(index, end))
                    mention = Mention(
                        holder, block, token.start, tokens[end - 1].end, text, True, opens
                    )
                    self.mentions.add(mention)

    # -- the quote as a whole ---------------------------------------------------------------

    def attribute(self) -> list[Speech]:
        """A ``Speech`` for each quote, in reading order."""
        quotes = self.quotes
        results: list[Speech] = []
        previous: QuoteSpan | None = None
        previous_speech: Speech | None = None
        pronouns = self._sentence_pronouns()
        waiting = 0
        for quote in quotes:
            self.quoted_surnames = set()  # no quote is being attributed
            while waiting < len(pronouns) and pronouns[waiting][:2] < (quote.block, quote.open_at):
                self._follow_pronoun(pronouns[waiting][0], pronouns[waiting][2])
                waiting += 1
            speech = self._attribute_one(quote, previous, previous_speech)
            if speech.person is not None and speech.kind != "term":
                self.last_speaker[quote.block] = speech.person
                self._remember(speech.person, quote, cued=speech.cue is not None)
            results.append(speech)
            previous, previous_speech = quote, speech
        # A quote split around its cue: the part before the cue takes the speaker found after.
        for index in range(len(quotes) - 1, 0, -1):
            here, before = quotes[index], quotes[index - 1]
            if (
                here.block == before.block
                and results[index - 1].cue is None
                and results[index - 1].kind == "direct"
                and results[index].person is not None
                and results[index].cue is not None
            ):
                results[index - 1].person = results[index].person
        return results

    def _attribute_one(
        self, quote: QuoteSpan, previous: QuoteSpan | None, previous_speech: Speech | None
    ) -> Speech:
        tokens = self.tokens[quote.block]
        quotation = self.texts[quote.block][quote.start : quote.end]
        self.quoted_surnames = _lone_names(quotation)
        first, last = self._quote_tokens(tokens, quote)
        kind = self._kind(tokens, first, quote)
        if (kind == "partial" and _names_a_thing(tokens, first)) or _names_a_work(
            tokens, first, quotation
        ):
            return Speech(None, None, None, "term")
        found = self._cue_after(quote, tokens, last, kind)
        if found is None or (found[0] is None and found[2].lower() not in PRONOUNS):
            found = self._cue_before(quote, tokens, first, kind) or found
        elif PRONOUNS.get(found[2].lower()) in ("male", "female"):
            # 'Mosman saw it differently: "...," he said': the person who opens the sentence
            # is the pronoun's, before anyone named earlier.
            opener = self._cue_before(quote, tokens, first, kind)
            person = opener[0] if opener is not None else None
            if (
                person is not None
                and person.kind == "person"
                and person.likely_gender() in (PRONOUNS[found[2].lower()], None)
            ):
                found = (person, found[1], found[2])
        if found is not None:
            person, cue, mention = found
            return Speech(person, cue, mention, kind)
        if first and tokens[first - 1].lower in _TITLE_CUES:
            return Speech(None, None, None, "term")
        if kind == "partial":
            if not self._sounds_like_speech(quote):
                return Speech(None, None, None, "term")
            # Quoted words inside a sentence that names no speaker: its subject speaks.
            subject = self._sentence_subject(quote.block, tokens, first)
            if subject is not None:
                return Speech(subject, None, None, "direct")
            kind = "direct"
        same_block = previous is not None and previous.block == quote.block
        if (
            previous_speech is not None
            and previous_speech.person is not None
            and (quote.continued or (same_block and previous_speech.kind == "direct"))
        ):
            return Speech(previous_speech.person, None, None, kind)
        introduced = self._introduced_by_colon(quote) or self._signed_below(quote)
        if introduced is not None:
            return Speech(introduced[0], None, introduced[1], kind)
        subject = self._subject_before(quote.block, tokens[first].start if tokens else 0)
        if subject is not None:
            return Speech(subject, None, None, kind)
        return Speech(self._speaker_before(quote.block), None, None, kind)

    def _subject_before(self, block: int, position: int) -> Person | None:
        """The person who opened a sentence of this paragraph before ``position``."""
        for mention in self.mentions.before(block, position):
            if mention.block != block:
                break
            if mention.lead and mention.person.kind == "person":
                return mention.person
        return None

    def _sentence_subject(self, block: int, tokens: Tokens, first: int) -> Person | None:
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

    def _sounds_like_speech(self, quote: QuoteSpan) -> bool:
        """A quotation of a whole sentence, or of many words, is someone's speech even when no
        cue names them; a short one (a title, a nickname, a scare quote) is not."""
        words = self.texts[quote.block][quote.start : quote.end]
        return len(words.split()) >= _SPEECH_WORDS or words.rstrip("\"'”’")[-1:] in ".!?"

    @staticmethod
    def _quote_tokens(tokens: Tokens, quote: QuoteSpan) -> tuple[int, int]:
        """The indexes of the opening mark's token and of the first token after the quote."""
        first = bisect_left(tokens.starts, quote.open_at)
        if first == len(tokens):
            first = 0
        if quote.close_at is None:
            return first, len(tokens)
        return first, bisect_left(tokens.starts, quote.close_at + 1, first)

    @staticmethod
    def _kind(tokens: Tokens, first: int, quote: QuoteSpan) -> str:
        """``direct`` for a whole utterance, ``partial`` for words inside the writer's sentence."""
        if quote.continued or first >= len(tokens):
            return "direct"
        start = tokens.sentence_start(first)
        before = [tokens[index] for index in tokens.outside_quotes(start, first, 2)]
        if not before:
            return "direct"
        last = before[-1]
        if last.text in {":", ".", "!", "?"} or last.text in _DASHES:
            return "direct"
        if last.text == ",":
            word = before[-2] if len(before) > 1 else None
            if word is None:
                return "direct"
            lowered = word.lower
            speaking = lowered in SPEECH_VERBS or lowered in SPEECH_PARTICLES
            return "direct" if speaking or lowered in _TIME_WORDS or word.capitalised else "partial"
        if last.lower in SPEECH_VERBS and last.lower not in ("call", "called", "calling", "calls"):
            return "direct"
        return "partial"

    # -- cues ------------------------------------------------------------------------------

    def _cue_after(
        self, quote: QuoteSpan, tokens: Tokens, index: int, kind: str
    ) -> tuple[Person | None, str, str] | None:
        """``"...," Peskov said`` / ``said Peskov`` / ``he told reporters`` / ``― Maria``."""
        if quote.close_at is None or index >= len(tokens) or index == 0:
            return None
        sentence = tokens[index - 1].sentence
        window: list[Token] = []
        for position in range(index, len(tokens)):
            token = tokens[position]
            if token.sentence != sentence and window:
                break
            if token.quoted and not (window and _a_term(token.text)):
                # '"...," Bill Eastland, wearing "Ted Cruz" pins, said': a short quoted term
                # inside the writer's words is read over; any other quote ends the window.
                break
            window.append(token)
            if len(window) >= 30:
                break
        inside = self.texts[quote.block][quote.close_at - 1] if quote.close_at else ""
        # Only a quote closed by a comma promises its cue next; after "?" or "!" a new sentence
        # may begin ('"...?" Her critics cited it').
        ended_with_comma = inside == "," or (bool(window) and window[0].text == ",")
        while window and window[0].text in {",", "!", "?"}:
            window = window[1:]
        if not window:
            return None
        if len(window) > 2 and window[0].lower == "according" and window[1].lower == "to":
            # Only a whole utterance: quoted words inside the writer's sentence ('She compared
            # it to a "root canal," according to Axelrod's memoir') are its subject's, and the
            # phrase names where the writer read them.
            return self._according_to(window, quote.block) if kind == "direct" else None
        if window[0].text in _DASHES:
            phrase = self._noun_phrase_forward(window, 1)
            if phrase and phrase[0].capitalised:
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, window[0].text, mention
            return None
        if window[0].lower.endswith("ing") and not window[0].capitalised:
            return None  # ", adding that ...": the speaker is named before the quote
        # '"...," when Clinton blasted him': a subordinate clause is no cue, though a cue may
        # follow it ('"..." if she lost, said David Wasserman').
        subordinate = window[0].lower in _SUBORDINATORS
        if kind == "partial" and not ended_with_comma:
            return None
        # '"This is fantastic!" beamed Donald Hartley': after "!" or "?" too, a past tense
        # before a name is the cue.
        inverted_cue = ended_with_comma or (
            inside in {"!", "?"} and len(window) > 1 and window[1].capitalised
        )
        if not subordinate and self._is_verb(window[0], inverted_cue, inverted=True):
            verb = 1
            # "fired back Trump", but not "said in an interview": a particle before a name.
            while (
                verb + 1 < len(window)
                and window[verb].lower in SPEECH_PARTICLES
                and (window[verb + 1].capitalised or not window[verb + 1].is_word)
            ):
                verb += 1
            start = self._skip_time(window, verb)
            phrase = self._noun_phrase_forward(window, start)
            if not phrase:
                return None
            after = start + len(phrase)
            if (
                after + 1 < len(window)
                and window[after].text == ","
                and plain(phrase[-1].text).lower() in ROLE_NOUNS
            ):
                # "said Rubio's deputy campaign manager, Rich Beeson, who ...": the name.
                named = self._noun_phrase_forward(window, after + 1)
                if named and self._trailing_name([plain(token.text) for token in named]):
                    phrase = named
            person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
            return person, " ".join(token.text for token in window[:verb]), mention
        subject, verb = [], 0
        if not subordinate:
            subject, verb = self._subject_then_verb(window, ended_with_comma)
        offset = 0
        if not subject:
            if inside in {".", "!", "?"}:
                return None  # the quote ended its sentence: the writer's next one is no cue
            # The cue may close the writer's sentence the quote opens:
            # '"Boots on the ground" would be appropriate, Ben Carson said.'
            for comma, token in enumerate(window):
                if token.text != "," or comma + 1 >= len(window):
                    continue
                rest = window[comma + 1 :]
                if rest[0].lower in SPEECH_VERBS and not rest[0].capitalised:
                    # '"This will be a challenge" for Clinton, said Kunin.'
                    phrase = self._noun_phrase_forward(rest, self._skip_time(rest, 1))
                    if phrase:
                        person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                        return person, rest[0].text, mention
                # Only a speech verb here: '"..." about her record, Sanders jabbed at' is the
                # writer's next clause.
                subject, verb = self._subject_then_verb(rest, False)
                if subject:
                    offset = comma + 1
                    break
            if not subject:
                return None
        person, mention = self._resolve_phrase(subject, quote.block, subject[0].start)
        return person, self._cue_text(window, offset + verb, mention), mention

    def _according_to(
        self, window: list[Token], block: int
    ) -> tuple[Person | None, str, str] | None:
        """``"...," according to Lee`` after the quote; ``according to a court document filed
        by state attorney Dave Aronberg`` is the person who wrote it."""
        phrase = self._noun_phrase_forward(window, 2)
        if not phrase or not any(
            token.capitalised
            or plain(token.text).lower() in ROLE_NOUNS
            or _DOCUMENT_NOUN.fullmatch(token.lower)
            for token in phrase
        ):
            return None  # "according to their instinctive preference": no source
        after = 2 + len(phrase)
        if _DOCUMENT_NOUN.fullmatch(phrase[-1].lower):
            for index in range(after, min(after + 3, len(window) - 1)):
                if window[index].lower == "by":
                    named = self._noun_phrase_forward(window, index + 1)
                    if named and self._trailing_name([plain(token.text) for token in named]):
                        phrase = named
                    break
        person, mention = self._resolve_phrase(phrase, block, phrase[0].start)
        return person, "according to", mention

    def _subject_then_verb(
        self, window: list[Token], ended_with_comma: bool
    ) -> tuple[list[Token], int]:
        """The subject and the verb's index in ``Kremlin spokesman Dmitry Peskov told``,
        ``David Axelrod, the chief strategist of the campaign, said``, ``Rep. Mica (R-Fla.) said``.
        An appositive that names the person stands in for a head that only describes them:
        ``Hunter's chief of staff, Joe Kasper, told``."""
        subject: list[Token] = []
        appositive: list[Token] = []
        index = 0
        while index < len(window):
            token = window[index]
            if token.text == "(" and subject:
                close = next(
                    (i for i in range(index + 1, len(window)) if window[i].text == ")"), None
                )
                if close is None:
                    break
                index = close + 1
                continue
            if token.text == "," and subject:
                close = next(
                    (
                        i
                        for i in range(index + 1, min(len(window), index + _APPOSITIVE_MAX))
                        if window[i].text == ","
                    ),
                    None,
                )
                if close is None:
                    # An appositive left unclosed: "Nate Silver, the polling guru ... tweeted".
                    verb = next(
                        (
                            i
                            for i in range(index + 1, min(len(window), index + _APPOSITIVE_MAX))
                            if window[i].lower in SPEECH_VERBS and not window[i].capitalised
                        ),
                        None,
                    )
                    if verb is None or self._clause_before(window[index + 1 : verb]):
                        return [], 0
                    named = self._trailing_name(
                        [plain(word.text) for word in window[index + 1 : verb]]
                    )
                    if named and not self._trailing_name([plain(word.text) for word in subject]):
                        subject = window[verb - len(named) : verb]
                    return self._trim_subject(subject), verb
                appositive = window[index + 1 : close]
                index = close + 1
                continue
            if subject and (
                self._is_verb(token, ended_with_comma)
                or (
                    ended_with_comma
                    and index == len(subject)
                    and token.is_word
                    and not token.capitalised
                    and token.lower not in _FUNCTION_WORDS
                    and not self._phrase_word(token)
                    and not self._before_name(window, index)
                    and (subject[-1].capitalised or subject[-1].lower in PRONOUNS)
                )
            ):
                subject = self._trim_subject(subject)
                if (
                    appositive
                    and not self._trailing_name([plain(word.text) for word in subject])
                    and self._trailing_name([plain(word.text) for word in appositive])
                ):
                    subject = appositive
                return subject, index
            if subject and _between(token):
                index += 1
                continue
            # "for Clinton, said Kunin": no subject opens with a preposition.
            if not subject and token.lower in _FUNCTION_WORDS | {"this"}:
                break
            if token.is_word and (
                self._phrase_word(token)
                or self._after_determiner(subject)
                or self._before_name(window, index)
            ):
                subject.append(token)
                if len(subject) > 10:
                    break
                index += 1
                continue
            break
        return [], 0

    @staticmethod
    def _clause_before(words: list[Token]) -> bool:
        """Whether a clause of the writer's, not an appositive, stands between a subject and a
        speech verb: "Her father, Brad, 39, worried that voters ... read", but not "Nate Silver,
        the polling guru who founded fivethirtyeight.com tweeted"."""
        for word in words:
            if word.lower in ("who", "which"):
                return False
            if word.lower == "that" or verb_like(word):
                return True
        return False

    @staticmethod
    def _before_name(window: list[Token], index: int) -> bool:
        """Ordinary words may describe a person before their name: ``state attorney Dave
        Aronberg``, ``9/11 widow Terry Strada``."""
        for token in window[index + 1 : index + 5]:
            if token.text in ("/", "-"):
                continue
            if not token.is_word:
                return False
            if token.capitalised:
                return token.lower not in NOT_NAMES
        return False

    @staticmethod
    def _trim_subject(subject: list[Token]) -> list[Token]:
        while subject and subject[0].lower in ("and", "but", "or"):
            subject = subject[1:]
        return subject

    @staticmethod
    def _after_determiner(subject: list[Token]) -> bool:
        """Ordinary words may follow an article or a possessive: ``the announcer``."""
        return (
            bool(subject)
            and len(subject) < 5
            and subject[0].lower not in ("that", "this")
            and (subject[0].lower in _DETERMINERS or subject[0].lower in POSSESSIVES)
        )

    @staticmethod
    def _is_verb(token: Token, after_comma: bool, inverted: bool = False) -> bool:
        """A speech verb; right after a quote that ends in a comma, any past-tense verb too
        (``"...," beamed Donald Hartley``)."""
        if token.capitalised or not token.is_word:
            return False
        word = token.lower
        if word in SPEECH_VERBS:
            return True
        if after_comma and word.endswith("ed") and word not in ROLE_MODIFIERS:
            return not inverted or len(word) > 4
        return False

    def _cue_before(
        self, quote: QuoteSpan, tokens: Tokens, first: int, kind: str
    ) -> tuple[Person | None, str, str] | None:
        """``Peskov said: "..."``, ``According to X, "..."``, ``X said talks gave "some hope"``."""
        if first >= len(tokens):
            return None
        start = tokens.sentence_start(first)
        indexes = tokens.outside_quotes(start, first, _CUE_REACH)
        before = [tokens[index] for index in indexes]
        for position in range(len(before) - 1):
            if before[position].lower == "according" and before[position + 1].lower == "to":
                phrase = self._noun_phrase_forward(before, position + 2)
                if phrase:
                    person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                    return person, "according to", mention
        # 'Clinton: "..." Bush: "..."', 'Pollsters agree - Carl Bialik: "..."': the name that
        # introduces a quote stands after any earlier quote or dash.
        label = before[_after_last_break(indexes, before, tokens.quoted) :]
        if (
            len(label) >= 2
            and label[-1].text == ":"
            and not any(token.lower in SPEECH_VERBS for token in label)
        ):
            phrase = self._noun_phrase(label[:-1])
            head = label[: len(label) - 1 - len(phrase)]
            # "Mark Blumenthal and Jon Cohen: ...": two names, the last one speaks for both.
            joined = (
                bool(head)
                and head[-1].lower == "and"
                and all(token.capitalised for token in head[:-1])
            )
            if phrase and (not head or joined):
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, ":", mention
        if len(label) >= 2 and label[-1].text == ":":
            # "Rubio fired back forcefully: ...": the subject of the clause the colon closes.
            comma = max((i for i, token in enumerate(label) if token.text == ","), default=-1)
            phrase = self._clause_subject(label[comma + 1 : -1])
            if phrase:
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                if person is not None:
                    return person, ":", mention

        def opens_other_quote(position: int) -> bool:
            following = indexes[position] + 1
            return following != first and following in tokens.quoted

        verb_sets = (SPEECH_VERBS, STANCE_VERBS) if kind == "partial" else (SPEECH_VERBS,)
        for verbs in verb_sets:
            for position in range(len(before) - 1, -1, -1):
                token = before[position]
                if token.lower not in verbs or (token.capitalised and position):
                    continue
                if opens_other_quote(position):
                    continue  # 'a class called "Perception"': it names another quotation
                if not position:
                    # "Said Dorothy Poynter, who grew up with Ali, "...": the speaker follows.
                    phrase = self._noun_phrase_forward(before, 1)
                    if not phrase:
                        continue
                    person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                    return person, token.text, mention
                if (
                    position >= 2
                    and before[position - 1].lower in ("that", "which")
                    and _DOCUMENT_NOUN.fullmatch(before[position - 2].lower)
                ):
                    # "hoisted a sign that read": whoever holds it, as with "a sign reading".
                    phrase = self._clause_subject(before[: position - 2])
                    if phrase:
                        person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                        return person, token.text, mention
                if position and before[position - 1].lower in _NOT_VERBS:
                    continue
                following = before[position + 1].lower if position + 1 < len(before) else ""
                if following == "to" or (
                    token.lower in _ASPECT_VERBS and following.endswith("ing")
                ):
                    continue  # "the crowd began to chant", "as the meeting began vowing": no cue
                if self._used_as_noun(before, position):
                    continue
                subject_end = position
                while subject_end > 0 and _between(before[subject_end - 1]):
                    subject_end -= 1
                if subject_end and before[subject_end - 1].lower == "and":
                    # "Silverman was joined on stage by Al Franken and joked": the subject of
                    # the clause whose verbs "and" joins.
                    comma = max(
                        (i for i in range(subject_end - 1) if before[i].text == ","), default=-1
                    )
                    phrase = self._clause_subject(before[comma + 1 : subject_end - 1])
                elif token.lower.endswith("ing") and not self._names_a_person_before(
                    before, indexes, position, tokens.quoted
                ):
                    # "Trump told Newsmax ..., adding": the main verb's subject speaks; with no
                    # main verb ("Obama ended by saying"), the sentence's subject.
                    if any(
                        other.lower in verbs
                        and not other.lower.endswith("ing")
                        and not opens_other_quote(index)
                        for index, other in enumerate(before[:position])
                    ):
                        continue
                    phrase = self._clause_subject(before[:position])
                else:
                    phrase = self._noun_phrase(before[:subject_end])
                if not phrase:
                    continue
                if verbs is STANCE_VERBS and not any(
                    word.capitalised
                    or word.lower in PRONOUNS
                    or plain(word.text).lower() in ROLE_NOUNS
                    for word in phrase
                ):
                    continue
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, self._cue_text(before, position, mention), mention
        return None

    def _names_a_person_before(
        self, before: list[Token], indexes: list[int], position: int, quoted: frozenset[int]
    ) -> bool:
        """Whether a person's name stands right before the participle at ``position`` ("footage
        of Trump saying"), rather than an object ("a message on Twitter reading", "the CNN
        'reporter,' saying"), after which the clause's subject speaks."""
        if not position or not before[position - 1].capitalised:
            return False
        if indexes[position] - 1 in quoted:
            return False
        words = [plain(token.text) for token in before[max(0, position - 4) : position]]
        person = self.registry.find(self._trailing_name(words) or words[-1:])
        return person is not None and person.kind == "person"

    def _introduced_by_colon(self, quote: QuoteSpan) -> tuple[Person | None, str] | None:
        """A quote that opens a paragraph after one ending ``Trump issued a statement:``."""
        if quote.block == 0:
            return None
        tokens = self.tokens[quote.block - 1]
        if not tokens or tokens[-1].text != ":" or tokens[-1].quoted:
            return None
        start = tokens.sentence_start(len(tokens) - 1)
        words = [tokens[index] for index in range(start, len(tokens)) if index not in tokens.quoted]
        for position, token in enumerate(words):
            if not position or token.capitalised or not token.is_word:
                continue
            word = token.lower
            if not (word in SPEECH_VERBS or word in STANCE_VERBS or word.endswith(("ed", "es"))):
                continue
            end = position
            while end > 0 and _between(words[end - 1]):
                end -= 1
            phrase = self._noun_phrase(words[:end])
            if phrase:
                person, mention = self._resolve_phrase(phrase, quote.block - 1, phrase[0].start)
                if person is not None:
                    return person, mention
        return None

    @staticmethod
    def _used_as_noun(words: list[Token], position: int) -> bool:
        """A speech verb used as a noun: ``his remarks``, ``Trump's remarks``, ``a Trump-style
        retort``, ``a rare note``, ``the relevant text``."""
        if not position:
            return False
        previous = words[position - 1]
        if previous.lower in ("a", "an", "the") or previous.lower in POSSESSIVES:
            return True
        if previous.text.endswith(("'s", "’s", "s'")):
            return True  # "denounced Trump's remarks as"
        before = words[position - 2] if position >= 2 else None
        if before is None or not (
            before.lower in ("a", "an", "the") or before.lower in POSSESSIVES
        ):
            return False
        if "-" in previous.text or _superlative(previous.lower):
            return True  # "a Trump-style retort", "the biggest challenges"
        # "a rare note", but not "the ad claims" or "a statement saying": an inflected form
        # after a noun is its verb.
        word = words[position].lower
        return (
            previous.is_word
            and not previous.capitalised
            and not verb_like(previous)
            and not word.endswith(("s", "ed", "ing"))
        )

    def _signed_below(self, quote: QuoteSpan) -> tuple[Person | None, str] | None:
        """A quote standing alone, signed in the next paragraph: ``-Michelle Marks, Ohio.``"""
        if quote.close_at is None or quote.block + 1 >= len(self.texts):
            return None
        if self.texts[quote.block][quote.close_at + 1 :].strip():
            return None
        tokens = self.tokens[quote.block + 1]
        if len(tokens) < 2 or tokens[0].text not in _DASHES:
            return None
        phrase = self._noun_phrase_forward(tokens, 1)
        if not phrase or not phrase[0].capitalised:
            return None
        return self._resolve_phrase(phrase, quote.block + 1, phrase[0].start)

    # -- noun phrases --------------------------------------------------------------------------

    def _clause_subject(self, words: list[Token]) -> list[Token]:
        """The subject of a clause's first verb: ``she`` in ``Minutes later, she sent``."""
        for position in range(1, len(words)):
            token = words[position]
            if not verb_like(token):
                continue
            end = position
            while end > 0 and _between(words[end - 1]):
                end -= 1
            previous = words[end - 1] if end else None
            if previous is None:
                continue
            if (
                not previous.capitalised
                and previous.lower not in PRONOUNS
                and 2 <= end <= 3
                and words[0].lower in ("the", "a", "an")
                and all(word.is_word and not word.capitalised for word in words[1:end])
            ):
                return words[:end]  # "The audience gathered in the East Room followed him"
            if not (previous.capitalised or previous.lower in PRONOUNS):
                continue
            phrase = self._noun_phrase(words[:end])
            if phrase:
                return phrase
        return []

    @staticmethod
    def _skip_time(window: list[Token], index: int) -> int:
        while index < len(window) and (
            window[index].lower in _TIME_WORDS
            or (
                window[index].lower in ("on", "in", "at")
                and index + 1 < len(window)
                and window[index + 1].lower in _TIME_WORDS
            )
        ):
            index += 1
        return index

    @staticmethod
    def _phrase_word(token: Token) -> bool:
        """Whether a token can stand inside a speaker's noun phrase."""
        word = plain(token.text).lower()
        return (
            token.capitalised
            or word in ROLE_NOUNS
            or word in ROLE_MODIFIERS
            or word in _DETERMINERS
            or word in POSSESSIVES
            or word in PRONOUNS
            or word in ORGANISATION_HEADS
            or word in ("of", "for")
            or word[:1].isdigit()  # "9/11 widow Terry Strada"
        )

    def _noun_phrase(self, window: list[Token]) -> list[Token]:
        """The noun phrase that ends ``window`` (the subject before a verb)."""
        if not window:
            return []
        last = window[-1]
        if last.lower in PRONOUNS:
            return [last]
        if last.text in {",", ")"}:
            # "Dmitry Peskov, press secretary for Putin, said": the head before the appositive.
            opener = "," if last.text == "," else "("
            mark = next(
                (i for i in range(len(window) - 2, -1, -1) if window[i].text == opener), None
            )
            return self._noun_phrase(window[:mark]) if mark else []
        phrase: list[Token] = []
        for token in reversed(window):
            if token.quoted or not self._phrase_word(token):
                break
            if token.lower in PRONOUNS and phrase:
                break
            phrase.insert(0, token)
            if len(phrase) > 9:
                break
        if not phrase:
            # "the announcer said": an article or possessive, then ordinary words.
            for back in range(2, 6):
                if back > len(window):
                    break
                head = window[-back]
                if head.lower in _DETERMINERS or head.lower in POSSESSIVES:
                    words = window[-back:]
                    if words[-1].lower in _FUNCTION_WORDS:
                        break
                    if all(token.is_word and not token.quoted for token in words):
                        return words
                    break
            return []
        while phrase and phrase[0].lower in ("of", "for", "and"):
            phrase = phrase[1:]
        meaningful = any(
            token.capitalised
            or plain(token.text).lower() in ROLE_NOUNS
            or plain(token.text).lower() in ORGANISATION_HEADS
            for token in phrase
        )
        return phrase if meaningful else []

    def _noun_phrase_forward(self, window: list[Token], index: int) -> list[Token]:
        """The noun phrase that starts at ``window[index]`` (the subject after a verb)."""
        phrase: list[Token] = []
        for position in range(index, len(window)):
            token = window[position]
            if token.quoted or not token.is_word:
                break
            if not (
                self._phrase_word(token)
                or self._after_determiner(phrase)
                or self._before_name(window, position)
            ):
                break
            if phrase and token.lower in _DETERMINERS:
                break
            if not phrase and token.lower in ("that", "this"):
                break
            phrase.append(token)
            if token.lower in PRONOUNS:
                break
        while phrase and phrase[-1].lower in ("of", "for", "the", "a", "an"):
            phrase.pop()
        return phrase

    @staticmethod
    def _cue_text(window: list[Token], verb: int, mention: str) -> str:
        """The words that attribute: the verb (with ``reporters`` after ``told``), and the
        pronoun when a pronoun names the speaker."""
        words = [window[verb].text]
        after = window[verb + 1].lower if verb + 1 < len(window) else ""
        beyond = window[verb + 2].lower if verb + 2 < len(window) else ""
        if after == "reporters" or (after in SPEECH_PARTICLES and beyond not in _DETERMINERS):
            words.append(window[verb + 1].text)
        if mention.lower() in PRONOUNS:
            return f"{mention} {' '.join(words)}"
        return " ".join(words)

    # -- resolving references ------------------------------------------------------------------

    def _resolve_phrase(
        self, phrase: list[Token], block: int, position: int
    ) -> tuple[Person | None, str]:
        """The person a speaker's noun phrase refers to, and the phrase as written."""
        for index in range(len(phrase) - 2, -1, -1):
            if phrase[index].text.endswith(("'s", "’s")):
                # "The New Republic's Jeet Heer": the name after the possessive.
                rest = phrase[index + 1 :]
                if self._trailing_name([plain(token.text) for token in rest]):
                    phrase = rest
                break
        for index, token in enumerate(phrase):
            if index and token.lower in ("of", "for"):
                # "Jeffrey Lewis of the James Martin Center for Nonproliferation Studies",
                # "Gov. Earl Ray Tomblin of West Virginia"; not "Secretary of State John Kerry".
                head = phrase[:index]
                if self._trailing_name([plain(word.text) for word in head]):
                    phrase = head
                break
        text = " ".join(token.text for token in phrase)
        words = [plain(token.text) for token in phrase]
        lowered = [word.lower() for word in words]
        if len(phrase) == 1 and lowered[0] in PRONOUNS:
            gender = PRONOUNS[lowered[0]]
            if gender in ("male", "female"):
                return self._resolve_pronoun(gender, block, position), phrase[0].text
            if gender == "neuter":
                found = self._last_document(block, position)
                return found or self._last_organisation(block, position), phrase[0].text
            if gender == "plural":
                return self._last_organisation(block, position), phrase[0].text
            if lowered[0] == "i":
                # The writer speaks in the first person: the article's author.
                self.writer = self._description(self.author or "the author")
                return self.writer, phrase[0].text
            return None, phrase[0].text
        if lowered[0] in POSSESSIVES and len(words) > 1:
            owner_gender = POSSESSIVES[lowered[0]]
            owner = (
                self._resolve_pronoun(owner_gender, block, position)
                if owner_gender in ("male", "female")
                else None
            )
            holder = self._role_holder(lowered[1:], owner, block, position)
            return holder or self._description(text), text
        name_words = self._trailing_name(words)
        if name_words and is_place(" ".join(name_words)):
            return self._organisation(name_words), " ".join(name_words)
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
            return self._description(group), group  # "Mexicans said", "Others said"
        if name_words and not is_organisation(name_words):
            person = self.registry.find(name_words)
            if person is None:
                person = self.registry.add(name_words)
                role_words = [
                    word
                    for word in words[: len(words) - len(name_words)]
                    if word.lower() not in _DETERMINERS
                ]
                if any(word.lower() in ROLE_NOUNS or word.lower() in TITLES for word in role_words):
                    person.role = " ".join(role_words)
                    person.gender = person.gender or gender_of_role(person.role)
            return person, " ".join(name_words)
        if is_organisation(words) and lowered[-1] not in ROLE_NOUNS:
            return self._organisation(words), text
        if any(word in ROLE_NOUNS for word in lowered) and lowered[0] not in _INDEFINITE:
            # "a top aide said" brings in someone new; "the aide said" means one named before.
            holder = self._role_holder(lowered, None, block, position)
            if holder is not None:
                return holder, text
        if lowered[0] == "the" and self._is_epithet(words[1:]):
            # "the businessman replied": a story calls the person it is about by a role.
            person = self._in_focus(
                gender_of_role(text),
                block,
                position,
                lambda candidate: (
                    candidate.kind == "person" and not self._holds_other_role(candidate, lowered)
                ),
            )
            if person is not None:
                return person, text
        return self._description(text), text

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
        if not words or words[-1].lower() not in EPITHETS:
            return False
        return all(
            not word[:1].isupper() or word.lower() in ROLE_MODIFIERS or is_place(word)
            for word in words[:-1]
        )

    @staticmethod
    def _trailing_name(words: list[str]) -> list[str]:
        """The personal name at the end of a phrase: ``Dmitry Peskov`` in ``Kremlin spokesman
        Dmitry Peskov``; empty when the phrase ends in a role or an organisation."""
        name: list[str] = []
        for word in reversed(words):
            lowered = word.lower()
            if (
                not word[:1].isupper()
                or lowered in TITLES
                or lowered in ROLE_NOUNS
                or lowered in ROLE_MODIFIERS
                or lowered in NOT_NAMES
                or describes_origin(word)
            ):
                break
            name.insert(0, word)
        return name

    def _organisation(self, words: list[str]) -> Person:
        kept = [word for word in words if word.lower() not in _DETERMINERS]
        return self.registry.add(kept or words, kind="organisation")

    def _description(self, text: str) -> Person | None:
        """A speaker the article describes but does not name: ``a senior Cruz adviser``;
        None when the words describe no one (``a thunderous``, ``that were hacked``)."""
        written = text.split()
        # The writer's words a noun phrase ran into: "one Republican involved in".
        while written and _not_a_noun(written[-1]):
            written.pop()
        words = [plain(word).lower() for word in written]
        if (
            not words
            or all(word in NOT_NAMES for word in words)
            or words[0] in _FUNCTION_WORDS - {"that", "which", "who"}
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

    def _resolve_pronoun(self, gender: str, block: int, position: int) -> Person | None:
        """The person of ``gender`` a "he" or "she" stands for: the paragraph's speaker, else
        the person in focus, else the last person of that gender named anywhere before."""
        speaker = self.last_speaker.get(block)
        # "he" or "she" is never the writer who says "I".
        if (
            speaker is not None
            and speaker is not self.writer
            and not _is_document(speaker)
            and speaker.likely_gender() in (gender, None)
            # "a top aide said" shows no gender: "she" may well be someone else.
            and not (speaker.kind == "description" and speaker.likely_gender() is None)
        ):
            # '"A," said X. "B," he said.': a pronoun goes to the paragraph's speaker.
            return speaker
        chosen = self._in_focus(gender, block, position)
        if chosen is None:
            # Nobody near: the last person of that gender named anywhere before.
            for mention in self.mentions.before(block, position):
                person = mention.person
                if person.kind == "person" and person.likely_gender() == gender:
                    return person
        if chosen is not None and chosen.likely_gender() is None:
            # The text has now shown this person's gender: later pronouns can rely on it.
            chosen.votes[gender] = chosen.votes.get(gender, 0) + 1
        return chosen

    def _in_focus(
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
            if (person.kind == "description" and known is None) or _is_document(person):
                continue
            if known is not None and gender is not None and known != gender:
                continue
            cost = 2.0 * distance + (0 if mention.lead else 1.5 if mention.subject else 2.5)
            if known is None and gender is not None:
                cost += 1.0
            score = (cost, order)
            if best is None or score < best:
                best, chosen = score, person
        return chosen

    def _last_document(self, block: int, position: int) -> Person | None:
        """What "it" stands for when it speaks: the letter, statement or ad named last."""
        for number in range(block, max(block - 2, -1), -1):
            if number not in self.documents:
                # Found once a paragraph, not again for each "it" in it.
                found = list(_DOCUMENT.finditer(self.texts[number]))
                self.documents[number] = (found, [match.end() for match in found])
            matches, ends = self.documents[number]
            count = bisect_right(ends, position) if number == block else len(matches)
            if count:
                return self._description(matches[count - 1].group())
        return None

    def _last_organisation(self, block: int, position: int) -> Person | None:
        for mention in self.mentions.before(block, position):
            if block - mention.block > _REACH:
                break
            if mention.person.kind == "organisation":
                return mention.person
        return None

    def _role_holder(
        self, role: list[str], owner: Person | None, block: int, position: int
    ) -> Person | None:
        """The person holding ``role`` (``spokesman``, ``the former president``): the one whose
        role shares most of its words, the last named before first, else one the article names
        later; ``owner`` is whose role it is (``his spokesman``)."""
        wanted = [_TITLE_ROLES.get(word, word) for word in role if word not in _DETERMINERS]
        nouns = {word for word in wanted if word in ROLE_NOUNS}
        if not nouns:
            return None

        # "the Vermont senator" is a senator from Vermont, not any senator.
        places = {
            word
            for word in wanted
            if word not in ROLE_NOUNS and word not in ROLE_MODIFIERS and is_place(word)
        }

        def fit(person: Person) -> int:
            if person is owner or person.kind != "person" or not person.role:
                return 0
            held = {_TITLE_ROLES.get(word, word) for word in person.role.lower().split()}
            if not nouns & held or not places <= held:
                return 0
            # "the president" is not the vice president, nor a deputy or former one.
            extra = {"vice", "deputy", "assistant", "former", "vice-president"} & (
                held - set(wanted)
            )
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

    def _speaker_before(self, block: int) -> Person | None:
        """For a quote without a cue: the speaker of this paragraph, or of the one before."""
        for number in range(block, max(block - 2, -1), -1):
            if number in self.last_speaker:
                return self.last_speaker[number]
        return None

    def _remember(self, person: Person, quote: QuoteSpan, cued: bool) -> None:
        """Count an attributed speaker as mentioned at its quote, for later pronouns; a speaker
        only inferred counts for less than one a cue names."""
        if person.kind == "organisation":
            return
        mention = Mention(
            person, quote.block, quote.open_at, quote.open_at, person.name, cued, cued
        )
        self.mentions.add(mention)
