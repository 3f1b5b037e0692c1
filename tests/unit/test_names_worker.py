"""The reader's names process: closed, it ends at once rather than finishing its article (the
model's load first), which would hold up the reader's exit."""

from __future__ import annotations

from concurrent.futures import CancelledError
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

from tui.ingest import read_article
from tui.names_worker import NamesWorker


def test_closing_ends_the_names_process_without_waiting_for_its_article(
    tmp_path: Path,
) -> None:
    article = tmp_path / "appeal.txt"
    article.write_text("Company to appeal\n\nAcme says it will appeal.\n", encoding="utf-8")
    names = NamesWorker()
    future = names.read(read_article(str(article)))
    names.close()
    with pytest.raises((BrokenProcessPool, CancelledError)):
        future.result(timeout=120)
