"""How fast quotes, speakers, entities and territories are extracted.

Run: python benchmarks/extract.py   (prints figures; asserts nothing)

Reads the PolNeAR corpus from ../shared/corpus when it is there, else the seed articles many
times over. Figures: start-up (importing the readers and the rules, loading the gazetteer),
articles a second on one core over the whole set (reading included and excluded), the share
of that time the groundwork every rule stands on takes, and the peak memory of one pass; then
the same with the names model (the default of `extract`): its import and load time and the
memory it adds, articles a second, and how much of the text it reads.
"""

from __future__ import annotations

import os
import resource
import subprocess
import sys
import time
import tracemalloc
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from tui.model import Article

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus" / "polnear"
sys.path.insert(0, str(ROOT))

_STARTUP = """
import time
started = time.perf_counter()
import tui.ingest
read = time.perf_counter()
from tui.extract import extract, ner, places
rules = time.perf_counter()
ner.set_enabled(False)  # the rules' start-up; the model's is measured apart
places.lookup("Kyiv"), places.country_name("UA")
gazetteer = time.perf_counter()
extract(tui.ingest.parse_article("warm.txt", "Title\\n\\n\\"Hello,\\" said Ann Lee in Kyiv.\\n"))
first = time.perf_counter()
print(*((end - begin) * 1000 for begin, end in
        ((started, read), (read, rules), (rules, gazetteer), (gazetteer, first))))
"""


def _startup() -> list[float]:
    """Start-up figures in a fresh interpreter, in milliseconds: importing the file readers,
    importing the extraction rules (compiling their patterns and word lists), loading the
    gazetteer, and extracting a first short article. Python's bytecode cache is allowed, as
    an installed package has it."""
    environment = dict(os.environ)
    environment.pop("PYTHONDONTWRITEBYTECODE", None)
    command = [sys.executable, "-c", _STARTUP]
    subprocess.run(command, capture_output=True, cwd=ROOT, env=environment, check=True)
    runs = [
        [
            float(figure)
            for figure in subprocess.run(
                command, capture_output=True, text=True, cwd=ROOT, env=environment, check=True
            ).stdout.split()
        ]
        for _ in range(5)
    ]
    return [min(run[column] for run in runs) for column in range(4)]


_MODEL = """
import resource, time
from tui.extract import ner
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.perf_counter()
ner.load()
print((time.perf_counter() - started) * 1000,
      (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before) / 1024)
"""


def _model_load() -> tuple[float, float]:
    """Milliseconds to import spaCy and load the names model in a fresh interpreter, and the
    megabytes of resident memory it adds; best of three."""
    runs = [
        [
            float(figure)
            for figure in subprocess.run(
                [sys.executable, "-c", _MODEL], capture_output=True, text=True, cwd=ROOT, check=True
            ).stdout.split()
        ]
        for _ in range(3)
    ]
    return min(run[0] for run in runs), min(run[1] for run in runs)


def _with_model(articles: list[Article]) -> None:
    """Articles a second with the names model (loaded beforehand), each run reading afresh
    (the sentences read are otherwise remembered); and the share of the text it reads."""
    from tui.extract import extract, ner, quotes_and_tokens

    ner.set_enabled(True)
    ner.load()
    best = float("inf")
    for _ in range(3):
        ner.forget_readings()
        started = time.process_time()
        for article in articles:
            extract(article)
        best = min(best, time.process_time() - started)
    read = total = 0
    for article in articles:
        _, tokens = quotes_and_tokens(article.paragraphs)
        names = ner.read_names(tokens, [paragraph.text for paragraph in article.paragraphs])
        assert names is not None
        read += sum(end - start for spans in names.read for start, end in spans)
        total += sum(len(paragraph.text) for paragraph in article.paragraphs)
    print(
        f"extract with the names model (the default): {len(articles) / best:,.0f} articles/s, "
        f"{best / len(articles) * 1000:.1f} ms of CPU an article (best of 3, one core); "
        f"the model reads {read / total:.0%} of the text"
    )


def main() -> None:
    from tui.extract import extract, ner
    from tui.ingest import read_article

    loading, memory = _model_load()
    ner.set_enabled(False)  # the rules alone first: extract --rules-only

    reading, rules, gazetteer, first = _startup()
    print(
        f"start-up, best of 5: file readers {reading:.0f} ms; extraction rules and word lists "
        f"{rules:.0f} ms; gazetteer {gazetteer:.0f} ms; first article {first:.0f} ms"
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

    groundwork = min(_groundwork(articles) for _ in range(3))

    tracemalloc.start()
    for article in articles:
        extract(article)
    peak = tracemalloc.get_traced_memory()[1] / 1_048_576
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024

    print(
        f"{label}: {len(articles)} articles, {characters / 1e6:.1f} M characters, {quotes} quotes"
    )
    print("rules alone (extract --rules-only):")
    print(f"read and extract: {len(paths) / with_reading:,.0f} articles/s")
    print(
        f"extract only:     {len(articles) / best:,.0f} articles/s, "
        f"{characters / best / 1e6:.2f} M characters/s (best of 3, one core)"
    )
    print(
        f"groundwork alone (quotes found, paragraphs tokenised, capitalised runs): "
        f"{groundwork * 1000:.0f} ms, {groundwork / best:.0%} of extraction; at 300 articles/s "
        f"it would be {groundwork / (len(articles) / 300):.0%} of the time"
    )
    print(f"peak memory: {peak:.1f} MB traced during extraction, {rss:.0f} MB resident at most")
    print(
        f"names model: import and load {loading:.0f} ms, {memory:.0f} MB resident more "
        "(once a process)"
    )
    _with_model(articles)


def _groundwork(articles: list[Article]) -> float:
    """Seconds for what every rule stands on: finding the quotes, tokenising each paragraph
    and finding its capitalised runs. What is left of a time budget after it is what the
    speaker, entity and territory rules may take."""
    from tui.extract import quotes_and_tokens
    from tui.extract.people import capital_runs

    started = time.perf_counter()
    for article in articles:
        for tokens in quotes_and_tokens(article.paragraphs)[1]:
            capital_runs(tokens)
    return time.perf_counter() - started


if __name__ == "__main__":
    main()
