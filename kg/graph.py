"""Entities + Mentions -> a networkx graph with the evidence behind every edge.

Who works on what must stay specific: a person is linked to a topic only when they speak about it
in their own turn, are named in the sentence about it, or speak in the section that is about it.
Attendance alone links a person to the meeting, never to its topics.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Any, Generic, TypeVar

import networkx as nx

from . import __version__
from .lexicon import topic_key
from .names import slug
from .resolve import Resolver
from .types import Meeting, Mention

K = TypeVar("K")
V = TypeVar("V")
MAX_EVIDENCE = 20
_NODE_BASE = frozenset(("kind", "label", "aliases", "mentions", "per_meeting"))
W_TURN = 1.0  # the person says it, or is named in the same sentence
W_SECTION = 0.5  # the person speaks in a section about it
W_LIST = 0.75  # "Chuck has several new reviews up:" followed by a list of reviews
W_BOLD = 1.25  # a bold name in a section about a topic: the scribe marks who acted


def topic_id(key: str) -> str:
    return "topic:" + key


def reference_id(key: str) -> str:
    return "reference:" + key


class GraphBuilder:
    """Accumulates nodes and edges, then emits a :class:`networkx.Graph`."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        # (a, b) -> [relation, weight, count, {meeting: count}, [evidence tuples]]
        self.edges: dict[tuple[str, str], list[Any]] = {}
        self._seen: set[tuple[tuple[str, str], str, int, str]] = set()
        self.dates: dict[str, str] = {}
        self.ref_facts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.topic_labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.topic_source: dict[str, str] = {}
        self.phab_bases: Counter[str] = Counter()
        self.strong: set[str] = set()  # people named as speaker, in bold, on a list, by handle

    def merge(self, part: GraphBuilder, labels: dict[str, str], own: bool) -> None:
        """Add one meeting's part. ``own``: the part is not kept elsewhere, so take its objects
        instead of copying them (a kept part must stay as it is for the next build)."""
        self.dates.update(part.dates)
        nodes = self.nodes
        for nid, data in part.nodes.items():
            mine = nodes.get(nid)
            if mine is None:
                if not own:
                    data = dict(
                        data, aliases=set(data["aliases"]), per_meeting=dict(data["per_meeting"])
                    )
                if data["kind"] == "person":
                    data["label"] = labels.get(nid, data["label"])
                nodes[nid] = data
                continue
            mine["aliases"].update(data["aliases"])
            mine["mentions"] += data["mentions"]
            per = mine["per_meeting"]
            for m, n in data["per_meeting"].items():
                per[m] = per.get(m, 0) + n
            if len(data) > len(_NODE_BASE):  # a meeting's or an action's own facts
                mine.update((k, v) for k, v in data.items() if k not in _NODE_BASE)
        edges = self.edges
        for pair, edge in part.edges.items():
            acc = edges.get(pair)
            if acc is None:
                edges[pair] = edge if own else [*edge[:3], dict(edge[3]), list(edge[4])]
                continue
            acc[1] += edge[1]
            acc[2] += edge[2]
            per = acc[3]
            for m, n in edge[3].items():
                per[m] = per.get(m, 0) + n
            acc[4].extend(edge[4])
        for ref, facts in part.ref_facts.items():
            self.ref_facts[ref].update(facts)
        for topic, names in part.topic_labels.items():
            self.topic_labels[topic].update(names)
        for topic, src in part.topic_source.items():
            if src == "lexicon" or self.topic_source.get(topic, "term") == "term":
                self.topic_source[topic] = src
        self.phab_bases.update(part.phab_bases)
        self.strong |= part.strong

    def node(
        self, nid: str, kind: str, label: str, meeting: str = "", alias: str = ""
    ) -> dict[str, Any]:
        data = self.nodes.get(nid)
        if data is None:
            data = self.nodes[nid] = {
                "kind": kind,
                "label": label,
                "aliases": set(),
                "mentions": 0,
                "per_meeting": {},
            }
        if alias:
            data["aliases"].add(alias)
        if meeting:
            data["mentions"] += 1
            per = data["per_meeting"]
            per[meeting] = per.get(meeting, 0) + 1
        return data

    def edge(
        self,
        a: str,
        b: str,
        relation: str,
        weight: float,
        meeting: Meeting,
        mention: Mention,
        text: str | None = None,
    ) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        sentence = text or mention.sentence
        mid = meeting.id
        mark = (key, mid, mention.block, sentence)  # one sentence counts once per edge
        if mark in self._seen:
            return  # the same sentence seen again through another rule
        self._seen.add(mark)
        src = mention.source
        # plain tuples here (sortable oldest first); dicts only for the few kept, in graph()
        evidence = (meeting.date, mid, src.line, src.section, sentence[:1000], src.path)
        data = self.edges.get(key)
        if data is None:
            self.edges[key] = [relation, weight, 1, {mid: 1}, [evidence]]
            return
        data[1] += weight
        data[2] += 1
        per = data[3]
        per[mid] = per.get(mid, 0) + 1
        data[4].append(evidence)

    def graph(self, title: str) -> nx.Graph:
        g = nx.Graph(title=title, generator=f"kg {__version__}", meetings=len(self.dates))
        dates = self.dates
        node_weight: Counter[str] = Counter()
        edges = []
        for key in sorted(self.edges):
            relation, weight, count, per, found = self.edges[key]
            if len(found) > 1:
                found.sort()
                per = dict(sorted(per.items()))
            seen = [d for m in per if (d := dates.get(m, ""))]
            weight = round(weight, 3)
            a, b = key
            node_weight[a] += weight
            node_weight[b] += weight
            data = {
                "relation": relation,
                "weight": weight,
                "evidence": [
                    {"meeting": m, "date": d, "section": s, "text": t, "path": p, "line": line}
                    for d, m, line, s, t, p in found[:MAX_EVIDENCE]
                ],
                "count": count,
                "per_meeting": per,
                "first_seen": min(seen) if seen else "",
                "last_seen": max(seen) if seen else "",
            }
            edges.append((a, b, data))
        nodes = []
        for nid in sorted(self.nodes):
            data = self.nodes[nid]
            per = data.pop("per_meeting")
            seen = [d for m in per if (d := dates.get(m, ""))]
            data.update(
                aliases=sorted(data["aliases"]),
                per_meeting=dict(sorted(per.items())),
                meeting_count=len(per),
                first_seen=min(seen) if seen else "",
                last_seen=max(seen) if seen else "",
                weight=round(node_weight[nid], 3),
            )
            nodes.append((nid, data))
        g.add_nodes_from(nodes)
        g.add_edges_from(edges)
        return g


