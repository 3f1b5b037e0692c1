"""Writing a user's files the way they expect, and never losing one.

A regular file is replaced atomically (a temporary file beside it, synced, then renamed over it),
so that a crash, a kill or a full disk leaves the old file or the new one, never part of either.
A symbolic link is written through: the file it points at is replaced and the link stays. A file
with other hard links is written into once its new text is whole, so that all its names still
show one file. A character device or a FIFO (``/dev/null``, ``/dev/stdout``, a named pipe) is
written into, never replaced by a file; a folder, a disk device or a socket is refused. A new
file gets the permissions the user's umask gives; a replaced file keeps its own.
"""

from __future__ import annotations

import contextlib
import errno
import io
import os
import re
import secrets
import stat
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, TextIO

try:  # A writer holds a lock on its temporary file, so a cleaner never takes a live one.
    import fcntl
except ImportError:  # pragma: no cover - Windows has no fcntl: stale files are left there
    fcntl = None  # type: ignore[assignment]

_OPEN_NEW = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def _temporary_pattern(path: Path) -> re.Pattern[str]:
    # Eight characters as tempfile.mkstemp made them before, and as _create_temporary does;
    # eight digits are more likely a user's dated copy, which is left alone.
    return re.compile(re.escape(f".{path.name}.") + r"(?![0-9]{8}$)[a-z0-9_]{8}")


def write_atomically(path: Path, text: str, *, wait_for_reader: bool = True) -> None:
    """Write ``text`` (UTF-8) to ``path`` as described above; OSError says why it could not.

    ``wait_for_reader``: a FIFO nobody reads yet is waited on (as a shell's ``>`` does), or,
    when False, refused at once, so that an interface never hangs on one.
    """
    with writing(path, wait_for_reader=wait_for_reader) as file:
        file.write(text)


@contextlib.contextmanager
def writing(path: Path, *, wait_for_reader: bool = True) -> Iterator[TextIO]:
    """A text file to write ``path`` through, as described above, for output that comes a
    piece at a time: a regular file is replaced only once the block ends without an error
    (a failure leaves the old file as it was); a device or a FIFO takes each piece as it
    comes. OSError says why ``path`` cannot be written."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        status = None
    if status is not None and not stat.S_ISREG(status.st_mode):
        with _opened_into(path, status.st_mode, wait_for_reader) as raw, _text(raw) as file:
            yield file
        return
    target = Path(os.path.realpath(path)) if path.is_symlink() else path
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = _create_temporary(target)
    try:
        with os.fdopen(handle, "wb") as raw:
            if fcntl is not None:
                fcntl.flock(raw.fileno(), fcntl.LOCK_EX)
            if status is not None:
                os.fchmod(raw.fileno(), stat.S_IMODE(status.st_mode))
                if os.geteuid() == 0:  # root writing a user's file leaves it theirs
                    with contextlib.suppress(OSError):
                        os.fchown(raw.fileno(), status.st_uid, status.st_gid)
            with _text(raw) as file:
                yield file
            raw.flush()
            os.fsync(raw.fileno())
            if status is not None and status.st_nlink > 1:
                _copy_into(temporary, target)
            else:
                os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def _copy_into(temporary: Path, target: Path) -> None:
    """Write the finished ``temporary`` into ``target`` itself, then remove it: a file with
    other hard links stays the one file all its names show (as a shell's ``>`` and editors
    keep it), where a rename would leave the other names the old text. The text was written
    whole first, so a failure here keeps it in ``temporary`` and says so."""
    try:
        with open(temporary, "rb") as source, open(target, "r+b") as file:
            file.truncate(0)
            while block := source.read(1 << 20):
                file.write(block)
            file.flush()
            os.fsync(file.fileno())
    except OSError as error:
        kept = temporary.with_name(temporary.name.lstrip(".") + ".new")
        os.replace(temporary, kept)
        raise OSError(error.errno, f"{error.strerror}; the new text is kept in {kept}") from error
    temporary.unlink()


@contextlib.contextmanager
def _text(raw: BinaryIO) -> Iterator[TextIO]:
    # A lone surrogate (from a file name that is not UTF-8) becomes its JSON escape \\udcXX,
    # which reads back as the same character, rather than failing the whole write.
    file = io.TextIOWrapper(raw, encoding="utf-8", errors="backslashreplace", newline="")
    try:
        yield file
        file.flush()
    finally:
        file.detach()


def _create_temporary(target: Path) -> tuple[int, Path]:
    """A new, empty file beside ``target``, created with mode 0666 so that the kernel applies
    the umask (and any default ACL), as it does for a file a shell creates."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789_"
    while True:
        name = "".join(secrets.choice(alphabet) for _ in range(8))
        temporary = target.parent / f".{target.name}.{name}"
        try:
            return os.open(temporary, _OPEN_NEW, 0o666), temporary
        except FileExistsError:
            continue


