"""The spaCy pipeline: a blank English Language plus kg's own registered components.

Each component finds one kind of span in a block of minutes and adds it to ``doc.spans["kg"]``
with a label (PERSON, ORG, TOPIC, REFERENCE, ACTION) and its normalised key as ``kb_id_``. What a
component needs to know about the meeting (its roster, the bold ranges and links of the block)
arrives in ``doc.user_data``, set by :mod:`kg.extract` before the pipeline runs.

>>> nlp = make_nlp()
>>> doc = nlp.make_doc("Kirill P. would like to see the NVMe work land; see D19904.")
>>> doc = nlp(doc)
>>> sorted((s.label_, s.text) for s in doc.spans["kg"])
[('PERSON', 'Kirill P.'), ('REFERENCE', 'D19904'), ('TOPIC', 'NVMe')]
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import cache
from typing import Any

import spacy
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from .errors import ConfigError
from .lexicon import Lexicon, Topic, topic_key
from .names import (
    ARCHITECTURE,
    CALENDAR,
    COMMON_WORDS,
    GROUP_WORDS,
    HANDLE_DOT,
    LABELS,
    LOGIN_RARE,
    ORG_END,
    PARTICLES,
    SPOKE,
    family_name_first,
    initials_of,
    is_bot,
    is_english_word,
    is_given_name,
    is_handle,
    is_name_word,
    known_lower,
    known_terms,
    short_for_listed,
    word_frequency,
)

SPANS = "kg"

# -- references --------------------------------------------------------------------------------
_PHAB = re.compile(r"(?<![\w/#-])D(\d{3,7})(?![\w-])")
_PHAB_TASK = re.compile(r"(?<![\w/#-])T(\d{5,7})(?:#\d{1,9})?(?![\w-])")
# "T4411" of a younger tracker: four digits, where the minutes give several such tasks
_PHAB_TASK_SHORT = re.compile(r"(?<![\w/#:-])T(\d{4})(?:#\d{1,9})?(?![\w-])")
_EPIC = re.compile(r"(?<![\w&;#>/<])&(\d{1,6})(?![\w;])")
_GERRIT_CHANGE = re.compile(r"\bgerrit:(\d{4,8})\b", re.I)
_GH_URL = re.compile(r"https?://github\.com/([\w.-]+)/([\w.-]+)/(pull|issues|discussions)/(\d+)")
_PHAB_URL = re.compile(r"(https?://[\w.-]+)/D(\d{3,7})\b")
_BUG_URL = re.compile(
    r"https?://((?:bugs?|bugzilla)\.[\w.-]+|[\w.-]+/bugzilla)[\w./-]*show_bug\.cgi\?id=(\d+)"
)
_GH_FULL = re.compile(r"(?<![\w/.-])([A-Za-z0-9][\w.-]{0,38})/([\w.-]{1,100})#(\d{1,7})\b")
_REPO_NUMBER = re.compile(r"(?<![\w/.#-])([a-z][\w.-]{1,50})#(\d{1,7})\b")
REPO_RARE = 2.0  # "devguide#1422": a repository's name is a word English barely knows
_SERIES_BEFORE = re.compile(
    r"\b(?:meeting|call|episode|edition|newsletter|digest|sprint|week\s+in\s+[\w.-]+)\s*$", re.I
)
_NOT_ISSUE_BEFORE = re.compile(
    r"\b(?:build|pipeline|job|run|workflow|attempt|round|slide|page|line|step|post|comment|reply"
    r"|subscriber|member|user|account)\s*$",
    re.I,
)
_CASE_TURN = re.compile(r"[a-z0-9][A-Z]")  # "MarshallOfSound" turns twice, an opaque id often
_ARROW_TO = re.compile(r"\S[ \t]+(?:->|\u2192|=>)[ \t]*@?$")  # "... (kswapd spinning)   -> "
_ASSIGNED_TO = re.compile(r"\b(?:re)?assign(?:ed|ing)?\s+(?:it\s+)?to\s+$|\bassignee:?\s*$", re.I)
_GHSA = re.compile(r"\bGHSA(?:-[0-9a-z]{4}){3}\b")
_BOT_TAIL = ("-bot", "_bot", ".bot")  # "corvina-bot": a project's bot, nobody's subject
_MR_NUM = re.compile(r"(?<![\w!/&#])!(\d{2,7})\b")
_ROLE_NUM = re.compile(r"(?<!\w):(?:issue|pr|pull|ghissue|ghpull|gh|bug|ticket|mr):`?#?(\d{1,7})`?")
_CHANGE_VERB = frozenset(
    "to we will would should can could might must not i you they please".split()
)
_CHANGE_NUM = re.compile(r"\b(?:[Cc]hange|CL)\s+(\d{4,7})\b")
# "#123", or said: "Issue 1179"
_KIND_BEFORE = re.compile(r"(?<![\w-])(?:[Bb]ug|[Ii]ssue|PR|[Tt]icket)[ \t]+$")
_GH_NUM = re.compile(  # "#123", "Issue 1179", and CPython's "gh-127360"
    r"(?<![\w/&#])#(\d{1,7})\b|\b[Ii]ssue[ \t]+(\d{3,7})\b|(?<![\w/.-])[Gg][Hh]-(\d{3,7})\b"
    r"|\b[Tt]icket(?::|[ \t]+#?)(\d{2,7})\b"  # Trac's "ticket:1482", "Ticket 1482"
)
# a Subversion or Trac changeset: "r9312", "changeset:9315", "[9315]" (not a year's "[2024]")
_CHANGESET = re.compile(
    r"(?<![\w/.-])r(\d{4,7})\b|\bchangeset:\[?(\d{3,7})\b"
    r"|(?<![\w\[\]])\[(?!(?:19|20)\d\d\])(\d{4,7})\](?![(:\[]|\.\w)"  # not "[4096].pack"
)
# a tracker's own prefix: "LXBZ#2290113", "RHBZ#1234567", "BZ#2931" (Bugzilla instances)
_TRACKER_HASH = re.compile(r"(?<![\w/.#-])([A-Z]{2,6})#(\d{3,8})\b")
# GitLab, on gitlab.* hosts and any other ("invent.kde.org", "salsa.debian.org"): its "/-/" says so
_GITLAB_URL = re.compile(
    r"https?://[\w.-]+/([\w.-]+(?:/[\w.-]+)+?)/-/(issues|merge_requests)/(\d+)"
)
# a patch series mailed to a list: "[PATCH v3 0/7] mm: ...", "[RFC PATCH 0/4] ..." to the line's end
_PATCH = re.compile(
    r"(\[(?:RFC[ \t]+)?PATCH(?:[ \t]+[\w.-]+)*?(?:[ \t]+v\d+)?[ \t]+\d{1,3}/\d{1,3}\])"
    r"[ \t]+((?:[^\n\[\]()]|\(\)){5,140}?)(?=[ \t]*(?:\n|https?://|\((?!\))|,[ \t]|$))"
)  # numbered "0/7": a series on a list; a tracker's "[PATCH] title (nick)" is its issue's title
# ("fs: remove ->writepage() from ...": a function's brackets are part of the subject; a comma
# ends a subject quoted in prose)
_LORE_AFTER = re.compile(r"\s*(https?://\S+)")  # the archive's link that follows it
_PROJECT_MR = re.compile(r"(?<![\w/.@-])([a-z][a-z0-9_.-]{1,38}[a-z0-9])!(\d{2,7})\b")
_GITLAB_MR = re.compile(r"(?<![\w/.-])([A-Za-z0-9][\w.-]{0,38}/[\w.-]{1,100})!(\d{1,7})\b")
# forges laid out as GitHub is: Gitee (issues named "I9XK2P"), Codeberg, Gitea and Forgejo hosts,
# whose pull requests are ".../pulls/56"
_FORGE_URL = re.compile(
    r"https?://(?:www\.)?((gitee\.com|codeberg\.org|gitea\.com)|[\w.-]+)/([\w.-]+)/([\w.-]+)/"
    r"(?(2)(?:pulls|issues)/([A-Z0-9]{5,8}|\d{1,7})|pulls/(\d{1,7}))\b"
)
# Monorail's ".../p/PROJECT/issues/detail?id=41234"; Google's issue tracker "b/331245678"
_MONORAIL_URL = re.compile(r"https?://[\w.-]+/p/[\w.-]+/issues/detail\?id=(\d{1,9})\b")
_BUGANIZER = re.compile(r"(?<![\w/.-])b/(\d{6,10})\b")
_TRACKER_URL = re.compile(
    r"https?://(?!github\.com|gitlab\.)[\w.-]+/(?:[\w.-]+/)*?(?:issues|tickets?|bugs?)/(\d{1,9})\b"
)
# Chromium-style "crbug.com/359877012", and any bug tracker's short link ("lumbug.org/40198820")
_BUG_LINK = re.compile(
    r"(?<![\w/.@-])(?:https?://)?((?:[a-z0-9-]*bug[a-z0-9-]*)(?:\.[a-z0-9-]+)+)/(\d{4,10})(?![\w/-])"
)
_JIRA = re.compile(r"\[([A-Z][A-Z0-9]{1,9}-\d{1,7})\]|/browse/([A-Z][A-Z0-9]{1,9}-\d{1,7})\b")
_JIRA_URL = re.compile(r"/browse/([A-Z][A-Z0-9]{1,9}-\d{1,7})(?![\w-])")
_BUG = re.compile(r"\b(?:PR|[Bb]ug|Bugzilla|BZ|bz)\s*#?\s*(\d{4,7})\b")
_GNATS = re.compile(r"\bPR[ \t]+([a-z][\w-]{1,20})/(\d{3,7})\b")  # "PR kern/58213", a BSD's bug
# "FreeBSD-SA-19:01.syscall", "NS-EN-2024:03": a BSD's security advisory or errata notice
_ADVISORY = re.compile(  # "FreeBSD-SA-19:21", and a project's "TSA-2024-05", "RUSTSEC-2024-0001"
    r"\b[A-Z][A-Za-z]*-(?:SA|EN)-\d{2,4}:\d{2,3}\b"
    r"|(?<![\w/.-])(?!USA-)[A-Z]{0,8}(?:SA|SEC|ADV)-20\d\d-\d{2,6}(?![\w-]|\.\d)"  # not "AI-2025-16"
)
# Launchpad: "LP#2063980", "LP: #2063980", bugs.launchpad.net/PROJECT/+bug/2063980
_LAUNCHPAD = re.compile(
    r"\bLP\s*:?\s*#\s*(\d{4,8})\b"
    r"|https?://bugs\.launchpad\.net/(?:[\w.-]+/|\+source/[\w.+-]+/)*\+bug/(\d{4,8})\b"
)
# Gerrit: https://review.opendev.org/c/openstack/nova/+/912345 (and the older /#/c/912345/)
_GERRIT_URL = re.compile(
    r"https?://(?:review|gerrit|[\w-]+-review)\.[\w.-]+/(?:r/)?(?:c/([\w./-]+?)/\+/|#/c/)(\d{3,8})\b"
)
# an Internet-Draft: draft-ietf-cargo-architecture-04 (its version is no part of its name)
_DRAFT = re.compile(r"(?<![\w/.-])(draft-[a-z0-9]+(?:-[a-z0-9]+)+?)(?:-\d{2})?(?![\w-])")
# a Jira key written bare: "CORVID-2188", "INFRA-25512"; not "SHA-256", "UTF-8" or "COVID-19"
# a family's key glued to its number or after a space: "MSC4202", "SEP 58", a project's
# proposals (a family only where a meeting names several: GLUED_NUMBERS; no month: "SEP 12 2025")
_GLUED_KEY = re.compile(
    r"(?<![\w/.#-])([A-Z]{2,5})[ ]?(\d{2,6})(?![\w-]|[.,]\d|[ \t]*(?:%|ms\b|MB\b|GB\b|[x\u00d7]\b))"
)
_MONTH_KEYS = frozenset("JAN FEB MAR APR MAY JUN JUL AUG SEP SEPT OCT NOV DEC".split())
# names and numbers that are no family of documents: "HTTP 404", "TLS 13", "RTX 4090", "PR 12"
_NOT_FAMILY = frozenset(
    """HTTP HTTPS TLS SSL ISO UTF RTX GTX DDR USB PCIE IPV TCP UDP ARM GCC JDK LLVM PHP SQL MP
    PR PRS CI RC CPU GPU RAM SDK API OS USD EUR GBP JPY CHF CAD AUD NZD INR CNY RMB BRL SEK NOK
    DKK PLN CZK KRW SGD HKD ZAR MXN""".split()
)


def family_key(m: re.Match[str]) -> bool:
    """Whether a match of _GLUED_KEY may be a family's key: not a date ("SEP 12"), a status
    code or a product's model."""
    prefix, number = m.group(1), m.group(2)
    if len(number) == 2 and number.startswith("0"):
        return False  # "WD08": a working draft's version, not a document of its own
    return prefix not in _NOT_FAMILY and not (prefix in _MONTH_KEYS and int(number) <= 31)


_JIRA_BARE = re.compile(
    r"(?<![\w/.#-])([A-Z][A-Z0-9]{1,9})-(\d{2,7})(?![\w-]|\.\d)"
)  # "JDK-8349011"
# "CR-2025-07", "ADR-2024-003": numbered by year (a family: "CR-2025-09" said too)
_YEAR_KEY = re.compile(r"(?<![\w/.#-])([A-Z]{2,6})-((?:19|20)\d\d-\d{1,4})(?![\w-]|\.\d)")
_NOT_JIRA = frozenset(
    """SHA MD AES RSA DES ECDSA EDDSA UTF UCS ISO IEC IEEE ECMA ANSI TLS SSL HTTP HTTPS TCP UDP IP
    IPV COVID SARS GPT BERT LLAMA ARM RV X86 MIPS PDP USB PCI PCIE HDMI DDR LPDDR SOC FIPS WCAG
    CRC BLAKE CHACHA AVX SSE NEON TOP PHASE WEEK DAY STAGE TIER LEVEL PART SECTION FIG TABLE
    ES ESM RFC CVE CWE GHSA OSV CPU GPU FPGA P H Q UTC GMT AI ACTION TODO ITEM""".split()
)
# numbered design documents many projects use: PEP 723, RFC 9110, KEP-3866, CVE-2024-1234 ...
# ... and any other one-letter family of "enhancement proposals" (LEP 4, TEP-12; not "SEP 12") or
# of "improvement proposals" (AIP-7, BIP 32; not a VIP or a WIP), and a plain "Proposal 17"
_PROPOSAL_KINDS = (
    "PEP|RFC|KEP|GEP|JEP|NEP|ERC|FLIP|XEP|ADR|JSR|CVE|Proposal|[A-RT-Z]EP|[A-UX-Z]IP"
    # a project's own "BRIP-7", "KTEP-12": two letters more (not "STEP 3", "SKIP 2")
    "|(?!STEP|PREP|DEEP|KEEP|SEEP|PEEP)[A-Z]{2}EP"
    "|(?!SKIP|SHIP|SLIP|CHIP|DRIP|TRIP|GRIP|CLIP|WHIP|SNIP)[A-Z]{2}IP"
    r"|SE(?=-\d{4}\b)"  # Swift's "SE-0458", always written with four digits
)
_PROPOSAL = re.compile(
    rf"(?<![\w/-])({_PROPOSAL_KINDS})[- ]?((?:19|20)\d\d-\d{{4,7}}|\d{{1,5}})(?![\w-])"
)
_PROPOSAL_KIND = re.compile(rf"(?:{_PROPOSAL_KINDS})s?")  # "PEP", "BIPs": any proposal, not one
_PROPOSAL_URL = {
    "PEP": "https://peps.python.org/pep-{n:0>4}/",
    "RFC": "https://www.rfc-editor.org/rfc/rfc{n}",
    "CVE": "https://www.cve.org/CVERecord?id=CVE-{n}",
}

