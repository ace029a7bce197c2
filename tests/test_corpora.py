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


CORPORA = ["freebsd-meetings", "nodejs-tsc", "rust-lang-team", "wasm-cg"]


@pytest.fixture(scope="module", params=CORPORA)
def built(request: pytest.FixtureRequest):  # type: ignore[no-untyped-def]
    folder = corpus(request.param)
    return request.param, folder, kg.build([folder], cache=False)


def test_corpora_build_without_crash(built) -> None:  # type: ignore[no-untyped-def]
    _, _, K = built
    s = K.summary()["nodes"]
    assert s["meeting"] >= 100 and s["person"] >= 50 and s["topic"] >= 50


def test_corpora_attendee_lists_become_people(built) -> None:  # type: ignore[no-untyped-def]
    """At least 95% of attendee-list entries are person nodes linked to their meeting."""
    name, folder, K = built
    total = linked = 0
    for found in iter_files([folder], []):
        meeting = parse(read_file(found.path), found.name)
        for person in meeting.attendees:
            if person.role != "attendee":
                continue
            total += 1
            try:
                pid = find(K.graph, person.name, "person")
            except kg.KgError:
                continue
            linked += K.graph.has_edge(pid, "meeting:" + meeting.id)
    assert total >= 100, name
    assert linked / total >= 0.95, (name, linked, total)


def test_corpora_no_front_matter_keys_or_labels_as_people(built) -> None:  # type: ignore[no-untyped-def]
    _, _, K = built
    people = {label.lower() for label in K.people()["label"]}
    for junk in [
        "title",
        "tags",
        "date",
        "agenda",
        "notes",
        "link",
        "q",
        "where",
        "present",
        "attendees",
    ]:
        assert junk not in people


def test_corpora_references_carry_their_repository(built) -> None:  # type: ignore[no-untyped-def]
    name, _, K = built
    refs = K.references()
    github = refs[refs["system"] == "github"]
    if name == "freebsd-meetings":  # Phabricator reviews, a few GitHub links
        assert (refs["system"] == "phabricator").sum() >= 20
    else:
        assert len(github) >= 100
    assert (github["repo"].str.contains("/")).mean() >= 0.99


def test_corpora_people_are_resolved_in_each_style(built) -> None:  # type: ignore[no-untyped-def]
    """Full names first: initials (WebAssembly), first names (Node.js, bhyve) resolve to them."""
    name, _, K = built
    top = set(K.people().head(12)["label"])
    expected = {
        "freebsd-meetings": {"John Baldwin", "Patrick Mooney"},
        "nodejs-tsc": {"Rod Vagg", "Matteo Collina", "Michael Dawson"},
        "rust-lang-team": {"nikomatsakis", "Josh Triplett", "pnkfelix"},
        "wasm-cg": {"Andreas Rossberg", "Luke Wagner", "Thomas Lively"},
    }[name]
    assert expected <= top, top


def test_corpora_an_attendees_company_said_alone_is_nobody() -> None:
    # "Andrew Fitzgibbon (Graphcore)" listed, then "Graphcore is talking to all the vendors"
    meeting = corpus("onnx-sigs") / "operators-meetings-033-20220825.md"
    people = {
        d["label"]
        for _, d in kg.build([meeting], cache=False).graph.nodes(data=True)
        if d["kind"] == "person"
    }
    assert "Andrew Fitzgibbon" in people and "Graphcore" not in people


def test_corpora_a_heading_over_every_item_of_most_meetings_is_no_topic() -> None:
    # "#### Preliminary discussion:" over the items of 18 of ruby-dev-meeting's 30 meetings
    graph = kg.build([corpus("ruby-dev-meeting")], cache=False).graph
    topics = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    assert "Preliminary" not in topics and {"Ractor", "RubyGems"} <= topics
