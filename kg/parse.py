"""RawMinutes -> Meeting: sections, attendee lists, speaker turns, bold names and links.

Only Markdown structure is read here (with markdown-it-py); nothing is interpreted as an entity
beyond deciding whether a line's label is a speaker.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from bisect import bisect_right
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import cache

from markdown_it import MarkdownIt
from markdown_it.token import Token

from .markup import _PAGE_LINK, DROPPED_STATUS, bracket_voices, page_link, to_markdown
from .names import (
    ARCHITECTURE,
    CALENDAR,
    GROUP_WORDS,
    HANDLE_DOT,
    LABELS,
    ORG_END,
    ORG_LIST_WORDS,
    PARTICLES,
    SPOKE,
    _fold,
    family_name_first,
    initials,
    initials_of,
    is_bot,
    is_english_word,
    is_given_name,
    is_handle,
    is_initials,
    is_name_word,
    known_lower,
    opening_forms,
    short_for_listed,
    short_forms,
    slug,
    surname_case,
    word_frequency,
)
from .resolve import declared_logins, spells
from .types import Attendee, Block, Link, Meeting, RawMinutes, Section, Source

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
# a heading under an attendee list that names a group of the attendees ("### MRI", "### Observers",
# "### Google"), not an agenda item ("### Announcements", "### Upcoming releases")
_ROSTER_GROUP = re.compile(
    r"(?![^\n]*\b(?i:announce\w*|updates?|releases?|agenda|notes?|discussions?|actions?|topics?|items?"
    r"|news|next|links?|schedule|introductions?|welcome|opening|housekeeping|admin\w*|minutes)\b)"
    r"\W*[A-Z][\w.&'-]*(?:\s+[\w.&'-]+){0,2}\W*"
)
# what an attendee entry carries beside the name: "Yang Guo <mailto:yangguo@google.com>",
# "Nitish (@nitsakh) #3/3" (a vote count)
_ENTRY_NOISE = re.compile(
    r"<?mailto:\S+>?|<[^<>\s]+@[^<>\s]+>|\s#\d+(?:/\d+)?\b"
    r"|[ \t]+#[ \t]+[a-z].*$"  # a comment after the entry: "Kiran Patel (@kpatel)   # guest
    r"|(?<=\s)[\w.+-]+@[\w-]+(?:\.[\w-]+)+(?=\s|$)"  # the address Markdown left of "<a@b.org>"
    r"|(?<=\))[ \t]*\(\d{1,4}\)[ \t]*$"  # "mvalenti (Marco Valenti, chair) (31)": lines said
)
_NICKNAMED = re.compile(
    r"([A-Z][^\W\d_][\w'-]*) [\"\u201c']([^\W\d_][^\W\d_][\w'-]*)[\"\u201d'] ([A-Z][^\W\d_].*)"
)
# when they came, after the name: "~20 min late", "for Q4 only", "from 10:15", "left early"
_ARRIVAL = re.compile(
    r"(?<=[\w)])[ \t]+(?:~?\d+[ \t]*(?:min|mins|minutes|m|h)\b[^()]*|for[ \t]+(?:Q|item[ \t]*)\d+"
    r"(?:[ \t]+only)?|(?:(?:joined|arrived)[ \t]+)?late|left[ \t]+early|from[ \t]+\d{1,2}:\d\d[^()]*)$"
)


def _without_arrival(entry: str) -> str:
    """A roster's entry less when they came ("Ji-woo Park (@jwpark) for Q4 only"), if a name or
    a handle is left ("joined late" alone stays as it is)."""
    cut = _ARRIVAL.sub("", entry)
    return cut if cut != entry and re.search(r"[A-Z@(]", cut) else entry


def _entry_words(entry: str) -> int:
    """The words of a roster's entry outside brackets, less an address or when they came."""
    return len(_PARENS.sub("", _without_arrival(_ENTRY_NOISE.sub("", entry))).split())


_HONORIFIC = re.compile(r"^(?:Dr|Prof|Mr|Mrs|Ms|Mx|Sir|Dame)\.?\s+(?=\S+\s+\S)")
_NAME_MENTION = re.compile(r"@([A-Z][\w'\u2019.-]*(?: [A-Z][\w'\u2019.-]*)+)\s*(?:\(|$)")
_NO_NAME = re.compile(
    r"(?i)(?:unknown|former|deactivated|deleted|anonymous|guest)(?: user| account)?"
)
_ATTENDEE_HEADING = re.compile(
    r"^\W*(?:(?:meeting\s+)?attendees?|attendance|(?:(?:board\s+|committee\s+|team\s+|[A-Z]{2,6}\s+)?(?:members|directors|staff|officers|others|also|guests|maintainers|mentors|committers|contributors)\s+)?present|guests"
    r"|(?:contributors|observers|visitors)\s*(?:/|and|&)\s*guests"
    r"|participants|speakers|presenters|(?:also\s+)?(?:attending|in\s+attendance)|attended|roll\s*call|sign[- ]?(?:in|up)(?:\s+sheet)?(?=\s*:?\s*$)"
    r"|(?:co-?)?hosts?(?=\s*:?\s*$)|panell?ists(?=\s*:?\s*$)"  # a livestream's "**Hosts**"
    r"|introduction\s+of\s+attendees|who\s+(?:is|was)\s+(?:here|there)|who\s+(?:attended|came)"
    r"|people\s+present|in\s+attendance)\b",
    re.I,
)
_ABSENT_HEADING = re.compile(
    r"^\W*(?:regrets|apologies|(?:(?:board\s+)?(?:members|directors|staff|officers)\s+)?absent"
    r"|not\s+present|excused)\b",
    re.I,
)
_ATTENDEE_MID = re.compile(  # "Recap of the call. Present: Youssef El-Amrani (chair), Femi,"
    r"[.!?][ \t]+((?:present|attendees|attending|participants)[ \t]*:[ \t]*\S.*)$", re.I
)
# a line going on with a list of names the line before cut: "Trang, João Pedro Azevedo, ..."
_WRAPPED_NAMES = re.compile(r"([^\W\d_][\w'\u2019-]*(?:[ \t]+[^\W\d_][\w'\u2019-]*){0,2}),[ \t]+\S")
# the parts of a code base a change's summary opens with, "src: ...", "http2: ...": no one's login
_CODE_AREAS = frozenset(
    "src lib libs deps doc docs pkg cmd cli api http http2 tls ssl fs vm io net os dns zlib "
    "crypto util utils esm cjs wasi repl ci infra build tools test tests bench".split()
)
_ATTENDEE_LINE = re.compile(
    r"^\W{0,3}(?:attendees?|attendance|present|participants?(?:\s*\(\d+\))?|attending(?:\s+(?:in\s+person|remotely|online))?|in\s+attendance|on\s+the\s+call"
    r"|(?:(?:reviewers|people|folks|maintainers)\s+)?in\s+the\s+room"  # "Reviewers in the room:"
    r"|speakers|presenters"
    r"|also\s+present|guests?|observers?|late|joined\s+late|(?:late\s+)?arrivals?"
    r"|(?:(?:non-?)?voting\s+)?members\s+(?:in\s+(?:the\s+)?(?:conversation|call|meeting)|present|attending)"
    # "Owners present:", "Editors present:" (not "Orgs present:", "Not present:")
    rf"|(?!(?:not|{ORG_LIST_WORDS}|projects?|teams?)\b)[a-z]+(?:[ \t]+[a-z]+)?[ \t]+present"
    r"|non-?voting(?:\s+members)?"  # "Voting members present:", "Non-voting:"
    # the same in Spanish, Portuguese, French, German and Italian
    r"|asistentes|presentes|participantes|pr\u00e9sents?|anwesend|teilnehm(?:er|ende)(?:innen)?"
    r"|presenti|partecipanti)"
    r"(?:[ \t]*\([^()]{1,30}\))?\W{0,3}:\s*(.+)$",  # "Present (roughly): ..."
    re.I,
)
_ALSO_LINE = re.compile(r"^\W{0,3}also\W{0,3}:\s*(.+)$", re.I)  # right after "Present: ..."
_ABSENT_LINE = re.compile(
    r"^\W{0,3}(?:regrets|apologies|absent|not\s+(?:present|here)|excused"
    r"|ausentes|excusados|absents?|excus\u00e9s|abwesend|entschuldigt|assenti)\W{0,3}:\s*(.+)$",
    re.I,
)
_GENERIC_HEADING = re.compile(
    r"^\W*(?:(?:meeting\s+)?(?:attendees?|attendance|present|participants|notes|minutes|agenda"
    r"|table of contents|links|regrets|apologies))\W*$",
    re.I,
)
_NAME_COLUMN = re.compile(
    r"\b(?:names?|nym|attendees?|person|people|who|participants?|members?|representatives?|delegates?)\b"
)
_HANDLE_COLUMN = re.compile(
    r"\b(?:nicks?|nicknames?|handles?|irc|github|gh|logins?|user(?:name)?s?|ids?|abbr\w*|initials)\b"
)
# a line that only says the action items follow: "**action items**", "Action items:",
# ".. todo:: Action items" (reStructuredText)
_ACTION_WORDS = (
    r"action\s+items?|actions|next\s+steps|(?:for\s+)?next\s+time|to-?dos?|follow[- ]?ups?"
    r"|following[- ]up\b|who\s+(?:picks\s+up|does|takes|owns)\s+what"
    r"|homework|tasks|action\s+points|what['\u2019]?s\s+next|up\s+next|open\s+items"
    r"|(?-i:AI['\u2019]?s)"  # "**AIs**"
    # Spanish, Portuguese, French, German, Italian
    r"|acciones|tareas|pr\u00f3ximos\s+pasos|a\u00e7\u00f5es|tarefas|pr\u00f3ximos\s+passos"
    r"|prochaines\s+\u00e9tapes|aufgaben|n\u00e4chste\s+schritte|azioni|prossimi\s+passi"
)
_FIELD_START = re.compile(r"\[(?:RFC[ \t]+)?PATCH\b|[A-Z][\w-]{1,20}:[ \t]")
_TOPIC_LINE = re.compile(r"(?i:topic)[ \t]*:[ \t]*([^\W_][^\n]{1,100}?)[ \t.]*")
_ACTION_LABEL_LINE = re.compile(
    rf"(?:\.\.\s+[\w-]+::\s*)?[*_\s]*(?:{_ACTION_WORDS})[*_\s]*:?[*_\s]*", re.I
)
_GOES_ON = re.compile(r"[a-z(]")  # a wrapped line of the entry before
# an entry's number or mark: "A-1", "AI-2", "3.", "(b)", "•", "[ ]", "@ann"
# "JR        join ...", "kwabena_a + dmitri-v   evaluate ...": an owner, then the task in a
# column after a gap of spaces
_OWNER_GAP = re.compile(  # (or a dash: "Y., I. - RFC-0031 write-up" among "K.     - ...")
    r"@?[A-Za-z][\w.'-]{0,30}(?:[ \t]*[+&,/][ \t]*@?[A-Za-z][\w.'-]{0,30})*"
    r"(?:[ \t]{2,}|[ \t]+[\u2014\u2013-][ \t]+)\S"
)
OWNER_COLUMN = 3  # a task column starts further in than this ("JR  ..."), past a bullet's
_FIRST_WORD = re.compile(r"@?[A-Za-z][\w.'-]{0,30}[ \t]+(?=\S)")
_ITEM_ID = re.compile(  # "A-1", "3.", "(b)", "[ ]", "[AI-4]": an entry's own number or box
    r"(?:[A-Z]{1,3}-?\d{1,3}|\d{1,3}[.)]|\([a-z0-9]\)|[-*\u2022]|\[[ xX]?\]"
    r"|\[[A-Z]{1,4}-?\d{1,3}\]|@\w)\s"
)


def _action_label(text: str) -> str:
    """ "Action items" of "**Action items:**" or ".. todo:: Action items"."""
    return re.sub(r"^\.\.\s+[\w-]+::", "", text).strip(" *_:\t")


_OWNER_COLUMN = re.compile(
    r"\W*(?:owners?|owner\(s\)|assignees?|assigned(?: to)?|responsible|who|lead|dri"
    # Spanish, Portuguese, French, German, Italian
    r"|qui[e\u00e9]n|quem|respons[a\u00e1]veis|respons[a\u00e1]bles?|responsable|wer"
    r"|verantwortlich|zust[a\u00e4]ndig|qui|responsabile|chi)\W*"
)
_ITEM_COLUMN = re.compile(
    r"\W*(?:(?:agenda|discussion)\s+)?(?:items?|topics?|subjects?)\W*|\W*agenda\W*"
    r"|\W*(?:areas?|components?|subsystems?|workstreams?|features?)\W*"  # "Area | Owner | Status"
    # a roadmap's rows: "Initiative | Owner | DRI | Status", "Epic | Lead | Health"
    r"|\W*(?:initiatives?|projects?|epics?|goals?|objectives?|okrs?|themes?|deliverables?)\W*"
)
_STATUS_COLUMN = re.compile(r"\W*(?:status|state)\W*", re.I)
# a tracker's row not done yet: "Open", "In progress", "Blocked", "To do"
_OPEN_STATUS = re.compile(
    r"^\W*(?:open|in[ -]progress|blocked|to[ -]?do|ongoing|wip|pending|not[ -]started|started)\b",
    re.I,
)
_PRESENTER_COLUMN = re.compile(
    r"\W*(?:who|presenters?|owners?|speakers?|leads?|by|drivers?|champions?|facilitators?|dris?"
    r"|(?:requested|proposed|presented|raised|added)\s+by)\W*"
)
_PIECE_LABEL = re.compile(r"^\s*[a-z][a-z ]{0,24}:\s+(?=[A-Z@])")  # "joined late: Ana"
_KEY_CELL = re.compile(r"[A-Z][A-Z0-9]{1,9}-\d{1,7}|[#!]\d{1,7}")  # "OPS-1291", "#812", "!1423"
_SPEAKER_COLUMN = re.compile(r"\W*(?:who|speakers?)\W*")
_ASSIGNED_COLUMN = re.compile(r"\W*(?:assignees?|assigned(?: to)?)\W*")
_TASK_COLUMN = re.compile(
    r"\b(?:actions?|tasks?|to-?dos?|follow[- ]?ups?|next steps?"
    r"|acci[o\u00f3]n(?:es)?|tareas?|a\u00e7(?:\u00e3o|\u00f5es)|tarefas?|t\u00e2ches?|aufgaben?"
    r"|azion[ei]|compiti)\b|^\W*(?:o\s+qu[e\u00ea]|qu[e\u00e9]|was|quoi|cosa)\W*$"
)
_ACTION_SECTION = re.compile(rf"\b(?:{_ACTION_WORDS})\b|^\W*to\s+do\b", re.I)  # "To Do (new cards)"
_OWNER_ASIDE = re.compile(r"[ \t]*\(([^()]{1,40})\)")
# columns of an action table that are not the action: "#", "Due", "Status", "Deadline"
_NOT_TASK_COLUMN = re.compile(
    r"^\W*$|\b(?:due|dates?|deadline|status|when|priority|ids?|no|time|duration|mins?|minutes"
    r"|points|estimates?|sizes?|sp|prazo|fecha|plazo|frist|bis|[e\u00e9]ch[e\u00e9]ance|scadenza"
    r"|quando|cu[a\u00e1]ndo|wann|quand|estado|situa\u00e7\u00e3o)\b"
)
_ORG_COLUMN = re.compile(
    r"\b(?:organi[sz]ations?|orgs?|company|companies|affiliations?|employers?)\b"
)
_LISTED_INITIALS = re.compile(r"[A-Z][A-Z]{1,2}|[A-Z][a-z]{0,3}[A-Z]")  # "TO", "MvdB"
_NOT_INITIALS = frozenset({"TBD", "TBA", "ALL", "AOB", "NA", "NONE"})
_REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")  # "[Luke Dashjr][]" with its definition elsewhere
# "Thanh Nguyen   <tnguyen>": a mail's attendee with the login in angle brackets (no address)
_ANGLED_LOGIN = re.compile(
    r"(?<=[^\W\d_])[ \t]+<([A-Za-z][\w.-]{1,30})>(?=[ \t]*(?:\([^()]*\)[ \t]*)?$)"
)
# "Others: ...", "Staff / guests (non-voting): ..." before names on a roster's line
_SUBLABEL = re.compile(r"^([A-Za-z][\w \-/]{1,30}(?:\s*\([^()]{1,30}\))?):\s+(.*)$")
_SPEAKER = re.compile(r"^[ \t]*([^\s:][^:\n]{0,60}?)[ \t]*:(?:[ \t]+|$)")
_REFERENCE_URL = re.compile(r"/(?:pull|issues|D\d+|show_bug)|reviews\.|bugs\.")
_INITIALS_TURN = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([A-Z]{2,3}\d?)(?:\*\*)?:", re.M)
# "- Kewei: deleting a type ..." where "- Lee: ..." and "- Matt: ..." are turns too
_NAME_TURN = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?(?:\*\*)?([A-Z][a-z]+)(?:\*\*)?:[ \t]"
    r"|^[ \t]*\*\*([A-Z][a-z]+):?\*\*:?[ \t]*$",  # "**Kevaundray**" on a line of its own
    re.M,
)
_BOLD_NAME_TURN = re.compile(r"^[ \t]*(?:[-*+][ \t]+)?\*\*([A-Z][a-z]+):\*\*[ \t]", re.M)
# the time a chat export puts after a speaker's name: "**Lina Moreau** (12:03): ..."
# "(12:03)", "[12:03 PM]", "(2024-05-03 14:02)"
_CLOCK_PAREN = r"[(\[](?:\d{4}-\d\d-\d\d[ \tT]+)?[\d:. \t]{3,9}(?:[AaPp]\.?[Mm]\.?)?[)\]]"
# ":" after the name, or a chat's clock ending the line: "**Priya Raman** [10:02 AM]"
# ... or a link to that moment of the recording: "**Tim Beiko** [24:39](https://youtu.be/...):",
# "**Xinbenlv** ([1:29:12](https://...))" (as written, and as its text: "Tim Beiko 24:39:")
_CLOCK_LINK = (
    r"\(?\[\d{1,2}:\d\d(?::\d\d)?\]\([^()\s]{1,300}\)\)?"
    r"|\(?\d{1,2}:\d\d(?::\d\d)?(?!\d|:\d)\)?"
)
# a stand-up's line after the name in bold and a dash: "**Fatima** — did: ...", "— yesterday: ..."
_BOLD_DASH = re.compile(r"[ \t]*[\u2014\u2013-][ \t]+")
STANDUP_PARTS = r"yesterday|today|tomorrow|blockers?|blocked|did|done|doing|next|wip|update"
_STANDUP_PART = re.compile(rf"(?:{STANDUP_PARTS})\b[ \t]*:", re.I)
# what only a meeting bot says in an IRC log
_MEETBOT_SAYS = re.compile(
    r"[ \t]*(?:Meeting (?:started|ended) \w{3}\b|Useful Commands:|The meeting name has been set)"
)
_CLOCK_TEXT = re.compile(r"\d{1,2}:\d\d(?::\d\d)?")
# "**gdaltrotter** (in chat):", "**Ana** (remote):": how the speaker took part
_HOW_PAREN = (
    r"\((?:(?:in|via|on|from|over)[ \t]+[\w -]{2,15}|remote|async|guest|late|offline|written)\)"
)
_AFTER_LABEL = re.compile(
    rf"[ \t]*(?:(?:{_CLOCK_PAREN}|{_CLOCK_LINK}|{_HOW_PAREN})?[ \t]*:"
    rf"|(?:{_CLOCK_PAREN}|{_CLOCK_LINK})[ \t]*(?=\n|$))"
)
_CLOCK_HEAD = re.compile(
    r"[ \t]*(?:\[[ \t]*(?:\d{4}-\d\d-\d\d[ T]|\d{1,2}[./]\d{1,2}[./]\d{2,4},?[ \t]*)?"  # "[2025-09-02 14:02]"
    r"\d{1,2}:\d\d(?::\d\d)?[ \t]*(?:[AaPp]\.?[Mm]\.?)?[ \t]*\]"
    r"|\d{1,2}:\d\d(?::\d\d)?[ \t]*(?:[AaPp]\.?[Mm]\.?)?"
    r"(?=[ \t]*[-\u2013\u2014|]|[ \t]+[^\s:]{1,30}:[ \t]"
    # a chat export's display name and id: "19:00:04  Kaito (@kaito.n): ..." (Element)
    r"|[ \t]+[^\s:(]{1,30}(?:[ \t]+[^\s:(]{1,30}){0,3}[ \t]+\(@[^()\s]{1,40}\):[ \t]))"
    r"[ \t]*(?:[-\u2013\u2014|][ \t]*)?"
)
_CLOCK_TAIL = re.compile(rf"[ \t]*{_CLOCK_PAREN}$")
# a full name opening lines as a speaker's, in bold: "**Taavi Tamm** (12:02): ..."
_CLOCKED_TURN = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+(?:[-\u2013\u2014][ \t]+)?"
    r"([^\W\d_][\w'-]*+(?:[ \t][^\W\d_][\w'-]*+){1,2}):[ \t]",
    re.M,
)
_FULL_TURN = re.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?\*\*([^\W\d_][^\s*:]*(?:[ \t]+[^\W\d_][^\s*:]*){1,2})\*\*"
    + _AFTER_LABEL.pattern,
    re.M,
)
TURN_NAME_RARE = 2.5  # an unknown label this rare in English can be a name ...
TURN_NAME_LINES = 2  # ... when it opens this many lines
TURN_SURNAME_RARE = 3.6  # ... or once, in bold, when the notes write it before a surname this rare
TURN_SURNAME_COMMON = 4.5  # ... or this common, when the notes say it "said" something ...
TURN_SURNAME_SAID = 2  # ... this often (not "Microsoft thinks" once)
TURN_KNOWN_LINES = 3  # of minutes with this many turns of known given names
_NOBODY = re.compile(r"\?+|([XYZ])\1{1,2}")
# a poll's count after its initials: "SF: 13", "F: 6 (+1)", "SF: 19 in room, 5 on chat"
_POLL = re.compile(r"\s*\d+\s*(?:$|[,;|+(]|(?:[A-Z]{1,2}|in chat|in (?:the )?room|online)\b)")
# a thread's comment header: "@marifig commented on Mar 3, 2025", "### @jk · Mar 4"
_POST_HEADER = re.compile(
    r"@([A-Za-z0-9][\w.-]{0,38})\s+(?:(?:commented|replied|wrote|posted)\b.*|[\u00b7|\u2022\u2014-]\s+.{3,30})"
)
_SPEAKER_LEGEND = re.compile(
    r"((?:Speaker|Participant|Guest)[ \t]+\d{1,2})[ \t]*[:=\u2013-][ \t]*(.+)", re.I
)
_CAPITAL = re.compile(r"\b[A-Z][a-z]")  # a capitalised word: a name may be there
# a document's comment thread: "Comment by Name (May 12, 2025)", "Reply by Name"
_NAME_ASIDE = re.compile(r"([^\W\d_][\w'.-]*(?:[ \t][^\W\d_][\w'.-]*){1,3})[ \t]+\([^()\n]{1,40}\)")
# a piece of software's name by its language: "libtide", "gotide", "tidewire-rs", "tide.js"
_PROJECT_SHAPE = re.compile(
    r"(?:lib|go|py|node-)[a-z][a-z0-9]{2,}(?:[-.][a-z0-9]+)*"
    r"|[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*[-.](?:rs|js|py|go|rb|net|cpp|java|jl|sys|sdk|cli)"
)
_CHAT_ID = re.compile(r"([^()\n]{1,40}?)[ \t]+\(@([\w.=-]{1,40})\)")  # "Kaito (@kaito.n)"
_GIVEN_ASIDE = re.compile(r"([^\W\d_][\w'.-]*)[ \t]+\(([a-z][\w.-]{1,30})\)")
_ASIDE_TURN = re.compile(
    r"^[ \t]*([^\s:()][^:()\n]{0,40}?[ \t]+\([^()\n]{1,60}\))[ \t]*:(?:[ \t]+|$)"
)
_LOGIN_ASIDE = re.compile(r"([a-z][a-z0-9_.-]{2,30})[ \t]+\(([^()\n]{1,60})\)")
_BY_LABEL = re.compile(
    r"(?:comment(?:ed)?|repl(?:y|ied)|response|answer|suggestion)[ \t]+(?:by|from)[ \t]+"
    r"(.+?)(?:[ \t]*\([^()]*\))?"
    # "Q (Tomás Bermúdez, Grupo Arrecife):", "A (Bartosz):", "Follow-up (Aoife):"
    r"|(?:q|a|question|answer|follow-?up|reply|response|comment|chair|co-?chair|moderator"
    r"|facilitator|host)[ \t]*\(([^(),]+)(?:,[^()]*)?\)",
    re.I,
)
_HASH_REF = re.compile(r"(?<![\w&])#\d{3,}\b")  # an issue's number in the line
_HEX_GROUPS = re.compile(r"(?:[0-9A-Fa-f]{2,}[\s:]*)+")  # a key's fingerprint, a hash
_SPLIT_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|/|\+)\s*")
_LOGIN_AT = re.compile(r"([A-Za-z][\w.-]{0,30})@(?:[\w-]+(?:\.[\w-]+)+)?")
_HANDLE_IN = re.compile(rf"(?<![\w.])@([A-Za-z0-9][A-Za-z0-9_-]{{0,38}}{HANDLE_DOT})")
_PARENS = re.compile(r"\s*[\(\[]([^\)\]]*)[\)\]]")
_ORG_TAIL = re.compile(r"\s+(?:--?|\u2013|\u2014|\||from|at)\s+(.+)$|,\s+(.+)$")
_ROLE_WORDS = frozenset(
    "tsc ctc tc chair co-chair guest observer member members core host invited emeritus "
    "liaison secretary lead maintainer facilitator scribe note-taker notetaker nominee nominated "
    "alternate delegate representative moderator presenter champion notes minutes treasurer "
    "president vice-president director directors officer manager coordinator counsel "
    "administrator ptl pmc mentor mentee owner dri "
    # a discipline: "Sam Adeyemi (design)", "Sam Whitlock (eng)"
    "design eng engineering ux qa docs ops infra pm product research marketing legal security "
    "devrel sre frontend backend".split()
)
_NO_EMPLOYER = frozenset(
    "independent freelance freelancer self self-employed unaffiliated individual none n/a".split()
)
_ATTENDANCE = frozenset(
    "participant participants partially partial late early joined left leaving remote remotely "
    "audio video phone dial-in irc zoom chat async absent away travelling traveling vacation "
    "holiday holidays sick leave ooo excused conflict all only item items quorum quorate".split()
)
_CLOCK_IN = re.compile(r"\b\d{1,2}:\d{2}\b")
MAX_NAME = 80
MAX_NESTING = 40
MAX_BLOCK = 2500
# leading blockquote and list markers, for reading over-nested minutes as plain lines
_STARS = re.compile(r"^(?:\*{2,3}|-{1,2}|\+)\s+(?=\S)")  # "** note" continuing an item
_REF_TAIL = re.compile(r"\s*(?:[\w./-]*#\d{1,7}|\[[^\]]*\]\([^)]*\)|https?://\S+)?\s*")
_SAYS = frozenset(
    """i we you he she they is are was were will would should can could talked said think
    thinks agreed decided""".split()
)
_OPENERS = frozenset(
    """there here it this that these those we i you he she they our my a an the if when
    some maybe also so but and or not no yes""".split()
)
_NESTING_MARKERS = re.compile(r"^(?:[ \t]*(?:>|[-*+]|\d{1,9}[.)])(?=[ \t>]|$))*[ \t]*", re.M)


