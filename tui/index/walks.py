"""The library's folders as last walked: the index keeps the article files each folder a user
named held, so that a warm start lists a library of ten thousand articles without reading its
folders (the walk took a tenth of the first frame), and walks them once that frame is up."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from tui.index.refresh import index_key
from tui.index.store import IndexStore
from tui.library import LoadFailure, discover


def listed(roots: Sequence[str], store: IndexStore) -> tuple[list[str], list[LoadFailure], bool]:
    """The article files under ``roots`` as ``discover`` names them, the paths that gave none,
    and whether every folder was walked now: a folder walked before is listed as it was then.
    A folder never walked is walked now, as is a file named or a path that is gone."""
    found: list[str] = []
    failures: list[LoadFailure] = []
    walked = True
    for root in roots:
        folder = str(Path(root))
        prefix = os.path.join(folder, "")
        known = store.found_under(index_key(folder), prefix) if os.path.isdir(folder) else None
        if known:
            found += known
            walked = False
        else:
            files, unreadable = discover([root])
            found += files
            failures += unreadable
    return found, failures, walked


def walk(roots: Sequence[str], store: IndexStore) -> tuple[list[str], list[LoadFailure]]:
    """``discover(roots)``, keeping what each folder held for the next start (written only
    when it changed)."""
    found: list[str] = []
    failures: list[LoadFailure] = []
    for root in roots:
        files, unreadable = discover([root])
        found += files
        failures += unreadable
        folder = str(Path(root))
        if not os.path.isdir(folder):
            continue
        key = index_key(folder)
        if unreadable:
            # Walked before the next first frame, so that it says what cannot be read.
            store.forget_found(key)
            continue
        cut = len(os.path.join(folder, ""))
        names = [path[cut:] for path in files]
        if store.found_under(key) != names:
            store.save_found(key, names)
    return found, failures
