"""Graphs built by hand for the renderer tests, following docs/GRAPH.md.

They do not go through the pipeline, so the renderers can be tested on their own:

- :func:`bhyve_graph`: a small, realistic graph from one bhyve call (and the next one);
- :func:`hostile_graph`: every text field carries markup, script, bidi controls or a huge name;
- :func:`synthetic_graph`: N nodes of every kind, for scale tests.
"""

from __future__ import annotations

import random
from collections.abc import Iterable
from typing import Any

import networkx as nx

BHYVE_MEETING = "meeting:bhyve-2019-05-23"
BHYVE_MEETING_2 = "meeting:bhyve-2019-06-20"
D19904_URL = "https://reviews.freebsd.org/D19904"
D19904_TITLE = "bhyve: Add Integrated Endpoint to PCIe Capability"
D19905_TITLE = "bhyve: Add EUI64 to NVMe device"
CHUCK_NVME_TEXT = "Chuck Tuffli is working on NVMe emulation and posted D19905 for review."

SCRIPT = "<script>alert(1)</script>"
IMG = "<img src=x onerror=alert(1)>"
QUOTE = '" onmouseover="alert(1)'
JS_URL = "javascript:alert(1)"
CLOSE_SCRIPT_TITLE = "</script><script>alert(1)</script>"
BIDI = "evil\u202egnp.exe"
LONG_NAME = "Ωmega " + "x" * 4994


def evidence(
    meeting: str, date: str, section: str, text: str, path: str, line: int
) -> dict[str, Any]:
    """One evidence item, as the pipeline writes it."""
    return {
        "meeting": meeting,
        "date": date,
        "section": section,
        "text": text,
        "path": path,
        "line": line,
    }


def finish(G: nx.Graph) -> nx.Graph:
    """Fill the derived attributes (weight, mentions, dates, count) as the pipeline would."""
    for _, _, data in G.edges(data=True):
        items = data.setdefault("evidence", [])
        data.setdefault("count", len(items))
        data.setdefault("weight", float(max(1, len(items))))
        dates = sorted(e["date"] for e in items if e["date"])
        data.setdefault("first_seen", dates[0] if dates else "")
        data.setdefault("last_seen", dates[-1] if dates else "")
        data.setdefault("per_meeting", {})
    for node, data in G.nodes(data=True):
        edges = [G.edges[node, other] for other in G.adj[node]]
        data.setdefault("aliases", sorted({data["label"]}))
        data.setdefault("weight", float(sum(e["weight"] for e in edges)))
        data.setdefault("mentions", sum(len(e["evidence"]) for e in edges))
        dates = sorted(d for e in edges for d in (e["first_seen"], e["last_seen"]) if d)
        if data.get("kind") == "meeting" and data.get("date"):
            dates.append(data["date"])
            dates.sort()
        data.setdefault("first_seen", dates[0] if dates else "")
        data.setdefault("last_seen", dates[-1] if dates else "")
        meetings = {i["meeting"] for e in edges for i in e["evidence"]}
        data.setdefault("meeting_count", len(meetings))
        data.setdefault("per_meeting", {})
    return G


def _edges(G: nx.Graph, rows: Iterable[tuple[str, str, str, list[dict[str, Any]]]]) -> None:
    for u, v, relation, items in rows:
        G.add_edge(u, v, relation=relation, evidence=items)


