"""The HTML map: determinism, self-containment, escaping, truncation (no browser here)."""

from __future__ import annotations

import base64
import hashlib
import itertools
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import networkx as nx
import pytest
import render_fixtures as fx

from kg.render.html import json_for_script, render_html, write_html
from kg.render.layout import compute_layout


class _Scripts(HTMLParser):
    """Collects every <script> element (attributes and text) and every src/href attribute."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=False)
        self.scripts: list[tuple[dict[str, str | None], str]] = []
        self.urls: list[str] = []
        self.tags: list[str] = []
        self._open: dict[str, str | None] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        for name, value in attrs:
            if name in ("src", "href", "action", "srcset", "poster") and value is not None:
                self.urls.append(value)
        if tag == "script":
            self._open = dict(attrs)
            self.scripts.append((self._open, ""))

    def handle_data(self, data: str) -> None:
        if self._open is not None:
            attrs, text = self.scripts[-1]
            self.scripts[-1] = (attrs, text + data)

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._open = None


def parse(page: str) -> _Scripts:
    parser = _Scripts()
    parser.feed(page)
    parser.close()
    return parser


def page_data(page: str) -> dict[str, Any]:
    for attrs, text in parse(page).scripts:
        if attrs.get("type") == "application/json":
            data: dict[str, Any] = json.loads(text)
            return data
    raise AssertionError("no JSON data block")


@pytest.fixture(scope="module")
def bhyve_page() -> str:
    return render_html(fx.bhyve_graph())


@pytest.fixture(scope="module")
def hostile_page() -> str:
    return render_html(fx.hostile_graph())


def test_render_html_is_byte_identical_twice(tmp_path: Path) -> None:
    first = write_html(fx.synthetic_graph(300), tmp_path / "a.html").read_bytes()
    second = write_html(fx.synthetic_graph(300), tmp_path / "b.html").read_bytes()
    assert first == second


def test_render_html_ignores_insertion_order() -> None:
    G = fx.bhyve_graph()
    H = nx.Graph(**G.graph)
    H.add_nodes_from(reversed(list(G.nodes(data=True))))
    H.add_edges_from(reversed([(v, u, d) for u, v, d in G.edges(data=True)]))
    assert render_html(H) == render_html(G)


def test_render_html_does_not_change_the_graph() -> None:
    G = fx.bhyve_graph()
    before = nx.node_link_data(G, edges="edges")
    render_html(G, max_nodes=3)
    assert nx.node_link_data(G, edges="edges") == before


def test_render_html_loads_nothing_from_outside(bhyve_page: str) -> None:
    parsed = parse(bhyve_page)
    assert parsed.urls == ["data:,"]  # the empty favicon, so the browser asks for none
    assert "link" in parsed.tags and "iframe" not in parsed.tags
    assert not re.search(r"""url\(\s*(?!["']?data:)""", bhyve_page)
    assert "@import" not in bhyve_page


def test_render_html_csp_forbids_requests_and_allows_only_its_scripts(bhyve_page: str) -> None:
    match = re.search(r'<meta http-equiv="Content-Security-Policy" content="([^"]+)">', bhyve_page)
    assert match
    policy = dict(
        (part.split()[0], part.split()[1:]) for part in match.group(1).split(";") if part.strip()
    )
    assert policy["default-src"] == ["'none'"]
    assert policy["img-src"] == ["data:"]
    assert "'unsafe-inline'" not in policy["script-src"]
    code = [text for attrs, text in parse(bhyve_page).scripts if "type" not in attrs]
    assert len(code) == 2
    hashes = [
        "'sha256-" + base64.b64encode(hashlib.sha256(t.encode()).digest()).decode() + "'"
        for t in code
    ]
    assert sorted(policy["script-src"]) == sorted(hashes)


def test_render_html_has_vis_network_inline(bhyve_page: str) -> None:
    assert "@version 9.1.2" in bhyve_page
    assert ".vis-network" in bhyve_page  # its CSS


def test_render_html_positions_come_from_python(bhyve_page: str) -> None:
    data = page_data(bhyve_page)
    assert data["options"]["physics"]["enabled"] is False
    assert data["options"]["edges"]["smooth"]["enabled"] is False
    assert data["options"]["layout"]["improvedLayout"] is False
    assert all(isinstance(n["x"], float) and isinstance(n["y"], float) for n in data["nodes"])
    assert len({(n["x"], n["y"]) for n in data["nodes"]}) == len(data["nodes"])


def test_render_html_styles_nodes_by_kind_and_weight(bhyve_page: str) -> None:
    data = page_data(bhyve_page)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["person:chuck-tuffli"]["group"] == "person"
    assert nodes["topic:nvme"]["group"] == "topic"
    assert data["options"]["groups"]["topic"]["shape"] == "diamond"
    assert nodes["topic:nvme"]["size"] > nodes["topic:if-bridge"]["size"]
    assert "Reviews and issues" in bhyve_page  # the legend


def test_render_html_carries_evidence_and_reference_links(bhyve_page: str) -> None:
    data = page_data(bhyve_page)
    info = data["info"]["reference:D19904"]
    assert info["url"] == fx.D19904_URL
    assert info["title"] == fx.D19904_TITLE
    ids = {(e["from"], e["to"]): e["id"] for e in data["edges"]}
    works = data["edgeInfo"][ids[("person:chuck-tuffli", "topic:nvme")]]
    assert works["relation"] == "works_on"
    assert works["evidence"][0] == [
        "2019-05-23",
        "NVMe",
        fx.CHUCK_NVME_TEXT,
        "data/minutes/bhyve-2019-05-23.md",
        12,
    ]


def test_render_html_escapes_everything_from_minutes(hostile_page: str) -> None:
    parsed = parse(hostile_page)
    assert len(parsed.scripts) == 3
    assert "img" not in parsed.tags
    for raw in (fx.SCRIPT, fx.IMG, fx.QUOTE, "<img", "\u202e", "\u2028"):
        assert raw not in hostile_page
    assert hostile_page.count("</script>") == 3
    data = page_data(hostile_page)
    assert data["info"]["person:script"]["label"] == fx.SCRIPT
    assert data["info"]["person:bidi"]["label"] == "evil[U+202E]gnp.exe"
    assert data["info"]["reference:js"]["title"] == fx.CLOSE_SCRIPT_TITLE


def test_render_html_turns_only_http_urls_into_links(hostile_page: str) -> None:
    info = page_data(hostile_page)["info"]
    assert "url" not in info["reference:js"] and info["reference:js"]["badUrl"] == fx.JS_URL
    assert "url" not in info["reference:data"]
    assert info["reference:ok"]["url"].startswith("https://reviews.freebsd.org/D1?")


def test_render_html_truncates_long_labels_for_display(hostile_page: str) -> None:
    data = page_data(hostile_page)
    node = next(n for n in data["nodes"] if n["id"] == "person:long")
    assert len(node["text"]) == 32 and node["text"].endswith("…")
    assert data["info"]["person:long"]["label"] == fx.LONG_NAME
    assert all("\n" not in n["text"] for n in data["nodes"])
    assert all("label" not in n for n in data["nodes"])  # the page draws the labels, not vis


def test_render_html_labels_meetings_by_date(bhyve_page: str) -> None:
    texts = {n["id"]: n["text"] for n in page_data(bhyve_page)["nodes"]}
    assert texts[fx.BHYVE_MEETING] == "2019-05-23"
    assert texts["person:john-baldwin"] == "John Baldwin"


def test_render_html_tooltips_are_plain_text(hostile_page: str) -> None:
    data = page_data(hostile_page)
    titles = [n["title"] for n in data["nodes"]]
    assert all(isinstance(t, str) for t in titles)
    assert any(fx.SCRIPT in t for t in titles)  # shown as text by vis-network (innerText)


def test_render_html_spends_the_node_budget_on_people_and_topics() -> None:
    G = fx.synthetic_graph(400)
    who = [n for n, d in G.nodes(data=True) if d["kind"] in ("person", "topic")]
    assert len(who) > 100
    page = render_html(G, max_nodes=100)
    data = page_data(page)
    assert len(data["nodes"]) == 100
    kept = {n["id"] for n in data["nodes"]}
    # nine in ten to people and topics, the heaviest; one in ten to the kinds behind check
    # boxes, in turn, so that ticking "Meetings" shows the strongest meetings
    assert len(kept & set(who)) == 90
    lightest_kept = min(G.nodes[n]["weight"] for n in kept & set(who))
    assert all(G.nodes[n]["weight"] <= lightest_kept for n in who if n not in kept)
    others = {G.nodes[n]["kind"] for n in kept - set(who)}
    assert {"meeting", "action"} <= others
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    assert len(data["edges"]) == G.subgraph(kept).number_of_edges()
    dropped_edges = G.number_of_edges() - len(data["edges"])
    notice = re.search(r'<p id="kg-notice" role="status">([^<]+)</p>', page)
    assert notice
    text = notice.group(1)
    assert (
        f"holds 100 of the {G.number_of_nodes()} nodes of the graph, people and topics first"
        in text
    )
    counts = {
        k: sum(1 for n, d in G.nodes(data=True) if d["kind"] == k and n not in kept)
        for k in ("meeting", "action")
    }
    assert f"{counts['meeting']} meetings" in text and f"{counts['action']} action items" in text
    assert f"({dropped_edges:,} edges)" in text
    assert "raise --max-nodes" in text and "listed in the page" not in text
    assert data["omitted"]["nodes"] == G.number_of_nodes() - 100


def test_render_html_opens_on_people_and_topics(bhyve_page: str) -> None:
    assert page_data(bhyve_page)["shownKinds"] == ["organization", "person", "topic"] or (
        page_data(bhyve_page)["shownKinds"] == ["person", "topic"]
    )
    boxes = dict(
        re.findall(r'<input type="checkbox" name="kind" value="(\w+)"( checked)?>', bhyve_page)
    )
    assert boxes == {"person": " checked", "topic": " checked", "reference": "", "meeting": ""}


def test_render_html_has_no_notice_when_everything_fits(bhyve_page: str) -> None:
    assert 'id="kg-notice"' not in bhyve_page


def test_render_html_rejects_max_nodes_below_one() -> None:
    with pytest.raises(ValueError, match="max_nodes must be at least 1"):
        render_html(fx.bhyve_graph(), max_nodes=0)


def test_render_html_takes_its_title_from_the_graph_or_the_caller() -> None:
    assert "<title>bhyve minutes</title>" in render_html(fx.bhyve_graph())
    assert "<title>x &lt;y&gt;</title>" in render_html(fx.bhyve_graph(), title="x <y>")


def test_render_html_handles_an_empty_graph() -> None:
    data = page_data(render_html(nx.Graph()))
    assert data["nodes"] == [] and data["edges"] == []


def test_write_html_makes_folders_and_returns_the_path(tmp_path: Path) -> None:
    out = tmp_path / "new" / "graph.html"
    assert write_html(fx.bhyve_graph(), out) == out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert [p.name for p in out.parent.iterdir()] == ["graph.html"]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("</script>", '"\\u003c/script\\u003e"'),
        ("a&b", '"a\\u0026b"'),
        ("\u2028\u2029", '"\\u2028\\u2029"'),
        ("<!--", '"\\u003c!--"'),
        ('"', '"\\""'),
    ],
)
def test_json_for_script_escapes(value: str, expected: str) -> None:
    assert json_for_script(value) == expected
    assert json.loads(json_for_script(value)) == value


