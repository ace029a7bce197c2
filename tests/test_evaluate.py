"""kg eval: figures agree with counts made by hand; gold files and their errors."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from conftest import DATA

from kg.cli import main
from kg.errors import ConfigError
from kg.evaluate import evaluate, load_gold, score

EVAL = DATA / "eval"


def _hand_graph() -> nx.Graph:
    """What kg might have made of minutes/a.md and minutes/b.md, mistakes included."""
    g = nx.Graph()

    def node(nid: str, kind: str, label: str, per: dict[str, int], **extra: object) -> None:
        aliases = extra.pop("aliases", [label])
        g.add_node(nid, kind=kind, label=label, aliases=aliases, per_meeting=per, **extra)

    def edge(a: str, b: str, relation: str, per: dict[str, int]) -> None:
        g.add_edge(a, b, relation=relation, per_meeting=per)

    node("meeting:a", "meeting", "Widget WG", {"a": 1}, path="tests/data/eval/minutes/a.md")
    node("meeting:b", "meeting", "Widget WG", {"b": 1}, path="tests/data/eval/minutes/b.md")
    # a: Ann split over two nodes, a junk "Agenda", the optional Carol
    node("person:ann-lee", "person", "Ann Lee", {"a": 2}, aliases=["Ann", "Ann Lee"])
    node("person:alee", "person", "alee", {"a": 1}, aliases=["@alee"])
    node("person:bob-stone", "person", "Bob Stone", {"a": 2}, aliases=["Bob", "Bob Stone"])
    node("person:agenda", "person", "Agenda", {"a": 1})
    node("person:carol", "person", "Carol", {"a": 1})
    node("topic:nvme-driver", "topic", "NVMe driver", {"a": 2})
    node("topic:widget", "topic", "Widget", {"a": 1, "b": 1})
    node("topic:driver", "topic", "driver", {"a": 1})
    node("reference:D123", "reference", "D123", {"a": 1})
    node("reference:D999", "reference", "D999", {"a": 1})
    node("action:a:1", "action", "Bob to test it.", {"a": 1}, text="Bob to test it.")
    edge("person:ann-lee", "topic:nvme-driver", "works_on", {"a": 1})
    edge("person:alee", "topic:nvme-driver", "works_on", {"a": 1})
    edge("person:bob-stone", "topic:nvme-driver", "works_on", {"a": 1})
    edge("person:bob-stone", "topic:driver", "works_on", {"a": 1})
    edge("person:agenda", "topic:nvme-driver", "works_on", {"a": 1})
    edge("person:bob-stone", "action:a:1", "owns", {"a": 1})
    # b: two humans in one node, a junk "Docs", an action with no owner linked
    node("person:cy", "person", "Cy Young and Dee", {"b": 2}, aliases=["Cy Young", "Dee"])
    node("person:docs", "person", "Docs", {"b": 1})
    node("topic:gc", "topic", "garbage collection", {"b": 2})
    node("action:b:1", "action", "Dee to write docs for it.", {"b": 1}, text="Dee to write docs")
    edge("person:cy", "topic:gc", "works_on", {"b": 1})
    edge("person:ann-lee", "topic:widget", "works_on", {"a": 1})
    return g


# Counted by hand from the graph above and tests/data/eval/{a,b}.json:
# a: 5 person nodes, 4 right (Ann Lee, alee, Bob Stone; Carol is optional), both humans found,
#    Ann on 2 nodes; topics NVMe driver (contains "nvme driver"), driver (ok), Widget (wrong): 2/3,
#    NVMe found and live migration not; refs D123 right, D999 wrong; gold edge Ann Lee-NVMe found,
#    Bob Stone-live migration not; links between matched nodes: Ann Lee, alee -> NVMe driver good,
#    Bob Stone -> NVMe driver not gold (driver is only an ok topic: not counted); Bob's action found.
# b: person nodes "Cy Young and Dee" (two humans: merged) and Docs (wrong): 1/2, both found, Cy
#    Young's node not labelled "Cy Young"; garbage collection matches GC through its alias, and
#    Widget (also said in b) is wrong there too: 1/2; the
#    edge Cy Young-GC found and the only link is gold; Dee's action is linked to nobody.
HAND = {
    "minutes/a.md": {
        "person_p": 4 / 5,
        "person_r": 1.0,
        "person_f1": 2 * 0.8 / 1.8,
        "person_split": 1 / 2,
        "person_full": 1.0,
        "person_merged": 0.0,
        "topic_p": 2 / 3,
        "topic_r": 1 / 2,
        "ref_p": 1 / 2,
        "ref_r": 1.0,
        "ref_f1": 2 * 0.5 / 1.5,
        "edge_p": 2 / 3,
        "edge_r": 1 / 2,
        "action_r": 1.0,
    },
    "minutes/b.md": {
        "person_p": 1 / 2,
        "person_r": 1.0,
        "person_f1": 2 / 3,
        "person_split": 0.0,
        "person_full": 0.0,
        "person_merged": 1.0,
        "topic_p": 1 / 2,
        "topic_r": 1.0,
        "ref_p": None,
        "ref_r": None,
        "ref_f1": None,
        "edge_p": 1.0,
        "edge_r": 1.0,
        "action_r": 0.0,
    },
}


def _golds() -> list:  # type: ignore[type-arg]
    return [load_gold(EVAL / "a.json"), load_gold(EVAL / "b.json")]


def test_evaluate_agrees_with_hand_counts() -> None:
    result = evaluate(_golds(), _hand_graph())
    for doc in result.documents:
        assert doc.figures() == pytest.approx(HAND[doc.doc]), doc.doc
    mean = result.mean()
    assert mean["person_p"] == pytest.approx((0.8 + 0.5) / 2)
    assert mean["ref_p"] == pytest.approx(0.5)  # b has no references to count
    assert mean["person_merged"] == 1.0  # merged humans add up over the documents


def test_evaluate_lists_what_went_wrong() -> None:
    a, b = evaluate(_golds(), _hand_graph()).documents
    assert a.errors["people_wrong"] == ["Agenda"]
    assert a.errors["people_split"] == ["Ann Lee: Ann Lee, alee"]
    assert a.errors["topics_missed"] == ["live migration"]
    assert a.errors["topics_wrong"] == ["Widget"]
    assert a.errors["edges_wrong"] == ["Bob Stone -- NVMe driver"]
    assert b.errors["people_merged"] == ["Cy Young and Dee"]
    assert b.errors["actions_missed"] == ["Dee: docs"]


def test_cli_eval_scores_a_graph_file(tmp_path: Path) -> None:
    path = tmp_path / "graph.json"
    path.write_text(json.dumps(nx.node_link_data(_hand_graph(), edges="edges")))
    args = ["eval", str(EVAL / "a.json"), str(EVAL / "b.json"), "--graph", str(path)]
    result = CliRunner().invoke(main, [*args, "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["doc"] for d in data["documents"]] == ["minutes/a.md", "minutes/b.md"]
    assert data["mean"]["topic_r"] == pytest.approx(0.75)
    table = CliRunner().invoke(main, [*args, "--errors"])
    assert table.exit_code == 0, table.output
    assert "mean" in table.output and "people_wrong (1): Agenda" in table.output


def test_cli_eval_builds_each_document_on_its_own() -> None:
    result = CliRunner().invoke(
        main, ["eval", str(EVAL / "a.json"), "--root", str(EVAL), "--format", "json"]
    )
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)["documents"][0]["figures"]
    # the attendee line names both people, and the review is a Phabricator number
    assert figures["person_r"] == 1.0 and figures["ref_r"] == 1.0


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not a JSON gold file"),
        ('{"people": {}}', "needs a string 'doc'"),
        ('{"doc": "x.md", "people": ["Ann"]}', "'people' must map names to lists of strings"),
        ('{"doc": "x.md", "edges": [["Ann"]]}', "'edges' must be a list of [name, name] pairs"),
    ],
)
def test_evaluate_malformed_gold_is_one_line(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "gold.json"
    path.write_text(content)
    with pytest.raises(ConfigError, match=message.replace("[", r"\[").replace("]", r"\]")):
        load_gold(path)
    result = CliRunner().invoke(main, ["eval", str(path)])
    assert result.exit_code == 1 and "Traceback" not in result.output
    assert result.output.count("\n") == 1 and message in result.output


def test_cli_eval_missing_document_says_where_it_looked(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text('{"doc": "nowhere/x.md", "people": {}}')
    result = CliRunner().invoke(main, ["eval", str(path), "--root", str(tmp_path)])
    assert result.exit_code == 1
    assert "the minutes 'nowhere/x.md' are not under" in result.output
    assert "give --root DIR" in result.output


def test_score_whole_graph_when_no_meeting_given() -> None:
    g = _hand_graph()
    whole = score(g, load_gold(EVAL / "b.json"))
    # every person node of both documents is now counted: only the merged node is right
    assert whole.counts["person_p"] == (1, 7)


def test_a_graph_built_from_one_corpus_folder_scores_its_gold(tmp_path: Path) -> None:
    # meeting paths are relative to the folder built ("wg-api-meeting-notes-....md"), gold docs
    # to the corpora ("electron-governance/wg-api-...md"): both name the same meeting
    from conftest import ROOT, corpus

    import kg

    folder = corpus("electron-governance")
    kg.build([folder], cache=False).write(tmp_path, outputs=["graph.json"])
    gold = ROOT / "tests" / "gold" / "electron-governance--wg-api-meeting-notes-2020-04-20.json"
    result = CliRunner().invoke(main, ["eval", str(gold), "--graph", str(tmp_path / "graph.json")])
    assert result.exit_code == 0, result.output
    assert "wg-api-meeting-notes-2020-04-20.md" in result.output
