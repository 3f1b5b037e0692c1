"""Who said each quote: cue patterns around the quote, then references resolved to people.

The rules are the ones a careful reader applies, in order:

1. A cue right after the quote: ``"...," Peskov said``, ``"...," said Peskov``,
   ``"...," he told reporters``, ``"..." ― Maria, 23``.
2. A cue before it in the same sentence: ``Peskov said: "..."``, ``According to Peskov, "..."``,
   and for quoted words inside the writer's sentence, the subject of the nearest speech verb
   before them (``Putin said talks gave "some hope"``), else of a verb of stance
   (``Zelensky has raised the possibility of an "exchange"``).
3. Without a cue: the other part of a quote split around its attribution, the paragraph before
   when a quote runs over paragraphs, else the speaker of the paragraph before.

The speaker named by a cue is then resolved: a full name, a surname or a title and surname to
the person the article introduced; ``he`` or ``she`` to the last person of that gender named
before; ``the senator`` or ``his spokesman`` to the person holding that role, even when the
article names them only later; ``the Kremlin`` to the organisation.
"""

from __future__ import annotations

from bisect import insort
from dataclasses import dataclass

from tui.extract.lexicon import (
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
from tui.extract.people import Mention, Person, Registry, gender_of_role, is_organisation, plain
from tui.extract.quotes import QuoteSpan
from tui.extract.tokens import Token

_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one"})
_DASHES = frozenset({"—", "―", "–", "--", "-"})
_ADVERB_WORDS = frozenset(
    """
    also then later earlier again once first previously recently repeatedly often never
    still just only even simply quickly flatly bluntly angrily calmly quietly loudly
    has had have is was were would will could did does do had been being later
    on in at last this next week month year morning afternoon evening night today
    yesterday tonight monday tuesday wednesday thursday friday saturday sunday
    recently subsequently afterwards afterward immediately separately privately
    publicly told reporters
    """.split()
)
_TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)
_CLAUSE_BREAKS = frozenset({";", ":", "(", ")", "—", "―", "--"})
# How many paragraphs back a pronoun or an uncued quote may reach for its person.
_REACH = 4


@dataclass
class Speech:
    """The attribution found for one quote."""

    person: Person | None
    cue: str | None
    mention: str | None  # how the cue names the speaker: "he", "Peskov", "his spokesman"
    kind: str  # "direct", "partial" or "term" (not speech: a title, a nickname, a scare quote)


