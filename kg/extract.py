"""Meeting -> Mentions: every person, topic, reference, organization and action item it names.

Structure found by :mod:`kg.parse` (attendees, speakers, headings) becomes mentions directly; prose
goes through the spaCy pipeline of :mod:`kg.nlp`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from functools import lru_cache
from typing import NamedTuple

from spacy.language import Language
from spacy.tokens import Doc

from .lexicon import Lexicon, topic_key
from .names import _SAYS as _SPEECH_VERBS
from .names import (
    CALENDAR,
    LABELS,
    LOGIN_RARE,
    ORG_END,
    ORG_LIST_WORDS,
    PARTICLES,
    _fold,
    family_name_first,
    foreign_words,
    given_name_last,
    initials,
    initials_of,
    is_bot,
    is_english_word,
    is_given_name,
    is_initials,
    is_name_word,
    is_place,
    opening_forms,
    short_forms,
    surname_case,
    surnames,
    word_frequency,
)
from .nlp import (
    _ACTION_OWNER,
    _DONE_VERBS,
    _GLUED_KEY,
    _JARGON,
    _JIRA_BARE,
    _NOT_JIRA,
    _PHAB_TASK_SHORT,
    _PROPOSAL_KIND,
    _REPO_NUMBER,
    _TASK_VERBS,
    _TERM_STOP,
    _YEAR_KEY,
    _inert,
    _term_ok,
    family_key,
    sentences,
)
from .parse import (
    _ACTION_SECTION,
    _GENERIC_HEADING,
    _HEX_GROUPS,
    STANDUP_PARTS,
    _presenters_first,
)
from .resolve import NAME_THEN_LOGIN, opens_given, spells
from .types import Block, Meeting, Mention, Source

_REPO_HEADING = re.compile(r"^\s*([A-Za-z0-9][\w.-]*)/([\w.-]+)\s*$")
_GH_REPO = re.compile(r"https?://github\.com/([\w.-]+)/([\w.-]+)/(?:pull|issues)/\d+")
# "#topic old action items", "Review of last week's AIs": the past's tasks, reported on
_PAST_ACTIONS = re.compile(
    r"\b(?:old|previous|prior|past|last\s+(?:week|meeting|time)['\u2019]?s?|review\s+of)"
    r"(?:\s+meeting['\u2019]?s?)?\s+(?:open\s+)?(?:action|ai)s?\b"
    r"|\b(?:action\s+items?|actions|ais)\s+(?:from|of)\s+(?:the\s+)?(?:last|previous|prior)\b",
    re.I,
)
_AREA_KIND = re.compile(  # ("#71204 proposal: net/http: add ...": after its number too)
    r"\W*(?:[\w./-]*#\d+\s+)?(?:proposals?|features?|designs?|rfcs?|specs?)\s*:\s*", re.I
)
_AREA = re.compile(r"^((?:[a-z][\w./-]{1,24})(?:\s*,\s*[a-z][\w./-]{1,24}){0,3}):\s+\S")
_ACTION_LEAD = re.compile(
    r"\b(?:action\s+items?|actions|action\s+points|AIs|next\s+steps|to-?dos?|tasks"
    r"|open\s+items|follow[- ]?ups)\b[^.!?]{0,70}:\s*$"  # "Follow-ups noted at the end:"
    # "✅ TASKS from the sync", ":pushpin: Follow-ups from today"
    r"|^\W*(?::[\w+-]{1,30}:\s*)?(?:action\s+items|tasks|to-?dos?|next\s+steps|follow[- ]?ups)\b[^.!?:]{0,50}$"
    r"|^\W*who\s+(?:picks\s+up|does|takes|owns)\s+what\b[^.!?:]{0,60}$",  # "WHO PICKS UP WHAT (...)"
    re.I,
)  # "Summary of actions:" over the list of them
# a speaker announcing the actions in a turn: "ok, let me read back the action items." Their
# next turns, up to someone else's, are the actions
_READ_BACK = re.compile(
    r"\b(?:read(?:ing)?\s+(?:back|out)|go(?:ing)?\s+(?:over|through)|recap(?:ping)?"
    r"|summari[sz](?:e|ing))\s+(?:the\s+|our\s+|today's\s+)?"
    r"(?:action\s+items?|actions|next\s+steps|to-?dos?)\b",
    re.I,
)
_SERIES = re.compile(r"\b(?:meetings?|minutes|notes|summary|agenda)$", re.I)
_BOILERPLATE = re.compile(
    r"^\W*(?:(?:meeting\s+)?notes|agenda(?:\s+items?)?|(?:helpful\s+|useful\s+)?links|opens|announcements?|q\s*&\s*a.*|other|misc.*"
    r"|upcoming\s+meetings?|action\s+(?:items?|points).*|next\s+steps|opening.*|closure|adjourn.*|introductions?"
    r"|introduction\s+of\s+attendees|roll\s*call|attendees|present|regrets|apologies|attendance"
    r"|table\s+of\s+contents|(?:meeting\s+)?roles|scheduled\s+meetings|updates?|status|summary"
    r"|discussion|logistics|registration|proposals?|find\s+volunteers.*|adoption\s+of\s+the\s+agenda"
    r"|review\s+of\s+action\s+items|action\s+item\s+review|pending.*|nominated.*|rfc.*|.*triage.*"
    r"|(?:several|other|open|remaining|outstanding|new)\s+action\s+items?|.*\bagenda\s+review"
    # a stand-up's or a retro's own questions
    r"|blockers?|yesterday|today|tomorrow|(?:what\s+)?went\s+well|(?:what\s+)?to\s+improve|kudos"
    r"|announcements?\s+or\s+custom\s+items|questions?|round\s*table|any\s+other\s+business"
    r"|leftovers|odds\s+(?:and|&)\s+ends|parking\s+lot"
    r"|(?:table\s+of\s+)?contents|(?:upcoming\s+)?calendar|schedule.*|visitors|guests|reminders?"
    r"|highlights|housekeeping|administrivia|admin(?:istrative)?(?:\s+(?:items?|matters?))?|recap|.*\brecap|welcome.*|intros?|next\s+meeting.*|(?:meeting\s+)?time"
    # a conference's or a hack day's slots
    r"|lightning\s+talks?|keynotes?|lunch|(?:coffee\s+)?breaks?|wrap[- ]?up|closing.*"
    r"|thanks|thank\s+you|follow[- ]?ups?(?:\W+thanks)?"
    # a sprint's and a release's own parts
    r"|sprint\s+goals?|carry[- ]?overs?\b.*|capacity|velocity|(?:\w+\s+)?checklists?"
    r"|(?:prev(?:ious)?|last\s+week'?s?)\s+(?:ais?|action\s+items?|actions?)|go\s*/\s*no[- ]go.*"
    # a write-up's own parts: a stream's chapters and hosts, a review's rationale, a perf
    # triage's regressions and nags
    r"|chapters|(?:co-?)?hosts?|panell?ists|(?:links|resources|references)\s+mentioned"
    r"|follow[- ]?ups?\s+promised.*|rationale(?:\s+and\s+\w+)?|decisions?(?:\s+made)?"
    r"|improvements|regressions|mixed|nags(?:\s+requiring.*)?)\W*$",
    re.I,
)
_HEADING_TAIL = re.compile(
    r"(?:\s*[\(\[][^\)\]]*[\)\]])+\s*$"
    r"|(?:\s+|\s*[+&,:\u2013\u2014]\s*|\s+-\s*|\s*-\s+)(?:release|update|status(?:\s+check)?|proposal|poll|vote"
    r"|discussion|presentation|overview|intro(?:duction)?|follow[- ]?up|check[- ]?in|recap|demo"
    r"|planning|retro(?:spective)?|sync|brainstorm(?:ing)?|next\s+steps"
    r"|(?:phase|stage)\s+\d+|for\s+stage\s+\d+)s?$"
    r"|(?:\s*[,:\u2013\u2014]\s*|\s+-\s*|\s*-\s+)(?:[A-Z][\w.'-]+)(?:\s+[A-Z][\w.'-]+){0,3}$"  # "- Johannes Schickling"
    r"|\s*[-\u2013\u2014,]\s*\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\.?$"  # "- 15min"
    r"|\s*[-+&,:/|\u2013\u2014]$",
    re.I,
)
_ABOUT = re.compile(r"(?:on|about|re|regarding|concerning|from|with)\b", re.I)
_TAG_LEAD = re.compile(
    r"^(\s*(?:\d{1,3}[.)]\s*)?)\[(?:RFC|pre-?RFC|WIP|PATCH[^\]\n]{0,30}|proposal|draft|discuss"
    r"|vote|result|announce|idea|pitch|FYI)\]\s*",
    re.I,
)
_REPORT_HEAD = re.compile(r"\S\s+(?:update|status|report|progress)s?$", re.I)
_HEADING_HEAD = re.compile(
    r"^(?:poll|vote|discussion|presentation|update|status|proposal|follow[- ]?up|demo|aob"
    r"|any\s+other\s+business)s?\s*[:\u2013\u2014-]\s*",
    re.I,
)
_EMOJI = re.compile(r":[a-z0-9_+-]{2,30}:|[\u2600-\u27bf\U0001f000-\U0001faff\ufe0f]")
_DURATION = re.compile(r"\d+\+?\s*(?:m|mins?|minutes|h|hrs?|hours?)\b", re.I)
_CLOCK = re.compile(r"\b\d{1,2}:\d\d\s*(?:[ap]\.?m\b\.?)?", re.I)
_ENUMERATOR = re.compile(
    r"^(?:\d{1,3}[a-h]?|[ivx]{1,5}|[a-hA-H])[.)]\s+"  # "2a. GVN rewrite follow-ups"
    r"|^(?:slide|item|part|section|point|agenda\s+item|demo|talk|session|story)\s+\d{1,3}"
    r"\s*[.:)\u2013\u2014-]\s*"  # "Slide 3 — ", "Demo 4 — Screen reader map exploration"
    # an unconference board's slot: "10:00 Room B: Plugin ABI v2", "Track 2 - ..."
    r"|^(?:room|track|hall|breakout(?:\s+room)?)\s+\w{1,3}\s*[:\u2013\u2014-]\s*"
    # a plan's lettered parts: "Theme B — Accessible routing", "Goal 2: Faster cold starts"
    r"|^(?:theme|goal|objective|workstream|pillar|milestone|epic|initiative)\s+[a-z]?\d{0,2}"
    r"\s*[:\u2013\u2014-]\s*"
    r"|^\d{1,3}/\d{1,3}\s+(?=\D)",  # "11/14 Ops/packaging": a thread's post, counted
    re.I,
)
# an item's lead-in before a colon or a spaced dash, after a presenter in brackets
_LEAD = re.compile(
    r"^(?:\[[^\]\n]{1,40}\]\s*|#\d{1,7}\s+)?"  # "[Ann] ...", "#2893 Kafka source: ..."
    r"(?:\*\*|__)?([A-Za-z][\w .+/'\u2019#-]{1,50}?)(?:\*\*|__)?"
    r"\s*(?::\s|\s[-\u2013\u2014]\s)\s*(\S.*)"
)
# a stand-up's part, before the subject it reports on: "Yesterday: push notifications — ..."
_STANDUP_LABEL = re.compile(rf"(?:{STANDUP_PARTS}|y|t|b)[ \t]*:[ \t]+(?=\S)", re.I)
# "8. Action items" as a plain-text title (narrower than parse's _ACTION_LABEL_LINE, whose "next
# time", "homework" or "follow-ups" over an item made rust-lang-team's lists tasks: "mutex" lost)
ACTION_HEAD_WORDS = 5  # fewer words than this a heading says before "action items", "next steps"
_ACTION_TITLE = re.compile(r"\W*(?:action\s+items|actions|tasks|to-?dos?|next\s+steps)\W*", re.I)
_SIGNATURE_MARK = re.compile(r"--[ \t]*(?:\n|$)")  # a mail's signature opens under "-- "
_TASK_HEAD = re.compile(r"^\W*(?:(?:action(?:\s+items?)?|ai|todo)\b\W*)?", re.I)  # "#action @ann"
_OWNER_LEAD = re.compile(r"\W*([\w.-]{2,30})\s*:\s")  # "- mgarza: push the fix"
_LIST_LINE = re.compile(
    r"\s*(?:[-*+\u2022\u2610-\u2612]|\d{1,2}[.)])\s+\S"
)  # "- mgarza: ..." in a chat line
# what someone does with words, ending a lead-in that says who spoke ("Ann asks:"): the verbs
# a name is never followed by on a line of its own, and their past
_SAYS = _SPEECH_VERBS | frozenset(
    """said suggested asked noted thought proposed mentioned points replied added agreed wrote
    writes""".split()
)
_COUNT = re.compile(r"[-+]?\d[\d.,%]*\s*(?:\([^()]*\))?\s*$")  # "haveBacktrace: 5 (+1)"
LEAD_WORDS = 4  # the longest lead-in read as a subject's name
BOLD_LEAD_WORDS = 6  # ... and a paragraph's subject in bold before a full stop
_EMOJI_LEAD = (
    " \t\u200d\ufe0f"
    + "".join(map(chr, range(0x2190, 0x2C00)))
    + "".join(map(chr, range(0x1F000, 0x1FB00)))
)
_BOLD_SAYS = re.compile(r"\b(?:is|are|was|were|now|has|have|had|runs|works|landed|shipped)\b", re.I)
_BOLD_ENUMERATOR = re.compile(r"\(?(?:\d{1,2}|[a-h]|[ivx]{1,4})[.)][ \t]+")  # "(b) ", "2. "
_TRAILING_PARENS = re.compile(
    r"(?<![ \t])[ \t]*\([^()]*\)[ \t]*$"
)  # "... (funding proposal FP-2024-09)"
LEAD_ONE_RARE = 3.1  # ... and a lead-in of one word, this rare (or an acronym: "CI")
LEAD_RARE = 3.9  # a lead-in said once names a subject when one of its words is this rare
LEAD_VERB = 3.5  # a lead-in opening with a word this common ending "-ed", "-ing", "-ly" reports
_LEAD_OPENERS = frozenset(
    """all one two three four five some any each every most more other another our their this
    that these those my his her its first second third next last""".split()
)


def _one_word_lead(word: str, owned: bool, roster: dict[str, str]) -> bool:
    """Whether a lead-in of one word names a subject: an acronym or a product's shape ("CI:",
    "MetricsPort:") anywhere; another rare word ("Tollgate:", "keystore:") only where the
    block's owner is known, since a capitalised word and a colon is most often someone's turn.
    Never a label, a list's name or login, a given name or someone's initials ("AO:")."""
    low = word.lower()
    term = _term_ok(word, set(), at_start=False)
    if not owned and not term:
        return False
    if word.islower():  # not "yuna.kim:", a login
        return (
            bool(re.fullmatch(r"[a-z][a-z0-9-]{2,}", word))
            and low not in roster
            and word_frequency(low) < LEAD_ONE_RARE
        )
    return not (
        low in LABELS
        or low.removesuffix("s") in LABELS  # "Scribes:"
        or (word.isupper() and len(word) < 3)
        or low in roster
        or is_given_name(word, strict=False)
        or not (term or (word[1:].islower() and word_frequency(low) < LEAD_ONE_RARE))
    )


def _lower_case_lead(words: list[str]) -> bool:
    """Whether a lead-in of several words typed in lower case names a subject: two or three
    content words, one of them specific ("congestion control:", not "middle ground -",
    "whoever wrote that:")."""
    return len(words) <= 3 and all(_phrase_word_ok(w) for w in words) and _phrase_ok(words)


def _rare_word(word: str) -> bool:
    """A word that names rather than says: rare in English, an acronym that is no English word
    ("LP", not "ACTION"), mixed case or letters with digits ("ARM64"); not a bare number."""
    if any(c.isdigit() for c in word):
        return any(c.isalpha() for c in word)
    letters = re.sub(r"[^A-Za-z]", "", word)
    if not letters:
        return False
    if letters.isupper():
        return len(letters) < 4 or word_frequency(letters.lower()) < LEAD_RARE
    return not letters[1:].islower() or word_frequency(letters.lower()) < LEAD_RARE


# a heading that says what kind of item its subject is, then the subject
_ROLES_TAIL = re.compile(
    r"\s+[\u2014\u2013-]\s+(?:students?|interns?|mentors?|co-mentors?|presenters?|owners?|leads?"
    r"|speakers?|authors?|champions?|by)\b\s*:?.*$",
    re.I,
)
_PERSON_THEN_SUBJECT = re.compile(r"([^\u2014\u2013:]{3,40}?)\s+[\u2014\u2013]\s+(\S.{2,80})$")
_KIND_LABEL = re.compile(
    r"^\W*(?:\d{1,3}[.)]\s*)?(?:[A-Za-z][\w -]{0,30}\s)?(?:proposal|review|rfc|presentation|demo|discussion|update"
    r"|topic|item|project|spec|specification|feature|request|doc|document|intern|student)s?\s*:\s+(\S.*)$",
    re.I,
)
# the parts a heading lists after a colon: "tiling, gaps and fractional scaling"
_HEADING_ITEM = re.compile(r"(?:(?!\s(?:and|&|\+)\s)[^,;])+")
_LABELLED = re.compile(r"^\W*[A-Z][\w ]{0,20}:\s+\S")
_VERSION = re.compile(r"(?<!\w)v?\d+(?:\.\d+)+(?:-\w+)?(?!\w)")
_CHECKBOX = re.compile(r"^\s*\[[ xX]?\]\s*")
# a block's opening words, then what is said of them: "CI runners moved to ...", "Truck
# profile (height limits) in public beta" (a verb of status, "now", "in review", "on hold"; not
# any preposition: "Ship websockets in core", "Translate installers for OS" ask for something)
_OPENING_SUBJECT = re.compile(
    r"([A-Za-z][\w/+-]*(?:[ ][A-Za-z][\w/+-]*){1,2}?)[ ]+(?:\([^()\n]{1,60}\)[ ]+)?"
    r"(?:is|are|was|were|has|have|now|landed|merged|moved|published|shipped|released|fixed|"
    r"done|finished|completed|ready|started|needs|blocked|running|works|passes|failing|broken|"
    r"deployed|rolled|upgraded|migrated|enabled|disabled|live|available|still|almost|nearly|"
    r"looks|should|will|can|down|up|approved|scheduled|planned|postponed|slipped|delayed|"
    r"pending|waiting|stalled|underway|on[ ]+(?:track|hold)|"
    # what a note says went wrong with it: "ci cache grew to 9gb", "vt parser fuzzing found ..."
    r"grew|crashes|found|hangs|leaks|regressed|panics|broke|breaks|ignores|flakes"
    r"|(?:in|under)[ ]+(?:public[ ]+|code[ ]+)?"
    r"(?:progress|review|beta|alpha|preview|production|staging|testing|development))\b"
)
# who a phrase names, not what: "Rust users can ...", "Root cause fixed"
_OPENING_NOT = frozenset(
    """users developers maintainers contributors members reviewers vendors participants
    attendees cause""".split()
)
_GENERIC_WORDS = frozenset(
    """various open reviews review changes change update updates status news misc miscellaneous
    issues issue items item discussion discussions plans plan report reports topics topic questions
    question other general specific summary overview followup follow up progress next meeting
    meetings call calls vs versus new old current future recent pending remaining outstanding
    work stuff things notes note short long term quick brief aob any business candidates
    examples options ideas comments concerns thoughts results conclusion conclusions decision
    decisions discussed
    attended attending attendance attendees absent absentee absentees regrets apologies agenda
    minutes logs credits disclaimer announce announcements reminders reminder standup stand sync
    checklist moderator facilitator scribe chair observers guests visitors actionables
    administrative administrivia matters housekeeping logistics upcoming
    previous additional parking lot comic relief highlights chat urgent weekly appendices
    monthly cancelled canceled hotels venue annex appendix monday tuesday wednesday thursday friday saturday
    sunday today tomorrow yesterday counter maintainership sign off signoff signoffs last this
    week weeks maintainers maintainer q qa panel session sessions keynote lightning talks punt
    keep chores aim aims improvement improvements trailers ais blockers
    implementation implementations implementer implementers blocking non""".split()
)
# the generic words that, before a noun, say what kind of thing it is: "Sync engine"
_NOUN_MODIFIERS = frozenset("sync update issue change".split())
# the first word of an issue's title that asks for a change rather than names a thing
# what was done, opening a line of news: "Opened RFC", "Merged the GATs stabilization PR"
_DONE_LEADS = frozenset(
    """opened merged filed closed landed posted updated created started finished submitted
    added removed fixed reverted released published accepted rejected""".split()
)
_TASK_FILLER = frozenset("from to for of in on at with by the a an this that our it".split())
_REQUEST_VERBS = frozenset(
    """add allow avoid bump change clarify convert create delete deprecate disable document drop
    enable ensure expose extend fix handle implement improve introduce make merge migrate move
    note remove rename replace request revert set split stabilize stabilise support switch
    update upgrade use investigate consider discuss define revisit reconsider mark prevent
    provide publish release require restore return revisit skip start stop test tweak nominate
    forward-port backport refactor check post ping""".split()
)
_CODEISH = re.compile(r"[_`#/]|\w\.\w|[a-z][A-Z]")  # "unused_lifetimes", "Hash#dig", "fooBar"
RARE_OBJECT = 3.5  # a request's one-word object ("remove callcc") names a subject this rare
_DANGLING = frozenset("a an the of for to in on at by with from and or about your our vs".split())
# verbs' past forms without "-ed" that end a report ("The SC met with ...")
_SAID = frozenset(
    """met said made took gave went came saw got held left sent brought thought told began ran
    wrote chose spoke became kept led lost paid put set sat stood won""".split()
)
_QUOTE_TO_END = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,80})$")
_QUOTED = re.compile(r"[\"\u201c]([^\"\u201c\u201d]{3,80})[\"\u201d]")
_STATUS = frozenset(
    """is are was were has have had needs need needed requires required delayed blocked done
    landed merged shipped released failing broken fixed discussed decided agreed found passes
    passed fails carried reviewed committed""".split()
)
_SAYING = frozenset("is are was were be been has have had should will would can could not".split())
_ID_TITLE = re.compile(r"[A-Z]{1,4}-?\d{3,9}")  # "T388901", "INC-219": an item's number
_DATEISH = re.compile(  # (not "Edition 2026", "2021 edition": a language's edition)
    r"(?<!\bedition )(?<!\bEdition )\b(?:19|20)\d\d\b(?! [Ee]dition\b)|\b\d{1,2}/\d{1,2}/\d{2,4}\b"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*\s+\d"
    # "Mon 13", "Wednesday, 15": a day of the week and its date (a stand-up's day)
    r"|^\W*(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday)?\.?,?\s+\d{1,2}\b",
    re.I,
)
# a name inside a heading's running words: after a lower-case word (not "by", "from", "with"
# or "and", which say who presents) and before another
_IN_PROSE_BEFORE = re.compile(r"(?<![\w@-])(?!(?:by|from|with|and)[ ])[a-z]{2,}[ ]$")
_IN_PROSE_AFTER = re.compile(r"[ ][a-z]{2,}[ ]")
_SERVER_THEN_CLOSE = re.compile(r"@[\w-]+(?:\.[\w-]+)+\)")
_LINE_OPENING = re.compile(r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?$")
_HANDLE_AFTER = re.compile(r"\s*(?:[(\[]\s*\[?\s*)?")  # "Name (@handle)", "Name @handle"
_CODE_WORD = re.compile(r"[a-z0-9][\w.:#-]*[a-z0-9]|[a-z0-9]")
# where an "@handle" names someone: opening a list's line, in brackets, after a label's colon,
# "cc" or another handle ("here: @vexel, @morrow")
_AT_PERSON = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*+\u2022][ \t]+)?(?:\[[ xX]?\][ \t]*)?$|[(\[:][ \t]*$|@[\w.-]+,[ \t]*$"
    r"|\b(?i:cc|by|thanks|owner|ping|with)[ \t]+$"
)
_AT_IDENTIFIER = re.compile(r"(?<![\w@/])@([a-z][a-z0-9]*(?:[_-][a-z0-9]+)*)(?![\w/@-]|\.\w)")
_ANY_WORD = re.compile(r"[^\W\d_]+")
_LOWER_WORD = re.compile(r"(?<![\w@])[a-z][a-z'-]+(?![\w@])")
_CAPITAL_WORD = re.compile(r"(?<![\w@])[A-Z][a-z'-]+(?![\w@])")
# "JR        sweep the moderation inbox": a listed person's initials opening a row of tasks
_INITIALS_ROW = re.compile(
    r"^[ \t]*(?:[-*][ \t]+)?([A-Z]{2,3})(?:[ \t]{2,}|[ \t]+[\u2013\u2014-][ \t]+)(?=[a-z])", re.M
)


_LOGIN_STEM = re.compile(r"[^\W\d_]{3,}(?=[._\d])")
SURNAME_KEY_RARE = 3.0  # a surname English knows less than this names its attendee alone
PARTICLE_SURNAME_RARE = 4.5  # ... or this, after a particle ("Cruz" of Lucía de la Cruz)


GIVEN_COMMON = 4.5  # a given name this common as an English word opens no full name in prose
_NAME_WORD = re.compile(r"(?<![\w@.-])[A-Z][^\W\d_]{1,}(?:-[a-zA-Z][^\W\d_]+)?(?![\w@-])")
_NAME_BEFORE = re.compile(r"[A-Z][^\W\d_]+ $")
_NAME_AFTER = re.compile(r" ([A-Z][^\W\d_A-Z][^\W\d_]*)")
SURNAME_WORD = 5.5  # a surname this common in English ("Park") still ends a full name ...
_FULL_NAME = re.compile(
    r"(?<![\w@.-])([A-Z][^\W\d_]+(?:-[a-zA-Z][^\W\d_]+)?) ([A-Z][^\W\d_]{2,}(?:-[A-Z][^\W\d_]+)?)(?![\w@-])"
)


def _names_said_alone(text: str, speakers: frozenset[str] = frozenset()) -> dict[str, str]:
    """A write-up's "Fernanda Albuquerque" once, then "Kulkarni will publish ...": a surname
    English hardly knows (lower case) -> the one full name of the text it ends, where the text
    also says it alone; and so a given name ("Fernanda") of the one full name it opens."""
    named_full: dict[str, str] = {}
    given_full: dict[str, str] = {}
    for pair in _FULL_NAME.finditer(text):
        given, surname = pair.group(1), pair.group(2)
        if not (
            is_given_name(given)
            and word_frequency(given.lower()) < GIVEN_COMMON  # not "Add Histogrammer"
            and len(surname) > 2
            # "**Hudson** Vitalik take it away": two speakers of the meeting, no one's name
            and surname.lower() not in speakers
        ):
            continue
        full = f"{given} {surname}"
        if (
            word_frequency(_fold(surname)) < SURNAME_KEY_RARE
            and not is_given_name(surname)
            and is_name_word(surname)  # not "FCP" of "Josh FCP'd"
        ):
            known = named_full.setdefault(surname.lower(), full)
            if known != full:
                named_full[surname.lower()] = ""  # two people of that surname: no one's
        in_surnames = _fold(surname).lower() in surnames()
        surname_like = (
            is_name_word(surname)  # not "Josh FCP"
            and given.lower() not in _TASK_VERBS | _DONE_VERBS  # not "Ping Ryan about ..."
            and (not is_given_name(surname) or in_surnames)  # not "Hudson Vitalik"
            and (
                word_frequency(_fold(surname)) < SURNAME_KEY_RARE
                or in_surnames
                and word_frequency(surname.lower()) < SURNAME_WORD
            )
        )  # "Park", "Chen"; not "Marta Notes", "Adebayo Release"
        inside = (
            text.endswith(" ", 0, pair.start())
            and bool(_NAME_BEFORE.search(text, max(0, pair.start() - 30), pair.start()))
            or (after := _NAME_AFTER.match(text, pair.end())) is not None
            and word_frequency(after.group(1).lower()) < SURNAME_KEY_RARE
        )  # "Lin Tan" of Mei Lin Tan, "Ana Luísa" of Ana Luísa Ferreira: part of a longer name
        if surname_like and not inside and given_full.setdefault(given.lower(), full) != full:
            given_full[given.lower()] = ""  # two of that given name: no one's
    out: dict[str, str] = {}
    for word in _NAME_WORD.finditer(text) if named_full or given_full else ():
        low = word.group().lower()
        full = named_full.get(low, "")
        if full and not text.endswith(full.split()[0] + " ", 0, word.start()):
            out[low] = full
        # "Pulled from Meera Raghunathan ...", then "-> Meera": her given name said alone
        full = given_full.get(low, "")
        if full and not text.startswith(full, word.start()):
            out.setdefault(low, full)
    return out


_INNER_CAPITALS = re.compile(
    r"(?<![\w@.-])(?:[A-Z][A-Z0-9]+|[A-Za-z0-9][a-z0-9]*[A-Z]\w*)(?![\w@])"
)
_DIRECTIVE = re.compile(r"(?<![\w@.])@([A-Za-z][\w-]*)\(")
CAPITALS_OFTEN = 3  # a known name that is also a word, capitalised this often in one meeting
# words before "#12" that say what it numbers, not which repository: "issue#12", "item#3"
_NOT_REPOS = frozenset(
    """issue issues pr prs pull pulls bug bugs ticket tickets item items step steps page slide week
    sprint meeting call episode build run job task tasks number no part round comment note line
    option version release rule test case point change commit patch mr cl""".split()
)


# "### Team Tiny Tiles — ...": a hackathon's or a company's team, by its name
_TEAM_NAME = re.compile(r"\b[Tt]eam[ \t]+([A-Z][\w'-]*(?:[ \t][A-Z][\w'-]*){0,3})")
_EPIC_WORD = re.compile(r"\bepics?\b", re.I)
_NUMBERED_LABEL = re.compile(r"([A-Z]{1,4})(\d{1,2})")
# "KR A1", "Theme C", "Option B": a word and a letter (and a number) naming one of a series
_SERIES_LABEL = re.compile(r"(?<![\w-])([A-Z][A-Za-z]{1,11}) ([A-Z]\d{0,2})(?![\w-])")
SERIES_CODES = 3  # letters a word is said with in one meeting to be a series' label


def _without_numbered_labels(mentions: list[Mention]) -> list[Mention]:
    """The mentions without "people" that are numbered labels: "WS1:", "WS2:" (workstreams),
    "Q1", "Q2" (questions), letters said with two numbers or more in one meeting."""
    numbers: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        if m.kind == "person" and (label := _NUMBERED_LABEL.fullmatch(m.text.strip())):
            numbers[label.group(1)].add(label.group(2))
    series = {k for k, v in numbers.items() if len(v) >= 2}
    if not series:
        return mentions
    return [
        m
        for m in mentions
        if not (
            m.kind == "person"
            and (label := _NUMBERED_LABEL.fullmatch(m.text.strip())) is not None
            and label.group(1) in series
        )
    ]


# a line of the organizations present, not people: "Orgs present: Nordhavn Software, Lumenware"
_ORGS_LINE = re.compile(
    rf"^\W{{0,3}}(?:{ORG_LIST_WORDS}|member\s+companies)"
    r"(?:\s+(?:present|represented|attending|in\s+attendance))?\W{0,3}:\W{0,3}(.+)$",
    re.I | re.M,
)
_ORGS_WORD = re.compile(rf"\b(?:{ORG_LIST_WORDS})\b", re.I)
_PARENS_ASIDE = re.compile(r"\([^()]*\)")
# a machine or a bot the minutes name like a person, and say so: "Gertrude = the buildbot farm",
# "Percy (our release bot)", "Hank is the perf box"
_THING_NOUNS = (
    r"(?:bot|farm|cluster|box|server|machine|runner|host|service|dashboard|queue|builder|worker"
    r"|instance|rig|robot|pipeline|mascot|database|backend|frontend|board)s?"
)
_THING_DEFINED = re.compile(
    r"(?<![\w@])([A-Z][a-z]{2,})[ \t]*"
    # ("Kasia (shader pipeline)" is who works on what: "(our ...)", "is the ...", "= ...")
    r"(?:(?:=\s*(?:(?:the|our|a|an)\s+)?|\(\s*(?:the|our|a|an)\s+)(?:[\w-]+\s+){0,3}?"
    r"|(?:\bis\b|\bwas\b)\s*(?:the|our)\s+(?:[\w-]+\s+)?)"  # "Hank is the perf box"
    rf"{_THING_NOUNS}\b"
)
# a company's name with the word that says so: "Brightwater Cloud", "Quartzlight Labs"
_ORG_NAMED = re.compile(r"(?<![\w@.-])([A-Z][a-z][\w'-]+) [A-Z][a-z]+\.?(?![\w-])")


def _things_named_like_people(
    meeting: Meeting, docs: list[Doc], mentions: list[Mention], text: str
) -> list[Mention]:
    """The mentions, with the machines and bots the minutes name like people and say what they
    are ("Gertrude = the buildbot farm", "Percy = release bot") as topics wherever they are
    said, not as people. ``text``: the meeting's blocks, joined."""
    # (a name people are given: the others are no person to begin with, "This is the backend")
    things = {
        m.group(1) for m in _THING_DEFINED.finditer(text) if is_given_name(m.group(1), strict=False)
    }
    # (nor anyone listed or speaking: "Mikhail is the potential denier of service" is Mikhail)
    listed = {w.lower() for a in meeting.attendees for w in a.name.split()}
    listed |= {w.lower() for b in meeting.blocks for s in b.speakers for w in s.split()}
    things = {t for t in things if t.lower() not in listed}
    if not things:
        return mentions
    low = {t.lower() for t in things}
    out = [
        m
        for m in mentions
        if not (m.kind == "person" and m.role != "attendee" and m.text.strip().lower() in low)
    ]
    spans = _spans_by_block(out)
    said = re.compile(rf"(?<![\w@-])({'|'.join(map(re.escape, sorted(things)))})(?![\w@-])")
    for index, block in enumerate(meeting.blocks):
        for m in said.finditer(block.text):
            if not any(a < m.end() and m.start() < b for a, b in spans.get(index, ())):
                out.append(
                    _phrase_mention(
                        meeting,
                        docs,
                        index,
                        m.start(),
                        m.end(),
                        topic_key(m.group()),
                        m.group(),
                        "term",
                    )
                )
    return out


