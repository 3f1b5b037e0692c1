"""The attribution sieve's conventions, each on sentences written for these tests."""

from __future__ import annotations

from tui.extract import extract
from tui.extract.passes import PASS_NAMES
from tui.ingest import parse_article
from tui.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return list(extract(article).quotes)


def test_every_quote_records_the_pass_that_decided_it() -> None:
    quotes = quotes_of(
        '"The bridge opens in May," said Mayor Ann Lee. "We are proud of it."',
        "Lee said the cost had doubled since the plans were drawn.",
    )
    assert [quote.sieve for quote in quotes] == ["cue after", "continuation"]
    assert all(quote.sieve in PASS_NAMES for quote in quotes)


def test_a_quote_paragraph_after_reported_speech_is_the_reporter_s_subject() -> None:
    quotes = quotes_of(
        "Fire chief Dana Kowalski says the station has been short of crews all winter.",
        '"We cannot cover the whole county with two trucks."',
    )
    assert [quote.speaker for quote in quotes] == ["Dana Kowalski"]


def test_a_named_subject_before_an_appositive_speaks() -> None:
    quotes = quotes_of(
        "Omar Haddad, a baker in Leeds, Ala., and a member of the guild, said flour had gone up.",
        '"Every sack costs twice what it did. We will raise prices in the spring."',
    )
    assert [quote.speaker for quote in quotes] == ["Omar Haddad"]


def test_a_named_subject_speaks_however_long_the_appositive() -> None:
    # The noun phrase before the verb is read from a bounded stretch; the name that opens the
    # sentence is not, since it is read once a sentence.
    trades = " and ".join(f"a supplier to bakery {number}" for number in range(60))
    quotes = quotes_of(
        f"Omar Haddad, a baker in Leeds, {trades}, said flour had gone up.",
        '"Every sack costs twice what it did. We will raise prices in the spring."',
    )
    assert [quote.speaker for quote in quotes] == ["Omar Haddad"]


def test_the_later_of_direct_and_reported_speech_before_speaks() -> None:
    quotes = quotes_of(
        '"It is too early," said Mayor Ann Lee. Sen. Ben Ortiz says the vote must wait.',
        '"Nobody has read the report yet, and I will not vote blind."',
    )
    assert [quote.speaker for quote in quotes] == ["Ann Lee", "Ben Ortiz"]


def test_a_rubric_or_subhead_between_speech_and_quote_is_passed_over() -> None:
    quotes = quotes_of(
        "Fire chief Dana Kowalski says the station has been short of crews all winter.",
        "READ MORE: County budget vote delayed again",
        "Staffing in rural stations",
        '"We cannot cover the whole county with two trucks."',
    )
    assert [quote.speaker for quote in quotes] == ["Dana Kowalski"]


def test_no_speaker_is_inherited_from_words_that_name_no_one() -> None:
    quotes = quotes_of(
        "Rather, he said the plan was fine, in a heavily Democratic county.",
        '"We cannot cover the whole county with two trucks."',
    )
    assert [quote.speaker for quote in quotes] == [None]


def test_a_caption_between_speaker_and_quote_is_not_whom_the_pronoun_means() -> None:
    quotes = quotes_of(
        "Dr. Carla Mendes said the ward had run out of beds twice this month.",
        "Volunteers hand out blankets outside the shelter on Monday. (Maria Walsh / City News)",
        '"We are turning people away every single night now," she said.',
    )
    assert [quote.speaker for quote in quotes] == ["Carla Mendes"]


def test_people_placed_in_a_photo_are_a_caption() -> None:
    from tui.extract.layout import is_caption, is_layout

    assert is_caption("Mayor Ann Lee, left, and Rita Moss, centre, cut the ribbon on Friday.")
    assert is_caption("Ryan Smith / The Daily Post Rita Moss waves to the crowd.")
    assert not is_caption("Voters on the left, right and centre agreed.")
    assert not is_caption("An AP/Ipsos poll found most voters undecided.")
    assert is_layout("WATCH: The council debates the budget")
    assert not is_layout("Lee said the plan was fine.")


def test_a_statement_speaks_for_whoever_it_belongs_to() -> None:
    quotes = quotes_of(
        "Minister Rita Moss released a statement on Tuesday evening about the closures.",
        '"Every family affected will be offered a new place by March," her statement said.',
    )
    assert [quote.speaker for quote in quotes] == ["Rita Moss"]


def test_an_organisation_described_is_the_one_the_article_introduced() -> None:
    quotes = quotes_of(
        "Shares of Halden Corporation fell after the recall of its heaters.",
        '"We are replacing every unit free of charge," the company said.',
    )
    assert [quote.speaker for quote in quotes] == ["Halden Corporation"]


def test_a_description_that_names_no_one_introduced_is_itself_the_speaker() -> None:
    quotes = quotes_of(
        "Heaters were recalled across the province this week.",
        '"We are replacing every unit free of charge," the company said.',
    )
    assert [quote.speaker for quote in quotes] == ["the company"]


def test_a_modified_agent_noun_stands_for_the_person_in_focus() -> None:
    quotes = quotes_of(
        "Carl Brandt scored twice in his first game for the club on Saturday.",
        '"I never expected a night like this one, not in my first season," the rookie '
        "defenceman said.",
    )
    assert [quote.speaker for quote in quotes] == ["Carl Brandt"]


def test_a_split_quote_is_joined_only_when_no_sentence_of_the_writer_s_parts_it() -> None:
    adjacent = quotes_of('"We tried everything." "Nothing is left," said Mayor Ann Lee.')
    parted = quotes_of(
        '"We tried everything." The storm had closed the road for a week. '
        '"Nothing is left," said Mayor Ann Lee.'
    )
    assert [quote.speaker for quote in adjacent] == ["Ann Lee", "Ann Lee"]
    assert [quote.speaker for quote in parted] == [None, "Ann Lee"]


