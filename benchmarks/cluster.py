"""Extraction three ways on this machine: one core, `--jobs 2`, and a local Dask cluster of two
worker processes, in one run on the same articles.

Run: python benchmarks/cluster.py [--articles N] [--rows]   (prints figures; asserts nothing;
needs 'quotelens[cluster]', whose psutil samples the processes)

Builds N articles (10,000 unless told) by copying the corpus's articles
(../shared/corpus/polnear/*/text/*.txt and ggt/text) under new names into a temporary folder
(the seed articles, when the corpus is not there), then runs `quotelens extract FOLDER
--format jsonl --output FILE` each way in a subprocess and prints, for each: articles a second
(the whole command, start-up and, for the cluster, starting it included), the speed-up over one
core, the peak memory (the largest sum of the resident memory of the command's process tree:
the pool's workers; the cluster's scheduler, nannies and workers; sampled every 0.1 s, pages
shared between processes counted in each), and the processor time the tree used an article,
which moves less than the rate with what else the machine runs. With --rows, a fourth run gives
the cluster the same articles as JSON lines rows and writes Parquet. The machine may be shared:
the load average is printed with each figure, and figures move with it.
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
from pathlib import Path

import psutil

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT.parent / "shared" / "corpus"


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


def measure(command: list[str]) -> tuple[float, float, float, float]:
    """Seconds the command takes, its process tree's peak resident memory in MB, and the
    processor seconds the tree used (each process's as last sampled) and its first process
    alone (which writes the output, and for a local cluster runs the scheduler)."""
    peak = 0
    used: dict[int, float] = {}
    started = time.perf_counter()
    process = psutil.Popen(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
    _, errors = process.communicate()
    seconds = time.perf_counter() - started
    finished.set()
    sampler.join()
    if process.returncode != 0:
        sys.exit(f"failed ({process.returncode}): {' '.join(command)}\n{errors.decode()[-2000:]}")
    return seconds, peak / 1_048_576, sum(used.values()), used.get(process.pid, 0.0)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="articles (10,000)")
    parser.add_argument("--rows", action="store_true", help="also: JSON lines rows to Parquet")
    options = parser.parse_args()
    extract = [sys.executable, "-m", "tui", "extract"]
    with tempfile.TemporaryDirectory(prefix="quotelens-cluster-") as temporary:
        work = Path(temporary)
        folder = work / "articles"
        folder.mkdir()
        build_folder(folder, options.articles)
        size = sum(path.stat().st_size for path in folder.iterdir()) / 1_048_576
        label = "corpus" if CORPUS.is_dir() else "seed articles, repeated"
        print(
            f"{options.articles:,} articles ({size:.0f} MB, copies of the {label}) on "
            f"{os.cpu_count()} cores; quotelens extract FOLDER --format jsonl --output FILE"
        )
        out = ["--format", "jsonl", "--output", str(work / "out.jsonl")]
        ways = [
            ("one core (--jobs 1)", [*extract, str(folder), *out, "--jobs", "1"]),
            ("--jobs 2", [*extract, str(folder), *out, "--jobs", "2"]),
            ("Dask, --cluster local:2", [*extract, str(folder), *out, "--cluster", "local:2"]),
        ]
        if options.rows:
            rows = work / "rows.jsonl"
            build_rows(folder, rows)
            tables = ["--format", "parquet", "--output", str(work / "tables")]
            ways.append(
                (
                    "Dask, JSON lines to Parquet",
                    [
                        *extract,
                        "--input-format",
                        "jsonl",
                        str(rows),
                        *tables,
                        "--cluster",
                        "local:2",
                    ],
                )
            )
        one_core = None
        for name, command in ways:
            load = os.getloadavg()[0]
            seconds, peak, processor, writer = measure(command)
            rate = options.articles / seconds
            one_core = one_core or rate
            each = 1000 / options.articles
            print(
                f"{name:<28} {rate:6.1f} articles/s {rate / one_core:5.2f}x one core  "
                f"peak {peak:5.0f} MB  CPU an article {processor * each:4.1f} ms "
                f"(first process {writer * each:4.1f} ms)  {seconds:5.1f} s, "
                f"load {load:.1f} before, {os.getloadavg()[0]:.1f} after"
            )


if __name__ == "__main__":
    main()
