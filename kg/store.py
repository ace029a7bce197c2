"""The query store: the graph in SQLite (``kg.db``), for questions asked without loading it all.

``kg build`` writes ``kg.db`` beside ``graph.json``. It holds every node and edge, each evidence
sentence once (with an FTS5 full-text index over them when SQLite has FTS5), and the people,
topics and reviews tables as ``kg build`` computed them. ``kg who``, ``kg topics``, ``kg people`` and
``kg reviews`` read it: a question loads the nodes and only the edges around what it asks about,
and the tables are read as they are. ``datasette out/kg.db`` browses it.

>>> import tempfile, pathlib
>>> from kg.analyse import example_graph
>>> db = pathlib.Path(tempfile.mkdtemp()) / "kg.db"
>>> write_store(example_graph(), db)
>>> store = Store(db)
>>> sorted(store.subgraph_around("topic:nvme").edges())[:2]
[('person:ann-lee', 'reference:D1'), ('person:ann-lee', 'topic:nvme')]
>>> store.graph().number_of_edges() == example_graph().number_of_edges()
True
>>> store.close()
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import closing
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .ask import LiteGraph
from .errors import OutputError

if TYPE_CHECKING:
    import networkx as nx
    import pandas as pd

log = logging.getLogger(__name__)
FORMAT = 1
EVIDENCE_KEYS = ("meeting", "date", "section", "text", "path", "line")
# node attributes read by the questions (find, who_works_on, topics_of; a meeting's date for
# recency) have columns of their own; every attribute is in attrs
_FIND = ("aliases", "handles", "lexicon_aliases")
_SCHEMA = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE nodes (
    id TEXT PRIMARY KEY, kind TEXT, label TEXT, weight REAL, mentions INTEGER,
    meeting_count INTEGER, first_seen TEXT, last_seen TEXT, title TEXT, date TEXT,
    aliases TEXT, handles TEXT, lexicon_aliases TEXT, attrs TEXT
);
CREATE TABLE edges (
    id INTEGER PRIMARY KEY, source TEXT REFERENCES nodes(id), target TEXT REFERENCES nodes(id),
    relation TEXT, weight REAL, count INTEGER, first_seen TEXT, last_seen TEXT, attrs TEXT
);
CREATE TABLE evidence (
    id INTEGER PRIMARY KEY, edge INTEGER REFERENCES edges(id), rank INTEGER,
    meeting TEXT, date TEXT, section TEXT, text TEXT, path TEXT, line INTEGER
);
"""
_INDEXES = """
CREATE INDEX nodes_kind ON nodes(kind);
CREATE INDEX edges_source ON edges(source);
CREATE INDEX edges_target ON edges(target);
CREATE INDEX evidence_edge ON evidence(edge);
"""
_NODE_COLUMNS = (
    "weight",
    "mentions",
    "first_seen",
    "last_seen",
    "title",
    "date",
    "aliases",
    "handles",
    "lexicon_aliases",
)
_NODE_SELECT = f"SELECT id, kind, label, {', '.join(_NODE_COLUMNS)} FROM nodes"
_FTS = "fts5"
# the tables kg build computed, stored as they are: name in kg.db -> DataFrame maker in tables
TABLE_NAMES = {"people": "people", "topics": "topics", "reviews": "references"}


# one encoder for every row: json.dumps with options makes a new one at each call
_json = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode


def write_store(
    graph: nx.Graph, path: str | os.PathLike[str], frames: dict[str, pd.DataFrame] | None = None
) -> None:
    """Write ``graph`` (and the people, topics and reviews tables) to a new SQLite file at ``path``.

    The caller renames it into place (see :func:`kg.outputs.write_outputs`): a file that is
    there is complete.
    """
    from . import tables

    target = Path(path)
    target.unlink(missing_ok=True)
    try:
        con = sqlite3.connect(target)
    except sqlite3.Error as exc:
        raise OutputError(f"{target}: cannot write the query store ({exc})") from exc
    with closing(con):
        con.execute("PRAGMA journal_mode = OFF")
        con.execute("PRAGMA synchronous = OFF")
        con.executescript(_SCHEMA)
        with con:
            meta = {"format": FORMAT, "graph": _json(dict(graph.graph))}
            con.executemany(
                "INSERT INTO meta VALUES (?, ?)", [(k, str(v)) for k, v in meta.items()]
            )
            con.executemany(
                "INSERT INTO nodes VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (_node_row(nid, data) for nid, data in graph.nodes(data=True)),
            )
            evidence: list[tuple[Any, ...]] = []
            con.executemany(
                "INSERT INTO edges VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _edge_rows(graph, evidence),
            )
            con.executemany(
                "INSERT INTO evidence (edge, rank, meeting, date, section, text, path, line) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                evidence,
            )
            con.executescript(_INDEXES)
            frames = frames or {}
            for name, maker in TABLE_NAMES.items():
                frame = frames.get(name)
                _write_frame(
                    con, name, frame if frame is not None else getattr(tables, maker)(graph)
                )
            fts = _add_search(con)
            con.execute("INSERT INTO meta VALUES ('fts', ?)", (str(int(fts)),))
    with target.open("rb") as handle:
        os.fsync(handle.fileno())


