from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import LEXICON, ROOT, SEED

from kg.cli import main


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    result = CliRunner().invoke(
        main, ["build", str(SEED), "--lexicon", str(LEXICON), "--out", str(out), "--no-cache"]
    )
    assert result.exit_code == 0, result.output
    assert "1 meetings" in result.output and "14 people" in result.output
    return out


def test_cli_build_writes_every_output(built: Path) -> None:
    for name in [
        "graph.json",
        "graph.graphml",
        "people.csv",
        "topics.csv",
        "references.csv",
        "edges.csv",
        "graph.html",
        "wiki.md",
    ]:
        assert (built / name).stat().st_size > 0, name
    data = json.loads((built / "graph.json").read_text())
    assert {"nodes", "edges"} <= set(data)


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["who", "NVMe"], r"^\s*person.*\n\s*Chuck Tuffli.*\n\s*Patrick Mooney"),
        (["who", "nvme", "--format", "csv"], r"^person,score"),
        (["who", "NVM Express"], r"^\s*Chuck Tuffli"),  # a lexicon alias the minutes never use
        (["topics", "Chuck"], r"NVMe"),
        (["people", "--format", "json"], r'"label": "Chuck Tuffli"'),
        (["reviews"], r"bhyve: Add EUI64 to NVMe device"),
        # the terms of the score: Chuck's 2.25 on NVMe itself plus half his 1.5 on its reviews
        (
            ["who", "NVMe", "--explain"],
            r"^\s*person\s+score\s+direct\s+via_reviews.*\n\s*Chuck Tuffli\s+3\.00\s+2\.25\s+0\.75",
        ),
        (["lexicon", "suggest"], r'^\[\[topic\]\].*\nlabel = "NVMe"'),
    ],
)
def test_cli_questions(built: Path, args: list[str], expected: str) -> None:
    result = CliRunner().invoke(main, [*args, "--graph", str(built / "graph.json")])
    assert result.exit_code == 0, result.output
    assert re.search(expected, result.output, re.M), result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["who", "nvmee"], "Error: no topic called 'nvmee' in the graph; did you mean 'NVMe'"),
        (["topics", "Chuk Tufli"], "did you mean 'Chuck Tuffli'"),
        (["build", "/no/such/dir"], "Error: /no/such/dir: no such file or folder"),
        (["who", "x", "--graph", "/no/graph.json"], "Error: /no/graph.json: no such graph"),
    ],
)
def test_cli_errors_are_one_line(built: Path, args: list[str], message: str) -> None:
    if "--graph" not in args:
        args = [*args, "--graph", str(built / "graph.json")] if args[0] != "build" else args
    result = CliRunner().invoke(main, args)
    assert result.exit_code != 0
    assert message in result.output
    assert "Traceback" not in result.output and len(result.output.strip().splitlines()) == 1


def test_cli_bad_lexicon_is_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "lex.toml"
    bad.write_text("[[topic]]\nlabel = 3\n")
    result = CliRunner().invoke(
        main, ["build", str(SEED), "--lexicon", str(bad), "--out", str(tmp_path / "o")]
    )
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {bad}: topic #1 needs a string 'label'"
    assert not (tmp_path / "o").exists()


def test_cli_every_command_is_in_the_readme() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, command in main.commands.items():
        assert f"kg {name}" in readme, name
        assert "Example:" in (command.help or ""), name


_ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
_IMPORTS_OF = """
import sys
from kg.cli import main
try:
    main([{arg!r}])
except SystemExit:
    pass
print(sorted(m for m in ("spacy", "pandas", "matplotlib", "pyvis") if m in sys.modules))
"""


@pytest.mark.parametrize("arg", ["--help", "--version"])
def test_cli_help_does_not_import_spacy_or_pandas(arg: str) -> None:
    result = subprocess.run(
        [sys.executable, "-c", _IMPORTS_OF.format(arg=arg)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=_ENV,
    )
    assert result.stdout.splitlines()[-1] == "[]", result.stdout


def test_cli_verbose_shows_kg_steps_only(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "kg.cli", "-v", "build", str(SEED), "--out", str(tmp_path / "o")],
        capture_output=True,
        text=True,
        check=True,
        cwd=tmp_path,
        env=_ENV,
    )
    lines = result.stderr.splitlines()
    assert any("meetings in" in line for line in lines), result.stderr
    assert not any("findfont" in line or "entering" in line for line in lines), result.stderr
    assert len(lines) < 20, result.stderr


@pytest.mark.parametrize(
    ("outputs", "expected"),
    [
        ("kg.db", ["kg.db"]),
        ("graph.json, people.csv", ["graph.json", "people.csv"]),
        ("wiki.md,kg.db", ["kg.db", "wiki", "wiki.md", "wiki.svg"]),  # wiki/: its pages
    ],
)
def test_cli_build_writes_only_the_outputs_asked(
    tmp_path: Path, outputs: str, expected: list[str]
) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main, ["build", str(SEED), "--out", str(out), "--no-cache", "--outputs", outputs]
    )
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == expected
    assert result.output.strip().endswith(f"{out / expected[-1]}")


@pytest.mark.parametrize(
    ("outputs", "message"),
    [
        ("graph.jsn", "Error: unknown output 'graph.jsn'; choose from graph.json, graph.graphml,"),
        (",", "Error: no output chosen; choose from graph.json,"),
    ],
)
def test_cli_build_unknown_output_is_one_line(tmp_path: Path, outputs: str, message: str) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(out), "--outputs", outputs])
    assert result.exit_code == 1
    assert result.output.startswith(message) and len(result.output.strip().splitlines()) == 1
    assert not out.exists()  # refused before anything was read or written


def test_cli_build_with_nothing_changed_reads_and_writes_nothing(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    (minutes / "2019-05-23.md").write_text(SEED.read_text(encoding="utf-8"), encoding="utf-8")
    out = tmp_path / "out"

    def build(*extra: str) -> str:
        result = CliRunner().invoke(main, ["build", str(minutes), "--out", str(out), *extra])
        assert result.exit_code == 0, result.output
        return result.output

    first = build()
    assert "1 read" in first
    written = {p: p.stat().st_mtime_ns for p in out.rglob("*") if ".kg-cache" not in p.parts}
    again = build()
    # the same minutes, options and kg: the outputs are already these, none is rewritten
    assert "nothing changed since the last build" in again and "14 people" in again
    assert {p: p.stat().st_mtime_ns for p in written} == written
    # an output removed, an option or a file changed: the build does its work again
    (out / "people.csv").unlink()
    assert "from cache" in build() and (out / "people.csv").is_file()
    assert "from cache" in build("--no-html")
    assert "nothing changed" in build("--no-html")
    with (minutes / "2019-05-23.md").open("a", encoding="utf-8") as handle:
        handle.write("\n**John Baldwin:** one more note on NVMe.\n")
    assert "1 read" in build("--no-html")
    stamp = (out / ".kg-cache" / "last-build.json").read_text(encoding="utf-8")
    assert str(tmp_path) not in stamp  # no path of the machine
