"""Pass: the cue before the quote, in its sentence, names its speaker.

Convention: ``Peskov said: "..."``, ``According to Peskov, "..."``, ``Clinton: "..."``,
``Rubio fired back forcefully: "..."``, ``Said Dorothy Poynter, "..."``, and for quoted words
inside the writer's sentence the subject of the nearest speech verb before them (``Putin said
talks gave "some hope"``), else of a verb of stance (``Zelensky has raised the possibility of
an "exchange"``). Words quoted right after a possessive name are that person's (``Obama's "if
you like your plan, you can keep it" promise``); a speech verb in the passive names no speaker
in its subject (``He was described as "..."``), only in its agent (``described by the judge``).
"""

from __future__ import annotations

from tui.extract.lexicon import PRONOUNS, ROLE_NOUNS, SPEECH_VERBS, STANCE_VERBS
from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.passes.writer_sentence import sounds_like_speech
from tui.extract.people import Person, plain
from tui.extract.phrases import (
    ASPECT_VERBS,
    DOCUMENT_NOUN,
    after_last_break,
    between,
    clause_subject,
    cue_text,
    noun_phrase,
    noun_phrase_forward,
    trailing_name,
    used_as_noun,
    verb_subject,
)
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver
from tui.extract.tokens import Token, Tokens

# Forms of "be", which make a participle after them passive.
_BE = frozenset("is are was were be been being".split())
_NOT_VERBS = frozenset({"to", "who", "that", "which", "whom", "the", "a", "an"})
# How many of the writer's words before a quote, in its sentence, may hold its cue: twice the
# longest stretch in the dev sets (97); bounded, so a paragraph of quotes costs linear time.
_CUE_REACH = 200


