"""The persistent library index: what was extracted from each article file, kept in SQLite in
the user's cache folder so that a large archive is read once and searched at once.

``store`` holds the database, ``refresh`` brings it up to date with the files (in worker
processes), ``query`` turns what a user types into a safe FTS5 query, ``search`` runs it.
"""

from __future__ import annotations

from tui.index.store import IndexStore, default_index_path

__all__ = ["IndexStore", "default_index_path"]
