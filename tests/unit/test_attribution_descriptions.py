"""Descriptions, groups and unusual cues as speakers, on sentences written for these tests."""

from __future__ import annotations

from tui.extract import extract
from tui.ingest import parse_article


def speakers_of(*paragraphs: str) -> list[str | None]:
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return [quote.speaker for quote in extract(article).quotes]


def test_a_name_opened_by_a_lower_case_particle_speaks() -> None:
    assert speakers_of(
        'In a two-line message posted online, al-Nusra said: "The convoy was a target."'
    ) == ["al-Nusra"]


def test_a_writer_s_own_relative_is_the_speaker_as_described() -> None:
    assert speakers_of(
        "We spent the weekend at the lake.",
        '"The water is too cold for swimming," says my grandson.',
    ) == ["my grandson"]


def test_a_verb_of_agreement_after_the_quote_is_a_cue() -> None:
    assert speakers_of(
        "Adaeze Okafor runs the night ward.",
        '"Nobody sleeps well in a hospital," echoes Okafor.',
    ) == ["Adaeze Okafor"]


def test_verbs_joined_by_but_share_their_subject() -> None:
    speakers = speakers_of(
        "The Wexford Harbour Authority gave no figures, but said "
        '"dredging will resume when the weather allows."'
    )
    assert speakers == ["Wexford Harbour Authority"]


def test_an_earlier_speech_verb_s_subject_speaks_after_but_added() -> None:
    assert speakers_of(
        "Standing before volunteers, Mira Castellanos, 64, said the count was not finished "
        'but added, "We know which way it is going."'
    ) == ["Mira Castellanos"]


def test_an_office_speaks_for_the_official_as_itself() -> None:
    assert speakers_of(
        "Transport Minister Colm Byrne oversees the ferry service.",
        'In a statement, his office said: "The contracts were signed years ago."',
    ) == ["his office"]


def test_a_group_heard_shouting_is_the_speaker() -> None:
    assert speakers_of(
        'Priya Raman said she heard protesters chant, "Close the mine!" outside the hall.'
    ) == ["protesters"]


def test_a_party_and_state_epithet_names_the_politician() -> None:
    assert speakers_of(
        "As Holy Cross Catholic reopened Wednesday after calling off classes, Senate Majority "
        "Leader Dana Whitcombe blamed “outside agitators” for the threats.",
        "“Agitators isolated a few seconds of video,” the Ohio Republican said.",
    ) == ["Dana Whitcombe"]


def test_a_portrait_epithet_is_the_person_the_text_is_about() -> None:
    assert speakers_of(
        "Tomasz Wielgus has repaired clocks in Gdansk for forty years. Wielgus rarely "
        "takes a day off.",
        '"A clock tells you when it is tired," says the silver-haired dynamo.',
    ) == ["Tomasz Wielgus"]


def test_a_description_that_is_no_portrait_names_no_one_in_focus() -> None:
    speakers = speakers_of(
        "Tomasz Wielgus has repaired clocks in Gdansk for forty years.",
        '"Repairs will take months," said the winter maintenance report.',
    )
    assert speakers != ["Tomasz Wielgus"]


def test_a_relative_named_in_apposition_speaks() -> None:
    assert speakers_of(
        "Lucas Ferreira, 15, builds robots.",
        '"He never stops tinkering," says Ferreira’s mom, Beatriz.',
    ) == ["Beatriz"]


def test_a_document_after_its_modifiers_is_no_verb() -> None:
    assert speakers_of(
        "Mayor Ann Lee presented the budget.",
        '"Costs will rise by a third," the annual report said.',
    ) == ["the annual report"]


def test_a_particle_may_come_before_a_description() -> None:
    assert speakers_of(
        '"Nobody reads the small print," points out a veteran broker.',
    ) == ["a veteran broker"]


def test_words_quoted_in_the_writer_s_next_sentence_continue_no_quote() -> None:
    assert speakers_of(
        '"The first year went well," says fund director Kwame Mensah. "We are ready for the '
        'second." While some critics say the city should not pay a "middle man" for it, '
        "others disagree.",
    )[:2] == ["Kwame Mensah", "Kwame Mensah"]


