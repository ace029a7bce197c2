"""kg.db, the query store: the same answers as graph.json, without loading the whole graph."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import LEXICON, ROOT, SEED, corpus

import kg
from kg import store as store_module
from kg.api import KnowledgeGraph
from kg.cli import main
from kg.errors import LookupMiss
from kg.outputs import read_graph
from kg.store import Store
from kg.tables import to_json_text


def _build(paths: list[Path], out: Path, *extra: str) -> Path:
    result = CliRunner().invoke(
        main, ["build", *map(str, paths), "--out", str(out), "--no-cache", "-q", *extra]
    )
    assert result.exit_code == 0, result.output
    return out


@pytest.fixture(scope="module", params=["seed", "electron-governance"])
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("out")
    if request.param == "seed":
        return _build([SEED], out, "--lexicon", str(LEXICON))
    return _build([corpus(request.param)], out)


def _both(out: Path) -> tuple[KnowledgeGraph, KnowledgeGraph]:
    return KnowledgeGraph(read_graph(out / "graph.json")), KnowledgeGraph(
        store=Store(out / "kg.db")
    )


def test_store_gives_back_the_graph_of_graph_json(built: Path) -> None:
    text = (built / "graph.json").read_text(encoding="utf-8")
    assert to_json_text(Store(built / "kg.db").graph()) + "\n" == text


def test_store_tables_are_the_graph_tables(built: Path) -> None:
    from_json, from_db = _both(built)
    pd.testing.assert_frame_equal(from_db.people(), from_json.people())
    pd.testing.assert_frame_equal(from_db.topics(), from_json.topics())
    pd.testing.assert_frame_equal(from_db.references(), from_json.references())
    pd.testing.assert_frame_equal(from_db.bus_factor(), from_json.bus_factor())
    assert from_db.summary() == from_json.summary()
    assert from_db.labels("person") == from_json.labels("person")
    assert from_db._graph is None  # all of it answered without loading the graph


def test_store_questions_have_the_graph_answers(built: Path) -> None:
    from_json, from_db = _both(built)
    people = from_json.people()["label"].tolist()
    asked = [*from_json.topics()["label"], *from_json.references()["label"][:20]]
    assert asked and people
    for name in asked:
        pd.testing.assert_frame_equal(from_db.who_works_on(name), from_json.who_works_on(name))
    for name in people:
        pd.testing.assert_frame_equal(from_db.topics_of(name), from_json.topics_of(name))
    for name in ["nvmee", "Chuk Tufli", "zzzz"]:
        with pytest.raises(LookupMiss) as json_miss:
            from_json.who_works_on(name)
        with pytest.raises(LookupMiss) as db_miss:
            from_db.who_works_on(name)
        assert str(db_miss.value) == str(json_miss.value)
    assert from_db._graph is None


@pytest.mark.parametrize(
    "args",
    [["who", "NVMe"], ["topics", "Chuck"], ["topics"], ["people"], ["reviews", "--format", "csv"]],
)
def test_store_cli_answers_without_graph_json(tmp_path: Path, args: list[str]) -> None:
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    expected = CliRunner().invoke(main, [*args, "--graph", str(out / "graph.json")]).output
    (out / "graph.json").unlink()
    for graph in (out / "graph.json", out / "kg.db"):
        result = CliRunner().invoke(main, [*args, "--graph", str(graph)])
        assert result.exit_code == 0, result.output
        assert result.output == expected


def test_store_older_than_graph_json_is_not_used(tmp_path: Path) -> None:
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    assert kg.load(out).who_works_on("NVM Express")["person"].tolist()[0] == "Chuck Tuffli"
    # a later build without the lexicon (whose alias "NVM Express" the minutes never use)
    kg.build([SEED], cache=False).write(out, outputs=["graph.json"])
    K = kg.load(out)
    assert K.store is None
    with pytest.raises(LookupMiss):
        K.who_works_on("NVM Express")


def test_store_load_opens_a_folder_or_a_file(tmp_path: Path) -> None:
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    for where in (out, out / "graph.json", out / "kg.db"):
        K = kg.load(where)
        assert K.store is not None
        assert K.who_works_on("NVMe")["person"].tolist()[:2] == ["Chuck Tuffli", "Patrick Mooney"]
        assert "14 people" in repr(K) and K.report.meetings == 1
    assert kg.load(out).graph.number_of_nodes() == read_graph(out / "graph.json").number_of_nodes()


def test_store_keeps_each_evidence_sentence_once(tmp_path: Path) -> None:
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    con = sqlite3.connect(out / "kg.db")
    rows = con.execute("SELECT COUNT(*) FROM evidence").fetchone()[0]
    edges = json.loads((out / "graph.json").read_text())["edges"]
    assert rows == sum(len(e.get("evidence", [])) for e in edges)
    attrs = json.loads(con.execute("SELECT attrs FROM edges LIMIT 1").fetchone()[0])
    assert isinstance(attrs["evidence"], int)  # the sentences are in the evidence table only
    hits = con.execute(
        "SELECT text FROM evidence WHERE id IN "
        "(SELECT rowid FROM evidence_fts WHERE evidence_fts MATCH 'firmware')"
    ).fetchall()
    assert hits and all("firmware" in t.lower() for (t,) in hits)


def test_store_without_fts5_is_written_without_search(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(store_module, "_FTS", "no_such_module")
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    assert "no FTS5" in caplog.text
    assert kg.load(out).who_works_on("NVMe")["person"].tolist()[0] == "Chuck Tuffli"


@pytest.mark.parametrize(
    ("content", "message"),
    [(b"not a database at all", "not a kg.db written by kg"), (None, "no such graph")],
)
def test_store_bad_file_is_one_line(tmp_path: Path, content: bytes | None, message: str) -> None:
    db = tmp_path / "kg.db"
    if content is not None:
        db.write_bytes(content)
    result = CliRunner().invoke(main, ["who", "NVMe", "--graph", str(db)])
    assert result.exit_code == 1
    assert message in result.output and len(result.output.strip().splitlines()) == 1


def test_store_holds_no_absolute_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = _build([SEED.relative_to(ROOT)], tmp_path / "out")
    data = (out / "kg.db").read_bytes()
    assert str(ROOT).encode() not in data and str(tmp_path).encode() not in data


def test_store_unreadable_beside_graph_json_falls_back_to_it(tmp_path: Path) -> None:
    out = _build([SEED], tmp_path / "out", "--lexicon", str(LEXICON))
    (out / "kg.db").write_bytes(b"not a database at all")
    result = CliRunner().invoke(main, ["who", "NVMe", "--graph", str(out / "graph.json")])
    assert result.exit_code == 0, result.output
    assert "Chuck Tuffli" in result.output


_QUESTION_IMPORTS = """
import sys
from kg.cli import main
try:
    main({args!r})
