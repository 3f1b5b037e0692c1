"""The index's database: one SQLite file in the user's cache folder, in WAL mode so that
several readers and one writer share it, written in batches so that a kill loses nothing but
the batch in hand.

Tables: ``articles`` (one row a file: its key and a summary for the article list),
``extractions`` (each article's compressed extraction), ``quotes`` (one row a quote, for
ordering and scoping), ``places`` (an article's territories) and ``quote_text``, the FTS5
table searched: quote text, speaker, role, the article's title and source, and its places;
``walks``, the files each folder held when last walked.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tui.index.worker import Indexed
from tui.library import Listing

# Bumped whenever the tables change: an index with another number is rebuilt.
SCHEMA_VERSION = 3
# Seconds a connection waits for another's write to finish before giving up.
_BUSY_SECONDS = 30

_SCHEMA = """
CREATE TABLE articles (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    digest TEXT NOT NULL,
    rules TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT,
    date TEXT,
    quotes INTEGER NOT NULL,
    error TEXT
);
-- Apart from the articles, whose rows stay small: listing ten thousand of them for the
-- article list then reads a few hundred pages, not every compressed extraction.
CREATE TABLE extractions (article INTEGER PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE quotes (
    id INTEGER PRIMARY KEY,
    article INTEGER NOT NULL,
    number INTEGER NOT NULL,
    paragraph INTEGER,
    kind TEXT NOT NULL,
    speaker TEXT,
    date TEXT NOT NULL  -- '' when the article has none: it sorts after every date
);
CREATE INDEX quotes_by_article ON quotes (article, number);
CREATE INDEX quotes_newest_first ON quotes (date DESC, article, number);
CREATE TABLE places (article INTEGER NOT NULL, name TEXT NOT NULL);
CREATE INDEX places_by_article ON places (article);
CREATE VIRTUAL TABLE quote_text USING fts5 (
    text, speaker, role, title, source, place,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
);
"""
# The article files each folder a user named held when last walked (their paths under it, a
# NUL between two, uncompressed: unpacking took longer than reading): a warm start lists the
# library from it without reading the folder. Made in an index of this schema that lacks it:
# an older quotelens neither reads nor needs it.
_WALKS = "CREATE TABLE IF NOT EXISTS walks (folder TEXT PRIMARY KEY, names BLOB NOT NULL)"


def default_index_path() -> Path:
    """``$XDG_CACHE_HOME/quotelens/index.sqlite``, else ``~/.cache/quotelens/index.sqlite``."""
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "quotelens" / "index.sqlite"


@dataclass(frozen=True, slots=True)
class Known:
    """What the index holds about one file, enough to tell whether it changed."""

    id: int
    size: int
    mtime_ns: int
    digest: str
    rules: str


class IndexStore:
    """An open index. ``notice`` says, in one line, when an unreadable or outdated index file
    had to be rebuilt. One store is one connection: use it from one thread at a time."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or default_index_path()
        self.notice: str | None = None
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            self.connection = self._connect()
            problem = self._check()
        except sqlite3.DatabaseError as error:
            problem = f"it could not be read ({error})"
        if problem is not None:
            self._rebuild(problem)

    # -- opening -------------------------------------------------------------------------------

    def _connect(self) -> sqlite3.Connection:
        connection = sqlite3.connect(
            self.path, timeout=_BUSY_SECONDS, isolation_level=None, check_same_thread=False
        )
        connection.execute(f"PRAGMA busy_timeout = {_BUSY_SECONDS * 1000}")
        return connection

    def _check(self) -> str | None:
        """Why the file cannot be used as it is, or None; creates the tables in a new file."""
        connection = self.connection
        version = connection.execute("PRAGMA user_version").fetchone()[0]
        tables = connection.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if version == 0 and tables == 0:
            self._create()
            return None
        if version != SCHEMA_VERSION:
            return f"it was made by another version of quotelens (schema {version})"
        connection.execute("PRAGMA journal_mode = WAL")
        connection.execute("SELECT id FROM articles LIMIT 1").fetchall()
        connection.execute(_WALKS)
        return None

    def _create(self) -> None:
        connection = self.connection
        connection.execute("PRAGMA journal_mode = WAL")
        with self.transaction():
            for statement in _SCHEMA.split(";"):
                if statement.strip():
                    connection.execute(statement)
            connection.execute(_WALKS)
            connection.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")

    def _rebuild(self, problem: str) -> None:
        with contextlib.suppress(AttributeError, sqlite3.Error):
            self.connection.close()
        for suffix in ("", "-wal", "-shm", "-journal"):
            Path(f"{self.path}{suffix}").unlink(missing_ok=True)
        self.notice = f"the index {self.path} was rebuilt: {problem}"
        self.connection = self._connect()
        self._create()

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[None]:
        """One write transaction: all of it lands, or none of it."""
        connection = self.connection
        connection.execute("BEGIN IMMEDIATE")
        try:
            yield
        except BaseException:
            connection.execute("ROLLBACK")
            raise
        connection.execute("COMMIT")

    # -- what is known ---------------------------------------------------------------------------

    def known(self) -> dict[str, Known]:
        """Every indexed file by path."""
        rows = self.connection.execute(
            "SELECT path, id, size, mtime_ns, digest, rules FROM articles"
        )
        return {path: Known(*rest) for path, *rest in rows}

    def listings(self, paths: Sequence[str] | None = None) -> dict[str, Listing]:
        """The article list's line for the indexed files among ``paths`` (every indexed file
        when None), by path."""
        query = "SELECT path, title, source, date, quotes, error FROM articles"
        if paths is None:
            rows = self.connection.execute(query)
        else:
            marks = ",".join("?" * len(paths))
            rows = self.connection.execute(f"{query} WHERE path IN ({marks})", list(paths))
        return {path: Listing(*rest) for path, *rest in rows}

    def found_under(self, folder: str, prefix: str = "") -> list[str] | None:
        """The article files the last walk of ``folder`` (an index key) found, each as
        ``prefix`` and its path under the folder; None when it was never walked."""
        row = self.connection.execute("SELECT names FROM walks WHERE folder = ?", (folder,))
        found = row.fetchone()
        if found is None:
            return None
        names = found[0].decode("utf-8", "surrogateescape")
        if not names:
            return []
        # Joined and split whole rather than a path at a time: a tenth of the time.
        return (prefix + names.replace("\0", "\0" + prefix)).split("\0")

    def save_found(self, folder: str, names: Sequence[str]) -> None:
        """Keep what a walk of ``folder`` found (paths under it), for the next start."""
        joined = "\0".join(names).encode("utf-8", "surrogateescape")
        with self.transaction():
            self.connection.execute(
                "INSERT OR REPLACE INTO walks (folder, names) VALUES (?, ?)", (folder, joined)
            )

    def forget_found(self, folder: str) -> None:
        """Forget what a walk of ``folder`` found: the next start walks it again."""
        with self.transaction():
            self.connection.execute("DELETE FROM walks WHERE folder = ?", (folder,))

    def record(self, path: str) -> tuple[Known, bytes | None, str | None] | None:
        """What the index holds for ``path``: its key, compressed extraction and error."""
        row = self.connection.execute(
            "SELECT a.id, a.size, a.mtime_ns, a.digest, a.rules, e.data, a.error FROM articles a "
            "LEFT JOIN extractions e ON e.article = a.id WHERE a.path = ?",
            (path,),
        ).fetchone()
        if row is None:
            return None
        return Known(*row[:5]), row[5], row[6]

    def count(self) -> int:
        """How many files the index holds."""
        return self.connection.execute("SELECT count(*) FROM articles").fetchone()[0]

    # -- writing ---------------------------------------------------------------------------------

    def write(self, batch: Iterable[Indexed], rules: str) -> None:
        """Store each article of ``batch``, replacing what was held for its path, in one
        transaction."""
        connection = self.connection
        with self.transaction():
            # In path order, so that undated articles list by file name.
            for item in sorted(batch, key=lambda item: item.path):
                found = connection.execute(
                    "SELECT id FROM articles WHERE path = ?", (item.path,)
                ).fetchone()
                values = (
                    item.key.size,
                    item.key.mtime_ns,
                    item.key.digest,
                    rules,
                    item.title,
                    item.source,
                    item.date,
                    len(item.quotes),
                    item.error,
                )
                if found is None:
                    article = connection.execute(
                        "INSERT INTO articles (size, mtime_ns, digest, rules, title, source, "
                        "date, quotes, error, path) VALUES (?,?,?,?,?,?,?,?,?,?)",
                        (*values, item.path),
                    ).lastrowid
                else:
                    article = found[0]
                    self._forget_contents(article)
                    connection.execute(
                        "UPDATE articles SET size=?, mtime_ns=?, digest=?, rules=?, title=?, "
                        "source=?, date=?, quotes=?, error=? WHERE id=?",
                        (*values, article),
                    )
                if item.blob is not None:
                    connection.execute(
                        "INSERT INTO extractions (article, data) VALUES (?, ?)",
                        (article, item.blob),
                    )
                places = " ; ".join(item.places)
                connection.executemany(
                    "INSERT INTO places (article, name) VALUES (?, ?)",
                    [(article, name) for name in item.places],
                )
                for number, quote in enumerate(item.quotes):
                    quote_id = connection.execute(
                        "INSERT INTO quotes (article, number, paragraph, kind, speaker, date) "
                        "VALUES (?,?,?,?,?,?)",
                        (
                            article,
                            number,
                            quote.paragraph,
                            quote.kind,
                            quote.speaker,
                            item.date or "",
                        ),
                    ).lastrowid
                    connection.execute(
                        "INSERT INTO quote_text (rowid, text, speaker, role, title, source, "
                        "place) VALUES (?,?,?,?,?,?,?)",
                        (
                            quote_id,
                            quote.text,
                            quote.speaker or "",
                            quote.role or "",
                            item.title,
                            item.source or "",
                            places,
                        ),
                    )

    def touch(self, changes: Iterable[tuple[str, int, int]]) -> None:
        """Record new modification times of files whose bytes are the same (``touch``)."""
        with self.transaction():
            self.connection.executemany(
                "UPDATE articles SET size = ?, mtime_ns = ? WHERE path = ?",
                [(size, mtime_ns, path) for path, size, mtime_ns in changes],
            )

    def remove(self, paths: Iterable[str]) -> None:
        """Forget the files at ``paths`` (deleted since they were indexed)."""
        connection = self.connection
        with self.transaction():
            for path in paths:
                found = connection.execute(
                    "SELECT id FROM articles WHERE path = ?", (path,)
                ).fetchone()
                if found is not None:
                    self._forget_contents(found[0])
                    connection.execute("DELETE FROM articles WHERE id = ?", found)

    def _forget_contents(self, article: int) -> None:
        connection = self.connection
        connection.execute(
            "DELETE FROM quote_text WHERE rowid IN (SELECT id FROM quotes WHERE article = ?)",
            (article,),
        )
        connection.execute("DELETE FROM quotes WHERE article = ?", (article,))
        connection.execute("DELETE FROM places WHERE article = ?", (article,))
        connection.execute("DELETE FROM extractions WHERE article = ?", (article,))
