"""Questions asked of the seed graph, with answers checked against data/minutes/bhyve-2019-05-23.md."""

from __future__ import annotations

import networkx as nx
import pytest

from kg import analyse
from kg.api import KnowledgeGraph
from kg.errors import LookupMiss

DATE = "2019-05-23"


def test_analyse_who_works_on_nvme(seed_kg: KnowledgeGraph) -> None:
    # Chuck: the "NVMe" section twice, plus half his weight on D19904 and D19905 (about NVMe);
    # Patrick: "Chuck and Patrick ... talk in Ottawa"; Scott: "NVMe has issues with the new firmware."
    who = seed_kg.who_works_on("NVMe")
    assert who[["person", "score", "meetings", "last_seen"]].to_dict("records") == [
        {"person": "Chuck Tuffli", "score": 3.0, "meetings": 1, "last_seen": DATE},
        {"person": "Patrick Mooney", "score": 1.25, "meetings": 1, "last_seen": DATE},
        {"person": "Scott Phillips", "score": 1.0, "meetings": 1, "last_seen": DATE},
    ]
    # Chuck's first evidence names NVMe: his review's title, not "... talk in Ottawa."
    assert (
        who["evidence"][0]
        == "Chuck has several new reviews up. … D19905 bhyve: Add EUI64 to NVMe device"
    )
    assert who["evidence"][1] == "Chuck and Patrick and were able to talk in Ottawa."
    assert who["evidence"][2].strip() == "NVMe has issues with the new firmware."


@pytest.mark.parametrize("alias", ["nvme", "NVME", " NVMe ", "nvme(4)", "topic:nvme"])
def test_analyse_who_works_on_accepts_spellings(seed_kg: KnowledgeGraph, alias: str) -> None:
    assert seed_kg.who_works_on(alias).equals(seed_kg.who_works_on("NVMe"))


def test_analyse_who_works_on_counts_reviews_at_half_weight(seed_kg: KnowledgeGraph) -> None:
    G = seed_kg.graph
    direct = G.edges["person:chuck-tuffli", "topic:nvme"]["weight"]
    reviews = sum(
        G.edges["person:chuck-tuffli", r]["weight"]
        for r in ("reference:D19904", "reference:D19905")
    )
    assert (direct, reviews) == (2.25, 1.5)
    assert seed_kg.who_works_on("NVMe")["score"][0] == direct + analyse.REF_SHARE * reviews


@pytest.mark.parametrize("person", ["Chuck Tuffli", "Chuck", "chuck", "person:chuck-tuffli"])
def test_analyse_topics_of_chuck(seed_kg: KnowledgeGraph, person: str) -> None:
    topics = seed_kg.topics_of(person)
    assert topics[["kind", "name", "weight"]].values.tolist() == [
        ["topic", "NVMe", 2.25],
        ["topic", "QEMU", 1.0],  # "Some devices check for QEMU."
        ["reference", "D19904", 0.75],
        ["reference", "D19905", 0.75],
        ["topic", "EDK2", 0.5],  # Scott "will reach out to Chuck"
        ["topic", "PCIe", 0.5],
        ["topic", "device models", 0.5],
    ]
    titles = dict(zip(topics["name"], topics["title"], strict=True))
    assert titles["D19904"] == "bhyve: Add Integrated Endpoint to PCIe Capability"
    assert titles["D19905"] == "bhyve: Add EUI64 to NVMe device"
    assert titles["NVMe"] == ""


def test_analyse_topics_of_someone_who_only_attended(seed_kg: KnowledgeGraph) -> None:
    topics = seed_kg.topics_of("Matthew Grooms")
    assert topics.empty
    assert list(topics.columns) == [
        "kind",
        "name",
        "title",
        "weight",
        "meetings",
        "last_seen",
        "evidence",
    ]


def test_analyse_experts_are_the_top_of_who_works_on(seed_kg: KnowledgeGraph) -> None:
    assert seed_kg.experts("nvme", n=1)["person"].tolist() == ["Chuck Tuffli"]
    assert seed_kg.experts("NVMe", n=2)["person"].tolist() == ["Chuck Tuffli", "Patrick Mooney"]
    assert seed_kg.experts("NVMe").equals(seed_kg.who_works_on("NVMe"))  # 3 people < n=5
    assert seed_kg.experts("PCI-e")["person"].tolist() == [
        "John Baldwin",
        "Chuck Tuffli",
        "Patrick Mooney",
    ]