# -- topics ------------------------------------------------------------------------------------
_ACRONYM = re.compile(
    r"(?<![\w@/.#-])(?=[A-Za-z0-9]*[A-Z][A-Za-z0-9]*[A-Z0-9])([A-Za-z][A-Za-z0-9]{1,20})(?![\w@/#-])"
)
_MANPAGE = re.compile(r"(?<![\w/.-])([a-z][\w.-]{1,40}?)(?:\\?\()(\d[a-z]?)\)")
_NAME_INITIAL = re.compile(r"[a-z]{2,}-[a-z]")
_IDENT = re.compile(r"(?<![\w/.@#-])([a-z][a-z0-9]*(?:[_-][a-z0-9]+)+)(?![\w/@-])")
# an API named by its owner: Hash#dig, IPAddr#private?, IO::Buffer, Buffer.harden(), Symbol.dispose
_METHOD = re.compile(
    r"(?<![\w@/.#:-])([A-Z][A-Za-z0-9]*(?:(?:#|::|\.)(?!(?:js|io|org|com|net|dev|md|py|rs|txt|html)\b)"
    r"[A-Za-z_][A-Za-z0-9_]+)+[?!]?(?:\(\))?)(?![\w@/#-]|\.\w)"
)
# an example's code, not an API: an owner that is a type parameter or a placeholder ("T::Output",
# "Self::Item", "X::foo"), or a member with a placeholder's name ("Widget::frob")
_EXAMPLE_CODE = re.compile(
    r"(?:[A-Z]|Self)(?:#|::|\.).*|.*(?:#|::|\.)(?:foo|bar|baz|qux|quux|frob|frobnicate)\b.*"
)
# a call of an API named by its owner in camelCase: desktopCapturer.getWebContentsStream(),
# app.getPath() (not datetime.now(), nor a file "setup.py")
_CALL = re.compile(
    r"(?<![\w@/.#:-])((?=[a-z][\w.]*[a-z][A-Z])[a-z][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)+\(\))"
    r"(?![\w@/#-]|\.\w)"
)
# text that names nothing: a URL (its letters are an address, not words) and an emoji's short
# code (`:white_check_mark:`, `:movie_camera:`)
_INERT = re.compile(
    r"\b(?:https?://|www\.)[^\s<>()\[\]]+|(?<![\w:]):[a-z0-9_+-]{2,30}:(?![\w:])"
    r"|\b(?:[0-9A-F]{4}[ \t]+){3,}[0-9A-F]{4}\b"  # "GPG: 4B1E 77D0 A2C9 ...": a key's fingerprint
)
_NOT_TOPICS = frozenset(
    """
    asap tbd tba fyi afaik imo imho eta aob lgtm ptal wip todo faq q&a am pm utc pst pdt est edt cet
    iirc iiuc afaict otoh wrt tbh pov eod eow ooo pto fyr imvho ianal ymmv wdyt icymi brb tia
    cest gmt bst jst kst ist cst cdt mst mdt aest aedt apac emea amer latam us usa eu uk
    hangouts gotomeeting webex youtube hackmd hedgedoc ok okay id ids url urls http https www pdf png gb mb kb tb gib mib kib
    ghz mhz ms ns ci ii iii iv vi vii viii ix xi xii tl;dr tldr nb ps re fwiw btw rfc pr prs cc ack
    nack afk irl etc vs aka ie eg ama og diy lol hmm yes no tsc cg wg sig
    sf sa xx yy zz xxx yyy zzz
    usd eur gbp jpy cny inr brl chf cad aud tib pib gbps mbps kbps qps rps tps iops fps
    e2e startmeeting endmeeting example.com example.org localhost
    """.split()
)


# -- people ------------------------------------------------------------------------------------
_WORD = r"[^\W\d_][^\W\d_'\u2019.-]*(?:[-'\u2019][^\W\d_]+)*"
_WORD_RE = re.compile(rf"(?<![\w@/.-]){_WORD}")
_INITIAL = re.compile(rf"(?<![\w@/.-])({_WORD})\s+([A-Z])\.(?=\s|$|[,;:)\]])")
_AT_ORG = re.compile(r"^\s+(?:at|from|of)\s+((?:[A-Z][\w&.-]*)(?:\s+[A-Z][\w&.-]*){0,3})")
_BEFORE_HANDLE = re.compile(
    r"((?:[^\W\d_][\w'\u2019-]* ){1,4})[(\[]?$"
)  # "Fatima Zahra El Idrissi"
NAME_WORD_COMMON = 2.5  # a capitalised word before a name this common in English is no part of it


def _name_before(text: str, at: int) -> tuple[int, int] | None:
    """(start, end) of the two or three capitalised name words written just before a handle
    ("Nominating Jiawen Geng @gengjiawen" -> "Jiawen Geng"), or None."""
    match = _BEFORE_HANDLE.search(text, max(0, at - 80), at)
    if not match:
        return None
    words = match.group(1).split()
    while words and not (
        is_given_name(words[0], strict=False)
        or (words[0][:1].isupper() and word_frequency(words[0].lower()) < NAME_WORD_COMMON)
    ):
        words.pop(0)  # "Nominating", "Thanks", "vote"
    if (
        words
        and not is_given_name(words[0], strict=False)
        and words[0].lower().endswith(("ing", "ed"))
    ):
        words.pop(0)
    if len(words) < 2 or not all(w[:1].isupper() and is_name_word(w) for w in words):
        return None
    end = match.start(1) + len(match.group(1).rstrip())
    return end - len(" ".join(words)), end


# "@stebalien", and "@ravi.k" of platforms whose handles hold a dot (not "@example.com")
# (a chat's display name may be written in any script: "@Bảo", "@Zoë")
_HANDLE_AT = re.compile(rf"(?<![\w@.])@([^\W_][\w-]{{1,38}}{HANDLE_DOT})(?![\w/-])")
# a forum's user, Reddit's way: "u/tapehiss", "/u/DSPgremlin" (not ".../u/x" of an address)
_HANDLE_U = re.compile(r"(?<![\w/.@-])/?u/([A-Za-z0-9][\w-]{2,19})(?![\w/-])")
_GROUP_HANDLE = re.compile(
    r"[-_.](?:teams?|wg|sig|group|maintainers|council|committee|reviewers|admins|owners|squad"
    r"|crew|devs|triage|core-team)$",
    re.I,
)
# what an "@name" is when these words follow: a package's namespace, a chat's group or channel,
# a site's RSS feed
_NO_USER_AFTER = re.compile(
    r"[ \t]+(?:(?:npm[ \t]+)?(?:namespace|org|organi[sz]ation)|npm[ \t]+scope"
    r"|(?:slack[ \t]+)?user-?group|channel|rss)\b",
    re.I,
)
PARTICIPLE_WORD = 2.0  # "@deprecated": a participle English knows this well is a directive
_ADDRESS_BEFORE = re.compile(r"(?<!\S)[^\s@]*\.[a-z]{2,}/$")  # "medium.com/" before "@nodejs"
_HANDLE_TRAIL = re.compile(r"(?<![\w@.])([a-z][a-z0-9_-]{1,30})@(?![\w.])")
# an agenda slot's time and presenters: "Schema coordinates (10m, Mark)", "(5m, dugenkui and/or Ivan)"
_PRESENTERS = re.compile(
    r"\(\s*\d+\s*(?:m|mins?|minutes?|h|hrs?|hours?)\.?\s*[,;:\u2013-]\s*([^()\n]{1,80})\)", re.I
)
_PRESENTER_SPLIT = re.compile(r"\s*(?:,|/|&|\band/or\b|\band\b|\bor\b)\s*")
# a given name in lower case opening a line, taking a task: "scott to post comment on ..."
_LOWER_OWNER = re.compile(
    r"(?:^|\n)[ \t]*(?:[-*+][ \t]+)?([a-z]{3,12})[ \t]+(?:will|to)[ \t]+[a-z]{2,}"
)
_BY_NAME = re.compile(r"\s*\(\s*[A-Z][a-z]+\s+[A-Z][\w'-]+\s*[,)]")  # "... (Yuri Iozzelli)"
_OWNER_INITIALS = re.compile(r"[A-Z][a-z]{0,2}[A-Z]{1,2}")  # "FB", "MdL": initials in brackets
_ACTION_OWNER = re.compile(
    r"\b(?:AI|ACTION|TODO)\s*(?:#?\d{1,3}(?:[.-]\d{1,3}){0,3}\s*)?"  # "Action 3.2.1 (EL)"
    r"(?:\(([^)]{1,60})\)|\[([^\]]{1,60})\])"  # "AI(Ann)", "ACTION [RM]"
    r"|[\[(]\s*(?:owners?|assignees?|assigned\s+to|dri)\s*:\s*([^\])]{1,60})[\])]",  # "[owner: Ann]"
    re.I,
)
_MAILING_LIST = re.compile(
    r"(?:^|[-_.])(?:admin|team|list|core|secteam|security|re|announce|committers?|devel|dev|bugs?"
    r"|noreply|info|help|accounts?|sig|wg|users|discuss|general|steering|board|mirrors?|packagers"
    r"|maintainers|releases?|ops|infra|ci|build|lists?|questions|feedback|press|legal|private"
    r"|tc|tsc|psc|ctte|council|committee|pmc|leads|members|staff|contributors|interest|project|projects)"
    r"(?:$|[-_.])"
)
_HANDLE_LIST = re.compile(
    r"[A-Za-z0-9][\w-]{1,38}(?:(?:\s{2,4}|\s*,\s*(?:and/or\s+|and\s+|or\s+)?|\s+(?:and/or|and|or)\s+)[A-Za-z0-9][\w-]{1,38}){2,}"
)
# "Douglas\u2013Peucker", "Cooley\u2013Tukey": names joined by an en dash name a method
_EPONYM_DASH = re.compile(r"[a-z]\u2013[A-Z]")
CHECKLIST_STEP = 2.5  # a word this common in English opening "[ ] Word: ..." names a step, no one
_CHECKBOX_OWNER = re.compile(r"^\s*\[[ xX]?\]\s+@?([A-Za-z][\w.'-]*(?:\s[A-Z][\w.'-]*){0,2}):\s")
_AUTHOR_TAIL = re.compile(r"\(([a-z][a-z0-9_-]{2,30})\)\s*$")
# a login that speaks, or is spoken of as someone: "lbrandt suggested ...", "niamhc sent regrets",
# "proxying for khaddad", "(from tsubasa_k)" (verbs a tool does not do: not "reported", "raised")
_LOGIN = r"([a-z][a-z0-9]*(?:[_.-][a-z0-9]+)*_?)"
_LOGIN_SPEAKS = re.compile(
    rf"(?<![\w@/.#:`'\u2019-]){_LOGIN}(?=,?[ \t]+(?:said|says|asked|asks|proposed|explained|noted"
    r"|mentioned|thinks|thought|agreed|disagreed|volunteered|presented|replied|argued|wondered"
    r"|objected|clarified|sen(?:t|ds)\s+(?:regrets|apologies)|added\s+that|pointed\s+out)\b)"
)
_FILE_TAIL = re.compile(
    r"\.(?:io|org|com|net|dev|tf|py|js|ts|md|txt|ya?ml|json|toml|rs|go|sh|c|h)$"
)
_GIVEN_BEFORE = re.compile(r"([A-Z][\w'\u2019-]+)[ \t]$")
_GIVEN_AFTER = re.compile(r",[ \t]*[A-Z][\w'\u2019-]+[ \t]*$")
_MENTION_BEFORE = re.compile(r"@[^\W\d_][\w'\u2019-]*[ \t]$")
# the surname after a mention by name ("@Eitan Shapiro"), one or two words ("@Fatima Zahra Benali")
_CHIP_SURNAME = re.compile(r"[ ]([A-Z][^\W\d_]+(?:[ ][A-Z][^\W\d_]+)?)(?![\w'-])")
_CHIP_INITIAL = re.compile(r"[ ][A-Z]\.(?=[\s,;:)]|$)")
_GROUP_AFTER = re.compile(
    r"\s+(?:maintainers|team|folks|people|devs|developers|list|channel|repo|upstream|project)\b"
)
_LOGIN_ADDRESSED = re.compile(
    rf"(?:\b(?:[Pp]roxying\s+for|[Oo]n\s+behalf\s+of|[Tt]hanks|[Pp]ing|[Cc]c)\s+|\(from\s+)"
    rf"{_LOGIN}(?![\w@/-])"
)
LOGIN_TASKED_RARE = 3.0  # a login given a task may be this common a word ("ACTION: bartz to ...")
# "ACTION: luiza_m to update the spec", "#action hvk and minjun_s to take on the reviews"
_LOGIN_TASKED = re.compile(
    rf"(?:\b(?:ACTION|[Aa]ction|AI|TODO)[ \t]*:|#(?:action|todo)\b)[ \t]*{_LOGIN}"
    rf"(?:(?:[ \t]*,[ \t]*|[ \t]+and[ \t]+|[ \t]*&[ \t]*){_LOGIN})?(?=[ \t]+(?:to|will)[ \t]+[a-z])"
)
_POSSESSIVE = re.compile(r"['\u2019]s$")


def _groups(pattern: re.Pattern[str], text: str) -> Iterator[tuple[int, int, str]]:
    """(start, end, text) of every group each match of ``pattern`` filled."""
    for m in pattern.finditer(text):
        for i in range(1, pattern.groups + 1):
            if m.group(i):
                yield m.start(i), m.end(i), m.group(i)


def _login_places(text: str) -> set[int]:
    """Where a login speaks or is given a task: someone's name there, not an identifier."""
    return {start for p in (_LOGIN_SPEAKS, _LOGIN_TASKED) for start, _, _ in _groups(p, text)}


def _login_word(word: str, rare: float) -> bool:
    """Whether ``word``, said where a login speaks or is spoken of, is someone's login: rarer in
    English than ``rare`` and none of a word, a tool's name, code or a file."""
    return (
        is_handle(word)
        and len(word) >= 3
        and word_frequency(word) < rare
        and not is_bot(word)
        and not re.fullmatch(r"[a-z]\d+[a-z]", word)  # "i18n says": a group
        and not is_english_word(word)
        and not _misspelt(word)  # "credit consuption"
        # "rustc says", "(from pypi)", "wasm32 said": a tool's name, no one's
        and word not in known_lower()
        and not any(c.isdigit() for c in word)
        # "the seconder thinks": a word's doer, not a login
        and not (word.endswith("er") and word_frequency(word[:-2]) >= 4.0)
        # "stack.switch_call says", "(from updates.jenkins.io.tf)": code, a file
        and word.count(".") <= 1
        and not ("." in word and all(map(is_english_word, word.split("."))))
        and not ("." in word and "_" in word)
        and not _FILE_TAIL.search(word)
    )


_COLON_HANDLE_END = re.compile(r"[^\W_]\s*:\s*@[A-Za-z0-9][\w.-]{1,38}\s*$")
_ASKED_BEFORE = re.compile(r"\b(?:asked|asks|requested|tasked|invited)\s+$", re.I)
_TO_VERB = re.compile(r"\s+to\s+(?!be\b|the\b|a\b|an\b|this\b|that\b)[a-z]{2,}\b")
_I_WILL = re.compile(  # "I will ...", or in a turn with the subject left out: "James: will ..."
    r"(?:(?:^\W*(?:(?:[Aa]nd|[Ss]o|[Aa]lso|[Tt]hen)\s+)?|[.;,]\s+|\s+and\s+)"
    r"I\s*(?:will|['\u2019]ll|am\s+going\s+to|said\s+I\s*['\u2019]d)|^\s*will)"
    r"\s+(?!be\b|not\b)[a-z]"
)
_TO_NOUN = re.compile(
    r"^\s+to\s+(?:the|a|an|this|that|these|our|your|their|its|my|from|with|in|on|at|for|of|by|and|or)\b"
)
_PRESENTER = re.compile(r"\S\s+[-\u2013\u2014(]\s*$")
SURNAME_RARE = 3.0  # a word after a first name this rare in English is a surname
SURNAME_LISTED = 3.6  # ... or this rare, after a first name no gazetteer knows, before a verb
# (a capital then no capital: "Dąbrowski", "Ólafsson", not "CI"; is_name_word checks the case)
# (not "Ben L. Titzer", a middle initial before the surname)
_SURNAME_INITIAL = re.compile(r" [A-Z]\.(?:[:,;)]|\s(?![ \t]*[A-Z][a-z])|$)")
_NEXT_NAME = re.compile(r" ([^\W\d_][^\W\d_A-Z][\w'\u2019-]*)\b")
_MONTHS = frozenset("january february march april may june july august".split())
_PLACE_BEFORE = re.compile(r"\b(?:in|at|near|the|a|an)\s+$", re.I)
# what follows a human's name: a verb of speech or work, a possessive, an honorific
_COUNT_AFTER = re.compile(r"\s*:\s*\d")
_POLL_LEGEND = re.compile(r"\bSF\b.{1,12}\bF\b.{1,12}\bN\b.{1,12}\bA\b.{1,12}\bSA\b")
ROLE_WORD = 4.8  # a capitalised word this common opening "Author Jae-won Choi" is no name's
_HUMAN_AFTER = re.compile(rf"^(?:-san\b|\s+(?:{SPOKE})\b)")
# weaker: what follows a known given name standing alone ("Chuck will", "Pooja at Juniper")
_NAME_AFTER = re.compile(
    r"^(?:['\u2019]s\s|\s+(?:will|would|to|and|&|is|was|has|had|can|could|should|may|might|did"
    r"|does|at|from|with|also|then|just|already|still|thinks|feels|needs|looked|looks|opened"
    r"|filed|wrote|created|made|took|shared|gave|sent|landed|merged|reviewed|plans|planned"
    r"|expects|worked|works|working|joined|left|added|asked|said)\b|\s*\()"
)
_JOINED_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]+(?:\s+and|\s*&|,)\s+$")
_NAME_BEFORE = re.compile(
    r"(?:\b(?:with|by|thanks|thank|ask|asked|cc|ping|pinged|per|via)\s+|[(]\s*)$", re.I
)


_PROFILE_URL = re.compile(
    r"^https?://(?:www\.)?(?:(?:github|gitlab|twitter|x|bitbucket|codeberg)\.(?:com|org)/([\w.-]+)/?$"
    r"|[\w.-]+/(?:users?|u|people|profile|fcp|~)/([\w.-]+)/?$)",
    re.I,
)


def _profile(text: str, url: str) -> bool:
    """Whether a link is a person's handle pointing at their profile ([@aturon](github.com/aturon))."""
    m = _PROFILE_URL.match(url)
    if m is None:
        return False
    return text.strip().lstrip("@").lower() == (m.group(1) or m.group(2) or "").lower()


def _glued(before: str) -> bool:
    """Whether a capitalised word runs into the name from the left as part of the name of
    something else ("Google Doc", "Steering Council"), not as a sentence's first word
    ("Thanks Chuck")."""
    glued = re.search(r"([A-Z][a-z][\w-]*)\s$", before)
    if not glued:
        return False
    return not _starts_sentence(before[: glued.start()]) or word_frequency(glued.group(1)) < 4.5


