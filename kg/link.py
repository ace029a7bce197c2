"""Who works on what: the rules that link one meeting's mentions, one small function each.

A meeting is read block by block (a paragraph, a list item, one speaker's turn) under the section
it sits in. Each rule looks at one block and adds edges, each with the sentence behind it:

- ``attendance``: attendees attended the meeting; ``Name (Org)`` entries are members of Org.
- ``mentioned``: what a block names was mentioned in the meeting.
- ``turn``: a speaker works on the topics and reviews of their own turn.
- ``named``: a person named in a sentence works on the topics and reviews of that sentence.
- ``start_section``: the people a heading names with its subject ("Zarr v3 backend (Olumide
  Bakare)", "Ann's proposal for GC") present it: they work on it, and the first of them owns its
  tasks that name no one.
- ``section``: the people of a block work on its section's heading topic; a speaker who only asks
  a question counts for little, and a check-list of names or a turn that only says "yes" (a
  vote) not at all.
- ``owners``: the people named alone on a line ("@stebalien / @alanshaw") under a heading own the
  notes that follow, up to the next such line or heading: their unattributed topics and reviews.
- ``review_list``: "Chuck has several new reviews up:" and the list of reviews under it.
- ``about``: a review is about the topics in its sentence, its title and its section.
- ``related``: topics named in one sentence are related.
- ``organization``: "Pooja at Juniper" makes Pooja a member of Juniper.
- ``actions``: an action item is owned by each person it names as owner, raised in the meeting,
  and concerns the topics and reviews of its sentence.

A section starts at a heading and ends at the next one. A meeting's title is a section of its
own that links nobody to anything: every attendee would otherwise work on the project's name.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .lexicon import topic_key
from .types import Meeting, Mention, Shape

if TYPE_CHECKING:
    from .graph import GraphBuilder

W_TURN = 1.0  # the person says it, or is named in the same sentence
W_SECTION = 0.5  # the person speaks in a section about it
W_QUESTION = 0.25  # ... but only asks a question there (or a note says they asked one)
W_LIST = 0.75  # "Chuck has several new reviews up:" followed by a list of reviews
W_OWNER = 0.75  # a note in a section that names its owners under the heading
W_ITEM = 0.75  # a list item's subject, to the one person it names in another sentence
W_BOLD = 1.25  # a bold name in a section about a topic: the scribe marks who acted

# how well a sentence shows a person's part in a topic: evidence is shown strongest first
SHOWS_BOTH = 3  # the sentence names the topic, and the person says or is named in it
SHOWS_TOPIC = 2  # the sentence names the topic
SHOWS_CONTEXT = 1  # the sentence is the person's, in a section about the topic
SHOWS_NOTHING = 0  # attendance

_CHECKBOX = re.compile(r"^\s*(?:\[[ xX]?\]|[-+]1|[\u2610-\u2612\u2705\u274c])\s*")
_NOD = re.compile(
    r"[\W_]*(?:yes|yea|yeah|yep|no|nay|nope|abstain(?:ing|s)?|aye|[-+][01]|here|present|ok(?:ay)?"
    r"|agreed?|lgtm|sure|same|thx|thanks|ty|o/|\\o)(?:\s+(?:from\s+me|here|too|also|again))?[\W_]*",
    re.I,
)
# a ranked ballot: "1 > 2 > FD > 3", "B = C > A"
_RANKING = re.compile(r"[\W_]*\w{1,3}(?:[ \t]*[>=][ \t]*\w{1,3})+[\W_]*")
_QUESTION = re.compile(r"[^.!?]{1,200}\?")  # one short question, nothing else
# what a line says besides the names in it when it only thanks, welcomes or names a role in the
# meeting ("Holding the token: Trevis" names the owner of the work: not a courtesy)
_COURTESY = re.compile(
    r"[\W_]*(?:(?:many\s+|big\s+)?thanks?(?:\s+you)?(?:\s+(?:to|for))?|kudos(?:\s+to)?"
    r"|shout-?outs?(?:\s+to)?|welcome(?:\s+back)?(?:\s+to)?|congrat\w*(?:\s+to)?|hi|hello"
    r"|chair(?:ed\s+by)?|scribe|note[- ]?takers?"
    r"|notes?\s+(?:taken\s+)?by|host(?:ed\s+by)?|facilitator|moderator)"
    r"(?:\s+(?:everyone|all|folks|again))?[\W_]*",
    re.I,
)
# a turn reading out the agenda or what the meeting decided: the group's, not the speaker's
# work ("→ #3090: warn by default", "AGREED: ...", "Welcome. Agenda: (1) layer cache ...")
_DECISION = re.compile(
    r"\s*(?:\u2192|=>|->|#(?:agreed|decided|resolved)\b"
    r"|(?:agreed|decided|decisions?|resolved|resolution|(?:welcome\W+)?agenda)\s*:)",
    re.I,
)
# "reminder: dev call at 14:00. agenda: (1) WAL fsync (2) ...": the chair's turn lists the agenda
_AGENDA_SAID = re.compile(r"[.!?][ \t]+(?:today['\u2019]?s[ \t]+)?agenda[ \t]*:", re.I)
# the parts of one subject's report, as sub-headings: they stay in its section
_REPORT_PART = re.compile(
    r"[\W_]*(?:(?:mentor'?s?|reviewer'?s?|maintainer'?s?|my|our|this\s+week'?s?)\s+)?"
    r"(?:progress|status|blockers?|blocked|next\s+steps?|notes|done|doing|to\s*do|plans?"
    r"|risks?|results?|details|background|context|outcomes?|open\s+questions|problems?"
    r"|challenges|achievements|accomplishments|what\s+I\s+did|what'?s\s+next"
    r"|(?:last|this|next)\s+(?:week|sprint|cycle))[\W_]*",
    re.I,
)
_FILLER = re.compile(r"[\W_]+|\b(?:and|or)\b", re.I)
# a vote's tally: "In favour: Eze, Iyer. Against: none. Abstain: Ó Dálaigh."
_TALLY = re.compile(
    r"\W*(?:in\s+favou?r(?:\s+of\s+\w+(?:\s+\w+)?)?|against|abstain(?:ed|ing|s)?|abstentions?|ayes?"
    r"|nays?|for)\s*(?:\(\d+\))?\s*:",
    re.I,
)

_VOTER = re.compile(
    r"\b(?:abstain(?:ed|ing|s)?|abstentions?|opposed|against)[ \t]*(?:\(|:|by|from)[ \t]*@?$", re.I
)
# "Vote — reject SIP-55: Yes: Adaeze, Tomasz / No: Niamh": the names after a vote's label
_VOTES = re.compile(
    r"(?:^|[\s:/|;,(])(?:yes|no|yea|nay|ayes?|nays?|in\s+favou?r|against|abstain(?:ed|s)?"
    r"|abstentions?|\+1|-1)[ \t]*(?:\(\d+\))?[ \t]*:[^.;]*$",
    re.I,
)


@dataclass
class Section:
    """The heading a block sits under: its topics and reviews, and the people who own it."""

    topics: list[int] = field(default_factory=list)
    refs: list[int] = field(default_factory=list)
    owners: list[int] = field(default_factory=list)
    owners_depth: int = -1  # the list depth of the line naming the owners: their notes are deeper
    parent: Section | None = None  # the section around a list item read as a heading
    ends_below: int = 0  # it ends at the first block of prose nested less deeply than this
    presenter: int = -1  # the first person its heading names beside its subject: its tasks'
    level: int = 0  # its heading's level (1-6; 0 for none)


@dataclass
class Group:
    """The mentions of one block, by what they are, and the block's shape."""

    shape: Shape = field(default_factory=Shape)
    heading: bool = False
    speakers: list[int] = field(default_factory=list)
    named: list[int] = field(default_factory=list)
    topics: list[int] = field(default_factory=list)
    refs: list[int] = field(default_factory=list)
    orgs: list[int] = field(default_factory=list)
    actions: list[int] = field(default_factory=list)
    members: list[int] = field(default_factory=list)

    @property
    def people(self) -> list[int]:
        return self.speakers + self.named


