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
    """Decode ``data`` as UTF-8 (BOM or not), UTF-16 with a BOM, or else Windows-1252."""
    check_size(len(data))
    if not data.strip():
        raise ArticleError("empty file" if not data else "the file holds only white space")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return _checked(data.decode("utf-16"), "utf-16")
        except UnicodeDecodeError:
            raise ArticleError("not valid UTF-16 text despite its byte-order mark") from None
    if b"\x00" in data[:_SAMPLE]:
        raise ArticleError("binary file (it holds NUL bytes), not text")
    try:
        return _checked(data.decode("utf-8-sig"), "utf-8")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        raise ArticleError("not text: neither UTF-8 nor Windows-1252 decodes it") from None
    return _checked(text, "cp1252", ("not UTF-8: read as Windows-1252",))


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
