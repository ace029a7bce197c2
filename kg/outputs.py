"""Write a graph's outputs into a folder: JSON, GraphML, CSV tables, the HTML map, the wiki page.

Every file is written to a temporary name and renamed into place, so a failed or interrupted run
leaves the previous outputs as they were.
"""

from __future__ import annotations

import gc
import json
import logging
import multiprocessing
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import networkx as nx

from . import tables
from .errors import OutputError
from .io import atomic_open, replace_dir
from .store import Store, write_store

log = logging.getLogger(__name__)

TABLES = {
    "people.csv": tables.people,
    "topics.csv": tables.topics,
    "references.csv": tables.references,
    "meetings.csv": tables.meetings,
    "edges.csv": tables.edges,
    "evidence.csv": tables.evidence,
}
# every output kg build can write, in the order it lists them (wiki.md comes with wiki.svg)
OUTPUTS = ("graph.json", "graph.graphml", *TABLES, "kg.db", "graph.html", "wiki.md")


def check_outputs(names: Iterable[str]) -> list[str]:
    """The outputs asked for, in kg's order; :class:`OutputError` names an unknown one.

    >>> check_outputs(["kg.db", "graph.json"])
    ['graph.json', 'kg.db']
    """
    wanted = [n.strip() for n in names if n.strip()]
    unknown = [n for n in wanted if n not in OUTPUTS]
    if unknown or not wanted:
        what = f"unknown output {unknown[0]!r}" if unknown else "no output chosen"
        raise OutputError(f"{what}; choose from {', '.join(OUTPUTS)} (comma-separated)")
    return [n for n in OUTPUTS if n in wanted]


def graphml_text(graph: nx.Graph) -> str:
    """GraphML of the graph, with list and dict attributes stored as JSON strings.

    The text networkx's ``write_graphml(prettyprint=True)`` gives for that flattened graph, byte
    for byte (tests/test_outputs.py), written as strings: ElementTree took 5x as long.
    """
    return "\n".join(graphml_lines(graph))


def graphml_lines(graph: nx.Graph) -> Iterator[str]:
    """The lines of :func:`graphml_text` (without line ends), made one at a time: a first pass
    finds the keys, which come first, and a second writes the nodes and edges."""
    keys: dict[tuple[str, str, str], str] = {}  # (name, GraphML type, for) -> key id
    top = {k: v for k, v in graph.graph.items() if k not in ("node_default", "edge_default")}
    order = _rebuilt_edge_order(graph)
    scopes: list[tuple[str, Iterable[dict[str, Any]]]] = [
        ("graph", [top]),
        ("node", (d for _, d in graph.nodes(data=True))),
        ("edge", (d for _, _, d in order)),
    ]
    for scope, many in scopes:
        for attrs in many:
            for name, value in attrs.items():
                kind = _GRAPHML_TYPES.get(_scalar_type(value))
                if kind is None:
                    raise OutputError(f"cannot write {name}={value!r} to GraphML")
                keys.setdefault((str(name), kind, scope), f"d{len(keys)}")

    def data(scope: str, attrs: dict[str, Any], indent: str) -> Iterator[str]:
        for name, raw in attrs.items():
            value = _scalar(raw)
            key = keys[(str(name), _GRAPHML_TYPES[type(value)], scope)]
            text = _xml_text(str(value))
            yield (
                f'{indent}<data key="{key}">{text}</data>'
                if text
                else f'{indent}<data key="{key}" />'
            )

    yield "<?xml version='1.0' encoding='utf-8'?>"
    yield (
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
        'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
        'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
        'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">'
    )
    for (name, kind, scope), key in reversed(keys.items()):
        yield f'  <key id="{key}" for="{scope}" attr.name="{_xml_attr(name)}" attr.type="{kind}" />'
    if not len(graph) and not top:
        yield '  <graph edgedefault="undirected" />'
    else:
        yield '  <graph edgedefault="undirected">'
        for nid, attrs in graph.nodes(data=True):
            if attrs:
                yield f'    <node id="{_xml_attr(str(nid))}">'
                yield from data("node", attrs, "      ")
                yield "    </node>"
            else:
                yield f'    <node id="{_xml_attr(str(nid))}" />'
        for a, b, attrs in order:
            edge = f'    <edge source="{_xml_attr(str(a))}" target="{_xml_attr(str(b))}"'
            if attrs:
                yield edge + ">"
                yield from data("edge", attrs, "      ")
                yield "    </edge>"
            else:
                yield edge + " />"
        yield from data("graph", top, "    ")
        yield "  </graph>"
    yield "</graphml>"
    yield ""


