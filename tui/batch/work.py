"""What a worker does with a batch of articles: read each (a file, a JSON line, a row),
extract it, and hand back its output ready to write, or why it failed. A worker process, or a
Dask worker on another machine, runs this; it imports the rules and nothing of the interface,
and never raises for one article, so one bad article never stops the others."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import replace

from tui.batch.items import EXTRACTION, UNREADABLE, Done, Failed, Item
from tui.batch.rows import RowError, article_of_row, decode_line, row_id
from tui.batch.tables import TableRows, table_rows
from tui.export import article_record, render
from tui.extract import extract
from tui.ingest import ArticleError, parse_article, read_article
from tui.library import Entry, failure_reason

PARQUET = "parquet"


def run_batch(items: Sequence[Item], format: str, rules_only: bool = False) -> list[Done | Failed]:
    """Each item read, extracted and written in ``format`` (``extract``'s text formats, or
    ``parquet`` for table rows), in the order given; ``rules_only`` leaves the names model
    out, in whichever process or cluster worker this runs (a cluster's worker serves each run
    as it asks)."""
    use_model(not rules_only)
    return [_run(item, format) for item in items]


def warm_up(rules_only: bool = False) -> None:
    """Load what extraction will use now, as extracting a first article does, so that a
    worker pays for it once when it starts rather than in its first task: the rules, word
    lists and gazetteer, and the names model unless ``rules_only`` (loading it costs a worker
    some 2 s of CPU and 150 MB that a run of the rules alone never uses)."""
    use_model(not rules_only)
    extract(parse_article("warm-up.txt", 'Warm-up\n\n"Ready," said Ann Lee in Kyiv.\n'))


def use_model(wanted: bool) -> None:
    """Ask the names model in this process, or leave it out (``--rules-only``)."""
    from tui.extract import ner

    ner.set_enabled(wanted)


def _run(item: Item, format: str) -> Done | Failed:
    article_id: str | None = None
    try:
        if isinstance(item.payload, str):
            article = read_article(item.payload)
            if article.path != item.where:  # the file's path as the user named it
                article = replace(article, path=item.where)
            article_id = item.where
        else:
            row = decode_line(item.payload) if isinstance(item.payload, bytes) else item.payload
            article_id = row_id(row, item.where)
            article = article_of_row(row, item.where)
    except RowError as error:
        return Failed(item.where, str(error), error.kind, article_id)
    except ArticleError as error:
        return Failed(item.where, str(error), UNREADABLE, article_id)
    except Exception as error:  # noqa: BLE001 - reported for this article, the others go on
        return Failed(
            item.where, failure_reason("could not be read", error), UNREADABLE, article_id
        )
    try:
        entry = Entry(article, extract(article))
        output = _output(entry, None if item.is_file else article_id, format)
    except Exception as error:  # noqa: BLE001 - reported for this article, the others go on
        return Failed(
            item.where, failure_reason("could not be extracted", error), EXTRACTION, article_id
        )
    return Done(item.where, article_id, output)


def _output(entry: Entry, given_id: str | None, format: str) -> str | TableRows:
    """The article's output. A row's JSON object begins with its ``id``; a file's is the
    same as ``extract`` writes without a cluster."""
    if format == PARQUET:
        return table_rows(entry, given_id or entry.path)
    if given_id is None or format not in ("json", "jsonl"):
        return render([entry], format)
    record = {"id": given_id, **article_record(entry)}
    if format == "jsonl":
        return json.dumps(record, ensure_ascii=False) + "\n"
    return json.dumps([record], ensure_ascii=False, indent=2) + "\n"
