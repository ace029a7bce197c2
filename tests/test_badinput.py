"""Issue #6: bad input never crashes, hangs, corrupts outputs or runs what someone typed.

Small malformed inputs live in tests/data/bad/; big or unusual ones (a 21 MiB file, a 1 MB line,
500 nested lists, a symlink loop, an unreadable file) are made in tmp_path at test time.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from conftest import DATA
from markdown_it import MarkdownIt

import kg
import kg.outputs
import kg.tables
from kg.cli import main
from kg.io import atomic_open
from kg.read import MAX_BYTES

BAD = DATA / "bad"
CONFIG = BAD / "config"
OUTPUTS = [
    "graph.json",
    "graph.graphml",
    "people.csv",
    "topics.csv",
    "references.csv",
    "meetings.csv",
    "edges.csv",
    "evidence.csv",
    "graph.html",
    "wiki.md",
    "wiki.svg",
]

# file -> the start of the warning that names it, or None when it is read without one
SKIPPED = {
    "empty.md": "empty; skipped",
    "whitespace-only.md": "empty; skipped",
    "report.pdf.md": "binary, not text minutes; skipped",
    "picture.png.md": "binary, not text minutes; skipped",
    "huge.md": "larger than 20 MiB; skipped",
}
READ = {
    "good.md": None,
    "invalid-utf8.md": "not valid UTF-8; read as cp1252",
    "utf16-bom.md": None,
    "latin1.md": "not valid UTF-8; read as cp1252",
    "no-headings.md": None,
    "no-attendees.md": None,
    "crlf.md": None,
    "nul-bytes.md": None,
    "unclosed-front-matter.md": None,
    "one-line.md": None,
    "nested.md": "lists or quotes nested too deeply for Markdown; read as plain lines",
}


def tree_digest(root: Path) -> dict[str, str]:
    """Every entry under ``root`` (links not followed): content hash, link target and mode."""
    out: dict[str, str] = {}
    for folder, dirs, files in os.walk(root):
        dirs.sort()
        for name in sorted(dirs + files):
            path = Path(folder) / name
            rel = path.relative_to(root).as_posix()
            st = path.lstat()
            if path.is_symlink():
                out[rel] = f"link -> {os.readlink(path)}"
            elif path.is_file():
                h = hashlib.sha256()
                with path.open("rb") as handle:
                    for chunk in iter(lambda: handle.read(1 << 20), b""):
                        h.update(chunk)
                out[rel] = f"{st.st_mode:o} {st.st_size} {st.st_mtime_ns} {h.hexdigest()}"
            else:
                out[rel] = f"{st.st_mode:o}"
    return out


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def temp_files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


@pytest.fixture
def bad_tree(tmp_path: Path) -> Path:
    """tests/data/bad plus the inputs too big or too odd to commit."""
    root = tmp_path / "minutes"
    shutil.copytree(BAD, root)
    with (root / "huge.md").open("wb") as handle:  # sparse: instant, takes no disk
        handle.write(b"# Huge\n\nAnn Lee talked about NVMe.\n")
        handle.truncate(MAX_BYTES + 1024 * 1024)
    words = "the queue code was discussed at length and nothing was decided about it " * 6
    line = (words + "Ann Lee fixed NVMe. ") * 2_300  # 1 MB, no newline
    (root / "one-line.md").write_text(line[:1_000_000], encoding="utf-8")
    (root / "nested.md").write_text(
        "# Deep 2021-03-10\n\n" + "".join("  " * i + f"- level{i}\n" for i in range(500)),
        encoding="utf-8",
    )
    loop = root / "loop"
    loop.mkdir()
    (loop / "up").symlink_to("..")
    (root / "self.md").symlink_to("self.md")
    return root


def build_cli(*args: str) -> Result:
    return CliRunner().invoke(main, ["build", *args, "--no-cache"])


def one_error_line(result: Result) -> None:
    lines = result.output.strip().splitlines()
    assert result.exit_code not in (0, None), result.output
    assert len(lines) == 1 and lines[0].startswith("Error: "), result.output
    assert "Traceback" not in result.output
    assert isinstance(result.exception, SystemExit), repr(result.exception)


# --------------------------------------------------------------------------- bad files


def test_badinput_each_file_read_or_skipped_with_a_named_warning(bad_tree: Path) -> None:
    before = tree_digest(bad_tree)
    K = kg.build([bad_tree], cache=False)
    warnings = K.report.warnings
    for name, warning in SKIPPED.items():
        named = [w for w in warnings if w.startswith(f"{bad_tree / name}: ")]
        assert len(named) == 1 and warning in named[0], (name, warnings)
    for name, warning in READ.items():
        named = [w for w in warnings if w.startswith(f"{bad_tree / name}: ")]
        if warning is None:
            assert not named, (name, named)
        else:
            assert len(named) == 1 and warning in named[0], (name, warnings)
    assert any(w.startswith(f"{bad_tree / 'loop' / 'up'}: ") for w in warnings), warnings
    assert any(w.startswith(f"{bad_tree / 'self.md'}: ") for w in warnings), warnings
    paths = {d["path"] for _, d in K.graph.nodes(data=True) if d["kind"] == "meeting"}
    assert paths == set(READ)  # relative to the folder given: no local path in the outputs
    assert tree_digest(bad_tree) == before


def test_badinput_text_survives_odd_encodings_and_shapes(bad_tree: Path) -> None:
    K = kg.build([bad_tree], cache=False)
    people = set(K.people()["label"])
    assert {"Ann Lee", "Bob Brown", "Jos\u00e9 N\u00fa\u00f1ez"} <= people
    meetings = K.meetings().set_index("path")
    assert meetings.loc["utf16-bom.md", "date"] == "2021-03-05"
    assert meetings.loc["latin1.md", "date"] == "2021-03-06"
    assert meetings.loc["no-headings.md", "title"] == "no-headings"
    assert meetings.loc["no-attendees.md", "attendees"] == 0
    evidence = " ".join(K.mentions()["text"])
    assert "\x00" not in evidence and "\r" not in evidence


def test_badinput_deep_nesting_loses_no_line(bad_tree: Path) -> None:
    from kg.parse import parse
    from kg.read import read_file

    meeting = parse(read_file(bad_tree / "nested.md"))
    text = "\n".join(b.text for b in meeting.blocks)
    assert all(f"level{i}" in text for i in range(500))


def test_badinput_cli_build_finishes_and_counts_warnings(bad_tree: Path, tmp_path: Path) -> None:
    before = tree_digest(bad_tree)
    out = tmp_path / "out"
    result = build_cli(str(bad_tree), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    expected = len(kg.build([bad_tree], cache=False).report.warnings)
    assert f"{len(READ)} meetings" in result.output
    assert f", {expected} warnings" in result.output
    assert f"  warning: {bad_tree / 'empty.md'}: empty; skipped" in result.output
    shown = result.output.count("\n  warning: ")
    more = re.search(r"\.\.\. and (\d+) more warnings", result.output)
    assert shown + (int(more.group(1)) if more else 0) == expected >= 9
    assert set(OUTPUTS) <= {p.name for p in out.iterdir()}
    assert temp_files(out) == []
    assert tree_digest(bad_tree) == before


@pytest.mark.skipif(
    hasattr(os, "geteuid") and os.geteuid() == 0,
    reason="running as root: chmod 000 does not stop root from reading the file",
)
def test_badinput_unreadable_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    shutil.copy(BAD / "good.md", tmp_path / "good.md")
    locked = tmp_path / "locked.md"
    locked.write_text("# Secret\n\nAnn fixed NVMe.\n", encoding="utf-8")
    locked.chmod(0)
    try:
        K = kg.build([tmp_path], cache=False)
    finally:
        locked.chmod(0o644)
    assert any(
        w.startswith(f"{locked}: cannot read") and "skipped" in w for w in K.report.warnings
    ), K.report.warnings
    assert K.report.meetings == 1


# --------------------------------------------------------------------------- fatal problems


@pytest.fixture
def previous(tmp_path: Path) -> tuple[Path, dict[str, bytes]]:
    """An --out folder holding the outputs of an earlier, good build."""
    out = tmp_path / "out"
    result = build_cli(str(BAD / "good.md"), "--out", str(out))
    assert result.exit_code == 0, result.output
    return out, snapshot(out)


def _nothing_readable(tmp_path: Path) -> list[str]:
    folder = tmp_path / "junk"
    folder.mkdir()
    for name in ["empty.md", "report.pdf.md", "picture.png.md"]:
        shutil.copy(BAD / name, folder / name)
    (folder / "notes.docx").write_bytes(b"PK\x03\x04")
    return [str(folder)]


FATAL = {
    "no such path": (lambda t: [str(t / "nope")], "no such file or folder"),
    "nothing readable": (_nothing_readable, "no readable minutes found"),
    "empty folder": (lambda t: [str((t / "e").mkdir() or t / "e")], "no readable minutes"),
    "lexicon not TOML": (
        lambda t: [str(BAD / "good.md"), "--lexicon", str(CONFIG / "lexicon-not-toml.toml")],
        "not valid TOML",
    ),
    "lexicon wrong shape": (
        lambda t: [str(BAD / "good.md"), "--lexicon", str(CONFIG / "lexicon-not-a-table.toml")],
        "'topic' must be an array of tables",
    ),
    "lexicon bad aliases": (
        lambda t: [str(BAD / "good.md"), "--lexicon", str(CONFIG / "lexicon-bad-aliases.toml")],
        "'aliases' must be a list of strings",
    ),
    "lexicon binary": (
        lambda t: [str(BAD / "good.md"), "--lexicon", str(CONFIG / "lexicon-binary.toml")],
        "cannot read the lexicon",
    ),
    "lexicon missing": (
        lambda t: [str(BAD / "good.md"), "--lexicon", str(t / "nope.toml")],
        "no such lexicon file",
    ),
    "people not TOML": (
        lambda t: [str(BAD / "good.md"), "--people", str(CONFIG / "people-not-toml.toml")],
        "not valid TOML",
    ),
    "people without name": (
        lambda t: [str(BAD / "good.md"), "--people", str(CONFIG / "people-no-name.toml")],
        "needs a string 'name'",
    ),
    "people bad aliases": (
        lambda t: [str(BAD / "good.md"), "--people", str(CONFIG / "people-bad-aliases.toml")],
        "'aliases' must be a list of strings",
    ),
}


@pytest.mark.parametrize("case", sorted(FATAL))
def test_badinput_fatal_is_one_error_line_and_leaves_outputs(
    case: str, tmp_path: Path, previous: tuple[Path, dict[str, bytes]]
) -> None:
    out, earlier = previous
    make, message = FATAL[case]
    args = make(tmp_path)
    result = build_cli(*args, "--out", str(out))
    one_error_line(result)
    assert message in result.output
    assert snapshot(out) == earlier


def test_badinput_fatal_people_file_in_the_minutes_folder(
    tmp_path: Path, previous: tuple[Path, dict[str, bytes]]
) -> None:
    out, earlier = previous
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    shutil.copy(BAD / "good.md", minutes / "good.md")
    shutil.copy(CONFIG / "people-not-toml.toml", minutes / "people.toml")
    result = build_cli(str(minutes), "--out", str(out))
    one_error_line(result)
    assert "people.toml: not valid TOML" in result.output
    assert snapshot(out) == earlier


def test_badinput_out_under_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_bytes(b"keep me\n")
    result = build_cli(str(BAD / "good.md"), "--out", str(blocker / "sub"))
    one_error_line(result)
    assert "cannot create the output folder" in result.output
    assert blocker.read_bytes() == b"keep me\n"


def test_badinput_out_is_a_regular_file(tmp_path: Path) -> None:
    blocker = tmp_path / "afile"
    blocker.write_bytes(b"keep me\n")
    result = build_cli(str(BAD / "good.md"), "--out", str(blocker))
    assert blocker.read_bytes() == b"keep me\n"
    one_error_line(result)


# --------------------------------------------------------------------------- interruption


def _half_then_interrupt(calls: list[str], at: str):  # type: ignore[no-untyped-def]
    """A write_csv that writes half of the table ``at`` to its temp file, then is interrupted."""
    real = kg.tables.write_csv

    def write_csv(frame, path):  # type: ignore[no-untyped-def]
        calls.append(Path(path).name)
        if Path(path).name != at:
            return real(frame, path)
        with atomic_open(path) as handle:
            text = frame.to_csv(index=False)
            handle.write(text[: len(text) // 2])
            handle.flush()
            raise KeyboardInterrupt
        return Path(path)  # pragma: no cover

    return write_csv


def _new_outputs(tmp_path: Path) -> tuple[kg.KnowledgeGraph, dict[str, bytes]]:
    """A different build, and what its outputs look like when written without trouble."""
    K = kg.build([BAD / "utf16-bom.md", BAD / "no-attendees.md"], cache=False)
    clean = tmp_path / "clean"
    K.write(clean)
    return K, snapshot(clean)


def test_badinput_interrupt_while_writing_first_file_keeps_everything(
    tmp_path: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, earlier = previous
    K, _ = _new_outputs(tmp_path)

    def interrupted(path, lines, end=""):  # type: ignore[no-untyped-def]
        lines = list(lines)
        with atomic_open(path) as handle:
            handle.write("\n".join(lines[: len(lines) // 2]))
            raise KeyboardInterrupt

    monkeypatch.setattr(kg.outputs, "_write_lines", interrupted)
    with pytest.raises(KeyboardInterrupt):
        K.write(out)
    assert snapshot(out) == earlier
    assert temp_files(out) == []


def test_badinput_interrupt_midway_leaves_only_whole_files(
    tmp_path: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, earlier = previous
    K, new = _new_outputs(tmp_path)
    calls: list[str] = []
    monkeypatch.setattr(kg.tables, "write_csv", _half_then_interrupt(calls, "meetings.csv"))
    with pytest.raises(KeyboardInterrupt):
        K.write(out)
    assert "meetings.csv" in calls
    assert temp_files(out) == []
    after = snapshot(out)
    assert set(after) == set(earlier)
    for name, data in after.items():
        assert data in (earlier[name], new[name]), f"{name} is neither the old nor the new file"
    assert after["meetings.csv"] == earlier["meetings.csv"]


def test_badinput_interrupt_midway_keeps_the_previous_set(
    tmp_path: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, earlier = previous
    K, _ = _new_outputs(tmp_path)
    monkeypatch.setattr(kg.tables, "write_csv", _half_then_interrupt([], "meetings.csv"))
    with pytest.raises(KeyboardInterrupt):
        K.write(out)
    assert snapshot(out) == earlier


def test_badinput_cli_interrupted_build_says_so(
    tmp_path: Path, previous: tuple[Path, dict[str, bytes]], monkeypatch: pytest.MonkeyPatch
) -> None:
    out, earlier = previous
    before = tree_digest(BAD)
    monkeypatch.setattr(kg.tables, "write_csv", _half_then_interrupt([], "people.csv"))
    result = build_cli(str(BAD / "good.md"), "--out", str(out))
    assert result.exit_code == 130, result.output
    assert result.output.strip() == "kg: interrupted; earlier outputs were left as they were"
    assert temp_files(out) == []
    assert snapshot(out) == earlier  # same minutes, so the files written before are identical
    assert tree_digest(BAD) == before


# --------------------------------------------------------------------------- hostile text

LONG = "Verylongname" * 850  # 10,200 characters
HOSTILE = f"""# Sync &lt;script&gt;alert(1)&lt;/script&gt; 2020-01-02