def _rebuilt_edge_order(graph: nx.Graph) -> list[tuple[Any, Any, dict[str, Any]]]:
    """The edges in the order networkx writes them: that of a graph built from the nodes, then
    the edges, iterated. Made with plain dicts, as ``Graph.add_edges_from`` and ``Graph.edges``
    do it (a networkx graph took most of the time of this step).

    >>> g = nx.Graph([("c", "a"), ("a", "b"), ("b", "c")])
    >>> order = nx.Graph(); order.add_nodes_from(g); order.add_edges_from(g.edges)
    >>> [e[:2] for e in _rebuilt_edge_order(g)] == list(order.edges)
    True
    """
    adj: dict[Any, dict[Any, dict[str, Any]]] = {n: {} for n in graph}
    for a, b, d in graph.edges(data=True):
        adj[a][b] = d
        adj[b][a] = d
    seen: set[Any] = set()
    out = []
    for n, near in adj.items():
        for other, d in near.items():
            if other not in seen:
                out.append((n, other, d))
        seen.add(n)
    return out


def _scalar_type(value: Any) -> type:
    """The type of ``_scalar(value)``, without making it."""
    if value is None or isinstance(value, (list, dict, tuple, set)):
        return str
    return type(value)


# networkx's GraphML type names for Python's types (int is "long", float "double")
_GRAPHML_TYPES = {str: "string", int: "long", float: "double", bool: "boolean"}


def _xml_text(text: str) -> str:
    """Escaped as ElementTree escapes element text."""
    if "&" in text:
        text = text.replace("&", "&amp;")
    if "<" in text:
        text = text.replace("<", "&lt;")
    if ">" in text:
        text = text.replace(">", "&gt;")
    return text


def _xml_attr(text: str) -> str:
    """Escaped as ElementTree escapes an attribute value."""
    text = _xml_text(text)
    for raw, escaped in (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;")):
        if raw in text:
            text = text.replace(raw, escaped)
    return text


_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True).encode  # one for every value


def _scalar(value: Any) -> Any:
    if isinstance(value, (list, dict, tuple, set)):
        return _JSON(sorted(value) if isinstance(value, set) else value)
    if value is None:
        return ""
    return value


