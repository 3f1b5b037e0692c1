"""What flows through a batch extraction: the articles as the input gives them, and what
became of each (written, or failed with a reason and a kind)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from tui.batch.tables import TableRows
from tui.textsafe import one_line

# The kinds of failure, so that a large run's failures can be counted and sorted.
UNREADABLE = "unreadable"  # the file, or the page a row holds, gives no article
BAD_ROW = "bad-row"  # a row that is not JSON, not an object, or has no text
UNSUPPORTED = "unsupported"  # a row this installation cannot read (HTML without the page reader)
EXTRACTION = "extraction"  # the rules failed on the article
WORKER = "worker"  # the process extracting it died or was lost


@dataclass(frozen=True, slots=True)
class Item:
    """One article to extract, as the input gives it: a file (``payload`` its absolute path,
    so that a worker started elsewhere finds it on a shared file system), a line of JSON
    (bytes, decoded where it is extracted) or a row already read (a dict, from Parquet).
    ``where`` says where it is as the user named it: the file's path, or the input and line
    (``rows.jsonl:12``)."""

    where: str
    payload: str | bytes | dict[str, Any]

    @property
    def is_file(self) -> bool:
        """Whether the article is a file (rather than a row)."""
        return isinstance(self.payload, str)


@dataclass(frozen=True, slots=True)
class Done:
    """An article extracted, with its output ready to write: text in the format asked, or its
    rows of the Parquet tables."""

    where: str
    article_id: str
    output: str | TableRows


@dataclass(frozen=True, slots=True)
class Failed:
    """An article that gave nothing: where it is, why (one line), and the kind of failure."""

    where: str
    reason: str
    kind: str
    article_id: str | None = None

    def describe(self) -> str:
        """``rows.jsonl:12 (id a7): not JSON: ... [bad-row]``, safe to print."""
        named = f" (id {self.article_id})" if self.article_id not in (None, self.where) else ""
        return one_line(f"{self.where}{named}: {self.reason} [{self.kind}]")
