"""The grammar a cue is read by: noun phrases, speech verbs and the words between them.

Pure functions over a paragraph's tokens, shared by the attribution passes: where a quote's
tokens begin and end, whether it is a whole utterance or words inside the writer's sentence,
the noun phrase before a verb (the subject) or after it (``said Peskov``), and the personal name
that ends a phrase.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from tui.extract.lexicon import (
    NOT_NAMES,
    ORGANISATION_HEADS,
    POSSESSIVES,
    PRONOUNS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SPEAKER_NOUNS,
    SPEECH_PARTICLES,
    SPEECH_VERBS,
    TITLES,
)
from tui.extract.people import describes_origin, plain, verb_like
from tui.extract.quotes import QuoteSpan
from tui.extract.tokens import Token, Tokens, is_capitalised

DETERMINERS = frozenset({"the", "a", "an", "this", "that", "another", "one", "some"})


DASHES = frozenset({"—", "―", "–", "--", "-"})


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


# The speech verbs whose past is irregular: inflected forms, never nouns.
_IRREGULAR_PAST = frozenset("said told wrote written".split())
_MODALS = frozenset("may might will would could must".split())
TIME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday today yesterday tonight".split()
)


FUNCTION_WORDS = frozenset(
    "by to of for with in on at from about as than that which who and or but".split()
)


WORD = re.compile(r"[\w’'-]+")


# Words ending in -est that are no superlative.
# Speech verbs that also start or continue another action ("began vowing").
ASPECT_VERBS = frozenset("begin begins began beginning continue continues continued".split())
_NOT_SUPERLATIVES = frozenset(
    """
    protest request interest contest conquest inquest bequest harvest forest arrest suggest
    digest detest manifest guest chest quest priest crest invest attest unrest behest
    """.split()
)


# Writings that speak in the news ("the letter read", "the statement said").
DOCUMENT_NOUN = re.compile(
    r"(?:letter|statement|article|e-?mail|memo|report|ad|advertisement|tweet|sign|post|"
    r"release|website|editorial|piece|headline|note|message|document|transcript|video|"
    r"book|column|op-ed|petition|complaint|lawsuit|filing|affidavit|resolution|platform)"
)


DOCUMENT = re.compile(
    r"\b(?:[Tt]he|[Aa]n?|[Tt]his|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)\s(?:[\w-]+\s){0,3}?"
    + DOCUMENT_NOUN.pattern
    + r"\b"
)


_APPOSITIVE_MAX = 18


def after_last_break(indexes: list[int], words: list[Token], quoted: frozenset[int]) -> int:
    """Where the last stretch of ``words`` (tokens at ``indexes``, quotations left out) begins
    that no quotation or dash interrupts."""
    for position in range(len(words) - 1, 0, -1):
        if indexes[position] - 1 in quoted or words[position - 1].text in DASHES:
            return position
    return 0


def a_term(quotation: str) -> bool:
    """Whether a quotation (marks included) is a short name or term, not a sentence."""
    inside = quotation[1:-1].strip()
    return len(inside.split()) <= 3 and inside[-1:] not in (".", "!", "?", ",")


def superlative(word: str) -> bool:
    """``biggest``, ``latest``: an adjective, so the word after it is a noun."""
    return word.endswith("est") and len(word) > 4 and word not in _NOT_SUPERLATIVES


def between(token: Token) -> bool:
    """A word that may stand between a speaker and the verb: "later", "has", "famously";
    not a capitalised modal, which is a name ("Ms. May acknowledged")."""
    if token.capitalised and token.lower in _MODALS:
        return False
    return token.lower in _BETWEEN or (
        token.lower.endswith("ly") and not token.capitalised and len(token.lower) > 4
    )


def quote_tokens(tokens: Tokens, quote: QuoteSpan) -> tuple[int, int]:
    """The indexes of the opening mark's token and of the first token after the quote."""
    first = bisect_left(tokens.starts, quote.open_at)
    if first == len(tokens):
        first = 0
    if quote.close_at is None:
        return first, len(tokens)
    return first, bisect_left(tokens.starts, quote.close_at + 1, first)


