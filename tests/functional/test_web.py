"""Web pages by URL, from a local server started by each test (never the internet)."""

from __future__ import annotations

import json
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ARTICLES, ROOT
from tests.pages import article_page
from tests.web_server import Handler, serving
from tui import __version__
from tui.fetch import FetchError, fetch
from tui.ingest import ArticleError
from tui.pages import open_url
from tui.resources import default_article_paths, kept_pages_dir


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "tui", *args], cwd=ROOT, capture_output=True, text=True, timeout=120
    )


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_a_page_is_fetched_with_a_clear_user_agent_and_redirects_followed() -> None:
    with serving() as base:
        page = fetch(f"{base}/moved")
    assert page.url == f"{base}/article" and page.requested == f"{base}/moved"
    assert Handler.agents[-1].startswith(f"quotelens/{__version__}")
    assert page.fetched.endswith("Z")


@pytest.mark.parametrize(
    ("route", "reason"),
    [
        ("/missing", "the server answered 404"),
        ("/loop", "too many redirects"),
        ("/report.pdf", "not a web page: the server sent application/pdf"),
        ("/huge", "too large"),
    ],
)
def test_each_failure_has_a_one_line_reason(route: str, reason: str) -> None:
    with serving() as base, pytest.raises(FetchError, match=reason) as failure:
        fetch(base + route, max_bytes=100_000)
    assert "\n" not in str(failure.value)


def test_a_slow_server_times_out() -> None:
    with serving() as base, pytest.raises(FetchError, match="no answer .* within 1 s"):
        fetch(f"{base}/slow", timeout=1)


def test_no_network_says_so() -> None:
    with pytest.raises(FetchError, match="refused the connection"):
        fetch(f"http://127.0.0.1:{closed_port()}/article")
    with pytest.raises(FetchError, match="not a web address"):
        fetch("ftp://example.org/file")


def test_a_page_with_no_article_is_not_kept() -> None:
    with serving() as base, pytest.raises(ArticleError, match="home page or a listing"):
        open_url(f"{base}/home")
    assert not kept_pages_dir().exists() or not any(kept_pages_dir().rglob("*.html"))


def test_a_fetched_page_is_kept_and_reopens_offline_in_the_default_library() -> None:
    with serving() as base:
        path, article = open_url(f"{base}/article")
    assert path.is_file() and path.is_relative_to(kept_pages_dir())
    assert article.meta.url == f"{base}/article" and article.meta.fetched
    assert path.read_bytes() == article_page().encode("utf-8")  # kept as fetched
    assert kept_pages_dir() in default_article_paths()
    offline = run("extract", str(path))  # the server is gone
    assert offline.returncode == 0, offline.stderr
    [record] = json.loads(offline.stdout)
    assert record["url"] == f"{base}/article" and record["fetched"] == article.meta.fetched


def test_extract_url_writes_the_reading_text_its_spans_index() -> None:
    with serving() as base:
        result = run("extract", f"{base}/article", f"{base}/missing")
    assert result.returncode == 1
    assert f"{base}/missing: the server answered 404" in result.stderr
    [record] = json.loads(result.stdout)
    assert record["layout"] == "web" and record["url"] == f"{base}/article"
    assert record["title"] == "Council closes old bridge to lorries"
    assert record["fetched"] and "author" in record
    assert record["quotes"]
    for quote in record["quotes"]:
        start, end = quote["span"]
        assert record["text"][start:end] == quote["text"]


def test_cite_url_carries_the_url_and_the_access_date() -> None:
    with serving() as base:
        result = run("cite", f"{base}/article", "--quote", "1", "--style", "mla")
    assert result.returncode == 0, result.stderr
    assert f"127.0.0.1:{base.rsplit(':', 1)[1]}/article" in result.stdout
    assert "Accessed " in result.stdout


def test_a_saved_page_sits_in_a_folder_with_text_articles(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    text_article = next(ARTICLES.glob("*.txt"))
    (folder / text_article.name).write_bytes(text_article.read_bytes())
    (folder / "bridge.html").write_text(article_page(), encoding="utf-8")
    result = run("extract", str(folder), "--format", "jsonl")
    assert result.returncode == 0, result.stderr
    records = [json.loads(line) for line in result.stdout.splitlines()]
    layouts = {Path(record["path"]).suffix: record["layout"] for record in records}
    assert layouts[".html"] == "web" and layouts[".txt"] != "web"
    assert "text" not in next(record for record in records if record["layout"] != "web")


def test_a_url_fetched_before_reopens_from_its_kept_copy_when_offline() -> None:
    with serving() as base:
        url = f"{base}/article"
        assert run("extract", url).returncode == 0
    offline = run("extract", url)  # the server is gone: the kept copy is read
    assert offline.returncode == 0, offline.stderr
    assert "opening the copy kept earlier" in offline.stderr
    [record] = json.loads(offline.stdout)
    assert record["url"] == url and record["title"] == "Council closes old bridge to lorries"