def cue_before(
    resolver: Resolver, quote: QuoteSpan, tokens: Tokens, first: int, kind: str
) -> tuple[Person | None, str, str] | None:
    """``Peskov said: "..."``, ``According to X, "..."``, ``X said talks gave "some hope"``."""
    if first >= len(tokens):
        return None
    start = tokens.sentence_start(first)
    indexes = tokens.outside_quotes(start, first, _CUE_REACH)
    before = [tokens[index] for index in indexes]
    if (
        before
        and indexes[-1] == first - 1
        and before[-1].capitalised
        and before[-1].text.endswith(("'s", "’s"))
        and sounds_like_speech(resolver, quote)
    ):
        # 'Obama's "if you like your plan, you can keep it" promise': whose words they are.
        run = len(before) - 1
        while run > 0 and before[run - 1].capitalised and before[run - 1].is_word:
            run -= 1
        phrase = before[run:]
        person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
        if person is not None:
            return person, before[-1].text, mention
    for position in range(len(before) - 1):
        if before[position].lower == "according" and before[position + 1].lower == "to":
            phrase = noun_phrase_forward(before, position + 2)
            if phrase:
                person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, "according to", mention
    # 'Clinton: "..." Bush: "..."', 'Pollsters agree - Carl Bialik: "..."': the name that
    # introduces a quote stands after any earlier quote or dash.
    label = before[after_last_break(indexes, before, tokens.quoted) :]
    if (
        len(label) >= 2
        and label[-1].text == ":"
        and not any(token.lower in SPEECH_VERBS for token in label)
    ):
        phrase = noun_phrase(label[:-1])
        head = label[: len(label) - 1 - len(phrase)]
        # "Mark Blumenthal and Jon Cohen: ...": two names, the last one speaks for both.
        joined = (
            bool(head) and head[-1].lower == "and" and all(token.capitalised for token in head[:-1])
        )
        if phrase and (not head or joined):
            person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
            return person, ":", mention
    if len(label) >= 2 and label[-1].text == ":":
        # "Rubio fired back forcefully: ...": the subject of the clause the colon closes.
        comma = max((i for i, token in enumerate(label) if token.text == ","), default=-1)
        phrase = clause_subject(label[comma + 1 : -1])
        if phrase:
            person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
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
                phrase = noun_phrase_forward(before, 1)
                if not phrase:
                    continue
                person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, token.text, mention
            if (
                before[position - 1].text == ","
                and before[-1].text in (",", ":")
                and not token.lower.endswith("ing")
                and not _names_someone(resolver, quote.block, before[0].start, token.start)
            ):
                # "Rather than that, asks editor Jennifer Ditchburn, "...": a verb put before
                # its subject, whose name runs up to the quote (not "Dick Dever, who ...,
                # told POLITICO, "...": the sentence has its subject).
                phrase = noun_phrase_forward(before, position + 1)
                if (
                    phrase
                    and position + 1 + len(phrase) == len(before) - 1
                    and trailing_name([plain(word.text) for word in phrase])
                ):
                    person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                    return person, token.text, mention
            if (
                position >= 2
                and before[position - 1].lower in ("that", "which")
                and DOCUMENT_NOUN.fullmatch(before[position - 2].lower)
            ):
                # "hoisted a sign that read": whoever holds it, as with "a sign reading".
                phrase = clause_subject(before[: position - 2])
                if phrase:
                    person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                    return person, token.text, mention
            if position and before[position - 1].lower in _NOT_VERBS:
                continue
            following = before[position + 1].lower if position + 1 < len(before) else ""
            if following in ("to", "off") or (
                token.lower in ASPECT_VERBS and following.endswith("ing")
            ):
                # "the crowd began to chant", "as the meeting began vowing", "after calling
                # off classes": no cue
                continue
            if used_as_noun(before, position):
                continue
            subject_end = position
            while subject_end > 0 and between(before[subject_end - 1]):
                subject_end -= 1
            if is_passive(before, subject_end, position):
                if token.lower == "quoted" and any(
                    word.lower == "as" for word in before[position + 1 :]
                ):
                    # "Sverdrup was quoted by the paper as saying": the subject's words,
                    # which the agent only reports.
                    be = next(i for i in range(position, -1, -1) if before[i].lower in _BE)
                    phrase = verb_subject(before[:be])
                    if phrase:
                        person, mention = resolver.resolve_phrase(
                            phrase, quote.block, phrase[0].start
                        )
                        return person, token.text, mention
                # "He was described as", "she was told": spoken of, or to; the speaker is
                # the agent ("described by the judge as"), else no one the sentence names.
                by = next(
                    (i for i in range(position + 1, len(before)) if before[i].lower == "by"), None
                )
                phrase = noun_phrase_forward(before, by + 1) if by is not None else []
                if not phrase:
                    return None, token.text, ""
                person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                return person, token.text, mention
            if subject_end and before[subject_end - 1].lower in ("and", "but"):
                # "Silverman was joined on stage by Al Franken and joked", "The agency gave
                # no details, but said": the subject of the clause whose verbs "and" or
                # "but" joins (a comma before the conjunction ends no clause); the subject of
                # an earlier speech verb, when there is one ("Lee said ... but added").
                joined = subject_end - 1
                if any(
                    other.lower in verbs and not opens_other_quote(index)
                    for index, other in enumerate(before[:joined])
                ):
                    continue
                if joined and before[joined - 1].text == ",":
                    joined -= 1
                comma = max((i for i in range(joined) if before[i].text == ","), default=-1)
                phrase = clause_subject(before[comma + 1 : subject_end - 1])
            elif token.lower.endswith("ing") and not names_a_person_before(
                resolver, before, indexes, position, tokens.quoted
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
                phrase = clause_subject(before[:position])
            else:
                phrase = noun_phrase(before[:subject_end])
            if not phrase:
                continue
            if verbs is STANCE_VERBS and not any(
                word.capitalised or word.lower in PRONOUNS or plain(word.text).lower() in ROLE_NOUNS
                for word in phrase
            ):
                continue
            person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
            return person, cue_text(before, position, mention), mention
    return None


def is_passive(words: list[Token], subject_end: int, verb: int) -> bool:
    """Whether the speech verb at ``verb`` is a passive participle (``was described``,
    ``is told``): a form of "be" among the words between it and its subject."""
    return words[verb].lower.endswith(("ed", "told", "written")) and any(
        word.lower in _BE for word in words[subject_end:verb]
    )


def _names_someone(resolver: Resolver, block: int, start: int, end: int) -> bool:
    """Whether a person is named between ``start`` and ``end`` of a paragraph."""
    return any(
        mention.person.kind == "person" for mention in resolver.mentions.within(block, start, end)
    )


def names_a_person_before(
    resolver: Resolver,
    before: list[Token],
    indexes: list[int],
    position: int,
    quoted: frozenset[int],
) -> bool:
    """Whether a person's name stands right before the participle at ``position`` ("footage
    of Trump saying"), rather than an object ("a message on Twitter reading", "the CNN
    'reporter,' saying"), after which the clause's subject speaks."""
    if not position or not before[position - 1].capitalised:
        return False
    if indexes[position] - 1 in quoted:
        return False
    words = [plain(token.text) for token in before[max(0, position - 4) : position]]
    person = resolver.registry.find(trailing_name(words) or words[-1:])
    return person is not None and person.kind == "person"


class CueBefore(Pass):
    """``Peskov said: "..."``: the speech verb, colon or ``according to`` before the quote."""

    name = "cue before"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        found = cue_before(resolver, view.quote, view.tokens, view.first, view.kind)
        if found is None:
            return None
        person, cue, mention = found
        return Speech(person, cue, mention, view.kind)
