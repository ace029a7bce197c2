"""The whole job: paths -> read -> parse -> extract -> resolve -> graph, with a per-file cache.

Reading, parsing and extraction depend only on one file and the settings, so their result is
cached under a key made of the file's content hash and the pipeline's fingerprint: rebuilding a
thousand meetings after adding one re-reads one. Resolution is global (a new meeting can change
who "Mihai" is everywhere), so it runs on every build; each meeting's part of the graph is then
built on its own and merged, and saved in the meeting's cache entry with the person ids it was
built with: the next build, in a new process too, builds again only the parts of meetings that
changed or whose names now resolve to other people. Within one process (a notebook, a long-running script) the previous
build's loaded files and meeting parts are kept and reused while a meeting and the people its
names resolve to are unchanged, which is what makes a rebuild after one edit fast.
"""

from __future__ import annotations

import functools
import gc
import hashlib
import logging
import os
import pickle
import sys
import time
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import networkx as nx

from . import __version__
from .errors import InputError
from .graph import _LOWER, Kept, PartCache, build_graph
from .lexicon import Lexicon, topic_key
from .link import block_shapes
from .read import MAX_BYTES, Found, file_hash, iter_files, read_bytes, to_minutes
from .resolve import PeopleFile, Resolver
from .types import Meeting, Mention, Shape

if TYPE_CHECKING:  # spaCy and markdown-it load only when a file is read: not for a cached rebuild
    from .extract import Extractor

log = logging.getLogger(__name__)
CACHE_FORMAT = 8  # 8: repositories, headings from list items, shapes; 7: relative meeting paths
PARALLEL_FROM = 100  # files to extract before jobs=0 (auto) starts worker processes

Progress = Callable[[int, int, str], None]
KeptFiles = Kept[Path, tuple[Meeting, list[Mention]]]


@dataclass
class BuildReport:
    """What a build read, reused and skipped."""

    files: int = 0
    meetings: int = 0
    from_cache: int = 0
    parsed: int = 0
    warnings: list[str] = field(default_factory=list)


def fingerprint(lexicon: Lexicon, model: str | None = None) -> str:
    """Changes whenever a setting or the code that affects per-file extraction changes (an
    edited or upgraded kg does not read what an older one cached)."""
    text = (
        f"kg {__version__} cache {CACHE_FORMAT} code {extraction_code()} model {model or ''}\n"
        f"{lexicon.fingerprint()}"
    )
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def extraction_code() -> str:
    """A hash of the modules that read, parse and extract a file."""
    return code_hash(
        (
            "read.py",
            "parse.py",
            "nlp.py",
            "extract.py",
            "link.py",
            "names.py",
            "lexicon.py",
            "types.py",
            "markup.py",
            "data/known_terms.txt",
            "data/given_names.txt",
        )
    )


@functools.cache
def code_hash(names: tuple[str, ...]) -> str:
    """A hash of kg's version and of these modules' source."""
    h = hashlib.sha256(__version__.encode())
    for name in names:
        try:
            h.update((Path(__file__).parent / name).read_bytes())
        except OSError:
            h.update(name.encode())
    return h.hexdigest()[:16]


class Compactor:
    """Makes a build's meetings share one object for each distinct word, block shape and
    mention attribute: each file's words, shapes and attributes arrive as new objects from the
    cache or a worker process, and held a third of the meetings' memory twice or more."""

    def __init__(self) -> None:
        self.words: dict[str, str] = {}
        self.shapes: dict[Shape, Shape] = {}
        self.attrs: dict[Any, Any] = {}

    def __call__(self, value: tuple[Meeting, list[Mention]]) -> tuple[Meeting, list[Mention]]:
        """The same meeting and mentions, sharing; the list of mentions is the same list."""
        meeting, mentions = value
        words, shapes, attrs = self.words, self.shapes, self.attrs
        meeting = replace(
            meeting,
            words=frozenset([words.setdefault(w, w) for w in meeting.words]),
            shapes=tuple([shapes.setdefault(x, x) for x in meeting.shapes]),
        )
        for i, m in enumerate(mentions):
            if m.attrs:
                shared = attrs.get(m.attrs)
                if shared is None:
                    shared = attrs[m.attrs] = tuple([attrs.setdefault(p, p) for p in m.attrs])
                mentions[i] = replace(m, attrs=shared)
        return meeting, mentions


