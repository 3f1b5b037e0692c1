"""Learn the weights of the pronoun salience ranking (``tui/extract/salience.py``).

    python scripts/train_salience.py ../shared/corpus/polnear [--ggt ../shared/corpus/ggt]
        [--folds 5] [--write]

Each ``he`` or ``she`` that PolNeAR's training articles give as the source of an attribution
(direct or reported speech) is one example: the article is extracted as the reader does, and
every candidate the ranking sees at the pronoun gets its features; the candidate the gold
names (the evaluation's own resolution of the pronoun, ``tui.evaluate``) is the right one.
A conditional logit (a softmax over each pronoun's candidates, L2-regularised, fitted by
gradient ascent in plain Python) learns one weight a feature. It prints top-1 accuracy by
cross-validation over articles, beside always taking the nearest candidate; with ``--ggt``,
out of domain on GGT, whose pronouns people resolved; ``--write`` stores the weights fitted
on all training articles in ``tui/extract/data/salience.json``.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import random
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tui.evaluate import _resolve, load_gold, same_speaker  # noqa: E402
from tui.extract import prepare, salience  # noqa: E402
from tui.extract.resolve import Resolver, lone_names  # noqa: E402
from tui.ingest import read_article  # noqa: E402
from tui.model import Article  # noqa: E402

GENDERS = {"he": "male", "she": "female"}
WEIGHTS = ROOT / "tui" / "extract" / "data" / "salience.json"

# An example: each candidate's features, and which candidates are right.
Example = tuple[list[list[float]], list[bool]]


def attributed(article: Article) -> Resolver:
    """The resolver of ``article`` once its quotes are attributed, as ``extract`` leaves it."""
    attributor, _ = prepare(article)
    attributor.attribute()
    return attributor.resolver


def _place(article: Article, offset: int) -> tuple[int, int] | None:
    """The paragraph and reading position of file offset ``offset``."""
    for number, paragraph in enumerate(article.paragraphs):
        if paragraph.start <= offset < paragraph.end:
            return number, paragraph.reading_offset(offset)
    return None


def _example(
    resolver: Resolver,
    article: Article,
    pronoun: str,
    offsets: tuple[int, int],
    quotation: str,
    right: Callable[[str, str | None], bool],
) -> Example | None:
    """The candidates at a pronoun (ranked from before both it and the content it is the
    source of, as the attribution does), or None when it is not in a paragraph."""
    place = _place(article, min(offsets))
    if place is None:
        return None
    resolver.quoted_surnames = lone_names(quotation)
    found = salience.candidates(resolver, GENDERS[pronoun], *place)
    return (
        [candidate.features for candidate in found],
        [right(candidate.person.name, candidate.person.role) for candidate in found],
    )


def polnear_examples(corpus: Path, split: str) -> Iterator[tuple[str, Example]]:
    """Each pronoun source of PolNeAR's ``split``, with the article it is in."""
    for path_text, rows in sorted(load_gold(corpus).items()):
        path = Path(path_text)
        if path.parent.parent.name != split:
            continue
        pronouns = [
            row
            for row in rows
            if row["source"] and row["source"]["text"].strip().lower() in GENDERS and row["content"]
        ]
        if not pronouns:
            continue
        article = read_article(path)
        resolver = attributed(article)
        for row in pronouns:
            gold = row["source"]["text"]
            resolved = _resolve(rows, row, article.text)
            direct = row["content_is_direct_quote"]
            example = _example(
                resolver,
                article,
                gold.strip().lower(),
                (row["source"]["spans"][0][0], row["content"]["spans"][0][0]),
                row["content"]["text"] if direct else "",
                lambda name, role, gold=gold, resolved=resolved: (
                    bool(resolved) and same_speaker(name, role, gold, resolved)
                ),
            )
            if example is not None:
                yield path.name, example


