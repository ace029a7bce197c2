"""Entities + Mentions -> a networkx graph with the evidence behind every edge.

Who works on what must stay specific: a person is linked to a topic only when they speak about it
in their own turn, are named in the sentence about it, or speak in the section that is about it.
Attendance alone links a person to the meeting, never to its topics.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any, Generic, NamedTuple, TypeVar

import networkx as nx

from . import __version__
from .lexicon import topic_key
from .link import link_meeting
from .names import LOGIN_RARE, _fold, is_given_name, is_handle, slug, word_frequency
from .types import Meeting, Mention, Resolution

K = TypeVar("K")
V = TypeVar("V")
MAX_EVIDENCE = 20
_OWNER_MARK = re.compile(r"^\s*(?:ACTION|AI|TODO)\s*\([^)\n]{1,60}\)\s*:\s*")
_NODE_BASE = frozenset(("kind", "label", "aliases", "mentions", "per_meeting"))


class Evidence(NamedTuple):
    """A sentence behind an edge; ``shows`` ranks how well it shows the link (see kg.link)."""

    shows: int
    date: str
    meeting: str
    line: int
    section: str
    text: str
    path: str


@dataclass
class Edge:
    """An edge being built: the sum of its weights, how often and where it was seen, and why."""

    relation: str
    weight: float
    count: int
    per_meeting: dict[str, int]
    evidence: list[Evidence]

    def absorb(self, other: Edge) -> None:
        """Add another edge's weight, counts and evidence to this one."""
        self.weight += other.weight
        self.count += other.count
        per = self.per_meeting
        for m, n in other.per_meeting.items():
            per[m] = per.get(m, 0) + n
        self.evidence.extend(other.evidence)

    def copy(self) -> Edge:
        return Edge(
            self.relation, self.weight, self.count, dict(self.per_meeting), list(self.evidence)
        )


def topic_id(key: str) -> str:
    return "topic:" + key


def reference_id(key: str) -> str:
    return "reference:" + key


def _absorb_node(mine: dict[str, Any], data: dict[str, Any]) -> None:
    """Add another node's spellings and mentions to ``mine``."""
    mine["aliases"].update(data["aliases"])
    mine["mentions"] += data["mentions"]
    per = mine["per_meeting"]
    for m, n in data["per_meeting"].items():
        per[m] = per.get(m, 0) + n


