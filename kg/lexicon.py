"""The domain lexicon: topics with their aliases, and words that are never topics or people.

A lexicon is a TOML file the user can edit::

    name = "bhyve"
    [[topic]]
    label = "NVMe"
    aliases = ["NVM Express", "nvme(4)"]

    [ignore]
    topics = ["Notes", "Roundtable"]
    people = ["Various"]

    [references]
    phabricator = "https://reviews.freebsd.org/"
"""

from __future__ import annotations

import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from .errors import ConfigError
from .io import read_toml

_STOP = frozenset({"and", "the", "of", "a", "an", "for", "to", "in", "on", "with"})
_MANPAGE = re.compile(r"\\?\(\d[a-z]?\)$")
_ACRONYM_PLURAL = re.compile(r"[A-Za-z]*[A-Z][A-Za-z0-9]*[A-Z0-9]s")
_KEY_SPLIT = re.compile(r"[\s/&+,_.:-]+")
_NOT_WORD = re.compile(r"[^\w]")
_PLUS = re.compile(r"(?<=\w)\+\+")
_SHARP = re.compile(r"(?<=\w)#(?![\w#])")


@lru_cache(maxsize=65536)
def topic_key(text: str) -> str:
    """The key under which surface forms of one topic fold together.

    >>> topic_key("if\\\\_bridge(4)") == topic_key("if_bridge") == topic_key("IF_BRIDGE")
    True
    >>> topic_key("PCI-e") == topic_key("PCIe"), topic_key("Save and Restore") == topic_key("save/restore")
    (True, True)
    >>> topic_key("APIs") == topic_key("API"), topic_key("lints") == topic_key("lint")
    (True, True)
    >>> topic_key("dataclasses") == topic_key("dataclass"), topic_key("hashes") == topic_key("hash")
    (True, True)
    >>> topic_key("NVMe support") == topic_key("nvme"), topic_key("Kubernetes") == topic_key("kubernetes")
    (True, True)
    >>> len({topic_key("C++"), topic_key("C#"), topic_key("C")}), topic_key("Notepad++")
    (3, 'notepadplusplus')
    """
    text = unicodedata.normalize("NFKC", text).replace("\\", "").strip()
    text = _MANPAGE.sub("", text)
    if "+" in text or "#" in text:  # C++, C# and C are three languages
        text = _SHARP.sub("sharp", _PLUS.sub("plusplus", text))
    if _ACRONYM_PLURAL.fullmatch(text):  # "APIs", "OSs", "vCPUs"
        text = text[:-1]
    words = [w for w in _KEY_SPLIT.split(text.lower()) if w and w not in _STOP]
    if len(words) > 1 and words[-1] == "support":
        words.pop()  # "NVMe support" is NVMe
    last = words[-1] if words else ""
    if len(last) > 5 and last.isalpha() and last.endswith(("sses", "shes", "xes")):
        words[-1] = words[-1][:-2]  # "dataclasses" and "dataclass", "hashes" and "hash"
    elif len(last) > 3 and last.isalpha() and last.endswith("s") and last[-2] not in "sui":
        words[-1] = words[-1][:-1]  # "lints" and "lint", "GATs" and "GAT" are one topic
    return _NOT_WORD.sub("", "".join(words))


@dataclass(frozen=True)
class Topic:
    """A topic of the lexicon: its display label and every alias (label included)."""

    label: str
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Lexicon:
    """Topics with aliases, plus words to ignore. The empty lexicon is valid and common."""

    name: str = ""
    topics: tuple[Topic, ...] = ()
    ignore_topics: frozenset[str] = frozenset()
    ignore_people: frozenset[str] = frozenset()
    phabricator: str = ""
    path: str = ""
    _keys: dict[str, str] = field(default_factory=dict, compare=False, hash=False, repr=False)

    def __post_init__(self) -> None:
        for topic in self.topics:
            for alias in (topic.label, *topic.aliases):
                self._keys.setdefault(topic_key(alias), topic.label)

    def canonical(self, surface: str) -> str | None:
        """The lexicon label for ``surface``, or None when the lexicon does not know it."""
        return self._keys.get(topic_key(surface))

    def terms(self) -> list[tuple[str, str]]:
        """Every (alias, label) pair, for the phrase matcher."""
        return sorted({(a, t.label) for t in self.topics for a in (t.label, *t.aliases)})

    def fingerprint(self) -> str:
        """A string that changes whenever the lexicon's content changes (for the cache key)."""
        parts = [self.name, self.phabricator]
        parts += [f"{t.label}={'|'.join(t.aliases)}" for t in self.topics]
        parts += sorted(self.ignore_topics) + ["--"] + sorted(self.ignore_people)
        return "\n".join(parts)


