"""Precision audit: a seeded sample of a corpus's person and topic nodes and `kg who` answers.

    python benchmarks/audit.py sample nodejs-tsc            # print the sample to judge
    python benchmarks/audit.py score nodejs-tsc             # precision from the judgements kept
    python benchmarks/audit.py score --all                  # every corpus with judgements
    python benchmarks/audit.py sample nodejs-tsc --seed 7   # a fresh sample of other nodes

The corpus is built from ../shared/corpora/CORPUS with no lexicon and no people file, as a new
user would. The sample is 40 person and 40 topic nodes drawn with a fixed seed, and the top 3
answers of `kg who` for each subject listed in benchmarks/audit/subjects/CORPUS.txt (8 subjects
per corpus, chosen by reading its minutes).

Judgements live in benchmarks/audit/CORPUS.tsv, one line per node, kept across runs and keyed by
the node's kind and label (so a node judged once is not judged again):

    person<TAB>Mark Johnston<TAB>ok
    person<TAB>Doc<TAB>junk<TAB>from "Google Doc"
    person<TAB>markj<TAB>duplicate of Mark Johnston
    topic<TAB>tsc-agenda<TAB>junk
    topic<TAB>San Francisco<TAB>wrong kind
    who<TAB>NVMe / 1 / Chuck Tuffli<TAB>good
    who<TAB>NVMe / 2 / Rod Grimes<TAB>partly

Person and topic verdicts: ok, junk, duplicate of X, wrong kind, wrong person (a real human under
another's name). Precision is the share of judged sampled nodes that are ok. `kg who` verdicts:
good, partly, wrong; a subject with no topic node counts as missing.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import networkx as nx

ROOT = Path(__file__).resolve().parent.parent
CORPORA = Path(os.environ.get("KG_CORPORA", ROOT.parent / "shared" / "corpora"))
JUDGED = ROOT / "benchmarks" / "audit"
SAMPLE = 40
SEED = 2026
NODE_VERDICTS = ("ok", "junk", "duplicate of", "wrong kind", "wrong person")
WHO_VERDICTS = ("good", "partly", "wrong")

sys.path.insert(0, str(ROOT))


def build(corpus: str) -> nx.Graph:
    import kg

    return kg.build([CORPORA / corpus], cache=False).graph


def sample(graph: nx.Graph, kind: str, n: int = SAMPLE, seed: int = SEED) -> list[str]:
    """A seeded sample of the nodes of one kind: the n whose labels hash lowest. A node's place
    depends on its label only, so a change that adds or drops a few nodes changes the sample by
    those few (a random.sample of the id list reshuffles it whole)."""

    def rank(nid: str) -> str:
        return hashlib.sha256(f"{seed}:{graph.nodes[nid]['label']}".encode()).hexdigest()

    # a name kg leaves unresolved ("Michael" of two Michaels) is listed by `kg people
    # --unresolved` as a name, not as a person, and answers no `kg who`: not sampled
    ids = [
        nid
        for nid, d in graph.nodes(data=True)
        if d["kind"] == kind and not (kind == "person" and d.get("unresolved"))
    ]
    return sorted(sorted(ids, key=rank)[:n])


def evidence(graph: nx.Graph, nid: str, most: int = 2) -> list[str]:
    """The node's strongest evidence sentences: from its heaviest edges to people or topics."""
    edges = sorted(
        graph[nid].items(),
        key=lambda item: (-item[1].get("weight", 0), item[0]),
    )
    out: list[str] = []
    for _other, data in edges:
        for ev in data.get("evidence", [])[:1]:
            line = f"{ev.get('date', '')} {ev.get('path', '').split('corpora/')[-1]}:{ev.get('line', '')}: {ev['text'][:160]}"
            if line not in out:
                out.append(line)
        if len(out) >= most:
            break
    return out


def subjects(corpus: str) -> list[str]:
    """The subjects chosen by reading the corpus: benchmarks/audit/subjects/CORPUS.txt."""
    path = JUDGED / "subjects" / f"{corpus}.txt"
    if not path.is_file():
        return []
    lines = path.read_text(encoding="utf-8").splitlines()
    return [s.strip() for s in lines if s.strip() and not s.startswith("#")]


def who_answers(graph: nx.Graph, corpus: str) -> list[tuple[str, int, str, str]]:
    """(subject, rank, person, first evidence) of the top 3 answers of `kg who` per subject."""
    from kg import analyse
    from kg.errors import LookupMiss

    rows: list[tuple[str, int, str, str]] = []
    for subject in subjects(corpus):
        try:
            frame = analyse.who_works_on(graph, subject).head(3)
        except LookupMiss:
            rows.append((subject, 0, "", "(no such topic)"))
            continue
        for rank, row in enumerate(frame.itertuples(), start=1):
            rows.append((subject, rank, str(row.person), str(row.evidence)[:160]))
    return rows


