"""The questions a user types, answered as plain rows: who works on a topic, what a person works on.

:mod:`kg.analyse` turns these rows into pandas DataFrames for notebooks; the command line prints
them as they are, so that ``kg who`` and ``kg topics`` on a ``kg.db`` import neither pandas nor
networkx. The graph may be a networkx graph or a :class:`LiteGraph`: both give ``G.nodes[n]``,
``G.nodes(data=True)``, ``G[n]`` and ``n in G``.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator
from datetime import date
from typing import Any

from rapidfuzz import fuzz, process, utils

from .errors import LookupMiss
from .lexicon import topic_key

REF_SHARE = 0.5  # how much a review about a topic counts towards its author's work on it
HALF_LIFE = 2.0  # years after which old work counts for three quarters of current work

Row = dict[str, Any]


class _NodeView:
    """``G.nodes``: ``G.nodes[n]`` is a node's attributes, ``G.nodes(data=True)`` their pairs."""

    def __init__(self, nodes: dict[str, dict[str, Any]]) -> None:
        self._nodes = nodes

    def __getitem__(self, nid: str) -> dict[str, Any]:
        return self._nodes[nid]

    def __iter__(self) -> Iterator[str]:
        return iter(self._nodes)

    def __len__(self) -> int:
        return len(self._nodes)

    def __call__(self, data: bool = False) -> Any:
        return self._nodes.items() if data else self._nodes.keys()


class LiteGraph:
    """The part of networkx's ``Graph`` the questions use, in plain dicts (an undirected graph).

    >>> g = LiteGraph(); g.add_node("topic:nvme", kind="topic", label="NVMe")
    >>> g.add_edge("person:ann", "topic:nvme", weight=2.0)
    >>> g.nodes["topic:nvme"]["label"], dict(g["topic:nvme"]), "person:ann" in g
    ('NVMe', {'person:ann': {'weight': 2.0}}, True)
    """

    def __init__(self) -> None:
        self._nodes: dict[str, dict[str, Any]] = {}
        self._adj: dict[str, dict[str, dict[str, Any]]] = {}
        self.graph: dict[str, Any] = {}
        self.nodes = _NodeView(self._nodes)

    def add_node(self, nid: str, **attrs: Any) -> None:
        self._nodes.setdefault(nid, {}).update(attrs)
        self._adj.setdefault(nid, {})

    def add_edge(self, a: str, b: str, **attrs: Any) -> None:
        self.add_node(a)
        self.add_node(b)
        data = self._adj[a].get(b)
        if data is None:
            data = self._adj[a][b] = self._adj[b][a] = {}
        data.update(attrs)

    def __contains__(self, nid: object) -> bool:
        return nid in self._nodes

    def __getitem__(self, nid: str) -> dict[str, dict[str, Any]]:
        return self._adj[nid]

    def __len__(self) -> int:
        return len(self._nodes)

    def edges(self, data: bool = False) -> list[Any]:
        """Each edge once, as (a, b) or, with ``data``, (a, b, attributes)."""
        seen: set[str] = set()
        out: list[Any] = []
        for a, near in self._adj.items():
            seen.add(a)
            for b, attrs in near.items():
                if b not in seen:
                    out.append((a, b, attrs) if data else (a, b))
        return out


