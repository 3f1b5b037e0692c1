"""Encodings told apart by the bytes: UTF-16 without a byte-order mark is read (or named when it
does not decode), UTF-32 with one is read, and data with NUL bytes is still refused."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from tui.extract import extract
from tui.ingest import ArticleError, read_article
from tui.ingest.decode import decode

ENGLISH = 'Talks resume\n\n"We will not give up," Ann Lee said on Monday — “quietly”.\n'
RUSSIAN = "Переговоры\n\n«Мы не сдадимся», — сказала Анна Ли в понедельник.\n"
CHINESE = (
    "会谈恢复\n\n"
    "\u3000俄罗斯和美国官员周四在伊斯坦布尔举行新一轮会谈，旨在使两国关系正常化。"
    "克里姆林宫发言人表示，领土问题不容谈判。\n"
    "\u3000乌克兰总统承认，军队缺乏收复这些领土的资源，但他说，一些被占领的土地可以通过外交途径归还。\n"
    "\u3000分析人士认为，双方在短期内达成全面协议的可能性很小，但对话本身就是一个积极的信号。"
    "会议将于２０２５年三月继续举行。\n"
)


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read(tmp_path: Path, encoding: str) -> None:
    path = tmp_path / "talks.txt"
    path.write_bytes(ENGLISH.encode(encoding))
    article = read_article(path)
    assert article.text == ENGLISH and article.title == "Talks resume"
    assert article.encoding == encoding
    assert article.notes == (f"no byte-order mark: read as UTF-16 {encoding[-2:].upper()}",)
    quotes = extract(article).quotes
    assert quotes[0].text == "We will not give up" and quotes[0].speaker == "Ann Lee"


@pytest.mark.parametrize("text", [RUSSIAN, CHINESE, ENGLISH[:14]])
@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_of_any_script_is_told_by_its_high_bytes(text: str, encoding: str) -> None:
    decoded = decode(text.encode(encoding))
    assert (decoded.text, decoded.encoding) == (text, encoding)


def test_utf16_that_does_not_decode_is_called_what_it_is() -> None:
    broken = ENGLISH.encode("utf-16-le") + b"\x00\xd8" + "more".encode("utf-16-le")
    with pytest.raises(ArticleError, match="looks like UTF-16 LE text without a byte-order mark"):
        decode(broken)


@pytest.mark.parametrize("encoding", ["utf-32-le", "utf-32-be"])
def test_utf32_with_a_byte_order_mark_is_read(encoding: str) -> None:
    mark = codecs.BOM_UTF32_LE if encoding.endswith("le") else codecs.BOM_UTF32_BE
    decoded = decode(mark + ENGLISH.encode(encoding))
    assert decoded.text == ENGLISH


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # every byte on either side
        ENGLISH.encode() * 3 + b"\x00" + ENGLISH.encode() * 3,  # UTF-8 with a stray NUL
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00\x00\x00\x01\x00\x08\x06",
    ],
)
def test_data_with_nul_bytes_is_still_binary(data: bytes) -> None:
    with pytest.raises(ArticleError, match="binary file"):
        decode(data)