@cache
def _markdown() -> MarkdownIt:
    return MarkdownIt("commonmark", {"maxNesting": MAX_NESTING}).enable(["table", "strikethrough"])


@dataclass
class _Line:
    """One line of an inline token, Markdown stripped, with bold ranges and links."""

    text: str
    line: int
    bold: list[tuple[int, int]] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    code: list[tuple[int, int]] = field(default_factory=list)
    em: list[tuple[int, int]] = field(default_factory=list)  # in italics


def strip_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Blank out YAML front matter (keeping line numbers) and return its simple ``key: value`` pairs.

    >>> body, meta = strip_front_matter("---\\ntitle: Triage 2022-09-06\\ntags: x\\n---\\n# Hi\\n")
    >>> meta["title"], body.count("\\n"), body.strip()
    ('Triage 2022-09-06', 5, '# Hi')
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    meta: dict[str, str] = {}
    for line in match.group(1).splitlines():
        key, sep, value = line.partition(":")
        if sep and key.strip() and not key.startswith((" ", "\t", "-")):
            meta[key.strip().lower()] = value.strip().strip("\"'")
    blank = "\n" * match.group(0).count("\n")
    return blank + text[match.end() :], meta


# front matter keys that list people: "attendees:" over "  - Ann Lee (Acme, @ann)" lines
_FRONT_PEOPLE = re.compile(
    r"(?:attendees|attendance|participants|present|members|people|chairs?|facilitators?|hosts?"
    r"|scribes?|note[-_ ]?takers?|authors?|reporters?|(?P<absent>absent|regrets|apologies))"
)
_FRONT_ITEM = re.compile(r"\s+-\s+(.+)")
_FRONT_NAME = re.compile(r"^name\s*:\s*", re.I)
# an item's login on its own line: "    github: emeka-o", "    handle: @ann"
_FRONT_LOGIN = re.compile(
    r"\s+(?:github|gitlab|handle|login|nick|username|user|gh|irc|matrix|mastodon)\s*:\s*(\S+)\s*$",
    re.I,
)


# a heading that is a given name alone, or with "(me)", its initials or a handle; or a handle
# and the name it goes by: "Leilani (me)", "Farid (FH)", "@yuki-t (Yuki, me)"
_GIVEN_HEADING = re.compile(
    r"([A-Z][^\W\d_][\w'\u2019-]*)(?:[ \t]+\((?:me|[A-Z]{2,3}|@[\w.-]+)\))?:?"
    r"|@([\w.-]{2,39})[ \t]+\([A-Z][^\W\d_][\w'\u2019-]*(?:,[ \t]*me)?\):?"
)


def _listed_heading(text: str, attendees: list[Attendee]) -> str:
    """The given name or handle of a listed attendee that a heading is, with at most a note of
    who they are beside it ("" when it is no one's): their own notes are under it."""
    m = _GIVEN_HEADING.fullmatch(text.strip())
    if not m:
        return ""
    if m.group(1):
        given = _fold(m.group(1))
        return m.group(1) if any(_fold(a.name.split()[0]) == given for a in attendees) else ""
    listed = {n.lower() for a in attendees for n in (a.name, a.handle) if n}
    return m.group(2) if m.group(2).lower() in listed else ""


def _person_heading(text: str) -> tuple[str, str] | None:
    """(name, handle) when a heading is only a person ("Ngozi Eze (@ngozi-e)", "Valentina
    'Vale' Rossi"): a given name and a surname, and at most a handle or a role beside them.

    >>> _person_heading("Ngozi Eze (@ngozi-e)"), _person_heading("Grace Hopper Celebration")
    (('Ngozi Eze', 'ngozi-e'), None)
    >>> _person_heading("Distributed Signaling (js-libp2p)")
    >>> _person_heading("Chiamaka Eze (ceze)")
    ('Chiamaka Eze', 'ceze')
    """
    text = _HEAD_CLOCK.sub("", text)  # "Fenella Braithwaite (@fenbraith) — 09:02"
    parts = _BYLINE_SEPARATOR.split(text)
    if len(parts) > 1:  # "Post #3 · gabo (Gabriel Oyarzun) · Aug 28": a forum post's author
        found = [p for p in map(_person_heading, parts) if p]
        return found[0] if len(found) == 1 else None
    if len(text) > 80 or ":" in text:
        return None
    name, handle, _org = _clean_person(_NICKNAME.sub(" ", text))
    if handle and "@" not in text and f"({name})" in text.replace("*", ""):
        text = "@" + text  # "gabo (Gabriel Oyarzun)": a login, then its name
    words = name.split()
    if not 2 <= len(words) <= 3 or not all(is_name_word(w) for w in words):
        return None
    # the family name first: "Zhou Mingyu", not "Release Grace"
    family_first = family_name_first(name)
    if not (
        handle
        and ("@" in text or is_given_name(words[0]) and _handle_fits(handle, words))
        or "(" not in text
        and (is_given_name(words[0]) or family_first)
    ):
        # an @handle beside it, a login spelled from the name ("Chiamaka Eze (ceze)"), or a
        # given name and nothing else ("X (js-libp2p)")
        return None
    if handle and not _handle_fits(handle, words):
        return None  # "Foundation Discussion (@mikeal leading)": a subject and its presenter
    if not handle and any(word_frequency(w.lower()) >= 3.5 for w in words[1:]):
        return None  # "Grace Hopper Celebration", "Mark Release": words, not a surname
    return name, handle


_RULER_LINE = re.compile(r"[ \t]*([=\-_*~#+])\1{2,}[ \t]*")
_QUOTED_MAIL = re.compile(r"(?:>[ \t]*)*On[ \t][^\n]{3,120}?[ \t]wrote:[ \t]*")
_WRITES = re.compile(r"(.{2,70}?)[ \t]+(?:writes|wrote|reports)[ \t]*:")


def _writer(text: str) -> tuple[str, str] | None:
    """(name, handle) of a line that hands a report to its writer: "Katarzyna Wroblewska
    (kasia@) writes:", "tunde@ writes:", "Ana Ruiz <ana@example.org> wrote:"; the name is the
    handle when only a login is given.

    >>> _writer("tunde@ writes:"), _writer("Ji-woo Park (jiwoo@) writes:")
    (('tunde', 'tunde'), ('Ji-woo Park', 'jiwoo'))
    >>> _writer("The board writes:")
    """
    m = _WRITES.fullmatch(text)
    if not m or "," in m.group(1) or m.group(1).startswith("On "):
        return None  # "On Tue, 1 Oct 2024, Andrzej Mazur wrote:": a quoted mail follows
    head = re.sub(r"\s*<[^<>\s]+@[^<>\s]+>", "", m.group(1)).strip()
    name, handle, _org = _clean_person(head)
    words = name.split()
    if 2 <= len(words) <= 4 and all(is_name_word(w) for w in words) and looks_like_person(name):
        return name, handle
    if len(words) == 1 and head == name and is_given_name(name):  # "Linus writes:"
        return name, ""
    login = head.strip("@")
    if (head.endswith("@") or head.startswith("@")) and is_handle(login.lower()):
        return login, login
    return None


AGENDA_AFTER_NAMES = 2  # names listed before an item that names no one ends the list


def _agenda_item(text: str) -> bool:
    """Whether a list item after listed names is an agenda's item, not a note on the names: a
    few words, one of them lower case or a number, and no name, label or aside ("Parser
    rewrite status", "Release 2.4 planning"; not "(notes by Ana)", "guests: two", "Bo Chen")."""
    words = text.split()
    return (
        2 <= len(words) <= 8
        and text[:1].isupper()
        and not any(c in text for c in "():@,;")
        and not looks_like_person(text)
        and not is_given_name(words[0].strip("*_"))  # "Lars hansen": a name, typed in haste
        and any(w.islower() and len(w) > 3 or w[:1].isdigit() for w in words[1:])
        and not _ROLE_WORDS.intersection(w.lower() for w in words)
    )


def _handle_fits(handle: str, words: list[str]) -> bool:
    """Whether a handle is spelled from the name beside it: "sora-i" of Sora Ishikawa,
    "mcbaptiste" of Marie-Claire Baptiste, "jsvoboda" of Jiri Svoboda; not "mikeal" of
    "Foundation Discussion"."""
    login = re.sub(r"[^a-z]", "", _fold(handle.lower()))
    first, last = (re.sub(r"[^a-z]", "", _fold(w.lower())) for w in (words[0], words[-1]))
    return (
        login.startswith(first[:3])
        or len(last) >= 4
        and (last in login or last[:4] in login)
        or login == first[:1] + last  # "ceze" of Chiamaka Eze
    )


def _name_then_org(pieces: list[str]) -> bool:
    """Whether an entry's two parts are a full name and where its owner works ("Valeria
    Restrepo, Ferrovia Networks", "Arnav Bhatt, independent"), not two people."""
    if len(pieces) != 2:
        return False
    name, other = (_PARENS.sub("", p).split() for p in pieces)
    if not (2 <= len(name) <= 3 and is_given_name(name[0]) and other):
        return False
    if len(other) == 1 and other[0].lower() in _NO_EMPLOYER:
        return True  # "Arnav Bhatt, independent"
    if is_given_name(other[0], strict=False):
        return False  # "Ann Lee, Bo": two people
    # "Ferrovia Networks", "Osprey Cloud": a company's last word is a word ("Trevis Elser"'s no);
    # "Stratacloud", one word no one is named by
    if len(other) == 1:  # "Stratacloud"; not "scottmcm", a login
        return other[0][:1].isupper() and not is_handle(other[0])
    return word_frequency(other[-1].lower()) >= 3.0


def _top_level_split(text: str) -> list[str]:
    """``text`` cut at the commas, semicolons and "and"s outside parentheses and brackets.

    >>> _top_level_split("Ann (Acme, host), Bo Yu and Cy; Di")
    ['Ann (Acme, host)', 'Bo Yu', 'Cy', 'Di']
    """
    pieces: list[str] = []
    depth = start = 0
    for m in _LIST_SEPARATOR.finditer(text):
        if m.group(0) in "([":
            depth += 1
        elif m.group(0) in ")]":
            depth = max(0, depth - 1)
        elif depth == 0:
            pieces.append(text[start : m.start()].strip())
            start = m.end()
    pieces.append(text[start:].strip())
    return pieces


def mail_senders(text: str) -> list[tuple[str, int, str]]:
    """(name, line, login) of each "From: Name <login@host>" line of minutes sent by mail: the
    writer of the minutes or of a reply on them.

    >>> mail_senders("From: Ryo Takahashi <rtakahashi@example.org>\\nhi")
    [('Ryo Takahashi', 1, 'rtakahashi')]
    """
    if "From:" not in text:
        return []
    return [
        (m.group(1).strip(), text.count("\n", 0, m.start()) + 1, m.group(2))
        for m in _MAIL_FROM.finditer(text)
    ]


def front_matter_people(text: str) -> list[tuple[str, int, str]]:
    """(entry, line, role) of each person the YAML front matter lists, as a list
    ("attendees:" then "  - Ann Lee") or on the key's line ("chair: Ann Lee", "[Ann, Bo]").

    >>> front_matter_people("---\\nchair: Ann Lee\\nattendees:\\n  - 'Bo Yu (Acme)'\\n---\\nx")
    [('Ann Lee', 2, 'attendee'), ('Bo Yu (Acme)', 4, 'attendee')]
    """
    match = _FRONT_MATTER.match(text)
    if not match:
        return []
    out: list[tuple[str, int, str]] = []
    role = ""
    for number, line in enumerate(match.group(1).splitlines(), start=2):
        line = _PAGE_LINK.sub(page_link, line)  # "[[Chidinma Eze]]": a note-taking app's page
        item = _FRONT_ITEM.match(line)
        if item and role:
            entry = _FRONT_NAME.sub("", item.group(1).strip())  # "- name: Chukwuemeka Obi"
            out.append((entry.strip().strip("\"'"), number, role))
            continue
        login = _FRONT_LOGIN.match(line)
        if login and role and out and out[-1][2] == role:  # "    github: emeka-o" under it
            entry, at, _role = out[-1]
            handle = login.group(1).strip("\"'@")
            out[-1] = (f"{entry} (@{handle})", at, role)
            continue
        key, sep, value = line.partition(":")
        if not sep or line[:1].isspace():
            continue
        kind = _FRONT_PEOPLE.fullmatch(key.strip().lower())
        role = ("absent" if kind.group("absent") else "attendee") if kind else ""
        value = value.strip().strip("[]")
        if role and value:
            out.extend(
                (v.strip().strip("\"'"), number, role) for v in value.split(",") if v.strip()
            )
    return out


_UNDERLINED_ITEM = re.compile(
    r"^( {0,3})(\d{1,3}[.)][ \t]+\S[^\n]*)(?=\n {0,3}(?:-{3,}|={3,})[ \t]*$)", re.M
)
# "3. BUILD FARM" alone between blank lines (plain-text minutes mailed to a list): a heading
_CAPITAL_WORD = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_CAPS_LINE = re.compile(
    r"(?<=\n\n)( {0,3})((?:\d{1,3}[.)][ \t]+)?[A-Z][A-Z0-9 &/,.:'()+-]{1,60}[A-Z0-9)])[ \t]*(?=\n[ \t]*\n)"
)


_RULE_LINE = re.compile(r"[ \t]*([-=_*~#])\1{9,}[ \t]*")
BOXED_LINES = 3  # a boxed title: a rule, the title and up to two lines more, a rule
BOXED_WORDS = 8  # ... of at most this many words


def _boxed_titles(text: str) -> str:
    """Plain-text titles boxed between two rules ("-----" / "CONTROL PLANE" / "Owner: Paweł" /
    "-----"), when there are two or more, as Markdown headings: the rules become blank lines (not
    the underline of a heading of all the lines above), the title a heading.

    >>> print(_boxed_titles("x\\n\\n-----------\\nCORE\\nOwner: Ann\\n-----------\\nok\\n\\n"
    ...                     "-----------\\nDOCS\\n-----------\\nok"))
    x
    <BLANKLINE>
    <BLANKLINE>
    ## CORE
    Owner: Ann
    <BLANKLINE>
    ok
    <BLANKLINE>
    <BLANKLINE>
    ## DOCS
    <BLANKLINE>
    ok
    """
    if "-" * 10 not in text and "=" * 10 not in text and "_" * 10 not in text:
        return text
    lines = text.split("\n")
    boxes: list[tuple[int, int]] = []
    k = 0
    while k < len(lines):
        if _RULE_LINE.fullmatch(lines[k]) and (k == 0 or not lines[k - 1].strip()):
            end = next(
                (
                    j
                    for j in range(k + 2, min(k + 2 + BOXED_LINES, len(lines)))
                    if _RULE_LINE.fullmatch(lines[j])
                ),
                -1,
            )
            title = lines[k + 1].strip() if k + 1 < len(lines) else ""
            inner = lines[k + 1 : end] if end > 0 else []
            if (
                end > 0
                and title
                and ":" not in title
                and len(title) <= 60
                and len(title.split()) <= BOXED_WORDS
                and not title.endswith((".", "!", "?"))  # a sentence between rules, no title
                and all(x.strip() for x in inner)
            ):
                boxes.append((k, end))
                k = end + 1
                continue
        k += 1
    if len(boxes) < 2:
        return text
    for top, bottom in boxes:
        lines[top] = lines[bottom] = ""
        if not lines[top + 1].lstrip().startswith("#"):  # (not one made a heading already)
            lines[top + 1] = "## " + lines[top + 1].strip()
    return "\n".join(lines)


RULED_TITLE_WORDS = 14  # a title between two rules has at most this many words ...
RULED_LINES = 6  # ... and the lines between them are this many at most


def _ruled_paragraphs(text: str) -> str:
    """Rules of ten or more dashes or equals signs in plain text: under a paragraph of several
    lines (a chat export's "Exported ... / Participants: ..." header) a separator, not the
    underline of a heading of all those lines; around a title and a line or three under it
    ("=====" / "Session 1: Release engineering" / "Chair: Marta (martaw)" / "=====") a heading
    of the title, the lines under it lines.

    >>> print(_ruled_paragraphs("Export\\nParticipants: Ann Lee\\n----------\\n\\n"
    ...                         "==========\\nSession 1: Toolchain\\nChair: Bo\\n==========\\nok"))
    Export
    Participants: Ann Lee
    <BLANKLINE>
    <BLANKLINE>
    <BLANKLINE>
    ## Session 1: Toolchain
    Chair: Bo
    <BLANKLINE>
    ok
    """
    if "-" * 10 not in text and "=" * 10 not in text:
        return text
    lines = text.split("\n")
    out = list(lines)
    for j, line in enumerate(lines):
        if not _RULE_LINE.fullmatch(line) or line.strip()[0] not in "-=":
            continue
        i = j
        while i > 0 and lines[i - 1].strip() and not _RULE_LINE.fullmatch(lines[i - 1]):
            i -= 1
        title = lines[i].strip()
        boxed = (
            i > 0 and _RULE_LINE.fullmatch(lines[i - 1]) and (i == 1 or not lines[i - 2].strip())
        )
        if boxed:
            label = title.partition(":")[0] if ":" in title else "a title"
            if (
                j - i <= RULED_LINES
                and len(title.split()) <= RULED_TITLE_WORDS
                and len(label.split()) >= 2  # not "From: Siobhán Kearney" of a mail's head
                and not title.endswith((".", "!", "?"))
                and not title.startswith("#")
            ):
                out[i - 1] = out[j] = ""
                out[i] = "## " + title
        elif j - i >= 2 and out[j] == line:
            out[j] = ""
    return "\n".join(out)