def find(G: Any, name: str, kind: str | None = None) -> str:
    """The id of the node called ``name`` (label, alias, handle or id; case and spelling folded).

    Raises :class:`kg.errors.LookupMiss` with the closest matches when nothing fits.

    >>> g = LiteGraph(); g.add_node("topic:pcie", kind="topic", label="PCIe", aliases=["PCI-e"])
    >>> find(g, "pci express".replace("express", "e")), find(g, "PCIE")
    ('topic:pcie', 'topic:pcie')
    """
    wanted = name.strip()
    if wanted in G and (kind is None or G.nodes[wanted]["kind"] == kind):
        return wanted
    low = wanted.lower().lstrip("@")
    key = topic_key(wanted)
    scored: list[tuple[int, str]] = []
    choices: dict[str, str] = {}
    for nid, data in G.nodes(data=True):
        if kind and data["kind"] != kind:
            continue
        if data["kind"] in ("meeting", "action") and kind is None:
            continue
        forms = [
            data.get("label", ""),
            *data.get("aliases", []),
            *data.get("handles", []),
            *data.get("lexicon_aliases", []),
        ]
        for rank, form in enumerate(forms):
            if form.lower().lstrip("@") == low:
                scored.append((0 if rank == 0 else 1, nid))
            elif data["kind"] == "topic" and key and topic_key(form) == key:
                scored.append((2, nid))
            elif data["kind"] == "person" and form.lower().split()[:1] == [low]:
                scored.append((3, nid))
            if rank < len(forms) - len(data.get("lexicon_aliases", [])):
                choices[f"{form}\x00{nid}"] = form  # suggest what the minutes say, not the lexicon
    if not scored and kind in (None, "topic") and len(low) >= 3:
        # "nftables" asked, "kube-proxy nftables backend" known: a word of one topic's name
        word = re.compile(rf"(?<![\w]){re.escape(low)}(?![\w])")
        found = {
            n
            for n, d in G.nodes(data=True)
            if d["kind"] == "topic" and word.search(d["label"].lower())
        }
        if len(found) == 1:
            scored.append((4, found.pop()))
    if scored:
        best = min(s for s, _ in scored)
        hits = sorted(
            {nid for s, nid in scored if s == best}, key=lambda n: -G.nodes[n].get("weight", 0)
        )
        return hits[0]
    matches = process.extract(
        wanted, choices, scorer=fuzz.WRatio, processor=utils.default_process, limit=12
    )
    seen: list[str] = []
    for _form, score, ckey in matches:
        label = G.nodes[ckey.split("\x00", 1)[1]]["label"]
        if score >= 60 and label not in seen:
            seen.append(label)
    hint = (
        f"; did you mean {', '.join(repr(s) for s in seen[:5])}?"
        if seen
        else "; try `kg people` or `kg topics`"
    )
    raise LookupMiss(f"no {kind or 'node'} called {name!r} in the graph{hint}", seen[:5])


def find_subject(G: Any, name: str) -> str:
    """A topic called ``name``, else an organization ("Juniper"), else a review or proposal of
    that name."""
    try:
        return find(G, name, "topic")
    except LookupMiss as miss:
        for kind in ("organization", "reference"):
            try:
                return find(G, name, kind)
            except LookupMiss:
                pass
        raise miss from None


def latest(G: Any) -> str:
    """The date of the graph's last meeting (ISO), or "" when no meeting is dated."""
    dates = (d.get("date", "") for _, d in G.nodes(data=True) if d.get("kind") == "meeting")
    return max((x for x in dates if x), default="")


def years_between(since: str, until: str) -> float:
    """Years from one ISO date to a later one (0 when either is missing or malformed)."""
    try:
        a = date.fromisoformat(since[:10])
        b = date.fromisoformat(until[:10])
    except ValueError:
        return 0.0
    return max(0.0, (b - a).days / 365.25)


def ranked(rows: list[Row], by: str, name: str) -> list[Row]:
    """Rows strongest first; ties to the more recent, then the more frequent, then by name."""
    rows = sorted(rows, key=lambda r: r[name])
    for column in ("meetings", "last_seen", by):
        if rows and column in rows[0]:
            rows.sort(key=lambda r, c=column: r[c], reverse=True)  # type: ignore[misc]
    return rows


WHO_COLUMNS = ["person", "id", "score", "meetings", "last_seen", "evidence"]
EXPLAIN_COLUMNS = ["direct", "via_reviews", "strength", "years", "recency"]