def test_a_pronoun_means_the_subject_the_text_moved_to_not_the_last_speaker() -> None:
    quotes = quotes_of(
        '"It is a disaster," Donald Trump said. Sen. Tim Kaine, speaking at a rally on '
        'Friday, said he was concerned about the plan. "We cannot afford this," he said.'
    )
    assert [quote.speaker for quote in quotes] == ["Donald Trump", "Tim Kaine"]


def test_in_a_line_of_several_paragraphs_the_last_speaker_fades_with_the_sentences() -> None:
    quotes = quotes_of(
        '"We need more buses," said Mayor Paul Stone. The council met for three hours. '
        "Several residents spoke about the fares. Dr. Tom Reyes, a dentist on Elm Street, "
        'thinks they are too high. "Nobody here can pay this," he said.'
    )
    assert [quote.speaker for quote in quotes] == ["Paul Stone", "Tom Reyes"]


def test_a_day_or_a_place_that_opens_a_sentence_is_not_whom_he_means() -> None:
    quotes = quotes_of(
        "Sam Ortega has slept in a tent by the river since the spring.",
        'On Christmas Day, he plans to cook for five friends. "I bought a turkey for all of '
        'us," he says.',
    )
    assert [quote.speaker for quote in quotes] == ["Sam Ortega"]


def test_a_verb_put_before_its_subject_names_the_speaker() -> None:
    inverted = quotes_of(
        "Rather than a new bridge, asks transit planner Lena Brooks, "
        '"why not run a ferry every ten minutes?"'
    )
    with_subject = quotes_of(
        "Mayor Paul Stone, who chairs the board, told the Herald, "
        '"We will build the bridge, whatever it costs us."'
    )
    assert [quote.speaker for quote in inverted] == ["Lena Brooks"]
    assert [quote.speaker for quote in with_subject] == ["Paul Stone"]


def test_past_a_relative_clause_the_appositive_s_name_speaks() -> None:
    quotes = quotes_of(
        "The talks resumed on Monday.",
        "On Tuesday, Rosa Lind, the head of the regional council, which speaks for the "
        'mayors, urged ministers "to say within a week what they intend to do about the '
        'roads." Nobody answered.',
    )
    assert [quote.speaker for quote in quotes] == ["Rosa Lind"]


def test_a_speech_word_used_as_a_noun_does_not_hide_the_reported_speaker() -> None:
    quotes = quotes_of(
        "Dr. Tom Reyes with the county health board says there are many reasons for delays.",
        '"The ward treats the sickest patients first, and everyone else waits for hours."',
    )
    assert [quote.speaker for quote in quotes] == ["Tom Reyes"]


def test_an_age_describes_someone_who_can_speak() -> None:
    quotes = quotes_of(
        "The crowd waited outside the court all day.",
        '"I have waited ten years for this day," said a 45-year-old.',
    )
    assert [quote.speaker for quote in quotes] == ["a 45-year-old"]


def test_a_lawmaker_is_the_member_of_a_legislature_the_text_named() -> None:
    quotes = quotes_of(
        "Rep. Anna Cole of Texas met the press on Monday. Developer Tom Reyes spoke after her.",
        '"We were not told the whole story by the agency," the Republican lawmaker said.',
    )
    assert [quote.speaker for quote in quotes] == ["Anna Cole"]


def test_a_name_in_apposition_inside_a_clause_is_not_its_subject() -> None:
    quotes = quotes_of(
        "Dr. Tom Reyes said he wants to keep the clinic his father built.",
        "He said the clinic, with a pharmacy run by his father's friend, Paul Stone, gave "
        "the town its first doctor.",
        '"They brought us care when nobody else would," he said.',
    )
    assert [quote.speaker for quote in quotes] == ["Tom Reyes"]


def test_a_capitalised_modal_after_a_title_is_a_name_not_an_auxiliary() -> None:
    quotes = quotes_of(
        "The vote was lost by a wide margin on Tuesday night.",
        'After the vote, Ms. May admonished members for not saying "what the House does '
        'support." She left.',
    )
    assert [quote.speaker for quote in quotes] == ["Ms. May"]


def test_after_a_quote_that_ends_its_sentence_reported_speech_is_no_cue() -> None:
    # The writer's next sentence reports what someone else said; the quote is the mayor's.
    quotes = quotes_of(
        "Mayor Ann Lee wrote to the council on Monday. “We want to build it soon.” "
        "Tom Reyes, the council’s clerk, said the council has yet to reply."
    )
    assert [quote.speaker for quote in quotes] == ["Ann Lee"]


def test_after_a_quote_that_ends_its_sentence_a_bare_cue_still_names_the_speaker() -> None:
    quotes = quotes_of(
        "The council met on Monday. “We want to build it soon.” Tom Reyes, the clerk, said."
    )
    assert [quote.speaker for quote in quotes] == ["Tom Reyes"]


def test_a_pronoun_inside_a_sentence_means_the_person_who_opens_it() -> None:
    # The minister spoke last and Lo Banh's gender is not shown, but the pronoun stands in
    # Lo Banh's own sentence.
    quotes = quotes_of(
        'Foreign Minister Tom Reyes said the test "cannot go unanswered," and he urged calm.',
        'Secretary General Lo Banh condemned what he called a "reckless act."',
    )
    assert [quote.speaker for quote in quotes] == ["Tom Reyes", "Lo Banh"]