def load_judgements(corpus: str) -> dict[tuple[str, str], str]:
    path = JUDGED / f"{corpus}.tsv"
    out: dict[tuple[str, str], str] = {}
    if not path.is_file():
        return out
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) < 3:
            raise SystemExit(f"{path}:{number}: want kind<TAB>label<TAB>verdict")
        kind, label, verdict = parts[0], parts[1], parts[2].strip()
        allowed = WHO_VERDICTS if kind == "who" else NODE_VERDICTS
        if not verdict.startswith(allowed):
            raise SystemExit(f"{path}:{number}: verdict {verdict!r} is not one of {allowed}")
        out[(kind, label)] = verdict
    return out


def who_key(subject: str, rank: int, person: str) -> str:
    return f"{subject} / {rank} / {person}"


def print_sample(corpus: str, graph: nx.Graph, seed: int = SEED) -> None:
    judged = load_judgements(corpus)
    for kind in ("person", "topic"):
        ids = sample(graph, kind, seed=seed)
        total = sum(1 for _, d in graph.nodes(data=True) if d["kind"] == kind)
        print(f"## {kind} nodes: {len(ids)} of {total}\n")
        for nid in ids:
            d = graph.nodes[nid]
            mark = judged.get((kind, d["label"]), "?")
            aliases = ", ".join(a for a in d.get("aliases", []) if a != d["label"])[:120]
            print(f"[{mark}] {kind}\t{d['label']}")
            print(
                f"    mentions {d['mentions']}, meetings {d['meeting_count']}"
                f"{', aliases: ' + aliases if aliases else ''}"
            )
            for line in evidence(graph, nid):
                print(f"    - {line}")
        print()
    rows = who_answers(graph, corpus)
    if rows:
        print("## kg who: top 3 per subject\n")
    for subject, rank, person, text in rows:
        key = who_key(subject, rank, person)
        mark = judged.get(("who", key), "?") if rank else "missing"
        print(f"[{mark}] who\t{key}\n    - {text}")


def precision(corpus: str, graph: nx.Graph, seed: int = SEED) -> dict[str, Any]:
    judged = load_judgements(corpus)
    out: dict[str, Any] = {"corpus": corpus}
    for kind in ("person", "topic"):
        verdicts = [
            judged.get((kind, graph.nodes[n]["label"])) for n in sample(graph, kind, seed=seed)
        ]
        known = [v for v in verdicts if v]
        ok = sum(1 for v in known if v == "ok")
        out[kind] = (ok, len(known), len(verdicts) - len(known))
        out[f"{kind}_errors"] = Counter(v.split(" of ")[0] for v in known if v != "ok")
    who = Counter()
    for subject, rank, person, _ in who_answers(graph, corpus):
        who[
            "missing" if not rank else judged.get(("who", who_key(subject, rank, person)), "?")
        ] += 1
    out["who"] = who
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["sample", "score"])
    parser.add_argument("corpus", nargs="?")
    parser.add_argument("--all", action="store_true", help="every corpus with judgements")
    parser.add_argument(
        "--seed",
        type=int,
        default=SEED,
        help="another sample (a fresh look; %(default)s is the kept one)",
    )
    args = parser.parse_args()
    if args.all:
        corpora = sorted(p.stem for p in JUDGED.glob("*.tsv"))
    elif args.corpus:
        corpora = [args.corpus]
    else:
        parser.error("name a corpus or give --all")
    for corpus in corpora:
        if not (CORPORA / corpus).is_dir():
            raise SystemExit(f"no corpus {corpus!r} under {CORPORA}")
        graph = build(corpus)
        if args.command == "sample":
            print_sample(corpus, graph, args.seed)
            continue
        res = precision(corpus, graph, args.seed)
        cells = []
        for kind in ("person", "topic"):
            ok, known, unjudged = res[kind]
            share = f"{ok / known:.0%}" if known else "-"
            errors = ", ".join(f"{k} {v}" for k, v in res[f"{kind}_errors"].most_common())
            cells.append(
                f"{kind} {share} ({ok}/{known}{f', {unjudged} unjudged' if unjudged else ''}"
                f"{'; ' + errors if errors else ''})"
            )
        who = ", ".join(f"{k} {v}" for k, v in sorted(res["who"].items()))
        print(f"{corpus}: " + "; ".join(cells) + (f"; who: {who}" if who else ""))


if __name__ == "__main__":
    main()
