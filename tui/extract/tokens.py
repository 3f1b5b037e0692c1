"""One tokenisation of each paragraph, shared by the quote, speaker and entity rules."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator, Sequence
from itertools import accumulate, chain
from operator import itemgetter

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # U.S., N.H.
    # One look ahead spares every other word the trial of each abbreviation below.
    r"|(?=[A-Z][a-z]{0,4}\.)(?:"
    r"(?:Mr|Mrs|Ms|Dr|Sen|Sens|Rep|Reps|Gov|Lt|Gen|Col|Sgt|Capt|Prof|Rev|Jr|Sr|St|Ft|Mt"
    r"|Pres|Atty|Sec|Supt|Cmdr|Adm|Maj|Cpl|Pvt)\.(?=\s)"
    # The AP's state abbreviations: "Burlington, Vt., said".
    r"|(?:Ala|Ariz|Ark|Calif|Colo|Conn|Del|Fla|Ga|Ill|Ind|Kan|Ky|La|Mass|Md|Mich|Minn|Miss|Mo"
    r"|Mont|Neb|Nev|Okla|Ore|Pa|Tenn|Va|Vt|Wash|Wis|Wyo|W\.Va)\.(?=[\s,;)])"
    r"|[A-Z]\.(?=\s?[A-Z]))"  # an initial: J. Edgar
    r"|\d+(?:/\d+)+"  # 9/11, 24/7
    r"|\w[\w'’-]*\w(?:[.,]\d+)*|\w"
    r"|\.\.\.|…|--|\S",
    re.UNICODE,
)
# A token with the white space before it: findall hands back plain strings, which is cheaper
# than a match object a token, and the offsets follow from the lengths.
_SPACED_TOKEN = re.compile(r"(\s*)(" + _TOKEN.pattern + ")")
_SENTENCE_ENDS = frozenset({".", "!", "?", "…", "..."})
# Joins a paragraph's words to lower them in one call: a control character, so no word holds
# it but in a file that does (see ``_lowered``).
_SEPARATOR = "\x1f"
# A word of two or more capitals, whole, among the words ``_SEPARATOR`` joins (and opens).
_ACRONYM = re.compile(f"{_SEPARATOR}[A-ZÀ-ÖØ-Þ]{{2,}}(?={_SEPARATOR})")


# A name whose lower-case particle is joined to it by a hyphen (``al-Shabaab``, ``el-Sisi``,
# ``bin-Salman``): capitalised, as the name it opens.
_PARTICLE_NAME = re.compile(r"[a-z]{1,3}-[A-Z]")


def is_capitalised(word: str) -> bool:
    """Whether a word is written as a name is: an upper-case first letter, or a particle and a
    hyphen before one (``al-Shabaab``)."""
    return word[:1].isupper() or _PARTICLE_NAME.match(word) is not None


class Token:
    """A word or a punctuation mark, with its place in the paragraph's reading text.

    A plain class with slots and its derived forms computed once; made only for the tokens a
    rule looks at (see ``Tokens``).
    """

    __slots__ = ("text", "start", "end", "quoted", "sentence", "lower", "capitalised", "is_word")

    def __init__(
        self, text: str, start: int, end: int, quoted: bool, sentence: int, lower: str
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.quoted = quoted  # inside a quotation (marks included)
        self.sentence = sentence  # index of the writer's sentence within the paragraph
        self.lower = lower
        first = text[:1]
        self.capitalised = is_capitalised(text)
        self.is_word = first.isalnum()

    def __repr__(self) -> str:
        return f"Token({self.text!r}, {self.start}, {self.end})"


class Tokens(Sequence[Token]):
    """The tokens of one paragraph, kept as columns of plain lists.

    Rules scan the columns (``texts``, ``lowers``, ``starts``...) where they sweep a whole
    paragraph, and index the sequence where they read a few tokens around a name or a quote;
    a ``Token`` is made on first use only, since most words of an article are never looked at
    one by one and making an object a word was most of the cost of extraction. A ``Sequence``,
    so that a rule written for a list of some tokens reads a whole paragraph's alike
    (``index``, ``in``, ``reversed``).
    """

    __slots__ = ("texts", "lowers", "starts", "ends", "sentences", "quoted", "_made", "_outside")

    def __init__(
        self,
        texts: list[str],
        starts: list[int],
        ends: list[int],
        sentences: list[int],
        quoted: frozenset[int],
    ) -> None:
        self.texts = texts
        self.lowers = _lowered(texts)
        self.starts = starts
        self.ends = ends
        self.sentences = sentences
        self.quoted = quoted  # indexes of the quotation tokens
        self._made: list[Token | None] = [None] * len(texts)
        self._outside: list[int] | None = None  # see ``outside_quotes``

    def __len__(self) -> int:
        return len(self.texts)

    def __bool__(self) -> bool:
        return bool(self.texts)

    def __getitem__(self, index):  # noqa: ANN001, ANN204 - an int gives a Token, a slice a list
        if isinstance(index, slice):
            return [self[position] for position in range(*index.indices(len(self.texts)))]
        if index < 0:
            index += len(self.texts)
        made = self._made[index]
        if made is None:
            made = self._made[index] = Token(
                self.texts[index],
                self.starts[index],
                self.ends[index],
                index in self.quoted,
                self.sentences[index],
                self.lowers[index],
            )
        return made

    def __iter__(self) -> Iterator[Token]:
        return (self[index] for index in range(len(self.texts)))

    def sentence_start(self, index: int) -> int:
        """The index of the first token of the sentence that holds token ``index``."""
        # Sentences are numbered in order: a search in halves, not a scan from the start,
        # which made every quote of a long paragraph cost the whole paragraph.
        return bisect_left(self.sentences, self.sentences[index])

    def outside_quotes(self, start: int, stop: int, limit: int) -> list[int]:
        """The indexes of the tokens from ``start`` to before ``stop`` that stand outside any
        quotation (the writer's words), only the last ``limit`` of them if there are more.

        A rule that reads the writer's words before a quote reads a bounded stretch found by
        halving, so a paragraph of a thousand quotes costs a thousand times one quote, not a
        million token visits.
        """
        outside = self._outside
        if outside is None:
            quoted = self.quoted
            outside = self._outside = [i for i in range(len(self.texts)) if i not in quoted]
        stop_at = bisect_left(outside, stop)
        return outside[max(bisect_left(outside, start), stop_at - limit) : stop_at]

    def opens_sentence(self, index: int) -> bool:
        """Whether token ``index`` is the first of its sentence."""
        return index == 0 or self.sentences[index - 1] != self.sentences[index]


def tokenise(text: str, quoted: list[tuple[int, int]]) -> Tokens:
    """The tokens of ``text``; ``quoted`` are the ``[open, close]`` mark positions of its quotes.

    A quotation, marks included, is one token: the rules read the writer's words around
    quotes, never the words inside them, and quotes are much of a news paragraph. Sentences
    are split only at end punctuation outside quotations, so a quote and the words that
    attribute it stay in one sentence.
    """
    texts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    quotations: list[int] = []
    position = 0
    length = len(text)
    for quote_start, quote_end in (*quoted, (length, length)):
        pairs = _SPACED_TOKEN.findall(text, position, quote_start)
        if pairs:
            # gap, word, gap, word...: running sums give each word's start and end.
            offsets = list(accumulate(map(len, chain.from_iterable(pairs)), initial=position))
            starts += offsets[1::2]
            ends += offsets[2::2]
            texts += map(itemgetter(1), pairs)
        if quote_start >= length:
            break
        end = min(length, quote_end + 1)
        quotations.append(len(texts))
        texts.append(text[quote_start:end])
        starts.append(quote_start)
        ends.append(end)
        position = end
    return Tokens(texts, starts, ends, _sentences(texts, quotations), frozenset(quotations))


def _lowered(texts: list[str]) -> list[str]:
    """Each word in lower case, with curly apostrophes made straight: one ``lower()`` over the
    whole paragraph, which costs a fifth of one a word. A word in capitals is an acronym, a
    name, and keeps them: "WHO regional director" holds no relative pronoun, "the US" no
    "us"."""
    joined = _SEPARATOR.join(texts)
    lowered = joined.lower()
    if "’" in lowered:
        lowered = lowered.replace("’", "'")
    lowers = lowered.split(_SEPARATOR)
    if len(lowers) != len(texts):  # no words, or a word holding the separator itself
        return [text.lower().replace("’", "'") for text in texts]
    # Each word between separators, the first and last too.
    for match in _ACRONYM.finditer(f"{_SEPARATOR}{joined}{_SEPARATOR}"):
        index = joined.count(_SEPARATOR, 0, match.start())
        lowers[index] = texts[index]
    return lowers


def _sentences(texts: list[str], quotations: list[int]) -> list[int]:
    """Each token's sentence: a new one begins after end punctuation at a capital or a digit
    (a quotation after end punctuation opens one too)."""
    breaks = [index for index, text in enumerate(texts) if text in _SENTENCE_ENDS]
    if not breaks:
        return [0] * len(texts)
    quotation_set = set(quotations)
    sentences: list[int] = []
    sentence = 0
    index = 0
    count = len(texts)
    for stop in breaks:
        if stop < index:
            continue
        sentences += [sentence] * (stop + 1 - index)
        index = stop + 1
        # After the end mark: marks and punctuation stay in the sentence until a word.
        while index < count:
            if index in quotation_set:
                sentence += 1
                break
            first = texts[index][0]
            if first.isupper() or first.isdigit():
                sentence += 1
                break
            if first.isalnum():
                break
            sentences.append(sentence)
            index += 1
    sentences += [sentence] * (count - index)
    return sentences
