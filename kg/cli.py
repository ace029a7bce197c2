"""The ``kg`` command: a thin click layer over the library. The only module that prints or exits."""

from __future__ import annotations

import json
import logging
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from . import __version__
from .errors import KgError, LookupMiss

if TYPE_CHECKING:  # spaCy, pandas and networkx load only for a command that needs them
    from .api import KnowledgeGraph

F = TypeVar("F", bound=Callable[..., Any])
FORMATS = click.Choice(["table", "csv", "json"])


def _fail(exc: KgError) -> click.ClickException:
    return click.ClickException(str(exc))


class _Group(click.Group):
    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgError as exc:
            raise _fail(exc) from None
        except KeyboardInterrupt:
            click.echo("kg: interrupted; earlier outputs were left as they were", err=True)
            sys.exit(130)


@click.group(cls=_Group)
@click.version_option(__version__, prog_name="kg")
@click.option("-v", "--verbose", is_flag=True, help="Log what each step does.")
def main(verbose: bool) -> None:
    """kg: who works on what, from a project's meeting minutes.

    Example:

        kg build data/ --out out/
        kg who NVMe --graph out/graph.json
    """
    # -v is about kg's own steps: other libraries' loggers (markdown-it, matplotlib) stay quiet
    logging.basicConfig(level=logging.WARNING, format="kg: %(message)s")
    logging.getLogger("kg").setLevel(logging.DEBUG if verbose else logging.WARNING)


def _build_options(func: F) -> F:
    for option in reversed(
        [
            click.option("--lexicon", type=click.Path(), help="Topic lexicon (TOML)."),
            click.option(
                "--people",
                type=click.Path(),
                help="People file (TOML) of aliases and handles.",
            ),
            click.option(
                "--since", metavar="YYYY-MM-DD", help="Only meetings on or after this date."
            ),
            click.option(
                "--until", metavar="YYYY-MM-DD", help="Only meetings on or before this date."
            ),
            click.option(
                "--jobs",
                "-j",
                type=click.IntRange(0, 64),
                default=0,
                show_default=True,
                help="Processes for extraction and outputs (0: one per core when there are 100+ files).",
            ),
            click.option(
                "--model",
                metavar="NAME",
                help="An installed spaCy model (e.g. en_core_web_sm) whose NER adds people.",
            ),
            click.option(
                "--no-cache",
                is_flag=True,
                help="Re-read every file instead of using the cache (OUT/.kg-cache).",
            ),
        ]
    ):
        func = option(func)
    return func


def _progress_build(paths: tuple[str, ...], quiet: bool = False, **options: Any) -> KnowledgeGraph:
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from .api import build
    from .pipeline import Builder

    # one build per process: nothing to keep for a next one while the outputs are written
    options["builder"] = Builder()
    cache = options.pop("cache", None) or not options.pop("no_cache", False)
    options.pop("no_cache", None)
    if quiet or not sys.stderr.isatty():
        return build(list(paths), cache=cache, **options)
    with Progress(
        TextColumn("reading minutes"),
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        transient=True,
    ) as bar:
        task = bar.add_task("read", total=None)

        def progress(done: int, total: int, name: str) -> None:
            bar.update(task, completed=done, total=total)

        return build(list(paths), cache=cache, progress=progress, **options)


# the map's node budget, for `kg build` and `kg html` alike
_max_nodes = click.option(
    "--max-nodes",
    type=click.IntRange(10),
    default=2500,
    show_default=True,
    help="Most nodes put in the map (graph.html): people and topics first, by weight, then "
    "organizations, references and repositories, then meetings, then action items; the page "
    "says how many of each kind it left out.",
)