def _caps_headings(text: str) -> str:
    """Plain-text minutes' headings in capitals ("5. NETWORK STACK"), when there are two or
    more, as Markdown headings in sentence case ("## 5. Network stack"; "NFFS", "RISC-V" kept).

    >>> print(_caps_headings("x\\n\\n1. BUILD FARM\\n\\nok\\n\\n2. NFFS LOG REPLAY\\n\\nok"))
    x
    <BLANKLINE>
    ## 1. Build farm
    <BLANKLINE>
    ok
    <BLANKLINE>
    ## 2. NFFS log replay
    <BLANKLINE>
    ok
    """
    found = [m for m in _CAPS_LINE.finditer(text) if sum(c.isalpha() for c in m.group(2)) >= 4]
    if len(found) < 2:
        return text
    # "CI" in capitals in the minutes' own sentences too: an acronym there, kept in its heading
    capitals = Counter(_CAPITAL_WORD.findall(text))
    capitals.subtract(Counter(w for m in found for w in _CAPITAL_WORD.findall(m.group(2))))

    def sentence_case(m: re.Match[str]) -> str:
        words = m.group(2).split()  # "1.  OPENING": one space between the words
        out = []
        for k, word in enumerate(words):
            low = word.lower()
            bare = word.strip(",.:;()")
            keep = (
                capitals[bare] > 0
                and word_frequency(bare.lower()) < 4.3
                or any(  # an acronym: "NFFS", "RISC-V"
                    2 <= len(part) <= 4 and word_frequency(part) < 3.0
                    for part in re.findall(r"[a-z]+", low)
                )
            )
            first = k == 0 or (k == 1 and re.fullmatch(r"\d+[.)]", words[0]) is not None)
            out.append(word if keep else (low.capitalize() if first else low))
        return f"{m.group(1)}## {' '.join(out)}"

    for m in reversed(found):
        text = text[: m.start()] + sentence_case(m) + text[m.end() :]
    return text


_REPLY_MARK = re.compile("[\u21b3\u21aa\u2514\u2570\u00bb][\u2500 \t]*")  # ↳ ↪ └ ╰ »
# "Tomás's iPhone": a video call's name for a participant's device
_DEVICE = re.compile(
    r"[\u2019']s\s+(?:iphone|ipad|android|pixel|galaxy|phone|laptop|macbook\w*|pc|mac)\b.*$", re.I
)
_MAIL_FROM = re.compile(
    r"^[ \t]*From:[ \t]+\"?([^<>\"\n@:]{3,60}?)\"?[ \t]+<([\w.+-]{2,40})@[\w.-]+>[ \t]*$", re.M
)
# where a mail of a thread begins: its headers, or the line over what it quotes
_MAIL_START = re.compile(r"From:\s|On\s.{5,160}\swrote:\s*$")
# the parts of one person's report under a heading that is only that person (a stand-up's)
_OWN_REPORT = re.compile(
    r"\W*(?:yesterday|today|tomorrow|blockers?|blocked|done|doing|next(?:\s+steps)?|plans?"
    r"|(?:in\s+)?progress|wins|asks?|help\s+needed|questions|impediments"
    r"|(?:last|this|next)\s+(?:week|sprint|cycle))\W*",
    re.I,
)
_HEAD_CLOCK = re.compile(r"\s*(?:[\u2014\u2013-]\s*\(?|\()\d{1,2}:\d\d(?:\s*[AaPp][Mm])?\)?\s*$")
_BYLINE_SEPARATOR = re.compile(r"\s+[\u00b7\u2022|]\s+")  # "Post #3 · gabo (Gabriel O) · Aug 28"
_NICKNAME = re.compile(r"\s[\"\u201c'][A-Z][a-z]+[\"\u201d']\s")  # Valentina "Vale" Rossi
_TRAILER_LINE = re.compile(
    r"[ \t]*(?:-[ \t]+)?(?:[A-Z][\w-]{1,30}:[ \t]+)?[^<>\n]{2,60}<[^<>@\s]+@[^<>\s]+>"
)
_RECORD_LINE = re.compile(r"[ \t]*(?:-[ \t]+)?[a-z][\w-]{0,20}:(?:[ \t]+\S|[ \t]*$)")
_PRESENTER_LINE = re.compile(
    r"^\W{0,3}(?:presenters?|presented\s+by|presenting|speakers?|owners?)\W{0,3}:\s*(\S.{0,80})$",
    re.I,
)
_SIGNATURE = re.compile(  # "-- Takumi Hoshino", "— Emeka Obi (emeka@)"
    r"[ \t]*(?:--|\u2014|\u2013)[ \t]*([^\W\d_][\w.'\u2019-]*(?:[ \t]+[^\W\d_][\w.'\u2019-]*){0,2})"
    r"(?:[ \t]+\((@?[\w.-]{2,30}@?)\))?[ \t]*"
)
_ARROW = re.compile(r"\s+(?:\u2192|->|=>|\u27f6|\u21d2)\s+")
_LABELLED_ROSTER = re.compile(r"^\W{0,3}[A-Z][\w ]{1,24}\W{0,3}:\s*(.+)$")
_NAME_AND_HANDLE = re.compile(r"[A-Z][\w'\u2019.-]+(?:[ \t]+[\w'\u2019.-]+){1,3}[ \t]+\(@[\w.-]+")
# a full name, then its handle or initials in brackets: "Siobhán Kelly (SK)", "Lê Minh Châu (Chau)"
_NAME_AND_MARK = re.compile(
    r"[A-Z][\w'\u2019.-]+(?:[ \t]+[\w'\u2019.-]+){1,3}[ \t]+\((?:@?[\w.-]{2,30})\)"
)
ROSTER_MARKED = 3  # names so marked that make any labelled line a roster
_FULL_NAME_FIRST = re.compile(r"([A-Z][\w'\u2019-]+(?:[ \t]+[A-Z][\w'\u2019-]+){1,2})(?:,|$)")
_AT_NAMES = re.compile(r"(?:^|\s)@[^\W\d_][\w'\u2019-]*[ \t]+[^\W\d_][\w'\u2019-]*")
_AT_HANDLES = re.compile(r"@[\w.-]+(?:[ \t]+@[\w.-]+)+")
_DASH_ASIDE = re.compile(r"$|[ \t]+(?:-{1,2}|\u2013|\u2014)[ \t]")
_LIST_SEPARATOR = re.compile(r"[()\[\]]|\s*[,;]\s*(?:and\s+)?|\s+and\s+")
# a sentence after a list of names: "@svenh, @noorh. Two visitors joined for the Zigbee item."
# one person, then a dash and what they do there: "Aino Virtanen (aino) – Halo, organizer"
# (not the dash inside "Joe Sepi @joesepi (Guest - Node.js CPC rep)")
_ROLE_DASH = re.compile(
    r"^([^,;()\u2013\u2014]{3,80}?(?:\([^()]*\))?)[ \t]+[\u2013\u2014-][ \t]+\S[^,;]*(?:,[^,;]*)?$"
)
# a plain-text sheet's row of a login and a name in columns apart by two spaces or more, then
# perhaps a note: "kib_r     Renaud Kibler", "mkow   Marta Kowalczyk   -- presenting, vm/"
_ROW_NAME = r"(?P<name>[A-Z][^\W\d_]+(?:[ '-][A-Za-z][^\W\d_]+){1,3})"
_ROW_LOGIN = r"@?(?P<nick>[a-z][\w.-]{1,24})"
_ROW_TAIL = r"(?:[ \t]{2,}\S.*|[ \t]+(?:--|\u2013|\u2014)[ \t].*)?$"
_NICK_ROW = re.compile(rf"^[ \t]*{_ROW_LOGIN}[ \t]{{2,}}{_ROW_NAME}{_ROW_TAIL}")
_ROW_NICK = re.compile(rf"^[ \t]*{_ROW_NAME}[ \t]{{2,}}{_ROW_LOGIN}{_ROW_TAIL}")
LIST_REST_WORDS = 3  # words after a list of names on its line that are read as notes
# "Sami Hakala. Niamh joined late." (not "Prof. Ingrid Halvorsen")
_LIST_ENDED = re.compile(r"(?<=[a-z]{2})(?<!Prof)(?<!Mrs)\.\s+(?=[A-Z])")
_SENTENCE_AFTER = re.compile(r"\.\s+(?=[A-Z][a-z]+\s+[a-z])")
_CHECKBOX_START = re.compile(r"\[[ xX]?\]\s+\S")
# "ACTION (Kasia): ...", "=> AI: bisect it (Michael)"
_ACTION_START = re.compile(  # (and a bot's summary: "[NEW] ACTION: Ann to ...")
    r"(?:(?:=>|->|\u2192)\s*|\[[A-Z]{2,10}\]\s*)?(?:ACTION|AI|TODO)\b[^:\n]{0,60}:\s"
)
# a follow-up after an arrow, with its owner: "-> priya to approve the cluster", "-> li: migrate"
_ARROW_TASK = re.compile(
    r"(?:->|=>|\u2192)\s*@?([A-Za-z][\w.-]*)(?:\s*[+&]\s*@?[A-Za-z][\w.-]*)?"
    r"(?:\s*:\s|(\s(?:to|will)\s)|(?:\s+[\w.-]+){1,6}:\s*@?[A-Za-z][\w.-]*\s*$)"
)  # (and "-> jonas grafana access: priya": the task, then who)


def _arrow_task(text: str) -> bool:
    """Whether a line is a follow-up after an arrow with its owner ("-> priya to approve ...";
    not "→ assigned to Óscar", a triage's outcome under its item)."""
    m = _ARROW_TASK.match(text)
    return m is not None and (
        not m.group(2) or not is_english_word(m.group(1).lower()) or is_given_name(m.group(1))
    )


# a decision a line of its own: "RESOLUTION: ...", "AGREED: ...", "DECISION: ..."
_DECIDED_START = re.compile(r"(?:RESOLUTION|RESOLVED|AGREED|DECISION|DECIDED)\b[^:\n]{0,30}:\s")
_LABEL_START = re.compile(r"\W{0,3}[A-Za-z][\w ]{0,20}:\s")  # "Regrets: ...", "Scribe: me"
_LIST_MARK = re.compile(r"(?:[-*+]|\d{1,3}[.)])\s")
_TAG = re.compile(r"<([A-Za-z][\w.|^`{}\[\]-]{0,30}(?: [^\W\d_][\w.'-]{0,20}){0,2})>")
_HTML_TAGS = frozenset(
    """a abbr b bdi bdo big blockquote br center cite code dd del details dfn div dl dt em font
    h1 h2 h3 h4 h5 h6 hr i img ins kbd li mark ol p pre q rp rt ruby s samp small span strike
    strong sub summary sup table tbody td tfoot th thead tr tt u ul var wbr section article
    aside nav header footer figure figcaption picture video audio source iframe""".split()
)


def _nick_tag(html: str) -> bool:
    """Whether an inline "tag" is an IRC nick in a pasted log ("<kito>"), not HTML ("<br>")."""
    m = _TAG.fullmatch(html)
    if m is None:
        return False
    words = m.group(1).split()  # "<Dagny R.>": a display name, not a tag's attribute
    return words[0].lower() not in _HTML_TAGS and all(w[:1].isupper() for w in words[1:])


def _inline_lines(token: Token) -> list[_Line]:
    """Plain text of an inline token, split at line breaks, with bold ranges and links."""
    start_line = (token.map[0] + 1) if token.map else 1
    text = ""
    bold: list[tuple[int, int]] = []
    links: list[Link] = []
    code: list[tuple[int, int]] = []
    em: list[tuple[int, int]] = []  # in italics
    opened: dict[str, list[int]] = {"strong": [], "em": []}  # where a bold or italic run began
    link_stack: list[tuple[int, str]] = []
    for child in token.children or []:
        kind = child.type
        if kind == "code_inline" and child.content.strip():
            code.append((len(text), len(text) + len(child.content)))
        if kind in ("text", "code_inline", "image"):
            text += child.content.replace("\n", " ")
        elif kind == "html_inline" and _nick_tag(child.content):
            text += child.content  # "<kito> present+": an IRC log's nick, not HTML
        elif kind in ("softbreak", "hardbreak"):
            text += "\n"
        elif kind in ("strong_open", "em_open"):
            opened[kind[:-5]].append(len(text))
        elif kind in ("strong_close", "em_close") and opened[kind[:-6]]:
            begin = opened[kind[:-6]].pop()
            if len(text) > begin:
                (bold if kind == "strong_close" else em).append((begin, len(text)))
        elif kind == "link_open":
            link_stack.append((len(text), str(child.attrs.get("href", ""))))
        elif kind == "link_close" and link_stack:
            begin, href = link_stack.pop()
            links.append(Link(text[begin:].replace("\n", " "), href, begin, len(text)))
    lines: list[_Line] = []
    offset = 0
    for number, part in enumerate(text.split("\n")):
        end = offset + len(part)
        item = _Line(part, start_line + number)
        item.bold = [(a - offset, min(b, end) - offset) for a, b in bold if offset <= a < end]
        item.code = [(a - offset, min(b, end) - offset) for a, b in code if offset <= a < end]
        item.em = [(a - offset, min(b, end) - offset) for a, b in em if offset <= a < end]
        item.links = [
            Link(k.text, k.url, k.start - offset, min(k.end, end) - offset)
            for k in links
            if offset <= k.start < end or (k.start == k.end == end and offset <= k.start)
        ]
        _trim(item)
        lines.append(item)
        offset = end + 1
    return lines


def _trim(item: _Line) -> None:
    """Strip leading blanks, shifting offsets."""
    lead = len(item.text) - len(item.text.lstrip())
    if lead:
        item.text = item.text[lead:]
        item.bold = [(max(0, a - lead), max(0, b - lead)) for a, b in item.bold]
        item.code = [(max(0, a - lead), max(0, b - lead)) for a, b in item.code]
        item.links = [
            Link(k.text, k.url, max(0, k.start - lead), max(0, k.end - lead)) for k in item.links
        ]
    item.text = item.text.rstrip()


def _no_organization(text: str) -> bool:
    """Whether an entry's aside is a role or an attendance note ("TSC", "voting member",
    "joined at 16:23 UTC", "Partially", "Guest from OSTIF to talk ..."), not an organization."""
    words = re.split(r"[\s,/:]+", text.lower())
    if " " in text.strip() and text.islower():
        return True  # "need bento", "left early": a note; an organization's name has a capital
    return any(w in _ROLE_WORDS or w in _ATTENDANCE for w in words) or bool(_CLOCK_IN.search(text))


_LETTER_RUN = re.compile(r"[^\W\d_]{2}")
_QUOTED_NAME = re.compile(r"[\"'\u201c\u2018][^\W\d_][\w .'-]{0,24}[\"'\u201d\u2019]")
_COLON_NICK = re.compile(r":([a-z][\w.-]{1,30})(?![\w.-])")


def clean_person(entry: str) -> tuple[str, str, str]:
    """Split an attendee entry into (name, handle, organization); a nickname in quotes
    ('Katarzyna "Kasia" Wlodarczyk') is left out of the name, and is its handle if it has none.

    >>> clean_person('Katarzyna "Kasia" Wlodarczyk (chair)')
    ('Katarzyna Wlodarczyk', 'Kasia', '')
    """
    nickname = _NICKNAME.search(entry)
    if not nickname:
        return _clean_person(entry)
    name, handle, org = _clean_person(_NICKNAME.sub(" ", entry))
    return name, handle or nickname.group(0).strip(" \"'\u201c\u201d"), org


_PLATFORM = re.compile(
    r"\b(?:Twitter|GitHub|GitLab|Mastodon|Bluesky|LinkedIn|Discord|Matrix|X)\s*:?\s*(?=@)"
)
_AT_HANDLE = re.compile(r"(?<![\w@])@([A-Za-z0-9][\w.-]{0,38}[\w])")
_TAGGED = re.compile(r"([^=()]+?)\s+=\s+([^=]+)")
# "TM — Tendai Mukwevho (@tmukwevho)": the initials the notes use, a dash, the name
# someone and what they are to do, after a label: "AR: Seun to add a selftest and send v3"
_TASKED_AFTER = re.compile(r"[ \t]*@?[A-Za-z][\w.-]*[ \t]+(?:to|will)[ \t]+[a-z]")
_AWAY = re.compile(r"(?:no\b|absent|apolog|regrets|excused)")
_AWAY_VOTE = re.compile(r"\W*(?:absent|apolog|regrets|excused)")
_INITIALS_DASH = re.compile(r"([A-Z]{2,4})[ \t]+(?:--?|[\u2013\u2014])[ \t]+(\S.*)")


def _native_aside(text: str) -> str:
    """An entry's name without the same name in another script beside it: "Zhang Wei 张伟
    (@zhangwei_dev)" and "刘洋 Liu Yang" are Zhang Wei and Liu Yang; "张伟" alone stays."""
    outside = [w for w in _PARENS.sub("", text).split() if not w.startswith("@")]
    latin = [w for w in outside if _latin(w)]
    if len(latin) < 2 or len(latin) == len(outside):
        return text  # "Сковорода Никита Андреевич @ChALkeR": the name is the Cyrillic one
    head = text[: m.start()] if (m := _PARENS.search(text)) else text
    kept = " ".join(w for w in head.split() if _latin(w) or not any(c.isalpha() for c in w))
    return kept + text[len(head) :]


def _latin(word: str) -> bool:
    """Whether a word has a letter of the Latin script ("Björn" has, "张伟" has not)."""
    return any(c.isascii() and c.isalpha() or _latin_letter(c) for c in word)


@cache
def _latin_letter(char: str) -> bool:
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


_NICK_DASH = re.compile(
    r"([a-z][\w.|-]{1,30})[ \t]*(?:\(([^()]{3,60})\))?[ \t]+(?:-{1,2}|[\u2013\u2014])[ \t]+(.+)"
)
# an etherpad's "pwrob (Vantor Systems) Paweł Wróblewski": the nick, the company, the name
_NICK_ORG_NAME = re.compile(r"([a-z][\w.|-]{1,30})[ \t]*\(([^()]{2,60})\)[ \t]+([A-Z].+)")


_STRAY_BULLET = re.compile(r"^\s*(?:[a-z][ \t]+)?\*+[ \t]*(?=[A-Z])")


def _clean_person(entry: str) -> tuple[str, str, str]:
    """Split an attendee entry into (name, handle, organization).

    >>> clean_person("Colin Ihrig @cjihrig (TSC)")
    ('Colin Ihrig', 'cjihrig', '')
    >>> clean_person("Deepti Gandluri (Google)")
    ('Deepti Gandluri', '', 'Google')
    >>> clean_person("Mateusz Piotrowski - FreeBSD Foundation")
    ('Mateusz Piotrowski', '', 'FreeBSD Foundation')
    >>> clean_person("0mp (Mateusz Piotrowski)")
    ('Mateusz Piotrowski', '0mp', '')
    >>> clean_person("Warner Losh (imp@)")
    ('Warner Losh', 'imp', '')
    >>> clean_person("Tobias Berner (tcberner@) from KDE")
    ('Tobias Berner', 'tcberner', 'KDE')
    >>> clean_person("Chris Dickinson (nominee to TC)")
    ('Chris Dickinson', '', '')
    >>> clean_person("Matteo Collina (joined at 16:23 UTC)")
    ('Matteo Collina', '', '')
    >>> clean_person("Helga Johansson (:helga, chair)")
    ('Helga Johansson', 'helga', '')
    """
    text = _DEVICE.sub("", _REF_LINK.sub(r"\1", entry)).rstrip(".")
    text = _ANGLED_LOGIN.sub(r" (\1)", text)
    text = _STRAY_BULLET.sub("", text)  # "a *Ruy Adorno": a list's bullet typed astray
    if not text.isascii():  # "Tanaka Ryo（旁听 / observer）", "Zhang Wei 张伟 (@zhangwei_dev)"
        text = _native_aside(text.replace("\uff08", " (").replace("\uff09", ")"))
    text = _without_arrival(_ENTRY_NOISE.sub("", text).strip()).strip("*_`~").strip()
    if "@" in text and _PLATFORM.search(text):
        # "Mariana Figueiredo — Twitter @marifig, GitHub @mfigueiredo (core team)": the name
        # and its first handle; the sites and the other handles are no organization
        handles = _AT_HANDLE.findall(text)
        text = _AT_HANDLE.sub("", _PLATFORM.sub("", text))
        text = re.sub(r"(?:\s*[\u2014\u2013,;])+\s*(?=\(|$)", " ", text).strip(" ,;\u2014\u2013-")
        text = f"{text} @{handles[0]}" if handles else text
    nicknamed = _NICKNAMED.fullmatch(text)
    if nicknamed:  # 'Carlos "Caco" Benítez': the name, and the nickname the minutes use
        name, at, org = _clean_person(f"{nicknamed.group(1)} {nicknamed.group(3)}")
        return name, at or nicknamed.group(2), org
    tagged = _TAGGED.fullmatch(text)
    if tagged:  # "RK = Ravi Kulkarni", "Ravi Kulkarni = RK": a scribe's tag for the name
        tag, named = tagged.group(1, 2) if " " not in tagged.group(1) else tagged.group(2, 1)
        if " " not in tag.strip() and " " in named.strip():
            name, at, org = _clean_person(named)
            return name, at or tag.strip().lstrip("@"), org
    initialled = _INITIALS_DASH.fullmatch(text)
    if initialled:
        name, at, org = _clean_person(initialled.group(2))
        mark = initialled.group(1)
        if _initials_fit(mark, name):
            # the initials are the handle when the name's own letters would not give them
            # ("HC" of Hoang Minh Chau), else the login beside the name is
            return name, mark if not at or mark not in initials_of(name) else at, org
    dashed = _NICK_DASH.fullmatch(text) or _NICK_ORG_NAME.fullmatch(text)
    if dashed and is_handle(dashed.group(1).lower()):
        # "okonkwo_a - Adaeze Okonkwo (PTL)", "mgarza (Mariela Garza) - Ops SIG": an etherpad's
        # nick, then the name (or the name in brackets, then a note)
        nick, named, note = dashed.group(1, 2, 3)
        said = note.split(",")[0].strip() if note else ""
        if named and spells(nick, said.split()) and not spells(nick, named.split()):
            # "chidi_o (Kestrel Cloud) - Chidinma Okonkwo, PTL": the name the nick spells
            return _finish(surname_case(said), nick, named.strip())
        if named and all(is_name_word(w) for w in named.split()) and len(named.split()) >= 2:
            return _finish(surname_case(named), nick, "")
        if note and note[:1].isupper():
            name, _, org = _clean_person(note)
            if len(name.split()) >= 2 and all(is_name_word(w) for w in name.split()):
                return name, nick, org
    fields = [f.strip() for f in text.split(" / ")] if " / " in _PARENS.sub("", text) else []
    if 2 <= len(fields) <= 4 and fields[0] and not fields[0].startswith("@"):
        # a sign-in sheet's "Name / @handle / affiliation": its fields, in that order
        name, at, org = _clean_person(fields[0])
        for field in fields[1:]:
            if not at and (_HANDLE_IN.fullmatch(field) or field.startswith("@")):
                at = field.lstrip("@").strip()
            elif not org and _LETTER_RUN.search(field) and field.lower() not in _NO_EMPLOYER:
                org = _PARENS.sub("", field).strip()
        return name, at, org
    handle = ""
    mention = _NAME_MENTION.match(text)  # "@Ana Paula Rocha (notes)": a wiki's mention of a name
    if mention and all(is_name_word(w) for w in mention.group(1).split()):
        text = text[1:]
    login = _LOGIN_AT.fullmatch(_PARENS.sub("", text).strip())
    if login:  # "m.oyelowo@", "kbose@example.org (travelling)": an address's login is all
        return _finish(login.group(1), login.group(1), "")
    match = None if mention and text[:1] != "@" else _HANDLE_IN.search(text)
    if match:
        handle = match.group(1)
        text = (text[: match.start()] + text[match.end() :]).strip()
    org = ""
    for inner in _PARENS.findall(text):
        words = inner.strip(" ,;")  # "(Acme, @ann)" less its handle
        if "," in words and handle:  # "@vesna-k (Vesna Kovacevic, host)": the name, a role
            words = words.split(",")[0].strip()
        elif "," in words and (
            marks := [
                w.strip()
                for w in words.split(",")
                if w.strip().isupper() and _initials_fit(w.strip(), _PARENS.sub("", text))
            ]
        ):
            words = marks[0]  # "Layla Mansour (LM, notes)", "Guadalupe Ortiz ("Lupe", GO)"
        elif (
            "," in words
            and is_handle(words.split(",")[0].strip())
            and words.split(",", 1)[1].strip()[:1].islower()
        ):
            words = words.split(",")[0].strip()  # "Ciarán Mac Giolla (ciaranm, running it)"
        elif (
            "," in words
            and is_handle(_PARENS.sub("", text).strip())
            and 2 <= len(named := words.split(",")[0].split()) <= 4
            and all(is_name_word(w) for w in named)
        ):
            words = " ".join(named)  # "mvalenti (Marco Valenti, chair)": the login's name
        if not words or words.lower() in _NO_EMPLOYER or _QUOTED_NAME.fullmatch(words):
            continue  # (not '(@espeq, "Espe")': a nickname in quotes, not where she works)
        colon = _COLON_NICK.match(words)
        if colon and not handle:  # "Diego Santos (:dsantos)": Mozilla's way to write a nick
            handle = colon.group(1)
            continue
        if _no_organization(words):
            continue
        login = _LOGIN_AT.fullmatch(words)  # "Warner Losh (imp@)", "(kp@FreeBSD.org)"
        if login and not handle:
            handle = login.group(1)
        elif (
            not handle
            and is_handle(words)
            and " " not in words
            # "Luana Ferreira (gotide)", "Paweł Zieliński (tidewire-rs)": the implementation
            # someone speaks for at an interop call, not a login of theirs
            and not (
                _PROJECT_SHAPE.fullmatch(words) and not spells(words, _PARENS.sub("", text).split())
            )
        ):
            handle = words
        elif (
            not handle
            and (words.isupper() or _PARTICLE_INITIALS.fullmatch(words))
            and _initials_fit(words.upper(), _PARENS.sub("", text))
        ):
            # "Jean-Baptiste Lefèvre (JBL)": the initials the minutes use; "Manon de Laval
            # (MdL)", a particle's letter in lower case
            handle = words
        elif (
            not handle
            and _INITIAL_DOT.fullmatch(words)
            and _fold(_PARENS.sub("", text).strip()[:1]).upper() == words[0]
        ):
            handle = words  # "Kwabena Asante (K.)": the letter the notes call him by, "K. said"
        elif (
            len((named := surname_case(words)).split()) >= 2
            and all(is_name_word(w) for w in named.split())
            and " " not in (rest := _PARENS.sub("", text).strip())
            and not ORG_END.search(named)  # "rafa_alb (Vantor Systems)": a nick, its company
        ):
            # "0mp (Mateusz Piotrowski)": the parenthesis holds the name, the rest is a handle;
            # "Andreas Fehlner (Trumpf Laser)" is a name and an organization
            if rest and not handle:
                handle = rest
            return _finish(named, handle, org)
        elif (
            len((named := surname_case(words)).split()) >= 2
            and all(is_name_word(w) for w in named.split())
            and (rest := _PARENS.sub("", text).strip())
            and ORG_END.search(rest)
        ):
            # "Hanbit Mobility (Seo-yeon Kim)", a member's roll call: the organization, then
            # who stood for it
            return _finish(named, handle, org or rest)
        elif not org:
            org = words
    text = _PARENS.sub("", text).strip()
    match = _ORG_TAIL.search(text)
    if match and len(text[: match.start()].split()) >= 2:
        tail = (match.group(1) or match.group(2)).strip()
        if not _no_organization(tail) and tail.lower() not in _NO_EMPLOYER:
            org = org or tail
        text = text[: match.start()].strip()
    return _finish(text, handle, org)