def _node_row(nid: str, data: dict[str, Any]) -> tuple[Any, ...]:
    return (
        nid,
        data.get("kind", ""),
        data.get("label", ""),
        data.get("weight"),
        data.get("mentions"),
        data.get("meeting_count"),
        data.get("first_seen"),
        data.get("last_seen"),
        data.get("title"),
        data.get("date"),
        *(_json(data[key]) if key in data else None for key in _FIND),
        _json(data),
    )


def _edge_rows(graph: nx.Graph, evidence: list[tuple[Any, ...]]) -> Iterator[tuple[Any, ...]]:
    """Edges in the graph's order (so adjacency comes back in the same order), evidence aside."""
    for eid, (a, b, data) in enumerate(graph.edges(data=True), start=1):
        attrs = dict(data)
        items = attrs.get("evidence")
        if isinstance(items, list):
            attrs["evidence"] = len(items)  # kept apart; the count marks that the key was there
            for rank, ev in enumerate(items):
                evidence.append((eid, rank, *map(ev.get, EVIDENCE_KEYS)))
        yield (
            eid,
            a,
            b,
            data.get("relation"),
            data.get("weight"),
            data.get("count"),
            data.get("first_seen"),
            data.get("last_seen"),
            _json(attrs),
        )


def _add_search(con: sqlite3.Connection) -> bool:
    """Full-text search over the evidence sentences, when this SQLite has FTS5."""
    try:
        con.execute(
            f"CREATE VIRTUAL TABLE evidence_fts USING {_FTS}"
            "(text, content='evidence', content_rowid='id')"
        )
        con.execute("INSERT INTO evidence_fts(evidence_fts) VALUES ('rebuild')")
        return True
    except sqlite3.OperationalError as exc:
        log.warning("this SQLite has no FTS5 (%s): kg.db is written without text search", exc)
        return False


_SQL_TYPES = {"int64": "INTEGER", "float64": "REAL", "bool": "INTEGER"}
_CONVERT: dict[str, Any] = {"int64": int, "float64": float, "bool": bool}


def _write_frame(con: sqlite3.Connection, name: str, frame: pd.DataFrame) -> None:
    dtypes = {str(c): str(t) for c, t in frame.dtypes.items()}
    columns = ", ".join(f'"{c}" {_SQL_TYPES.get(t, "")}'.rstrip() for c, t in dtypes.items())
    con.execute(f'CREATE TABLE "{name}" ({columns})')
    marks = ", ".join("?" for _ in dtypes)
    con.executemany(
        f'INSERT INTO "{name}" VALUES ({marks})',
        (tuple(_plain(v) for v in row) for row in frame.itertuples(index=False, name=None)),
    )
    con.execute(  # a list of pairs: the columns' order matters
        "INSERT INTO meta VALUES (?, ?)", (f"dtypes:{name}", json.dumps(list(dtypes.items())))
    )


def _plain(value: Any) -> Any:
    """numpy scalars as Python ones, for sqlite3."""
    item = getattr(value, "item", None)
    return item() if callable(item) else value


