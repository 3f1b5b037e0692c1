"""The article's blocks: the extractor's reading, made whole by the page's densest block."""

from __future__ import annotations

from lxml import html

from tests.pages import PARAGRAPHS
from tui.ingest.web.body import Piece, _article_box, _blocks_of, _fuller

EXTRA = (
    "Bus routes will change too.",
    "The ferry keeps its timetable.",
)
COMMENT = "Dave wrote at 9pm: about time they fixed this bridge, honestly, it shook for years."


def pieces(*texts: str) -> list[Piece]:
    return [Piece(text) for text in texts]


def test_the_article_box_is_the_box_of_paragraphs_not_the_site_around_it() -> None:
    body = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS)
    page = f"""<html><body>
    <nav><p>Home News Sport Weather Travel and a great many other links</p></nav>
    <div class="story"><h2>The vote</h2>{body}<ul><li>Cracks in two supports</li></ul></div>
    <aside><p>Sign up for the Gazette newsletter to get the news every morning.</p></aside>
    </body></html>"""
    block = _blocks_of(_article_box(html.document_fromstring(page), pieces(*PARAGRAPHS)))
    assert block[0] == Piece("The vote", heading=True)
    assert [piece.text for piece in block[1:-1]] == list(PARAGRAPHS)
    assert block[-1].text == "• Cracks in two supports"


def test_the_block_fills_in_what_the_extractor_dropped_up_to_its_last_block() -> None:
    kept = pieces(*PARAGRAPHS[:3], *PARAGRAPHS[4:])
    block = pieces(PARAGRAPHS[0], *EXTRA, *PARAGRAPHS[1:], COMMENT)
    fuller = _fuller(kept, block)
    # The dropped paragraph and the short ones are back; the comment after the end is not.
    assert [piece.text for piece in fuller] == [PARAGRAPHS[0], *EXTRA, *PARAGRAPHS[1:]]


def test_a_block_that_misses_the_extracted_text_or_dwarfs_it_is_not_taken() -> None:
    kept = pieces(*PARAGRAPHS)
    elsewhere = pieces(*(f"Teaser number {number} about ferries and roads" for number in range(30)))
    assert _fuller(kept, elsewhere) == kept
    huge = pieces(*PARAGRAPHS, *(PARAGRAPHS[0].replace("council", f"board {n}") for n in range(30)))
    assert _fuller(kept, huge) == kept
    assert _fuller(kept, []) == kept


def test_an_article_in_several_boxes_is_read_from_the_box_holding_them_all() -> None:
    first = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[:3])
    second = "".join(f"<p>{paragraph}</p>" for paragraph in PARAGRAPHS[3:])
    page = f"""<html><body><div id="story">
    <section class="part">{first}</section><section class="part">{second}</section>
    </div></body></html>"""
    box = _article_box(html.document_fromstring(page), pieces(*PARAGRAPHS))
    assert box.get("id") == "story"


def test_a_style_inside_a_heading_is_not_its_text() -> None:
    page = """<html><body><div><h2><style>.green { color: green }</style>The vote</h2>
    <p>The council voted.</p></div></body></html>"""
    block = _blocks_of(html.document_fromstring(page).find(".//div"))
    assert block == [Piece("The vote", heading=True), Piece("The council voted.")]


def test_the_box_paragraphs_after_where_the_extractor_stopped_go_on_up_to_a_list() -> None:
    kept = pieces(*PARAGRAPHS[:3])
    later = (
        "Engineers will close one lane at a time during the works, so that cyclists and people "
        "on foot can still cross the river while the supports are rebuilt over the winter."
    )
    block = [*pieces(*PARAGRAPHS), Piece("The repairs", heading=True), Piece(later)]
    comment = Piece(f"• {COMMENT} And another thing about the ferry timetable this winter.")
    assert _fuller(kept, [*block, comment, Piece(later.replace("winter", "spring"))]) == block