def write_outputs(
    graph: nx.Graph,
    out: str | os.PathLike[str],
    *,
    html: bool = True,
    wiki: bool = True,
    max_nodes: int = 2500,
    outputs: Iterable[str] | None = None,
    jobs: int = 1,
) -> dict[str, Path]:
    """Write the outputs of a build into ``out`` (``outputs``: which ones, default all); returns
    name -> path. ``jobs`` other than 1 lets a forked process write the wiki and GraphML
    while this one writes the rest, on a graph of PARALLEL_FROM nodes or more (0: when the
    machine has two cores or more)."""
    wanted = set(check_outputs(outputs) if outputs is not None else OUTPUTS)
    if not html:
        wanted.discard("graph.html")
    if not wiki:
        wanted.discard("wiki.md")
    folder = Path(out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot create the output folder ({exc.strerror}); choose another --out"
        ) from exc
    try:
        staging = Path(tempfile.mkdtemp(prefix=".kg-staging-", dir=folder))
    except OSError as exc:
        raise OutputError(
            f"{folder}: cannot write there ({exc.strerror}); choose another --out"
        ) from exc
    try:
        # everything is written aside first, then renamed into place together: an interrupted
        # build leaves the previous set of outputs, not a mix of old and new files
        from .pipeline import peak_mb

        started = time.perf_counter()

        def done(name: str) -> None:
            nonlocal started
            log.info(
                "wrote %s in %.2f s (peak memory %.0f MB)",
                name,
                time.perf_counter() - started,
                peak_mb(),
            )
            started = time.perf_counter()

        aside = sorted(wanted & set(ASIDE)) if _parallel(graph, jobs) else []
        if aside and wanted - set(aside):
            helper = _start_aside(graph, staging, aside, done)
            wanted -= set(aside)
        else:
            helper = None
        try:
            _write_some(graph, staging, wanted, done, max_nodes)
        except BaseException:
            if helper is not None:  # stopped: the staging folder goes away with both halves
                helper[0].terminate()
                helper[0].join()
                gc.unfreeze()
            raise
        if helper is not None:
            _finish_aside(*helper)
        written: dict[str, Path] = {}
        for item in sorted(staging.iterdir(), key=lambda p: (p.name == "graph.json", p.name)):
            if item.is_dir():  # the wiki's pages
                replace_dir(item, folder / item.name)
            else:
                os.replace(item, folder / item.name)
            written[item.name] = folder / item.name
    finally:
        shutil.rmtree(staging, ignore_errors=True)
    order = [*OUTPUTS, "wiki"]  # wiki.md's pages are in the wiki folder beside it
    return dict(
        sorted(written.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
    )


# written by a forked process beside the rest: about half of the time of all outputs
ASIDE = ("graph.graphml", "wiki.md")
PARALLEL_FROM = 2000  # nodes of a graph whose outputs are written by two processes


def _parallel(graph: nx.Graph, jobs: int) -> bool:
    """Whether to write the outputs in two processes: asked for (or ``jobs`` 0 on a machine of
    two cores or more), a big graph, and a platform that forks."""
    if jobs == 1 or len(graph) < PARALLEL_FROM:
        return False
    if jobs == 0 and (os.cpu_count() or 1) < 2:
        return False
    return "fork" in multiprocessing.get_all_start_methods()


def _start_aside(
    graph: nx.Graph, staging: Path, names: list[str], done: Callable[[str], None]
) -> tuple[Any, Any, list[str]]:
    """Fork a process that writes ``names`` into ``staging``; it shares the graph's memory, so
    nothing is copied or pickled. Returns what :func:`_finish_aside` waits on."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    gc.freeze()  # the collector would touch, and so copy, every object of the graph in the fork
    child = context.Process(
        target=_write_aside, args=(graph, staging, set(names), done, send), daemon=True
    )
    child.start()
    send.close()
    return child, receive, names


def _write_aside(
    graph: nx.Graph, staging: Path, names: set[str], done: Callable[[str], None], send: Any
) -> None:
    """In the forked process: write the outputs and report the first failure's message."""
    try:
        _write_some(graph, staging, names, done, max_nodes=0)  # the map is not among them
        send.send("")
    except BaseException as exc:  # reported by the parent as one line, never a traceback
        send.send(str(exc) or type(exc).__name__)


def _finish_aside(child: Any, receive: Any, names: list[str]) -> None:
    """Wait for the forked writer; its failure is this build's failure."""
    try:
        message = receive.recv() if receive.poll(None) else "it stopped"
    except EOFError:
        message = "it stopped"
    child.join()
    receive.close()
    gc.unfreeze()
    if message or child.exitcode:
        raise OutputError(f"could not write {', '.join(names)}: {message or 'it stopped'}")


def _write_some(
    graph: nx.Graph,
    staging: Path,
    wanted: set[str],
    done: Callable[[str], None],
    max_nodes: int,
) -> None:
    """Write the outputs named in ``wanted`` into ``staging``, in kg's order."""
    # written a line at a time: a big graph's text is never whole in memory
    if "graph.json" in wanted:
        _write_lines(staging / "graph.json", tables.json_lines(graph), end="\n")
        done("graph.json")
    if "graph.graphml" in wanted:
        _write_lines(staging / "graph.graphml", graphml_lines(graph))
        done("graph.graphml")
    made = {"people.csv": "people", "topics.csv": "topics", "references.csv": "reviews"}
    frames = {}  # people, topics and reviews are made once for the CSV files and kg.db
    for name, make in TABLES.items():
        if name in wanted:
            frame = make(graph)
            tables.write_csv(frame, staging / name)
            if name in made:
                frames[made[name]] = frame
            done(name)
    if "kg.db" in wanted:
        write_store(graph, staging / "kg.db", frames)
        done("kg.db")
    if "graph.html" in wanted:
        from .render.html import write_html

        write_html(graph, staging / "graph.html", max_nodes=max_nodes)
        done("graph.html")
    if "wiki.md" in wanted:
        from .render.wiki import write_wiki

        write_wiki(graph, staging / "wiki.md")
        done("wiki.md")


def _write_lines(path: Path, lines: Iterable[str], end: str = "") -> None:
    """Write ``lines`` joined by newlines (plus ``end``) atomically."""
    with atomic_open(path) as handle:
        first = True
        for line in lines:
            if not first:
                handle.write("\n")
            handle.write(line)
            first = False
        handle.write(end)


def read_graph(path: str | os.PathLike[str]) -> nx.Graph:
    """Load a ``graph.json`` written by kg (or the whole graph from a ``kg.db``)."""
    where = Path(path)
    if where.suffix == ".db":
        store = Store(where)
        try:
            return store.graph()
        finally:
            store.close()
    try:
        data = json.loads(where.read_text(encoding="utf-8"))
        return nx.node_link_graph(data, edges="edges")
    except FileNotFoundError as exc:
        raise OutputError(f"{where}: no such graph; run `kg build` first or give --graph") from exc
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise OutputError(f"{where}: not a graph.json written by kg ({exc})") from exc
