"""Whom a ``he`` or ``she`` stands for: the people the text is about, ranked by salience.

A pronoun names someone the reader already has in mind. Who that is depends on how the text
has put people forward: the subject of the sentence, and of the sentences and paragraph just
before; how recently and how often a person was named; whether they spoke nearby; and whether
their gender (or number) agrees. Each person named in the last few paragraphs is a candidate;
each gets a handful of named features (``FEATURES``), and a log-linear score (the weights of
``data/salience.json``, learned by ``scripts/train_salience.py`` on PolNeAR's training
articles) ranks them. A person whose known gender disagrees with the pronoun, an organisation,
a document, the writer and someone the quote itself speaks of by surname are never candidates.
"""

from __future__ import annotations

import json
import math
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import islice
from pathlib import Path
from typing import TYPE_CHECKING

from tui.extract.lexicon import SPEECH_VERBS
from tui.extract.mentions import LOOK_BACK
from tui.extract.people import is_role_word
from tui.extract.phrases import DOCUMENT

if TYPE_CHECKING:
    from tui.extract.people import Mention, Person
    from tui.extract.resolve import Resolver
    from tui.extract.tokens import Tokens

# How many paragraphs back a pronoun may reach for its person.
REACH = 4
# The longest appositive (in tokens) read between a name and its speech verb.
_APPOSITIVE = 16
# The longest bracket (in tokens) read between a name and its verb: "(D-Ga.)", "(R)".
_BRACKET = 8
# Sentences back beyond which recency stops counting: the person is as good as new again.
_FAR = 10

# The features, in the order of the weights. Each reads one thing a reader keeps track of.
FEATURES = (
    "sentence subject",  # opens (is the subject of) the sentence the pronoun's quote is in
    "in the sentence",  # named in that sentence at all
    "subject of the sentence before",  # opens the sentence just before
    "paragraph subject",  # opens a sentence of this paragraph before the pronoun
    "opens the paragraph",  # opens this paragraph's first sentence
    "subject of the paragraph before",  # opens a sentence of the paragraph before
    "named as a subject",  # last named where a subject stands (before a verb)
    "sentences back",  # how far back the last mention is, in sentences (a tenth each)
    "paragraphs back",  # how far back the last mention is, in paragraphs (a quarter each)
    "nearest",  # no other candidate was named since
    "mentions",  # how often the article has named them so far (log)
    "most mentioned",  # no other candidate has been named as often
    "gender unknown",  # the text does not show their gender (it cannot disagree)
    "spoke last, still in focus",  # said the last quote, and no one has been a subject since
    "spoke in this paragraph",  # said a quote of this paragraph before the pronoun
    "spoke in the paragraph before",
    "reported as speaking just before",  # a speech verb's subject, this sentence or the last
    "reported as speaking in the paragraph",  # a speech verb's subject in this paragraph
    "a pronoun's referent",  # last named as the referent of a sentence-opening he or she
    "a description",  # described, not named ("the woman")
)


@dataclass
class Candidate:
    """A person a pronoun may stand for, with the features that rank them."""

    person: Person
    features: list[float]


@cache
def weights() -> tuple[float, ...]:
    """The learned weight of each feature, from ``data/salience.json``."""
    path = Path(__file__).resolve().parent / "data" / "salience.json"
    stored = json.loads(path.read_text(encoding="utf-8"))["weights"]
    return tuple(float(stored[name]) for name in FEATURES)


def score(candidate: Candidate, weighting: tuple[float, ...] | None = None) -> float:
    """How salient a candidate is: the weighted sum of its features."""
    chosen = weighting if weighting is not None else weights()
    return sum(weight * value for weight, value in zip(chosen, candidate.features, strict=True))


def is_speech(mention: Mention) -> bool:
    """Whether a mention is a speaker counted at their quote (``Resolver.remember``), which
    takes no room in the text, rather than a name written there."""
    return mention.start == mention.end


def _is_pronoun(mention: Mention) -> bool:
    return mention.text.lower() in ("he", "she")


def _eligible(resolver: Resolver, person: Person, gender: str | None) -> bool:
    """Whether ``person`` may be what a pronoun of ``gender`` stands for."""
    if person.kind == "organisation" or person is resolver.writer:
        return False
    known = person.likely_gender()
    if person.kind == "description" and (known is None or DOCUMENT.match(person.name) is not None):
        return False  # "a top aide" shows no gender; "the statement" is no he or she
    if known is not None and gender is not None and known != gender:
        return False
    # '"Cruz is our best debater," he says': someone else speaks of Cruz.
    return not (person.words and person.words[-1] in resolver.quoted_surnames)