@main.command("build")
@click.argument("paths", nargs=-1, required=True)
@click.option(
    "--out",
    "-o",
    default="out",
    show_default=True,
    type=click.Path(),
    help="Folder for graph.json, graph.graphml, CSV tables, kg.db, graph.html, and the wiki: "
    "wiki.md, its picture and its pages in wiki/.",
)
@_build_options
@_max_nodes
@click.option(
    "--source-url",
    metavar="TEMPLATE",
    help="Link evidence to the minutes online, e.g. "
    "'https://github.com/OWNER/REPO/blob/main/{path}#L{line}' ({path} is relative to the folder "
    "given). Default: from the git remote and commit when the minutes are in a git checkout.",
)
@click.option(
    "--no-html", is_flag=True, help="Skip graph.html and the wiki (wiki.md and its pages in wiki/)."
)
@click.option(
    "--outputs",
    metavar="NAMES",
    help="Write only these outputs (comma-separated, e.g. kg.db,graph.json). Default: all.",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only errors.")
def build_cmd(
    paths: tuple[str, ...],
    out: str,
    max_nodes: int,
    no_html: bool,
    outputs: str | None,
    quiet: bool,
    **options: Any,
) -> None:
    """Build the knowledge graph of the minutes in PATHS (files or folders).

    Example:

        kg build data/minutes --lexicon data/lexicons/bhyve.toml --out out/
        kg build data/minutes --outputs kg.db,graph.html
    """
    from . import stamp
    from .outputs import check_outputs

    wanted = check_outputs(outputs.split(",")) if outputs is not None else None
    folder = Path(out)
    key = None
    if not options.get("no_cache") and not folder.is_file():
        options["cache"] = folder / ".kg-cache"
        shaping = {k: v for k, v in options.items() if k not in ("jobs", "no_cache", "cache")}
        shaping.update(outputs=wanted, html=not no_html, max_nodes=max_nodes)
        key = stamp.build_key(paths, shaping)
        last = stamp.unchanged(folder, options["cache"], key) if key else None
        if last is not None:  # nothing read, resolved or written: the outputs are these
            if not quiet:
                click.echo(f"kg {__version__}: nothing changed since the last build")
                for line in last.get("summary", [])[:1]:
                    click.echo(f"  {line}")
                click.echo(f"outputs in {folder}/ are up to date")
            return
    before = _previous(folder)
    K = _progress_build(paths, quiet, **options)
    written = K.write(
        folder,
        html=not no_html,
        wiki=not no_html,
        max_nodes=max_nodes,
        outputs=wanted,
        jobs=options.get("jobs", 0),
    )
    s = K.summary()["nodes"]
    r = K.report
    counts = (
        f"{r.meetings} meetings, {s.get('person', 0)} people, {s.get('topic', 0)} topics, "
        f"{s.get('reference', 0)} references, {s.get('action', 0)} action items, "
        f"{len(r.warnings)} warnings"
    )
    if key:
        stamp.save(folder, options["cache"], key, written, [counts])
    if quiet:
        return
    click.echo(
        f"kg {__version__}: {r.meetings} meetings ({r.parsed} read, {r.from_cache} from cache), "
        f"{s.get('person', 0)} people, {s.get('topic', 0)} topics, {s.get('reference', 0)} references, "
        f"{s.get('action', 0)} action items, {len(r.warnings)} warnings"
    )
    for warning in r.warnings[:10]:
        click.echo(f"  warning: {warning}")
    if len(r.warnings) > 10:
        click.echo(f"  ... and {len(r.warnings) - 10} more warnings")
    unresolved = K.people()
    unresolved = unresolved[unresolved["unresolved"] == True]  # noqa: E712
    if len(unresolved):
        click.echo(f"  {len(unresolved)} unresolved names (see `kg people --unresolved`)")
    if before is not None:
        for line in _changes(before, K):
            click.echo(f"  {line}")
    click.echo(f"outputs in {folder}/:")
    for name in written:
        click.echo(f"  {folder / name}")


def _previous(folder: Path) -> KnowledgeGraph | None:
    from .api import load

    if not (folder / "graph.json").is_file() and not (folder / "kg.db").is_file():
        return None
    try:
        return load(folder)
    except KgError:
        return None


def _changes(before: KnowledgeGraph, after: KnowledgeGraph) -> list[str]:
    """New people, topics and reviews since the last build; topics whose only voice left."""
    lines = []
    for kind, name in (("person", "people"), ("topic", "topics"), ("reference", "reviews")):
        old = before.labels(kind)
        new = sorted(label for n, label in after.labels(kind).items() if n not in old)
        if new:
            shown = ", ".join(new[:8]) + (f" (+{len(new) - 8} more)" if len(new) > 8 else "")
            lines.append(f"new {name} since the last build: {shown}")
    old_bus = set(before.bus_factor()["topic"])
    lonely = sorted(set(after.bus_factor()["topic"]) - old_bus)
    if lonely:
        lines.append("topics now discussed by only one person: " + ", ".join(lonely[:8]))
    if not lines:
        lines.append("no new people, topics or reviews since the last build")
    return lines


def _load(graph: str | None, paths: tuple[str, ...], options: dict[str, Any]) -> KnowledgeGraph:
    if paths:
        return _progress_build(paths, True, **options)
    from .api import load

    return load(graph or "out/graph.json")


def _emit_rows(rows: list[dict[str, Any]], fmt: str, columns: list[str]) -> None:
    """Print rows as a table (as pandas prints one), CSV or JSON; the questions on kg.db answer
    without pandas."""
    if fmt == "csv":
        import csv
        import io

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows([row.get(c, "") for c in columns] for row in rows)
        click.echo(buffer.getvalue(), nl=False)
    elif fmt == "json":
        records = [{c: row.get(c, "") for c in columns} for row in rows]
        click.echo(json.dumps(records, ensure_ascii=False, indent=1))
    elif not rows:
        click.echo("(nothing)")
    else:  # right-aligned columns, long texts cut at 60 characters, as pandas prints a table
        decimals = {
            c: max(len(repr(float(r[c])).split(".")[1]) for r in rows)
            for c in columns
            if any(isinstance(r.get(c), float) for r in rows)
            and all(isinstance(r.get(c), int | float) for r in rows)
        }
        cells = [
            [
                f"{row[c]:.{min(decimals[c], 6)}f}" if c in decimals else _cell(row.get(c, ""))
                for c in columns
            ]
            for row in rows
        ]
        widths = [max(len(c), *(len(r[i]) for r in cells)) for i, c in enumerate(columns)]
        for line in [columns, *cells]:
            click.echo(" ".join(v.rjust(w) for v, w in zip(line, widths, strict=True)))


def _cell(value: Any) -> str:
    text = str(value).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "..."


def _query_options(func: F) -> F:
    func = click.option("--format", "fmt", type=FORMATS, default="table", show_default=True)(func)
    func = click.option(
        "--from", "paths", multiple=True, help="Build from these minutes instead of --graph."
    )(func)
    func = click.option(
        "--graph",
        "-g",
        type=click.Path(),
        default=None,
        help="A graph.json from `kg build` (default: out/graph.json).",
    )(func)
    return _build_options(func)


def _miss(exc: LookupMiss) -> click.ClickException:
    return click.ClickException(str(exc))


@main.command("who")
@click.argument("topic")
@click.option(
    "--explain", is_flag=True, help="Show the terms of each score (formula in docs/GRAPH.md)."
)
@_query_options
def who_cmd(
    topic: str, explain: bool, graph: str | None, paths: tuple[str, ...], fmt: str, **options: Any
) -> None:
    """Who works on TOPIC: people ranked by how much and how recently.

    score = strength x recency: strength is the weight of the person's work on the topic plus
    half their work on reviews about it; recency falls from 1 (current) towards 0.5 (old).

    Example:

        kg who NVMe --graph out/graph.json --explain
    """
    K = _load(graph, paths, options)
    columns = ["person", "score", "meetings", "last_seen", "evidence"]
    if explain:
        columns[2:2] = ["direct", "via_reviews", "strength", "years", "recency"]
    _emit_rows(K.who_rows(topic, explain=explain), fmt, columns)


@main.command("topics")
@click.argument("person", required=False)
@_query_options
def topics_cmd(
    person: str | None, graph: str | None, paths: tuple[str, ...], fmt: str, **options: Any
) -> None:
    """The topics and reviews of PERSON, or every topic when no person is given.

    Example:

        kg topics "Chuck Tuffli"
    """
    K = _load(graph, paths, options)
    if person:
        _emit_rows(
            K.topic_rows(person), fmt, ["kind", "name", "title", "weight", "meetings", "last_seen"]
        )
    else:
        _emit_rows(
            K.table_rows("topics"),
            fmt,
            ["label", "mentions", "meeting_count", "first_seen", "last_seen", "people"],
        )


@main.command("people")
@click.option(
    "--unresolved", is_flag=True, help="Only names that could not be resolved to one person."
)
@_query_options
def people_cmd(
    unresolved: bool, graph: str | None, paths: tuple[str, ...], fmt: str, **options: Any
) -> None:
    """Everyone in the graph, most active first. A name that fits several people ("Michael"
    when two Michaels attend) is no one's: `--unresolved` lists those names and who they may be.

    Example:

        kg people --unresolved
    """
    K = _load(graph, paths, options)
    rows = [r for r in K.table_rows("people") if bool(r["unresolved"]) == unresolved]
    columns = ["label", "aliases", "attended", "meeting_count", "first_seen", "last_seen"]
    _emit_rows(rows, fmt, [*columns, "candidates" if unresolved else "topics"])


@main.command("reviews")
@_query_options
def reviews_cmd(graph: str | None, paths: tuple[str, ...], fmt: str, **options: Any) -> None:
    """The code reviews and issues, with titles, links and people.

    Example:

        kg reviews --format csv
    """
    K = _load(graph, paths, options)
    _emit_rows(
        K.table_rows("reviews"), fmt, ["label", "title", "url", "people", "topics", "last_seen"]
    )


@main.group("lexicon")
def lexicon_group() -> None:
    """Write a draft lexicon to edit and pass back with --lexicon.

    Example:

        kg lexicon suggest ../minutes > lexicon.toml
    """


@lexicon_group.command("suggest")
@click.argument("paths", nargs=-1)
@click.option("--graph", "-g", type=click.Path(), default=None, help="A graph.json instead.")
@click.option("--min-meetings", type=click.IntRange(1), default=2, show_default=True)
@click.option("--name", default="", help="The lexicon's name (default: the graph's title).")
def lexicon_suggest_cmd(
    paths: tuple[str, ...], graph: str | None, min_meetings: int, name: str
) -> None:
    """Print a draft lexicon of the topics found: labels, spellings, counts, first and last seen.

    Example:

        kg lexicon suggest ../minutes > lexicon.toml
        kg build ../minutes --lexicon lexicon.toml
    """
    from .lexicon import suggest

    K = _load(graph, paths, {})
    click.echo(suggest(K.graph, name, min_meetings), nl=False)


@main.command("html")
@click.option("--graph", "-g", type=click.Path(), default="out/graph.json", show_default=True)
@click.option("--out", "-o", type=click.Path(), default=None, help="Default: beside the graph.")
@_max_nodes
@click.option("--since", metavar="YYYY-MM-DD", help="Only what was seen on or after this date.")
@click.option("--until", metavar="YYYY-MM-DD", help="Only what was seen on or before this date.")
def html_cmd(
    graph: str, out: str | None, max_nodes: int, since: str | None, until: str | None
) -> None:
    """Write the interactive map (graph.html) of a built graph.

    Example:

        kg html --graph out/graph.json --max-nodes 5000 --since 2019-01-01
    """
    from .analyse import period
    from .outputs import read_graph
    from .render.html import write_html

    target = Path(out) if out else Path(graph).with_name("graph.html")
    g = period(read_graph(graph), since, until)
    click.echo(str(write_html(g, target, max_nodes=max_nodes)))


@main.command("wiki")
@click.option("--graph", "-g", type=click.Path(), default="out/graph.json", show_default=True)
@click.option(
    "--out",
    "-o",
    type=click.Path(),
    default=None,
    help="The index page; its pages go to a folder named like it (wiki/ for wiki.md). "
    "Default: wiki.md beside the graph.",
)
def wiki_cmd(graph: str, out: str | None) -> None:
    """Write the static wiki of a built graph: the index wiki.md with an SVG picture, and a
    page per person and per topic in wiki/ beside it (Markdown for GitHub or MkDocs).

    Example:

        kg wiki --graph out/graph.json --out wiki/bhyve.md
    """
    from .outputs import read_graph
    from .render.wiki import write_wiki

    target = Path(out) if out else Path(graph).with_name("wiki.md")
    click.echo(str(write_wiki(read_graph(graph), target)))


@main.command("eval")
@click.argument("golds", nargs=-1, required=True, type=click.Path())
@click.option(
    "--graph", "-g", type=click.Path(), default=None, help="Score this graph.json instead."
)
@click.option("--from", "paths", multiple=True, help="Build these minutes once and score that.")
@click.option(
    "--root",
    multiple=True,
    type=click.Path(),
    help="Where the gold files' documents are (default: ../shared/corpora, then .).",
)
@click.option("--lexicon", type=click.Path(), help="Topic lexicon (TOML).")
@click.option("--people", type=click.Path(), help="People file (TOML).")
@click.option("--model", metavar="NAME", help="An installed spaCy model whose NER adds people.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table")
@click.option("--errors", is_flag=True, help="List what each document missed or got wrong.")
def eval_cmd(
    golds: tuple[str, ...],
    graph: str | None,
    paths: tuple[str, ...],
    root: tuple[str, ...],
    fmt: str,
    errors: bool,
    **options: Any,
) -> None:
    """Score kg against gold files (GOLD.md): person, topic, reference, edge and action figures.

    Each gold file names one minutes document. By default each document is built on its own
    (with --lexicon / --people when given); --graph scores a built graph and --from builds the
    given minutes once, each gold file then scored on the part read from its document.

    Example:

        kg eval tests/gold/*.json
        kg eval tests/gold/nodejs-*.json --from ../shared/corpora/nodejs-tsc --errors
    """
    from .evaluate import evaluate, format_table, load_gold
    from .outputs import read_graph

    files: list[Path] = []
    for name in golds:  # a folder stands for the gold files in it
        path = Path(name)
        files.extend(sorted(path.glob("*.json")) if path.is_dir() else [path])
    loaded = [load_gold(f) for f in files]
    g = None
    if graph:
        g = read_graph(graph)
    elif paths:
        g = _progress_build(paths, True, **options).graph
    roots = list(root) or None
    result = evaluate(loaded, g, roots=roots, **{k: v for k, v in options.items() if v})
    if fmt == "json":
        click.echo(json.dumps(result.to_dict(), ensure_ascii=False, indent=1))
        return
    click.echo(format_table(result))
    if errors:
        for doc in result.documents:
            click.echo(f"\n{doc.doc}")
            for name, items in doc.errors.items():
                if items:
                    click.echo(f"  {name} ({len(items)}): " + "; ".join(items))


if __name__ == "__main__":  # pragma: no cover
    main()
