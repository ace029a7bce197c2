"""kg's benchmarks (issue #7): every figure is a ratio, or comes with a baseline from the same run.

    python benchmarks/run.py            # the full run (several minutes)
    python benchmarks/run.py --quick    # smaller inputs, about a minute

Sections:

1. throughput  kg.build(corpora, cache=False) in words/s vs spacy.blank("en") tokenizing the same
               text with nlp.pipe (the floor); target kg >= 40% of it. Plus a cProfile of the build.
2. scale       synthetic minutes (benchmarks/synth.py) at 1x, 10x (--scale) the size of the four
               corpora (1,056 files of 1,173 words): build time and peak RSS of the process and
               of its largest worker, each in a fresh subprocess, against a subprocess that
               builds one file (the fixed cost of Python, spaCy and kg).
3. incremental 1,000 synthetic files with a cache folder: full build, no-change rebuild, one file
               changed; target under 2 s.
4. map         write_html of synthetic graphs (tests/render_fixtures.py) of 500, 2,000, 10,000 nodes;
               time until drawn and still in headless Chromium vs opening an empty page; target
               < 2 s at 2,000 nodes.
5. jobs        kg.build(..., jobs=2) vs jobs=1 on the corpora.
6. user        as a user runs it, on all 14 corpora (--user-corpora): a whole `kg build` process
               with every output, and kg.build in this process without outputs, each against
               spacy.blank("en") + nlp.pipe over the same text in the same run; peak memory per
               million words; `kg --help`, `kg who` and `kg topics` (reading kg.db, and
               graph.json alone) against a bare `python -c pass`; and a one-file rebuild of
               1,000 synthetic meetings as a whole `kg build` process. Not in the default run.

Raw results go to ``--out`` (default /tmp/kg-bench): results.json, profile.txt; a Markdown
summary is printed at the end.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import os
import platform
import pstats
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT / "tests"))

CORPORA = Path(os.environ.get("KG_CORPORA", ROOT.parent / "shared" / "corpora"))
CORPUS_DIRS = ["freebsd-meetings", "nodejs-tsc", "rust-lang-team", "wasm-cg"]
SEED_FILE = ROOT / "data" / "minutes" / "bhyve-2019-05-23.md"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
]
# the size of the four corpora together: the base (1x) of the scale test
REAL_FILES = 1056
REAL_WORDS_PER_FILE = 1173  # 1,239,161 words / 1,056 files
BHYVE_WORDS_PER_FILE = 730  # 16,030 words / 22 files


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def median_time(fn: Callable[[], Any], repeat: int) -> tuple[float, list[float]]:
    times = [timed(fn)[0] for _ in range(repeat)]
    return statistics.median(times), times


# --------------------------------------------------------------------------- machine


def machine() -> dict[str, Any]:
    import networkx
    import spacy

    mem_kb = 0
    with open("/proc/meminfo") as handle:
        for line in handle:
            if line.startswith("MemTotal:"):
                mem_kb = int(line.split()[1])
    cpu = ""
    with open("/proc/cpuinfo") as handle:
        for line in handle:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    chromium = ""
    try:
        out = subprocess.run(
            [CHROMIUM, "--version"], capture_output=True, text=True, timeout=30, check=False
        )
        chromium = out.stdout.strip().splitlines()[-1] if out.stdout.strip() else ""
    except (OSError, subprocess.TimeoutExpired):
        pass
    return {
        "nproc": os.cpu_count(),
        "cpu": cpu,
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "python": platform.python_version(),
        "spacy": spacy.__version__,
        "networkx": networkx.__version__,
        "chromium": chromium,
        "platform": platform.platform(),
    }


# --------------------------------------------------------------------------- 1. throughput


def corpus_texts(paths: list[Path]) -> list[str]:
    """The text kg reads from ``paths`` (decoded and repaired by kg.read, as the build does)."""
    from kg.read import iter_files, read_bytes, to_minutes

    texts = []
    for found in iter_files(list(paths), []):
        data, _ = read_bytes(found)
        if data is None:
            continue
        raw, _ = to_minutes(found, data)
        if raw is not None:
            texts.append(raw.text)
    return texts


def spacy_floor(texts: list[str]) -> tuple[Callable[[], int], Any]:
    """A function that tokenizes ``texts`` with spacy.blank("en") via nlp.pipe; returns tokens."""
    import spacy

    nlp = spacy.blank("en")

    def run() -> int:
        return sum(len(doc) for doc in nlp.pipe(texts))

    return run, nlp


def kg_build(paths: list[Path], **options: Any) -> Any:
    import kg

    return kg.build([str(p) for p in paths], cache=False, **options)


def paired(
    a: Callable[[], Any], b: Callable[[], Any], repeat: int
) -> tuple[list[float], list[float]]:
    """Time ``a`` and ``b`` alternately (a, b, a, b, ...) so that other load hits both alike."""
    ta, tb = [], []
    for _ in range(repeat):
        ta.append(timed(a)[0])
        tb.append(timed(b)[0])
    return ta, tb


def throughput(paths: list[Path], repeat: int, out: Path) -> dict[str, Any]:
    texts = corpus_texts(paths)
    words = sum(len(t.split()) for t in texts)
    log(f"throughput: {len(texts)} files, {words:,} words")
    floor, _ = spacy_floor(texts)
    tokens = floor()  # warm
    cold_s, K = timed(lambda: kg_build(paths))  # the first build also warms kg's caches
    log(f"  kg.build, first in this process: {cold_s:.2f} s")
    floor_times, kg_times = paired(floor, lambda: kg_build(paths), repeat)
    floor_s, kg_s = statistics.median(floor_times), statistics.median(kg_times)
    log(f"  spaCy blank floor {floor_s:.2f} s, kg.build {kg_s:.2f} s (medians of {repeat})")
    per_corpus = {}
    for p in paths if len(paths) > 1 else []:
        t = corpus_texts([p])
        w = sum(len(x.split()) for x in t)
        f_run, _ = spacy_floor(t)
        f_run()
        f_times, k_times = paired(f_run, lambda p=p: kg_build([p]), 1)  # type: ignore[misc]
        f_s, k_s = f_times[0], k_times[0]
        per_corpus[p.name] = {
            "files": len(t),
            "words": w,
            "kg_s": k_s,
            "kg_wps": w / k_s,
            "spacy_s": f_s,
            "spacy_wps": w / f_s,
            "ratio": f_s / k_s,
        }
        log(f"  {p.name}: kg {w / k_s:,.0f} w/s, floor {w / f_s:,.0f} w/s")
    prof = profile(paths, out)
    return {
        "files": len(texts),
        "words": words,
        "spacy_tokens": tokens,
        "spacy_s": floor_s,
        "spacy_times": floor_times,
        "spacy_wps": words / floor_s,
        "kg_cold_s": cold_s,
        "kg_s": kg_s,
        "kg_times": kg_times,
        "kg_wps": words / kg_s,
        "ratio": floor_s / kg_s,
        "pair_ratios": [f / k for f, k in zip(floor_times, kg_times, strict=True)],
        "target": 0.40,
        "graph": {"nodes": K.graph.number_of_nodes(), "edges": K.graph.number_of_edges()},
        "per_corpus": per_corpus,
        "profile": prof,
    }


def profile(paths: list[Path], out: Path) -> dict[str, Any]:
    profiler = cProfile.Profile()
    profiler.enable()
    kg_build(paths)
    profiler.disable()
    stream = io.StringIO()
    stats = pstats.Stats(profiler, stream=stream)
    stats.strip_dirs()
    total = max(stats.total_tt, 1e-9)  # type: ignore[attr-defined]
    stream.write("==== by cumulative time ====\n")
    stats.sort_stats("cumulative").print_stats(45)
    stream.write("==== by own (total) time ====\n")
    stats.sort_stats("tottime").print_stats(45)
    (out / "profile.txt").write_text(stream.getvalue())
    raw = stats.stats  # type: ignore[attr-defined]
    rows = []
    for (file, line, name), (_cc, calls, tt, ct, _callers) in raw.items():
        rows.append(
            {"where": f"{file}:{line}:{name}", "calls": calls, "tottime": tt, "cumtime": ct}
        )
    by_tot = sorted(rows, key=lambda r: -r["tottime"])[:25]
    kg_cum = sorted((r for r in rows if _is_kg(r["where"])), key=lambda r: -r["cumtime"])[:30]
    for r in by_tot + kg_cum:
        r["tot_pct"] = 100 * r["tottime"] / total
        r["cum_pct"] = 100 * r["cumtime"] / total
    return {"total_s": total, "by_tottime": by_tot, "kg_by_cumtime": kg_cum}


_KG_FILES = {p.name for p in (ROOT / "kg").rglob("*.py")}


def _is_kg(where: str) -> bool:
    return where.split(":", 1)[0] in _KG_FILES


# --------------------------------------------------------------------------- child process


def child(kind: str, arg: str) -> None:
    """Run in a fresh interpreter: build and print time and peak memory as JSON."""
    import kg  # (import cost is part of the baseline, not of the build)

    start = time.perf_counter()
    if kind == "build":
        K = kg_build([Path(arg)])
        extra = {"nodes": K.graph.number_of_nodes(), "edges": K.graph.number_of_edges()}
    elif kind == "cached":  # ARG is FOLDER:CACHE; a rebuild in a new process, from the cache only
        folder, cache = arg.split(":", 1)
        K = kg.build([folder], cache=cache)
        extra = {"parsed": K.report.parsed, "from_cache": K.report.from_cache}
    elif (
        kind == "cli"
    ):  # ARG is the JSON list of kg's arguments: the whole command as a user runs it
        from kg.cli import main as kg_main

        try:
            kg_main(json.loads(arg), standalone_mode=False)
        except SystemExit:
            pass
        extra = {}
    else:
        raise SystemExit(f"unknown child job {kind}")
    seconds = time.perf_counter() - start
    # VmHWM, not getrusage's ru_maxrss: ru_maxrss survives exec, so a child of a big parent
    # would report the parent's peak.
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    with open("/proc/self/status") as handle:
        for line in handle:
            if line.startswith("VmHWM:"):
                peak_kb = int(line.split()[1])
    # the worker processes (forked from this one, so their own peak is what they added)
    worker_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    print(
        json.dumps(
            {
                "seconds": seconds,
                "peak_rss_mb": peak_kb / 1024,
                "worker_peak_rss_mb": worker_kb / 1024,
                **extra,
            }
        )
    )


def run_child(kind: str, arg: str) -> dict[str, Any]:
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, arg],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return dict(json.loads(out.stdout.strip().splitlines()[-1]))


# --------------------------------------------------------------------------- 2. scale


def scale(work: Path, factors: list[int], base_files: int = REAL_FILES) -> dict[str, Any]:
    from synth import write_corpus

    base = run_child("build", str(SEED_FILE))
    log(f"scale: baseline (1 seed file) {base['seconds']:.2f} s, {base['peak_rss_mb']:.0f} MB")
    rows = []
    for factor in factors:
        folder = work / f"scale-{factor}x"
        files = base_files * factor
        write_corpus(folder, files, words=REAL_WORDS_PER_FILE, seed=factor)
        words = sum(len(p.read_text().split()) for p in folder.rglob("*.md"))
        r = run_child("build", str(folder))
        r.update(factor=factor, files=files, words=words)
        r["wps"] = words / r["seconds"]
        r["extra_rss_mb"] = r["peak_rss_mb"] - base["peak_rss_mb"]
        rows.append(r)
        log(
            f"  {factor}x: {files} files {words:,} words {r['seconds']:.2f} s {r['peak_rss_mb']:.0f} MB"
        )
        shutil.rmtree(folder, ignore_errors=True)
    for prev, cur in zip(rows, rows[1:], strict=False):
        size = cur["words"] / prev["words"]
        cur["size_ratio"] = size
        cur["time_ratio"] = cur["seconds"] / prev["seconds"]
        cur["time_ratio_per_size"] = cur["time_ratio"] / size
        cur["extra_rss_ratio"] = cur["extra_rss_mb"] / max(prev["extra_rss_mb"], 1e-9)
    return {"baseline": base, "rows": rows}


# --------------------------------------------------------------------------- 3. incremental


def incremental(work: Path, files: int) -> dict[str, Any]:
    from synth import write_corpus

    import kg

    folder = work / "incremental"
    cache = work / "incremental-cache"
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    paths = write_corpus(folder, files, seed=7)
    kg.build([str(SEED_FILE)], cache=False)  # warm
    full_s, K = timed(lambda: kg.build([str(folder)], cache=cache))
    log(f"incremental: full build of {files} files {full_s:.2f} s")
    same_s, K2 = timed(lambda: kg.build([str(folder)], cache=cache))
    victim = paths[len(paths) // 2]
    changed = []
    for i in range(3):
        with victim.open("a", encoding="utf-8") as handle:
            handle.write(f"\n**John Baldwin:** Added a note about NVMe, round {i}.\n")
        seconds, K3 = timed(lambda: kg.build([str(folder)], cache=cache))
        changed.append((seconds, K3.report.parsed, K3.report.from_cache))
    # the same rebuild in a new process (the command line): only the file cache helps there
    with victim.open("a", encoding="utf-8") as handle:
        handle.write("\n**John Baldwin:** Added a note about NVMe, in a new process.\n")
    fresh = run_child("cached", f"{folder}:{cache}")
    log(f"  one file changed, rebuilt in a new process: {fresh['seconds']:.2f} s")
    nocache_s, _ = timed(lambda: kg.build([str(folder)], cache=False))
    one_s, _ = timed(lambda: kg.build([str(victim)], cache=False))
    changed_s = statistics.median(c[0] for c in changed)
    log(f"  unchanged rebuild {same_s:.2f} s, one file changed {changed_s:.2f} s")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.rmtree(cache, ignore_errors=True)
    return {
        "files": files,
        "full_s": full_s,
        "full_report": vars(K.report) | {"warnings": len(K.report.warnings)},
        "unchanged_s": same_s,
        "unchanged_from_cache": K2.report.from_cache,
        "changed_s": changed_s,
        "changed_new_process_s": fresh["seconds"],
        "changed_new_process_parsed": fresh["parsed"],
        "changed_times": [c[0] for c in changed],
        "changed_parsed": changed[-1][1],
        "changed_from_cache": changed[-1][2],
        "nocache_s": nocache_s,
        "one_file_alone_s": one_s,
        "ratio": changed_s / full_s,
        "target_s": 2.0,
        "nodes": K.graph.number_of_nodes(),
        "edges": K.graph.number_of_edges(),
    }


# --------------------------------------------------------------------------- 4. map


def map_bench(work: Path, sizes: list[int], repeat: int) -> dict[str, Any]:
    import render_fixtures as fx

    from kg.render.html import DEFAULT_MAX_NODES, write_html

    folder = work / "maps"
    folder.mkdir(parents=True, exist_ok=True)
    rows: list[dict[str, Any]] = []
    pages: dict[str, Path] = {}
    for n in sizes:
        G = fx.synthetic_graph(n)
        variants = [("default", DEFAULT_MAX_NODES)]
        if n > DEFAULT_MAX_NODES:
            variants.append(("all", n))
        for name, max_nodes in variants:
            path = folder / f"graph-{n}-{name}.html"
            seconds, times = median_time(
                lambda G=G, path=path, m=max_nodes: write_html(G, path, max_nodes=m),  # type: ignore[misc]
                repeat if n <= 2000 else 1,
            )
            key = f"{n}-{name}"
            pages[key] = path
            rows.append(
                {
                    "key": key,
                    "nodes": G.number_of_nodes(),
                    "edges": G.number_of_edges(),
                    "max_nodes": max_nodes,
                    "shown": min(n, max_nodes),
                    "write_s": seconds,
                    "write_times": times,
                    "bytes": path.stat().st_size,
                }
            )
            log(f"map: write_html {key} {seconds:.2f} s {path.stat().st_size / 1e6:.1f} MB")
    empty = folder / "empty.html"
    empty.write_text("<!doctype html><html><head><title>empty</title></head><body></body></html>")
    browser = browser_times(pages, empty, repeat)
    for row in rows:
        row.update(browser["maps"].get(row["key"], {}))
    return {"rows": rows, "empty_page_s": browser["empty_s"], "empty_times": browser["empty_times"]}


def browser_times(pages: dict[str, Path], empty: Path, repeat: int) -> dict[str, Any]:
    if not Path(CHROMIUM).exists():
        log(f"{CHROMIUM} missing: browser timings skipped")
        return {"empty_s": None, "empty_times": [], "maps": {}}
    from playwright.sync_api import sync_playwright

    still_js = """async () => {
      const net = window.kgMap.network;
      const a = JSON.stringify(net.getPositions());
      await new Promise(r => setTimeout(r, 500));
      const b = JSON.stringify(net.getPositions());
      return {still: a === b, physics: net.physics.physicsEnabled,
              nodes: net.body.nodeIndices.length, drawnAt: window.kgMap.drawnAt};
    }"""
    results: dict[str, Any] = {"maps": {}}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)

        def open_page(path: Path, wait_map: bool) -> tuple[float, dict[str, Any]]:
            context = browser.new_context(viewport={"width": 1400, "height": 900})
            page = context.new_page()
            page.route(
                "**/*",
                lambda r: r.continue_() if r.request.url.startswith("file:") else r.abort(),
            )
            try:
                start = time.perf_counter()
                page.goto(path.as_uri())
                if wait_map:
                    page.wait_for_function(
                        "() => window.kgMap && window.kgMap.drawn", timeout=120_000, polling=10
                    )
                seconds = time.perf_counter() - start
                info = page.evaluate(still_js) if wait_map else {}
            finally:
                context.close()
            return seconds, info

        open_page(empty, False)  # warm the browser
        empties = [open_page(empty, False)[0] for _ in range(max(3, repeat))]
        results["empty_s"] = statistics.median(empties)
        results["empty_times"] = empties
        log(f"browser: empty page {results['empty_s']:.3f} s")
        for key, path in pages.items():
            runs = [open_page(path, True) for _ in range(repeat if "10000" not in key else 1)]
            seconds = statistics.median(r[0] for r in runs)
            info = runs[-1][1]
            results["maps"][key] = {
                "draw_s": seconds,
                "draw_times": [r[0] for r in runs],
                "still": all(r[1]["still"] and not r[1]["physics"] for r in runs),
                "drawn_nodes": info["nodes"],
                "drawn_at_ms": info["drawnAt"],
                "draw_vs_empty": seconds / results["empty_s"],
            }
            log(f"  {key}: drawn in {seconds:.2f} s, still={results['maps'][key]['still']}")
        browser.close()
    return results


# --------------------------------------------------------------------------- 5. jobs


def jobs_bench(paths: list[Path], repeat: int) -> dict[str, Any]:
    one, two = paired(lambda: kg_build(paths, jobs=1), lambda: kg_build(paths, jobs=2), repeat)
    one_s, two_s = statistics.median(one), statistics.median(two)
    log(f"jobs: 1 -> {one_s:.2f} s, 2 -> {two_s:.2f} s")
    return {
        "jobs1_s": one_s,
        "jobs2_s": two_s,
        "jobs1_times": one,
        "jobs2_times": two,
        "speedup": one_s / two_s,
        "nproc": os.cpu_count(),
    }


# --------------------------------------------------------------------------- 6. user


def kg_process(args: list[str], quiet: bool = True) -> tuple[float, dict[str, Any]]:
    """Run ``kg ARGS`` in a new interpreter: wall time from outside (interpreter start, imports
    and all), peak memory of the process and of its largest worker from inside."""
    start = time.perf_counter()
    out = subprocess.run(
        [sys.executable, __file__, "--child", "cli", json.dumps(args)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    seconds = time.perf_counter() - start
    return seconds, dict(json.loads(out.stdout.strip().splitlines()[-1]))


def process_time(argv: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(argv, capture_output=True, check=True, cwd=ROOT)
    return time.perf_counter() - start


def user(paths: list[Path], work: Path, repeat: int) -> dict[str, Any]:
    texts = corpus_texts(paths)
    words = sum(len(t.split()) for t in texts)
    log(f"user: {len(paths)} corpora, {len(texts)} files, {words:,} words")
    floor, _ = spacy_floor(texts)
    floor()  # warm
    out = work / "user-out"
    floor_times = [timed(floor)[0]]
    build_s, build = kg_process(["build", *map(str, paths), "--out", str(out), "--no-cache", "-q"])
    log(f"  kg build process {build_s:.1f} s (peak {build['peak_rss_mb']:.0f} MB)")
    floor_times.append(timed(floor)[0])
    inproc_s, K = timed(lambda: kg_build(paths))
    log(f"  kg.build in this process {inproc_s:.1f} s")
    floor_times.append(timed(floor)[0])
    floor_s = statistics.median(floor_times)
    log(f"  spaCy blank floor {floor_s:.1f} s ({floor_times})")
    sizes = {p.name: p.stat().st_size for p in out.iterdir() if p.is_file()}
    # the same graph.json without kg.db beside it: the graph path of the questions
    alone = work / "json-only"
    alone.mkdir(exist_ok=True)
    os.link(out / "graph.json", alone / "graph.json")
    kg_cmd = [sys.executable, "-m", "kg.cli"]
    # the questions, or the top topic and person where those are not in the graph
    topic = "WebAssembly" if "topic:webassembly" in K.graph else K.topics()["label"].iloc[0]
    person = "Matteo Collina" if "person:matteo-collina" in K.graph else K.people()["label"].iloc[0]
    questions = {
        "kg --help": [*kg_cmd, "--help"],
        f"kg who '{topic}' (kg.db)": [*kg_cmd, "who", topic, "-g", str(out / "graph.json")],
        f"kg topics '{person}' (kg.db)": [*kg_cmd, "topics", person, "-g", str(out / "graph.json")],
        "kg people (kg.db)": [*kg_cmd, "people", "-g", str(out / "graph.json")],
        f"kg who '{topic}' (graph.json)": [*kg_cmd, "who", topic, "-g", str(alone / "graph.json")],
    }
    bare = [sys.executable, "-c", "pass"]
    timings: dict[str, Any] = {}
    for name, argv in questions.items():
        runs = 1 if "graph.json)" in name else repeat
        kg_t, bare_t = paired(lambda a=argv: process_time(a), lambda: process_time(bare), runs)  # type: ignore[misc]
        timings[name] = {
            "kg_s": statistics.median(kg_t),
            "bare_s": statistics.median(bare_t),
            "over_bare_s": statistics.median(kg_t) - statistics.median(bare_t),
        }
        log(
            f"  {name}: {timings[name]['kg_s']:.2f} s (bare python {timings[name]['bare_s']:.2f} s)"
        )
    peak = build["peak_rss_mb"] + 2 * build["worker_peak_rss_mb"]
    return {
        "corpora": len(paths),
        "files": len(texts),
        "words": words,
        "loadavg": os.getloadavg(),
        "spacy_s": floor_s,
        "spacy_times": floor_times,
        "process_s": build_s,
        "process_ratio": floor_s / build_s,
        "inprocess_s": inproc_s,
        "inprocess_ratio": floor_s / inproc_s,
        "peak_rss_mb": build["peak_rss_mb"],
        "worker_peak_rss_mb": build["worker_peak_rss_mb"],
        "peak_mb_per_million_words": peak / (words / 1e6),
        "graph": {"nodes": K.graph.number_of_nodes(), "edges": K.graph.number_of_edges()},
        "output_mb": {k: round(v / 1e6, 1) for k, v in sorted(sizes.items())},
        "questions": timings,
    }


def one_file_rebuild(work: Path, files: int) -> dict[str, Any]:
    """A one-file rebuild of ``files`` synthetic meetings, as a whole `kg build` process."""
    from synth import write_corpus

    folder = work / "rebuild"
    out = work / "rebuild-out"
    paths = write_corpus(folder, files, seed=7)
    full_s, _ = kg_process(["build", str(folder), "--out", str(out), "-q"])
    same_s, _ = kg_process(["build", str(folder), "--out", str(out), "-q"])
    victim = paths[len(paths) // 2]
    ones, dbs = [], []
    for n in range(3):  # median of 3, each after a line more in the same file
        with victim.open("a", encoding="utf-8") as handle:
            handle.write(f"\n**John Baldwin:** Added note {n} about NVMe.\n")
        ones.append(kg_process(["build", str(folder), "--out", str(out), "-q"])[0])
        with victim.open("a", encoding="utf-8") as handle:
            handle.write(f"\n**John Baldwin:** Another note {n} about NVMe.\n")
        dbs.append(
            kg_process(["build", str(folder), "--out", str(out), "-q", "--outputs", "kg.db"])[0]
        )
    one_s, db_s = statistics.median(ones), statistics.median(dbs)
    bare_s = process_time([sys.executable, "-c", "pass"])
    log(
        f"one-file rebuild of {files}: full {full_s:.1f} s, unchanged {same_s:.1f} s, "
        f"one changed {one_s:.1f} s, one changed with --outputs kg.db {db_s:.1f} s"
    )
    shutil.rmtree(folder, ignore_errors=True)
    return {
        "files": files,
        "full_s": full_s,
        "unchanged_s": same_s,
        "one_changed_s": one_s,
        "one_changed_kgdb_only_s": db_s,
        "one_changed_times": ones,
        "one_changed_kgdb_only_times": dbs,
        "bare_python_s": bare_s,
        "target_s": 2.0,
    }


# --------------------------------------------------------------------------- report


def summary(r: dict[str, Any]) -> str:
    lines = []
    m = r["machine"]
    lines.append(
        f"machine: {m['nproc']} CPUs ({m['cpu']}), {m['memory_gb']} GB, Python {m['python']}, "
        f"spaCy {m['spacy']}, networkx {m['networkx']}, {m['chromium']}"
    )
    lines.append(f"command: {r['command']}  (total {r['total_s']:.0f} s)")
    lines.append(
        f"load average at start / end: {r['loadavg'].get('start')} / {r['loadavg'].get('end')}"
    )
    lines.append("")
    lines.append("| benchmark | kg | baseline (same run) | ratio | target |")
    lines.append("|---|---|---|---|---|")
    t = r.get("throughput")
    if t:
        lines.append(
            f"| build throughput, {t['files']} files, {t['words']:,} words | {t['kg_wps']:,.0f} words/s "
            f"({t['kg_s']:.1f} s) | spaCy blank tokenizer {t['spacy_wps']:,.0f} words/s ({t['spacy_s']:.1f} s) "
            f"| {100 * t['ratio']:.0f}% (pairs: {', '.join(f'{100 * x:.0f}%' for x in t['pair_ratios'])}) "
            f"| >= 40% {'met' if t['ratio'] >= 0.4 else 'MISSED'} |"
        )
        lines.append(
            f"| ... first kg.build in a fresh process (cold caches) | {t['words'] / t['kg_cold_s']:,.0f} words/s "
            f"({t['kg_cold_s']:.1f} s) | | {100 * t['spacy_s'] / t['kg_cold_s']:.0f}% | |"
        )
        for name, c in t["per_corpus"].items():
            lines.append(
                f"| ... {name} ({c['files']} files, {c['words']:,} words) | {c['kg_wps']:,.0f} words/s "
                f"| {c['spacy_wps']:,.0f} words/s | {100 * c['ratio']:.0f}% | |"
            )
    s = r.get("scale")
    if s:
        b = s["baseline"]
        for row in s["rows"]:
            ratio = (
                f"time x{row['time_ratio']:.1f} for size x{row['size_ratio']:.1f}; "
                f"extra memory x{row['extra_rss_ratio']:.1f}"
                if "time_ratio" in row
                else "(base)"
            )
            lines.append(
                f"| scale {row['factor']}x: {row['files']} files, {row['words']:,} words | "
                f"{row['seconds']:.1f} s, {row['wps']:,.0f} words/s, peak {row['peak_rss_mb']:.0f} MB "
                f"(+ largest worker {row.get('worker_peak_rss_mb', 0):.0f} MB) | "
                f"1-file build {b['seconds']:.2f} s, {b['peak_rss_mb']:.0f} MB | {ratio} | linear |"
            )
    i = r.get("incremental")
    if i:
        lines.append(
            f"| incremental: {i['files']} files, one changed | rebuild {i['changed_s']:.2f} s "
            f"({i['changed_parsed']} parsed, {i['changed_from_cache']} cached) | full build "
            f"{i['full_s']:.1f} s; unchanged rebuild {i['unchanged_s']:.2f} s | {100 * i['ratio']:.1f}% "
            f"| < 2 s {'met' if i['changed_s'] < 2 else 'MISSED'} |"
        )
        if "changed_new_process_s" in i:
            lines.append(
                f"| ... the same in a new process (file cache only, imports not counted) | "
                f"{i['changed_new_process_s']:.2f} s ({i['changed_new_process_parsed']} parsed) "
                f"| full build {i['full_s']:.1f} s | "
                f"{100 * i['changed_new_process_s'] / i['full_s']:.1f}% | |"
            )
    mp = r.get("map")
    if mp:
        for row in mp["rows"]:
            draw = (
                f"drawn in {row['draw_s']:.2f} s ({row['drawn_nodes']} nodes, still={row['still']})"
                if "draw_s" in row
                else "not opened"
            )
            ratio = f"{row['draw_vs_empty']:.0f}x the empty page" if "draw_vs_empty" in row else ""
            target = ""
            if row["nodes"] == 2000 and "draw_s" in row:
                target = f"< 2 s {'met' if row['draw_s'] < 2 else 'MISSED'}"
            lines.append(
                f"| map {row['nodes']:,} nodes (max_nodes={row['max_nodes']}) | write_html "
                f"{row['write_s']:.2f} s, {row['bytes'] / 1e6:.1f} MB; {draw} | empty page "
                f"{mp['empty_page_s']:.3f} s | {ratio} | {target} |"
            )
    j = r.get("jobs")
    if j:
        lines.append(
            f"| jobs=2 on the corpora | {j['jobs2_s']:.1f} s | jobs=1 {j['jobs1_s']:.1f} s | "
            f"x{j['speedup']:.2f} | > 1 on {j['nproc']} cores |"
        )
    u = r.get("user")
    if u:
        load = ", ".join(f"{x:.1f}" for x in u["loadavg"])
        what = f"{u['corpora']} corpora, {u['files']} files, {u['words']:,} words"
        floor = f"spaCy blank + nlp.pipe {u['words'] / u['spacy_s']:,.0f} words/s ({u['spacy_s']:.1f} s)"
        lines.append(
            f"| whole `kg build` process, every output, {what} | "
            f"{u['words'] / u['process_s']:,.0f} words/s ({u['process_s']:.1f} s) | {floor} | "
            f"{100 * u['process_ratio']:.0f}% (load {load}) | >= 40% |"
        )
        lines.append(
            f"| kg.build in-process, no outputs, same text | {u['words'] / u['inprocess_s']:,.0f} "
            f"words/s ({u['inprocess_s']:.1f} s) | same | {100 * u['inprocess_ratio']:.0f}% | |"
        )
        lines.append(
            f"| peak memory of that build | {u['peak_rss_mb']:.0f} MB + 2 workers x "
            f"{u['worker_peak_rss_mb']:.0f} MB: {u['peak_mb_per_million_words']:.0f} MB per "
            "million words | | | halved |"
        )
        for name, q in u["questions"].items():
            lines.append(
                f"| `{name}` | {q['kg_s']:.2f} s | bare `python -c pass` {q['bare_s']:.2f} s | "
                f"+{q['over_bare_s']:.2f} s | |"
            )
        lines.append(
            "| outputs (MB) | "
            + ", ".join(f"{k} {v}" for k, v in u["output_mb"].items())
            + " | | | |"
        )
    b = r.get("rebuild")
    if b:
        lines.append(
            f"| one file of {b['files']} changed, whole `kg build` process | {b['one_changed_s']:.2f} s "
            f"(--outputs kg.db: {b['one_changed_kgdb_only_s']:.2f} s; nothing changed "
            f"{b['unchanged_s']:.2f} s) | full build {b['full_s']:.1f} s; bare python "
            f"{b['bare_python_s']:.2f} s | | < 2 s |"
        )
    if t:
        p = t["profile"]
        lines.append("")
        lines.append(
            f"profile of kg.build ({p['total_s']:.1f} s under cProfile); kg functions by cumulative time:"
        )
        for row in p["kg_by_cumtime"][:20]:
            lines.append(
                f"  {row['cum_pct']:5.1f}% cum {row['tot_pct']:5.1f}% own  {row['calls']:>9} calls  {row['where']}"
            )
        lines.append("by own time (all functions):")
        for row in p["by_tottime"][:20]:
            lines.append(
                f"  {row['tot_pct']:5.1f}% own {row['cum_pct']:5.1f}% cum  {row['calls']:>9} calls  {row['where']}"
            )
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--quick", action="store_true", help="small inputs: about a minute")
    parser.add_argument(
        "--out", default="/tmp/kg-bench", help="where results.json and profile.txt go"
    )
    parser.add_argument(
        "--only",
        default="throughput,scale,incremental,map,jobs",
        help="comma-separated sections to run (also: user, rebuild, not run by default)",
    )
    parser.add_argument(
        "--scale",
        type=lambda text: [int(x) for x in text.split(",")],
        default=[1, 10],  # 30 takes 6 minutes and 11 GB; 100 would need about 38 GB
        help="scale factors, times the size of the four corpora (1,056 files; --quick: a tenth)",
    )
    parser.add_argument(
        "--scale-base",
        type=int,
        default=0,
        help="files at 1x (default 1,056: the four corpora; 22 is the bhyve folder)",
    )
    parser.add_argument("--child", nargs=2, metavar=("KIND", "ARG"), help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    only = set(args.only.split(","))
    quick = args.quick
    paths = [CORPORA / d for d in (["freebsd-meetings"] if quick else CORPUS_DIRS)]
    missing = [p for p in paths if not p.is_dir()]
    if missing:
        raise SystemExit(f"missing corpora: {missing}; set KG_CORPORA")
    results: dict[str, Any] = {
        "command": " ".join(["python", "benchmarks/run.py", *sys.argv[1:]]),
        "quick": quick,
        "machine": machine(),
        "loadavg": {},
    }
    start = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        results["loadavg"]["start"] = os.getloadavg()
        if "throughput" in only:
            results["throughput"] = throughput(paths, 1 if quick else 3, out)
        if "scale" in only:
            base = args.scale_base or (REAL_FILES // 10 if quick else REAL_FILES)
            results["scale"] = scale(work, args.scale, base)
        if "incremental" in only:
            results["incremental"] = incremental(work, 200 if quick else 1000)
        if "map" in only:
            results["map"] = map_bench(
                work, [500, 2000] if quick else [500, 2000, 10000], 1 if quick else 3
            )
        if "jobs" in only:
            results["jobs"] = jobs_bench(paths, 1 if quick else 2)
        if "user" in only:
            every = sorted(p for p in CORPORA.iterdir() if p.is_dir())
            results["user"] = user(every[:2] if quick else every, work, 1 if quick else 3)
        if "rebuild" in only:
            results["rebuild"] = one_file_rebuild(work, 100 if quick else 1000)
    results["loadavg"]["end"] = os.getloadavg()
    results["total_s"] = time.perf_counter() - start
    (out / "results.json").write_text(json.dumps(results, indent=2, default=str))
    text = summary(results)
    (out / "summary.md").write_text(text + "\n")
    print(text)
    log(f"results in {out}/results.json, profile in {out}/profile.txt")


if __name__ == "__main__":
    main()
