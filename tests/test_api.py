"""The KnowledgeGraph tables and displays, checked against data/minutes/bhyve-2019-05-23.md."""

from __future__ import annotations

import html
import importlib.util
import warnings
from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, SEED, SEED_ATTENDEES

import kg
from kg.api import KnowledgeGraph

ATTENDEES = set(SEED_ATTENDEES)
# named in the notes but not on the attendee list ("Mihai" of the University team is not Darius)
NAMED = {"Kirill P.", "Pooja", "Mihai", "Mark Johnston"}


def test_api_people_are_the_attendees_and_the_people_named(seed_kg: KnowledgeGraph) -> None:
    people = seed_kg.people().set_index("label")
    assert set(people.index) == ATTENDEES | NAMED
    assert set(people.index[people["attended"] == 1]) == ATTENDEES
    assert set(people.index[people["attended"] == 0]) == NAMED
    assert people.loc["Chuck Tuffli", "id"] == "person:chuck-tuffli"
    assert people.loc["Chuck Tuffli", "aliases"] == "Chuck; Chuck Tuffli"
    assert people.loc["Elena Mihailescu", "topics"] == "live migration"
    assert people.loc["Matthew Grooms", "topics"] == ""  # attended, said nothing recorded
    assert not people["unresolved"].any()
    assert people.index[0] == "John Baldwin"  # the most active: 12.25, PCI-e section and D20065


def test_api_people_organization_from_prose(seed_kg: KnowledgeGraph) -> None:
    people = seed_kg.people().set_index("label")
    assert people.loc["Pooja", "organization"] == "Juniper"


def test_api_topics_are_the_subsystems_discussed(seed_kg: KnowledgeGraph) -> None:
    topics = seed_kg.topics().set_index("label")
    discovered = {"ESR", "EUI64", "i440FX"}
    lexicon = {
        "device models",
        "PCIe",
        "NVMe",
        "save/restore",
        "live migration",
        "9pfs",
        "VALE",
        "if_bridge",
        "EDK2",
        "AMD SVM",
        "APIC",
        "ARM",
        "CSM",
        "QEMU",
        "firmware ports",
        "resource limits",
    }
    assert set(topics.index) == discovered | lexicon
    assert set(topics.index[topics["source"] == "discovered"]) == discovered
    assert topics.loc["PCIe", "aliases"] == "PCI Express; PCI-e; PCI-express; PCIe"
    assert topics.loc["NVMe", "mentions"] == 4  # two headings, Scott's sentence, D19905's title
    assert topics.loc["NVMe", "people"] == "Chuck Tuffli, Patrick Mooney, Scott Phillips"
    assert topics.loc["live migration", "people"] == "Elena Mihailescu"
    assert topics.loc["9pfs", "people"] == "Kirill P., Michael Dexter, Pooja"
    assert topics.loc["ARM", "people"] == ""  # "ARM work will wait until later": nobody's
    assert set(topics["first_seen"]) == {"2019-05-23"}


def test_api_references_have_titles_and_links(seed_kg: KnowledgeGraph) -> None:
    refs = seed_kg.references().set_index("label")
    assert sorted(refs.index) == ["D19904", "D19905", "D20065"]
    assert refs.loc["D19904", "title"] == "bhyve: Add Integrated Endpoint to PCIe Capability"
    assert refs.loc["D19904", "url"] == "https://reviews.freebsd.org/D19904"
    assert refs.loc["D19905", "title"] == "bhyve: Add EUI64 to NVMe device"
    assert refs.loc["D19905", "url"] == "https://reviews.freebsd.org/D19905"
    assert refs.loc["D20065", "title"] == ""  # the minutes give it no title
    assert refs.loc["D20065", "url"] == "https://reviews.freebsd.org/D20065"
    assert set(refs["system"]) == {"phabricator"}
    assert refs.loc["D19904", "people"] == "Chuck Tuffli"
    assert refs.loc["D19904", "topics"] == "PCIe, NVMe"
    assert refs.loc["D19905", "topics"] == "EUI64, NVMe"
    assert refs.loc["D20065", "people"] == "Mark Johnston, Rod Grimes, John Baldwin"