class _Sentences:
    """Where each sentence of the paragraphs near a pronoun stands, counted back from it."""

    def __init__(self, resolver: Resolver, block: int, position: int) -> None:
        self.resolver = resolver
        self.block = block
        self.here = self.number(block, position)

    def number(self, block: int, position: int) -> int:
        """The number of the sentence of paragraph ``block`` that holds ``position``."""
        tokens = self.resolver.tokens[block]
        if not tokens:
            return 0
        return tokens.sentences[max(0, bisect_right(tokens.starts, position) - 1)]

    def back(self, block: int, position: int) -> int:
        """How many sentences before the pronoun's the one at ``position`` is (0: the same)."""
        if block == self.block:
            return self.here - self.number(block, position)
        count = self.here + 1
        for number in range(block + 1, self.block):
            tokens = self.resolver.tokens[number]
            count += tokens.sentences[-1] + 1 if tokens else 0
        tokens = self.resolver.tokens[block]
        last = tokens.sentences[-1] if tokens else 0
        return count + last - self.number(block, position)


# Conjunctions that open a subordinate clause: a sentence opening with one has its main
# clause, and the subject that counts, after the first comma ("When Maddow pointed it out,
# Clinton seized on it").
_SUBORDINATORS = frozenset(
    "when as after while if because although though since before once until unless whereas".split()
)


def _past_bracket(tokens: Tokens, end: int) -> int:
    """Where the text goes on after a short bracket right after a name: ``Rep. Ann Lee (D-Ore.)
    said`` gives the party and state of a lawmaker, and the verb after it is still hers."""
    if end >= len(tokens) or tokens.texts[end] != "(":
        return end
    reach = range(end + 1, min(len(tokens), end + _BRACKET))
    close = next((at for at in reach if tokens.texts[at] == ")"), None)
    return end if close is None else close + 1


