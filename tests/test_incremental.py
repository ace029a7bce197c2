"""A rebuild that reuses the cache, and the previous build kept in the process, gives exactly the
graph a build from scratch gives, whatever was edited."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import LEXICON, SEED
from networkx.readwrite import json_graph

import kg

MINUTES = {
    "2019-06-06.md": """# bhyve call 2019-06-06

## Attendees
- Chuck Tuffli
- Mihai Carabas
- John Baldwin

## NVMe
**Chuck:** Posted D20100 for the NVMe namespace fix.
**Mihai:** Will test it on the live migration branch.

## Action items
- Chuck to rebase D20100
""",
    "2019-06-20.md": """# bhyve call 2019-06-20

## Attendees
- Chuck Tuffli
- Mihai Carabas
- Rod Grimes

## if_bridge
**Rod:** The if_bridge locking rework is in D20210.
**Mihai:** Live migration patches next week.
""",
    "2019-07-04.md": """# bhyve call 2019-07-04

## Attendees
- John Baldwin
- Rod Grimes

## EDK2
**John:** Updated the EDK2 port; Chuck asked about NVMe boot.
""",
}


def _minutes(tmp_path: Path) -> Path:
    folder = tmp_path / "minutes"
    folder.mkdir()
    for name, text in MINUTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def graph_json(k: kg.KnowledgeGraph) -> str:
    return json.dumps(json_graph.node_link_data(k.graph, edges="links"), sort_keys=True)


def _append(text: str) -> Callable[[Path], None]:
    def edit(folder: Path) -> None:
        with (folder / "2019-06-20.md").open("a", encoding="utf-8") as handle:
            handle.write(text)

    return edit


def _add_other_mihai(folder: Path) -> None:
    # a second Mihai makes the short name ambiguous in meetings that did not change
    (folder / "2019-08-01.md").write_text(
        "# bhyve call 2019-08-01\n\n## Attendees\n- Mihai Popescu\n- John Baldwin\n\n"
        "## 9pfs\n**Mihai:** Started on 9pfs.\n",
        encoding="utf-8",
    )


def _remove_one(folder: Path) -> None:
    (folder / "2019-07-04.md").unlink()


def _respell(folder: Path) -> None:
    path = folder / "2019-06-06.md"
    path.write_text(path.read_text(encoding="utf-8").replace("Chuck Tuffli", "Charles Tuffli"))


EDITS = {
    "a line appended": _append("\n**Chuck:** NVMe namespace fix landed as D20100.\n"),
    "a new person who makes a short name ambiguous": _add_other_mihai,
    "a file removed": _remove_one,
    "a name spelled differently": _respell,
    "nothing": lambda folder: None,
}


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_rebuild_after_an_edit_equals_a_fresh_build(tmp_path: Path, edit: str) -> None:
    folder = tmp_path / "minutes"
    folder.mkdir()
    shutil.copy(SEED, folder / SEED.name)
    for name, text in MINUTES.items():
        (folder / name).write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    first = kg.build(folder, lexicon=LEXICON, cache=cache)
    kg.build(folder, lexicon=LEXICON, cache=cache)  # kept in the process from here on
    EDITS[edit](folder)
    again = kg.build(folder, lexicon=LEXICON, cache=cache)
    fresh = kg.build(folder, lexicon=LEXICON, cache=False)
    assert graph_json(again) == graph_json(fresh)
    assert again.report.parsed <= 1  # only the edited file was read again
    if edit != "nothing":
        assert graph_json(again) != graph_json(first)


def test_rebuild_leaves_the_previous_graph_as_it_was(tmp_path: Path) -> None:
    """Parts of the previous build are reused, so the graph it returned must not change."""
    folder = _minutes(tmp_path)
    cache = tmp_path / "cache"
    before = kg.build(folder, cache=cache)
    snapshot = graph_json(before)
    _append("\n**Rod:** More if_bridge work in D20211.\n")(folder)
    after = kg.build(folder, cache=cache)
    assert graph_json(before) == snapshot
    assert "reference:D20211" in after.graph and "reference:D20211" not in before.graph


def test_rebuild_reuse_belongs_to_the_builder_held(tmp_path: Path) -> None:
    """What a build keeps for the next is the state of the Builder it was given, not the module's."""
    from kg.pipeline import Builder

    folder = _minutes(tmp_path)
    cache = tmp_path / "cache"
    mine = Builder()
    first = kg.build(folder, cache=cache, builder=mine)
    shutil.rmtree(cache)  # what is reused next can now only come from the builder
    again = kg.build(folder, cache=cache, builder=mine)
    assert (again.report.from_cache, again.report.parsed) == (3, 0)
    assert graph_json(again) == graph_json(first)
    other = kg.build(folder, cache=cache, builder=Builder())
    assert (other.report.from_cache, other.report.parsed) == (0, 3)
    assert graph_json(other) == graph_json(first)


def _outputs(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".kg-cache" not in p.parts
    }


@pytest.mark.parametrize("edit", list(EDITS), ids=list(EDITS))
def test_cli_rebuild_after_an_edit_writes_what_a_fresh_build_writes(
    tmp_path: Path, edit: str
) -> None:
    """`kg build` again after an edit, in a new process each time (the meetings' parts of the
    graph come from the cache on disk), writes every output byte for byte as --no-cache does."""
    from click.testing import CliRunner

    from kg.cli import main

    folder = _minutes(tmp_path)
    out, fresh = tmp_path / "out", tmp_path / "fresh"

    def build(*args: str) -> None:
        result = CliRunner().invoke(main, ["build", str(folder), "-q", *args])
        assert result.exit_code == 0, result.output

    build("--out", str(out))
    EDITS[edit](folder)
    build("--out", str(out))
    build("--out", str(fresh), "--no-cache")
    assert _outputs(out) == _outputs(fresh)


def test_cli_rebuild_of_many_after_one_edit_writes_what_a_fresh_build_writes(
    tmp_path: Path,
) -> None:
    """With 100+ meetings from the cache and one edited, `kg build` reads that one in a worker
    process while it loads the cache; the outputs are still those of a build from scratch."""
    import subprocess
    import sys

    folder = tmp_path / "minutes"
    folder.mkdir()
    names = ["Chuck Tuffli", "Mihai Carabas", "John Baldwin", "Rod Grimes"]
    for n in range(110):
        who = names[n % 4]
        (folder / f"2019-{n // 28 + 1:02d}-{n % 28 + 1:02d}.md").write_text(
            f"# bhyve call {n}\n\n## Attendees\n- {who}\n- {names[(n + 1) % 4]}\n\n"
            f"## NVMe\n**{who.split()[0]}:** Posted D{20000 + n} for NVMe.\n",
            encoding="utf-8",
        )
    out, fresh = tmp_path / "out", tmp_path / "fresh"

    def build(*args: str) -> subprocess.CompletedProcess[str]:
        argv = [sys.executable, "-m", "kg.cli", "-v", "build", str(folder), *args]
        return subprocess.run(argv, capture_output=True, text=True, check=True)

    build("--out", str(out), "--outputs", "graph.json,people.csv,edges.csv")
    with (folder / "2019-02-03.md").open("a", encoding="utf-8") as handle:
        handle.write("\n**Rod:** The if_bridge locking rework is in D20210.\n")
    again = build("--out", str(out), "--outputs", "graph.json,people.csv,edges.csv")
    assert "reading 1 file(s) in a worker" in again.stderr
    build("--out", str(fresh), "--no-cache", "--outputs", "graph.json,people.csv,edges.csv")
    assert _outputs(out) == _outputs(fresh)