class GraphBuilder:
    """Accumulates nodes and edges, then emits a :class:`networkx.Graph`."""

    def __init__(self) -> None:
        self.nodes: dict[str, dict[str, Any]] = {}
        self.edges: dict[tuple[str, str], Edge] = {}
        self._seen: set[tuple[tuple[str, str], str, int, str]] = set()
        self.dates: dict[str, str] = {}
        self.ref_facts: dict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
        self.topic_labels: dict[str, Counter[str]] = defaultdict(Counter)
        self.topic_source: dict[str, str] = {}
        self.phab_bases: Counter[str] = Counter()
        self.strong: set[str] = set()  # people named as speaker, in bold, on a list, by handle
        self.prose: set[str] = set()  # topics found by shape outside code ("PagerDuty")
        self.known: set[str] = set()  # well-known names said outside code ("LLVM", "Wayland")
        self.firm: set[str] = set()  # topics said somewhere other than in passing (see below)
        self.told: set[str] = set()  # topics said somewhere other than as a heading

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
            _absorb_node(mine, data)
            if len(data) > len(_NODE_BASE):  # a meeting's or an action's own facts
                mine.update((k, v) for k, v in data.items() if k not in _NODE_BASE)
        edges = self.edges
        for pair, edge in part.edges.items():
            acc = edges.get(pair)
            if acc is None:
                edges[pair] = edge if own else edge.copy()
                continue
            acc.absorb(edge)
        for ref, facts in part.ref_facts.items():
            self.ref_facts[ref].update(facts)
        for topic, names in part.topic_labels.items():
            self.topic_labels[topic].update(names)
        for topic, src in part.topic_source.items():
            if src == "lexicon" or self.topic_source.get(topic, "term") == "term":
                self.topic_source[topic] = src
        self.phab_bases.update(part.phab_bases)
        self.strong |= part.strong
        self.prose |= part.prose
        self.known |= part.known
        self.firm |= part.firm
        self.told |= part.told

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
        shows: int = 1,
    ) -> None:
        if a == b:
            return
        key = (a, b) if a < b else (b, a)
        sentence = text or mention.sentence
        if not sentence.strip():
            return  # no sentence, no evidence: "* Mikeal:" alone over its notes
        mid = meeting.id
        mark = (key, mid, mention.block, sentence)  # one sentence counts once per edge
        if mark in self._seen:
            return  # the same sentence seen again through another rule
        self._seen.add(mark)
        src = mention.source
        # tuples here (sortable, best first); dicts only for the few kept, in graph()
        evidence = Evidence(
            shows, meeting.date, mid, src.line, src.section, sentence[:1000], src.path
        )
        data = self.edges.get(key)
        if data is None:
            self.edges[key] = Edge(relation, weight, 1, {mid: 1}, [evidence])
            return
        data.weight += weight
        data.count += 1
        per = data.per_meeting
        per[mid] = per.get(mid, 0) + 1
        data.evidence.append(evidence)

    def fold(self, into: dict[str, str]) -> None:
        """Merge nodes into others (``into``: old id -> new id), with their edges."""
        if not into:
            return
        for old, new in into.items():
            data, target = self.nodes.pop(old), self.nodes[new]
            _absorb_node(target, data)
            target["aliases"].add(data["label"])
        for key in [k for k in self.edges if k[0] in into or k[1] in into]:
            edge = self.edges.pop(key)
            a, b = (into.get(key[0], key[0]), into.get(key[1], key[1]))
            if a == b:
                continue
            pair = (a, b) if a < b else (b, a)
            acc = self.edges.get(pair)
            if acc is None:
                self.edges[pair] = edge
                continue
            acc.absorb(edge)
        for old in into:  # the variant's spellings stay as the topic's aliases
            self.topic_labels.pop(old.split(":", 1)[1], None)
            self.topic_source.pop(old.split(":", 1)[1], None)
        # a variant said firmly makes its topic firm ("SIMD128" folds into "SIMD")
        self.firm |= {
            new.split(":", 1)[1]
            for old, new in into.items()
            if old.startswith("topic:") and old.split(":", 1)[1] in self.firm
        }

    def graph(self, title: str) -> nx.Graph:
        """The graph of what was added; the builder's edges are used up."""
        g = nx.Graph(title=title, generator=f"kg {__version__}", meetings=len(self.dates))
        dates = self.dates
        node_weight: defaultdict[str, float] = defaultdict(float)
        edges = []
        for key in sorted(self.edges):
            # taken out as it is turned into the graph's edge: its sentences beyond the kept
            # ones and its evidence tuples are freed at once, not held beside the graph's dicts
            edge = self.edges.pop(key)
            per, found = edge.per_meeting, edge.evidence
            if len(found) > 1:
                # the sentences that show it best, the newest first, each meeting in reading order
                found.sort(key=lambda e: (e.meeting, e.line))
                found.sort(key=lambda e: (e.shows, e.date), reverse=True)
                per = dict(sorted(per.items()))
            seen = [d for m in per if (d := dates.get(m, ""))]
            weight = round(edge.weight, 3)
            a, b = key
            node_weight[a] += weight
            node_weight[b] += weight
            data: dict[str, Any] = {
                "relation": edge.relation,
                "weight": weight,
                "evidence": [
                    {"meeting": m, "date": d, "section": s, "text": t, "path": p, "line": line}
                    for _, d, m, line, s, t, p in found[:MAX_EVIDENCE]
                ],
                "count": edge.count,
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
    resolution: Resolution,
    *,
    title: str = "meeting minutes",
    phabricator: str = "",
    prune: bool = True,
    parts: PartCache | None = None,
) -> nx.Graph:
    """Build the graph of a corpus from each meeting's mentions and who their names are (the
    :class:`~kg.types.Resolution` of :meth:`kg.resolve.Resolver.resolve`).

    >>> from kg.resolve import Resolver
    >>> from kg.types import Meeting, Mention, Source
    >>> src = Source("m.md", 3, "NVMe")
    >>> meeting = Meeting("m", "2019-05-23", "m", "m.md", (), (), ())
    >>> said = [Mention("Chuck", "person", "Chuck", 0, 0, "m", src, "Working on NVMe.", role="speaker", block=1),
    ...         Mention("NVMe", "topic", "nvme", 11, 15, "m", src, "Working on NVMe.", block=1)]
    >>> g = build_graph([(meeting, said)], Resolver().resolve([(meeting, said)]))
    >>> g.edges["person:chuck", "topic:nvme"]["relation"], g.nodes["topic:nvme"]["label"]
    ('works_on', 'NVMe')
    """
    person_of = resolution.person_of
    person_labels = {pid: person.label for pid, person in resolution.people.items()}
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
    if prune:
        b.fold(_variants(b.nodes, b.topic_source, len(b.dates), b.edges))
    graph = b.graph(title)
    ref_facts, topic_labels, topic_source = b.ref_facts, b.topic_labels, b.topic_source
    phab_bases, strong, prose, known = b.phab_bases, b.strong, b.prose, b.known
    firm, told = b.firm, b.told
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
    for pid, person in resolution.people.items():
        if pid in graph:
            data = graph.nodes[pid]
            data.update(
                handles=list(person.handles),
                unresolved=person.unresolved,
                organization=person.organization,
                candidates=list(person.candidates),
                attended=attended[pid],
            )
            data["aliases"] = sorted(set(data["aliases"]) | set(person.aliases))
    for pid, org in member_of.items():
        if not graph.nodes[pid].get("organization"):
            graph.nodes[pid]["organization"] = org
    if prune:
        _prune(graph, prose, known)
        _prune_words(graph, results, strong)
        _prune_word_handles(graph, results)
        _prune_lower_words(graph)
        _prune_terms(graph, told)
        _prune_passing(graph)
        _prune_passing_acronyms(graph, firm)
        _prune_named_people(graph)
    return graph


NAME_TOPIC_RARE = 3.0  # a topic of one word this rare in English that is someone's name ...


LOGIN_TOPIC_SAID = 3  # a topic that is a login, said at most this many times per its person's