def _starts_sentence(before: str) -> bool:
    """Whether nothing but list markup or a sentence end comes before (a capital by position)."""
    stripped = before.rstrip()
    return (
        not stripped
        or stripped[-1] in ".!?:;*-([\"'\u201c\u2018"
        or "\n" in before[len(stripped) :]
    )


def _unknown_beside_a_name(name: str, before: str, after: str) -> bool:
    """ "Matt and Kewei to investigate": a name no gazetteer knows, joined to a name before it,
    taking on a task."""
    return (
        bool(_WILL.match(after))
        and not _TO_NOUN.match(after)
        and bool(_JOINED_BEFORE.search(before))
        and word_frequency(name) == 0
        and is_name_word(name)
    )


_JOINED_AFTER = re.compile(r"^(?:,|\s+and|\s*&)\s+[A-Z][a-z]+\s+[A-Z]")
LISTED_NAME_RARE = 3.6  # a word of a name no gazetteer knows, listed among names, this rare


def _in_a_list_of_names(words: list[str], before: str, after: str) -> bool:
    """ "..., Olivier Brandt, Kenta Morimoto and Priscila Nogueira": two words no
    gazetteer knows, each a rare name-shaped word, between names of a list."""
    return (
        len(set(words)) == len(words)
        and all(is_name_word(w) and word_frequency(w) < LISTED_NAME_RARE for w in words)
        and not _PLACE_BEFORE.search(before)
        # a name joined before it, or one of two words joined after it ("..., Kenta Morimoto
        # and Priscila Nogueira")
        and bool(_JOINED_BEFORE.search(before) or _JOINED_AFTER.match(after))
    )


_AFFILIATION_BEFORE = re.compile(r"\b[A-Z][\w'\u2019-]+\s+[A-Z][\w'\u2019-]+\s*\(\s*$")
_ORG_AFTER = re.compile(r"^\s+\(([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,2})\)")


def _with_organization(words: list[str], after: str) -> bool:
    """ "Halvard Brekke (SUSE)", "Tamsin Achterberg (Meta)": two rare name-shaped words no
    gazetteer knows, then an organization in parentheses (not "Branch Hinting (Yuri Iozzelli)",
    a subject and its presenter)."""
    org = _ORG_AFTER.match(after)
    inside = org.group(1).split() if org else []
    return (
        org is not None
        and not (len(inside) >= 2 and is_given_name(inside[0], strict=False))
        and word_frequency(words[0]) < 3.0
        and all(is_name_word(w) and word_frequency(w) < LISTED_NAME_RARE for w in words)
    )


WORD_AND_WORD = 4.5  # a given name this common a word, then "and" and a word, is the word
_AND_A_WORD = re.compile(r"\s+(?:and|&|or)\s+[a-z]")


# what closes a bracket holding only a name: "(Chuck)", "(Ana, Bo)", "(Ana and Bo)"
_BRACKET_CLOSES = re.compile(r"[ \t]*(?:[),;/&?]|and\b|\+)")


def _person_context(name: str, before: str, after: str) -> bool:
    """Whether a given name standing alone is used as a person's name here: a verb of speech or
    work after it ("Chuck will", "Pooja at Juniper"), or a cue before it ("thanks Chuck", "with
    Chuck"), and no determiner or place word before it ("the Mac", "in Hung")."""
    if _HUMAN_AFTER.match(after):
        return True
    if _PLACE_BEFORE.search(before):
        return False
    if (
        _WILL.match(after)
        and not _TO_NOUN.match(after)
        and is_given_name(name, strict=False)
        and word_frequency(name) < 4.9
        and name.lower() not in _MONTHS
    ):
        return True  # "Taylor to ask for a writeup": a name that is a word too ("Hope to see")
    if _unknown_beside_a_name(name, before, after):
        return True
    if not is_given_name(name):
        return False
    if _AFFILIATION_BEFORE.search(before) and after.startswith(")"):
        return False  # "Tamsin Achterberg (Meta)": where she works
    if word_frequency(name.lower()) >= WORD_AND_WORD and _AND_A_WORD.match(after):
        return False  # "Line and fill layers work": a word joined to a word, not to a name
    cue = _NAME_BEFORE.search(before)
    if cue and "(" in cue.group(0) and not _BRACKET_CLOSES.match(after):
        cue = None  # "(Ran out of time mostly.)": a sentence in brackets, not "(Chuck)"
    return bool(_NAME_AFTER.match(after) or cue)


# -- actions -----------------------------------------------------------------------------------
_ARROW = r"(?:=>|->|\u2192|\u27a1\ufe0f?)"  # "=> AI: ...", "➡️ @ann post ..."
_ACTION_LABEL = re.compile(
    r"^\s*(?:\[\s*\]|\[[xX]\])\s+|^\s*[#!]action\s+"  # a check-list's box; MeetBot's "#action"
    rf"|^\s*(?:{_ARROW}\s*)?(?:ACTION(?:\s+ITEMS?)?|AI|TODO|NEXT\s+STEPS?|FOLLOW[- ]?UPS?)\s*"
    r"(?:#?\d{1,3}(?:[.-]\d{1,3}){0,3}\s*(?=[(\[:]))?"  # "Action 3.2.1 (EL): ...", "AI 4: ..."
    r"(?:\([^)]{1,60}\)|\[[^\]]{1,60}\])?\s*[:\-]\s*"
    rf"|^\s*{_ARROW}\s*(?=@[\w.-]+\s|[A-Za-z][\w'.-]+(?:\s*[+&]\s*@?[A-Za-z][\w'.-]+)*:\s)"
    # (an arrow, then who: the task)
    # "ACTION Ngozi: add the test", "TODO @ann: ...": the label, then who and a colon
    rf"|^\s*(?:{_ARROW}\s*)?(?-i:ACTION|TODO|Action|Todo|AI)\s+"
    r"(?=(?-i:@?[A-Z][\w.'-]*(?:\s[A-Z][\w'-]+){0,2}|@?[a-z][\w.-]*)"
    r"(?:\s*[+&]\s*(?-i:@?[A-Z][\w.'-]*|@?[a-z][\w.-]*))*:\s)"  # "AI RQ + NF: ..." too
    r"|^\s*(?-i:TODO|DOING|LATER|WAITING)\s+(?=\S)",  # an outliner's task: "TODO Ann add the test"
    re.I,
)
# a link to code, not to someone: a file in a repository, a line of it
_CODE_URL = re.compile(r"/(?:blob|tree|raw)/|#L\d+")
FAMILY_WORD = 5.0  # a family name this common as a word ("As", "Park") needs a given "Ha-eun"
_BOT_ACTION = re.compile(r"\s*[#!]action\s", re.I)  # a meeting bot's command
_HELPER = re.compile(r"\b(?:with|w/)\s*$", re.I)  # "(with lotte_)": a helper, not the owner
_NAMES_AT_END = re.compile(
    r"(?:[(\[][ \t]*([^()\[\]\n]{2,60}?)[ \t]*[)\]]|[ \t][-\u2013\u2014][ \t]+([^-\u2013\u2014\n]{2,60}?))"
    r"[ \t]*[.;]?[ \t]*$"
)
_WITH_OWNER = re.compile(r"(?:with|w/|\+)[ \t]+", re.I)
_TRAILING_HANDLES = re.compile(
    r"(?<![\w@])@[\w.-]+(?:(?:\s*[,&]\s*|\s+and\s+|\s+)@[\w.-]+)*+"
    r"[^\w@]*+(?:\d{4}-\d\d-\d\d[^\w@]*+)?$"
)
# a task's owners before a dash: "@Arjun + @Layla — pair on the APNs token bug", "me — review"
_OWNER_DASH = re.compile(  # ("and" only between blanks, possessive: no splitting of words)
    r"[ \t]*(?:[\u2610-\u2612][ \t]*)?@?[\w.'-]+(?:(?:[ \t]*[+&,/][ \t]*|[ \t]+and[ \t]+)@?[\w.'-]+)*+[ \t]+[\u2014\u2013-][ \t]"
)


def _colon_nick(text: str, start: int) -> bool:
    """Whether the word at ``start`` is marked as an IRC nick by a colon (":habib")."""
    return text[start - 1 : start] == ":" and (start < 2 or text[start - 2] in " \t\n(")


def _unnamed(text: str, start: int, end: int, people: list[tuple[int, int, str]]) -> str:
    """``text[start:end]`` less the people named in it and the words joining them."""
    out = text[start:end]
    for s0, e0, _ in sorted(people, reverse=True):
        if start <= s0 and e0 <= end:
            out = out[: s0 - start] + " " + out[e0 - start :]
    return re.sub(r"\band\b|@", " ", out)


_SELF_DASH = re.compile(r"[ \t]*(?:me|myself|I)[ \t]*(?:[\u2014\u2013:-])[ \t]", re.I)
# a meeting bot's "#action tuanpm ...", and a Matrix bot's "!action @seun:matrix.org ..."
_BOT_OWNER = re.compile(r"\s*[#!]action\s+@?([a-z][\w.-]{1,30})(?::[\w.-]+)?\s")
_ACTION_WHO = re.compile(
    rf"\s*(?:{_ARROW}\s*)?(?:ACTION|TODO|Action|Todo|AI)\s+@?([A-Z][\w.'-]*|[a-z][\w.-]*):\s"
)
_ACTION_INLINE = re.compile(r"\[(?:AI|ACTION)\s*:?\s*([^\]]+)\]", re.I)
# "[Yusuf] expand the test", "[Lakshmi, Kofi] write up the demo": who, in brackets, then the task
_BRACKET_OWNERS = re.compile(r"\W{0,3}\[([^\[\]\n]{2,60})\][ \t]+(\w+)")
_BRACKET_PART = re.compile(r"(?<![\w-])[A-Z][^\W\d_]+(?:-[^\W\d_]+)?(?![\w-])")  # ... a name
_BRACKET_TAIL = re.compile(r"\[?[^\[\]\n]{1,80}\]\.?|\(?[^()\n]{1,40}\)\.?")  # "[@ann]", "(Ingrid)"
_JOINED = re.compile(r"\s*(?:,|&|/|\+|,?\s*and)\s*")
_WORDS = re.compile(r"[^\W\d_]{3,}")
_TEMPLATE = frozenset(
    "name names owner owners person who what todo action actions item items task tasks tbd list".split()
)
_WILL = re.compile(
    r"^\s*(?:\([^)]*\)\s*)?:?\s*(?:and\s+(?:the\s+)?others?(?:\s+[a-z]+)?\s+)?"  # "Hudson and other editors will"
    r"(?:will|to|shall|(?:is|are) (?:going|supposed|expected) to|needs to|"
    r"plans to|promised to|(?:agreed|volunteered|volunteers|offered|offers) to)\s+(?!be\b)[a-z]"
    # "has volunteered to be release manager again": a role taken on
    r"|^\s*(?:(?:has|have)\s+)?(?:volunteered|volunteers|offered|offers|agreed)\s+to\s+be\b"
    r"|^\s*(?:is|are)\s+(?:(?:now|still|already)\s+)?(?:investigating|looking\s+into|working\s+on"
    r"|following\s+up|preparing|drafting|handling|coordinating|organi[sz]ing|planning)\b"
    r"|^\s*(?:is|are)\s+(?:the\s+)?(?:DRIs?|owners?|point\s+person|responsible)\s+(?:for|of)\b"
    r"|^\s*owns\s+(?:the|this|that)\s+(?:fix|patch|follow[- ]?up|backport|PR|pull\s+request|change|task"
    r"|migration\s+guide|write[- ]?up|doc|docs|rollout|release\s+notes?)\b"  # "Karim owns the fix."
    r"|^\s*promised\s+(?!to\b)(?:(?:a|an|the|her|his|their)\s+)?[a-z]"  # "promised review by Thursday"
    r"|^\s*(?:takes|picks\s+up)\s+(?:it|them|that|this|both|those)\s*(?:[.;,]|$)"  # "tdaramola takes them."
    # "said in Slack she'll rebase after ...": reported speech of one's own task
    r"|^\s*(?:said|says|mentioned)(?:\s+(?:in|on)\s+\w+)?(?:\s+that)?\s+(?:she|he|they)"
    r"(?:'ll|\u2019ll|\s+will|'d|\u2019d|\s+would)\s+(?!be\b)[a-z]"
)


def _text(doc: Doc) -> str:
    """The doc's text: given by the caller in ``user_data`` (cheap), else rebuilt from tokens."""
    text = doc.user_data.get("text")
    if not isinstance(text, str):
        text = doc.user_data["text"] = doc.text
    return text


_CODE_PUNCT = re.compile(r"[(){}\[\]<>\"'=]")


CJK_FROM = "\u2e80"  # scripts written without spaces between words start here


def _one_word_names(doc: Doc) -> frozenset[str]:
    """The meeting's names of one word ("Park" of the turns "Park:"), capitalised, kept on the
    doc once found."""
    names: frozenset[str] | None = doc.user_data.get("one_word_names")
    if names is None:
        roster: dict[str, str] = doc.user_data.get("roster", {})
        names = frozenset(key.title() for key, name in roster.items() if " " not in name)
        doc.user_data["one_word_names"] = names
    return names


def _add(doc: Doc, start: int, end: int, label: str, key: str) -> Span | None:
    # a term must be whole tokens: "repr" of "repr(C)" is not widened to "repr(C"
    mode = "strict" if label == "TERM" else "expand"
    span = doc.char_span(start, end, label=label, kb_id=key, alignment_mode=mode)
    if span is None or not _text(doc)[span.start_char : span.end_char].strip():
        return None
    begin, end_ = span.start_char, span.end_char
    if label == "TOPIC" and (begin, end_) != (start, end):
        text = _text(doc)
        glued = text[begin:start] + text[end:end_]
        if _CODE_PUNCT.search(text[begin:end_]) or any(c >= CJK_FROM for c in glued):
            # "Pathname.new" of `Pathname.new("/tmp")`, not the token it is glued into;
            # "SHA256" of "v3 に。SHA256", Japanese written without spaces
            begin, end_ = start, end
    group = doc.spans[SPANS] if SPANS in doc.spans else None
    if group is None:
        doc.spans[SPANS] = []
        group = doc.spans[SPANS]
    group.append(span)
    doc.user_data.setdefault("taken", []).append((begin, end_, label, key))
    return span


def _inert(text: str) -> list[tuple[int, int]]:
    """Where the text has URLs and emoji codes: the words in them name no topic."""
    if "://" not in text and "www." not in text and ":" not in text:
        return []
    return [m.span() for m in _INERT.finditer(text)]


def _taken(doc: Doc, start: int, end: int, labels: Iterable[str]) -> bool:
    taken: list[tuple[int, int, str, str]] = doc.user_data.get("taken", [])
    if not taken:
        return False
    wanted = set(labels)
    # a plain list of (start, end, label, key): iterating doc.spans would build Span objects
    return any(label in wanted and s < end and start < e for s, e, label, _ in taken)


