"""Names beyond the rules' word lists: the statistical model where it pays, the rules where
they are better. The sentences are written for these tests; those that need the model share
one loaded model (``names_model``)."""

from __future__ import annotations

import pytest

from tui.extract import extract, ner
from tui.extract.abbreviations import long_forms
from tui.extract.people import split_run
from tui.extract.tokens import tokenise
from tui.ingest import parse_article
from tui.model import Extraction


def extraction_of(*paragraphs: str) -> Extraction:
    text = "A headline\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(parse_article("story.txt", text))


def labelled(extraction: Extraction, label: str) -> list[str]:
    return [entity.text for entity in extraction.entities if entity.label == label]


# -- the rules alone ---------------------------------------------------------------------------

AGENCY = (
    "North Korea's Korean Central News Agency (KCNA) reported the launch on Tuesday.",
    '"The test was a success," KCNA said.',
    '"We will respond in kind," the Korean Central News Agency added.',
)


def test_an_abbreviation_is_its_long_form_one_speaker() -> None:
    extraction = extraction_of(*AGENCY)
    assert [speaker.name for speaker in extraction.speakers] == ["Korean Central News Agency"]
    assert extraction.speakers[0].quotes == 2
    keys = {entity.key for entity in extraction.entities if entity.text == "KCNA"}
    assert keys == {"Korean Central News Agency"}


def test_a_long_form_is_found_only_where_the_article_spells_it_out() -> None:
    assert long_forms(["The Food and Drug Administration (FDA) agreed."]) == {
        "FDA": "Food and Drug Administration"
    }
    assert long_forms(["Carol Walsh of the FDA agreed."]) == {}  # no long form: no guess
    assert long_forms(["The US and the United States"]) == {}  # places are the gazetteer's


def test_without_the_model_the_rules_work_as_before() -> None:
    assert not ner.enabled()
    extraction = extraction_of("Kremlin spokesman Dmitry Peskov told reporters on Thursday.")
    assert labelled(extraction, "person") == ["Dmitry Peskov"]
    assert labelled(extraction, "organisation") == ["Kremlin"]


# -- with the model ----------------------------------------------------------------------------


def test_a_company_the_model_knows_is_no_person_and_speaks_as_an_organisation(
    names_model: object,
) -> None:
    extraction = extraction_of('Microsoft says it will appeal. "We disagree," Microsoft said.')
    assert "Microsoft" not in labelled(extraction, "person")
    assert "Microsoft" in labelled(extraction, "organisation")
    assert [(speaker.name, speaker.kind) for speaker in extraction.speakers] == [
        ("Microsoft", "organisation")
    ]


def test_a_person_with_a_given_name_no_list_holds_is_a_speaker(names_model: object) -> None:
    extraction = extraction_of(
        "The Nigerian economist Ngozi Okonjo-Iweala won the vote.",
        '"We start today," Okonjo-Iweala said.',
    )
    assert labelled(extraction, "person") == ["Ngozi Okonjo-Iweala", "Okonjo-Iweala"]
    assert [quote.speaker for quote in extraction.quotes] == ["Ngozi Okonjo-Iweala"]


@pytest.mark.parametrize(
    ("sentence", "name", "label"),
    [
        (
            "The rocket lifted off from Kennedy Space Center in Florida.",
            "Kennedy Space Center",
            "place",
        ),
        ("The United Nations sent observers to the border.", "United Nations", "organisation"),
        ("Pilgrims travelled to Mecca before the holiday.", "Mecca", "place"),
        ("The Labour Party won the seat by a wide margin.", "Labour Party", "organisation"),
    ],
)
def test_facilities_headless_organisations_and_exonyms(
    names_model: object, sentence: str, name: str, label: str
) -> None:
    assert name in labelled(extraction_of(sentence), label)


def test_the_rules_still_tie_a_surname_to_the_full_name(names_model: object) -> None:
    extraction = extraction_of(
        "Kremlin spokesman Dmitry Peskov spoke on Thursday.",
        '"No one expects decisions to be easy," Peskov said.',
    )
    assert {entity.key for entity in extraction.entities if entity.label == "person"} == {
        "Dmitry Peskov"
    }
    assert extraction.speakers[0].role == "Kremlin spokesman"