def _prune_named_people(graph: nx.Graph) -> None:
    """Topics that are the names of the corpus's people: a full name ("Ouyang Yadong" as an
    issue's title), or the first name of someone named in full, a word English hardly knows
    ("Sifis" beside Sifis Lagouvardos): the person, not a subject."""
    full: set[str] = set()
    firsts: set[str] = set()
    # "niamhc", "ayo_o": the same word as a topic elsewhere is her (not "GraphiQL", said 37
    # times, of a scope "@graphiql" once taken for someone)
    logins: dict[str, int] = {}
    for _, d in graph.nodes(data=True):
        if d["kind"] != "person" or d.get("unresolved"):
            continue
        for form in (d["label"], *d.get("aliases", ())):
            words = _fold(form).split()
            if len(words) >= 2:
                full.add(" ".join(words))
                firsts.add(words[0])
            elif is_handle(form.lstrip("@")) and word_frequency(form.lstrip("@")) < LOGIN_RARE:
                login = form.lstrip("@").lower()
                logins[login] = max(logins.get(login, 0), d.get("mentions", 1))
    graph.remove_nodes_from(
        [
            n
            for n, d in graph.nodes(data=True)
            if d["kind"] == "topic"
            and d.get("source") != "lexicon"
            and (
                " ".join(_fold(d["label"]).split()) in full
                or d.get("mentions", 1) <= LOGIN_TOPIC_SAID * logins.get(d["label"].lower(), 0)
                or " " not in d["label"]
                and d["label"][:1].isupper()
                and d["label"][1:].islower()
                and _fold(d["label"]) in firsts
                and word_frequency(d["label"].lower()) < NAME_TOPIC_RARE
            )
        ]
    )


_NUMBERED = re.compile(r"([a-z][a-z-]{2,}?)-?v?\d{1,3}")


# a word that, before or after a topic's name, still names that topic ("AppVeyor Failures",
# "MatMulNBits Operator", "Latest libuv")
_FOLDABLE = frozenset(
    """failure failures failing operator operators op ops latest new update updates status issue
    issues bug bugs work progress discussion proposal proposals plan plans release releases rfc
    rfcs changes improvements implementation implementations debate challenges amendments""".split()
)


_FOLD_PREPOSITIONS = frozenset("for on across".split())  # not "in": "Async fn in traits"
_AFFIX = re.compile(r"(?:post|pre|non)-(\S+)|(\S+)-(?:related|specific|based|like)", re.I)


def _variants(
    nodes: dict[str, dict[str, Any]],
    sources: dict[str, str] | None = None,
    meetings: int = 0,
    edges: dict[tuple[str, str], Edge] | None = None,
) -> dict[str, str]:
    """Topics that are another topic with a version number glued on ("llvm11", "JDK19"), one
    word more ("AppVeyor Failures"), a phrase after it ("RTN for free functions") or an affix
    ("post-pkgbase"), when that topic exists: to fold into it. With the topics' ``sources`` and
    the number of ``meetings``, a heading or title of one meeting that names a topic of several
    folds into it too ("Revising make check tests", "Floodsub Integration")."""
    into = {}
    named = _named_within(nodes, sources or {}, meetings)
    topics = [(d.get("mentions", 0), n) for n, d in nodes.items() if d["kind"] == "topic"]
    project = max(topics)[1][6:] if topics else ""  # "GraphQL": the project's own name
    for nid, data in nodes.items():
        if data["kind"] != "topic":
            continue
        m = _NUMBERED.fullmatch(nid[6:])
        bases = [m.group(1)] if m else []
        words = str(data["label"]).split()
        if len(words) >= 3 and topic_key(words[0]) == project and words[1].islower() is False:
            # "GraphQL Field Extension RFC" is "Field extensions" ("RTN for ..." is RTN's)
            rest = words[1:]
            bases.append(topic_key(" ".join(rest)))
            if rest[-1].lower() in _FOLDABLE:
                bases.append(topic_key(" ".join(rest[:-1])))
        if len(words) >= 2 and words[-1].lower() in _FOLDABLE:
            bases.append(topic_key(" ".join(words[:-1])))
        if len(words) >= 2 and words[0].lower() in _FOLDABLE:
            bases.append(topic_key(" ".join(words[1:])))
        # "RTN for free functions", "Dependabot on repos": a topic, then where or what for
        for cut in (1, 2):
            if len(words) > cut + 1 and words[cut].lower() in _FOLD_PREPOSITIONS:
                bases.append(topic_key(" ".join(words[:cut])))
        # "subinterpreter-related", "post-pkgbase", "LLM-related Operators"
        shorter = words[:-1] if len(words) >= 2 and words[-1].lower() in _FOLDABLE else words
        affixed = _AFFIX.fullmatch(" ".join(shorter))
        if affixed:
            bases.append(topic_key(affixed.group(1) or affixed.group(2)))
        if nid in named:
            bases.append(named[nid])
        for key in bases:
            base = "topic:" + key
            if key and base != nid and base in nodes and nodes[base]["kind"] == "topic":
                into[nid] = base
                break
    for small, big in _misspellings(nodes).items():
        into.setdefault(small, big)
    for small, big in _acronyms(nodes, edges or {}).items():
        if small not in into and big not in into:
            into[small] = big
    for nid in into:  # "Latest libuv update" -> "libuv update" -> "libuv"
        while into[nid] in into:
            into[nid] = into[into[nid]]
    return into