def quote_kind(tokens: Tokens, first: int, quote: QuoteSpan) -> str:
    """``direct`` for a whole utterance, ``partial`` for words inside the writer's sentence."""
    if quote.continued or first >= len(tokens):
        return "direct"
    start = tokens.sentence_start(first)
    # Only the last two of the writer's words decide, however long the sentence.
    before = [tokens[index] for index in tokens.outside_quotes(start, first, 2)]
    if not before:
        return "direct"
    last = before[-1]
    if last.text in {":", ".", "!", "?"} or last.text in DASHES:
        return "direct"
    if last.text == ",":
        word = before[-2] if len(before) > 1 else None
        if word is None:
            return "direct"
        lowered = word.lower
        speaking = lowered in SPEECH_VERBS or lowered in SPEECH_PARTICLES
        return "direct" if speaking or lowered in TIME_WORDS or word.capitalised else "partial"
    if last.lower in SPEECH_VERBS and last.lower not in ("call", "called", "calling", "calls"):
        return "direct"
    return "partial"


def subject_then_verb(window: list[Token], ended_with_comma: bool) -> tuple[list[Token], int]:
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
            close = next((i for i in range(index + 1, len(window)) if window[i].text == ")"), None)
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
                if verb is None or clause_before(window[index + 1 : verb]):
                    return [], 0
                named = trailing_name([plain(word.text) for word in window[index + 1 : verb]])
                if named and not trailing_name([plain(word.text) for word in subject]):
                    subject = window[verb - len(named) : verb]
                return trim_subject(subject), verb
            appositive = window[index + 1 : close]
            index = close + 1
            continue
        if (
            subject
            # "the report said", "the annual report said": after an article or a modifier
            # comes a noun, though it may read as a verb.
            and not awaits_noun(subject, token)
        ) and (
            is_verb(token, ended_with_comma)
            or (
                ended_with_comma
                and index == len(subject)
                and token.is_word
                and not token.capitalised
                and token.lower not in FUNCTION_WORDS
                and not phrase_word(token)
                and not before_name(window, index)
                and (subject[-1].capitalised or subject[-1].lower in PRONOUNS)
            )
        ):
            subject = trim_subject(subject)
            if (
                appositive
                and not trailing_name([plain(word.text) for word in subject])
                and trailing_name([plain(word.text) for word in appositive])
            ):
                subject = appositive
            return subject, index
        if subject and between(token):
            index += 1
            continue
        # "for Clinton, said Kunin": no subject opens with a preposition.
        if not subject and token.lower in FUNCTION_WORDS | {"this"}:
            break
        if token.is_word and (
            phrase_word(token) or after_determiner(subject) or before_name(window, index)
        ):
            subject.append(token)
            if len(subject) > 10:
                break
            index += 1
            continue
        break
    return [], 0


def awaits_noun(subject: list[Token], token: Token) -> bool:
    """Whether ``token``, after ``subject``, is the subject's noun rather than its verb: after
    an article alone (``the report``), or after an article and modifiers with no noun among
    them when it names a document (``the congressional report``, ``its annual report``)."""
    if all(word.lower in DETERMINERS or word.lower in POSSESSIVES for word in subject):
        return True
    return (
        (subject[0].lower in DETERMINERS or subject[0].lower in POSSESSIVES)
        and DOCUMENT_NOUN.fullmatch(token.lower) is not None
        and not any(
            word.capitalised
            or plain(word.text).lower() in ROLE_NOUNS
            or plain(word.text).lower() in SPEAKER_NOUNS
            or plain(word.text).lower() in ORGANISATION_HEADS
            for word in subject[1:]
        )
    )


def clause_before(words: list[Token]) -> bool:
    """Whether a clause of the writer's, not an appositive, stands between a subject and a
    speech verb: "Her father, Brad, 39, worried that voters ... read", but not "Nate Silver,
    the polling guru who founded fivethirtyeight.com tweeted"."""
    for word in words:
        if word.lower in ("who", "which"):
            return False
        if word.lower == "that" or verb_like(word):
            return True
    return False


