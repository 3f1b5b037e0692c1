"""Bringing the index up to date with the files: what is new or changed is extracted in worker
processes and stored in batches; a touched file whose bytes are the same is not extracted
again; a deleted file leaves the index."""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from tui.extract import ner
from tui.index.store import IndexStore
from tui.index.version import rules_version
from tui.index.worker import Indexed, file_digest, index_files, stat_key
from tui.parallel import map_unordered

# A batch is stored after this many articles or this many seconds, whichever comes first:
# a kill loses at most one batch, which the next start extracts again.
_BATCH_ARTICLES = 100
_BATCH_SECONDS = 1.0
# So few articles are extracted in this process: starting workers would take longer.
_IN_PROCESS_UP_TO = 4


def index_key(path: str | os.PathLike[str]) -> str:
    """The path the index knows a file by: absolute, as named (symbolic links not followed,
    so that a library seen through a link is listed under the link's name)."""
    return os.path.abspath(path)


@dataclass(frozen=True, slots=True)
class Progress:
    """How far indexing has come."""

    done: int
    total: int
    elapsed: float

    @property
    def rate(self) -> float:
        """Articles a second so far."""
        return self.done / self.elapsed if self.elapsed > 0 else 0.0

    @property
    def seconds_left(self) -> float | None:
        """A guess at the seconds still needed, once there is a rate to guess from."""
        if self.done == 0 or self.rate == 0:
            return None
        return (self.total - self.done) / self.rate

    def describe(self) -> str:
        """'1,234 / 10,000 articles · 85 a second · 1:43 left'."""
        parts = [f"{self.done:,} / {self.total:,} articles"]
        if self.done:
            parts.append(f"{self.rate:,.0f} a second")
        left = self.seconds_left
        if left is not None and self.done < self.total:
            minutes, seconds = divmod(round(left), 60)
            parts.append(f"{minutes}:{seconds:02} left")
        return " · ".join(parts)


@dataclass
class Plan:
    """What a refresh must do: files to extract, touched files to note, files to forget."""

    extract: list[str] = field(default_factory=list)
    touched: list[tuple[str, int, int]] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: int = 0


@dataclass
class Outcome:
    """What a refresh did; ``failures`` are (path, reason) of files that gave no article."""

    extracted: int = 0
    touched: int = 0
    removed: int = 0
    unchanged: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    stopped: bool = False


def plan(store: IndexStore, files: Sequence[str], roots: Sequence[str]) -> Plan:
    """Compare ``files`` (index keys) with the index. ``roots`` are the files and folders the
    user named: an indexed file under them that is no longer found was deleted."""
    rules = rules_version()
    known = store.known()
    result = Plan()
    for path in files:
        held = known.get(path)
        now = stat_key(path)
        if held is None or now is None or held.rules != rules:
            result.extract.append(path)
        elif (held.size, held.mtime_ns) == now:
            result.unchanged += 1
        elif held.size == now[0] and held.digest and _same_bytes(path, held.digest):
            result.touched.append((path, *now))
        else:
            result.extract.append(path)
    present = set(files)
    folders = tuple(os.path.join(root, "") for root in roots)
    result.removed = [
        path
        for path in known
        if path not in present and (path in roots or path.startswith(folders))
    ]
    return result


def _same_bytes(path: str, digest: str) -> bool:
    try:
        return file_digest(path) == digest
    except OSError:
        return False


def refresh(
    store: IndexStore,
    files: Sequence[str],
    roots: Sequence[str],
    jobs: int,
    on_progress: Callable[[Progress], None] | None = None,
    on_stored: Callable[[list[Indexed]], None] | None = None,
    stop: threading.Event | None = None,
    preload: Sequence[str] = (),
    niceness: int = 0,
) -> Outcome:
    """Bring the index up to date with ``files`` (index keys) found under ``roots``:
    extract what is new or changed in ``jobs`` worker processes, storing a batch at a time.
    ``on_progress`` hears how far it has come, ``on_stored`` each batch stored; ``stop``
    ends it early (what is stored stays); ``preload``: modules the workers' fork server
    imports first (``tui.index.shared_model`` for a command that runs once); ``niceness``:
    added to the workers' (the reader's, so that its interface has the processor first)."""
    work = plan(store, files, [index_key(root) for root in roots])
    outcome = Outcome(touched=len(work.touched), removed=len(work.removed))
    outcome.unchanged = work.unchanged
    if work.touched:
        store.touch(work.touched)
    if work.removed:
        store.remove(work.removed)
    total = len(work.extract)
    started = time.monotonic()
    if on_progress is not None:
        on_progress(Progress(0, total, 0.0))
    if not total:
        return outcome
    rules = rules_version()
    batch: list[Indexed] = []
    last_stored = time.monotonic()

    def store_batch() -> None:
        nonlocal batch, last_stored
        store.write(batch, rules)
        if on_stored is not None:
            on_stored(batch)
        batch, last_stored = [], time.monotonic()

    stopped = stop.is_set if stop is not None else (lambda: False)
    if total <= _IN_PROCESS_UP_TO and not ner.reads_elsewhere():
        # Extracted here as a worker would: with the names model when it is wanted. Not in the
        # reader, whose process never loads the model: the rules' names alone, stored, would
        # come back from the index as fresh, the model's never shown.
        ner.load()
        results = (item for path in work.extract if not stopped() for item in index_files([path]))
    else:
        results = map_unordered(
            index_files, work.extract, jobs, stopped=stopped, preload=preload, niceness=niceness
        )
    for item in results:
        batch.append(item)
        outcome.extracted += 1
        if item.error is not None:
            outcome.failures.append((item.path, item.error))
        if len(batch) >= _BATCH_ARTICLES or time.monotonic() - last_stored > _BATCH_SECONDS:
            store_batch()
            if on_progress is not None:
                on_progress(Progress(outcome.extracted, total, time.monotonic() - started))
    if batch:
        store_batch()
    outcome.stopped = outcome.extracted < total
    if on_progress is not None:
        on_progress(Progress(outcome.extracted, total, time.monotonic() - started))
    return outcome