def _named_within(
    nodes: dict[str, dict[str, Any]], sources: dict[str, str], meetings: int
) -> dict[str, str]:
    """Headings and titles of one meeting, said there once or twice, whose words hold a topic of
    several meetings (the longest, then the first): "Revising make check tests" -> make check,
    "xf86-video-ati and drm-legacy" -> xf86-video-ati. A topic of most meetings (the project's
    own name) names nothing within them."""
    known = {
        nid[6:]
        for nid, d in nodes.items()
        if d["kind"] == "topic"
        and len(d["per_meeting"]) >= 2
        and (meetings < BOILERPLATE_FROM or len(d["per_meeting"]) <= BOILERPLATE_SHARE * meetings)
    }
    out: dict[str, str] = {}
    for nid, d in nodes.items():
        if (
            d["kind"] != "topic"
            or sources.get(nid[6:]) not in ("heading", "label", "title")
            or len(d["per_meeting"]) != 1
            or d["mentions"] > 2
        ):
            continue
        words = str(d["label"]).split()
        for size in range(len(words) - 1, 0, -1):
            found = [
                key
                for at in range(len(words) - size + 1)
                if (key := topic_key(" ".join(words[at : at + size]))) in known and key != nid[6:]
            ]
            if found:
                out[nid] = found[0]
                break
    return out


MISSPELT_KEY = 8  # topics' keys this long, one letter apart, are one topic misspelt ...
MISSPELT_RATIO = 2  # ... when one is said this many times as often as the other


_ACRONYM = re.compile(r"[A-Z]{2,6}")
ACRONYM_SPREAD = 3  # an acronym said in at most this many times the meetings of its full name
_UNSPOKEN = frozenset("of the and for in on to a an with".split())  # no letter of an acronym


_CAMEL_WORDS = re.compile(r"(?:[A-Z][a-z]{2,}){2,3}")  # "GetBlockTemplate" (not "iOS", "macOS")
_CAMEL_PARTS = re.compile(r"[A-Z][a-z]+")


def _acronyms(
    nodes: dict[str, dict[str, Any]], edges: dict[tuple[str, str], Edge]
) -> dict[str, str]:
    """A topic's acronym and its name in full ("CCN", "Client Controlled Nullability"): one
    topic, under the name said more often, the other its alias. Only where one topic of the
    corpus has those initials, and the two are said in one sentence, or in the same meetings with
    the acronym in at most ACRONYM_SPREAD times as many."""
    spelled: dict[str, list[str]] = defaultdict(list)
    camel: dict[str, list[str]] = defaultdict(list)  # "SharedArrayBuffer": "SAB" is its acronym
    for nid, data in nodes.items():
        words = [w for w in re.split(r"[\s-]+", str(data["label"])) if w]
        if data["kind"] != "topic":
            continue
        if len(words) == 1 and _CAMEL_WORDS.fullmatch(words[0]):
            camel["".join(p[0] for p in _CAMEL_PARTS.findall(words[0]))].append(nid)
        if len(words) < 2:
            continue
        letters = [w[0] for w in words if w.lower() not in _UNSPOKEN]
        if len(letters) >= 2 and all(c.isalpha() for c in letters):
            spelled["".join(letters).upper()].append(nid)
    for mark, nids in camel.items():
        spelled.setdefault(mark, nids)  # (a name in words, "VM module", first)
    pairs = {
        nid: spelled[str(data["label"])][0]
        for nid, data in nodes.items()
        if data["kind"] == "topic"
        and _ACRONYM.fullmatch(str(data["label"]))
        and len(spelled.get(str(data["label"]), [])) == 1
    }
    said: dict[str, list[str]] = defaultdict(list)  # a candidate acronym -> its sentences
    for (a, b), edge in edges.items() if pairs else ():
        for end in (a, b):
            if end in pairs:
                said[end].extend(e.text for e in edge.evidence)
    into: dict[str, str] = {}
    for nid, full in pairs.items():
        name = re.sub(r"[\s-]+", " ", str(nodes[full]["label"]).lower())
        short, long = (
            set(nodes[nid].get("per_meeting", {})),
            set(nodes[full].get("per_meeting", {})),
        )
        # said in one sentence; or in the same meetings, the acronym not far more widely (in
        # ethereum-acd "CL", the consensus layer of 40 meetings, is not the "churn limit" of 3)
        together = short & long and len(short) <= ACRONYM_SPREAD * len(long)
        if not together and not any(
            name in re.sub(r"[\s-]+", " ", t.lower()) for t in said.get(nid, ())
        ):
            continue
        small, big = sorted((nid, full), key=lambda n: (nodes[n].get("mentions", 0), n))
        into[small] = big
    return into


