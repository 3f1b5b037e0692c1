"""extract on rows and into Parquet, run as a user runs it: in a subprocess."""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
from pathlib import Path

import pyarrow.parquet as pq

from tests.conftest import ARTICLES, ROOT

ROWS = [
    json.dumps({"id": "r1", "title": "One", "text": '"We stay," said Ann Lee.', "source": "AFP"}),
    "{this is not json",
    json.dumps({"id": "r3", "title": "No body"}),
    "",
    json.dumps({"title": "Four", "text": 'Bo Day said: "We go."'}),
]


def run(
    *args: str, stdin: str | None = None, code: str | None = None
) -> subprocess.CompletedProcess:
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "tui"]
    return subprocess.run(
        [*command, *args], input=stdin, cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def test_jsonl_rows_from_standard_input() -> None:
    result = run(
        "extract", "--input-format", "jsonl", "-", "--format", "jsonl", stdin="\n".join(ROWS)
    )
    assert result.returncode == 1
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(record["id"], record["path"]) for record in records] == [
        ("r1", "<stdin>:1"),
        ("<stdin>:5", "<stdin>:5"),
    ]
    assert records[0]["quotes"][0]["speaker"] == "Ann Lee" and records[0]["source"] == "AFP"
    assert result.stderr.splitlines() == [
        "quotelens: <stdin>:2: not JSON: Expecting property name enclosed in double quotes "
        "at column 2 [bad-row]",
        'quotelens: <stdin>:3 (id r3): no article: "text" (or "html") is missing or empty '
        "[bad-row]",
    ]


def test_json_of_rows_is_one_array(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text(ROWS[0] + "\n" + ROWS[4] + "\n", encoding="utf-8")
    result = run("extract", "--input-format", "jsonl", str(rows))
    assert result.returncode == 0, result.stderr
    assert [record["title"] for record in json.loads(result.stdout)] == ["One", "Four"]


def test_rows_into_parquet_tables(tmp_path: Path) -> None:
    out = tmp_path / "tables"
    result = run(
        "extract",
        "--input-format",
        "jsonl",
        "-",
        "--format",
        "parquet",
        "--output",
        str(out),
        stdin="\n".join(ROWS),
    )
    assert result.returncode == 1 and result.stdout == ""
    articles = pq.read_table(out / "articles").to_pylist()
    assert [(row["article_id"], row["error_kind"]) for row in articles] == [
        ("r1", None),
        ("<stdin>:2", "bad-row"),
        ("r3", "bad-row"),
        ("<stdin>:5", None),
    ]
    quotes = pq.read_table(out / "quotes").to_pylist()
    assert [(quote["article_id"], quote["text"], quote["speaker"]) for quote in quotes] == [
        ("r1", "We stay", "Ann Lee"),
        ("<stdin>:5", "We go.", "Bo Day"),
    ]


def test_files_into_parquet_tables(tmp_path: Path) -> None:
    result = run("extract", str(ARTICLES), "--format", "parquet", "-o", str(tmp_path / "t"))
    assert result.returncode == 0, result.stderr
    paths = pq.read_table(tmp_path / "t" / "articles")["path"].to_pylist()
    assert paths == sorted(str(path) for path in ARTICLES.iterdir())


def test_bad_usage_is_said_in_one_line() -> None:
    no_folder = run("extract", str(ARTICLES), "--format", "parquet")
    assert no_folder.returncode == 2 and "--output DIR" in no_folder.stderr
    stdin_as_file = run("extract", "-")
    assert stdin_as_file.returncode == 2 and "--input-format jsonl" in stdin_as_file.stderr
    zero = run("extract", str(ARTICLES), "--cluster", "local:0")
    assert zero.returncode == 2 and "1 or more" in zero.stderr
    both = run("extract", str(ARTICLES), "--cluster", "local:2", "--jobs", "2")
    assert both.returncode == 2 and "choose one" in both.stderr


_WITHOUT = """import sys
for name in {names!r}:
    sys.modules[name] = None  # as if not installed
from tui.cli import main
sys.exit(main(sys.argv[1:]))
"""


def test_a_missing_extra_is_named_with_how_to_install_it(tmp_path: Path) -> None:
    no_arrow = run(
        "extract",
        str(ARTICLES),
        "--format",
        "parquet",
        "-o",
        str(tmp_path),
        code=_WITHOUT.format(names=["pyarrow"]),
    )
    assert no_arrow.returncode == 2
    assert no_arrow.stderr == "quotelens: Parquet needs pyarrow: pip install 'quotelens[parquet]'\n"
    no_dask = run(
        "extract",
        str(ARTICLES),
        "--cluster",
        "local:1",
        code=_WITHOUT.format(names=["distributed", "dask"]),
    )
    assert no_dask.returncode == 2 and "pip install 'quotelens[cluster]'" in no_dask.stderr


def test_the_core_never_imports_the_extras() -> None:
    code = (
        "import sys, tui.cli, tui.app, tui.batch.command, tui.batch.work, tui.batch.sources\n"
        "print(sorted({'dask', 'distributed', 'pyarrow'} & set(sys.modules)))"
    )
    result = run(code=code)
    assert result.stdout == "[]\n", result.stderr


def test_progress_is_shown_on_a_terminal_and_the_data_written_whole(tmp_path: Path) -> None:
    rows = tmp_path / "rows.jsonl"
    rows.write_text("\n".join([ROWS[0], ROWS[4]] * 20) + "\n", encoding="utf-8")
    leader, follower = os.openpty()
    out = tmp_path / "out.json"
    with (
        out.open("wb") as data,
        subprocess.Popen(
            [sys.executable, "-m", "tui", "extract", "--input-format", "jsonl", str(rows), "-j1"],
            cwd=ROOT,
            stdout=data,
            stderr=follower,
            env={**os.environ, "TERM": "xterm-256color", "COLUMNS": "100"},
        ) as process,
    ):
        os.close(follower)
        shown = b""
        with contextlib.suppress(OSError):  # the terminal closes when the command ends
            while chunk := os.read(leader, 4096):
                shown += chunk
    os.close(leader)
    assert process.returncode == 0
    assert len(json.loads(out.read_text())) == 40  # the data went to the file, whole
    screen = shown.decode(errors="replace")
    assert "Extracting" in screen and "40/40" in screen
    assert "quotelens: 40 articles extracted in" in screen
