"""Entities and territories: the seed exactly as seed-expected.json says, and the general rules
on sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import SEED
from tui.extract import extract
from tui.extract.places import lookup, spelling_key
from tui.ingest import parse_article, read_article
from tui.model import Extraction


def _keys(extraction: Extraction, label: str) -> set[str]:
    return {entity.key for entity in extraction.entities if entity.label == label}


def test_seed_people_organisations_places_dates(seed_expected: dict) -> None:
    extraction = extract(read_article(SEED))
    people = {speaker["name"] for speaker in seed_expected["speakers"]}
    assert _keys(extraction, "person") == people | set(seed_expected["people_not_quoted"])
    assert _keys(extraction, "organisation") == set(seed_expected["organisations"])
    written = {entity.text for entity in extraction.entities if entity.label == "date"}
    assert written == set(seed_expected["dates"])
    places = _keys(extraction, "place")
    expected = seed_expected["places"]
    assert set(expected["countries"]) <= places
    assert set(expected["cities"]) <= places
    # 'US' and 'the United States' are one place; 'Russian Federation' is Russia.
    texts = {entity.text: entity.key for entity in extraction.entities}
    assert texts["US"] == texts["United States"] == "United States"
    assert texts["Russian Federation"] == "Russia"
    # Demonyms link to their country without being highlighted as places.
    assert "Russian" not in texts and "Ukrainian" not in texts


def test_seed_territories(seed_expected: dict) -> None:
    territories = {
        territory.name: territory for territory in extract(read_article(SEED)).territories
    }
    for expected in seed_expected["territories"]:
        territory = territories[expected["name"]]
        assert territory.kind == expected["kind"]
        assert territory.held_by == expected["held_by"]
        assert territory.extent == expected["extent"]
        if "country" in expected:
            assert territory.country == expected["country"]


def test_seed_entity_spans_point_into_the_file() -> None:
    article = read_article(SEED)
    for entity in extract(article).entities:
        start, end = entity.span
        assert article.text[start:end] == entity.text


def test_spellings_are_merged() -> None:
    for first, second in (
        ("Lugansk", "Luhansk"),
        ("Kiev", "Kyiv"),
        ("Zaporizhia", "Zaporizhzhia"),
        ("Zaporozhye", "Zaporizhzhia"),
        ("Kharkov", "Kharkiv"),
    ):
        assert spelling_key(first) == spelling_key(second)
        assert (
            lookup(first, transliterated=True)[0].canonical
            == lookup(second, transliterated=True)[0].canonical
        )
    assert lookup("Crimea")[0].kind == "region"
    assert lookup("Donbas")[0].country == "UA"


def extraction_of(text: str) -> Extraction:
    return extract(parse_article("test.txt", "Headline\n\n" + text + "\n"))


def test_a_person_called_like_a_place() -> None:
    extraction = extraction_of(
        "Michael Jordan met reporters in Amman, Jordan. Jordan said the trip went well."
    )
    labels = {(entity.text, entity.label) for entity in extraction.entities}
    assert ("Michael Jordan", "person") in labels
    assert ("Jordan", "person") in labels
    assert ("Jordan", "place") in labels


def test_sentence_openers_are_not_names() -> None:
    extraction = extraction_of("However, the vote failed. Meanwhile the talks went on.")
    assert extraction.entities == ()


def test_territory_holder_and_extent() -> None:
    extraction = extraction_of(
        "Russian forces seized most of the Kherson region, while Kiev holds parts of Crimea."
    )
    territories = {territory.name: territory for territory in extraction.territories}
    assert (territories["Kherson"].held_by, territories["Kherson"].extent) == ("Russia", "most")
    assert territories["Kherson"].kind == "region"
    assert (territories["Crimea"].held_by, territories["Crimea"].extent) == ("Ukraine", "parts")


def test_dates() -> None:
    extraction = extraction_of(
        "On Monday, officials said the law passed on March 3, 2024, and takes effect next week."
    )
    dates = [entity.text for entity in extraction.entities if entity.label == "date"]
    assert dates == ["Monday", "March 3, 2024", "next week"]


def test_the_words_around_a_name_make_it_a_place() -> None:
    extraction = extraction_of(
        "Michael Jordan said the game was over. Jordan scored 30 points. "
        "The king of Jordan met him. Washington state voted early, George Washington said."
    )
    labels = [(entity.text, entity.label) for entity in extraction.entities]
    assert labels.count(("Jordan", "person")) == 1
    assert ("Jordan", "place") in labels
    assert ("Washington", "place") in labels
    assert ("George Washington", "person") in labels


@pytest.mark.parametrize(
    "run",
    [
        "Clean Power Plan",
        "Miami Beach",
        "Senate Democrats",
        "French",
        "German",
        "Nevada Democratic leaders",
        "Indiana GOP leaders",
    ],
)
def test_plans_places_parties_and_demonyms_are_nobody(run: str) -> None:
    extraction = extraction_of(f"{run} will change things, officials said on Monday.")
    assert not any(entity.label == "person" for entity in extraction.entities)


@pytest.mark.parametrize(
    ("text", "kind", "country"),
    [
        (
            "Voters in Iowa and Ohio went to the polls. Trump won Georgia on Tuesday.",
            "region",
            "United States",
        ),
        ("Protesters gathered in Atlanta, Georgia, on Tuesday.", "region", "United States"),
        (
            "Officials met in Tbilisi, Georgia. Russian forces occupy parts of Georgia.",
            "country",
            "Georgia",
        ),
        ("Clinton captured Virginia, Georgia, Arkansas and Texas.", "region", "United States"),
        (
            "The firm lobbied for Cyprus, Georgia, India and Japan. It holds Georgia dear.",
            "country",
            "Georgia",
        ),
    ],
)
def test_georgia_the_country_and_the_state_told_apart(text: str, kind: str, country: str) -> None:
    territories = [
        (territory.kind, territory.country)
        for territory in extraction_of(text).territories
        if territory.name == "Georgia"
    ]
    assert territories == [(kind, country)]


def test_a_sentence_opener_the_article_writes_in_lower_case_is_no_name() -> None:
    extraction = extraction_of(
        'Critics say the plan fails. Ann Lee said "the critics are wrong."\n\n'
        "Unions have long opposed it, and the unions are strong."
    )
    assert _keys(extraction, "person") == {"Ann Lee"}


@pytest.mark.parametrize(
    "sentence",
    [
        "Mexican American voters turned out in force.",
        "African-Americans and Hispanics voted early.",
        "Muslim Americans marched on Sunday.",
        "Millennials stayed home.",
    ],
)
def test_peoples_faiths_and_generations_are_no_person(sentence: str) -> None:
    assert _keys(extraction_of(sentence), "person") == set()


def test_a_group_that_speaks_is_no_person() -> None:
    extraction = extraction_of('"We want change," Hispanics told pollsters in Ohio.')
    assert _keys(extraction, "person") == set()
    assert [speaker.kind for speaker in extraction.speakers] == ["description"]


def test_a_common_word_opening_a_sentence_is_not_a_given_name() -> None:
    extraction = extraction_of(
        "Donald Trump spoke. Maybe Trump is right, maybe not.\n\nStill, Trump won."
    )
    assert _keys(extraction, "person") == {"Donald Trump"}


def test_a_word_only_once_opening_a_sentence_is_no_surname() -> None:
    extraction = extraction_of(
        "Ann Lee spoke on Monday.\n\nHarsh comments are earning fines. Things have changed, "
        "she says.\n\nObama said so. Later, Obama left."
    )
    assert _keys(extraction, "person") == {"Ann Lee", "Obama"}


def test_a_company_is_named_by_the_word_it_ends_with_but_not_in_a_headline() -> None:
    extraction = extract(
        parse_article(
            "a.txt",
            "Trump Could Address Clean Energy\n\n"
            "The mines were sold to Blackhawk Mining, and Peabody Energy said so. Clinton "
            "Communications Director Jennifer Palmieri called.\n",
        )
    )
    labels = {(entity.text, entity.label) for entity in extraction.entities}
    assert {("Blackhawk Mining", "organisation"), ("Peabody Energy", "organisation")} <= labels
    assert ("Jennifer Palmieri", "person") in labels
    assert not any("Energy" in text for text, label in labels if label != "organisation")
    assert not any(label == "organisation" and "Communications" in text for text, label in labels)
    assert ("Clean Energy", "organisation") not in labels
    assert ("Address Clean Energy", "organisation") not in labels


def test_a_town_before_a_state_is_no_person() -> None:
    extraction = extraction_of(
        "The shooting in Cedar Rapids, Iowa, was near Palo Alto, Calif., and Ft. Worth, Texas. "
        "Fairview, W.Va., and Mount Prospect, Ill., too. Tim Kaine, Virginia Democrat, spoke."
    )
    people = {entity.text for entity in extraction.entities if entity.label == "person"}
    assert people == {"Tim Kaine"}
    places = {entity.key for entity in extraction.entities if entity.label == "place"}
    assert {"Iowa", "West Virginia", "Texas"} <= places


def test_more_organisations_and_titles_are_no_person() -> None:
    extraction = extraction_of(
        "Agence France-Presse reported it. Harmon Brothers made the ad. Others said so. "
        "Pres. Obama spoke."
    )
    labels = {(entity.text, entity.label, entity.key) for entity in extraction.entities}
    assert ("Agence France-Presse", "organisation", "Agence France-Presse") in labels
    assert ("Harmon Brothers", "organisation", "Harmon Brothers") in labels
    people = {key for _, label, key in labels if label == "person"}
    assert people == {"Obama"}


def test_a_region_abroad_needs_the_story_to_be_there() -> None:
    # Manchester is a parish of Jamaica and Toledo a district of Belize, but in a story about
    # Iowa and New Hampshire they are the towns; Crimea, named alone, is still Crimea.
    extraction = extraction_of(
        "Trump spoke in Iowa on Monday. In Manchester, voters in New Hampshire cheered, and "
        "MANCHESTER was loud. Toledo voted later. The Center for American Progress objected. "
        "Russia annexed Crimea in 2014."
    )
    territories = {(territory.name, territory.country) for territory in extraction.territories}
    assert ("Crimea", "Ukraine") in territories
    assert not any(
        country in ("Jamaica", "Belize", "North Macedonia") for _, country in territories
    )


def test_a_name_found_by_its_transliteration_needs_its_country_in_the_story() -> None:
    # "Kharkov" is Kharkiv in a story about Ukraine; a town in Australia whose consonants
    # happen to match a region of Chad ("Bourke", "Borkou") is no place of Chad's.
    ukraine = extraction_of("Shelling hit Kharkov overnight, officials in Ukraine said.")
    assert "Kharkiv" in _keys(ukraine, "place")
    outback = extraction_of("Graziers near Bourke sold half their herds before the rain came.")
    assert not any(territory.country == "Chad" for territory in outback.territories)
    assert "Borkou" not in _keys(outback, "place")
