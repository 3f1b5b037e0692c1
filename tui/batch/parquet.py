"""Parquet in and out, with pyarrow (the ``parquet`` extra; imported only when asked for).

Out: a folder holding ``articles/part-NNNNN.parquet`` and ``quotes/part-NNNNN.parquet``; part
N of both tables holds the same articles. Each part is written under a hidden name and
renamed when complete, so a reader (DuckDB, pandas, Spark) never sees half a part; an empty
``_SUCCESS`` file (Spark's convention) says the run finished. In: the rows of a Parquet file
of articles (``tui.batch.rows``), read a record batch at a time.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from tui.batch.rows import FIELDS
from tui.batch.tables import ARTICLE_COLUMNS, QUOTE_COLUMNS, TableRows

_TYPES = {"string": pa.string(), "int32": pa.int32(), "int64": pa.int64()}
ARTICLES_SCHEMA = pa.schema([(name, _TYPES[kind]) for name, kind in ARTICLE_COLUMNS])
QUOTES_SCHEMA = pa.schema([(name, _TYPES[kind]) for name, kind in QUOTE_COLUMNS])
TABLES = (("articles", ARTICLES_SCHEMA), ("quotes", QUOTES_SCHEMA))
# Articles a row group holds (what is kept in memory before writing) and a part file holds.
ROW_GROUP_ARTICLES = 1_000
PART_ARTICLES = 50_000
_ROWS_READ = 512


class OutputError(Exception):
    """The folder cannot take the tables; the message says why, on one line."""


class ParquetOut:
    """The articles and quotes tables written into ``folder`` in parts as articles come."""

    def __init__(
        self,
        folder: Path,
        row_group: int = ROW_GROUP_ARTICLES,
        part: int = PART_ARTICLES,
    ) -> None:
        self.folder = folder
        self._row_group, self._part = row_group, part
        for name, _ in TABLES:
            table = folder / name
            if table.is_dir() and any(table.glob("*.parquet")):
                raise OutputError(
                    f"{table} already holds Parquet parts: remove them or choose another folder"
                )
        try:
            for name, _ in TABLES:
                (folder / name).mkdir(parents=True, exist_ok=True)
            (folder / "_SUCCESS").unlink(missing_ok=True)
        except OSError as error:
            raise OutputError(f"{folder}: cannot write: {error.strerror or error}") from None
        self._articles: list[dict[str, Any]] = []
        self._quotes: list[dict[str, Any]] = []
        self._writers: list[tuple[pq.ParquetWriter, Path, Path]] = []
        self._parts = 0
        self._in_part = 0

    def add(self, rows: TableRows) -> None:
        """An article's rows, written with the next row group."""
        self._articles.append(rows.article)
        self._quotes.extend(rows.quotes)
        if len(self._articles) >= self._row_group:
            self._write_group()

    def add_failed(self, row: dict[str, Any]) -> None:
        """The articles table's row of an article that gave nothing."""
        self.add(TableRows(row, []))

    def close(self) -> None:
        """Write what is left, finish the last part and mark the run complete. With no article
        at all, each table still gets an empty part, so that readers find its columns."""
        if self._articles or not self._parts:
            self._write_group()
        self._finish_part()
        (self.folder / "_SUCCESS").touch()

    def abort(self) -> None:
        """Leave the parts already finished and remove the one being written."""
        for writer, temporary, _ in self._writers:
            writer.close()
            temporary.unlink(missing_ok=True)
        self._writers = []

    def _write_group(self) -> None:
        if not self._writers:
            self._start_part()
        for (writer, _, _), rows, (_, schema) in zip(
            self._writers, (self._articles, self._quotes), TABLES, strict=True
        ):
            writer.write_table(pa.Table.from_pylist(rows, schema=schema))
        self._in_part += len(self._articles)
        self._articles, self._quotes = [], []
        if self._in_part >= self._part:
            self._finish_part()

    def _start_part(self) -> None:
        name = f"part-{self._parts:05}.parquet"
        for table, schema in TABLES:
            final = self.folder / table / name
            temporary = final.with_name(f".{name}.tmp")
            self._writers.append((pq.ParquetWriter(temporary, schema), temporary, final))
        self._parts += 1
        self._in_part = 0

    def _finish_part(self) -> None:
        for writer, temporary, final in self._writers:
            writer.close()
            os.replace(temporary, final)
        self._writers = []


class RowsError(Exception):
    """A Parquet file that gives no rows of articles; the message says why, on one line."""


def parquet_rows(path: str) -> tuple[int, Iterator[dict[str, Any]]]:
    """How many rows a Parquet file of articles holds, and its rows (only the fields an
    article is read from), a record batch at a time."""
    try:
        file = pq.ParquetFile(path)
    except FileNotFoundError:
        raise RowsError("no such file") from None
    except (OSError, pa.ArrowException) as error:
        raise RowsError(f"not a Parquet file: {' '.join(str(error).split())}") from None
    names = set(file.schema_arrow.names)
    if not names & {"text", "html"}:
        raise RowsError('no "text" or "html" column: not a table of articles')
    columns = [name for name in FIELDS if name in names]

    def rows() -> Iterator[dict[str, Any]]:
        for batch in file.iter_batches(batch_size=_ROWS_READ, columns=columns):
            yield from batch.to_pylist()

    return file.metadata.num_rows, rows()
