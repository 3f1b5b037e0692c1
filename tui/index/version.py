"""The extraction's version: a digest of the sources of the rules and readers, so that an index
made by other rules is extracted again, without anyone having to remember to bump a number."""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent
# What decides an extraction: the file readers, the rules and their data, and the model.
_SOURCES = ("ingest", "extract", "model.py")


@cache
def rules_version() -> str:
    """A short digest of every file the extraction is made from."""
    digest = hashlib.blake2b(digest_size=8)
    for name in _SOURCES:
        root = _PACKAGE / name
        files = sorted(root.rglob("*")) if root.is_dir() else [root]
        for file in files:
            if file.is_file() and file.suffix in (".py", ".tsv", ".json", ".txt"):
                digest.update(str(file.relative_to(_PACKAGE)).encode())
                digest.update(file.read_bytes())
    return digest.hexdigest()
