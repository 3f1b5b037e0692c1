"""Where the files that ship with quotelens are: the seed articles and the TCSS styles.

An installed wheel carries them inside the package (``tui/seeds``, ``tui/styles``); a checkout
keeps them beside the package, at the top of the repository.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    inside = _PACKAGE / name
    return inside if inside.is_dir() else _PACKAGE.parent / name


def styles_dir() -> Path:
    """The folder of ``.tcss`` files."""
    return _shipped("styles")


def shipped_seeds() -> Path:
    """The seed articles that ship with the program."""
    return _shipped("seeds")


def default_article_paths() -> list[Path]:
    """What the reader opens with no argument: ``./seeds`` if present, else the shipped seeds;
    then the web pages the user fetched (kept in the data folder), when there are any."""
    local = Path("seeds")
    paths = [local if local.is_dir() else shipped_seeds()]
    pages = kept_pages_dir()
    if pages.is_dir() and any(pages.rglob("*.html")):
        paths.append(pages)
    return paths


def kept_pages_dir() -> Path:
    """Where fetched web pages are kept: ``$XDG_DATA_HOME/quotelens/pages``."""
    from tui.collection import data_dir

    return data_dir() / "pages"
