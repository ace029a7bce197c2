"""Score a graph against gold files: how much of what kg found is right, and how much it missed.

A gold file (format and definitions in ``../shared/GOLD.md``) says what a careful reader finds in
one minutes document: its people with every form the document uses, its topics, references,
who-works-on-what edges and action owners. :func:`score` compares one gold file with the part of a
graph that comes from that document; :func:`evaluate` builds each document (or takes a built
graph) and scores a whole dev set, like ``spacy benchmark accuracy`` does for a pipeline.

Matching ignores case, accents and punctuation. Every figure is kept as a (hits, total) pair, so
a document without actions has no action figure instead of a misleading 0 or 1.

>>> normal("Chuck  Tuffli!"), normal("if_bridge(4)"), ref_form("nodejs/node#24938")
('chuck tuffli', 'if bridge 4', 'nodejsnode24938')
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import networkx as nx

from .errors import ConfigError, InputError
from .names import _fold

# the figures, in the order tables show them; "merged" is a count, the others are shares
FIGURES = (
    "person_p",
    "person_r",
    "person_f1",
    "person_split",
    "person_full",
    "person_merged",
    "topic_p",
    "topic_r",
    "ref_p",
    "ref_r",
    "ref_f1",
    "edge_p",
    "edge_r",
    "action_r",
)
_DERIVED = {"person_f1": ("person_p", "person_r"), "ref_f1": ("ref_p", "ref_r")}
_PUNCT = re.compile(r"[\W_]+")


def normal(text: str) -> str:
    """Lower case, accents and punctuation gone, words separated by single spaces."""
    return _PUNCT.sub(" ", _fold(text)).strip()


def ref_form(text: str) -> str:
    """A reference's matching form: letters and digits only ("PEP 703" and "pep-703" agree)."""
    return normal(text).replace(" ", "")


def _contains(haystack: str, needle: str) -> bool:
    """Whether the normal form ``needle`` is a run of whole words of ``haystack``."""
    return bool(needle) and f" {needle} " in f" {haystack} "


@dataclass(frozen=True)
class Gold:
    """One document's gold labels (see ``../shared/GOLD.md``)."""

    path: str
    doc: str
    people: dict[str, tuple[str, ...]]
    optional_people: tuple[str, ...] = ()
    topics: dict[str, tuple[str, ...]] = field(default_factory=dict)
    ok_topics: tuple[str, ...] = ()
    refs: dict[str, tuple[str, ...]] = field(default_factory=dict)
    edges: tuple[tuple[str, str], ...] = ()
    ok_edges: tuple[tuple[str, str], ...] = ()
    actions: tuple[tuple[str, str], ...] = ()


def _names(value: Any, where: str, what: str) -> dict[str, tuple[str, ...]]:
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and isinstance(v, list) and all(isinstance(x, str) for x in v)
        for k, v in value.items()
    ):
        raise ConfigError(f"{where}: '{what}' must map names to lists of strings")
    return {k: tuple(v) for k, v in value.items()}


