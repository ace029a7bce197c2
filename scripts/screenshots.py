"""Screenshots for the README: a built map, one of its focus views, and one wiki topic page.

    kg build ../shared/corpora/nodejs-tsc --out /tmp/tsc \
        --source-url 'https://github.com/nodejs/TSC/blob/0e35767c/{path}?plain=1#L{line}'
    python scripts/screenshots.py /tmp/tsc --focus "Joyee Cheung" --topic lts --name nodejs-tsc

writes docs/<name>-map.png, docs/<name>-focus.png and docs/<name>-wiki-topic.png, in Debian's
headless Chromium at 1440x900 (the wiki page rendered by markdown-it with GitHub-like styles).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from markdown_it import MarkdownIt
from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
STYLE = """body { font: 15px/1.5 -apple-system, "Segoe UI", system-ui, sans-serif; color: #1f2328;
  max-width: 980px; margin: 24px auto; }
table { border-collapse: collapse; } td, th { border: 1px solid #d0d7de; padding: 4px 10px; }
th { background: #f6f8fa; } a { color: #0969da; text-decoration: none; }
h1, h2 { border-bottom: 1px solid #d8dee4; padding-bottom: 4px; }
img { max-width: 100%; border: 1px solid #d0d7de; }"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="a folder written by kg build")
    parser.add_argument("--focus", required=True, help="the name to search for the focus view")
    parser.add_argument("--topic", required=True, help="the wiki topic page, e.g. lts")
    parser.add_argument("--name", required=True, help="prefix of the PNG files in docs/")
    args = parser.parse_args()
    docs = ROOT / "docs"
    page_md = args.out / "wiki" / "topics" / f"{args.topic}.md"
    preview = page_md.with_suffix(".preview.html")
    body = MarkdownIt("commonmark").enable("table").render(page_md.read_text(encoding="utf-8"))
    preview.write_text(f"<!doctype html><meta charset=utf-8><style>{STYLE}</style>{body}", "utf-8")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": 1440, "height": 900})
        page.goto((args.out / "graph.html").resolve().as_uri())
        page.wait_for_function("() => window.kgMap && window.kgMap.drawn", timeout=120_000)
        page.screenshot(path=str(docs / f"{args.name}-map.png"))
        page.fill("#kg-search", args.focus)
        page.press("#kg-search", "Enter")
        page.wait_for_timeout(300)
        page.screenshot(path=str(docs / f"{args.name}-focus.png"))
        page.set_viewport_size({"width": 1100, "height": 1000})
        page.goto(preview.resolve().as_uri())
        page.wait_for_timeout(300)
        page.screenshot(path=str(docs / f"{args.name}-wiki-topic.png"))
        browser.close()
    preview.unlink()


if __name__ == "__main__":
    main()