class Linker:
    """Links one meeting's mentions (``ids`` holds each mention's node id) into ``builder``."""

    def __init__(
        self, builder: GraphBuilder, meeting: Meeting, mentions: list[Mention], ids: list[str]
    ) -> None:
        self.b = builder
        self.meeting = meeting
        self.mentions = mentions
        self.ids = ids
        self.mid = "meeting:" + meeting.id
        self.attendees: set[str] = set()
        # "Luana Ferreira (gotide)": the project each attendee speaks for, by its topic's key
        self.projects = {
            topic_key(a.organization): a.name
            for a in meeting.attendees
            if a.organization[:1].islower() and " " not in a.organization
        }
        self.section = Section()
        self.last_people: list[int] = []  # the people of the last block that named any

    def listed(self, name: str) -> str:
        """The node of a person the meeting lists as attending under this name ("" if none)."""
        low = name.lower()
        for m, nid in zip(self.mentions, self.ids, strict=True):
            if m.kind == "person" and m.role == "attendee" and m.text.lower() == low:
                return nid
        return ""

    def named(self, name: str) -> str:
        """The node of a person the meeting names this way anywhere, a turn of theirs first
        ("- mgarza: tag it" in the chair's summary is the mgarza who spoke)."""
        low = name.lower()
        found = [
            (m.role != "speaker", nid)
            for m, nid in zip(self.mentions, self.ids, strict=True)
            if m.kind == "person" and m.text.lower() == low
        ]
        return min(found)[1] if found else ""

    def ids_of(self, mentions: list[int]) -> set[str]:
        """The nodes of these mentions."""
        return {self.ids[i] for i in mentions}

    def edge(
        self,
        a: int | str,
        b: int | str,
        relation: str,
        weight: float,
        mention: int,
        shows: int,
        text: str | None = None,
    ) -> None:
        """Link two mentions (or a mention and a node id) with ``mentions[mention]``'s sentence."""
        na = self.ids[a] if isinstance(a, int) else a
        nb = self.ids[b] if isinstance(b, int) else b
        self.b.edge(na, nb, relation, weight, self.meeting, self.mentions[mention], text, shows)

    def shows(self, person: int, thing: int) -> int:
        """How well ``thing``'s sentence shows ``person``'s part in it."""
        m, p = self.mentions[thing], self.mentions[person]
        if p.role == "speaker" or p.sentence == m.sentence:
            return SHOWS_BOTH
        return SHOWS_TOPIC

    def run(self) -> None:
        groups: dict[int, Group] = {}
        for index, m in enumerate(self.mentions):
            if m.role in ("attendee", "absent"):
                attendance(self, index)
                continue
            if m.kind == "person" and (
                _TALLY.match(m.sentence)
                # "approved +7/0/-0 with 1 abstain (zwrob)": who abstained did no work on it
                or _VOTER.search(m.sentence, 0, max(0, m.sentence.find(m.text)))
                or _VOTES.search(m.sentence, 0, max(0, m.sentence.find(m.text)))
            ):
                continue  # "In favour: Eze, Iyer, Ó Dálaigh.": a vote, no evidence of work
            g = groups.get(m.block)
            if g is None:
                g = groups[m.block] = Group()
            g.members.append(index)
            if m.role == "heading":
                g.heading = True
            kind = "speaker" if m.role == "speaker" else m.kind
            bucket = {
                "speaker": g.speakers,
                "person": g.named,
                "topic": g.topics,
                "reference": g.refs,
                "organization": g.orgs,
                "action": g.actions,
            }.get(kind)
            if bucket is not None:
                bucket.append(index)
        # every block counts, with mentions or not: a bare heading still ends a section
        shapes = self.meeting.shapes or block_shapes(self.meeting, self.mentions)
        for block in range(len(shapes)):
            groups.setdefault(block, Group())
        for block in sorted(groups):
            g = groups[block]
            if 0 <= block < len(shapes):
                g.shape = shapes[block]
                g.heading = g.heading or g.shape.heading
            for rule in RULES:
                rule(self, g)
            if g.people and not g.heading:
                self.last_people = g.people


