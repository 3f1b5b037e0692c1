"""Whom a pronoun stands for, by salience, and the quotes no cue decides: on sentences
written for these tests."""

from __future__ import annotations

import json
from pathlib import Path

from tui.extract import extract, quotes_and_tokens, salience
from tui.extract.abbreviations import long_forms
from tui.extract.attribution import Attributor
from tui.extract.ner import read_names
from tui.extract.people import build_registry
from tui.extract.tokens import tokenise
from tui.ingest import parse_article
from tui.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return list(extract(article).quotes)


def test_a_pronoun_means_the_subject_not_the_nearer_object() -> None:
    quotes = quotes_of(
        "Councillor Maria Ortiz thanked Judge Helen Park for the ruling on the bridge.",
        '"It was a fair decision, and the town will live with it," she said.',
    )
    assert [quote.speaker for quote in quotes] == ["Maria Ortiz"]


def test_a_pronoun_means_the_main_clause_subject_after_a_fronted_clause() -> None:
    quotes = quotes_of(
        "When Sarah Klein raised the cost of the bridge, Mayor Ann Lee shook her head.",
        '"We cannot afford it this year," she said.',
    )
    assert [quote.speaker for quote in quotes] == ["Ann Lee"]


def test_a_pronoun_means_whom_the_speech_verb_gives_the_words_to() -> None:
    quotes = quotes_of(
        "Peter Dunn's plan for the harbour would cost jobs, Tom Reyes said on Monday.",
        '"Nobody asked the fishermen," he said.',
    )
    assert [quote.speaker for quote in quotes] == ["Tom Reyes"]


def test_a_pronoun_agrees_in_gender() -> None:
    quotes = quotes_of(
        "Senator Ruth Gold praised the plan that Mark Stone drew up last spring.",
        '"It will work, and it will pay for itself," he said.',
    )
    assert [quote.speaker for quote in quotes] == ["Mark Stone"]


def test_a_quote_no_cue_decides_goes_to_the_person_the_passage_is_about() -> None:
    quotes = quotes_of(
        "Coach Dana Miles has led the Hawks for nine seasons. Miles took over a losing team.",
        "A banner over the bench bears the motto: nothing else.",
        '"Never stop."',
    )
    assert quotes[-1].speaker == "Dana Miles"
    assert quotes[-1].sieve in ("salient person", "preceding speech", "paragraph subject")


def test_the_shipped_weights_name_every_feature() -> None:
    path = Path(salience.__file__).parent / "data" / "salience.json"
    stored = json.loads(path.read_text(encoding="utf-8"))["weights"]
    assert set(stored) == set(salience.FEATURES)
    assert len(salience.weights()) == len(salience.FEATURES)


def features_at_last_quote(gender: str, *paragraphs: str) -> dict[str, dict[str, float]]:
    """Each candidate's features (by name) for a pronoun at the last paragraph's quote, once
    the article is attributed as ``extract`` does it."""
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    texts = [paragraph.text for paragraph in article.paragraphs]
    spans, tokens = quotes_and_tokens(article.paragraphs)
    header_tokens = [tokenise(block.text, []) for _, block in article.headers]
    header_texts = [block.text for _, block in article.headers]
    names = read_names([*header_tokens, *tokens], [*header_texts, *texts], len(header_tokens))
    registry = build_registry(tokens, names, long_forms([*header_texts, *texts]))
    attributor = Attributor(texts, tokens, registry, spans, article.meta.author)
    attributor.attribute()
    block = len(texts) - 1
    position = texts[block].rfind("“")
    return {
        candidate.person.name: dict(zip(salience.FEATURES, candidate.features, strict=True))
        for candidate in salience.candidates(attributor.resolver, gender, block, position)
    }


def test_a_lawmaker_s_party_in_brackets_does_not_hide_the_speech_verb() -> None:
    found = features_at_last_quote(
        "male",
        "Mayor Tom Reyes has long backed the bridge. Reyes thanked his voters.",
        "Rep. Pat Stone (D-Ore.) said in 2008 that the town had changed its mind.",
        "“It will be late, and it will cost more,” he said.",
    )
    assert found["Pat Stone"]["reported as speaking just before"] == 1.0
