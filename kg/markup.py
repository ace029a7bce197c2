"""Minutes written in other wiki markups (MediaWiki, AsciiDoc), rewritten as Markdown.

The rewrite keeps the number of lines, so what kg finds still points at the line of the file it
was read from (a table's rows move up to its first line, which Markdown needs them together).

>>> print(to_markdown("== Attendees ==\\n* [[User:Tembo|Baraka Tembo]]\\n== NVMe ==\\n'''Owner:''' Ann"))
## Attendees
- Baraka Tembo
## NVMe
**Owner:** Ann
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# -- MediaWiki -------------------------------------------------------------------------------
_WIKI_HEADING = re.compile(r"^(={1,6})[ \t]*([^=\n].*?)[ \t]*\1[ \t]*$", re.M)
_WIKI_LIST = re.compile(r"^([*#:;]+)[ \t]*")
_WIKI_BOLD = re.compile(r"'''(.+?)'''")
_WIKI_ITALIC = re.compile(r"''(.+?)''")
_WIKI_CATEGORY = re.compile(r"\[\[(?:Category|File|Image):[^\]]*\]\]", re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]|]+)\]\]")
_WIKI_USER = re.compile(r"^(?:User|Special|Talk|User talk):", re.I)
_WIKI_URL = re.compile(r"\[(https?://[^\s\]]+)[ \t]+([^\]]+)\]")
_WIKI_ACTION = re.compile(
    r"\{\{[ \t]*(?:action|action item|ai|todo|task)[ \t]*\|([^|{}]+)\|([^{}]+)\}\}", re.I
)
_WIKI_BUG = re.compile(
    r"\{\{[ \t]*(bug|issue|pr|cve|rfc|pep)[ \t]*\|[ \t]*([\w.-]+)[ \t]*\}\}", re.I
)
_WIKI_ONE = re.compile(r"\{\{[ \t]*[\w .-]+\|([^|{}=]+)\}\}")  # "{{date|2024-12-02}}"
_WIKI_TEMPLATE = re.compile(r"\{\{[^{}]*\}\}")
_WIKI_MAGIC = re.compile(r"__[A-Z]+__")
_WIKI_CODE = re.compile(r"</?(?:code|tt|kbd)>")


def _mediawiki_inline(line: str) -> str:
    line = _WIKI_ACTION.sub(lambda m: f"ACTION ({m.group(1).strip()}): {m.group(2).strip()}", line)
    line = _WIKI_BUG.sub(lambda m: f"{m.group(1)} {m.group(2)}", line)
    while (shorter := _WIKI_ONE.sub(r"\1", line)) != line:
        line = shorter
    line = _WIKI_TEMPLATE.sub("", line)
    line = _WIKI_CATEGORY.sub("", line)
    line = _WIKI_LINK.sub(lambda m: _WIKI_USER.sub("", m.group(1)), line)
    line = _WIKI_URL.sub(r"[\2](\1)", line)
    line = _WIKI_BOLD.sub(r"**\1**", line)
    line = _WIKI_ITALIC.sub(r"*\1*", line)
    return _WIKI_CODE.sub("`", _WIKI_MAGIC.sub("", line))


def _tables(lines: list[str], opens: str, closes: str) -> Iterator[tuple[bool, list[str]]]:
    """(True, a table's lines) for each table from a line opening with ``opens`` to one opening
    with ``closes``, and (False, [line]) for every other line, in order."""
    i = 0
    while i < len(lines):
        if lines[i].strip().startswith(opens):
            end = next(
                (j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(closes)), -1
            )
            if end > 0:
                yield True, lines[i : end + 1]
                i = end + 1
                continue
        yield False, [lines[i]]
        i += 1


def _markdown_table(table: list[list[str]], lines: int) -> list[str]:
    """Rows of cells (the first the header) as Markdown table lines, padded with empty lines to
    ``lines`` (the source table's): Markdown needs a table's rows together."""
    width = max((len(row) for row in table), default=0)
    out: list[str] = []
    for i, row in enumerate(table):
        out.append("| " + " | ".join(row + [""] * (width - len(row))) + " |")
        if i == 0:
            out.append("|" + "---|" * width)
    return out[:lines] + [""] * (lines - len(out))


def _wiki_table(rows: list[str]) -> list[str]:
    """A ``{| ... |}`` table's lines as Markdown table lines (as many lines as it had)."""
    cells: list[list[str]] = []
    header = False
    for line in rows[1:-1]:
        text = line.strip()
        if text.startswith("|-") or text.startswith("|+") or not text:
            if cells and cells[-1]:
                cells.append([])
            continue
        if not cells:
            cells.append([])
        if text.startswith("!"):
            header = header or len(cells) == 1
            parts = re.split(r"!!|\|\|", text[1:])
        else:
            parts = re.split(r"\|\|", text[1:])
        cells[-1].extend(
            _mediawiki_inline(p.split("|")[-1] if "=" in p.split("|")[0] else p).strip()
            for p in parts
        )
    cells = [c for c in cells if c]
    if cells and not header:
        cells.insert(0, [""] * max(len(c) for c in cells))
    return _markdown_table(cells, len(rows))


def _mediawiki(text: str) -> str:
    out: list[str] = []
    for table, chunk in _tables(text.split("\n"), "{|", "|}"):
        if table:
            out.extend(_wiki_table(chunk))
            continue
        line = chunk[0]
        heading = _WIKI_HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            out.append("#" * level + " " + _mediawiki_inline(heading.group(2)))
        else:
            marks = _WIKI_LIST.match(line)
            if marks and marks.group(1)[-1] in "*#":
                depth = len(marks.group(1))
                bullet = "1." if marks.group(1)[-1] == "#" else "-"
                line = "  " * (depth - 1) + bullet + " " + line[marks.end() :]
            elif marks:  # ":" indents, ";" a term: plain text
                line = line[marks.end() :]
            out.append(_mediawiki_inline(line))
    return "\n".join(out)


# -- AsciiDoc --------------------------------------------------------------------------------
_ADOC_HEADING = re.compile(r"^(={1,6})[ \t]+(\S.*)$")
_ADOC_ATTRIBUTE = re.compile(r"^:([\w-]+):[ \t]*(.*)$")
_ADOC_BLOCK_ATTRS = re.compile(r"^\[[^\]]*\][ \t]*$|^toc::\[\][ \t]*$|^ifdef::.*$|^endif::.*$")
_ADOC_LINK = re.compile(r"(?:link:)?((?:https?://|\{[\w-]+\})[^\s\[]*)\[([^\]]*)\]")
_ADOC_REF = re.compile(r"\{([\w-]+)\}")


def _adoc_table(rows: list[str]) -> list[str]:
    """A ``|===`` table's lines as Markdown table lines (as many lines as it had)."""
    body = rows[1:-1]
    first = next((r for r in body if r.strip()), "")
    width = first.count("|")
    cells = [c.strip() for r in body for c in r.split("|")[1:]]
    if width < 2 or not cells:
        return rows
    return _markdown_table([cells[k : k + width] for k in range(0, len(cells), width)], len(rows))


def _asciidoc(text: str) -> str:
    lines = text.split("\n")
    attributes: dict[str, str] = {}
    out: list[str] = []
    for table, chunk in _tables(lines, "|===", "|==="):
        if table:
            out.extend(_adoc_table(chunk))
            continue
        line = chunk[0]
        attribute = _ADOC_ATTRIBUTE.match(line)
        if attribute:
            attributes[attribute.group(1)] = attribute.group(2).strip()
            out.append("")
        elif _ADOC_BLOCK_ATTRS.match(line):
            out.append("")
        elif line.strip() in ("----", "...."):
            out.append("```")
        else:
            heading = _ADOC_HEADING.match(line)
            if heading:
                line = "#" * len(heading.group(1)) + " " + heading.group(2)
            line = _ADOC_REF.sub(lambda m: attributes.get(m.group(1), m.group(0)), line)
            out.append(
                _ADOC_LINK.sub(lambda m: f"[{m.group(2) or m.group(1)}]({m.group(1)})", line)
            )
    return "\n".join(out)


def to_markdown(text: str) -> str:
    """``text`` as Markdown when it is written in MediaWiki or AsciiDoc markup, else as it is."""
    wiki = len(_WIKI_HEADING.findall(text))
    if wiki >= 2 and wiki > len(re.findall(r"^#{1,6} \S.*[^#\s]$", text, re.M)) // 2:
        return _mediawiki(text)
    head = [x for x in text.split("\n")[:8] if x.strip()]
    if head and re.match(r"= \S", head[0]) and re.search(r"^== \S", text, re.M):
        return _asciidoc(text)
    return text