@Language.component("kg_references")
def find_references(doc: Doc) -> Doc:
    """Mark code reviews and issues: Phabricator D-numbers, GitHub issues/PRs, bug numbers.

    Each span's ``kb_id_`` is the reference key (``D19904``, ``github:nodejs/node#24938``); facts
    about it (url, repository) go to ``doc.user_data["ref_info"][key]``.
    """
    info: dict[str, dict[str, str]] = doc.user_data.setdefault("ref_info", {})
    text = _text(doc)
    default_repo: str = doc.user_data.get("repo", "")
    phab_base: str = doc.user_data.get("phabricator", "")

    def note(key: str, **facts: str) -> str:
        slot = info.setdefault(key, {})
        for name, value in facts.items():
            if value and not slot.get(name):
                slot[name] = value
        return key

    def github(full: str, num: str, url: str = "") -> str:
        return note(
            f"github:{full}#{num}".lower(),
            system="github",
            repo=full,
            number=num,
            label=f"{full.split('/')[-1]}#{num}",
            url=url or f"https://github.com/{full}/issues/{num}",
        )

    def mark(start: int, end: int, key: str) -> None:
        if not _taken(doc, start, end, ["REFERENCE"]):
            _add(doc, start, end, "REFERENCE", key)

    def gitlab(full: str, kind: str, num: str, url: str = "") -> str:
        sign = "!" if kind.startswith("merge") else "#"
        return note(
            f"gitlab:{full}{sign}{num}".lower(),
            system="gitlab",
            repo=full,
            number=num,
            label=f"{full.split('/')[-1]}{sign}{num}",
            url=url,
        )

    def forge(m: re.Match[str]) -> str:  # "gitee.com/lantern/kiln/pulls/198"
        host, owner, repo, num = m.group(1), m.group(3), m.group(4), m.group(5) or m.group(6)
        return note(
            f"{host.split('.')[0]}:{owner}/{repo}#{num}".lower(),
            system=host.split(".")[0],
            repo=f"{owner}/{repo}",
            number=num,
            label=num if not num.isdigit() else f"{repo}#{num}",  # Gitee's "I9XK2P" is its own
            url=m.group(0),
        )

    def launchpad(number: str, url: str = "") -> str:  # "LP: #2071234", ".../+bug/2071234"
        bug = note(f"bug:{number}", system="launchpad", number=number, label=f"Bug {number}")
        return note(bug, url=url)

    def tracker(num: str, url: str = "") -> str:  # Redmine and other trackers: "#123"
        return note(f"#{num}", system="issue", number=num, label=f"#{num}", url=url)

    # links first: their URL says exactly what they point at
    for start, end, url in doc.user_data.get("links", []):
        key = ""
        if m := _GH_URL.match(url):
            key = github(f"{m.group(1)}/{m.group(2)}", m.group(4), url)
        elif m := _PHAB_URL.match(url):
            key = note(
                f"D{m.group(2)}",
                system="phabricator",
                url=url,
                number=m.group(2),
                label=f"D{m.group(2)}",
                base=m.group(1),
            )
        elif m := _GITLAB_URL.match(url):
            key = gitlab(m.group(1), m.group(2), m.group(3), url)
        elif m := _FORGE_URL.match(url):
            key = forge(m)
        elif (m := _LAUNCHPAD.match(url)) and m.group(2):
            key = launchpad(m.group(2), url)
        elif m := _TRACKER_URL.match(url) or _MONORAIL_URL.match(url):
            key = tracker(m.group(1), url)
        elif m := _BUG_URL.match(url):
            key = note(
                f"bug:{m.group(2)}",
                system="bugzilla",
                url=url,
                number=m.group(2),
                label=f"Bug {m.group(2)}",
            )
        elif m := _JIRA_URL.search(url):  # ".../browse/OAK-512": a Jira issue, word or not
            key = note(f"jira:{m.group(1)}", system="jira", label=m.group(1), url=url)
        if key and end > start:
            _add(doc, start, end, "REFERENCE", key)
    # a Phabricator review ("D19904") or task ("T362811", "T362811#9876543")
    tasks = _PHAB_TASK_SHORT.finditer(text) if doc.user_data.get("short_tasks") else ()
    for m in (*_PHAB.finditer(text), *_PHAB_TASK.finditer(text), *tasks):
        key = m.group(0)[0] + m.group(1)
        url = f"{phab_base.rstrip('/')}/{key}" if phab_base else ""
        mark(
            m.start(),
            m.end(),
            note(key, system="phabricator", number=m.group(1), label=key, url=url),
        )
    if "gerrit:" in text:  # "gerrit:1043521": a change on Gerrit
        for m in _GERRIT_CHANGE.finditer(text):
            key = note(f"gerrit:{m.group(1)}", system="gerrit", number=m.group(1), label=m.group(0))
            mark(m.start(), m.end(), key)
    for m in _GH_URL.finditer(text):
        mark(m.start(), m.end(), github(f"{m.group(1)}/{m.group(2)}", m.group(4), m.group(0)))
    if "://" in text:  # bare URLs of other systems
        for m in _PHAB_URL.finditer(text):
            key = note(
                f"D{m.group(2)}",
                system="phabricator",
                url=m.group(0),
                number=m.group(2),
                label=f"D{m.group(2)}",
                base=m.group(1),
            )
            mark(m.start(), m.end(), key)
        for m in _GITLAB_URL.finditer(text):
            mark(m.start(), m.end(), gitlab(m.group(1), m.group(2), m.group(3), m.group(0)))
        for m in _BUG_URL.finditer(text):
            key = f"bug:{m.group(2)}"
            bug = note(key, system="bugzilla", number=m.group(2), label=f"Bug {m.group(2)}")
            mark(m.start(), m.end(), bug)
        for m in _FORGE_URL.finditer(text):
            mark(m.start(), m.end(), forge(m))
        for m in (*_TRACKER_URL.finditer(text), *_MONORAIL_URL.finditer(text)):
            mark(m.start(), m.end(), tracker(m.group(1), m.group(0)))
    for m in _GITLAB_MR.finditer(text):
        mark(m.start(), m.end(), gitlab(m.group(1), "merge_requests", m.group(2)))
    if "PATCH" in text:  # "[PATCH v3 0/7] mm: promote hot pages ...": a series on a list
        for m in _PATCH.finditer(text):
            # (quoted in prose: 'a series out: "[PATCH v3 0/7] quic: fix PTO backoff".')
            subject = m.group(2).strip().rstrip(".,;").rstrip("\"'\u201d").rstrip()
            url = _LORE_AFTER.match(text, m.end())
            key = note(
                f"patch:{topic_key(subject)}",
                system="patch",
                label=f"{m.group(1)} {subject}",
                title=subject,
                url=url.group(1) if url else "",
            )
            mark(m.start(1), m.end(1), key)  # the subject's words stay free for topics
    if "!" in text:  # "core!1822": a merge request of the group's project "core"
        owner = default_repo.split("/")[0] if "/" in default_repo else ""
        for m in _PROJECT_MR.finditer(text):
            name = m.group(1)  # of the meeting's own group, when the minutes name it
            full = f"{owner}/{name}" if owner and name != owner else name
            mark(m.start(), m.end(), gitlab(full, "merge_requests", m.group(2)))
    if "&" in text and doc.user_data.get("epics"):  # "&45": a GitLab epic, where minutes say so
        for m in _EPIC.finditer(text):
            number = m.group(1)
            key = note(f"epic:&{number}", system="gitlab", number=number, label=f"&{number}")
            mark(m.start(), m.end(), key)
    if "!" in text:  # "!318": a GitLab merge request of the project's own repository
        for m in _MR_NUM.finditer(text):
            number = m.group(1)
            mark(
                m.start(),
                m.end(),
                note(f"!{number}", system="gitlab", number=number, label=f"!{number}"),
            )
    if ":" in text:  # ":issue:`2198`", ":pr:`2240`": Sphinx's roles for the project's issues
        for m in _ROLE_NUM.finditer(text):
            number = m.group(1)
            mark(
                m.start(),
                m.end(),
                github(default_repo, number) if default_repo else tracker(number),
            )
    if "LP" in text or "launchpad" in text:  # before "#2071234" is read as the project's own
        for m in _LAUNCHPAD.finditer(text):
            url = m.group(0) if m.group(2) else ""
            mark(m.start(), m.end(), launchpad(m.group(1) or m.group(2), url))
    if "bug" in text:
        for m in _BUG_LINK.finditer(text):
            host, number = m.group(1), m.group(2)
            if host.startswith("crbug."):
                key = note(f"crbug:{number}", system="crbug", number=number, label=m.group(0))
            else:
                key = note(
                    f"bug:{host}/{number}", system="bug", number=number, label=f"{host}/{number}"
                )
            mark(m.start(), m.end(), key)
    if "b/" in text:  # an issue of Google's tracker
        for m in _BUGANIZER.finditer(text):
            number = m.group(1)
            mark(
                m.start(),
                m.end(),
                note(f"b/{number}", system="buganizer", number=number, label=f"b/{number}"),
            )
    if "GHSA-" in text:  # a GitHub security advisory
        for m in _GHSA.finditer(text):
            mark(
                m.start(),
                m.end(),
                note(f"ghsa:{m.group(0).lower()}", system="advisory", label=m.group(0)),
            )
    for m in _CHANGE_NUM.finditer(text):  # "change 18842", "CL 51234": a Gerrit change
        before = text[max(0, m.start() - 12) : m.start()].split()
        if before and before[-1].lower() in _CHANGE_VERB:
            continue  # "whether we want to change 6780": the verb
        number = m.group(1)
        key = note(f"gerrit:/{number}", system="gerrit", number=number, label=f"change {number}")
        mark(m.start(), m.end(), key)
    for m in _JIRA.finditer(text):
        jira = m.group(1) or m.group(2)
        if jira.split("-")[0] in _NOT_JIRA:
            continue  # "[AI-1]": an action item's number
        start = m.start(1) if m.group(1) else m.start(2)
        mark(start, start + len(jira), note(f"jira:{jira}", system="jira", label=jira))
    named_repos: dict[str, str] = {}  # "sylvan-lang/sprout#3120" said: "sprout#2987" is its
    for m in _GH_FULL.finditer(text):
        mark(m.start(), m.end(), github(f"{m.group(1)}/{m.group(2)}", m.group(3)))
        named_repos.setdefault(m.group(2).lower(), m.group(1))
    owner = default_repo.split("/")[0] if "/" in default_repo else ""
    if owner:  # "lang-team#102" in minutes whose links are to rust-lang/...
        for m in _REPO_NUMBER.finditer(text):
            mark(m.start(), m.end(), github(f"{owner}/{m.group(1)}", m.group(2)))
    elif "#" in text:  # "marrowlake-style#64": a repository of the project, its owner unsaid
        repos: frozenset[str] = doc.user_data.get("repos", frozenset())
        for m in _REPO_NUMBER.finditer(text):
            name = m.group(1)
            # "devguide#1422" too, a name English does not know; not "issue#12"
            rare = word_frequency(name)
            # "tdf#158812", a tracker's three letters, before a bug's number of 3 digits or more
            short = len(name) == 3 and rare < REPO_RARE + 0.5 and len(m.group(2)) >= 3
            if name.lower() in named_repos:
                mark(m.start(), m.end(), github(f"{named_repos[name.lower()]}/{name}", m.group(2)))
            elif (
                "-" in name
                or "_" in name
                or len(name) >= 4
                and rare < REPO_RARE
                or short
                or name in repos
            ):
                repo, number = m.group(1), m.group(2)
                key = note(f"repo:{repo}#{number}".lower(), system="issue", label=m.group(0))
                mark(m.start(), m.end(), key)
    for m in _GH_NUM.finditer(text):
        ahead = text[max(0, m.start() - 30) : m.start()]
        if _NOT_ISSUE_BEFORE.search(ahead):
            continue  # "Build #8812", "pipeline #20931": a CI run, not an issue
        if m.group(1) and len(m.group(1)) <= 3 and _SERIES_BEFORE.search(ahead):
            continue  # "Meeting #24", "This Week in Ferrowave #87": the series' number
        number = m.group(1) or m.group(2) or m.group(3) or m.group(4)
        # "bug #1101877": the word is part of the name the minutes give it
        said = _KIND_BEFORE.search(ahead) if m.group(1) else None
        start = m.start() - len(said.group()) if said else m.start()
        if default_repo:  # "#123" under a "### nodejs/node" heading
            mark(m.start(), m.end(), github(default_repo, number))
        elif len(number) >= 2:  # "[Feature #10984]", "PR #10240": the project's own tracker
            mark(start, m.end(), tracker(number))
    for m in _CHANGESET.finditer(text):
        number = m.group(1) or m.group(2) or m.group(3)
        key = note(f"changeset:{number}", system="changeset", number=number, label=f"r{number}")
        mark(m.start(), m.end(), key)
    if "#" in text:
        for m in _TRACKER_HASH.finditer(text):
            if m.group(1) in ("PR", "GH"):  # "GH#58690", "PR#12": the project's own "#12"
                number = m.group(2)
                mark(
                    m.start(),
                    m.end(),
                    github(default_repo, number) if default_repo else tracker(number),
                )
                continue
            if m.group(1) in _NOT_JIRA or m.group(1) in ("MR", "LP"):
                continue  # "LP#2063980" is Launchpad's
            label = f"{m.group(1)}#{m.group(2)}"
            if owner:  # "TSC#1234" in minutes whose links are to nodejs/...: nodejs/TSC#1234
                key = github(f"{owner}/{m.group(1)}", m.group(2))
            else:
                key = note(
                    f"bug:{label}".lower(), system="bugzilla", number=m.group(2), label=label
                )
            mark(m.start(), m.end(), key)
    if "PR" in text:
        for m in _GNATS.finditer(text):
            key = note(f"bug:{m.group(2)}", system="bugzilla", number=m.group(2), label=m.group(0))
            mark(m.start(), m.end(), key)
    if "-SA-" in text or "-EN-" in text or "-20" in text:  # (a cheap test before the pattern)
        for m in _ADVISORY.finditer(text):
            mark(m.start(), m.end(), note(f"advisory:{m.group(0)}", label=m.group(0)))
    for m in _BUG.finditer(text):
        key = f"bug:{m.group(1)}"
        mark(
            m.start(),
            m.end(),
            note(key, system="bugzilla", number=m.group(1), label=f"Bug {m.group(1)}"),
        )
    for m in _PROPOSAL.finditer(text):
        kind, number = m.group(1), m.group(2)
        label = f"{kind}-{number}" if kind == "CVE" else f"{kind} {number}"
        url = _PROPOSAL_URL.get(kind, "").format(n=number)
        key = note(
            f"{kind.lower()}:{number}", system="proposal", number=number, label=label, url=url
        )
        mark(m.start(), m.end(), key)
    if "://" in text:
        for m in _GERRIT_URL.finditer(text):
            project, number = m.group(1) or "", m.group(2)
            label = f"{project}/+/{number}" if project else f"change {number}"
            key = note(
                f"gerrit:{project}/{number}".lower(),
                system="gerrit",
                repo=project,
                number=number,
                label=label,
                url=m.group(0),
            )
            mark(m.start(), m.end(), key)
    if "draft-" in text:
        for m in _DRAFT.finditer(text):
            name = m.group(1)
            url = f"https://datatracker.ietf.org/doc/{name}/"
            mark(m.start(), m.end(), note(f"draft:{name}", system="draft", label=name, url=url))
    glued: frozenset[str] = doc.user_data.get("glued", frozenset())
    for m in _GLUED_KEY.finditer(text) if glued else ():
        if m.group(1) in glued and family_key(m):  # "MSC4202", and MSC4159 and MSC4188 said
            key = f"key:{m.group(1)}{m.group(2)}"  # "SEP 58" and "SEP58" are one
            mark(m.start(), m.end(), note(key, system="proposal", label=m.group(0)))
    trackers: frozenset[str] = doc.user_data.get("trackers", frozenset())
    for m in _JIRA_BARE.finditer(text):
        project = m.group(1)
        if project in _NOT_JIRA or _PROPOSAL_KIND.fullmatch(project) or len(project) < 2:
            continue
        if word_frequency(project.lower()) >= 4.0 and project not in trackers:
            # "TOP-10", "ROUND-12": a word and a number, not a tracker's key (but "TIDE-2204"
            # where the meeting also says "TIDE-2230")
            continue
        jira = m.group(0)
        mark(m.start(), m.end(), note(f"jira:{jira}", system="jira", label=jira))
    year_keys: frozenset[str] = doc.user_data.get("year_keys", frozenset())
    if "-20" in text or "-19" in text:
        for m in _YEAR_KEY.finditer(text):  # "CR-2025-07", "ADR-2024-003": numbered by year
            number = m.group(2).split("-")[1]
            # not "PSC-2024-07", a month's meeting, unless "PSC-2024-09" is said too
            if m.group(1) in year_keys or m.group(1) not in _NOT_JIRA and int(number) > 12:
                key = m.group(0)
                mark(m.start(), m.end(), note(f"key:{key}", system="proposal", label=key))
    return doc


KNOWN_COMMON = 3.0  # Zipf frequency from which a known name is also an everyday word
KNOWN_LOWER = 2.5  # ... below which its lower-case form is read as the name too ("sqlite")
_MADE = (
    r"operators?|charts?|SDKs?|clients?|bindings|plugins?|drivers?|connectors?|providers?"
    r"|adapters?|extensions?|images?|containers?|runners?|agents?|crates?|gems?|wheels?"
    r"|backends?|exporters?|installers?|packages?|CI"
)
_MADE_FOR = re.compile(rf"[ \t]+({_MADE})\b(?![-./]\w)")
_TERM_MADE_FOR = re.compile(rf"[ \t]+({_MADE}|builds?)\b(?![-./]\w)")  # "the ISO builds"
KNOWN_LOWER_LENGTH = 5  # ... when it is this long ("wasm" and "vite" are any project's words)
_GLUED_AFTER = re.compile(r"[-_/.]?[A-Za-z0-9]")
_GLUED_BEFORE = re.compile(r"[A-Za-z0-9][-_/.@]?\Z")
_NAMED_VERSION = re.compile(r"[ \t]+v?(\d+\.\d+(?:\.\d+)?|\d{2,3})(?![\w.]*\d)")  # "GNOME 47"


def _lower_too(term: str) -> bool:
    """Whether a name is also read in lower case: one word, no acronym, no English word."""
    return " " not in term and not term.isupper() and word_frequency(term) < KNOWN_LOWER


SHORT_REFERENCE = 16  # a reference's span this short is its number, not an issue's title


def _in_short_reference(doc: Doc, start: int, end: int) -> bool:
    """Whether the span overlaps a reference that is only its number ("#123", "D19904"), not a
    link whose text is an issue's title, whose words may name a topic."""
    return any(
        label == "REFERENCE" and s0 < end and start < e0 and e0 - s0 <= SHORT_REFERENCE
        for s0, e0, label, _ in doc.user_data.get("taken", [])
    )