def _misspellings(nodes: dict[str, dict[str, Any]]) -> dict[str, str]:
    """Topics one letter apart (a letter swapped, dropped, added or changed) from a topic said at
    least twice as often: "Startup Perfomrance" is "Startup performance". Short keys, numbers
    ("ES2015", "ES2016") and hosts are left alone."""
    by_drop: dict[str, list[str]] = defaultdict(list)
    for nid, d in nodes.items():
        key = nid[6:]
        if (
            d["kind"] != "topic"
            or len(key) < MISSPELT_KEY
            or not key.isalpha()
            or _CODE_MARKS.search(str(d["label"]))
        ):
            continue  # "relaxed_max", "String#byteslice", "ci.jenkins.io": exact names
        for i in range(len(key)):
            by_drop[key[:i] + key[i + 1 :]].append(nid)
        by_drop[key].append(nid)
    into: dict[str, str] = {}
    for group in by_drop.values():
        if len(group) < 2:
            continue
        best = max(group, key=lambda n: (nodes[n].get("mentions", 0), n))
        for nid in group:
            if (
                nid != best
                and MISSPELT_RATIO * nodes[nid].get("mentions", 0) <= nodes[best].get("mentions", 0)
                and _typo(nid[6:], best[6:])
            ):
                into.setdefault(nid, best)
    return into


_CODE_MARKS = re.compile(r"[#_.:()]")


def _typo(a: str, b: str) -> bool:
    """Whether two keys one edit apart differ as a typo does: letters swapped, one dropped or
    added, or one changed before the last three ("graphql-ws" is not "graphql-js")."""
    if len(a) != len(b):
        return True
    diff = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diff) == 2:
        i, j = diff
        return j == i + 1 and a[i] == b[j] and a[j] == b[i]
    return len(diff) == 1 and diff[0] < len(a) - 3


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
    repos: list[tuple[str, str, Mention]] = []
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
            if not m.attr("passing"):
                b.firm.add(m.key)
            if m.role != "heading":
                b.told.add(m.key)
            if src == "discovered" and not m.attr("code"):
                b.prose.add(m.key)
                if m.attr("known"):
                    b.known.add(m.key)
        elif m.kind == "reference":
            nid = reference_id(m.key)
            b.ref_facts[m.key].update(m.attrs)
            if m.attr("base"):
                b.phab_bases[m.attr("base")] += 1
            b.node(nid, "reference", m.attr("label") or m.text, meeting.id, m.text)
            repo = m.attr("repo")
            if repo:  # nodejs/node: the repository a review or issue belongs to, its own kind
                rid = "repository:" + repo.lower()
                b.node(rid, "repository", repo, meeting.id, repo)
                repos.append((nid, rid, m))
        elif m.kind == "organization":
            nid = "organization:" + slug(m.text)
            b.node(nid, "organization", m.text, meeting.id, m.text)
        elif m.kind == "action":
            nid = f"action:{meeting.id}:{index}"
            label = _OWNER_MARK.sub("", m.text, count=1)  # "ACTION (JLM): Publish ...": its owner
            b.node(
                nid, "action", label[:60] + ("\u2026" if len(label) > 60 else ""), meeting.id
            ).update(text=m.text[:1000], owner="", context=m.attr("context"))
        ids.append(nid)
    link_meeting(b, meeting, mentions, ids)
    for ref, repo, m in repos:
        b.edge(ref, repo, "in_repository", 1.0, meeting, m)
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

    def __contains__(self, key: K) -> bool:
        return key in self._last

    def offer(self, key: K, value: V) -> None:
        """Offer ``value`` to this run as if the last run had used it (a part read from disk)."""
        self._last[key] = value

    def used(self, key: K) -> V | None:
        """What this run got or put under ``key``."""
        return self._used.get(key)

    def begin(self) -> None:
        self._used = {}

    def finish(self) -> None:
        self._last, self._used = self._used, {}


# a meeting's part, by the identity of its mentions (the same objects come from the kept file
# cache entries while the file is unchanged) with the person ids its names resolved to
PartCache = Kept[int, tuple[list[Mention], tuple[str, ...], GraphBuilder]]


# a name of a shape English words never have: a package's name (epoll-shim, drm-kmod) or letters
# with digits (X11, arm64); not a code identifier (uv_os_homedir): as often an aside as a subject
_SURE_SHAPE = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)+|[A-Za-z]{1,10}\d{1,4}[A-Za-z0-9]*")


# a camel hump: a lower-case letter then a capital (gRPC, PagerDuty; not "CLAs", "BIOSes")
_MIXED_CASE = re.compile(r"(?=[A-Za-z])[A-Za-z0-9]*?[a-z][A-Z][A-Za-z0-9]*")
_RELEASE_LABEL = re.compile(r"v?\d{1,4}(?:\.\d{1,4}){1,3} release")  # kg.extract's "3.3 release"
HEADING_RARE = 3.6  # a heading said once names a subject when one of its words is this rare
WORD_RARE = 2.0  # ... or, when it is one word, this rare


def _said_once_ok(data: dict[str, Any], prose: bool) -> bool:
    """Whether a topic said once, that nobody is linked to, is still sure to be a subject: a
    name shaped like no English word, a product's mixed-case name said in prose, not code
    ("PagerDuty", "gRPC", not `TypeEq`), or a heading with a rare word or an acronym in it."""
    label = str(data["label"])
    if _RELEASE_LABEL.fullmatch(label):
        return True  # "### 6. Release 3.3": a release, numbered, is what its section is about
    if data.get("source") == "discovered":
        return bool(_SURE_SHAPE.fullmatch(label) or (prose and _MIXED_CASE.fullmatch(label)))
    if data.get("source") not in ("heading", "label") or len(label.split()) > 4:
        return False  # "Downsides of 'bubbling mutation'": a design note's part, not a subject
    words = re.findall(r"\w+", label)
    if not re.search(r"[A-Za-z]{2}", label):
        return False  # "4844", "5": a numbered item's leftover
    if len(words) == 1:  # "Motivations", "Confusions": a document's part
        return not label[1:].islower() or word_frequency(label.lower()) < WORD_RARE
    # "GHC API", "const generics", not "Process Improvements"
    return any(not w[1:].islower() or word_frequency(w.lower()) < HEADING_RARE for w in words)


