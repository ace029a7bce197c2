"""The map at a real project's size (issue 15): how long until it is drawn and still, how many
labels it shows at fit, and how long the layout takes at 20,000 nodes.

    kg build ../shared/corpora --out /tmp/all --no-html      # once: the graph of all 14 corpora
    kg html --graph /tmp/all/graph.json                      # the map, default --max-nodes
    python benchmarks/map.py /tmp/all/graph.html /tmp/tsc/graph.html

For each page: its size, then (median of 3, each in a fresh page of one headless Chromium at
1440x900) the seconds from navigation start to the first frame drawn (performance.now() in the
page), whether the positions are still 300 ms later, and the labels written at fit, against an
empty page's time in the same browser. Then map_layout and render_html on synthetic graphs of
2,000 and 20,000 nodes (tests/render_fixtures.py). The machine's load average is printed too:
on 2 shared cores it moves every figure.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "tests")]

ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]


def browser_figures(pages: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        empty = []
        for _ in range(3):
            page = browser.new_page(viewport={"width": 1440, "height": 900})
            page.goto("data:text/html,<p>empty")
            empty.append(page.evaluate("performance.now()") / 1000)
            page.close()
        print(f"empty page: {statistics.median(empty):.2f} s")
        for path in pages:
            runs = []
            for _ in range(3):
                page = browser.new_page(viewport={"width": 1440, "height": 900})
                page.goto(path.resolve().as_uri())
                page.wait_for_function("() => window.kgMap && window.kgMap.drawn", timeout=120_000)
                drawn = page.evaluate("window.kgMap.drawnAt") / 1000
                before = page.evaluate("JSON.stringify(window.kgMap.network.getPositions())")
                page.wait_for_timeout(300)
                after = page.evaluate("JSON.stringify(window.kgMap.network.getPositions())")
                labels = page.evaluate("window.kgMap.labels.length")
                shown = page.evaluate("window.kgMap.nodes.get({filter: n => !n.hidden}).length")
                runs.append((drawn, before == after, labels, shown))
                page.close()
            size = path.stat().st_size / 1e6
            median = statistics.median(r[0] for r in runs)
            print(
                f"{path}: {size:.1f} MB, drawn in {median:.2f} s (runs "
                f"{', '.join(f'{r[0]:.2f}' for r in runs)}), still: {all(r[1] for r in runs)}, "
                f"{runs[0][2]} labels at fit, {runs[0][3]} nodes shown"
            )
        browser.close()


def layout_figures() -> None:
    import render_fixtures as fx

    from kg.render.html import render_html
    from kg.render.layout import map_layout

    for n in (2_000, 20_000):
        G = fx.synthetic_graph(n)
        start = time.perf_counter()
        map_layout(G)
        layout = time.perf_counter() - start
        start = time.perf_counter()
        render_html(G, max_nodes=n)
        page = time.perf_counter() - start
        print(
            f"synthetic {n:,} nodes, {G.number_of_edges():,} edges: map_layout {layout:.2f} s, "
            f"render_html (all nodes) {page:.2f} s"
        )


if __name__ == "__main__":
    print(f"load average: {', '.join(f'{x:.1f}' for x in os.getloadavg())}")
    browser_figures([Path(a) for a in sys.argv[1:]])
    layout_figures()