class TopicFinder:
    """Mark topics: lexicon terms (with aliases), then technical terms discovered by their shape.

    Discovered shapes: acronyms and mixed-case names (NVMe, CSM, FreeBSD), man pages
    (``if_bridge(4)``) and identifiers (``virtio-net``, ``if_bridge``). Ordinary English words,
    people's names and filler (ASAP, TBD) are never topics.
    """

    def __init__(self, nlp: Language, name: str, lexicon: Lexicon) -> None:
        self.lexicon = lexicon
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        for alias, _label in lexicon.terms():
            self.matcher.add(topic_key(alias) or alias, [nlp.make_doc(alias)])
        # well-known names of software and standards (kg/data/known_terms.txt), case-sensitive
        self.known = PhraseMatcher(nlp.vocab, attr="ORTH")
        for written in known_terms():
            term = written.removeprefix("=")  # "=Buf": as written only ("buf" is any buffer)
            forms = {term, term[:1].upper() + term[1:]} if term.islower() else {term}
            if len(term) >= KNOWN_LOWER_LENGTH and _lower_too(term) and term == written:
                forms.add(term.lower())  # "kubernetes", "sqlite": no English word either way
            self.known.add(term, [nlp.make_doc(f) for f in sorted(forms)])

    def __call__(self, doc: Doc) -> Doc:
        lexicon = self.lexicon
        for _match_id, start, end in self.matcher(doc):
            span = doc[start:end]
            label = lexicon.canonical(_text(doc)[span.start_char : span.end_char])
            if label and not _taken(doc, span.start_char, span.end_char, ["TOPIC", "REFERENCE"]):
                _add(doc, span.start_char, span.end_char, "TOPIC", topic_key(label))
        text = _text(doc)
        initials: set[str] = doc.user_data.get("initials", set())
        inert = _inert(text)
        for match_id, start, end in self.known(doc):
            span = doc[start:end]
            self.known_name(doc, text, span.start_char, span.end_char, doc.vocab.strings[match_id])
        roster: dict[str, str] = doc.user_data.get("roster", {})
        logins: set[int] | None = None
        for pattern in (_METHOD, _CALL, _MANPAGE, _ACRONYM, _IDENT):
            for m in pattern.finditer(text):
                start, end = m.start(), m.end()
                if inert and any(s < end and start < e for s, e in inert):
                    continue
                word = m.group(0)
                if word.lower() in roster and not word.isupper():
                    continue  # "PramodK", a scribe's name for Pramod Karnik
                if (
                    pattern is _IDENT
                    and _NAME_INITIAL.fullmatch(word)
                    and is_given_name(word[:-2].title(), strict=False)
                ):
                    continue  # "jari-o's colleague": a given name and an initial, a login
                if pattern is _IDENT and word.islower():
                    if logins is None:  # "minjun_s asked ...", "ACTION: minjun_s to propose ..."
                        logins = _login_places(text)
                    if start in logins:
                        continue
                if pattern is _MANPAGE:
                    word = m.group(1)
                if pattern is _METHOD and _EXAMPLE_CODE.fullmatch(word):
                    continue
                if _PLACEHOLDER_NAME.search(word):
                    continue  # "some_module::foo", "SomeStruct": an example's made-up names
                if _ERROR_CODE.fullmatch(word):
                    continue  # "EPERM", "SIGSEGV", "LNK1104": what failed, as a log says it
                if pattern not in (_METHOD, _CALL) and not self.is_topic(
                    word, pattern is _ACRONYM, initials
                ):
                    continue
                if _taken(doc, start, end, ["TOPIC"]) or _in_short_reference(doc, start, end):
                    continue  # (the words of an issue's or a link's title may name a topic)
                label = lexicon.canonical(word) or word
                _add(doc, start, end, "TOPIC", topic_key(label))
        return doc

    def known_name(self, doc: Doc, text: str, start: int, end: int, term: str) -> None:
        """Mark a well-known name ("Kubernetes", "git", "GitHub Actions") as a topic, even said
        once; a one-word name that is also a common word ("Windows", "Matrix") only where its
        capital says it is a name (not at a sentence's start), and never beside other capitals
        ("Windows Server Team", "John Swift")."""
        surface = text[start:end]
        low = surface.lower()
        key = topic_key(term)
        if (
            surface != term
            and surface.islower()
            and (_GLUED_AFTER.match(text, end) or _GLUED_BEFORE.search(text, 0, start))
        ):
            return  # "sqlite" of "better-sqlite3" or "libs/sqlite": part of another name
        if not key or key in self.lexicon.ignore_topics or low in _JARGON or low in _NOT_TOPICS:
            return
        if surface in doc.user_data.get("initials", set()):
            return
        everyday = surface[1:].islower()  # "Windows", "Matrix"; not "GNOME" or "GitHub"
        if " " not in surface and everyday and word_frequency(low) >= KNOWN_COMMON:
            # "Azure: cleanup of ...", four times and "azure" once: the name, even opening lines
            named = low in doc.user_data.get("capitals_often", ()) and low not in doc.user_data.get(
                "lower_often", ()
            )
            if doc.user_data.get("heading") or (
                not named and _starts_sentence(text[max(0, start - 3) : start])
            ):
                return
            if re.match(r"[ \t]+[A-Z][a-z]", text[end : end + 3]) or re.search(
                r"[A-Z][a-z]+[ \t]+$", text[max(0, start - 20) : start]
            ):
                return
        if _taken(doc, start, end, ["TOPIC", "REFERENCE", "PERSON"]):
            return
        # "Python 3.13", "Kubernetes 1.28": the release of that name is the subject
        version = _NAMED_VERSION.match(text, end)
        if version and not _taken(doc, end, version.end(), ["TOPIC", "REFERENCE"]):
            end = version.end()
            key = topic_key(f"{term} {version.group(1)}")
        else:
            # "the Kubernetes operator", "Windows agents", "the Python SDK": a thing made for
            # that name is the subject, not the name itself
            made = _MADE_FOR.match(text, end)
            if made and not _taken(doc, end, made.end(), ["TOPIC", "REFERENCE", "PERSON"]):
                end = made.end()
                key = topic_key(f"{term} {made.group(1)}")
        if _add(doc, start, end, "TOPIC", key) is not None:
            # labelled as the list writes it: "sqlite" and "SQLite" are SQLite
            doc.user_data.setdefault("known", {})[key] = term + text[start + len(term) : end]

    def is_topic(self, word: str, acronym: bool, initials: set[str]) -> bool:
        key = topic_key(word)
        low = word.lower()
        if not key or key in self.lexicon.ignore_topics or low in _NOT_TOPICS or low in LABELS:
            return False
        if self.lexicon.canonical(word):
            return True
        if low in _JARGON:
            return False  # "APIs", "CPU", "JSON": every project's words, no one's topic
        if _PROPOSAL_KIND.fullmatch(word) or _RELEASE.fullmatch(low) or low.endswith(_BOT_TAIL):
            return False  # "PEP", "RC1", "corvina-bot"
        if acronym:
            if word in initials or (word.isupper() and len(word) <= 2):
                return False
            if word.isupper() and word_frequency(low) >= 3.0:
                return False  # CURRENT, ASAP, NOTE
            if re.fullmatch(r"[A-Z][a-z]+", word) or re.fullmatch(r"[A-Z]{1,2}s", word):
                return False
            if is_name_word(word):
                return False  # "McCabe", "DeVault": a surname, not an acronym
            return not re.fullmatch(r"\d+[A-Za-z]{1,3}", word)
        parts = re.split(r"[_-]", low)
        if "_" in word:
            return True
        # "virtio-net" yes, "long-term" / "follow-up" no
        return any(word_frequency(p) < 2.5 and not _misspelt(p) for p in parts if len(p) > 1)


@Language.factory("kg_topics", default_config={"topics": [], "ignore": []})
def make_topic_finder(
    nlp: Language, name: str, topics: list[list[str]], ignore: list[str]
) -> TopicFinder:
    """Build the topic finder from lexicon data: ``topics`` is ``[[label, alias, ...], ...]`` and
    ``ignore`` lists surface forms that are never topics (see :func:`kg.lexicon.load_lexicon`)."""
    lexicon = Lexicon(
        topics=tuple(Topic(t[0], tuple(t[1:])) for t in topics if t),
        ignore_topics=frozenset(ignore),
    )
    return TopicFinder(nlp, name, lexicon)


