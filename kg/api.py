"""The Python API: ``kg.build(paths)`` returns a :class:`KnowledgeGraph`."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from . import ask
from .errors import OutputError
from .lexicon import Lexicon, load_lexicon
from .source import check_template, detect_template
from .store import Store

if TYPE_CHECKING:  # the pipeline (spaCy, markdown-it) loads only when something is built
    import networkx as nx
    import pandas as pd

    from .pipeline import Builder, BuildReport, Progress
    from .resolve import PeopleFile

PathLike = str | os.PathLike[str]


class KnowledgeGraph:
    """A built graph with tidy answers: every method returns a pandas DataFrame.

    >>> K = build(["data/minutes/bhyve-2019-05-23.md"], lexicon="data/lexicons/bhyve.toml", cache=False)
    >>> K.who_works_on("nvme")["person"].tolist()[:2]
    ['Chuck Tuffli', 'Patrick Mooney']
    """

    def __init__(
        self,
        graph: nx.Graph | None = None,
        report: BuildReport | None = None,
        *,
        store: Store | None = None,
    ) -> None:
        if graph is None and store is None:
            raise TypeError("KnowledgeGraph needs a graph or a store")
        self._graph = graph
        self.store = store  # kg.db: the questions below read it while the graph is not loaded
        self._report = report

    @property
    def report(self) -> BuildReport:
        """What the build read, reused and skipped (for a loaded graph: its meetings only)."""
        if self._report is None:
            from .pipeline import BuildReport

            meetings = (
                self._db.graph_attrs().get("meetings", 0)
                if self._db
                else self.graph.graph.get("meetings", 0)
            )
            self._report = BuildReport(meetings=meetings)
        return self._report

    @property
    def graph(self) -> nx.Graph:
        """The networkx graph (see docs/GRAPH.md); read from kg.db on first use after ``load``."""
        if self._graph is None:
            assert self.store is not None
            self._graph = self.store.graph()
        return self._graph

    @graph.setter
    def graph(self, graph: nx.Graph) -> None:
        self._graph = graph

    @property
    def _db(self) -> Store | None:
        """The store, while it is the quicker way to an answer."""
        return self.store if self._graph is None else None

    @classmethod
    def load(cls, path: PathLike) -> KnowledgeGraph:
        """Open what ``kg build`` wrote: a folder, its ``graph.json`` or its ``kg.db``.

        ``kg.db`` is used when it is there and no older than ``graph.json`` (a later build
        with ``--outputs graph.json`` leaves an older one beside it).
        """
        where = Path(path)
        if where.is_dir():
            where = where / "graph.json"
        db = where if where.suffix == ".db" else where.with_name("kg.db")
        if db.is_file() and (where == db or _not_older(db, where)):
            try:
                return cls(store=Store(db))
            except OutputError:
                if where == db or not where.is_file():
                    raise  # an unreadable kg.db and no graph.json to fall back on
        from .outputs import read_graph

        return cls(read_graph(where))

    def people(self) -> pd.DataFrame:
        """One row per person (as people.csv). ``id`` is the key: the node id that
        :meth:`edges` and :meth:`mentions` name in ``source`` and ``target``."""
        from . import tables

        if self._db:
            return self._db.table("people")
        return tables.people(self.graph)

    def table_rows(self, name: str) -> list[dict[str, Any]]:
        """The people, topics or reviews table (``name``: people, topics, reviews) as plain rows,
        without pandas when the graph came from kg.db."""
        if self._db:
            return self._db.table_rows(name)
        frame = {"people": self.people, "topics": self.topics, "reviews": self.references}[name]()
        return [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]

    def topics(self) -> pd.DataFrame:
        """One row per topic (as topics.csv), keyed by ``id`` like :meth:`people`."""
        from . import tables

        if self._db:
            return self._db.table("topics")
        return tables.topics(self.graph)

    def references(self) -> pd.DataFrame:
        """One row per review or issue (as references.csv), keyed by ``id`` like :meth:`people`."""
        from . import tables

        if self._db:
            return self._db.table("reviews")
        return tables.references(self.graph)

    def labels(self, kind: str) -> dict[str, str]:
        """Node id -> label of every node of one kind (``person``, ``topic``, ...)."""
        if self._db:
            return self._db.labels(kind)
        return {n: d["label"] for n, d in self.graph.nodes(data=True) if d["kind"] == kind}

    def meetings(self) -> pd.DataFrame:
        """One row per meeting (as meetings.csv), keyed by ``id`` like :meth:`people`."""
        from . import tables

        return tables.meetings(self.graph)

    def edges(self) -> pd.DataFrame:
        from . import tables

        return tables.edges(self.graph)

    def mentions(self) -> pd.DataFrame:
        """Every evidence sentence behind every edge, its two ends by id (the ``id`` of
        :meth:`people`, :meth:`topics` ...) and by label."""
        from . import tables

        frame = tables.evidence(self.graph)
        labels = dict(self.graph.nodes(data="label"))
        frame.insert(1, "source_label", [labels[n] for n in frame["source"]])
        frame.insert(3, "target_label", [labels[n] for n in frame["target"]])
        return frame

    def who_works_on(self, topic: str, explain: bool = False) -> pd.DataFrame:
        """People ranked by their work on ``topic`` (see :func:`kg.analyse.who_works_on`):
        person, score, meetings, last_seen, evidence."""
        import pandas as pd

        columns = ask.WHO_COLUMNS[:3] + (ask.EXPLAIN_COLUMNS if explain else [])
        columns = ask.answer_columns(columns + ask.WHO_COLUMNS[3:])
        return pd.DataFrame(self.who_rows(topic, explain), columns=columns)

    def who_rows(self, topic: str, explain: bool = False) -> list[dict[str, Any]]:
        """:meth:`who_works_on` as plain rows (dicts), without pandas."""
        if self._db:
            # the topics (the reviews only when no topic fits), then the edges around the one
            # asked about, which bring their people; recency needs only the last meeting's date
            nodes = ask.LiteGraph()
            tid = self._db.named(topic, "topic")  # most questions name a topic as it is labelled
            if tid is None:
                nodes = self._db.nodes_graph(["topic", "organization", "reference"])
                tid = ask.find_subject(nodes, topic)
            sub = self._db.subgraph_around(tid, nodes)
            return ask.who_rows(sub, tid, explain, end=self._db.latest())
        return ask.who_rows(self.graph, ask.find_subject(self.graph, topic), explain)

    def topics_of(self, person: str) -> pd.DataFrame:
        """The topics and reviews of one person, strongest first: kind, name, title, weight,
        meetings, last_seen, evidence."""
        import pandas as pd

        return pd.DataFrame(self.topic_rows(person), columns=ask.answer_columns(ask.TOPIC_COLUMNS))

    def topic_rows(self, person: str) -> list[dict[str, Any]]:
        """:meth:`topics_of` as plain rows (dicts), without pandas."""
        if self._db:
            nodes = ask.LiteGraph()
            pid = self._db.named(person, "person")
            if pid is None:
                nodes = self._db.nodes_graph(["person"])
                pid = ask.find(nodes, person, "person")
            self._db.add_edges_around(nodes, [pid])
            return ask.topic_rows(nodes, pid)
        return ask.topic_rows(self.graph, ask.find(self.graph, person, "person"))

    def experts(self, topic: str, n: int = 5) -> pd.DataFrame:
        from . import analyse

        return analyse.experts(self.graph, topic, n)

    def matrix(self, min_weight: float = 0.0) -> pd.DataFrame:
        from . import analyse

        return analyse.matrix(self.graph, min_weight)

    def timeline(self, topic: str | None = None) -> pd.DataFrame:
        from . import analyse

        return analyse.timeline(self.graph, topic)

    def communities(self) -> pd.DataFrame:
        from . import analyse

        return analyse.communities(self.graph)

    def centrality(self) -> pd.DataFrame:
        from . import analyse

        return analyse.centrality(self.graph)

    def bus_factor(self) -> pd.DataFrame:
        from . import analyse

        if self._db:
            return analyse.bus_factor(self._db.people_topics())
        return analyse.bus_factor(self.graph)

    def write(self, out: PathLike, **options: Any) -> dict[str, Path]:
        """Write graph.json, graph.graphml, CSV tables, kg.db, graph.html and wiki.md into ``out``
        (``outputs=["kg.db", ...]``: only those; see :func:`kg.outputs.write_outputs`)."""
        from .outputs import write_outputs

        return write_outputs(self.graph, out, **options)

    def show(self, height: int = 600) -> Any:
        """The interactive map inline in a notebook (an iframe with the page in ``srcdoc``)."""
        from IPython.display import HTML  # type: ignore[import-not-found,unused-ignore]

        from .render.html import render_html

        page = render_html(self.graph)
        return HTML(  # type: ignore[no-untyped-call,unused-ignore]
            f'<div class="kg-map"><iframe srcdoc="{html.escape(page, quote=True)}" style="width:100%;height:{int(height)}px;'
            'border:1px solid #ccc" sandbox="allow-scripts"></iframe></div>'
        )

    def summary(self) -> dict[str, Any]:
        from . import analyse

        if self._db:
            return self._db.counts()
        return analyse.summary(self.graph)

    def __repr__(self) -> str:
        s = self.summary()["nodes"]
        return (
            f"<KnowledgeGraph {self._title()!r}: {s.get('meeting', 0)} meetings, "
            f"{s.get('person', 0)} people, {s.get('topic', 0)} topics, {s.get('reference', 0)} references>"
        )

    def _title(self) -> str:
        attrs = self._db.graph_attrs() if self._db else self.graph.graph
        return str(attrs.get("title", ""))

    def _repr_html_(self) -> str:
        s = self.summary()["nodes"]
        top = self.people().head(5)["label"].tolist()
        topics = self.topics().head(5)["label"].tolist()
        rows = "".join(
            f"<tr><th style='text-align:left'>{html.escape(k)}</th><td>{html.escape(str(v))}</td></tr>"
            for k, v in [
                ("meetings", s.get("meeting", 0)),
                ("people", s.get("person", 0)),
                ("topics", s.get("topic", 0)),
                ("references", s.get("reference", 0)),
                ("most active", ", ".join(top)),
                ("main topics", ", ".join(topics)),
            ]
        )
        title = html.escape(str(self._title()))
        return f"<div><b>KnowledgeGraph</b> {title}<table>{rows}</table></div>"


def _not_older(db: Path, other: Path) -> bool:
    try:
        return db.stat().st_mtime_ns >= other.stat().st_mtime_ns
    except OSError:  # no graph.json beside it
        return True


def load(path: PathLike = "out") -> KnowledgeGraph:
    """Open what ``kg build`` wrote: an output folder, its ``graph.json`` or its ``kg.db``.

    With ``kg.db`` the tables and questions are read from it, and the networkx graph only when
    ``.graph`` (or an analysis that needs all of it) is asked for.
    """
    return KnowledgeGraph.load(path)


def default_cache_dir() -> Path:
    """Where the per-file cache lives by default: ``$XDG_CACHE_HOME/kg`` or ``~/.cache/kg``.

    Never inside the minutes folder: kg does not touch its inputs.
    """
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "kg"


def build(
    paths: Sequence[PathLike] | PathLike,
    *,
    lexicon: PathLike | Lexicon | None = None,
    people: PathLike | PeopleFile | None = None,
    since: str | None = None,
    until: str | None = None,
    cache: bool | PathLike = True,
    jobs: int = 0,
    progress: Progress | None = None,
    title: str | None = None,
    model: str | None = None,
    builder: Builder | None = None,
    source_url: str | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of the minutes under ``paths``.

    ``lexicon`` and ``people`` are TOML files (or loaded objects); a ``people.toml`` inside the
    first folder is used when ``people`` is not given. ``cache`` is True (see
    :func:`default_cache_dir`), False, or a folder; with a cache, the next build in this process
    also reuses what this one did for every meeting that has not changed (``cache=False``: nothing
    is reused; ``builder``, a :class:`kg.pipeline.Builder` the caller holds, keeps it there
    instead of in the process's default one). ``model`` names an installed statistical spaCy
    pipeline (``en_core_web_sm``) whose entity recogniser adds people; the default needs none.
    ``source_url`` is a link template for evidence, like
    ``https://github.com/OWNER/REPO/blob/main/{path}#L{line}`` (see :mod:`kg.source`); by default
    it is made from the git checkout the minutes are in, if any.
    """
    from .pipeline import build_graph_from
    from .resolve import PeopleFile, load_people

    if isinstance(paths, (str, os.PathLike)):
        paths = [paths]
    template = check_template(source_url) if source_url else None  # before the long part
    lex = lexicon if isinstance(lexicon, Lexicon) else load_lexicon(lexicon)
    if people is None:
        found = [
            Path(p) / "people.toml"
            for p in paths
            if Path(p).is_dir() and (Path(p) / "people.toml").is_file()
        ]
        people = found[0] if found else None
    ppl = people if isinstance(people, PeopleFile) else load_people(people)
    cache_dir: PathLike | None = None
    if cache is True:
        cache_dir = default_cache_dir()
    elif cache:
        cache_dir = cache
    graph, report, _ = build_graph_from(
        paths,
        lex,
        ppl,
        since=since,
        until=until,
        cache_dir=cache_dir,
        progress=progress,
        jobs=jobs,
        title=title,
        model=model,
        builder=builder,
    )
    template = template or detect_template(paths)
    if template:
        graph.graph["source_url"] = template
    return KnowledgeGraph(graph, report)
