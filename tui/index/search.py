"""Finding quotes in the index: the ids of the matches in order (newest first), and the rows to
show for a page of them. The interface asks for ids in a worker thread and for rows only as
they come on screen, so a library of ten thousand articles answers each keystroke at once."""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from tui.index.store import IndexStore

# Dated articles first, newest first (an undated quote's date is ''); then in the order the
# articles were indexed (by file name within a batch); then in reading order. An index walks it.
_ORDER = "q.date DESC, q.article, q.number"


@dataclass(frozen=True, slots=True)
class Hit:
    """A quote found: its words, who said them, in which article, where."""

    id: int
    path: str
    number: int  # the quote's place among the article's quotes, from 0
    paragraph: int | None
    kind: str
    text: str
    speaker: str | None
    role: str | None
    title: str
    source: str | None
    date: str | None


class Searcher:
    """Searches the quotes of the articles at ``paths`` (index keys), or of every indexed
    article when ``paths`` is None. Not thread-safe: one search at a time; ``interrupt``
    (from any thread) stops the running one."""

    def __init__(self, store: IndexStore, paths: Sequence[str] | None = None) -> None:
        self.store = store
        self.connection = store.connection
        self.paths = frozenset(paths) if paths is not None else None
        self._scope_of: tuple[int, int] | None = None
        # How the quotes are kept to the library: no condition when it is the whole index
        # (the usual case), else whichever of its articles or the others are fewer.
        self._scope = ""

    def _update_scope(self) -> None:
        """Which articles are in scope, found again when articles were indexed since."""
        state = self.connection.execute("SELECT max(id), count(*) FROM articles").fetchone()
        if self.paths is None or state == self._scope_of:
            return
        inside, outside = [], []
        for article, path in self.connection.execute("SELECT id, path FROM articles"):
            (inside if path in self.paths else outside).append((article,))
        self.connection.execute(
            "CREATE TEMP TABLE IF NOT EXISTS scope (article INTEGER PRIMARY KEY)"
        )
        self.connection.execute("DELETE FROM temp.scope")
        if not outside:
            self._scope = ""
        else:
            fewer = min(inside, outside, key=len)
            self.connection.executemany("INSERT INTO temp.scope VALUES (?)", fewer)
            negation = "NOT " if fewer is outside else ""
            self._scope = f"q.article {negation}IN (SELECT article FROM temp.scope)"
        self._scope_of = state

    def ids(
        self, fts: str | None, first: str | None = None, limit: int | None = None
    ) -> tuple[list[int], int]:
        """Ids of the quotes matching the FTS5 query ``fts`` (None: every quote), newest
        first, the quotes of the article at ``first`` before all others; at most ``limit``
        of them, and how many match in all."""
        tables, clauses, parameters = ["quotes q"], [], []
        if fts is not None:
            # Joined rather than a subquery: SQLite then reads the matches once, in place.
            tables.append("quote_text t")
            clauses += ["t.rowid = q.id", "quote_text MATCH ?"]
            parameters.append(fts)
        self._update_scope()
        if self._scope:
            clauses.append(self._scope)
        source = f"FROM {', '.join(tables)}" + (
            f" WHERE {' AND '.join(clauses)}" if clauses else ""
        )
        leading: list[int] = []
        if first is not None:
            leading = [
                row[0]
                for row in self.connection.execute(
                    f"SELECT q.id {source} {'AND' if clauses else 'WHERE'} "
                    "q.article = (SELECT id FROM articles WHERE path = ?) ORDER BY q.number",
                    [*parameters, first],
                )
            ]
        bound = f"LIMIT {int(limit) + len(leading)}" if limit is not None else ""
        rows = self.connection.execute(
            f"SELECT q.id {source} ORDER BY {_ORDER} {bound}", parameters
        )
        seen = set(leading)
        ids = leading + [row[0] for row in rows if row[0] not in seen]
        if limit is None or len(ids) < limit:
            return ids, len(ids)
        if fts is not None and not self._scope:
            # FTS5 counts its own matches much faster than the join does.
            counted = "SELECT count(*) FROM quote_text WHERE quote_text MATCH ?"
        else:
            counted = f"SELECT count(*) {source}"
        total = self.connection.execute(counted, parameters).fetchone()[0]
        return ids[:limit], total

    def hits(self, ids: Sequence[int]) -> list[Hit]:
        """The quotes with these ids, in that order."""
        if not ids:
            return []
        marks = ",".join("?" * len(ids))
        rows = self.connection.execute(
            "SELECT q.id, a.path, q.number, q.paragraph, q.kind, t.text, q.speaker, t.role, "
            "a.title, a.source, a.date FROM quotes q JOIN articles a ON a.id = q.article "
            f"JOIN quote_text t ON t.rowid = q.id WHERE q.id IN ({marks})",
            list(ids),
        )
        # The search table holds '' for a quote with no role.
        found = {row[0]: Hit(*row[:7], row[7] or None, *row[8:]) for row in rows}
        return [found[number] for number in ids if number in found]

    def search(self, fts: str | None, first: str | None = None) -> list[Hit]:
        """Every matching quote, whole (for the command line)."""
        ids, _ = self.ids(fts, first)
        return [
            hit for start in range(0, len(ids), 500) for hit in self.hits(ids[start : start + 500])
        ]

    def interrupt(self) -> None:
        """Stop the search running in another thread (it raises ``sqlite3.OperationalError``)."""
        self.connection.interrupt()


def is_interrupted(error: sqlite3.Error) -> bool:
    """Whether ``error`` is a search stopped by ``interrupt``."""
    return "interrupt" in str(error)