def _prune(graph: nx.Graph, prose: set[str], known: set[str]) -> None:
    """Drop found topics said once that nobody is linked to, unless sure by their shape or
    well known by name ("LLVM" in prose): noise, not knowledge."""
    drop = []
    for nid, data in graph.nodes(data=True):
        if data["kind"] != "topic" or data.get("source") == "lexicon" or nid[6:] in known:
            continue
        linked = any(graph.nodes[o]["kind"] in ("person", "reference") for o in graph[nid])
        if not linked and data["mentions"] < 2 and not _said_once_ok(data, nid[6:] in prose):
            drop.append(nid)
    graph.remove_nodes_from(drop)


_LETTER = re.compile(r"[^\W\d_]")
_EVENT = re.compile(  # a conference's name: "PyCon", "JSConfEU", "NodeConf EU", "RustConf 2019"
    r"[A-Z][A-Za-z]*(?:Con|Conf|Fest|Camp)(?:US|EU|Asia|\d{2,4})?(?:\s+(?:US|EU|Asia|\d{2,4}))?$"
)
# a commit's hash, with a repository's prefix or not: "rK7f3e91ac2", "a1b2c3d4e5"
_COMMIT = re.compile(r"(?:r[A-Z]{1,3})?(?=[0-9a-f]*\d)(?=[0-9a-f]*[a-f])[0-9a-f]{7,40}")
BOILERPLATE_SHARE = 0.5  # a found topic in more of a corpus's meetings than this is boilerplate
HEADING_SHARE = 0.25  # likewise a heading ("Reminders", "Proposed FCPs")
TEMPLATE_RATE = 1.5  # ... unless said this many times per meeting it appears in
BOILERPLATE_FROM = 8  # meetings needed before a share says anything


PROJECT_SHARE = (
    0.25  # the folder's own name, found in more of its meetings than this, is the project
)
AFFILIATION_SAID = 2  # a topic that is an organization, said at most this often per member


def _prune_terms(graph: nx.Graph, told: set[str]) -> None:
    """Drop found topics that are someone's name or handle, and those or headings that recur in
    most meetings of a corpus (boilerplate); ``told``: the topics said other than as a heading.
    (Extraction already dropped terms said once.)"""
    meetings = graph.graph.get("meetings", 0)
    # "Branch Hinting (Yuri Iozzelli)" read as a name before an organization: a name of several
    # words nobody listed as attending, that the minutes also use as a heading's, a title's or a
    # phrase's topic, is that topic
    named_topics = [
        nid
        for nid, d in graph.nodes(data=True)
        if d["kind"] == "person"
        and " " in d["label"]
        and not d.get("attended")
        and (topic := graph.nodes.get(topic_id(topic_key(d["label"]))))
        and topic.get("kind") == "topic"
        and topic.get("source") in ("heading", "title", "phrase", "lexicon")
    ]
    graph.remove_nodes_from(named_topics)
    people: dict[str, int] = {}  # a name's key -> the most mentions of a person it names
    named_by: dict[str, list[str]] = defaultdict(list)  # an acronym-like label -> those people
    for nid, d in graph.nodes(data=True):
        if d["kind"] == "person":
            for key in {topic_key(a) for a in d.get("aliases", ())} | {
                topic_key(w) for w in d["label"].split()
            }:
                people[key] = max(people.get(key, 0), d["mentions"])
            if d["label"].isupper():
                named_by[topic_key(d["label"])].append(nid)
    # "SiFive", "Igalia": the organization someone is listed with, not a subject
    # (said mostly as someone's affiliation: "EVM", the subject, is said far more than listed)
    organizations: Counter[str] = Counter(
        topic_key(d["label"] if d["kind"] == "organization" else d.get("organization") or "")
        for _, d in graph.nodes(data=True)
        if d["kind"] in ("organization", "person")
    )
    organizations.pop("", None)
    # "rust-lang-team minutes": the project's own name ("Rust", "Node.js" of nodejs-tsc) is the
    # subject of every meeting and so of no one in particular
    words = [w.lower() for w in re.split(r"[\W_]+", graph.graph.get("title", "")) if w]
    project = ({topic_key(w) for w in words} | set(words)) - {"minute", "minutes", "meeting", ""}
    drop: list[str] = []
    for nid, d in graph.nodes(data=True):
        if d["kind"] != "topic" or d.get("source") == "lexicon":
            continue
        key = nid.split(":", 1)[1]
        if (
            key in project
            and meetings >= BOILERPLATE_FROM
            and (d["meeting_count"] > PROJECT_SHARE * meetings)
        ):
            drop.append(nid)
            continue
        if (
            key in organizations
            and d.get("source") in ("discovered", "term")
            and d["mentions"] <= AFFILIATION_SAID * organizations[key]
        ):
            drop.append(nid)
            continue
        share = d["meeting_count"] / meetings if meetings >= BOILERPLATE_FROM else 0.0
        label = d["label"]
        named = named_by.get(key, [])
        weak = [
            p
            for p in named
            if 5 * graph.nodes[p]["mentions"] <= d["mentions"]
            and not graph.nodes[p].get("attended")
        ]
        if key in people and 2 * people[key] < d["mentions"] and len(weak) == len(named):
            # "WASI", "GC" said hundreds of times are topics, not initials said once: the person
            # node goes, the topic stays (someone listed as attending, "JMCT", stays a person)
            drop.extend(weak)
        elif (
            key in people
            or not _LETTER.search(label)
            or not label[:1].isalnum()
            or "@" in label
            or _COMMIT.fullmatch(label)
        ):
            # a name, no word at all ("13.6", ".X"; V8 and S3 stay), a mail's id, a commit
            drop.append(nid)
        elif _EVENT.match(label):
            drop.append(nid)  # "PyCon", "NodeConf EU", "AsiaBSDCon": a conference, not a subject
        elif (
            share > BOILERPLATE_SHARE
            or (d.get("source") in ("heading", "label") and share > HEADING_SHARE)
        ) and (d["mentions"] < TEMPLATE_RATE * d["meeting_count"] or key not in told):
            # said about once in most meetings: a template's line ("tsc-agenda", "Proposed
            # FCPs"); a subject of most meetings is said more (ci.jenkins.io, AWS, Besu), but a
            # heading over every item of most meetings is the template's ("#### Preliminary
            # discussion:" in 18 meetings of 30, never said in the notes)
            drop.append(nid)
    graph.remove_nodes_from(drop)