def test_analyse_matrix_is_people_by_topics(seed_kg: KnowledgeGraph) -> None:
    m = seed_kg.matrix()
    G = seed_kg.graph
    # everyone with a works_on edge; not Matthew Grooms, Sergiu Weisz (attended only) or
    # Mark Johnston (only on D20065); every topic someone works on; not ARM or EUI64
    assert m.shape == (11, 17)
    assert {"Matthew Grooms", "Sergiu Weisz", "Mark Johnston"}.isdisjoint(m.index)
    assert {"ARM", "EUI64"}.isdisjoint(m.columns)
    assert m.loc["Elena Mihailescu", "live migration"] == 2.0
    assert m.loc["Elena Mihailescu"].sum() == 2.0
    assert m.loc["Chuck Tuffli", "NVMe"] == 2.25
    assert m.loc["Scott Phillips", "CSM"] == 1.0
    assert m.loc["Scott Phillips", "live migration"] == 0.0
    assert m.index[0] == "John Baldwin" and m.columns[0] == "save/restore"
    assert list(m.sum(axis=1)) == sorted(m.sum(axis=1), reverse=True)
    assert list(m.sum(axis=0)) == sorted(m.sum(axis=0), reverse=True)
    label = {n: d["label"] for n, d in G.nodes(data=True)}
    works = {
        frozenset((label[a], label[b])): d["weight"]
        for a, b, d in G.edges(data=True)
        if d["relation"] == "works_on"
    }
    cells = {frozenset((p, t)): m.loc[p, t] for p in m.index for t in m.columns if m.loc[p, t]}
    assert cells == works


def test_analyse_matrix_min_weight_drops_weak_cells(seed_kg: KnowledgeGraph) -> None:
    m = seed_kg.matrix(min_weight=2.0)
    assert m.to_dict() == {
        "PCIe": {"John Baldwin": 3.5, "Chuck Tuffli": 0.0, "Elena Mihailescu": 0.0},
        "device models": {"John Baldwin": 3.5, "Chuck Tuffli": 0.0, "Elena Mihailescu": 0.0},
        "NVMe": {"John Baldwin": 0.0, "Chuck Tuffli": 2.25, "Elena Mihailescu": 0.0},
        "live migration": {"John Baldwin": 0.0, "Chuck Tuffli": 0.0, "Elena Mihailescu": 2.0},
    }


def test_analyse_timeline_of_nvme(seed_kg: KnowledgeGraph) -> None:
    # "## NVMe" twice, "NVMe has issues with the new firmware." and "Add EUI64 to NVMe device"
    assert seed_kg.timeline(topic="NVMe").to_dict("records") == [
        {"topic": "NVMe", "meeting": "bhyve-2019-05-23", "date": DATE, "mentions": 4}
    ]
    assert seed_kg.timeline("nvme").equals(seed_kg.timeline(topic="NVMe"))


def test_analyse_timeline_of_every_topic(seed_kg: KnowledgeGraph) -> None:
    every = seed_kg.timeline()
    assert len(every) == 19  # one meeting x 19 topics
    counts = dict(zip(every["topic"], every["mentions"], strict=True))
    assert counts["device models"] == 6
    assert counts["live migration"] == 4
    assert counts["NVMe"] == 4
    assert counts == dict(zip(seed_kg.topics()["label"], seed_kg.topics()["mentions"], strict=True))


def test_analyse_communities_partition_the_people_who_work_on_something(
    seed_kg: KnowledgeGraph,
) -> None:
    comm = seed_kg.communities()
    G = seed_kg.graph
    workers = {
        n
        for a, b, d in G.edges(data=True)
        if d["relation"] == "works_on"
        for n in (a, b)
        if G.nodes[n]["kind"] == "person"
    }
    people = comm[comm["kind"] == "person"]
    assert set(people["name"]) == {G.nodes[n]["label"] for n in workers}
    assert people["name"].is_unique  # exactly one community each
    assert len(workers) == 11
    assert not comm[["kind", "name"]].duplicated().any()
    assert list(comm.columns) == ["community", "kind", "name", "weight"]
    # Elena and live migration touch nothing else, so they are a community of their own
    elena = comm.loc[comm["name"] == "Elena Mihailescu", "community"].item()
    assert sorted(comm.loc[comm["community"] == elena, "name"]) == [
        "Elena Mihailescu",
        "live migration",
    ]
    assert sorted(comm["community"].unique()) == list(range(1, comm["community"].max() + 1))
    assert seed_kg.communities().equals(comm)  # seeded: the same answer every time


def test_analyse_centrality(seed_kg: KnowledgeGraph) -> None:
    c = seed_kg.centrality()
    assert len(c) == 28  # 11 people + 17 topics with a works_on edge
    top = c.iloc[0]
    assert (top["name"], top["kind"], top["degree"]) == ("John Baldwin", "person", 6)
    assert top["pagerank"] == pytest.approx(0.10487, abs=2e-5)  # Rod only asks in if_bridge
    assert c["pagerank"].sum() == pytest.approx(1.0, abs=1e-3)
    # an isolated pair in a 28-node graph gets exactly 1/28 each
    pair = c.set_index("name").loc[["Elena Mihailescu", "live migration"], "pagerank"]
    assert pair.tolist() == pytest.approx([1 / 28, 1 / 28], abs=1e-5)


