"""Pass: the cue that follows the quote names its speaker.

Convention: ``"...," Peskov said``, ``"...," said Peskov``, ``"...," Rep. John Mica (R-Fla.)
said``, ``"...," according to Lee``, ``"..." ― Maria``, and the cue that closes the writer's
sentence the quote opens (``"Boots on the ground" would be appropriate, Ben Carson said.``).
This pass decides when the cue names someone by name or description; a ``he`` or ``she`` is
left to the pronoun pass, and a cue that names no one to the cue-before pass.
"""

from __future__ import annotations

from tui.extract.lexicon import PRONOUNS, ROLE_NOUNS, SPEECH_PARTICLES, SPEECH_VERBS
from tui.extract.passes.base import Found, Pass, QuoteView, Speech
from tui.extract.people import Person, plain
from tui.extract.phrases import (
    DASHES,
    DOCUMENT_NOUN,
    a_term,
    cue_text,
    is_verb,
    noun_phrase_forward,
    skip_time,
    subject_then_verb,
    trailing_name,
)
from tui.extract.quotes import QuoteSpan
from tui.extract.resolve import Resolver
from tui.extract.tokens import Token, Tokens

# Words that open a subordinate clause: after a quote, what follows them is no cue
# ('"That makes me smart," when Clinton blasted him').
_SUBORDINATORS = frozenset(
    "when as while after before because since although though if until unless whereas".split()
)

# Words that open the clause a speech verb reports: "said that", "said the", "said he".
_CLAUSE_OPENERS = frozenset("that the a an he she they it we i this there".split())


def cue_after(
    resolver: Resolver, quote: QuoteSpan, tokens: Tokens, index: int, kind: str
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
        if token.quoted and not (window and a_term(token.text)):
            # '"...," Bill Eastland, wearing "Ted Cruz" pins, said': a short quoted term
            # inside the writer's words is read over; any other quote ends the window.
            break
        window.append(token)
        if len(window) >= 30:
            break
    inside = resolver.texts[quote.block][quote.close_at - 1] if quote.close_at else ""
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
        return according_to(resolver, window, quote.block) if kind == "direct" else None
    if window[0].text in DASHES:
        phrase = noun_phrase_forward(window, 1)
        if phrase and phrase[0].capitalised:
            person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
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
    if not subordinate and is_verb(window[0], inverted_cue, inverted=True):
        verb = 1
        # "fired back Trump", "points out the mayor", but not "said in an interview": a
        # particle before a name or a description.
        while (
            verb + 1 < len(window)
            and window[verb].lower in SPEECH_PARTICLES
            and (
                window[verb + 1].capitalised
                or not window[verb + 1].is_word
                or window[verb + 1].lower in ("the", "a", "an")
            )
        ):
            verb += 1
        start = skip_time(window, verb)
        phrase = noun_phrase_forward(window, start)
        if not phrase:
            return None
        after = start + len(phrase)
        if (
            after + 1 < len(window)
            and window[after].text == ","
            and plain(phrase[-1].text).lower() in ROLE_NOUNS
        ):
            # "said Rubio's deputy campaign manager, Rich Beeson, who ...": the name.
            named = noun_phrase_forward(window, after + 1)
            if named and trailing_name([plain(token.text) for token in named]):
                phrase = named
        person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
        return person, " ".join(token.text for token in window[:verb]), mention
    subject, verb = [], 0
    if not subordinate:
        subject, verb = subject_then_verb(window, ended_with_comma)
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
                phrase = noun_phrase_forward(rest, skip_time(rest, 1))
                if phrase:
                    person, mention = resolver.resolve_phrase(phrase, quote.block, phrase[0].start)
                    return person, rest[0].text, mention
            # Only a speech verb here: '"..." about her record, Sanders jabbed at' is the
            # writer's next clause.
            subject, verb = subject_then_verb(rest, False)
            if subject:
                offset = comma + 1
                break
        if not subject:
            return None
    elif inside == "." and _reports_a_clause(window, verb):
        # '"We want it soon." Steve Adler, the owner, said the campaign has yet to follow up':
        # the quote ended its sentence, and the writer's next one reports other words.
        return None
    person, mention = resolver.resolve_phrase(subject, quote.block, subject[0].start)
    return person, cue_text(window, offset + verb, mention), mention


def _reports_a_clause(window: list[Token], verb: int) -> bool:
    """Whether the speech verb at ``verb`` goes on to a clause of its own (``said that``,
    ``said the campaign has``, ``said he``) rather than ending the cue."""
    if verb + 1 >= len(window):
        return False
    following = window[verb + 1].lower
    return following in _CLAUSE_OPENERS


def according_to(
    resolver: Resolver, window: list[Token], block: int
) -> tuple[Person | None, str, str] | None:
    """``"...," according to Lee`` after the quote; ``according to a court document filed
    by state attorney Dave Aronberg`` is the person who wrote it."""
    phrase = noun_phrase_forward(window, 2)
    if not phrase or not any(
        token.capitalised
        or plain(token.text).lower() in ROLE_NOUNS
        or DOCUMENT_NOUN.fullmatch(token.lower)
        for token in phrase
    ):
        return None  # "according to their instinctive preference": no source
    after = 2 + len(phrase)
    if DOCUMENT_NOUN.fullmatch(phrase[-1].lower):
        for index in range(after, min(after + 3, len(window) - 1)):
            if window[index].lower == "by":
                named = noun_phrase_forward(window, index + 1)
                if named and trailing_name([plain(token.text) for token in named]):
                    phrase = named
                break
    person, mention = resolver.resolve_phrase(phrase, block, phrase[0].start)
    return person, "according to", mention


def read_cue_after(view: QuoteView, resolver: Resolver) -> Found | None:
    """The cue after the quote, read once for all the passes that look at it."""
    if not view.after_read:
        view.after = cue_after(resolver, view.quote, view.tokens, view.last, view.kind)
        view.after_read = True
    return view.after


class CueAfter(Pass):
    """``"...," Peskov said``: a name, a description or an ``it`` or ``they`` after the quote."""

    name = "cue after"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        found = read_cue_after(view, resolver)
        if found is None:
            return None
        person, cue, mention = found
        lowered = mention.lower()
        if person is None and lowered not in PRONOUNS:
            return None  # a cue whose words name no one: the sentence before may
        if PRONOUNS.get(lowered) in ("male", "female"):
            return None  # "he said": the pronoun pass
        return Speech(person, cue, mention, view.kind)
