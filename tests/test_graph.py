"""The seed minutes end to end: the golden test of who works on what."""

from __future__ import annotations

import json

from conftest import ROOT, SEED_ATTENDEES

GOLDEN = ROOT / "tests" / "golden" / "seed.json"

ATTENDEES = set(SEED_ATTENDEES)
MENTIONED = {"Kirill P.", "Pooja", "Mark Johnston", "Mihai"}


def _labels(K, kind: str) -> set[str]:  # type: ignore[no-untyped-def]
    return {d["label"] for _, d in K.graph.nodes(data=True) if d["kind"] == kind}


def _linked(K, a: str, b: str) -> str:  # type: ignore[no-untyped-def]
    from kg.analyse import find

    return str(K.graph.edges[find(K.graph, a), find(K.graph, b)]["relation"])


def test_graph_seed_people_are_exactly_the_real_ones(seed_kg) -> None:  # type: ignore[no-untyped-def]
    assert _labels(seed_kg, "person") == ATTENDEES | MENTIONED


def test_graph_seed_people_without_lexicon(seed_bare) -> None:  # type: ignore[no-untyped-def]
    assert _labels(seed_bare, "person") == ATTENDEES | MENTIONED


def test_graph_seed_mihai_is_not_darius_mihai(seed_kg) -> None:  # type: ignore[no-untyped-def]
    g = seed_kg.graph
    assert g.nodes["person:mihai"]["label"] == "Mihai"
    assert "Mihai" not in g.nodes["person:darius-mihai"]["aliases"]
    assert "Darius" in g.nodes["person:darius-mihai"]["aliases"]


def test_graph_seed_reviews_with_titles_and_links(seed_kg) -> None:  # type: ignore[no-untyped-def]
    refs = {
        d["label"]: (d["title"], d["url"])
        for _, d in seed_kg.graph.nodes(data=True)
        if d["kind"] == "reference"
    }
    assert refs == {
        "D19904": (
            "bhyve: Add Integrated Endpoint to PCIe Capability",
            "https://reviews.freebsd.org/D19904",
        ),
        "D19905": ("bhyve: Add EUI64 to NVMe device", "https://reviews.freebsd.org/D19905"),
        "D20065": ("", "https://reviews.freebsd.org/D20065"),
    }


def test_graph_seed_who_works_on_what(seed_kg) -> None:  # type: ignore[no-untyped-def]
    assert _linked(seed_kg, "Chuck Tuffli", "NVMe") == "works_on"
    assert _linked(seed_kg, "Chuck Tuffli", "D19904") == "discussed"
    assert _linked(seed_kg, "Chuck Tuffli", "D19905") == "discussed"
    assert _linked(seed_kg, "Elena Mihailescu", "live migration") == "works_on"
    assert _linked(seed_kg, "John Baldwin", "if_bridge") == "works_on"
    assert _linked(seed_kg, "D19905", "NVMe") == "about"
    assert _linked(seed_kg, "Pooja", "Juniper") == "member_of"


def test_graph_seed_is_specific_not_everyone_to_everything(seed_kg) -> None:  # type: ignore[no-untyped-def]
    g = seed_kg.graph
    nvme = {g.nodes[p]["label"] for p in g["topic:nvme"] if g.nodes[p]["kind"] == "person"}
    assert nvme == {"Chuck Tuffli", "Patrick Mooney", "Scott Phillips"}
    sergiu = [o for o in g["person:sergiu-weisz"] if g.nodes[o]["kind"] == "topic"]
    assert sergiu == []  # attended, said nothing: linked to the meeting only


def test_graph_seed_topics_fold_and_have_no_junk(seed_kg, seed_bare) -> None:  # type: ignore[no-untyped-def]
    topics = _labels(seed_kg, "topic")
    for wanted in [
        "9pfs",
        "NVMe",
        "EDK2",
        "CSM",
        "live migration",
        "save/restore",
        "if_bridge",
        "PCIe",
        "APIC",
    ]:
        assert wanted in topics
    for junk in ["Please", "ASAP", "Notes", "Attendees", "Strong", "Will", "Rebases", "Long-term"]:
        assert junk not in topics and junk not in _labels(seed_bare, "topic")
    bare = _labels(seed_bare, "topic")
    assert {
        "NVMe",
        "EDK2",
        "CSM",
        "if_bridge(4)",
        "Live Migration",
        "Save and Restore",
        "9pfs",
    } <= bare


def test_graph_every_edge_has_evidence_pointing_into_the_minutes(seed_kg) -> None:  # type: ignore[no-untyped-def]
    lines = (
        (ROOT / "data" / "minutes" / "bhyve-2019-05-23.md").read_text(encoding="utf-8").splitlines()
    )
    for _, _, d in seed_kg.graph.edges(data=True):
        assert d["evidence"], d
        for ev in d["evidence"]:
            assert 1 <= ev["line"] <= len(lines)
            assert ev["meeting"] == "bhyve-2019-05-23" and ev["date"] == "2019-05-23"


def _golden_view(K) -> dict[str, object]:  # type: ignore[no-untyped-def]
    g = K.graph
    return {
        "nodes": sorted(
            [n, d["kind"], d["label"]] for n, d in g.nodes(data=True) if d["kind"] != "action"
        ),
        "edges": sorted(
            [a, b, d["relation"], d["weight"]]
            for a, b, d in g.edges(data=True)
            if d["relation"] in ("works_on", "discussed", "about", "member_of")
        ),
    }


def test_graph_seed_golden(seed_kg, update_golden: bool) -> None:  # type: ignore[no-untyped-def]
    view = _golden_view(seed_kg)
    if update_golden or not GOLDEN.exists():
        GOLDEN.write_text(json.dumps(view, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    assert view == json.loads(GOLDEN.read_text(encoding="utf-8"))
