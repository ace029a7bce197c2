"""The Markdown page for wikis and its static picture."""

from __future__ import annotations

import re
import urllib.parse
import xml.etree.ElementTree as ET
from pathlib import Path

import networkx as nx
import pytest
import render_fixtures as fx
from markdown_it import MarkdownIt

from kg.render.pages import neighbourhood_svg
from kg.render.wiki import md, md_link, render_image, render_wiki, write_wiki


@pytest.fixture(scope="module")
def bhyve_page() -> str:
    return render_wiki(fx.bhyve_graph())


def rendered(page: str) -> str:
    """The page as a wiki that allows HTML would show it: the worst case."""
    return MarkdownIt("commonmark", {"html": True}).enable("table").render(page)


def test_write_wiki_writes_page_and_svg_beside_it(tmp_path: Path) -> None:
    page = write_wiki(fx.bhyve_graph(), tmp_path / "out" / "graph.md")
    assert page == tmp_path / "out" / "graph.md"
    assert sorted(p.name for p in page.parent.iterdir()) == ["graph", "graph.md", "graph.svg"]
    assert "![Map](graph.svg)" in page.read_text(encoding="utf-8")
    root = ET.fromstring(page.with_suffix(".svg").read_bytes())
    assert root.tag == "{http://www.w3.org/2000/svg}svg"


def test_write_wiki_is_byte_identical_twice(tmp_path: Path) -> None:
    a = write_wiki(fx.synthetic_graph(400), tmp_path / "a" / "graph.md")
    b = write_wiki(fx.synthetic_graph(400), tmp_path / "b" / "graph.md")
    assert a.read_bytes() == b.read_bytes()
    assert a.with_suffix(".svg").read_bytes() == b.with_suffix(".svg").read_bytes()
    assert b"<dc:date>" not in a.with_suffix(".svg").read_bytes()


def test_write_wiki_without_picture(tmp_path: Path) -> None:
    page = write_wiki(fx.bhyve_graph(), tmp_path / "graph.md", image=None, pages=False)
    assert [p.name for p in tmp_path.iterdir()] == ["graph.md"]
    assert "![" not in page.read_text(encoding="utf-8")


def test_write_wiki_png(tmp_path: Path) -> None:
    page = write_wiki(fx.bhyve_graph(), tmp_path / "graph.md", image="png")
    assert page.with_suffix(".png").read_bytes().startswith(b"\x89PNG")
    assert "![Map](graph.png)" in page.read_text(encoding="utf-8")


def test_write_wiki_rejects_unknown_image_format(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="image must be one of svg, png or None, not 'gif'"):
        write_wiki(fx.bhyve_graph(), tmp_path / "graph.md", image="gif")
    assert list(tmp_path.iterdir()) == []


def test_render_wiki_who_works_on_what(bhyve_page: str) -> None:
    assert (
        "| Chuck Tuffli | NVMe (2) | [D19904](https://reviews.freebsd.org/D19904), "
        "[D19905](https://reviews.freebsd.org/D19905) | 2 |"
    ) in bhyve_page
    assert "| John Baldwin | live migration (1), NVMe (1) | — | 2 |" in bhyve_page
    assert "| Patrick Mooney | if\\_bridge (1) | — | 1 |" in bhyve_page
    assert "| NVMe | Chuck Tuffli (2), John Baldwin (1) |" in bhyve_page


def test_render_wiki_references_and_meetings(bhyve_page: str) -> None:
    assert (
        "| [D19904](https://reviews.freebsd.org/D19904) | "
        "bhyve: Add Integrated Endpoint to PCIe Capability | Chuck Tuffli (1) | NVMe (1) | "
        "2019-05-23 |"
    ) in bhyve_page
    assert "| 2019-05-23 | bhyve weekly call | 4 | data/minutes/bhyve-2019-05-23.md |" in (
        bhyve_page
    )
    assert bhyve_page.index("| 2019-05-23 |") < bhyve_page.index("| 2019-06-20 |")


def test_render_wiki_tables_render_as_tables(bhyve_page: str) -> None:
    html = rendered(bhyve_page)
    assert html.count("<table>") == 4
    assert '<a href="https://reviews.freebsd.org/D19904">D19904</a>' in html


def test_render_wiki_neutralises_hostile_text() -> None:
    page = render_wiki(fx.hostile_graph(), image=None)
    html = rendered(page)
    assert "<script" not in html and "<img" not in html and "<b>" not in html
    assert (
        re.findall(r'href="([^"]*)"', html)
        == ["https://reviews.freebsd.org/D1?q=%22%3E%3Cscript%3Ealert%281%29%3C/script%3E"] * 2
    )
    assert "\u202e" not in page and "evil\\[U+202E\\]gnp.exe" in page
    # Every row has as many cells as its table's header: no | from the data splits a cell.
    columns = 0
    rows = 0
    for line in page.splitlines():
        if not line.startswith("|"):
            columns = 0
            continue
        cells = len(re.split(r"(?<!\\)\|", line))
        if columns == 0:
            columns = cells
        assert cells == columns, line
        rows += 1
    assert rows > 10