def test_a_speaker_named_with_the_group_they_belong_to_is_the_person() -> None:
    assert speakers_of(
        '"Nobody would have run a train that long in this cold," said Ines Carvalho with '
        "Freight Workers United, a volunteer group.",
    ) == ["Ines Carvalho"]


def test_the_subject_of_a_passive_speech_verb_is_spoken_of_not_speaking() -> None:
    speakers = speakers_of(
        "Harlan Brodie was sentenced on Friday.",
        'He was also described as "lacking any remorse."',
    )
    assert speakers != ["Harlan Brodie"]


def test_the_agent_of_a_passive_speech_verb_speaks() -> None:
    assert speakers_of(
        "Harlan Brodie was sentenced on Friday.",
        'He was described by Judge Mariam Qureshi as "lacking any remorse."',
    ) == ["Mariam Qureshi"]


def test_a_report_speaks_for_the_author_the_article_gave_its_study() -> None:
    assert speakers_of(
        "A study by the Halden School of Public Policy looked at 13 transit projects.",
        '"It is remarkable how little scrutiny is brought to bear," the report said.',
    ) == ["Halden School of Public Policy"]


def test_a_letter_speaks_for_whoever_sent_it() -> None:
    assert speakers_of(
        "The Riverside Parents Association sent a letter this week urging the council to act.",
        '"The delay reflects an appalling indifference," it read.',
    ) == ["Riverside Parents Association"]


def test_a_text_of_another_kind_is_not_the_one_meant() -> None:
    speakers = speakers_of(
        "A memo by the Halden School of Public Policy reached the council in March.",
        '"Costs will rise," the email said.',
    )
    assert speakers == ["the email"]


def test_the_team_is_the_side_the_article_named() -> None:
    assert speakers_of(
        "Halvorsen is back on the ice, a boost for the Harbour Kings after a long slump.",
        'The team posted a photo of him with two words: "He\'s back."',
    ) == ["Harbour Kings"]


def test_it_is_the_body_known_by_its_initials_just_named() -> None:
    assert speakers_of(
        "The NWRB declined to answer most questions about the contract. "
        '"We respect the confidentiality of our clients," it said in a statement.',
    ) == ["NWRB"]


def test_a_possessive_name_before_a_quotation_owns_the_words() -> None:
    assert speakers_of(
        "Unions hate the levy. It is the pull of Mayor Ann Lee’s "
        '"nobody will pay a cent more for their water" pledge that keeps them angry.',
    ) == ["Ann Lee"]


def test_a_text_s_title_is_not_its_speaker() -> None:
    assert speakers_of(
        "Freight trains run slowly in the cold.",
        '"Harsh winter conditions are a reality," says a document titled White Paper: '
        "Railroading in Winter on the Halden Railway website.",
    ) == ["a document"]


def test_a_title_after_from_is_a_work_not_speech() -> None:
    article = parse_article(
        "test.txt",
        "Headline\n\nThis image shows Ann Lee and Paul Stone in a scene from "
        '"The Girl Who Sailed Home."\n',
    )
    assert list(extract(article).quotes) == []


def test_a_name_in_apposition_to_a_description_speaks_for_it() -> None:
    assert speakers_of(
        "The Marshwood Rowing Club opposes the new bridge.",
        'Its secretary, Priya Natarajan, said: "The river is ours on Sunday mornings."',
        'The club\'s coach, Tomas Lindqvist, said the plan was "drawn up by people who never row."',
    ) == ["Priya Natarajan", "Tomas Lindqvist"]


def test_a_suffix_in_apposition_stays_part_of_the_name() -> None:
    assert speakers_of('Harold Beame, Jr., said: "The mill will reopen in spring."') == [
        "Harold Beame"
    ]


def test_a_surname_that_is_also_a_place_is_the_person_the_article_introduced() -> None:
    assert speakers_of(
        "Orchard owner Helen Dallas lost most of her crop to the frost.",
        '"Three nights undid a year of work," Dallas said.',
        '"We will replant," Mrs Dallas added.',
    ) == ["Helen Dallas", "Helen Dallas"]


def test_a_capital_with_no_person_of_its_name_speaks_for_its_government() -> None:
    assert speakers_of('"The sanctions will not change our course," Moscow said.') == ["Moscow"]