def load_lexicon(path: str | os.PathLike[str] | None) -> Lexicon:
    """Read a lexicon TOML file; ``None`` gives the empty lexicon.

    Raises :class:`ConfigError` with the file and what to fix when the file is malformed.
    """
    if path is None:
        return Lexicon()
    where = Path(path)
    data = read_toml(where, "lexicon file", "--lexicon")
    topics: list[Topic] = []
    raw_topics = data.get("topic", [])
    if not isinstance(raw_topics, list):
        raise ConfigError(f"{where}: 'topic' must be an array of tables ([[topic]] entries)")
    for number, entry in enumerate(raw_topics, start=1):
        if not isinstance(entry, dict) or not isinstance(entry.get("label"), str):
            raise ConfigError(f"{where}: topic #{number} needs a string 'label'")
        aliases = entry.get("aliases", [])
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise ConfigError(
                f"{where}: topic {entry['label']!r}: 'aliases' must be a list of strings"
            )
        label = entry["label"].strip()
        if not label:
            raise ConfigError(f"{where}: topic #{number} has an empty label")
        topics.append(Topic(label, tuple(a.strip() for a in aliases if a.strip())))
    ignore = data.get("ignore", {})
    refs = data.get("references", {})
    if not isinstance(ignore, dict) or not isinstance(refs, dict):
        raise ConfigError(f"{where}: [ignore] and [references] must be tables")
    return Lexicon(
        name=str(data.get("name", where.stem)),
        topics=tuple(topics),
        ignore_topics=frozenset(topic_key(t) for t in ignore.get("topics", [])),
        ignore_people=frozenset(str(p).lower() for p in ignore.get("people", [])),
        phabricator=str(refs.get("phabricator", "")),
        path=str(where),
    )


def suggest(graph: Any, name: str = "", least: int = 2) -> str:
    """A draft lexicon (TOML) of the topics found in ``graph``, for a maintainer to edit and pass
    back with ``--lexicon``: each topic with its other spellings, how often and when it was seen,
    the most discussed first. Topics seen in fewer than ``least`` meetings are left out.

    >>> import networkx as nx
    >>> g = nx.Graph(title="bhyve minutes")
    >>> g.add_node("topic:nvme", kind="topic", label="NVMe", aliases=["nvme", "NVM Express"],
    ...            mentions=9, meeting_count=3, first_seen="2019-01-24", last_seen="2019-05-23")
    >>> print(suggest(g, "bhyve"))  # doctest: +ELLIPSIS
    # A draft lexicon ...
    name = "bhyve"
    <BLANKLINE>
    [ignore]
    topics = []
    people = []
    <BLANKLINE>
    [[topic]]  # 9 mentions in 3 meetings, 2019-01-24 to 2019-05-23
    label = "NVMe"
    aliases = ["NVM Express"]
    <BLANKLINE>
    """
    least = max(1, min(least, int(graph.graph.get("meetings", least))))  # one file: all it has
    topics = [
        d
        for _, d in graph.nodes(data=True)
        if d.get("kind") == "topic" and d.get("meeting_count", 0) >= least
    ]
    topics.sort(key=lambda d: (-d.get("meeting_count", 0), -d.get("mentions", 0), d["label"]))
    lines = [
        "# A draft lexicon written by `kg lexicon suggest`: keep the topics that are right, fix",
        "# their labels, merge spellings into `aliases`, move junk into [ignore], then build with",
        "# --lexicon this file. Each topic's comment says how often and when the minutes name it.",
        f"name = {_toml(name or re.sub(r' minutes$', '', str(graph.graph.get('title', ''))))}",
        "",
        "[ignore]",
        "topics = []",
        "people = []",
        "",
    ]
    for d in topics:
        label = d["label"]
        low = label.lower()
        aliases = sorted(
            {a.strip() for a in d.get("aliases", []) if a.strip().lower() not in ("", low)}
        )
        seen = f"{d.get('first_seen') or '?'} to {d.get('last_seen') or '?'}"
        n, m = d.get("mentions", 0), d.get("meeting_count", 0)
        count = f"{n} mention{'s' * (n != 1)} in {m} meeting{'s' * (m != 1)}, {seen}"
        lines += [f"[[topic]]  # {count}", f"label = {_toml(label)}"]
        if aliases:
            lines.append(f"aliases = [{', '.join(_toml(a) for a in aliases)}]")
        lines.append("")
    return "\n".join(lines)


def _toml(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(text, ensure_ascii=False)
