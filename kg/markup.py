"""Minutes written in other markups (MediaWiki, DokuWiki, Textile and Confluence, TWiki,
AsciiDoc, LaTeX), with pandoc's grid tables, or as a transcript (WebVTT captions, "Name  0:03"
over each turn, "[Name] ..." lines), rewritten as Markdown.

The rewrite keeps the number of lines, so what kg finds still points at the line of the file it
was read from (a table's rows move up to its first line, which Markdown needs them together; a
table right under a line of text, with no blank line to hold its separator, moves the lines
below it down by one).

>>> print(to_markdown("== Attendees ==\\n* [[User:Tembo|Baraka Tembo]]\\n== NVMe ==\\n'''Owner:''' Ann"))
## Attendees
- Baraka Tembo
## NVMe
**Owner:** Ann
"""

from __future__ import annotations

import csv
import html
import io
import itertools
import re
from collections import Counter
from collections.abc import Callable, Iterator

from .names import (
    PARTICLES,
    given_name_last,
    initials_of,
    is_english_word,
    is_given_name,
    is_handle,
    is_name_word,
    word_frequency,
)

PARTICLE_WORDS = PARTICLES | {"ó", "ní", "mac", "mc", "bin", "binti", "al", "el"}

# -- MediaWiki -------------------------------------------------------------------------------
_WIKI_HEADING = re.compile(r"^(={1,6})[ \t]*([^=\n].*?)[ \t]*\1[ \t]*$", re.M)
_WIKI_LIST = re.compile(r"^([*#:;]+)[ \t]*")
_WIKI_BOLD = re.compile(r"'''(.+?)'''")
_WIKI_ITALIC = re.compile(r"''(.+?)''")
_WIKI_CATEGORY = re.compile(r"\[\[(?:Category|File|Image):[^\]]*\]\]", re.I)
_WIKI_LINK = re.compile(r"\[\[(?:[^|\]]*\|)?([^\]|]+)\]\]")
# MoinMoin's "[[https://... | text]]": a link, its text and address kept
_WIKI_URL_LINK = re.compile(r"\[\[(https?://[^|\]\s]+)\s*\|\s*([^\]|]+)\]\]")
# MoinMoin's processing lines ("## a comment", "#title ...", "#format wiki"), its macros
# ("<<TableOfContents(2)>>") and category tags at the page's end
_MOIN_LINE = re.compile(
    r"^(?:##.*|#(?:title|format|pragma|acl|language|redirect|refresh|deprecated)\b.*"
    r"|(?:Category\w+\s*)+)$",
    re.I,
)
_MOIN_MACRO = re.compile(r"<<[A-Za-z][^<>]*>>")
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


# "[[User:Bartw|Bartosz Wróblewski]]", "[[User:Qamar-dev]]": a user's page, named by its login
_WIKI_USER_LINK = re.compile(
    r"\[\[[ \t]*User:[ \t]*([^|\]\s][^|\]]*?)[ \t]*(?:\|([^\]|]+))?\]\]", re.I
)


def _wiki_user(m: re.Match[str]) -> str:
    """A user's link as the name it shows ("Bartosz Wróblewski"), or as a handle ("@Qamar-dev")
    where the login is all it shows."""
    login, shown = m.group(1).strip().replace(" ", "_"), (m.group(2) or "").strip()
    if not shown or shown.replace(" ", "_").lower() == login.lower():
        return f"@{login}"
    return shown


def _mediawiki_inline(line: str) -> str:
    line = _WIKI_ACTION.sub(lambda m: f"ACTION ({m.group(1).strip()}): {m.group(2).strip()}", line)
    line = _WIKI_BUG.sub(lambda m: f"{m.group(1)} {m.group(2)}", line)
    while (shorter := _WIKI_ONE.sub(r"\1", line)) != line:
        line = shorter
    line = _WIKI_TEMPLATE.sub("", line)
    line = _WIKI_CATEGORY.sub("", line)
    line = _WIKI_URL_LINK.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1)})", line)
    line = _WIKI_USER_LINK.sub(_wiki_user, line)
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