def test_a_description_in_lower_case_stays_as_written_not_an_organisation_s_name() -> None:
    assert speakers_of(
        "Floodwater reached the first floors of the old town overnight.",
        '"The levees held as long as they could," a spokesperson for the agency told reporters.',
    ) == ["a spokesperson for the agency"]


def test_whoever_is_quoted_as_saying_speaks_not_the_paper_that_quotes() -> None:
    assert speakers_of(
        "The harbour will close for repairs in May.",
        "Port director Wiebke Sander was quoted by the Nordsee Zeitung as saying the work "
        'was "long overdue."',
    ) == ["Wiebke Sander"]


def test_an_acronym_that_spells_a_function_word_is_a_name() -> None:
    assert speakers_of(
        "Flooding closed three hospitals in the delta.",
        '"Clean water comes first," Farida Osei of the ministry said.',
        '"The next two weeks decide it," WHO regional director Tomas Varga told reporters.',
    ) == ["Farida Osei", "Tomas Varga"]


def test_a_portrait_of_a_resident_is_the_person_the_story_introduced() -> None:
    assert speakers_of(
        "Ines Carvalho has run the bakery on Dock Street for a decade. For Carvalho, the "
        'ovens come first. "Bread waits for nobody," says the soft-spoken Lisbon resident.',
    ) == ["Ines Carvalho"]


def test_a_portrait_of_a_resident_no_one_named_stands_as_written() -> None:
    assert speakers_of(
        "The storm cut power to the whole valley on Sunday.",
        '"Nobody told us anything," said the soft-spoken resident.',
    ) == ["the soft-spoken resident"]


def test_a_portrait_is_of_the_speaker_a_speech_verb_just_brought_in() -> None:
    assert speakers_of(
        "Paul Stone opened the allotment in May. Stone keeps bees there. Patience matters "
        "most, insists 16-year-old Tariq Osei, who grows chillies. "
        '"Nothing grows faster because you stare at it," says the self-taught gardener.',
    ) == ["Tariq Osei"]


def test_the_listener_a_speech_verb_names_is_not_brought_in_as_speaker() -> None:
    assert speakers_of(
        "Paul Stone opened the allotment in May. Stone told Tariq Osei about the bees. "
        '"Nothing grows faster because you stare at it," says the self-taught gardener.',
    ) == ["Paul Stone"]


def test_a_text_on_an_organisation_s_website_speaks_for_it() -> None:
    assert speakers_of(
        "Ferries run late all winter.",
        '"Ice is part of the job," says a document titled Winter Notes: Sailing in Ice on '
        "Halden Ferry Company's website.",
    ) == ["Halden Ferry Company"]


def test_a_report_by_a_described_organisation_speaks_for_the_one_named() -> None:
    assert speakers_of(
        "Three crew members of Halden Ferry Company were hurt on Monday.",
        "A report by the ferry company explains why crossings are slower in winter.",
        '"Ice forms faster than crews can clear it," the report said.',
    ) == ["Halden Ferry Company"]


def test_a_described_organisation_is_the_one_whose_name_holds_its_words() -> None:
    assert speakers_of(
        "Three crew members of Halden Ferry Corp. were hurt on Monday. Investigators of "
        "the Marine Safety Authority arrived on Tuesday.",
        '"Crossings will resume on Friday," the ferry company said.',
    ) == ["Halden Ferry Corp"]


def test_whoever_said_it_in_the_report_is_its_author() -> None:
    assert speakers_of(
        "Halden Marine Corp. published its winter figures on Monday.",
        "The marine company said in the report that crews need more time in January.",
        '"Ice forms faster than crews can clear it," the report said.',
    ) == ["Halden Marine Corp"]


def test_a_report_three_paragraphs_on_still_speaks_for_its_author() -> None:
    assert speakers_of(
        "A report by the Halden School of Public Policy looked at ferry crossings.",
        "Crossings were slower in January.",
        "Passengers waited an hour on average.",
        '"Ice forms faster than crews can clear it," the report said.',
    ) == ["Halden School of Public Policy"]


def test_a_report_is_no_portrait_of_the_person_in_focus() -> None:
    speakers = speakers_of(
        "Captain Ilse Brandt has sailed the route for twenty years.",
        "Crossings slow down in January, said the winter safety report.",
        '"Ice forms faster than crews can clear it."',
    )
    assert speakers == ["the winter safety report"]


