"""Keeping article text from ever reaching a terminal as control codes.

Each control character is replaced by one visible character (its Unicode "control picture", or
the replacement character), so lengths and therefore offsets stay the same.
"""

from __future__ import annotations

# C0 controls become U+2400..U+241F, DEL becomes U+2421; C1 controls and the bidirectional
# overrides, which can reorder what a terminal shows, become U+FFFD.
_PICTURES = {code: 0x2400 + code for code in range(0x20) if chr(code) not in "\n\t"}
_PICTURES[0x7F] = 0x2421
_PICTURES.update({code: 0xFFFD for code in range(0x80, 0xA0)})
_PICTURES.update({code: 0xFFFD for code in (*range(0x202A, 0x202F), *range(0x2066, 0x206A))})


def printable(text: str) -> str:
    """``text`` with every control character shown as a visible stand-in of the same length."""
    return text.translate(_PICTURES)


# The same characters as JSON escapes, which any JSON reader turns back into the characters.
_JSON_ESCAPES = {code: f"\\u{code:04x}" for code in _PICTURES}


def json_printable(json_text: str) -> str:
    """``json_text`` with every control character written as its ``\\uXXXX`` escape: the same
    JSON value, safe to show. ``json.dumps`` escapes C0 controls itself, but not DEL, the C1
    controls or the bidirectional overrides."""
    return json_text.translate(_JSON_ESCAPES)


def one_line(text: str) -> str:
    """``printable`` text on a single line, for messages and table cells."""
    return printable(text).replace("\n", " ").replace("\t", " ")