def _row(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def _rule(width: int) -> str:
    """The line under a Markdown table's head."""
    return "|" + "---|" * width


def _table_head(out: list[str], cells: list[str]) -> None:
    """A table's head and its rule at the end of ``out``: the head takes the blank line above it
    when there is one (the count of lines kept), else the lines below move down by one."""
    if out and not out[-1].strip():
        out[-1] = _row(cells)
    else:
        out.append(_row(cells))
    out.append(_rule(len(cells)))


def _item(depth: int, numbered: bool, rest: str) -> str:
    """A list item of a wiki's markup as Markdown's, nested ``depth`` levels (1: the top)."""
    return "  " * max(depth - 1, 0) + ("1." if numbered else "-") + " " + rest


def _link(target: str, label: str, page: Callable[[str], str] = str) -> str:
    """A wiki's link as Markdown: a URL with its label, or the words of a page's name."""
    if target.startswith(("http://", "https://")):
        return f"[{label or target}]({target})"
    return label or page(target)


# "*bold*" in Textile, Confluence and TWiki
_STAR_BOLD = re.compile(r"(?<![\w*])\*(?=\S)([^*\n]*?\S)\*(?![\w*])")


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


def _one_cell(rows: list[str]) -> bool:
    """Whether a ``{| ... |}`` table is a box: a single cell, however many lines it holds."""
    cells = [
        x.strip()
        for x in rows[1:-1]
        if x.strip().startswith(("|", "!")) and not x.strip().startswith(("|-", "|+"))
    ]
    return len(cells) <= 1 and not any("||" in c or "!!" in c for c in cells)


def _wiki_box(rows: list[str]) -> list[str]:
    """A one-cell table's lines as the page's own (as many lines as it had): its caption a line
    of its own, its lists lists, and a line after a list apart from it (not the last item's)."""
    inner = [
        _mediawiki_inline(x.strip()[2:]) if x.strip().startswith("|+") else x
        for x in rows[1:-1]
        if x.strip() not in ("|", "|-")
    ]
    spare = len(rows) - len(inner) - 1
    out = [""]
    for line in _mediawiki("\n".join(inner)).split("\n"):
        listed = _MD_ITEM.match(out[-1]) is not None
        if spare > 0 and listed and line.strip() and not _MD_ITEM.match(line):
            out.append("")
            spare -= 1
        out.append(line)
    return out + [""] * (len(rows) - len(out))


_MD_ITEM = re.compile(r"[ \t]*(?:-|\d+\.)[ \t]")


def _mediawiki(text: str) -> str:
    out: list[str] = []
    for table, chunk in _tables(text.split("\n"), "{|", "|}"):
        if table and _one_cell(chunk):
            # a box around a closing summary ("{| class=... |+ Summary ... |}"): one cell, its
            # lists and lines read as the page's own, its caption a line of its own
            out.extend(_wiki_box(chunk))
            continue
        if table:
            out.extend(_wiki_table(chunk))
            continue
        line = _MOIN_MACRO.sub("", chunk[0])
        if _MOIN_LINE.match(line):
            out.append("")
            continue
        heading = _WIKI_HEADING.match(line)
        if heading:
            level = len(heading.group(1))
            out.append("#" * level + " " + _mediawiki_inline(heading.group(2)))
        else:
            marks = _WIKI_LIST.match(line)
            if marks and marks.group(1)[-1] in "*#":
                line = _item(len(marks.group(1)), marks.group(1)[-1] == "#", line[marks.end() :])
            elif marks:  # ":" indents, ";" a term: plain text
                line = line[marks.end() :]
            out.append(_mediawiki_inline(line))
    return "\n".join(out)


# -- TWiki / Foswiki -------------------------------------------------------------------------
_TWIKI_HEADING = re.compile(r"^---(\++)(?:!!)?[ \t]*(.*)$")
_TWIKI_LIST = re.compile(r"^((?:   )+)(\*|\d+\.?)[ \t]+")
_TWIKI_MACRO = re.compile(r"%[A-Z][A-Z0-9_]*(?::[A-Z0-9_]+)?(?:\{[^{}]*\})?%")
_TWIKI_LINK = re.compile(r"\[\[([^\]\[]+)\](?:\[([^\]\[]+)\])?\]")
_TWIKI_USER = re.compile(r"\bMain\.(?!WikiGuest\b)([A-Z][a-z]+(?:[A-Z][a-z]+)+)\b")
_WIKI_WORD = re.compile(r"(?<![\w.])([A-Z][a-z]+(?:[A-Z][a-z]+)+)(?![\w.])")
_TWIKI_FIXED = re.compile(r"(?<![\w=])=(?=\S)([^=\n]*?\S)=(?![\w=])")


def is_twiki(text: str) -> bool:
    """Whether ``text`` is a TWiki or Foswiki topic: two or more "---++ Heading" lines."""
    return "---+" in text and len(re.findall(r"^---\++", text, re.M)) >= 2


def _camel_name(word: str) -> str:
    return " ".join(re.findall(r"[A-Z][a-z]+", word))


def _twiki(text: str) -> str:
    """TWiki as Markdown: "---++" headings by their signs, lists indented three spaces a level,
    *bold* and =fixed= text, [[link][text]] links, %MACROS% dropped, and the people its users'
    pages name ("Main.JaneDoe", or "JaneDoe" where the page also writes "Main.JaneDoe") by name."""
    users = set(_TWIKI_USER.findall(text))

    def person(m: re.Match[str]) -> str:
        return _camel_name(m.group(1)) if m.group(1) in users else m.group(0)

    def inline(line: str) -> str:
        line = _TWIKI_LINK.sub(
            lambda m: _link(m.group(1).strip(), (m.group(2) or "").strip()), line
        )
        line = _TWIKI_USER.sub(lambda m: _camel_name(m.group(1)), line)
        line = _WIKI_WORD.sub(person, line)
        return _STAR_BOLD.sub(r"**\1**", _TWIKI_FIXED.sub(r"`\1`", line))

    out: list[str] = []
    lines = text.split("\n")
    for k, raw in enumerate(lines):
        line = _TWIKI_MACRO.sub("", raw.rstrip())
        if not line.strip() and raw.strip():
            out.append("")
            continue
        heading = _TWIKI_HEADING.match(line)
        if heading:
            line = "#" * min(len(heading.group(1)), 6) + " " + heading.group(2)
        elif line.startswith("|") and line.endswith("|") and len(line) > 1:
            if not (k and lines[k - 1].strip().startswith("|")):  # the table's head
                _table_head(out, [inline(c.strip()) for c in line.strip("|").split("|")])
                continue
        else:
            marks = _TWIKI_LIST.match(line)
            if marks:
                depth = len(marks.group(1)) // 3
                line = _item(depth, marks.group(2) != "*", line[marks.end() :])
        out.append(inline(line))
    return "\n".join(out)


# -- LaTeX ----------------------------------------------------------------------------------
_LATEX_MARKS = re.compile(
    r"^[ \t]*\\(?:section|subsection|begin\{(?:itemize|enumerate)\}|item\b)", re.M
)
_LATEX_HEADING = re.compile(
    r"^[ \t]*\\(section|subsection|subsubsection|paragraph|title)\*?\{(.*?)\}"
    r"(?:\\label\{[^{}]*\})?[ \t]*(?:\\\\)?[ \t]*$"
)
_LATEX_ENV = re.compile(
    r"^[ \t]*\\(begin|end)\{(\w+\*?)\}(?:\{(?:[^{}]|\{[^{}]*\})*\}|\[[^\]]*\])*[ \t]*$"
)
_LATEX_DROP = re.compile(
    r"^[ \t]*(?:%.*|\\(?:documentclass|usepackage|maketitle|tableofcontents|hline|toprule"
    r"|midrule|bottomrule|newpage|clearpage)\b.*)$"
)
_LATEX_FIELD = re.compile(r"^[ \t]*\\(author|date)\{(.*)\}[ \t]*$")
_LATEX_INLINE = [
    (re.compile(r"\\href\{([^{}]*)\}\{([^{}]*)\}"), r"[\2](\1)"),
    (re.compile(r"\\url\{([^{}]*)\}"), r"\1"),
    (re.compile(r"\\textbf\{([^{}]*)\}"), r"**\1**"),
    (re.compile(r"\\(?:emph|textit)\{([^{}]*)\}"), r"*\1*"),
    (re.compile(r"\\texttt\{([^{}]*)\}"), r"`\1`"),
    (re.compile(r"\\verb\|([^|]*)\|"), r"`\1`"),
    (re.compile(r"\\(?:noindent|centering|[vh]space\*?\{[^{}]*\})[ \t]*"), ""),
    (re.compile(r"\\(?:large|Large|small|footnotesize|normalsize)\b[ \t]*"), ""),
    (re.compile(r"\$\\to\$|\\to\b"), "\u2192"),
    (re.compile(r"\\([#%&_$])"), r"\1"),
    (re.compile(r"(?<=[\w.,;:])~(?=[\w\\])"), " "),  # "Dr.~Lee"; not "~/repo", not "/~user"
    (re.compile(r"[ \t]*\\\\[ \t]*$"), ""),
    (re.compile(r"[ \t]*\\\\[ \t]*"), " "),  # a break inside a line: "...Committee\\ Minutes"
]


def is_latex(text: str) -> bool:
    """Whether ``text`` is LaTeX source: a document class or body, or three or more sections,
    lists and items opening lines where no Markdown fence is (a fenced sample in Markdown minutes
    is no LaTeX page)."""
    if "\\" not in text:
        return False
    if "\\documentclass" in text or "\\begin{document}" in text:
        return True
    return "```" not in text and "~~~" not in text and len(_LATEX_MARKS.findall(text[:20000])) >= 3


def _latex_inline(line: str) -> str:
    for _ in range(3):  # "\textbf{\href{...}{PR 12}}": the inner one first
        before = line
        for pattern, repl in _LATEX_INLINE:
            line = pattern.sub(repl, line)
        if line == before:
            break
    return re.sub(r"(?<=[\s\d])--(?=[\s\d])", "\u2013", line)  # "15:00--16:10", " -- "


def _latex(text: str) -> str:
    """LaTeX source as Markdown: sections as headings, itemize and enumerate as lists by their
    nesting, tabular rows as a table's, bold, emphasis, code and links as Markdown's; the
    preamble and comments dropped; one line for each line."""
    out: list[str] = []
    depth = 0
    table = -1  # the rows of a tabular seen so far (2: past its head); -1 outside one
    columns = 1
    for raw in text.split("\n"):
        env = _LATEX_ENV.match(raw)
        if env:
            name = env.group(2)
            if name in ("itemize", "enumerate", "description"):
                depth += 1 if env.group(1) == "begin" else -1
                depth = max(depth, 0)
            elif name.startswith("tabular"):
                table = 0 if env.group(1) == "begin" else -1
            out.append("")
            continue
        if _LATEX_DROP.match(raw):
            if table == 1 and re.match(r"[ \t]*\\(?:hline|midrule)", raw):
                out.append(_rule(columns))  # the rule under a table's head: its separator
                table = 2
            elif table == 2 and re.match(r"[ \t]*\\(?:hline|midrule|bottomrule)", raw):
                out.append(_row([""] * columns))  # a rule between rows: the table goes on
            else:
                out.append("")
            continue
        heading = _LATEX_HEADING.match(raw)
        if heading:
            level = {"title": 1, "section": 2, "subsection": 3}.get(heading.group(1), 4)
            out.append("#" * level + " " + _latex_inline(heading.group(2)))
            continue
        field = _LATEX_FIELD.match(raw)
        if field:
            out.append(f"{field.group(1).title()}: {_latex_inline(field.group(2))}")
            continue
        if table >= 0 and "&" in raw:
            cells = [_latex_inline(c.strip()) for c in re.split(r"(?<!\\)&", raw)]
            out.append(_row(cells))
            if table <= 0:
                table, columns = 1, len(cells)
            continue
        item = re.match(r"^[ \t]*\\item(?:\[([^\]]*)\])?[ \t]*", raw)
        if item:
            label = f"**{item.group(1)}** " if item.group(1) else ""
            line = _item(depth, False, label + raw[item.end() :])
        else:
            line = raw
        out.append(_latex_inline(line))
    return "\n".join(out)


# -- DokuWiki -------------------------------------------------------------------------------
_DOKU_LIST = re.compile(r"^((?:  )+)([*-])[ \t]+")  # "  * item", "    - item": two spaces a level
_DOKU_LINK = re.compile(r"\[\[([^|\]]*)(?:\|([^\]]*))?\]\]")
_DOKU_CODE = re.compile(r"''(.+?)''")
_DOKU_ITALIC = re.compile(r"(?<![:/])//(?=\S)((?:(?!//).){1,200}?)(?<=\S)//")
_DOKU_BLOCK = re.compile(r"^[ \t]*<(/?)(?:code|file)\b[^>]*>[ \t]*$")


def is_dokuwiki(text: str) -> bool:
    """Whether ``text`` is a DokuWiki page: "====== Title ======" headings (six signs are its
    top level, where MediaWiki's is one), or its "^ Head ^" tables beside wiki headings."""
    headings = _WIKI_HEADING.findall(text)
    if len(headings) < 2:
        return False
    return max(len(h[0]) for h in headings) >= 5 or bool(re.search(r"^\^ .* \^[ \t]*$", text, re.M))


def _dokuwiki_inline(line: str) -> str:
    line = _DOKU_LINK.sub(  # "[[meetings:2025-06-05|...]]": a page's name is after its namespace
        lambda m: _link(
            m.group(1).strip(), (m.group(2) or "").strip(), lambda p: p.rsplit(":", 1)[-1]
        ),
        line,
    )
    line = _DOKU_CODE.sub(r"`\1`", line)
    line = _DOKU_ITALIC.sub(r"*\1*", line)
    line = re.sub(r"</?del>", "~~", line)
    return re.sub(r"[ \t]*\\\\[ \t]*$", "", line)  # "\\\\" at a line's end: a break


def _dokuwiki(text: str) -> str:
    """DokuWiki as Markdown: headings by their signs (six the top level), "  * " and "  - " lists
    by their indent, "^ Head ^" / "| cell |" tables, ''code'', //italic//, [[links|labels]] and
    <code> blocks; one line for each line."""
    out: list[str] = []
    lines = text.split("\n")
    fenced = False
    for k, raw in enumerate(lines):
        line = raw.rstrip()
        block = _DOKU_BLOCK.match(line)
        if block:
            fenced = not block.group(1)
            out.append("```")
            continue
        if fenced:
            out.append(raw)
            continue
        heading = _WIKI_HEADING.match(line)
        if heading:
            level = max(1, 7 - len(heading.group(1)))
            out.append("#" * level + " " + _dokuwiki_inline(heading.group(2)))
            continue
        if line.startswith("^") and line.endswith("^"):
            _table_head(out, [_dokuwiki_inline(c.strip()) for c in line.strip("^").split("^")])
            continue
        if line.startswith("|") and line.endswith("|"):
            out.append(_dokuwiki_inline(line))
            continue
        marks = _DOKU_LIST.match(line)
        if marks:
            line = _item(len(marks.group(1)) // 2, marks.group(2) == "-", line[marks.end() :])
        elif (line.endswith("\\\\") or k and lines[k - 1].rstrip().endswith("\\\\")) and line.strip(
            " \\"
        ):
            line = "- " + line  # "**Chair:** Mariana \\\\": a line of its own, as an entry
        out.append(_dokuwiki_inline(line))
    return "\n".join(out)


# -- Textile (Redmine's and Trac's kin) ------------------------------------------------------
_TEXTILE_HEADING = re.compile(r"^h([1-6])\.[ \t]+(.*)$")
_TEXTILE_BLOCK = re.compile(r"^(?:p|bc|pre|bq|fn\d+)(?:\([^()]*\))?\.[ \t]+")
_TEXTILE_LIST = re.compile(r"^([*#]+)[ \t]+")
_TEXTILE_ITALIC = re.compile(r"(?<![\w_])_(?=\S)([^_\n]*?\S)_(?![\w_])")
_TEXTILE_CODE = re.compile(r"(?<![\w@])@(?=\S)([^@\n]*?\S)@(?![\w@])")
_TEXTILE_LINK = re.compile(r'"([^"\n]+)":(https?://[^\s<>"]*[^\s<>".,;:!?)])')
_TEXTILE_MACRO = re.compile(r"\{\{[^{}\n]*\}\}")
_TEXTILE_CELL_MARK = re.compile(r"^[ \t]*(?:_|[<>=^~]|\\\d+|/\d+)*\.[ \t]")


_CONFLUENCE_NAMED = re.compile(r"(?<=\w) \[~([\w.@-]{1,60})\]")  # "Aino Lehtonen [~ainol]"
_CONFLUENCE_USER = re.compile(r"\[~([\w.@-]+)\]")  # "[~ainol]": a user's mention
_CONFLUENCE_STATUS = re.compile(r"\{status:[^{}]*?title=([^|{}]*)[^{}]*\}")
_CONFLUENCE_MACRO = re.compile(r"\{(?:info|note|tip|warning|panel|quote|color)(?::[^{}]*)?\}")
_CONFLUENCE_LINK = re.compile(r"\[([^\[\]|]+)\|(https?://[^\]\s]+)\]")


def _confluence(line: str) -> str:
    """Confluence's wiki markup (Textile's kin) in a line: "[~user]", "{status:...|title=X}",
    "{info}", "[text|url]"."""
    if "{" in line or "[" in line:
        # "Aino Lehtonen [~ainol]": the name and its handle; "[~ainol]" alone: the handle
        line = _CONFLUENCE_NAMED.sub(r" (@\1)", line)
        line = _CONFLUENCE_USER.sub(r"@\1", line)
        line = _CONFLUENCE_STATUS.sub(lambda m: m.group(1).strip(), line)
        line = _CONFLUENCE_MACRO.sub("", line)
        line = _CONFLUENCE_LINK.sub(r"[\1](\2)", line)
    return line


def _textile_inline(line: str) -> str:
    line = _TEXTILE_MACRO.sub("", _confluence(line))
    line = _TEXTILE_LINK.sub(r"[\1](\2)", line)
    line = _WIKI_URL_LINK.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1)})", line)
    line = _WIKI_LINK.sub(lambda m: m.group(1).replace("_", " "), line)  # "[[Dev_Meeting]]"
    line = _TEXTILE_CODE.sub(r"`\1`", line)
    line = _STAR_BOLD.sub(r"**\1**", line)
    return _TEXTILE_ITALIC.sub(r"*\1*", line)


