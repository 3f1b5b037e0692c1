"""What a worker process does with one article file: read it, extract it, and hand back rows
ready to store. Run in worker processes, this module imports the rules and nothing of the
interface, so a worker starts light."""

from __future__ import annotations

import hashlib
import os
import stat
from dataclasses import dataclass

from tui.index.record import encode
from tui.ingest import ArticleError
from tui.library import load_entry


@dataclass(frozen=True, slots=True)
class FileKey:
    """What says a file is unchanged: its size, modification time and content digest."""

    size: int
    mtime_ns: int
    digest: str


@dataclass(frozen=True, slots=True)
class QuoteRow:
    """One quote as the search table holds it."""

    text: str
    kind: str
    speaker: str | None
    role: str | None
    paragraph: int | None


@dataclass(frozen=True, slots=True)
class Indexed:
    """One article file read and extracted, as rows for the index; ``error`` says why a file
    gave no article (it is kept, so that it is not read again until it changes)."""

    path: str
    key: FileKey
    title: str
    source: str | None = None
    date: str | None = None
    error: str | None = None
    blob: bytes | None = None
    quotes: tuple[QuoteRow, ...] = ()
    places: tuple[str, ...] = ()


def file_digest(path: str) -> str:
    """The digest of the file's bytes (read in blocks: an article may be large)."""
    digest = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as file:
        while block := file.read(1 << 20):
            digest.update(block)
    return digest.hexdigest()


def stat_key(path: str) -> tuple[int, int] | None:
    """Size and modification time of a regular file; None for anything else (a folder, a
    FIFO, a device or a missing file, which ``read_article`` explains)."""
    try:
        found = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(found.st_mode):
        return None
    return found.st_size, found.st_mtime_ns


def index_file(path: str) -> Indexed:
    """Read and extract the article at ``path``. Never raises: one bad article must not stop
    the others, so any failure becomes the file's reason."""
    before = stat_key(path)
    name = os.path.basename(path)
    try:
        digest = file_digest(path) if before is not None else ""
        # Read and extracted as everywhere else: any failure is an ArticleError with the
        # stage, the error's kind and its message.
        entry = load_entry(path)
    except ArticleError as error:
        return _failed(path, before, name, str(error))
    except OSError as error:  # the digest's own reading
        return _failed(path, before, name, f"cannot be read: {error.strerror or error}")
    article, extraction = entry.article, entry.extraction
    after = stat_key(path)
    # A file that changed while it was read is stored as stale, to be read again next time.
    size, mtime_ns = after if after is not None and after == before else (-1, -1)
    speakers = {speaker.name: speaker.role for speaker in extraction.speakers}
    meta = article.meta
    return Indexed(
        path=path,
        key=FileKey(size, mtime_ns, digest),
        title=meta.title,
        source=meta.source,
        date=meta.date,
        blob=encode(meta, extraction),
        quotes=tuple(
            QuoteRow(
                quote.text,
                quote.kind,
                quote.speaker,
                speakers.get(quote.speaker or ""),
                quote.paragraph,
            )
            for quote in extraction.quotes
        ),
        places=tuple(territory.name for territory in extraction.territories),
    )


def index_files(paths: list[str]) -> list[Indexed]:
    """``index_file`` on each path: a worker is handed a few files at a time."""
    return [index_file(path) for path in paths]


def _failed(path: str, before: tuple[int, int] | None, name: str, reason: str) -> Indexed:
    size, mtime_ns = before if before is not None else (-1, -1)
    return Indexed(path, FileKey(size, mtime_ns, ""), f"{name} (cannot be read)", error=reason)