def test_render_wiki_truncates_long_names() -> None:
    page = render_wiki(fx.hostile_graph())
    assert max(len(line) for line in page.splitlines()) < 600
    assert "Ωmega xxx" in page


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("plain", "plain"),
        ("a|b", "a\\|b"),
        ("[x](y)", "\\[x\\](y)"),
        ("<b>", "\\<b\\>"),
        ("`c`", "\\`c\\`"),
        ("&lt;", "&amp;lt;"),
        ("two\nlines", "two lines"),
        ("x" * 100, "x" * 79 + "…"),
    ],
)
def test_md_escapes(value: str, expected: str) -> None:
    assert md(value) == expected


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://reviews.freebsd.org/D19904", "[t](https://reviews.freebsd.org/D19904)"),
        ("http://x.org/a)b", "[t](http://x.org/a%29b)"),
        ("javascript:alert(1)", "t"),
        ("data:text/html,x", "t"),
        ("//x.org/a", "t"),
        ("", "t"),
        (None, "t"),
    ],
)
def test_md_link_only_http(url: str | None, expected: str) -> None:
    assert md_link("t", url) == expected


def test_render_image_svg_text_is_escaped() -> None:
    svg = render_image(fx.hostile_graph())
    root = ET.fromstring(svg)  # well-formed: nothing from the minutes broke out
    assert not root.findall(".//{http://www.w3.org/2000/svg}script")
    assert b"<script>" not in svg and b"onerror=alert(1)>" not in svg
    assert b"&lt;script&gt;alert(1)&lt;/script&gt;" in svg


def test_render_image_of_an_empty_graph() -> None:
    assert render_image(nx.Graph()).startswith(b"<?xml")


# ----------------------------------------------------------------------------- the pages


def test_write_wiki_writes_a_page_per_person_and_topic(tmp_path: Path) -> None:
    G = fx.bhyve_graph()
    index = write_wiki(G, tmp_path / "wiki.md")
    pages = sorted(
        p.relative_to(tmp_path / "wiki").as_posix() for p in (tmp_path / "wiki").rglob("*.md")
    )
    who = [n for n, d in G.nodes(data=True) if d["kind"] in ("person", "topic")]
    assert len(pages) == len(who)
    assert "topics/nvme.md" in pages and "people/chuck-tuffli.md" in pages
    text = index.read_text(encoding="utf-8")
    assert "| [Chuck Tuffli](wiki/people/chuck-tuffli.md) |" in text
    assert "| [NVMe](wiki/topics/nvme.md) |" in text