def bhyve_graph() -> nx.Graph:
    """Four people, three topics, two reviews and two bhyve calls."""
    G = nx.Graph(title="bhyve minutes", meetings=2, generator="kg test")
    path1 = "data/minutes/bhyve-2019-05-23.md"
    path2 = "data/minutes/bhyve-2019-06-20.md"
    G.add_node(
        BHYVE_MEETING,
        kind="meeting",
        label="bhyve call 2019-05-23",
        date="2019-05-23",
        title="bhyve weekly call",
        path=path1,
        attendee_count=4,
    )
    G.add_node(
        BHYVE_MEETING_2,
        kind="meeting",
        label="bhyve call 2019-06-20",
        date="2019-06-20",
        title="bhyve weekly call",
        path=path2,
        attendee_count=2,
    )
    people = {
        "person:chuck-tuffli": ("Chuck Tuffli", ["Chuck", "Chuck Tuffli", "chuckt"]),
        "person:patrick-mooney": ("Patrick Mooney", ["Patrick", "Patrick Mooney", "pmooney"]),
        "person:john-baldwin": ("John Baldwin", ["John", "John Baldwin", "jhb"]),
        "person:elena-mihailescu": ("Elena Mihailescu", ["Elena", "Elena Mihailescu"]),
    }
    for node, (label, aliases) in people.items():
        G.add_node(
            node,
            kind="person",
            label=label,
            aliases=sorted(aliases),
            attended=1,
            handles=[a for a in aliases if a.islower()],
            unresolved=False,
            organization="",
        )
    G.nodes["person:chuck-tuffli"]["attended"] = 2
    G.nodes["person:john-baldwin"]["attended"] = 2
    for node, label, aliases in (
        ("topic:nvme", "NVMe", ["NVMe", "nvme"]),
        ("topic:live-migration", "live migration", ["live migration", "migration"]),
        ("topic:if-bridge", "if_bridge", ["if_bridge"]),
    ):
        G.add_node(node, kind="topic", label=label, aliases=sorted(aliases), source="lexicon")
    G.add_node(
        "reference:D19904",
        kind="reference",
        label="D19904",
        system="phabricator",
        url=D19904_URL,
        title=D19904_TITLE,
        repo="",
        number="19904",
    )
    G.add_node(
        "reference:D19905",
        kind="reference",
        label="D19905",
        system="phabricator",
        url="https://reviews.freebsd.org/D19905",
        title=D19905_TITLE,
        repo="",
        number="19905",
    )

    m1, d1, m2, d2 = BHYVE_MEETING, "2019-05-23", BHYVE_MEETING_2, "2019-06-20"
    nvme = evidence(m1, d1, "NVMe", CHUCK_NVME_TEXT, path1, 12)
    pcie = evidence(
        m1,
        d1,
        "NVMe",
        "Chuck also has D19904 to add the Integrated Endpoint capability.",
        path1,
        14,
    )
    lm = evidence(
        m1,
        d1,
        "Live migration",
        "Elena Mihailescu described the live migration prototype for bhyve.",
        path1,
        20,
    )
    lm2 = evidence(
        m2,
        d2,
        "Live migration",
        "Elena posted an update on live migration; John Baldwin will review it.",
        path2,
        8,
    )
    bridge = evidence(
        m1, d1, "Networking", "Patrick Mooney reported a hang in if_bridge with bhyve.", path1, 27
    )
    jhb = evidence(
        m1, d1, "NVMe", "John Baldwin asked whether NVMe needs the EUI64 change.", path1, 16
    )
    attendees = [evidence(m1, d1, "Attendees", "Attendees: Chuck, Patrick, John, Elena", path1, 3)]
    _edges(
        G,
        [
            ("person:chuck-tuffli", "topic:nvme", "works_on", [nvme, pcie]),
            ("person:chuck-tuffli", "reference:D19905", "discussed", [nvme]),
            ("person:chuck-tuffli", "reference:D19904", "discussed", [pcie]),
            ("reference:D19905", "topic:nvme", "about", [nvme]),
            ("reference:D19904", "topic:nvme", "about", [pcie]),
            ("person:john-baldwin", "topic:nvme", "works_on", [jhb]),
            ("person:john-baldwin", "topic:live-migration", "works_on", [lm2]),
            ("person:elena-mihailescu", "topic:live-migration", "works_on", [lm, lm2]),
            ("person:patrick-mooney", "topic:if-bridge", "works_on", [bridge]),
            ("person:chuck-tuffli", m1, "attended", attendees),
            ("person:patrick-mooney", m1, "attended", attendees),
            ("person:john-baldwin", m1, "attended", attendees),
            ("person:elena-mihailescu", m1, "attended", attendees),
            (
                "person:chuck-tuffli",
                m2,
                "attended",
                [evidence(m2, d2, "Attendees", "Attendees: Chuck, John", path2, 3)],
            ),
            (
                "person:john-baldwin",
                m2,
                "attended",
                [evidence(m2, d2, "Attendees", "Attendees: Chuck, John", path2, 3)],
            ),
            ("topic:nvme", m1, "mentioned_in", [nvme, jhb]),
            ("topic:live-migration", m1, "mentioned_in", [lm]),
            ("topic:live-migration", m2, "mentioned_in", [lm2]),
            ("topic:if-bridge", m1, "mentioned_in", [bridge]),
        ],
    )
    return finish(G)