_INITIAL_DOT = re.compile(r"[A-Z]\.")  # "(K.)" after a name: its given name's letter
_PARTICLE_INITIALS = re.compile(r"[A-Z][a-z]{1,2}[A-Z]")  # "MdL", "JvdB": a particle's letters


def _initials_fit(initials: str, name: str) -> bool:
    """Whether ``initials`` are the name's, each part of a hyphenated name counted or not ("JBL"
    of Jean-Baptiste Lefèvre, "KO" of Kofi Ofori-Atta); a title is no part of it.

    >>> _initials_fit("OA", "Dr Olufemi Adebayo"), _initials_fit("KO", "Kofi Ofori-Atta")
    (True, True)
    """
    name = _HONORIFIC.sub("", name.strip())
    words = name.split()
    if len(words) < 2:
        return False
    # "Đặng Quốc Bảo (DB)": a long name's first and last, its letters without their marks
    ends = _fold(words[0][:1] + words[-1][:1]).upper()
    return initials.upper() in {ends} | {
        "".join(w[0] for w in re.split(pattern, name) if w[:1].isalpha()).upper()
        for pattern in (r"[\s-]+", r"\s+")
    }


# "JL  Jarkko Lehtinen    release engineering": a legend of the initials used below
_LEGEND_LINE = re.compile(r"^[ \t]*([A-Z]{2,4})[ \t]*[:=\u2013\u2014-]?[ \t]+(\S.*)$", re.M)
_EQUALS_NAME = r"[A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3}"
_EQUALS_INITIALS = re.compile(  # "SK = Siddharth Kulkarni", "Siddharth Kulkarni = SK"
    rf"(?<![\w=])([A-Z]{{2,4}})[ \t]*=[ \t]*({_EQUALS_NAME})(?![\w'\u2019-])"
    rf"|({_EQUALS_NAME})[ \t]*=[ \t]*([A-Z]{{2,4}})(?![\w=])"
)
_NAMED_INITIALS = re.compile(  # "Ruth Abernathy (RA)", "Layla Mansour (LM, notes)"
    r"([A-Z][\w'\u2019.-]+(?:[ \t]+[A-Z][\w'\u2019.-]+){1,3})[ \t]+"
    r"\((?:[^(),\n]{1,30},[ \t]*)?([A-Z]{2,4})(?:[ \t]*,[^()\n]{0,30})?\)"
)


def declared_initials(text: str) -> dict[str, str]:
    """Initials the minutes declare for a full name -> that name: a legend line ("JL  Jarkko
    Lehtinen") or a name with its initials in parentheses ("Ruth Abernathy (RA)"). The initials
    must be the name's own.

    >>> declared_initials("  JL  Jarkko Lehtinen   release\\nRuth Abernathy (RA) said")
    {'JL': 'Jarkko Lehtinen', 'RA': 'Ruth Abernathy'}
    """
    found: dict[str, str] = {}
    for line in _LEGEND_LINE.finditer(text):
        for mark, name in _legend_pairs(line.group(0)):
            found.setdefault(mark, name)
    for m in _EQUALS_INITIALS.finditer(text):  # "(SK = Siddharth Kulkarni, LK = ...)"
        mark, name = m.group(1, 2) if m.group(1) else m.group(4, 3)
        if _initials_fit(mark, name):
            found.setdefault(mark, name)
    for m in _NAMED_INITIALS.finditer(text):
        words = m.group(1).split()
        for k in range(2, len(words) + 1):
            name = " ".join(words[-k:])
            if _initials_fit(m.group(2), name):
                found.setdefault(m.group(2), name)
                break
    return found


_LEGEND_NEXT = re.compile(r"[ \t]{3,}(?=[A-Z]{2,4}[ \t]+[^\W\d_])")  # "CO  Obi     AW  ..."


def _legend_pairs(line: str) -> list[tuple[str, str]]:
    """The initials and names of a legend's line, one pair or several in columns ("CO
    Chukwuemeka Obi       AW   Agnieszka Wróblewska"); [] when a part is no such pair.

    >>> _legend_pairs("  CO  Chukwuemeka Obi      AW   Agnieszka Wróblewska")
    [('CO', 'Chukwuemeka Obi'), ('AW', 'Agnieszka Wróblewska')]
    """
    pairs = []
    for piece in _LEGEND_NEXT.split(line.strip()):
        m = _LEGEND_LINE.fullmatch(piece)
        words = m.group(2).split() if m else []
        for k in range(min(4, len(words)), 1, -1):
            name = " ".join(words[:k]).rstrip(",;:")
            if all(is_name_word(w) for w in name.split()) and _initials_fit(m.group(1), name):  # type: ignore[union-attr]
                pairs.append((m.group(1), name))  # type: ignore[union-attr]
                break
        else:
            break  # "CO  Chukwuemeka Obi     CI and build farm": the pairs before a role
    return pairs


def _legend_items(text: str) -> str:
    """Each line of a legend of initials ("  KO  Kofi Ofori-Atta   build farm") as a list item of
    its own: a line says what its person does, and nothing about the next line's person."""
    if not _LEGEND_LINE.search(text):
        return text
    lines = text.split("\n")
    legend = [
        m is not None
        and any(_initials_fit(m.group(1), " ".join(m.group(2).split()[:k])) for k in range(2, 5))
        for m in map(_LEGEND_LINE.fullmatch, lines)
    ]
    for k, line in enumerate(lines):
        if legend[k] and ((k and legend[k - 1]) or (k + 1 < len(lines) and legend[k + 1])):
            pairs = _legend_pairs(line)
            if len(pairs) > 1:  # a legend in columns: each name with its initials
                lines[k] = "- " + "; ".join(f"{mark}  {name}" for mark, name in pairs)
            else:
                lines[k] = "- " + line.strip()
    return "\n".join(lines)


def _finish(text: str, handle: str, org: str) -> tuple[str, str, str]:
    text = _HONORIFIC.sub("", re.sub(r"\s+", " ", text).strip(" ,;:-*_"))  # "Dr Olufemi Adebayo"
    if handle and _NO_NAME.fullmatch(text):
        text = ""  # "Unknown User (tkeller)": an account whose name the export lost
    if not text and handle:
        text = handle
    return text[:MAX_NAME], handle, org[:MAX_NAME]


_RELEASE_MARK = re.compile(r"(?:rc|alpha|beta|pre|dev|ga|v)\d{1,2}", re.I)


# the last words no family name is: a company's, whatever its first word
_SURE_ORG_END = frozenset(
    """inc corp corporation ltd llc gmbh systems technologies software labs foundation university
    institute solutions networks robotics consulting holdings""".split()
)


def looks_like_person(name: str) -> bool:
    """Whether an attendee entry or speaker label is plausibly a person's name or handle.

    >>> [looks_like_person(x) for x in ["Michael Dexter", "markj", "AR", "Notes", "TBD", "See the doc"]]
    [True, True, True, False, False, False]
    """
    name = name.strip()
    if not name or len(name) > MAX_NAME or name.lower().rstrip(".") in LABELS or ":" in name:
        return False  # "Notes", "yes.", "PS: Yes"
    if is_bot(name):
        return False  # "ci-bot (APP)", "dependabot[bot]", "Tamarind CI", "GitLab": software
    if _RELEASE_MARK.fullmatch(name):
        return False  # "rc1: 2025-04-22", "beta2: ...": a release's milestone, not a login
    words = name.split()
    if len(words) == 1:
        word = words[0]
        return (
            (
                is_name_word(word)
                and (is_given_name(word, strict=False) or word_frequency(word) < 3.0)
                and not word.isupper()
                or is_initials(word)
                or is_handle(word)
                or word[:1].isupper()
                and word[1:].islower() is False
                and word.isalnum()
            )
            and word.lower() not in LABELS
            and word.upper() not in {"TBD", "TBA", "N/A", "NONE"}
        )
    if len(words) > 5:
        return False
    if (
        words[-1].lower() in GROUP_WORDS
        or ORG_END.search(name)
        and (not is_given_name(words[0]) or words[-1].rstrip(".").lower() in _SURE_ORG_END)
    ):
        # "Rendering WG", "Docs team", "Vantor Robotics", "Halvard Systems" (though Halvard is a
        # given name): a group, not a person
        return False
    if any(c.isdigit() for c in name):
        return False  # "T-1000 Advanced Prototype": a joke in a table of nicks, not a name
    # "João Pedro Nogueira dos Santos", "Tobias ter Haar": a family name's particle
    return all(is_name_word(w) or w[:1].isupper() or w in PARTICLES for w in words)


_NOUN_ENDS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence")  # nouns made of verbs
_WORD_NOUN_ENDS = ("ing", "ism", "ships")  # ... and endings a login may have ("xiaoming")
NOUN_LABEL = 2.0  # a label with such an ending this common in English (Zipf) says what, not who
NOUN_LONG = 9  # ... or this long with one of the endings of a noun made of a verb ("-tion")


def _speaker_names(
    label: str, roster: frozenset[str], initials_style: bool = True
) -> tuple[str, ...]:
    """The people a line label names (``"John, Rod"`` -> ("John", "Rod")), or () if not a speaker."""
    label = label.strip().strip("*_ ").strip()
    if not label or label.lower() in LABELS or len(label) > 60:
        return ()
    parts = [p for p in _SPLIT_NAMES.split(label) if p]
    names: list[str] = []
    for part in parts:
        part = part.strip().lstrip("@")
        low = part.lower()
        if low in roster:
            names.append(part)
            continue
        words = part.split()
        if not words or len(words) > 4:
            return ()
        if len(words) == 1:
            word = words[0]
            if is_initials(word):
                if not initials_style:
                    return ()
                names.append(part)
            elif word.islower() and is_handle(word) and len(word) >= 2:
                if (
                    is_english_word(word)
                    or re.search(r"\.[a-z]{1,5}$|(?:[-_]|^v)\d+(?:\.\d+)+$", word)
                    or ARCHITECTURE.fullmatch(word)
                    or _RELEASE_MARK.fullmatch(word)  # "rc1: 2025-04-22": a milestone
                    or word in known_lower()  # "kde: Qt6 no longer segfaults": an area
                    or word in _CODE_AREAS  # "src: don't abort when ...", a change's area
                    # "prioritization:", "deprecations:": a noun's ending, no login's
                    or word.removesuffix("s").endswith(_NOUN_ENDS + _WORD_NOUN_ENDS)
                    and word_frequency(word) >= NOUN_LABEL
                    or word.removesuffix("s").endswith(_NOUN_ENDS)  # (not "-ing": "Xiaoming")
                    and len(word) >= NOUN_LONG
                ):
                    return ()  # "module.py:", "golang-1.24:", "v0.12:", "riscv64:",
                    # "deprecations:": a file, a version, an architecture, a noun
                names.append(part)
            elif is_name_word(word) and (
                is_given_name(word) or low in roster or short_for_listed(low, roster)
            ):
                names.append(part)
            else:
                return ()
        elif all(is_name_word(w) for w in words) and (
            is_given_name(words[0]) or low in roster or family_name_first(part)  # "Nguyễn Thị Lan:"
        ):
            names.append(part)
        else:
            return ()
    return tuple(names)


def _turn_names(text: str) -> frozenset[str]:
    """Unknown names that open lines the way known given names do in the same minutes ("Kewei:",
    "Joyee:", "Titzer:" beside "Ann:" and "Matt:"), twice or more: rare in English, or given
    names that are words too ("Lee:", "Rob:")."""
    full = Counter(m.group(1) for m in _FULL_TURN.finditer(text))
    if ":" in text:  # "[00:03:19] Abimbola Adeyemi: Yeah, sure.", a transcript's turns
        full.update(m.group(1) for m in _CLOCKED_TURN.finditer(text))
    names = {
        label.lower()
        for label, n in full.items()
        if n >= TURN_NAME_LINES
        and all(is_name_word(w) for w in label.split())
        and not any(w.lower() in LABELS or word_frequency(w.lower()) >= 4.0 for w in label.split())
    }
    labels = Counter(m.group(1) or m.group(2) for m in _NAME_TURN.finditer(text))
    # "**Eitan:**" once, under "### Security — Eitan Shapiro": the given name of a full name
    # the minutes write
    names |= {
        w.lower()
        for w in {m.group(1) for m in _BOLD_NAME_TURN.finditer(text)}
        if not is_given_name(w)
        and w.lower() not in LABELS
        and is_name_word(w)
        and word_frequency(w) < TURN_NAME_RARE
        and any(
            is_name_word(m.group(1)) and word_frequency(m.group(1)) < TURN_SURNAME_RARE
            for m in _full_name_of(w).finditer(text)
        )
    }
    known = [w for w in labels if is_given_name(w, strict=False) and w.lower() not in CALENDAR]
    if len(known) < 2 or sum(labels[w] for w in known) < TURN_KNOWN_LINES:
        return frozenset(names)
    return frozenset(names) | frozenset(
        w.lower()
        for w, n in labels.items()
        if n >= TURN_NAME_LINES
        and not is_given_name(w)
        and w.lower() not in LABELS
        and w.lower() not in CALENDAR  # "June: ..." in a log by month
        and is_name_word(w)
        and (
            word_frequency(w) < TURN_NAME_RARE
            or is_given_name(w, strict=False)  # "Lee:"
            # "**Stokes**" over his turns, where the notes say "Stokes said ...": a surname
            or word_frequency(w) < TURN_SURNAME_COMMON
            and len(re.findall(rf"\b{re.escape(w)}[ \t]+(?:{SPOKE})\b", text)) >= TURN_SURNAME_SAID
        )
    )


def _full_name_of(given: str) -> re.Pattern[str]:
    """ "Eitan Shapiro" of "Eitan": the name and a capitalised word after it (the surname's)."""
    return re.compile(rf"\b{re.escape(given)}[ \t]+([A-Z][^\W\d_]{{2,}})\b(?![ \t]*:)")


_DOTTED_TITLE = re.compile(r"\d{1,2}(?:\.\d{1,2})+\.?[ \t]+[A-Z]")  # "5.1 Core", "2.3. Docs"
_OWNER_TAIL = re.compile(r"[ \t][\(\[]([:@]?([A-Za-z][\w.-]{1,30}))[\)\]][.;]?$")
DECLARED_INITIALS = 3  # attendees listed with initials: other initials are not people


_PROSE_LOWER = re.compile(r"(?<![\w@.-])(?:was|were|is|are|the|and|of|to|we|our|usual)\b")
PROSE_LOWER_WORDS = 2  # a line with this many of those words says something: no list of names
_SENTENCE = re.compile(r"\w+(?:\W+\w+){4,}[^\w\s]*[.!?](?:\s|$)")  # five words and a stop


def _sentence_not_label(text: str) -> bool:
    """Whether a line opens with no label of one or two words ("Regrets: ...", "Also present:
    ..."), and says something in words of its own: "Agenda was the usual: jlog, quota" is a
    sentence, "Mike Smith, Red Hat Inc." more names."""
    label = _LABEL_START.match(text)
    return (label is None or len(label.group().split()) > 2) and len(
        _PROSE_LOWER.findall(text)
    ) >= PROSE_LOWER_WORDS