def _strings(value: Any, where: str, what: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
        raise ConfigError(f"{where}: '{what}' must be a list of strings")
    return tuple(value)


def _pairs(value: Any, where: str, what: str) -> tuple[tuple[str, str], ...]:
    if not isinstance(value, list) or not all(
        isinstance(x, list) and len(x) == 2 and all(isinstance(y, str) for y in x) for x in value
    ):
        raise ConfigError(f"{where}: '{what}' must be a list of [name, name] pairs")
    return tuple((a, b) for a, b in value)


def load_gold(path: str | os.PathLike[str]) -> Gold:
    """Read a gold file; a malformed one raises :class:`ConfigError` naming the field."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise InputError(f"{where}: cannot read the gold file ({exc.strerror})") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ConfigError(f"{where}: not a JSON gold file ({exc}); see GOLD.md") from None
    if not isinstance(data, dict) or not isinstance(data.get("doc"), str):
        raise ConfigError(f"{where}: a gold file needs a string 'doc' (the minutes' path)")
    return Gold(
        path=where,
        doc=data["doc"],
        people=_names(data.get("people", {}), where, "people"),
        optional_people=_strings(data.get("optional_people", []), where, "optional_people"),
        topics=_names(data.get("topics", {}), where, "topics"),
        ok_topics=_strings(data.get("ok_topics", []), where, "ok_topics"),
        refs=_names(data.get("refs", {}), where, "refs"),
        edges=_pairs(data.get("edges", []), where, "edges"),
        ok_edges=_pairs(data.get("ok_edges", []), where, "ok_edges"),
        actions=_pairs(data.get("actions", []), where, "actions"),
    )


@dataclass
class DocScore:
    """One document's figures as (hits, total) counts, and what was missed or wrong."""

    doc: str
    counts: dict[str, tuple[int, int]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)

    def value(self, figure: str) -> float | None:
        """A figure's value, or None where the document has nothing to count."""
        if figure in _DERIVED:
            p, r = (self.value(f) for f in _DERIVED[figure])
            if p is None or r is None:
                return None
            return 0.0 if p + r == 0 else 2 * p * r / (p + r)
        hits, total = self.counts.get(figure, (0, 0))
        if figure == "person_merged":
            return float(hits)
        return hits / total if total else None

    def figures(self) -> dict[str, float | None]:
        return {f: self.value(f) for f in FIGURES}


def _node_forms(data: dict[str, Any]) -> set[str]:
    forms = {normal(data.get("label", ""))}
    forms.update(normal(a) for a in data.get("aliases", []) if isinstance(a, str))
    forms.discard("")
    return forms


def _ref_forms(nid: str, data: dict[str, Any]) -> set[str]:
    forms = {ref_form(data.get("label", ""))}
    forms.update(ref_form(a) for a in data.get("aliases", []) if isinstance(a, str))
    if data.get("repo") and data.get("number"):
        forms.add(ref_form(f"{data['repo']}#{data['number']}"))
    forms.add(ref_form(nid.split(":", 1)[-1]))
    forms.discard("")
    return forms


def meetings_of(graph: nx.Graph, doc: str) -> set[str]:
    """The meeting nodes read from ``doc`` (a path relative to the corpora). A meeting's path is
    relative to the folder the graph was built from, so either may be a suffix of the other:
    ``nodejs-tsc/meetings/x.md`` is the meeting ``meetings/x.md`` of a build of nodejs-tsc.

    >>> g = nx.Graph(); g.add_node("meeting:x", kind="meeting", path="meetings/x.md")
    >>> meetings_of(g, "nodejs-tsc/meetings/x.md"), meetings_of(g, "other/y.md")
    ({'meeting:x'}, set())
    """
    want = "/" + doc.replace(os.sep, "/").lstrip("/")
    found = set()
    for nid, data in graph.nodes(data=True):
        if data.get("kind") != "meeting" or not data.get("path"):
            continue
        path = "/" + str(data["path"]).replace(os.sep, "/").lstrip("/")
        if path.endswith(want) or want.endswith(path):
            found.add(nid)
    return found


def _scope(graph: nx.Graph, meetings: set[str]) -> tuple[set[str], set[tuple[str, str]]]:
    """Nodes and edges with evidence from these meetings."""
    ids = {m.split(":", 1)[1] for m in meetings}
    nodes = {
        nid
        for nid, data in graph.nodes(data=True)
        if data.get("kind") != "meeting" and ids & set(data.get("per_meeting", {}))
    }
    for m in meetings:
        nodes.update(n for n in graph[m] if graph.nodes[n].get("kind") != "meeting")
    edges = {
        (a, b) if a < b else (b, a)
        for a, b, data in graph.edges(data=True)
        if ids & set(data.get("per_meeting", {}))
    }
    return nodes, edges


def score(graph: nx.Graph, gold: Gold, meetings: Iterable[str] | None = None) -> DocScore:
    """Score the part of ``graph`` from ``meetings`` (default: the whole graph) against ``gold``."""
    if meetings is None:
        nodes = {n for n, d in graph.nodes(data=True) if d.get("kind") != "meeting"}
        edges = {(a, b) if a < b else (b, a) for a, b in graph.edges()}
    else:
        nodes, edges = _scope(graph, set(meetings))
    kind = {n: graph.nodes[n].get("kind", "") for n in nodes}
    out = DocScore(gold.doc)

    # people
    people = {n for n in nodes if kind[n] == "person"}
    forms = {n: _node_forms(graph.nodes[n]) for n in people}
    gold_forms = {p: {normal(p), *(normal(f) for f in fs)} - {""} for p, fs in gold.people.items()}
    optional = {normal(o) for o in gold.optional_people} - {""}
    person_nodes = {p: {n for n in people if forms[n] & gf} for p, gf in gold_forms.items()}
    found = [p for p, ns in person_nodes.items() if ns]
    right = [
        n for n in people if any(n in ns for ns in person_nodes.values()) or forms[n] & optional
    ]
    merged = [n for n in people if sum(n in ns for ns in person_nodes.values()) > 1]
    split = [p for p in found if len(person_nodes[p]) > 1]
    full = [p for p in gold.people if " " in p.strip()]
    full_ok = [
        p
        for p in full
        if any(normal(graph.nodes[n]["label"]) == normal(p) for n in person_nodes[p])
    ]
    out.counts.update(
        person_p=(len(right), len(people)),
        person_r=(len(found), len(gold.people)),
        person_split=(len(split), len(found)),
        person_full=(len(full_ok), len(full)),
        person_merged=(len(merged), len(people)),
    )
    label = {n: graph.nodes[n].get("label", n) for n in nodes}
    out.errors.update(
        people_missed=sorted(p for p in gold.people if not person_nodes[p]),
        people_wrong=sorted(label[n] for n in people if n not in right),
        people_split=sorted(
            f"{p}: {', '.join(sorted(label[n] for n in person_nodes[p]))}" for p in split
        ),
        people_merged=sorted(label[n] for n in merged),
        people_label=sorted(p for p in full if p in found and p not in full_ok),
    )

    # topics
    topics = {n for n in nodes if kind[n] == "topic"}
    tforms = {n: _node_forms(graph.nodes[n]) for n in topics}
    gold_topics = {t: {normal(t), *(normal(a) for a in al)} - {""} for t, al in gold.topics.items()}
    ok_topics = {normal(t) for t in gold.ok_topics} - {""}

    def topic_match(n: str, wanted: set[str]) -> bool:
        return any(_contains(f, w) for f in tforms[n] for w in wanted)

    topic_nodes = _found(
        out, "topic", gold_topics, topics, topic_match, lambda n: topic_match(n, ok_topics), label
    )

    # references
    refs = {n for n in nodes if kind[n] == "reference"}
    rforms = {n: _ref_forms(n, graph.nodes[n]) for n in refs}
    gold_refs = {r: {ref_form(r), *(ref_form(a) for a in al)} - {""} for r, al in gold.refs.items()}
    _found(out, "ref", gold_refs, refs, lambda n, gf: bool(rforms[n] & gf), lambda n: False, label)

    # person-topic edges
    def linked(a: str, b: str) -> bool:
        return ((a, b) if a < b else (b, a)) in edges

    def topics_named(spec: str) -> set[str]:
        hit: set[str] = set()
        for name in spec.split("|"):
            wanted = gold_topics.get(name) or {normal(name)}
            hit |= {n for n in topics if topic_match(n, wanted)}
        return hit

    def edge_found(person: str, spec: str) -> bool:
        ps = person_nodes.get(person) or {n for n in people if normal(person) in forms[n]}
        return any(linked(p, t) for p in ps for t in topics_named(spec))

    edges_found = [e for e in gold.edges if edge_found(*e)]
    good_pairs = {
        (p, t)
        for person, spec in (*gold.edges, *gold.ok_edges)
        for p in (person_nodes.get(person) or set())
        for t in topics_named(spec)
    }
    matched_people = set().union(*person_nodes.values()) if person_nodes else set()
    matched_topics = set().union(*topic_nodes.values()) if topic_nodes else set()
    links = [
        (p, t)
        for p in matched_people
        for t in matched_topics
        if linked(p, t) and kind.get(p) == "person"
    ]
    out.counts.update(
        edge_p=(sum(1 for x in links if x in good_pairs), len(links)),
        edge_r=(len(edges_found), len(gold.edges)),
    )
    out.errors.update(
        edges_missed=sorted(f"{p} -- {t}" for p, t in gold.edges if (p, t) not in edges_found),
        edges_wrong=sorted(
            f"{label[p]} -- {label[t]}" for p, t in links if (p, t) not in good_pairs
        ),
    )

    # actions
    actions = {n for n in nodes if kind[n] == "action"}

    def action_found(owner: str, keyword: str) -> bool:
        owners = person_nodes.get(owner) or {n for n in people if normal(owner) in forms[n]}
        word = normal(keyword)
        for a in actions:
            data = graph.nodes[a]
            # the action's sentence and what its item said just before ("libinput ... Niclas
            # will update to 1.12.5"), shown with it
            text = normal(
                f"{data.get('text', '')} {data.get('label', '')} {data.get('context', '')}"
            )
            if word and word in text and any(linked(a, o) for o in owners):
                return True
        return False

    actions_found = [a for a in gold.actions if action_found(*a)]
    out.counts["action_r"] = (len(actions_found), len(gold.actions))
    out.errors["actions_missed"] = sorted(
        f"{o}: {k}" for o, k in gold.actions if (o, k) not in actions_found
    )
    return out


def _found(
    out: DocScore,
    name: str,
    gold: dict[str, set[str]],
    candidates: set[str],
    hit: Callable[[str, set[str]], bool],
    acceptable: Callable[[str], bool],
    label: dict[str, str],
) -> dict[str, set[str]]:
    """Record ``name``'s precision and recall (and what was missed or wrong): a gold item is found
    when a candidate node hits one of its forms; a node is right when it finds a gold item or is
    acceptable anyway. Returns the nodes found for each gold item."""
    nodes = {g: {n for n in candidates if hit(n, forms)} for g, forms in gold.items()}
    right = [n for n in candidates if any(n in ns for ns in nodes.values()) or acceptable(n)]
    out.counts[f"{name}_p"] = (len(right), len(candidates))
    out.counts[f"{name}_r"] = (sum(1 for ns in nodes.values() if ns), len(gold))
    out.errors[f"{name}s_missed"] = sorted(g for g, ns in nodes.items() if not ns)
    out.errors[f"{name}s_wrong"] = sorted(label[n] for n in candidates if n not in right)
    return nodes


@dataclass
class Evaluation:
    """The scores of every document and their mean."""

    documents: list[DocScore]

    def mean(self) -> dict[str, float | None]:
        """Each figure's mean over the documents that have something to count for it."""
        out: dict[str, float | None] = {}
        for figure in FIGURES:
            values = [v for d in self.documents if (v := d.value(figure)) is not None]
            if figure == "person_merged":  # a count: merged humans over the whole set
                out[figure] = sum(values)
                continue
            out[figure] = sum(values) / len(values) if values else None
        return out

    def to_dict(self) -> dict[str, Any]:
        return {
            "documents": [
                {"doc": d.doc, "figures": d.figures(), "counts": d.counts, "errors": d.errors}
                for d in self.documents
            ],
            "mean": self.mean(),
        }


def find_doc(gold: Gold, roots: Sequence[str | os.PathLike[str]]) -> Path:
    """The minutes file a gold file names, looked up under each root in turn."""
    for root in roots:
        path = Path(root) / gold.doc
        if path.is_file():
            return path
    tried = ", ".join(str(r) for r in roots) or "nothing"
    raise InputError(
        f"{gold.path}: the minutes {gold.doc!r} are not under {tried}; give --root DIR"
    )


def default_roots(golds: Sequence[Gold]) -> list[Path]:
    """Where gold documents are looked up: ../shared/corpora beside the current folder or beside
    a folder holding the gold files, then the current folder (for minutes a repository ships)."""
    roots = [Path("..") / "shared" / "corpora"]
    for gold in golds:
        for parent in Path(gold.path).resolve().parents:
            candidate = parent.parent / "shared" / "corpora"
            if candidate.is_dir() and candidate not in roots:
                roots.append(candidate)
                break
    roots.append(Path("."))
    return roots


def evaluate(
    golds: Sequence[Gold],
    graph: nx.Graph | None = None,
    *,
    roots: Sequence[str | os.PathLike[str]] | None = None,
    **build_options: Any,
) -> Evaluation:
    """Score every gold file. With ``graph``, each against the part of it read from the gold's
    document; without, each document is built on its own (``build_options`` go to
    :func:`kg.build`: ``lexicon``, ``people``, ``model``)."""
    from .api import build  # the API builds; this module only scores

    docs: list[DocScore] = []
    for gold in golds:
        if graph is not None:
            meetings = meetings_of(graph, gold.doc)
            if not meetings:
                raise InputError(f"{gold.path}: the graph has no meeting read from {gold.doc!r}")
            docs.append(score(graph, gold, meetings))
            continue
        path = find_doc(gold, roots if roots is not None else default_roots([gold]))
        built = build([path], cache=False, **build_options).graph
        docs.append(score(built, gold))
    return Evaluation(docs)


def format_table(evaluation: Evaluation) -> str:
    """The figures as a plain text table: one row per document and the mean."""
    names = [f.replace("person_", "p_").replace("topic_", "t_") for f in FIGURES]
    rows = [[d.doc, *(_cell(d.value(f), f) for f in FIGURES)] for d in evaluation.documents]
    mean = evaluation.mean()
    rows.append(["mean", *(_cell(mean[f], f) for f in FIGURES)])
    header = ["document", *names]
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(len(header))]
    lines = [
        "  ".join(
            str(c).ljust(widths[i]) if i == 0 else str(c).rjust(widths[i]) for i, c in enumerate(r)
        )
        for r in [header, *rows]
    ]
    return "\n".join(lines)


def _cell(value: float | None, figure: str) -> str:
    if value is None or math.isnan(value):
        return "-"
    return f"{value:.1f}" if figure == "person_merged" else f"{value:.2f}"
