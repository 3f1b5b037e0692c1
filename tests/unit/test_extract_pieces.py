"""The whole extraction (layout, then quotes, speakers, entities, territories) never raises on
articles assembled at random from the pieces real copy is made of: speech cues before and after
a quote, lines that sign a quote, dashes and colons, photo captions, bylines, datelines, and
quotes of every shape (straight, curly, nested, unbalanced, guillemets, German marks, running
over paragraphs). The pieces are written for this test; the rules read exactly these shapes,
so putting them side by side in every order is where a rule meets what it did not expect.
The reader's layout of what was found is made too."""

from __future__ import annotations

import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tui.extract import extract
from tui.extract.tokens import tokenise
from tui.ingest import parse_article
from tui.reading import build_reading

# How many random articles the property test tries.
EXAMPLES = 1500

NAMES = ["Oksana Petrenko", "Tom Reyes", "Dr. Amira Haddad", "Lee", "Mr. Nowak", "JANE DOE"]
WORDS = [
    "the mayor",
    "she",
    "he",
    "they",
    "the ministry",
    "a spokesman for the council",
    "Kyiv",
    "the crowd",
    "and",
    "the",
    "of",
    "on Monday",
    "U.S.",
    "Sen.",
    "Ga.",
    "9/11",
    "Don’t",
    "(R-Fla.)",
    "",
]
SAYINGS = [
    "We will rebuild",
    "No.",
    "It is over, and we lost.",
    "Never",
    "A",
    "Why not?",
    "it was, frankly, a disaster",
    "We will win!",
]

# Quotes of every shape: each template takes the words said and a second phrase.
QUOTE_SHAPES = [
    '"{0}"',
    '"{0},"',
    "“{0}”",
    "“{0},”",
    "„{0}“",
    "«{0}»",
    "« {0} »",
    "»{0}«",
    "‘{0}’",
    "'{0}'",
    "“{0} ‘{1}’ and so on”",
    "“{0} “{1}” makes it clear”",
    '"{0} "{1}" too"',
    "“{0}",  # never closed
    "{0}”",  # never opened
    '"{0}',
    '{0}"',
    "“{0}\n\n“{1}”",  # a quote running over two paragraphs
    "“{0}\n\n{1}”",
    '""',
    "“”",
    "«»",
    "“",
    "”",
    '"',
]
CUES_AFTER = [
    ", said {n}.",
    ", {n} said.",
    " {n} told reporters.",
    ", she added.",
    ", according to {n}.",
    ", according to a statement by {n}.",
    ",” said {n}, the city's engineer, who asked",
    " — {n}",
    " ― and the square fell silent.",
    "! beamed {n}",
    "? asked",
    ", adding that",
    " if she lost, said {n}.",
    ", {n}, the mayor, said",
]
CUES_BEFORE = [
    "{n} said: ",
    "{n}: ",
    "According to {n}, ",
    "Said {n}, ",
    "{n} told the council, ",
    "{n} and {n}: ",
    "{n} fired back: ",
    "The senator called it ",
    "a sign that read ",
    "Q: ",
    "A: ",
    "{n} said the talks gave ",
]
SIGNED_LINES = [
    "— {n}",
    "― {n}, Kyiv.",
    "-{n}, Ohio.",
    "— and",
    "―",
    "— the",
    "― and the square fell silent.",
    "— , ",
    "--{n}",
]
PUNCTUATION = [" — ", " – ", "--", ": ", ":", "; ", ", ", ". ", "…", " - ", "(", ")", "\n", " "]
CAPTIONS = [
    "Protesters gather outside the council on Monday. PHOTO: {n}/Reuters",
    "PHOTO:",
    "A street in Kyiv. PHOTO: ",
    "(AP Photo/{n})",
    "Photo: {n} for The Daily",
]
BYLINES = ["By {n}", "By {n} and {n}", "BY {n}, Associated Press", "By", "By\n\n{n}"]
DATELINES = [
    "KYIV, Ukraine (AP) — ",
    "WASHINGTON — ",
    "PARIS, March 3 (Reuters) - ",
    "LVIV, Ukraine — ",
    "— ",
]