def test_the_model_reads_only_the_sentences_the_rules_leave_open(names_model: object) -> None:
    from tui.extract import quotes_and_tokens

    article = parse_article(
        "story.txt",
        "A headline\n\nRussia and Ukraine met in Istanbul on Monday. Ubisoft was not there.\n",
    )
    _, tokens = quotes_and_tokens(article.paragraphs)
    names = ner.read_names(tokens, [block.text for block in article.paragraphs])
    assert names is not None
    [(start, end)] = names.read[0]
    assert article.paragraphs[0].text[start:end].startswith("Ubisoft")


def test_the_seed_comes_out_as_expected_with_the_model(
    names_model: object, seed_expected: dict
) -> None:
    from tests.conftest import SEED
    from tui.ingest import read_article

    extraction = extract(read_article(SEED))
    found = sorted(
        (quote.text.rstrip(","), quote.kind, quote.speaker) for quote in extraction.quotes
    )
    expected = sorted(
        (quote["text"].rstrip(","), quote["kind"], quote["speaker"])
        for quote in seed_expected["quotes"]
    )
    assert found == expected
    assert {
        speaker.name: (speaker.role, set(speaker.aliases), speaker.quotes)
        for speaker in extraction.speakers
    } == {
        speaker["name"]: (speaker["role"], set(speaker["aliases"]), speaker["quotes"])
        for speaker in seed_expected["speakers"]
    }
    organisations = {
        entity.text for entity in extraction.entities if entity.label == "organisation"
    }
    assert organisations == set(seed_expected["organisations"])


# -- what the model is given to read -----------------------------------------------------------


class CountingModel:
    """Stands in for the model: says what it was given, and finds no names."""

    def __init__(self) -> None:
        self.stretches: list[str] = []
        self.batch_sizes: list[int] = []

    def pipe(self, texts: list[str], batch_size: int = 1000) -> list[object]:
        self.batch_sizes.append(batch_size)
        self.stretches.extend(texts)
        return [type("Doc", (), {"ents": ()})() for _ in texts]


def test_a_paragraph_dense_with_names_is_read_in_short_stretches(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # An interview pasted as one paragraph: a speaker's initial before every answer, so the
    # stretches around them overlap from one end of the paragraph to the other.
    exchange = 'Q: "Were you at the meeting in Oslo?" A: "No, Mr. Ferreira, I was not." '
    model = CountingModel()
    monkeypatch.setitem(ner._state, "model", model)
    ner.set_enabled(True)
    ner.forget_readings()
    try:
        extraction_of(exchange * 400)
    finally:
        ner.set_enabled(False)
        ner.forget_readings()
    assert model.stretches
    assert max(len(stretch) for stretch in model.stretches) <= 2_000
    # The model's memory grows with what it holds at once: a few stretches a batch.
    assert max(model.batch_sizes) <= 64


def test_a_given_name_opening_a_sentence_stays_in_the_name_though_it_is_a_common_noun() -> None:
    # "bill" is a common noun in this story, yet "Bill" before a surname names a person.
    extraction = extraction_of(
        "Senator Hillary Clinton voted for the bill in the spring.",
        "Bill Clinton got in on the game. “It is a good bill,” the former president said.",
    )
    people = labelled(extraction, "person")
    assert "Bill Clinton" in people
    assert "Hillary Clinton" in people


def test_a_place_opening_with_a_modifier_is_no_person_s_surname() -> None:
    # "New" modifies a role ("the new coach") and is no part of a name there, but it is part
    # of "New Hampshire": the run is the place, not a surname "Hampshire".
    tokens = tokenise("Voters cheered before the New Hampshire primary.", [])
    start = tokens.texts.index("New")
    assert split_run(tokens, start, start + 2) == (start, start + 2)
    tokens = tokenise("Voters cheered the New Coach Dana Miles.", [])
    start = tokens.texts.index("New")
    assert tokens.texts[slice(*split_run(tokens, start, start + 4))] == ["Dana", "Miles"]
