"""A local web server for the tests: fixture pages, redirects and failures on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.pages import article_page

HOME = "<html><head><title>Mapleton Gazette</title></head><body><ul>{}</ul></body></html>".format(
    "".join(f'<li><a href="/n{n}">Headline number {n} about the town</a></li>' for n in range(40))
)


class Handler(BaseHTTPRequestHandler):
    """Answers each test route; records the user agent of every request."""

    agents: list[str] = []

    def do_GET(self) -> None:  # noqa: N802 - the standard library's name
        Handler.agents.append(self.headers.get("User-Agent", ""))
        route = self.path.split("?")[0]
        if route == "/article":
            self._send(200, "text/html; charset=utf-8", article_page().encode("utf-8"))
        elif route == "/moved":
            self._redirect("/article")
        elif route == "/loop":
            self._redirect("/loop")
        elif route == "/report.pdf":
            self._send(200, "application/pdf", b"%PDF-1.4 not a page")
        elif route == "/huge":
            self._send(200, "text/html", b"<html>" + b"x" * 200_000 + b"</html>")
        elif route == "/slow":
            time.sleep(3)
            self._send(200, "text/html", article_page().encode("utf-8"))
        elif route == "/home":
            self._send(200, "text/html", HOME.encode("utf-8"))
        else:
            self._send(404, "text/html", b"<html><body>Not here</body></html>")

    def _send(self, status: int, kind: str, data: bytes) -> None:
        self.send_response(status)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        # The client may have given up (the timeout test): there is nothing to tell it.
        with contextlib.suppress(BrokenPipeError, ConnectionResetError):
            self.wfile.write(data)

    def _redirect(self, where: str) -> None:
        self.send_response(302)
        self.send_header("Location", where)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args: object) -> None:
        """Quiet: the tests' output is theirs."""


@contextmanager
def serving() -> Iterator[str]:
    """Serve the test routes on a free local port; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()