def attendance(k: Linker, index: int) -> None:
    """Attendees attended the meeting; ``Name (Org)`` on the list is a member of Org."""
    m = k.mentions[index]
    if m.kind == "person":
        if m.role == "attendee":
            k.attendees.add(k.ids[index])
            k.edge(index, k.mid, "attended", 1.0, index, SHOWS_NOTHING, f"Attendee: {m.text}")
        return
    if m.kind == "organization" and m.role == "attendee":
        person = next(
            (
                i
                for i, x in enumerate(k.mentions)
                if x.kind == "person" and x.role == "attendee" and x.text == m.attr("person")
            ),
            -1,
        )
        if person >= 0:
            text = f"{m.attr('person')} ({m.text})"
            k.edge(person, index, "member_of", 1.0, index, SHOWS_NOTHING, text)


def start_section(k: Linker, g: Group) -> None:
    """A heading opens a section; the meeting's title opens one that links nobody. A list item
    read as a heading opens one inside the section around it, which resumes after the item."""
    sec = k.section
    if not g.heading:
        if sec.parent is not None and g.shape.depth < sec.ends_below:
            k.section = sec.parent  # the item read as a heading has ended
        return
    while sec.parent is not None:
        sec = sec.parent
    if (
        not g.shape.item
        and g.shape.part
        and 0 < sec.level < g.shape.depth
        and not (g.topics or g.refs or g.people)
        and (sec.topics or sec.refs)
    ):
        k.section = sec  # "### Progress", "### Next steps" under its subject's heading: still it
        k.last_people = []
        return
    if g.shape.title:
        k.section = Section()
    else:
        # "## Zarr v3 storage backend (Olumide Bakare, mentor: Magda)": who present the subject
        presenters = (
            [p for p in g.people if not k.mentions[p].attr("within")]
            if (g.topics or g.refs) and not g.shape.item
            else []
        )
        owners = g.people if not g.topics and not g.refs else []
        k.section = Section(list(g.topics), list(g.refs), owners)
        if not g.shape.item:
            k.section.level = g.shape.depth
        if presenters:
            k.section.presenter = presenters[0]
        for p in presenters:
            for t in g.topics + g.refs:
                k.edge(p, t, _relation(k, t), W_TURN, t, SHOWS_BOTH)
        if g.shape.item:
            k.section.parent, k.section.ends_below = sec, g.shape.item
            if owners:  # "**Tevita:** Since the last meeting:" over his notes: still the
                # section's subject ("Developer-in-Residence update") that he reports on
                k.section.topics, k.section.refs = list(sec.topics), list(sec.refs)
            elif g.shape.part and not g.topics and not g.refs and (sec.topics or sec.refs):
                # "**Next steps**" over a list, under "## Zarr v3 backend (Olumide)": still
                # the subject and its presenter
                k.section.topics, k.section.refs = list(sec.topics), list(sec.refs)
                k.section.owners, k.section.presenter = list(sec.owners), sec.presenter
    k.last_people = []