def _lines_of(block: Block) -> list[str]:
    """The block's text, line by line as the file wrote it."""
    starts = [offset for offset, _ in block.lines] or [0]
    return [
        block.text[a:z].strip() for a, z in zip(starts, [*starts[1:], len(block.text)], strict=True)
    ]


def _without_organizations(
    meeting: Meeting, mentions: list[Mention], text: str, teams: set[str] | None = None
) -> list[Mention]:
    """The mentions without "people" that are an attendee's organization, named whole or
    without its legal form ("Hoang Automation" of "Hoang Automation JSC", "Qamar" of "Qamar
    Industrial"), or a team the minutes name ("Tiny Tiles" of "Team Tiny Tiles"), unless someone
    on the lists has that name."""
    forms: set[str] = set(teams or ())
    if _ORGS_WORD.search(text):  # (the lines as written, where a line may list them)
        text = "\n".join(line for b in meeting.blocks for line in _lines_of(b))
    for line in _ORGS_LINE.finditer(text):  # "Orgs present: Nordhavn Software, Lumenware"
        for item in re.split(r"[,;]", _PARENS_ASIDE.sub("", line.group(1))):
            words = item.split()
            if 1 <= len(words) <= 4 and all(w[:1].isupper() for w in words):
                forms |= {" ".join(words).lower(), words[0].lower()}
    for named in _ORG_NAMED.finditer(text):  # "Brightwater Cloud renewed ...", "Tessera Systems"
        if ORG_END.search(named.group()):
            forms.add(named.group(1).lower())
    for a in meeting.attendees:
        words = a.organization.split()
        # a company's name ("Ocelot Cloud", "Qamar Industrial"), not "rafa.alb on Zulip"
        if len(words) >= 2 and (
            ORG_END.search(a.organization) or all(w[:1].isupper() for w in words)
        ):
            forms |= {" ".join(words).lower(), " ".join(words[:-1]).lower(), words[0].lower()}
        elif (
            len(words) == 1
            and words[0][:1].isupper()
            and words[0][1:].islower()
            and words[0].lower() not in LABELS
            and not is_given_name(words[0])  # "Aleksandra Zielińska (Ola)": what she is called
        ):
            forms.add(words[0].lower())  # "Neil Patel (Graphcore)", then "Graphcore has ..."
    if not forms:
        return mentions
    names = {w.lower() for a in meeting.attendees for w in a.name.split()}
    forms -= names
    return [
        m
        for m in mentions
        if not (
            m.kind == "person"
            and m.role in ("named", "bold", "speaker")
            and m.text.strip().lower() in forms
        )
    ]


_RELEASE_CONTEXT = re.compile(
    r"\b(?:(?:hard[ -]?)?forks?|hardforks?|upgrades?|releases?|release train|testnets?|mainnet"
    r"|devnets?|activation|EIPs?|codename|milestone|branch|cycle|series)\b",
    re.I,
)


_BARE_NUMBER = re.compile(r"#\d{1,7}")


def _bare_numbers_linked(mentions: list[Mention]) -> list[Mention]:
    """A bare "#22701" the meeting also links in full, to another repository than the one it
    took for its own ("[feat: add ...](https://github.com/electron/electron/pull/22701)"): that
    linked review, not a second one of the same number."""
    refs = [m for m in mentions if m.kind == "reference"]
    bare = {id(m) for m in refs if _BARE_NUMBER.fullmatch(m.text)}
    if not bare:
        return mentions
    full: dict[str, dict[str, Mention]] = defaultdict(dict)  # number -> key -> a mention
    for m in refs:
        if id(m) not in bare and m.attr("number"):
            full[m.attr("number")].setdefault(m.key, m)
    out = []
    for m in mentions:
        linked = full.get(m.attr("number"), {}) if id(m) in bare else {}
        if len(linked) == 1 and m.key not in linked:
            other = next(iter(linked.values()))
            m = replace(m, key=other.key, attrs=other.attrs)
        out.append(m)
    return out


def _without_places(meeting: Meeting, mentions: list[Mention]) -> list[Mention]:
    """The mentions without places: "Kenya → Estonia", "meetups in Nairobi and Seoul" are no
    person and no subject (unless the lexicon says so, or someone on the lists has the name)."""
    listed = {a.name.lower() for a in meeting.attendees} | {
        s.lower() for b in meeting.blocks for s in b.speakers
    }
    # "the Istanbul hard fork", "Prague devnet 3": a release named after a place, a subject
    released = {
        m.key
        for m in mentions
        if m.kind == "topic" and _RELEASE_CONTEXT.search(m.sentence) and is_place(m.text)
    }
    return [
        m
        for m in mentions
        if not (
            m.kind == "person"
            and m.role in ("named", "bold", "heading")
            and m.text.strip().lower() not in listed
            and is_place(m.text, person=True)
            or m.kind == "topic"
            and m.attr("source") != "lexicon"
            and m.key not in released
            and is_place(m.attr("label") or m.text)
        )
    ]


def _numbers_by_key(
    pattern: re.Pattern[str], text: str, keep: Callable[[re.Match[str]], bool]
) -> dict[str, set[str]]:
    """Each key a pattern finds before a number ("TIDE" of TIDE-2204, "MSC" of MSC4202) -> the
    numbers the text gives it, where ``keep`` accepts the match."""
    out: dict[str, set[str]] = defaultdict(set)
    for m in pattern.finditer(text):
        if keep(m):
            out[m.group(1)].add(m.group(2))
    return out


def roster_keys(
    meeting: Meeting, initials_style: bool, marks: frozenset[str] = frozenset()
) -> dict[str, str]:
    """Surface forms (lower case) that name someone on the meeting's lists -> that entry's name;
    their initials too when the minutes write people so (``initials_style``), or when those
    initials take a turn (``marks``: "JK:" once is Joanna Kaczmarek, so is "[ ] JK — ping ...")."""
    keys: dict[str, str] = {}
    family: dict[str, str] = {}  # a surname -> the one attendee of it ("" for two or more)
    for person in meeting.attendees:
        name = person.name
        words = name.split()
        keys[name.lower()] = name
        if len(words) > 1 and len(words[0]) > 1:
            keys.setdefault(words[0].lower(), name)
            keys.setdefault(_fold(words[0]), name)  # "tomas" of Tomás, written without accents
            if given_name_last(name):  # "Park Ha-eun", "Nguyen Thi Lan": "Ha-eun" is her
                keys.setdefault(words[-1].lower(), name)
            if words[0][:1].isalpha():  # "B. Ilic", a formal minutes' form of "Bogdan Ilic"
                keys.setdefault(f"{words[0][0]}. {words[-1]}".lower(), name)
            # "Emeka" of Chukwuemeka Obi, "Seun" of Oluwaseun: a long given name's end, its
            # short form when it is a given name itself
            for k in (5, 4) if len(words[0]) >= 7 else ():
                end = words[0][-k:]
                if is_given_name(end.title()):
                    keys.setdefault(end.lower(), name)
                    break
        if (
            len(words) > 1
            and not given_name_last(name)
            and word_frequency(_fold(words[-1])) < SURNAME_KEY_RARE
            and len(words[-1]) > 2
        ):
            # "Wróblewska — incorporate the appeal step", "Mr. Ó Dálaigh reported": formal
            # minutes' surnames alone (a surname English hardly knows, a particle before it)
            surname = " ".join(words[-2:]) if words[-2] in PARTICLES else words[-1]
            family[surname.lower()] = name if surname.lower() not in family else ""
        if (
            len(words) > 2
            and words[-2] in PARTICLES
            and len(words[-1]) > 2
            and word_frequency(_fold(words[-1])) < PARTICLE_SURNAME_RARE
        ):
            # "Cruz wants a benchmark" of Lucía de la Cruz, "Haar" of Tobias ter Haar: the
            # word after a particle is a family name, said alone
            last = words[-1].lower()
            family[last] = name if last not in family else ""
        if person.handle:
            keys[person.handle.lower()] = name
        if len(words) > 1 and (initials_style or initials(name) in marks):
            keys.setdefault(initials(name).lower(), name)
        for short in short_forms(name):  # "RasmusT:" in a scribe's log is Rasmus Thygesen
            keys.setdefault(short, name)
    for surname, name in family.items():
        if name:
            keys.setdefault(surname, name)
    # "thanh — migration note" of the login "thanh.ng", "Seppo" of "Seppo_77": a login's word
    # before its dot, underscore or digits, when no other login or name starts so
    stems: dict[str, set[str]] = defaultdict(set)
    for person in meeting.attendees:
        for login in {person.name, person.handle} - {""}:
            if " " not in login and (cut := _LOGIN_STEM.match(login)) and cut.end() < len(login):
                stems[cut.group().lower()].add(person.name)
    named = {w.lower() for a in meeting.attendees if " " in a.name for w in a.name.split()}
    for word, names in stems.items():
        if len(names) == 1 and not is_english_word(word) and word not in named:
            keys.setdefault(word, next(iter(names)))  # (not "trang" of Đặng Thu Trang's login)
    return keys


