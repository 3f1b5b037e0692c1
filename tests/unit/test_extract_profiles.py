"""How a profile, a speech or an encyclopedia names people: dates of life in brackets and a
definition by a person noun introduce a person; a definition by another noun a thing; an
office written as a name (``Mr. President``) names its holder. The sentences are written for
these tests."""

from __future__ import annotations

import pytest

from tui.extract import extract
from tui.extract.abbreviations import common_terms
from tui.extract.people import introduced_as, is_person_noun
from tui.extract.tokens import tokenise
from tui.ingest import parse_article
from tui.model import Extraction


def extraction_of(*paragraphs: str) -> Extraction:
    text = "A headline\n\n" + "\n\n".join(paragraphs) + "\n"
    return extract(parse_article("story.txt", text))


def labelled(extraction: Extraction, label: str) -> list[str]:
    return [entity.text for entity in extraction.entities if entity.label == label]


def introduction(sentence: str, words: int) -> bool | None:
    return introduced_as(tokenise(sentence, []), 0, words)


@pytest.mark.parametrize(
    ("sentence", "words", "expected"),
    [
        ("Marta Quell (born 4 May 1969) is a Chilean sculptor.", 2, True),
        ("Odo Brant (c. 1120 – 1187) was a monk.", 2, True),
        ("Tomas Verey (12 March 1801 – 9 June 1860) wrote plays.", 2, True),
        ("Lira Onde is an Estonian composer and pianist.", 2, True),
        ("Okafor is a two-time champion and the 2019 player of the year.", 1, True),
        ("Zent is a professor emeritus at a small college.", 1, True),
        ("Quasar is a NASA probe that mapped the dust.", 1, False),
        ("Pelmo is a web site which sells old maps.", 1, False),
        ("Ferro Tigers (2011 – present) played in the league.", 2, None),  # one year: a tenure
        ("Nolan said the deal was off.", 1, None),
    ],
)
def test_a_profile_introduces_a_person_or_a_thing(
    sentence: str, words: int, expected: bool | None
) -> None:
    assert introduction(sentence, words) is expected


def test_a_place_of_origin_is_not_the_person_introduced() -> None:
    tokens = tokenise("Anselm of Vardo (c. 980 – 1041) was a bishop.", [])
    assert introduced_as(tokens, 0, 1) is True  # Anselm, of Vardo
    assert introduced_as(tokens, 2, 3) is None  # not Vardo


def test_agent_nouns_name_people() -> None:
    assert all(map(is_person_noun, ["physicist", "linguist", "historian", "baseman", "actress"]))
    assert not any(map(is_person_noun, ["capsule", "site", "mission", "easier", "view"]))


def test_dates_of_life_make_a_person_and_the_surname_follows_everywhere() -> None:
    extraction = extraction_of(
        "Dorrit Vance Kellerby (born March 2, 1990) is an American second baseman.",
        "Kellerby graduated in 2008. The Hawks signed Kellerby in 2011.",
    )
    assert labelled(extraction, "person") == ["Dorrit Vance Kellerby", "Kellerby", "Kellerby"]


def test_a_thing_defined_as_such_is_no_person_though_a_verb_follows() -> None:
    extraction = extraction_of(
        "Quasar is a NASA probe that mapped the dust of a comet.",
        "Quasar returned to Earth in 2006, and Quasar landed in Utah.",
    )
    assert "Quasar" not in labelled(extraction, "person")


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("Mr. President, we thank you for coming today.", "Mr. President"),
        ("Thank you, Madam Chair, for the time.", "Madam Chair"),
        ("We welcome the Vice President and his staff.", "Vice President"),
        ("In 1859 he called himself Emperor of the Pacific.", "Emperor"),
    ],
)
def test_an_office_written_as_a_name_names_its_holder(sentence: str, office: str) -> None:
    assert office in labelled(extraction_of(sentence), "person")


def test_an_office_before_a_name_stays_part_of_the_name() -> None:
    extraction = extraction_of("President Ana Ortiz met the press on Monday.")
    assert labelled(extraction, "person") == ["Ana Ortiz"]
    # A role noun that is also a book's or a film's word is no office alone.
    assert labelled(extraction_of("She read Member and then Agent twice."), "person") == []


def test_a_possessive_inside_a_run_ends_one_name() -> None:
    extraction = extraction_of("She starred in Mark Doyle's Silent Harbour in 1999.")
    assert "Mark Doyle" in labelled(extraction, "person")


# -- with the model ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "name"),
    [
        ("Doctors fear the spread of COVID-19 in the region.", "COVID-19"),
        ("Cyclone Pelwa hit the coast, and the cyclone left thousands homeless.", "Cyclone Pelwa"),
        ("She won gold at the Paralympics in London.", "Paralympics"),
    ],
)
def test_what_a_person_name_never_looks_like(names_model: object, sentence: str, name: str) -> None:
    assert name not in labelled(extraction_of(sentence), "person")


def test_a_lone_name_the_model_reads_as_an_organisation_is_none_of_the_people(
    names_model: object,
) -> None:
    extraction = extraction_of(
        "We are the most popular wiki after Wikipedia in our field.",
        "Like Wikipedia, our site runs on free software, and Wikipedia has enjoyed the same.",
    )
    assert "Wikipedia" not in labelled(extraction, "person")


