"""Decoding a page's bytes by the character set it declares (HTTP header or ``<meta>``)."""

from __future__ import annotations

import codecs
import re

from tui.ingest.decode import MAX_BYTES, ArticleError, Decoded, decode

_META_CHARSET = re.compile(
    rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.IGNORECASE
)
# Browsers read pages labelled Latin-1 or ASCII as Windows-1252 (the WHATWG encoding standard).
_AS_BROWSERS_DO = {"iso-8859-1": "cp1252", "latin-1": "cp1252", "ascii": "cp1252"}


def declared_charset(data: bytes, header: str | None = None) -> str | None:
    """The codec a page declares: the HTTP ``Content-Type`` charset, else its ``<meta>``."""
    for found in (
        re.search(r"charset\s*=\s*[\"']?([\w.:-]+)", header or "", re.IGNORECASE),
        _META_CHARSET.search(data[:4096]),
    ):
        if found:
            name = found.group(1)
            name = name.decode("ascii", "replace") if isinstance(name, bytes) else name
            try:
                codec = codecs.lookup(name.strip()).name
            except LookupError:
                continue
            return _AS_BROWSERS_DO.get(codec, codec)
    return None


def decode_page(data: bytes, header: str | None = None) -> Decoded:
    """The page's text: a byte-order mark wins, then the declared charset, then UTF-8 or
    Windows-1252 as for any article; bytes the charset cannot read become U+FFFD."""
    charset = declared_charset(data, header)
    if (
        charset is None
        or charset.startswith(("utf-8", "utf-16"))
        or data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    ):
        return decode(data)
    if not data.isascii() and _is_utf8(data):
        # Text in another charset is almost never valid UTF-8 by chance: a page that is valid
        # UTF-8 is UTF-8, whatever its label says (a template's stale "iso-8859-1").
        return decode(data)
    # The same refusals as any article (empty, binary, too large), read on the page's start.
    decode(data[:65536] if len(data) <= MAX_BYTES else data)
    text = data.decode(charset, errors="replace")
    notes = ("some bytes are not valid in the page's charset",) if "\ufffd" in text else ()
    if not text.strip():
        raise ArticleError("the page holds only white space")
    return Decoded(text, charset, notes)


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True
