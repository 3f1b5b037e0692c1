"""Fetching a web page over HTTP(S) with the standard library, or a one-line reason why not.

The reader names itself (``quotelens/<version>``), waits a bounded time, reads a bounded number
of bytes, follows redirects (as urllib does, up to ten) and accepts only HTML. Nothing is run:
the page's bytes are all it takes.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import urllib.error
import urllib.request
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit

from tui import __version__

USER_AGENT = f"quotelens/{__version__} (terminal news reader)"
TIMEOUT_SECONDS = 20.0
# Far above an article page with its markup (a few hundred kB); a larger answer is not read.
MAX_PAGE_BYTES = 10 * 1024 * 1024
_HTML_TYPES = ("text/html", "application/xhtml+xml")


class FetchError(Exception):
    """A page that could not be fetched; the message is one line meant for the user."""


@dataclass(frozen=True, slots=True)
class Fetched:
    """A page as the server sent it, and when."""

    url: str  # where the page was found, after any redirects
    requested: str  # the address the user gave
    data: bytes
    content_type: str
    fetched: str  # ISO 8601 in UTC, to the second


def is_url(text: str) -> bool:
    """Whether ``text`` is a web address quotelens fetches (http or https, with a host)."""
    parts = urlsplit(text.strip())
    return parts.scheme in ("http", "https") and bool(parts.netloc)


def fetch(url: str, timeout: float = TIMEOUT_SECONDS, max_bytes: int = MAX_PAGE_BYTES) -> Fetched:
    """The page at ``url``; raises ``FetchError`` with the reason when there is none."""
    url = url.strip()
    if not is_url(url):
        raise FetchError("not a web address (it must start with http:// or https://)")
    request = urllib.request.Request(
        url, headers={"User-Agent": USER_AGENT, "Accept": "text/html,application/xhtml+xml"}
    )
    host = urlsplit(url).hostname or url
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            content_type = response.headers.get("Content-Type", "")
            kind = content_type.split(";")[0].strip().lower()
            if kind and kind not in _HTML_TYPES:
                raise FetchError(f"not a web page: the server sent {kind}")
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > max_bytes:
                raise FetchError(_too_large(int(declared), max_bytes))
            data = response.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise FetchError(_too_large(len(data), max_bytes))
            final = response.geturl()
    except urllib.error.HTTPError as error:
        raise FetchError(_http_reason(error)) from None
    except urllib.error.URLError as error:
        raise FetchError(_connection_reason(error.reason, host, timeout)) from None
    except TimeoutError:
        raise FetchError(f"no answer from {host} within {timeout:.0f} s") from None
    except (http.client.HTTPException, ConnectionError, OSError) as error:
        raise FetchError(f"the connection to {host} failed: {_describe(error)}") from None
    if not data.strip():
        raise FetchError("the server sent an empty page")
    fetched = datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")
    return Fetched(final, url, data, content_type, fetched)


def _too_large(size: int, limit: int) -> str:
    return f"too large for an article page (over {limit // 1_048_576} MB): not read"


def _http_reason(error: urllib.error.HTTPError) -> str:
    if 300 <= error.code < 400:
        return "too many redirects (the server sends the page round in a loop)"
    reason = f" {error.reason}" if error.reason else ""
    return f"the server answered {error.code}{reason}"


def _connection_reason(reason: object, host: str, timeout: float) -> str:
    """Why no connection was made, in words: no network, no such host, refused, timed out."""
    if isinstance(reason, TimeoutError | socket.timeout):
        return f"no answer from {host} within {timeout:.0f} s"
    if isinstance(reason, socket.gaierror):
        return f"no network, or no such host: {host}"
    if isinstance(reason, ConnectionRefusedError):
        return f"{host} refused the connection"
    if isinstance(reason, ssl.SSLError):
        return f"the secure connection to {host} failed: {_describe(reason)}"
    if isinstance(reason, OSError):
        return f"cannot reach {host}: {_describe(reason)}"
    return f"cannot reach {host}: {reason}"


def _describe(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return " ".join(str(error).split()) or type(error).__name__
