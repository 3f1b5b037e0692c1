"""Small libraries of articles written for the index's tests (never copied from the corpus)."""

from __future__ import annotations

from pathlib import Path

ARTICLES = {
    "geneva.txt": (
        "Talks resume in Geneva\n\nAFP March 3, 2025\n\n"
        'GENEVA: "We will keep talking about the water rules," Mayor Ann Lee said on Tuesday.\n\n'
        '"Nothing is agreed yet," said Dmitry Peskov, the Kremlin spokesman.\n'
    ),
    "kursk.txt": (
        "Fighting goes on near Kursk\n\nReuters April 9, 2025\n\n"
        "KYIV: Ukrainian troops still hold part of the Kursk region of Russia, and Russian "
        "forces control most of Donetsk.\n\n"
        '"We will not leave Kursk," Colonel Ivan Petrenko said on Tuesday.\n\n'
        '"The talks can wait," said Dmitry Peskov, the Kremlin spokesman.\n'
    ),
    "harbour.txt": (
        "A new harbour for Lisbon\n\n"
        '"The harbour opens in May," Mayor Ann Lee said, "and the ferries come back."\n'
    ),
}


def write_library(folder: Path, articles: dict[str, str] | None = None) -> list[Path]:
    """Write the articles into ``folder``; their paths, sorted."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in (articles or ARTICLES).items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(folder.glob("*.txt"))


def many_articles(folder: Path, count: int, paragraphs: int = 12) -> list[Path]:
    """``count`` articles of ``paragraphs`` quoted paragraphs each."""
    folder.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        body = "\n\n".join(
            f'"Point {point} of talk {number} stands firm," Mayor Ann Lee said in Lisbon.'
            for point in range(paragraphs)
        )
        (folder / f"{number:04}.txt").write_text(f"Talk {number}\n\n{body}\n", encoding="utf-8")
    return sorted(folder.glob("*.txt"))
