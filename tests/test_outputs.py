"""The files kg build writes: graph.json and graph.graphml as networkx would write them."""

from __future__ import annotations

import io
import json

import networkx as nx
import pytest

from kg.outputs import _scalar, graphml_text
from kg.tables import to_json_text


def _networkx_graphml(graph: nx.Graph) -> str:
    """What graphml_text replaced: networkx's writer on the flattened graph."""
    flat = nx.Graph()
    flat.graph.update({k: _scalar(v) for k, v in graph.graph.items()})
    for nid, data in graph.nodes(data=True):
        flat.add_node(nid, **{k: _scalar(v) for k, v in data.items()})
    for a, b, data in graph.edges(data=True):
        flat.add_edge(a, b, **{k: _scalar(v) for k, v in data.items()})
    buffer = io.BytesIO()
    nx.write_graphml(flat, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue().decode("utf-8")


def _awkward() -> nx.Graph:
    g = nx.Graph(title='a "title" & <more>', meetings=2)
    g.add_node('person:a&"b"', kind="person", label="A <B>\nC\tD\r", unresolved=True, aliases=[])
    g.add_node("topic:x", kind="topic", weight=1, per_meeting={"m": 1}, title=None, source="")
    g.add_node("bare")
    g.add_edge("topic:x", 'person:a&"b"', relation="works_on", weight=2.5, evidence=[{"t": "<&>"}])
    g.add_edge("bare", "topic:x")
    g.add_edge("bare", 'person:a&"b"', weight=3)  # an int weight beside float ones
    return g


@pytest.mark.parametrize("make", [_awkward, nx.Graph, lambda: nx.path_graph(3)])
def test_outputs_graphml_is_what_networkx_writes(make) -> None:  # type: ignore[no-untyped-def]
    graph = make()
    assert graphml_text(graph) == _networkx_graphml(graph)


def test_outputs_graphml_of_the_seed_is_what_networkx_writes(seed_kg) -> None:  # type: ignore[no-untyped-def]
    text = graphml_text(seed_kg.graph)
    assert text == _networkx_graphml(seed_kg.graph)
    back = nx.read_graphml(io.StringIO(text))
    assert back.number_of_edges() == seed_kg.graph.number_of_edges()


def test_outputs_graph_json_is_node_link_data(seed_kg) -> None:  # type: ignore[no-untyped-def]
    text = to_json_text(seed_kg.graph)
    expected = nx.node_link_data(seed_kg.graph, edges="edges")
    assert json.loads(text) == json.loads(json.dumps(expected))
    lines = text.splitlines()
    assert len(lines) == 9 + seed_kg.graph.number_of_nodes() + seed_kg.graph.number_of_edges()


def _files(folder):  # type: ignore[no-untyped-def]
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and ".kg-cache" not in p.parts
    }


def test_outputs_written_by_two_processes_are_the_same_files(  # type: ignore[no-untyped-def]
    seed_kg, tmp_path, monkeypatch
) -> None:
    from kg import outputs

    monkeypatch.setattr(outputs, "PARALLEL_FROM", 0)  # the seed's small graph counts as big
    one = outputs.write_outputs(seed_kg.graph, tmp_path / "one", jobs=1)
    two = outputs.write_outputs(seed_kg.graph, tmp_path / "two", jobs=2)
    assert list(one) == list(two) and "wiki.md" in two and "graph.graphml" in two
    assert _files(tmp_path / "one") == _files(tmp_path / "two")


def test_outputs_a_failure_in_the_other_process_is_one_error_and_keeps_the_old_files(  # type: ignore[no-untyped-def]
    seed_kg, tmp_path, monkeypatch
) -> None:
    from kg import outputs
    from kg.errors import OutputError
    from kg.render import wiki

    monkeypatch.setattr(outputs, "PARALLEL_FROM", 0)
    outputs.write_outputs(seed_kg.graph, tmp_path, jobs=1)
    before = _files(tmp_path)

    def broken(*args, **kwargs):  # type: ignore[no-untyped-def]
        raise OSError("No space left on device")

    monkeypatch.setattr(wiki, "write_wiki", broken)
    with pytest.raises(OutputError, match=r"could not write graph.graphml, wiki.md: No space left"):
        outputs.write_outputs(seed_kg.graph, tmp_path, jobs=2)
    assert _files(tmp_path) == before  # nothing half-written, nothing lost
