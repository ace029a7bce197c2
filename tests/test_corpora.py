"""The real minutes in ../shared/corpora (skipped with a reason where they are absent)."""

from __future__ import annotations

import pytest
from conftest import LEXICON, corpus

import kg
from kg.analyse import find
from kg.parse import parse
from kg.read import iter_files, read_file


@pytest.fixture(scope="module")
def bhyve():  # type: ignore[no-untyped-def]
    return kg.build([corpus("freebsd-meetings/bhyve")], lexicon=LEXICON, cache=False)


def test_corpora_bhyve_every_attendee_is_a_person(bhyve) -> None:  # type: ignore[no-untyped-def]
    folder = corpus("freebsd-meetings/bhyve")
    missing = []
    for found in iter_files([folder], []):
        meeting = parse(read_file(found.path), found.name)
        assert meeting.attendees, found.name
        for person in meeting.attendees:
            try:
                pid = find(bhyve.graph, person.name, "person")
            except kg.KgError:
                missing.append((found.name, person.name))
                continue
            assert bhyve.graph.has_edge(pid, "meeting:" + meeting.id), (found.name, person.name)
    assert missing == []


def test_corpora_bhyve_identities_across_meetings(bhyve) -> None:  # type: ignore[no-untyped-def]
    g = bhyve.graph
    john = find(g, "John Baldwin", "person")
    assert g.nodes[john]["attended"] >= 15
    assert g.has_edge(find(g, "Chuck Tuffli"), find(g, "NVMe"))
    assert "Mihai Carabas" in {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "person"}
    assert not g.has_node("person:mihai")  # resolved to Mihai Carabas, not left alone


@pytest.mark.parametrize("name", ["freebsd-meetings", "nodejs-tsc", "rust-lang-team", "wasm-cg"])
def test_corpora_build_without_crash(name: str) -> None:
    K = kg.build([corpus(name)], cache=False)
    s = K.summary()["nodes"]
    assert s["meeting"] >= 100 and s["person"] >= 50 and s["topic"] >= 50
