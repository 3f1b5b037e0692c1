"""Places on real news: a hand-checked sample of 20 PolNeAR articles (read from
../shared/corpus when it is there; the articles are not copied into the project)."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FIXTURES, ROOT
from tui.extract import extract
from tui.ingest import read_article

CORPUS = ROOT.parent / "shared" / "corpus" / "polnear" / "train" / "text"
SAMPLE = json.loads((FIXTURES / "places_sample.json").read_text(encoding="utf-8"))["articles"]


def place_figures() -> tuple[float, float, list[str]]:
    found = right = expected_total = 0
    misses: list[str] = []
    for name, expected in SAMPLE.items():
        extraction = extract(read_article(CORPUS / name))
        places = {entity.text for entity in extraction.entities if entity.label == "place"}
        wanted = set(expected)
        found += len(places)
        right += len(places & wanted)
        expected_total += len(wanted)
        misses += [f"{name}: missed {place}" for place in sorted(wanted - places)]
        misses += [f"{name}: not a place {place}" for place in sorted(places - wanted)]
    return right / found, right / expected_total, misses


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the PolNeAR corpus is not beside the project")
def test_places_on_a_hand_checked_sample() -> None:
    precision, recall, misses = place_figures()
    print(f"places: precision {precision:.3f}, recall {recall:.3f}\n" + "\n".join(misses))
    assert precision >= 0.95 and recall >= 0.95, misses