except SystemExit:
    pass
print(sorted(m for m in ("spacy", "pandas", "networkx", "matplotlib") if m in sys.modules))
"""


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _build([SEED], tmp_path_factory.mktemp("seed"), "--lexicon", str(LEXICON)) / "kg.db"


@pytest.mark.parametrize(
    ("args", "answer"),
    [
        (["who", "NVMe"], "Chuck Tuffli"),  # a topic's label: one SQL look-up
        (["who", "NVM Express"], "Chuck Tuffli"),  # an alias: the topics read and searched
        (["topics", "Chuck Tuffli"], "NVMe"),
        (["topics", "Chuck"], "NVMe"),  # a first name: the people read and searched
        (["who", "Juniper"], "Pooja"),  # no such topic: an organization of that name
        (["people"], "Chuck Tuffli"),  # the tables kg build computed, as rows
        (["topics"], "NVMe"),
        (["reviews"], "D19904"),
    ],
)
def test_store_questions_import_neither_pandas_nor_networkx(
    seed_db: Path, args: list[str], answer: str
) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    code = _QUESTION_IMPORTS.format(args=[*args, "--graph", str(seed_db)])
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, env=env, cwd=ROOT
    )
    lines = result.stdout.splitlines()
    assert lines[-1] == "[]", result.stdout  # the answer comes from kg.db and plain rows
    assert result.stderr == "" and answer in "\n".join(lines[1:-1]), result.stdout + result.stderr
