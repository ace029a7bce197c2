"""Questions asked of the graph, as plain functions taking ``G`` first (networkx style).

>>> import kg
>>> K = kg.build(["data/minutes/bhyve-2019-05-23.md"], lexicon="data/lexicons/bhyve.toml", cache=False)
>>> list(who_works_on(K.graph, "nvme")["person"][:2])
['Chuck Tuffli', 'Patrick Mooney']
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

import networkx as nx
import pandas as pd

# the rows behind who_works_on and topics_of, and find(), live in kg.ask (no pandas there)
from .ask import (  # noqa: F401  (part of this module's API)
    EXPLAIN_COLUMNS,
    HALF_LIFE,
    REF_SHARE,
    TOPIC_COLUMNS,
    WHO_COLUMNS,
    answer_columns,
    find,
    find_subject,
    latest,
    topic_rows,
    who_rows,
)


def who_works_on(G: nx.Graph, topic: str, explain: bool = False) -> pd.DataFrame:
    """People ranked by how much and how recently they worked on ``topic``.

    score = strength x recency, where strength is the weight of the person's ``works_on`` edge
    plus REF_SHARE of the weight of their work on reviews about the topic, and recency is
    ``0.5 + 0.5 * 0.5 ** (years / HALF_LIFE)``, ``years`` being the time from the person's last
    sentence about the topic to the graph's last meeting (so 1 for current work and never below
    0.5 for old work). Ties go to the more recent, then the more frequent. ``explain`` adds the
    terms: ``direct``, ``via_reviews``, ``strength``, ``years`` and ``recency``.

    >>> who_works_on(example_graph(), "NVMe")[["person", "score"]].values.tolist()
    [['Ann Lee', 2.5], ['Bo Chen', 1.0]]

    A review or proposal may be asked about too: its people, ranked the same way.

    >>> who_works_on(example_graph(), "D1")["person"].tolist()
    ['Ann Lee']
    """
    rows = who_rows(G, find_subject(G, topic), explain)
    columns = WHO_COLUMNS[:3] + (EXPLAIN_COLUMNS if explain else []) + WHO_COLUMNS[3:]
    return pd.DataFrame(rows, columns=answer_columns(columns))


def topics_of(G: nx.Graph, person: str) -> pd.DataFrame:
    """The topics and reviews of one person, strongest first.

    >>> topics_of(example_graph(), "Ann")[["kind", "name", "weight"]].values.tolist()
    [['topic', 'NVMe', 2.0], ['reference', 'D1', 1.0]]
    """
    rows = topic_rows(G, find(G, person, "person"))
    return pd.DataFrame(rows, columns=answer_columns(TOPIC_COLUMNS))


def experts(G: nx.Graph, topic: str, n: int = 5) -> pd.DataFrame:
    """The top ``n`` people for a topic (see :func:`who_works_on`).

    >>> experts(example_graph(), "nvme", n=1)["person"].tolist()
    ['Ann Lee']
    """
    return who_works_on(G, topic).head(n)


def matrix(G: nx.Graph, min_weight: float = 0.0) -> pd.DataFrame:
    """People x topics, each cell the weight of the person's work on the topic (0 when none).

    >>> matrix(example_graph())
             NVMe  9pfs
    Ann Lee   2.0   0.0
    Bo Chen   1.0   0.5
    """
    cells: dict[str, dict[str, float]] = defaultdict(dict)
    for a, b, d in G.edges(data=True):
        if d["relation"] != "works_on" or d["weight"] < min_weight:
            continue
        p, t = (a, b) if G.nodes[a]["kind"] == "person" else (b, a)
        cells[G.nodes[t]["label"]][G.nodes[p]["label"]] = d["weight"]
    frame = pd.DataFrame(cells).fillna(0.0)
    if frame.empty:
        return frame
    frame = frame.loc[frame.sum(axis=1).sort_values(ascending=False, kind="stable").index]
    return frame[frame.sum(axis=0).sort_values(ascending=False, kind="stable").index]


def timeline(G: nx.Graph, topic: str | None = None) -> pd.DataFrame:
    """Mentions per meeting date, of one topic or (by default) of every topic.

    >>> timeline(example_graph(), "NVMe")[["date", "mentions"]].values.tolist()
    [['2019-05-23', 3]]
    """
    dates = {n: d.get("date", "") for n, d in G.nodes(data=True) if d["kind"] == "meeting"}
    nodes = (
        [find(G, topic, "topic")]
        if topic
        else [n for n, d in G.nodes(data=True) if d["kind"] == "topic"]
    )
    rows = []
    for nid in nodes:
        for meeting, count in G.nodes[nid].get("per_meeting", {}).items():
            rows.append(
                {
                    "topic": G.nodes[nid]["label"],
                    "meeting": meeting,
                    "date": dates.get("meeting:" + meeting, ""),
                    "mentions": count,
                }
            )
    frame = pd.DataFrame(rows, columns=["topic", "meeting", "date", "mentions"])
    return frame.sort_values(["date", "topic"], kind="stable").reset_index(drop=True)


def communities(G: nx.Graph, seed: int = 42) -> pd.DataFrame:
    """Groups of people and topics that belong together (Louvain on the person-topic graph).

    >>> sorted(communities(example_graph())["name"])
    ['9pfs', 'Ann Lee', 'Bo Chen', 'NVMe']
    """
    sub = _people_topics(G)
    rows = []
    if sub.number_of_edges():
        groups = nx.community.louvain_communities(sub, weight="weight", seed=seed)
        groups = sorted(groups, key=lambda c: (-len(c), sorted(c)))
        for number, group in enumerate(groups, start=1):
            for nid in sorted(group):
                rows.append(
                    {
                        "community": number,
                        "kind": G.nodes[nid]["kind"],
                        "name": G.nodes[nid]["label"],
                        "weight": G.nodes[nid].get("weight", 0.0),
                    }
                )
    return pd.DataFrame(rows, columns=["community", "kind", "name", "weight"])


def centrality(G: nx.Graph) -> pd.DataFrame:
    """PageRank and degree of every person and topic on the person-topic graph.

    >>> centrality(example_graph())["name"].tolist()[:2]
    ['NVMe', 'Ann Lee']
    """
    sub = _people_topics(G)
    if not sub.number_of_nodes():
        return pd.DataFrame(columns=["name", "kind", "pagerank", "degree"])
    rank = nx.pagerank(sub, weight="weight") if sub.number_of_edges() else {n: 0.0 for n in sub}
    rows = [
        {
            "name": G.nodes[n]["label"],
            "kind": G.nodes[n]["kind"],
            "pagerank": round(r, 5),
            "degree": sub.degree(n),
        }
        for n, r in rank.items()
    ]
    return _rank(pd.DataFrame(rows), "pagerank", "name")


def bus_factor(G: nx.Graph) -> pd.DataFrame:
    """Topics that only one person has discussed: who it is, and how much depends on them.

    >>> bus_factor(example_graph())[["topic", "person"]].values.tolist()
    [['9pfs', 'Bo Chen']]
    """
    rows = []
    for tid, data in G.nodes(data=True):
        if data["kind"] != "topic":
            continue
        people = [(p, d) for p, d in G[tid].items() if G.nodes[p]["kind"] == "person"]
        if len(people) == 1:
            pid, d = people[0]
            rows.append(
                {
                    "topic": data["label"],
                    "person": G.nodes[pid]["label"],
                    "mentions": data.get("mentions", 0),
                    "weight": d["weight"],
                    "last_seen": data.get("last_seen", ""),
                }
            )
    frame = pd.DataFrame(rows, columns=["topic", "person", "mentions", "weight", "last_seen"])
    return _rank(frame, "mentions", "topic")


def _people_topics(G: nx.Graph) -> nx.Graph:
    sub = nx.Graph()
    for a, b, d in G.edges(data=True):
        if d["relation"] == "works_on":
            sub.add_edge(a, b, weight=d["weight"])
    return sub


def _rank(frame: pd.DataFrame, by: str, name: str) -> pd.DataFrame:
    if frame.empty:
        return frame.reset_index(drop=True)
    extra = [c for c in ("last_seen", "meetings") if c in frame.columns]
    return frame.sort_values(
        [by, *extra, name], ascending=[False] + [False] * len(extra) + [True], kind="stable"
    ).reset_index(drop=True)


def period(G: nx.Graph, since: str | None = None, until: str | None = None) -> nx.Graph:
    """The part of the graph seen between ``since`` and ``until`` (ISO dates; undated nodes stay).

    >>> g = nx.Graph(); g.add_node("a", first_seen="2018-01-01", last_seen="2018-02-01")
    >>> g.add_node("b", first_seen="2019-01-01", last_seen="2019-03-01")
    >>> sorted(period(g, since="2019-01-01"))
    ['b']
    """
    if not since and not until:
        return G
    keep = [
        n
        for n, d in G.nodes(data=True)
        if not d.get("last_seen")
        or not ((since and d["last_seen"] < since) or (until and d.get("first_seen", "") > until))
    ]
    return G.subgraph(keep).copy()


def example_graph() -> nx.Graph:
    """A tiny graph for the examples: Ann and Bo on NVMe, Bo on 9pfs, Ann's review D1."""
    G = nx.Graph()
    when = {"first_seen": "2019-05-23", "last_seen": "2019-05-23"}
    per = {"per_meeting": {"m": 1}}
    G.add_node("meeting:m", kind="meeting", label="m", date="2019-05-23", aliases=[], **when)
    for nid, label in [("person:ann-lee", "Ann Lee"), ("person:bo-chen", "Bo Chen")]:
        G.add_node(nid, kind="person", label=label, aliases=[label.split()[0]], weight=1.0, **when)
    G.add_node("topic:nvme", kind="topic", label="NVMe", aliases=[], per_meeting={"m": 3}, **when)
    G.add_node(
        "topic:9pfs",
        kind="topic",
        label="9pfs",
        aliases=[],
        per_meeting={"m": 1},
        mentions=1,
        **when,
    )
    G.add_node("reference:D1", kind="reference", label="D1", aliases=[], title="NVMe fix", **when)
    edges = [
        ("person:ann-lee", "topic:nvme", "works_on", 2.0),
        ("person:bo-chen", "topic:nvme", "works_on", 1.0),
        ("person:bo-chen", "topic:9pfs", "works_on", 0.5),
        ("person:ann-lee", "reference:D1", "discussed", 1.0),
        ("reference:D1", "topic:nvme", "about", 1.0),
    ]
    for a, b, relation, weight in edges:
        G.add_edge(a, b, relation=relation, weight=weight, evidence=[], **when, **per)
    return G


def summary(G: nx.Graph) -> dict[str, Any]:
    """Counts of nodes by kind and edges by relation."""
    return {
        "nodes": dict(sorted(Counter(d["kind"] for _, d in G.nodes(data=True)).items())),
        "edges": dict(sorted(Counter(d["relation"] for _, _, d in G.edges(data=True)).items())),
    }