def before_name(window: list[Token], index: int) -> bool:
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


def trim_subject(subject: list[Token]) -> list[Token]:
    while subject and subject[0].lower in ("and", "but", "or"):
        subject = subject[1:]
    return subject


def after_determiner(subject: list[Token]) -> bool:
    """Ordinary words may follow an article or a possessive: ``the announcer``."""
    return (
        bool(subject)
        and len(subject) < 5
        and subject[0].lower not in ("that", "this")
        and (subject[0].lower in DETERMINERS or subject[0].lower in POSSESSIVES)
    )


def is_verb(token: Token, after_comma: bool, inverted: bool = False) -> bool:
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


def used_as_noun(words: list[Token], position: int) -> bool:
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
    if before is None or not (before.lower in ("a", "an", "the") or before.lower in POSSESSIVES):
        return False
    if "-" in previous.text or superlative(previous.lower):
        return True  # "a Trump-style retort", "the biggest challenges"
    # "a rare note", but not "the ad claims", "his office said" or "a statement saying": an
    # inflected form after a noun is its verb.
    word = words[position].lower
    return (
        previous.is_word
        and not previous.capitalised
        and not verb_like(previous)
        and not word.endswith(("s", "ed", "ing"))
        and word not in _IRREGULAR_PAST
    )


def clause_subject(words: list[Token]) -> list[Token]:
    """The subject of a clause's first verb: ``she`` in ``Minutes later, she sent``."""
    for position in range(1, len(words)):
        token = words[position]
        if not verb_like(token):
            continue
        end = position
        while end > 0 and between(words[end - 1]):
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
        if not (
            previous.capitalised
            or previous.lower in PRONOUNS
            or plain(previous.text).lower() in ROLE_NOUNS  # "Grayson's spokeswoman said"
        ):
            continue
        phrase = noun_phrase(words[:end])
        if phrase:
            return phrase
    return []


def skip_time(window: list[Token], index: int) -> int:
    while index < len(window) and (
        window[index].lower in TIME_WORDS
        or (
            window[index].lower in ("on", "in", "at")
            and index + 1 < len(window)
            and window[index + 1].lower in TIME_WORDS
        )
    ):
        index += 1
    return index


def phrase_word(token: Token) -> bool:
    """Whether a token can stand inside a speaker's noun phrase."""
    word = plain(token.text).lower()
    return (
        token.capitalised
        or word in ROLE_NOUNS
        or word in ROLE_MODIFIERS
        or word in DETERMINERS
        or word in POSSESSIVES
        or word in PRONOUNS
        or word in ORGANISATION_HEADS
        or word in ("of", "for")
        or word[:1].isdigit()  # "9/11 widow Terry Strada"
    )


def noun_phrase(window: list[Token]) -> list[Token]:
    """The noun phrase that ends ``window`` (the subject before a verb)."""
    if not window:
        return []
    last = window[-1]
    if last.lower in PRONOUNS:
        return [last]
    if last.text in {",", ")"}:
        # "Dmitry Peskov, press secretary for Putin, said": the head before the appositive.
        opener = "," if last.text == "," else "("
        mark = next((i for i in range(len(window) - 2, -1, -1) if window[i].text == opener), None)
        if not mark:
            return []
        head = noun_phrase(window[:mark])
        if (
            opener == ","
            and window[mark + 1].lower in ("which", "who", "whose")
            and head
            and head[0].lower in DETERMINERS
        ):
            # "Donald Tusk, the president of the council, which represents its leaders,
            # urged": past a relative clause the head is itself an appositive to a name.
            rest = window[: mark - len(head)]
            named = noun_phrase(rest[:-1]) if rest and rest[-1].text == "," else []
            if named and trailing_name([plain(token.text) for token in named]):
                return named
        if opener == "," and head and not trailing_name([plain(token.text) for token in head]):
            # "Its chair, Margaret Ellis, said": a head that only describes gives way to the
            # name in apposition to it.
            inside = window[mark + 1 : -1]
            named = trailing_name([plain(token.text) for token in inside])
            if len(named) >= 2 and len(named) == len(inside):
                return inside
        return head
    phrase: list[Token] = []
    for token in reversed(window):
        if token.quoted or not phrase_word(token):
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
            if head.lower in DETERMINERS or head.lower in POSSESSIVES:
                words = window[-back:]
                if words[-1].lower in FUNCTION_WORDS:
                    break
                if all(token.is_word and not token.quoted for token in words):
                    return words
                break
        if people_in_general(last):
            return [last]  # "he heard students shout": a group speaks
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


