"""Finding quotations: marks of every shape, quotes over paragraphs, split quotes, kinds."""

from __future__ import annotations

from tui.extract import extract
from tui.ingest import parse_article
from tui.model import Quote


def quotes_of(*paragraphs: str) -> list[Quote]:
    article = parse_article("test.txt", "Headline\n\n" + "\n\n".join(paragraphs) + "\n")
    return list(extract(article).quotes)


def test_straight_and_curly_marks() -> None:
    straight = quotes_of('"We will win," said Jane Doe.')
    curly = quotes_of("\u201cWe will win,\u201d said Jane Doe.")
    assert [quote.text for quote in straight] == ["We will win"]
    assert [quote.text for quote in curly] == ["We will win"]
    assert straight[0].speaker == curly[0].speaker == "Jane Doe"


def test_a_closing_mark_used_to_open() -> None:
    # Sloppy copy sometimes opens with the closing glyph.
    [quote] = quotes_of("\u201dWe are ready,\u201d said Jane Doe.")
    assert quote.text == "We are ready"


def test_quote_running_over_paragraphs() -> None:
    quotes = quotes_of(
        '"We came a long way, and the road was hard, said Mayor Ann Lee.',
        '"But we are here now," she said.',
    )
    assert [quote.paragraph for quote in quotes] == [1, 2]


def test_multi_paragraph_quote_keeps_its_speaker() -> None:
    quotes = quotes_of(
        'Mayor Ann Lee spoke at length. "We came a long way. The road was hard.',
        '"We will not stop now. Not ever."',
    )
    assert len(quotes) == 2
    assert {quote.speaker for quote in quotes} == {"Ann Lee"}
    assert quotes[1].text == "We will not stop now. Not ever."


def test_split_quote_is_one_utterance_of_one_speaker() -> None:
    quotes = quotes_of('"We tried," Senator Tom Reyes said. "We failed."')
    assert [quote.text for quote in quotes] == ["We tried", "We failed."]
    assert {quote.speaker for quote in quotes} == {"Tom Reyes"}
    assert quotes[0].kind == quotes[1].kind == "direct"


def test_nested_single_quotes_stay_inside() -> None:
    [quote] = quotes_of("\"They told me, 'Go home,' and I did,\" said Jane Doe.")
    assert quote.text == "They told me, 'Go home,' and I did"


def test_nested_curly_double_quotes_stay_inside() -> None:
    [quote] = quotes_of(
        "\u201cHis claim that a deal \u201chas to do with Israel\u201d makes clear he has no "
        "clue,\u201d wrote Morton Klein."
    )
    assert (
        quote.text
        == "His claim that a deal \u201chas to do with Israel\u201d makes clear he has no clue"
    )
    assert quote.speaker == "Morton Klein"


def test_direct_and_partial() -> None:
    quotes = quotes_of(
        'Jane Doe said the plan gave "some hope" for the town.',
        '"The plan gives us hope," Jane Doe said.',
    )
    kinds = {quote.text: quote.kind for quote in quotes}
    assert kinds == {"some hope": "partial", "The plan gives us hope": "direct"}


def test_titles_and_scare_quotes_are_not_speech() -> None:
    quotes = quotes_of(
        'The band played "Born in the USA" as the crowd left.',
        'The so-called "reform package" passed on Monday.',
        'Fans of Earvin "Magic" Johnson lined the street.',
    )
    assert quotes == []


def test_unbalanced_mark_does_not_swallow_the_paragraph() -> None:
    quotes = quotes_of('"We are done here, said nobody in particular', "Nothing more.")
    assert all(quote.paragraph == 1 for quote in quotes)
    assert all("Nothing more" not in quote.text for quote in quotes)


def test_quote_text_is_the_file_text_at_its_span() -> None:
    text = 'Headline\n\n"A wrapped\nquote," said Jane Doe.\n'
    article = parse_article("test.txt", text)
    [quote] = extract(article).quotes
    assert text[quote.span[0] : quote.span[1]] == quote.text == "A wrapped\nquote"


def test_french_guillemets_with_spaces_inside_pair_by_glyph() -> None:
    # The narration between two quotes is not a quote, though « and » stand beside spaces.
    quotes = quotes_of(
        "« Nous avons signé l'accord hier soir », a déclaré la ministre. « Il entrera en "
        "vigueur en mars », a-t-elle précisé."
    )
    assert [quote.text for quote in quotes] == [
        "Nous avons signé l'accord hier soir",
        "Il entrera en vigueur en mars",
    ]


def test_german_marks_pair_by_glyph() -> None:
    low = quotes_of("„Wir bauen die Brücke bis zum Sommer“, sagte die Bürgermeisterin.")
    reversed_guillemets = quotes_of("»Wir bauen die Brücke bis zum Sommer«, sagte sie.")
    single = quotes_of("‚Eine gute Nachricht für alle Pendler‘, said the mayor.")
    assert [quote.text for quote in low] == ["Wir bauen die Brücke bis zum Sommer"]
    assert [quote.text for quote in reversed_guillemets] == ["Wir bauen die Brücke bis zum Sommer"]
    assert [quote.text for quote in single] == ["Eine gute Nachricht für alle Pendler"]


def test_corner_brackets_pair() -> None:
    [quote] = quotes_of("Mayor Ann Lee said: 「We open the new line in April.」 Then she left.")
    assert quote.text == "We open the new line in April."
    assert quote.speaker == "Ann Lee"


def test_foreign_marks_take_a_speaker_only_from_an_english_cue_or_a_name_and_colon() -> None:
    cued, labelled, foreign = (
        quotes_of("« Nous ne céderons pas sur ce point », said Marie Dubois.")[0],
        quotes_of("Marie Dubois : « Nous ne céderons pas sur ce point. »")[0],
        quotes_of("« Nous ne céderons pas sur ce point », a déclaré Marie Dubois.")[0],
    )
    assert cued.speaker == "Marie Dubois"
    assert labelled.speaker == "Marie Dubois"
    assert foreign.speaker is None


def test_two_apostrophes_typed_for_a_closing_mark_close_the_quote() -> None:
    curly = quotes_of("\u201cWe print anything,\u2019\u2019 says Jane Doe. \u201cEven poems.\u201d")
    straight = quotes_of("Jane Doe said the run \"was far too short'' for a sale.")
    assert [quote.text for quote in curly] == ["We print anything", "Even poems."]
    assert [quote.text for quote in straight] == ["was far too short"]


def test_apostrophes_alone_open_or_close_nothing() -> None:
    assert quotes_of("The boys' bikes and the girls' kites were rock 'n' roll.") == []