class Cache:
    """Pickled (Meeting, mentions) per file, keyed by content hash and pipeline fingerprint.

    An entry may also hold the meeting's part of the graph and the person ids it was built
    with (see :func:`save_parts`): a rebuild in a new process then rebuilds only the parts of
    meetings that changed or whose names now resolve to other people.
    """

    def __init__(
        self,
        folder: Path | None,
        settings: str,
        kept: KeptFiles | None = None,
        builder: Builder | None = None,
    ) -> None:
        self.folder = folder
        self.settings = settings
        self.kept: KeptFiles = kept if kept is not None else Kept()
        self.builder = builder
        self.compact = Compactor()
        self.later: list[tuple[Path, tuple[Meeting, list[Mention]]]] | None = None

    def _path(self, digest: str) -> Path | None:
        if self.folder is None:
            return None
        return self.folder / self.settings / digest[:2] / f"{digest}.pickle"

    def get(self, digest: str, name: str) -> tuple[Meeting, list[Mention]] | None:
        path = self._path(digest + hashlib.sha256(name.encode()).hexdigest()[:8])
        if path is None:
            return None
        kept = self.kept.get(path)
        if kept is not None:  # loaded by the previous build in this process: the same objects
            self._entry(path, kept)
            return kept
        if not path.exists():
            return None
        try:
            with path.open("rb") as handle:
                value = pickle.load(handle)
            if isinstance(value, tuple) and len(value) in (2, 5) and isinstance(value[0], Meeting):
                found: tuple[Meeting, list[Mention]] = self.compact((value[0], value[1]))
                self.kept.put(path, found)
                self._entry(path, found)
                if len(value) == 5 and value[4] == part_code() and self.builder is not None:
                    _, mentions, pids, part, _ = value
                    self.builder.parts.offer(id(mentions), (mentions, pids, part))
                    self.builder.saved[path] = pids
                return found
        except Exception:  # a damaged entry is only a cache miss
            log.debug("cache entry %s unreadable; ignored", path)
        return None

    def has(self, digest: str, name: str) -> bool:
        """Whether an entry for this file may be there (without loading it)."""
        path = self._path(digest + hashlib.sha256(name.encode()).hexdigest()[:8])
        return bool(digest) and path is not None and (path in self.kept or path.exists())

    def put(self, digest: str, name: str, value: tuple[Meeting, list[Mention]]) -> None:
        path = self._path(digest + hashlib.sha256(name.encode()).hexdigest()[:8])
        if path is None:
            return
        self.kept.put(path, value)
        self._entry(path, value)
        if self.builder is not None:
            self.builder.saved.pop(path, None)  # what is on disk is not this value's part
        if self.later is not None:  # written with its part once the graph is built
            self.later.append((path, value))
            return
        _dump(path, value)

    def _entry(self, path: Path, value: tuple[Meeting, list[Mention]]) -> None:
        if self.builder is not None:
            self.builder.entries[id(value[1])] = (path, value)


