"""Extraction three ways on this machine: one core, `--jobs 2`, and a local Dask cluster of two
worker processes, in one run on the same articles.

Run: python benchmarks/cluster.py [--articles N] [--rows] [--rounds R]   (prints figures;
asserts nothing; needs 'quotelens[cluster]', whose psutil samples the processes)

Builds N articles (10,000 unless told) by copying the corpus's articles
(../shared/corpus/polnear/*/text/*.txt and ggt/text) under new names into a temporary folder
(the seed articles, when the corpus is not there), then runs `quotelens extract FOLDER
--format jsonl --output FILE` each way in a subprocess and prints, for each: articles a second
(the whole command, start-up and, for the cluster, starting it included), the speed-up over one
core, the peak memory (the largest sum of the resident memory of the command's process tree:
the pool's workers; the cluster's scheduler, nannies and workers; sampled every 0.1 s, pages
shared between processes counted in each), the processor time the tree used an article, and
what the rate would be if the cores were the command's own (its processor time spread over the
cores, never faster than its busiest process): on a shared machine the rates move with what
else runs (the load average is printed beside them), that last figure much less. With --rows,
a fourth run gives the cluster the same articles as JSON lines rows and writes Parquet; with
--rounds R, the ways are run in turn R times and each one's fastest run counts.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"
# A local cluster started and stopped as extract does; prints when it was ready and stopped.
_START_AND_STOP = """
import json, sys, time
started = time.perf_counter()
from tui.batch.cluster import cluster_client
with cluster_client("local:2", print, rules_only=sys.argv[1] == "rules"):
    ready = time.perf_counter()
print(json.dumps({"ready": ready - started, "stopped": time.perf_counter() - ready}))
"""


def corpus_articles() -> list[Path]:
    """The articles copies are made of: the corpus's, else the seeds."""
    found = sorted(CORPUS.glob("polnear/*/text/*.txt")) + sorted(CORPUS.glob("ggt/text/*.txt"))
    return found or sorted((ROOT / "seeds").glob("*.txt"))


def build_folder(folder: Path, count: int) -> None:
    """``count`` articles in ``folder``, the corpus's copied round under new names."""
    sources = corpus_articles()
    for number in range(count):
        source = sources[number % len(sources)]
        shutil.copyfile(source, folder / f"{number:05}_{source.name}")


def build_rows(folder: Path, rows: Path) -> None:
    """The same articles as JSON lines rows: the first line the title, the rest the text."""
    with rows.open("w", encoding="utf-8") as out:
        for path in sorted(folder.iterdir()):
            title, _, text = path.read_text(encoding="utf-8", errors="replace").partition("\n")
            out.write(json.dumps({"id": path.stem, "title": title.strip(), "text": text}) + "\n")


@dataclass(frozen=True)
class Run:
    """One command timed: seconds, the process tree's peak resident memory (MB), and the
    processor seconds of the whole tree, of its busiest process and of its first (which writes
    the output and, for a local cluster, runs the scheduler), and what it printed."""

    seconds: float
    peak: float
    processor: float
    busiest: float
    first: float
    printed: str = ""

    def bound(self, articles: int, cores: int) -> float:
        """Articles a second if the machine's cores were the command's alone: the work spread
        over the cores, but never faster than its busiest process."""
        return articles / max(self.processor / cores, self.busiest)