def _meeting_repo(meeting: Meeting) -> str:
    repos = Counter(
        f"{m.group(1)}/{m.group(2)}"
        for b in meeting.blocks
        for k in b.links
        if (m := _GH_REPO.match(k.url))
    )
    if not repos:  # bare URLs in the text
        repos = Counter(
            f"{m.group(1)}/{m.group(2)}" for b in meeting.blocks for m in _GH_REPO.finditer(b.text)
        )
    return repos.most_common(1)[0][0] if repos else ""


_TITLE_EDGE = " :-\u2013\u2014"
_COLUMN_GAP = re.compile(r"[ \t]{3,}\S*[ \t]*")  # "Y.     - ...": a plain table's column gap
_NUMBERED = re.compile(r"#\d")
_REF_WORDS = re.compile(r"(?:bug|issue|pr|ticket|mr|cl)\s*#?\d+", re.I)  # "bug 1922310" <url>
_TITLE_ASIDE = re.compile(r"[\])]*[ ]\(([^()\n]{3,80})\)")  # "#8994 (testchains)"
_NOT_ASIDE_TITLE = re.compile(r"\s*(?:[@#\d]|https?:|see\b|cc\b|via\b|by\b|from\b|thanks\b)", re.I)


# what a link calls the thing it points to, not its subject
_KIND_WORDS = frozenset(
    "ticket tickets issue issues pr prs request bug bugs thread comment".split()
)
_CAPITALS = re.compile(r"\b[A-Z]{2,3}\b")
_INITIALS_RUN = re.compile(r"(?<![\w-])[A-Z]{2,3}(?:[ \t]*[,;/&][ \t]*[A-Z]{2,3})+(?![\w-])")
_BRACKETED_INITIALS = re.compile(r"[(\[]([A-Z]{2,3})[)\]]")  # "(JM) thinks ...", "... [RK]"
_WHOSE = re.compile(r"([A-Z][\w-]*)['\u2019]s\s+(\S.*)")  # "Syd's idea"


def _aside_title(aside: str) -> bool:
    """Whether a reference's parenthesised aside reads as its title: not "(Thomas Lively, 30
    minutes)", "(see #12)", "(@ann)", "(or similar features)", "(gracefully handle ...)"."""
    words = aside.split()
    first = words[0]
    return not (
        _NOT_ASIDE_TITLE.match(aside)
        # "(Rahul reviewing, looks close)": someone's doing, not the title
        or len(words) > 1
        and words[1][:1].islower()
        and is_given_name(first.removesuffix("'s").removesuffix("\u2019s"), strict=False)
        or _DURATION.search(aside)
        or "#" in aside
        or first in _DANGLING
        or first.endswith("ly")
    )


# a word ending a sentence that leads to a reference: "Rafa walked through RFC-0031"
_LEADS_ON = frozenset(
    "through into onto over under via after before against between within across up out".split()
)


_TITLE_QUOTED = re.compile(
    r"[ \t]*[:\u2013\u2014-]?[ \t]*[\"\u201c]([^\"\u201c\u201d\n]{3,80})[\"\u201d]"
)


def _reference_title(block: Block, start: int, end: int, key_text: str) -> str:
    """A review's title from the text around its link ("D19904 bhyve: Add ..." or "zlib: ... [#1]")."""
    for link in block.links:
        if link.start <= start and end <= link.end:
            # "PEP 683 \u2013 Immortal Objects"; "[classification proposal #635](...)" when
            # the reference is the whole link
            whole = key_text == link.text
            inner = key_text if whole else link.text.replace(key_text, " ")
            inner = re.sub(r"\s*\(?#?\b[A-Za-z]?\d{2,7}\)?\s*", " ", inner).strip(_TITLE_EDGE)
            if whole and (
                len(inner.split()) < 2
                or not re.fullmatch(r"[\w' -]+", inner)
                or inner.split()[-1].lower() in _KIND_WORDS
            ):
                inner = ""  # "[graphql-js/pull/123](...)", "[Help desk ticket 2925](...)"
            if inner and inner != key_text and len(inner) > 5 and not inner.startswith("http"):
                return inner[:200]
    text = block.text
    # 'TEP 87 "typed error unions"', "PEP 703: “Making the GIL optional”": a name in quotes
    quoted = _TITLE_QUOTED.match(text, end)
    if quoted and len(quoted.group(1).split()) >= 2:
        return quoted.group(1).strip()
    # "PR #8994 (testchains) in", "wants [#10240] (HD wallet auto-restore) in 0.15": an aside
    # right after the number is its title
    aside = _TITLE_ASIDE.match(text, end)
    if aside and _aside_title(aside.group(1)):
        return aside.group(1).strip()
    # a title may wrap onto the next line, but a sentence that starts there is not part of it:
    # "PEP 723 inline script metadata\n Brett summarised the discussion."
    stop = re.search(r"[.!?](?:\s|$)", text[end:])
    if stop:
        line_end = next((off - 1 for off, _ in block.lines if off > start), len(text))
        text = text[: min(line_end, end + stop.start() + 1)]
    # (of a plain table's row, only the last column: "Y.     - second review PR #9931")
    before = _CHECKBOX.sub("", _COLUMN_GAP.split(text[:start])[-1])
    before = before.strip(" :-\u2013*([\"'\u201c\u201d")
    after = text[end:].strip(" :-\u2013*)]")
    # "1. Proposal #612: Linear let bindings": the number of the agenda's item comes first
    opening = number.end() if (number := _ENUMERATOR.match(text)) else 0
    kind = text[opening:start].strip(" *_").lower()  # "Proposal #612: ...", "Issue #12 - ..."
    if kind in _KIND_WORDS or kind in ("proposal", "rfc", "pull request"):
        opening = start
    if start <= opening + 2 and after and not block.speakers and not re.match(r"https?://", after):
        # "FEP-2291 topology-aware preemption -> beta": the title, not where it goes
        return re.split(r"\s{2,}|\s+\(|\s+\[|\s+(?:-+>|=>|\u2192)", after)[0][:200]
    if before and end >= len(text.rstrip(" )]")) - 1 and not block.speakers:
        if before.lower().rstrip(":") in LABELS:
            return ""  # "Link: https://..." names no title
        last = before.rstrip(" ([").split()[-1] if before.rstrip(" ([") else ""
        if last.islower() and (
            last in _DANGLING or last in _STATUS or last.endswith("ed") or last in _LEADS_ON
        ):
            return ""  # "The Steering Council discussed [PEP 703]": a sentence leading to it
        if last.endswith(("'s", "\u2019s")):
            return ""  # "Relates to Adam's [#635]": whose it is, not what
        said = before.split()
        if (
            len(said) > 1
            and said[0][:1].isupper()
            and any(
                w in _SAYS or w in _SAID or w.endswith("ed") and len(w) >= 6
                for w in said[1:3]
                if w.islower()
            )
        ):
            return ""  # "Juha summarized spec issue #151": who did what with it
        # "3. Ember script 2.0 / CEP-12": the agenda's number and the joining mark are no part
        return _ENUMERATOR.sub("", before).rstrip(" ([/|+&")[:200]
    return ""


# "hsbt (Hiroshi SHIBATA) says", "nobu (Nobuyoshi Nakada)": a login of the meeting, then the name
# (and a note after the name or login: "roz (Rosalind Achterberg, project lead)", "Teo
# (teodor_p, audio + builds)")
_LOGIN_NAMED = re.compile(
    r"(?<![\w/.-])@?([a-z][a-z0-9_.-]{0,19}[a-z0-9_]) \(([^()\n,;]{4,60})(?:[,;][^()\n]{0,60})?\)"
)
# "(for newcomers: corvid = Marisol Quispe, lenka_v = Lenka Vávrová)": a login, then its name
_LOGIN_EQUALS = re.compile(
    r"(?<![\w/.-])@?([a-z][a-z0-9_.-]{0,19}[a-z0-9_])[ \t]*=[ \t]*"
    r"([A-Z][^\W\d_][\w'-]*(?:[ \t]+[A-Z][^\W\d_][\w'-]*){1,2})(?=[ \t]*(?:[,.;)]|$))",
    re.M,
)
_IS_LOGIN = re.compile(
    r"(?<![\w@/.-])([A-Z][^\W\d_][\w'-]*(?: [A-Z][^\W\d_][\w'-]*){1,2})"
    r" (?:is|=|aka|a\.k\.a\.) @([a-z][a-z0-9_.-]{0,19}[a-z0-9_])(?![\w@/-])"
)
_FIRST_LOGIN = re.compile(
    r"(?<![\w@/.'\u2019-])([A-Z][^\W\d_][\w'-]*+) \(([@:]?)([a-z][a-z0-9_-]{1,20})"
    r"(?:,[^()\n]{0,60})?\)"
)


def _first_name_of(name: str, login: str) -> bool:
    """Whether one given name in brackets with a login ("rcunha (Rafael)", "Youssef (yhaddad)")
    is that login's: a given name, the login's first letter its own."""
    return (
        " " not in name
        and is_given_name(name, strict=False)
        and login[:1] == _fold(name)[:1].lower()
    )


_NAMED_LOGIN = NAME_THEN_LOGIN  # "Takuya Watanabe (tkw)"


def _written_with_capitals(word: str, text: str) -> bool:
    """Whether the text writes a word with a capital somewhere ("GraphiQL" of "@graphiql")."""
    pattern = rf"(?<![\w@])(?i:{re.escape(word)})(?![\w-])"
    return any(not found.islower() for found in re.findall(pattern, text))


def _declared_names(
    text: str, logins: frozenset[str]
) -> dict[tuple[int, int], tuple[str, str] | None]:
    """(start, end) of a full name -> (that name, login), for each of the meeting's ``logins``
    (speakers' and its lists' one-word names) followed by a name in parentheses ("hsbt (Hiroshi
    SHIBATA)") or following one ("Takuya Watanabe (tkw)")."""
    out: dict[tuple[int, int], tuple[str, str] | None] = {}
    for match in [*_LOGIN_NAMED.finditer(text), *_LOGIN_EQUALS.finditer(text)]:
        # "@vkowal (Wiktoria Kowal)", "sorah (Shota Fukumori)": a handle, or a login of the
        # meeting, or one spelled from the name
        named = match.group(2).split()
        if not (
            match.group(1) in logins
            or match.group(0).startswith("@")
            or (
                spells(match.group(1), named)
                # "roz (Rosalind Achterberg)": a short form of the given name (not "threads
                # (Thomas Lively)": a subject, then who presents it)
                or len(named) >= 2
                and len(match.group(1)) <= 4
                and _fold(named[0]).lower()[:2] == match.group(1)[:2]
                and word_frequency(match.group(1)) < 3.0
                # "luiza.rs (Luíza Fernandes)": the given name, then more
                or len(named) >= 2
                and match.group(1).startswith(_fold(named[0]).lower())
            )
            # (not "access (Storage Access Headers)": a given or family name first)
            and (is_given_name(named[0], strict=False) or _fold(named[0]).lower() in surnames())
        ):
            continue
        name = surname_case(match.group(2).strip())
        if 2 <= len(name.split()) <= 3 and all(is_name_word(w) for w in name.split()):
            out[(match.start(2), match.end(2))] = (name, match.group(1))
        elif _first_name_of(name, match.group(1)):  # "rcunha (Rafael) joined around here"
            out[(match.start(2), match.end(2))] = (name, match.group(1))
    for match in _FIRST_LOGIN.finditer(text):  # "Youssef (yhaddad) said"
        # a login of the meeting, or a handle by its mark ("Marta (:mkowal)", IRC's colon)
        declared = (
            match.group(2)
            or match.group(3) in logins
            # "Teo (teodor_p)": a login that opens with the given name
            or match.group(3).startswith(_fold(match.group(1)).lower()[:3])
        )
        if declared and _first_name_of(match.group(1), match.group(3)):
            out.setdefault((match.start(1), match.end(1)), (match.group(1), match.group(3)))
    for match in _IS_LOGIN.finditer(text):  # "Daniel Ferreira is @dnlfrr", "Ana Souza = @asouza"
        name = match.group(1)
        if is_given_name(name.split()[0], strict=False) and all(
            is_name_word(w) for w in name.split()
        ):
            out.setdefault((match.start(1), match.end(1)), (name, match.group(2)))
    for match in _NAMED_LOGIN.finditer(text):  # "welcome Takuya Watanabe (tkw) to the team"
        login = match.group(2)
        words = match.group(1).split()
        # "Luíza Monteiro (luiza_m) presented": a login spelled from the name declares itself
        # even where no list or turn gives it; "Paul Dworzanski (ewasm)" names his team
        if login not in logins and not spells(login, words) and not opens_given(login, words):
            continue  # ("Olumide Adeyemi (olu)": the given name's first letters declare too)
        parts = [words[-k:] for k in range(len(words), 1, -1)]
        parts = [p for p in parts if all(is_name_word(w) for w in p)]
        # "Takuya Watanabe", "Nguyễn Thị Lan" (the family name first), not "Welcome Ravi"
        # or "System Threads (shyouhei)": a given name first, or one among no English; the
        # longest with a given name or a family name first ("Thomas Watson", not "Nominating
        # Thomas Watson"; "Nguyễn Thị Lan")
        part = next(
            (
                p
                for p in parts
                if is_given_name(p[0], strict=False) or _fold(p[0]).lower() in surnames()
            ),
            None,
        ) or next(
            (
                p
                for p in parts
                if any(is_given_name(w, strict=False) for w in p)
                and not is_english_word(p[0])
                or all(word_frequency(w.lower()) < 3.0 for w in p)
            ),
            None,
        )
        if part:
            at = match.end(1) - len(" ".join(part))
            out.setdefault((at, match.end(1)), (surname_case(" ".join(part)), login))
    return out


ACTION_CONTEXT = 300  # characters of the same block before an action kept as its context


def _action_context(text: str, start: int) -> str:
    """What the same item said before an action's sentence, whole sentences, at most
    ACTION_CONTEXT characters: "Latest version of libinput is 1.12.5." before "Niclas will update
    to 1.12.5"."""
    before = text[:start].rstrip()
    if not before:
        return ""
    if len(before) > ACTION_CONTEXT:
        cut = re.search(r"[.!?]\s+", before[-ACTION_CONTEXT:])
        before = before[-ACTION_CONTEXT:][cut.end() :] if cut else ""
    return before.strip()


def _recurring_terms(mentions: list[Mention], text: str = "") -> list[Mention]:
    """Keep a term only where the meeting says it twice, or once in a heading or a link's title:
    a rare word said once is as often a typo or a stray identifier as a subject. A name set as
    code (`base`) counts every time the meeting uses its word, as code or not."""
    said: Counter[str] = Counter()
    confirmed: set[str] = set()  # in a heading or a link's title, or found some other way too
    words: Counter[str] | None = None
    # "interface-transport timeline ... [interface-transport#55](.../libp2p/interface-transport/pull/55)":
    # a term that names a repository the meeting links to is that repository's subject
    repos = {
        repo.rsplit("/", 1)[-1].lower()
        for m in mentions
        if m.kind == "reference" and (repo := m.attr("repo"))
    }
    for m in mentions:
        if m.kind == "topic":
            said[m.key] += 1
            if m.attr("strong") or m.attr("source") != "term" or m.text.lower() in repos:
                confirmed.add(m.key)
            elif m.attr("code"):
                if words is None:
                    words = Counter(_CODE_WORD.findall(text.lower()))
                if words[m.text.lower()] >= 2:
                    confirmed.add(m.key)
    if not said:
        return mentions
    return [
        m
        for m in mentions
        if m.kind != "topic" or m.attr("source") != "term" or said[m.key] >= 2 or m.key in confirmed
    ]


_ACRONYM_LABEL = re.compile(r"[A-Z]{2,4}")  # not "X11", "V8": a product's name
# what someone does to a subject, said just before its name: "working on CSM", "landed the glyph
# cache", "support for NVMe", "a proposal for weak subjectivity" (not "fix", "add", "build":
# "fixed the id", "added a fwd" name no subject as often as they do one)
_WORKED_ON = re.compile(
    r"\b(?:work(?:ing|ed|s)?[ ]on|implement(?:ed|ing|s)?|land(?:ed|ing|s)?|port(?:ed|ing|s)?"
    r"|refactor(?:ed|ing|s)?|investigat(?:e|ed|es|ing)|prototyp(?:e|ed|es|ing)|progress[ ]on"
    r"|(?:PRs?|patch(?:es)?|proposal|support|RFC)[ ]for|rewrit(?:e|es|ing)|rewrote)"
    r"[ ](?:the[ ]|a[ ]|an[ ]|our[ ]|their[ ])?$",
    re.I,
)
KNOWN_ACRONYM = 1.0  # an acronym English knows this well (Zipf: "JSON", "TTL", "EOL", "GPU") ...
ACRONYM_SAID = 2  # ... is a subject of the meeting only when said this often, or in a heading


def _known_acronym(label: str) -> bool:
    """Whether a topic's label is an acronym English knows ("JSON", "S3", "TTL"; not "SBOM")."""
    return bool(_ACRONYM_LABEL.fullmatch(label)) and word_frequency(label.lower()) >= KNOWN_ACRONYM


# the platforms work runs on, the languages it is written in, the forges it is kept on: where a
# meeting names one once or twice it is the setting of some other subject ("fails on macOS",
# "the Python bindings"), wrong as a subject of its own two times in three on the blind sets
_PLATFORMS = frozenset(
    """windows macos linux android ios freebsd openbsd netbsd debian ubuntu fedora centos rhel
    alpine arm64 amd64 x86 x86_64 x64 aarch64 armv7 i386 python rust java golang javascript
    typescript c++ ruby php kotlin swift scala perl git github gitlab chrome firefox safari""".split()
)
PLATFORM_SAID = 3  # ... a subject when a meeting says it this often, or in a heading


def _passing_acronyms(mentions: list[Mention]) -> list[Mention]:
    """Mark ("passing") an acronym everyone knows that a meeting says once ("JSON", "TTL", "EOL",
    "PMC": wrong as subjects more than half the time on the blind sets), or a platform, language
    or forge it says once or twice ("Windows", "Python": _PLATFORMS). Not one English does
    not know ("SBOM"), one in a heading, beside another subject ("APIC ESR firing"), after
    "working on", or said with another spelling of its key ("DAG API"). The graph drops a topic
    only ever said in passing (kg.graph._prune_passing_acronyms)."""
    topics = [m for m in mentions if m.kind == "topic"]
    said = Counter(m.key for m in topics)
    ends = {(m.block, m.end) for m in topics if m.block >= 0}
    starts = {(m.block, m.start) for m in topics if m.block >= 0}

    def passing_said(m: Mention) -> int:
        """How often a meeting must say a name to make it a subject (0: any name that is no known
        acronym or platform)."""
        label = m.attr("label") or m.text
        if label.lower() in _PLATFORMS:
            return PLATFORM_SAID
        return ACRONYM_SAID if _known_acronym(label) else 0

    def firm(m: Mention) -> bool:
        at = m.sentence.find(m.text)
        return (
            m.role == "heading"
            or bool(m.attr("strong"))
            or m.attr("source") not in ("discovered", "term")
            or not passing_said(m)
            or (m.block, m.start - 1) in ends
            or (m.block, m.end + 1) in starts
            or at > 0
            and _WORKED_ON.search(m.sentence[:at]) is not None
        )

    strong = {m.key for m in topics if firm(m)}
    weak = {m.key for m in topics if m.key not in strong and said[m.key] < passing_said(m)}
    if not weak:
        return mentions
    return [
        replace(m, attrs=(*m.attrs, ("passing", "1"))) if m.kind == "topic" and m.key in weak else m
        for m in mentions
    ]


