"""Whether extraction time grows in proportion to the text, however the text is shaped.

Run: python benchmarks/linear.py [KB ...]   (prints figures; asserts nothing)

A paragraph of 25, 50, 100 and 200 KB (or the sizes given) in each of the shapes hostile or
careless copy takes: quotes packed one after another, a Q&A transcript pasted as one paragraph,
attributed quotes with names and pronouns, titles and places of two meanings, organisations
and the documents they speak by, speech words before a paragraph that is only a quote, and a
long article of ordinary paragraphs. For each: the best time of a few runs, and the ratio to
the size before it; a ratio near 2 is linear, near 4 is quadratic.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from itertools import count
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SIZES_KB = (25, 50, 100, 200)


def _fill(size: int, piece: Callable[[int], str], separator: str = " ") -> str:
    """Pieces ``piece(0), piece(1)...`` joined until the text holds ``size`` characters."""
    parts: list[str] = []
    total = 0
    for number in count():
        part = piece(number)
        parts.append(part)
        total += len(part) + len(separator)
        if total >= size:
            return separator.join(parts)
    raise AssertionError("unreachable")


def quote_dense(size: int) -> str:
    """Short quotes one after another, nothing between them (chants, a list of slogans)."""
    return _fill(size, lambda number: f'"{"no" if number % 2 else "yes"}"')


def transcript(size: int) -> str:
    """A question-and-answer interview pasted as a single paragraph."""
    return _fill(
        size,
        lambda number: f'Q: "Did you know about meeting {number}?" A: "No, I did not."',
    )


def attributed(size: int) -> str:
    """Quotes with their cues, names, roles and pronouns, in one long paragraph."""
    names = ("Jane Doe", "Tom Reyes", "Amira Haddad", "Piotr Nowak", "Lena Brandt")
    return _fill(
        size,
        lambda number: (
            f'"We will finish the bridge by spring {number}," said {names[number % 5]}, '
            f'the city\'s transport chief. She added: "Nobody will be left waiting." '
            f'{names[(number + 2) % 5].split()[1]} disagreed, calling it "a promise too far."'
        ),
    )


def titles_and_places(size: int) -> str:
    """Titles, abbreviations and places of two meanings listed together (Georgia the country
    or the state), as in a roll call."""
    return _fill(
        size,
        lambda number: (
            f"Sen. Amira Haddad (D-Ga.) of Atlanta, Georgia, met Mr. Nowak of Tbilisi, Georgia, "
            f"and envoys of Ukraine, Moldova and Armenia on day {number}."
        ),
    )


def organisations(size: int) -> str:
    """Organisations and their documents speaking ("it said"), one sentence after another."""
    return _fill(
        size,
        lambda number: (
            f'The ministry said "no {number}." Its statement added "not yet," it said. '
            'The Kremlin said "maybe."'
        ),
    )


def reported_speech(size: int) -> str:
    """A paragraph of speech words with no subject to read, then a quote alone in its
    paragraph, whose speaker is looked for among them."""
    return _fill(size, lambda number: f"reasons {number} says", separator=" ") + (
        '.\n\n"We will not give up."'
    )


def many_paragraphs(size: int) -> str:
    """An ordinary article of many short paragraphs, to show the whole text scales too."""
    return _fill(
        size,
        lambda number: (
            f'"The vote in district {number} was close," said Mayor Ruth Okafor of Dayton. '
            "Officials in Kyiv and Warsaw met on Monday, according to the ministry."
        ),
        separator="\n\n",
    )


SHAPES = {
    "quote-dense paragraph": quote_dense,
    "Q&A transcript paragraph": transcript,
    "attributed quotes paragraph": attributed,
    "titles and places paragraph": titles_and_places,
    "organisations paragraph": organisations,
    "reported speech paragraph": reported_speech,
    "article of short paragraphs": many_paragraphs,
}


def _seconds(text: str, runs: int) -> float:
    """The best time of ``runs`` extractions of ``text`` (parsing the layout included)."""
    from tui.extract import extract
    from tui.ingest import parse_article

    best = float("inf")
    for _ in range(runs):
        started = time.perf_counter()
        extract(parse_article("benchmark.txt", "Headline\n\n" + text))
        best = min(best, time.perf_counter() - started)
    return best


def main(arguments: list[str]) -> None:
    sizes = tuple(int(argument) for argument in arguments) or SIZES_KB
    _seconds('A warm-up, "to load the word lists," said Ann Lee in Kyiv.', 1)
    for label, shape in SHAPES.items():
        figures: list[str] = []
        previous: float | None = None
        for size in sizes:
            seconds = _seconds(shape(size * 1024), runs=3 if size <= 100 else 2)
            ratio = f" (x{seconds / previous:.1f})" if previous else ""
            figures.append(f"{size} KB {seconds:.2f} s{ratio}")
            previous = seconds
        print(f"{label:30} " + ", ".join(figures), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
