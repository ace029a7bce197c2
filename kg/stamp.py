"""Whether a folder's outputs are those of the build about to run: then `kg build` has no work.

A build's outputs depend on kg's own files, the versions of the libraries that read and write
them, the options, and the name and content of every minutes file, lexicon and people file.
:func:`build_key` hashes all of these (reading the files is a small part of a build: hashing the
1,376 files of ../shared/corpora takes about a tenth of a second); after a build, :func:`save`
keeps that key beside the cache with the size and time of each output written, and
:func:`unchanged` says whether the next build would write the same outputs into place. An output
removed or touched since counts as a change. The stamp holds no path of the machine: only the
outputs' names relative to their folder and the key, a hash.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable, Mapping
from importlib import metadata
from pathlib import Path
from typing import Any

from . import __version__
from .errors import KgError
from .read import file_hash, iter_files

STAMP = "last-build.json"  # in the cache folder (OUT/.kg-cache)
_LIBRARIES = ("spacy", "networkx", "pandas", "pyvis", "wordfreq", "markdown-it-py", "matplotlib")
_OWN = Path(__file__).resolve().parent


def _own_code(h: Any) -> None:
    for path in sorted(_OWN.rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(path.relative_to(_OWN).as_posix().encode() + b"\0")
            h.update(file_hash(path).encode())
    for name in _LIBRARIES:
        try:
            h.update(f"{name}={metadata.version(name)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{name}=\0".encode())


def build_key(paths: Iterable[str | os.PathLike[str]], settings: Mapping[str, Any]) -> str | None:
    """A hash of all a build's outputs depend on (``settings``: the options that shape them, as
    JSON-able values; a path among them is hashed by content). None if a file cannot be read."""
    from .source import detect_template

    paths = list(paths)
    h = hashlib.sha256(f"kg {__version__}\0".encode())
    try:
        _own_code(h)
        for name, value in sorted(settings.items()):
            if name in ("lexicon", "people") and value:
                value = file_hash(Path(value))
            h.update(json.dumps([name, value], default=str).encode() + b"\0")
        for given in paths:  # a people file found beside the minutes
            beside = Path(given) / "people.toml"
            if Path(given).is_dir() and beside.is_file():
                h.update(b"people.toml\0" + file_hash(beside).encode())
        for found in iter_files(paths, []):
            h.update(found.name.encode() + b"\0" + file_hash(found.path).encode())
        # evidence links name the checkout's commit when the minutes are in git
        h.update(str(detect_template(paths)).encode())
    except (OSError, ValueError, KgError):
        return None  # the build itself says what is wrong
    return h.hexdigest()


def _outputs(folder: Path, names: Iterable[str]) -> dict[str, list[int]]:
    """Each output's size and modification time (ns); wiki/ counts each page."""
    seen: dict[str, list[int]] = {}
    for name in names:
        path = folder / name
        for item in sorted(path.rglob("*")) if path.is_dir() else [path]:
            st = item.stat()
            seen[item.relative_to(folder).as_posix()] = [st.st_size, st.st_mtime_ns]
    return seen


def unchanged(folder: Path, cache: Path, key: str) -> dict[str, Any] | None:
    """The last build's record, if it had ``key`` and its outputs are still as it wrote them."""
    try:
        record = json.loads((cache / STAMP).read_text(encoding="utf-8"))
        if record.get("key") != key:
            return None
        if _outputs(folder, record["written"]) != record["outputs"]:
            return None
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return dict(record)


def save(folder: Path, cache: Path, key: str, written: Iterable[str], summary: list[str]) -> None:
    """Keep ``key``, the outputs written and the build's summary lines for the next build."""
    names = sorted(set(written))
    record = {"key": key, "written": names, "outputs": _outputs(folder, names), "summary": summary}
    try:
        cache.mkdir(parents=True, exist_ok=True)
        temporary = cache / f".{STAMP}.tmp"
        temporary.write_text(json.dumps(record, indent=1), encoding="utf-8")
        os.replace(temporary, cache / STAMP)
    except OSError:
        pass  # no stamp: the next build does its work again
