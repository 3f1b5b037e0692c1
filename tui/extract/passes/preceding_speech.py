"""Pass: a paragraph that is only a quotation is said by whoever spoke just before it.

Convention: ``Chapman says the plan falls short.`` ¶ ``"We will not ..."``: a quote that
opens its paragraph with no cue of its own goes on with the speech that precedes it, direct
or reported - the speaker of the last quote, or the subject of the last speech verb, of the
paragraph before, whichever comes later. A rubric (``READ MORE: ...``, ``WATCH: ...``), a
subhead or a caption between them is not that paragraph.
"""

from __future__ import annotations

from tui.extract.layout import is_layout
from tui.extract.lexicon import POSSESSIVES, SPEECH_VERBS
from tui.extract.passes.base import Pass, QuoteView, Speech
from tui.extract.people import Person, plain
from tui.extract.phrases import (
    ASPECT_VERBS,
    DETERMINERS,
    noun_phrase_forward,
    trailing_name,
    verb_subject,
)
from tui.extract.resolve import Resolver, is_document
from tui.extract.tokens import Token, Tokens

# How many layout paragraphs (rubrics, subheads, captions) may stand between the speech and
# the quote.
_LAYOUT_REACH = 3
# How many tokens before a speech verb its subject is read from: bounded, so that a long
# sentence of speech words costs its length, not its square; far more than any subject with
# its appositives takes.
_SUBJECT_REACH = 200
# How many words a subject after its speech verb may take ("said the annual report").
_INVERTED_REACH = 12
_SENTENCE_ENDS = frozenset({".", "!", "?"})


def reported_speech(resolver: Resolver, block: int) -> tuple[int, Person] | None:
    """The last speech verb of a paragraph that names its subject, in a sentence that quotes
    no one (a quote's cue is the quote's), with where it stands: ``Chapman says ...``,
    ``Health Minister Randy Delorey says ...``."""
    tokens: Tokens = resolver.tokens[block]
    quoting = {tokens.sentences[index] for index in tokens.quoted}
    # sentence start -> the capitalised words that open it, the name they end with, its person
    openings: dict[int, tuple[list[Token], list[str], Person | None]] = {}
    # The words of subjects after their verbs ("said the winter report"): no verb among them.
    inverted = {
        index + 1 + offset
        for index in range(1, len(tokens))
        if tokens.lowers[index] in SPEECH_VERBS
        for offset in range(len(_inverted_subject(tokens, index)))
    }
    for index in range(len(tokens) - 1, 0, -1):
        token = tokens[index]
        if (
            index in tokens.quoted
            or index in inverted
            or token.capitalised
            or token.lower not in SPEECH_VERBS
            or token.lower in ASPECT_VERBS
        ):
            continue
        before = tokens[index - 1].lower
        following = tokens[index + 1].lower if index + 1 < len(tokens) else ""
        if before in DETERMINERS or before in POSSESSIVES or following == "to":
            continue  # "his remarks", "wants to say": no one speaks here
        start = tokens.sentence_start(index)
        if tokens.sentences[index] in quoting:
            continue  # the cue of a quote in this sentence: its speech is the quote's
        # "Will Young, a mechanic based in Kansas City, Mo., said": the name that opens the
        # sentence before an appositive; else the noun phrase right before the verb.
        if start not in openings:
            opener = [tokens[i] for i in range(start, start + _capitalised_run(tokens, start))]
            named = trailing_name([plain(token.text) for token in opener])
            openings[start] = opener, named, resolver.registry.find(named) if named else None
        opener, named, known = openings[start]
        opening = len(opener)
        after = _inverted_subject(tokens, index)
        if after:
            phrase = after
        elif (
            start + opening < index
            and tokens.texts[start + opening] == ","
            and len(named) == opening > 0
            # "However," and "Rather," open sentences too: a name is full, or stands for one.
            and (len(named) > 1 or (known is not None and len(known.words) > 1))
        ):
            phrase = opener
        else:
            reach = max(start, index - _SUBJECT_REACH)
            phrase = verb_subject([tokens[i] for i in range(reach, index)])
        if not phrase:
            continue  # "many reasons": a noun, or a verb with no subject to read
        person, _ = resolver.resolve_phrase(phrase, block, phrase[0].start)
        if person is None or (person.kind == "description" and not is_document(person)):
            # "Rather, he said", "a heavily Democratic state": no one known; but a text
            # speaks ("..., said the winter safety report").
            return None
        return tokens.starts[index], person
    return None


def _inverted_subject(tokens: Tokens, index: int) -> list[Token]:
    """The subject after a speech verb that follows the words it reports and ends the
    sentence: "Costs will rise, said the annual report." (none if the verb is not so)."""
    if tokens.texts[index - 1] != ",":
        return []
    window = [tokens[i] for i in range(index + 1, min(index + 1 + _INVERTED_REACH, len(tokens)))]
    phrase = noun_phrase_forward(window, 0)
    end = index + 1 + len(phrase)
    if not phrase or (end < len(tokens) and tokens.texts[end] not in _SENTENCE_ENDS):
        return []
    return phrase


def _capitalised_run(tokens: Tokens, start: int) -> int:
    """How many capitalised words open the sentence that starts at token ``start``."""
    end = start
    while end < len(tokens) and tokens[end].capitalised and tokens[end].is_word:
        end += 1
    return end - start


class PrecedingSpeech(Pass):
    """A quote opening its paragraph: the speaker of the speech in the paragraph before."""

    name = "preceding speech"

    def decide(self, view: QuoteView, resolver: Resolver) -> Speech | None:
        quote = view.quote
        text = resolver.texts[quote.block]
        if quote.continued or view.kind != "direct" or text[: quote.open_at].strip():
            return None
        closed = quote.close_at if quote.close_at is not None else len(text)
        if text[closed + 1 :].strip() and text[quote.start : quote.end].rstrip()[-1:] not in ".!?":
            return None  # '"Daily Show" host Trevor Noah': the writer's sentence goes on
        block = quote.block - 1
        while (
            block >= 0 and quote.block - block <= _LAYOUT_REACH and is_layout(resolver.texts[block])
        ):
            block -= 1
        if block < 0 or quote.block - block > _LAYOUT_REACH:
            return None
        reported = reported_speech(resolver, block)
        direct = resolver.last_speaker.get(block)
        last_quote = resolver.last_quote_at.get(block, -1)
        if reported is not None and (direct is None or reported[0] > last_quote):
            return Speech(reported[1], None, None, view.kind)
        if direct is not None:
            return Speech(direct, None, None, view.kind)
        return None