class Attributor:
    """Attributes the quotes of one article, paragraph by paragraph, in reading order."""

    def __init__(self, texts: list[str], tokens: list[list[Token]], registry: Registry) -> None:
        self.texts = texts
        self.tokens = tokens
        self.registry = registry
        self.mentions: list[Mention] = list(registry.mentions)
        self.last_speaker: dict[int, Person] = {}  # paragraph -> its last speaker

    # -- the quote as a whole ---------------------------------------------------------------

    def attribute(self, quotes: list[QuoteSpan]) -> list[Speech]:
        """A ``Speech`` for each quote, in the order given (reading order)."""
        results: list[Speech] = []
        previous: QuoteSpan | None = None
        previous_speech: Speech | None = None
        for index, quote in enumerate(quotes):
            following = quotes[index + 1] if index + 1 < len(quotes) else None
            speech = self._attribute_one(quote, previous, previous_speech, following)
            if speech.person is not None and speech.kind != "term":
                self.last_speaker[quote.block] = speech.person
                self._remember(speech.person, quote)
            results.append(speech)
            previous, previous_speech = quote, speech
        # A quote split around its cue: the part before the cue takes the speaker found after.
        for index in range(len(quotes) - 1, 0, -1):
            here, before = quotes[index], quotes[index - 1]
            if (
                here.block == before.block
                and results[index - 1].person is None
                and results[index - 1].kind == "direct"
                and results[index].person is not None
            ):
                results[index - 1].person = results[index].person
        return results

    def _attribute_one(
        self,
        quote: QuoteSpan,
        previous: QuoteSpan | None,
        previous_speech: Speech | None,
        following: QuoteSpan | None,
    ) -> Speech:
        tokens = self.tokens[quote.block]
        first, last = self._quote_tokens(tokens, quote)
        kind = self._kind(tokens, first, quote)
        found = self._cue_after(quote, tokens, last, following)
        if found is None:
            found = self._cue_before(quote, tokens, first, kind)
        if found is not None:
            person, cue, mention = found
            return Speech(person, cue, mention, kind)
        if kind == "partial":
            return Speech(None, None, None, "term")
        same_block = previous is not None and previous.block == quote.block
        if (
            previous_speech is not None
            and previous_speech.person is not None
            and (quote.continued or (same_block and previous_speech.kind == "direct"))
        ):
            return Speech(previous_speech.person, None, None, kind)
        person = self._speaker_before(quote.block, tokens[first].start)
        return Speech(person, None, None, kind)

    @staticmethod
    def _quote_tokens(tokens: list[Token], quote: QuoteSpan) -> tuple[int, int]:
        """The indexes of the opening mark's token and of the first token after the quote."""
        first = next((i for i, token in enumerate(tokens) if token.start >= quote.open_at), 0)
        if quote.close_at is None:
            return first, len(tokens)
        stop = quote.close_at + 1
        last = next((i for i in range(first, len(tokens)) if tokens[i].start >= stop), len(tokens))
        return first, last

    def _kind(self, tokens: list[Token], first: int, quote: QuoteSpan) -> str:
        """``direct`` for a whole utterance, ``partial`` for words inside the writer's sentence."""
        if quote.continued:
            return "direct"
        before = [
            token
            for token in tokens[:first]
            if not token.quoted and token.sentence == tokens[first].sentence
        ]
        if not before:
            return "direct"
        last = before[-1]
        if last.text in {":", ".", "!", "?"} or last.text in _DASHES:
            return "direct"
        if last.text == ",":
            word = before[-2].lower if len(before) > 1 else ""
            return (
                "direct"
                if (
                    word in SPEECH_VERBS
                    or word in SPEECH_PARTICLES
                    or word in _TIME_WORDS
                    or word.endswith("ly")
                    or before[-2].capitalised
                )
                else "partial"
            )
        if last.lower in SPEECH_VERBS and last.lower not in ("call", "called", "calling", "calls"):
            return "direct"
        return "partial"

    # -- cues ------------------------------------------------------------------------------

    def _cue_after(
        self, quote: QuoteSpan, tokens: list[Token], index: int, following: QuoteSpan | None
    ) -> tuple[Person | None, str, str] | None:
        """``"...," Peskov said`` / ``said Peskov`` / ``he said`` / ``― Maria``."""
        if quote.close_at is None:
            return None
        sentence = tokens[index - 1].sentence if index else 0
        window: list[Token] = []
        for token in tokens[index:]:
            if token.quoted or token.sentence != sentence:
                break
            window.append(token)
            if len(window) >= 16:
                break
        while window and window[0].text in {",", "!", "?"}:
            window = window[1:]
        if not window:
            return None
        if window[0].text in _DASHES and len(window) > 1 and window[1].capitalised:
            words = self._name_words(window[1:])
            if words:
                phrase = window[1 : 1 + len(words)]
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, window[0].text, mention
            return None
        # "said Peskov", "said the Kremlin spokesman", "added Sen. Ted Cruz"
        if window[0].lower in SPEECH_VERBS:
            verb = 1
            while verb < len(window) and window[verb].lower in SPEECH_PARTICLES:
                verb += 1
            target = self._skip_time(window, verb)
            phrase = self._noun_phrase_forward(window, target)
            if phrase:
                person, mention = self._resolve_phrase(phrase, quote.block, tokens[index].start)
                cue = " ".join(token.text for token in window[:verb])
                return person, cue, mention
            return None
        # "Peskov said", "he told reporters", "Kremlin spokesman Dmitry Peskov told reporters"
        for verb in range(1, min(len(window), 12)):
            word = window[verb].lower
            if (
                word in SPEECH_VERBS
                and not window[verb].capitalised
                and window[verb - 1].lower not in ("to", "who", "that")
            ):
                subject_end = verb
                while (
                    subject_end > 0
                    and window[subject_end - 1].lower in _ADVERB_WORDS
                    and subject_end > 1
                ):
                    subject_end -= 1
                phrase = self._noun_phrase(window[:subject_end])
                if not phrase:
                    return None
                person, mention = self._resolve_phrase(phrase, quote.block, tokens[index].start)
                cue = self._cue_text(window, verb, mention)
                return person, cue, mention
            if window[verb].text in {".", ";", "(", "“", '"'} or (
                window[verb].is_word
                and not self._phrase_word(window[verb])
                and window[verb].lower not in _ADVERB_WORDS
            ):
                return None
        return None

    def _cue_before(
        self, quote: QuoteSpan, tokens: list[Token], first: int, kind: str
    ) -> tuple[Person | None, str, str] | None:
        """``Peskov said: "..."``, ``According to X, "..."``, ``X said talks gave "some hope"``."""
        if first >= len(tokens):
            return None
        sentence = tokens[first].sentence
        start = first
        while start > 0 and tokens[start - 1].sentence == sentence:
            start -= 1
        before = tokens[start:first]
        # "According to X, "..."" and "X: "...""
        for position in range(len(before) - 1):
            if before[position].lower == "according" and before[position + 1].lower == "to":
                phrase = self._noun_phrase_forward(before, position + 2)
                if phrase:
                    person, mention = self._resolve_phrase(
                        phrase, quote.block, before[position].start
                    )
                    return person, "according to", mention
        if (
            len(before) >= 2
            and before[-1].text == ":"
            and not any(token.lower in SPEECH_VERBS for token in before)
        ):
            phrase = self._noun_phrase(before[:-1])
            if phrase and len(phrase) == len(before) - 1:
                person, mention = self._resolve_phrase(phrase, quote.block, before[0].start)
                return person, ":", mention
        for verbs in (SPEECH_VERBS, STANCE_VERBS if kind == "partial" else frozenset()):
            for position in range(len(before) - 1, -1, -1):
                token = before[position]
                if token.quoted or token.capitalised or token.lower not in verbs:
                    continue
                if position and before[position - 1].lower in ("to", "the", "a", "an"):
                    continue
                subject_end = position
                while subject_end > 0 and before[subject_end - 1].lower in _ADVERB_WORDS:
                    subject_end -= 1
                phrase = self._noun_phrase(before[:subject_end])
                if not phrase:
                    continue
                person, mention = self._resolve_phrase(phrase, quote.block, phrase[0].start)
                if person is None and not mention:
                    continue
                return person, self._cue_text(before, position, mention), mention
        return None

    # -- noun phrases --------------------------------------------------------------------------

    @staticmethod
    def _skip_time(window: list[Token], index: int) -> int:
        while index < len(window) and (
            window[index].lower in _TIME_WORDS
            or window[index].lower in ("on", "in", "at")
            and index + 1 < len(window)
            and window[index + 1].lower in _TIME_WORDS
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
            or token.text in {"'s", "’s"}
            or word in ("of", "for")
        )

    def _noun_phrase(self, window: list[Token]) -> list[Token]:
        """The noun phrase that ends ``window`` (the subject before a verb)."""
        if not window:
            return []
        last = window[-1]
        if last.lower in PRONOUNS:
            return [last]
        if last.text == ",":
            # "Dmitry Peskov, press secretary for Putin, said": skip the appositive.
            comma = next((i for i in range(len(window) - 2, -1, -1) if window[i].text == ","), None)
            if comma is not None and comma > 0:
                head = self._noun_phrase(window[:comma])
                if head:
                    return head
            return []
        phrase: list[Token] = []
        for token in reversed(window):
            if token.quoted or not (self._phrase_word(token) or token.text in {"'s", "’s"}):
                break
            if token.lower in PRONOUNS and phrase:
                break
            phrase.insert(0, token)
            if len(phrase) > 9:
                break
        while phrase and phrase[0].lower in ("of", "for", "and"):
            phrase = phrase[1:]
        if phrase and not any(
            token.capitalised
            or plain(token.text).lower() in ROLE_NOUNS
            or plain(token.text).lower() in ORGANISATION_HEADS
            or token.lower in PRONOUNS
            for token in phrase
        ):
            return []
        return phrase

    def _noun_phrase_forward(self, window: list[Token], index: int) -> list[Token]:
        """The noun phrase that starts at ``window[index]`` (the subject after a verb)."""
        phrase: list[Token] = []
        for token in window[index:]:
            if token.quoted or not self._phrase_word(token):
                break
            if phrase and token.lower in _DETERMINERS:
                break
            phrase.append(token)
            if token.lower in PRONOUNS:
                break
        while phrase and phrase[-1].lower in ("of", "for", "the", "a", "an"):
            phrase.pop()
        return phrase

    @staticmethod
    def _name_words(window: list[Token]) -> list[str]:
        words: list[str] = []
        for token in window:
            if not token.capitalised or not token.is_word:
                break
            words.append(plain(token.text))
        return words

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
        text = " ".join(token.text for token in phrase).replace(" 's", "'s").replace(" ’s", "’s")
        words = [plain(token.text) for token in phrase]
        lowered = [word.lower() for word in words]
        if len(phrase) == 1 and lowered[0] in PRONOUNS:
            gender = PRONOUNS[lowered[0]]
            if gender in ("male", "female"):
                return self._resolve_pronoun(gender, block, position), phrase[0].text
            if gender in ("plural", "neuter"):
                return self._last_organisation(block, position), phrase[0].text
            return None, phrase[0].text
        if lowered[0] in POSSESSIVES and len(words) > 1:
            owner_gender = POSSESSIVES[lowered[0]]
            owner = (
                self._resolve_pronoun(owner_gender, block, position)
                if owner_gender in ("male", "female")
                else None
            )
            holder = self._role_holder(lowered[1:], owner, block, position)
            return holder, text
        capitals = [
            i
            for i, token in enumerate(phrase)
            if token.capitalised and lowered[i] not in _DETERMINERS
        ]
        name_words = self._trailing_name(words)
        if name_words:
            if is_organisation(name_words):
                return self._organisation(words), text
            person = self.registry.find(name_words)
            if person is None:
                person = self.registry.add(name_words)
                role_words = words[: len(words) - len(name_words)]
                role = " ".join(word for word in role_words if word.lower() not in _DETERMINERS)
                if role and any(
                    word.lower() in ROLE_NOUNS or word.lower() in TITLES for word in role_words
                ):
                    person.role = role
                    person.gender = person.gender or gender_of_role(role)
            return person, " ".join(name_words)
        if lowered[-1] in ORGANISATION_HEADS or (capitals and is_organisation(words)):
            return self._organisation(words), text
        role_words = [word for word in lowered if word in ROLE_NOUNS]
        if role_words:
            holder = self._role_holder(lowered, None, block, position)
            return holder, text
        return None, text

    def _trailing_name(self, words: list[str]) -> list[str]:
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
            ):
                break
            name.insert(0, word)
        return name

    def _organisation(self, words: list[str]) -> Person:
        kept = [word for word in words if word.lower() not in _DETERMINERS]
        return self.registry.add(kept or words, kind="organisation")

    def _resolve_pronoun(self, gender: str, block: int, position: int) -> Person | None:
        """The last person of ``gender`` named before ``position`` (or of unknown gender)."""
        fallback: Person | None = None
        for mention in reversed(self.mentions):
            if (mention.block, mention.start) >= (block, position):
                continue
            if block - mention.block > _REACH:
                break
            person = mention.person
            if person.kind != "person":
                continue
            known = person.likely_gender()
            if known == gender:
                return person
            if known is None and fallback is None:
                fallback = person
        return fallback

    def _last_organisation(self, block: int, position: int) -> Person | None:
        for mention in reversed(self.mentions):
            if (mention.block, mention.start) >= (block, position):
                continue
            if block - mention.block > _REACH:
                break
            if mention.person.kind == "organisation":
                return mention.person
        return None

    def _role_holder(
        self, role: list[str], owner: Person | None, block: int, position: int
    ) -> Person | None:
        """The person holding ``role`` (``spokesman``, ``senator``): the last one named before,
        else one the article names later; ``owner`` is whose role it is (``his spokesman``)."""
        nouns = {word for word in role if word in ROLE_NOUNS}
        if not nouns:
            return None

        def holds(person: Person) -> bool:
            if person is owner or person.kind != "person" or not person.role:
                return False
            return bool(nouns & set(person.role.lower().split()))

        for mention in reversed(self.mentions):
            if (mention.block, mention.start) < (block, position) and holds(mention.person):
                return mention.person
        for person in self.registry.people:
            if holds(person):
                return person
        return None

    def _speaker_before(self, block: int, position: int) -> Person | None:
        """For a quote without a cue: the speaker of this paragraph, or of the one before."""
        for number in range(block, max(block - 2, -1), -1):
            if number in self.last_speaker:
                return self.last_speaker[number]
        return None

    def _remember(self, person: Person, quote: QuoteSpan) -> None:
        """Count an attributed speaker as mentioned at its quote, for later pronouns."""
        mention = Mention(person, quote.block, quote.open_at, quote.open_at, person.name, True)
        insort(self.mentions, mention, key=lambda found: (found.block, found.start))