def mentioned(k: Linker, g: Group) -> None:
    """What a block names was mentioned in the meeting (attendees are linked by attendance)."""
    for i in g.members:
        m = k.mentions[i]
        if m.kind in ("person", "topic", "reference") and k.ids[i] not in k.attendees:
            k.edge(i, k.mid, "mentioned_in", 1.0, i, SHOWS_CONTEXT)


def _relation(k: Linker, thing: int) -> str:
    return "works_on" if k.mentions[thing].kind == "topic" else "discussed"


_BOT_START = re.compile(r"\s*#startmeeting\b", re.I)
_BOT_RECORD = re.compile(r"\s*#(?:info|link|idea|action)\b", re.I)  # the chair's minutes
# a chair giving someone a task: a meeting bot's "#action tuanpm ...", a log's "action: ravi_s ..."
_TASK_GIVEN = re.compile(r"\s*(?:[#!]action\s+|action\s*:\s*)", re.I)


def turn(k: Linker, g: Group) -> None:
    """A speaker works on the topics and reviews of their own turn; a turn that only gives
    someone else a task ("<chika> - mgarza: tag mspec-9-final") is the owner's work, not the
    chair's who reads it out."""
    others: Sequence[int | str] = []
    if len(g.actions) == 1 and g.speakers:
        action = k.mentions[g.actions[0]]
        owners = _owners(k, g, g.actions[0])
        command = _TASK_GIVEN.match(action.text)
        opens = action.text[command.end() :] if command else re.sub(r"^\W+", "", action.text)
        owner = action.attr("owner").lower()
        if (
            len(owners) == 1
            and owners[0] not in k.ids_of(g.speakers)
            and (
                opens.lower().startswith(owner + ":")
                or command is not None
                and opens.lower().startswith(owner + " ")
            )
        ):
            # the line opens with its owner's name: "- mgarza: ...", or a chair's command
            # does: "#action tuanpm forward-port the patch"
            others = owners
    if not others and len(g.speakers) == 1 and g.named and (g.topics or g.refs):
        others = _handed_to(k, g)
    if (g.shape.decision and not others) or g.shape.vote:
        # "FB: → #3090: warn by default": the chair reads out the group's decision; "Sanna:
        # 1 > 2 > FD": a ballot
        return
    for t in g.topics + g.refs:
        owner = k.projects.get(k.mentions[t].key, "") if k.projects else ""
        for s in others or g.speakers:
            if owner and k.listed(owner) not in ("", s if isinstance(s, str) else k.ids[s]):
                continue  # "libtide and tidewire-rs implement it": projects others speak for
            k.edge(s, t, _relation(k, t), W_TURN, t, SHOWS_BOTH)