## Attendees
- <script>alert(2)</script> Smith
- Ann <img src=x onerror=alert(3)> Lee
- =HYPERLINK("http://evil.example") Jones
- Bob \u202eevil\u202c Brown
- {LONG}
- @=cmd

## <img src=x onerror=alert(4)> NVMe

**=HYPERLINK("x"):** we discussed NVMe and <b onmouseover=alert(5)>bold</b> things.

**Ann:** see [<script>alert(6)</script>](javascript:alert(7)) and [click](javascript:alert(8))
and [x](JaVaScRiPt&#58;alert(9)) and <javascript:alert(10)> and D12345.

**Bob:** [=HYPERLINK("y")](https://github.com/a/b/pull/12) fixes it; -2+3 and @evil.
The `<script>alert(11)</script>` bug and &lt;img src=x onerror=alert(12)&gt; in NVMe.

## =HYPERLINK("z")

- Ann will fix <script>alert(13)</script> NVMe by Friday
- \u202eesrever\u202c topic FooBar in Ann's code: see [&lt;script&gt;alert(14)&lt;/script&gt; D4242](https://reviews.freebsd.org/D4242)

## +SUM(1,2)

## Code `<b onmouseover=alert(15)>hi</b>` review

**{LONG}:** talking about NVMe.

**\u202eBob\u202c:** \u202eNVMe\u202c works.
"""


class _Tags(HTMLParser):
    """Collects the tags and attributes of an HTML page."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, attrs))


def _tags(page: str) -> list[tuple[str, list[tuple[str, str | None]]]]:
    parser = _Tags()
    parser.feed(page)
    return parser.tags


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    minutes = tmp_path_factory.mktemp("hostile")
    (minutes / "2020-01-02.md").write_text(HOSTILE, encoding="utf-8")
    before = tree_digest(minutes)
    out = tmp_path_factory.mktemp("out")
    result = build_cli(str(minutes), "--out", str(out))
    assert result.exit_code == 0, result.output
    assert tree_digest(minutes) == before
    return out


def test_badinput_hostile_html_has_no_injected_markup(hostile: Path) -> None:
    page = (hostile / "graph.html").read_text(encoding="utf-8")
    for raw in ["<script>alert", "<img src=x", "<b onmouseover", "\u202e"]:
        assert raw not in page, raw
    for tag, attrs in _tags(page):
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript:"), (tag, name)
    scripts = re.findall(r"<script>(.*?)</script>", page, flags=re.S | re.I)
    assert scripts and not [b for b in scripts if re.search(r"alert\(\d+\)", b)]
    data = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert data is not None
    decoded = json.dumps(json.loads(data.group(1)), ensure_ascii=False)
    assert "<script>alert" in decoded  # kept as text, escaped in the page: nothing lost


def test_badinput_hostile_wiki_has_no_raw_html(hostile: Path) -> None:
    text = (hostile / "wiki.md").read_text(encoding="utf-8")
    assert not re.search(r"(?<!\\)<\s*/?\s*(?:script|img|b)\b", text, re.I), text
    assert "\u202e" not in text
    rendered = MarkdownIt("commonmark").enable("table").render(text)
    for tag, attrs in _tags(rendered):
        assert tag != "script"
        for name, value in attrs:
            assert not name.startswith("on"), (tag, name, value)
            assert not (value or "").strip().lower().startswith("javascript"), (tag, name)


def test_badinput_hostile_urls_are_never_javascript(hostile: Path) -> None:
    data = json.loads((hostile / "graph.json").read_text(encoding="utf-8"))
    urls = [n["url"] for n in data["nodes"] if n.get("url")]
    assert urls  # the real links survive
    assert not [u for u in urls if not re.match(r"https?://", u)], urls


def test_badinput_hostile_long_names_are_cut(hostile: Path) -> None:
    data = json.loads((hostile / "graph.json").read_text(encoding="utf-8"))
    labels = [n["label"] for n in data["nodes"] if n["kind"] in ("person", "topic")]
    assert any(label.startswith("Verylongname") for label in labels)
    assert max(len(label) for label in labels) <= 200


def test_badinput_hostile_csv_cells_are_not_formulas(hostile: Path) -> None:
    bad = []
    for path in sorted(hostile.glob("*.csv")):
        rows = csv.reader(io.StringIO(path.read_text(encoding="utf-8"), newline=""))
        bad += [(path.name, cell[:40]) for row in rows for cell in row if cell[:1] in tuple("=+-@")]
    assert not bad, bad


def test_a_bare_carriage_return_in_an_outline_is_no_crash() -> None:
    from kg.parse import parse
    from kg.types import RawMinutes

    for text in ("0\r0", "aino:\r  Last week:\r    - keystore: on-disk format\r"):
        meeting = parse(RawMinutes("x/2020-01-02.md", text, "d", date="2020-01-02"), "x.md")
        assert meeting.blocks