PASSING_MENTIONS = 3  # a topic found in one meeting of a corpus is a subject if said this often
PASSING_WORD = 10  # ... or, a lower-case word English knows ("mmap", "disallow"), this often
PASSING_PHRASE = 5  # ... or, a phrase of words English knows ("invalid syntax"), this often


def _prune_passing(graph: nx.Graph) -> None:
    """In a corpus of many meetings, drop the words and phrases found in one meeting only and
    said there once or twice: passing mentions ("memmove", "linear search", "OpenSSL" in one
    aside), right as subjects less than half the time by the audits; phrases said three or four
    times there were right a quarter of the time ("invalid syntax"). (A heading or an issue's
    title that names one, and anything in the lexicon, stays). Built alone, a meeting keeps its
    terms: their recurrence inside it was checked when they were found."""
    if graph.graph.get("meetings", 0) < BOILERPLATE_FROM:
        return
    graph.remove_nodes_from(
        [
            nid
            for nid, d in graph.nodes(data=True)
            if d["kind"] == "topic"
            and d.get("source") in ("discovered", "term", "phrase", "label")
            and d["meeting_count"] == 1
            and (
                d["mentions"] < (PASSING_PHRASE if d["source"] == "phrase" else PASSING_MENTIONS)
                # a word English knows, however rarely, said through one meeting of many:
                # "mmap", "disallow" (the audit of wasm-cg: right 1 time in 4); "temporaries"
                # said 27 times in a design meeting about them stays
                or d["source"] == "term"
                and d["mentions"] < PASSING_WORD
                and d["label"].isalpha()
                and d["label"].islower()
                and word_frequency(d["label"]) > 0
            )
        ]
    )


ACRONYM_CORPUS = 8  # an acronym said in passing this often over a corpus is one of its subjects


def _prune_passing_acronyms(graph: nx.Graph, firm: set[str]) -> None:
    """Drop the acronyms everyone knows ("JSON", "TTL") that each meeting only said in passing
    (kg.extract marks them), unless a corpus keeps saying them: "AIX" once or twice in each of
    a dozen Node.js meetings is a subject of that project."""
    graph.remove_nodes_from(
        [
            nid
            for nid, d in graph.nodes(data=True)
            if d["kind"] == "topic"
            and nid[6:] not in firm
            and d.get("source") != "lexicon"
            and d["mentions"] < ACRONYM_CORPUS
        ]
    )


_LOGIN = re.compile(r"[a-z][a-z0-9_-]*")
_HOST_LABEL = re.compile(r"(?:[\w-]+\.)+(?:com|org|net|io|dev|me|so)", re.I)


LOGIN_WORD = 4.0  # a "login" seen in one meeting this common in English is a word ...
LOGIN_WORD_HANDLE = 4.5  # ... or, words joined and written as a handle ("@sunny-park", not
# "@specialized", an attribute), this common
LOGIN_WORD_ONCE = 2.0  # ... and this common, said once or twice and never as a handle
LOGIN_WORD_MENTIONS = 2  # ("prioritization:"; "matz" takes many turns)


