"""Paths -> RawMinutes: find the files, decode their bytes, repair mojibake, find the date.

This is the only module that reads minutes from disk. It never writes.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import ftfy

from .errors import InputError
from .types import RawMinutes

log = logging.getLogger(__name__)

_REPOSITORY_FILES = frozenset(
    "readme license licence copying notice contributing changelog changes authors "
    "code_of_conduct security governance source".split()
)
SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".txt", ".text", ".rst"})
MAX_BYTES = 20 * 1024 * 1024
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")
_MOJIBAKE = re.compile(
    "[\u00c2-\u00f4][\u0080-\u00bf\u0152-\u0192\u02c6-\u02dc\u2013-\u203a\u20ac\u2122]"
)
_FIXER = ftfy.TextFixerConfig(
    unescape_html=False,
    uncurl_quotes=False,
    fix_character_width=False,
    fix_latin_ligatures=False,
    explain=False,
)
_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for m in names
}
_ISO = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_./]?(0[1-9]|1[0-2])[-_./]?(0[1-9]|[12]\d|3[01])(?!\d)")
_MONTH_NAME = (
    r"(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_TEXT_DATE = re.compile(
    _MONTH_NAME
    + r"\.?\s+(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2})?(?:,?\s+((?:19|20)\d\d))?",
    re.IGNORECASE,
)
_DAY_FIRST = re.compile(
    r"(?<!\d)(\d{1,2})(?:st|nd|rd|th)?\s+" + _MONTH_NAME + r"\.?,?\s+((?:19|20)\d\d)", re.IGNORECASE
)
_YEAR = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_MONTH_DAY_NAME = re.compile(r"(?<!\d)(0?[1-9]|1[0-2])-(0?[1-9]|[12]\d|3[01])(?!\d)")


@dataclass(frozen=True)
class Found:
    """A file to read and the stable name it is known by (its path relative to the root given)."""

    path: Path
    name: str


def iter_files(paths: list[str | os.PathLike[str]], warnings: list[str]) -> Iterator[Found]:
    """Yield every minutes file under ``paths``, in a stable (sorted) order.

    Folders are walked recursively; hidden folders and symlink loops are skipped with a warning.
    A path that does not exist raises :class:`InputError`.
    """
    seen: set[Path] = set()
    for given in paths:
        root = Path(given)
        if not root.exists():
            raise InputError(f"{root}: no such file or folder; give a file or folder of minutes")
        if root.is_file():
            real = root.resolve()
            if real not in seen:
                seen.add(real)
                yield Found(root, root.name)
            continue
        visited: set[Path] = set()
        for found in _walk(root, root, visited, warnings):
            real = found.path.resolve()
            if real not in seen:
                seen.add(real)
                yield found


def _walk(root: Path, folder: Path, visited: set[Path], warnings: list[str]) -> Iterator[Found]:
    try:
        real = folder.resolve(strict=True)
    except (OSError, RuntimeError):
        warnings.append(f"{folder}: cannot resolve the folder (a symlink loop?); skipped")
        return
    if real in visited:
        warnings.append(f"{folder}: folder already visited (a symlink loop?); skipped")
        return
    visited.add(real)
    try:
        entries = sorted(folder.iterdir(), key=lambda p: p.name)
    except OSError as exc:
        warnings.append(f"{folder}: cannot list the folder ({exc.strerror}); skipped")
        return
    for entry in entries:
        if entry.name.startswith(".") or entry.name in {"node_modules", "__pycache__"}:
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            warnings.append(f"{entry}: cannot stat (a symlink loop?); skipped")
            continue
        if is_dir:
            yield from _walk(root, entry, visited, warnings)
        elif is_file and entry.suffix.lower() in SUFFIXES and not is_repository_file(entry.name):
            yield Found(entry, entry.relative_to(root).as_posix())
        elif not is_file and not is_dir:
            warnings.append(f"{entry}: broken link or special file; skipped")


def is_repository_file(name: str) -> bool:
    """Files every repository has that are not minutes (README, LICENSE, CONTRIBUTING, ...).

    They are skipped when a folder is walked; given by name on the command line, they are read.

    >>> is_repository_file("README.md"), is_repository_file("2019-05-23.md")
    (True, False)
    """
    return name.rsplit(".", 1)[0].lower() in _REPOSITORY_FILES


def decode(data: bytes) -> tuple[str, str, list[str]]:
    """Decode bytes of minutes: BOMs first, then UTF-8, then Windows-1252; repair mojibake.

    Returns the text, the encoding used and warnings.

    >>> decode("what\u00e2\u20ac\u2122s".encode("utf-8"))[0]
    'what\u2019s'
    >>> decode("caf\u00e9".encode("latin-1"))[:2]
    ('caf\u00e9', 'cp1252')
    """
    warnings: list[str] = []
    encoding = "utf-8"
    if data.startswith(codecs.BOM_UTF8):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text, encoding = data.decode("utf-16", errors="replace"), "utf-16"
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text, encoding = data.decode("cp1252"), "cp1252"
            except UnicodeDecodeError:
                text, encoding = data.decode("latin-1"), "latin-1"
            warnings.append(f"not valid UTF-8; read as {encoding}")
    if "\ufffd" in text and encoding != "utf-8":
        warnings.append("some bytes could not be decoded and were replaced")
    if _MOJIBAKE.search(text):
        fixed = ftfy.fix_text(text, _FIXER)
        if fixed != text and fixed.count("\n") == text.count("\n"):
            text = fixed
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "")
    return text, encoding, warnings


def looks_binary(data: bytes) -> bool:
    """Whether ``data`` is a binary file (a PDF, an image, an archive) rather than text."""
    if data.startswith(_BINARY_MAGIC):
        return True
    head = data[:4096]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return False
    return head.count(b"\x00") > len(head) // 100 + 1


def find_date(name: str, text: str) -> str:
    """The meeting's ISO date from its file name, front matter or first lines; "" if none.

    >>> find_date("bhyve/20190523.md", "")
    '2019-05-23'
    >>> find_date("notes.md", "# TSC Meeting 2019-01-02")
    '2019-01-02'
    >>> find_date("main/2019/CG-07-09.md", "## Agenda for the July 9 video call")
    '2019-07-09'
    >>> find_date("x.md", "Held on 9 July 2019")
    '2019-07-09'
    """
    stem = name.rsplit(".", 1)[0]
    match = _ISO.search(stem)
    if match:
        return _iso(match.group(1), match.group(2), match.group(3))
    head = "\n".join(text.split("\n", 40)[:40])
    match = _ISO.search(head)
    if match:
        return _iso(match.group(1), match.group(2), match.group(3))
    match = _DAY_FIRST.search(head)
    if match:
        return _iso(match.group(3), str(_MONTHS[match.group(2).lower()[:3]]), match.group(1))
    folder_year = _YEAR.search(name.rsplit("/", 1)[0]) if "/" in name else None
    match = _TEXT_DATE.search(head)
    if match and (match.group(3) or folder_year):
        year = match.group(3) or (folder_year.group(1) if folder_year else "")
        month = _MONTHS.get(
            match.group(1).lower()[:4].rstrip("."), _MONTHS[match.group(1).lower()[:3]]
        )
        return _iso(year, str(month), match.group(2))
    base = stem.rsplit("/", 1)[-1]
    match = _MONTH_DAY_NAME.search(base)
    if match and folder_year:
        return _iso(folder_year.group(1), match.group(1), match.group(2))
    return ""


def _iso(year: str, month: str, day: str) -> str:
    try:
        y, m, d = int(year), int(month), int(day)
    except ValueError:
        return ""
    if not (1 <= m <= 12 and 1 <= d <= 31):
        return ""
    return f"{y:04d}-{m:02d}-{d:02d}"


def file_hash(path: Path) -> str:
    """The SHA-256 of a file's bytes, read a megabyte at a time (raises OSError)."""
    h = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def read_bytes(found: Found, max_bytes: int = MAX_BYTES) -> tuple[bytes | None, list[str]]:
    """The bytes of one file, or None with a warning that names it.

    At most ``max_bytes + 1`` bytes are ever read, even from a file that grows while it is read.
    """
    too_big = [
        f"{found.path}: larger than {max_bytes / (1024 * 1024):g} MiB; skipped "
        "(split it into smaller files to read it)"
    ]
    try:
        if found.path.stat().st_size > max_bytes:
            return None, too_big
        with found.path.open("rb") as handle:
            data = handle.read(max_bytes + 1)
        if len(data) > max_bytes:
            return None, too_big
        return data, []
    except OSError as exc:
        return None, [f"{found.path}: cannot read ({exc.strerror or exc}); skipped"]


def to_minutes(found: Found, data: bytes) -> tuple[RawMinutes | None, list[str]]:
    """Decode one file's bytes into :class:`RawMinutes`, or None (with a warning) if it is not text."""
    if not data.strip():
        return None, [f"{found.path}: empty; skipped"]
    if looks_binary(data):
        return None, [f"{found.path}: binary, not text minutes; skipped"]
    text, encoding, notes = decode(data)
    warnings = [f"{found.path}: {note}" for note in notes]
    digest = hashlib.sha256(data).hexdigest()
    return (
        RawMinutes(
            path=found.name,  # relative to the folder given: no local path reaches the outputs
            text=text,
            digest=digest,
            date=find_date(found.name, text),
            encoding=encoding,
            warnings=tuple(warnings),
        ),
        warnings,
    )


def read_file(path: str | os.PathLike[str]) -> RawMinutes:
    """Read one file of minutes (a convenience for tests and notebooks).

    Raises :class:`InputError` when the file cannot be read as minutes.
    """
    found = Found(Path(path), Path(path).name)
    data, warnings = read_bytes(found)
    if data is None:
        raise InputError(warnings[0])
    raw, warnings = to_minutes(found, data)
    if raw is None:
        raise InputError(warnings[0])
    return raw
