"""Dates as news writes them, and numbers that only look like years."""

from __future__ import annotations

import pytest

from tui.extract.dates import find_dates


def dates_in(text: str) -> list[str]:
    return [text[start:end] for start, end in find_dates(text)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The ferry has sailed since 1958.", ["1958"]),
        ("She moved to Lisbon in 2006 and stayed.", ["2006"]),
        ("Prices rose through the 1990s.", ["1990s"]),
        ("Nobody danced like that in the '80s.", ["'80s"]),
        ("Yesterday the council voted.", ["Yesterday"]),
        ("Last week the council voted again.", ["Last week"]),
        ("The painter (1881-1973) worked in France.", ["1881-1973"]),
        ("The mill ran from 1910–25 without a break.", ["1910–25"]),
        ("It opened on March 3, 2019, last month and on Thursday.", None),
    ],
)
def test_years_decades_and_relative_dates_are_dates(
    sentence: str, expected: list[str] | None
) -> None:
    found = dates_in(sentence)
    if expected is None:
        assert found == ["March 3, 2019", "last month", "Thursday"]
    else:
        assert found == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "About 2000 people marched.",
        "The fine was $1,958 and the bail 1500 dollars.",
        "A crowd of 2000 fans waited.",
        "She ran the 1500 metres.",
        "USA TODAY and This Week covered it.",
    ],
)
def test_a_number_that_is_no_year_is_no_date(sentence: str) -> None:
    assert dates_in(sentence) == []


def test_a_year_beside_a_noun_it_dates_is_still_a_year() -> None:
    assert dates_in("They lost in 2014 elections and won since 2016 polls.") == ["2014", "2016"]
