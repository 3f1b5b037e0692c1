"""Web pages kept as fetched, in ``$XDG_DATA_HOME/quotelens/pages/<host>/``.

Each page is kept byte for byte as the server sent it (``NAME.html``) with a small record
beside it (``NAME.fetch.json``: the URL, the address asked for, the fetch time, the content
type), so it reopens offline, belongs to the library the reader opens with no argument, and its
citations carry the URL and the day it was read. Fetching the same URL again replaces the page.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlsplit

from tui.fetch import Fetched, fetch
from tui.ingest import ArticleError
from tui.model import Article
from tui.resources import kept_pages_dir

_UNSAFE = re.compile(r"[^A-Za-z0-9._-]+")


def page_path(url: str) -> Path:
    """Where the page of ``url`` is kept: the host, then the last words of its path and a
    short hash of the whole URL (two URLs never share a file)."""
    parts = urlsplit(url)
    host = _UNSAFE.sub("-", (parts.hostname or "page").removeprefix("www.")).strip("-.")
    words = [word for word in parts.path.split("/") if word]
    stem = _UNSAFE.sub("-", words[-1] if words else "index").strip("-.")[:60] or "page"
    stem = re.sub(r"\.html?$", "", stem, flags=re.IGNORECASE)
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:10]
    return kept_pages_dir() / (host or "page") / f"{stem}-{digest}.html"


def record_of(page: Fetched) -> dict[str, str]:
    """What is kept beside a fetched page."""
    return {
        "url": page.url,
        "requested": page.requested,
        "fetched": page.fetched,
        "content_type": page.content_type,
    }


def keep(page: Fetched) -> Path:
    """Write ``page`` and its fetch record into the pages folder; return the page's path."""
    from tui.ingest.web import sidecar_of

    path = page_path(page.requested)
    _write(path, page.data)
    _write(sidecar_of(path), json.dumps(record_of(page), indent=1).encode("utf-8"))
    return path


def open_url(url: str) -> tuple[Path, Article]:
    """Fetch ``url``, read its article, and keep the page; raises ``FetchError`` or
    ``ArticleError``. A page with no article is not kept (and a page kept before from the
    same URL stays as it was)."""
    # Imported here: the web reader brings lxml and trafilatura.
    from tui.ingest.web import parse_page
    from tui.ingest.web.charset import decode_page

    page = fetch(url)
    path = page_path(page.requested)
    decoded = decode_page(page.data, page.content_type)
    article = parse_page(str(path), decoded.text, decoded.encoding, decoded.notes, record_of(page))
    keep(page)
    return path, article


def _write(path: Path, data: bytes) -> None:
    """Replace ``path`` with ``data`` whole, never half-written."""
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def fetch_all(
    paths: list[str], say: Callable[[str], None] | None = None
) -> tuple[list[str], list[tuple[str, str]]]:
    """``paths`` with each URL among them fetched and replaced by its kept page (the copy kept
    before, when the page cannot be fetched now); the URLs that gave no article, each with the
    one-line reason. ``say`` hears of each fetch as it starts."""
    from tui.fetch import FetchError, is_url

    found: list[str] = []
    failures: list[tuple[str, str]] = []
    for path in paths:
        if not is_url(path):
            found.append(path)
            continue
        if say is not None:
            say(f"fetching {path}")
        try:
            kept, _ = open_url(path)
        except FetchError as error:
            earlier = page_path(path)
            if not earlier.is_file():
                failures.append((path, str(error)))
                continue
            # Offline, or the site is down: the copy kept when it was last fetched still reads.
            if say is not None:
                say(f"{path}: {error}; opening the copy kept earlier")
            found.append(str(earlier))
        except ArticleError as error:
            failures.append((path, str(error)))
        else:
            found.append(str(kept))
    return found, failures