def measure(command: list[str]) -> Run:
    """Run ``command``, sampling its process tree every 0.1 s."""
    peak = 0
    used: dict[int, float] = {}
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finished = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not finished.is_set():
            total = 0
            try:
                tree = [process, *process.children(recursive=True)]
            except psutil.Error:
                break
            for member in tree:
                with contextlib.suppress(psutil.Error), member.oneshot():  # it may have ended
                    total += member.memory_info().rss
                    times = member.cpu_times()
                    used[member.pid] = times.user + times.system
            peak = max(peak, total)
            finished.wait(0.1)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    output, errors = process.communicate()
    seconds = time.perf_counter() - started
    finished.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{errors.decode()[-2000:]}")
    return Run(
        seconds,
        peak / 1_048_576,
        sum(used.values()),
        max(used.values(), default=0.0),
        used.get(process.pid, 0.0),
        output.decode(),
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles (10,000)")
    parser.add_argument("--rows", action="store_true", help="also: JSON lines rows to Parquet")
    parser.add_argument(
        "--rounds", type=int, default=1, help="run the ways in turn this often; the best counts"
    )
    parser.add_argument(
        "--names-model",
        action="store_true",
        help="extract with the names model too (the default for extract; here, corpus scale "
        "is measured as such runs are made: --rules-only)",
    )
    options = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    extract = [sys.executable, "-m", "tui", "extract"]
    if not options.names_model:
        extract.append("--rules-only")
    with tempfile.TemporaryDirectory(prefix="quotelens-cluster-") as temporary:
        work = Path(temporary)
        folder = work / "articles"
        folder.mkdir()
        build_folder(folder, options.articles)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1_048_576
        label = "corpus" if CORPUS.is_dir() else "seed articles, repeated"
        print(
            f"{options.articles:,} articles ({size:.0f} MB, copies of the {label}) on {cores} "
            f"cores; quotelens extract {' '.join(extract[4:])} FOLDER --format jsonl "
            f"--output FILE; best of "
            f"{options.rounds}, the ways taken in turn"
        )
        out = ["--format", "jsonl", "--output", str(work / "out.jsonl")]
        tables = work / "tables"
        ways = {
            "one core (--jobs 1)": [*extract, str(folder), *out, "--jobs", "1"],
            "--jobs 2": [*extract, str(folder), *out, "--jobs", "2"],
            "Dask, --cluster local:2": [*extract, str(folder), *out, "--cluster", "local:2"],
        }
        if options.rows:
            rows = work / "rows.jsonl"
            build_rows(folder, rows)
            ways["Dask, JSON lines to Parquet"] = [
                *extract,
                *("--input-format", "jsonl", str(rows)),
                *("--format", "parquet", "--output", str(tables)),
                *("--cluster", "local:2"),
            ]
        best: dict[str, tuple[Run, float, float]] = {}
        for _ in range(options.rounds):
            for name, command in ways.items():
                shutil.rmtree(tables, ignore_errors=True)
                load = os.getloadavg()[0]
                run = measure(command)
                if name not in best or run.seconds < best[name][0].seconds:
                    best[name] = (run, load, os.getloadavg()[0])
        each = 1000 / options.articles
        one_core, _, _ = best["one core (--jobs 1)"]
        for name, (run, before, after) in best.items():
            rate = options.articles / run.seconds
            bound = run.bound(options.articles, cores)
            print(
                f"{name:<28} {rate:6.1f} articles/s {one_core.seconds / run.seconds:5.2f}x one "
                f"core  peak {run.peak:4.0f} MB  CPU an article {run.processor * each:4.1f} ms "
                f"(command {run.first * each:3.1f}, workers "
                f"{(run.processor - run.first) * each:4.1f})  {run.seconds:5.1f} s, load "
                f"{before:.1f} before, {after:.1f} after; cores its own: "
                f"{bound:5.1f}/s {bound / one_core.bound(options.articles, cores):4.2f}x"
            )
    start_up(options.names_model)


def start_up(names_model: bool) -> None:
    """Print how long a local cluster of 2 takes to start (ready to extract) and to stop."""
    load = os.getloadavg()[0]
    script = [sys.executable, "-c", _START_AND_STOP, "model" if names_model else "rules"]
    run = measure(script)
    times = json.loads(run.printed.splitlines()[-1])
    print(
        f"the local cluster alone: ready in {times['ready']:.1f} s (Python, Dask and the "
        f"rules loaded, 2 workers started and warmed), stopped in {times['stopped']:.1f} s; "
        f"{run.processor:.1f} s of CPU (command {run.first:.1f}), peak {run.peak:.0f} MB, "
        f"load {load:.1f}"
    )


if __name__ == "__main__":
    main()