def _textile_cells(rows: list[str]) -> list[list[str]]:
    """A Textile table's rows as cells, Markdown's inline: its first row the head ("||Head||" in
    Confluence's markup, whose links and macros may hold a "|" of their own)."""
    rows = [_confluence(r) for r in rows]
    cells = [
        [
            _TEXTILE_CELL_MARK.sub("", c).strip()
            for c in (
                r.strip().strip("|").split("||")
                if r.strip().startswith("||")
                else r.strip()[1:-1].split("|")
            )
        ]
        for r in rows
    ]
    return [[_textile_inline(c) for c in row] for row in cells]


def is_textile(text: str) -> bool:
    """Whether ``text`` is written in Textile, as Redmine's and Confluence's wiki pages are:
    two or more "h2. Title" headings, and more of them than Markdown's headings (Textile's
    "# item" lines, one under another, are its numbered lists)."""
    if "h1." not in text and "h2." not in text and "h3." not in text:
        return False
    lines = text.split("\n")
    headings = sum(1 for x in lines if _TEXTILE_HEADING.match(x))
    markdown = sum(
        1
        for k, x in enumerate(lines)
        if re.match(r"#{1,6} \S", x)
        and not (k and lines[k - 1].startswith("# "))
        and not (k + 1 < len(lines) and lines[k + 1].startswith("# "))
    )
    return headings >= 2 and headings > markdown


def _textile(text: str) -> str:
    """Textile as Markdown: "h2. Title" headings, "*" and "#" lists by depth, "*bold*",
    "_italic_", "@code@", '"text":url' links, "|_. Head |" tables; "{{toc}}" macros dropped."""
    out: list[str] = []
    lines = text.split("\n")
    k = 0
    while k < len(lines):
        line = lines[k].rstrip()
        if line.startswith("|") and line.endswith("|") and len(line) > 1:
            end = k
            while (
                end < len(lines)
                and lines[end].strip().startswith("|")
                and lines[end].rstrip().endswith("|")
            ):
                end += 1
            head, *body = _textile_cells(lines[k:end])
            _table_head(out, head)
            out.extend(_row(row) for row in body)
            k = end
            continue
        heading = _TEXTILE_HEADING.match(line)
        if re.fullmatch(r"\{(?:code|noformat)(?::[^{}]*)?\}", line.strip()):
            line = "```"  # Confluence's code block opens or closes
        elif heading:
            line = "#" * int(heading.group(1)) + " " + _textile_inline(heading.group(2))
        else:
            line = _TEXTILE_BLOCK.sub("", line)
            marks = _TEXTILE_LIST.match(line)
            if marks:
                line = _item(len(marks.group(1)), marks.group(1)[-1] == "#", line[marks.end() :])
            line = _textile_inline(line)
        out.append(line)
        k += 1
    return "\n".join(out)


# -- BBCode (forum posts) -------------------------------------------------------------------
_BB_CLOSE = re.compile(r"\[/(?:b|i|u|s|url|list|quote|size|color|font|center|code)\]", re.I)
_BB_BOLD_LINE = re.compile(
    r"(?:\[(?:size|color|font)=[^\]]*\]|\[[bu]\])+(.{1,80}?)(?:\[/[^\]]+\])+", re.I
)
_BB_QUOTE = re.compile(r"\[quote(?:=\"?([^\]\"]{1,40})\"?)?\]", re.I)
# (bodies bounded: a tag never closed must not make a long line's reading quadratic)
_BB_URL = re.compile(
    r"\[url=([^\]\s]{1,500})\]([^\[]{0,300}?)\[/url\]|\[url\]([^\[\s]{1,500})\[/url\]", re.I
)
_BB_DROP = re.compile(
    r"\[/?(?:u|size|color|font|center|left|right|justify|indent|sup|sub|spoiler)(?:=[^\]]*)?\]"
    r"|\[img[^\]]{0,200}\][^\[]{0,500}\[/img\]|\[/quote\]",
    re.I,
)


_BB_BOLD = re.compile(r"\[b\]([^\n]{0,300}?)\[/b\]", re.I)
_BB_ITALIC = re.compile(r"\[i\]([^\n]{0,300}?)\[/i\]", re.I)
_BB_STRIKE = re.compile(r"\[s\]([^\n]{0,300}?)\[/s\]", re.I)


def is_bbcode(text: str) -> bool:
    """Whether ``text`` is a forum post in BBCode: three or more closing tags ("[/b]",
    "[/list]", "[/quote]")."""
    return "[/" in text and len(_BB_CLOSE.findall(text)) >= 3


def _bbcode_inline(line: str) -> str:
    line = _BB_URL.sub(lambda m: _link(m.group(1) or m.group(3), m.group(2) or ""), line)
    line = _BB_QUOTE.sub(lambda m: f"**{m.group(1)}:** " if m.group(1) else "", line)
    line = _BB_BOLD.sub(r"**\1**", line)
    line = _BB_ITALIC.sub(r"*\1*", line)
    line = _BB_STRIKE.sub(r"~~\1~~", line)
    return _BB_DROP.sub("", line)


def _bbcode(text: str) -> str:
    """A BBCode forum post as Markdown: a line all in bold ("[b]1. Vulkan backend[/b]") a
    heading, "[list]" items ("[*]") as list items, "[quote=name]" as that one's turn,
    "[url=...]" links, "[code]" blocks; sizes, colours and underlines dropped."""
    out: list[str] = []
    lists: list[bool] = []  # the open lists, numbered or not
    titled = code = False  # a title written yet; inside a "[code]" block
    for line in text.split("\n"):
        bare = line.strip()
        low = bare.lower()
        if low in ("[code]", "[/code]"):
            code = low == "[code]"
            out.append("```")
            continue
        if code:
            out.append(line)
            continue
        if re.fullmatch(r"\[list(?:=\w+)?\]", low):
            lists.append("=" in low)
            out.append("")
            continue
        if low == "[/list]":
            lists = lists[:-1]
            out.append("")
            continue
        if low == "[hr]":
            out.append("---")
            continue
        whole = _BB_BOLD_LINE.fullmatch(bare)
        if whole and "[" not in whole.group(1) and "[b]" in low:
            out.append(("### " if titled else "# ") + whole.group(1))
            titled = True
            continue
        if bare.startswith("[*]"):
            line = _item(len(lists) or 1, bool(lists and lists[-1]), bare[3:].strip())
        out.append(_bbcode_inline(line))
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


# -- pandoc's grid tables (a Word or LibreOffice document converted to Markdown) ------------------
_GRID_RULE = re.compile(r"^[ \t]*\+(?:[-=:]+\+)+[ \t]*$")


def _grid_tables(lines: list[str]) -> Iterator[tuple[bool, list[str]]]:
    """(True, a grid table's lines) for each ``+---+---+`` table, (False, [line]) for others."""
    i = 0
    while i < len(lines):
        if _GRID_RULE.match(lines[i]):
            end = i
            for j in range(i + 1, len(lines)):
                text = lines[j].strip()
                if _GRID_RULE.match(lines[j]):
                    end = j
                elif not text.startswith("|"):
                    break
            if end > i:
                yield True, lines[i : end + 1]
                i = end + 1
                continue
        yield False, [lines[i]]
        i += 1


def _grid_table(rows: list[str]) -> list[str]:
    """A grid table's lines as Markdown table lines (as many lines as it had): the columns are
    where the first rule has its ``+``, and a cell's lines (a row between two rules) are joined."""
    rule = rows[0]
    cuts = [k for k, c in enumerate(rule) if c == "+"]
    table: list[list[str]] = []
    cell_lines: list[list[str]] = []
    header = False
    for line in rows[1:]:
        if _GRID_RULE.match(line):
            if cell_lines:
                table.append([" ".join(" ".join(p).split()) for p in cell_lines])
                cell_lines = []
            header = header or ("=" in line and len(table) == 1)
            continue
        parts = [line[a + 1 : b] for a, b in itertools.pairwise(cuts)]
        if not cell_lines:
            cell_lines = [[] for _ in parts]
        for k, part in enumerate(parts[: len(cell_lines)]):
            cell_lines[k].append(part.strip().strip("|").strip())
    if table and not header:
        table.insert(0, [""] * len(table[0]))
    return _markdown_table(table, len(rows))


# a plain-text table: a header over a rule of dashes per column, rows below, up to a blank line
# a simple table's rule: pandoc's dashes, or reStructuredText's "=====  ====" (its lines above and
# below the table too)
# (a narrow column's rule may be two dashes, "--  ------  -----", where another's is longer)
_SIMPLE_RULE = re.compile(
    r"^[ \t]*(?:(?=[- \t]*---)-{2,}(?:[ \t]+-{2,})+|={3,}(?:[ \t]+={3,})+)[ \t]*$"
)


def _columns(line: str, spans: list[tuple[int, int]]) -> list[str]:
    """A fixed-width line cut where the rule's runs of dashes start."""
    starts = [a for a, _ in spans] + [len(line)]
    return [line[a:b].strip() for a, b in itertools.pairwise(starts)]


def _simple_tables(text: str) -> str:
    """``Name  Role  Present`` over ``----  ----  -------`` and rows: a Markdown table (as many
    lines as it had), its columns where the rule's dashes are."""
    lines = text.split("\n")
    k = 1
    while k < len(lines):
        if not (_SIMPLE_RULE.match(lines[k]) and lines[k - 1].strip()):
            k += 1
            continue
        if "=" in lines[k] and not (k >= 2 and _SIMPLE_RULE.match(lines[k - 2])):
            k += 1  # reStructuredText's table with no head row, or its rule under the rows:
            continue  # its rows stay lines
        spans = [m.span() for m in re.finditer(r"-+|=+", lines[k])]
        end = k + 1
        while end < len(lines) and lines[end].strip() and not _SIMPLE_RULE.match(lines[end]):
            end += 1
        if end < len(lines) and _SIMPLE_RULE.match(lines[end]) and "=" in lines[end]:
            lines[end] = ""  # reStructuredText's rule under the table
        if k >= 2 and _SIMPLE_RULE.match(lines[k - 2]) and "=" in lines[k - 2]:
            lines[k - 2] = ""  # ... and over it
        rows = [_columns(x, spans) for x in [lines[k - 1], *lines[k + 1 : end]]]
        lines[k - 1 : end] = _markdown_table(rows, end - k + 1)
        k = end + 1
    return "\n".join(lines)