def test_api_meetings_has_the_one_seed_meeting(seed_kg: KnowledgeGraph) -> None:
    meetings = seed_kg.meetings()
    assert meetings[["id", "date", "attendees"]].to_dict("records") == [
        {"id": "meeting:bhyve-2019-05-23", "date": "2019-05-23", "attendees": 10}
    ]
    assert meetings.loc[0, "path"] == "bhyve-2019-05-23.md"  # relative to what was given


def test_api_mentions_give_the_sentence_behind_each_edge(seed_kg: KnowledgeGraph) -> None:
    ev = seed_kg.mentions()
    assert list(ev.columns) == [
        "source",
        "source_label",
        "target",
        "target_label",
        "relation",
        "meeting",
        "date",
        "section",
        "text",
        "path",
        "line",
    ]
    attended = ev[ev["relation"] == "attended"]
    assert sorted(attended["text"]) == sorted(f"Attendee: {name}" for name in ATTENDEES)
    elena = ev[(ev["source"] == "person:elena-mihailescu") & (ev["relation"] == "works_on")]
    assert elena[["target", "section", "text", "line"]].to_dict("records") == [
        {
            "target": "topic:livemigration",
            "section": "Live Migration",
            "text": "Has looked at migration time.",
            "line": 62,
        },
        {
            "target": "topic:livemigration",
            "section": "Live Migration",
            "text": "Migration time increases linearly.",
            "line": 63,
        },
    ]
    lines = SEED.read_text(encoding="utf-8").splitlines()
    assert lines[62 - 1].startswith("**Elena:** Has looked at migration time.")
    assert "Migration time increases linearly." in lines[63 - 1]  # the line of the sentence itself
    darius = ev[ev["text"] == "Darius will incorporate the feedback ASAP."]
    assert set(darius["line"]) == {48} and "Darius will incorporate" in lines[48 - 1]
    assert (ev["text"].str.len() > 0).all()
    assert set(ev["date"]) == {"2019-05-23"}


def test_api_mentions_text_is_trimmed(seed_kg: KnowledgeGraph) -> None:
    ev = seed_kg.mentions()
    assert " Migration time increases linearly." not in set(ev["text"])
    assert (ev["text"] == ev["text"].str.strip()).all()


def test_api_methods_are_the_analyse_functions(seed_kg: KnowledgeGraph) -> None:
    from kg import analyse

    G = seed_kg.graph
    assert seed_kg.who_works_on("NVMe").equals(analyse.who_works_on(G, "NVMe"))
    assert seed_kg.topics_of("Chuck").equals(analyse.topics_of(G, "Chuck"))
    assert seed_kg.bus_factor().equals(analyse.bus_factor(G))


ANSWERS = {
    "who_works_on": ("NVMe",),
    "topics_of": ("Chuck",),
    "experts": ("NVMe",),
    "communities": (),
    "centrality": (),
    "bus_factor": (),
}


@pytest.mark.parametrize("loaded", [False, True])
def test_api_answers_name_things_and_hold_no_internal_id(
    seed_kg: KnowledgeGraph, tmp_path: Path, loaded: bool
) -> None:
    """An answer names people and topics by their labels; the graph's node ids are keys of
    the tables (people(), topics(), ...), not of the answers."""
    K = seed_kg
    if loaded:
        seed_kg.write(tmp_path, outputs=["graph.json", "kg.db"])
        K = kg.load(tmp_path)
        assert K.store is not None
    for method, args in ANSWERS.items():
        frame = getattr(K, method)(*args)
        assert not frame.empty, method
        assert "id" not in frame.columns, method
        assert not frame.astype(str).isin(set(seed_kg.graph.nodes)).any().any(), method
    assert "id" not in K.who_works_on("NVMe", explain=True).columns


