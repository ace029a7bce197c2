"""The HTML map in Debian's headless Chromium, driven by Playwright: what a reader would see.

Skipped only where /usr/bin/chromium is missing and CI is not set (scripts/ensure-chromium.sh
installs it); in CI a missing browser fails.
"""

from __future__ import annotations

import html
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import render_fixtures as fx

from kg.render.html import render_html, write_html

pytestmark = pytest.mark.browser

CHROMIUM = Path("/usr/bin/chromium")
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
ROOT = Path(__file__).resolve().parent.parent

if not CHROMIUM.exists() and not os.environ.get("CI"):
    pytest.skip(
        f"{CHROMIUM} is missing; run scripts/ensure-chromium.sh to install it",
        allow_module_level=True,
    )

from playwright.sync_api import Browser, ConsoleMessage, Dialog, Page, Route, sync_playwright  # noqa: E402

# Where a node is on screen, in page coordinates.
NODE_XY = """id => {
  const net = window.kgMap.network;
  const p = net.canvasToDOM(net.getPosition(id));
  const box = document.getElementById("kg-map").getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""
EDGE_MIDDLE_XY = """([a, b]) => {
  const net = window.kgMap.network;
  const pa = net.getPosition(a), pb = net.getPosition(b);
  const p = net.canvasToDOM({x: (pa.x + pb.x) / 2, y: (pa.y + pb.y) / 2});
  const box = document.getElementById("kg-map").getBoundingClientRect();
  return {x: box.left + p.x, y: box.top + p.y};
}"""
VISIBLE_NODES = "() => window.kgMap.nodes.get({filter: n => !n.hidden}).map(n => n.id).sort()"
DEFAULT_VIEW = sorted(
    n for n, d in fx.bhyve_graph().nodes(data=True) if d["kind"] in ("person", "topic")
)


def check_every_kind(page: Page) -> None:
    for box in page.locator("#kg-kinds input[name=kind]").all():
        box.check()


@dataclass
class Opened:
    """A map open in a page, with everything it tried that it should not have."""

    page: Page
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    seconds_to_draw: float = 0.0

    def assert_clean(self) -> None:
        assert self.requests == [], "the page asked for something outside its file"
        assert self.errors == []
        assert self.dialogs == []

    def panel(self) -> str:
        return self.page.inner_text("#kg-panel")

    def click_node(self, node: str) -> None:
        xy = self.page.evaluate(NODE_XY, node)
        self.page.mouse.click(xy["x"], xy["y"])


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def maps(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    folder = tmp_path_factory.mktemp("maps")
    return {
        "bhyve": write_html(fx.bhyve_graph(), folder / "bhyve.html"),
        "hostile": write_html(fx.hostile_graph(), folder / "hostile.html"),
        "synthetic": write_html(fx.synthetic_graph(2000), folder / "synthetic.html"),
    }


@pytest.fixture
def open_map(browser: Browser, maps: dict[str, Path]) -> Iterator[Any]:
    contexts = []

    def opener(name: str) -> Opened:
        context = browser.new_context(viewport={"width": 1400, "height": 900})
        contexts.append(context)
        page = context.new_page()
        opened = Opened(page)

        def route(r: Route) -> None:
            if r.request.url.startswith("file:"):
                r.continue_()
            else:
                opened.requests.append(r.request.url)
                r.abort()

        def console(message: ConsoleMessage) -> None:
            if message.type == "error":
                opened.errors.append(message.text)

        def dialog(d: Dialog) -> None:
            opened.dialogs.append(d.message)
            d.dismiss()

        page.route("**/*", route)
        page.on("console", console)
        page.on("pageerror", lambda exc: opened.errors.append(str(exc)))
        page.on("dialog", dialog)
        start = time.perf_counter()
        page.goto(maps[name].as_uri())
        page.wait_for_function("() => window.kgMap && window.kgMap.drawn", timeout=60_000)
        opened.seconds_to_draw = time.perf_counter() - start
        return opened

    yield opener
    for context in contexts:
        context.close()


def test_browser_draws_every_node_still(open_map: Any) -> None:
    m = open_map("bhyve")
    G = fx.bhyve_graph()
    assert m.page.evaluate("window.kgMap.data.nodes.length") == G.number_of_nodes()
    assert m.page.evaluate("window.kgMap.data.edges.length") == G.number_of_edges()
    # who works on what first: people and topics; meetings and reviews behind their boxes
    assert m.page.evaluate(VISIBLE_NODES) == DEFAULT_VIEW
    assert m.page.evaluate("window.kgMap.network.body.nodeIndices.length") == len(DEFAULT_VIEW)
    assert "Showing 7 of 11 nodes and 5 of 19 edges." in m.page.inner_text("#kg-shown")
    for kind in ("meeting", "reference"):
        m.page.check(f"#kg-kinds input[value={kind}]")
    assert m.page.evaluate("window.kgMap.network.body.nodeIndices.length") == G.number_of_nodes()
    before = m.page.evaluate("window.kgMap.network.getPositions()")
    m.page.wait_for_timeout(300)
    assert m.page.evaluate("window.kgMap.network.getPositions()") == before
    data = m.page.evaluate("window.kgMap.data.nodes.map(n => [n.id, n.x, n.y])")
    # getPositions() truncates to whole pixels
    assert all(
        abs(before[node]["x"] - x) < 1 and abs(before[node]["y"] - y) < 1 for node, x, y in data
    )
    assert "Showing 11 of 11 nodes and 19 of 19 edges." in m.page.inner_text("#kg-shown")
    m.assert_clean()


@pytest.mark.parametrize(
    ("query", "node", "label"),
    [
        ("nvm", "topic:nvme", "NVMe"),
        ("MIGRATION", "topic:live-migration", "live migration"),
        ("jhb", "person:john-baldwin", "John Baldwin"),
        ("D19904", "reference:D19904", "D19904"),
    ],
)
def test_browser_search_focuses_and_selects(
    open_map: Any, query: str, node: str, label: str
) -> None:
    m = open_map("bhyve")
    m.page.fill("#kg-search", query)
    m.page.press("#kg-search", "Enter")
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == [node]
    assert m.page.inner_text("#kg-search-status") == f"Found {label}."
    assert m.page.inner_text("#kg-panel h2") == label
    m.page.wait_for_timeout(400)  # the focus animation
    xy = m.page.evaluate(NODE_XY, node)
    box = m.page.locator("#kg-map").bounding_box()
    assert box is not None
    assert abs(xy["x"] - (box["x"] + box["width"] / 2)) < 2
    assert abs(xy["y"] - (box["y"] + box["height"] / 2)) < 2
    m.assert_clean()


def test_browser_search_says_when_nothing_matches(open_map: Any) -> None:
    m = open_map("bhyve")
    m.page.fill("#kg-search", "zfs")
    m.page.press("#kg-search", "Enter")
    assert m.page.inner_text("#kg-search-status") == "No name or alias contains \u201czfs\u201d."
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == []
    m.assert_clean()


def test_browser_click_on_node_shows_its_evidence(open_map: Any) -> None:
    m = open_map("bhyve")
    check_every_kind(m.page)
    m.click_node("reference:D19904")
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == ["reference:D19904"]
    panel = m.panel()
    assert fx.D19904_TITLE in panel
    assert "Chuck also has D19904 to add the Integrated Endpoint capability." in panel
    assert "data/minutes/bhyve-2019-05-23.md:14" in panel
    assert "2019-05-23 · NVMe" in panel
    link = m.page.locator("#kg-panel a")
    assert link.count() == 1
    assert link.get_attribute("href") == fx.D19904_URL
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    m.assert_clean()


def test_browser_click_on_edge_shows_its_evidence(open_map: Any) -> None:
    m = open_map("bhyve")
    ends = ["person:elena-mihailescu", "topic:live-migration"]
    xy = m.page.evaluate(EDGE_MIDDLE_XY, ends)
    m.page.mouse.click(xy["x"], xy["y"])
    panel = m.panel()
    assert "works on" in panel
    assert "Elena Mihailescu described the live migration prototype for bhyve." in panel
    assert "data/minutes/bhyve-2019-06-20.md:8" in panel
    m.assert_clean()


def test_browser_filters_by_kind_date_weight_and_isolation(open_map: Any) -> None:
    m = open_map("bhyve")
    G = fx.bhyve_graph()
    everything = sorted(G.nodes)
    check_every_kind(m.page)
    m.page.uncheck("#kg-kinds input[value=person]")
    assert m.page.evaluate(VISIBLE_NODES) == sorted(
        n for n in G.nodes if G.nodes[n]["kind"] != "person"
    )
    m.page.check("#kg-kinds input[value=person]")
    assert m.page.evaluate(VISIBLE_NODES) == everything

    m.page.fill("#kg-from", "2019-06-01")
    shown = m.page.evaluate(VISIBLE_NODES)
    assert shown == sorted(n for n in G.nodes if G.nodes[n]["last_seen"] >= "2019-06-01")
    assert "meeting:bhyve-2019-05-23" not in shown and "topic:if-bridge" not in shown
    m.page.fill("#kg-from", "")
    m.page.fill("#kg-until", "2019-06-01")
    assert "meeting:bhyve-2019-06-20" not in m.page.evaluate(VISIBLE_NODES)
    m.page.fill("#kg-until", "")

    m.page.fill("#kg-min-weight", "2")
    visible_edges = m.page.evaluate("window.kgMap.edges.get({filter: e => !e.hidden}).length")
    assert visible_edges == sum(1 for *_, d in G.edges(data=True) if d["weight"] >= 2)
    m.page.check("#kg-hide-isolated")
    kept = sorted({n for u, v, d in G.edges(data=True) if d["weight"] >= 2 for n in (u, v)})
    assert m.page.evaluate(VISIBLE_NODES) == kept

    m.page.click("#kg-reset")
    assert m.page.evaluate(VISIBLE_NODES) == DEFAULT_VIEW
    m.assert_clean()


def test_browser_physics_toggle(open_map: Any) -> None:
    m = open_map("bhyve")
    assert m.page.evaluate("window.kgMap.network.physics.physicsEnabled") is False
    m.page.click("#kg-physics")
    assert m.page.inner_text("#kg-physics") == "Physics: on"
    assert m.page.get_attribute("#kg-physics", "aria-pressed") == "true"
    assert m.page.evaluate("window.kgMap.network.physics.physicsEnabled") is True
    m.page.click("#kg-physics")
    assert m.page.evaluate("window.kgMap.network.physics.physicsEnabled") is False
    m.assert_clean()


SCRIPT_COUNT = "document.querySelectorAll('script').length"
INJECTED = """() => {
  const found = [];
  for (const el of document.querySelectorAll('*')) {
    for (const a of el.attributes) {
      if (a.name.startsWith('on')) found.push(el.tagName + ' ' + a.name);
      if (/^\\s*javascript:/i.test(a.value)) found.push(el.tagName + ' ' + a.name + '=' + a.value);
    }
  }
  return found.concat(Array.from(document.querySelectorAll('img, iframe, object, embed'),
                      el => el.tagName));
}"""


def test_browser_hostile_graph_runs_nothing_and_shows_text(open_map: Any) -> None:
    m = open_map("hostile")
    check_every_kind(m.page)
    assert m.page.evaluate(SCRIPT_COUNT) == 3  # the data block, vis-network, the page's script
    assert m.page.title() == f"hostile {fx.SCRIPT}"
    assert m.page.inner_text("#kg-title") == f"hostile {fx.SCRIPT}"
    nodes = m.page.evaluate("window.kgMap.data.nodes.map(n => n.id)")
    for node in nodes:
        xy = m.page.evaluate(NODE_XY, node)
        m.page.mouse.move(xy["x"], xy["y"])  # tooltips
        m.page.evaluate("id => window.kgMap.showNode(id)", node)
    for edge in range(m.page.evaluate("window.kgMap.edges.length")):
        m.page.evaluate("id => window.kgMap.showEdge(id)", edge)
    m.page.wait_for_timeout(300)
    assert m.page.evaluate(INJECTED) == []
    assert m.page.evaluate(SCRIPT_COUNT) == 3
    m.assert_clean()


@pytest.mark.parametrize(
    ("node", "shown"),
    [
        ("person:script", fx.SCRIPT),
        ("person:img", fx.IMG),
        ("person:quote", fx.QUOTE),
        ("person:bidi", "evil[U+202E]gnp.exe"),
        ("person:long", fx.LONG_NAME),
    ],
)
def test_browser_hostile_labels_show_literally(open_map: Any, node: str, shown: str) -> None:
    m = open_map("hostile")
    m.click_node(node)
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == [node]
    assert m.page.inner_text("#kg-panel h2") == shown
    assert m.page.evaluate(INJECTED) == []
    m.assert_clean()


def test_browser_hostile_urls_are_not_links(open_map: Any) -> None:
    m = open_map("hostile")
    m.page.evaluate("window.kgMap.showNode('reference:js')")
    assert m.page.locator("#kg-panel a").count() == 0
    assert fx.JS_URL in m.panel()
    assert fx.CLOSE_SCRIPT_TITLE in m.panel()
    m.page.evaluate("window.kgMap.showNode('reference:ok')")
    assert m.page.locator("#kg-panel a").get_attribute("href") == (
        "https://reviews.freebsd.org/D1?q=%22%3E%3Cscript%3Ealert(1)%3C/script%3E"
    )
    m.page.fill("#kg-search", fx.IMG)
    m.page.press("#kg-search", "Enter")
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == ["person:img"]
    assert m.page.evaluate(INJECTED) == []
    m.assert_clean()


def test_browser_draws_2000_nodes(open_map: Any, record_property: Any) -> None:
    m = open_map("synthetic")
    record_property("seconds_to_draw_2000_nodes", round(m.seconds_to_draw, 2))
    print(f"2,000-node map drawn in {m.seconds_to_draw:.2f} s")
    G = fx.synthetic_graph(2000)
    shown = sum(
        1 for _, d in G.nodes(data=True) if d["kind"] in ("person", "topic", "organization")
    )
    assert m.page.evaluate("window.kgMap.network.body.nodeIndices.length") == shown
    m.page.fill("#kg-search", "Person 17 Example")
    m.page.press("#kg-search", "Enter")
    assert m.page.evaluate("window.kgMap.network.getSelectedNodes()") == ["person:p00017"]
    m.assert_clean()


def test_browser_map_works_in_a_sandboxed_srcdoc_iframe(browser: Browser) -> None:
    """How the notebook shows it: ``<iframe srcdoc=... sandbox="allow-scripts">``."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.set_content(
            f'<iframe srcdoc="{html.escape(render_html(fx.bhyve_graph()), quote=True)}" '
            'sandbox="allow-scripts" style="width:1200px;height:700px"></iframe>'
        )
        frame = page.frames[1]
        frame.wait_for_function("() => window.kgMap && window.kgMap.drawn", timeout=60_000)
        assert frame.evaluate("window.kgMap.network.body.nodeIndices.length") == 7
        assert errors == []
    finally:
        page.close()


@pytest.mark.skipif(not os.environ.get("KG_SCREENSHOT"), reason="set KG_SCREENSHOT=1 to refresh")
def test_browser_screenshot_of_the_bhyve_map(open_map: Any) -> None:
    m = open_map("bhyve")
    m.page.evaluate("window.kgMap.showNode('topic:nvme')")
    m.page.evaluate("window.kgMap.network.selectNodes(['topic:nvme'])")
    m.page.screenshot(path=str(ROOT / "docs" / "seed-map.png"))
    m.assert_clean()