class PeopleFinder:
    """Mark people (and the organizations they are "at").

    Sources, strongest first: the meeting's roster (full names, first names, handles, initials),
    bold names, ``@handle`` / ``kib@``, names with an initial ("Kirill P."), a given name followed
    by capitalised words ("Mark Johnston"), and a lone given name that the text never uses as an
    ordinary word ("Pooja at Juniper").
    """

    def __init__(self, nlp: Language, name: str, ignore: Iterable[str] = ()) -> None:
        self.ignore = frozenset(x.lower() for x in ignore)
        self._roster_cache: dict[tuple[str, ...], re.Pattern[str] | None] = {}

    def roster_pattern(self, keys: tuple[str, ...]) -> re.Pattern[str] | None:
        if keys not in self._roster_cache:
            alts = sorted((re.escape(k) for k in keys if len(k) >= 2), key=len, reverse=True)
            self._roster_cache[keys] = (
                # "lotte_", an IRC nick taken, is lotte
                re.compile(
                    r"(?<![\w@/.-])(" + "|".join(alts) + r")_*(?:['\u2019]s)?(?![\w@-])", re.I
                )
                if alts
                else None
            )
        return self._roster_cache[keys]

    def __call__(self, doc: Doc) -> Doc:
        text = _text(doc)
        roster: dict[str, str] = doc.user_data.get("roster", {})
        lower_words: frozenset[str] = doc.user_data.get("lower_words", frozenset())
        case_sensitive: set[str] = doc.user_data.get("initials", set())
        blocked = ["PERSON", "TOPIC", "REFERENCE"]

        code_links = [
            (a, b) for a, b, url in doc.user_data.get("links", []) if _CODE_URL.search(url)
        ]

        def person(start: int, end: int, surface: str) -> Span | None:
            surface = _POSSESSIVE.sub("", surface).rstrip(",;:")
            end = start + len(surface)
            if surface.lower() in self.ignore or _taken(doc, start, end, blocked):
                return None
            words = surface.split()
            low = surface.lower()
            if len(low) >= 2 and not low.strip("x"):
                return None  # "AI(XX)", "[XX] = who said it": a template's placeholder
            if (
                len(words) == 1
                and not surface.isupper()
                and (low in LABELS or low.lstrip("@") in GROUP_WORDS)
            ):
                # "Council asks for ...", "Chair:", "ask @maintainers": a body or a role
                return None
            if len(words) >= 2 and ORG_END.search(surface):
                return None  # "Sable Foundation", "Vantor Robotics": an organization
            if ARCHITECTURE.fullmatch(surface):
                return None  # "x86", "arm64": a processor, in a list of who and what
            if any(text[a:b].strip("[] ") == surface for a, b in code_links if a <= start < b):
                return None  # "[Pascal String](.../src/string.rs#L11)": code, not a person
            return _add(doc, start, end, "PERSON", surface)

        pattern = self.roster_pattern(doc.user_data.get("roster_key") or tuple(sorted(roster)))
        poll: bool | None = None  # whether the block lays out a poll ("SF F N A SA")
        if pattern is not None:
            for m in pattern.finditer(text):
                word = m.group(1)
                low = word.lower()
                if word.upper() in case_sensitive and word != word.upper():
                    continue  # initials "AR" only in capitals
                if _MENTION_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1)):
                    continue  # "Krishnan" of "@Ananya Krishnan": the mention's, found whole
                if _GIVEN_AFTER.match(text, m.end(1)):
                    continue  # "Christiansen, Kenneth": a list's surname first, read whole
                if (
                    " " not in word
                    and text[m.end(1) : m.end(1) + 3] == " (@"
                    and _GIVEN_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
                ):
                    continue  # "Đặng Thu Trang (@trang.dang)": the name whole, with its handle
                before = _GIVEN_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
                if (
                    before
                    and " " not in word
                    and is_given_name(before.group(1), strict=False)
                    and before.group(1).lower() not in roster
                ):
                    continue  # "Kenneth Christiansen" whole, by the name's run, not its surname
                if (
                    before
                    and " " not in word
                    and roster.get(before.group(1).lower()) == roster.get(low)
                ):
                    continue  # ... nor its first name's key and its surname's apart
                full = roster.get(low, "")
                if (
                    " " not in word
                    and " " in full
                    and full.lower().endswith(" " + low)
                    and text[max(0, m.end(1) - len(full)) : m.end(1)].lower() == full.lower()
                ):
                    continue  # "Fernanda Albuquerque" whole, where her surname alone is a key
                if word.isupper() and len(word) <= 3:
                    if poll is None:  # looked for once per block, when initials turn up
                        poll = _POLL_LEGEND.search(text) is not None
                    if poll or _COUNT_AFTER.match(text, m.end()):
                        continue  # "SF: 7 F: 21 N: 5", "| SF | F | N | A | SA |": a poll's counts
                if (
                    word.islower()
                    and low in lower_words
                    and " " not in word
                    and word_frequency(low) > 3
                    and word not in doc.user_data.get("lower_speakers", ())
                    and not (m.start(1) == 0 and text[m.end(1) : m.end(1) + 1] == ":")
                ):
                    continue  # the handle "imp" written as the word "imp" ("tomas: ..." leads)
                listed = roster.get(low, "")
                if (
                    word[:1].islower()
                    and not listed.islower()
                    and " " not in word
                    and low in listed.lower().split()
                    # (":habib", IRC's mark of a nick, is the handle; so is "priya" where
                    # "priya:" opens turns)
                    and not _colon_nick(text, m.start(1))
                    and word not in doc.user_data.get("lower_speakers", ())
                ):
                    continue  # "mark" the verb is not Mark (the handle "kito" is Kenji Ito)
                after = _NEXT_NAME.match(text, m.end(1))
                if (
                    after
                    and " " not in word
                    and is_name_word(after.group(1))
                    and after.group(1).lower() not in COMMON_WORDS
                    and f"{low} {after.group(1).lower()}" not in roster
                ):
                    if (
                        " " not in roster.get(low, " ")
                        and word[:1].isupper()
                        and after.group(1).lower() not in roster
                        and word_frequency(after.group(1)) < SURNAME_RARE
                    ):  # "Benjie Gillam" of the speaker "Benjie"; not "Niko Felix", "Nikita Abstain"
                        person(m.start(1), after.end(1), text[m.start(1) : after.end(1)])
                    continue  # "Johannes Lundberg" when the roster has Johannes Dieterich
                initial = _SURNAME_INITIAL.match(text, m.end(1))
                if initial and word[:1].isupper() and " " not in word:
                    # "Rafael M.": the given name and the surname's initial, one of two Rafaels
                    person(m.start(1), initial.end() - 1, text[m.start(1) : initial.end() - 1])
                    continue
                person(m.start(1), m.end(1), word)
        for start, end in doc.user_data.get("bold", []):
            self.bold_name(doc, text, start, end, person)
        for m in _ACTION_OWNER.finditer(text):  # "AI(Bowei): ...", "[owner: Oumar Sy]"
            at = next(i for i in (1, 2, 3) if m.group(i) is not None)
            for name in re.finditer(r"[^,/&]+", m.group(at)):
                surface = name.group(0).strip()
                words = surface.split()
                if (
                    words
                    and len(words) <= 3
                    and (
                        all(is_name_word(w) for w in words)
                        or is_handle(surface)
                        # "AI(FB): land #1183", "ACTION(RQ, SP)": owners' initials alone in
                        # the brackets
                        or all(
                            _OWNER_INITIALS.fullmatch(x.strip())
                            for x in re.split(r"[,/&]", m.group(at))
                        )
                    )
                ):
                    begin = m.start(at) + name.start() + name.group(0).index(surface)
                    person(begin, begin + len(surface), surface)
        for m in _LOWER_OWNER.finditer(text):  # "scott to post a comment on the RFC"
            word = m.group(1)
            rest = text[m.end(1) :]
            if (
                is_given_name(word.title())
                and word not in COMMON_WORDS
                and not _TO_NOUN.match(rest)
                and not re.match(r"\s+to\s+\w+ing\b", rest)  # "prior to planning"
            ):
                person(m.start(1), m.end(1), word)
        for m in _PRESENTERS.finditer(text):
            start = m.start(1)
            for sep in [*_PRESENTER_SPLIT.finditer(text, m.start(1), m.end(1)), None]:
                end = sep.start() if sep else m.end(1)
                surface = text[start:end].strip().lstrip("@")
                begin = text.index(surface, start) if surface else start
                start = sep.end() if sep else end
                words = surface.split()
                if not words or len(words) > 3 or surface.lower() in LABELS:
                    continue
                if all(is_name_word(w) for w in words) or (
                    len(words) == 1
                    and is_handle(surface)
                    and word_frequency(surface) < 3.0
                    # "(15 min, timeboxed)": a participle, not a login
                    and not (surface.endswith(("ed", "ing")) and not is_given_name(surface.title()))
                ):
                    person(begin, begin + len(surface), surface)
        code = doc.user_data.get("code") or []
        # "@stebalien", and a forum's "u/tapehiss"
        forum = _HANDLE_U.finditer(text) if "u/" in text else ()
        for m in (*_HANDLE_AT.finditer(text), *forum):
            if m.group(1).lower() in LABELS or is_bot(m.group(1)):
                continue  # "@everyone", "@here", a template's "@handle", "@minutes-bot"
            if _GROUP_HANDLE.search(m.group(1)):
                continue  # "@runtime-team", "@docs-wg": a team's handle, not someone's
            if len(_CASE_TURN.findall(m.group(1))) >= 4:
                continue  # "@kB_yaTxnRYiRgiB6BgSZvA": an opaque id, not someone's name
            if any(s <= m.start() < e for s, e in code):
                continue  # `@include`, `@deprecated`: a directive or decorator, not a person
            if (
                text.startswith("(", m.end())
                or m.group(1) in doc.user_data.get("directives", ())
                or _NO_USER_AFTER.match(text, m.end())
                or _ADDRESS_BEFORE.search(text, 0, m.start())
                # "@deprecated", "@pending": a word's participle, a directive or a label
                or m.group(1).endswith(("ed", "ing"))
                and word_frequency(m.group(1)) >= PARTICIPLE_WORD
                and not is_given_name(m.group(1).title())
            ):
                # "@skip(if: false)", "@deprecated" of a meeting that writes "@deprecated(...)":
                # a directive; "the @graphiql namespace", "the @nodejs RSS feed": a package's or
                # a site's; "medium.com/@nodejs": an address
                continue
            named = _name_before(text, m.start())
            if named:  # "Jiawen Geng @gengjiawen", "Qingyu Deng (@Ayase-252)": the handle's owner
                person(named[0], named[1], text[named[0] : named[1]])
            initial = _CHIP_INITIAL.match(text, m.end()) if m.group(1)[:1].isupper() else None
            if initial and "-" not in m.group(1):
                # "[ ] @Sam W. — re-approve ...": the given name and the surname's initial, one of
                # two Sams
                person(m.start() + 1, initial.end(), text[m.start() + 1 : initial.end()])
                continue
            chip = _CHIP_SURNAME.match(text, m.end()) if m.group(1)[:1].isupper() else None
            if chip and "-" not in m.group(1):
                # "[ ] @Eitan Shapiro tune ...": a document's mention of someone by full name,
                # the surname's words as far as they are a name's
                words = []
                for w in chip.group(1).split():
                    if not is_name_word(w) or w.lower() in COMMON_WORDS:
                        break
                    if word_frequency(w) >= SURNAME_LISTED:
                        break
                    words.append(w)
                if words:
                    end = chip.start(1) + len(" ".join(words))
                    person(m.start() + 1, end, text[m.start() + 1 : end])
                    continue
            person(m.start(), m.end(), m.group(0))
        owner = _CHECKBOX_OWNER.match(text)  # "[ ] Chris: add to the migration guide"
        if owner and (
            is_handle(owner.group(1)) or all(is_name_word(w) for w in owner.group(1).split())
        ):
            # (not "[x] merge: Stabilize !", a bot's disposition: a task's verb)
            said = owner.group(1)
            step = (  # "[x] Triage: #1860 ...", "[ ] Announce: blog post": a checklist's step
                " " not in said
                and word_frequency(said.lower()) >= CHECKLIST_STEP
                and not is_given_name(said, strict=False)
                # not "[ ] Vale: tag 0.9.1" where Valentina Rossi is listed: what she is called
                and not short_for_listed(said.lower(), doc.user_data.get("roster", {}))
            )
            if said.lower() not in LABELS and said not in _TASK_VERBS and not step:
                person(owner.start(1), owner.end(1), said)
        author = _AUTHOR_TAIL.search(text)
        if author and doc.user_data.get("links") and word_frequency(author.group(1)) < 2.5:
            person(author.start(1), author.end(1), author.group(1))  # "Add Foo [#123] (byroot)"
        for pattern in (_LOGIN_SPEAKS, _LOGIN_ADDRESSED, _LOGIN_TASKED):
            rare = LOGIN_TASKED_RARE if pattern is _LOGIN_TASKED else LOGIN_RARE
            for start, end, word in _groups(pattern, text):
                if (
                    not any(s <= start < e for s, e in code)
                    and _login_word(word, rare)
                    and not _GROUP_AFTER.match(text, end)  # "ping starfits maintainers"
                ):
                    person(start, end, word)
        for m in _HANDLE_TRAIL.finditer(text):
            if (
                not _MAILING_LIST.search(m.group(1))
                and word_frequency(m.group(1)) < 3.3
                # not "kde@" or "x11@": a team's list, named after its software ("KDE", "X11")
                and m.group(1).lower() not in doc.user_data.get("inner_capitals", ())
                and m.group(1).lower() not in known_lower()
            ):
                person(m.start(), m.end(), m.group(0))  # "kib@", not "core@" or "accounts@"
        for m in _INITIAL.finditer(text):
            first = m.group(1)
            if (
                is_name_word(first)
                and first.lower() not in COMMON_WORDS
                and (is_given_name(first) or word_frequency(first) < 3)
            ):
                person(m.start(), m.end(), m.group(0))
        for run in self.name_runs(text):
            self.name_run(doc, text, run, lower_words, person)
        for start, end, url in doc.user_data.get("links", []):
            if _profile(text[start:end], url):  # [aturon](https://rfcbot.rs/fcp/aturon)
                person(start, end, text[start:end])
        self.handle_lists(doc, text, person)
        return doc

    def handle_lists(self, doc: Doc, text: str, person: Any) -> None:
        """Logins listed beside people already found ("aturon  nikomatsakis  withoutboats",
        "pnkfelix, joshtriplett, and/or withoutboats") are people too."""
        taken = doc.user_data.get("taken", [])
        if (
            not any(label == "PERSON" for _, _, label, _ in taken)
            or "  " not in text
            and "," not in text
        ):
            return
        for run in _HANDLE_LIST.finditer(text):
            names = list(re.finditer(r"[A-Za-z0-9][\w-]*", run.group(0)))
            names = [n for n in names if n.group(0).lower() not in ("and", "or")]
            if len(names) < 3:
                continue
            base = run.start()
            known = [_taken(doc, base + n.start(), base + n.end(), ["PERSON"]) for n in names]
            if not any(known):
                continue  # someone in the list must be a person already
            for n, done in zip(names, known, strict=True):
                word = n.group(0)
                if (
                    not done
                    and is_handle(word)
                    and word_frequency(word) < 3.0
                    # "tiering", "jetlagged" (not "ahmed", a given name)
                    and not (
                        word.islower()
                        and word.endswith(("ing", "tion", "ed"))
                        and not is_given_name(word.title())
                    )
                ):
                    person(base + n.start(), base + n.end(), word)

    def bold_name(self, doc: Doc, text: str, start: int, end: int, person: Any) -> None:
        words = text[start:end].split()
        taken: list[str] = []
        for word in words:
            clean = _POSSESSIVE.sub("", word).strip(",;:.!?")
            if clean and is_name_word(clean) and clean.lower() not in LABELS:
                taken.append(clean)
            else:
                break
        if not taken or len(taken) > 4 or not is_given_name(taken[0], strict=len(taken) == 1):
            return
        if len(taken) == 1 and len(words) > 1 and re.match(r"[a-z#`\[]", words[1]):
            return  # "**Treasure dissent.**", "**Add #[cfg(...)]**": a phrase in bold, no name
        surface = " ".join(taken)
        person(
            start + text[start:end].find(taken[0]),
            start + text[start:end].find(taken[0]) + len(surface),
            surface,
        )

    def name_runs(self, text: str) -> list[list[re.Match[str]]]:
        """Runs of capitalised words separated by single spaces, and the particles of a surname
        between them ("Sofía de la Fuente", "Wladimir van der Laan")."""
        runs: list[list[re.Match[str]]] = []
        last_end = -2
        particles: list[re.Match[str]] = []  # after the run's last word, waiting for a capital
        for m in _WORD_RE.finditer(text):
            adjacent = bool(runs) and m.start() == last_end + 1 and text[last_end] == " "
            if adjacent and m.group(0) in PARTICLES and len(particles) < 2:
                particles.append(m)
                last_end = m.end()
                continue
            if (
                not m.group(0)[:1].isupper()
                or (
                    "+" in text
                    and (
                        (m.start() and text[m.start() - 1] == "+")
                        or text[m.end() : m.end() + 1] == "+"
                    )
                )
                or (
                    "\u2013" in text
                    and _EPONYM_DASH.search(text, max(0, m.start() - 2), m.end() + 2)
                )
            ):  # "Shift+Tab": a key, not a name; "Douglas\u2013Peucker": a method, not a person
                last_end = -2
                particles = []
                continue
            if adjacent:
                runs[-1].extend([*particles, m])
            else:
                runs.append([m])
            particles = []
            last_end = m.end()
        return runs

    def name_run(
        self,
        doc: Doc,
        text: str,
        run: list[re.Match[str]],
        lower_words: frozenset[str],
        person: Any,
    ) -> None:
        if (
            len(run) >= 2
            and run[0].group(0).lower() in _TASK_VERBS | _DONE_VERBS
            and (
                _starts_sentence(before := text[max(0, run[0].start() - 40) : run[0].start()])
                or before.rstrip().endswith("]")  # "[Benjie] Ping Apollo about ...": his task
            )
        ):
            run = run[1:]  # "Ping Ryan about the RFC", "Ran Kasia's code": the verb, the name
        while run and not is_given_name(_POSSESSIVE.sub("", run[0].group(0)), strict=False):
            words = [_POSSESSIVE.sub("", m.group(0)) for m in run]
            if (
                2 <= len(run) <= 3
                and family_name_first(" ".join(words))
                and (word_frequency(words[0].lower()) < FAMILY_WORD or "-" in words[-1])
            ):
                break  # "Kang Min-ji", "Nguyen Thi Lan": the family name first; not "As Ralf"
            if len(run) == 1 and _unknown_beside_a_name(
                run[0].group(0),
                text[max(0, run[0].start() - 40) : run[0].start()],
                text[run[0].end() : run[0].end() + 40],
            ):
                break
            if len(run) == 2 and _in_a_list_of_names(
                [m.group(0) for m in run],
                text[max(0, run[0].start() - 40) : run[0].start()],
                text[run[-1].end() : run[-1].end() + 40],
            ):
                break
            if len(run) == 2 and _with_organization(
                [m.group(0) for m in run], text[run[-1].end() : run[-1].end() + 40]
            ):
                break
            if (
                2 <= len(run) <= 3
                and doc.user_data.get("heading")
                and _PRESENTER.search(text[max(0, run[0].start() - 40) : run[0].start()])
                and not text[run[-1].end() :].strip(" )")
                and all(
                    is_name_word(m.group(0)) and word_frequency(m.group(0)) < SURNAME_LISTED
                    for m in run
                )
            ):
                break  # "Security — Eitan Shapiro": who presents it, a name no gazetteer knows
            if len(run) <= 3 and _HUMAN_AFTER.match(text[run[-1].end() : run[-1].end() + 40]):
                # "Benjie proposed ...", "Suhas Daftuar asked ...": a name the gazetteer does
                # not know, when every word is a name's
                words = [m.group(0) for m in run]
                if (
                    len(set(words)) == len(words)
                    and is_name_word(words[0])
                    and word_frequency(words[0]) < 3.0
                    and all(
                        is_name_word(w)
                        and word_frequency(w) < (SURNAME_LISTED if len(words) == 2 else 3.0)
                        for w in words
                    )
                    and not any(is_given_name(w, strict=False) for w in words)
                ):
                    break  # (a given name later in the run starts the name there)
            run = run[1:]
        if not run:
            return
        first_m = run[0]
        first = _POSSESSIVE.sub("", first_m.group(0))
        rest: list[str] = []
        line_starts: frozenset[int] = doc.user_data.get("line_starts", frozenset())
        if first == first_m.group(0):
            for m in run[1:6]:
                word = m.group(0)
                if m.start() in line_starts and _LINE_LABEL.match(text, m.start()):
                    break  # "Notes: Arjun" over "Sprint dates: ...": a name ends with its line
                if sum(1 for w in rest if w not in PARTICLES) == 3:
                    break  # a name of four words at most, its particles aside
                if word in PARTICLES:
                    rest.append(word)  # kept only if a surname follows
                    continue
                clean = _POSSESSIVE.sub("", word)
                if (
                    is_name_word(clean)
                    and clean.lower() not in COMMON_WORDS
                    and clean.lower() not in LABELS
                    and clean.lower().removesuffix("s") not in LABELS  # "Dev Meetings"
                    and (
                        word_frequency(clean) < 4.0
                        or clean.lower() not in lower_words
                        and clean.lower().removesuffix("s") not in lower_words
                    )
                    and word_frequency(clean) < 5.0
                ) or (
                    # "Jun-seo Park" where "Park:" opens turns: a surname, however common a word
                    m is run[1]
                    and is_given_name(first_m.group(0), strict=False)
                    and clean in _one_word_names(doc)
                ):
                    rest.append(clean)
                    if clean != word:
                        break
                else:
                    break
        while rest and rest[-1] in PARTICLES:
            rest.pop()  # "Anna de" before a word that is no surname
        if len(rest) >= 3 and is_given_name(rest[1]) and rest[0] not in PARTICLES:
            # "Peter Jensen Sam Clegg": two people side by side, never one
            second = " ".join(rest[1:3])
            person(run[2].start(), run[2].start() + len(second), second)
            rest = rest[:1]
        start = first_m.start()
        before = text[max(0, start - 40) : start]
        after = text[start + len(first) : start + len(first) + 40]
        if any(s <= start < e for s, e in doc.user_data.get("code") or ()):
            return  # "`Var` and `varE` would be similar": an identifier set as code
        if first.lower() in _STATUS_COLOURS and _STATUS_BEFORE.search(before):
            return  # "RAG: 🟡 Amber", "status: Red": a status, not someone
        if _PLACE_BEFORE.search(before) or _glued(before):
            return  # "in San Francisco", "at Hong Kong"; "Google Doc", "Steering Council Elections"
        named = _AFFILIATION_BEFORE.search(before) if rest else None
        given = named.group(0).split()[0] if named else ""
        if named and is_given_name(given) and word_frequency(given) < 4.0:
            surface = " ".join([first, *rest])
            if text[start + len(surface) : start + len(surface) + 2].startswith(")"):
                return  # "Sven Kowalczyk (Red Hat)": where he works; not "Branch Hinting (Yuri I)"
        if rest:
            surface = " ".join([first, *rest])
            after = text[start + len(surface) : start + len(surface) + 40]
            if _BY_NAME.match(after):
                return  # "Branch Hinting (Yuri Iozzelli)": a subject and its presenter
            # "Add Histogrammer leak ...": a task's verb (a given name in some gazetteer too)
            common = (not is_given_name(first) or first.lower() in _TASK_VERBS) and word_frequency(
                first
            ) >= 4.0
            if (
                word_frequency(first) >= ROLE_WORD
                and len(rest) >= 2
                and _starts_sentence(before)
                and rest[0] == run[1].group(0)
                and is_given_name(rest[0], strict=False)
            ):
                # "Author Jae-won Choi presented": a role opening the sentence, then the name
                named_start = run[1].start()
                person(named_start, named_start + len(" ".join(rest)), " ".join(rest))
                return
            # "### Proposal - Lee Byron": a heading's presenter after a dash
            presenter = bool(doc.user_data.get("heading")) and bool(_PRESENTER.search(before))
            presenter = presenter and not after.strip(" )")
            if (
                common
                and _starts_sentence(before)
                and not _HUMAN_AFTER.match(after)
                and not presenter
            ) or (after[:1] not in " ,;:.!?)]'\u2019\"" and after[:1].strip()):
                return  # "Add Hash" opening a line; "Add Kernel#must!" glued to code
            person(start, start + len(surface), surface)
            return
        if first.lower() in lower_words and not (
            is_given_name(first) and word_frequency(first.lower()) < 5.0
        ):
            return  # "Due", "Revert" are words the minutes use; "scott" is still Scott
        if not _person_context(first, before, after):
            return
        span = person(start, start + len(first), first)
        org = _AT_ORG.match(text[first_m.end() :])
        if span is not None and org:
            org_start = first_m.end() + org.start(1)
            org_end = org_start + len(org.group(1))
            if not _taken(doc, org_start, org_end, ["PERSON", "REFERENCE"]):
                _add(doc, org_start, org_end, "ORG", org.group(1))


@Language.factory("kg_people", default_config={"ignore": []})
def make_people_finder(nlp: Language, name: str, ignore: list[str]) -> PeopleFinder:
    """Build the people finder; ``ignore`` lists names that are never people."""
    return PeopleFinder(nlp, name, ignore)


