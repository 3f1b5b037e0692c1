"""``quotelens serve``: the same reader in a browser, through textual-serve.

textual-serve runs a fresh reader process for each browser tab and relays its screen and keys
over a web socket; its page draws the terminal with xterm.js, whose OSC 52 handler writes the
copies the reader makes to the browser's clipboard. Serving lets whoever reaches the address
read the articles, so it binds to this machine alone unless told otherwise.
"""

from __future__ import annotations

import argparse
import shlex
import socket
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.textsafe import one_line

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
_EVERY_INTERFACE = ("0.0.0.0", "::", "")


def main(args: Sequence[str]) -> int:
    """Parse ``serve``'s options, check the articles, then serve until interrupted."""
    parser = argparse.ArgumentParser(
        prog="quotelens serve",
        description="Serve the reader to a web browser (each tab gets a reader of its own).",
    )
    parser.add_argument("paths", nargs="*", metavar="PATH", help="article files or folders")
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help=f"address to listen on ({DEFAULT_HOST}: this machine only; 0.0.0.0: every network)",
    )
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help=f"port ({DEFAULT_PORT})")
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use, when a proxy stands in front (default: host and port)",
    )
    options = parser.parse_args(list(args))
    if not 0 < options.port < 65536:
        parser.error("--port must be between 1 and 65535")
    try:
        # Imported here: aiohttp is a tenth of a second, and only this command needs it.
        from textual_serve.server import Server
    except ImportError:
        print(
            "quotelens: serve needs textual-serve: pip install 'quotelens[serve]'", file=sys.stderr
        )
        return 1

    from tui.library import open_library
    from tui.resources import default_article_paths

    # Absolute, so that the readers the server starts find them wherever it was started.
    paths = [str(Path(path).resolve()) for path in options.paths or default_article_paths()]
    library = open_library(paths)
    if all(entry.error is not None for entry in library.entries):
        for entry in library.entries:
            print(f"quotelens: {one_line(entry.path)}: {entry.error}", file=sys.stderr)
        for failure in library.failures:
            print(f"quotelens: {one_line(failure.path)}: {failure.reason}", file=sys.stderr)
        print("quotelens: no article could be read; nothing to serve", file=sys.stderr)
        return 1

    url = options.public_url or public_url(options.host, options.port)
    print(f"quotelens: serving the reader on {url}", flush=True)
    if options.host in ("127.0.0.1", "localhost", "::1"):
        print(
            "quotelens: only this machine can reach it (--host 0.0.0.0 opens it to the network)",
            flush=True,
        )
    else:
        print(
            f"quotelens: listening on {options.host or 'every address'}: anyone who can reach "
            "it can read these articles",
            flush=True,
        )
    command = shlex.join([sys.executable, "-m", "tui", *paths])
    Server(command, host=options.host, port=options.port, title="quotelens", public_url=url).serve()
    return 0


def public_url(host: str, port: int) -> str:
    """The address a browser is given for ``host``: a listening-on-everything address is no
    address to connect to, so this machine's name stands in for it."""
    if host in _EVERY_INTERFACE:
        host = socket.getfqdn()
    if ":" in host:
        host = f"[{host}]"
    return f"http://{host}:{port}"
