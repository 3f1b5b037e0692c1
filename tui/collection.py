"""The collection: quotes a user keeps across runs, to export all at once.

Kept as JSON in the user's data directory and written atomically after every change, so a
crash or a full disk never loses what was already kept (the old file stays whole until the
new one has been written out in full).

A file that does not read whole (damaged by hand, cut short, from a newer version, not JSON)
is never written over: what can be read is kept, the file as it was is set aside beside it
under a dated name, and ``notice`` says so once. Fields this version does not know, or cannot
read, are written back as they were.
"""

from __future__ import annotations

import contextlib
import csv
import dataclasses
import io
import json
import os
import re
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from tui.cite import Source, citation_key, cite_source
from tui.files import read_regular, remove_stale_temporaries, set_aside, write_atomically
from tui.textsafe import one_line, printable

EXPORTS = {"markdown": "md", "bibtex": "bib", "csl-json": "json", "csv": "csv"}

_SOURCE_FIELDS = frozenset(item.name for item in dataclasses.fields(Source))
_TEXT_FIELDS = ("speaker", "role", "publisher", "author", "url")
# Salvaging a damaged file looks for kept quotes at each "{"; past this many objects nested
# beyond Python's recursion limit, the rest is left to the copy set aside.
_DEEP_OBJECTS_TRIED = 100
_OBJECT_START = re.compile(r"\{")


def data_dir() -> Path:
    """``$XDG_DATA_HOME/quotelens``, else ``~/.local/share/quotelens``."""
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / "quotelens"