def build_graph(
    results: list[tuple[Meeting, list[Mention]]],
    resolver: Resolver | None = None,
    *,
    title: str = "meeting minutes",
    phabricator: str = "",
    prune: bool = True,
    parts: PartCache | None = None,
) -> nx.Graph:
    """Build the graph of a corpus from each meeting's mentions.

    >>> from kg.types import Meeting, Mention, Source
    >>> src = Source("m.md", 3, "NVMe")
    >>> meeting = Meeting("m", "2019-05-23", "m", "m.md", (), (), ())
    >>> said = [Mention("Chuck", "person", "Chuck", 0, 0, "m", src, "Working on NVMe.", role="speaker", block=1),
    ...         Mention("NVMe", "topic", "nvme", 11, 15, "m", src, "Working on NVMe.", block=1)]
    >>> g = build_graph([(meeting, said)])
    >>> g.edges["person:chuck", "topic:nvme"]["relation"], g.nodes["topic:nvme"]["label"]
    ('works_on', 'NVMe')
    """
    resolver = resolver or Resolver()
    person_of = resolver.resolve(results)
    person_labels = {pid: person.label for pid, person in resolver.people.items()}
    b = GraphBuilder()
    for meeting, mentions in results:
        pids = tuple(
            person_of[(meeting.id, i)] for i, m in enumerate(mentions) if m.kind == "person"
        )
        kept = parts.get(id(mentions)) if parts is not None else None
        if kept is not None and kept[0] is mentions and kept[1] == pids:
            part = kept[2]
        else:
            part = meeting_part(meeting, mentions, pids)
            if parts is not None:
                parts.put(id(mentions), (mentions, pids, part))
        b.merge(part, person_labels, own=parts is None)
    graph = b.graph(title)
    ref_facts, topic_labels, topic_source = b.ref_facts, b.topic_labels, b.topic_source
    phab_bases, strong = b.phab_bases, b.strong
    for key, facts in ref_facts.items():
        data = graph.nodes[reference_id(key)]
        best: dict[str, str] = {}  # the most frequent value of each fact, the first on a tie
        most: dict[str, int] = {}
        for (name, value), count in facts.items():
            if count > most.get(name, 0):
                best[name], most[name] = value, count
        data.update(
            system=best.get("system", "url"),
            url=best.get("url", ""),
            title=best.get("title", ""),
            repo=best.get("repo", ""),
            number=best.get("number", ""),
        )
        base = phabricator or (phab_bases.most_common(1)[0][0] if phab_bases else "")
        if not data["url"] and data["system"] == "phabricator" and base:
            data["url"] = f"{base.rstrip('/')}/{key}"
    for key, labels in topic_labels.items():
        data = graph.nodes[topic_id(key)]
        data["label"] = max(
            labels, key=lambda x: (topic_source.get(key) == "lexicon", labels[x], -len(x), x)
        )
        if topic_source.get(key) == "lexicon":
            data["label"] = next(
                (lab for lab in labels if labels[lab] and topic_source[key] == "lexicon"),
                data["label"],
            )
        data["source"] = topic_source.get(key, "discovered")
    attended: Counter[str] = Counter()
    member_of: dict[str, str] = {}  # the first organization in edge order, as before
    for a, b, d in graph.edges(data=True):
        if d["relation"] == "attended":
            attended[a if a.startswith("person:") else b] += 1
        elif d["relation"] == "member_of":
            pid, oid = (a, b) if graph.nodes[a]["kind"] == "person" else (b, a)
            member_of.setdefault(pid, graph.nodes[oid]["label"])
    for pid, person in resolver.people.items():
        if pid in graph:
            data = graph.nodes[pid]
            data.update(
                handles=sorted(person.handles),
                unresolved=person.unresolved,
                organization=person.organization,
                candidates=list(person.candidates),
                attended=attended[pid],
            )
            data["aliases"] = sorted(set(data["aliases"]) | set(person.forms) | set(person.handles))
    for pid, org in member_of.items():
        if not graph.nodes[pid].get("organization"):
            graph.nodes[pid]["organization"] = org
    if prune:
        _prune(graph)
        _prune_words(graph, results, strong)
        _prune_terms(graph)
    return graph