def hostile_graph() -> nx.Graph:
    """Markup, script, javascript: URLs, bidi controls and a 5,000-character name everywhere."""
    G = nx.Graph(title=f"hostile {SCRIPT}", meetings=1, generator=f"kg {QUOTE}")
    path = 'data/minutes/"><script>alert(1)</script>.md'
    meeting = "meeting:hostile"
    G.add_node(
        meeting,
        kind="meeting",
        label=f"meeting {IMG}",
        date="2020-01-02",
        title=CLOSE_SCRIPT_TITLE,
        path=path,
        attendee_count=3,
    )
    G.add_node(
        "person:script",
        kind="person",
        label=SCRIPT,
        aliases=[SCRIPT, IMG, "[x](javascript:alert(1))"],
        handles=[QUOTE],
        organization=IMG,
    )
    G.add_node("person:img", kind="person", label=IMG, aliases=[IMG])
    G.add_node("person:quote", kind="person", label=QUOTE, aliases=[QUOTE, "a|b`c`"])
    G.add_node("person:bidi", kind="person", label=BIDI, aliases=[BIDI])
    G.add_node("person:long", kind="person", label=LONG_NAME, aliases=[LONG_NAME])
    G.add_node(
        "topic:pipe", kind="topic", label="a | b ] [c](javascript:x) `code` <b>", source="heading"
    )
    G.add_node(
        "reference:js",
        kind="reference",
        label="D666",
        system="url",
        url=JS_URL,
        title=CLOSE_SCRIPT_TITLE,
        repo="",
        number="666",
    )
    G.add_node(
        "reference:data",
        kind="reference",
        label="data-url",
        system="url",
        url="data:text/html,<script>alert(1)</script>",
        title=IMG,
        repo="",
        number="",
    )
    G.add_node(
        "reference:ok",
        kind="reference",
        label="D1",
        system="phabricator",
        url='https://reviews.freebsd.org/D1?q="><script>alert(1)</script>',
        title=QUOTE,
        repo="",
        number="1",
    )
    G.add_node(
        "action:hostile:1", kind="action", label=f"action {SCRIPT}", text=IMG, owner="person:img"
    )
    G.add_node("organization:evil", kind="organization", label=f"org {QUOTE}")
    G.add_node("weird:kind", kind=f"kind{SCRIPT}", label="odd kind")

    def ev(text: str, line: int) -> list[dict[str, Any]]:
        return [evidence(meeting, "2020-01-02", IMG, text, path, line)]

    _edges(
        G,
        [
            ("person:script", "topic:pipe", "works_on", ev(SCRIPT, 1)),
            ("person:img", "topic:pipe", "works_on", ev(f"{IMG} and {BIDI}", 2)),
            ("person:quote", "reference:js", "discussed", ev(QUOTE, 3)),
            ("person:bidi", "reference:data", "discussed", ev(CLOSE_SCRIPT_TITLE, 4)),
            ("person:long", "reference:ok", "discussed", ev(LONG_NAME, 5)),
            ("reference:js", "topic:pipe", "about", ev(JS_URL, 6)),
            ("person:script", meeting, "attended", ev("Attendees", 7)),
            ("person:img", meeting, "attended", ev("Attendees", 7)),
            ("person:quote", meeting, "attended", ev("Attendees", 7)),
            ("person:img", "action:hostile:1", "owns", ev(IMG, 8)),
            ("action:hostile:1", "reference:js", "concerns", ev(IMG, 8)),
            ("action:hostile:1", meeting, "raised_in", ev(IMG, 8)),
            ("person:quote", "organization:evil", "member_of", ev(QUOTE, 9)),
            (f"relation{SCRIPT}-a", f"relation{SCRIPT}-b", SCRIPT, ev(SCRIPT, 10)),
        ],
    )
    G.nodes[f"relation{SCRIPT}-a"].update(kind="topic", label=f"{IMG} a")
    G.nodes[f"relation{SCRIPT}-b"].update(kind="topic", label=f"{IMG} b")
    return finish(G)


