"""Outputs can be published: no local path in them; evidence links to the minutes online."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LEXICON, SEED, corpus

from kg.cli import main
from kg.source import detect_template, web_repository

TEMPLATE = "https://github.com/o/r/blob/main/{path}#L{line}"


def build(*args: str) -> str:
    result = CliRunner().invoke(main, ["build", *args, "--no-cache", "-q"])
    assert result.exit_code == 0, result.output
    return result.output


def every_output(out: Path) -> list[Path]:
    files = [p for p in out.rglob("*") if p.is_file() and ".kg-cache" not in p.parts]
    assert {"graph.json", "graph.graphml", "evidence.csv", "graph.html", "wiki.md"} <= {
        p.name for p in files
    }
    return files


def page_data(out: Path) -> dict[str, object]:
    page = (out / "graph.html").read_text(encoding="utf-8")
    found = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', page, re.S)
    assert found is not None
    data: dict[str, object] = json.loads(found.group(1))
    return data


def test_portable_no_output_names_the_folder_it_was_built_from(tmp_path: Path) -> None:
    minutes = corpus("electron-governance").resolve()
    out = tmp_path / "out"
    build(str(minutes), "--out", str(out))
    leaks = [
        p.relative_to(out).as_posix()
        for p in every_output(out)
        if str(minutes.parent).encode() in p.read_bytes()
    ]
    assert leaks == []
    meetings = [
        n for n in json.loads((out / "graph.json").read_text())["nodes"] if n["kind"] == "meeting"
    ]
    assert "wg-api-meeting-notes-2019-09-26.md" in {m["path"] for m in meetings}


def test_portable_one_file_is_named_by_its_file_name(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(str(SEED.resolve()), "--lexicon", str(LEXICON), "--out", str(out))
    assert all(str(SEED.parent).encode() not in p.read_bytes() for p in every_output(out))
    evidence = (out / "evidence.csv").read_text(encoding="utf-8")
    assert ",bhyve-2019-05-23.md," in evidence


def test_portable_source_url_reaches_the_map(tmp_path: Path) -> None:
    out = tmp_path / "out"
    build(str(SEED), "--lexicon", str(LEXICON), "--out", str(out), "--source-url", TEMPLATE)
    assert json.loads((out / "graph.json").read_text())["graph"]["source_url"] == TEMPLATE
    assert page_data(out)["sourceUrl"] == TEMPLATE


@pytest.mark.parametrize(
    ("template", "error"),
    [
        ("ftp://x.org/{path}", "not an http(s) URL"),
        ("https://x.org/{path}#{lines}", "unknown field {lines}"),
        ("https://x.org/blob/main/", "no {path} in it"),
        ("https://x.org/{path.__class__}", "unknown field {path.__class__}"),
    ],
)
def test_portable_bad_source_url_is_one_line(tmp_path: Path, template: str, error: str) -> None:
    result = CliRunner().invoke(
        main, ["build", str(SEED), "--out", str(tmp_path), "--no-cache", "--source-url", template]
    )
    assert result.exit_code == 1
    assert result.output.splitlines() == [
        f"Error: --source-url {template!r}: {error}; e.g. "
        "--source-url 'https://github.com/OWNER/REPO/blob/main/{path}#L{line}'"
    ]
    assert not (tmp_path / "graph.json").exists()


@pytest.mark.parametrize(
    ("remote", "expected"),
    [
        ("git@github.com:nodejs/TSC.git", ("github", "https://github.com/nodejs/TSC")),
        ("https://github.com/nodejs/TSC", ("github", "https://github.com/nodejs/TSC")),
        ("https://me:ghp_secret@github.com/o/r.git", ("github", "https://github.com/o/r")),
        ("ssh://git@gitlab.com/g/p.git", ("gitlab", "https://gitlab.com/g/p")),
        ("https://codeberg.org/o/r.git", ("codeberg", "https://codeberg.org/o/r")),
        ("https://example.org/o/r.git", None),
        ("/srv/git/r.git", None),
        ("file:///srv/git/r.git", None),
    ],
)
def test_portable_web_repository(remote: str, expected: tuple[str, str] | None) -> None:
    assert web_repository(remote) == expected


def git(folder: Path, *args: str) -> str:
    done = subprocess.run(
        ["git", "-C", str(folder), "-c", "user.name=t", "-c", "user.email=t@x", *args],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout.strip()


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_portable_git_checkout_fills_the_source_url(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    (repo / "notes 2019").mkdir(parents=True)
    shutil.copy(SEED, repo / "notes 2019" / SEED.name)
    git(repo, "init", "-q")
    git(repo, "remote", "add", "origin", "https://me:secret@github.com/o/r.git")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "minutes")
    commit = git(repo, "rev-parse", "HEAD")
    expected = f"https://github.com/o/r/blob/{commit}/notes%202019/{{path}}?plain=1#L{{line}}"
    assert detect_template([repo / "notes 2019"]) == expected
    assert detect_template([repo / "notes 2019" / SEED.name]) == expected
    assert detect_template([repo / "notes 2019", tmp_path]) is None  # two places, no one link
    assert detect_template([tmp_path]) is None

    out = tmp_path / "out"
    before = {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()}
    build(str(repo / "notes 2019"), "--lexicon", str(LEXICON), "--out", str(out))
    assert page_data(out)["sourceUrl"] == expected
    assert all(b"secret" not in p.read_bytes() for p in every_output(out))
    assert {p: p.read_bytes() for p in repo.rglob("*") if p.is_file()} == before  # untouched