def _handed_to(k: Linker, g: Group) -> list[int]:
    """The person a chair hands an item to, in a short turn that names the item, then them on
    their own: "next: compaction scheduler. Khoa?", "OQL planner. Arjun". The item is theirs."""
    at = g.shape.handover
    taker = [i for i in g.named if k.mentions[i].start == at]
    if at < 0 or not taker or any(k.mentions[t].end > at for t in g.topics + g.refs):
        return []
    return taker[:1]


# what a note says someone did who only asked: "Kofi asked whether ...", "@marisolv asked if"
_ASKED = re.compile(
    r"(?:[ \t]*\([^()]{0,60}\))?[ \t]*,?[ \t]+(?:asked|asks|wondered|wonders|queried|wanted[ \t]+to"
    r"[ \t]+know)\b"
)


def _asks(k: Linker, p: int) -> bool:
    """Whether the sentence of person mention ``p`` says they asked something, no more."""
    m = k.mentions[p]
    at = m.sentence.find(m.text)
    return at >= 0 and _ASKED.match(m.sentence, at + len(m.text)) is not None


def named(k: Linker, g: Group) -> None:
    """A person named in a sentence works on the topics and reviews of that sentence; the one
    person a list item names, on those of the whole item ("Libudev-devd patches plus patches for
    epoll-shim. Niclas cutting releases instead of snapshots.")."""
    alone = (
        len(k.ids_of(g.named)) == 1
        and not g.speakers
        and g.shape.depth > 0
        # (not under someone's own heading: "## Bo Chen", "- The backend is blocked. Ann may help.")
        and not k.section.owners
        and k.section.presenter < 0
    )
    a, b = g.shape.opener
    # "Security (Director Iyer). The foundation became a CVE Numbering Authority ...": the one
    # the paragraph's label names reports all of it
    opener = {p for p in g.named if a <= k.mentions[p].start < b}
    for t in g.topics + g.refs:
        sentence = k.mentions[t].sentence
        paired = _paired(k, g, t)
        for p in g.named:
            if k.mentions[p].sentence == sentence:
                if paired < 0 or paired == p:
                    w = W_QUESTION if _asks(k, p) else W_TURN  # "Kofi asked whether ..."
                    k.edge(p, t, _relation(k, t), w, t, SHOWS_BOTH)
            elif alone or p in opener and len(k.ids_of(list(opener))) == 1:
                k.edge(p, t, _relation(k, t), W_ITEM, t, SHOWS_BOTH)