def synthetic_graph(n: int, *, seed: int = 0) -> nx.Graph:
    """About ``n`` nodes of every kind and about 3n edges, with evidence, over ten years.

    People work on a few topics (popular topics attract more), discuss references, attend
    meetings; references are about topics; some people belong to organizations; a few parts are
    disconnected, as in real minutes.
    """
    rng = random.Random(seed)
    G = nx.Graph(title=f"synthetic {n}", meetings=0, generator="kg test")
    n_meetings = max(1, n // 40)
    n_orgs = max(1, n // 200)
    n_actions = max(1, n // 40)
    rest = n - n_meetings - n_orgs - n_actions
    n_people = max(1, rest * 4 // 10)
    n_topics = max(1, rest * 3 // 10)
    n_refs = max(1, rest - n_people - n_topics)
    meetings = []
    for i in range(n_meetings):
        date = f"{2015 + i * 10 // n_meetings}-{1 + i % 12:02d}-{1 + i % 28:02d}"
        node = f"meeting:m{i:05d}"
        G.add_node(
            node,
            kind="meeting",
            label=f"call {date}",
            date=date,
            title=f"weekly call {i}",
            path=f"data/minutes/m{i:05d}.md",
            attendee_count=0,
        )
        meetings.append((node, date))
    people = [f"person:p{i:05d}" for i in range(n_people)]
    for i, node in enumerate(people):
        G.add_node(
            node,
            kind="person",
            label=f"Person {i} Example",
            aliases=[f"P{i}", f"Person {i} Example"],
        )
    topics = [f"topic:t{i:05d}" for i in range(n_topics)]
    for i, node in enumerate(topics):
        G.add_node(node, kind="topic", label=f"topic {i}", aliases=[f"topic {i}"], source="lexicon")
    refs = [f"reference:D{10000 + i}" for i in range(n_refs)]
    for i, node in enumerate(refs):
        number = 10000 + i
        G.add_node(
            node,
            kind="reference",
            label=f"D{number}",
            system="phabricator",
            url=f"https://reviews.freebsd.org/D{number}",
            title=f"change number {number}",
            repo="",
            number=str(number),
        )
    orgs = [f"organization:o{i:04d}" for i in range(n_orgs)]
    for i, node in enumerate(orgs):
        G.add_node(node, kind="organization", label=f"Org {i}")
    actions = [f"action:a{i:05d}" for i in range(n_actions)]

    def ev(relation: str) -> list[dict[str, Any]]:
        meeting, date = meetings[rng.randrange(len(meetings))]
        return [
            evidence(
                meeting,
                date,
                "Status",
                f"Someone said something about {relation} in sentence {rng.randrange(10**6)}.",
                f"data/minutes/{meeting[8:]}.md",
                rng.randrange(1, 400),
            )
            for _ in range(rng.randrange(1, 3))
        ]

    popular = [t for t in topics for _ in range(1 + 8 // (1 + topics.index(t) % 9))]
    for node in people:
        if rng.random() < 0.03:
            continue  # isolated
        for topic in {rng.choice(popular) for _ in range(rng.randrange(1, 4))}:
            G.add_edge(node, topic, relation="works_on", evidence=ev("work"))
        for meeting, _ in {meetings[rng.randrange(len(meetings))] for _ in range(2)}:
            G.add_edge(node, meeting, relation="attended", evidence=ev("attendance"))
        if rng.random() < 0.2:
            G.add_edge(node, rng.choice(orgs), relation="member_of", evidence=ev("org"))
    for node in refs:
        G.add_edge(node, rng.choice(popular), relation="about", evidence=ev("about"))
        if rng.random() < 0.8:
            G.add_edge(rng.choice(people), node, relation="discussed", evidence=ev("review"))
    for i, node in enumerate(actions):
        meeting, _ = meetings[i % len(meetings)]
        owner = rng.choice(people)
        G.add_node(node, kind="action", label=f"action {i}", text=f"do thing {i}", owner=owner)
        G.add_edge(owner, node, relation="owns", evidence=ev("action"))
        G.add_edge(node, meeting, relation="raised_in", evidence=ev("action"))
    for _ in range(n // 20):
        a, b = rng.choice(topics), rng.choice(topics)
        if a != b:
            G.add_edge(a, b, relation="related", evidence=ev("related"))
    for node in list(G.nodes):
        G.nodes[node].setdefault("label", node)
    return finish(G)
