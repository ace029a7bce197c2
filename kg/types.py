"""The data that flows through kg: frozen, hashable dataclasses with provenance on everything."""

from __future__ import annotations

from dataclasses import dataclass, field

KINDS = ("person", "topic", "reference", "repository", "meeting", "organization", "action")


@dataclass(frozen=True)
class Source:
    """Where something was read: a file, a 1-based line and the section heading it sits under."""

    path: str
    line: int
    section: str = ""


@dataclass(frozen=True)
class RawMinutes:
    """A file's text, decoded and repaired, before any Markdown is parsed."""

    path: str
    text: str
    digest: str
    date: str = ""
    encoding: str = "utf-8"
    warnings: tuple[str, ...] = ()


@dataclass(frozen=True)
class Link:
    """A Markdown link: its text, its URL and where its text sits in the block's plain text."""

    text: str
    url: str
    start: int
    end: int


@dataclass(frozen=True)
class Block:
    """A run of prose (paragraph, list item or one speaker's line) with Markdown stripped.

    ``speakers`` are the raw labels of the turn it belongs to (``("John",)`` for ``**John:**``),
    ``bold`` holds character ranges of bold text, ``links`` the links inside it.
    """

    text: str
    source: Source
    speakers: tuple[str, ...] = ()
    bold: tuple[tuple[int, int], ...] = ()
    links: tuple[Link, ...] = ()
    is_heading: bool = False
    depth: int = 0  # list nesting of a block of prose; a heading's level (1-6) for a heading
    # a heading read from a list item or a paragraph: its section ends at the first block of
    # prose less deeply nested than this (0: at the next heading, as a Markdown heading's)
    item: int = 0
    code: tuple[tuple[int, int], ...] = ()  # character ranges of inline code
    lines: tuple[tuple[int, int], ...] = ()  # (offset in text, line in the file) where lines begin


@dataclass(frozen=True)
class Attendee:
    """An entry of an attendee list: ``role`` is ``attendee`` or ``absent`` (regrets, apologies)."""

    name: str
    source: Source
    handle: str = ""
    organization: str = ""
    role: str = "attendee"


@dataclass(frozen=True)
class Section:
    """A heading: its plain title, level and line."""

    title: str
    level: int
    source: Source


@dataclass(frozen=True)
class Shape:
    """What linking needs to know of a block once its text is gone (see kg.link)."""

    heading: bool = False
    depth: int = 0  # as Block.depth
    item: int = 0  # as Block.item
    title: bool = False  # the meeting's title heading
    vote: bool = False  # a check-list line naming only people ("[x] @scottmcm"), a turn "yes"
    names_only: bool = False  # a line of names alone: "@stebalien / @alanshaw"
    question: bool = False  # a short question
    courtesy: bool = (
        False  # thanks, a welcome or a role in the meeting: "Thanks @zbynek!", "Scribe: Tom"
    )
    decision: bool = False  # the agenda or a decision read out: "→ #3090: warn by default"
    part: bool = False  # a heading naming a part of a report: "Progress", "Next steps", "Blockers"
    handover: int = -1  # where a chair's short turn names who takes the item: "OQL planner. Arjun"
    # where the brackets of a paragraph's opening label, naming who reports it, start and end:
    # "Security (Director Iyer). The foundation became a CVE Numbering Authority ..."
    opener: tuple[int, int] = (-1, -1)


@dataclass(frozen=True)
class Meeting:
    """One file of minutes, parsed."""

    id: str
    date: str
    title: str
    path: str
    attendees: tuple[Attendee, ...]
    sections: tuple[Section, ...]
    blocks: tuple[Block, ...]
    warnings: tuple[str, ...] = ()
    words: frozenset[str] = frozenset()  # lower-case words used; kept when blocks are dropped
    shapes: tuple[Shape, ...] = ()  # each block's shape; kept when blocks are dropped
    declared: frozenset[str] = frozenset()  # names a code sample declares ("type HousePet")
    # a file of many meetings, each with its list: every entry, (its list's first line, name)
    listed: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class Mention:
    """A span of a block that names a person, topic, reference, organization or action.

    ``key`` is the normalised form used to group mentions before resolution; ``attrs`` carries
    extra facts as sorted pairs (a reference's url and title, an action's owner...).
    """

    text: str
    kind: str
    key: str
    start: int
    end: int
    meeting_id: str
    source: Source
    sentence: str
    role: str = ""
    attrs: tuple[tuple[str, str], ...] = ()
    block: int = -1

    def attr(self, name: str, default: str = "") -> str:
        """Return the extra attribute ``name``."""
        for key, value in self.attrs:
            if key == name:
                return value
        return default


@dataclass(frozen=True)
class Entity:
    """A resolved thing: one person, topic or reference across all its surface forms.

    For a person: ``handles`` (logins), ``organization``, and ``unresolved`` with the
    ``candidates`` it could be when a name fits several people.
    """

    id: str
    kind: str
    label: str
    aliases: tuple[str, ...] = ()
    attrs: tuple[tuple[str, str], ...] = field(default=())
    handles: tuple[str, ...] = ()
    organization: str = ""
    unresolved: bool = False
    candidates: tuple[str, ...] = ()


@dataclass(frozen=True)
class Resolution:
    """Who each person mention names: ``person_of[(meeting id, mention index)]`` is an id of
    ``people``."""

    person_of: dict[tuple[str, int], str]
    people: dict[str, Entity]