@pytest.mark.parametrize(
    ("sentence", "polity"),
    [
        ("I have always tried to do what was best for the Nation.", "Nation"),
        ("He is the first senator from his State to serve twice.", "State"),
        ("The laws of the Union were to be changed.", "Union"),
    ],
)
def test_a_country_called_by_what_it_is_is_a_place(sentence: str, polity: str) -> None:
    assert polity in labelled(extraction_of(sentence), "place")


def test_a_polity_noun_in_a_title_or_a_name_is_no_place() -> None:
    extraction = extraction_of("The Secretary of State met the Union Pacific board.")
    assert "State" not in labelled(extraction, "place")


def test_where_a_place_stands_the_model_s_person_is_a_place(names_model: object) -> None:
    extraction = extraction_of("Goode was born in Exeter, Devon, and grew up near Tiverton.")
    assert {"Exeter", "Devon"} <= set(labelled(extraction, "place"))
    assert not {"Exeter", "Devon"} & set(labelled(extraction, "person"))


def test_a_team_named_after_its_city_is_the_city_and_the_team(names_model: object) -> None:
    extraction = extraction_of("He was traded to the Boston Red Sox in December.")
    assert "Boston" in labelled(extraction, "place")
    assert "Red Sox" in labelled(extraction, "organisation")


@pytest.mark.parametrize(
    ("sentence", "office"),
    [
        ("We thank the Secretary-General for his report.", "Secretary-General"),
        ("I thank the distinguished Chair of the committee.", "Chair"),
        ("In 1750 he was elected a Fellow of the Society.", "Fellow"),
    ],
)
def test_a_role_noun_an_article_makes_an_office_names_its_holder(
    sentence: str, office: str
) -> None:
    assert office in labelled(extraction_of(sentence), "person")


def test_a_party_member_is_no_office() -> None:
    assert labelled(extraction_of("He ran as a Republican in 2010."), "person") == []


def test_no_one_is_named_after_a_country() -> None:
    extraction = extraction_of(
        '"You really should call it biomed," the industry says. Biomed Taiwan goes there.',
        "When I tour around Taiwan, I find people taking action.",
    )
    assert "Taiwan" not in labelled(extraction, "person")


def test_an_organisation_named_after_a_place_is_the_place_and_the_organisation() -> None:
    extraction = extraction_of("The bill went to the United States Congress in May.")
    assert "United States" in labelled(extraction, "place")
    assert "Congress" in labelled(extraction, "organisation")


def test_a_place_that_opens_an_organisations_name_is_no_territory() -> None:
    extraction = extraction_of(
        "Nurses at Ohio State University walked out on Monday.",
        "Ohio lawmakers met the nurses.",
    )
    assert "Ohio" in labelled(extraction, "place")
    assert [(place.name, place.mentions) for place in extraction.territories] == [("Ohio", 1)]


def test_an_abbreviation_spelled_out_in_lower_case_is_a_term_not_a_name() -> None:
    assert common_terms(["Cells make reactive oxygen species (ROS) when hurt."]) == {"ROS"}
    assert common_terms(["The Korean Central News Agency (KCNA) said so."]) == set()
    extraction = extraction_of(
        "Cells make reactive oxygen species (ROS) when hurt.", "The ROS kill the spores."
    )
    assert "ROS" not in labelled(extraction, "organisation")


def test_a_thing_named_by_its_kind_is_no_one() -> None:
    extraction = extraction_of(
        "Tropical cyclones weaken over land. Cyclone Pelwa has winds of 200 km/h.",
        "Pelwa will weaken as it moves inland, and Pelwa brings rain.",
    )
    assert "Pelwa" not in labelled(extraction, "person")
    assert "Cyclone Pelwa" not in labelled(extraction, "person")


def test_a_name_written_with_the_and_nothing_after_is_no_surname() -> None:
    extraction = extraction_of(
        "In 2012, Winter Fengames opened in Oslo.",
        "She trained for the Fengames. Fengames tickets sold out.",
    )
    assert labelled(extraction, "person") == []


def test_an_award_named_after_a_person_leaves_the_word_award_alone() -> None:
    extraction = extraction_of(
        "Mira Award went to her in 1992, and many awards after it.",
        "She won the BAFTA Award for it, and the Award made her famous.",
    )
    assert "Award" not in labelled(extraction, "person")


def test_a_chamber_alone_is_an_organisation() -> None:
    extraction = extraction_of("We met. The Senate must act, and the House agreed.")
    assert labelled(extraction, "organisation") == ["Senate", "House"]


def test_a_verb_opening_a_question_is_no_town() -> None:
    extraction = extraction_of("Can you say more? I can try.")
    assert labelled(extraction, "place") == []


def test_an_abbreviation_spelled_in_words_the_article_writes_in_lower_case_is_a_term() -> None:
    extraction = extraction_of(
        "Schools share open educational resources. Open Educational Resources (OER) are free.",
        "By using OER, schools save money.",
    )
    assert "OER" not in labelled(extraction, "organisation")