def meeting_part(meeting: Meeting, mentions: list[Mention], pids: tuple[str, ...]) -> GraphBuilder:
    """One meeting's nodes, edges and facts, given the person id of each person mention."""
    b = GraphBuilder()
    b.dates[meeting.id] = meeting.date
    mid = "meeting:" + meeting.id
    b.node(mid, "meeting", meeting.title or meeting.id).update(
        date=meeting.date,
        title=meeting.title,
        path=meeting.path,
        attendee_count=sum(1 for p in meeting.attendees if p.role == "attendee"),
    )
    people = iter(pids)
    ids: list[str] = []
    for index, m in enumerate(mentions):
        nid = ""
        if m.kind == "person":
            nid = next(people)
            if m.role != "named" or "@" in m.text or " " in m.text.strip():
                b.strong.add(nid)
            b.node(nid, "person", "", meeting.id, m.text.strip())  # label: the resolver's
        elif m.kind == "topic":
            nid = topic_id(m.key)
            label = m.attr("label") or m.text
            # a term's spelling names the topic only where nothing stronger did
            b.topic_labels[m.key][label] += 2 if m.attr("source") == "term" else 5
            src = m.attr("source")
            if src == "lexicon" or b.topic_source.get(m.key, "term") == "term":
                b.topic_source[m.key] = src
            b.node(nid, "topic", label, meeting.id, m.text.replace("\\", "").strip())
        elif m.kind == "reference":
            nid = reference_id(m.key)
            b.ref_facts[m.key].update(m.attrs)
            if m.attr("base"):
                b.phab_bases[m.attr("base")] += 1
            b.node(nid, "reference", m.attr("label") or m.text, meeting.id, m.text)
        elif m.kind == "organization":
            nid = "organization:" + slug(m.text)
            b.node(nid, "organization", m.text, meeting.id, m.text)
        elif m.kind == "action":
            nid = f"action:{meeting.id}:{index}"
            b.node(
                nid, "action", m.text[:60] + ("\u2026" if len(m.text) > 60 else ""), meeting.id
            ).update(text=m.text[:1000], owner="")
        ids.append(nid)
    _link_meeting(b, meeting, mentions, ids)
    b._seen = set()  # needed only while linking one meeting: its marks all name the meeting
    return b