def _prune_lower_words(graph: nx.Graph) -> None:
    """Drop "people" that are an English word or a code name in one meeting only: a list item's
    label read as a turn ("transitive: ...", "async-io: ..."), a directive (``@live``), an
    identifier (``with_addr``). A login English knows stays when the meeting lists it as an
    attendee ("imp") or writes it as a handle somewhere, unless the word is very common. A name
    said once that the minutes also use as a topic is that topic ("libinput: updated")."""
    drop = []
    givens = {
        d["label"].split()[0].lower()
        for _, d in graph.nodes(data=True)
        if d["kind"] == "person" and " " in d["label"]
    }
    for nid, d in graph.nodes(data=True):
        label = d["label"]
        if d["kind"] == "person" and _HOST_LABEL.fullmatch(label):
            drop.append(nid)  # "github.com", "ci.jenkins.io": a site, not a person
            continue
        if (
            d["kind"] != "person"
            or d["meeting_count"] > 1
            or d.get("attended")
            or not _LOGIN.fullmatch(label)
        ):
            continue
        if is_given_name(label.title(), strict=False):
            continue
        # "last-unwrap", "async-io": English words joined, as common as the rarest of them
        zipf = min(word_frequency(p) if p else 0.0 for p in label.split("-"))
        handle = any(a[:1] == "@" or a[-1:] == "@" or a[:2] == "u/" for a in d.get("aliases", ()))
        if (
            # "with_addr", an identifier; not "ravi_s", a nick of a given name, nor
            # "@xochi_gfx", written as someone's handle
            "_" in label
            and not handle
            and not is_given_name(label.split("_")[0].title(), strict=False)
            # (not "vix_r" over nine turns of a call: someone who speaks, and no one else's
            # given name: "ayo_o" beside Ayodele Okonkwo goes)
            and (d["mentions"] < LOGIN_SPEAKS or _given_of_another(label, givens))
            or zipf >= (LOGIN_WORD_HANDLE if handle and "-" in label else LOGIN_WORD)
            or zipf >= LOGIN_WORD_ONCE
            and not handle
            and d["mentions"] <= LOGIN_WORD_MENTIONS
        ):
            drop.append(nid)
        elif not handle and d["mentions"] <= 1 and topic_id(topic_key(label)) in graph:
            drop.append(nid)  # "libinput: ..." once, and libinput a topic elsewhere
    graph.remove_nodes_from(drop)


def _given_of_another(login: str, givens: set[str]) -> bool:
    """Whether a part of ``login`` opens a given name of the graph ("ayo" of Ayodele)."""
    parts = [p for p in re.split(r"[_\W]+", login.lower()) if len(p) >= 3]
    return any(g.startswith(p) or p.startswith(g) for p in parts for g in givens)


# a login of a name no gazetteer knows, named this often in one meeting, is someone ("vix_r")
LOGIN_SPEAKS = 5
_LOWER = re.compile(r"(?<![\w@])[a-z]+(?![\w@])")
_CAMEL_PART = re.compile(r"[A-Z]?[a-z]+")
HANDLE_WORD = 2.5  # a login this common in English ("stream", "virtualization") may be a word
HANDLE_SHORT_WORD = 5.0  # ... when it has four letters or more; shorter, only this common ("all")
CAMEL_WORD = 3.0  # each word of a camel-case login this common: an identifier ("oneOf")
WORD_MEETINGS = 2  # a login used as a plain word in this many meetings is a word ("isaacs will
# submit a PR" once is the login)


def _english_login(label: str) -> str:
    """ "word" for a login that is an English word, "code" for English words run together in
    camel case ("specifiedBy"), "" for anything else ("dumbbell" is rare, "felix" a name)."""
    parts = _CAMEL_PART.findall(label)
    if "".join(parts) != label or is_given_name(parts[0].title(), strict=False):
        return ""
    if len(parts) > 1:
        common = all(word_frequency(p.lower()) >= CAMEL_WORD for p in parts)
        return "code" if label[0].islower() and common else ""
    zipf = word_frequency(label)
    return "word" if zipf >= (HANDLE_WORD if len(label) >= 4 else HANDLE_SHORT_WORD) else ""


def _prune_word_handles(graph: nx.Graph, results: list[tuple[Meeting, list[Mention]]]) -> None:
    """Drop "people" only ever written as a handle that is English, not listed as attending:
    a GraphQL directive or a decorator in prose ("@defer/@stream", "@oneOf"), a team's mail
    alias ("virtualization@"). A word must also be a plain word in two meetings or more; a login
    that is not ("riba", "isaacs") stays."""
    weak: dict[str, str] = {}
    for nid, d in graph.nodes(data=True):
        if (
            d["kind"] != "person"
            or d.get("attended")
            or not d.get("aliases")
            or not all(a[:1] == "@" or a[-1:] == "@" for a in d["aliases"])
        ):
            continue
        shape = _english_login(d["label"])
        if shape:
            weak[nid] = "" if shape == "code" else d["label"]
    if not weak:
        return
    used = _meetings_using(results, {w for w in weak.values() if w})
    graph.remove_nodes_from(
        [nid for nid, word in weak.items() if not word or used[word] >= WORD_MEETINGS]
    )


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
    used = _meetings_using(results, set(weak.values()))
    graph.remove_nodes_from([nid for nid, low in weak.items() if used[low]])


def _meetings_using(results: list[tuple[Meeting, list[Mention]]], wanted: set[str]) -> Counter[str]:
    """In how many meetings each of ``wanted`` is written as an ordinary lower-case word."""
    used: Counter[str] = Counter()
    for meeting, _ in results:
        here = meeting.words & wanted
        for block in meeting.blocks:
            here |= {w for w in _LOWER.findall(block.text) if w in wanted}
        used.update(here)
    return used
