"""The Parquet tables extract writes, read back as DuckDB, pandas or Spark would, and
Parquet files of articles read as rows."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from tui.batch.items import Item
from tui.batch.parquet import OutputError, ParquetOut, RowsError, parquet_rows
from tui.batch.sources import open_source
from tui.batch.tables import failed_row
from tui.batch.work import run_batch


def _rows(count: int) -> list[Item]:
    return [
        Item(
            f"rows:{number}",
            {
                "id": f"n{number}",
                "title": f"Story {number}",
                "text": f'"Line {number} holds," said Ann Lee.\n\n"So does {number}," she added.',
            },
        )
        for number in range(count)
    ]


def test_tables_are_written_in_parts_that_hold_the_same_articles(tmp_path: Path) -> None:
    out = ParquetOut(tmp_path / "out", row_group=2, part=3)
    for outcome in run_batch(_rows(7), "parquet"):
        out.add(outcome.output)
    out.add_failed(failed_row("rows:7", None, "not JSON", "bad-row"))
    out.close()
    articles_parts = sorted(path.name for path in (tmp_path / "out" / "articles").iterdir())
    assert articles_parts == ["part-00000.parquet", "part-00001.parquet"]
    assert (tmp_path / "out" / "_SUCCESS").exists()
    for part in articles_parts:
        ids = pq.read_table(tmp_path / "out" / "articles" / part)["article_id"].to_pylist()
        quoted = pq.read_table(tmp_path / "out" / "quotes" / part)["article_id"].to_pylist()
        assert set(quoted) <= set(ids)

    articles = pq.read_table(tmp_path / "out" / "articles")
    assert articles["article_id"].to_pylist() == [f"n{n}" for n in range(7)] + ["rows:7"]
    assert articles["error_kind"].to_pylist() == [None] * 7 + ["bad-row"]
    assert articles.schema.field("quotes").type == pa.int32()
    quotes = pq.read_table(tmp_path / "out" / "quotes").to_pylist()
    assert len(quotes) == 14
    first = quotes[0]
    assert first["article_id"] == "n0" and first["quote"] == 1 and first["paragraph"] == 1
    assert (first["text"], first["speaker"], first["kind"]) == ("Line 0 holds", "Ann Lee", "direct")
    assert (first["span_start"], first["span_end"]) == (1, 13)


def test_duckdb_joins_the_tables(tmp_path: Path) -> None:
    out = ParquetOut(tmp_path)
    for outcome in run_batch(_rows(3), "parquet"):
        out.add(outcome.output)
    out.close()
    found = duckdb.sql(
        f"""select a.title, count(*) as quotes, any_value(q.speaker) as speaker
            from read_parquet('{tmp_path}/quotes/*.parquet') q
            join read_parquet('{tmp_path}/articles/*.parquet') a using (article_id)
            group by a.title order by a.title"""
    ).fetchall()
    assert found == [
        ("Story 0", 2, "Ann Lee"),
        ("Story 1", 2, "Ann Lee"),
        ("Story 2", 2, "Ann Lee"),
    ]


def test_no_article_still_gives_tables_with_their_columns(tmp_path: Path) -> None:
    ParquetOut(tmp_path).close()
    table = pq.read_table(tmp_path / "quotes")
    assert table.num_rows == 0 and "speaker" in table.schema.names


def test_a_folder_holding_parts_is_not_written_over(tmp_path: Path) -> None:
    ParquetOut(tmp_path).close()
    with pytest.raises(OutputError, match="already holds Parquet parts"):
        ParquetOut(tmp_path)


def test_a_parquet_file_of_articles_is_read_as_rows(tmp_path: Path) -> None:
    path = tmp_path / "rows.parquet"
    table = pa.table(
        {
            "id": [1, 2],
            "title": ["One", "Two"],
            "text": ['"Hi," said Al Bo.', None],
            "date": [dt.date(2025, 2, 28), None],
            "embedding": [[0.1, 0.2], [0.3, 0.4]],  # not an article's field: left unread
        }
    )
    pq.write_table(table, path)
    count, rows = parquet_rows(str(path))
    assert count == 2
    assert list(rows)[0] == {
        "id": 1,
        "title": "One",
        "text": '"Hi," said Al Bo.',
        "date": dt.date(2025, 2, 28),
    }
    source = open_source([str(path)], "parquet")
    done, failed = run_batch(list(source.items), "jsonl")
    assert done.where == f"{path}:1" and '"date": "2025-02-28"' in done.output
    assert failed.where == f"{path}:2" and failed.kind == "bad-row"


def test_a_parquet_file_that_is_no_table_of_articles_is_refused(tmp_path: Path) -> None:
    pq.write_table(pa.table({"body": ["x"]}), tmp_path / "other.parquet")
    with pytest.raises(RowsError, match='no "text" or "html" column'):
        parquet_rows(str(tmp_path / "other.parquet"))
    (tmp_path / "fake.parquet").write_text("not parquet")
    with pytest.raises(RowsError, match="not a Parquet file"):
        parquet_rows(str(tmp_path / "fake.parquet"))
    source = open_source(
        [str(tmp_path / "fake.parquet"), str(tmp_path / "none.parquet")], "parquet"
    )
    assert list(source.items) == []
    assert [failure.reason for failure in source.failures][1] == "no such file"
