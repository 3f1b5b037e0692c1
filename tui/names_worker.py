"""The names model in a process of its own, for the reader. Loading it takes a second or two and
reading an article with it a fifth of a second, nearly all of it holding the interpreter's lock:
in any thread of the reader's process it stalls the interface as surely as in its own (keys
answered a second late, the first frame held up). The reader extracts an article with the
rules' names at once, shows it, and asks this process for the model's; its own process never
imports spaCy."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ProcessPoolExecutor

from tui.model import Article, Extraction
from tui.parallel import worker_pool


def extract_with_names(article: Article) -> Extraction | None:
    """``article`` extracted with the model's names (run in the worker); None when the model
    cannot be loaded there (it is not installed)."""
    from tui.extract import extract, ner

    if ner.load() is None:
        return None
    return extract(article)


class NamesWorker:
    """One worker process that reads articles with the names model: started when first asked
    (a library read from the index needs none, its extractions hold the model's names), it
    loads the model with its first article and keeps it for the session."""

    def __init__(self) -> None:
        self._pool: ProcessPoolExecutor | None = None
        self._asked: tuple[Article, Future[Extraction | None]] | None = None  # the latest
        self._closed = False
        self._lock = threading.Lock()

    def read(self, article: Article) -> Future[Extraction | None]:
        """The model's extraction of ``article``, to come. An article asked for before and
        not begun yet is dropped (the reader has moved on; it asks again when it comes back).
        The first call starts the worker's fork server, which takes a moment: not from the
        interface's thread. Raises ``RuntimeError`` once closed."""
        with self._lock:
            if self._closed:
                raise RuntimeError("the names process is closed")
            if self._asked is not None:
                earlier, future = self._asked
                if earlier is article and not future.done():
                    return future
                future.cancel()
            if self._pool is None:
                self._pool = worker_pool(1)
            future = self._pool.submit(extract_with_names, article)
            self._asked = (article, future)
            return future

    def close(self) -> None:
        """Drop what is still to be read and end the worker now: left to finish its article
        (loading the model first, a second or two), it would hold up the reader's exit, and
        nothing it does is kept."""
        with self._lock:
            pool, self._pool = self._pool, None
            self._closed = True
        if pool is None:
            return
        # The executor forgets its processes as it shuts down (Python 3.14 can terminate them).
        workers = list((pool._processes or {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for worker in workers:
            worker.terminate()