def _grids(text: str) -> str:
    out: list[str] = []
    for table, chunk in _grid_tables(text.split("\n")):
        out.extend(_grid_table(chunk) if table else chunk)
    return "\n".join(out)


# -- reStructuredText: underlined titles, field lists, "#." lists, directives ------------------------
_RST_RULE = re.compile(r"^([=\-~^\"'`#*+])\1{2,}[ \t]*$")
_RST_FIELD = re.compile(r"^:([A-Z][^:\n`]{0,29}):[ \t]+(\S.*)$")
_RST_DIRECTIVE = re.compile(r"^\.\.[ \t]+([\w-]+)::[ \t]*(.*)$")
_RST_MARKS = re.compile(  # (a field's name capitalised: not an emoji's ":white_check_mark: CI")
    r"^\.\.[ \t]+[\w-]+::|^:[A-Z][^:\n`]{0,29}:[ \t]+\S|^#\.[ \t]|:[a-z]+:`[^`\n]+`", re.M
)


def _rst_titles(lines: list[str]) -> list[int]:
    """The lines that are section titles: text over a rule of one punctuation mark at least as
    long as the text (an overline of the same rule above it or not)."""
    return [
        k
        for k in range(len(lines) - 1)
        if lines[k].strip()
        and not _RST_RULE.match(lines[k])
        and (rule := _RST_RULE.match(lines[k + 1]))
        and len(lines[k + 1].rstrip()) >= len(lines[k].rstrip())
        and rule.group(1) * 3 in lines[k + 1]
    ]


def is_rst(text: str) -> bool:
    """reStructuredText: two or more underlined titles and its own marks (a field list, a
    directive, a role, a "#." list)."""
    if ":" not in text and "#." not in text or "```" in text or re.search(r"^#{1,6} ", text, re.M):
        return False  # Markdown's code fences or headings: Markdown
    marks = len(_RST_MARKS.findall(text))
    return marks >= 2 and len(_rst_titles(text.split("\n"))) >= 2


def _rst(text: str) -> str:
    lines = text.split("\n")
    levels: list[str] = []  # the rules in the order the document first uses them
    out = list(lines)
    for k in _rst_titles(lines):
        over = k > 0 and lines[k - 1].strip() == lines[k + 1].strip()
        style = ("o" if over else "") + lines[k + 1].strip()[0]
        if style not in levels:
            levels.append(style)
        out[k] = "#" * min(len(levels), levels.index(style) + 1, 6) + " " + lines[k].strip()
        out[k + 1] = ""
        if over:
            out[k - 1] = ""
    text = "\n".join(out)
    lines = []
    for line in text.split("\n"):
        field = _RST_FIELD.match(line)
        directive = _RST_DIRECTIVE.match(line.strip())
        if field:
            line = f"- {field.group(1)}: {field.group(2)}"  # ":Chair: Ifeoma Nwachukwu"
        elif directive:
            line = directive.group(2)  # ".. note:: ...": what the note says
        elif re.match(r"[ \t]*#\.[ \t]", line):
            line = line.replace("#.", "1.", 1)
        lines.append(line.replace("``", "`"))
    return "\n".join(lines)


# -- transcripts: WebVTT or SRT captions, and exports with "Name  0:03" over each turn ----------
_CUE_TIME = re.compile(r"^[ \t]*(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}[ \t]+-->[ \t]+\S.*$")
_CUE_VOICE = re.compile(r"<v(?:\.[\w.-]+)?[ \t]+([^>]{1,80})>(.*?)(?:</v>)?[ \t]*$")
_TURN_HEAD = re.compile(
    r"^([^\s:|#*>\-\[][^:\n]{0,60}?)"
    r"(?:[ \t]{2,}|[ \t]*[|\u00b7\u2022\u2014\u2013][ \t]*|[ \t]+-[ \t]+)"  # "Name  0:03", "Name — ..."
    r"\(?((?:\d{1,2}/\d{1,2}/\d{2,4},?[ \t]+|(?:Today|Yesterday)[ \t]+at[ \t]+)?"  # a date
    r"\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[AaPp]\.?[Mm]\.?)?)\)?[ \t]*$"
)
# what a chat adds to a display name: "Hana 🌸", "Vikram | GloamScript"
_DISPLAY_EXTRA = re.compile(r"[ \t]*\|.*$|[^\w\s.'\u2019()-]+")


def _voice(name: str, chat: bool = False) -> str:
    """The line that stands for a transcript's head: "Attendees: Name" for a full name (a voice
    in a transcript attended; the next line is its turn), else nothing."""
    words = name.split()
    if chat and len(words) == 1 and is_handle(name) and not is_english_word(name):
        return f"Attendees: {name}"  # "trang.dang  9:38 AM": a login heads her message
    return f"Attendees: {name}" if 2 <= len(words) <= 4 and all(map(is_name_word, words)) else ""


def _captions(lines: list[str]) -> list[str]:
    """WebVTT or SRT captions: cue numbers and times dropped, ``<v Name>text`` a turn."""
    out: list[str] = []
    for k, line in enumerate(lines):
        text = line.strip()
        voice = _CUE_VOICE.search(lines[k + 1]) if k + 1 < len(lines) else None
        if _CUE_TIME.match(line) or text == "WEBVTT":
            out.append(_voice(voice.group(1).strip()) if voice else "")
        elif text.isdigit() and k + 1 < len(lines) and _CUE_TIME.match(lines[k + 1]):
            out.append("")
        else:
            voice = _CUE_VOICE.search(line)
            out.append(f"**{voice.group(1).strip()}**: {voice.group(2)}" if voice else line)
    return out


_REACTIONS = re.compile(r"^[ \t]*(?::[\w+-]{1,40}:[ \t]*\d{1,4}[ \t]*)+$")  # ":tada: 7  :wave: 5"
_CHAT_OWN_LINE = re.compile(
    r"[-*+][ \t]|\d{1,2}[.)][ \t]|#{1,6}[ \t]|\*\*[^*\n]+\*\*\W*$|>|\|"
    r"|(?:present|attendees?|attendance|absent|regrets|participants)[ \t]*:",
    re.I,
)
_CHAT_BULLET = re.compile(r"^[ \t]*[\u2022\u25e6\u25aa\u2023][ \t]+")  # "• item", as chats write it


def _turn_heads(lines: list[str]) -> list[str]:
    """A transcript's "Anneliese Brückner  0:03" over what she said, or a chat export's
    "Tunde Bakare  9:20 AM" over his message (indented under the message it answers, in a
    thread): each line of it becomes her turn ("**Anneliese Brückner**: ..."), its "•" bullets
    items, its reactions (":+1: 2") dropped, when the minutes have three or more such heads."""
    heads: list[int] = []
    for k, line in enumerate(lines[:-1]):
        m = _TURN_HEAD.match(line.lstrip())
        if not m or not lines[k + 1].strip() or len(m.group(1).split()) > 4:
            continue
        if line[:1].isspace() and not any(not lines[h][:1].isspace() for h in heads):
            continue  # an indented head answers one above it (a thread): not "  triage 9:15"
        heads.append(k)
    if len(heads) < 3:
        return lines
    out = list(lines)
    starts = set(heads)
    for k in heads:
        head = _TURN_HEAD.match(lines[k].lstrip()).group(1)  # type: ignore[union-attr]
        name = " ".join(_DISPLAY_EXTRA.sub(" ", head).split()) or head.strip()
        # a login heads a chat's message, its time "9:38 AM" (not "standup  9:00", an agenda)
        clock = _TURN_HEAD.match(lines[k].lstrip()).group(2)  # type: ignore[union-attr]
        out[k] = _voice(name, chat=bool(re.search(r"[AaPp]\.?[Mm]\.?$", clock)))
        j = k + 1
        fenced = False
        while j < len(lines) and (lines[j].strip() or fenced) and j not in starts:
            line = lines[j].strip()
            if line.startswith("```"):
                fenced = not fenced
                out[j] = line
            elif fenced:
                out[j] = lines[j]  # code the message quotes, as it is
            elif _REACTIONS.match(line):
                out[j] = ""
            elif _CHAT_BULLET.match(line):
                out[j] = "- " + _CHAT_BULLET.sub("", line)
            elif _CHAT_OWN_LINE.match(line):
                # a list the message writes in Markdown, a title in bold, "present: ..." of the
                # notes it pins: its own lines, not one more turn
                out[j] = line
            else:
                out[j] = f"**{name}**: {line}"
            j += 1
    return out


_ENDS_IN_TIME = re.compile(r"\d:\d\d(?::\d\d)?(?:[ \t]*[AaPp]\.?[Mm]\.?)?\)?[ \t]*$", re.M)


# a transcript's "[Kemi] ok, recording is on": the speaker in brackets opens the line
_BRACKET_TURN = re.compile(r"^\[([^\W\d_][\w.'\u2019 -]{0,40}?)\][ \t]+(?=\S)", re.M)
BRACKET_TURNS = 5  # lines of that shape that make a transcript of the minutes ...
BRACKET_VOICES = 2  # ... when this many speakers open two or more of them each


def bracket_voices(text: str) -> frozenset[str]:
    """The speakers of a transcript whose lines open with them in brackets, "[Kemi] ok,
    recording is on", as a bot's or a cleaned-up transcript writes turns: the labels, when the
    minutes have several such lines at the left margin and several voices take two turns or
    more each, most of the lines given names' ("[Piotr]"; not a changelog's "[Frontend]",
    "[Infra]"). A tag of minutes ("[WIP]", "[DONE]", "[TOPIC]") or an English word is none.

    >>> sorted(bracket_voices("[Kemi] hi\\n[Piotr] yes\\n[Hoa] ok\\n[Piotr] no\\n[Hoa] go\\n[WIP] x"))
    ['Hoa', 'Kemi', 'Piotr']
    """
    if "\n[" not in text and not text.startswith("["):
        return frozenset()
    labels = Counter(m.group(1).strip() for m in _BRACKET_TURN.finditer(text))
    voices = {
        label
        for label in labels
        if len(label.split()) <= 3
        and all(is_name_word(w) or w.islower() and w.isascii() for w in label.split())
        and not any(word_frequency(w.lower()) >= 4.0 for w in label.split())
        and not label.isupper()
    }
    said = sum(labels[v] for v in voices)
    # most of the lines are given names' ("[Piotr]", "[Hoa]"), not a changelog's components
    # ("[Frontend]", "[Infra]", "[docs]")
    named = sum(labels[v] for v in voices if is_given_name(v.split()[0].title(), strict=False))
    if (
        said < BRACKET_TURNS
        or sum(1 for v in voices if labels[v] >= 2) < BRACKET_VOICES
        or 2 * named < said
    ):
        return frozenset()
    return frozenset(voices)


