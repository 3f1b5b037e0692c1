"""How fast articles are read: the seed, the corpus when present, and a 20 MB article.

Run: python benchmarks/ingest.py   (prints figures; asserts nothing)
"""

from __future__ import annotations

import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.ingest import read_article  # noqa: E402

CORPUS = ROOT.parent / "shared" / "corpus" / "polnear"


def _time(label: str, paths: list[Path], repeat: int = 1) -> None:
    started = time.perf_counter()
    for _ in range(repeat):
        for path in paths:
            read_article(path)
    elapsed = time.perf_counter() - started
    count = len(paths) * repeat
    print(f"{label}: {count} reads in {elapsed:.3f} s, {count / elapsed:,.0f} articles/s")


def main() -> None:
    seed = ROOT / "seeds" / "000_572b1c191c9ff9ee.txt"
    _time("seed", [seed], repeat=500)
    corpus = sorted(CORPUS.glob("*/text/*.txt"))
    if corpus:
        _time("corpus", corpus, repeat=3)
    paragraph = ("The committee met again on Monday and heard from witnesses. " * 6).strip()
    body = "\n\n".join(f'{paragraph} "Quote {n}," said Witness {n}.' for n in range(53_000))
    with tempfile.TemporaryDirectory() as folder:
        huge = Path(folder) / "huge.txt"
        huge.write_text("Huge article\n\n" + body + "\n", encoding="utf-8")
        size = huge.stat().st_size / 1_048_576
        started = time.perf_counter()
        article = read_article(huge)
        elapsed = time.perf_counter() - started
        tracemalloc.start()
        read_article(huge)
        peak = tracemalloc.get_traced_memory()[1] / 1_048_576
        tracemalloc.stop()
        print(
            f"huge: {size:.1f} MB, {len(article.paragraphs):,} paragraphs read in {elapsed:.2f} s,"
            f" peak {peak:.0f} MB traced (in a second, traced read)"
        )


if __name__ == "__main__":
    main()