class _Builder:
    """Walks markdown-it tokens once and collects sections, attendees and blocks."""

    def __init__(self, raw: RawMinutes, text: str | None = None) -> None:
        self.raw = raw
        self.sections: list[Section] = []
        self.attendees: list[Attendee] = []
        self.joined: list[Attendee] = []  # "* ravi_s has joined #council" in a chat log
        self.renamed: list[tuple[str, str, int]] = []  # "* anna is now known as anna_afk"
        self.idents: list[tuple[str, str, int]] = []  # "* tunde_mobile (~tunde@...) has joined"
        self._prose: frozenset[str] | None = None  # see prose_words()
        self.item_calls = 0
        self.first_voice: tuple[str, ...] | None = (
            None  # who spoke first in a chat log  # the agenda items a chat log's chair has called so far ("2) ...")
        )
        self.posted = False  # in a thread's comment, whose author is the speaker
        self.scribed: tuple[str, str] | None = None  # an IRC scribe's nick, who they scribe
        self._scribes: frozenset[str] | None = None
        self._shown: dict[str, str] | None = None
        self._in_full: dict[str, bool] = {}  # see written_in_full()
        self.meetbots: set[str] = set()  # the nicks that started or ended a meeting: a bot's
        self.thread = False  # in a chat thread opened by a title in italics
        self.blocks: list[Block] = []
        self.title = ""
        self.section = ""
        self.section_level = 0
        self.heading_level = 0  # of the last Markdown heading (not of an item read as one)
        self.list_mode = ""  # "attendee" / "absent" inside such a section
        self.listed_before = 0  # attendees listed before the list's heading
        self.grouped = False  # the list's names come under headings of their groups
        self.list_level = 0
        # two-letter labels ("AR:") are speakers only in minutes that use initials throughout
        self.initials_style = len(_INITIALS_TURN.findall(raw.text)) >= 5
        # unknown names taking turns like known ones ("Kewei:") count as listed
        self.turn_names = (
            _turn_names(raw.text if text is None else text)
            | {
                v.lower()
                for v in bracket_voices(raw.text)  # "[Kemi] ok, recording is on"
            }
            # "Omar Al-Khatib (omar): LLVM 19 is in main": "omar: ..." is his turn
            | declared_logins(raw.text if text is None else text)
        )
        self._roster: tuple[int, frozenset[str]] = (0, self.turn_names)
        # "**Kevaundray**" on a line of its own over what he said: the speaker of the blocks
        # that follow, up to the next heading or name
        self.bold_speakers: tuple[str, ...] = ()
        self.presenter_level = 0  # the level of the heading whose "Owner:" line gave them
        self.person_level = 0  # the level of a heading that is only a person, while in it

    def roster_keys(self) -> frozenset[str]:
        if self._roster[0] == len(self.attendees):
            return self._roster[1]
        keys: set[str] = set(self.turn_names)
        for person in self.attendees:
            low = person.name.lower()
            keys.add(low)
            if words := low.split():
                keys.update(words)
                keys.add(_fold(words[0]))  # "tomas" of Tomás, written without accents
            if person.handle:
                keys.add(person.handle.lower())
            if mark := initials(person.name):
                keys.add(mark.lower())
            keys.update(short_forms(person.name))
        # "Ife:" of Ifeoma Chukwu: the opening of a listed given name, said alone
        keys.update(opening_forms((p.name for p in self.attendees), self.raw.text))
        self._roster = (len(self.attendees), frozenset(keys))
        return self._roster[1]

    def surname_of_listed(self, name: str) -> bool:
        """Whether ``name`` is only the surname of someone listed in full ("Wróblewska", "Ó
        Dálaigh" of "Ciarán Ó Dálaigh"), whom formal minutes name so once listed."""
        key = name.lower()
        return any(
            len(words := a.name.split()) >= 2
            and " ".join(words[1:]).lower().endswith(key)
            and a.name.lower() != key
            and (" ".join(words[-len(key.split()) :]).lower() == key)
            for a in self.attendees
        )

    def add_attendees(self, text: str, line: int, role: str) -> None:
        if row := _NICK_ROW.match(text) or _ROW_NICK.match(text):
            # a sign-up sheet's "kib_r     Renaud Kibler     -- zfs": a login and its name
            name, nick = row.group("name"), row.group("nick")
            if looks_like_person(name) and not is_english_word(nick.lower()):
                src = Source(self.raw.path, line, self.section)
                self.attendees.append(Attendee(name, src, nick, "", role))
                return
        sub = _SUBLABEL.match(text)
        if (
            sub
            and sub.group(1).lower() not in {"name"}
            and (
                "," in sub.group(2)
                or sub.group(2).startswith("@")  # "Physics: @ifeoma-n (...)"
                # "Hoang Automation JSC: Phạm Quốc Bảo", a member organization and its one rep
                or ORG_END.search(sub.group(1)) is not None
            )
            or (
                sub
                and sub.group(1).lower()
                in {
                    "team members",
                    "others",
                    "other",
                    "guests",
                    "members",
                    "tsc",
                    "observers",
                    "visitors",
                    "staff",
                    "present",
                }
            )
        ):
            text = sub.group(2) if sub else text
        # the organization a roll call's line groups its names under
        group_org = sub.group(1).strip() if sub and ORG_END.search(sub.group(1)) else ""
        # "Fatou Diallo (fdiallo) – accessibility, remote" (not "tkowalski - Tomasz Kowalski")
        if described := _ROLE_DASH.match(text):
            before = clean_person(described.group(1))[0]
            if len(before.split()) >= 2 and looks_like_person(before):
                text = described.group(1)
        if (ended := _list_end(text)) is not None:
            text = text[:ended]  # "..., @noorh. Two visitors joined for item 3."
        pieces = [text]
        logins = _AT_HANDLES.match(text.strip())
        if logins and _DASH_ASIDE.match(text.strip(), logins.end()):
            # "@metch @jwhit @deepa-r": logins apart by spaces alone ("... -- @obrand sent notes")
            pieces = logins.group().split()
        elif len(_AT_NAMES.findall(text)) >= 2 and "," not in text and ";" not in text:
            # Notion's "@Chiamaka Eze @Mateusz Wróbel @Lucas Ferreira": a mention per name
            pieces = [p.strip() for p in re.split(r"\s+(?=@[^\W\d_])", text) if p.strip()]
        elif "," in text or ";" in text:
            # at commas outside parentheses: "@vesna-k (Vesna K, host), @ruairi (Ruairi O Briain)"
            split = [p for p in _top_level_split(text) if p.strip()]
            # (the words of a name, less when they came: "Ji-woo Park (@jwpark) for Q4 only")
            prose = [p for p in split if _entry_words(p) > 4]
            if len(split) - len(prose) >= 2 and all(
                p is split[-1] or not _CAPITAL.search(p) for p in prose
            ):
                # "..., Ximena Ortega, plus two people from the user group", "someone from the
                # toolchain team": a note among the names, not one
                split = [p for p in split if p not in prose]
            if all(_entry_words(p) <= 4 for p in split) and not _name_then_org(split):
                pieces = split
        listed_initials = sum(
            1 for p in pieces if _LISTED_INITIALS.fullmatch(_PARENS.sub("", p).strip(" .;"))
        )
        for piece in pieces:
            piece = _PIECE_LABEL.sub("", piece)  # "joined late: Guadalupe Ortiz"
            if piece.strip(" .;").lower() in _ATTENDANCE:
                continue  # "Matías Aguirre (@maguirre), remote": how the one before took part
            described = _ROLE_DASH.match(piece)  # "Ann Lee - chair, Bo Chen": Ann Lee
            if described and len(clean_person(described.group(1))[0].split()) >= 2:
                piece = described.group(1)
            if _ROLE_WORDS.intersection(piece.lower().split()) and "(" not in piece:
                head, comma, title = piece.partition(",")
                if not (comma and _ROLE_WORDS.intersection(title.lower().split())) or (
                    _ROLE_WORDS.intersection(head.lower().split())
                ):
                    continue  # "Priti Deshmukh, Community Manager": the title of the name before
                piece = head  # "Niamh Gallagher, Executive Director": the name and its title
            name, handle, org = clean_person(piece)
            if name and not handle and self.surname_of_listed(name):
                continue  # "In favour: Eze, Wróblewska" after "Agnieszka Wróblewska" was listed
            if handle and name.islower() and is_english_word(name):
                # "Production: @vkowal chaired.": the handle is the name, listed already or not
                if any(a.handle == handle for a in self.attendees):
                    continue
                name, org = handle, ""
            # "Present: JK (chair), SR, TO (minutes)", "Guest: NB (item 4 only)": initials that
            # are also a word, listed among initials or with an aside of their own
            initials_entry = (
                _LISTED_INITIALS.fullmatch(name)
                and name not in _NOT_INITIALS
                and not handle
                and ("(" in piece or listed_initials >= 2)
            )
            if looks_like_person(name) or (handle and looks_like_person(handle)) or initials_entry:
                src = Source(self.raw.path, line, self.section)
                self.attendees.append(Attendee(name or handle, src, handle, org or group_org, role))

    def run(self, tokens: list[Token]) -> None:
        depth = 0
        lists: list[str] = []
        fresh_item = False
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            if tok.type in ("bullet_list_open", "ordered_list_open"):
                depth += 1
                lists.append(tok.type)
            elif tok.type in ("bullet_list_close", "ordered_list_close"):
                depth -= 1
                if lists:
                    lists.pop()
            elif tok.type == "list_item_open":
                fresh_item = True
            elif tok.type == "hr" and not lists:
                self.list_mode = ""  # "---" under the names: the list of people ended
                if self.posted:  # "---" after a comment: its author's turn ended
                    self.bold_speakers, self.person_level, self.posted = (), 0, False
            elif tok.type == "table_open":
                end = next(
                    (j for j in range(i + 1, len(tokens)) if tokens[j].type == "table_close"),
                    len(tokens),
                )
                if self.table(tokens[i + 1 : end], depth):
                    i = end
            elif tok.type == "heading_open":
                level = int(tok.tag[1:]) if tok.tag[1:].isdigit() else 1
                inline = tokens[i + 1] if i + 1 < len(tokens) else None
                if inline is not None and inline.type == "inline":
                    self.heading(inline, level)
                    i += 1
            elif tok.type == "inline":
                # "1. PEP 723 inline script metadata" over the notes of that item (plain-text
                # minutes): the first line of a top-level numbered item acts as a heading, and
                # so does a top-level item whose notes are a list under it ("* Input stack")
                top = fresh_item and len(lists) == 1
                parent = top and _opens_list(tokens, i + 1)
                agenda_item = top and (lists == ["ordered_list_open"] or parent)
                fresh_item = False
                if not lists and self.paragraph_heading(tok, _opens_list(tokens, i + 1)):
                    i += 1
                    continue
                if not lists and self.roster_label_last(tok, depth, _opens_list(tokens, i + 1)):
                    i += 1
                    continue
                self.inline(tok, depth, agenda_item, parent, lists == ["ordered_list_open"])
            i += 1

    def table(self, tokens: list[Token], depth: int) -> bool:
        """A table of people (a name column beside a nick/handle column, or any table under an
        attendee heading) gives attendees; returns False for other tables, read as prose."""
        rows: list[list[Token]] = []
        for tok in tokens:
            if tok.type == "tr_open":
                rows.append([])
            elif tok.type == "inline" and rows:
                rows[-1].append(tok)
        if len(rows) < 2:
            return False
        header = [" ".join(x.text for x in _inline_lines(c)).lower() for c in rows[0]]
        # "Member company | Representative": the people, not the members' companies
        name_col = next(
            (
                k
                for k, h in enumerate(header)
                if _NAME_COLUMN.search(h) and not _ORG_COLUMN.search(h)
            ),
            -1,
        )
        handle_col = next(
            (k for k, h in enumerate(header) if k != name_col and _HANDLE_COLUMN.search(h)), -1
        )
        org_col = next((k for k, h in enumerate(header) if _ORG_COLUMN.search(h)), -1)
        if name_col < 0 and self.list_mode and header and not _HANDLE_COLUMN.search(header[0]):
            name_col = 0
        if not self.list_mode and (
            self.agenda_table(rows, header, depth, tasks=True)
            or self.action_table(rows, header, depth)
            or self.agenda_table(rows, header, depth)
        ):
            return True
        # "Name | Role | Present" with "yes" / "no (apologies)": a roll call
        present_col = next(
            (k for k, h in enumerate(header) if re.fullmatch(r"\W*(?:present|attend\w*)\W*", h)), -1
        )
        # "Member | Vote" with "yes", "abstain", "(absent)": a motion's roll call; who voted was
        # there, and a vote is no work on the motion's subject
        vote_col = next(
            (k for k, h in enumerate(header) if re.fullmatch(r"\W*(?:votes?|ballots?)\W*", h)), -1
        )
        if name_col < 0 or (
            handle_col < 0 and present_col < 0 and vote_col < 0 and not self.list_mode
        ):
            return False
        role = self.list_mode or "attendee"
        for row in rows[1:]:
            if name_col >= len(row):
                continue
            # who was away: "no" in a column of presence, "(absent)" in one of votes ("no" there
            # is a vote)
            said_col, away = (
                (present_col, _AWAY) if 0 <= present_col < len(row) else (vote_col, _AWAY_VOTE)
            )
            if 0 <= said_col < len(row):
                said = " ".join(x.text for x in _inline_lines(row[said_col])).strip().lower()
                role = "absent" if away.match(said) else "attendee"
            lines = _inline_lines(row[name_col])
            name, handle, _org = clean_person(" ".join(x.text for x in lines))
            if 0 <= handle_col < len(row):
                handle = (
                    " ".join(x.text for x in _inline_lines(row[handle_col])).strip().lstrip("@")
                )
                handle = handle.split(":")[0]  # a Matrix id, "@jbrandl:matrix.org"
                handle = handle if is_handle(handle.lower()) and " " not in handle else ""
            org = ""
            if 0 <= org_col < len(row):
                org = " ".join(x.text for x in _inline_lines(row[org_col])).strip()
            cells = [" ".join(x.text for x in _inline_lines(c)).strip() for c in row]
            if {c.lower() for c in cells} & {"bot", "(bot)", "app", "integration"}:
                continue  # "GitLab | @gitlab:example.org | bot"
            if len(name.split()) < 2:  # "Jakob | @jbrandl:matrix.org | Jakob Brandl": in full
                full = [
                    n
                    for k, c in enumerate(cells)
                    if k not in (name_col, handle_col, org_col)
                    and (n := _FULL_NAME_FIRST.match(c))
                    and is_given_name(n.group(1).split()[0])
                ]
                name = full[0].group(1) if full else name
            if looks_like_person(name) or (handle and not name):
                src = Source(self.raw.path, lines[0].line if lines else 1, self.section)
                self.attendees.append(Attendee(name or handle, src, handle, org[:80], role))
        return True

    def action_table(self, rows: list[list[Token]], header: list[str], depth: int) -> bool:
        """A table of actions and their owners ("Action | Owner(s) | Due"), under an action
        heading or with an action column: each row one action item, its owners named."""
        owner_col = next((k for k, h in enumerate(header) if _OWNER_COLUMN.fullmatch(h)), -1)
        task_col = next((k for k, h in enumerate(header) if _TASK_COLUMN.search(h)), -1)
        if owner_col < 0:
            return False
        # "Key | Summary | Assignee | Status": a tracker's tickets, each assigned to someone
        assigned = _ASSIGNED_COLUMN.fullmatch(header[owner_col]) is not None
        if task_col < 0 and not assigned and not _ACTION_SECTION.search(self.section):
            return False
        roster = self.roster_keys()
        status_col = next((k for k, h in enumerate(header) if _STATUS_COLUMN.fullmatch(h)), -1)
        for row in rows[1:]:
            cells = [[x for x in _inline_lines(c) if x.text] for c in row]
            if owner_col >= len(cells) or not cells[owner_col]:
                continue
            if 0 <= status_col < len(cells) and any(
                DROPPED_STATUS.match(x.text) for x in cells[status_col]
            ):
                continue  # "| A5 | evaluate vector.dev | farah_s | dropped |": no one's task now
            owners = " ".join(x.text for x in cells[owner_col]).strip().strip("@")
            aside = _OWNER_ASIDE.search(owners)
            if aside and is_initials(owners[: aside.start()].strip()):
                # "MD (Dąbrowski)": the initials say who; a surname alone may be a given name too
                owners = owners[: aside.start()].strip()
            elif aside and all(is_name_word(w) for w in aside.group(1).split()):
                owners = _OWNER_ASIDE.sub(r", \1", owners)  # "Ana (Bia)": both forms of one
            elif aside:
                owners = _OWNER_ASIDE.sub("", owners)  # "Ana (if needed)": an aside
            task = [
                x
                for k, c in enumerate(cells)
                if k == task_col
                or task_col < 0
                and k != owner_col
                and not _NOT_TASK_COLUMN.search(header[k])
                for x in c
            ]
            text = " ".join(x.text for x in task).strip()
            if not text:
                continue
            keys = [  # "| OPS-1291 | Help write linter rules | @karthikr |": the task's ticket
                key
                for k, c in enumerate(cells)
                if k not in (owner_col, task_col)
                and _KEY_CELL.fullmatch(key := " ".join(x.text for x in c).strip())
            ]
            text += "".join(f" ({key})" for key in keys if key not in text)
            line = _Line(f"ACTION ({owners[:60]}): {text}", task[0].line)
            self.inline_lines([line], depth + 1, roster)
        return True

    def agenda_table(
        self, rows: list[list[Token]], header: list[str], depth: int, tasks: bool = False
    ) -> bool:
        """An agenda as a table ("Time | Item | Who | Notes"): each item a heading, each row's
        notes said by the row's presenter (a row with no item goes on the item above). With
        ``tasks``, only a table that has a column of next steps too ("Topic | Owner | Notes |
        Next step"): each row's next step is the presenter's task."""
        item_col = next((k for k, h in enumerate(header) if _ITEM_COLUMN.fullmatch(h)), -1)
        who_col = next((k for k, h in enumerate(header) if _PRESENTER_COLUMN.fullmatch(h)), -1)
        task_col = next((k for k, h in enumerate(header) if _TASK_COLUMN.search(h)), -1)
        status_col = next((k for k, h in enumerate(header) if _STATUS_COLUMN.fullmatch(h)), -1)
        if tasks and (item_col < 0 or who_col < 0 or task_col < 0 or len(header) < 4):
            return False
        # "Time | Speaker | Notes": no items, a transcript whose rows are the speaker's turns
        turns = item_col < 0 and who_col >= 0 and _SPEAKER_COLUMN.fullmatch(header[who_col])
        if (item_col < 0 and not turns) or who_col < 0:
            return False
        level = self.item_level()
        roster = self.roster_keys()
        for row in rows[1:]:
            cells = [[x for x in _inline_lines(c) if x.text] for c in row]
            if item_col >= 0 and item_col < len(cells) and cells[item_col]:
                self.heading_lines(cells[item_col], level, item=0)
            who = " ".join(x.text for x in cells[who_col]) if who_col < len(cells) else ""
            entries = [clean_person(w) for w in _top_level_split(who) if w.strip()]
            names = [name for name, _, _ in entries]
            speakers = tuple(n for n in names if n and looks_like_person(n))
            for name, handle, org in entries if turns else ():
                # "| Seo-yeon (:syjeon) | ... |": a roundtable's row is its writer's, and the
                # handle given there is theirs wherever the minutes use it
                if handle and name in speakers and all(a.handle != handle for a in self.attendees):
                    src = Source(self.raw.path, cells[who_col][0].line, self.section)
                    self.attendees.append(Attendee(name, src, handle, org[:80]))
            if turns and not speakers:  # "FB", "lupe": initials or a name the roster knows
                speakers = _speaker_names(who, roster, initials_style=True)
            notes = [
                x
                for k, c in enumerate(cells)
                if k not in (item_col, who_col, task_col if tasks else -1)
                and not _NOT_TASK_COLUMN.search(header[k])
                for x in c
            ]
            self.flush(notes, speakers, depth + 1)
            status = (
                " ".join(x.text for x in cells[status_col])
                if 0 <= status_col < len(cells) and not tasks
                else ""
            )
            if speakers and item_col >= 0 and _OPEN_STATUS.search(status) and cells[item_col]:
                # a tracker's row still open ("SBOM check | EN | Open | ..."): its owner's task
                item = " ".join(x.text for x in cells[item_col]).strip()
                said = " ".join(x.text for x in notes).strip()
                text = f"ACTION ({', '.join(speakers)[:60]}): {item}" + (
                    f" \u2014 {said}" if said else ""
                )
                self.inline_lines([_Line(text, cells[item_col][0].line)], depth + 1, roster)
            step = cells[task_col] if tasks and task_col < len(cells) else []
            if step and speakers:
                text = " ".join(x.text for x in step).strip()
                line = _Line(f"ACTION ({', '.join(speakers)[:60]}): {text}", step[0].line)
                self.inline_lines([line], depth + 1, roster)
        return True

    def heading(self, inline: Token, level: int) -> None:
        self.heading_level = level
        lines = _inline_lines(inline)
        # "=====" over a title that "=====" underlines: a box in plain text, read as a
        # Markdown heading whose first line is the box's top
        kept = [x for x in lines if not _RULER_LINE.fullmatch(x.text)] if len(lines) > 1 else lines
        self.heading_lines(kept or lines, level)

    def heading_lines(self, lines: list[_Line], level: int, item: int = 0) -> None:
        text = " ".join(x.text for x in lines).strip()
        under = self.person_level or self.presenter_level
        if not (under and level > under and _OWN_REPORT.fullmatch(text)):
            self.bold_speakers, self.person_level, self.presenter_level = (), 0, 0
        # else: "**Yesterday**" under "#### Fenella Braithwaite": still hers
        line = lines[0].line
        if not self.sections and level <= 2 and not _GENERIC_HEADING.match(text):
            said = next((b.text for b in self.blocks if not b.is_heading), "")
            # "fernwick edge runtime -- weekly, 2024-05-07" over "== cold start latency ==":
            # the meeting was named in the line before its first heading
            self.title = said if level > 1 and _MEETING_NAMED.search(said) else text
        kind = "attendee" if _ATTENDEE_HEADING.match(text) else ""
        kind = kind or ("absent" if _ABSENT_HEADING.match(text) else "")
        if kind:
            self.list_mode, self.list_level = kind, level
            self.listed_before, self.grouped = len(self.attendees), False
        elif self.list_mode and level <= self.list_level:
            self.list_mode = ""
        elif self.list_mode and not (
            _ROSTER_GROUP.fullmatch(text)
            and (self.grouped or len(self.attendees) == self.listed_before)
        ):
            # "### Announcements" under "## Attendees", or any heading after names listed
            # under the list's own heading; "### MRI", "### Observers" over the names go on
            self.list_mode = ""
        elif self.list_mode:
            self.grouped = True
        self.section, self.section_level = text, level
        self.sections.append(Section(text, level, Source(self.raw.path, line, text)))
        person = None if kind or self.list_mode else _person_heading(text)
        if person:  # "Ngozi Eze (@ngozi-e)" over her stand-up notes: the section is her turn
            src = Source(self.raw.path, line, text)
            self.attendees.append(Attendee(person[0], src, person[1], "", "attendee"))
            self.bold_speakers, self.person_level = (person[0],), level
        elif not kind and not self.list_mode and (listed := _listed_heading(text, self.attendees)):
            # "Leilani (me)", "Farid (FH)", "@yuki-t (Yuki, me)" over their own notes
            self.bold_speakers, self.person_level = (listed,), level
        elif not kind and not self.list_mode and (item or text.startswith("@")):
            nick = text.rstrip(":").strip().lstrip("@")
            handles = {a.handle.lower() for a in self.attendees if a.handle}
            if " " not in nick and nick.lower() in handles:
                # "aino:" over her outline in a pad, "aino" listed as Aino Mäkelä's nick
                self.bold_speakers, self.person_level = (nick,), level
        first = lines[0]
        self.blocks.append(
            Block(
                text=text,
                source=Source(self.raw.path, line, text),
                speakers=self.bold_speakers,
                bold=tuple(first.bold) if len(lines) == 1 else (),
                code=tuple(first.code) if len(lines) == 1 else (),
                links=tuple(first.links) if len(lines) == 1 else (),
                is_heading=True,
                depth=level,
                item=item,
            )
        )

    def inline(
        self,
        tok: Token,
        depth: int,
        agenda_item: bool = False,
        parent: bool = False,
        numbered: bool = False,
    ) -> None:
        lines = _inline_lines(tok)
        if (
            self.list_mode
            and depth == 0
            and len(self.attendees) > self.listed_before
            and lines
            and _SENTENCE.search(lines[0].text)
            and _sentence_not_label(lines[0].text)
        ):
            # "Agenda was the usual: jlog, quota, Hammerhead, AOB." after the listed names, with
            # no heading between: the notes begin (not "Regrets: ...", a label over names)
            self.list_mode = ""
        if self.list_mode and lines and _LOG_LINE.match(lines[0].text):
            self.list_mode = ""  # "17:00:04 <adaeze> #startmeeting" after a bot's list of people
        if self.list_mode:
            before = len(self.attendees)
            for item in lines:
                if not item.text:
                    continue
                # "**Regrets:** Seán Mac Giolla" under the list of attendees: who was away
                labelled = _ABSENT_LINE.match(item.text)
                if labelled:
                    self.add_attendees(labelled.group(1), item.line, "absent")
                else:
                    self.add_attendees(item.text, item.line, self.list_mode)
            ended = (
                depth == 0
                and len(self.attendees) == before > self.listed_before
                and any(_SENTENCE.search(x.text) for x in lines)
            ) or (
                # "- Parser rewrite status" after "- Ana Ruiz", "- Bo Chen": Markdown's one
                # loose list, names then the agenda; an item that names no one, in words of
                # its own, ends the names
                depth >= 1
                and len(self.attendees) == before >= self.listed_before + AGENDA_AFTER_NAMES
                and len(lines) == 1
                and _agenda_item(lines[0].text)
            )
            if not ended:
                return
            # "Speaker initials in brackets. [?] means ..." after the names, with no heading
            # between: the list of people ended, and the notes begin
            self.list_mode = ""
        roster = self.roster_keys()
        filled = [x for x in lines if x.text]
        # "* Sway" over "** Seems to be mostly working now." lines (a wiki's nested bullets that
        # Markdown reads as one item): the item's first line is a heading, each line a note
        notes = len(filled) >= 2 and all(_STARS.match(x.text) for x in filled[1:])
        if (
            (agenda_item or (depth == 1 and notes))
            and (len(filled) >= 2 or parent)
            and _looks_like_title(filled[0].text)
            and (numbered or _names_something(filled[0].text))
            # "[ ] David: ...", a check-list entry; "[Ngozi Eze] Ephemeral volume quotas" is a title
            and (not filled[0].text.startswith("[") or _presenters_first(filled[0].text))
            and self.speaker(filled[0], roster) is None
        ):
            self.heading_lines([filled[0]], self.item_level(), item=2)
            lines = filled[1:]
            depth = 2  # the item's notes
            if notes:
                for item in lines:
                    cut = _STARS.match(item.text).end()  # type: ignore[union-attr]
                    self.inline_lines([_shifted(item, cut)], depth, roster)
                return
        self.inline_lines(lines, depth, roster)

    def paragraph_heading(self, tok: Token, before_list: bool) -> bool:
        """A paragraph that is a heading in all but markup: all bold ("**2021 Edition draft
        RFC**"), or a short label over a list ("PEP Delegation:"). Returns whether it was."""
        lines = [x for x in _inline_lines(tok) if x.text]
        if len(lines) >= 2 and self.thread_title(lines):
            return True
        if self.thread and lines and not _REPLY_MARK.match(lines[0].text):
            found = self.speaker(lines[0], self.roster_keys())
            if found is not None:
                # "**Priya Raman** [10:50 AM]" after the last thread: a message of the channel,
                # not a reply in the thread above; the thread's subject ends there
                self.thread = False
                self.heading_lines([_Line("", lines[0].line)], self.item_level())
                return False
        if len(lines) != 1:
            return False
        line = lines[0]
        text = line.text.rstrip()
        topic = _TOPIC_LINE.fullmatch(text)
        if topic and not line.bold:  # "Topic: Frame Budget API - issue #412", a bot's minutes
            self.heading_lines([_Line(topic.group(1), line.line)], self.item_level())
            return True
        if before_list and _ACTION_LABEL_LINE.fullmatch(text):  # ".. todo:: Action items"
            self.heading_lines([_Line(_action_label(text), line.line)], self.item_level(), 1)
            return True
        post = _POST_HEADER.fullmatch(text.replace("*", "").strip())
        if post:  # "**@marifig** commented on Mar 3, 2025": what follows is @marifig's
            self.heading_lines([_Line("@" + post.group(1), line.line)], self.item_level())
            self.posted = bool(self.bold_speakers)
            return True
        if _QUOTED_MAIL.fullmatch(text):
            # "On Tue, 1 Oct 2024, Andrzej Mazur wrote:": a quoted mail follows, and the part
            # (and the subject) of what came before ends
            self.heading_lines([_Line("", line.line)], self.item_level())
            return False  # (the line itself stays: it names who wrote the quoted mail)
        writer = _writer(text.replace("*", "").strip()) if not self.list_mode else None
        if writer:  # "Katarzyna Wroblewska (kasia@) writes:" over her part of a report
            name, handle = writer
            self.heading_lines([_Line(name, line.line)], self.item_level())
            handle = handle if handle != name else ""
            self.attendees = [a for a in self.attendees if a.name != name or a.handle]
            if all(a.name != name for a in self.attendees):
                src = Source(self.raw.path, line.line, self.section)
                self.attendees.append(Attendee(name, src, handle))
            self.bold_speakers, self.person_level, self.posted = (name,), self.section_level, True
            return True
        title = text.rstrip(":").rstrip()
        if not _looks_like_title(title) or text.startswith("["):
            return False
        # all bold, or bold but for the review it is about: "**Tracking issue for ...** #67984"
        bold = (
            bool(line.bold)
            and line.bold[0][0] == 0
            and (
                line.bold[0][1] >= len(title) or bool(_REF_TAIL.fullmatch(text[line.bold[0][1] :]))
            )
            and (
                not text[: line.bold[0][1]].rstrip().endswith(":")  # "**Link:** https://..."
                # "**Attendees:**" alone over a paragraph of names
                or line.bold[0][1] >= len(text)
                and bool(_ATTENDEE_HEADING.match(title) or _ABSENT_HEADING.match(title))
            )
            and _names_something(title)
            and not _SAYS.intersection(title.lower().split())  # "**Josh and I talked ...**"
        )
        # "PEP Delegation:", "Participants (display names as set in the room):"
        label = before_list and text.endswith(":") and len(_PARENS.sub("", title).split()) <= 6
        # "Attendees:" alone, a blank line, then a paragraph of names
        label = label or (
            text.endswith(":")
            and len(title.split()) <= 4
            and bool(_ATTENDEE_HEADING.match(title) or _ABSENT_HEADING.match(title))
        )
        # "5.1 Core / broker (Thabo)" over the item's notes: a numbered part of plain-text minutes
        numbered = before_list and bool(_DOTTED_TITLE.match(text)) and len(title.split()) <= 10
        if self.list_mode:
            if not (bold or label or numbered):
                return False  # an attendee entry written as a paragraph
            if _ROSTER_GROUP.fullmatch(title) and (
                self.grouped or len(self.attendees) == self.listed_before
            ):
                self.grouped = True  # "**Google:**" over the names: the list goes on
                return True
            self.list_mode = ""  # "**Agenda:**" after "**Attendees:**" and its names
        if not (bold or label or numbered) or (
            self.speaker(line, self.roster_keys()) is not None and not label
        ):
            return False
        if bold and line.bold[0][1] >= len(title):
            names = _speaker_names(title, self.roster_keys(), self.initials_style)
            if names:
                self.bold_speakers = names
                return True
        line = _Line(title, line.line)
        # a label's section is its list; a bold line's runs to the next heading
        self.heading_lines([line], self.item_level(), item=1 if label and not bold else 0)
        return True

    def thread_title(self, lines: list[_Line]) -> bool:
        """A chat's message that is only a title in italics under its author's header
        ("**Priya Raman** [10:02 AM]" / "*WebAssembly build target* (intern: @Ji-ho Park)"):
        the thread of replies below it is about that subject, a section of its own."""
        head, title = lines[:2]
        found = self.speaker(head, self.roster_keys())
        if found is None or found[1].text.strip() or not title.em or title.em[0][0] != 0:
            return False
        end = title.em[0][1]
        rest = title.text[end:].strip()
        if rest and not _PARENS.fullmatch(rest):
            return False
        self.heading_lines([_Line(title.text[:end].strip(), title.line)], self.item_level())
        self.thread = True
        if lines[2:]:  # the replies ("↳ **Ji-ho Park** [10:09 AM]") written right under it
            self.inline_lines(lines[2:], 0, self.roster_keys())
        return True

    def roster_label_last(self, tok: Token, depth: int, before_list: bool) -> bool:
        """A paragraph of labelled lines whose last is the attendee list's label over the list
        ("**Time**: ...", "**Host**: ...", "**Attendees**:"): its lines, then that heading."""
        lines = [x for x in _inline_lines(tok) if x.text]
        if not before_list or len(lines) < 2 or self.list_mode:
            return False
        last = lines[-1]
        label = last.text.rstrip()
        if not label.endswith(":"):
            return False
        label = label.rstrip(": \t")
        if len(label.split()) > 4 or not (
            _ATTENDEE_HEADING.match(label) or _ABSENT_HEADING.match(label)
        ):
            return False
        self.inline_lines(lines[:-1], depth, self.roster_keys())
        self.heading_lines([_Line(label, last.line)], self.item_level(), item=1)
        return True

    def item_level(self) -> int:
        """The level of a heading made from a list item: below the section it sits in."""
        return min(self.heading_level + 1, 6) if self.heading_level else 4

    def inline_lines(self, lines: list[_Line], depth: int, roster: frozenset[str]) -> None:
        if (
            len(lines) > 2
            and _ACTION_SECTION.search(self.section)
            and sum(1 for x in lines if _ITEM_ID.match(x.text)) >= 2
        ):
            # "A-1  B. Ilic   Circulate the draft budget ..." lines under "ACTION ITEMS": one
            # action each, with the lines that wrap it
            self.entries(lines, depth)
            return
        if (
            len(lines) > 2
            and _ACTION_SECTION.search(self.section)
            and self.owner_rows(lines, depth)
        ):
            return
        group: list[_Line] = []
        speakers: tuple[str, ...] = ()
        listing = ""  # "Members present:" opening a paragraph: its other lines are the names
        going_on = ""  # an attendee line ending in a comma: the next line goes on with it
        after_roster = False  # the line before was (part of) an attendee list
        carry = ""  # "Felipe Arancibia (Chair," wrapped before its parenthesis closes

        def whole(text: str) -> str:
            """The names of a roster's line with what an open parenthesis left from the line
            before; "" while a parenthesis is still open."""
            nonlocal carry
            text = f"{carry} {text}" if carry else text
            carry = text if text.count("(") > text.count(")") else ""
            return "" if carry else text

        for number, item in enumerate(lines):
            if not item.text:
                continue
            also = _ALSO_LINE.match(item.text) if after_roster else None
            after_roster = False
            if also:  # "Present: Ann, Bo" then "Also: Cy (guest)"
                self.add_attendees(also.group(1), item.line, "attendee")
                after_roster = True
                continue
            if listing:
                self.add_attendees(item.text, item.line, listing)
                continue
            rest = None
            if going_on and not _LABEL_START.match(item.text):
                # "Attendees: arash@, m.oyelowo@,\n   rtakahashi@": the list goes on
                if entry := whole(item.text):
                    self.add_attendees(entry, item.line, going_on)
                going_on = going_on if item.text.rstrip().endswith((",", ";")) or carry else ""
                after_roster = True
                ended = _LIST_ENDED.search(item.text)
                if not ended or going_on:
                    continue
                # "Sami Hakala. Niamh Brennan joined for the last half hour.": the list ended
                # and the notes go on
                rest = _shifted(item, ended.end())
            item = rest or item
            carry = ""
            going_on = ""
            label = item.text.rstrip(": \t")
            # "Members present:" or "DIRECTORS PRESENT" over the names
            bare = _PARENS.sub("", label).strip()
            if (
                number == 0
                and len(lines) > 1
                and (item.text.rstrip().endswith(":") or bare.isupper())
            ):
                if (_ATTENDEE_HEADING.match(bare) or _ABSENT_HEADING.match(label)) and len(
                    bare.split()
                ) <= 4:
                    listing = "attendee" if _ATTENDEE_HEADING.match(bare) else "absent"
                    continue
            if number == 0 and len(lines) > 1 and _ACTION_LABEL_LINE.fullmatch(item.text):
                # "**action items**" or "Action items:" over lines of the same paragraph, one
                # action each ("• @aga - ...", "[AI-1] m.oyelowo - ..."; a line in lower case
                # goes on the one before)
                self.heading_lines(
                    [_Line(_action_label(item.text), item.line)], self.item_level(), 1
                )
                self.entries(lines[1:], depth + 1)
                return
            presenter = _PRESENTER_LINE.match(item.text)
            if (
                presenter
                and number == 0
                and not self.list_mode
                and not _ACTION_SECTION.search(self.section)
            ):
                said = presenter.group(1).replace('"', " ").replace("@", " ")
                names = [clean_person(n)[0] for n in _SPLIT_NAMES.split(said) if n.strip()]
                names = [n for n in names if n and looks_like_person(n)]
                if names:  # "> Presenter: Amadou Barry" under a slide's heading: the section is his
                    src = Source(self.raw.path, item.line, self.section)
                    self.attendees.extend(Attendee(n, src, "", "", "attendee") for n in names)
                    self.bold_speakers = tuple(names)
                    # "Done:" / "Next:" under the section: still the presenter's report
                    self.presenter_level = self.section_level
                    roster = self.roster_keys()
                    continue
            signed = _SIGNATURE.fullmatch(item.text)
            if (
                not signed
                and number
                and lines[number - 1].text.strip() == "--"
                and number + 2 >= len(lines) - 1
            ):
                # "-- " then "Youssef" (then his title) closing a mail: the signature's name
                signed = _SIGNATURE.fullmatch(f"-- {item.text.strip()}")
            if signed and self.signer(signed.group(1), roster):
                # "    -- Takumi Hoshino" under a status paragraph: the paragraph is his
                if signed.group(2) and len(signed.group(1).split()) > 1:
                    # "— Emeka Obi (emeka@)": his name and the login the minutes use
                    handle = signed.group(2).strip("@")
                    full = signed.group(1)
                    on_list = [
                        k
                        for k, a in enumerate(self.attendees)
                        if a.name.lower().strip("@") == handle.lower()
                    ]
                    for k in on_list:  # "tvu@" on the list: Vũ Minh Tuấn, login tvu
                        self.attendees[k] = replace(self.attendees[k], name=full, handle=handle)
                    if not on_list:
                        src = Source(self.raw.path, item.line, self.section)
                        self.attendees.append(Attendee(full, src, handle, "", "attendee"))
                    roster = self.roster_keys()
                self.flush(group, speakers or (signed.group(1),), depth)
                self.sign(signed.group(1))
                group, speakers = [], ()
                continue
            if _ARROW.search(item.text):
                self.arrow_entry(item)
            match = _ATTENDEE_LINE.match(item.text) or _ABSENT_LINE.match(item.text)
            base = 0  # where the text ``match`` read starts in the line
            if not match and (mid := _ATTENDEE_MID.search(item.text)):
                match = _ATTENDEE_LINE.match(mid.group(1))  # "... call. Present: Ann, Bo,"
                base = mid.start(1)
            listed = None if match else _LABELLED_ROSTER.match(item.text)
            if listed and (
                len(_NAME_AND_HANDLE.findall(listed.group(1))) >= 2
                # "Members: Fernanda Rocha (FR), Obinna Nwosu (@obinna), Siobhán Kelly (SK)"
                or len(_NAME_AND_MARK.findall(listed.group(1))) >= ROSTER_MARKED
            ):
                # "Triagers: Aziz Rahimov (@azizr, ...), Fenna de Vries (@fenna),": any label over
                # names given with their handles is a roster
                match = listed
            if match:
                role = "absent" if _ABSENT_LINE.match(item.text) else "attendee"
                value = match.group(1)
                following = next((x.text for x in lines[number + 1 :] if x.text), "")
                cut = (
                    "," in value
                    and not value.rstrip().endswith((",", ";", "."))
                    and not carry
                    and value.count("(") == value.count(")")
                    and (wrapped := _WRAPPED_NAMES.match(following)) is not None
                    # one word, a name's end ("Trang,"), not a name of its own ("Carla Gomez,")
                    # nor a word ("First, we reviewed")
                    and " " not in wrapped.group(1)
                    and not is_english_word(wrapped.group(1).lower())
                )
                cut_name = ""
                if cut:  # "Present: Oluwaseun Adebayo, Phạm Thu" over "Trang, João ...": the
                    # line's end cut a name, the next line goes on with it
                    value, _, cut_name = value.rpartition(",")
                if entry := whole(value):
                    self.add_attendees(entry, item.line, role)
                carry = cut_name.strip() or carry
                # "In attendance: Ximena Olvera (staff);" over the next name
                going_on = (
                    role if cut or match.group(1).rstrip().endswith((",", ";")) or carry else ""
                )
                after_roster = role == "attendee"
                roster = self.roster_keys()  # "Attendees: Haruki Sato" over his turn
                list_end = None if going_on else _list_end(value)
                rest_at = (
                    base + match.start(1) + list_end if list_end is not None else len(item.text)
                )
                if len(item.text[rest_at:].split()) < LIST_REST_WORDS:
                    continue
                # "Notes: Léa Thibault. Maintainers: Ravi Kumar (@rkumar), ...": the names
                # ended and the line goes on, read as notes
                item = _shifted(item, rest_at)
                while item.text[:1].isspace():
                    item = _shifted(item, 1)
            if (
                _CHECKBOX_START.match(item.text)
                or _ACTION_START.match(item.text)
                or _DECIDED_START.match(item.text)
                or _arrow_task(item.text)
            ) and number:
                # "[ ] Henrik: ..." lines of one paragraph: each check-list entry its own block
                self.flush(group, speakers, depth)
                group, speakers = [item], ()
                continue
            joined = _IRC_JOINED.match(item.text)
            if joined:  # "[19:59] * ravi_s has joined #council": here, said something or not
                nick = joined.group(1)
                if (is_handle(nick.lower()) or (" " in nick and looks_like_person(nick))) and not (
                    is_bot(nick) or nick.endswith("Serv")
                ):
                    src = Source(self.raw.path, item.line, self.section)
                    self.joined.append(Attendee(nick, src, nick, "", "attendee"))
                    user = _IRC_USER.match(item.text, joined.end(1))
                    if user and user.group(1).lower() != nick.lower():
                        # "tunde_mobile (~tunde@102.89.x.x) has joined": tunde, on his phone
                        self.idents.append((user.group(1), nick, item.line))
                continue
            renamed = _IRC_RENAMED.match(item.text)
            if renamed:  # "*** anna is now known as anna_afk": one person, two nicks
                self.renamed.append((renamed.group(1), renamed.group(2), item.line))
                continue
            if _IRC_EVENT.match(item.text):
                continue  # "-!- ciaranoc [...] has quit", "--- Log closed ...": the client's note
            legend = _SPEAKER_LEGEND.fullmatch(item.text.strip())
            if legend:  # "Speaker 2: Bartosz Kowalczyk": who a transcript's "Speaker 2" is
                name, _, org = clean_person(legend.group(2))
                if len(name.split()) >= 2 and looks_like_person(name):
                    src = Source(self.raw.path, item.line, self.section)
                    self.attendees.append(Attendee(name, src, legend.group(1), org, "attendee"))
                    continue
            hello = _HELLO_REPLY.search(item.text)
            if hello and looks_like_person(hello.group(2)):
                # "<tambot> sjpark: sjpark 'Seo-jun Park' <sjpark@...>", a bot's answer to
                # ".hello2": who the nick is
                src = Source(self.raw.path, item.line, self.section)
                self.attendees.append(Attendee(hello.group(2), src, hello.group(1), "", "attendee"))
                continue
            plus = _IRC_PRESENT.match(item.text)
            if plus:  # "<kito> present+ Kenji_Ito": the nick and the name it stands for
                self.irc_present(plus, item.line)
                continue
            found = self.speaker(item, roster)
            chair = _CHAIR_TOPIC.match(found[1].text) if found is not None else None
            if chair:  # "<njeri> #topic RFC 0172 ...": the chair opens a section, says nothing
                self.flush(group, speakers, depth)
                group, speakers = [], ()
                title = (chair.group(1) or chair.group(2)).strip()
                self.heading_lines([_Line(title, item.line)], self.item_level())
                continue
            call = (
                _ITEM_CALL.match(found[1].text)
                if found is not None and _IRC_TURN.match(item.text)
                else None
            )
            if (
                call
                and found is not None
                and int(call.group(1)) == self.item_calls + 1
                # the chair's: the first to speak in the log calls the items
                and found[0][:1] == (self.first_voice or found[0][:1])
                and len(call.group(2).split()) <= ITEM_CALL_WORDS
                and "(" not in call.group(2)
                and len((call.group(3) or "").split()) <= ITEM_CALL_WORDS
            ):  # (not "<mgarza> 2) dosym -r semantics become the default, ...": a list's item)
                # "<obiadeyemi> ok. 2) python 3.14, thanhvu": the chair calls the agenda's next
                # item, which opens a section as "#topic" does; the rest is still the turn
                self.item_calls += 1
                self.flush(group, speakers, depth)
                group, speakers = [], ()
                self.heading_lines([_Line(call.group(2).strip(), item.line)], self.item_level())
                if not call.group(3):
                    continue
            if found is not None:
                if self.first_voice is None and _IRC_TURN.match(item.text):
                    self.first_voice = found[0][:1]
                self.flush(group, speakers, depth)
                group, speakers = [found[1]], found[0]
                nick = found[0][0] if len(found[0]) == 1 else ""
                if nick and (is_handle(nick.lower()) or _DISPLAY_NICK.fullmatch(nick)):
                    self.roll_call(nick, found[1])
            else:
                group.append(item)
        self.flush(group, speakers, depth)

    def signer(self, name: str, roster: frozenset[str]) -> bool:
        """Whether a signature line's name ("-- Andrzej", "-- Leticia Barros") is a person's."""
        words = name.split()
        if (
            len(words) == 1
            and name.islower()
            and is_handle(name)
            and (name in roster or f"{name}@" in self.raw.text or f"@{name}" in self.raw.text)
        ):
            return True  # "-- jkowal", a login the minutes give ("jkowal@") or the roster
        return (
            1 <= len(words) <= 3
            and all(is_name_word(w) for w in words)
            and (
                len(words) > 1  # a full name alone on a line after the dash
                or name.lower() in roster
                or is_given_name(name, strict=False)
                or word_frequency(name.lower()) < 3.0  # "-- Oumar", not "-- Thanks"
            )
        )

    def sign(self, name: str) -> None:
        """Give the blocks of this section that nobody said to the name signing them."""
        for k in range(len(self.blocks) - 1, -1, -1):
            block = self.blocks[k]
            if block.is_heading or block.source.section != self.section:
                break
            if _MAIL_START.match(block.text):
                break  # "From: Leila ..." or "On Tue, Conor wrote:": another mail's
            if block.speakers:
                if block.speakers != (name,):
                    break
                continue
            self.blocks[k] = replace(block, speakers=(name,))

    def arrow_entry(self, item: _Line) -> None:
        """ "moss → mossbyte → Ifeoma Chukwu (project lead)": a who's-who line gives a person
        and the account name beside the full name (an attendee)."""
        parts = [p.strip() for p in re.split(_ARROW, item.text) if p.strip()]
        if not 2 <= len(parts) <= 4:
            return
        named = [
            (k, clean_person(p)[0])
            for k, p in enumerate(parts)
            if len(clean_person(p)[0].split()) >= 2
        ]
        named = [
            (k, n)
            for k, n in named
            if looks_like_person(n)
            and all(is_name_word(w) for w in n.split())
            and (
                is_given_name(n.split()[0], strict=False)
                or word_frequency(n.split()[0].lower()) < 3.5  # "Aroha Te Rangi", not "This Wed"
            )
        ]
        if len(named) != 1:
            return
        at, name = named[0]
        if any(len(p.split()) > 4 for k, p in enumerate(parts) if k != at):
            return  # "Nanoserver Windows => user.home sys. prop java ...": prose
        handles = [
            p.lstrip("@")
            for k, p in enumerate(parts)
            if k != at and " " not in p and is_handle(p.lstrip("@").lower())
        ]
        if not handles:
            return  # "This Wed → backlog bonanza", "Nanoserver Windows => ...": no one's account
        handle = handles[-1]
        src = Source(self.raw.path, item.line, self.section)
        self.attendees.append(Attendee(name, src, handle, "", "attendee"))

    def roll_call(self, nick: str, said: _Line) -> None:
        """ "<jide> o/ Babajide Ojo", "<gzr> gzr = Gu Zhuoran, hi": a nick answering a roll
        call with a full name, which is the nick's."""
        answer = _ROLL_CALL.fullmatch(said.text.strip())
        if not answer:
            return
        name = answer.group(1).strip()
        words = name.split()
        if " " in nick and nick.split()[0].lower() not in name.lower().split():
            return  # "<Kateryna B.> Kateryna Bondar": the display name is the name's
        if (
            2 <= len(words) <= 3
            and all(is_name_word(w) for w in words)
            # "gzr = Gu Zhuoran": declared; "o/ Babajide Ojo": a name, not "Sounds Good"
            and (
                _DECLARED.match(said.text.strip())
                or is_given_name(words[0])
                or word_frequency(words[0].lower()) < 3.0
            )
            and looks_like_person(name)
        ):
            src = Source(self.raw.path, said.line, self.section)
            self.attendees.append(Attendee(name, src, nick, "", "attendee"))

    def owner_rows(self, lines: list[_Line], depth: int) -> bool:
        """ "JR        join respondent conversation ..." over "ML        contact ...": a plain
        table of actions, each row its owner and the task in a column (a row's wrapped words
        going on below it). A block per row; returns whether the lines were such rows."""
        filled = [x for x in lines if x.text]
        columns = Counter(m.end() - 1 for x in filled if (m := _OWNER_GAP.match(x.text)))
        if not columns:
            return False
        column, rows = columns.most_common(1)[0]
        if rows < 2:
            return False

        def row(text: str) -> bool:
            gap = _OWNER_GAP.match(text)
            first = _FIRST_WORD.match(text)  # "kwabena_a follow up": the column reached
            return bool(gap) or bool(first and first.end() == column > OWNER_COLUMN)

        if not row(filled[0].text):
            return False
        entries: list[list[_Line]] = []
        for line in filled:
            if row(line.text):
                entries.append([line])
            else:
                entries[-1].append(line)
        for entry in entries:
            self.flush(entry, (), depth)
        return True

    def entries(self, lines: list[_Line], depth: int) -> None:
        """Lines that are each an entry (an action item), a line in lower case going on with
        the one before: a block each."""
        entries: list[list[_Line]] = []
        for line in lines:
            if line.text and (not entries or not _GOES_ON.match(line.text)):
                entries.append([line])
            elif line.text:
                entries[-1].append(line)
        for entry in entries:
            self.flush(entry, (), depth)

    def nicks(self) -> list[Attendee]:
        """Each nick a chat log's user changed to ("anna_afk"), as the same person's handle: the
        attendee the old nick was, or the old nick itself."""
        out: list[Attendee] = []
        # (a login joining under a new nick is the person whose nick the login was, only)
        renames = [(*r, False) for r in self.renamed] + [(*r, True) for r in self.idents]
        for old, new, line, ident in renames:
            known = self.attendees + out
            was = next(
                (a for a in known if old.lower() in (a.handle.lower(), a.name.lower())), None
            )
            src = Source(self.raw.path, line, self.section)
            if was is not None and not any(a.handle.lower() == new.lower() for a in known):
                out.append(Attendee(was.name, src, new, was.organization, was.role))
            elif was is None and not ident and is_handle(old.lower()) and is_handle(new.lower()):
                out.append(Attendee(old, src, new, "", "attendee"))
        return out

    def silent(self) -> list[Attendee]:
        """The nicks a chat log shows joining that never take a turn: there, and named only
        in what others say ("needs review from ravi_s"); the ones who speak are speakers."""
        spoke = {s.lower().strip("_") for b in self.blocks for s in b.speakers}
        return [a for a in self.joined if a.name.lower().strip("_") not in spoke]

    def irc_present(self, plus: re.Match[str], line: int) -> None:
        """ "<kito> present+ Kenji_Ito", "<aiko_n> present+", "<aiko_n> regrets+ A_B, C_D": an IRC
        channel's roll call, each name written with underscores for its spaces."""
        nick, names = plus.group(1), plus.group(3).strip()
        role = "attendee" if plus.group(2).lower() == "present" else "absent"
        src = Source(self.raw.path, line, self.section)
        if not names:
            if role == "attendee" and is_handle(nick.lower()):
                self.attendees.append(Attendee(nick, src, nick, "", role))
            return
        entries = [n.strip().replace("_", " ") for n in re.split(r"[,;]", names) if n.strip()]
        for entry in entries:
            if looks_like_person(entry):
                # the nick is the one typing: theirs when they add one name, else nobody's
                handle = nick if len(entries) == 1 and role == "attendee" else ""
                self.attendees.append(Attendee(entry, src, handle, "", role))

    def scribes(self) -> frozenset[str]:
        """The nicks an IRC log names as its scribes ("scribenick: lan_n", "Scribe: lan_n")."""
        if self._scribes is None:
            self._scribes = frozenset(
                m.group(1).lower() for m in _SCRIBE_NICK.finditer(self.raw.text[:2_000_000])
            )
        return self._scribes

    def shown_names(self) -> dict[str, str]:
        """A chat export's user ids -> the name each line of theirs shows after the id ("jlq" ->
        "Jonas L."), where every line of that id opens with the same name: not an IRC log's
        "<@chair> Jonas: you're next", a nick addressing someone."""
        if self._shown is None:
            said: dict[str, set[str]] = defaultdict(set)
            lines: Counter[str] = Counter()
            for m in _SHOWN_NAME.finditer(self.raw.text[:2_000_000]):
                said[m.group(1)].add(m.group(2))
                lines[m.group(1)] += 1
            self._shown = {
                user: next(iter(names))
                for user, names in said.items()
                if len(names) == 1
                and lines[user] >= SHOWN_LINES
                and self.raw.text.count(f"<@{user}") == lines[user]
            }
        return self._shown

    def prose_words(self) -> frozenset[str]:
        """The words in lower case the minutes use in their prose after an article ("a fuzzing
        target", "the docs"): words, not anyone's login (people are "with nobu", not "a nobu")."""
        if self._prose is None:
            self._prose = frozenset(
                w.lower() for w in _PROSE_WORD.findall(self.raw.text[:2_000_000])
            )
        return self._prose

    def chat_user(self, shown: str, user: str, line: int) -> str:
        """The speaker of a chat export's "19:00:04  Kaito (@kaito.n): ..." (Element's): the
        display name where it is a name ("zigbee_wrangler 🐝" is none: the user id then), kept
        with the id as an attendee's handle, so that the id said elsewhere is the same person."""
        words = re.sub(r"[^\w\s.'\u2019-]+", " ", shown).split()
        named = words and (
            all(map(is_name_word, words)) or _DISPLAY_NICK.fullmatch(" ".join(words))
        )
        name = " ".join(words) if named else user  # ("Jonas L.": a name and an initial)
        if is_bot(shown) or is_bot(user):
            return name  # "domovoi-bot (@bot:domovoi.io)": no one's turn, nobody attending
        if all(a.handle.lower() != user.lower() for a in self.attendees):
            src = Source(self.raw.path, line, self.section)
            self.attendees.append(Attendee(name, src, user, "", "attendee"))
        return name

    def speaker(self, item: _Line, roster: frozenset[str]) -> tuple[tuple[str, ...], _Line] | None:
        """If ``item`` opens with a speaker label, return the names and the line without it."""
        reply = _REPLY_MARK.match(item.text)
        if reply:  # "↳ [3:04 PM] kojo: no worries": a reply in a chat's thread is a turn too
            item = _shifted(item, reply.end())
        text = item.text
        label = ""
        cut = 0
        clocked = False  # "**Katya Voronina** (2024-05-03 14:04):", a chat export's header
        joined = False  # "mvelasquez (joined ~15:25):", a login come late
        if item.bold and item.bold[0][0] == 0:
            start, end = item.bold[0]
            inner = text[start:end].strip()
            after = _AFTER_LABEL.match(text, end)
            if (stamp := _CLOCK_HEAD.match(inner)) and stamp.end():
                inner, clocked = inner[stamp.end() :], True  # "**[00:00:04] Dario B.:**"
            if inner.endswith(":"):
                label, cut = inner[:-1], end
            elif after:  # "**Taavi Tamm**:", "**Taavi Tamm** (12:02):"
                label, cut = inner, after.end()
                clocked = clocked or bool(re.search(r"\d:\d", text[end : after.end()]))
            elif (dash := _BOLD_DASH.match(text, end)) and _STANDUP_PART.match(text, dash.end()):
                label, cut = inner, dash.end()  # "**Fatima** — did: MOB-2243 fixed. doing: ..."
        irc = None if label else _IRC_TURN.match(text)
        if irc:  # "<segun> is there remote participation?", "15:02:11 <anap> #info ..."
            label, cut = irc.group(1).lstrip("@+"), irc.end()
            shown = self.shown_names().get(label)
            if shown and shown.lower() != label.lower() and text.startswith(shown + ":", cut):
                # "<@jlq:matrix.org> Jonas L.: hi": a chat's user id, then the name it shows
                label, cut = self.chat_user(shown, label, item.line), cut + len(shown) + 1
            scribed = _SCRIBED.match(text, cut) if label.lower() in self.scribes() else None
            if scribed and scribed.group(1).lower() in roster and scribed.group(1)[0].isupper():
                # "<lan_n> Chinedu: 4 items ...": the scribe's line of what someone said
                self.scribed = (label, scribed.group(1))
                label, cut = scribed.group(1), scribed.end()
            elif (
                self.scribed
                and self.scribed[0] == label
                and (dots := _SCRIBE_GOES_ON.match(text, cut))
            ):
                label, cut = self.scribed[1], dots.end()  # "<lan_n> ... so it's delayed"
            else:
                self.scribed = None
        head = None
        if not label:
            # "[3:00 PM] kojo: ...", "15:03 - Ha Nguyen: ...": a chat line's clock, then the turn
            head = _CLOCK_HEAD.match(text)
            skip = head.end() if head else 0
            # ("mvelasquez (joined ~15:25): ...": the label goes on past its aside's clock)
            match = _SPEAKER.match(text[skip:]) or _ASIDE_TURN.match(text[skip:])
            if not match:
                return None
            label, cut = _CLOCK_TAIL.sub("", match.group(1)), skip + match.end()  # "Lina (12:03):"
            if (
                any(a < skip + match.end(1) and b > 0 for a, b in item.bold)
                and item.bold[0][0] not in (0, skip)  # (not "[00:00:04] **Dario B.:**")
            ):
                return None
        # "Comment by Kasia Z. (May 12, 2025):", "Reply by Olumide Adeyemi:", "**Q (Tomás
        # Bermúdez, Grupo Arrecife):**": who commented, asked or answered
        if by := _BY_LABEL.fullmatch(label.strip()):
            label = by.group(1) or by.group(2)
        elif (chat := _CHAT_ID.fullmatch(label.strip())) and (head or irc):
            label = self.chat_user(chat.group(1), chat.group(2), item.line)
        elif aside := _NAME_ASIDE.fullmatch(label.strip()):
            label = aside.group(1)  # "Karim Benali (Orbion):", a mic line's name and where from
        elif (
            (alone := _GIVEN_ASIDE.fullmatch(label.strip()))
            and alone.group(1).lower() in roster
            and is_handle(alone.group(2))
        ):
            label = alone.group(1)  # "**Quang (qle)**:", a listed given name and a login
        elif (
            (login := _LOGIN_ASIDE.fullmatch(label.strip()))
            and is_handle(login.group(1))
            and not is_english_word(login.group(1))
            # (not "kenji (joined here):", a given name the resolver joins to its login)
            and not is_given_name(login.group(1).title(), strict=False)
            and _no_organization(login.group(2))
        ):
            # "mvelasquez (joined ~15:25):", "bpatel (storage team, joined for this item):": a
            # login who came late or for one item speaks
            label, joined = login.group(1), True
        if any(k.start < cut and not _CLOCK_TEXT.fullmatch(k.text) for k in item.links):
            return None  # (a link to the recording's moment is no part of the label)
        at = text.find(label.strip())
        if at >= 0 and any(a <= at < b <= cut for a, b in item.code):
            return None  # "`x-amz-storage-class`: what do we return ...": a name set as code
        if self.person_level and label.strip().lower() not in roster:
            return None  # "**subiquity**: ..." under "=== Chloé Marchand ===": her item's subject
        if (
            label.strip().lower() not in roster
            and not is_given_name(label.strip().split()[0])
            and (
                any(_REFERENCE_URL.search(k.url) for k in item.links)
                # "sys: Remove after 3 years of deprecation #182": an area and its review
                or (label.strip().islower() and not irc and bool(_HASH_REF.search(text)))
            )
        ):
            return None  # "lib: add foo [#123](...)" is an agenda item's title, not a turn
        if is_initials(label.strip()) and (
            _POLL.match(text[cut:]) or _HEX_GROUPS.fullmatch(text[cut:].strip())
        ):
            return None  # "SF: 13 F: 6 N: 3 A: 0": a poll's counts; "GPG: 7F3A 91C2": a key

        if _NOBODY.fullmatch(label.strip()):
            return None  # "??:", "XX:": a speaker the note-taker did not know
        if is_initials(label.strip()) and label.strip().lower() not in roster:
            if _TASKED_AFTER.match(text, cut):
                return None  # "AR: Seun to add a selftest": a mark of a task (action required)
            declared = {a.handle for a in self.attendees if is_initials(a.handle)}
            if len(declared) >= DECLARED_INITIALS and label.strip() not in declared:
                return None  # "RVV: EVL tail folding" where "Chen Weiqi (CW)" named everyone
        if _BARE_URL.fullmatch(text[cut:].strip()):
            return None  # "KEP: https://...": a label and its link, not a turn
        names = _speaker_names(label, roster, self.initials_style) or ((label,) if joined else ())
        bare = label.strip()
        if (
            names
            and bare.islower()
            and " " not in bare
            and bare not in roster
            and not irc
            and re.search(rf"\b{re.escape(bare)}s?\b", text[cut:], re.I)
        ):
            names = ()  # "- codepoint: the IANA codepoint changed": a subject's label, said again
        words = label.split()
        if (
            not names
            and len(words) == 1
            and label.islower()
            and is_given_name(label.title())
            and self.written_in_full(label.title())
        ):
            names = (label,)  # "jonas: y: ... t: ..." where the team is "Jonas Eklund, ..."
        if (
            irc
            and not names
            and (
                _DISPLAY_NICK.fullmatch(label)
                or (
                    2 <= len(words) <= 3
                    and all(map(is_name_word, words))
                    and looks_like_person(label)
                )
            )
        ):
            names = (label,)  # "<Kateryna B.>", "<Sooah Lee>": a chat's display name speaks
        if clocked and not names and 2 <= len(words) <= 4 and all(map(is_name_word, words)):
            names = (label,)
        if (
            clocked
            and not names
            and len(words) == 1
            and (is_name_word(label) or is_handle(label))
            and label.lower() not in LABELS
            and not is_english_word(label.lower())
        ):
            names = (label,)  # "**Xinbenlv** ([1:29:12](...))": a login, at that moment
        if not names and (clocked or item.bold) and _UNNAMED_VOICE.fullmatch(label.strip()):
            names = (label.strip(),)  # "**[00:00:33] Speaker 2:**": named by _introduced
        if irc and _MEETBOT_SAYS.match(text, cut):
            self.meetbots.add(label.lower())  # "<openstack> Meeting started Mon Mar 10 ..."
        if is_bot(label) or label.lower() in self.meetbots:
            names = ()  # "Polly (APP): Poll by kojo ...": a line of its own, nobody's turn
        elif not names:
            return None
        elif (
            not irc
            and len(names) == 1
            and names[0].islower()
            and names[0] not in roster
            and names[0] in self.prose_words()
        ):
            return None  # "* fuzzing: new HTTP/2 target" where the minutes say "a fuzzing target"
        while cut < len(text) and text[cut] in " \t":
            cut += 1
        return names, _shifted(item, cut)

    def written_in_full(self, given: str) -> bool:
        """Whether the minutes write ``given`` before a surname somewhere ("Jonas Eklund")."""
        said = self._in_full.get(given)
        if said is None:
            said = self._in_full[given] = _full_name_of(given).search(self.raw.text) is not None
        return said

    def flush(self, group: list[_Line], speakers: tuple[str, ...], depth: int) -> None:
        if not group:
            return
        text = ""
        bold: list[tuple[int, int]] = []
        code: list[tuple[int, int]] = []
        links: list[Link] = []
        starts: list[tuple[int, int]] = []  # (offset in text, line number) of each line
        for item in group:
            if text:
                # a wrapped line goes on with the one before; a field ("Status: ...",
                # "Reviewed-by: ...") or a patch's subject line starts its own
                text += "\n" if _FIELD_START.match(item.text) else " "
            base = len(text)
            starts.append((base, item.line))
            text += item.text
            bold.extend((a + base, b + base) for a, b in item.bold)
            code.extend((a + base, b + base) for a, b in item.code)
            links.extend(Link(k.text, k.url, k.start + base, k.end + base) for k in item.links)
        if not speakers and not self.bold_speakers and text.endswith((")", "]")):
            # "... is fixed in bug 1891234, uplifted to Beta. (dsantos)": whose status it is
            tail = _OWNER_TAIL.search(text)
            keys = self.roster_keys() if tail else frozenset()
            nick = tail.group(2).lower() if tail else ""
            if tail and {tail.group(1).lower(), nick, f":{nick}", f"@{nick}"} & keys:
                speakers = (tail.group(2),)
        speakers = speakers or self.bold_speakers
        if not text.strip() and not speakers:
            return
        # a huge paragraph (a pasted log, a 1 MB line) is cut into blocks of at most MAX_BLOCK
        # characters at sentence ends or spaces: extraction is quadratic in a block's mentions
        for start, end in _chunks(text, MAX_BLOCK):
            line = max((ln for off, ln in starts if off <= start), default=group[0].line)
            self.blocks.append(
                Block(
                    text=text[start:end],
                    source=Source(self.raw.path, line, self.section),
                    speakers=speakers,
                    bold=tuple(
                        (max(a, start) - start, min(b, end) - start)
                        for a, b in bold
                        if a < end and b > start
                    ),
                    links=tuple(
                        Link(k.text, k.url, k.start - start, min(k.end, end) - start)
                        for k in links
                        if start <= k.start < end or k.start == k.end == end
                    ),
                    depth=depth,
                    lines=tuple((max(off, start) - start, ln) for off, ln in starts if off < end),
                    code=tuple((a - start, b - start) for a, b in code if start <= a and b <= end),
                )
            )