def _bracket_turns(text: str) -> str:
    """Each line of :func:`bracket_voices`' transcript becomes its speaker's turn, "**Kemi**:
    ok, ..."."""
    voices = bracket_voices(text)
    if not voices:
        return text

    def turn(m: re.Match[str]) -> str:
        label = m.group(1).strip()
        return f"**{label}**: " if label in voices else m.group(0)

    return _BRACKET_TURN.sub(turn, text)


# Zoom's saved chat: "10:02:33 From  Ana Lima  to  Everyone:" over the message, indented
_ZOOM_HEAD = re.compile(
    r"^(\d{1,2}:\d\d(?::\d\d)?)[ \t]+From[ \t]+(.+?)[ \t]+(?:to|To)[ \t]+(.+?)[ \t]*:[ \t]*(.*)$"
)
_DEVICE_NAME = re.compile(r"['\u2019]s[ \t]+(?:iPhone|iPad|Android|Galaxy|Pixel|phone|laptop)\b.*$")
ZOOM_HEADS = 3  # such lines that make the minutes a saved chat
_REACTION = re.compile(r"[ \t]*(?:Reacted to|Removed a .{1,20} reaction from|Replying to) ")


def _zoom_chat(text: str) -> str:
    """A saved Zoom chat as a transcript: each message its sender's turn ("Ana Lima  10:02:33"
    over it, as :func:`_turn_heads` reads), a reaction ("Reacted to ... with 👍") no one's turn,
    a phone's name ("Tomás's iPhone") its owner's."""
    lines = text.split("\n")
    heads = [k for k, x in enumerate(lines) if _ZOOM_HEAD.match(x)]
    if len(heads) < ZOOM_HEADS:
        return text
    for k in heads:
        m = _ZOOM_HEAD.match(lines[k])
        assert m is not None
        name = _DEVICE_NAME.sub("", m.group(2)).strip() or m.group(2).strip()
        following = lines[k + 1] if k + 1 < len(lines) else ""
        if _REACTION.match(m.group(4) or following):
            lines[k] = ""
            if not m.group(4):
                lines[k + 1] = ""
            continue
        if m.group(4):  # an older export: the message on the same line
            lines[k] = f"**{name}**: {m.group(4)}"
        else:
            lines[k] = f"{name}  {m.group(1)}"
    # the chat pasted in a code fence ("```" over its first line): the fence goes, the turns stay
    before = next((k for k in range(heads[0] - 1, -1, -1) if lines[k].strip()), -1)
    if before >= 0 and lines[before].strip() in ("```", "~~~"):
        after = next(
            (k for k in range(heads[-1] + 1, len(lines)) if lines[k].strip() in ("```", "~~~")),
            -1,
        )
        if after > 0:
            lines[before] = lines[after] = ""
    return "\n".join(lines)


def _transcript(text: str) -> str:
    if " From " in text:
        text = _zoom_chat(text)
    text = _bracket_turns(text)
    captions = "-->" in text
    if not captions and len(_ENDS_IN_TIME.findall(text)) < 3:
        return text  # most minutes: no captions and no "Name  0:03" heads
    lines = text.split("\n")
    if captions and sum(1 for x in lines if _CUE_TIME.match(x)) >= 3:
        lines = _captions(lines)
    return "\n".join(_turn_heads(lines))