def _speaks_here(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the name in tokens ``[start, end)`` is the subject of a speech verb: ``Biden
    said``, ``Tim Kaine, speaking in Miami, said``, ``Rep. Ann Lee (D-Ore.) said``, ``...,
    said Mayor Ted Terry``."""
    end = _past_bracket(tokens, end)
    if end < len(tokens) and tokens.texts[end] == ",":
        # "Sen. Tim Kaine, speaking at a rally, said", "Brian Murphy, the chairman, for
        # example, said": past an appositive and an aside, each closed by a comma.
        for _ in range(2):
            reach = range(end + 1, min(len(tokens), end + _APPOSITIVE))
            close = next((at for at in reach if tokens.texts[at] == ","), None)
            if close is None:
                break
            end = close + 1
            if end < len(tokens) and tokens.lowers[end] in SPEECH_VERBS:
                return True
        return False
    if end < len(tokens) and tokens.lowers[end] in SPEECH_VERBS:
        return True
    if end < len(tokens) and tokens[end].is_word:
        return False  # "..., said Stone continued to": Stone only opens what was said
    while start > 0 and is_role_word(tokens.texts[start - 1]):
        start -= 1
    return (
        start >= 2 and tokens.lowers[start - 1] in SPEECH_VERBS and tokens.texts[start - 2] == ","
    )


def _main_subjects(
    resolver: Resolver, mentions: list[Mention]
) -> tuple[dict[tuple[int, int], int], dict[tuple[int, int], int]]:
    """The person (by id) each sentence among ``mentions`` (in reading order) has for the
    subject of its main clause: whoever a speech verb there says speaks (``Trump's
    accusation ... had imperiled troops, Biden said``); else the person who opens it, or
    opens its main clause after the subordinate clause it may open with; never a
    possessive, nor a name further in (``The senator gave Trump credit``).
    Also, apart, the person each sentence's speech verb gives words to."""
    subjects: dict[tuple[int, int], int] = {}
    speakers: dict[tuple[int, int], int] = {}
    for mention in mentions:
        if is_speech(mention) or mention.text.endswith(("'s", "’s")):
            continue
        tokens = resolver.tokens[mention.block]
        index = max(0, bisect_right(tokens.starts, mention.start) - 1)
        end = bisect_left(tokens.starts, mention.end, index)
        key = (mention.block, tokens.sentences[index])
        if key not in speakers and _speaks_here(tokens, index, end):
            speakers[key] = id(mention.person)
        if key in subjects:
            continue
        first = tokens.sentence_start(index)
        if tokens.lowers[first] in _SUBORDINATORS:
            comma = next((at for at in range(first, index) if tokens.texts[at] == ","), None)
            if comma is None:
                continue  # still in the subordinate clause
            opening = index
            while opening > comma + 1 and is_role_word(tokens.texts[opening - 1]):
                opening -= 1  # ", Mayor Ann Lee shook"
            if comma + 1 == opening:
                # The main clause opens with this name: its subject, though a phrase
                # between it and its verb may hide it ("Cruz on Friday played down").
                subjects[key] = id(mention.person)
                continue
        if mention.lead:
            subjects[key] = id(mention.person)
    subjects.update(speakers)
    return subjects, speakers


def _last_speaker_in_focus(
    resolver: Resolver,
    gender: str | None,
    mentions: list[Mention],
    subjects: dict[tuple[int, int], int],
) -> int | None:
    """The speaker (by id) of the last quote among ``mentions`` (in reading order), unless
    someone else the pronoun may mean has since been a sentence's subject ('"A," Trump said.
    Kaine said he was concerned. "B," he said.' is Kaine's)."""
    since: set[int] = set()  # who has been a subject since, walking back
    for place in range(len(mentions) - 1, -1, -1):
        mention = mentions[place]
        if is_speech(mention):
            # The speaker's own name in the cue ('"A," Trump said') does not count.
            return id(mention.person) if since <= {id(mention.person)} else None
        tokens = resolver.tokens[mention.block]
        number = tokens.sentences[max(0, bisect_right(tokens.starts, mention.start) - 1)]
        if subjects.get((mention.block, number)) == id(mention.person) and _eligible(
            resolver, mention.person, gender
        ):
            since.add(id(mention.person))
    return None


def candidates(
    resolver: Resolver, gender: str | None, block: int, position: int
) -> list[Candidate]:
    """Everyone named in this paragraph before ``position`` or in the few before it who may be
    what a pronoun of ``gender`` there stands for, each with its features, nearest first."""
    sentences = _Sentences(resolver, block, position)
    near: list[Mention] = []
    earlier: list[Mention] = []
    for mention in islice(resolver.mentions.before(block, position), LOOK_BACK):
        (near if block - mention.block <= REACH else earlier).append(mention)
    near.reverse()
    subjects, speakers = _main_subjects(resolver, near)
    seen: dict[int, dict[str, float]] = {}
    people: dict[int, Person] = {}
    focus = _last_speaker_in_focus(resolver, gender, near, subjects)
    for mention in reversed(near):  # the nearest first
        person = mention.person
        if not _eligible(resolver, person, gender):
            continue
        key = id(person)
        distance = block - mention.block
        back = sentences.back(mention.block, mention.start)
        speech = is_speech(mention)
        found = seen.get(key)
        if found is None:
            found = seen[key] = {
                "sentences back": min(back, _FAR) / _FAR,
                "paragraphs back": distance / REACH,
                "named as a subject": float(mention.subject or mention.lead),
                "a pronoun's referent": float(_is_pronoun(mention)),
                "nearest": float(not people),
                "mentions": 0.0,
            }
            people[key] = person
        if speech:
            if key == focus:
                found["spoke last, still in focus"] = 1.0
            if distance == 0:
                found["spoke in this paragraph"] = 1.0
            if distance == 1:
                found["spoke in the paragraph before"] = 1.0
            continue
        found["mentions"] += 1
        if back == 0:
            found["in the sentence"] = 1.0
        tokens = resolver.tokens[mention.block]
        number = tokens.sentences[max(0, bisect_right(tokens.starts, mention.start) - 1)]
        if speakers.get((mention.block, number)) == key:
            if back <= 1:
                found["reported as speaking just before"] = 1.0
            if distance == 0:
                found["reported as speaking in the paragraph"] = 1.0
        if subjects.get((mention.block, number)) != key:
            continue
        if back == 0:
            found["sentence subject"] = 1.0
        if back == 1:
            found["subject of the sentence before"] = 1.0
        if distance == 0:
            found["paragraph subject"] = 1.0
            if number == 0:
                found["opens the paragraph"] = 1.0
        if distance == 1:
            found["subject of the paragraph before"] = 1.0
    for mention in earlier:
        if id(mention.person) in seen and not is_speech(mention):
            seen[id(mention.person)]["mentions"] += 1
    most = max((found["mentions"] for found in seen.values()), default=0.0)
    result = []
    for key, person in people.items():
        found = seen[key]
        found["most mentioned"] = float(found["mentions"] == most)
        found["mentions"] = math.log1p(found["mentions"])
        found["gender unknown"] = float(person.likely_gender() is None)
        found["a description"] = float(person.kind == "description")
        result.append(Candidate(person, [found.get(name, 0.0) for name in FEATURES]))
    return result


def most_salient(
    resolver: Resolver, gender: str | None, block: int, position: int
) -> Person | None:
    """The candidate a pronoun of ``gender`` at ``position`` most likely stands for."""
    found = candidates(resolver, gender, block, position)
    if not found:
        return None
    return max(found, key=score).person