def _opens_list(tokens: list[Token], i: int) -> bool:
    """Whether a list opens right after the paragraph that ends at ``tokens[i]``."""
    return (
        i + 1 < len(tokens)
        and tokens[i].type == "paragraph_close"
        and tokens[i + 1].type in ("bullet_list_open", "ordered_list_open")
    )


def _list_end(text: str) -> int | None:
    """Where a list of names on a labelled line ends when a sentence follows it: after the
    stop of "Notes: Léa Thibault. Maintainers: Ravi Kumar (@rkumar), ..." or "..., @noorh. Two
    visitors joined for item 3." (None when the names fill the line)."""
    sentence = _SENTENCE_AFTER.search(text) or _LIST_ENDED.search(text)
    if sentence and ("," in text[: sentence.start()] or len(text[: sentence.start()].split()) <= 4):
        return sentence.start() + 1
    return None


def _shifted(item: _Line, cut: int) -> _Line:
    """``item`` without its first ``cut`` characters, its bold ranges and links moved along."""
    rest = _Line(item.text[cut:], item.line)
    rest.bold = [(a - cut, b - cut) for a, b in item.bold if a >= cut]
    rest.code = [(a - cut, b - cut) for a, b in item.code if a >= cut]
    rest.links = [
        Link(k.text, k.url, k.start - cut, k.end - cut) for k in item.links if k.start >= cut
    ]
    return rest