def _paired(k: Linker, g: Group, thing: int) -> int:
    """In a sentence that pairs subjects with people in brackets ("COG writer (Lena), CoordStore
    speedup (Rafa), reprojection (Segun - long overdue)"), the person bracketed after ``thing``;
    else -1."""
    sentence = k.mentions[thing].sentence
    asides = []
    for p in g.named:
        if k.mentions[p].sentence == sentence:
            aside = re.search(rf"\({re.escape(k.mentions[p].text)}\s*[),;:\u2013\u2014-]", sentence)
            if aside:
                asides.append((aside.start(), p))
    if len({k.ids[p] for _, p in asides}) < 2:
        return -1
    at = sentence.find(k.mentions[thing].text)
    return next((p for pos, p in sorted(asides) if pos > at), -1) if at >= 0 else -1


def section(k: Linker, g: Group) -> None:
    """The people of a block work on the section's topics (and discussed its reviews)."""
    if g.heading or g.shape.vote or g.shape.courtesy or g.shape.decision:
        return  # a vote, thanks, a role held in the meeting or a decision read out is no work
    sec = k.section
    question = g.shape.question
    for p in g.people:
        pm = k.mentions[p]
        if g.speakers:
            w = W_QUESTION if question and pm.role == "speaker" else W_SECTION
        elif _asks(k, p):
            w = W_QUESTION  # "Kofi asked whether ...": one question, a small part in the work
        else:  # in a block with no speaker, the people it names are its subject
            w = W_BOLD if pm.role == "bold" else W_TURN
        for t in sec.topics:
            k.edge(p, t, "works_on", w, p, _shown(k, p, t))
        for r in sec.refs:
            k.edge(p, r, "discussed", W_SECTION, p, _shown(k, p, r))


def _shown(k: Linker, said: int, thing: int) -> int:
    """How well the sentence of mention ``said`` (the person's, or their note's) shows a
    section's topic: whether it names it."""
    words = k.mentions[thing].text.strip().lower()
    return SHOWS_BOTH if words and words in k.mentions[said].sentence.lower() else SHOWS_CONTEXT


LEAD_AT = 3  # a note's lead-in starts this near its beginning ("- ", an emoji)


def owners(k: Linker, g: Group) -> None:
    """The people named alone on a line ("@stebalien / @alanshaw", or a turn's label with
    nothing after it) own the unattributed notes under it: their topics and reviews, and the
    section's topic, with the note as the sentence behind it."""
    sec = k.section
    if g.heading:
        return
    if g.shape.names_only:  # "@stebalien / @alanshaw": the notes below are theirs
        sec.owners, sec.owners_depth = list(g.people), g.shape.depth
        return
    if sec.owners_depth >= 0 and g.shape.depth <= sec.owners_depth:
        sec.owners, sec.owners_depth = [], -1  # a note beside the owners' line, not under it
    # "## Team Query (lead: Lan)" or "## Kiln (Agnieszka)": the notes under it are what its
    # presenter reports
    who = sec.owners or ([sec.presenter] if sec.presenter >= 0 else [])
    if not who:
        return
    # a note naming its owner, "Tomek bisected it" under his team's heading, is his; but the
    # subject the presenter's note opens with is still the presenter's: "- ARM64 builds:
    # runners donated by Declan's employer still not online" under "(lead: Aino)"
    others = bool(k.ids_of(g.people) - k.ids_of(who))
    for t in g.topics + g.refs:
        if not others or k.mentions[t].attr("source") == "label" and k.mentions[t].start <= LEAD_AT:
            for p in who:
                k.edge(p, t, _relation(k, t), W_OWNER, t, SHOWS_TOPIC)
    if others or not sec.owners:
        return
    if g.members:  # a note that names something: the sentence behind the section's topic
        note = g.members[0]
        for t in sec.topics:
            for p in sec.owners:
                k.edge(p, t, "works_on", W_SECTION, note, _shown(k, note, t))


