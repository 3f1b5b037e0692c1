"""The command line, run as a user runs it: in a subprocess."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from tests.conftest import ARTICLES, ROOT, SEED


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=60,
    )


def test_version_and_help() -> None:
    version = run("--version")
    assert version.returncode == 0 and version.stdout.startswith("quotelens ")
    helped = run("--help")
    assert helped.returncode == 0 and "extract" in helped.stdout
    assert run("extract", "--help").returncode == 0


def test_extract_json_of_the_seed(seed_expected: dict) -> None:
    result = run("extract", "seeds/" + SEED.name)
    assert result.returncode == 0, result.stderr
    [record] = json.loads(result.stdout)
    expected = seed_expected["article"]
    assert record["path"] == "seeds/" + SEED.name
    for key in ("title", "subtitle", "source", "date", "dateline", "caption"):
        assert record[key] == expected[key]
    assert len(record["paragraphs"]) == expected["body_paragraphs"]
    for key in ("quotes", "speakers", "entities", "territories"):
        assert isinstance(record[key], list)
    text = SEED.read_text(encoding="utf-8")
    for paragraph, (start, end) in zip(
        record["paragraphs"], record["paragraph_spans"], strict=True
    ):
        assert text[start:end] == paragraph


def test_extract_formats() -> None:
    jsonl = run("extract", str(ARTICLES), "--format", "jsonl")
    assert jsonl.returncode == 0, jsonl.stderr
    records = [json.loads(line) for line in jsonl.stdout.splitlines()]
    assert len(records) == len(list(ARTICLES.iterdir()))
    table = run("extract", str(ARTICLES), "--format", "csv")
    header = next(csv.reader(io.StringIO(table.stdout)))
    assert header == ["path", "paragraph", "speaker", "kind", "text"]
    digest = run("extract", str(SEED), "--format", "md")
    assert digest.stdout.startswith("# Russia rules out ceding back war territory")


def test_extract_to_a_file(tmp_path: Path) -> None:
    out = tmp_path / "out.json"
    result = run("extract", str(SEED), "--output", str(out))
    assert result.returncode == 0 and result.stdout == ""
    assert json.loads(out.read_text(encoding="utf-8"))[0]["source"] == "AFP"


def test_some_files_unreadable_exit_1_and_the_rest_written(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    result = run("extract", str(SEED), str(tmp_path), str(tmp_path / "missing.txt"))
    assert result.returncode == 1
    assert [record["source"] for record in json.loads(result.stdout)] == ["AFP"]
    errors = result.stderr.splitlines()
    assert len(errors) == 3
    assert any("empty.txt: empty file" in line for line in errors)
    assert any("binary.txt: binary file" in line for line in errors)
    assert any("missing.txt: no such file or folder" in line for line in errors)
    assert "Traceback" not in result.stderr


def test_bad_usage_exits_2() -> None:
    assert run("extract").returncode == 2
    assert run("extract", str(SEED), "--format", "xml").returncode == 2


def test_reader_with_nothing_readable_says_why(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run(str(tmp_path / "empty.txt"))
    assert result.returncode == 1
    assert "empty file" in result.stderr and "Traceback" not in result.stderr


def test_escape_sequences_never_reach_the_terminal() -> None:
    for format in ("md", "csv", "json"):
        result = run("extract", str(ARTICLES / "hostile.txt"), "--format", format)
        assert "\x1b" not in result.stdout and "\x07" not in result.stdout


def test_cite_one_quote_in_a_style() -> None:
    result = run("cite", str(SEED), "--quote", "4", "--style", "apa")
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("“This is undeniable and non-negotiable” (Peskov, as cited")


def test_cite_every_quote() -> None:
    result = run("cite", str(SEED))
    assert result.returncode == 0
    assert result.stdout.count(" — ") == 10


def test_cite_bad_usage_and_unreadable(tmp_path: Path) -> None:
    assert run("cite", str(SEED), "--quote", "99").returncode == 2
    assert run("cite", str(SEED), "--style", "harvard").returncode == 2
    (tmp_path / "empty.txt").write_bytes(b"")
    result = run("cite", str(tmp_path / "empty.txt"))
    assert result.returncode == 1 and "empty file" in result.stderr


def test_a_file_names_escapes_never_reach_the_terminal(tmp_path: Path) -> None:
    name = "a\x1b]0;PWNED\x07\x1b[2J.txt"
    (tmp_path / name).write_text('Talks\n\n"We will win," Ann Lee said.\n', encoding="utf-8")
    for format in ("json", "jsonl", "csv", "md"):
        result = run("extract", str(tmp_path), "--format", format)
        assert result.returncode == 0, result.stderr
        assert "\x1b" not in result.stdout + result.stderr, format
    assert "a␛]0;PWNED␇␛[2J.txt" in run("extract", str(tmp_path), "--format", "md").stdout


def test_cite_an_article_without_quotes_says_so(tmp_path: Path) -> None:
    (tmp_path / "notice.txt").write_text(
        "Road closed\n\nThe bridge on Main Street is closed until Friday for repairs.\n",
        encoding="utf-8",
    )
    result = run("cite", str(tmp_path / "notice.txt"))
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr == f"quotelens: {tmp_path / 'notice.txt'}: no quotes in this article\n"


def test_extract_rules_only_gives_the_rules_names_in_every_worker(tmp_path: Path) -> None:
    from tui.extract import extract, ner
    from tui.ingest import parse_article

    # A name only the model knows for a company; enough copies for two worker processes,
    # each of which must hear the flag.
    text = 'Results\n\nMicrosoft says it will appeal. "We disagree," Microsoft said.\n'
    for number in range(20):
        (tmp_path / f"{number:02}.txt").write_text(text, encoding="utf-8")
    result = run("extract", str(tmp_path), "--rules-only", "--jobs", "2", "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    ner.set_enabled(False)
    rules = extract(parse_article("00.txt", text)).entities
    expected = sorted((entity.text, entity.label) for entity in rules)
    for line in result.stdout.splitlines():
        found = sorted((entity["text"], entity["label"]) for entity in json.loads(line)["entities"])
        assert found == expected
