"""``quotelens index``, ``quotelens search`` and the streaming ``extract``, run in subprocesses
as a user runs them; and an index killed in the middle of its work."""

from __future__ import annotations

import csv
import io
import json
import os
import select
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from tests.conftest import ARTICLES, ROOT
from tests.index_library import many_articles, write_library
from tui.export import render
from tui.index.refresh import index_key, plan
from tui.index.store import IndexStore
from tui.library import load_library


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )


def cache_index(tmp_path: Path) -> Path:
    return tmp_path / "cache" / "quotelens" / "index.sqlite"


def test_index_is_quiet_when_piped_and_fills_the_cache(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    result = run("index", str(folder), "--jobs", "2")
    assert (result.returncode, result.stdout, result.stderr) == (0, "", "")
    assert IndexStore(cache_index(tmp_path)).count() == 3


def test_index_names_what_it_could_not_read(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder, {"empty.txt": "", "fine.txt": 'Fine\n\n"Yes," Ann Lee said.\n'})
    result = run("index", str(folder), str(tmp_path / "missing"))
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert any(line.endswith("empty.txt: empty file") for line in lines)
    assert any("missing: no such file or folder" in line for line in lines)


def test_index_bad_usage_exits_2(tmp_path: Path) -> None:
    assert run("index", str(tmp_path), "--jobs", "0").returncode == 2
    assert run("index").returncode == 2


def test_search_prints_quotes_with_speaker_article_date_and_paragraph(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    result = run("search", "speaker:Peskov", str(folder), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["date"], r["paragraph"]) for r in records] == [
        ("The talks can wait", "2025-04-09", 3),
        ("Nothing is agreed yet", "2025-03-03", 2),
    ]
    assert records[0]["speaker"] == "Dmitry Peskov"
    assert records[0]["title"] == "Fighting goes on near Kursk"
    assert records[0]["path"] == str(folder / "kursk.txt")


def test_search_formats(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    as_json = json.loads(run("search", "opens", str(folder)).stdout)
    assert [record["speaker"] for record in as_json] == ["Ann Lee"]
    rows = list(
        csv.reader(io.StringIO(run("search", "opens", str(folder), "--format", "csv").stdout))
    )
    assert rows[0][:5] == ["path", "paragraph", "speaker", "kind", "text"]
    assert rows[1][2:5] == ["Ann Lee", "direct", "The harbour opens in May"]
    markdown = run("search", "opens", str(folder), "--format", "md").stdout
    assert markdown.startswith("- “The harbour opens in May” — Ann Lee (¶1)")


def test_search_exits_1_when_nothing_matches(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    result = run("search", "zeppelin", str(folder))
    assert result.returncode == 1
    assert json.loads(result.stdout) == []
    assert "no quote matches" in result.stderr


def test_search_takes_hostile_queries_without_a_traceback(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    for query in ('"leave', "leave -", "NOT leave", 'speaker:"', "(leave", "-"):
        result = run("search", query, str(folder), "--format", "jsonl")
        assert result.returncode in (0, 1, 2), (query, result.stderr)
        assert "Traceback" not in result.stderr
    assert run("search", '"leave', str(folder)).returncode == 0


def test_search_without_paths_searches_the_whole_index(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    run("index", str(folder))
    result = run("search", "place:Kursk", "--format", "jsonl")
    assert result.returncode == 0
    assert {json.loads(line)["title"] for line in result.stdout.splitlines()} == {
        "Fighting goes on near Kursk"
    }


def test_a_corrupt_index_is_rebuilt_with_a_one_line_notice(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    write_library(folder)
    path = cache_index(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_bytes(os.urandom(8192))
    result = run("index", str(folder))
    assert result.returncode == 0
    [notice] = result.stderr.splitlines()
    assert "was rebuilt" in notice
    assert IndexStore(path).count() == 3


def test_extract_streams_the_same_output_with_any_number_of_jobs(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    many_articles(folder, 24, paragraphs=3)
    (folder / "0005.txt").write_bytes(b"")  # one bad article among them
    library = load_library([folder])
    for format in ("json", "jsonl", "csv", "md"):
        one = run("extract", str(folder), "--format", format, "--jobs", "1")
        two = run("extract", str(folder), "--format", format, "--jobs", "2")
        assert one.returncode == two.returncode == 1
        assert one.stdout == two.stdout == render(library.entries, format)
        assert "0005.txt: empty file" in two.stderr


def test_extract_writes_each_article_before_reading_the_next(tmp_path: Path) -> None:
    """A named pipe given after an article blocks while it is read: the article before it is
    written by then."""
    folder = tmp_path / "library"
    [first] = many_articles(folder, 1, paragraphs=2)
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "extract", str(first), str(fifo), "--format", "jsonl"],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert process.stdout is not None
        ready, _, _ = select.select([process.stdout], [], [], 60)
        assert ready, "nothing written while the pipe was being read"
        assert json.loads(process.stdout.readline())["title"] == "Talk 0"
    finally:
        # Let the pipe's reader go on, if it waits for a writer (never wait for it here).
        try:
            writer = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError:
            pass
        else:
            os.write(writer, b"Talk 1\n\nThe end.\n")
            os.close(writer)
        process.communicate(timeout=60)


def test_a_kill_during_indexing_loses_nothing_and_the_next_run_resumes(tmp_path: Path) -> None:
    folder = tmp_path / "library"
    files = many_articles(folder, 240, paragraphs=30)
    path = cache_index(tmp_path)
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "index", str(folder), "--jobs", "1"],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,  # its workers share its process group, to be killed with it
    )
    try:
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and _stored(path) == 0:
            time.sleep(0.05)
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    store = IndexStore(path)
    assert store.notice is None  # not corrupt
    stored = store.count()
    keys = [index_key(file) for file in files]
    left = plan(store, keys, [index_key(folder)]).extract
    assert 0 < stored < len(files)
    assert len(left) == len(files) - stored  # what was stored is whole and kept
    resumed = run("index", str(folder))
    assert resumed.returncode == 0, resumed.stderr
    assert store.count() == len(files)
    assert plan(store, keys, [index_key(folder)]).extract == []


def _stored(path: Path) -> int:
    try:
        connection = sqlite3.connect(path, timeout=1)
        try:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
        finally:
            connection.close()
    except sqlite3.Error:
        return 0


def test_the_reader_takes_jobs(tmp_path: Path) -> None:
    assert run("--jobs", "0", str(ARTICLES)).returncode == 2
