"""How fast the reader shows its first full frame and walks quotes, headless.

Run: python benchmarks/reader.py   (prints figures; asserts nothing)

Figures (best of seven runs, in milliseconds): the seeds against a bare Textual app that shows
the same article text in one widget; the reader's screen with no article in it, which is what
its widgets cost before any article is shown; a library of 1,000 articles; one article of
2,000 paragraphs; and one `n` step. Then, in fresh interpreters and a fresh index (so that the
seed's names come from the names model's own process, started for it), the time from start to
the first frame and to the model's names on screen.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from textual.app import App, ComposeResult  # noqa: E402
from textual.containers import VerticalScroll  # noqa: E402
from textual.widgets import Static  # noqa: E402

import tui.screens.reader as reader_module  # noqa: E402
from tui.app import QuotelensApp  # noqa: E402
from tui.extract import ner  # noqa: E402
from tui.library import open_library  # noqa: E402
from tui.screens.reader import ReaderScreen  # noqa: E402
from tui.state import StateStore  # noqa: E402

SEED = ROOT / "seeds" / "000_572b1c191c9ff9ee.txt"
_RUNS = 7
SIZE = (140, 40)


class BareApp(App[None]):
    """The baseline: the article's text in one Static, nothing else."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def compose(self) -> ComposeResult:
        with VerticalScroll():
            yield Static(self.text, markup=False)


async def _first_frame(make_app) -> float:  # noqa: ANN001
    started = time.perf_counter()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        return (time.perf_counter() - started) * 1000


async def _n_step(paths: list[Path], state: Path) -> float:
    """The work of one `n`: the action, then drawing every line of the pane afresh (the
    Pilot's own round trip, about 100 ms here whatever the key, is left out)."""
    app = QuotelensApp(open_library(paths), StateStore(state))
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        screen = app.screen
        view = screen.query_one("ArticleView")
        steps = []
        for _ in range(8):
            started = time.perf_counter()
            screen.action_next_quote()
            for y in range(view.size.height):
                view.render_line(y)
            steps.append((time.perf_counter() - started) * 1000)
            await pilot.pause()
        return min(steps)


_NAMES = """
import asyncio, sys, tempfile, time
started = time.perf_counter()
from pathlib import Path
from tui.app import QuotelensApp
from tui.library import open_library
from tui.state import StateStore

async def main():
    app = QuotelensApp(open_library([sys.argv[1]]), StateStore(Path(tempfile.mkdtemp()) / "s"))
    async with app.run_test(size=(140, 40)) as pilot:
        await pilot.pause()
        first = time.perf_counter()
        screen = app.screen
        while screen.library.entries.awaiting_names(screen.index):
            await asyncio.sleep(0.01)
        await pilot.pause()
        names = time.perf_counter()
        print((first - started) * 1000, (names - started) * 1000)

if __name__ == "__main__":
    asyncio.run(main())
"""


def _first_frame_and_names() -> tuple[float, float]:
    """Milliseconds from a fresh start (imports included) to the reader's first frame on the
    seeds, and to the model's names shown; best of three."""
    runs = [
        [
            float(figure)
            for figure in subprocess.run(
                [sys.executable, "-c", _NAMES, str(ROOT / "seeds")],
                env=dict(os.environ, XDG_CACHE_HOME=tempfile.mkdtemp()),
                capture_output=True,
                text=True,
                cwd=ROOT,
                check=True,
            ).stdout.split()
        ]
        for _ in range(3)
    ]
    return min(run[0] for run in runs), min(run[1] for run in runs)


def best(runs: int, measure) -> float:  # noqa: ANN001
    return min(asyncio.run(measure()) for _ in range(runs))


def without_background_work() -> None:
    """Keep the work the reader defers until after its first frame (reading the other articles,
    extracting a long one) out of the first-frame figure: the Pilot's pause would wait for it
    though the frame is already drawn."""
    reader_module._READ_THE_REST_AFTER = 3600
    ReaderScreen._extract_open = lambda self, index, quote: None  # type: ignore[method-assign]


def main() -> None:
    first, names = _first_frame_and_names()
    # The figures below are of the reader alone: the model, loaded once, stays out of them.
    ner.set_enabled(False)
    with tempfile.TemporaryDirectory() as folder:
        base = Path(folder)
        state = base / "state.json"
        seed_text = SEED.read_text(encoding="utf-8")
        library = base / "library"
        library.mkdir()
        for number in range(1000):
            (library / f"{number:04}.txt").write_text(
                seed_text.replace("Thursday", f"day {number}"), encoding="utf-8"
            )
        paragraph = '"We will keep working on this," Mayor Ann Lee said on Tuesday in Kyiv.'
        long_article = base / "long.txt"
        long_article.write_text(
            "A long article\n\n" + "\n\n".join(f"{paragraph} ({n})" for n in range(2000)) + "\n",
            encoding="utf-8",
        )

        empty = base / "empty"
        empty.mkdir()

        def reader(paths: list[Path]):  # noqa: ANN202
            return lambda: QuotelensApp(open_library(paths), StateStore(state))

        step = best(2, lambda: _n_step([ROOT / "seeds"], state))
        long_step = best(2, lambda: _n_step([long_article], state))
        without_background_work()
        # Best of several runs, taken in turn so that a slow spell of a shared machine falls
        # on all of them alike.
        bare = screen = seeds = thousand = long = float("inf")
        for _ in range(_RUNS):
            bare = min(bare, best(1, lambda: _first_frame(lambda: BareApp(seed_text))))
            screen = min(screen, best(1, lambda: _first_frame(reader([empty]))))
            seeds = min(seeds, best(1, lambda: _first_frame(reader([ROOT / "seeds"]))))
            thousand = min(thousand, best(1, lambda: _first_frame(reader([library]))))
            long = min(long, best(1, lambda: _first_frame(reader([long_article]))))

    print(f"first full frame, bare Textual app with the seed text: {bare:6.0f} ms")
    print(
        f"first full frame, quotelens on the seeds:             {seeds:6.0f} ms "
        f"({seeds / bare:.2f} x bare)"
    )
    print(
        f"first full frame, quotelens with no article at all:   {screen:6.0f} ms "
        f"({screen / bare:.2f} x bare: the screen's own widgets)"
    )
    print(
        f"first full frame, library of 1,000 articles:           {thousand:6.0f} ms "
        f"({thousand / seeds:.2f} x seeds)"
    )
    print(
        f"first full frame, one article of 2,000 paragraphs:     {long:6.0f} ms "
        f"({long / seeds:.2f} x seeds)"
    )
    print(f"one n step (seed): {step:.1f} ms; (2,000 paragraphs): {long_step:.1f} ms")
    print(
        f"fresh start to first frame (seeds, rules' names): {first:6.0f} ms; "
        f"to the names model's names on screen: {names:6.0f} ms"
    )


if __name__ == "__main__":
    main()
