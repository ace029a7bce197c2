"""A seeded generator of synthetic meeting minutes in the bhyve and Node.js TSC styles.

The minutes have what kg reads in real ones: attendee lists, headings, speaker turns
(``**Name:**`` in bhyve calls, ``* Name: ...`` bullets in TSC meetings), code reviews
(``D19904``, ``nodejs/node#24938`` links) and action items. Names, topics and phrases are drawn
from fixed lists with ``random.Random(seed)``, so the same arguments always write the same bytes.

Usage::

    python benchmarks/synth.py OUT_DIR --files 220 [--words 730] [--seed 0]
"""

from __future__ import annotations

import argparse
import random
from datetime import date, timedelta
from pathlib import Path

FIRST = (
    "John Patrick Rod Michael Chuck Elena Darius Sergiu Scott Matthew Hans Alexandru Peter Allan "
    "Kristof Mark Warner Marcelo Gleb Jakub Antoine Ruben Marco Matteo Filip Rafael Robert Paolo "
    "Michael Joyee James Anna Tierney Myles Rich Gireesh Colin Sam Ujjwal Jordan Beth Wes Vse "
    "Yagiz Richard Chengzhong Mary Sarah Lucia Nadia Ines Tomas Olga Priya Kenji Aiko Lars Ingrid"
).split()
LAST = (
    "Baldwin Mooney Grimes Dexter Tuffli Mihailescu Mihai Weisz Phillips Grooms Rosenfeld Elisei "
    "Grehan Jude Provost Johnston Losh Araujo Smirnoff Jelinek Hamel Bridgewater Ippolito "
    "Collina Skokan Gonzaga Nagy Insogna Zasso Cheung Snell Kumar Wildhagen Lau Mozes Jones "
    "Riggins Seal Bayes Fortes Kesselman Ferreira Novak Petrova Sharma Tanaka Sato Nilsson Berg"
).split()
BHYVE_TOPICS = (
    "NVMe;9pfs;EDK2;UEFI;live migration;save and restore;virtio-net;virtio-blk;PCI passthrough;"
    "if_bridge;APIC;ACPI;VNC console;AHCI;XHCI;TPM;ARM64 port;vCPU pinning;nested paging;"
    "bhyveload;GDB stub;CPU topology;vmm.ko;netmap;jail integration;iommu;HPET;RTC;e1000;"
    "PCI Express;MSI-X;sound device;framebuffer;snapshot;Windows guests;Illumos port"
).split(";")
NODE_TOPICS = (
    "ESM loader;permission model;single executable;undici;WASI;npm;corepack;QUIC;test runner;"
    "diagnostics channel;async hooks;OpenSSL 3;V8 update;release schedule;LTS;security release;"
    "build infrastructure;TypeScript support;fetch API;web streams;worker threads;N-API;"
    "code of conduct;OpenJS Foundation;CI reliability;snapshot builder;policy;AbortController"
).split(";")
VERBS = (
    "is working on;posted a patch for;reviewed the change to;asked about;has a fix for;"
    "will look at;is blocked on;tested;plans to land;found a regression in;benchmarked;"
    "wants feedback on;wrote a design doc for;rebased the work on;proposed dropping"
).split(";")
FILLER = (
    "The change needs another review before it lands in head.|"
    "Discussion of what is remaining, by priority.|"
    "We should ship it in the next minor release.|"
    "There are still differences that cause the guest to crash under load.|"
    "Needs an actual patch before anyone can test it.|"
    "The tests pass locally but fail in CI on one platform.|"
    "Agreed to revisit next week after more data is collected.|"
    "Performance is within a few percent of the previous version.|"
    "This affects users who build their addons against the old interface.|"
    "Documentation should be updated at the same time.|"
    "No objections were raised on the call.|"
    "It can probably be integrated iteratively in the tree."
).split("|")