def test_layout_is_deterministic_and_spreads_nodes() -> None:
    G = fx.synthetic_graph(600)
    pos = compute_layout(G)
    assert pos == compute_layout(G)
    assert set(pos) == set(G.nodes)
    assert len(set(pos.values())) == len(pos)


def test_layout_puts_neighbours_closer_than_strangers() -> None:
    G = fx.synthetic_graph(600)
    pos = compute_layout(G)

    def dist(u: str, v: str) -> float:
        return float(((pos[u][0] - pos[v][0]) ** 2 + (pos[u][1] - pos[v][1]) ** 2) ** 0.5)

    edges = sorted(G.edges)[:200]
    nodes = sorted(G.nodes)
    strangers = [(nodes[i], nodes[-1 - i]) for i in range(200)]
    mean_edge = sum(dist(u, v) for u, v in edges) / len(edges)
    mean_stranger = sum(dist(u, v) for u, v in strangers) / len(strangers)
    assert mean_edge * 2 < mean_stranger


def test_an_unresolved_name_is_no_person_on_the_map() -> None:
    G = nx.Graph(title="t")
    G.add_node("person:ann-lee", kind="person", label="Ann Lee", weight=1.0)
    G.add_node("person:ann", kind="person", label="Ann (unresolved)", unresolved=True, weight=1.0)
    G.add_node("topic:nvme", kind="topic", label="NVMe", weight=1.0)
    G.add_edge("person:ann-lee", "topic:nvme", relation="works_on", weight=1.0, evidence=[])
    G.add_edge("person:ann", "topic:nvme", relation="works_on", weight=1.0, evidence=[])
    page = render_html(G)
    assert "Ann Lee" in page
    assert "Ann (unresolved)" not in page
    assert G.has_node("person:ann")  # the graph itself is left as it was


@pytest.mark.parametrize("command", ["build", "html"])
def test_render_html_max_nodes_help_names_the_kinds_in_the_order_they_are_kept(
    command: str,
) -> None:
    from click.testing import CliRunner

    from kg.cli import main
    from kg.render.html import TIER

    shown = CliRunner().invoke(main, [command, "--help"], terminal_width=2000).output
    options = shown.split("Options:", 1)[1]
    said = " ".join(options.split("--max-nodes", 1)[1].split("[default", 1)[0].split())
    words = {
        "person": "people",
        "topic": "topics",
        "organization": "organizations",
        "reference": "references",
        "repository": "repositories",
        "meeting": "meetings",
        "action": "action items",
    }
    assert set(words) == set(TIER)
    at = {kind: said.find(word) for kind, word in words.items()}
    assert all(where >= 0 for where in at.values()), said
    # a kind of a later tier is named after every kind of an earlier one
    for a, b in itertools.permutations(TIER, 2):
        if TIER[a] < TIER[b]:
            assert at[a] < at[b], (a, b, said)
