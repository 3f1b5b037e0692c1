"""Extraction: what an article says and who says it, as spans into the file's text.

A pure module family: it never imports the interface. Each paragraph is tokenised once; quotes,
speakers and entities are all read from those tokens.
"""

from __future__ import annotations

from tui.extract.abbreviations import long_forms
from tui.extract.attribution import Attributor, Speech
from tui.extract.entities import Located, find_entities
from tui.extract.lexicon import PRONOUNS
from tui.extract.ner import read_names
from tui.extract.people import Person, build_registry
from tui.extract.quotes import QuoteSpan, find_quotes
from tui.extract.territories import find_territories
from tui.extract.tokens import Tokens, tokenise
from tui.model import Article, Block, Extraction, Quote, Speaker

__all__ = ["extract", "prepare", "quotes_and_tokens"]


def extract(article: Article) -> Extraction:
    """Everything the reader shows about ``article``: quotes, speakers, entities, territories."""
    attributor, header_tokens = prepare(article)
    speeches = attributor.attribute()
    resolver = attributor.resolver
    quotes = _quotes(article, attributor.quotes, speeches)
    blocks = [
        *(Located(block, None) for _, block in article.headers),
        *(
            Located(paragraph, number)
            for number, paragraph in enumerate(article.paragraphs, start=1)
        ),
    ]
    entities, places = find_entities(blocks, [*header_tokens, *resolver.tokens], resolver.registry)
    return Extraction(
        quotes=tuple(quotes),
        speakers=tuple(_speakers(attributor.quotes, speeches)),
        entities=tuple(entities),
        territories=tuple(find_territories(resolver.texts, places)),
    )


def prepare(article: Article) -> tuple[Attributor, list[Tokens]]:
    """The attribution sieve over ``article``'s quotes, ready to run (its paragraphs tokenised,
    the names model asked, the people registry built), and the tokens of its headers."""
    paragraphs = article.paragraphs
    spans, tokens = quotes_and_tokens(paragraphs)
    texts = [paragraph.text for paragraph in paragraphs]
    header_texts = [block.text for _, block in article.headers]
    header_tokens = [tokenise(text, []) for text in header_texts]
    names = read_names([*header_tokens, *tokens], [*header_texts, *texts], len(header_tokens))
    registry = build_registry(tokens, names, long_forms([*header_texts, *texts]))
    return Attributor(texts, tokens, registry, spans, article.meta.author), header_tokens


def quotes_and_tokens(
    paragraphs: tuple[Block, ...] | list[Block],
) -> tuple[list[QuoteSpan], list[Tokens]]:
    """The groundwork every rule reads: the quotes of ``paragraphs``, and each paragraph's
    tokens with each of its quotations one token."""
    spans = find_quotes(paragraphs)
    marks: list[list[tuple[int, int]]] = [[] for _ in paragraphs]
    for span in spans:
        close = span.close_at if span.close_at is not None else len(paragraphs[span.block].text)
        marks[span.block].append((span.open_at, close))
    tokens = [
        tokenise(paragraph.text, marks[number]) for number, paragraph in enumerate(paragraphs)
    ]
    return spans, tokens


def _quotes(article: Article, spans: list[QuoteSpan], speeches: list[Speech]) -> list[Quote]:
    quotes: list[Quote] = []
    for span, speech in zip(spans, speeches, strict=True):
        if speech.kind == "term":
            continue
        block = article.paragraphs[span.block]
        start, end = block.source_span(span.start, span.end)
        # The file's own characters, so a quote can always be found again in the file; only
        # Markdown, whose markup is not part of the words, keeps the reading text.
        text = block.text[span.start : span.end] if article.layout == "markdown" else None
        quotes.append(
            Quote(
                text=text if text is not None else article.text[start:end],
                kind=speech.kind,
                span=(start, end),
                paragraph=span.block + 1,
                speaker=speech.person.name if speech.person else None,
                cue=speech.cue,
                sieve=speech.sieve,
            )
        )
    return quotes


def _speakers(spans: list[QuoteSpan], speeches: list[Speech]) -> list[Speaker]:
    """Each speaker once, most quoted first, with the names the article gives them."""
    counts: dict[int, int] = {}
    people: dict[int, Person] = {}
    aliases: dict[int, list[str]] = {}
    for speech in speeches:
        person = speech.person
        if person is None or speech.kind == "term":
            continue
        key = id(person)
        people[key] = person
        counts[key] = counts.get(key, 0) + 1
        names = aliases.setdefault(key, [])
        mention = speech.mention
        if (
            mention
            and mention != person.name
            and mention not in names
            and mention.lower() != person.name.lower()
        ):
            names.append(mention)
    order = sorted(people, key=lambda key: (-counts[key], people[key].order))
    return [
        Speaker(
            name=people[key].name,
            role=people[key].role,
            aliases=tuple(sorted(aliases[key], key=_alias_rank)),
            quotes=counts[key],
            kind=people[key].kind,
        )
        for key in order
    ]


def _alias_rank(alias: str) -> tuple[int, str]:
    """Names first, then descriptions, then pronouns."""
    if alias.lower() in PRONOUNS:
        return 2, alias
    return (0 if alias[:1].isupper() else 1), alias
