"""Measure who-said-what on a folder in the Gender Gap Tracker's gold format, pass by pass.

    python -m tui.evaluate --ggt ../shared/corpus/ggt [--misses N]

The figures are those of ``../shared/eval/score_quotes.py`` (the scorer used on held-out
sets), whose own functions judge each quote: a gold direct quote is found when half its
characters are covered, and its speaker is judged on the found quote covering most of it.
Besides the scorer's figures it prints each attribution pass's coverage and precision, and
lists the quotes whose speaker is wrong with the pass that decided them.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from types import ModuleType

from tui.evaluate import PassTally
from tui.extract import extract
from tui.ingest import read_article
from tui.textsafe import one_line


def _scorer(folder: Path) -> ModuleType:
    """``score_quotes.py`` from the ``eval`` folder beside the corpus folder."""
    path = folder.resolve().parent.parent / "eval" / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    if spec is None or spec.loader is None:
        raise FileNotFoundError(path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def evaluate_ggt(folder: Path, misses: int = 20) -> int:
    """Score the extraction of ``folder/text`` against ``folder/gold.jsonl``; print figures."""
    gold_path = folder / "gold.jsonl"
    if not gold_path.is_file():
        print(f"{folder}: no gold.jsonl here", file=sys.stderr)
        return 2
    scorer = _scorer(folder)
    gold = [json.loads(line) for line in gold_path.open(encoding="utf-8")]
    found: dict[str, tuple[str, list[tuple[set[int], str | None, str, str]]]] = {}
    for path in sorted((folder / "text").glob("*.txt")):
        article = read_article(path)
        text = path.read_text(encoding="utf-8")
        quotes = [
            (scorer.chars([quote.span], text), quote.speaker, quote.sieve, quote.text)
            for quote in extract(article).quotes
        ]
        found[path.name] = (text, quotes)
    any_content: dict[str, set[int]] = {}
    for row in gold:
        if row["file"] in found and row.get("content"):
            characters = scorer.chars(row["content"], found[row["file"]][0])
            any_content.setdefault(row["file"], set()).update(characters)
    direct = hit = right = judged = 0
    passes = PassTally()
    wrong: list[str] = []
    for row in gold:
        if row["kind"] != "direct" or row["file"] not in found or not row.get("content"):
            continue
        text, quotes = found[row["file"]]
        characters = scorer.chars(row["content"], text)
        if not characters:
            continue
        direct += 1
        covering = [
            (len(characters & quote[0]), quote) for quote in quotes if characters & quote[0]
        ]
        if sum(size for size, _ in covering) * 2 < len(characters):
            continue
        hit += 1
        if row.get("speaker") == scorer.AMBIGUOUS:
            continue
        best = max(covering, key=lambda pair: (pair[0], str(pair[1][1])))[1]
        judged += 1
        correct = bool(scorer.same_speaker(best[1], row["speaker"]))
        right += correct
        passes.add(best[2], correct)
        if not correct and len(wrong) < misses:
            wrong.append(
                f"{row['file']}:{row['content'][0][0]} “{one_line(best[3])[:70]}”\n"
                f"    gold {row['speaker']!r} (source {row.get('source')!r}), "
                f"ours {best[1]!r} [{best[2]}]"
            )
    total = sum(len(quotes) for _, quotes in found.values())
    precise = sum(
        1
        for name, (_, quotes) in found.items()
        for quote in quotes
        if quote[0] and len(quote[0] & any_content.get(name, set())) * 2 >= len(quote[0])
    )
    recall = hit / direct if direct else 0.0
    precision = precise / total if total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"direct quotes {hit}/{direct} found; {precise}/{total} found quotes inside gold")
    print(f"quote P {precision:.3f} R {recall:.3f} F1 {f1:.3f}")
    print(f"speaker accuracy {right / judged if judged else 0.0:.3f} ({right}/{judged})")
    print(passes.table())
    if wrong:
        print("\n== wrong speaker")
        print("\n".join(wrong))
    return 0