class Kept(Generic[K, V]):
    """What the last run in this process used, offered to the next run: ``begin()`` a run,
    ``get``/``put`` during it, ``finish()`` it to keep exactly what it used, no more."""

    def __init__(self) -> None:
        self._last: dict[K, V] = {}
        self._used: dict[K, V] = {}

    def get(self, key: K) -> V | None:
        value = self._last.get(key)
        if value is not None:
            self._used[key] = value
        return value

    def put(self, key: K, value: V) -> None:
        self._used[key] = value

    def begin(self) -> None:
        self._used = {}

    def finish(self) -> None:
        self._last, self._used = self._used, {}


# a meeting's part, by the identity of its mentions (the same objects come from the kept file
# cache entries while the file is unchanged) with the person ids its names resolved to
PartCache = Kept[int, tuple[list[Mention], tuple[str, ...], GraphBuilder]]


def _prune(graph: nx.Graph) -> None:
    """Drop discovered topics said once that nobody is linked to: noise, not knowledge."""
    drop = []
    for nid, data in graph.nodes(data=True):
        if data["kind"] != "topic" or data.get("source") == "lexicon":
            continue
        linked = any(graph.nodes[o]["kind"] in ("person", "reference") for o in graph[nid])
        if not linked and data["mentions"] < 2:
            drop.append(nid)
    graph.remove_nodes_from(drop)


BOILERPLATE_SHARE = 0.5  # a found topic in more of a corpus's meetings than this is boilerplate
HEADING_SHARE = 0.25  # likewise a heading ("Reminders", "Proposed FCPs")
BOILERPLATE_FROM = 8  # meetings needed before a share says anything


def _prune_terms(graph: nx.Graph) -> None:
    """Drop found topics that are someone's name or handle, and those or headings that recur in
    most meetings of a corpus (boilerplate). (Extraction already dropped terms said once.)"""
    meetings = graph.graph.get("meetings", 0)
    people: set[str] = set()
    for _, d in graph.nodes(data=True):
        if d["kind"] == "person":
            people.update(topic_key(a) for a in d.get("aliases", ()))
            people.update(topic_key(w) for w in d["label"].split())
    drop = []
    for nid, d in graph.nodes(data=True):
        if d["kind"] != "topic" or d.get("source") == "lexicon":
            continue
        key = nid.split(":", 1)[1]
        share = d["meeting_count"] / meetings if meetings >= BOILERPLATE_FROM else 0.0
        if key in people:
            drop.append(nid)
        elif share > BOILERPLATE_SHARE or (d.get("source") == "heading" and share > HEADING_SHARE):
            drop.append(nid)
    graph.remove_nodes_from(drop)


_LOWER = re.compile(r"(?<![\w@])[a-z]+(?![\w@])")


def _prune_words(
    graph: nx.Graph, results: list[tuple[Meeting, list[Mention]]], strong: set[str]
) -> None:
    """Drop lone capitalised words taken for names ("Due", "Revert") that the same minutes also
    use as ordinary lower-case words, unless someone spoke, was listed or was bolded under it."""
    weak = {
        nid: d["label"].lower()
        for nid, d in graph.nodes(data=True)
        if d["kind"] == "person"
        and nid not in strong
        and " " not in d["label"]
        and d["label"][:1].isupper()
    }
    if not weak:
        return
    wanted = set(weak.values())
    used: set[str] = set()
    for meeting, _ in results:
        used.update(meeting.words & wanted)
        for block in meeting.blocks:
            used.update(w for w in _LOWER.findall(block.text) if w in wanted)
    graph.remove_nodes_from([nid for nid, low in weak.items() if low in used])