def test_analyse_bus_factor(seed_kg: KnowledgeGraph) -> None:
    bus = seed_kg.bus_factor()
    assert bus[["topic", "person"]].values.tolist() == [
        ["live migration", "Elena Mihailescu"],  # 4 mentions, the most
        ["AMD SVM", "John Baldwin"],
        ["APIC", "Darius Mihai"],
        ["CSM", "Scott Phillips"],
        ["ESR", "Darius Mihai"],
        ["QEMU", "Chuck Tuffli"],
        ["firmware ports", "Rod Grimes"],
        ["i440FX", "Patrick Mooney"],
        ["resource limits", "John Baldwin"],
    ]
    assert bus.loc[0, "mentions"] == 4 and bus.loc[0, "weight"] == 2.0
    # NVMe has three people, ARM and EUI64 none: none of them has a bus factor of one
    assert {"NVMe", "ARM", "EUI64"}.isdisjoint(bus["topic"])


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("NVMe", None, "topic:nvme"),
        ("nvme", "topic", "topic:nvme"),
        ("PCI-e", None, "topic:pcie"),
        ("PCI Express", "topic", "topic:pcie"),
        ("Save and Restore", None, "topic:saverestore"),
        ("Chuck", None, "person:chuck-tuffli"),
        ("chuck tuffli", "person", "person:chuck-tuffli"),
        ("Mihai", "person", "person:mihai"),
        ("Darius", "person", "person:darius-mihai"),
        ("d19904", None, "reference:D19904"),
    ],
)
def test_analyse_find(seed_kg: KnowledgeGraph, name: str, kind: str | None, expected: str) -> None:
    assert analyse.find(seed_kg.graph, name, kind) == expected


@pytest.mark.parametrize(
    ("name", "kind", "message", "suggestions"),
    [
        ("nvmee", "topic", "no topic called 'nvmee' in the graph; did you mean 'NVMe'?", ["NVMe"]),
        (
            "Chuk",
            "person",
            "no person called 'Chuk' in the graph; did you mean 'Chuck Tuffli', "
            "'Elena Mihailescu', 'Patrick Mooney'?",
            ["Chuck Tuffli", "Elena Mihailescu", "Patrick Mooney"],
        ),
        ("zzzz", None, "no node called 'zzzz' in the graph; try `kg people` or `kg topics`", []),
    ],
)
def test_analyse_find_misses_with_suggestions(
    seed_kg: KnowledgeGraph, name: str, kind: str | None, message: str, suggestions: list[str]
) -> None:
    with pytest.raises(LookupMiss) as caught:
        analyse.find(seed_kg.graph, name, kind)
    assert str(caught.value) == message
    assert caught.value.suggestions == suggestions


def test_analyse_misspelt_question_raises_lookup_miss(seed_kg: KnowledgeGraph) -> None:
    with pytest.raises(LookupMiss, match="did you mean 'NVMe'") as caught:
        seed_kg.who_works_on("nvmee")
    assert caught.value.suggestions == ["NVMe"]
    with pytest.raises(LookupMiss, match="no person called 'Chuk'"):
        seed_kg.topics_of("Chuk")
    with pytest.raises(LookupMiss, match="no topic called 'nvmee'"):
        seed_kg.timeline("nvmee")


def test_analyse_find_a_word_of_one_topic_name() -> None:
    import networkx as nx

    from kg.analyse import find

    g = nx.Graph()
    g.add_node("topic:kpn", kind="topic", label="kube-proxy nftables backend", aliases=[])
    g.add_node("topic:kp", kind="topic", label="kube-proxy", aliases=[])
    assert find(g, "nftables") == "topic:kpn"
    assert find(g, "kube-proxy") == "topic:kp"  # an exact name still wins


def test_who_shows_first_the_sentence_that_names_the_subject() -> None:
    from kg.ask import who_rows

    G = nx.Graph()
    G.add_node("topic:nvme", kind="topic", label="NVMe", aliases=["nvme"])
    G.add_node("person:chuck", kind="person", label="Chuck Tuffli")
    evidence = [
        {"text": "Chuck and Patrick were able to talk in Ottawa.", "date": "2019-06-06"},
        {"text": "Chuck has the NVMe emulation patch up for review.", "date": "2019-05-23"},
    ]
    G.add_edge(
        "person:chuck",
        "topic:nvme",
        relation="works_on",
        weight=2.0,
        last_seen="2019-06-06",
        per_meeting={"m1": 1, "m2": 1},
        evidence=evidence,
    )
    (row,) = who_rows(G, "topic:nvme", end="2019-06-06")
    assert row["evidence"] == "Chuck has the NVMe emulation patch up for review."