def who_rows(G: Any, tid: str, explain: bool = False, end: str | None = None) -> list[Row]:
    """The people of subject ``tid`` (an id: see :func:`find_subject`), ranked by score.

    score = strength x recency, where strength is the weight of the person's ``works_on`` edge
    plus REF_SHARE of the weight of their work on reviews about the topic, and recency is
    ``0.5 + 0.5 * 0.5 ** (years / HALF_LIFE)``, ``years`` being the time from the person's last
    sentence about the topic to the graph's last meeting (``end``, or found in ``G``).
    """
    direct: Counter[str] = Counter()
    via: Counter[str] = Counter()
    last: dict[str, str] = defaultdict(str)
    meetings: dict[str, set[str]] = defaultdict(set)
    evidence: dict[str, str] = {}
    naming: set[str] = set()  # the people whose evidence names the subject
    subject = G.nodes[tid]
    forms = {
        f.lower() for f in (subject.get("label", ""), *subject.get("aliases", ())) if len(f) > 1
    }

    def credit(pid: str, d: dict[str, Any], share: float, to: Counter[str]) -> None:
        to[pid] += share * d["weight"]
        last[pid] = max(last[pid], d.get("last_seen", ""))
        meetings[pid].update(d.get("per_meeting", {}))
        if pid in naming:
            return
        said = [ev["text"] for ev in d.get("evidence") or ()]
        # the first sentence that names the subject, else the first ("Niclas has a patch"); a
        # review of theirs whose title names it ("bhyve: Add EUI64 to NVMe device") over a
        # sentence of their own that does not ("Chuck and Patrick were able to talk in Ottawa")
        named = next((t for t in said if any(f in t.lower() for f in forms)), "")
        if named:
            evidence[pid] = named
            naming.add(pid)
        elif pid not in evidence:
            evidence[pid] = said[0] if said else ""

    def someone(nid: str) -> bool:  # a person, not a name that fits several ("Michael")
        node = G.nodes[nid]
        return bool(node["kind"] == "person" and not node.get("unresolved"))

    for pid, d in G[tid].items():
        if someone(pid):
            credit(pid, d, 1.0, direct)
    for rid, rd in G[tid].items():
        if G.nodes[rid]["kind"] != "reference" or rd["relation"] != "about":
            continue
        for pid, d in G[rid].items():
            if someone(pid):
                credit(pid, d, REF_SHARE, via)
    end = latest(G) if end is None else end
    rows = []
    for p in direct.keys() | via.keys():
        strength = direct[p] + via[p]
        years = years_between(last[p], end)
        recency = 0.5 + 0.5 * 0.5 ** (years / HALF_LIFE)
        row: Row = {
            "person": G.nodes[p]["label"],
            "id": p,
            "score": round(strength * recency, 3),
            "meetings": len(meetings[p]),
            "last_seen": last[p],
            "evidence": evidence.get(p, ""),
        }
        if explain:
            row.update(
                direct=round(direct[p], 3),
                via_reviews=round(via[p], 3),
                strength=round(strength, 3),
                years=round(years, 2),
                recency=round(recency, 3),
            )
        rows.append(row)
    return ranked(rows, "score", "person")


TOPIC_COLUMNS = ["kind", "name", "id", "title", "weight", "meetings", "last_seen", "evidence"]


def answer_columns(columns: list[str]) -> list[str]:
    """The columns of an answer's table: those of its rows but the node id, which names nothing
    to a reader (the tables, :func:`kg.tables.people` and the rest, keep it as their key).

    >>> answer_columns(WHO_COLUMNS)
    ['person', 'score', 'meetings', 'last_seen', 'evidence']
    """
    return [c for c in columns if c != "id"]


def topic_rows(G: Any, pid: str) -> list[Row]:
    """The topics and reviews of person ``pid``, strongest first."""
    rows = []
    for oid, d in G[pid].items():
        kind = G.nodes[oid]["kind"]
        if kind not in ("topic", "reference"):
            continue
        rows.append(
            {
                "kind": kind,
                "name": G.nodes[oid]["label"],
                "id": oid,
                "title": G.nodes[oid].get("title", ""),
                "weight": d["weight"],
                "meetings": len(d.get("per_meeting", {})),
                "last_seen": d.get("last_seen", ""),
                "evidence": d["evidence"][0]["text"] if d.get("evidence") else "",
            }
        )
    return ranked(rows, "weight", "name")