# -- terms: technical words no lexicon names -------------------------------------------------------
_TERM_WORD = re.compile(
    r"(?<![\w@/.#:'\u2019-])([A-Za-z][A-Za-z0-9]*(?:[-+][A-Za-z0-9]+)*\+*)(?![\w@/#'\u2019-]|\.\w)"
)
_TERM_STOP = frozenset(
    """
    the a an and or but if of in on at to for from by with as is are was were be been being this
    that these those it its we our you your they their he she his her them us i me my not no yes
    do does did done have has had will would can could should may might must shall about into
    over under after before than then there here when where which who whom what why how all any
    each every some such more most less least very also just only even still again once both
    either neither other another same new old next last first second third per via vs etc
    too so well yet now soon later already though although because since while until unless
    one two three four five six seven eight nine ten several many few multiple various
    behind within without across along around between against toward towards beyond beside
    upon onto during instead anyway mid jan feb mar apr jun jul aug sep sept oct nov dec
    """.split()
)
# the everyday words of software work: technical-looking, but a topic of no one in particular
_JARGON = frozenset(
    """
    async sync backend frontend runtime refactor refactors refactoring refactored impl impls expr exprs
    attr attrs
    mut writeup writeups workplan devs dev maintainers maintainer implementations implementation
    repos config configs infra api apis cli ui ux todo todos wip nit nits lgtm upstream downstream
    changelog changelogs readme roadmap codebase workflow workflows bugfix bugfixes hotfix
    regressions regression perf algo algos benchmarking actionable nominating visitors
    stdlib std lib libs deps dependency dependencies toolchain repo tooling tweak tweaks
    foo bar baz qux quux foobar corge grault garply waldo fred plugh xyzzy thud
    struct structs enum enums union typedef fn fns func impl extern mut pub usize isize u8 u16
    u32 u64 u128 i8 i16 i32 i64 i128 f32 f64 bool str char int uint void nullptr null nil
    lambda args kwargs stdin stdout stderr malloc printf sizeof typeof iter param params
    cpu cpus ram ssd hdd os ide ides sdk sdks js irc sql html css ssh ftp faq faqs oss mvp poc ooo
    wontfix triager triagers triaged
    """.split()
)
_HOST = re.compile(
    r"(?<![\w/@.:-])[a-z][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:io|org|com|net|dev)(?![\w/-]|\.\w)"
)
_LOWER_WORDS = re.compile(r"[a-z][a-z0-9]*")
_RELEASE = re.compile(
    r"(?:rc|beta|alpha|pre)\d+|q[1-4]|p[0-4]|sev[0-4]|non-.*|(?:c?w|wk)\d{1,2}"
)  # "RC1", "Q2", "P1", "W36" (a week of the year)
_NOT_A_NAME = re.compile(
    r"non(?:-|$)|(?:rc|v|beta|alpha|pre)\d+$|q[1-4]$|(?:p|sev)[0-4]$|(?:c?w|wk)\d{1,2}$"
)
_CODE_NAME = re.compile(r"[A-Za-z][A-Za-z0-9]*(?:[-_.:#][A-Za-z0-9]+)*(?:\(\))?")
_CODE_VALUES = frozenset("true false none null nil self this main master yes no ok".split())
# A word is a candidate name only when wordfreq does not know it at all (Zipf 0): measured on the
# audit judgements of 10 corpora, such single-word terms were right 46% (lower case) and 64%
# (capitalised) of the time, those English knows at all 12-29%; two-word phrases 25%, so none.
LOWER_RARE = 0.01  # a lower-case word rarer than this in English (Zipf) may be a tool's name
START_RARE = 0.01  # a capitalised word opening a sentence or title: a verb, unless this rare
CAPITAL_RARE = 0.01  # likewise a capitalised word, when it is no one's name
CAPITAL_KNOWN = 3.9  # ... or rarer than this, when the minutes never write it in lower case
CAPITAL_PLURAL = 3.5  # ... this, for one ending "s" ("Imports", "Buckets": a list's word)
COMMON_ZIPF = 4.0  # a word this frequent in English is never a term (not even an acronym)


@cache
def _common_words() -> frozenset[str]:
    """English words at least as frequent as COMMON_ZIPF (about 6,000), for a fast first look."""
    from wordfreq import top_n_list

    words = top_n_list("en", 8000)
    return frozenset(w for w in words if word_frequency(w) >= COMMON_ZIPF)


@cache
def _known_words() -> frozenset[str]:
    """The 30,000 most frequent English words, to tell a misspelling from a name."""
    from wordfreq import top_n_list

    return frozenset(top_n_list("en", 30000))


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm")
# the keys around each key of a QWERTY keyboard: where a finger slips to
_NEIGHBOURS = {
    key: "".join(
        other
        for r2, row2 in enumerate(_ROWS)
        for c2, other in enumerate(row2)
        if other != key
        and (
            r2 == r
            and abs(c2 - c) == 1
            or r2 == r + 1
            and c2 in (c - 1, c)
            or r2 == r - 1
            and c2 in (c, c + 1)
        )
    )
    for r, row in enumerate(_ROWS)
    for c, key in enumerate(row)
}


def _misspelt(word: str) -> bool:
    """Whether a long word English does not know is one inner letter away from a word it does
    ("developpers", "chapion", "incompatbile"): a typo, not a name. The first and last letters
    stay put, so "ncrypto" and "primordials" are not taken for "crypto" and "primordial"; a word
    of 7 or 8 letters must be near a common word ("stdarch" is no "starch")."""
    low = word.lower()
    if "-" in low:
        return any(_misspelt(part) for part in low.split("-"))
    if len(low) < 7 or not low.isalpha() or word_frequency(low) > 0:
        return False
    # a shorter word has more neighbours: it must be near a common one ("aproval", not "stdarch")
    known = _known_words() if len(low) >= 9 else _common_words()
    for i in range(1, len(low) - 1):
        head, tail = low[:i], low[i:]
        if head + tail[1:] in known or head + tail[1] + tail[0] + tail[2:] in known:
            return True
        if any(head + c + tail in known for c in _LETTERS):
            return True  # a letter dropped ("chapion")
        if any(head + c + tail[1:] in known for c in _NEIGHBOURS.get(tail[0], "")):
            return True  # a key beside the right one ("incompatinle"; not "keystore")
    return False


_STATUS_COLOURS = frozenset("red amber green yellow orange grey gray".split())
# a traffic light or a status label just before: "🟡 Amber", "RAG: Red", "status: green"
_STATUS_BEFORE = re.compile(
    r"(?:[\U0001f534\U0001f7e0-\U0001f7e2\u26aa\u26ab\U0001f535]|\b(?:rag|status)\s*:)\s*\**\s*$",
    re.I,
)
_LINE_LABEL = re.compile(r"[A-Z][\w'-]*(?: [\w'-]+){0,3}:")  # a line opening "Sprint dates:"
_TRACKER_LABEL = re.compile(r"[A-Z]-[a-z][a-z0-9-]*")
_PERCENTILE = re.compile(r"p\d{2,3}(?:\.\d+)?")
# an error as a system or a tool prints it: an errno name, a signal, a Winsock or a linker code
_ERROR_CODE = re.compile(
    r"E(?:PERM|NOENT|SRCH|INTR|IO|NXIO|2BIG|NOEXEC|BADF|CHILD|AGAIN|NOMEM|ACCES|FAULT|BUSY"
    r"|EXIST|XDEV|NODEV|NOTDIR|ISDIR|INVAL|NFILE|MFILE|NOTTY|TXTBSY|FBIG|NOSPC|SPIPE|ROFS"
    r"|MLINK|PIPE|DOM|RANGE|DEADLK|NAMETOOLONG|NOLCK|NOSYS|NOTEMPTY|LOOP|WOULDBLOCK|NOMSG"
    r"|TIMEDOUT|CONNREFUSED|CONNRESET|CONNABORTED|ADDRINUSE|ADDRNOTAVAIL|HOSTUNREACH|NETUNREACH"
    r"|OVERFLOW|NOTSUP|OPNOTSUPP|CANCELED|NOTCONN|ALREADY|INPROGRESS|PROTO|NOBUFS|NOTSOCK)"
    r"|SIG(?:HUP|INT|QUIT|ILL|TRAP|ABRT|BUS|FPE|KILL|USR[12]|SEGV|PIPE|ALRM|TERM|CHLD|CONT"
    r"|STOP|TSTP|TTIN|TTOU|URG|XCPU|XFSZ|VTALRM|PROF|WINCH|SYS)"
    r"|WSAE[A-Z]{3,}|LNK\d{4}|E0\d{3}"
)
CAPS_WORD = 3.7  # a word in capitals this common in English is emphasis, not an acronym


# the names an example makes up: "foo", "baz", "qux", "some_module", "SomeStruct"
_PLACEHOLDER_NAME = re.compile(
    r"(?<![A-Za-z])(?:[Ff]oo|[Bb]az|[Qq]uu?x|[Ff]oobar)(?![A-Za-z])"
    r"|(?<![A-Za-z])(?:some_[a-z]|Some[A-Z][a-z])"
)


_HYPHEN_NAME = re.compile(r"[a-z][a-z0-9]+(?:-[a-z0-9]{2,}){1,2}")
HYPHEN_NAME_COMMON = 4.0  # joined words this common in English (Zipf) are a phrase, not a name
HYPHEN_PART_COMMON = 4.6  # ... as are joined words one of which is this common
# "node-level", "topology-aware", "trim-safe", "ramp-up", "check-ins": how something is, or a verb's
# particle, after the hyphen
_JOINED_QUALITIES = frozenset(
    """level levels aware based ish safe heavy driven identical agnostic size sized width wide
    like friendly free only specific related style time first side scoped bound facing proof
    up down in out off on ins ups outs offs pong check checks ready compatible incompatible
    compliant conformant pick picks""".split()
)
_JOINING_PREFIXES = frozenset(
    """non multi pre re co self semi sub anti de un over under inter intra post cross ad opt
    well long short high low half full one two three all any per""".split()
)


def _term_ok(
    word: str, initials: set[str], at_start: bool, lower_words: frozenset[str] | None = None
) -> bool:
    """Whether one word is shaped like a technical name: rare in English, not a name or filler.
    ``lower_words``: the words the meeting writes in lower case about as often as capitalised, or
    more (None outside a meeting, or in a Title Case line, where capitals say nothing)."""
    low = word.lower()
    if (
        not 2 <= len(word) <= 40
        or low in _TERM_STOP
        or low in _NOT_TOPICS
        or low in LABELS
        or low in _JARGON
        or low.removesuffix("s") in CALENDAR  # "Thursdays"
    ):
        return False
    if _NOT_A_NAME.match(low) or _PROPOSAL_KIND.fullmatch(word):
        return False  # "non-segwit", "RC2", "v3", "PEPs": a prefix, a release, any proposal
    if _TRACKER_LABEL.fullmatch(word) and not word.startswith("A-"):
        return False  # "C-bug", "P-high": a tracker's label of a kind (not "A-docs", an area)
    if _PERCENTILE.fullmatch(low):
        return False  # "p99", "p50.5": a latency's percentile, no subject
    if _ERROR_CODE.fullmatch(word):
        return False  # "EPERM", "SIGSEGV", "LNK1104": what failed, as a log says it
    if _PLACEHOLDER_NAME.search(word):
        return False  # "some_module::foo", "SomeStruct", "Foo.field": an example's names
    if (
        word.isupper()
        and len(word) >= 4
        and word_frequency(low) >= CAPS_WORD
        and lower_words is not None
        and low in lower_words
    ):
        return False  # "DROPPED" where the minutes say "dropped": emphasis, not an acronym
    if re.fullmatch(r"[a-z]{3,}2[a-z]{3,}", word):
        return True  # "quill2dwarf", "rst2html": a converter's name
    if _HYPHEN_NAME.fullmatch(word):
        # "quarry-sweep", "git-lfs", "completions-v2": a tool's name of joined words (not
        # "follow-up", "well-known", "multi-threaded", "ad-hoc": words English joins so)
        return (
            word.split("-")[0] not in _JOINING_PREFIXES
            and word.rsplit("-", 1)[1] not in _JOINED_QUALITIES
            and not word.endswith(("ed", "ly", "ing"))
            and low not in _TERM_STOP
            and word_frequency(low) < HYPHEN_NAME_COMMON
            # "sanity-check", "due-diligence", "canonical-form": an everyday word in it
            and all(word_frequency(w) < HYPHEN_PART_COMMON for w in low.split("-"))
            and not any(w in LABELS for w in low.split("-"))
        )
    if word.isupper() and low in _STATUS_COLOURS:
        return False  # "Status: AMBER": a traffic light's colour in capitals, no acronym
    if word.isupper() or any(c.isdigit() for c in word):
        # short acronyms (GC, V8) are not initials of someone present
        return 2 <= len(word) <= 6 and word not in initials and word_frequency(low) < 4.0
    if len(word) < 3:
        return False
    if word[:1].isupper() and not at_start:
        if is_given_name(word, strict=False):
            return False
        if word_frequency(low) < CAPITAL_RARE:
            return True
        # a product's name English knows as a word ("Kubernetes", "Wayland"): capitalised in the
        # middle of a sentence and never written in lower case in the same minutes
        return (
            lower_words is not None
            and word_frequency(low) < (CAPITAL_KNOWN if not low.endswith("s") else CAPITAL_PLURAL)
            and low not in lower_words
            and word[1:].islower()  # not "VMs", "PoC"
            and not low.endswith(("ing", "ed"))  # "Caching", "Realigned": a verb's form
        )
    if low.endswith("ed") or _misspelt(low):
        return False  # "bypassed", "Shepherded": a verb's past, not a name; "developpers"
    rare = START_RARE if word[:1].isupper() else LOWER_RARE  # "Migrate ..." opening a title
    return word_frequency(low) < rare and not is_given_name(word.title(), strict=False)


_CAPITALISED = re.compile(r"\b[A-Z][a-z]{3,}")
_LONG_WORD = re.compile(r"\b[A-Za-z][a-z]{3,}")


def _title_case(text: str) -> bool:
    """Whether most longer words of ``text`` are capitalised (a title, not a sentence)."""
    words = len(_LONG_WORD.findall(text))
    return words > 0 and len(_CAPITALISED.findall(text)) >= 0.5 * words


@Language.factory("kg_terms", default_config={"ignore": []})
def make_term_finder(nlp: Language, name: str, ignore: list[str]) -> Any:
    """Build the term finder; ``ignore`` lists topic keys that are never terms (the lexicon's
    ignored topics and the project's own name)."""
    skip = frozenset(ignore)

    def terms(doc: Doc) -> Doc:
        return find_terms(doc, skip)

    return terms


def find_terms(doc: Doc, ignore: frozenset[str] = frozenset()) -> Doc:
    """Mark candidate topics (label TERM) that only recurrence can confirm: a word English does
    not know (``libuv``, ``Datadog``), a short acronym (``GC``, ``V8``) or a host (``ci.jenkins.io``).
    Extraction keeps a term where a meeting says it twice or in a heading or a link's title; the
    graph drops one that names a person."""
    text = _text(doc)
    common = _common_words()
    hosts = list(_HOST.finditer(text)) if "." in text else []
    code: list[tuple[int, int]] = doc.user_data.get("code") or []
    if not hosts and not code and not set(_LOWER_WORDS.findall(text.lower())) - common:
        return doc  # only common English words: nothing to find (most blocks; a C-speed check)
    initials: set[str] = doc.user_data.get("initials", set())
    # the words the meeting writes in lower case about as often as capitalised, or more
    lower_words: frozenset[str] | None = doc.user_data.get("lower_often")
    if _title_case(text):
        lower_words = None  # "Variadic Generics": capitals say nothing here
    # characters already named: people, topics, a reference's own number (the words of an
    # issue's or a link's title may still be terms)
    used = bytearray(len(text))
    for s, e, label, _ in doc.user_data.get("taken", []):
        if label != "REFERENCE" or len(text[s:e]) <= 16:  # "PEP 683", not a title's words
            used[s:e] = b"\x01" * (e - s)

    for s, e in _inert(text):
        used[s:e] = b"\x01" * (e - s)

    def mark(start: int, end: int, key: str) -> None:
        if used.find(1, start, end) < 0 and key not in ignore:
            if _add(doc, start, end, "TERM", key) is not None:
                used[start:end] = b"\x01" * (end - start)

    for m in hosts:  # ci.jenkins.io, docs.python.org: services named by host
        mark(m.start(), m.end(), topic_key(m.group(0)))
    for start, end in code:  # `mtl`, `th-abstraction`, `Symbol.dispose`: a name set as code
        word = text[start:end].strip()
        low = word.lower().rstrip("()")
        if (
            _CODE_NAME.fullmatch(word)
            and low not in _TERM_STOP
            and low not in _JARGON
            and low not in _NOT_TOPICS
            and low not in LABELS
            and low not in _CODE_VALUES
            and word not in initials
            and len(low) >= 2
            and word_frequency(low) < 5.5  # `let`, `for`: a keyword, not a subject
            and not _PLACEHOLDER_NAME.search(word)  # `some_module::foo`: an example's name
            and not _ERROR_CODE.fullmatch(word)  # `EPERM`, `SIGKILL`
            # `C-bug`, `P-high`: a label of a kind, a priority (but `A-renderer`: an area)
            and not (_TRACKER_LABEL.fullmatch(word) and not word.startswith("A-"))
        ):
            begin = text.index(word, start)
            mark(begin, begin + len(word), topic_key(word.rstrip("()")))
    links = doc.user_data.get("links")
    link_starts = {start for start, _end, _url in links} if links else set()
    foreign: frozenset[str] = doc.user_data.get("foreign", frozenset())
    for m in _TERM_WORD.finditer(text):
        word = m.group(1)
        if word.lower() in common or foreign and word.lower() in foreign:
            continue  # most words: one set look-up; "revisar" in minutes partly in Spanish
        begin = m.start(1)
        before = text[max(0, begin - 3) : begin]
        # "[INFRA-2754] Realign ...": a title after its issue's key starts there too
        at_start = begin == 0 or _starts_sentence(before) or begin in link_starts
        at_start = at_start or before.rstrip().endswith("]")
        if (
            before.endswith("(")
            and text[m.end(1) : m.end(1) + 1] == ")"
            and _HYPHEN_NAME.fullmatch(word)
            and re.match(r"[*_ \t~]*(?:\n|$)", text[m.end(1) + 1 : m.end(1) + 8])
        ):
            continue  # "**const evaluation (ecstatic-morse)**": who presents it, a login
        if _term_ok(word, initials, at_start, lower_words):
            # "the Prism driver", "Sprout builds": the thing made for the name is the subject
            made = _TERM_MADE_FOR.match(text, m.end(1)) if word[:1].isupper() else None
            end = made.end() if made and used.find(1, m.end(1), made.end()) < 0 else m.end(1)
            mark(begin, end, topic_key(text[begin:end]))
    return doc