def review_list(k: Linker, g: Group) -> None:
    """A list of reviews after "Chuck has several new reviews up:" is Chuck's."""
    if not g.refs or g.people or not k.last_people or g.heading:
        return
    for r in g.refs:
        for p in k.last_people:
            intro = k.mentions[p].sentence
            text = f"{intro} \u2026 {k.mentions[r].sentence}"
            k.edge(p, r, "discussed", W_LIST, r, SHOWS_TOPIC, text)


def about(k: Linker, g: Group) -> None:
    """A review is about the topics of its sentence or title, and its section's topics."""
    for r in g.refs:
        rm = k.mentions[r]
        title = rm.attr("title")
        for t in g.topics:
            tm = k.mentions[t]
            if tm.sentence == rm.sentence or (title and tm.text in title):
                k.edge(r, t, "about", W_TURN, t, SHOWS_TOPIC)
        for t in k.section.topics:
            k.edge(r, t, "about", W_SECTION, r, SHOWS_CONTEXT)


def related(k: Linker, g: Group) -> None:
    """Topics named in one sentence are related."""
    topics = g.topics
    for x, t1 in enumerate(topics):
        for t2 in topics[x + 1 :]:
            same = k.mentions[t1].sentence == k.mentions[t2].sentence
            if same and k.ids[t1] != k.ids[t2]:
                k.edge(t1, t2, "related", W_SECTION, t1, SHOWS_TOPIC)


def organization(k: Linker, g: Group) -> None:
    """ "Pooja at Juniper": the person named before an organization is its member."""
    for o in g.orgs:
        owner = k.mentions[o].attr("person")
        for p in g.named:
            if k.mentions[p].text == owner:
                k.edge(p, o, "member_of", W_TURN, o, SHOWS_TOPIC)


def actions(k: Linker, g: Group) -> None:
    """An action item is owned by each person it names as owner (or by the one speaker of the
    turn), raised in the meeting, and concerns the topics and reviews of its sentence."""
    for a in g.actions:
        am = k.mentions[a]
        found = _owners(k, g, a)
        if not found and len(g.speakers) == 1:
            found = [k.ids[g.speakers[0]]]
        if not found and not g.people and k.section.presenter >= 0:
            found = [k.ids[k.section.presenter]]  # "Next steps" under the presenter's heading
        for pid in dict.fromkeys(found):
            k.edge(pid, a, "owns", W_TURN, a, SHOWS_BOTH)
        if found:
            owners_of = k.b.nodes[k.ids[a]]
            owners_of["owner"] = found[0]
            owners_of["owners"] = list(dict.fromkeys(found))
        k.edge(a, k.mid, "raised_in", 1.0, a, SHOWS_CONTEXT)
        for t in g.topics + g.refs:
            sentence = k.mentions[t].sentence
            if sentence in am.text or am.text in sentence:
                k.edge(a, t, "concerns", W_TURN, t, SHOWS_TOPIC)


def _owners(k: Linker, g: Group, action: int) -> list[str]:
    """The nodes of the people an action names as its owners: named in its block, listed above
    by initials ("AI (JT): ..."), or named anywhere in the meeting ("- mgarza: ...")."""
    owner = k.mentions[action].attr("owner")
    if not owner:
        return []
    by_text = {k.mentions[p].text.lower(): k.ids[p] for p in reversed(g.people)}
    found = [pid for x in owner.split("|") if x and (pid := by_text.get(x.lower()))]
    return found or [pid for x in owner.split("|") if (pid := k.listed(x) or k.named(x))]


