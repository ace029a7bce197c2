from __future__ import annotations

import codecs
from pathlib import Path

import pytest
from conftest import SEED

from kg.errors import InputError
from kg.read import decode, find_date, iter_files, looks_binary, read_file


def test_read_seed_mojibake_is_repaired() -> None:
    raw = read_file(SEED)
    assert "what\u2019s remaining" in raw.text
    assert "\u00e2\u20ac" not in raw.text
    assert raw.date == "2019-05-23"


def test_read_seed_is_shipped_byte_for_byte() -> None:
    assert b"what\xc3\xa2\xe2\x82\xac\xe2\x84\xa2s" in SEED.read_bytes()


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        ("caf\u00e9 \u2013 ok".encode("cp1252"), "caf\u00e9 \u2013 ok"),
        (codecs.BOM_UTF16_LE + "Attendees: Ann".encode("utf-16-le"), "Attendees: Ann"),
        (codecs.BOM_UTF8 + b"# Hi", "# Hi"),
        (b"a\r\nb\r\n", "a\nb\n"),
    ],
)
def test_read_decode_fallbacks(data: bytes, expected: str) -> None:
    assert decode(data)[0] == expected


@pytest.mark.parametrize(
    ("name", "text", "date"),
    [
        ("20190523.md", "", "2019-05-23"),
        ("bhyve-2019-05-23.md", "", "2019-05-23"),
        ("x.md", "# Node.js TSC Meeting 2019-01-02", "2019-01-02"),
        ("main/2019/CG-07-09.md", "", "2019-07-09"),
        ("main/2019/CG-06.md", "Dates: June 4-5, 2019", "2019-06-04"),
        ("notes.md", "nothing here", ""),
    ],
)
def test_read_dates(name: str, text: str, date: str) -> None:
    assert find_date(name, text) == date


def test_read_binary_is_recognised() -> None:
    assert looks_binary(b"%PDF-1.4\n...")
    assert looks_binary(b"\x89PNG\r\n\x1a\n\x00\x00")
    assert not looks_binary(b"# Minutes")


def test_read_missing_path_is_one_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or folder"):
        list(iter_files([tmp_path / "nope"], []))


def test_read_walks_folders_sorted_and_skips_hidden(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / ".git").mkdir()
    (tmp_path / "b" / "2.md").write_text("x")
    (tmp_path / "1.md").write_text("x")
    (tmp_path / ".git" / "3.md").write_text("x")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    names = [f.name for f in iter_files([tmp_path], [])]
    assert names == ["1.md", "b/2.md"]


def test_read_skips_repository_files_in_folders_but_reads_them_when_named(tmp_path: Path) -> None:
    (tmp_path / "README.md").write_text("# How to take minutes")
    (tmp_path / "2020-01-01.md").write_text("x")
    assert [f.name for f in iter_files([tmp_path], [])] == ["2020-01-01.md"]
    assert [f.name for f in iter_files([tmp_path / "README.md"], [])] == ["README.md"]
