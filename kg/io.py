"""Atomic writes: an output is written to a temporary file beside it, then renamed into place.

A failed or interrupted run never leaves a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

from .errors import ConfigError, OutputError


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_MODE = 0o666 & ~_umask()  # what open() would give: mkstemp alone gives 0600


@contextmanager
def _atomic(path: str | os.PathLike[str], binary: bool) -> Iterator[IO[Any]]:
    target = Path(path)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    except OSError as exc:
        raise OutputError(
            f"{target}: cannot write ({exc.strerror or exc}); choose a writable --out folder"
        ) from exc
    try:
        os.fchmod(fd, _MODE)
        handle = os.fdopen(fd, "wb") if binary else os.fdopen(fd, "w", encoding="utf-8", newline="")
        with handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


@contextmanager
def atomic_open(path: str | os.PathLike[str]) -> Iterator[IO[str]]:
    """Open a temporary text file next to ``path`` and rename it onto ``path`` on success.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_open(d / "x.txt") as f:
    ...     _ = f.write("hello")
    >>> (d / "x.txt").read_text()
    'hello'
    """
    with _atomic(path, binary=False) as handle:
        yield handle


def atomic_write_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write ``text`` to ``path`` atomically (UTF-8) and return the path."""
    with _atomic(path, binary=False) as handle:
        handle.write(text)
    return Path(path)


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> Path:
    """Write ``data`` to ``path`` atomically and return the path."""
    with _atomic(path, binary=True) as handle:
        handle.write(data)
    return Path(path)


def read_toml(path: str | os.PathLike[str], what: str, option: str) -> dict[str, Any]:
    """Read a TOML settings file; every failure is a :class:`ConfigError` saying what to fix."""
    where = Path(path)
    try:
        return tomllib.loads(where.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise ConfigError(f"{where}: no such {what}; check the {option} path") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{where}: cannot read the {what} ({exc})") from exc
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{where}: not valid TOML ({exc}); fix the {what}") from exc


def replace_dir(new: str | os.PathLike[str], target: str | os.PathLike[str]) -> Path:
    """Put the folder ``new`` in the place of ``target`` (which may exist): the old one is moved
    aside, the new one renamed in, the old one removed. A reader sees one or the other whole.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> (d / "a").mkdir(); (d / "b").mkdir(); _ = (d / "b" / "x").write_text("new")
    >>> replace_dir(d / "b", d / "a") == d / "a", (d / "a" / "x").read_text(), (d / "b").exists()
    (True, 'new', False)
    """
    import shutil
    import tempfile

    source, where = Path(new), Path(target)
    old = None
    if where.is_dir() and not where.is_symlink():
        old = Path(tempfile.mkdtemp(prefix=f".{where.name}.old-", dir=where.parent)) / where.name
        os.replace(where, old)
    elif where.exists() or where.is_symlink():
        where.unlink()
    os.replace(source, where)
    if old is not None:
        shutil.rmtree(old.parent, ignore_errors=True)
    return where