def _dump(path: Path, value: tuple[Any, ...]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        with tmp.open("wb") as handle:
            pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
    except OSError as exc:
        log.debug("cannot write cache entry %s: %s", path, exc)


def part_code() -> str:
    """Changes whenever the code that builds a meeting's part of the graph changes: a part saved
    by other code is built again."""
    return code_hash(("graph.py", "link.py", "names.py", "lexicon.py", "types.py"))


class Builder:
    """What one build keeps for the next one made with the same builder.

    After a build with a cache folder it holds the files that build loaded and each meeting's
    part of the graph, so that rebuilding in a notebook after editing one file neither unpickles
    the other files again nor rebuilds their parts; and the last extractor made, with its
    settings. One build's worth only; a build without a cache uses none of it. ``kg.build``
    uses :data:`DEFAULT`, one per process.
    """

    def __init__(self) -> None:
        self.files: KeptFiles = Kept()
        self.parts: PartCache = Kept()
        # this build's cache entries by the identity of their mentions, and the person ids of the
        # part each entry on disk holds (see Cache)
        self.entries: dict[int, tuple[Path, tuple[Meeting, list[Mention]]]] = {}
        self.saved: dict[Path, tuple[str, ...]] = {}
        self._extractor: tuple[str, Extractor] | None = None

    def has_extractor(self) -> bool:
        """Whether this builder has made an extractor (spaCy is loaded)."""
        return self._extractor is not None

    def extractor(self, lexicon: Lexicon, model: str | None, settings: str) -> Extractor:
        """The extractor for these settings: the last one made when they have not changed."""
        if self._extractor is None or self._extractor[0] != settings:
            self._extractor = (settings, _make_extractor(lexicon, model))
        return self._extractor[1]


DEFAULT = Builder()


_WORKER: Extractor | None = None


def _init_worker(lexicon: Lexicon, model: str | None) -> None:
    global _WORKER
    # A worker lives for one build, and the cyclic GC costs 7% of extraction time for 395 objects
    # in cycles over the 1,056 files of the four corpora: off, as a forked worker inherits it
    # from gc_paused(), and under "spawn" too.
    gc.disable()
    _WORKER = _make_extractor(lexicon, model)


def _make_extractor(lexicon: Lexicon, model: str | None) -> Extractor:
    from .extract import Extractor
    from .nlp import make_nlp

    return Extractor(make_nlp(lexicon, model), lexicon)


def _extract_one(job: tuple[str, str, str]) -> tuple[Meeting, list[Mention]] | list[str]:
    """Worker: read, parse and extract one file. Returns warnings instead on failure."""
    path, name, _digest = job
    assert _WORKER is not None
    return _process(_WORKER, Found(Path(path), name))


def _process(extractor: Extractor, found: Found) -> tuple[Meeting, list[Mention]] | list[str]:
    data, warnings = read_bytes(found)
    if data is None:
        return warnings
    raw, warnings = to_minutes(found, data)
    if raw is None:
        return warnings
    from .parse import parse

    try:
        meeting = parse(raw, found.name)
        mentions = extractor(meeting)
        # the blocks' text is not needed past extraction: keep only the words, so the cache and
        # the worker processes move much less data
        words = frozenset(w for b in meeting.blocks for w in _LOWER.findall(b.text))
        shapes = block_shapes(meeting, mentions)
        return replace(meeting, blocks=(), words=words, shapes=shapes), mentions
    except RecursionError:
        return [f"{found.path}: too deeply nested to read; skipped"]


def extract_all(
    paths: Sequence[str | os.PathLike[str]],
    lexicon: Lexicon | None = None,
    *,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    jobs: int = 0,
    report: BuildReport | None = None,
    model: str | None = None,
    builder: Builder | None = None,
    later: list[tuple[Path, tuple[Meeting, list[Mention]]]] | None = None,
) -> list[tuple[Meeting, list[Mention]]]:
    """Read, parse and extract every file under ``paths`` (using the cache where it can).

    ``later``: new cache entries go there instead of to disk (see :func:`save_parts`)."""
    builder = builder or DEFAULT
    lexicon = lexicon or Lexicon()
    report = report if report is not None else BuildReport()
    started = time.perf_counter()
    files = list(iter_files(list(paths), report.warnings))
    report.files = len(files)
    cache = Cache(
        Path(cache_dir) if cache_dir else None, fingerprint(lexicon, model), builder.files, builder
    )
    cache.later = later
    builder.files.begin()
    builder.entries = {}
    results: dict[int, tuple[Meeting, list[Mention]]] = {}
    warnings: dict[int, list[str]] = {}  # per file, so they come in file order however run
    todo: list[tuple[int, Found, str]] = []
    digests = [_digest(found) for found in files]
    aside, early = _read_aside(files, digests, cache, builder, lexicon, model, jobs)
    for index, found in enumerate(files):
        digest = digests[index]
        if index in early:
            continue
        hit = cache.get(digest, found.name) if digest else None
        if hit is not None:
            results[index] = hit
            report.from_cache += 1
            warnings[index] = _as_given(found, hit[0].warnings)
        else:
            todo.append((index, found, digest))
    done = len(results)
    total = len(files)
    log.info("%d files found, %d from the cache, %d to read", total, done, len(todo) + len(early))
    if progress:
        progress(done, total, "")

    def finish(
        index: int, found: Found, digest: str, value: tuple[Meeting, list[Mention]] | list[str]
    ) -> None:
        nonlocal done
        done += 1
        if isinstance(value, list):
            warnings[index] = value
        else:
            value = cache.compact(value)
            results[index] = value
            report.parsed += 1
            warnings[index] = _as_given(found, value[0].warnings)
            if digest:
                cache.put(digest, found.name, value)
        if progress:
            progress(done, total, found.name)

    for index, future in early.items():
        try:
            value = future.result()
        except BrokenProcessPool:  # read here instead
            todo.append((index, files[index], digests[index]))
            continue
        finish(index, files[index], digests[index], value)
    if aside is not None:
        aside.shutdown()
        todo.sort(key=lambda job: job[0])
    if jobs == 0:  # auto: both cores pay off from about a hundred files (benchmarks/RESULTS.md)
        jobs = min(os.cpu_count() or 1, 8) if len(todo) >= PARALLEL_FROM else 1
    if jobs > 1 and len(todo) >= 8:
        # imported here, before the workers fork, so that they inherit spaCy instead of each
        # importing it again (it is not imported at all when every file comes from the cache)
        from . import extract, nlp, parse  # noqa: F401

        with ProcessPoolExecutor(
            max_workers=jobs, initializer=_init_worker, initargs=(lexicon, model)
        ) as pool:
            # largest files first, in small chunks: no worker is left with a big file at the end
            todo.sort(key=lambda job: -_size(job[1]))
            chunk = max(1, min(4, len(todo) // (jobs * 16)))
            outs = pool.map(
                _extract_one, [(str(f.path), f.name, d) for _, f, d in todo], chunksize=chunk
            )
            for (index, found, digest), value in zip(todo, outs, strict=True):
                finish(index, found, digest, value)
    else:
        extractor = builder.extractor(lexicon, model, cache.settings) if todo else None
        for index, found, digest in todo:
            assert extractor is not None
            finish(index, found, digest, _process(extractor, found))
    if cache.folder is not None:
        builder.files.finish()
    for index in sorted(warnings):
        report.warnings.extend(warnings[index])
    ordered = [results[i] for i in sorted(results)]
    report.meetings = len(ordered)
    log.info(
        "read, parsed and extracted %d meetings in %.2f s (peak memory %.0f MB)",
        len(ordered),
        time.perf_counter() - started,
        peak_mb(),
    )
    return ordered


def peak_mb() -> float:
    """The most memory this process has held so far (MB; 0 where the platform does not say).

    Linux's VmHWM, not ``getrusage``'s maximum, which keeps the peak of the process that ran
    this one across ``exec`` (benchmarks/RESULTS.md, "Note on memory")."""
    try:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except (OSError, ValueError):
        pass
    try:
        import resource
    except ImportError:  # Windows
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


READ_ASIDE = 8  # fewer files to read than this among many from the cache: see _read_aside


def _read_aside(
    files: list[Found],
    digests: list[str],
    cache: Cache,
    builder: Builder,
    lexicon: Lexicon,
    model: str | None,
    jobs: int,
) -> tuple[
    ProcessPoolExecutor | None, dict[int, Future[tuple[Meeting, list[Mention]] | list[str]]]
]:
    """Start reading the few files not in the cache in one worker process, when the rest come
    from it and spaCy is not loaded yet: the worker imports spaCy and reads them while this
    process loads the cache (a rebuild after one edit waited for both in turn)."""
    if jobs != 0 or builder.has_extractor() or "spacy" in sys.modules:
        return None, {}
    missing = [i for i, found in enumerate(files) if not cache.has(digests[i], found.name)]
    if not missing or len(missing) >= READ_ASIDE or len(files) - len(missing) < PARALLEL_FROM:
        return None, {}
    pool = ProcessPoolExecutor(max_workers=1, initializer=_init_worker, initargs=(lexicon, model))
    early = {}
    for i in missing:
        early[i] = pool.submit(_extract_one, (str(files[i].path), files[i].name, digests[i]))
    log.info("reading %d file(s) in a worker while the cache loads", len(missing))
    return pool, early


def _as_given(found: Found, warnings: Sequence[str]) -> list[str]:
    """Warnings name the file as the user gave it; the meeting itself keeps the relative name."""
    prefix = found.name + ": "
    given = f"{found.path}: "
    return [given + w[len(prefix) :] if w.startswith(prefix) else w for w in warnings]


def _size(found: Found) -> int:
    try:
        return found.path.stat().st_size
    except OSError:
        return 0


def _digest(found: Found) -> str:
    try:
        if found.path.stat().st_size > MAX_BYTES:
            return ""  # read_bytes skips it with a warning; no need to hash it
        return file_hash(found.path)
    except OSError:
        return ""


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector: a build allocates millions of small objects that
    live to the end (mentions, evidence), and collecting over them again and again took half of
    a cached rebuild (benchmarks/RESULTS.md). Reference counting still frees everything else."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        # Everything allocated meanwhile sits in the youngest generation, and the first collection
        # after enabling would walk all of it. freeze() + unfreeze() moves it to the oldest
        # generation in constant time, where only a full collection looks at it.
        gc.freeze()
        gc.unfreeze()
        if was_enabled:
            gc.enable()


def in_range(meeting: Meeting, since: str | None, until: str | None) -> bool:
    """Whether a meeting falls in [since, until] (meetings without a date are kept)."""
    if not meeting.date:
        return True
    return not ((since and meeting.date < since) or (until and meeting.date > until))


def build_graph_from(
    paths: Sequence[str | os.PathLike[str]],
    lexicon: Lexicon | None = None,
    people: PeopleFile | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    cache_dir: str | os.PathLike[str] | None = None,
    progress: Progress | None = None,
    jobs: int = 0,
    title: str | None = None,
    model: str | None = None,
    builder: Builder | None = None,
) -> tuple[nx.Graph, BuildReport, list[tuple[Meeting, list[Mention]]]]:
    """Run the whole pipeline; raise :class:`InputError` when nothing could be read.

    ``builder`` keeps what this build did for the next one (default: :data:`DEFAULT`).
    """
    with gc_paused():
        return _build_graph_from(
            paths,
            lexicon,
            people,
            since,
            until,
            cache_dir,
            progress,
            jobs,
            title,
            model,
            builder or DEFAULT,
        )


def _build_graph_from(
    paths: Sequence[str | os.PathLike[str]],
    lexicon: Lexicon | None,
    people: PeopleFile | None,
    since: str | None,
    until: str | None,
    cache_dir: str | os.PathLike[str] | None,
    progress: Progress | None,
    jobs: int,
    title: str | None,
    model: str | None,
    builder: Builder,
) -> tuple[nx.Graph, BuildReport, list[tuple[Meeting, list[Mention]]]]:
    lexicon = lexicon or Lexicon()
    report = BuildReport()
    later: list[tuple[Path, tuple[Meeting, list[Mention]]]] = []
    results = extract_all(
        paths,
        lexicon,
        cache_dir=cache_dir,
        progress=progress,
        jobs=jobs,
        report=report,
        model=model,
        builder=builder,
        later=later,
    )
    if not results:
        where = ", ".join(str(p) for p in paths)
        raise InputError(
            f"{where}: no readable minutes found ({report.files} file(s) looked at); "
            "give Markdown or text files (.md, .txt)"
        )
    results = [r for r in results if in_range(r[0], since, until)]
    report.meetings = len(results)
    if not results:
        raise InputError(f"no meetings between {since or 'the start'} and {until or 'the end'}")
    started = time.perf_counter()
    resolution = Resolver(people).resolve(results)
    log.info("resolved names in %.2f s", time.perf_counter() - started)
    builder.parts.begin()
    graph_title = title or _title(paths, lexicon)
    graph = build_graph(
        results,
        resolution,
        title=graph_title,
        phabricator=lexicon.phabricator,
        parts=builder.parts if cache_dir else None,
    )
    if cache_dir:
        save_parts(builder, later)
        builder.parts.finish()
    for topic in lexicon.topics:  # so "NVM Express" finds NVMe even if the minutes never wrote it
        nid = "topic:" + topic_key(topic.label)
        if nid in graph:
            graph.nodes[nid]["lexicon_aliases"] = sorted(topic.aliases)
    log.info(
        "resolved names and built the graph (%d nodes, %d edges) in %.2f s (peak memory %.0f MB)",
        graph.number_of_nodes(),
        graph.number_of_edges(),
        time.perf_counter() - started,
        peak_mb(),
    )
    return graph, report, results


def save_parts(builder: Builder, later: list[tuple[Path, tuple[Meeting, list[Mention]]]]) -> None:
    """Write the new cache entries, and every entry whose meeting's part of the graph is not the
    one on disk, with that part and the person ids it was built with."""
    started = time.perf_counter()
    new = {id(value[1]) for _, value in later}
    code = part_code()
    written = 0
    for key, (path, (meeting, mentions)) in builder.entries.items():
        used = builder.parts.used(key)
        if used is None:  # not in this graph (--since, --until)
            if key in new:
                _dump(path, (meeting, mentions))
                written += 1
            continue
        _, pids, part = used
        if key in new or builder.saved.get(path) != pids:
            _dump(path, (meeting, mentions, pids, part, code))
            builder.saved[path] = pids
            written += 1
    log.info("saved %d cache entries in %.2f s", written, time.perf_counter() - started)


def _title(paths: Sequence[str | os.PathLike[str]], lexicon: Lexicon) -> str:
    """The lexicon's name or the folders' names, then "minutes" (once: a folder called minutes
    is "minutes", not "minutes minutes")."""
    if lexicon.name:
        return f"{lexicon.name} minutes"
    names = [Path(p).resolve().name for p in paths]
    title = ", ".join(names) or "meeting"
    return title if title.lower().endswith("minutes") else f"{title} minutes"
