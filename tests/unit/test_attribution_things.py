"""Names of things (a product, a policy) are no one's, on sentences written for these tests."""

from __future__ import annotations

from tui.extract import extract
from tui.extract.people import build_registry
from tui.extract.tokens import tokenise
from tui.ingest import parse_article


def speakers_of(*paragraphs: str) -> list[str | None]:
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return [quote.speaker for quote in extract(article).quotes]


def people_in(text: str) -> list[str]:
    registry = build_registry([tokenise(text, [])])
    return [person.name for person in registry.people if person.kind == "person"]


def test_a_name_after_a_and_one_modifier_is_a_thing_not_a_speaker() -> None:
    assert speakers_of(
        "Fishermen fear a hard Grexit. But Grexit said nothing.",
        "Nikos Vardakis runs the harbour. Grexit would close the market. "
        '"Nobody will buy our catch," he said.',
    ) == ["Nikos Vardakis"]


def test_a_name_with_a_price_after_it_is_a_product() -> None:
    assert people_in(
        "Walter Razor, $45, walter.ca and Tallow Balm, £12, were praised by Ann Lee, 45, "
        "who said so."
    ) == ["Ann Lee"]


def test_a_particle_inside_a_name_is_the_surname_s_not_a_given_name() -> None:
    assert speakers_of(
        'Farida Al Masri, 31, came to Halifax in 2016. "We were welcomed," she said.',
    ) == ["Farida Al Masri"]


def test_a_surname_with_its_particle_is_the_person_named_in_full() -> None:
    assert people_in(
        "Al Masri is among the newcomers. Her husband, Karim Haddad, and wife Farida Al Masri "
        "arrived in 2016."
    ) == ["Karim Haddad", "Farida Al Masri"]


def test_a_given_name_with_a_role_before_it_is_a_person_whatever_the_surname() -> None:
    assert people_in("Festival artistic director Margaret Church chose the works.") == [
        "Margaret Church"
    ]


def test_a_surname_that_heads_organisations_names_still_speaks_as_the_person() -> None:
    assert speakers_of(
        "Festival artistic director Christopher House chose the works.",
        '"We wanted risk," says House.',
    ) == ["Christopher House"]