def test_a_speech_verb_after_the_words_it_reports_has_its_subject_after_it() -> None:
    assert speakers_of(
        "Paul Stone runs the ferry office.",
        "Crossings will slow down in January, said harbour master Ilse Brandt.",
        '"Ice forms faster than crews can clear it."',
    ) == ["Ilse Brandt"]


def test_a_railway_described_long_after_it_spoke_is_the_one_named() -> None:
    assert speakers_of(
        '"Trains will run on time," Halden Pacific Railway said in a statement.',
        "Snow fell through the night.",
        "Crews cleared the tracks by morning.",
        "Commuters were patient.",
        "Schools stayed open.",
        "The Calgary-based railway said the line would reopen on Friday.",
        '"We regret the delays."',
    ) == ["Halden Pacific Railway", "Halden Pacific Railway"]


def test_the_founder_of_an_organisation_is_a_person_not_the_organisation() -> None:
    [speaker] = speakers_of(
        '"We print anything," says the 39-year-old founder of Halden Comics Press.',
    )
    assert speaker == "the 39-year-old founder"


def test_a_double_given_name_stays_whole() -> None:
    assert speakers_of(
        "Chess champion Lily Mae Harrow retired on Sunday.",
        '"I played my last game here," said Lily Mae Harrow.',
    ) == ["Lily Mae Harrow"]


def test_a_role_set_off_by_commas_before_a_name_is_that_person_s() -> None:
    assert speakers_of(
        "Ruth Okoye chaired the meeting. The district's representative, Dev Patel, wrote to "
        "the board this week.",
        '"The board must reconsider," the Liberal representative said.',
    ) == ["Dev Patel"]


def test_the_judge_is_the_justice_the_article_named() -> None:
    assert speakers_of(
        "Justice Amara Osei ruled that the eviction was unlawful.",
        '"No tenant may be removed without notice," the judge said.',
    ) == ["Amara Osei"]


def test_the_coach_is_the_side_s_manager_and_a_nationality_describes_them() -> None:
    assert speakers_of(
        "Harbour City manager Tomas Lindqvist praised his defence after the draw.",
        '"We were solid from the first minute," the Swedish coach said.',
    ) == ["Tomas Lindqvist"]


def test_the_president_is_no_vice_president() -> None:
    speakers = speakers_of(
        "Vice President Carla Mendes spoke first at the summit.",
        "Former President Jorge Alves followed her to the podium.",
        '"We have been here before," the former president said.',
    )
    assert speakers == ["Jorge Alves"]


def test_a_description_no_one_introduced_fits_stays_as_written() -> None:
    assert speakers_of(
        "Mayor Ana Ruiz opened the new hall on Friday.",
        '"The roof has leaked for years," the judge said.',
    ) == ["the judge"]


def test_the_group_is_the_organisation_named_without_a_head_word(names_model: object) -> None:
    speakers = speakers_of(
        "Greenpeace and the University of Lagos both studied the river.",
        'In a statement, the group said the river "is recovering."',
    )
    assert speakers == ["Greenpeace"]


def test_an_organisation_whose_name_says_another_kind_is_not_described(
    names_model: object,
) -> None:
    speakers = speakers_of(
        "The University of Lagos studied the river for a decade.",
        'In a statement, the agency said the river "is recovering."',
    )
    assert speakers == ["the agency"]


def test_a_pronoun_after_another_person_is_no_evidence_of_gender() -> None:
    assert speakers_of(
        "Tarsis Ungaro chaired the hearing, and Maria Cole spoke next. She thanked the volunteers.",
        'Later, Ungaro met the nurses on the ward. "We are tired," he said.',
    ) == ["Tarsis Ungaro"]


def test_she_is_the_woman_just_described_not_a_name_of_unknown_gender() -> None:
    assert speakers_of(
        "Officials met Tarsis Ungaro, the regional coordinator, on Monday. "
        '"We are still counting," Ungaro told reporters. Volunteers found a young woman in a '
        'flooded cellar on Tuesday. "I waited two days," she said.',
    ) == ["Tarsis Ungaro", "a young woman"]


def test_a_predicate_brings_no_one_in_but_there_was_does() -> None:
    assert speakers_of(
        "When Ravi Anand was a young man he sailed. There was a woman on the quay who waved "
        'every morning. "Safe home," she called.',
    ) == ["a woman"]
