"""The collection: quotes a user keeps across runs, to export all at once.

Kept as JSON in the user's data directory and written atomically after every change, so a
crash or a full disk never loses what was already kept (the old file stays whole until the
new one has been written out in full).
"""

from __future__ import annotations

import csv
import io
import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path
from typing import Any

from tui.cite import Source, citation_key, cite_source
from tui.state import write_atomically

EXPORTS = {"markdown": "md", "bibtex": "bib", "csl-json": "json", "csv": "csv"}


def data_dir() -> Path:
    """``$XDG_DATA_HOME/quotelens``, else ``~/.local/share/quotelens``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotelens"


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept quote: what a citation needs, and where it came from."""

    path: str
    span: tuple[int, int]
    source: Source

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to disk."""
        fields = asdict(self.source)
        fields["day"] = self.source.day.isoformat() if self.source.day else None
        return {"path": self.path, "span": list(self.span), "source": fields}

    @staticmethod
    def from_json(data: dict[str, Any]) -> Kept:
        """A kept quote read back from disk."""
        fields = dict(data["source"])
        fields["day"] = date.fromisoformat(fields["day"]) if fields.get("day") else None
        return Kept(
            str(data["path"]), (int(data["span"][0]), int(data["span"][1])), Source(**fields)
        )


class Collection:
    """The kept quotes, in the user's order."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "collection.json"
        self.items: list[Kept] = self._load()

    def _load(self) -> list[Kept]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return [Kept.from_json(item) for item in raw]
        except (OSError, ValueError, KeyError, TypeError):
            return []

    def _save(self) -> None:
        text = json.dumps([item.to_json() for item in self.items], ensure_ascii=False, indent=1)
        write_atomically(self.path, text)

    def add(self, item: Kept) -> bool:
        """Keep ``item``; False if it was kept already."""
        if any(kept.path == item.path and kept.span == item.span for kept in self.items):
            return False
        self.items.append(item)
        self._save()
        return True

    def remove(self, index: int) -> None:
        """Stop keeping item ``index``."""
        del self.items[index]
        self._save()

    def move(self, index: int, step: int) -> int:
        """Move item ``index`` up (negative ``step``) or down; where it is now."""
        target = max(0, min(len(self.items) - 1, index + step))
        if target != index:
            self.items.insert(target, self.items.pop(index))
            self._save()
        return target

    def export(self, format: str) -> str:
        """Every kept quote in ``format``: markdown, bibtex, csl-json or csv."""
        sources = [item.source for item in self.items]
        if format == "markdown":
            return "\n\n".join(cite_source(source, "markdown") for source in sources) + "\n"
        if format == "bibtex":
            return "\n\n".join(_bibtex_unique(sources)) + "\n"
        if format == "csl-json":
            items = []
            for number, source in enumerate(sources, start=1):
                [item] = json.loads(cite_source(source, "csl-json"))
                item["id"] = f"{citation_key(source)}-{number}"
                items.append(item)
            return json.dumps(items, ensure_ascii=False, indent=2) + "\n"
        if format == "csv":
            return _csv(self.items)
        raise ValueError(f"unknown export format: {format}")


def _bibtex_unique(sources: list[Source]) -> list[str]:
    """BibTeX entries whose keys stay unique when two quotes come from one article."""
    seen: dict[str, int] = {}
    entries = []
    for source in sources:
        entry = cite_source(source, "bibtex")
        key = citation_key(source)
        count = seen.get(key, 0)
        seen[key] = count + 1
        if count:
            entry = entry.replace(f"@article{{{key},", f"@article{{{key}-{count + 1},", 1)
        entries.append(entry)
    return entries


def _csv(items: list[Kept]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(["quote", "speaker", "role", "title", "source", "date", "paragraph", "path"])
    for item in items:
        source = item.source
        writer.writerow(
            [
                source.words,
                source.speaker or "",
                source.role or "",
                source.title,
                source.publisher or "",
                source.day.isoformat() if source.day else "",
                source.paragraph or "",
                item.path,
            ]
        )
    return buffer.getvalue()