def _filled(templates: list[str]) -> st.SearchStrategy[str]:
    """A template with its blanks filled: ``{n}`` by names, ``{0}`` and ``{1}`` by sayings."""

    def fill(template: str, names: list[str], sayings: list[str]) -> str:
        unused = iter(names)
        filled = re.sub(r"\{n\}", lambda _: next(unused), template)
        return filled.replace("{0}", sayings[0]).replace("{1}", sayings[1])

    return st.builds(
        fill,
        st.sampled_from(templates),
        st.lists(st.sampled_from(NAMES), min_size=2, max_size=2),
        st.lists(st.sampled_from(SAYINGS), min_size=2, max_size=2),
    )


_QUOTE = _filled(QUOTE_SHAPES)
_PIECE = st.one_of(
    _QUOTE,
    _QUOTE,
    _filled(CUES_AFTER),
    _filled(CUES_BEFORE),
    _filled(SIGNED_LINES),
    st.sampled_from(PUNCTUATION),
    st.sampled_from(NAMES),
    st.sampled_from(WORDS),
    st.text(max_size=4),
)
_PARAGRAPH = st.one_of(
    st.lists(_PIECE, min_size=1, max_size=12).map("".join),
    st.lists(_PIECE, min_size=1, max_size=12).map(" ".join),
    _filled(SIGNED_LINES),
    _filled(CAPTIONS),
    # A quote alone, then the line that signs it: the shape of letters and of vox pops.
    st.tuples(_QUOTE, _filled(SIGNED_LINES)).map("\n\n".join),
)


@st.composite
def articles(draw: st.DrawFn) -> tuple[str, str]:
    """A file name and the text of an article: an optional headline, byline and dateline, then
    paragraphs of pieces."""
    head = draw(
        st.sampled_from(["Vigil in Lviv\n\n", "", "---\ntitle: Talks\n---\n", "# Talks\n\n"])
    )
    byline = draw(st.one_of(st.just(""), _filled(BYLINES).map(lambda line: line + "\n\n")))
    dateline = draw(st.one_of(st.just(""), st.sampled_from(DATELINES)))
    paragraphs = draw(st.lists(_PARAGRAPH, min_size=1, max_size=8))
    separator = draw(st.sampled_from(["\n\n", "\n", "\n\n\n", "\r\n\r\n"]))
    name = draw(st.sampled_from(["article.txt", "article.md"]))
    return name, head + byline + dateline + separator.join(paragraphs)


@settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(articles())
def test_no_article_of_real_pieces_makes_extraction_raise(named: tuple[str, str]) -> None:
    name, text = named
    article = parse_article(name, text)
    extraction = extract(article)
    build_reading(article, extraction)  # and the reader lays it out
    for quote in extraction.quotes:
        start, end = quote.span
        assert 0 <= start < end <= len(text)
    named_speakers = {speaker.name for speaker in extraction.speakers}
    assert {quote.speaker for quote in extraction.quotes if quote.speaker} <= named_speakers


def test_a_dash_line_under_a_quote_that_names_nobody_is_read_as_no_signature() -> None:
    # The line below reads as narration, not as a signature: the quote keeps no speaker.
    text = "Vigil\n\n“We will rebuild.”\n\n― and then the bells rang.\n"
    [quote] = extract(parse_article("vigil.txt", text)).quotes
    assert quote.text == "We will rebuild."
    assert quote.speaker is None


def test_a_dash_line_under_a_quote_that_names_someone_signs_it() -> None:
    text = "Letters\n\n“We will rebuild the bridge.”\n\n― Oksana Petrenko, Lviv\n"
    [quote] = extract(parse_article("letters.txt", text)).quotes
    assert quote.speaker == "Oksana Petrenko"


def test_a_paragraphs_tokens_can_be_searched_as_a_list_can() -> None:
    # Rules take a paragraph's tokens or a list of some of them alike.
    tokens = tokenise("― and the square fell silent.", [])
    third = tokens[2]
    assert tokens.index(third) == 2
    assert third in tokens
    assert [token.text for token in reversed(tokens)][:2] == [".", "silent"]