class People:
    """A fixed pool of synthetic people: full name, first name and handle."""

    def __init__(self, rng: random.Random, count: int = 120) -> None:
        seen: set[str] = set()
        self.names: list[tuple[str, str, str]] = []
        while len(self.names) < count:
            first, last = rng.choice(FIRST), rng.choice(LAST)
            full = f"{first} {last}"
            if full in seen:
                continue
            seen.add(full)
            self.names.append((full, first, (first[0] + last).lower()))

    def pick(self, rng: random.Random, k: int) -> list[tuple[str, str, str]]:
        # a few regulars turn up at most meetings; the rest now and then
        regulars = self.names[:12]
        pool = rng.sample(regulars, min(k // 2 + 1, len(regulars)))
        others = rng.sample(self.names[12:], k)
        return (pool + [p for p in others if p not in pool])[:k]


def _sentence(rng: random.Random, who: str, topics: list[str], review: str) -> str:
    verb = rng.choice(VERBS)
    parts = [
        f"{who} {verb} {rng.choice(topics)}."
        if who
        else f"{verb.capitalize()} {rng.choice(topics)}."
    ]
    if rng.random() < 0.3:
        parts.append(f"See {review} for the details.")
    parts.append(rng.choice(FILLER))
    if rng.random() < 0.3:
        parts.append(f"{rng.choice(topics)} and {rng.choice(topics)} interact here.")
    return " ".join(parts)


def bhyve_minutes(rng: random.Random, people: People, words: int) -> str:
    """One bhyve call: ``# Attendees`` list, ``# Notes`` with bold speaker turns and headings."""
    attendees = people.pick(rng, rng.randrange(6, 13))
    lines = ["# Attendees", ""]
    lines += [f"- {full}" for full, _, _ in attendees]
    lines += ["", "# Notes", ""]
    count = 0
    while count < words:
        topic = rng.choice(BHYVE_TOPICS)
        lines += [f"## {topic}", ""]
        for _ in range(rng.randrange(1, 4)):
            full, first, _ = rng.choice(attendees)
            speaker = full if rng.random() < 0.3 else first
            review = f"D{rng.randrange(15000, 25000)}"
            text = _sentence(rng, "", [topic, *BHYVE_TOPICS[:8]], review)
            if rng.random() < 0.3:
                other = rng.choice(attendees)[1]
                text += f" Discussion between {first} and {other}."
            para = f"**{speaker}:** {text}"
            lines += [para, ""]
            count += len(para.split())
        if rng.random() < 0.15:
            owner = rng.choice(attendees)[1]
            lines += [f"Action: {owner} to follow up on {topic} on the mailing list.", ""]
            count += 9
    return "\n".join(lines) + "\n"


def node_minutes(rng: random.Random, people: People, words: int, day: date) -> str:
    """One TSC meeting: ``## Present`` with handles, ``## Agenda``, issues with bullet turns."""
    attendees = people.pick(rng, rng.randrange(6, 14))
    issue = rng.randrange(1000, 2000)
    lines = [
        f"# Node.js Technical Steering Committee (TSC) Meeting {day.isoformat()}",
        "",
        "## Links",
        "",
        f"* **GitHub Issue**: <https://github.com/nodejs/TSC/issues/{issue}>",
        "",
        "## Present",
        "",
    ]
    lines += [f"* {full} @{handle} (voting member)" for full, _, handle in attendees]
    lines += ["", "## Agenda", "", "### nodejs/node", ""]
    count = 0
    while count < words:
        topic = rng.choice(NODE_TOPICS)
        number = rng.randrange(20000, 64000)
        kind = rng.choice(["pull", "issues"])
        head = f"* {topic}: {rng.choice(VERBS).split()[-1]} it [#{number}](https://github.com/nodejs/node/{kind}/{number})"
        lines.append(head)
        count += len(head.split())
        for _ in range(rng.randrange(1, 5)):
            _, first, _ = rng.choice(attendees)
            text = _sentence(
                rng, "I think this", [topic, *NODE_TOPICS[:6]], f"nodejs/node#{number}"
            )
            line = f"  * {first}: {text}"
            lines.append(line)
            count += len(line.split())
        if rng.random() < 0.15:
            owner = rng.choice(attendees)[1]
            lines.append(f"  * **Action**: {owner} to open an issue about {topic}.")
            count += 9
        lines.append("")
    return "\n".join(lines) + "\n"


def write_corpus(out: str | Path, files: int, *, words: int = 600, seed: int = 0) -> list[Path]:
    """Write ``files`` minutes (half bhyve-style, half TSC-style) of about ``words`` words each.

    File names carry the meeting date (``bhyve/2019-05-23-0001.md``), one meeting per day.
    Returns the paths written.
    """
    rng = random.Random(seed)
    people = People(rng)
    out = Path(out)
    (out / "bhyve").mkdir(parents=True, exist_ok=True)
    (out / "nodejs").mkdir(parents=True, exist_ok=True)
    start = date(2015, 1, 1)
    paths = []
    for i in range(files):
        day = start + timedelta(days=i)
        size = max(100, int(rng.gauss(words, words / 4)))
        if i % 2 == 0:
            path = out / "bhyve" / f"{day.isoformat()}-{i:05d}.md"
            text = bhyve_minutes(rng, people, size)
        else:
            path = out / "nodejs" / f"{day.isoformat()}-{i:05d}.md"
            text = node_minutes(rng, people, size, day)
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("out")
    parser.add_argument("--files", type=int, default=220)
    parser.add_argument("--words", type=int, default=600)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    paths = write_corpus(args.out, args.files, words=args.words, seed=args.seed)
    print(f"wrote {len(paths)} files to {args.out}")


if __name__ == "__main__":
    main()