def people_in_general(token: Token) -> bool:
    """Whether a bare plural names people speaking together: ``students``, ``protesters``,
    ``officials`` (no article needed, as a group is named)."""
    word = token.lower
    if token.quoted or not token.is_word or token.capitalised or not word.endswith("s"):
        return False
    single = word[:-1]
    return single in SPEAKER_NOUNS or single in ROLE_NOUNS


def noun_phrase_forward(window: list[Token], index: int) -> list[Token]:
    """The noun phrase that starts at ``window[index]`` (the subject after a verb)."""
    phrase: list[Token] = []
    for position in range(index, len(window)):
        token = window[position]
        if token.quoted or not token.is_word:
            break
        if not (phrase_word(token) or after_determiner(phrase) or before_name(window, position)):
            break
        if phrase and token.lower in DETERMINERS:
            break
        if not phrase and token.lower in ("that", "this"):
            break
        phrase.append(token)
        if token.lower in PRONOUNS:
            break
    while phrase and phrase[-1].lower in ("of", "for", "the", "a", "an"):
        phrase.pop()
    return phrase


def cue_text(window: list[Token], verb: int, mention: str) -> str:
    """The words that attribute: the verb (with ``reporters`` after ``told``), and the
    pronoun when a pronoun names the speaker."""
    words = [window[verb].text]
    after = window[verb + 1].lower if verb + 1 < len(window) else ""
    beyond = window[verb + 2].lower if verb + 2 < len(window) else ""
    if after == "reporters" or (after in SPEECH_PARTICLES and beyond not in DETERMINERS):
        words.append(window[verb + 1].text)
    if mention.lower() in PRONOUNS:
        return f"{mention} {' '.join(words)}"
    return " ".join(words)


def trailing_name(words: list[str]) -> list[str]:
    """The personal name at the end of a phrase: ``Dmitry Peskov`` in ``Kremlin spokesman
    Dmitry Peskov``; empty when the phrase ends in a role or an organisation."""
    name: list[str] = []
    for word in reversed(words):
        lowered = word.lower()
        if (
            not is_capitalised(word)
            or lowered in TITLES
            or lowered in ROLE_NOUNS
            or lowered in ROLE_MODIFIERS
            or lowered in NOT_NAMES
            or describes_origin(word)
        ):
            break
        name.insert(0, word)
    return name


def verb_subject(words: list[Token]) -> list[Token]:
    """The subject of a verb, from the words before it: the noun phrase that ends them, or the
    name a description stands with ("Tim Guest with the health authority says", "the
    director of operations, Jeff Fraser, says")."""
    end = len(words)
    while end > 0 and between(words[end - 1]):
        end -= 1
    words = words[:end]
    if len(words) >= 3 and words[-1].text == ",":
        comma = max((i for i in range(len(words) - 1) if words[i].text == ","), default=-1)
        inside = words[comma + 1 : -1]
        named = trailing_name([plain(token.text) for token in inside])
        if named and len(named) == len(inside):
            return inside
    phrase = noun_phrase(words)
    joint = len(words) - len(phrase) - 1
    if phrase and joint >= 1 and words[joint].lower in ("with", "of", "from", "at", "for"):
        named = trailing_name([plain(token.text) for token in words[:joint]])
        if named:
            return words[joint - len(named) : joint]
    return phrase