def _names_something(text: str) -> bool:
    """Whether a bullet's first line names a subject ("Input stack") rather than opens a
    sentence ("there are coherence issues that arise if you have")."""
    return text.split()[0].lower() not in _OPENERS


# an IRC log's line: "<segun> text", "15:02:11 <anap> text", "[12:03] <@chair> text"
_IRC_TURN = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?"
    r"<([@+]?[A-Za-z][\w.\[\]|^`{}-]{0,30}|[^\W\d_][\w'-]{1,20}(?:[ ][^\W\d_][\w.'-]{0,20}){1,2})>[ \t]+"
)
# a scribe's line in an IRC log, after the nick: "Chinedu: ...", "Ji-woo Park: ..."; and
# "... " that goes on with the same speaker
_SCRIBED = re.compile(r"([^\W\d_][\w'-]{1,20}(?: [^\W\d_][\w'-]{1,20}){0,2}):[ \t]+(?=\S)")
# a chat export's line: the user id, then the name shown ("[16:00:33] <@jlq> Jonas L.: hi")
_SHOWN_NAME = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?<@([A-Za-z0-9][\w.=-]{0,40})(?::[\w.-]+)?>"
    r"[ \t]+([^\W\d_][^\n:<>]{0,40}?):[ \t]",
    re.M,
)
SHOWN_LINES = 2  # lines of one id, each opening with the same name, that make it the name shown
_SCRIBE_NICK = re.compile(r"\bscribe(?:[ _-]?nick)?[ \t]*:[ \t]*@?([\w.\[\]|^`{}-]{2,30})", re.I)
_SCRIBE_GOES_ON = re.compile(r"(?:\.\.\.|\u2026)[ \t]*")
# a line of a chat log: "[17:00] <tamsin> hi", "[16:57] * tamsin has joined", "17:00 - Ann: hi"
_LOG_LINE = re.compile(
    _IRC_TURN.pattern
    + r"|^[ \t]*\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+(?:\*|-{1,3}|[^\s:<]{1,30}:)[ \t]"
)
_DISPLAY_NICK = re.compile(r"[^\W\d_][\w'-]+ [^\W\d_]\.?")  # "Kateryna B.", a chat's display name
_DECLARED = re.compile(r"[\w.-]+[ \t]*(?:=|\()")
_ROLL_CALL = re.compile(
    r"(?i:o/|\\o|hi|hello|hey|present)?[ ,!]*(?:[\w.-]+[ \t]*=[ \t]*|[\w.-]+[ \t]+\()?"
    r"([^\W\d_][^\s,()!]+(?:[ \t]+[^\W\d_][^\s,()!]+){1,2})\)?"
    r"(?:[ \t]*\([^()]{1,20}\))?"  # "Hoàng Đức Anh (Anh)"
    r"(?:[ ,!.]+(?i:here|hi|hello|hey|present|chairing|o/|sorry\b.*|hello from .*|hi from .*|a\.?k\.?a\.? \S+))*"
    r"[ ,!.]*[^\w\s]*"  # "Kateryna Bondar 👋"
)
# MeetBot's and its kin's "#topic ...", and a wiki heading typed in the chat: "== Item 2: ... =="
_CHAIR_TOPIC = re.compile(
    r"[#!]topic[ \t]+(\S.*)$|={2,}[ \t]*([^=\n]*[^=\s])[ \t]*={2,}[ \t]*$", re.I
)
# a chat log's chair calling the agenda's next item: "ok, 1) toolchain. rafa_bs?", "3) mirror outage"
_ITEM_CALL = re.compile(
    r"(?:(?:ok(?:ay)?|so|next|right|moving\s+on)\W{0,2}\s+)?(\d{1,2})[).][ \t]+"
    r"([^\W\d_][^\n]{1,50}?)[ \t]*(?:[.,;:?!]+(?:[ \t]+(.*))?)?$",  # not "python 3" of 3.14
    re.I,
)
_PROSE_WORD = re.compile(r"\b(?:a|an|the|our|this|that|its|their)[ \t]+([a-z][a-z-]{2,30})\b")
ITEM_CALL_WORDS = 4  # an item's call names it in a few words, and says a few more at most
_IRC_JOINED = re.compile(
    r"^[ \t]*(?:(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?(?:\*{1,3}|-->|-!-)"
    r"|\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+--)[ \t]*"  # "[09:57] -- Zofia Kaczmarek joined the room"
    r"([A-Za-z][\w.\[\]|^`{}-]{0,30}|[^\W\d_][\w'-]{1,20}(?:[ ][^\W\d_][\w.'-]{0,20}){1,2})[ \t]+"
    r"(?:[(\[][^()\[\]\n]{0,80}[)\]][ \t]+)?"
    r"(?:has[ \t]+joined\b|joined[ \t]+(?:the[ \t]+(?:room|channel|call)\b|#))"
)
_IRC_USER = re.compile(r"[ \t]*[(\[]~?([A-Za-z][\w.-]{0,30})@")
_IRC_RENAMED = re.compile(
    r"^[ \t]*(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+)?(?:\*{1,3}|-->|-!-|--)[ \t]*"
    r"([A-Za-z][\w.\[\]|^`{}-]{0,30})[ \t]+is[ \t]+now[ \t]+known[ \t]+as[ \t]+"
    r"([A-Za-z][\w.\[\]|^`{}-]{0,30})[ \t]*$"
)
_IRC_EVENT = re.compile(  # (with its time, or irssi's "-!-": not "--> Bob has left Red Hat")
    r"^[ \t]*(?:(?:\[?\d{1,2}:\d\d(?::\d\d)?\]?[ \t]+(?:\*{1,3}|-->|<--|-!-|--)|-!-)[ \t]*\S+"
    r"(?:[ ][^\W\d_][\w.'-]{0,20}){0,2}[ \t]+"  # "[10:41] -- Omar Khalil left the room"
    r"(?:[(\[][^()\[\]\n]{0,80}[)\]][ \t]+)?(?:has[ \t]+(?:quit|left)|is[ \t]+now[ \t]+known[ \t]+as"
    r"|left[ \t]+(?:the[ \t]+(?:room|channel|call)\b|#)"
    r"|changed[ \t]+the[ \t]+topic|sets[ \t]+mode)|---[ \t]+(?:Log|Day)[ \t]+(?:opened|closed|changed))"
)
_HELLO_REPLY = re.compile(  # (the address an autolink: its brackets gone)
    # (the account may differ from the nick: "tavita: sionet 'Sione Tavita'")
    r"^\S*\s*<[^<>\s]+>\s+([\w.|-]+):\s+[\w.|-]+\s+'([^'\n]{3,60})'\s+<?[^<>\s]+@[^<>\s]+>?\s*$"
)
_IRC_PRESENT = re.compile(_IRC_TURN.pattern + r"(present|regrets)\+[ \t]*(.*)$", re.I)
_BARE_URL = re.compile(r"<?https?://\S+?>?")
_BRACKET_LEAD = re.compile(r"\[([^\[\]]{2,60})\]\s+\S")


