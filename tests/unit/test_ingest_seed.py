"""The seed article reads exactly as seed-expected.json says."""

from __future__ import annotations

import filecmp

from tests.conftest import FIXTURES, ROOT, SEED
from tui.ingest import read_article


def test_seed_metadata(seed_expected: dict) -> None:
    expected = seed_expected["article"]
    meta = read_article(SEED).meta
    assert meta.title == expected["title"]
    assert meta.subtitle == expected["subtitle"]
    assert meta.source == expected["source"]
    assert meta.date == expected["date"]
    assert meta.caption == expected["caption"]
    assert meta.photo_credit == expected["photo_credit"]
    assert meta.section == expected["section"]
    assert meta.dateline == expected["dateline"]


def test_seed_body(seed_expected: dict) -> None:
    expected = seed_expected["article"]
    article = read_article(SEED)
    paragraphs = [paragraph.text for paragraph in article.paragraphs]
    assert len(paragraphs) == expected["body_paragraphs"]
    assert paragraphs[0].startswith(expected["first_paragraph_starts"])
    assert paragraphs[-1].endswith(expected["last_paragraph_ends"])
    body = "\n".join(paragraphs)
    for furniture in expected["not_in_body"]:
        assert furniture not in body


def test_seed_paragraph_offsets_point_into_the_file() -> None:
    article = read_article(SEED)
    for paragraph in article.paragraphs:
        assert article.text[paragraph.start : paragraph.end] == paragraph.text
    for _, block in article.headers:
        assert article.text[block.start : block.end] == block.text


def test_seed_copies_are_byte_for_byte() -> None:
    shared = ROOT.parent / "shared"
    if not shared.is_dir():
        return
    assert filecmp.cmp(shared / "seeds" / SEED.name, SEED, shallow=False)
    assert filecmp.cmp(
        shared / "spec" / "seed-expected.json", FIXTURES / "seed-expected.json", shallow=False
    )
