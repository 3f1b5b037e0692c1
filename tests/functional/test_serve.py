"""``quotelens serve`` driven in a real headless browser: Debian's chromium, through Playwright
(pointed at that browser: it never downloads one of its own).

What the page's terminal draws goes to a canvas, so the test reads the screen from the frames
the reader sends the page over its web socket, as the page's terminal receives them, with the
escape sequences taken out; keys are typed into the page as a person types them.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import SEED
from tui.serve import public_url

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# Escape sequences: CSI (colours, cursor moves), OSC (titles, the clipboard), lone escapes.
_ESCAPES = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b.")


def _browser_missing() -> str | None:
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright is not installed (pip install -e '.[test]')"
    if not CHROMIUM.exists():
        return "no browser: /usr/bin/chromium is missing (apt-get install chromium)"
    return None


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def server(private_state: Path) -> Iterator[tuple[str, subprocess.Popen[str]]]:
    """``quotelens serve`` on the seed, on a free local port, until the test ends."""
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "tui", "serve", str(SEED), "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "TERM": "xterm-256color"},
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}/"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(url, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    raise AssertionError(process.stdout.read() if process.stdout else "") from None
                time.sleep(0.2)
        yield url, process
    finally:
        _stop(process)


def _stop(process: subprocess.Popen[str]) -> None:
    """End the server and the readers it started (its process group), gently first."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(process.pid, signal.SIGTERM)
    try:
        process.communicate(timeout=10)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.communicate()


def test_serve_says_where_and_binds_to_this_machine_alone(server) -> None:  # noqa: ANN001
    url, process = server
    os.killpg(process.pid, signal.SIGTERM)
    output = process.communicate(timeout=10)[0]
    assert f"serving the reader on {url.rstrip('/')}" in output
    assert "only this machine can reach it" in output


def test_serve_with_nothing_readable_says_why_and_serves_nothing(tmp_path: Path) -> None:
    missing = tmp_path / "missing.txt"
    finished = subprocess.run(
        [sys.executable, "-m", "tui", "serve", str(missing), "--port", str(_free_port())],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert finished.returncode == 1
    assert "missing.txt" in finished.stderr and "nothing to serve" in finished.stderr
    assert "serving" not in finished.stdout


def test_serve_without_textual_serve_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from tui.serve import main

    monkeypatch.setitem(sys.modules, "textual_serve.server", None)  # as if not installed
    assert main([str(SEED)]) == 1
    assert "pip install 'quotelens[serve]'" in capsys.readouterr().err


def test_a_listening_on_everything_address_is_given_to_browsers_by_name() -> None:
    assert public_url("127.0.0.1", 8000) == "http://127.0.0.1:8000"
    assert "0.0.0.0" not in public_url("0.0.0.0", 8000)
    assert public_url("::1", 8080) == "http://[::1]:8080"


@pytest.mark.slow
@pytest.mark.skipif(_browser_missing() is not None, reason=_browser_missing() or "")
def test_the_reader_in_a_headless_browser(server, tmp_path: Path) -> None:  # noqa: ANN001
    from playwright.sync_api import sync_playwright

    url, _ = server
    received: list[str] = []

    def screen_text() -> str:
        return _ESCAPES.sub("", "".join(received))

    def wait_for(words: str, since: int = 0) -> str:
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            page.wait_for_timeout(200)
            text = _ESCAPES.sub("", "".join(received[since:]))
            if words in text:
                return text
        raise AssertionError(f"{words!r} never shown; last: {screen_text()[-800:]!r}")

    def on_frame(payload: str | bytes) -> None:
        received.append(payload.decode("utf-8", "replace") if isinstance(payload, bytes) else "")

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            origin = url.rstrip("/")
            context.grant_permissions(["clipboard-read", "clipboard-write"], origin=origin)
            page = context.new_page()
            page.on("websocket", lambda socket: socket.on("framereceived", on_frame))
            page.goto(url, wait_until="domcontentloaded")
            # The seed's headline and its speakers, as the page received them.
            wait_for("Russia rules out ceding back war territory")
            for speaker in ("Dmitry Peskov", "Vladimir Putin"):
                wait_for(speaker)
            # Keys go to the page's terminal (a click could land on a quote and choose it).
            page.focus(".xterm-helper-textarea")

            since = len(received)
            page.keyboard.press("n")
            wait_for("Quote 1 of", since)

            # A copy reaches the browser's clipboard (by OSC 52, which the page's terminal
            # hands to the browser), and the notice says so.
            since = len(received)
            page.keyboard.press("c")
            wait_for("browser's clipboard", since)
            deadline = time.monotonic() + 10
            copied = ""
            while "AFP" not in copied and time.monotonic() < deadline:
                page.wait_for_timeout(200)
                copied = page.evaluate("navigator.clipboard.readText()")
            assert copied.startswith("“some hope” — Vladimir Putin")
            assert "Russia rules out ceding back war territory" in copied

            since = len(received)
            page.keyboard.press("?")
            wait_for("this help", since)
            page.screenshot(path=str(tmp_path / "help.png"))  # for a person to look at
        finally:
            browser.close()