class Store:
    """A ``kg.db`` opened read-only."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self.path = Path(path)
        if not self.path.is_file():
            raise OutputError(f"{self.path}: no such graph; run `kg build` first or give --graph")
        try:
            self.con = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True)
            meta = dict(self.con.execute("SELECT key, value FROM meta").fetchall())
        except sqlite3.Error as exc:
            raise OutputError(
                f"{self.path}: not a kg.db written by kg ({exc}); run `kg build` again"
            ) from exc
        if meta.get("format") != str(FORMAT):
            raise OutputError(
                f"{self.path}: written by another version of kg; run `kg build` again"
            )
        self.meta = meta

    def close(self) -> None:
        self.con.close()

    def _rows(self, sql: str, params: Iterable[Any] = ()) -> list[tuple[Any, ...]]:
        try:
            return self.con.execute(sql, tuple(params)).fetchall()
        except sqlite3.Error as exc:
            raise OutputError(f"{self.path}: unreadable ({exc}); run `kg build` again") from exc

    def graph(self) -> nx.Graph:
        """The whole graph, as ``graph.json`` gives it."""
        import networkx as nx

        G = nx.Graph()
        G.graph.update(json.loads(self.meta["graph"]))
        for nid, attrs in self._rows("SELECT id, attrs FROM nodes ORDER BY rowid"):
            G.add_node(nid, **json.loads(attrs))
        evidence: dict[int, list[dict[str, Any]]] = {}
        for row in self._rows(
            "SELECT edge, meeting, date, section, text, path, line FROM evidence ORDER BY id"
        ):
            evidence.setdefault(row[0], []).append(dict(zip(EVIDENCE_KEYS, row[1:], strict=True)))
        for eid, a, b, attrs in self._rows(
            "SELECT id, source, target, attrs FROM edges ORDER BY id"
        ):
            data = json.loads(attrs)
            if "evidence" in data:
                data["evidence"] = evidence.get(eid, [])
            G.add_edge(a, b, **data)
        return G

    def nodes_graph(self, kinds: Iterable[str] | None = None) -> LiteGraph:
        """The nodes (of ``kinds``, or all) with what the questions read of them; no edges. A
        :class:`kg.ask.LiteGraph`: the questions need no networkx."""
        G = LiteGraph()
        wanted = list(kinds or [])
        where = f"WHERE kind IN ({', '.join('?' for _ in wanted)})" if wanted else ""
        self._add_nodes(G, self._rows(f"{_NODE_SELECT} {where} ORDER BY rowid", wanted))
        return G

    @staticmethod
    def _add_nodes(G: Any, rows: list[tuple[Any, ...]]) -> None:
        for nid, kind, label, *values in rows:
            data: dict[str, Any] = {"kind": kind, "label": label}
            for key, value in zip(_NODE_COLUMNS, values, strict=True):
                if value is None:
                    continue
                if key in _FIND:
                    value = [] if value == "[]" else json.loads(value)
                data[key] = value
            G.add_node(nid, **data)

    def _chunks(self, sql: str, ids: list[Any], size: int = 5000) -> list[tuple[Any, ...]]:
        """``sql`` (with ``{marks}`` for an IN list) run over ``ids`` a chunk at a time."""
        rows: list[tuple[Any, ...]] = []
        for start in range(0, len(ids), size):
            part = ids[start : start + size]
            rows.extend(self._rows(sql.format(marks=", ".join("?" for _ in part)), part))
        return rows

    def add_edges_around(self, G: Any, nids: Iterable[str], evidence: bool = True) -> None:
        """Add to ``G`` every edge touching ``nids``, in the graph's order, with its evidence,
        and the nodes at their other ends."""
        ids = sorted(set(nids))
        if not ids:
            return
        found = {
            row[0]: row
            for column in ("source", "target")
            for row in self._chunks(
                f"SELECT id, source, target, attrs FROM edges WHERE {column} IN ({{marks}})", ids
            )
        }
        rows = [found[k] for k in sorted(found)]
        items: dict[int, list[dict[str, Any]]] = {}
        if evidence and rows:
            for row in self._chunks(
                "SELECT edge, meeting, date, section, text, path, line FROM evidence "
                "WHERE edge IN ({marks}) ORDER BY id",
                [r[0] for r in rows],
            ):
                items.setdefault(row[0], []).append(dict(zip(EVIDENCE_KEYS, row[1:], strict=True)))
        missing = sorted({end for r in rows for end in r[1:3]} | set(ids))
        missing = [n for n in missing if n not in G]
        if missing:  # nodes of kinds left out of G
            self._add_nodes(G, self._chunks(f"{_NODE_SELECT} WHERE id IN ({{marks}})", missing))
        for eid, a, b, attrs in rows:
            data = json.loads(attrs)
            if "evidence" in data:
                data["evidence"] = items.get(eid, [])
            G.add_edge(a, b, **data)

    def named(self, name: str, kind: str) -> str | None:
        """The node of ``kind`` whose id or label is ``name`` (case folded; the heaviest of
        several), as :func:`kg.ask.find` would rank it first; None when only a closer look can
        tell (an alias, a spelling, a word of a name)."""
        wanted = name.strip()
        rows = self._rows(
            "SELECT id FROM nodes WHERE kind = ? AND (id = ? OR lower(label) = ? "
            "OR lower(label) = ?) ORDER BY id = ? DESC, weight DESC, id LIMIT 1",
            [kind, wanted, wanted.lower().lstrip("@"), "@" + wanted.lower().lstrip("@"), wanted],
        )
        return rows[0][0] if rows else None

    def latest(self) -> str:
        """The date of the last dated meeting (see :func:`kg.ask.latest`)."""
        rows = self._rows("SELECT MAX(date) FROM nodes WHERE kind = 'meeting' AND date != ''")
        return (rows[0][0] or "") if rows else ""

    def graph_attrs(self) -> dict[str, Any]:
        """The graph's own attributes (title, meetings, generator)."""
        return dict(json.loads(self.meta["graph"]))

    def subgraph_around(self, nid: str, G: LiteGraph | None = None) -> LiteGraph:
        """Every node (or ``G``'s), and the edges of ``nid`` and of the reviews about it."""
        G = self.nodes_graph() if G is None else G
        self.add_edges_around(G, [nid])
        about = [o for o, d in G[nid].items() if d.get("relation") == "about"]
        self.add_edges_around(G, about)
        return G

    def people_topics(self) -> LiteGraph:
        """People and topics, with the edges between them (no evidence)."""
        G = self.nodes_graph(["person", "topic"])
        rows = self._rows(
            "SELECT e.source, e.target, e.attrs FROM edges e "
            "JOIN nodes a ON a.id = e.source JOIN nodes b ON b.id = e.target "
            "WHERE (a.kind = 'person' AND b.kind = 'topic') "
            "OR (a.kind = 'topic' AND b.kind = 'person') ORDER BY e.id"
        )
        for a, b, attrs in rows:
            data = json.loads(attrs)
            data.pop("evidence", None)
            G.add_edge(a, b, **data)
        return G

    def table(self, name: str) -> pd.DataFrame:
        """One of the tables ``kg build`` computed (people, topics, reviews), as it computed it."""
        import pandas as pd

        dtypes = self._dtypes(name)
        rows = self._rows(f'SELECT * FROM "{name}" ORDER BY rowid')
        return pd.DataFrame(rows, columns=list(dtypes)).astype(dtypes)

    def table_rows(self, name: str) -> list[dict[str, Any]]:
        """:meth:`table` as plain rows (dicts), without pandas: ``kg people`` answers at once."""
        dtypes = self._dtypes(name)
        convert = [_CONVERT.get(t, str) for t in dtypes.values()]
        return [
            {c: f(v) if v is not None else "" for c, f, v in zip(dtypes, convert, row, strict=True)}
            for row in self._rows(f'SELECT * FROM "{name}" ORDER BY rowid')
        ]

    def _dtypes(self, name: str) -> dict[str, str]:
        dtypes = dict(json.loads(self.meta.get(f"dtypes:{name}", "[]")))
        if not dtypes:
            raise OutputError(f"{self.path}: has no {name} table; run `kg build` again")
        return dtypes

    def counts(self) -> dict[str, Any]:
        """Counts of nodes by kind and edges by relation (see :func:`kg.analyse.summary`)."""
        nodes = self._rows("SELECT kind, COUNT(*) FROM nodes GROUP BY kind ORDER BY kind")
        edges = self._rows(
            "SELECT relation, COUNT(*) FROM edges GROUP BY relation ORDER BY relation"
        )
        return {"nodes": dict(nodes), "edges": dict(edges)}

    def labels(self, kind: str) -> dict[str, str]:
        """Node id -> label of every node of one kind."""
        return dict(self._rows("SELECT id, label FROM nodes WHERE kind = ? ORDER BY rowid", [kind]))