def test_api_readme_names_the_columns_of_who_works_on(seed_kg: KnowledgeGraph) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    said = readme.split('K.who_works_on("nvme")', 1)[1].split("\n", 1)[0]
    columns = said.split("DataFrame:", 1)[1].strip().split(", ")
    assert list(seed_kg.who_works_on("nvme").columns) == columns


def test_api_mentions_name_both_ends(seed_kg: KnowledgeGraph) -> None:
    ev = seed_kg.mentions()
    labels = dict(seed_kg.graph.nodes(data="label"))
    assert (ev["source_label"] == ev["source"].map(labels)).all()
    assert (ev["target_label"] == ev["target"].map(labels)).all()
    people = seed_kg.people().set_index("id")  # the key the tables and mentions share
    assert set(ev.loc[ev["relation"] == "attended", "target"]) <= set(people.index)


def test_api_repr_counts_the_graph(seed_kg: KnowledgeGraph) -> None:
    assert repr(seed_kg) == (
        "<KnowledgeGraph 'bhyve minutes': 1 meetings, 14 people, 19 topics, 3 references>"
    )
    page = seed_kg._repr_html_()
    assert "<td>14</td>" in page and "<td>19</td>" in page
    assert "John Baldwin, Chuck Tuffli, Patrick Mooney, Darius Mihai, Kirill P." in page


def test_api_repr_html_escapes_names(seed_kg: KnowledgeGraph) -> None:
    G = seed_kg.graph.copy()
    G.graph["title"] = "<script>alert(1)</script>"
    G.nodes["person:john-baldwin"]["label"] = "John <i>&amp; co"
    G.nodes["topic:devicemodel"]["label"] = 'models"<img src=x>'
    page = KnowledgeGraph(G)._repr_html_()
    assert "<script>" not in page and "<i>" not in page and "<img" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "John &lt;i&gt;&amp;amp; co" in page
    assert "models&quot;&lt;img src=x&gt;" in page


class _Iframes(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.found: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "iframe":
            self.found.append(dict(attrs))


def _show(K: KnowledgeGraph):  # type: ignore[no-untyped-def]
    with warnings.catch_warnings():
        # the known IPython warning is tested on its own below
        warnings.filterwarnings("ignore", "Consider using IPython.display.IFrame", UserWarning)
        return K.show(height=420)


@pytest.mark.skipif(importlib.util.find_spec("IPython") is None, reason="IPython is missing")
def test_api_show_is_an_iframe_with_the_map_in_srcdoc(seed_kg: KnowledgeGraph) -> None:
    shown = _show(seed_kg)
    markup = shown._repr_html_()
    parser = _Iframes()
    parser.feed(markup)
    assert len(parser.found) == 1
    frame = parser.found[0]
    assert "height:420px" in (frame["style"] or "")
    page = frame["srcdoc"] or ""
    assert page.lstrip().lower().startswith("<!doctype html>")
    assert "Chuck Tuffli" in page and "D19904" in page
    # the page travels inside one attribute: no raw quote may end it early
    assert '"' not in markup.split('srcdoc="', 1)[1].split('" style=', 1)[0]
    assert html.escape(page, quote=True) in markup


@pytest.mark.skipif(importlib.util.find_spec("IPython") is None, reason="IPython is missing")
def test_api_show_does_not_warn(seed_kg: KnowledgeGraph) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        seed_kg.show()


def test_api_build_accepts_a_folder_and_a_single_path() -> None:
    K = kg.build(ROOT / "data" / "minutes", cache=False)
    assert K.meetings()["id"].tolist() == ["meeting:bhyve-2019-05-23"]
    assert K.report.meetings == 1


def test_api_title_of_a_minutes_folder_says_minutes_once() -> None:
    from kg.render.html import render_html

    K = kg.build(ROOT / "data" / "minutes", cache=False)
    assert K.graph.graph["title"] == "minutes"  # not "minutes minutes"
    assert "<title>minutes</title>" in render_html(K.graph)
    assert kg.build(SEED, cache=False, title="minutes minutes").graph.graph["title"] == (
        "minutes minutes"  # a title given is kept as it is
    )
