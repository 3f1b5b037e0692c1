"""How fast quotes, speakers, entities and territories are extracted.

Run: python benchmarks/extract.py   (prints figures; asserts nothing)

Reads the PolNeAR corpus from ../shared/corpus when it is there, else the seed articles many
times over. Figures: start-up (importing the rules and loading the word lists and gazetteer),
articles a second on one core over the whole set (reading included and excluded), and the
peak memory of one pass.
"""

from __future__ import annotations

import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "polnear"
sys.path.insert(0, str(ROOT))

_STARTUP = """
import time
started = time.perf_counter()
from tui.extract import extract
from tui.ingest import parse_article
extract(parse_article("warm.txt", "Title\\n\\n\\"Hello,\\" said Ann Lee in Kyiv.\\n"))
print((time.perf_counter() - started) * 1000)
"""


def main() -> None:
    from tui.extract import extract
    from tui.ingest import read_article

    startup = [
        float(
            subprocess.run(
                [sys.executable, "-c", _STARTUP],
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            ).stdout
        )
        for _ in range(3)
    ]
    print(
        f"start-up (import rules, load word lists and gazetteer, first article): "
        f"{min(startup):.0f} ms (best of 3)"
    )

    paths = sorted(CORPUS.glob("*/text/*.txt")) or sorted((ROOT / "seeds").glob("*.txt")) * 200
    label = "PolNeAR corpus" if CORPUS.is_dir() else "seed articles, repeated"
    articles = [read_article(path) for path in paths]
    characters = sum(len(article.text) for article in articles)

    started = time.perf_counter()
    for path in paths:
        extract(read_article(path))
    with_reading = time.perf_counter() - started

    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        quotes = sum(len(extract(article).quotes) for article in articles)
        best = min(best, time.perf_counter() - started)

    tracemalloc.start()
    for article in articles:
        extract(article)
    peak = tracemalloc.get_traced_memory()[1] / 1_048_576
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"{label}: {len(articles)} articles, {characters / 1e6:.1f} M characters, {quotes} quotes"
    )
    print(f"read and extract: {len(paths) / with_reading:,.0f} articles/s")
    print(
        f"extract only:     {len(articles) / best:,.0f} articles/s, "
        f"{characters / best / 1e6:.2f} M characters/s (best of 3, one core)"
    )
    print(f"peak memory: {peak:.1f} MB traced during extraction, {rss:.0f} MB resident at most")


if __name__ == "__main__":
    main()