def block_shapes(meeting: Meeting, mentions: list[Mention]) -> tuple[Shape, ...]:
    """Each block's shape, from its text and the people it names (computed at extraction,
    while the text is there, and kept with the meeting)."""
    names: dict[int, list[str]] = {}
    other: set[int] = set()  # blocks naming a topic, review or speaker
    for m in mentions:
        if m.kind == "person" and m.role in ("named", "bold"):
            names.setdefault(m.block, []).append(m.text)
        elif m.kind in ("topic", "reference") or m.role == "speaker":
            other.add(m.block)
    title = meeting.title.strip().lower()
    # who started a meeting bot: their "#info ..." and "#action ..." lines record the meeting
    chairs = {b.speakers[0] for b in meeting.blocks if b.speakers and _BOT_START.match(b.text)}
    shapes = []
    for index, block in enumerate(meeting.blocks):
        text = block.text
        rest = text
        for name in names.get(index, ()):
            rest = rest.replace(name, " ")
        alone = index in names and index not in other and not block.is_heading
        leftover = _FILLER.sub("", _CHECKBOX.sub("", rest))
        # "* Mikeal:" with nothing after it: the notes under the turn's label are the speaker's
        label_only = bool(block.speakers) and not text.strip() and not block.is_heading
        shapes.append(
            Shape(
                heading=block.is_heading,
                depth=block.depth,
                item=block.item,
                title=block.is_heading and bool(title) and text.strip().lower() == title,
                # "[x] @scottmcm" naming only people, or "<tomw> yes", "<aino> abstain", "Ravi:
                # +1", "Sanna: 1 > 2 > FD > 3": a turn that only votes or nods
                vote=(alone and bool(_CHECKBOX.match(text)) and not leftover)
                or bool(block.speakers)
                and (_NOD.fullmatch(text) is not None or _RANKING.fullmatch(text) is not None),
                names_only=(alone and not _FILLER.sub("", rest)) or label_only,
                question=_QUESTION.fullmatch(text.strip()) is not None,
                courtesy=index in names and _COURTESY.fullmatch(rest) is not None,
                decision=bool(block.speakers)
                and (
                    _DECISION.match(text) is not None
                    or _AGENDA_SAID.search(text) is not None
                    or block.speakers[0] in chairs
                    and _BOT_RECORD.match(text) is not None
                ),
                part=block.is_heading and _REPORT_PART.fullmatch(text.strip()) is not None,
                handover=_handover(text) if block.speakers else -1,
                opener=(o.start(2), o.end(2))
                if not block.speakers
                and not block.is_heading
                and (o := _OPENER.match(text)) is not None
                and o.group(1).split()[-1].lower() not in _DISCOURSE
                else (-1, -1),
            )
        )
    return tuple(shapes)


# a paragraph's opening label and, in brackets, who reports it: "Security (Director Iyer).",
# "Community and events (Declan O'Rourke):", "Docs (@quillfeather) -"
_OPENER = re.compile(
    r"\W{0,3}([A-Z][^()\n.:;!?]{1,60}?)[ \t]\(([^()\n]{2,40})\)[ \t]*[.:\u2013\u2014-][ \t]+\S"
)
# ... not a part of the discussion: "Context (SR): 3.2.0 shipped two weeks late", "Mentor notes
# (Arjun):", "RC1 feedback (Ximena):"
_DISCOURSE = frozenset(
    """context background summary notes note update updates recap overview intro introduction
    discussion question questions answer comment comments proposal decision outcome result
    results status reminder reminders feedback""".split()
)
HANDOVER_WORDS = 10  # a chair's line that calls the next item and its presenter is this short
# "next: compaction scheduler. Khoa?": an item, then a name on its own after the item's end
_HANDOVER = re.compile(
    r"\S.*?[.:;?!\u2013\u2014-][ \t]*([A-Z][\w'\u2019-]+(?:[ \t][A-Z][\w'\u2019-]+)?)[ \t]*[?.!:]*[ \t]*"
)


def _handover(text: str) -> int:
    """Where the name of the person a chair's short turn hands its item to starts (-1: none)."""
    if len(text.split()) > HANDOVER_WORDS:
        return -1
    m = _HANDOVER.fullmatch(text.strip())
    return len(text) - len(text.lstrip()) + m.start(1) if m else -1


# in this order: a heading opens its section before anything in it is linked, and the people
# named alone under a heading become its owners before the notes below them
RULES: tuple[Callable[[Linker, Group], None], ...] = (
    start_section,
    mentioned,
    turn,
    named,
    section,
    owners,
    review_list,
    about,
    related,
    organization,
    actions,
)


def link_meeting(
    b: GraphBuilder, meeting: Meeting, mentions: list[Mention], ids: list[str]
) -> None:
    """Add the edges of one meeting's mentions to ``b``."""
    Linker(b, meeting, mentions, ids).run()