@contextlib.contextmanager
def _opened_into(path: Path, mode: int, wait_for_reader: bool) -> Iterator[BinaryIO]:
    """What is not a regular file, opened to write into, or refused with the reason."""
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
    if stat.S_ISBLK(mode):
        raise OSError(errno.EPERM, "it is a disk device: quotelens does not write onto one")
    if not (stat.S_ISCHR(mode) or stat.S_ISFIFO(mode)):
        raise OSError(errno.EPERM, "it is not a file, a device or a FIFO")
    flags = os.O_WRONLY | getattr(os, "O_CLOEXEC", 0)
    if stat.S_ISFIFO(mode) and not wait_for_reader:
        flags |= os.O_NONBLOCK
    try:
        handle = os.open(path, flags)
    except OSError as error:
        if error.errno == errno.ENXIO:
            raise OSError(errno.ENXIO, "no program is reading from this FIFO") from error
        raise
    if flags & os.O_NONBLOCK:
        os.set_blocking(handle, True)
    with os.fdopen(handle, "wb") as file:
        yield file


def remove_stale_temporaries(path: Path) -> None:
    """Delete the temporary files that a kill between writing and renaming left beside
    ``path``; one a running writer still holds is left alone."""
    pattern = _temporary_pattern(path)
    with contextlib.suppress(OSError):
        for child in path.parent.iterdir():
            if pattern.fullmatch(child.name) and _stale(child):
                with contextlib.suppress(OSError):
                    child.unlink()


def _stale(temporary: Path) -> bool:
    if fcntl is None:  # pragma: no cover
        return False
    try:
        handle = os.open(temporary, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(handle).st_mode):
            return False
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False  # a writer holds it
    finally:
        os.close(handle)
    return True


def set_aside(path: Path, data: bytes | None) -> Path:
    """Keep the file at ``path`` under a dated name beside it; returns that name.

    With ``data`` (the bytes read from it), a copy is written and the file stays where it is;
    without (it could not be read, or it is a folder), it is renamed.
    """
    stamp = datetime.now().strftime("%Y-%m-%d-%H%M%S")
    stem, suffix = (path.stem, path.suffix) if path.suffix else (path.name, "")
    number = 1
    while True:
        extra = f"-{number}" if number > 1 else ""
        aside = path.with_name(f"{stem}.unreadable-{stamp}{extra}{suffix}")
        if not os.path.lexists(aside):
            break
        number += 1
    if data is None:
        os.rename(path, aside)
        return aside
    handle = os.open(aside, _OPEN_NEW, 0o600)
    try:
        with os.fdopen(handle, "wb") as file:
            # The copy is as private as the file was.
            with contextlib.suppress(OSError):
                os.fchmod(file.fileno(), stat.S_IMODE(os.stat(path).st_mode))
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
    except BaseException:
        aside.unlink(missing_ok=True)
        raise
    return aside


def read_regular(path: Path) -> bytes:
    """The bytes of the regular file ``path``; OSError when it is missing, cannot be read or
    is not a regular file (a FIFO is not opened for reading, which would wait forever)."""
    handle = os.open(path, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(handle, "rb") as file:
        mode = os.fstat(file.fileno()).st_mode
        if stat.S_ISDIR(mode):
            raise IsADirectoryError(errno.EISDIR, "it is a folder", str(path))
        if not stat.S_ISREG(mode):
            raise OSError(errno.EINVAL, "it is not a regular file", str(path))
        return file.read()