# -- phrases: multi-word subjects ("coin selection", "feature freeze") a meeting keeps returning to
_PHRASE_TOKEN = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:['\u2019+-][A-Za-z0-9]+)*|[^\sA-Za-z]+")
_PHRASE_WORD = re.compile(r"[a-z][a-z0-9]*(?:-[a-z0-9]+)*|[A-Z][A-Z0-9]{1,5}s?")
_PHRASE_CAPITAL = re.compile(r"[A-Z][a-z]+(?:-[a-z]+)*")  # in a heading, or opening a sentence
_GLUED = re.compile(r"[\w@#./'\u2019-]")
# "agenda is short: 4.2 blockers, completion engine rewrite, history sync": the items a line lists
# after the word "agenda" (the subjects the meeting goes on to name again)
_AGENDA_INLINE = re.compile(r"\bagenda\b[^:\n]{0,30}:[ \t]*([^\n]*,[^\n]*)", re.I)
_LIST_ITEM = re.compile(r"[^,;]+")
# the kinds of reference a heading names before its number: "Proposal #633: Or-patterns"
_REF_KINDS = r"(?:proposal|issue|rfc|pr|mr|bug|ticket|pep|kep|mep|sep|eip|fix|feature)"
_LINK_LABEL = re.compile(r"\]\[[^\]]*\]|^\s*\[[^\]]+\]:.*$", re.M)  # "[log][log x]", "[x]: url"
PHRASE_RARE_TWICE = 3.2  # ... or twice, when one of its words is this rare (Zipf)
PHRASE_SAID = 3  # times a meeting says a phrase (2 when once in a heading, bold or a link's title)
PHRASE_COMMON = 5.5  # no word of a phrase is this frequent in English (Zipf): "time", "people"
PHRASE_HEAD = 4.0  # a word said beside a phrase each time makes it a fragment, if this rare
PHRASE_SPECIFIC = 4.8  # ... and one word is rarer than this: "coin selection", not "good idea"
# ... or once, two words naming a part a piece of software has, after a word this rare: "the
# compaction scheduler", "a fuzzing harness", "the query planner" (not "the default scheduler")
PART_MODIFIER = 4.2
PART_GERUND = 3.0  # ... a word ending "-ing" that rare is a noun's ("fuzzing", not "fixing")
_PARTS = frozenset(
    """scheduler planner harness executor frontend fuzzer linter picker formatter sandbox
    optimizer profiler allocator interpreter renderer tracker daemon""".split()
)


# words of the meeting itself, pronouns and hedges: "blog post", "calendar invite", "anyone disagree"
# the words that label a line ("Release:", "Docs:") and yet open a compound's name ("release
# tooling", "docs site")
_COMPOUND_LABELS = frozenset(
    "release docs doc test tests audio video source branch version".split()
)
# a developer's words that are part of names ("sync engine", "admin API", "impl trait"); not
# people ("core devs") or a review's talk ("nits", "wip")
_COMPOUND_JARGON = frozenset(
    """async sync backend frontend runtime impl impls api apis cli ui ux config configs infra
    workflow workflows toolchain tooling regression regressions perf stdlib std struct structs
    enum enums union fn fns extern sdk sdks js sql html css os ide cpu cpus""".split()
)
_COMPOUND_FIRST = frozenset(
    "doc docs version versions branch audio video".split()
)  # not "design doc"
_PHRASE_GENERIC = frozenset(
    """anyone someone everyone anybody somebody everybody anything something nothing everything
    blog calendar invite invites slides slide deck folks team teams fashion rather necessary
    somewhere else possible clear single wrong main simple explicit insufficient similar whole
    certain major minor important big small large high low good bad better best great nice easy
    hard difficult right left top bottom early late quick slow fast entire separate common
    particular special normal basic extra additional necessary useful likely unlikely true false
    initial final existing
    needs wants says thinks seems looks agrees asks suggests proposes working recap minute minutes
    hour hours day days week weeks month months year years morning afternoon evening""".split()
)
# a capitalised first word that asks for something: "Utilize travel fund", "Flatten project"
_PHRASE_VERBS = frozenset(
    """utilize flatten guarantee advance adopt accept approve announce apply ask choose clarify
    collect confirm continue coordinate decide deploy determine establish evaluate explore finalize
    finish gather get give identify include increase keep launch manage measure monitor organize
    prepare prioritize promote propose push raise reach reduce refresh reorganize resolve rewrite
    send share simplify solve standardize submit suggest transfer try unify unblock verify write
    bring go make take let see rethink revive""".split()
)


@lru_cache(maxsize=65536)
def _phrase_word_ok(word: str) -> bool:
    """A word that may be part of a phrase: no stop word, label or everyday word."""
    low = word.lower()
    return (
        low not in _TERM_STOP
        and low not in _PHRASE_GENERIC
        and low not in _GENERIC_WORDS
        and (low not in LABELS or low in _COMPOUND_LABELS)
        and (low not in _JARGON or low in _COMPOUND_JARGON)
        and len(low) >= 2
        and word_frequency(low) < PHRASE_COMMON
    )


# a verb's form no subject's name holds, being no noun too ("keeps", not "builds" or "starts")
_CLAUSE_VERBS = frozenset(
    """keeps gets says seems wants goes comes becomes remains knows thinks takes gives tries
    sounds happens means lets helps agrees asks makes adds lands fails""".split()
)


def _phrase_ok(words: list[str]) -> bool:
    """Whether 2-3 words (each :func:`_phrase_word_ok`) read as a name for a subject: the first
    no verb's form ("removing checkpoints", "allow unwinding"), the last no adverb or past
    ("commands tagged"), one of them rare enough."""
    lows = [w.lower() for w in words]
    first, last = lows[0], lows[-1]
    if len(set(lows)) < len(lows) or all(w.isupper() for w in words):
        return False
    if first in _REQUEST_VERBS or first.endswith("ly") or last.endswith(("ly", "ed")):
        return False
    if first.endswith("ing") and not (_part(last) and word_frequency(first) < PART_GERUND):
        return False
    if last in _STATUS or last in _SAID or last in _COMPOUND_FIRST:
        return False  # "SC met", "PR landed": a report, not a name; "design doc": a paper
    if _CLAUSE_VERBS.intersection(lows):
        return False  # "snarfed keeps commit": someone doing something, a clause
    if words[0][:1].isupper() and first in _PHRASE_VERBS:
        return False
    # a developer's everyday word ("backend", "config", "sync") may be part of a name ("sync
    # engine", "arrow backend") but does not make two words one ("new backend", "sync config")
    return any(word_frequency(w) < PHRASE_SPECIFIC and w not in _JARGON for w in lows)


def _part(word: str) -> bool:
    """Whether a lower-case word names a part a piece of software has ("scheduler", "bots")."""
    return word in _PARTS or word.endswith("s") and word[:-1] in _PARTS


def _named_part(phrase: str) -> bool:
    """Whether two words said once name a part of a piece of software: "compaction scheduler"."""
    words = phrase.lower().split()
    return len(words) == 2 and _part(words[1]) and word_frequency(words[0]) < PART_MODIFIER


def _parts_said_short(meeting: Meeting, docs: list[Doc], mentions: list[Mention]) -> list[Mention]:
    """A part of the software named whole once ("the compaction scheduler") and then by its
    last word ("the scheduler drops a window"): in that meeting, the one part of that kind."""
    whole: dict[str, set[tuple[str, str]]] = defaultdict(set)  # "scheduler" -> (key, label)
    for m in mentions:
        label = m.attr("label") or m.text
        words = label.lower().split()
        if m.kind == "topic" and len(words) == 2 and _part(words[1]):
            whole[words[1].removesuffix("s")].add((m.key, label))
    whole = {head: named for head, named in whole.items() if len(named) == 1}
    if not whole:
        return mentions
    out: list[Mention] = []
    for m in mentions:
        named = whole.get(m.text.lower().removesuffix("s")) if m.kind == "topic" else None
        if named and m.attr("source") in ("term", "discovered"):
            key, label = next(iter(named))
            m = replace(m, key=key, attrs=(("label", label), ("source", "phrase")))
        out.append(m)
    taken = _spans_by_block(out)
    short = re.compile(rf"\b(?:the|that|this|our|its)[ ]+({'|'.join(sorted(whole))})s?\b")
    for index, block in enumerate(meeting.blocks):
        for found in short.finditer(block.text[:100_000]):
            if _overlaps(taken.get(index, ()), *found.span(1)) or _overlaps(
                block.code, *found.span()
            ):
                continue
            key, label = next(iter(whole[found.group(1)]))
            out.append(_phrase_mention(meeting, docs, index, *found.span(1), key, label))
    return out


def _phrase_spans(text: str, blocked: bytearray, heading: bool) -> Iterator[tuple[int, int, str]]:
    """(start, end, key) of every 2- and 3-word phrase candidate of ``text``: runs of lower-case
    words (an acronym may join them: "label API"; a heading may be in Title Case, and a sentence
    opens with a capital) between punctuation, off ``blocked`` chars and not glued to a number,
    a path or a host ("64-bit powerpc", "nodejs.org")."""
    run: list[tuple[int, int, str]] = []

    def eligible(start: int, end: int, word: str) -> bool:
        if not _phrase_word_ok(word):
            return False  # a stop word or an everyday one breaks the run: no phrase holds it
        if blocked.find(1, start, end) >= 0:
            return False
        if start and _GLUED.match(text[start - 1]) or _GLUED.match(text[end : end + 1] or " "):
            if not (text[end : end + 1] in ".'\u2019" and not text[end + 1 : end + 2].strip()):
                return False  # "coin selection." ends a sentence; "nodejs.org" is one word
        if _PHRASE_WORD.fullmatch(word):
            return True
        if not _PHRASE_CAPITAL.fullmatch(word):
            return False
        before = text[max(0, start - 12) : start].rstrip(' *_>-(["')
        return heading or not run and not before[-1:].isalnum()

    for m in [*_PHRASE_TOKEN.finditer(text), None]:
        start, end, word = (m.start(), m.end(), m.group()) if m else (len(text), len(text), ".")
        ok = m is not None and eligible(start, end, word)
        if ok and (not run or text[run[-1][1] : start] == " "):
            run.append((start, end, word))
            continue
        for n in (2, 3) if len(run) >= 2 else ():
            for i in range(len(run) - n + 1):
                words = [w for _, _, w in run[i : i + n]]
                if _phrase_ok(words):
                    yield run[i][0], run[i + n - 1][1], topic_key(" ".join(words))
        run = [(start, end, word)] if ok else []


# what is said of a subject beside its name: "the perfect derive RFC", "the GC proposal"
_PHRASE_HEADS = frozenset(
    """rfc rfcs lint lints spec specs proposal proposals api apis pr prs mvp stabilization
    implementation implementations support feature features issue issues tracking design docs
    doc repo repository crate crates library package module modules test tests tooling""".split()
)
_NEIGHBOUR_BEFORE = re.compile(r"([A-Za-z][\w-]*)[ ]+$")
_NEIGHBOUR_AFTER = re.compile(r"^[ ]+([A-Za-z][\w-]*)")


def _fragment(meeting: Meeting, places: list[tuple[int, int, int]]) -> bool:
    """Whether a phrase is part of a longer fixed one: the same word before or after it at least
    twice and in two of three places ("page modification" of "page modification logging")."""
    before: Counter[str] = Counter()
    after: Counter[str] = Counter()
    for index, start, end in places:
        text = meeting.blocks[index].text
        b = _NEIGHBOUR_BEFORE.search(text[max(0, start - 30) : start])
        a = _NEIGHBOUR_AFTER.match(text[end : end + 30])
        for m, counts in ((b, before), (a, after)):
            word = m.group(1).lower() if m else ""
            # "Exception handling proposal", "perfect derive RFC": the subject and what of it
            if (
                word
                and word not in _TERM_STOP
                and word not in _PHRASE_HEADS
                and word_frequency(word) < PHRASE_HEAD
            ):
                counts[word] += 1
    return any(
        n >= 2 and 3 * n >= 2 * len(places)
        for counts in (before, after)
        for _, n in counts.most_common(1)
    )


def _foreign_topic(m: Mention, foreign: frozenset[str]) -> bool:
    """Whether a topic is words of the language a meeting is partly written in: a heading or
    label all of whose words are ("Acciones", "Bienvenida y anuncios"), a phrase or a word found
    by its shape with one of them ("revisar la", "pruebas y fixtures")."""
    if m.kind != "topic" or m.attr("source") == "lexicon":
        return False
    words = re.findall(r"[^\W\d_]+", m.attr("label", m.text).lower())
    if not words:
        return False
    if m.attr("source") in ("heading", "label", "discovered"):
        return all(w in foreign for w in words)
    return any(w in foreign for w in words)


def _phrase_topics(meeting: Meeting, docs: list[Doc], mentions: list[Mention]) -> list[Mention]:
    """Topics for the multi-word subjects a meeting keeps naming: a phrase of 2-3 content words
    said PHRASE_SAID times, or twice with once in a heading, in bold or in a link's title. Words
    that are someone's name, a reference or already a topic are not part of one; of a phrase and a
    longer one said about as often, the longer stays ("artifact caching proxy")."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.block >= 0 and m.end > m.start and m.role != "heading" and m.kind != "action":
            taken.setdefault(m.block, []).append((m.start, m.end))
    found: dict[str, list[tuple[int, int, int]]] = {}
    strong: set[str] = set()
    worked: set[str] = set()  # said just after what someone does to it
    # the blocks that give someone a task: a subject said there and once more is the meeting's
    tasked = {m.block for m in mentions if m.kind == "action" and m.attr("owner")}
    for index, block in enumerate(meeting.blocks):
        text = block.text[:100_000]
        if not any(c.islower() for c in text):
            continue
        blocked = bytearray(len(text))
        labels = [m.span() for m in _LINK_LABEL.finditer(text)] if "[" in text else []
        for s, e in [*taken.get(index, ()), *block.code, *_inert(text), *labels]:
            blocked[s:e] = b"\x01" * (e - s)
        marked = [*block.bold, *((k.start, k.end) for k in block.links)]
        if "genda" in text:  # each item of an agenda's line, as if it were in bold
            marked += [
                item.span()
                for listed in _AGENDA_INLINE.finditer(text)
                for item in _LIST_ITEM.finditer(text, listed.start(1), listed.end(1))
            ]
        for start, end, key in _phrase_spans(text, blocked, block.is_heading):
            found.setdefault(key, []).append((index, start, end))
            if _WORKED_ON.search(text, max(0, start - 40), start):
                worked.add(key)
            if block.is_heading or any(  # the phrase is most of a bold text's or a link's words
                a <= start and end <= b and 2 * (end - start) >= b - a for a, b in marked
            ):
                strong.add(key)
    # "Vectorized executor: 14 of 19 operators ported" as a lead, then "the vectorized executor"
    # in a later note: a subject the meeting already has, said again
    known: dict[str, set[int]] = {}  # the subject, and the blocks that already name it
    known_label: dict[str, str] = {}  # ... and the name they gave it
    for m in mentions:
        if m.kind == "topic" and " " in m.text.strip():
            known.setdefault(m.key, set()).add(m.block)
            known_label.setdefault(m.key, m.attr("label") or m.text)
    # "the fuzzing harness found ...", then "Tomasz: send the fix found by the fuzzing harness":
    # a subject said in the notes and again in someone's task
    strong |= {
        k
        for k, places in found.items()
        if any(p[0] in tasked for p in places) and any(p[0] not in tasked for p in places)
    }
    # (said again: somewhere besides the heading or lead that named it)
    again = {k for k, blocks in known.items() if any(p[0] not in blocks for p in found.get(k, ()))}
    said = {k: len(v) for k, v in found.items()}
    # "tiered compaction" twice: a word English hardly knows makes it a name
    rare = {k for k, places in found.items() if _hardly_known(_surface(meeting, places[0]))}
    chosen = {
        k
        for k, n in said.items()
        if n >= PHRASE_SAID
        or (n >= 2 and (k in strong or k in rare))
        or k in again
        or (k in worked and k in rare)
        or _named_part(_surface(meeting, found[k][0]))
    }
    chosen = {k for k in chosen if not _fragment(meeting, found[k])}
    out: list[Mention] = []
    for key in chosen:
        places = found[key]
        longer = [k for k in chosen if k != key and key in k and said[k] >= said[key] - 1]
        if longer:
            continue  # "caching proxy" inside "artifact caching proxy"
        surfaces = Counter(meeting.blocks[i].text[s:e] for i, s, e in places)
        label = surfaces.most_common(1)[0][0]
        if len(known_label.get(key, "").split()) == len(label.split()):
            label = known_label[key]  # "Field extensions" as its heading wrote it
        out.extend(
            _phrase_mention(meeting, docs, index, start, end, key, label)
            for index, start, end in places
        )
    return out


# a heading this long with an article or a determiner in it says something, names nothing
SENTENCE_WORDS = 4
_ARTICLES = frozenset("the a an this these those our my your their its".split())
NAMED_WORDS = (2, 4)  # the words of a heading's subject looked for again in the notes ...
NAMED_RARE = 4.2  # ... when one of them is this rare in English (Zipf)
NAMED_WORD_RARE = 3.3  # a heading of one capitalised word this rare, said again as written
_NAMED_WORD = re.compile(r"[A-Z][a-z]{2,}")


def _named_again(meeting: Meeting, docs: list[Doc], mentions: list[Mention]) -> list[Mention]:
    """The subjects headings and lead-ins name ("## Navigation Snapshots"), found again where the
    notes say them ("Navigation Snapshots lets a page ..."), in place of the single words found
    inside them there ("Snapshots")."""
    labels: dict[str, str] = {}
    names: dict[str, str] = {}  # each subject's key -> its label
    words: dict[str, str] = {}  # a heading's one capitalised word, as written -> its key
    for m in mentions:
        label = m.attr("label") or m.text
        if m.kind != "topic" or m.attr("source") not in ("heading", "label"):
            continue
        if (
            NAMED_WORDS[0] <= len(label.split()) <= NAMED_WORDS[1]
            # not "Voting members", "Membership Data": everyday words said again name nothing
            and any(word_frequency(w) < NAMED_RARE for w in re.findall(r"[a-z]+", label.lower()))
        ):
            labels.setdefault(label.lower(), m.key)
            names.setdefault(m.key, label)
        elif _NAMED_WORD.fullmatch(label) and word_frequency(label.lower()) < NAMED_WORD_RARE:
            # "## Nimbus", then "binaries of Nimbus for Windows": as written, not "nimbus clouds"
            words.setdefault(label, m.key)
            names.setdefault(m.key, label)
    if not labels and not words:
        return mentions
    alternatives = [re.escape(k) for k in sorted(labels, key=len, reverse=True)]
    alternatives += [f"(?-i:{re.escape(w)})" for w in sorted(words, key=len, reverse=True)]
    pattern = re.compile(r"(?<![\w@#/.-])(?:" + "|".join(alternatives) + r")s?(?![\w@/-])", re.I)
    by_block: dict[int, list[Mention]] = defaultdict(list)
    for m in mentions:
        if m.block >= 0 and m.end > m.start:
            by_block[m.block].append(m)
    out: list[Mention] = []
    dropped: set[int] = set()
    for index, block in enumerate(meeting.blocks):
        if block.is_heading:
            continue
        text = block.text[:100_000]
        for found in pattern.finditer(text):
            start, end = found.span()
            inside = [
                m
                for m in by_block.get(index, ())
                if m.start < end and start < m.end and m.kind != "action"  # (a task's sentence)
            ]
            if any(not (_inner_word(m) and start <= m.start and m.end <= end) for m in inside):
                continue  # someone's name, a review, or the subject already found there
            if _overlaps(block.code, start, end):
                continue
            said = found.group().lower()
            key = labels.get(said) or labels.get(said[:-1]) or words.get(found.group())
            if not key:
                continue  # "IŞIK" matched "Işık" but lower-cases otherwise
            dropped.update(id(m) for m in inside)
            out.append(_phrase_mention(meeting, docs, index, start, end, key, names[key], "label"))
    if not out:
        return mentions
    return [m for m in mentions if id(m) not in dropped] + out


def _named_head(head: str, meeting: Meeting) -> bool:
    """Whether what a heading says before its colon names a subject: a word English hardly
    knows in it ("Halo", "Lumora Settings"), no label ("Moderator", "Decision") or person."""
    words = head.split()
    low = head.lower()
    if not 1 <= len(words) <= 3 or low in LABELS or low.removesuffix("s") in LABELS:
        return False
    if _BOILERPLATE.match(head) or low in roster_keys(meeting, False):
        return False
    if all(is_name_word(w) for w in words) and is_given_name(words[0], strict=False):
        return False  # "Ingrid: ...", "Ann Lee: ..."
    if not all(w[:1].isupper() for w in words) or head.isupper():
        return False  # "Intent to Prototype: ...", "CI: py3.13, tess-upgrade job": a kind
    return any(
        word_frequency(w.lower()) < LEAD_RARE and not w.lower().endswith(_NOT_NOUN_END)
        for w in words
    )  # not "Normative: ..."


# a list item under a task that gives it to someone: "markj is supposed to do this", "Holding
# the token: Trevis", "Owner: Ana"
_ASSIGNS_PARENT = re.compile(
    r"\W*(?:(?P<who>[\w.@-]+(?:[ \t][A-Z][\w'-]+)?)[ \t]+(?:is[ \t]+supposed[ \t]+to|will|is[ \t]+going"
    r"[ \t]+to|to)[ \t]+(?:do|handle|own|take|drive)[ \t]+(?:this|that|it)"
    r"|(?:holding[ \t]+the[ \t]+token|owner|assignee|assigned[ \t]+to|dri)[ \t]*:[ \t]*(?P<named>.+?))"
    r"[ \t]*[.!]?[ \t]*",
    re.I,
)


def _parent_tasks(meeting: Meeting, mentions: list[Mention]) -> list[Mention]:
    """The mentions with an action for each list item that a nested item gives to someone ("- We
    should mail core" over "  - markj is supposed to do this"; "- SWG post for the blog" over
    "  - Holding the token: Trevis"): the task is the item above, its owner the person named
    below it (an action there already, with no owner, gets that one)."""
    people: dict[int, list[Mention]] = {}
    acted = {m.block: i for i, m in enumerate(mentions) if m.kind == "action"}
    given: dict[int, str] = {}  # an action without owner -> the owner named below it
    for m in mentions:
        if m.kind == "person" and m.block >= 0:
            people.setdefault(m.block, []).append(m)
    out: list[Mention] = []
    for index, block in enumerate(meeting.blocks):
        if block.is_heading or not block.depth or index not in people:
            continue
        said = _ASSIGNS_PARENT.fullmatch(block.text)
        if said is None:
            continue
        span = said.span("who") if said.group("who") else said.span("named")
        owners = [m.key for m in people[index] if span[0] <= m.start < span[1]]
        parent = next(
            (
                k
                for k in range(index - 1, -1, -1)
                if meeting.blocks[k].is_heading or meeting.blocks[k].depth < block.depth
            ),
            -1,
        )
        if not owners or parent < 0:
            continue
        task = meeting.blocks[parent]
        if (task.is_heading and not task.item) or not task.depth or not task.text.strip():
            continue  # a section's heading is no task; a list item read as one is
        owner = "|".join(dict.fromkeys(owners))
        if parent in acted:  # already a task ("- SWG post ..." under "Action items"): its owner
            if not mentions[acted[parent]].key:
                given[acted[parent]] = owner
            continue
        acted[parent] = -1
        out.append(
            Mention(
                task.text.strip(),
                "action",
                owner,
                0,
                len(task.text),
                meeting.id,
                task.source,
                task.text.strip(),
                role="action",
                block=parent,
                attrs=(("owner", owner),),
            )
        )
    if given:
        mentions = [
            replace(m, key=given[i], attrs=(*m.attrs, ("owner", given[i]))) if i in given else m
            for i, m in enumerate(mentions)
        ]
    return mentions + out if out or given else mentions


def _spans_by_block(mentions: list[Mention]) -> dict[int, list[tuple[int, int]]]:
    """The spans of a meeting's mentions, by block: what a new topic must not overlap (an
    action's span is its sentence, whose words are free)."""
    taken: dict[int, list[tuple[int, int]]] = {}
    for m in mentions:
        if m.block >= 0 and m.end > m.start and m.kind != "action":
            taken.setdefault(m.block, []).append((m.start, m.end))
    return taken


def _overlaps(spans: Iterable[tuple[int, int]], start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in spans)


def _said_words(
    meeting: Meeting,
    mentions: list[Mention],
    pattern: re.Pattern[str],
    wanted: Callable[[str], bool],
) -> tuple[dict[str, list[tuple[int, int, int]]], set[str]]:
    """Where the meeting says each word ``pattern`` finds (lower-cased) that ``wanted`` accepts,
    outside every mention, and which of them it writes in lower case somewhere."""
    taken = _spans_by_block(mentions)
    places: dict[str, list[tuple[int, int, int]]] = {}
    lower: set[str] = set()
    for index, block in enumerate(meeting.blocks):
        for found in pattern.finditer(block.text[:100_000]):
            word = found.group().lower()
            if not wanted(word) or _overlaps(taken.get(index, ()), *found.span()):
                continue
            places.setdefault(word, []).append((index, *found.span()))
            if found.group()[0].islower():
                lower.add(word)
    return places, lower


# what anything has: "the Rust project", "Node.js users", "a wasm file" name no subject
_GENERIC_HEADS = frozenset(
    """project projects language languages user users developer developers community foundation
    ecosystem file files folks people org organization organisation world side way thing things
    stuff version versions website site channel call calls meeting meetings core station logo
    vendor vendors person company companies""".split()
)
_HEAD_AFTER = re.compile(r"[ ]+([a-z][a-z0-9]*(?:-[a-z0-9]+)*)(?![\w@/]|[.:][\w])")
COMPOUND_SAID = 2  # times a name and the same word after it make a subject of their own
# ... or once, when the word is a part a piece of software has
_COMPONENTS = _PARTS | frozenset(
    """endpoint reader writer client server plugin operator driver backend library bindings sdk
    extension module runtime compiler agent controller proxy gateway exporter importer adapter
    connector parser provider wrapper shim emulator debugger toolchain""".split()
)
COMPOUND_SHARE = 3  # ... and at least once in this many times the meeting says the name
COMPOUND_ING = 4.5  # a head ending "-ing" this common in English is a verb's ("CI running")


def _head_noun(word: str) -> bool:
    """Whether a lower-case word after a name may be what of it is meant ("Kafka ordering",
    "MIR inliner", "LRU eviction"): a content word, no report ("landed"), no verb's form
    ("fails", "running") and no word of those said beside any subject ("proposal", "support")."""
    if not _phrase_word_ok(word) or word in _PHRASE_HEADS or word in _STATUS or word in _SAID:
        return False
    if word in _SAYING or word in _REQUEST_VERBS or word.endswith(("ly", "ed")):
        return False
    if word.endswith("ing") and word_frequency(word) >= COMPOUND_ING:
        return False
    if word in _GENERIC_HEADS:
        return False
    # "fails", "emits": a verb's third person when English says its past as often ("failed")
    if word.endswith("s") and len(word) > 3:
        stem = word[:-2] if word.endswith("es") else word[:-1]
        pasts = (word[:-1] + "ed", stem + "ed", word[:-1] + "d", word[:-1] + word[-2] + "ed")
        return max(map(word_frequency, pasts)) < word_frequency(word)
    return True


def _lengthened(meeting: Meeting, places: list[tuple[int, int, int]]) -> list[tuple[int, int, int]]:
    """The places of a compound, each taken a word further while the same word follows it in
    two of three of them ("TOML unit" of "TOML unit files"), up to two words."""
    for _ in range(2):
        after = [_HEAD_AFTER.match(meeting.blocks[i].text, e) for i, _, e in places]
        words = Counter(a.group(1).lower() for a in after if a)
        if not words:
            break
        word, n = words.most_common(1)[0]
        if n < 2 or 3 * n < 2 * len(places) or not _head_noun(word):
            break
        places = [
            (i, s, a.end(1)) if a and a.group(1).lower() == word else (i, s, e)
            for (i, s, e), a in zip(places, after, strict=True)
        ]
        places = [p for p in places if _surface(meeting, p).lower().endswith(word)]
    return places


def _compound_topics(meeting: Meeting, docs: list[Doc], mentions: list[Mention]) -> list[Mention]:
    """Topics for a found name the meeting keeps saying with the same word after it: "Kafka
    ordering" three times, "XMI serializer" twice; the subject is the pair, said COMPOUND_SAID
    times (once, for a part of a piece of software: "OTLP endpoint", "Go client"), as well as
    the name (the name stays a topic where it is said alone)."""
    taken = _spans_by_block(mentions)
    found: dict[str, list[tuple[int, int, int]]] = {}
    said: Counter[str] = Counter(m.key for m in mentions if m.kind == "topic")
    name_of: dict[str, str] = {}
    for m in mentions:
        if m.kind != "topic" or m.block < 0 or m.attr("source") not in ("discovered", "term"):
            continue
        text = meeting.blocks[m.block].text
        after = _HEAD_AFTER.match(text, m.end)
        if after is None or not _head_noun(after.group(1).lower()):
            continue
        start, end = after.span(1)
        if _overlaps(taken.get(m.block, ()), start, end):
            continue  # the word is someone's name or another subject
        if _overlaps(meeting.blocks[m.block].code, start, end):
            continue
        key = topic_key(text[m.start : end])
        found.setdefault(key, []).append((m.block, m.start, end))
        name_of[key] = m.key
    out: list[Mention] = []
    for key, places in found.items():
        # once is enough for a part a piece of software has: "the OTLP endpoint", "a Go client"
        last = _surface(meeting, places[0]).split()[-1].lower()
        part = last in _COMPONENTS or last.removesuffix("s") in _PARTS
        if not part and (
            len(places) < COMPOUND_SAID or said[name_of[key]] > COMPOUND_SHARE * len(places)
        ):
            continue  # "SIMD operations" 3 times in a meeting saying SIMD 30: a part of SIMD
        places = _lengthened(meeting, places)  # "EVL tail folding", not "EVL tail"
        key = topic_key(_surface(meeting, places[0]))
        label = Counter(_surface(meeting, p) for p in places).most_common(1)[0][0]
        out.extend(_phrase_mention(meeting, docs, i, s, e, key, label) for i, s, e in places)
    return out


# what people are in a project, not what they work on; units of measure
_PROJECT_ROLES = frozenset(
    """maintainer committer submitter proposer approver reviewer contributor mentee mentor
    assignee shepherd triager releaser sponsor steward liaison
    kilobyte megabyte gigabyte terabyte millisecond microsecond nanosecond""".split()
)
_RARE_WORD = re.compile(r"(?<![\w@/.#-])[A-Za-z][a-z]{3,}(?![\w@/'\u2019-]|\.[a-z])")
# an adjective's or a verb's ending: "nullable", "ergonomic", "deprecate", "serialize"
_NOT_NOUN_END = ("able", "ible", "ive", "ous", "ful", "less", "ic", "al", "ate", "ize", "ise")
GLUED_NUMBERS = 3  # numbers a meeting gives one key glued to them ("MSC4202") to make it a family
RARE_WORD = 2.8  # a word English hardly knows (Zipf) ...
RARE_WORD_SAID = 5  # ... said this often in a meeting is what it is about ("compaction")


def _rare_word_topics(
    meeting: Meeting, docs: list[Doc], mentions: list[Mention], roster: Iterable[str]
) -> list[Mention]:
    """Topics for the words English hardly knows that a meeting keeps saying, in lower case at
    least once: "compaction", "exporter", "rootless" in a storage or build tool's minutes.
    Someone's name or login, a label, a verb's form and the meeting's usual words are none."""
    known = {w for name in roster for w in name.lower().split()}
    places, lower = _said_words(
        meeting, mentions, _RARE_WORD, lambda word: _rare_term(word) and word not in known
    )
    out: list[Mention] = []
    for word, found in places.items():
        if len(found) < RARE_WORD_SAID or word not in lower:
            continue
        label = Counter(_surface(meeting, p) for p in found).most_common(1)[0][0]
        for index, start, end in found:
            out.append(
                _phrase_mention(meeting, docs, index, start, end, topic_key(word), label, "term")
            )
    return out


_ENGLISH_PREFIXES = frozenset(
    "non pre re co un multi cross semi self anti sub de post inter intra over under".split()
)
_ADJECTIVE_TAILS = frozenset("only time hoc in out up off on free wide like based aware".split())
_ADJECTIVE_ENDS = ("ed", "ible", "able", "ant", "ent", "ive", "ous", "ic", "al")
_JOINED_NAME = re.compile(r"(?<![\w@/.#-])[a-z][a-z0-9]*(?:-[a-z][a-z0-9]*)+(?![\w@/-]|\.[a-z])")
JOINED_RARE = 3.5  # words joined by hyphens, rare together in English (Zipf): a tool's name ...
JOINED_SAID = 3  # ... when a meeting says it this often ("auth-proxy", "ingest-worker")


def _english_compound(parts: list[str]) -> bool:
    """Whether words joined by hyphens are English's own compound: a word with its prefix
    ("non-nullable", "re-export") or its qualifier ("compile-time", "fine-grained")."""
    return (
        parts[0] in _ENGLISH_PREFIXES
        or "by" in parts
        or parts[-1] in _ADJECTIVE_TAILS
        or parts[-1].endswith(_ADJECTIVE_ENDS)
    )


def _joined_name_topics(
    meeting: Meeting, docs: list[Doc], mentions: list[Mention], roster: Iterable[str]
) -> list[Mention]:
    """Topics for lower-case names of words joined by hyphens that a meeting keeps saying
    ("auth-proxy", "ingest-worker", "tess-upgrade"): a component's or tool's name. English's own
    compounds ("follow-up", "long-term", "exactly-once") are too common to be one."""
    known = {name.lower() for name in roster}
    places, _ = _said_words(meeting, mentions, _JOINED_NAME, lambda name: name not in known)
    out: list[Mention] = []
    for name, found_at in places.items():
        if len(found_at) < JOINED_SAID or word_frequency(name) >= JOINED_RARE:
            continue
        if _english_compound(name.split("-")):
            continue
        out.extend(
            _phrase_mention(meeting, docs, i, a, b, topic_key(name), name, "term")
            for i, a, b in found_at
        )
    return out


COMPONENT_PART_RARE = 2.0  # a part of a hyphenated name this rare makes it a component's ...
COMPONENT_PARTS = 3  # ... as do this many parts ("larch-tempest-plugin", "js-libp2p-utils")


def _component_names(mentions: list[Mention]) -> list[Mention]:
    """Hyphenated lower-case names of a component, a package or a repository said once
    ("larch-tempest-plugin", "lf-docs-snap", "speech-dispatcher"): a name of three parts or
    more, or with a part English hardly knows, is sure enough said once (not "follow-up",
    "non-blocking", "compile-time": English's own compounds)."""
    out = []
    for m in mentions:
        if (
            m.kind == "topic"
            and m.attr("source") == "term"
            and not m.attr("strong")
            and _JOINED_NAME.fullmatch(m.text)
            and word_frequency(m.text) < JOINED_RARE
        ):
            parts = m.text.split("-")
            if not _english_compound(parts) and (
                len(parts) >= COMPONENT_PARTS
                or any(word_frequency(w) < COMPONENT_PART_RARE for w in parts)
            ):
                m = replace(m, attrs=(*m.attrs, ("strong", "1")))
        out.append(m)
    return out


# a run of two to four capitalised words ("Plugin Health Scoring", "Electron Forge", "Views
# API"): a product's, a project's or a feature's name when the sentence goes on around it
_RUN_WORD = r"(?:[A-Z][a-z0-9]+|[A-Z]{2,6}[a-z]?|[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z0-9]*)"
_CAPITAL_RUN = re.compile(
    rf"(?<![\w@#/.'’-]){_RUN_WORD}(?:[ ]{_RUN_WORD})+(?![\w@/'’-]|\.[A-Za-z0-9])"
)
CAPITAL_RUN_SAID = 2  # times a meeting says such a run, once at least inside a sentence
CAPITAL_COMMON = 5.0  # a sentence's first word this common in English is no part of a name
# what a run of capitals ends with when it names the meeting's own things or someone's place
_CAPITAL_TAILS = frozenset(
    """doc docs document documents meeting meetings call calls notes agenda link links slides
    sheet spreadsheet calendar invite recording chat channel thread minutes time items item
    steps questions request requests inc corp ltd llc gmbh foundation university institute
    college school office summit conference day week month year street avenue st ave rd blvd
    group groups wg wgs cg committee council board project projects hangouts meet zoom webex
    jitsi director directors member members manager managers lead leads chair chairs officer
    secretary treasurer president maintainer maintainers editor editors liaison coordinator
    counsel administrator""".split()
)


def _capital_run_topics(
    meeting: Meeting, docs: list[Doc], mentions: list[Mention], roster: Iterable[str]
) -> list[Mention]:
    """Topics for names of several capitalised words that a meeting says inside its sentences
    ("the Plugin Health Scoring project", "looking at Electron Forge", "the Views API draft"),
    at least twice: a product's, a project's or a feature's name. Never someone's name (a word
    of it listed, or a given name), a place, a month, or the meeting's own papers ("Google
    Doc"); a single word found inside it gives way to it."""
    known = {w.lower() for name in roster for w in name.split()}
    taken = _spans_by_block([m for m in mentions if not _inner_word(m)])
    places: dict[str, list[tuple[int, int, int]]] = defaultdict(list)
    inside: set[str] = set()  # said at least once after a sentence's first word
    for index, block in enumerate(meeting.blocks):
        if block.is_heading:
            continue
        text = block.text[:100_000]
        if not re.search(r"[A-Z][A-Za-z0-9]*[ ][A-Z]", text):
            continue
        words = re.findall(r"[A-Za-z][\w'-]*", text)
        if len(words) >= 4 and 2 * sum(w[0].isupper() for w in words) > len(words):
            continue  # a line in Title Case: its capitals say nothing
        for found in _CAPITAL_RUN.finditer(text):
            start, end = found.span()
            run = found.group().split(" ")
            before = text[max(0, start - 40) : start].rstrip(" *_\"'([")
            opens = (
                not before
                or before[-1] in ".!?:;|>-\n—–"
                or bool(re.search(r"(?:^|\n)[ \t]*(?:[-*+]|\d+[.)])?$", before))
            )
            mid = not opens
            # "PEP 692 Using TypedDict ...", "Making the GIL optional": a title's verb opens it
            opens = opens or before[-1:].isdigit()
            if (
                opens
                and run[0][1:].islower()
                and (
                    run[0].endswith("ing")
                    or word_frequency(run[0].lower()) >= CAPITAL_COMMON
                    or run[0].lower() in _TERM_STOP
                )
            ):
                start += len(run[0]) + 1  # "The Views API": the sentence's first word
                run = run[1:]
                mid = True
            if not 2 <= len(run) <= 4:
                continue
            lows = [w.lower() for w in run]
            if (
                any(w in known or w in LABELS or w in _TERM_STOP or w in CALENDAR for w in lows)
                or any(is_given_name(w) for w in run if not w.isupper())
                or lows[-1] in _CAPITAL_TAILS
                or lows[-1].removesuffix("s") in _CAPITAL_TAILS
                or is_place(" ".join(run))
                or ORG_END.search(" ".join(run)) is not None  # "Calder Analytics": a company
                or is_place(run[0])
                or _overlaps(taken.get(index, ()), start, end)
                or _overlaps(block.code, start, end)
            ):
                continue
            key = topic_key(" ".join(run))
            places[key].append((index, start, end))
            if mid:
                inside.add(key)
    out: list[Mention] = []
    covered: dict[int, list[tuple[int, int]]] = defaultdict(list)
    for key, found_at in places.items():
        if len(found_at) < CAPITAL_RUN_SAID or key not in inside:
            continue
        label = Counter(_surface(meeting, p) for p in found_at).most_common(1)[0][0]
        for index, start, end in found_at:
            out.append(_phrase_mention(meeting, docs, index, start, end, key, label, "discovered"))
            covered[index].append((start, end))
    if not out:
        return mentions
    kept = [
        m
        for m in mentions
        if not (_inner_word(m) and _overlaps(covered.get(m.block, ()), m.start, m.end))
    ]
    return kept + out


def _inner_word(m: Mention) -> bool:
    """A topic of one word found by its shape or rarity, that a longer name may hold."""
    return (
        m.kind == "topic"
        and m.attr("source") in ("term", "discovered")
        and " " not in m.text.strip()
    )


@lru_cache(maxsize=65536)
def _rare_term(word: str) -> bool:
    """Whether a lower-case word may name a thing worked on: one English hardly knows, and no
    name, label, everyday or verb's word ("bisect"s stay: a tool's name as often as a verb)."""
    if word.endswith("ing") and word_frequency(word[:-3]) > word_frequency(word):
        return False  # "constraining", "triaging": a verb's form ("sharding" stays)
    return (
        0 < word_frequency(word) < RARE_WORD
        and word not in _JARGON
        and word.removesuffix("s") not in _PROJECT_ROLES
        and not word.endswith(_NOT_NOUN_END)
        and _head_noun(word)  # a content word, no verb's form ("-ed", "-ly", "fails")
        and not is_given_name(word.title(), strict=False)
    )


def _surface(meeting: Meeting, place: tuple[int, int, int]) -> str:
    """The text at a place (block, start, end) of the meeting."""
    index, start, end = place
    return meeting.blocks[index].text[start:end]


def _hardly_known(phrase: str) -> bool:
    """Whether one word of a phrase is one English hardly knows ("compaction", "reordering")."""
    return any(word_frequency(w) < PHRASE_RARE_TWICE for w in re.findall(r"[a-z]+", phrase.lower()))


def _phrase_mention(
    meeting: Meeting,
    docs: list[Doc],
    index: int,
    start: int,
    end: int,
    key: str,
    label: str,
    source: str = "phrase",
) -> Mention:
    """A topic found as words of a block (a phrase, a release), with the sentence holding it."""
    block = meeting.blocks[index]
    sentence = block.text[start:end]
    doc = docs[index]
    for a, b in sentences(doc) if len(doc) else []:
        if a <= start < b:
            sentence = block.text[a:b]
            break
    return Mention(
        block.text[start:end],
        "topic",
        key,
        start,
        end,
        meeting.id,
        block.source,
        sentence.strip(),
        role="heading" if block.is_heading else "named",
        block=index,
        attrs=(("label", label), ("source", source)),
    )


# "the 3.2 release", "Release 0.9 status", "v0.19.0 release": a release someone works on
_RELEASE = re.compile(
    r"(?<![\w.#/-])(?:[Rr]elease\s+(v?\d{1,4}(?:\.\d{1,4}){1,3})"
    r"|(v?\d{1,4}(?:\.\d{1,4}){1,3})\s+[Rr]elease)(?![\w.-]*\w)"
)


_NAMED_RELEASE = r"(v?\d{1,4}(?:\.\d{1,4}){0,3})(?![\w-]|\.\d)"
# a version said alone where the words around it say it is a release: "1.8.0 retro", "0.19.0 is
# out", "cut 2.9.4", "0.9 freeze" (not "qemu 9.1", "Go 1.23": a product's version; not "2.1x")
_BARE_VERSION = re.compile(r"(?<![\w.#/@~-])v?(\d{1,3}\.\d{1,3}(?:\.\d{1,3})?)(?![\w%]|[.-]\d)")
_RELEASED_AFTER = re.compile(
    r"[ \t]+(?:is[ \t]+)?(?:out|shipped|ships|released|freeze|branch(?:ed)?|cut|retro|go/no-go"
    r"|GA|final|blockers?|rc[.-]?\d*|milestone|tag(?:ged)?)\b"
)
_RELEASED_BEFORE = re.compile(
    r"\b(?:cut|cutting|ship|shipping|shipped|tag|tagging|tagged|released|releasing|target(?:ing)?)"
    r"[ \t]+$",
    re.I,
)
_ITEM_LABEL = re.compile(r"([A-Z]{1,2})(\d{1,2})(?:\.\d{1,2})?")
ITEM_SERIES = 3  # labels with one prefix that make a series of items ("O1", "O2", "O3")


DECLARED_SAID = 4  # a name a code sample declares, said at most this often, is an example's


def _without_item_labels(mentions: list[Mention]) -> list[Mention]:
    """The mentions less topics that only number a meeting's items: "D1"-"D4" (decisions),
    "KR1.1"-"KR4.2" (key results), "O1"-"O4", and their prefix ("KR") said alone."""
    series: dict[str, set[str]] = defaultdict(set)
    for m in mentions:
        label = _ITEM_LABEL.fullmatch(m.text) if m.kind == "topic" else None
        if label:
            series[label.group(1)].add(m.text)
    items = {prefix for prefix, labels in series.items() if len(labels) >= ITEM_SERIES}
    if not items:
        return mentions
    return [
        m
        for m in mentions
        if m.kind != "topic"
        or not ((x := _ITEM_LABEL.fullmatch(m.text)) and x.group(1) in items)
        and m.text not in items
    ]


_TITLE_NAME = re.compile(r"\b[A-Z][a-z][\w-]{1,30}")
# the rare words of a meeting's title that name no project (common ones, "Weekly", "Team",
# "Community", are too frequent in English to be taken for a name anyway)
_NOT_PROJECT = frozenset("infra maintainer maintainers retrospective standup triage".split())
PROJECT_RARE = 3.5  # a word of the title this rare in English names the project


# the words of a title that say it is a meeting series' ("Kubernetes SIG Storage - Bi-Weekly
# Meeting Notes", "101st TC39 Meeting", "BasaltDB developer call")
_HOST_SERIES = re.compile(
    r"\b(?:meetings?|minutes|notes|calls?|sync(?:-up)?|council|board|committee|summit|sig|wg|tsc"
    r"|pmc|toc|tac|ptg|bof|stand-?up|office\s+hours|all[\s-]+hands|weekly|bi-?weekly|monthly"
    r"|fortnightly|retro(?:spective)?|hackathon|forum|working\s+group|community\s+group"
    r"|steering|maintainers|developers?|devs?|core\s+team)\b",
    re.I,
)
_HOST_LEAD = re.compile(r"^\W*(?:(?:subject|fwd?|re):\s*)*(?:\[([\w.-]+)\]\s*)?", re.I)
_HOST_WORD = re.compile(r"[A-Za-z][\w.+-]*[\w+]|[A-Za-z]")


def _host_keys(meeting: Meeting) -> set[str]:
    """The key of the project or body whose meeting series this is, named first in the title
    before the series' words: "Zephyrine" of "Zephyrine TSC Meeting", "TC39" of "101st TC39
    Meeting", the list of "[quillpad-dev] minutes of ESC call". Everyone there works on it, so it
    is no subject of that meeting ("WAL" of "Design Review: Tiered WAL offload" is)."""
    lead = _HOST_LEAD.match(meeting.title)
    if not lead:
        return set()
    keys = {topic_key(lead.group(1))} if lead.group(1) else set()
    title = meeting.title[lead.end() :]
    series = _HOST_SERIES.search(title)
    if not series:
        return keys
    for word in _HOST_WORD.findall(title[: series.start()]):
        low = word.lower()
        if word_frequency(low) >= PROJECT_RARE or low in _NOT_PROJECT:
            continue  # "Agenda for the March 19 video call": no name
        if word[:1].isupper() or not word.isalpha():
            if not (word[1:].islower() and is_given_name(word, strict=False)):
                keys.add(topic_key(word))  # not "Ana's call"
            break
    return keys


def _release_topics(meeting: Meeting, docs: list[Doc]) -> list[Mention]:
    """A topic for each numbered release the meeting names, labelled "3.2 release", and the
    project's own releases: "Marten 126" in the minutes of the "Marten Engineering Weekly"."""
    out: list[Mention] = []
    names = {
        w
        for w in _TITLE_NAME.findall(meeting.title)
        if w.lower() not in _NOT_PROJECT and word_frequency(w.lower()) < PROJECT_RARE
    }
    named = (
        re.compile(rf"(?<![\w.-])({'|'.join(map(re.escape, sorted(names)))})[ \t]+{_NAMED_RELEASE}")
        if names
        else None
    )
    for index, block in enumerate(meeting.blocks):
        text = block.text[:100_000]
        for m in named.finditer(text) if named and any(n in text for n in names) else ():
            version = m.group(2)
            if re.fullmatch(r"(?:19|20)\d\d", version):
                continue  # "Rust 2021": an edition or a year, not a release
            key = f"release{version.lstrip('vV')}"
            out.append(
                _phrase_mention(
                    meeting, docs, index, m.start(), m.end(), key, f"{m.group(1)} {version}"
                )
            )
        for m in _BARE_VERSION.finditer(text) if "." in text else ():
            before = text[max(0, m.start() - 24) : m.start()]
            cut = _RELEASED_BEFORE.search(before)  # "cut 2.9.4"
            if not (cut or _RELEASED_AFTER.match(text, m.end())):
                continue
            word = re.search(r"([A-Za-z][\w+.-]*)[ \t]+$", before)
            if (
                word
                and not cut
                and (word.group(1)[:1].isupper() or not is_english_word(word.group(1)))
            ):
                continue  # "qemu 9.1 only", "Go 1.23 is out": another product's version
            version = m.group(1)
            out.append(
                _phrase_mention(
                    meeting,
                    docs,
                    index,
                    m.start(),
                    m.end(),
                    f"release{version}",
                    f"{version} release",
                )
            )
        if "elease" not in text:
            continue
        for m in _RELEASE.finditer(text):
            version = m.group(1) or m.group(2)
            key = f"release{version.lstrip('vV')}"  # "1.10" and "11.0" are two releases
            out.append(
                _phrase_mention(meeting, docs, index, m.start(), m.end(), key, f"{version} release")
            )
    return out


_REVIEW_NUMBER = re.compile(r"(?<=\w)#\d+$")


class _Found(NamedTuple):
    """A span the pipeline found, as plain data (reading ``doc.spans`` builds Span objects)."""

    start_char: int
    end_char: int
    label_: str
    kb_id_: str
    text: str


class Extractor:
    """Runs the pipeline over meetings and turns spans into :class:`Mention` objects."""

    def __init__(self, nlp: Language, lexicon: Lexicon | None = None) -> None:
        self.nlp = nlp
        self.lexicon = lexicon or Lexicon()
        self._lowered = ("", "")  # (meeting id, its text in lower case)
        self._series: tuple[str, frozenset[str]] = ("", frozenset())  # (meeting id, its labels)

    def __call__(self, meeting: Meeting) -> list[Mention]:
        """Every mention in one meeting."""
        return list(self.pipe([meeting]))[0]

    def pipe(self, meetings: Iterable[Meeting]) -> Iterator[list[Mention]]:
        """Mentions of each meeting, in order."""
        for meeting in meetings:
            yield self.meeting(meeting)

    def meeting(self, meeting: Meeting) -> list[Mention]:
        mentions: list[Mention] = []
        all_text = "\n".join(b.text for b in meeting.blocks)
        # "LIAM:" in a transcript's capitals is Liam O'Connor of the list, no initials
        firsts = {a.name.split()[0].lower() for a in meeting.attendees if " " in a.name}
        marks = {
            s
            for b in meeting.blocks
            for s in b.speakers
            if is_initials(s) and not (len(s) >= 3 and s.lower() in firsts)
        }
        initials_style = len(marks) >= 2
        roster = roster_keys(meeting, initials_style, frozenset(marks))
        for cut, name in opening_forms((a.name for a in meeting.attendees), all_text).items():
            roster.setdefault(cut, name)  # "Ife & Ezra", "santi —" of Ifeoma, of Santiago
        said_by = frozenset(s.lower() for b in meeting.blocks for s in b.speakers)
        for surname, full in _names_said_alone(all_text, said_by).items():
            roster.setdefault(surname, full)
            roster.setdefault(full.lower(), full)  # and the name whole where it is said so
        speakers = {s for b in meeting.blocks for s in b.speakers if " " not in s}
        # "priya: y: ..." turns: "-> priya to approve" is her too, not a word
        lower_speakers = frozenset(s for s in speakers if s.islower())
        turns = Counter(s for b in meeting.blocks for s in b.speakers)
        for speaker in speakers:
            if is_name_word(speaker) and not speaker.isupper():
                roster.setdefault(speaker.lower(), speaker)  # "Benjie:" takes turns
            elif (
                speaker.islower()
                and turns[speaker] >= 2  # "* nondet-scrub: new version 2.3": a package's news
                and len(speaker) >= 2
                and (
                    len(speaker) >= 3
                    and word_frequency(speaker) < LOGIN_RARE
                    and not is_english_word(speaker)
                    # "jonas:", "li:" over turns: a given name written as a login
                    or is_given_name(speaker.title())
                )
                and not is_bot(speaker)
            ):
                roster.setdefault(speaker, speaker)  # "<kalleh>" speaks: "☐ kalleh — open an issue"
        for speaker in {s for b in meeting.blocks for s in b.speakers if " " in s}:
            words = speaker.split()
            if 2 <= len(words) <= 4 and all(is_name_word(w) for w in words):
                # "Lars Øvergaard" takes turns: "Lars, ..." is him
                roster.setdefault(speaker.lower(), speaker)
                roster.setdefault(words[0].lower(), speaker)
        # "(JM) thinks ...": an attendee's initials in brackets, where the list gave no initials
        # "KJ was concerned ...": the initials of Karl-Johan, a given name of two parts
        bracketed = set(_BRACKETED_INITIALS.findall(all_text))
        # "CO, TW, HS" in a decision's column: each the initials of someone on the list
        plain_marks = {
            mark
            for p in meeting.attendees
            if len(p.name.split()) >= 2
            for mark in initials_of(p.name)
        }
        for run in _INITIALS_RUN.finditer(all_text):
            marks_here = re.findall(r"[A-Z]{2,3}", run.group())
            if len(marks_here) >= 2 and all(x in plain_marks for x in marks_here):
                bracketed.update(marks_here)
        # "JR        sweep the moderation inbox": initials opening a row of a table of tasks
        bracketed |= {m for m in _INITIALS_ROW.findall(all_text) if m in plain_marks}
        capitalised = set(_CAPITALS.findall(all_text))
        for person in meeting.attendees:
            plain = initials(person.name)
            for mark in initials_of(person.name):
                if mark in bracketed or mark != plain and mark in capitalised:
                    roster.setdefault(mark.lower(), person.name)
                    marks.add(mark)
        # "@xochi_gfx" somewhere: "xochi_gfx has a fix" elsewhere is that person, no identifier
        if "@" in all_text:
            # (not "`@lru_cache`", a decorator set as code)
            handles = [
                (
                    found.group(1),
                    _AT_PERSON.search(b.text[max(0, found.start() - 12) : found.start()]),
                )
                for b in meeting.blocks
                if "@" in b.text
                for found in _AT_IDENTIFIER.finditer(b.text)
                if not _overlaps(b.code, found.start(), found.end())
            ]
            for handle, placed in handles:
                if (
                    handle.lower() not in LABELS
                    and not is_bot(handle)
                    # "(@gquill)", "- [ ] @snezh: ..." too, where someone is named: not "@here",
                    # a word English knows, the "@graphiql" namespace of the GraphiQL the minutes
                    # write in capitals, or "@deprecated, @skip" (a language's directives)
                    and (
                        "_" in handle
                        or placed
                        and len(handle) >= 3
                        and not is_english_word(handle)
                        # "@dmitri-v", "@pk-sharma": a login of parts, not a compound word
                        and (
                            word_frequency(handle) < LOGIN_RARE
                            or "-" in handle
                            and not all(is_english_word(p) for p in handle.split("-") if p)
                        )
                        and not _written_with_capitals(handle, all_text)
                    )
                ):
                    roster.setdefault(handle.lower(), handle)
        # the one-word names the meeting gives its people ("hsbt", "nobu", "Benjie")
        logins = frozenset({s.lower() for s in speakers} | {k for k in roster if " " not in k})
        # "Luíza Monteiro (luiza_m) presented": "ACTION: luiza_m to update the spec" is her
        spelled = {
            given[1].lower(): given[0]
            for given in _declared_names(all_text, logins).values()
            if given and given[1] not in logins
        }
        for login, name in spelled.items():
            roster.setdefault(login, name)
        logins |= spelled.keys()
        lower_counts = Counter(_LOWER_WORD.findall(all_text))
        lower_words = frozenset(lower_counts)
        # "revisar", "Acciones": the words of a part in Spanish (or another language)
        foreign = foreign_words(_ANY_WORD.findall(all_text.lower()))
        capitals = Counter(w.lower() for w in _CAPITAL_WORD.findall(all_text))
        # "Azure" four times and "azure" once is still a name; "Puppet" once, "puppet" once is not
        lower_often = frozenset(w for w, n in lower_counts.items() if 2 * n > capitals[w])
        capitals_often = frozenset(w for w, n in capitals.items() if n >= CAPITALS_OFTEN)
        # "KDE", "X11", "GraphiQL": words written with capitals inside, a product's or a team's
        # (asked of "kde@" only: found where the minutes write an address-like "login@")
        inner_capitals = (
            frozenset(w.lower() for w in _INNER_CAPITALS.findall(all_text))
            if "@" in all_text
            else frozenset()
        )
        # "@skip(if: false)": a directive or decorator, wherever else the meeting says it
        directives = frozenset(_DIRECTIVE.findall(all_text)) if "@" in all_text else frozenset()
        # "TIDE-2204", "OPS-1291": a tracker's project key said with several issues' numbers
        numbered = _numbers_by_key(_JIRA_BARE, all_text, lambda m: len(m.group(2)) >= 3)
        tracker_keys = frozenset(k for k, numbers in numbered.items() if len(numbers) >= 2)
        # "ingest#412", "ingest#419": a repository of the project, a word English knows, said with
        # the numbers of several issues
        repo_numbers = _numbers_by_key(_REPO_NUMBER, all_text, lambda m: len(m.group(2)) >= 2)
        repo_keys = frozenset(
            k for k, numbers in repo_numbers.items() if len(numbers) >= 2 and k not in _NOT_REPOS
        )
        # "T4411", "T4420": tasks of a tracker whose numbers are short yet, said more than once
        short_tasks = len(set(_PHAB_TASK_SHORT.findall(all_text))) >= 2
        epics = "&" in all_text and _EPIC_WORD.search(all_text) is not None  # GitLab's "&45"
        year_numbers = _numbers_by_key(_YEAR_KEY, all_text, lambda m: m.group(1) not in _NOT_JIRA)
        year_keys = frozenset(k for k, numbers in year_numbers.items() if len(numbers) >= 2)
        # "MSC4202", "SEP 58": a family of documents, numbers of one length ("SEP 47, 52, 58";
        # not "BLS 12, 1221, 4844", typed at random)
        glued = _numbers_by_key(_GLUED_KEY, all_text, family_key)
        glued_keys = frozenset(
            k
            for k, numbers in glued.items()
            if max(Counter(map(len, numbers)).values()) >= GLUED_NUMBERS
        )
        repo = _meeting_repo(meeting)
        for person in meeting.attendees:
            attrs = tuple(
                (k, v)
                for k, v in (("handle", person.handle), ("organization", person.organization))
                if v
            )
            mentions.append(
                Mention(
                    person.name,
                    "person",
                    person.name,
                    0,
                    len(person.name),
                    meeting.id,
                    person.source,
                    person.name,
                    role=person.role,
                    attrs=attrs,
                )
            )
            if person.organization:
                mentions.append(
                    Mention(
                        person.organization,
                        "organization",
                        person.organization,
                        0,
                        0,
                        meeting.id,
                        person.source,
                        person.name,
                        role="attendee",
                        attrs=(("person", person.name),),
                    )
                )
        docs: list[Doc] = []
        roster_key = tuple(sorted(roster))
        all_initials = (
            {k.upper() for k in roster if len(k) <= 4 and k.upper() in marks}
            | marks
            # "Jean-Baptiste Lefèvre (JBL)" on the list: "JBL asked ..." is that person
            # ("Guadalupe Ortiz (GO)": "Go" in prose is the language, not her)
            | {
                p.handle
                for p in meeting.attendees
                if is_initials(p.handle) or p.handle.isupper() and len(p.handle) <= 4
            }
        )
        current_repo = repo
        action_section = label_list = False
        action_level = 99  # the level of the heading that said the actions follow
        label_depth = 0  # the list depth of the line that said the action items follow
        lead_speakers: tuple[str, ...] = ()  # who said it, in a chat log
        read_back = False  # ... in a turn that said they read the actions back
        for index, block in enumerate(meeting.blocks):
            if block.is_heading:
                m = _REPO_HEADING.match(block.text)
                current_repo = (
                    f"{m.group(1)}/{m.group(2)}"
                    if m
                    else (current_repo if block.source.section.startswith("#") else repo)
                )
                if m:
                    current_repo = f"{m.group(1)}/{m.group(2)}"
                told = _ACTION_SECTION.search(block.text)
                if (
                    told
                    and not _PAST_ACTIONS.search(block.text)
                    # "Review Input Union RFC and discuss the next steps (30m, Vince)": an
                    # agenda item that will talk about them, not the list of them
                    and len(_ANY_WORD.findall(block.text[: told.start()])) < ACTION_HEAD_WORDS
                ):
                    action_section, action_level = True, block.depth
                elif block.depth <= action_level or not action_section:
                    action_section, action_level = False, 99
                # else "**Ann:** summary:" over the list under "## Action items": still actions
            elif _SIGNATURE_MARK.match(block.text):
                # "-- " over a mail's signature: what follows is who wrote it, no more tasks
                action_section = label_list = False
            elif (
                label_list
                and block.depth <= label_depth
                and not (
                    block.speakers == lead_speakers
                    and (
                        read_back
                        or _LIST_LINE.match(block.text)
                        # "<obiadeyemi> rafa_bs: upload the numpy patch", a recap line by line
                        or (recap := _OWNER_LEAD.match(block.text)) is not None
                        and recap.group(1).lower() in logins
                    )
                    # "<Ngozi> ✅ TASKS from the sync" over a list nobody says: hers
                    or bool(lead_speakers)
                    and not block.speakers
                    and block.depth >= 1
                )
            ):
                # the list after "action items:" ended ("<chika> - mgarza: tag it" goes on)
                action_section = label_list = False
            doc = self.nlp.make_doc(block.text[:100_000])
            doc.user_data.update(
                text=block.text[:100_000],
                roster=roster,
                roster_key=roster_key,
                lower_speakers=lower_speakers,
                lower_words=lower_words,
                foreign=foreign,
                lower_often=lower_often,
                capitals_often=capitals_often,
                inner_capitals=inner_capitals,
                directives=directives,
                trackers=tracker_keys,
                repos=repo_keys,
                short_tasks=short_tasks,
                epics=epics,
                year_keys=year_keys,
                glued=glued_keys,
                initials=all_initials,
                bold=list(block.bold),
                code=list(block.code),
                line_starts=frozenset(offset for offset, _line in block.lines if offset),
                links=[(k.start, k.end, k.url) for k in block.links],
                repo=current_repo,
                phabricator=self.lexicon.phabricator,
                action_section=action_section and not block.is_heading,
                turn=len(block.speakers) == 1,
                # who wrote the list of tasks this line is in ("me — review #1444" is theirs)
                writer=block.speakers[0]
                if len(block.speakers) == 1
                else lead_speakers[0]
                if action_section and label_list and len(lead_speakers) == 1
                else "",
                heading=block.is_heading,
                block=index,
            )
            docs.append(doc)
            lead = not block.is_heading and _ACTION_LEAD.search(block.text[-80:]) is not None
            if (
                lead
                or not block.is_heading
                and block.speakers
                and _READ_BACK.search(block.text[-80:])
            ):
                # "Ha: action items, please correct me:" over a list: the list is the actions
                action_section = label_list = True
                label_depth = block.depth
                if block.depth and _ACTION_TITLE.fullmatch(block.text):
                    label_depth -= 1  # "8. Action items" a title in plain text: the entries
                    # after it, as deep, are its
                lead_speakers = block.speakers
                read_back = not lead
        for index, doc in enumerate(self.nlp.pipe(docs)):
            block = meeting.blocks[index]
            mentions.extend(self.block_mentions(meeting, index, block, doc, logins))
        mentions = _parent_tasks(meeting, mentions)
        mentions = _named_again(meeting, docs, mentions)
        mentions.extend(_phrase_topics(meeting, docs, mentions))
        mentions.extend(_compound_topics(meeting, docs, mentions))
        mentions.extend(_rare_word_topics(meeting, docs, mentions, roster))
        mentions.extend(_joined_name_topics(meeting, docs, mentions, roster))
        mentions = _capital_run_topics(meeting, docs, mentions, roster)
        mentions.extend(_release_topics(meeting, docs))
        mentions = _parts_said_short(meeting, docs, mentions)
        # "project HZR" beside HZR-512: a tracker's project key, not a subject
        trackers = {
            m.key.split(":", 1)[1].split("-")[0].lower()
            for m in mentions
            if m.kind == "reference" and m.key.startswith("jira:")
        }
        # "I9XK2P" said beside the link to Gitee's issue I9XK2P: the issue, not a subject
        trackers |= {
            topic_key(number)
            for m in mentions
            if m.kind == "reference"
            and (number := m.attr("number"))
            and not number.isdigit()
            and len(number) >= 4
        }
        trackers |= _host_keys(meeting)
        # "type HousePetEdge implements Edge" in a code sample, named a few times: an example's
        # name ("trait StructuralEq", said all meeting long, is the design discussed)
        if meeting.declared:
            said = Counter(m.key for m in mentions if m.kind == "topic")
            declared = {topic_key(name) for name in meeting.declared}
            trackers |= {k for k in declared if said[k] <= DECLARED_SAID}
        if trackers:
            mentions = [
                m
                for m in mentions
                if m.kind != "topic" or m.key not in trackers or m.attr("source") == "lexicon"
            ]
        if foreign:
            mentions = [m for m in mentions if not _foreign_topic(m, foreign)]
        # "Kowalczyk said ...": an attendee's surname said alone is that person, no subject
        family = {
            words[-1].lower()
            for a in meeting.attendees
            if len(words := a.name.split()) >= 2 and not given_name_last(a.name)
        }
        mentions = [
            m
            for m in mentions
            if not (
                m.kind == "topic"
                and m.attr("source") in ("term", "discovered")
                and m.text.lower() in family
            )
        ]
        teams = {m.group(1).lower() for m in _TEAM_NAME.finditer(all_text)}
        counted = self.series_labels(meeting)
        if counted:  # "KR" of "KR A1", "KR B2", "KR C1": what counts a plan's lines names nothing
            mentions = [
                m
                for m in mentions
                if not (
                    m.kind == "topic" and m.attr("source") == "term" and m.text.strip() in counted
                )
            ]
        mentions = _without_places(
            meeting, _without_organizations(meeting, mentions, all_text, teams)
        )
        mentions = _things_named_like_people(
            meeting, docs, _without_numbered_labels(mentions), all_text
        )
        mentions = _bare_numbers_linked(mentions)
        mentions = _component_names(mentions)
        return _passing_acronyms(_recurring_terms(_without_item_labels(mentions), all_text))

    def block_mentions(
        self,
        meeting: Meeting,
        index: int,
        block: Block,
        doc: Doc,
        logins: frozenset[str] = frozenset(),
    ) -> list[Mention]:
        out: list[Mention] = []
        src = block.source
        text = block.text[:100_000]
        bounds = sentences(doc) if len(doc) else []
        starts = [b[0] for b in bounds]
        first_sentence = (text[bounds[0][0] : bounds[0][1]] if bounds else text).strip()

        offsets = [off for off, _ in block.lines]
        sources: dict[int, Source] = {}

        def source_at(pos: int) -> Source:
            """The Source of the line a character of the block was read from."""
            at = bisect_right(offsets, pos) - 1
            line = block.lines[at][1] if at >= 0 else src.line
            if line not in sources:
                sources[line] = src if line == src.line else Source(src.path, line, src.section)
            return sources[line]

        def sentence_of(start: int) -> str:
            at = bisect_right(starts, start) - 1
            if at < 0:
                return first_sentence
            return text[bounds[at][0] : bounds[at][1]].strip()

        for speaker in block.speakers:
            out.append(
                Mention(
                    speaker,
                    "person",
                    speaker,
                    0,
                    0,
                    meeting.id,
                    src,
                    first_sentence,
                    role="speaker",
                    block=index,
                )
            )
        spans = [
            _Found(s, e, label, key, text[s:e])
            for s, e, label, key in doc.user_data.get("taken", [])
        ]
        ref_info: dict[str, dict[str, str]] = doc.user_data.get("ref_info", {})
        roster: dict[str, str] = doc.user_data.get("roster", {})
        last_person = ""
        named = "heading" if block.is_heading else "named"
        ordered = sorted(spans, key=lambda s: (s.start_char, s.end_char))
        people = [s for s in ordered if s.label_ == "PERSON"]
        handle_of = {  # "David Dias (@diasdavid)": the name's handle, said beside it
            a.start_char: b.text.lstrip("@").split("@")[0]  # (not its server: "lan@tooting.cafe")
            for a, b in zip(people, people[1:], strict=False)
            if " " not in b.text.strip()
            and (
                _HANDLE_AFTER.fullmatch(text[a.end_char : b.start_char])
                # "- Adaeze Nwosu, u/ada_nw [core dev]": a list item opening with the two
                or text[a.end_char : b.start_char] == ", "
                and b.text.startswith(("@", "u/"))
                and _LINE_OPENING.search(text, 0, a.start_char) is not None
            )
            # "(Eero as backup)": a bracket holds the handle alone
            and (
                "(" not in text[a.end_char : b.start_char]
                or text[b.end_char : b.end_char + 1] == ")"
                # "Nguyễn Thị Lan (@lan@tooting.cafe)": a fediverse handle and its server
                or _SERVER_THEN_CLOSE.match(text, b.end_char) is not None
            )
            and (
                " " in a.text.strip()
                # "Ananya (@ananyak)", "Min-jun (@mjchoi)": a given name alone, and a handle
                # with the @ that opens with its letter
                or b.text.startswith("@")
                and is_given_name(a.text.strip(), strict=False)
                and _fold(b.text[1:2]) == _fold(a.text.strip()[:1])
            )
        }
        declared = _declared_names(text, logins)
        for (a, b), given in declared.items():
            if given and not any(
                a <= s.start_char < b for s in people
            ):  # "Nobuyoshi": no given name known
                ordered = [s for s in ordered if not a <= s.start_char < b]
                ordered.append(_Found(a, b, "PERSON", given[0], text[a:b]))
        ordered.sort(key=lambda s: (s.start_char, s.end_char))
        # the owner an "AI(AD): ..." line names, for the tasks after it on that line
        tagged: tuple[str, int] = ("", -1)
        line_starts = [offset for offset, _ in block.lines] or [0]
        for span in ordered:
            label = span.label_
            surface, key = span.text, span.kb_id_
            role = named
            attrs: tuple[tuple[str, str], ...] = ()
            if label == "PERSON":
                inside = next((d for d in declared if d[0] <= span.start_char < d[1]), None)
                if inside:
                    given = declared[inside]
                    if given is None:
                        continue  # a second part of a name already given in full
                    key, attrs = given[0], (("handle", given[1]),)
                    declared[inside] = None
                elif span.start_char in handle_of:
                    attrs = (("handle", handle_of[span.start_char]),)
                kind, surface, last_person = "person", key, key
                role = "bold" if any(a <= span.start_char < b for a, b in block.bold) else "named"
                if (
                    block.is_heading
                    and _IN_PROSE_BEFORE.search(text, 0, span.start_char)
                    and _IN_PROSE_AFTER.match(text, span.end_char)
                ):
                    # "Request funds to get @Fishrock123 to SF for ES Modules": the heading's
                    # object, not who presents it
                    attrs += (("within", "1"),)
            elif label == "ORG":
                kind, key, role = "organization", surface, "named"
                attrs = (("person", last_person),) if last_person else ()
            elif label in ("TOPIC", "TERM"):
                kind = "topic"
                known = self.lexicon.canonical(surface)
                found = "discovered" if label == "TOPIC" else "term"
                listed = doc.user_data.get("known", {}).get(key) if label == "TOPIC" else None
                attrs = (
                    ("source", "lexicon" if known else found),
                    # "tessera-spec" of "tessera-spec#1187", whose number is a review's
                    ("label", known or listed or _REVIEW_NUMBER.sub("", surface.replace("\\", ""))),
                )
                if label == "TERM" and (
                    block.is_heading or any(k.start <= span.start_char < k.end for k in block.links)
                ):
                    attrs += (("strong", "1"),)  # a heading or a link's title names it
                elif any(a <= span.start_char < b for a, b in block.code):
                    attrs += (("code", "1"),)  # `mtl`: recurs if its word does, as code or not
                if listed and not known:
                    attrs += (("known", "1"),)  # a well-known name (kg/data/known_terms.txt)
            elif label == "REFERENCE":
                kind = "reference"
                facts = dict(ref_info.get(key, {}))
                title = _reference_title(block, span.start_char, span.end_char, surface)
                if title:
                    facts["title"] = title
                attrs = tuple(sorted(facts.items()))
            else:  # ACTION: the span is the sentence, its key the owner
                kind, surface, role = "action", surface.strip(), "action"
                lead = _OWNER_LEAD.match(surface)
                if not key and lead and lead.group(1).lower() in logins | roster.keys():
                    key = lead.group(1)  # "<chika> - mgarza: tag mspec-9-final": mgarza's
                line = bisect_right(line_starts, span.start_char)
                inherited = False
                if _ACTION_OWNER.match(surface):
                    tagged = (key, line)
                elif tagged[0] and tagged[1] == line:
                    # "AI(AD): HIL lab job; coordinate the board donation": AD's, both
                    key, inherited = tagged[0], True
                if not inherited and (
                    block.speakers
                    and doc.user_data.get("action_section")
                    and not (
                        key
                        and _TASK_HEAD.sub("", surface).startswith(key.split("|")[0].lstrip("@"))
                    )
                    # "> AI(FB): land #1183" quoted in a reply: FB's, not the quoted writer's
                    and not (
                        key
                        and _ACTION_OWNER.match(surface)
                        and not {k.lower() for k in key.split("|")}
                        & {s.lower() for s in block.speakers}
                    )
                ):
                    # "- Jakob: update !318 ..." under "Action items": Jakob's; "- @jmakela:
                    # ping @pixelmoth ..." his too, not the one he pings; "- Mai, Min-ji:
                    # sprint prep" both's ("- Helga: ... (with Chioma)": both's too)
                    said = {k.lower() for k in key.split("|")}
                    if not {s.lower() for s in block.speakers} <= said:
                        key = "|".join(block.speakers)
                attrs = (("owner", key),) if key else ()
                before = _action_context(block.text, span.start_char)
                if before:
                    attrs += (("context", before),)
            sentence = surface if kind == "action" else sentence_of(span.start_char)
            mention = Mention(
                surface,
                kind,
                key,
                span.start_char,
                span.end_char,
                meeting.id,
                source_at(span.start_char),
                sentence,
                role=role,
                block=index,
                attrs=attrs,
            )
            out.append(mention)
            if kind == "reference" and mention.attr("title"):
                out.extend(self.title_topic(mention))
        if block.is_heading:
            out.extend(self.heading_topic(meeting, index, block, spans))
            if _AREA_KIND.match(block.text):  # "proposal: os/user: cache lookups #69877"
                out.extend(self.area_topics(meeting, index, block, first_sentence))
            return out
        out.extend(
            self.lead_topic(meeting, index, block, spans, first_sentence, roster)
            or self.bold_lead_topic(
                meeting,
                index,
                block,
                spans,
                first_sentence,
                # the sentence after its title, who reports on it: "Mr. Bankole reported ..."
                text[bounds[1][0] : bounds[1][1]].strip() if len(bounds) > 1 else first_sentence,
            )
            or self.opening_subject(meeting, index, block, spans, first_sentence)
        )
        if block.links or any(s.label_ == "REFERENCE" for s in spans):
            # (with no link, only after a proposal's kind: "proposal: os/user: ... #69877")
            out.extend(self.area_topics(meeting, index, block, first_sentence))
        return out

    def heading_topic(
        self, meeting: Meeting, index: int, block: Block, spans: list[_Found]
    ) -> list[Mention]:
        """A short, specific heading is itself a topic ("Save and Restore", "Live Migration")."""
        if block.speakers:
            return []  # "Ngozi Eze (@ngozi-e)" over her stand-up notes: a person, no subject
        if meeting.title and topic_key(block.text) == topic_key(meeting.title):
            return []  # the meeting's own title ("Ethereum 2.0 Implementers Call 50 Notes")
        text = self.subject_of(meeting, block.text, spans)
        out = self.subject_mention(
            meeting, index, block, text, (0, len(block.text)), block.text, "heading"
        )
        return out + self.heading_items(meeting, index, block, spans, text) if out else out

    def heading_items(
        self, meeting: Meeting, index: int, block: Block, spans: list[_Found], subject: str
    ) -> list[Mention]:
        """The parts a heading lists after its subject's name and a colon: "Kiln: grouped GEMM +
        autotuner cache", "Halo: tiling, gaps and fractional scaling", "Lumora Settings: the
        tiling engine, finally". Each part that names (two to four words, one of them no
        everyday word; one word only if English hardly knows it) is a topic of its own."""
        head, colon, tail = block.text.partition(": ")
        if not colon or not head.strip(" #*_").endswith(subject):
            return []
        start = len(head) + len(colon)
        tail = _TRAILING_PARENS.sub("", tail).rstrip(" *_.!")
        out: list[Mention] = []
        for part in _HEADING_ITEM.finditer(tail):
            item = part.group()
            while (shorter := _HEADING_TAIL.sub("", item)) != item:
                item = shorter  # "tentative poll for Phase 4": the poll, the phase
            words = item.split()
            while words and (words[0].lower() in _ARTICLES or words[0] in ("and", "&", "+")):
                words = words[1:]
            text = " ".join(words)
            if not text or not 1 <= len(words) <= 4 or not text[:1].isalnum() or len(text) > 40:
                continue
            if any(ord(c) >= 0x2E80 for c in text) or re.search(r"[()\[\]{}<>\"`]", text):
                continue  # a sentence in a script that writes no spaces, code
            begin = start + part.start() + part.group().index(words[0])
            finish = begin + len(text)
            inside = [s for s in spans if begin <= s.start_char and s.end_char <= finish]
            if any(s.label_ in ("PERSON", "REFERENCE", "ACTION") for s in inside):
                continue
            low = [w.lower() for w in words]
            if (
                low[0] in _REQUEST_VERBS
                or low[0] in _LEAD_OPENERS
                or low[-1] in _STATUS
                or low[-1] in _DANGLING
                or (len(words) == 2 and low[0] in ("phase", "stage", "step", "part", "round"))
            ):
                continue  # "fix the cache", "next steps", "cache done": no name
            if len(words) == 1:
                if not (_rare_word(text) and word_frequency(low[0]) < LEAD_ONE_RARE):
                    continue  # "gaps", "finally"
            elif not self.names_a_subject(text) or any(
                w.endswith(("ing", "ed")) and word_frequency(w) >= LEAD_RARE for w in low[1:]
            ):
                continue  # "indexing without eating": a saying
            out.extend(
                self.subject_mention(
                    meeting, index, block, text, (begin, finish), block.text, "heading"
                )
            )
        return out

    def subject_mention(
        self,
        meeting: Meeting,
        index: int,
        block: Block,
        text: str,
        span: tuple[int, int],
        sentence: str,
        source: str,
    ) -> list[Mention]:
        """The topic a heading or an item's lead-in names, as the lexicon spells it, if any."""
        key = topic_key(text)
        if not text or not key or key in self.lexicon.ignore_topics:
            return []
        series = _SERIES_LABEL.fullmatch(text)
        if series and series.group(1) in self.series_labels(meeting):
            return []  # "KR A1", "Theme B" of a plan that counts them: a slot, not a subject
        label = self.lexicon.canonical(text) or text
        return [
            Mention(
                text,
                "topic",
                topic_key(label),
                span[0],
                span[1],
                meeting.id,
                block.source,
                sentence,
                role="heading" if source == "heading" else "named",
                block=index,
                attrs=(("source", "lexicon" if label != text else source), ("label", label)),
            )
        ]

    def bold_lead_topic(
        self,
        meeting: Meeting,
        index: int,
        block: Block,
        spans: list[_Found],
        first: str,
        after: str,
    ) -> list[Mention]:
        """A paragraph opening with its subject in bold, a full stop after it: "**Security
        Working Group.** Mr. Bankole reported ...", "**(b) Pelican graduation from
        incubation.** ...", "**Tern.** Jun-ho and Aoife paired on ..."."""
        if not block.bold or block.is_heading:
            return []
        start, end = block.bold[0]
        if block.text[:start].strip(_EMOJI_LEAD):
            return []  # not at the paragraph's start (an emoji may open it: "🌍 **Translations**")
        inner = block.text[start:end].rstrip()
        own_line = len(block.lines) > 1 and not block.text[end : block.lines[1][0]].strip()
        if not (inner.endswith(".") or own_line) or not block.text[end:].strip():
            return []
        if own_line and _BOLD_SAYS.search(inner):
            return []  # "**Face recognition now runs on ARM**": news, not a name
        # the sentence that says who works on it: the next one after "**Title.**", the first
        # after a title on its own line (no full stop ends it)
        sentence = after if inner.endswith(".") else first
        inner = inner.rstrip("!:") if own_line else inner
        inner = inner if inner.endswith(".") else inner + "."
        enumerated = _BOLD_ENUMERATOR.match(inner)
        begin = start + (enumerated.end() if enumerated else 0)
        raw = _TRAILING_PARENS.sub("", block.text[begin : start + len(inner) - 1]).strip()
        if not raw or not raw[:1].isalpha() or re.search(r"[.?!,;]\s", raw):
            return []  # "**We agreed. Then ...**", "**Fill all niches, efficiently.**": a saying
        last = raw.split()[-1].lower()
        if raw.split()[0].lower() in _REQUEST_VERBS or (
            " and " in raw and last.endswith(_ADJECTIVE_ENDS) and word_frequency(last) >= LEAD_RARE
        ):
            return []  # "**Productive and accessible.**": a quality, not a subject
        finish = begin + len(raw)
        inside = [x for x in spans if begin <= x.start_char and x.end_char <= finish]
        if any(x.label_ in ("PERSON", "REFERENCE", "ACTION") for x in inside):
            return []
        text = self.subject_of(meeting, raw, inside)
        words = text.split()
        if not 1 <= len(words) <= BOLD_LEAD_WORDS or words[0].lower() in _LEAD_OPENERS:
            return []
        if (
            len(words) == 1
            and not _rare_word(text)
            and self.lowered(meeting).count(text.lower()) < 2
        ):
            return []  # "**Meanwhile.**", "**Congrats**" said once: no subject's name
        return self.subject_mention(meeting, index, block, text, (begin, finish), sentence, "label")

    def lead_topic(
        self,
        meeting: Meeting,
        index: int,
        block: Block,
        spans: list[_Found],
        sentence: str,
        roster: dict[str, str],
    ) -> list[Mention]:
        """An item's lead-in names its subject as a heading does: "Ring buffer: the lock-free
        rewrite is ready", "[Mateus] Helm chart - publish to OCI", "keystore: on-disk format".
        One that says something ("Tatiana presented the design:", "Open question:"), names
        someone, a role, a count or a task, or is said once in common words, names nothing."""
        label = _STANDUP_LABEL.match(block.text)  # "Y: sync-server — added the rate limiter"
        shift = label.end() if label else 0
        m = _LEAD.match(block.text[shift:])
        if (
            not m
            or re.search(r"[.?!]\s", m.group(1))
            or _COUNT.match(m.group(2))
            or _HEX_GROUPS.fullmatch(m.group(2).strip())  # "GPG: 7F3A 91C2 0D4E": a key's print
            or any(m.group(1).strip().lower() == s.lower() for s in block.speakers)
        ):
            return []
        start, end = m.start(1) + shift, m.end(1) + shift
        if any(k.start < end for k in block.links) or m.group(1).split()[-1].lower() in _SAYS:
            return []  # "[KodrAus suggests:](...)", "Ann asks:": who said it, not what about
        inside = [s for s in spans if start <= s.start_char and s.end_char <= end]
        if any(s.label_ in ("REFERENCE", "ACTION") for s in inside):
            return []  # "KEP-4903 node readiness gates:": the review's title
        text = self.subject_of(meeting, m.group(1), inside)
        words = text.split()
        if (
            not 1 <= len(words) <= LEAD_WORDS
            or m.group(1).split()[0].lower() in _REQUEST_VERBS
            or m.group(1).split()[0].lower() in ("action", "todo", "ai")  # "ACTION JP:": a task
            or re.match(r"v?\d", m.group(1))  # "v3 numbers: +11%"
        ):
            return []  # "Note taker: Ann", "Fix flaky test: ...": a role, a task
        if len(words) == 1 and not _one_word_lead(text, bool(block.speakers), roster):
            return []  # "Dotan:", "Reminders:", "Tomasz:"; not "Tollgate: staging is done"
        if len(words) > 1 and text[:1].islower() and not _lower_case_lead(words):
            return []  # "whoever wrote that:", "middle ground -"; not "congestion control: ..."
        if not text[:1].isalpha():
            return []
        # "tucker taft:" typed in lower case is still a name
        names = [w[:1].upper() + w[1:] for w in re.split(r"[\s+&/,]+", text) if w]
        if all(is_name_word(w) for w in names) and any(
            is_given_name(w, strict=False) or w.lower() in roster for w in names
        ):
            return []  # "Olu Sean:", "Yevgenia + Pierre-Luc -": names the list did not give
        first = words[0].lower()
        if first in _LEAD_OPENERS or (
            any(first.endswith(x) and len(first) >= len(x) + 3 for x in ("ed", "ing", "ly"))
            and word_frequency(first) >= LEAD_VERB  # not "Ring buffer", "Red team"
        ):
            return []  # "All TOC members:", "Filed LP:", "Previously holding ...": a report
        said = self.lowered(meeting).count(text.lower())
        if said < 2 and not any(_rare_word(w) for w in words):
            return []  # "Side effect:", "Root cause -", "Speaker 7:" said once: not a name
        return self.subject_mention(meeting, index, block, text, (start, end), sentence, "label")

    def opening_subject(
        self, meeting: Meeting, index: int, block: Block, spans: list[_Found], sentence: str
    ) -> list[Mention]:
        """The subject an item or a paragraph opens with, before what it says of it: "Truck
        profile (hazmat limits) in public beta", "CI runners moved to the autoscaling pool",
        "Undo/redo history rewrite landed last week". Two or three words that name (one of them
        specific), no one's name, opening a block nobody speaks."""
        if block.speakers or block.is_heading:
            return []
        m = _OPENING_SUBJECT.match(block.text)
        if not m or _CHECKBOX.match(block.text):
            return []  # "[ ] CI runners moved": a task's text
        raw = m.group(1)
        words = raw.split()
        start, end = m.start(1), m.end(1)
        if (
            not 2 <= len(words) <= 3
            or not all(_phrase_word_ok(w) for w in words)
            or not _phrase_ok(words)
            or any(w.lower().endswith(("ed", "'s", "\u2019s")) for w in words)
            or words[-1].lower() in _OPENING_NOT
            or is_given_name(words[0], strict=False)
            or any(s.start_char < end for s in spans if s.label_ != "TOPIC")
        ):
            return []  # "Linh offered", "Chinedu's fix", "Root cause", "Kwabena Asante"
        first = words[0]
        if first[1:].islower() and word_frequency(first.lower()) >= LEAD_ONE_RARE:
            # "Difficulty bomb is ...": a capital that only opens the sentence
            raw = first.lower() + raw[len(first) :]
        return self.subject_mention(meeting, index, block, raw, (start, end), sentence, "label")

    def series_labels(self, meeting: Meeting) -> frozenset[str]:
        """The words the meeting counts things by, with letters: "KR" of "KR A1", "KR B2" and
        "KR C1"; "Theme" of "Theme A", "Theme B" and "Theme C"."""
        if self._series[0] != meeting.id:
            codes: dict[str, set[str]] = defaultdict(set)
            for b in meeting.blocks:
                for m in _SERIES_LABEL.finditer(b.text):
                    codes[m.group(1)].add(m.group(2))
            found = frozenset(k for k, v in codes.items() if len(v) >= SERIES_CODES)
            self._series = (meeting.id, found)
        return self._series[1]

    def lowered(self, meeting: Meeting) -> str:
        """The meeting's text in lower case, made once per meeting."""
        if self._lowered[0] != meeting.id:
            self._lowered = (meeting.id, "\n".join(b.text.lower() for b in meeting.blocks))
        return self._lowered[1]

    def subject_of(self, meeting: Meeting, raw: str, spans: list[_Found]) -> str:
        """The subject a heading (or an item's lead-in) names, cleaned of its presenter, its
        duration, its version and words such as "update" or "poll"; "" where it names none."""
        text = _EMOJI.sub(" ", raw.replace("\\", ""))
        if _REPO_HEADING.match(text):
            return ""  # "### nodejs/node": a repository, a node of its own kind (kg.graph)
        text = _HEADING_HEAD.sub("", text.strip(" #*"))  # "Proposal: Interface Extends - Mike"
        text = _TAG_LEAD.sub(r"\1", text)  # "2. [RFC] Reproducible release tarballs"
        for ref in (s for s in spans if s.label_ == "REFERENCE"):
            # "RFC 0047: Server Actions", "Proposal #633: Or-patterns": the reference, then
            # the title of what it is about
            titled = re.match(
                rf"(?:\d{{1,2}}[.)][ \t]+)?(?:{_REF_KINDS}[ \t]*)?{re.escape(ref.text)}[ \t]*(?::|[\u2014\u2013]|-(?=[ \t]))"
                r"[ \t]*(\S.*)$",
                text,
                re.I,
            )
            if titled and not any(
                o.label_ == "REFERENCE" and o.text in titled.group(1) for o in spans
            ):
                return self.subject_of(meeting, titled.group(1), [x for x in spans if x is not ref])
        if _presenters_first(text):  # "[Ngozi Eze] Ephemeral volume quotas - 15min"
            text = text[text.index("]") + 1 :].strip()
        head, colon, tail = text.partition(": ")
        if colon and len(head.split()) <= 5 and _REPORT_HEAD.search(head) and _ABOUT.match(tail):
            text = head  # "async foundations update: On streams and lending streams"
        kind = _KIND_LABEL.match(text)
        if kind:
            text = kind.group(1)  # "Incubation proposal: Cormorant", "Annual review: Pebblebed"
        # "Backpressure visualizer — student: Ciarán (@ciaranob), mentors: Aino": who, after it
        text = _ROLES_TAIL.sub("", text)
        people_first = _PERSON_THEN_SUBJECT.match(text)
        if people_first and any(
            s.label_ == "PERSON" and s.text.strip() == people_first.group(1).strip() for s in spans
        ):
            text = people_first.group(2)  # "Intern: Phạm Thu Thảo — Screen-reader support"
        slot = _ENUMERATOR.match(text)
        if slot and len(slot.group().split()) > 1 and text[slot.end() :].strip():
            text = text[slot.end() :]  # "Slide 3: WASM plugin SDK": the slide's subject
        if _LABELLED.match(text) and _named_head(text.split(":", 1)[0].strip(" *_"), meeting):
            # "Halo: tiling, gaps and fractional scaling": the name before the colon
            text = text.split(":", 1)[0].strip(" *_")
        if _LABELLED.match(text) or text.rstrip().endswith("?") or "://" in text:
            return ""  # "Moderator: Danny Ryan", "Move feature freeze date?", a bare URL
        text = _CLOCK.sub(" ", text)  # "10:00am - 10:30am Compilation Hints"
        if _DURATION.match(text.strip(" #*-([")):
            return ""  # "5m, Evan": an agenda slot's time and presenter
        text = re.sub(r"\s+", " ", text).strip(" #:*-\u2013")
        for _ in range(2):  # "2. Room B: GPU resampling": the number, then the room
            number = _ENUMERATOR.match(text)
            shorter = text[number.end() :] if number else ""
            if (
                not shorter.strip()
                or (
                    re.fullmatch(r"[a-hA-H][.)]\s+", number.group(0))  # type: ignore[union-attr]
                    and shorter[:1].islower()
                )
            ):
                break  # not "coli pipeline" of "2. E. coli pipeline"
            text = shorter
        # "Gateway API v0.7 release (Shane)": the presenter and the version are not the topic
        text = _VERSION.sub(" ", text)
        text = _HEADING_HEAD.sub("", text)
        while (shorter := _HEADING_TAIL.sub("", text).strip(" #:*-")) != text and shorter:
            text = shorter
        text = re.sub(r"\s+", " ", text)
        if not text or len(text) > 60 or len(text.split()) > 6 or text.endswith("?"):
            return ""  # "Google Summer of Code this year? (Lee)": a question, not a subject
        if not text.split() or text.split()[-1].lower() in _DANGLING:
            return ""  # "High priority features for": cut short, not a name
        if _BOILERPLATE.match(text) or _GENERIC_HEADING.match(text) or _DATEISH.search(text):
            return ""
        if _SERIES.search(text):
            return ""  # "GraphQL Working Group Meeting Summary": a meeting series, not a subject
        if any(s.label_ == "REFERENCE" for s in spans):
            return ""  # '"Stabilize let else" rust#93628': the heading is the review's title
        if text.split()[0].lower() in _DONE_LEADS and len(text.split()) > 1:
            # "Opened RFC", "Merged GATs stabilization": news of the work, then what it is of
            text = text.split(" ", 1)[1]
            if text.split()[0].lower() in _TASK_FILLER or _PROPOSAL_KIND.fullmatch(text):
                return ""
        if text.split()[0].lower() in _REQUEST_VERBS:
            # "Upgrade Release Process", "Add Docker": the task's object is the subject
            text = text.split(" ", 1)[1] if " " in text else ""
            if len(text.split()) >= 3 and text.split()[0].lower() in ("the", "a", "an", "our"):
                text = text.split(" ", 1)[1]  # "Remove the legacy pass manager"
            if not text or text.split()[0].lower() in _TASK_FILLER:
                return ""  # "Forward-port from v1.x", "Fix the ...": no name left
        whose = _WHOSE.match(text)
        if whose:
            # "Syd's idea", "Google's position": whose it is, and nothing named
            if not any(
                w.isupper() and len(w) >= 2 or word_frequency(w.lower()) < 3.5
                for w in re.findall(r"[A-Za-z]+", whose.group(2))
            ):
                return ""
            if is_given_name(whose.group(1), strict=False) or whose.group(1).lower() in (
                roster_keys(meeting, False)
            ):
                text = whose.group(2)  # "Niko's GATs proposal": the subject is GATs
        if any(s.label_ == "PERSON" and s.text in text for s in spans):
            return ""  # "Proposal from Hervé", "15m, Liliana", "Niko to fcp cancel": an agenda line
        inside = [s for s in spans if s.label_ in ("TOPIC", "REFERENCE") and s.text in text]
        rest = text
        for s in inside:
            rest = rest.replace(s.text, " ")
        if sum(len(s.text) for s in inside) >= 0.6 * len(text.replace(" ", "")) and not any(
            (w.isupper() and len(w) >= 2 or word_frequency(w.lower()) < 3.0)
            and not _PROPOSAL_KIND.fullmatch(w)
            for w in re.findall(r"[A-Za-z]+", rest)
        ):
            return ""  # "NVMe update", "DateTime RFC": the topic itself ("GraphQL CATS" names more)
        if not self.names_a_subject(text) or _STATUS.intersection(text.lower().split()):
            return ""  # "Initiative needs a champion", "24 release delayed": news, not a subject
        words = text.split()
        if (
            len(words) >= SENTENCE_WORDS
            and _ARTICLES.intersection(words[1:3])
            and not re.search(r"\s(?:and|&|\+)\s|,", text)
        ):
            return ""  # "Cleaning up the above links" (not "Shader permutations and the cache")
        if re.match(r"\d+\s+[a-z]", text):
            return ""  # "4 unique legitimate regressions": a count, not a name
        return text

    def names_a_subject(self, text: str) -> bool:
        """Whether a heading's or a title's words name something rather than say something."""
        words = re.findall(r"[\w']+", text.lower())
        if not words or all(w in LABELS or word_frequency(w) >= 6.0 for w in words):
            return False
        if len(words) == 1 and word_frequency(words[0]) >= 4.6 and text[:1].isupper():
            return False  # "Governance", "Research", "Upcoming": a common word, not a subject
        if len(words) == 1 and words[0].endswith("ed") and word_frequency(words[0]) >= 3.0:
            return False  # "Authored", "Merged", "Reviewed": a report's part
        generic = sum(1 for w in words if w in _GENERIC_WORDS or word_frequency(w) >= 6.0)
        if (
            len(words) == 2
            and words[0] in _NOUN_MODIFIERS
            and words[1] not in _GENERIC_WORDS
            and words[1] not in LABELS
            and word_frequency(words[1]) < 5.0
        ):
            generic -= 1  # "Sync engine", "Issue tracker", "Update server": a thing, no report
        if generic * 2 >= len(words):
            return False  # "Various Open Reviews", "MI vs MD Changes", "bhyve-specific"
        # "bhyvecon Ottawa" when bhyvecon is ignored
        return not any(topic_key(w) in self.lexicon.ignore_topics for w in words)

    def title_topic(self, ref: Mention) -> list[Mention]:
        """A proposal's title names its subject ("PEP 683 \u2013 Immortal Objects"), and so does an
        issue's short title that is a name, not a request ("(script cache)", not "Fix ...")."""
        title = re.sub(r"\s+", " ", ref.attr("title")).strip(_TITLE_EDGE + "\"'()[]")
        # a proposal's title, or a phrase quoted in a title ('Tracking issue for "implicit
        # named arguments"'), is a name as it stands, long or not, verb or not
        named = ref.attr("system") == "proposal"
        # (its closing quote cut off with the title's end: 'Tracking issue for "implicit ...')
        quoted = _QUOTED.search(title) or _QUOTE_TO_END.search(title)
        if quoted and quoted.group(1).strip() != title:
            title, named = quoted.group(1).strip(), True
        if _DURATION.match(title) or _NUMBERED.search(title) or _REF_WORDS.fullmatch(title):
            return []  # "(15m, Matt Mahoney)": an agenda slot; "Refs #35712 --": another ticket
        words = title.split()
        if 2 <= len(words) <= 3 and (
            is_given_name(words[0], strict=False) or family_name_first(title)  # "(Trần Minh Quân)"
        ):
            if all(is_name_word(w) for w in words):
                return []  # "draft-ietf-cargo-architecture-04 - Paulina Wojcik": its presenter
        most = 8 if named else 4
        question = title.endswith("?") and len(words) > 1  # not "IPAddr#private?"
        if not words or len(words) > most or ":" in title or title.endswith((".", ",")) or question:
            return []
        if title.count("(") != title.count(")") or title.count("[") != title.count("]"):
            return []  # "Spec (5 minutes, <link>", "Rob] Make ...": cut inside an aside
        if words[-1].lower().rstrip(".") in _DANGLING:
            return []  # "Semantic Introspection vs": cut short, not a name
        lows = [w.lower() for w in words]
        if (
            not named
            and lows[0] in _REQUEST_VERBS
            # "Stabilize guard patterns", "Make unused_lifetimes lint warn-by-default"; not
            # "Fix job overwrites metadata": two words, or three with a name set as code
            and (
                2 <= len(words) <= 3
                or len(words) == 4
                and any(_CODEISH.search(w) for w in words[1:])
            )
            and not _TASK_FILLER.intersection(lows[1:])
            and (len(words) > 2 or word_frequency(lows[1].strip("`")) < RARE_OBJECT)
        ):
            # "Stabilize guard patterns", "remove callcc": what is to be done to is the subject
            words, lows = words[1:], lows[1:]
            title = " ".join(words).strip("`")
            named = True
        if not named and (
            lows[0] in _REQUEST_VERBS or lows[0].endswith(("ing", "ed")) or lows[-1].endswith("ed")
        ):
            return []  # "Fix crash in ...", "Running custom SQL ...", "re-review closed"
        if not named and any(w.endswith("ed") and word_frequency(w) >= 3.5 for w in lows[1:]):
            return []  # "Eero walked through": who did what, not a name
        if _SAYING.intersection(lows) or not named and _STATUS.intersection(lows):
            return []  # "PR was merged", "Initiative needs a champion": a sentence, not a name
        if not named and _SAID.intersection(lows[1:]):
            return []  # "Youssef went through": who did what, not a name
        if len(lows) == 1 and title.islower() and word_frequency(title) >= 2.5:
            return []  # "(placeholder)": a word, not a subject's name
        if len(lows) == 1 and _ID_TITLE.fullmatch(title):
            return []  # "... /+/1104382 (T388901)": another tracker's number, not a title
        if _DATEISH.search(title) or _BOILERPLATE.match(title) or not self.names_a_subject(title):
            return []
        key = topic_key(title)
        if not key or key in self.lexicon.ignore_topics:
            return []
        label = self.lexicon.canonical(title) or title
        source = "lexicon" if label != title else "title"
        return [
            Mention(
                title,
                "topic",
                topic_key(label),
                ref.start,
                ref.end,
                ref.meeting_id,
                ref.source,
                ref.sentence,
                role=ref.role,
                block=ref.block,
                attrs=(("source", source), ("label", label)),
            )
        ]

    def area_topics(
        self, meeting: Meeting, index: int, block: Block, sentence: str
    ) -> list[Mention]:
        """``zlib: add Brotli support [#24938]``, ``proposal: os/user: cache lookups #69877``:
        the area before the colon is a topic."""
        off = kind.end() if (kind := _AREA_KIND.match(block.text)) else 0
        m = _AREA.match(block.text[off:])
        if not m or not (block.links or kind):
            return []  # (a bare "#1380" after "recap:" is no pull request's title)
        out = []
        for area in re.split(r"\s*,\s*", m.group(1)):
            low = area.lower()
            if low in LABELS or len(low) < 2:
                continue
            if word_frequency(low) >= 3.5 and not re.search(r"\w[/._]\w", low):
                continue  # "merge: Introduce ..." is a command ("os/user:" a package's path)
            label = self.lexicon.canonical(area) or area
            out.append(
                Mention(
                    area,
                    "topic",
                    topic_key(label),
                    off + m.start(1),
                    off + m.end(1),
                    meeting.id,
                    block.source,
                    sentence,
                    role="area",
                    block=index,
                    attrs=(("source", "lexicon" if label != area else "area"), ("label", label)),
                )
            )
        return out