def test_wiki_topic_page_says_who_since_when_with_evidence_and_picture(tmp_path: Path) -> None:
    G = fx.bhyve_graph()
    G.graph["source_url"] = "https://github.com/o/r/blob/main/{path}#L{line}"
    write_wiki(G, tmp_path / "wiki.md")
    page = (tmp_path / "wiki" / "topics" / "nvme.md").read_text(encoding="utf-8")
    assert page.startswith("# NVMe\n")
    assert "[Index](../../wiki.md)" in page
    assert "![The neighbourhood of NVMe](nvme.svg)" in page
    assert "| [Chuck Tuffli](../people/chuck-tuffli.md) | 2019-05-23 |" in page
    assert (
        "[data/minutes/bhyve-2019-05-23.md:12]"
        "(https://github.com/o/r/blob/main/data/minutes/bhyve-2019-05-23.md#L12)"
    ) in page
    assert fx.CHUCK_NVME_TEXT.replace("_", "\\_") in page or fx.CHUCK_NVME_TEXT in page
    svg = ET.fromstring((tmp_path / "wiki" / "topics" / "nvme.svg").read_bytes())
    texts = [t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")]
    assert "NVMe" in texts and "Chuck Tuffli" in texts


def test_wiki_pages_link_to_pages_that_exist(tmp_path: Path) -> None:
    write_wiki(fx.synthetic_graph(300), tmp_path / "wiki.md")
    checked = 0
    for page in [tmp_path / "wiki.md", *(tmp_path / "wiki").rglob("*.md")]:
        html = MarkdownIt("commonmark").enable("table").render(page.read_text(encoding="utf-8"))
        for target in re.findall(r'(?:href|src)="([^"]+)"', html):
            if target.startswith("https://"):
                continue
            path = urllib.parse.unquote(target)
            assert (page.parent / path).resolve().is_file(), (page, target)
            checked += 1
    assert checked > 300


def test_wiki_pages_neutralise_hostile_text(tmp_path: Path) -> None:
    write_wiki(fx.hostile_graph(), tmp_path / "wiki.md")
    for page in [p for p in (tmp_path / "wiki").rglob("*") if p.is_file()]:
        text = page.read_text(encoding="utf-8")
        if page.suffix == ".md":
            html = rendered(text)
            assert "<script" not in html and "<b>" not in html, page
            images = re.findall(r"<img [^>]*>", html)
            assert images == [
                re.search(r'<img src="[a-z0-9%A-F_-]+\.svg" alt="[^"<>]*" />', html)[0]
            ]
            assert "javascript:" not in re.sub(
                r"\\.", "", " ".join(re.findall(r'href="([^"]*)"', html))
            )
        else:
            root = ET.fromstring(text)  # well-formed: every text escaped
            assert not root.findall(".//{http://www.w3.org/2000/svg}script")
        assert "\u202e" not in text


def test_wiki_pages_are_byte_identical_and_replace_the_old_ones(tmp_path: Path) -> None:
    write_wiki(fx.synthetic_graph(300), tmp_path / "a.md")
    first = {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")}
    (tmp_path / "a" / "people" / "stale.md").write_text("old", encoding="utf-8")
    write_wiki(fx.synthetic_graph(300), tmp_path / "a.md")
    assert {p.relative_to(tmp_path): p.read_bytes() for p in (tmp_path / "a").rglob("*.*")} == first
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_neighbourhood_svg_labels_every_neighbour_it_draws() -> None:
    G = fx.bhyve_graph()
    svg = ET.fromstring(neighbourhood_svg(G, "topic:live-migration"))
    texts = {t.text for t in svg.iter("{http://www.w3.org/2000/svg}text")}
    labels = {
        G.nodes[n]["label"]
        for n in G.adj["topic:live-migration"]
        if G.nodes[n]["kind"] != "meeting"
    }
    assert texts == labels | {"live migration"}


def _help(*args: str) -> str:
    from click.testing import CliRunner

    from kg.cli import main

    return " ".join(CliRunner().invoke(main, [*args, "--help"], terminal_width=2000).output.split())


def test_render_wiki_help_says_it_writes_a_folder_of_pages() -> None:
    wiki = _help("wiki")
    assert "a page per person and per topic" in wiki
    assert "static wiki page" not in wiki  # it is a folder of pages now
    build = _help("build").split("Options:", 1)[1]
    out = build.split("--out", 1)[1].split("--", 1)[0]
    assert "wiki.md" in out and "wiki/" in out
    no_html = build.split("--no-html", 1)[1].split("--", 1)[0]
    assert "graph.html" in no_html and "wiki.md" in no_html and "wiki/" in no_html


def _named_graph() -> nx.Graph:
    """Ids that say little (the resolver's keys), labels that say what a reader looks for."""
    G = nx.Graph()
    nodes = [
        ("topic:smarto", "topic", "SmartOS"),
        ("topic:commonj", "topic", "CommonJS"),
        ("topic:c", "topic", "C++"),
        ("topic:c-lang", "topic", "C"),
        ("topic:nodejs", "topic", "Node.js"),
        ("person:page", "person", "Сковорода Никита Андреевич"),
        ("person:ann", "person", "Ann Lee"),
        ("person:ann-2", "person", "ANN LEE"),
        ("person:empty", "person", "???"),
    ]
    for nid, kind, label in nodes:
        G.add_node(nid, kind=kind, label=label)
    for nid, kind, _ in nodes:
        if kind == "person":
            for topic in ("topic:smarto", "topic:c", "topic:c-lang"):
                G.add_edge(nid, topic, relation="works_on", weight=1.0, count=1)
    return G


def test_wiki_pages_are_named_after_their_labels() -> None:
    from kg.render.pages import page_names

    names = page_names(_named_graph())
    assert names["topic:smarto"] == "topics/smartos.md"
    assert names["topic:commonj"] == "topics/commonjs.md"
    assert names["topic:nodejs"] == "topics/node-js.md"
    assert names["person:page"] == "people/сковорода-никита-андреевич.md"
    assert names["person:ann"] == "people/ann-lee.md"
    # the same slug twice: the second by id gets a number; unique ignoring case
    assert {names["topic:c"], names["topic:c-lang"]} == {"topics/c.md", "topics/c-2.md"}
    assert names["person:ann-2"] == "people/ann-lee-2.md"
    assert len({n.casefold() for n in names.values()}) == len(names)
    assert names["person:empty"].startswith("people/") and names["person:empty"].endswith(".md")
    # stable: the same names whatever order the graph was built in
    G = _named_graph()
    shuffled = nx.Graph()
    shuffled.add_nodes_from(reversed(list(G.nodes(data=True))))
    shuffled.add_edges_from(G.edges(data=True))
    assert page_names(shuffled) == names


def test_wiki_pages_named_after_labels_link_to_pages_that_exist(tmp_path: Path) -> None:
    write_wiki(_named_graph(), tmp_path / "wiki.md")
    assert (tmp_path / "wiki" / "topics" / "smartos.md").is_file()
    assert (tmp_path / "wiki" / "people" / "сковорода-никита-андреевич.svg").is_file()
    checked = 0
    for page in [tmp_path / "wiki.md", *(tmp_path / "wiki").rglob("*.md")]:
        html = MarkdownIt("commonmark").enable("table").render(page.read_text(encoding="utf-8"))
        for target in re.findall(r'(?:href|src)="([^"]+)"', html):
            assert (page.parent / urllib.parse.unquote(target)).resolve().is_file(), (page, target)
            checked += 1
    assert checked > 20
