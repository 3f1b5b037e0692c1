"""The evaluation's own rules: how a gold pronoun finds the person it stands for, and how
names are compared."""

from tui.evaluate import (
    _name_run,
    _person,
    _person_surname,
    _resolve,
    _words,
    is_named,
    same_speaker,
)

TEXT = (
    "Sen. Jane Doe spoke first. The FBI said nothing. President Barack Obama spoke. "
    "Trump and Lewandowski left. Delegates cheered. She said more."
)


def _row(source: str, start: int) -> dict:
    return {"source": {"text": source, "spans": [[start, start + len(source)]]}}


def _rows(*sources: str) -> list[dict]:
    return [_row(source, TEXT.index(source)) for source in sources]


def test_she_skips_organisations_groups_and_men_for_the_nearest_woman() -> None:
    rows = _rows("Sen. Jane Doe", "The FBI", "President Barack Obama", "Trump and Lewandowski")
    pronoun = _row("She", TEXT.index("She said"))
    assert _resolve([*rows, pronoun], pronoun, TEXT) == "Sen. Jane Doe"


def test_a_word_the_text_writes_in_lower_case_elsewhere_is_no_one() -> None:
    text = TEXT + " The delegates went home."
    rows = _rows("President Barack Obama", "Delegates")
    pronoun = _row("he", len(TEXT))
    assert _resolve([*rows, pronoun], pronoun, text) == "President Barack Obama"


def test_a_description_is_not_a_name_and_matches_by_role() -> None:
    assert not is_named("the Florida senator")
    assert is_named("Republican presidential candidate Marco Rubio")
    assert same_speaker("Marco Rubio", "Florida senator", "the Florida senator", None)
    assert not same_speaker("Marco Rubio", "governor", "the Florida senator", None)


def test_with_no_gold_source_of_its_gender_she_is_the_nearest_womans_full_name() -> None:
    text = "Gold Star mother Tina Houchins stood up. President Barack Obama listened. She asked."
    rows = [_row("President Barack Obama", text.index("President"))]
    pronoun = _row("She", text.index("She asked"))
    assert _resolve([*rows, pronoun], pronoun, text) == "Tina Houchins"


def test_the_name_in_a_gold_source_leaves_out_possessives_objects_and_dash_asides() -> None:
    assert _name_run("North Carolina's Ada Fisher, an RNC member") == ["Ada", "Fisher"]
    assert _name_run("Meenakshi Ganguly of Human Rights Watch") == ["Meenakshi", "Ganguly"]
    assert _name_run("people close to Clinton") == []
    assert _name_run("Chairman John Podesta — Bill Clinton's former chief of staff") == [
        "John",
        "Podesta",
    ]


def test_groups_and_plural_roles_are_no_one_but_roles_joined_by_and_are() -> None:
    text = "Sanders aides met. Analysts agreed. Pollster and strategist Joel Benenson spoke."
    assert not _person("Sanders aides", text)[0]
    assert not _person("Analysts", text)[0]
    assert not _person("Trump and Lewandowski", text)[0]
    assert _person("Clinton's pollster and strategist Joel Benenson", text)[0]
    assert _person("Cruz himself", "Ted Cruz spoke. Cruz himself said so.")[0]


def test_he_is_the_person_a_sentence_last_opened_with_not_only_the_last_source() -> None:
    text = (
        "Chris Christie spoke first. Kasich took a different tack on Monday.\n\n"
        '"You have to unite people," he said. The Trump campaign disagreed.'
    )
    rows = [
        _row("Chris Christie", text.index("Chris")),
        _row("Kasich", text.index("Kasich") + 2000),  # named as a source only later
    ]
    pronoun = _row("he", text.index("he said"))
    assert _resolve([*rows, pronoun], pronoun, text) == "Kasich"


def test_a_surname_ending_in_s_is_compared_whole() -> None:
    # Names were once stripped of every final "s", so that "Sanders" never matched the
    # surname a gold source gives: the coverage of gold names read 0.88 for 0.99.
    assert _person_surname("Alderman William D. Burns") == "burns"
    assert "burns" in _words("William D. Burns")
    assert _words("Obama's aide, Mr. Sanders.") == ["obama", "aide", "mr", "sanders"]


def test_each_pass_shows_its_coverage_and_precision_in_the_order_passes_run() -> None:
    from tui.evaluate import PassTally

    tally = PassTally()
    for sieve, right in (("pronoun cue", True), ("cue after", True), ("cue after", False)):
        tally.add(sieve, right)
    lines = tally.table().splitlines()
    assert lines[1].split()[:4] == ["cue", "after", "0.667", "0.500"]
    assert lines[2].split()[:4] == ["pronoun", "cue", "0.333", "1.000"]


def _pronoun_after(text: str, marker: str, rows: list[dict] | None = None) -> str | None:
    """Resolve the gold ``he``/``she`` that opens ``marker`` in ``text``."""
    at = text.index(marker)
    pronoun = _row(marker.split()[0], at)
    return _resolve([*(rows or []), pronoun], pronoun, text)


def test_a_pronoun_finds_a_speaker_the_gold_never_marked() -> None:
    text = (
        "Mayor Linda Park defended the plan. The report angered critics. "
        '"Nobody read it," said Paul Gray, a lawyer in Dayton. "Nobody," he said.'
    )
    rows = [_row("Mayor Linda Park", 0)]
    assert _pronoun_after(text, "he said", rows) == "Paul Gray"


def test_she_passes_over_the_man_named_last_for_the_woman_opening_the_sentence() -> None:
    text = (
        "Council member Tom Reyes objected. Linda Park, unmoved, answered Reyes at once. "
        '"We will not cut libraries," she said.'
    )
    rows = [_row("Council member Tom Reyes", 0)]
    assert _pronoun_after(text, "she said", rows) == "Linda Park"


def test_names_after_a_preposition_or_inside_quotation_marks_are_not_the_speaker() -> None:
    text = (
        "Asked by the reporter Sam Cole about the vote, Greg Ames shrugged. "
        '"I trust Bill Morgan," Ames added. "He has my vote," he said.'
    )
    assert _pronoun_after(text, "he said") in ("Greg Ames", "Ames")


def test_a_description_opening_the_sentence_defers_to_the_person_before_it() -> None:
    text = (
        "Senator John Holt spoke at length about the farm bill. "
        "The Ohio senator then turned to trade with Mark Bell. "
        '"It is a bad deal," he said.'
    )
    assert _pronoun_after(text, "he said") == "John Holt"


def test_a_newcomer_brought_in_by_an_indefinite_description_is_nobody_named_before() -> None:
    text = (
        "Governor Dan Price waved to the crowd. One voter, Maria Lopez, shouted back. "
        '"Do your job," she said. Price smiled. A woman in the front row cried. '
        '"He never listens," she said.'
    )
    assert _pronoun_after(text, "she said") == "Maria Lopez"
    later = text.index('"He never')
    pronoun = _row("she", text.index("she said", later))
    resolved = _resolve([pronoun], pronoun, text)
    assert resolved == "A woman"
    assert not same_speaker("Dan Price", "governor", "she", resolved)


def test_a_title_that_is_the_surname_shows_no_gender() -> None:
    text = "Folk singer Carole King sang. King said she would return."
    assert _person("Folk singer Carole King", text)[1] != "male"


def test_an_unresolved_pronoun_credits_no_speaker() -> None:
    # Where the evaluator cannot tell whom "he" stands for it counts our speaker wrong, so an
    # unresolved case lowers the figure rather than guessing in our favour.
    assert not same_speaker("Dan Price", "governor", "he", None)