def _presenters_first(text: str) -> bool:
    """Whether a line opens with its presenters in brackets: "[Ngozi Eze] KEP-4812: ...",
    "[Xu Wen / @xwen-dev] CSI sidecar release cadence", "[Daniel W.] ..."; not "[ ] todo",
    "[WIP] ..." or "[INFRA-2754] ...".

    >>> _presenters_first("[Xu Wen / @xwen-dev] Sidecars"), _presenters_first("[WIP] Sidecars")
    (True, False)
    """
    m = _BRACKET_LEAD.match(text)
    if not m:
        return False
    for part in _SPLIT_NAMES.split(m.group(1).strip()):
        words = part.split()
        if part.startswith("@") and len(words) == 1 and is_handle(part[1:]):
            continue
        if not 1 <= len(words) <= 3 or not all(is_name_word(w) for w in words):
            return False
        if len(words) == 1 and not is_given_name(words[0], strict=False):
            return False  # "[Draft]", "[Blocked]": a status, not a name
    return True


_MEETING_NAMED = re.compile(
    r"\b(?:weekly|meeting|call|sync|minutes|stand-?up|retro(?:spective)?|round)\b", re.I
)


def _looks_like_title(text: str) -> bool:
    """A short line that names something rather than says something: an agenda item's title.

    >>> _looks_like_title("PEP 723 inline script metadata"), _looks_like_title("We agreed on it.")
    (True, False)
    """
    words = text.split()
    return (
        0 < len(words) <= 10
        and len(text) <= 80
        and not text.rstrip().endswith((".", "?", "!", ":"))
    )


def _chunks(text: str, size: int) -> list[tuple[int, int]]:
    """Cut ``text`` into (start, end) pieces of at most ``size`` characters, at sentence ends or
    spaces where there are any; the blanks between pieces are dropped.

    >>> _chunks("One two. Three four five.", 12)
    [(0, 8), (9, 19), (20, 25)]
    >>> _chunks("abcdefgh", 3), _chunks("short", 80)
    ([(0, 3), (3, 6), (6, 8)], [(0, 5)])
    """
    if len(text) <= size:
        return [(0, len(text))]
    pieces: list[tuple[int, int]] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            window = text[start:end]
            cut = max(window.rfind(". "), window.rfind("? "), window.rfind("! "))
            cut = cut + 1 if cut >= size // 2 else window.rfind(" ")
            if cut > 0:
                end = start + cut
        stop = end
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            pieces.append((start, stop))
        start = end
        while start < len(text) and text[start].isspace():
            start += 1
    return pieces


def meeting_id(name: str) -> str:
    """A stable id for a meeting: its path relative to the folder given, without the suffix.

    >>> meeting_id("bhyve/20190523.md")
    'bhyve/20190523'
    """
    stem = name.rsplit(".", 1)[0] if "." in name.rsplit("/", 1)[-1] else name
    return "/".join(
        slug(part) if not re.match(r"^[\w.-]+$", part) else part for part in stem.split("/")
    )


_CODE_LINE = re.compile(
    r"[;{}]\s*$|^\s*(?://|/\*|#include|#!|\$ |>>> |def |fn |impl |struct |enum |let |const |var |"
    r"function |class |import |from \S+ import |return |if \(|for \()|=>|->|::|\w\(.*\)\s*$|^\s*[\])}]"
)
_TWO_COLUMNS = re.compile(r"([^\s()]+)\s{3,}(\S.*)")
PROSE_ITEM_WORDS = 12  # an indented block whose lines are all this short is a list of entries


_DEEP_ITEM = re.compile(r"^( {4,})[-*+][ \t]+\S")


def _outlined(body: str, tokens: list[Token]) -> str:
    """A pad's outline typed under a line of its own ("aino:" / "  Last week:" / "    - dirauth
    voting: ..."): Markdown reads the items indented four spaces as the paragraph's own words, one
    block of everything. Such a paragraph is read as the outline it is: its lines less indented
    than the first item become items, the items nest under them, longer lines carry on."""
    paragraphs = [t for t in tokens if t.type == "paragraph_open" and t.map and t.level == 0]
    if not paragraphs or "\r" in body:
        return body  # (a bare "\r" breaks a line for Markdown, not for the lines counted here)
    lines = body.split("\n")
    changed = False
    for tok in paragraphs:
        first, last = tok.map  # type: ignore[misc]
        deep = [k for k in range(first + 1, last) if _DEEP_ITEM.match(lines[k])]
        if not deep:
            continue
        base = len(_DEEP_ITEM.match(lines[deep[0]]).group(1))  # type: ignore[union-attr]
        for k in range(first + 1, last):
            text = lines[k].strip()
            indent = len(lines[k]) - len(lines[k].lstrip(" "))
            if not text:
                continue
            if _DEEP_ITEM.match(lines[k]):
                lines[k] = " " * max(2, indent - base + 2) + text
            elif indent < base:
                lines[k] = "- " + text  # "Last week:": an item the notes nest under
            else:
                lines[k] = " " * (indent - base + 4) + text  # a long item's next line
        changed = True
    return "\n".join(lines) if changed else body


NUMERIC_SHARE = 0.4  # an indented block this much made of numbers is a program's output
_NUMBER_WORD = re.compile(r"[-+]?\d[\d.,:%]*(?:e[-+]?\d+)?")


def _numeric(lines: list[str]) -> bool:
    """Whether indented lines are a program's output, a table of figures ("numpy  1841.2  22.6"),
    not prose the notes indent."""
    words = [w for x in lines for w in x.split()]
    return len(words) >= 6 and sum(1 for w in words if _NUMBER_WORD.fullmatch(w)) >= (
        NUMERIC_SHARE * len(words)
    )


def _indented_prose(body: str, tokens: list[Token]) -> str:
    """Plain-text minutes indent their lists and paragraphs ("Members present:" over names
    indented four spaces), which Markdown reads as code. An indented block with no line shaped
    like code is read as what it is: a list when every line is short, else prose; fenced code
    stays code."""
    blocks = [t for t in tokens if t.type == "code_block" and t.map]
    logs = [
        t
        for t in tokens
        if t.type == "fence"
        and t.map
        and t.info.strip(" ~`").strip().lower() in ("", "yaml", "yml")
    ]
    if not blocks and not logs:
        return body
    lines = body.split("\n")
    for tok in logs:  # a chat log pasted in a fence ("[17:00] <tamsin> hi all"): its turns
        first, last = tok.map  # type: ignore[misc]
        part = [x for x in lines[first + 1 : last - 1] if x.strip()]
        log = sum(1 for x in part if _LOG_LINE.match(x)) >= 0.6 * len(part)
        # an agenda item's record in YAML ("owner: "@ayelets"", "links: [#1842]"): its facts
        record = sum(1 for x in part if _RECORD_LINE.match(x)) >= 0.8 * len(part)
        # a commit's trailers ("Approved-by: Kavya Iyer <kavya@example.org>"): who signed
        trailers = sum(1 for x in part if _TRAILER_LINE.match(x)) >= max(3, 0.6 * len(part))
        if part and (len(part) >= 3 and log or record or trailers):
            lines[first] = ""
            if lines[last - 1].strip().startswith(("```", "~~~")):
                lines[last - 1] = ""
    for tok in blocks:
        first, last = tok.map  # type: ignore[misc]
        part = [x for x in lines[first:last] if x.strip()]
        if not part or any(_CODE_LINE.search(x) for x in part) or _numeric(part):
            continue
        short = len(part) >= 2 and all(len(x.split()) <= PROSE_ITEM_WORDS for x in part)
        # "wumpus            Wladimir J. van der Laan": a table of nicks and names
        pairs = short and all(_TWO_COLUMNS.match(x.strip()) for x in part)
        for k in range(first, last):
            text = lines[k].strip()
            if text and pairs:
                cells = re.split(r"\s{3,}", text)
                if len(cells) >= 4 and len(cells) % 2 == 0:
                    # "CO   Chukwuemeka Obi        AW   Agnieszka Wróblewska": a key in columns
                    lines[k] = "- " + ", ".join(
                        f"{cells[j + 1]} ({cells[j]})" for j in range(0, len(cells), 2)
                    )
                    continue
                nick, rest = _TWO_COLUMNS.match(text).groups()  # type: ignore[union-attr]
                lines[k] = f"- {rest} ({nick})" if rest != nick else f"- {nick}"
            elif text:
                lines[k] = f"- {text}" if short and not _LIST_MARK.match(text) else text
    return "\n".join(lines)


def parse(raw: RawMinutes, name: str | None = None) -> Meeting:
    """Parse one file of minutes.

    >>> from kg.types import RawMinutes
    >>> m = parse(RawMinutes("x.md", "# Attendees\\n- Ann Lee\\n\\n## NVMe\\n**Ann:** hi", "d"))
    >>> [a.name for a in m.attendees], [(b.speakers, b.text) for b in m.blocks if not b.is_heading]
    (['Ann Lee'], [(('Ann',), 'hi')])
    """
    body, meta = strip_front_matter(raw.text)
    body = to_markdown(body)  # MediaWiki, AsciiDoc
    # "1. Release timeline" over a line of dashes (plain-text minutes): a heading, not a list
    body = _UNDERLINED_ITEM.sub(lambda m: f"{m.group(1)}## {m.group(2)}", body)
    body = _legend_items(_caps_headings(_ruled_paragraphs(_boxed_titles(body))))
    builder = _Builder(raw, body)
    for entry, line, role in front_matter_people(raw.text):
        builder.add_attendees(entry, line, role)
    for name, line, login in mail_senders(raw.text):
        if looks_like_person(name):
            src = Source(raw.path, line, "")
            builder.attendees.append(Attendee(name, src, login, "", "attendee"))
    warnings = list(raw.warnings)
    parsed = body  # the text the tokens are of
    try:
        tokens, too_deep = _markdown().parse(body), False
    except RecursionError:
        tokens, too_deep = [], True
    # markdown-it silently drops everything after a block nested MAX_NESTING deep: flatten instead
    if too_deep or any(t.level >= MAX_NESTING - 1 for t in tokens):
        flat = _NESTING_MARKERS.sub("", body)
        if flat != body or too_deep:
            warnings.append(
                f"{raw.path}: lists or quotes nested too deeply for Markdown; read as plain lines"
            )
            parsed, tokens = flat, _markdown().parse(flat)
    prose = _indented_prose(_outlined(parsed, tokens), tokens)
    if prose != parsed:
        tokens = _markdown().parse(prose)
    builder.run(tokens)
    stem = (name or raw.path).rsplit("/", 1)[-1].rsplit(".", 1)[0]
    title = meta.get("title") or builder.title or stem
    date = raw.date
    if not date and meta.get("date"):
        from .read import find_date

        date = find_date("", meta["date"])
    return Meeting(
        id=meeting_id(name or raw.path.rsplit("/", 1)[-1]),
        date=date,
        title=title[:200],
        path=raw.path,
        attendees=tuple(
            _dedupe(
                _shared_handles(
                    _with_full_names(
                        _with_initials(
                            builder.attendees + builder.nicks() + builder.silent(), raw.text
                        ),
                        raw.text,
                    )
                )
            )
        ),
        sections=tuple(builder.sections),
        blocks=tuple(_introduced(builder.blocks)),
        warnings=tuple(warnings),
        declared=_declared(tokens),
        listed=_lists(builder.attendees),
    )


# a transcript's label for a voice it could not name: "Speaker 2", "Unknown Speaker", "Guest 1"
_UNNAMED_VOICE = re.compile(
    r"(?:unknown[ ]+)?(?:speaker|participant|guest|caller|person|voice|attendee)(?:[ ]+\w{1,3})?",
    re.I,
)
# ... and the voice saying who it is: "hi, this is Oksana from the runtime team", "I'm Tunde"
_SELF_NAMED = re.compile(
    r"\b(?:this[ ]+is|I['\u2019]m|I[ ]+am|my[ ]+name[ ]+is|it['\u2019]s)[ ]+"
    r"([A-Z][^\W\d_]+(?:-[A-Za-z][^\W\d_]+)?(?:[ ][A-Z][^\W\d_]+)?)"  # the name, then
    r"(?=[ ]*(?:[,.;:!?]|$|[ ](?:from|here|with|at|and|on|speaking)\b))"  # where it ends
)
INTRODUCED_TURNS = 3  # the first turns of an unnamed voice where it may say its name
SELF_NAMED_RARE = 3.0  # ... a name no given name list holds, when English knows it this little


def _introduced(blocks: list[Block]) -> list[Block]:
    """Turns of a voice a transcript could not name ("Speaker 2") given to the name it says in
    one of its first turns ("hi, this is Oksana from the runtime team"); only one name each."""
    names: dict[tuple[str, ...], str] = {}
    seen: Counter[tuple[str, ...]] = Counter()
    for block in blocks:
        voice = block.speakers
        if len(voice) != 1 or not _UNNAMED_VOICE.fullmatch(voice[0].strip()) or voice in names:
            continue
        seen[voice] += 1
        if seen[voice] > INTRODUCED_TURNS:
            continue
        said = _SELF_NAMED.search(block.text[:300])
        first = said.group(1).split()[0] if said else ""
        if said and (
            is_given_name(first, strict=False)
            or is_name_word(first)
            and word_frequency(first.lower()) < SELF_NAMED_RARE  # "Oksana", not "Monday"
        ):
            names[voice] = said.group(1)
    if len(set(names.values())) < len(names):
        names = {}  # two voices that say the same name: neither is sure
    return [
        b
        if len(b.speakers) != 1 or not _UNNAMED_VOICE.fullmatch(b.speakers[0].strip())
        else replace(b, speakers=(names[b.speakers],) if b.speakers in names else ())
        for b in blocks
    ]


# "type HousePetEdge implements Edge", "union PriceDetails = ...", "trait MyTrait": a code
# sample's own names, an example's and no one's subject
_DECLARATION = re.compile(
    r"\b(?:type|union|interface|struct|trait|class|enum|fn|def|input|scalar|record)"
    r"[ \t]+([A-Za-z_]\w{2,})"
)


def _declared(tokens: list[Token]) -> frozenset[str]:
    """The names the minutes' code (fenced, indented or inline) declares."""
    found: set[str] = set()
    for tok in tokens:
        if tok.type in ("fence", "code_block"):
            found.update(_DECLARATION.findall(tok.content))
        elif tok.type == "inline" and "`" in tok.content:
            for child in tok.children or ():
                if child.type == "code_inline":
                    found.update(_DECLARATION.findall(child.content))
    return frozenset(found)


def _with_initials(people: list[Attendee], text: str) -> list[Attendee]:
    """The attendees, each with the initials the minutes declare for them as handle when it has
    none ("KO  Kofi Ofori-Atta" in a legend, then "(KO) reported ...")."""
    if not people:
        return people
    named = declared_initials(text)
    declared = {name.lower(): initials for initials, name in named.items()}
    return [
        replace(p, handle=declared[p.name.lower()])
        if not p.handle and p.name.lower() in declared
        # "Present: SK, LK" with "(SK = Siddharth Kulkarni, ...)" below: the names they stand for
        else replace(p, name=named[p.name], handle=p.name)
        if not p.handle and p.name in named
        else p
        for p in people
    ]


def _with_full_names(people: list[Attendee], text: str) -> list[Attendee]:
    """The attendees listed by a given name alone ("Present: Anneliese (chair), Chidi"), each
    with the one full name the minutes write for it elsewhere (a roster's table, a signature:
    "Anneliese Brandt  chair  GitHub: abrandt"), so that "AB" and "abrandt" are her too. Not
    when two listed people share the given name, or the minutes give it two surnames."""
    givens = Counter(p.name for p in people if " " not in p.name)
    full = {p.name.split()[0] for p in people if " " in p.name}
    out = []
    for p in people:
        name = p.name
        if givens[name] == 1 and name not in full and name[:1].isupper() and is_given_name(name):
            surnames = {
                m.group(1)
                for m in _full_name_of(name).finditer(text)
                if is_name_word(m.group(1)) and word_frequency(m.group(1)) < TURN_SURNAME_RARE
            }
            if len(surnames) == 1:
                p = replace(p, name=f"{name} {surnames.pop()}")
        out.append(p)
    return out


def _shared_handles(people: list[Attendee]) -> list[Attendee]:
    """A "handle" that several attendees share is their organization or project: (geth). (The
    same name listed twice with its handle, as chair and as attendee, shares it with no one; nor
    does the login listed alone on another meeting's list, "@livanova" of "Lena Ivanova
    (@livanova)".)"""
    counts = Counter(
        h
        for h, name in {(p.handle.lower(), p.name.lower()) for p in people if p.handle}
        if name.lstrip("@") != h.lstrip("@")
    )
    return [
        replace(p, handle="", organization=p.organization or p.handle)
        if p.handle and counts[p.handle.lower()] > 1
        else p
        for p in people
    ]


LIST_GAP = 3  # attendee lines this many lines apart or fewer are one list


def _lists(people: list[Attendee]) -> tuple[tuple[int, str], ...]:
    """Every entry of the attendee lists, (the first line of its list, name), when the file
    holds more than one list (a page of many meetings, each with who came); else nothing."""
    lines = sorted({p.source.line for p in people})
    starts = [b for a, b in itertools.pairwise([-LIST_GAP - 1, *lines]) if b - a > LIST_GAP]
    if len(starts) < 2:
        return ()
    return tuple(
        sorted({(starts[bisect_right(starts, p.source.line) - 1], p.name) for p in people})
    )


def _dedupe(people: list[Attendee]) -> list[Attendee]:
    """One entry per name and role; a later entry's handle or organization fills in what the
    first lacked ("Present: Kenji Ito", then "<kito> present+ Kenji_Ito"); another handle of the
    same name ("anna", then "anna_afk") stays an entry of its own."""
    seen: dict[tuple[str, str], int] = {}
    out: list[Attendee] = []
    for person in people:
        key = (person.name.lower(), person.role)
        first_handle = out[seen[key]].handle if key in seen else ""
        if key in seen and person.handle and first_handle and person.handle != first_handle:
            key = (f"{key[0]}@{person.handle.lower()}", person.role)  # a second nick of hers
        if key not in seen:
            seen[key] = len(out)
            out.append(person)
            continue
        first = out[seen[key]]
        if (person.handle and not first.handle) or (person.organization and not first.organization):
            out[seen[key]] = replace(
                first,
                handle=first.handle or person.handle,
                organization=first.organization or person.organization,
            )
    return out
