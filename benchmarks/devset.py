"""The dev set's figures per corpus, as a Markdown table for benchmarks/ACCURACY.md.

    python benchmarks/devset.py                 # tests/gold/*.json, each document built on its own
    python benchmarks/devset.py --json out.json # also keep every figure

Each row is the mean over that corpus's gold documents (no lexicon, no people file); the last
row is the mean over all documents, the figure `kg eval tests/gold` prints and CI holds to the
floor in tests/eval-floor.json.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kg.evaluate import FIGURES, Evaluation, evaluate, load_gold  # noqa: E402

SHOWN = (
    "person_p",
    "person_r",
    "person_split",
    "person_full",
    "person_merged",
    "topic_p",
    "topic_r",
    "ref_f1",
    "edge_p",
    "edge_r",
    "action_r",
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", help="write every document's figures here")
    args = parser.parse_args()
    golds = [load_gold(p) for p in sorted((ROOT / "tests" / "gold").glob("*.json"))]
    result = evaluate(golds, roots=[ROOT.parent / "shared" / "corpora"])
    groups: dict[str, list] = defaultdict(list)  # type: ignore[type-arg]
    for doc in result.documents:
        groups[doc.doc.split("/")[0]].append(doc)
    print("| corpus | docs | " + " | ".join(SHOWN) + " |")
    print("|---" * (len(SHOWN) + 2) + "|")
    rows = [(name, Evaluation(docs)) for name, docs in sorted(groups.items())]
    rows.append(("**all (mean)**", result))
    for name, ev in rows:
        mean = ev.mean()
        cells = ["-" if mean[f] is None else f"{mean[f]:.2f}" for f in SHOWN]
        print(f"| {name} | {len(ev.documents)} | " + " | ".join(cells) + " |")
    if args.json:
        Path(args.json).write_text(json.dumps(result.to_dict(), indent=1, ensure_ascii=False))
    assert set(SHOWN) <= set(FIGURES)


if __name__ == "__main__":
    main()