# what a chair asks of someone by name: "Lars, finish the search parameters." (a request, unlike
# "Lars, do you want to go first?")
_TASK_VERBS = frozenset(
    """add ask backport book bump check circulate clarify close collect confirm contact convert
    coordinate create cut document draft drop email file finish fix follow get implement
    investigate land look merge move open organise organize ping post prepare publish push put
    reach register remove rename reply report review revert run schedule send set share start
    summarise summarize sync take talk test triage try update upload verify write""".split()
)
# what a report says was done with someone, opening its sentence: "Ran Kasia's code all week"
_DONE_VERBS = frozenset(
    "asked helped joined met pinged ran reviewed saw tested thanked told".split()
)
# the minutes' closing lines after their last list of actions: no one's task
_CLOSING = re.compile(
    r"\s*(?:--\s|next (?:meeting|call|sync|review|session)\b|meeting (?:adjourned|closed|ended)\b"
    r"|(?:minutes|notes) (?:recorded|taken|written) by\b|corrections (?:welcome|to)\b"
    # a mail's sign-off: "Cheers, Henrik", "Thanks, Radu", "Best regards"
    r"|(?:cheers|thanks|thank you|many thanks|best|(?:best |kind |warm )?regards|greetings)"
    r"[,!.]*(?:[ \t]+[A-Z][\w'-]*){0,2}[.!]?[ \t]*$)",
    re.I,
)
_RECAP = re.compile(r"\b(?:recap|action items?|actions|to-?dos?|next steps|takeaways)\b", re.I)
_VOCATIVE = re.compile(r"[ \t]*,[ \t]*(?:please[ \t]+)?([a-z][\w'-]*)")


def _initials_owners(tag: str, doc: Doc) -> list[str]:
    """ "AI (JT): ..." where the attendee list has one Jun Takahashi: the initials' owner."""
    marks = [w for w in re.split(r"[\s,/&+]+", tag) if 2 <= len(w) <= 3 and w.isupper()]
    if not marks:
        return []
    roster: dict[str, str] = doc.user_data.get("roster", {})
    by_initials: dict[str, set[str]] = {}
    for name in set(roster.values()):
        words = name.split()
        if len(words) >= 2:
            for mark in initials_of(name):  # "JT", "JP" of Juan Pablo Ríos
                by_initials.setdefault(mark, set()).add(name)
    owners = []
    for mark in marks:
        declared = roster.get(mark.lower(), "")
        if " " in declared:
            owners.append(declared)  # "Đặng Quốc Bảo (DB)" on the list: "ACTION [DB]" is his
        elif len(by_initials.get(mark, ())) == 1:
            owners.append(next(iter(by_initials[mark])))
    return owners


@Language.component("kg_actions")
def find_actions(doc: Doc) -> Doc:
    """Mark action items: ``ACTION:`` / ``[AI: ...]`` / ``[ ]`` lines, every sentence of an
    action-items section, sentences where a person "will" or is "to" do something, and a
    speaker's "I will ..." in their own turn.

    The span is the sentence; its ``kb_id_`` is the owner's surface form ("" when none).
    """
    in_section = bool(doc.user_data.get("action_section"))
    in_turn = bool(doc.user_data.get("turn"))
    people = sorted(  # in the order the text names them (they were found rule by rule)
        (s, e, key) for s, e, label, key in doc.user_data.get("taken", []) if label == "PERSON"
    )
    text = _text(doc)
    bounds: list[tuple[int, int]] = []
    for start, end in sentences(doc):
        tail = text[start:end].strip()
        if (
            bounds
            and _BRACKET_TAIL.fullmatch(tail)
            and (tail[:1] in "[(" or text[:start].rstrip().endswith(("[", "(")))
        ):
            bounds[-1] = (bounds[-1][0], end)  # "Next step: spec doc. [@ann & @di]": its owners
        else:
            bounds.append((start, end))
    if _BOT_ACTION.match(text):
        bounds = [(0, len(text))]  # "!action lotte_ jide draft ...": one task ("!" ends nothing)
    # "Follow-up: Femi posts the FCP notice; Leandro to add the lint": a task per clause
    clauses: set[int] = set()
    for k in range(len(bounds) - 1, -1, -1):
        start, end = bounds[k]
        if _ACTION_LABEL.match(text[start:end]) and ";" in text[start:end]:
            cuts = [start] + [start + i + 1 for i, c in enumerate(text[start:end]) if c == ";"]
            parts = [(a, b) for a, b in zip(cuts, [*cuts[1:], end], strict=True) if b > a + 3]
            bounds[k : k + 1] = parts
            clauses.update(a for a, _ in parts[1:])
    recap = False  # "So to recap the actions.": each "Name, ..." after it is that one's
    last_owners: list[str] = []
    # "Follow-ups: STRAT-1841 add a retry (Arvid). STRAT-1842 alert on slow runs (Femi).": after
    # the label, each sentence that ends with its owner in brackets is a task of its own
    label_block = bool(bounds) and bool(_ACTION_LABEL.match(text[bounds[0][0] : bounds[0][1]]))
    for start, end in bounds:
        sentence = text[start:end]
        owners: list[str] = []
        asked = _asked(text, start, end, people, recap)
        recap = recap or bool(_RECAP.search(sentence))
        willing: list[str] = (
            asked  # everyone who "will": "Michael will share ... and Alex will ..."
        )
        speaker_takes = in_turn and bool(_I_WILL.search(sentence))  # the speaker takes it on
        tagged = _ACTION_OWNER.search(sentence)  # "AI(Ann, Bo): ...", "... [owner: Oumar Sy]"
        is_action = (
            in_section
            and not _CLOSING.match(sentence)
            and not _CLOSING.match(text)
            or speaker_takes
            or bool(asked)
            or tagged is not None
            or bool(_ACTION_LABEL.match(sentence))
            or bool(_ACTION_INLINE.search(sentence))
            or start in clauses
            # "Kubernetes 1.28 issue + planning for next week: @smerle": who is on it
            or bool(_COLON_HANDLE_END.search(sentence))
            or label_block
            and (bracket := _NAMES_AT_END.search(sentence)) is not None
            and bracket.group(1) is not None
            and any(start + bracket.start(1) <= s0 < start + bracket.end(1) for s0, _, _ in people)
        )
        bracketed = _BRACKET_OWNERS.match(sentence)
        if bracketed and (in_section or bracketed.group(2) in _TASK_VERBS):
            a, b = start + bracketed.start(1), start + bracketed.end(1)
            within = [p for p in people if a <= p[0] and p[1] <= b]
            for part in _BRACKET_PART.finditer(text, a, b):
                if (
                    not any(p[0] <= part.start() < p[1] for p in within)
                    and is_given_name(part.group(), strict=False)
                    # "[Yusuf]", a given name the notes name nowhere else
                    and _add(doc, part.start(), part.end(), "PERSON", part.group()) is not None
                ):
                    within.append((part.start(), part.end(), part.group()))
            if within and not _unnamed(text, a, b, within).strip(" ,&+/"):
                is_action = True  # the brackets hold only names
                willing = willing or [k for _, _, k in sorted(within)]
        run: list[str] = []  # "Tom and Allen to ...": names joined by "and", "," or "/"
        last_end = -1
        labelled = bool(_ACTION_LABEL.match(sentence))
        for p_start, p_end, key in people:
            if p_start < start or p_end > end:
                continue
            between = text[last_end:p_start]
            if _HELPER.search(text[start:p_start]) and not owners and not willing:
                continue  # "- jide: (with lotte_) draft ...": the line's owner is jide
            if last_end < 0 or not (
                _JOINED.fullmatch(between) or labelled and between.lstrip("_") in (" ", "\t")
            ):  # "ACTION: lotte_ jide draft the proposal", MeetBot's nicks, then the task
                run = []
            run.append(key)
            last_end = p_end
            if (
                _WILL.match(text[p_end:end])
                or _ASSIGNED_TO.search(text[start:p_start][-24:])
                # "Bug 22417 (netlane tx timeouts) -> Hyun-woo": the task, then who takes it
                or _ARROW_TO.search(text[start:p_start][-40:])
                and "->" not in text[p_end:end]
                and "\u2192" not in text[p_end:end]
                and not any(p_end < s0 < end for s0, _, _ in people)  # (one taker alone)
                # "The group asked Ee to prepare the process": the one asked takes it on
                or _ASKED_BEFORE.search(text[start:p_start][-24:])
                and _TO_VERB.match(text, p_end)
            ):
                willing.extend(run)  # "Michael will ...", "-> assigned to Minh · P1"
                is_action = True
            elif is_action and not owners and not speaker_takes:
                owners = run  # the first names of the sentence, and any joined to them
        owners = willing or owners
        # "@Arjun + @Layla — pair on ...": the people before the dash own it (not "Release —
        # ask @kwame ... @farid", a subject before the dash)
        dash = _OWNER_DASH.match(text, start)
        lead_owner = (
            bool(owners)
            and dash is not None
            and any(start <= s0 < dash.end() for s0, _, _ in people)
            and not re.search(r"[^\W\d_]{2,}", _unnamed(text, start, dash.end(), people))
        )
        writer = doc.user_data.get("writer")
        if is_action and not willing and writer and _SELF_DASH.match(sentence):
            owners, lead_owner = [writer], True  # "• me — review #1444": the list's writer's
        if is_action and not willing and not lead_owner and "@" in sentence:
            # "[ ] Rebase #2219 on Kwame's fix @farid 📅 2025-06-13": the handle the task ends
            # with is its owner, whoever else it names
            handles = _TRAILING_HANDLES.search(sentence)
            at = start + handles.start() if handles else end
            owners = [k for s0, _, k in people if at <= s0 < end] or owners
        # "-> AI ottoh: send the tokens (Sanna + Felix at least)": the label names the owner
        who = _ACTION_WHO.match(sentence) if labelled else None
        at_who = [k for s0, _, k in people if who and s0 == start + who.start(1)]
        if at_who:
            owners = at_who
        elif (
            who
            and who.group(1).islower()
            and is_handle(who.group(1))
            and not is_english_word(who.group(1))
        ):
            owners = [who.group(1)]  # a login said nowhere else
            _add(doc, start + who.start(1), start + who.end(1), "PERSON", who.group(1))
        ending = _NAMES_AT_END.search(sentence) if is_action and not willing and not who else None
        if ending:
            # "=> AI: ping Noel re: access (Sophie)", "Review Ines's fix by Friday - Mateo
            # Huamaní": the people the task ends with, alone in brackets or after a dash
            a, b = (
                start + ending.start(ending.lastindex or 1),
                start + ending.end(ending.lastindex or 1),
            )
            # "Helga - OSS-Fuzz application (with Chioma)": one more owner beside the first
            first = owners or ([w] if (w := doc.user_data.get("writer")) and in_turn else [])
            joined = _WITH_OWNER.match(text, a) if first else None
            a = joined.end() if joined else a
            ended = [(s0, e0, k) for s0, e0, k in people if a <= s0 and e0 <= b]
            if ended and not _unnamed(text, a, b, ended).strip(" ,&+/"):
                owners = (first if joined else []) + [k for _, _, k in ended]
        if start in clauses and not any(
            s0 >= start and not text[start:s0].strip() for s0, _, _ in people
        ):
            # "[ ] Olu — split #4420; add a doc section; ask Lars": a clause not opening with
            # a name is the first clause's owner's
            owners = last_owners
        last_owners = owners
        if (
            not owners
            and (bot := _BOT_OWNER.match(sentence))
            and is_handle(bot.group(1))
            and bot.group(1) not in _TASK_VERBS  # "#action fix the mirror script": no one's
            and (
                bot.group(1) in doc.user_data.get("roster", {}) or not is_english_word(bot.group(1))
            )
        ):
            owners = [bot.group(1)]  # "#action tuanpm forward-port the patch": MeetBot's owner
            at = start + bot.start(1)
            if not any(s0 <= at < e0 for s0, e0, _ in people):  # a nick said nowhere else
                _add(doc, at, start + bot.end(1), "PERSON", bot.group(1))
        if labelled and not owners and who and who.group(1)[:1].isupper():
            # "ACTION JP: post the results": the initials of someone listed, or a turn's "JP:"
            owners = _initials_owners(who.group(1), doc) or [who.group(1)]
        if tagged:
            at = next(i for i in (1, 2, 3) if tagged.group(i) is not None)
            # (a span may open before the brackets: "ACTION(RQ" is one token)
            a, b = start + tagged.start(at), start + tagged.end(at)
            inside = [k for s, e, k in people if s < b and e > a]
            owners = inside or _initials_owners(tagged.group(at), doc) or owners
        rest = _ACTION_LABEL.sub("", sentence, count=1)
        for owner in owners:
            rest = rest.replace(owner, " ")
        if not {w.lower() for w in _WORDS.findall(rest)} - _TEMPLATE:
            continue  # an empty template: "[ ] name", "ACTION:", "[ ] Ben:"
        if is_action and len(sentence.strip()) > 3:
            _add(doc, start, end, "ACTION", "|".join(dict.fromkeys(owners)))
    return doc


def _asked(
    text: str, start: int, end: int, people: list[tuple[int, int, str]], recap: bool
) -> list[str]:
    """The person a sentence asks, by name, to do something: "Lars, finish the search
    parameters." (a task's verb), or after a recap of the actions anything ("Deepak, gzip for the
    NDJSON output."); not a question."""
    sentence = text[start:end].rstrip()
    if sentence.endswith("?"):
        return []
    lead = re.match(r"\W*(?:(?:and|so|also|then|ok(?:ay)?)\W+)?", sentence, re.I)
    first = start + (lead.end() if lead else 0)
    for p_start, p_end, key in people:
        if p_start != first:
            continue
        said = _VOCATIVE.match(text, p_end, end)
        if said and (recap or said.group(1) in _TASK_VERBS):
            return [key]
        if recap and text[p_end : p_end + 1] == "," and len(text[p_end:end].split()) >= 2:
            return [key]
    return []


def sentences(doc: Doc) -> list[tuple[int, int]]:
    """(start, end) character offsets of the doc's sentences, computed once per doc."""
    bounds = doc.user_data.get("sents")
    if bounds is None:
        bounds = doc.user_data["sents"] = [(s.start_char, s.end_char) for s in doc.sents]
    return list(bounds)


_GLUED_MARK = re.compile(r"[!?][^\s!?]")
_SHORTENED = frozenset("re cf approx incl esp resp".split())  # "re. ocean BGC", "cf. the spec"
_SHORT_DOT = re.compile(rf"\b(?:{'|'.join(sorted(_SHORTENED))})\.[ \t]+[a-z]", re.I)


@Language.component("kg_sentence_marks")
def sentence_marks(doc: Doc) -> Doc:
    """A "!" or "?" glued to what follows ends no sentence: GitLab's "!6130", "foo?bar"; nor
    does the dot of a shortened word before a word in lower case: "email Lucía re. ocean BGC"."""
    glued, short = _GLUED_MARK.search(doc.text), _SHORT_DOT.search(doc.text)
    if not glued and not short:
        return doc
    for token in doc[:-1]:
        if glued and token.text in ("!", "?") and not token.whitespace_:
            doc[token.i + 1].is_sent_start = False
        elif (
            short
            and token.i
            and token.text == "."
            and doc[token.i - 1].lower_ in _SHORTENED
            and doc[token.i + 1].text[:1].islower()
        ):
            doc[token.i + 1].is_sent_start = False
    return doc


@Language.component("kg_model_people")
def model_people(doc: Doc) -> Doc:
    """With a statistical model: its PERSON entities that look like names become people too."""
    text = _text(doc)
    for ent in doc.ents:
        if ent.label_ != "PERSON":
            continue
        surface = _POSSESSIVE.sub("", text[ent.start_char : ent.end_char]).strip(" *:,;")
        words = surface.split()
        if not words or len(words) > 4 or not all(is_name_word(w) for w in words):
            continue
        start = text.find(surface, ent.start_char)
        if start >= 0 and not _taken(
            doc, start, start + len(surface), ["PERSON", "TOPIC", "REFERENCE"]
        ):
            _add(doc, start, start + len(surface), "PERSON", surface)
    return doc


def make_nlp(lexicon: Lexicon | None = None, model: str | None = None) -> Language:
    """A blank English pipeline with kg's components: sentences, references, topics, people, actions.

    No downloaded model is needed. ``model`` names an installed spaCy pipeline (such as
    ``en_core_web_sm``) whose named-entity recogniser then adds the people it finds; it raises
    :class:`kg.errors.ConfigError` when that package is not installed.
    """
    lexicon = lexicon or Lexicon()
    if model:
        try:
            nlp = spacy.load(model, exclude=["parser", "lemmatizer", "tagger", "attribute_ruler"])
        except OSError as exc:
            raise ConfigError(
                f"spaCy model {model!r} is not installed; install its package or leave out --model"
            ) from exc
        if "ner" not in nlp.pipe_names:
            raise ConfigError(f"spaCy model {model!r} has no 'ner' component; choose another model")
    else:
        nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer", first=True)
    nlp.add_pipe("kg_sentence_marks", after="sentencizer")
    nlp.add_pipe("kg_references")
    topics = [[t.label, *t.aliases] for t in lexicon.topics]
    nlp.add_pipe("kg_topics", config={"topics": topics, "ignore": sorted(lexicon.ignore_topics)})
    nlp.add_pipe("kg_people", config={"ignore": sorted(lexicon.ignore_people)})
    ignored = sorted(lexicon.ignore_topics | ({topic_key(lexicon.name)} if lexicon.name else set()))
    nlp.add_pipe("kg_terms", config={"ignore": ignored})
    if model:
        nlp.add_pipe("kg_model_people")
    nlp.add_pipe("kg_actions")
    return nlp