def _scorer(corpus: Path) -> ModuleType:
    path = corpus.resolve().parent.parent / "eval" / "score_quotes.py"
    spec = importlib.util.spec_from_file_location("score_quotes", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ggt_examples(corpus: Path) -> Iterator[tuple[str, Example]]:
    """Each ``he`` or ``she`` source of GGT's direct quotes, which people resolved."""
    scorer = _scorer(corpus)
    rows = [json.loads(line) for line in (corpus / "gold.jsonl").open(encoding="utf-8")]
    by_file: dict[str, list[dict]] = {}
    for row in rows:
        if (
            row["kind"] == "direct"
            and (row.get("source") or "").lower() in GENDERS
            and row.get("source_at") is not None
            and row.get("content")
        ):
            by_file.setdefault(row["file"], []).append(row)
    for name, pronouns in sorted(by_file.items()):
        article = read_article(corpus / "text" / name)
        resolver = attributed(article)
        for row in pronouns:
            speaker = row["speaker"]
            example = _example(
                resolver,
                article,
                row["source"].lower(),
                (row["source_at"], row["content"][0][0]),
                row["content_text"],
                lambda found, _role, speaker=speaker: bool(scorer.same_speaker(found, speaker)),
            )
            if example is not None:
                yield name, example


def fit(
    examples: list[Example], rounds: int = 400, rate: float = 0.5, l2: float = 0.01
) -> list[float]:
    """Weights that make each example's right candidates likeliest under a softmax over its
    candidates (only examples with a right and a wrong candidate teach anything)."""
    usable = [(rows, right) for rows, right in examples if any(right) and not all(right)]
    size = len(salience.FEATURES)
    weights = [0.0] * size
    for _ in range(rounds):
        gradient = [-l2 * weight for weight in weights]
        for rows, right in usable:
            scores = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
            top = max(scores)
            exps = [math.exp(value - top) for value in scores]
            total = sum(exps)
            right_total = sum(e for e, good in zip(exps, right, strict=True) if good)
            for row, e, good in zip(rows, exps, right, strict=True):
                # d/dw log(sum_right p) = E_right[x] - E_all[x]
                share = (e / right_total if good else 0.0) - e / total
                for index, value in enumerate(row):
                    gradient[index] += share * value / len(usable)
        weights = [weight + rate * step for weight, step in zip(weights, gradient, strict=True)]
    return weights


def accuracy(
    examples: list[Example], chooser: Callable[[list[list[float]]], int]
) -> tuple[int, int]:
    """How many examples the chosen candidate is right in, of those with any candidate."""
    right = total = 0
    for rows, good in examples:
        if not rows:
            continue
        total += 1
        right += good[chooser(rows)]
    return right, total


def by_weights(weights: list[float]) -> Callable[[list[list[float]]], int]:
    def choose(rows: list[list[float]]) -> int:
        scores = [sum(w * x for w, x in zip(weights, row, strict=True)) for row in rows]
        return max(range(len(rows)), key=lambda index: (scores[index], -index))

    return choose


def nearest(rows: list[list[float]]) -> int:
    return 0


def _line(title: str, counts: tuple[int, int]) -> str:
    right, total = counts
    return f"{title:<44} {right / total if total else 0.0:.3f} ({right}/{total})"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("polnear", type=Path)
    parser.add_argument("--ggt", type=Path)
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--write", action="store_true")
    parser.add_argument(
        "--examples",
        type=Path,
        help="keep the examples' features in this file, to fit again without extracting",
    )
    options = parser.parse_args(argv)

    if options.examples and options.examples.is_file():
        stored = json.loads(options.examples.read_text(encoding="utf-8"))
    else:
        stored = {
            "train": list(polnear_examples(options.polnear, "train")),
            "dev": [example for _, example in polnear_examples(options.polnear, "dev")],
            "ggt": [example for _, example in ggt_examples(options.ggt)] if options.ggt else [],
        }
        if options.examples:
            options.examples.write_text(json.dumps(stored), encoding="utf-8")
    found = [(name, (rows, good)) for name, (rows, good) in stored["train"]]
    examples = [example for _, example in found]
    answerable = sum(1 for rows, good in examples if any(good))
    print(
        f"PolNeAR train: {len(examples)} pronoun sources, "
        f"{answerable} with the right one among the candidates"
    )
    articles = sorted({name for name, _ in found})
    random.Random(15).shuffle(articles)
    fold_of = {name: index % options.folds for index, name in enumerate(articles)}
    cross = [0, 0]
    for fold in range(options.folds):
        train = [example for name, example in found if fold_of[name] != fold]
        test = [example for name, example in found if fold_of[name] == fold]
        right, total = accuracy(test, by_weights(fit(train)))
        cross[0] += right
        cross[1] += total
    print(_line("nearest candidate", accuracy(examples, nearest)))
    print(_line(f"learned, {options.folds}-fold cross-validation", (cross[0], cross[1])))
    weights = fit(examples)
    print(_line("learned, on all of train (fitted)", accuracy(examples, by_weights(weights))))
    dev = stored["dev"]
    print(_line("PolNeAR dev: nearest", accuracy(dev, nearest)))
    print(_line("PolNeAR dev: learned", accuracy(dev, by_weights(weights))))
    shipped = list(salience.weights()) if WEIGHTS.is_file() else None
    if shipped:
        print(_line("PolNeAR dev: shipped weights", accuracy(dev, by_weights(shipped))))
    if options.ggt:
        ggt = stored["ggt"]
        print(_line("GGT (out of domain): nearest", accuracy(ggt, nearest)))
        print(_line("GGT (out of domain): learned", accuracy(ggt, by_weights(weights))))
        if shipped:
            print(_line("GGT (out of domain): shipped weights", accuracy(ggt, by_weights(shipped))))
    for name, weight in zip(salience.FEATURES, weights, strict=True):
        print(f"  {name:<34} {weight:+.3f}")
    if options.write:
        stored = {
            "about": "Weights of tui/extract/salience.py, by scripts/train_salience.py on "
            "PolNeAR train",
            "weights": {
                name: round(weight, 4)
                for name, weight in zip(salience.FEATURES, weights, strict=True)
            },
        }
        WEIGHTS.write_text(json.dumps(stored, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {WEIGHTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