# -- HTML left in a wiki's export: headings, tables, lists, links, emphasis --------------------
_HTML_MARK = re.compile(
    r"</?(?:h[1-6]|table|tr|td|th|ul|ol|li|p|br|b|strong|i|em|a|code|details)\b", re.I
)
_HTML_HEADING = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.I)
_HTML_LINK = re.compile(r"<a\b[^>]*?href=[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.I | re.S)
_HTML_INLINE = [
    (re.compile(r"</?(?:b|strong)\s*>", re.I), "**"),
    (re.compile(r"</?(?:i|em)\s*>", re.I), "*"),
    (re.compile(r"</?code\s*>", re.I), "`"),
    (re.compile(r"<li\b[^>]*>", re.I), "- "),
    (re.compile(r"<br\s*/?>|</?(?:p|ul|ol|li|details|summary|span|div)\b[^>]*>", re.I), " "),
]
_HTML_ROW = re.compile(r"<tr\b[^>]*>(.*?)</tr\s*>", re.I | re.S)
_HTML_CELL = re.compile(r"<t([hd])\b[^>]*>(.*?)</t[hd]\s*>", re.I | re.S)


def _html_inline(line: str) -> str:
    line = _HTML_HEADING.sub(lambda m: "#" * int(m.group(1)) + " " + m.group(2).strip(), line)
    line = _HTML_LINK.sub(lambda m: f"[{m.group(2).strip()}]({m.group(1)})", line)
    for pattern, mark in _HTML_INLINE:
        line = pattern.sub(mark, line)
    return html.unescape(line).replace("\u00a0", " ").rstrip()


def _html_table(rows: list[str]) -> list[str]:
    """A ``<table>``'s lines as Markdown table lines (as many lines as it had)."""
    table = [
        [_html_inline(c.group(2)).strip() for c in _HTML_CELL.finditer(r.group(1))]
        for r in _HTML_ROW.finditer("\n".join(rows))
    ]
    table = [r for r in table if r]
    if not table:
        return rows
    return _markdown_table(table, len(rows))


def _html(text: str) -> str:
    out: list[str] = []
    for table, chunk in _tables(text.split("\n"), "<table", "</table"):
        out.extend(_html_table(chunk) if table else [_html_inline(chunk[0])])
    return "\n".join(out)


_ZULIP_GROUP = re.compile(r"@\*(?!\*)([^*\n]{2,60}?)\*(?!\*)")
_ZULIP_MENTION = re.compile(r"@\*\*([^*\n|]{2,60}?)(?:\|\d+)?\*\*")


# MeetBot's summary: "* Compose status  (bkovacs, 14:23:40)" over items that each end with who
# typed them and when, "(jkoirala, 14:25:15)", an item's lines wrapped at about 72 characters
_BOT_ITEM = re.compile(r"^([ \t]*)\*[ \t]+(\S.*)$")
_BOT_SAID = re.compile(r"[ \t]*\(([^\s,()]{1,40}),[ \t]*\d{1,2}:\d{2}:\d{2}\)[ \t]*$")
_BOT_TAG = re.compile(
    r"(?:ACTION|AGREED|INFO|IDEA|LINK|HELP|TOPIC|RESOLVED|ACCEPTED|REJECTED|VOTE)\b:?", re.I
)
BOT_SAID = 3  # items ending in "(nick, 14:25:15)" that make a MeetBot summary
# what a participant notes of their own (not the chair's record of a decision or a task)
_BOT_NOTE = re.compile(r"(?:INFO|IDEA|LINK|HELP)\b:?", re.I)
_BOT_CHAIR = re.compile(
    r"\b(?:[Tt]he chair is|[Mm]eeting started by|Chairs?:)[ \t]*([^\s,.()]{1,40})"
)


def _meetbot_summary(text: str) -> str:
    """MeetBot's summary as Markdown, line for line: a top-level item over others is the topic
    the chair set, a heading; each item under it, "nick: what they said" (an "ACTION:" or
    "AGREED:" as it is: the chair's record, not a turn); a wrapped item's lines joined."""
    if len(re.findall(r"\d:\d\d:\d\d\)[ \t]*$", text, re.M)) < BOT_SAID:
        return text
    lines = text.split("\n")
    items: list[tuple[int, int, int]] = []  # (first line, last line, indent)
    k = 0
    while k < len(lines):
        m = _BOT_ITEM.match(lines[k])
        if not m:
            k += 1
            continue
        indent, last = len(m.group(1).expandtabs()), k
        while last + 1 < len(lines) and lines[last + 1].strip():
            nxt = lines[last + 1]
            if _BOT_ITEM.match(nxt) or len(nxt) - len(nxt.lstrip()) <= indent:
                break
            last += 1
        items.append((k, last, indent))
        k = last + 1
    said = [" ".join(x.strip() for x in lines[a : b + 1]) for a, b, _ in items]
    if sum(1 for x in said if _BOT_SAID.search(x)) < BOT_SAID:
        return text
    chairs = {c.lower() for c in _BOT_CHAIR.findall(text)}
    out = list(lines)
    for n, ((first, last, indent), whole) in enumerate(zip(items, said, strict=True)):
        tail = _BOT_SAID.search(whole)
        if not tail:
            continue
        body = whole[whole.index("*") + 1 : tail.start()].strip()
        over = n + 1 < len(items) and items[n + 1][2] > indent
        tag = _BOT_TAG.match(body)
        if indent == 0 and over:
            out[first] = f"## {body}"  # the topic the chair set
        elif tag and _BOT_NOTE.match(body) and tail.group(1).lower() not in chairs:
            # "INFO: replicator leaks fds ... (tnguyen, ...)": what tnguyen reported
            out[first] = f"{' ' * indent}* <{tail.group(1)}> {body[tag.end() :].strip()}"
        elif tag:
            out[first] = f"{' ' * indent}* {body}"
        else:
            out[first] = f"{' ' * indent}* <{tail.group(1)}> {body}"
        for j in range(first + 1, last + 1):
            out[j] = ""
    return "\n".join(out)


_MATRIX_ID = re.compile(r"(?<![\w@])@([a-z0-9._=/-]+):[a-z0-9-]+(?:\.[a-z0-9-]+)+(?![\w.-])")

# -- text exported from a PDF ----------------------------------------------------------------
_PAGE_MARK = re.compile(r"\bpage\s+\d+(?:\s*(?:of|/)\s*\d+)?\b", re.I)
_RULE = re.compile(r"[_=\-\u2014\u2500]{10,}")
_WRAPPED = re.compile(r"([^\W\d_]{2,})-$")  # "con-" at a line's end, the word goes on below
_GOES_ON = re.compile(r"([^\W\d_A-Z][^\W\d_]*)\S*")  # "firmed", "urer),"
_NUMBERED = re.compile(r"(\d{1,2}(?:\.\d{1,2}){0,2})\.?[ \t]+([A-Z][^\n]{2,70})")
PAGE_RUN = 14  # words of a running header or footer at most


def _paged(text: str) -> str:
    """Text a PDF gave, line for line: the running headers and footers of its pages go, a word
    hyphenated across a line's end is whole again ("con-" / "firmed"), and numbered section
    titles ("1. CALL TO ORDER", "4.2 Technical Steering Report") are headings."""
    lines = text.split("\n")
    marks = [
        i
        for i, line in enumerate(lines)
        if _PAGE_MARK.search(line) and len(line.split()) <= PAGE_RUN or "\f" in line
    ]
    if len(marks) < 2:
        return text
    out = list(lines)
    gone = _running_lines(lines, marks)
    for i in gone:
        out[i] = ""
    gone |= _page_breaks(out, gone)
    gone |= _join_hyphens(out)
    if not re.search(r"^#{1,6} ", text, re.M):
        _number_headings(out)
    return "\n".join(_close_gaps(out, gone))


def _running_lines(lines: list[str], marks: list[int]) -> set[int]:
    """The lines of the pages' running headers and footers: the page marks, rules, and short
    lines said by two marks or more (the last page's footer ends the text)."""
    shape = [re.sub(r"\d+", "#", line.strip()) for line in lines]
    last = max((i for i, line in enumerate(lines) if line.strip()), default=0)
    near = {j for i in [*marks, last] for j in range(i - 4, i + 5)}
    seen = Counter(
        shape[i]
        for i, line in enumerate(lines)
        if line.strip() and i in near and len(line.split()) <= PAGE_RUN
    )
    return {
        i
        for i, line in enumerate(lines)
        if i in marks
        or _RULE.fullmatch(line.strip().strip("\f"))
        or (i in near and seen[shape[i]] >= 2)
    }


def _page_breaks(lines: list[str], gone: set[int]) -> set[int]:
    """The blank lines around a removed header or footer, where the sentence goes on over the
    page's break (the line before it ends with no stop)."""
    out: set[int] = set()
    i = 0
    while i < len(lines):
        if i not in gone and lines[i].strip():
            i += 1
            continue
        j = i
        while j < len(lines) and (j in gone or not lines[j].strip()):
            j += 1
        run = set(range(i, j))
        if run & gone and i and not lines[i - 1].rstrip().endswith((".", ":", ";", "!", "?")):
            out |= run
        i = j
    return out


def _join_hyphens(lines: list[str]) -> set[int]:
    """Make each word hyphenated over a line's end whole on the first line ("con-" / "firmed";
    "high-" / "severity" keeps its hyphen); return the lines left empty."""
    emptied: set[int] = set()
    for i, line in enumerate(lines):
        cut = _WRAPPED.search(line)
        if not cut:
            continue
        below = next((k for k in range(i + 1, min(i + 8, len(lines))) if lines[k].strip()), None)
        rest = _GOES_ON.match(lines[below].lstrip()) if below is not None else None
        if below is None or rest is None:
            continue
        head, tail = cut.group(1), rest.group(0)
        glued = word_frequency(head + rest.group(1)) > 0 or not (
            word_frequency(head) >= 2.5 and word_frequency(rest.group(1)) >= 2.5
        )
        lines[i] = line[: cut.start()] + head + ("" if glued else "-") + tail
        lines[below] = lines[below].lstrip()[len(tail) :].lstrip()
        if not lines[below]:
            emptied.add(below)
    return emptied


def _number_headings(lines: list[str]) -> None:
    """Numbered section titles as headings: "1. CALL TO ORDER" (capitals read as words),
    "4.2 Technical Steering Report"; not "2. Ms. Adebayo said ...", a sentence."""
    for i, line in enumerate(lines):
        numbered = _NUMBERED.fullmatch(line.strip())
        if not numbered:
            continue
        depth, title = numbered.group(1).count("."), numbered.group(2).strip()
        letters = re.sub(r"[^A-Za-z]", "", title)
        if letters.isupper() or (depth and len(title.split()) <= 8 and title[-1] != "."):
            if letters.isupper():  # "CALL TO ORDER AND QUORUM": words, not acronyms
                title = re.sub(r"[A-Z][A-Z'\u2019]+", _word_case, title)
            lines[i] = f"{'#' * min(2 + depth, 6)} {title}"


def _word_case(m: re.Match[str]) -> str:
    word = m.group(0)  # "DIRECTOR'S" is "Director's"
    common = len(word) >= 6 or word_frequency(word) >= (3.0 if len(word) >= 4 else 5.0)
    return word.capitalize() if common else word  # "TSC", "CI" stay


def _close_gaps(lines: list[str], gone: set[int]) -> list[str]:
    """The lines with each paragraph's emptied lines (a page's footer and header in the middle
    of a sentence) moved to its end, where a blank line breaks nothing: the text after a page
    break moves up by those few lines, and the number of lines stays."""
    out: list[str] = []
    kept: list[str] = []
    emptied = 0
    for i, line in enumerate(lines):
        if i in gone:
            emptied += 1
        elif line.strip() and not line.startswith("#"):
            kept.append(line)
        else:  # a blank line of the text, or a heading: the paragraph ended
            out += kept + [""] * emptied + [line]
            kept, emptied = [], 0
    return out + kept + [""] * emptied


# "**与会者 / Attendees**:", "## 遗留问题 / Action Items", "| 责任人 / Owner |": a label given in
# the minutes' language and in English, at the start of a heading, a list item, a bold label or
# a table cell; the English one is the label kg reads
_BILINGUAL = re.compile(
    r"(^|\|)([ \t]*(?:#{1,6}[ \t]+|[-*+][ \t]+|\d+\.[ \t]+)?(?:\*\*|__)?)"
    r"([^\x00-\x7f\n|/]*[^\x00-\x7f\s|/][^\x00-\x7f\n|/]*?)[ \t]*/[ \t]*(?=[A-Za-z])",
    re.M,
)


# a URL glued to the words of a language written without spaces: "地址：https://...）和"
_URL_AFTER_WIDE = re.compile(r"(?<=[^\x00-\x7f\s])(?=https?://)")
_URL_BEFORE_WIDE = re.compile(r"(https?://[!-~]+?)(?=[\u3000-\u303f\uff00-\uffef])")


def _bilingual(text: str) -> str:
    """Minutes in a language written without spaces beside English: URLs cut off the words
    they are glued to, labels given in both languages read by their English one."""
    text = _URL_BEFORE_WIDE.sub(r"\1 ", _URL_AFTER_WIDE.sub(" ", text))
    return _BILINGUAL.sub(r"\1\2", text)


DELIMITED_ROWS = 4  # rows of a sheet pasted as text ("Date;Topic;Owner"): a header and three
DELIMITED_FIELDS = 3  # ... each with this many fields or more


def _delimited(text: str) -> str:
    """A spreadsheet pasted as text, its fields separated by ";" or tabs ("Date;Topic;Owner;
    Status;Notes" over one row a line, a quoted field running over lines), as a Markdown table
    (as many lines as it had: a row a line, a quoted field's other lines left blank below the
    table; the rule on the blank line above the header, or beside the header when there is
    none)."""
    lines = text.split("\n")
    for sep in (";", "\t"):
        k = 0
        while k < len(lines):
            fields = lines[k].count(sep) + 1
            if fields < DELIMITED_FIELDS or not all(
                0 < len(f.strip()) <= 30 and not f.strip()[:1].isdigit()
                for f in lines[k].split(sep)
            ):
                k += 1
                continue
            end = k + 1  # the sheet goes on to the first blank line outside a quoted field
            quoted = False
            while end < len(lines) and (lines[end].strip() or quoted):
                quoted ^= lines[end].count('"') % 2 == 1
                end += 1
            rows = list(csv.reader(io.StringIO("\n".join(lines[k:end])), delimiter=sep))
            if len(rows) < DELIMITED_ROWS or sum(len(r) == fields for r in rows) < 0.8 * len(rows):
                k = end
                continue
            # a row a line, together (a table has no blank line), the lines left blank after
            out = [_row([" ".join(c.split()).replace("|", "/") for c in row]) for row in rows]
            out += [""] * (end - k - len(out))
            rule = _rule(fields)
            if k > 0 and not lines[k - 1].strip():
                lines[k - 1], out[0] = out[0], rule
            else:
                out[0] = out[0] + "\n" + rule
            lines[k:end] = out
            k = end
    return "\n".join(lines)


# a toggle's title, as Notion exports it: "▸ **Sonar screen reader — gestures** (Seun)", over
# the notes indented under it: a heading of its own
_TOGGLE_TITLE = re.compile(r"^[ \t]*[\u25b8\u25b6\u25be][ \t]+(?=\*\*[^*\n]+\*\*)", re.M)


# a plain text's heading between runs of marks: "--- actions ---", "*** Round table ***"
# (less the time it opens with: "--- 13:40 NVMe-oF target driver (lannguyen) ---")
_BANNER = re.compile(
    r"^[ \t]*(-{3,}|\*{3,}|~{3,})[ \t]+(?:\d{1,2}:\d\d(?:[ \t]*[\u2013-][ \t]*\d{1,2}:\d\d)?[ \t]+)?"
    r"([^\W_][^\n]{0,60}?)[ \t]+\1[ \t]*$",
    re.M,
)


def to_markdown(text: str) -> str:
    """``text`` as Markdown when it is written in another markup (see the module's docstring),
    else as it is (but for grid tables, which become Markdown tables)."""
    if text.count(";") >= DELIMITED_ROWS * (DELIMITED_FIELDS - 1) or "\t" in text:
        text = _delimited(text)
    if "+-" in text or "+=" in text:
        text = _grids(text)
    if "--- " in text or "---\t" in text or "=== " in text:
        text = _simple_tables(text)
    if ":" in text:
        text = _transcript(text)
        text = _meetbot_summary(text)
        text = _initials_items(text)
    if "  " in text or " - " in text or "\t" in text or " = " in text:
        text = _initials_legend(text)
    if "  " in text:
        text = _login_items(text)
    if "]" in text and _STATUS_ITEM.search(text):
        text = _status_items(text)
    if "\n[" in text or "\n [" in text or "\n  [" in text or "- [" in text:
        text = _bracket_items(text)
    if "." in text:
        text = _numbered_items(text)
    if len(_LABELLED_TASK.findall(text)) >= 2:
        text = _labelled_tasks(text)
    if "Name " in text:
        text = _flat_rosters(text)
    if "--- " in text or "*** " in text or "~~~ " in text:
        text = _BANNER.sub(r"## \2", text)
    if "<" in text and len(_HTML_MARK.findall(text)) >= 6:
        text = _html(text)
    if _PAGE_MARK.search(text) or "\f" in text:
        text = _paged(text)
    if "/" in text and not text.isascii():  # bilingual labels; URLs in Chinese or Japanese
        text = _bilingual(text)
    if "\u25b8" in text or "\u25b6" in text or "\u25be" in text:  # a Notion toggle's title
        text = _TOGGLE_TITLE.sub("### ", text)
    if "@" in text and ":" in text:  # a Matrix id, "@njeri:strata.im": the user's handle
        text = _MATRIX_ID.sub(r"@\1", text)
    if "@**" in text:  # Zulip's mention of a name, "@**Katya Voronina**": the name
        text = _ZULIP_MENTION.sub(r"**\1**", text)
    if "@*" in text:  # ... and of a group, "@*WG-incremental*": the group's name, no one's
        text = _ZULIP_GROUP.sub(r"\1", text)
    wiki = len(_WIKI_HEADING.findall(text))
    if wiki >= 2 and wiki > len(re.findall(r"^#{1,6} \S.*[^#\s]$", text, re.M)) // 2:
        return _dokuwiki(text) if is_dokuwiki(text) else _mediawiki(text)
    if is_rst(text):
        return _rst(text)
    if is_textile(text):
        return _textile(text)
    if is_latex(text):
        return _latex(text)
    if is_twiki(text):
        return _twiki(text)
    if is_bbcode(text):
        return _bbcode(text)
    head = [x for x in text.split("\n")[:8] if x.strip()]
    if head and re.match(r"= \S", head[0]) and re.search(r"^== \S", text, re.M):
        return _asciidoc(text)
    if "[[" in text:
        text = _page_links(text)
    if "\u25b8" in text or "\u25b6" in text:
        text = _toggles(text)
    return text


_TOGGLE = re.compile(r"^([ \t]*)[-*+][ \t]+[\u25b8\u25b6\u25ba][ \t]+(\S.*)$")  # "- ▸ Title"


def _indent(line: str) -> int:
    """How far a line is indented, a tab four spaces."""
    wide = line.expandtabs(4)
    return len(wide) - len(wide.lstrip())


def _toggles(text: str) -> str:
    """Notion's toggles, "- ▸ 4. Middleware API v2" over its indented content: a heading (a
    level under the page's own), its content no longer indented under a list item."""
    lines = text.split("\n")
    out = list(lines)
    k = 0
    while k < len(lines):
        m = _TOGGLE.match(lines[k])
        if not m:
            k += 1
            continue
        depth = _indent(m.group(1))
        out[k] = "#" * min(6, 3 + depth // 2) + " " + m.group(2)
        j = k + 1
        while j < len(lines) and (not lines[j].strip() or _indent(lines[j]) > depth):
            if _TOGGLE.match(lines[j]):
                break  # a toggle inside it: its own heading, its own content
            line = lines[j]
            if not line.strip():
                out[j] = ""
            elif _indent(line) >= depth + 4:
                out[j] = line.expandtabs(4)[depth + 4 :]  # (a list inside keeps its nesting)
            else:
                out[j] = line.strip()
            j += 1
        k = j
    return "\n".join(out)


# a legend of who the initials are: "AO  Adebayo Ogunleye", "KN - Katarzyna Nowak (kasia)"
_LEGEND_LINE = re.compile(
    r"^[ \t]{0,4}[-*]?[ \t]*([A-Z]{2,3})(?:[ \t]{2,}|[ \t]*[-\u2013\u2014=:][ \t]+|\t)"
    r"([^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,3})"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*$"
)
LEGEND_LINES = 3  # lines of initials and names, one after another, that make a legend
# a legend's entries on a line or two: "JK = Jana Kovářová · MdL = Manon de Laval · TO = ..."
_LEGEND_PAIR = re.compile(
    r"([A-Z][a-z]{0,2}[A-Z]{1,2})[ \t]*[=:\u2013\u2014][ \t]*"
    r"([^\W\d_][\w'\u2019.-]*(?:[ \t]+[^\W\d_][\w'\u2019.-]*){1,3}?)"
    r"(?:[ \t]*\([^()\n]{1,40}\))?[ \t]*(?:[\u00b7\u2022|;,][ \t]*|$)"
)
# a note signed with the initials of who wrote it, "... do this again!! [6] (TL)"; a task given
# by them, "[HA] write the dirty-upgrade test"
_SIGNED_END = re.compile(r"[ \t]*\(([A-Z]{2,3})\)[ \t]*$")
_INITIALS_LEAD = re.compile(r"^([ \t]*)(?:[-*][ \t]+)?\[([A-Z]{2,3})\][ \t]+(?=\S)")
_ITEM_START = re.compile(r"^([ \t]*)[-*][ \t]+")


def _legend_pairs(lines: list[str], k: int) -> tuple[int, list[tuple[str, str]]] | None:
    """The lines from ``k`` on that are nothing but a legend's entries, several to a line ("JK =
    Jana Kovářová · MdL = Manon de Laval"), and those entries, if they are LEGEND_LINES or more,
    each initials of its name."""
    found: list[tuple[str, str]] = []
    count = 0
    while k + count < len(lines):
        line = lines[k + count].strip()
        matches = list(_LEGEND_PAIR.finditer(line))
        if not line or not matches or "".join(m.group() for m in matches).strip() != line:
            break
        found += [(m.group(1), m.group(2)) for m in matches]
        count += 1
    if len(found) < LEGEND_LINES or len(found) == count:  # (one to a line: the rule below)
        return None
    if not all(
        all(is_name_word(w) or w in PARTICLES for w in name.split())
        and mark.upper() in initials_of(name)
        for mark, name in found
    ):
        return None
    return count, found


def _initials_legend(text: str) -> str:
    """A legend of initials ("AO  Adebayo Ogunleye" and more such lines, each name's initials)
    as the minutes' roster, "Attendees: Adebayo Ogunleye (AO), ..."; then each item signed with
    one of those initials at its end, "- tiered compaction landed ... (TL)", as that person's
    turn ("- TL: tiered compaction landed ..."), and each line opening with them in brackets,
    "[HA] write the test", as a task of theirs ("- HA: write the test")."""
    lines = text.split("\n")
    legend: set[str] = set()  # the initials the legend explains
    k = 0
    while k < len(lines):
        pairs = _legend_pairs(lines, k)
        if pairs:
            count, found = pairs
            roster = ", ".join(f"{name} ({mark})" for mark, name in found)
            lines[k : k + count] = [f"Attendees: {roster}"] + [""] * (count - 1)
            legend.update(mark for mark, _ in found)
            k += count
            continue
        run: list[re.Match[str]] = []
        while k + len(run) < len(lines) and (m := _LEGEND_LINE.match(lines[k + len(run)])):
            run.append(m)
        good = [
            m
            for m in run
            if all(is_name_word(w) for w in m.group(2).split())
            and m.group(1) in initials_of(m.group(2))
        ]
        if len(run) >= LEGEND_LINES and len(good) == len(run):
            roster = ", ".join(f"{m.group(2)} ({m.group(1)})" for m in run)
            lines[k : k + len(run)] = [f"Attendees: {roster}"] + [""] * (len(run) - 1)
            legend.update(m.group(1) for m in run)
        k += max(len(run), 1)
    if not legend:
        return text
    for k, line in enumerate(lines):
        lead = _INITIALS_LEAD.match(line)
        if lead and lead.group(2) in legend:
            lines[k] = f"{lead.group(1)}- {lead.group(2)}: {line[lead.end() :]}"
            continue
        start = _ITEM_START.match(line)
        if not start:
            continue
        last = k  # the item's last line: it goes on on the lines indented below it
        while (
            last + 1 < len(lines)
            and lines[last + 1].strip()
            and not _ITEM_START.match(lines[last + 1])
            and len(lines[last + 1]) - len(lines[last + 1].lstrip()) > len(start.group(1))
        ):
            last += 1
        signed = _SIGNED_END.search(lines[last])
        if signed and signed.group(1) in legend:
            lines[last] = lines[last][: signed.start()]
            lines[k] = f"{start.group()}{signed.group(1)}: {lines[k][start.end() :]}"
    return "\n".join(lines)


_INITIALS_ITEM = re.compile(r"^([ \t]{0,4})([A-Z]{2,3})[ \t]{2,}(\S.*)$")
_INITIALS_TURN = re.compile(r"^[ \t]*([A-Z]{2,3}):[ \t]", re.M)


def _initials_items(text: str) -> str:
    """A plain-text list of tasks by initials, "  KB  land RangeFold (D184302) ..." with its
    lines going on indented below, as items ("- KB: land ..."), where those initials take
    turns ("KB: ...") in the same minutes and three or more such lines follow one another."""
    if "  " not in text:
        return text
    turns = set(_INITIALS_TURN.findall(text))
    if len(turns) < 2:
        return text
    lines = text.split("\n")
    items = [
        k
        for k, line in enumerate(lines)
        if (m := _INITIALS_ITEM.match(line))
        and m.group(2) in turns
        # not a legend of who the initials are: "  KB  Kofi Boateng"
        and not all(is_name_word(w) for w in m.group(3).split()[:4])
    ]
    if len(items) < 3:
        return text

    def item(k: int, rest: str) -> str:
        m = _INITIALS_ITEM.match(lines[k])
        assert m is not None
        return f"- {m.group(2)}: {m.group(3).strip()} {rest}".rstrip()

    return "\n".join(_wrapped_items(lines, items, item))


# a plain-text list of tasks by who takes them: "  [Hyun-woo]  spi DMA series v5"
# (in a list too: "- [akowalczyk] post v5 of R4512")
_BULLET = re.compile(r"[ \t]*[-*+][ \t]")
_BRACKET_ITEM = re.compile(r"^([ \t]{0,4})(?:[-*+][ \t]+)?\[([^\]\n\d]{2,24})\][ \t]+(?=\S)")
BRACKET_ITEMS = 2  # such lines, one after another, that make a list of tasks
BRACKET_LOGIN_COMMON = 4.0  # ... and a login among them no more common in English than this


def _bracketed_owner(inner: str) -> bool:
    """Whether a bracket at a line's start holds who takes the task: a given name ("Hyun-woo",
    "Kristýna") or a login no English word ("seun"); not "[WIP]", "[x]" or "[RFC]"."""
    words = inner.split()
    return 1 <= len(words) <= 2 and all(
        is_given_name(w, strict=False)
        or w.islower()
        and is_handle(w)
        and not is_english_word(w)
        and len(w) >= 3
        for w in words
    )


def _owner_like(inner: str) -> bool:
    """An owner in brackets, or a login that English knows as a rare word ("[tomas]")."""
    return _bracketed_owner(inner) or (
        inner.islower() and is_handle(inner) and word_frequency(inner) < BRACKET_LOGIN_COMMON
    )


def _bracket_items(text: str) -> str:
    """Lines that open with who takes a task in brackets, "[seun]  tag RC3 on/before 19th",
    BRACKET_ITEMS or more one after another, as items ("- seun: tag RC3 ...")."""
    lines = text.split("\n")
    marks = [
        m
        if (m := _BRACKET_ITEM.match(line))
        and _owner_like(m.group(2))
        # in a list, logins only: "* [Lee] ..." is a scribe's speaker, read as such elsewhere
        and (m.group(2).islower() or not _BULLET.match(line))
        else None
        for line in lines
    ]
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and marks[end] is not None:
            end += 1
        # (among owners that are surely someone, "[tomas]", a login English knows as a word)
        sure = sum(_bracketed_owner(m.group(2)) for m in marks[k:end] if m is not None)
        if sure >= BRACKET_ITEMS:
            for j in range(k, end):
                m = marks[j]
                assert m is not None
                lines[j] = f"{m.group(1)}- {m.group(2)}: {lines[j][m.end() :]}"
        k = max(end, k + 1)
    return "\n".join(lines)


_LOGIN_ITEM = re.compile(
    r"^([ \t]{0,4})([^\W\d_][\w.-]{1,20})[ \t]{2,}(?:[-\u2013\u2014:][ \t]+)?(\S.*)$"
)
_WORD = re.compile(r"[\w.-]+")


def _login_items(text: str) -> str:
    """A plain-text list of tasks by login or given name ("martaw   - send the 15.0 schedule
    ...", "Espe   #2855 face re-index"), with its lines going on indented below, as items ("-
    martaw: send ..."), where three or more such lines of logins, or of names, follow one
    another, each is named elsewhere in the minutes and most are no English words ("omar" and
    "hai" are)."""
    lines = text.split("\n")
    found = [k for k, line in enumerate(lines) if _LOGIN_ITEM.match(line)]
    if len(found) < 3:
        return text
    said = Counter(w for line in lines for w in _WORD.findall(line))
    leads = Counter(m.group(2) for k in found if (m := _LOGIN_ITEM.match(lines[k])))
    runs: list[list[int]] = []
    for lower in (True, False):  # logins, then names: lines of one kind make a run
        last = -3
        for k in found:
            if lines[k].lstrip()[:1].islower() != lower:
                continue
            if k - last <= 2:
                runs[-1].append(k)
            else:
                runs.append([k])
            last = k

    def login(k: int) -> bool:
        m = _LOGIN_ITEM.match(lines[k])
        assert m is not None
        word = m.group(2)
        return (
            said[word] > leads[word]
            # "Espe   #2855 face re-index" (a name then a dash, "Helga  - ask ...", is read so
            # without this)
            and (
                word.islower() or is_name_word(word) and "-" not in lines[k][m.end(2) : m.start(3)]
            )
            and not all(is_name_word(w) for w in m.group(3).split()[:4])
        )  # (not a legend: "jhp  Ji-ho Park")

    def logins(run: list[int]) -> bool:
        words = {m.group(2) for k in run if (m := _LOGIN_ITEM.match(lines[k]))}
        named = sum(
            not is_english_word(w.lower()) or (w[:1].isupper() and is_given_name(w)) for w in words
        )
        return bool(2 * named > len(words))

    def item(k: int, rest: str) -> str:
        m = _LOGIN_ITEM.match(lines[k])
        assert m is not None
        return f"- {m.group(2)}: {m.group(3).strip()} {rest}".rstrip()

    items = [
        k for run in runs if len(run) >= 3 and all(map(login, run)) and logins(run) for k in run
    ]
    return "\n".join(_wrapped_items(lines, items, item)) if items else text


# a task's status in brackets, then maybe its owner before a dash: "[DONE]    DV  -- request CVE"
_STATUS_ITEM = re.compile(
    r"^([ \t]{0,4})(?:[-*+][ \t]+)?\[(done|closed|completed?|finished|open|carried|in[ -]progress"
    r"|wip|ongoing|pending|blocked|dropped|cancel+ed|withdrawn)\][ \t]+"
    r"(?:([^\W\d][\w.@-]*(?:[ ][^\W\d][\w.-]*)?)[ \t]+(?:--?|\u2013|\u2014)[ \t]+)?(?=\S)",
    re.I | re.M,
)
_DONE_STATUS = frozenset({"done", "closed", "complete", "completed", "finished"})
# a task's status saying it will not be done (here, and in a table's status column)
DROPPED_STATUS = re.compile(
    r"\W*(?:dropped|cancel+ed|withdrawn|abandoned|obsolete|won'?t (?:do|fix)|wontfix|n/a)\b", re.I
)


def _status_items(text: str) -> str:
    """A review of last meeting's tasks by status, "[DONE]  DV  -- request CVE ...", "[OPEN]
    Ana to ...": check-list items, done or not, their owner before a colon; a dropped one is a
    note, nobody's task."""

    def item(m: re.Match[str]) -> str:
        status, owner = m.group(2).lower(), m.group(3)
        if DROPPED_STATUS.match(status):
            return f"{m.group(1)}- dropped: " + (f"{owner} -- " if owner else "")
        box = "[x]" if status in _DONE_STATUS else "[ ]"
        return f"{m.group(1)}- {box} " + (f"{owner}: " if owner else "")

    return _STATUS_ITEM.sub(item, text)


# a line opening with an action's label and its owner: "AI(SK) address review on PR #5540"
_LABELLED_TASK = re.compile(r"^(?:AI|ACTION|TODO)[ \t]*[(\[][^)\]\n]{1,40}[)\]]", re.M)


def _labelled_tasks(text: str) -> str:
    """Lines of a plain-text paragraph that each open with an action's label and owner
    ("AI(SK) ...", then "AI(MF) ..."), two or more one after another: one item each, where
    they would otherwise run together into one paragraph of one owner."""
    lines = text.split("\n")
    marks = [_LABELLED_TASK.match(line) is not None for line in lines]
    for k, line in enumerate(lines):
        if marks[k] and ((k and marks[k - 1]) or (k + 1 < len(lines) and marks[k + 1])):
            lines[k] = "- " + line
    return "\n".join(lines)


_NUMBERED_ITEM = re.compile(r"^( {0,3})(\d{1,2}\.\d{1,2})\.?[ \t]+(\S.*)$")


def _numbered_items(text: str) -> str:
    """Plain text's numbered entries of one paragraph, "8.1 Ruiz — publish the approved LEP 14
    and ..." with its lines going on indented below: an item each ("- 8.1 Ruiz — ..."), when
    three or more follow one another."""
    lines = text.split("\n")
    found = [k for k, line in enumerate(lines) if _NUMBERED_ITEM.match(line)]
    runs: list[list[int]] = []
    for k in found:
        if (
            runs
            and all(
                not lines[j].strip() or lines[j][:1].isspace() for j in range(runs[-1][-1] + 1, k)
            )
            and k - runs[-1][-1] <= 4
        ):
            runs[-1].append(k)
        else:
            runs.append([k])

    def item(k: int, rest: str) -> str:
        m = _NUMBERED_ITEM.match(lines[k])
        assert m is not None
        return f"- {m.group(2)} {m.group(3).strip()} {rest}".rstrip()

    items = [k for run in runs if len(run) >= 3 for k in run]
    return "\n".join(_wrapped_items(lines, items, item))


def _wrapped_items(
    lines: list[str], items: list[int], item: Callable[[int, str], str]
) -> list[str]:
    """``lines`` with each of ``items`` (line numbers) written as ``item`` says, given the lines
    that go on under it, more indented than it, up to the next item or a blank line."""
    out = list(lines)
    starts = set(items)
    for k in items:
        parts = []
        j = k + 1
        while (
            j < len(lines)
            and j not in starts
            and lines[j].strip()
            and _indent(lines[j]) > _indent(lines[k])
        ):
            parts.append(lines[j].strip())  # the entry goes on, indented under it
            out[j] = ""
            j += 1
        out[k] = item(k, " ".join(parts))
    return out


# a roster pasted from a PDF's table: "Name Affiliation Role Present" over a row per person
_FLAT_HEAD = re.compile(r"^[ \t]*Name(?:[ \t]+[A-Z][a-z]+(?:[ \t]*\([^()\n]{0,20}\))?){2,5}[ \t]*$")
_NAME_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.-]*")


def _flat_rosters(text: str) -> str:
    """A table a PDF flattened into lines, "Name Affiliation Role Present" over "Agnieszka
    Wróblewska Nordfalk GmbH Member (voting) Yes": "Attendees:" over a name a line. A name ends
    at its surname, the first word after the given name that the minutes also use alone
    ("In favour: Eze, Wróblewska"); with none, it is two words."""
    lines = text.split("\n")
    heads = [k for k, line in enumerate(lines) if _FLAT_HEAD.match(line)]
    if not heads:
        return text
    words = Counter(_NAME_TOKEN.findall(text))
    out = list(lines)
    for k in heads:
        j = k + 1
        names = []
        while j < len(lines) and lines[j].strip():
            row = lines[j].split()
            if not row or not is_name_word(row[0]):
                break
            # "Trần Minh Khoa": the family name first, three words
            size = 3 if len(row) >= 3 and given_name_last(" ".join(row[:3])) else 2
            for n in (2, 3, 4):
                last = row[n - 1] if len(row) >= n else ""
                if not all(is_name_word(w) for w in row[:n]) or (
                    n > 2 and is_english_word(last.lower())
                ):
                    break  # "Seo-yeon Park Independent": the name ends before a word
                if len(last) > 2 and last.lower() not in PARTICLE_WORDS and words[last] >= 2:
                    size = n
                    break
            names.append(" ".join(row[:size]))
            j += 1
        if len(names) >= 3:
            out[k] = "Attendees:"
            for i, name in enumerate(names):
                out[k + 1 + i] = f"- {name}"
    return "\n".join(out)


def _page_links(text: str) -> str:
    """Note apps' page links as their words, outside code fences (a shell's "[[ -n $x ]]", a
    TOML "[[package]]")."""
    out: list[str] = []
    fenced = False
    for line in text.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            fenced = not fenced
        elif not fenced and "[[" in line:
            line = _PAGE_LINK.sub(page_link, line)
        out.append(line)
    return "\n".join(out)


# a link to a page of a note-taking app (Obsidian, Logseq, Foam): "[[Query Planner]]",
# "[[Tomasz Wróblewski|Tomek]]", "[[WAL#Recovery|the WAL]]"
# (not "[[Feature #20750]](url)", a Markdown link around Redmine's name for an issue)
_PAGE_LINK = re.compile(r"!?\[\[([^\[\]|#\n]+)(?:#(?!\d)[^\[\]|\n]*)?(?:\|([^\[\]\n]+))?\]\](?!\()")


def page_link(m: re.Match[str]) -> str:
    """A page's link as its words: the page's own name when it is a person's full name (the
    shown "Tomek" is the page "Tomasz Wróblewski"), else the words shown."""
    page, shown = m.group(1).strip(), (m.group(2) or "").strip()
    words = page.split()
    if shown and 2 <= len(words) <= 4 and all(map(is_name_word, words)):
        if is_given_name(words[0], strict=False):
            return page
    return shown or page
