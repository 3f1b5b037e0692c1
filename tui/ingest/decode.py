"""Turning a file's bytes into text, or into a clear reason why it is not an article."""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

# Far above any news article; a larger file is refused rather than read into memory.
MAX_BYTES = 64 * 1024 * 1024

# Share of control characters (other than tab and line ends) above which text is taken for data.
_CONTROL_SHARE_LIMIT = 0.05
_SAMPLE = 64 * 1024
# UTF-16 without a byte-order mark shows in its byte pairs: the high bytes of a text's
# characters come from the few blocks of its script (00 for Latin letters, spaces, digits and
# line ends; 04 for Cyrillic; a hundred for Chinese), the low bytes from anywhere. Binary data
# and UTF-8 text with a stray NUL vary about as much on either side (at least 0.78 as much in
# every file of the corpus).
_HIGH_BYTES_SHARE = 0.6


class ArticleError(Exception):
    """A file that cannot be read as an article; the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class Decoded:
    """A file's text and how it was decoded."""

    text: str
    encoding: str
    notes: tuple[str, ...] = ()


def check_size(size: int) -> None:
    """Raise ``ArticleError`` if ``size`` bytes is more than any article holds."""
    if size > MAX_BYTES:
        raise ArticleError(
            f"too large to be an article ({size / 1_048_576:.0f} MB; the limit is "
            f"{MAX_BYTES // 1_048_576} MB)"
        )


def decode(data: bytes) -> Decoded:
    """Decode ``data`` as UTF-8 (BOM or not), UTF-16 or UTF-32 with a BOM, UTF-16 without one
    (told by its byte pairs), or else Windows-1252."""
    check_size(len(data))
    if not data.strip():
        raise ArticleError("empty file" if not data else "the file holds only white space")
    # UTF-32's little-endian mark begins with UTF-16's: it is looked for first.
    for marks, encoding in (
        ((codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE), "utf-32"),
        ((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE), "utf-16"),
    ):
        if data.startswith(marks):
            try:
                return _checked(data.decode(encoding), encoding)
            except UnicodeDecodeError:
                raise ArticleError(
                    f"not valid {encoding.upper()} text despite its byte-order mark"
                ) from None
    if b"\x00" in data[:_SAMPLE]:
        return _utf16_without_mark(data)
    try:
        return _checked(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError("not text: neither UTF-8 nor Windows-1252 decodes it") from None
    return _checked(text, "cp1252", ("not UTF-8: read as Windows-1252",))


def _utf16_without_mark(data: bytes) -> Decoded:
    """``data``, which holds NUL bytes, read as UTF-16 without a byte-order mark if its byte
    pairs say it is that; else the reason it is not text."""
    sample = data[:_SAMPLE]
    first, second = len(set(sample[0::2])), len(set(sample[1::2]))
    # Little-endian puts the high byte second.
    for high, low, encoding, name in (
        (second, first, "utf-16-le", "UTF-16 LE"),
        (first, second, "utf-16-be", "UTF-16 BE"),
    ):
        if high <= _HIGH_BYTES_SHARE * low:
            try:
                text = data.decode(encoding)
            except UnicodeDecodeError:
                raise ArticleError(
                    f"looks like {name} text without a byte-order mark, but does not decode as it"
                ) from None
            return _checked(text, encoding, (f"no byte-order mark: read as {name}",))
    raise ArticleError("binary file (it holds NUL bytes), not text")


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")


def _checked(text: str, encoding: str, notes: tuple[str, ...] = ()) -> Decoded:
    """Refuse decoded text that is mostly control characters: that is data, not an article."""
    sample = text[:_SAMPLE]
    controls = len(_CONTROL.findall(sample))
    if controls > _CONTROL_SHARE_LIMIT * len(sample):
        raise ArticleError("binary file (mostly control characters), not text")
    if not text.strip():
        raise ArticleError("the file holds only white space")
    return Decoded(text, encoding, notes)
