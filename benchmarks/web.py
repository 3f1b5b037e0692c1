"""Web pages: quotelens against trafilatura alone on the same saved pages, and the speed of both.

Usage: python benchmarks/web.py [SETDIR]   (default ../shared/corpus/web)

Runs ``quotelens extract --format jsonl`` over SETDIR's pages, and trafilatura alone (its own
text and metadata, as ``bare_extraction`` gives them) over the same pages, scores both with
``../shared/eval/score_web.py``, and prints the figures side by side with pages a second. Then
serves one page from a local HTTP server and times opening it by URL (fetch, keep, read).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SCORER = ROOT.parent / "shared" / "eval" / "score_web.py"


def score(predictions: Path, setdir: Path) -> dict:
    """The scorer's JSON line for ``predictions``."""
    done = subprocess.run(
        [sys.executable, str(SCORER), str(predictions), str(setdir)],
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def run_quotelens(pages: list[Path], out: Path) -> float:
    """Seconds ``quotelens extract --format jsonl`` takes over ``pages`` (in this process, so
    that start-up is not counted)."""
    from tui.export import render
    from tui.library import load_library

    started = time.perf_counter()
    library = load_library([str(page) for page in pages])
    out.write_text(render(library.entries, "jsonl"), encoding="utf-8")
    for failure in library.failures:
        print(f"  quotelens could not read {failure.path}: {failure.reason}")
    return time.perf_counter() - started


def time_reading(pages: list[Path]) -> float:
    """Seconds to read ``pages`` into articles (text and metadata), without finding quotes."""
    from tui.ingest import ArticleError, read_article

    started = time.perf_counter()
    for page in pages:
        with contextlib.suppress(ArticleError):
            read_article(page)
    return time.perf_counter() - started


def run_trafilatura(pages: list[Path], out: Path) -> float:
    """Seconds trafilatura alone takes over ``pages``, its text and metadata written."""
    import trafilatura

    started = time.perf_counter()
    with out.open("w", encoding="utf-8") as file:
        for page in pages:
            document = trafilatura.bare_extraction(
                page.read_text(encoding="utf-8", errors="replace"), with_metadata=True
            )
            record = {"file": page.name}
            if document is not None:
                record.update(
                    title=document.title,
                    author=document.author,
                    date=document.date,
                    body=document.text,
                )
            file.write(json.dumps(record, ensure_ascii=False) + "\n")
    return time.perf_counter() - started


def time_url(page: Path) -> float:
    """Seconds to open ``page`` by URL from a local server: fetch, keep and read it."""
    from tui.extract import extract
    from tui.pages import open_url

    quiet = type("Quiet", (SimpleHTTPRequestHandler,), {"log_message": lambda *args: None})
    handler = partial(quiet, directory=str(page.parent))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with tempfile.TemporaryDirectory() as data:
            os.environ["XDG_DATA_HOME"] = data
            url = f"http://127.0.0.1:{server.server_port}/{page.name}"
            started = time.perf_counter()
            _, article = open_url(url)
            extract(article)
            return time.perf_counter() - started
    finally:
        server.shutdown()


def main() -> None:
    setdir = Path(sys.argv[1] if len(sys.argv) > 1 else ROOT.parent / "shared/corpus/web")
    pages = sorted(setdir.glob("*.html"))
    with tempfile.TemporaryDirectory() as scratch:
        ours, theirs = Path(scratch, "quotelens.jsonl"), Path(scratch, "trafilatura.jsonl")
        ours_seconds = run_quotelens(pages, ours)
        theirs_seconds = run_trafilatura(pages, theirs)
        reading_seconds = time_reading(pages)
        ours_score, theirs_score = score(ours, setdir), score(theirs, setdir)
    print(f"{len(pages)} pages of {setdir}")
    print(f"{'':22}{'quotelens':>12}{'trafilatura':>14}")
    for key, name in (
        ("body_f1", "body word F1"),
        ("title", "title exact"),
        ("author", "author"),
        ("date", "date exact"),
    ):
        print(f"{name:22}{ours_score[key]:>12.3f}{theirs_score[key]:>14.3f}")
    print(
        f"{'pages a second':22}{len(pages) / ours_seconds:>12.1f}"
        f"{len(pages) / theirs_seconds:>14.1f}   (quotelens: read, then quotes and names found)"
    )
    print(f"{'pages a second, read':22}{len(pages) / reading_seconds:>12.1f}   (text and metadata)")
    url_seconds = time_url(pages[0])
    print(f"open a locally served URL (fetch, keep, read, extract): {url_seconds * 1000:.0f} ms")
    print(json.dumps({"quotelens": ours_score, "trafilatura": theirs_score}))


if __name__ == "__main__":
    main()