class NotSaved(Exception):
    """A change to the collection holds in memory, but could not be written to disk."""


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept quote: what a citation needs, and where it came from.

    ``extra`` and ``source_extra`` hold what the file had that this version does not read (a
    newer version's fields, a value it cannot read), to write back unchanged.
    """

    path: str
    span: tuple[int, int]
    source: Source
    extra: Mapping[str, Any] = field(default_factory=dict, compare=False)
    source_extra: Mapping[str, Any] = field(default_factory=dict, compare=False)

    def to_json(self) -> dict[str, Any]:
        """The JSON form written to disk."""
        fields = asdict(self.source)
        fields["day"] = self.source.day.isoformat() if self.source.day else None
        fields.update(self.source_extra)
        return {**self.extra, "path": self.path, "span": list(self.span), "source": fields}


def read_kept(data: object) -> tuple[Kept, bool]:
    """A kept quote read from its JSON form, and whether every field of it could be read (those
    that could not are kept as they were). ValueError when the quote itself cannot be read: no
    file path, no span of two offsets, no words."""
    if not isinstance(data, dict):
        raise ValueError("a kept quote is not a JSON object")
    path, span, source = data.get("path"), data.get("span"), data.get("source")
    if not isinstance(path, str) or not isinstance(source, dict):
        raise ValueError("a kept quote has no file path or no source")
    if not (
        isinstance(span, list)
        and len(span) == 2
        and all(type(offset) is int and offset >= 0 for offset in span)
        and span[0] <= span[1]
    ):
        raise ValueError("a kept quote's span is not two offsets")
    if not isinstance(source.get("words"), str):
        raise ValueError("a kept quote has no words")
    source_extra = {key: value for key, value in source.items() if key not in _SOURCE_FIELDS}
    fields: dict[str, Any] = {"words": source["words"]}
    for name in (*_TEXT_FIELDS, "title"):
        fields[name] = _text(source.get(name))
    fields["day"] = _day(source.get("day"))
    paragraph = source.get("paragraph")
    fields["paragraph"] = paragraph if type(paragraph) is int else None
    # A value this version cannot read stays in the file as it was.
    unread = {
        name: source[name]
        for name in _SOURCE_FIELDS
        if source.get(name) is not None and fields[name] is None
    }
    source_extra.update(unread)
    fields["title"] = fields["title"] or ""
    extra = {key: value for key, value in data.items() if key not in ("path", "span", "source")}
    kept = Kept(path, (span[0], span[1]), Source(**fields), extra, source_extra)
    return kept, not unread


def _text(value: object) -> str | None:
    return value if isinstance(value, str) else None


def _day(value: object) -> date | None:
    if not isinstance(value, str):
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Reading:
    """What a collection file held: the quotes read, and what kept it from reading whole."""

    items: list[Kept]
    problem: str | None


def read_collection(data: bytes) -> Reading:
    """The kept quotes in the bytes of a collection file, as many as can be read; never raises
    on any bytes."""
    problems = []
    try:
        text = data.decode("utf-8-sig")  # a byte-order mark from an editor is no damage
    except UnicodeDecodeError:
        text = data.decode("utf-8-sig", errors="replace")
        problems.append("it is not all UTF-8")
    try:
        value = json.loads(text)
    except (ValueError, RecursionError):
        value = None
        problems.append("it is not valid JSON (cut short or damaged)")
        candidates = _salvage_objects(text)
    else:
        if isinstance(value, list):
            candidates = value
        else:
            problems.append("it is not a list of kept quotes")
            candidates = _salvage_objects(text)
    items: list[Kept] = []
    unreadable = partly = 0
    for candidate in candidates:
        try:
            kept, whole = read_kept(candidate)
        except ValueError:
            # Counted in a list read whole; what salvage finds is any object, kept quote or not.
            if isinstance(value, list):
                unreadable += 1
            continue
        items.append(kept)
        partly += not whole
    if unreadable:
        problems.append(f"{unreadable} kept quote(s) in it cannot be read")
    if partly:
        problems.append(f"{partly} kept quote(s) have values this version cannot read")
    return Reading(items, "; ".join(problems) or None)


def _salvage_objects(text: str) -> list[object]:
    """The JSON objects that can be read in damaged text, outermost first: each kept quote
    whole before the damage, and those after it where the text resumes."""
    decoder = json.JSONDecoder()
    found: list[object] = []
    position, deep = 0, 0
    while deep < _DEEP_OBJECTS_TRIED:
        match = _OBJECT_START.search(text, position)
        if match is None:
            break
        start = match.start()
        try:
            value, end = decoder.raw_decode(text, start)
        except RecursionError:
            deep += 1
            position = start + 1
        except ValueError as error:
            failed_at = max(start + 1, getattr(error, "pos", start + 1))
            # A quote cut short keeps what was written of it, if that names the quote.
            repaired = _cut_quote(text[start:failed_at])
            if repaired is not None:
                found.append(repaired)
            # Nothing before the point of failure starts an object that ends after it.
            position = failed_at
        else:
            found.append(value)
            # A kept quote is whole: go past it; anything else may hold kept quotes inside.
            position = end if _looks_kept(value) else start + 1
    return found


def _cut_quote(fragment: str) -> object | None:
    """The kept quote that ``fragment`` begins, cut short: cut back to a whole member and closed
    (``{"a": 1, "b": "tr`` gives ``{"a": 1}``); None if no such cut reads as a kept quote."""
    closers: list[str] = []
    cuts: list[tuple[int, str]] = []  # before each comma: what closes everything open there
    in_string = escaped = False
    for position, character in enumerate(fragment):
        if in_string:
            if escaped:
                escaped = False
            elif character == "\\":
                escaped = True
            elif character == '"':
                in_string = False
        elif character == '"':
            in_string = True
        elif character in "{[":
            closers.append("}" if character == "{" else "]")
        elif character in "}]":
            if not closers or closers.pop() != character:
                return None
            if not closers:
                return None  # the object closed whole: it was not cut short
        elif character == ",":
            cuts.append((position, "".join(reversed(closers))))
    for position, closing in reversed(cuts[-3:]):
        try:
            candidate = json.loads(fragment[:position] + closing)
        except (ValueError, RecursionError):
            continue
        if _looks_kept(candidate):
            return candidate
    return None


def _looks_kept(value: object) -> bool:
    try:
        read_kept(value)
    except ValueError:
        return False
    return True


class Collection:
    """The kept quotes, in the user's order.

    Loading never raises and never writes over what it could not read; ``notice`` says, once,
    what was found wrong and where the file was set aside. A change that cannot be written
    holds in memory and raises ``NotSaved``; ``unsaved`` says why until a write succeeds.
    """

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or data_dir() / "collection.json"
        self.notice: str | None = None
        self.unsaved: str | None = None
        # Why the file on disk must not be written over (it could not be read whole nor set
        # aside), or None.
        self._guarded: str | None = None
        self._damaged: bytes | None = None
        self.items: list[Kept] = []
        self._load()

    def _load(self) -> None:
        remove_stale_temporaries(self.path)
        try:
            data = read_regular(self.path)
        except FileNotFoundError:
            return
        except OSError as error:
            self._set_aside(None, f"it cannot be read ({_reason(error)})", 0)
            return
        try:
            reading = read_collection(data)
        except Exception as error:  # nothing in a file may stop the reader
            reading = Reading([], f"it cannot be read ({type(error).__name__})")
        self.items = reading.items
        if reading.problem is not None:
            self._set_aside(data, reading.problem, len(reading.items))

    def _set_aside(self, data: bytes | None, problem: str, readable: int) -> None:
        name = one_line(str(self.path))
        kept = f"The {readable} quote(s) that could be read are kept. " if readable else ""
        try:
            aside = set_aside(self.path, data)
        except OSError as error:
            self._guarded = f"{name} could not be read whole and could not be set aside"
            self._damaged = data
            self.notice = (
                f"Your collection {name} does not read whole: {problem}. {kept}It could not be "
                f"set aside ({_reason(error)}), so it is left as it is and nothing kept now is "
                "saved to it."
            )
            return
        self.notice = (
            f"Your collection {name} does not read whole: {problem}. {kept}The file as it was "
            f"is set aside as {one_line(aside.name)}."
        )
        if data is not None:
            # The copy holds it all: the quotes read take the damaged file's place, so that the
            # next run reads them whole (if this write fails, the damaged file stays).
            with contextlib.suppress(NotSaved):
                self._save()

    def _save(self) -> None:
        if self._guarded is not None:
            try:
                set_aside(self.path, self._damaged)
            except OSError as error:
                self.unsaved = f"{self._guarded} ({_reason(error)})"
                raise NotSaved(self.unsaved) from error
            self._guarded = self._damaged = None
        text = json.dumps([item.to_json() for item in self.items], ensure_ascii=False, indent=1)
        try:
            write_atomically(self.path, text + "\n", wait_for_reader=False)
        except OSError as error:
            self.unsaved = f"Cannot write {one_line(str(self.path))}: {_reason(error)}"
            raise NotSaved(self.unsaved) from error
        self.unsaved = None

    def add(self, item: Kept) -> bool:
        """Keep ``item``; False if it was kept already. NotSaved if it is kept in memory only."""
        if any(kept.path == item.path and kept.span == item.span for kept in self.items):
            return False
        self.items.append(item)
        self._save()
        return True

    def remove(self, index: int) -> None:
        """Stop keeping item ``index`` (NotSaved if only in memory)."""
        del self.items[index]
        self._save()

    def move(self, index: int, step: int) -> int:
        """Move item ``index`` up (negative ``step``) or down; where it is now. NotSaved if
        the new order holds in memory only."""
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
            # A CSV is read in a terminal as often as in a spreadsheet: control codes from an
            # article or its file name show as symbols there, as in every other export.
            return printable(_csv(self.items))
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


def _reason(error: OSError) -> str:
    """An OS error's reason in a few words ("Read-only file system")."""
    return one_line(error.strerror or str(error))