def _link_meeting(
    b: GraphBuilder, meeting: Meeting, mentions: list[Mention], ids: list[str]
) -> None:
    mid = "meeting:" + meeting.id
    by_block: dict[int, list[int]] = defaultdict(list)
    attendees = set()
    for index, m in enumerate(mentions):
        if m.role in ("attendee", "absent") and m.kind == "person":
            if m.role == "attendee":
                attendees.add(ids[index])
                b.edge(ids[index], mid, "attended", 1.0, meeting, m, f"Attendee: {m.text}")
            continue
        if m.kind == "organization" and m.role == "attendee":
            person = next(
                (
                    ids[i]
                    for i, x in enumerate(mentions)
                    if x.kind == "person" and x.role == "attendee" and x.text == m.attr("person")
                ),
                "",
            )
            if person:
                b.edge(
                    person,
                    ids[index],
                    "member_of",
                    1.0,
                    meeting,
                    m,
                    f"{m.attr('person')} ({m.text})",
                )
            continue
        by_block[m.block].append(index)
    section_topics: list[int] = []
    section_refs: list[int] = []
    last_people: list[int] = []
    for block in sorted(by_block):
        members = by_block[block]
        kinds: dict[str, list[int]] = defaultdict(list)
        for i in members:
            m = mentions[i]
            kinds["speaker" if m.role == "speaker" else m.kind].append(i)
        heading = any(mentions[i].role == "heading" for i in members)
        if heading:
            section_topics = [i for i in kinds["topic"]]
            section_refs = [i for i in kinds["reference"]]
            last_people = []
        speakers = kinds["speaker"]
        named = kinds["person"]
        people = speakers + named
        for i in members:
            m = mentions[i]
            if m.kind in ("person", "topic", "reference") and ids[i] not in attendees:
                b.edge(ids[i], mid, "mentioned_in", 1.0, meeting, m)
        # person -- topic / reference
        for t in kinds["topic"] + kinds["reference"]:
            tm = mentions[t]
            rel = "works_on" if tm.kind == "topic" else "discussed"
            for s in speakers:
                b.edge(ids[s], ids[t], rel, W_TURN, meeting, tm)
            for p in named:
                if mentions[p].sentence == tm.sentence:
                    b.edge(ids[p], ids[t], rel, W_TURN, meeting, tm)
        if not heading:
            for p in people:
                pm = mentions[p]
                # in a block with no speaker, the people it names are its subject
                w = W_SECTION if speakers else (W_BOLD if pm.role == "bold" else W_TURN)
                for t in section_topics:
                    b.edge(ids[p], ids[t], "works_on", w, meeting, pm)
                for r in section_refs:
                    b.edge(ids[p], ids[r], "discussed", W_SECTION, meeting, pm)
        # a list of reviews after "Chuck has several new reviews up."
        if kinds["reference"] and not people and last_people:
            for r in kinds["reference"]:
                for p in last_people:
                    intro = mentions[p].sentence
                    b.edge(
                        ids[p],
                        ids[r],
                        "discussed",
                        W_LIST,
                        meeting,
                        mentions[r],
                        f"{intro} \u2026 {mentions[r].sentence}",
                    )
        elif people and not heading:
            last_people = people
        # reference -- topic
        for r in kinds["reference"]:
            rm = mentions[r]
            title = rm.attr("title")
            for t in kinds["topic"]:
                tm = mentions[t]
                if tm.sentence == rm.sentence or (title and tm.text in title):
                    b.edge(ids[r], ids[t], "about", W_TURN, meeting, tm)
            for t in section_topics:
                b.edge(ids[r], ids[t], "about", W_SECTION, meeting, rm)
        # topic -- topic in one sentence
        topics = kinds["topic"]
        for x, t1 in enumerate(topics):
            for t2 in topics[x + 1 :]:
                if mentions[t1].sentence == mentions[t2].sentence and ids[t1] != ids[t2]:
                    b.edge(ids[t1], ids[t2], "related", W_SECTION, meeting, mentions[t1])
        # organizations named in prose: "Pooja at Juniper"
        for o in kinds["organization"]:
            om = mentions[o]
            owner = om.attr("person")
            for p in named:
                if mentions[p].text == owner:
                    b.edge(ids[p], ids[o], "member_of", W_TURN, meeting, om)
        # action items
        named_ids = {mentions[p].text: ids[p] for p in reversed(named)} if kinds["action"] else {}
        for a in kinds["action"]:
            am = mentions[a]
            owner = am.attr("owner")
            owner_id = named_ids.get(owner, "") if owner else ""
            if not owner_id and len(speakers) == 1:
                owner_id = ids[speakers[0]]
            if owner_id:
                b.edge(owner_id, ids[a], "owns", W_TURN, meeting, am)
                b.nodes[ids[a]]["owner"] = owner_id
            b.edge(ids[a], mid, "raised_in", 1.0, meeting, am)
            for t in kinds["topic"] + kinds["reference"]:
                if mentions[t].sentence in am.text or am.text in mentions[t].sentence:
                    b.edge(ids[a], ids[t], "concerns", W_TURN, meeting, mentions[t])
