"""The Python API: ``kg.build(paths)`` returns a :class:`KnowledgeGraph`."""

from __future__ import annotations

import html
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from . import analyse, tables
from .lexicon import Lexicon, load_lexicon
from .outputs import read_graph, write_outputs
from .pipeline import BuildReport, Progress, build_graph_from
from .resolve import PeopleFile, load_people
from .source import check_template, detect_template

PathLike = str | os.PathLike[str]


class KnowledgeGraph:
    """A built graph with tidy answers: every method returns a pandas DataFrame.

    >>> K = build(["data/minutes/bhyve-2019-05-23.md"], lexicon="data/lexicons/bhyve.toml", cache=False)
    >>> K.who_works_on("nvme")["person"].tolist()[:2]
    ['Chuck Tuffli', 'Patrick Mooney']
    """

    def __init__(self, graph: nx.Graph, report: BuildReport | None = None) -> None:
        self.graph = graph
        self.report = report or BuildReport(meetings=graph.graph.get("meetings", 0))

    @classmethod
    def load(cls, path: PathLike) -> KnowledgeGraph:
        """Open a ``graph.json`` written by ``kg build``."""
        return cls(read_graph(path))

    def people(self) -> pd.DataFrame:
        return tables.people(self.graph)

    def topics(self) -> pd.DataFrame:
        return tables.topics(self.graph)

    def references(self) -> pd.DataFrame:
        return tables.references(self.graph)

    def meetings(self) -> pd.DataFrame:
        return tables.meetings(self.graph)

    def edges(self) -> pd.DataFrame:
        return tables.edges(self.graph)

    def mentions(self) -> pd.DataFrame:
        """Every evidence sentence behind every edge."""
        return tables.evidence(self.graph)

    def who_works_on(self, topic: str) -> pd.DataFrame:
        return analyse.who_works_on(self.graph, topic)

    def topics_of(self, person: str) -> pd.DataFrame:
        return analyse.topics_of(self.graph, person)

    def experts(self, topic: str, n: int = 5) -> pd.DataFrame:
        return analyse.experts(self.graph, topic, n)

    def matrix(self, min_weight: float = 0.0) -> pd.DataFrame:
        return analyse.matrix(self.graph, min_weight)

    def timeline(self, topic: str | None = None) -> pd.DataFrame:
        return analyse.timeline(self.graph, topic)

    def communities(self) -> pd.DataFrame:
        return analyse.communities(self.graph)

    def centrality(self) -> pd.DataFrame:
        return analyse.centrality(self.graph)

    def bus_factor(self) -> pd.DataFrame:
        return analyse.bus_factor(self.graph)

    def write(self, out: PathLike, **options: Any) -> dict[str, Path]:
        """Write graph.json, graph.graphml, CSV tables, graph.html and wiki.md into ``out``."""
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
        return analyse.summary(self.graph)

    def __repr__(self) -> str:
        s = self.summary()["nodes"]
        return (
            f"<KnowledgeGraph {self.graph.graph.get('title', '')!r}: {s.get('meeting', 0)} meetings, "
            f"{s.get('person', 0)} people, {s.get('topic', 0)} topics, {s.get('reference', 0)} references>"
        )

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
        title = html.escape(str(self.graph.graph.get("title", "kg")))
        return f"<div><b>KnowledgeGraph</b> {title}<table>{rows}</table></div>"


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
    source_url: str | None = None,
) -> KnowledgeGraph:
    """Build the knowledge graph of the minutes under ``paths``.

    ``lexicon`` and ``people`` are TOML files (or loaded objects); a ``people.toml`` inside the
    first folder is used when ``people`` is not given. ``cache`` is True (see
    :func:`default_cache_dir`), False, or a folder; with a cache, the next build in this process
    also reuses what this one did for every meeting that has not changed (``cache=False``: nothing
    is reused). ``model`` names an installed statistical spaCy
    pipeline (``en_core_web_sm``) whose entity recogniser adds people; the default needs none.
    ``source_url`` is a link template for evidence, like
    ``https://github.com/OWNER/REPO/blob/main/{path}#L{line}`` (see :mod:`kg.source`); by default
    it is made from the git checkout the minutes are in, if any.
    """
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
    )
    template = template or detect_template(paths)
    if template:
        graph.graph["source_url"] = template
    return KnowledgeGraph(graph, report)
