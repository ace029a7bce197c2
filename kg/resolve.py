"""Mentions -> Entities: one node per person, topic, reference and organization.

People are resolved in this order: an exact full name, handle or people-file alias; a first name,
handle or initials against the meeting's own attendee list; a first name against everyone in the
corpus. A short name that two people fit stays on its own, flagged ``unresolved``. A shared word
is never enough: "Mihai" is not "Darius Mihai".
"""

from __future__ import annotations

import os
import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from rapidfuzz import fuzz
from rapidfuzz.distance import OSA

from .errors import ConfigError
from .io import read_toml
from .names import (
    PARTICLES,
    _fold,
    given_name_last,
    initials_of,
    is_english_word,
    is_given_name,
    is_initials,
    is_name_word,
    nicknames,
    slug,
    surnames,
    word_frequency,
)
from .types import Entity, Meeting, Mention, Resolution

_INITIAL_FORM = re.compile(r"^(\S+)\s+([A-Z])\.$")
_CUT_SURNAME = re.compile(r"^(\S+)\s+([A-Z]\.?|[A-Z][^\W\d_]{1,11}\.)$")  # "Alex B.", "Alex Bereg."
_INITIALS = "\0initials:"  # prefix of initials keys in a roster index (never a name key)
_SURNAME = "\0surname:"  # prefix of surname keys in a roster index
_LOWER_INITIALS = re.compile(r"[a-z]{2,3}")  # a scribe's mark for a speaker: "tz:", "jms:"
# a login of an initial and a surname: "k-tanaka", "jkrol", "okonkwo_n" ...
_INITIAL_LOGIN = re.compile(r"([a-z])[-_.]?([a-z]{4,})|([a-z]{4,})[-_.]([a-z])")
# what a site's login may add to a person's: "lmartinez-dev", "kwame-gh", "jdoe42"
_LOGIN_TAG = re.compile(r"(?:[-_](?:dev|gh|git|oss|code|hub|work|io)|\d{1,4})$")
INITIAL_SURNAME_WORD = 3.0  # a login's surname that is also a given name this common is a name
INITIAL_GIVEN_COMMON = 4.3  # ... is a given name no more common as an English word ("Server") ...
INITIAL_LOGIN_SHARE = 0.5  # ... when the two share this much of the meetings naming either
_HONORED = re.compile(r"\b(?:Mr|Mrs|Ms|Mx|Dr|Prof)\.?[ \t]+\0")  # the name replaced by "\0"
_LETTERS = re.compile(r"[^a-z]+")
SHORT_LOGIN_WORD = 4.0  # a login this common in English may be the word, not a longer login cut
RARE_FIRST_NAME = 3.0  # a first name this rare in English (Zipf) belongs to few people
FORMAL_SURNAMES = 2  # attendees named by a surname alone that make minutes formal
YEARS_APART = 2  # a first name is never resolved to someone seen only this many years away


@dataclass
class Person:
    """A person being resolved: every surface form that names them."""

    id: str
    label: str
    forms: Counter[str] = field(default_factory=Counter)
    handles: set[str] = field(default_factory=set)
    unresolved: bool = False
    candidates: tuple[str, ...] = ()
    organization: str = ""
    dates: list[str] = field(
        default_factory=list
    )  # meetings that list them or give their full name


@dataclass(frozen=True)
class PeopleFile:
    """A people file: canonical names with their handles, logins, initials and spellings."""

    aliases: dict[str, str]
    path: str = ""

    def fingerprint(self) -> str:
        return "\n".join(f"{k}={v}" for k, v in sorted(self.aliases.items()))


def load_people(path: str | os.PathLike[str] | None) -> PeopleFile:
    """Read a people file (TOML)::

        [[person]]
        name = "Konstantin Belousov"
        aliases = ["kib", "kib@"]

    Raises :class:`ConfigError` when it is malformed.
    """
    if path is None:
        return PeopleFile({})
    where = Path(path)
    data = read_toml(where, "people file", "--people")
    aliases: dict[str, str] = {}
    entries = data.get("person", [])
    if not isinstance(entries, list):
        raise ConfigError(f"{where}: 'person' must be an array of tables ([[person]] entries)")
    for number, entry in enumerate(entries, start=1):
        if (
            not isinstance(entry, dict)
            or not isinstance(entry.get("name"), str)
            or not entry["name"].strip()
        ):
            raise ConfigError(f"{where}: person #{number} needs a string 'name'")
        names = entry.get("aliases", [])
        if not isinstance(names, list) or not all(isinstance(a, str) for a in names):
            raise ConfigError(
                f"{where}: person {entry['name']!r}: 'aliases' must be a list of strings"
            )
        name = entry["name"].strip()
        aliases[_key(name)] = name
        for alias in names:
            aliases[_key(alias)] = name
    return PeopleFile(aliases, str(where))


_FORUM_USER = re.compile(r"^/?u/(?=\w)")


@lru_cache(maxsize=131072)
def _key(surface: str) -> str:
    # "@ann", "lotte_" (an IRC nick taken, with its owner's mark), "u/ann" (a forum's user): one
    # key with "ann", "lotte"
    bare = _FORUM_USER.sub("", surface.strip()).strip("@_") or surface.strip()
    return re.sub(r"\s+", " ", _fold(bare)).strip()


def _mistyped_given(form: str, forms: Counter[str]) -> bool:
    """Whether a full name's given name is a typo of another form's: "Benjamine Coe" beside
    "Benjamin Coe", a given name English knows with the same surname."""
    words = form.split()
    if len(words) < 2:
        return False
    said = word_frequency(words[0].lower())
    return any(
        len(other := o.split()) == len(words)
        and other[1:] == words[1:]
        and _fold(other[0]) != _fold(words[0])  # ("Michaël", not a typo of "Michael")
        and other[0][:4] == words[0][:4]
        and abs(len(other[0]) - len(words[0])) <= 1
        and is_given_name(other[0], strict=False)
        and word_frequency(other[0].lower()) >= said + MISTYPED_ZIPF
        for o in forms
    )


def spellings(name: str) -> set[str]:
    """The logins a full name is commonly spelled as: first name or its initial, then a prefix of
    the surname (nikomatsakis, sdaftuar, markj, jamesob, scottmcm, rylev), the surname alone,
    or the surname then the initials (cramertj).

    >>> sorted(x for x in spellings("Mark Johnston") if not x.startswith("ma"))
    ['johnston', 'johnstonm', 'johnstonmark', 'mjoh', 'mjohn', 'mjohns', 'mjohnst', 'mjohnsto', 'mjohnston']
    >>> "markj" in spellings("Mark Johnston") and "rylev" in spellings("Ryan Levick")
    True
    """
    folded = _fold(name).split()
    words = [_LETTERS.sub("", w) for w in folded]
    words = [w for w in words if w]
    if len(words) < 2:
        return set()
    first, last = words[0], words[-1]
    out = {last, "".join(words), last + "".join(w[0] for w in words[:-1])}
    if len(words) > 2:  # "sdelafuente" of Sofía de la Fuente: the surname's words run together
        family = "".join(words[1:])
        out |= {family, first[0] + family, first + family}
        # "ducminh" of Trần Minh Đức: a name given family first, its given names run together;
        # "thanhvu" of Vu Thanh Hai: the middle name, then the family name; "qa-pham" of Phạm
        # Quỳnh Anh: the given names' initials, then the family name
        out |= {words[-1] + words[-2], words[-1] + words[0], words[1] + words[0]}
        out.add("".join(w[0] for w in words[1:]) + words[0])
    # "ojo_seun" of Oluwaseun Ojo: the surname, then the given name or its end (its short form)
    out |= {last + first} | {last + first[-k:] for k in range(4, len(first) - 1)}
    # "jhpark" of Park Ji-hoon (or Ji-hoon Park): a given name's parts' initials, the surname
    for given, family in ((folded[0], folded[-1]), (folded[-1], folded[0])):
        parts = [_LETTERS.sub("", x) for x in given.split("-") if _LETTERS.sub("", x)]
        if len(parts) >= 2:
            out.add("".join(x[0] for x in parts) + _LETTERS.sub("", family))
    lasts = {last}
    if "-" in folded[-1].strip("-"):  # "yhaddad" of Yousef Al-Haddad, "kofiatta" of Ofori-Atta
        lasts |= {_LETTERS.sub("", part) for part in folded[-1].split("-")} - {""}
    # "bartz" of Bartosz Zielinski: a short form of the given name, then the surname's initial;
    # "karim-ea" of Karim El-Amin: the given name, then the surname's initials
    out |= {first[:k] + last[0] for k in range(4, len(first) - 1)}
    surname_parts = [_LETTERS.sub("", part) for part in re.split(r"[-\s]", folded[-1])]
    out |= {first + last[0], first + "".join(part[0] for part in surname_parts if part)}
    for end in lasts:
        for i in range(1, len(end) + 1):
            out.add(first[0] + end[:i] if i >= 3 else "")
            out.add(first[:2] + end[:i] if i >= 3 else "")  # "rylev" of Ryan Levick
            out.add(first + end[:i])
            # "rafa-alb" of Rafael Albuquerque, "chiokon" of Chiamaka Okonkwo: the two cut short
            out |= {first[:k] + end[:i] for k in range(3, len(first)) if i >= 3 and k + i >= 6}
    # "tunde" of Babatunde Adeyemi: a long given name's end, its short form ("seun" of Oluwaseun
    # too, four letters that are a given name themselves)
    out |= {first[-k:] for k in range(5, len(first) - 2)}
    if len(first) >= 7 and is_given_name(first[-4:].title()):
        out |= {first[-4:], first[-4:] + last[0]}  # "seun-a" of Oluwaseun Adeyemi
    # "phlima" of Pedro Henrique Lima: the given names' initials, then the surname
    out.add("".join(w[0] for w in words[:-1]) + last)
    # "fzahra" of Fatima Zahra El Amrani: the initial, then a second given name; "ana-lu" of Ana
    # Lúcia Ferreira: the given name, then the second one's first letters
    out |= {first[0] + w for w in words[1:-1] if len(w) >= 4}
    if len(words) >= 3:
        out |= {first + words[1][:j] for j in range(2, len(words[1]) + 1)}
    if len(words) >= 3 and len(words[0]) >= 2:
        # "lan-ng" of Nguyễn Thị Lan: the given name last, then the family name's first letters
        out |= {last + words[0][:j] for j in range(2, len(words[0]) + 1) if len(last) + j >= 5}
    # "tomekw" of Tomasz Wróblewski: a short form of the given name, then the surname or its initial
    for short in (s for s, longs in nicknames().items() if first in longs):
        out |= {short + last[0], short + last}
    out.discard("")
    return {x for x in out if len(x) >= 4}


LOGIN_TAG = 4  # letters of a tag a login may add after its name's spelling ("-gis", "-k8s")


def spells(login: str, words: list[str]) -> bool:
    """Whether ``login`` is spelled from the name of ``words`` ("luiza_m", "cdoyle", "adaeze",
    "hai" of Lê Văn Hải)."""
    bare = _LETTERS.sub("", _fold(login).lower())
    if len(bare) < 3:
        return False
    # one of the name's words ("hai" of Lê Văn Hải), or a login made of them
    named = {_LETTERS.sub("", _fold(w).lower()) for w in words}
    if bare in named or bare in spellings(" ".join(words)):
        return True
    head = untagged(_fold(login).lower())  # "rquintero-gis", "marta-dev", "wzhao-k8s"
    return bool(head) and (head in named or head in spellings(" ".join(words)))


def untagged(login: str) -> str:
    """The letters of a login before a short tag after it ("rquintero" of "rquintero-gis",
    "marta" of "marta_dev"); "" when it has none."""
    head, sep, tag = login.rpartition("-")
    if not sep:
        head, sep, tag = login.rpartition("_")
    head = _LETTERS.sub("", head)
    return head if sep and len(tag) <= LOGIN_TAG and len(head) >= 4 else ""


def opens_given(login: str, words: list[str]) -> bool:
    """Whether ``login`` is the first letters of a given name of ``words``, the short form
    written after a full name ("Olumide Adeyemi (olu)", "Ibrahim Al-Sayed (ibra)")."""
    bare = _fold(login).lower()
    return (
        len(bare) >= 3
        and bare.isalpha()
        and any(_fold(w).lower().startswith(bare) and is_given_name(w, strict=False) for w in words)
    )


NAME_THEN_LOGIN = re.compile(  # "Lê Văn Hải (hai)", "Takuya Watanabe (@tkw)", "Ana Ruiz (:aruiz)"
    r"(?<![\w@/.-])([A-Z][^\W\d_][\w'-]*(?: [A-Z][^\W\d_][\w'-]*){1,2}) \([@:]?([a-z][a-z0-9_-]{1,20})\)"
)


def declared_logins(text: str) -> frozenset[str]:
    """The logins the minutes give after a full name they are spelled from: "Lê Văn Hải (hai)",
    "Omar Al-Khatib (omar)" (not "Paul Dworzanski (ewasm)", his team)."""
    if " (" not in text:
        return frozenset()
    return frozenset(
        m.group(2)
        for m in NAME_THEN_LOGIN.finditer(text)
        if spells(m.group(2), m.group(1).split()) or opens_given(m.group(2), m.group(1).split())
    )


_JOINERS = re.compile(r"[-_.]")  # what a login's parts are joined by, or not, site to site
FIRST_PLUS_INITIAL = 5  # letters of a given name whose login may add just an initial ("estebank")
MISTYPED_ZIPF = (
    1.0  # a given name this much more common than its one-letter variant is the right one
)
MISTYPED_RATIO = 5  # a full name one letter off another said this much more often is that one
MISTYPED_TWICE = (6, 4)  # ... or two letters off, in a word this long, named at most this often


def _mistyped(small: str, big: str, said: int) -> bool:
    """Whether one word of a name is a slip of another's: a letter off in a word of four letters
    or more ("Bieko"), or two in a long word of a name ``said`` (its forms counted) at most
    MISTYPED_TWICE[1] times ("Johnny" Birch of Johnnie Birch, "Takiwaka" of Takikawa)."""
    shortest = min(len(small), len(big))
    if shortest < 4:
        return False
    limit = 2 if shortest >= MISTYPED_TWICE[0] and said <= MISTYPED_TWICE[1] else 1
    return 1 <= OSA.distance(small, big) <= limit


SWAPPED = (
    10  # a short login with two letters swapped is a typo when the right one is said this much more
)


def _years_apart(a: list[str], b: list[str]) -> bool:
    """Whether two spans of dates (first, last; one date is a span too) lie more than YEARS_APART
    years apart; an empty span is near everything."""
    if not a or not b:
        return False
    return (
        int(a[0][:4]) > int(b[-1][:4]) + YEARS_APART or int(b[0][:4]) > int(a[-1][:4]) + YEARS_APART
    )


def _said(form: str, forms: Counter[str]) -> int:
    """How often a full name is said, counting the shorter forms it completes: "Fatima Zahra"
    twice and "Fatima Zahra Benali" once are three sayings of the longer."""
    words = form.split()
    if not all(is_name_word(w) for w in words):
        return forms[form]  # "Joe Sepi @joesepi.com" completes no name
    return sum(n for other, n in forms.items() if other.split() == words[: len(other.split())])


def _abbreviated(name: str) -> bool:
    """Whether a full name shortens a part to initials ("Simon PJ", "Kirill P.", "B. Ilic")."""
    words = name.split()
    return any(w.isupper() or len(w.rstrip(".")) == 1 for w in words[1:]) or (
        len(words) > 1 and len(words[0].rstrip(".")) == 1
    )


def _lengthens(longer: str, name: str) -> bool:
    """Whether ``longer`` is ``name`` and more words of a name ("Fatima Zahra Benali" of "Fatima
    Zahra"; not "Joe Sepi @joesepi.com")."""
    more = longer.split()[len(name.split()) :]
    return (
        bool(more)
        and longer.lower().startswith(name.lower() + " ")
        and all(is_name_word(w) for w in more)
    )


def _shortened(a: str, b: str) -> bool:
    """Whether two names with the same surname differ only in a shortened first name
    ("rich winterton", "richard winterton")."""
    first_a, first_b = sorted((a.split()[0], b.split()[0]), key=len)
    return len(first_a) >= 3 and first_b.startswith(first_a) and a.split()[1:-1] == b.split()[1:-1]


_NAME_KEY_WORD = re.compile(r"[^\W\d_][\w'-]*")
WITHIN_COMMON = 4.5  # a word of a name this common in English is a remark's ("for", "item")


def _within_name(short: str, long: str) -> bool:
    """Whether the name ``short`` is ``long`` said with fewer of its words, in order: its given
    name and one of its family names ("andrés rojas" of "andrés felipe rojas quintero"), or its
    family names from a particle on ("ferreira da silva" of "beatriz ferreira da silva")."""
    few, many = short.split(), long.split()
    if len(few) < 2 or len(many) <= len(few):
        return False
    if not all(
        _NAME_KEY_WORD.fullmatch(w) and (w in PARTICLES or word_frequency(w) < WITHIN_COMMON)
        for w in many
    ):
        return False  # not "rodrigo fuentes for the first item only", a name and a remark
    if few == many[-len(few) :]:
        return any(w in PARTICLES for w in few[1:-1])
    if few[0] != many[0] or len(many) < 4:
        return False
    at = 0
    for word in few[1:]:
        if word not in many[at + 1 :]:
            return False
        at = many.index(word, at + 1)
    # not "peter jensen" of "peter jensen sam clegg", two people run together: no given name
    # after the words said (but after a particle: "joão pedro nogueira" of "... dos santos")
    return not any(
        is_given_name(w, strict=False) and many[i - 1] not in PARTICLES
        for i, w in enumerate(many[at + 1 :], start=at + 1)
    )


def _cut_short(short: list[str], long: list[str], said_short: int, said_long: int) -> bool:
    """Whether the words of one full name are another's cut short: its first words ("joaquin
    anton" of "joaquin anton guirao"), the first part of a double surname ("olivier cochard" of
    "olivier cochard-labbe"), or a surname's first letters ("ganesan rama" of "ganesan
    ramalingam") when the short form is the far rarer one ("Smith" may be no "Smithson")."""
    n = len(short)
    if len(long) == n + 1:  # not two names run together ("Peter Jensen Sam Clegg")
        return long[:n] == short
    if _within_name(" ".join(short), " ".join(long)):
        return True  # "andrés rojas" of "andrés felipe rojas quintero"
    if len(long) != n or long[:-1] != short[:-1] or long[-1] == short[-1]:
        return False
    last, cut = long[-1], short[-1]
    if "-" in last and last.split("-")[0] == cut:
        return True
    return len(cut) >= 4 and last.startswith(cut) and said_long >= 3 * said_short


class Resolver:
    """Resolves the person mentions of a whole corpus at once."""

    def __init__(self, people_file: PeopleFile | None = None) -> None:
        self.people_file = people_file or PeopleFile({})
        self.people: dict[str, Person] = {}
        self.alias: dict[str, str] = {}
        self._firsts: dict[str, str] = {}
        self._handles: dict[str, tuple[int, frozenset[str]]] = {}
        self._surnames: dict[str, set[str]] = defaultdict(set)
        self._spelled: dict[str, set[str]] = defaultdict(set)
        self._weight: dict[str, int] = {}
        self._seen: dict[str, list[str]] = {}  # the dates each person is listed or named in full
        self._said_in_full: set[str] = set()  # people the meeting being resolved names in full
        self._formal = False  # ... and whether it names attendees by their surnames
        self._met: defaultdict[str, set[str]] = defaultdict(set)
        self._declared: dict[str, str] = {}  # a login's own node -> the person it is declared for
        self._date = ""

    def _person(self, label: str) -> Person:
        pid = "person:" + slug(label)
        if pid not in self.people:
            self.people[pid] = Person(pid, label)
        return self.people[pid]

    def _node_of(self, label: str) -> str | None:
        """The id of the person labelled ``label``, if there is one yet."""
        pid = "person:" + slug(label)
        return pid if pid in self.people else None

    def resolve(self, meetings: list[tuple[Meeting, list[Mention]]]) -> Resolution:
        """Resolve every person mention: (meeting id, mention index) -> person id, and each
        person as an :class:`Entity`."""
        person_of = self._resolve(meetings)
        people = {
            pid: Entity(
                pid,
                "person",
                p.label,
                aliases=tuple(sorted(set(p.forms) | p.handles)),
                handles=tuple(sorted(p.handles)),
                organization=p.organization,
                unresolved=p.unresolved,
                candidates=tuple(p.candidates),
            )
            for pid, p in self.people.items()
        }
        return Resolution(person_of, people)

    def _resolve(self, meetings: list[tuple[Meeting, list[Mention]]]) -> dict[tuple[str, int], str]:
        """Map (meeting id, mention index) -> person id for every person mention."""
        full_forms: Counter[str] = Counter()
        for _meeting, mentions in meetings:
            for m in mentions:
                if m.kind == "person" and (
                    m.role in ("attendee", "absent") or self._is_full(m.text)
                ):
                    full_forms[m.text.strip()] += 1
        for name in set(self.people_file.aliases.values()):
            full_forms[name] += 1
        clusters = self._cluster(full_forms)
        for forms in clusters:
            best = self.people_file.aliases.get(_key(forms.most_common(1)[0][0]))
            label = best or max(
                forms,
                # "Tucker Taft", not "tucker taft" typed as a turn's label
                key=lambda f: (
                    not _abbreviated(f),
                    not (" " in f and f.islower()),
                    not _mistyped_given(f, forms),
                    # "Phạm Quỳnh Anh", not "Quỳnh Anh", the end of her name said more often
                    not any(o.lower().endswith(" " + f.lower()) for o in forms),
                    # "Fatima Zahra Benali", not "Fatima Zahra", her given names said more often
                    not any(_lengthens(o, f) for o in forms),
                    # "Andrés Felipe Rojas Quintero", not "Andrés Rojas"
                    not any(_within_name(_key(f), _key(o)) for o in forms),
                    _said(f, forms),
                    len(f),
                    f,
                ),
            )
            person = self._person(label)
            person.forms.update(forms)
            for form in forms:
                self.alias[_key(form)] = person.id
        for alias, name in self.people_file.aliases.items():
            target = self.alias.get(_key(name)) or self._person(name).id
            self.alias[alias] = target
            self.alias[_key(name)] = target
        self._declared = {}
        self._apart: set[str] = set()  # first names listed beside a full name of that first name
        for _meeting, mentions in meetings:
            for m in mentions:
                handle = m.attr("handle")
                if m.kind == "person" and handle and _key(m.text) in self.alias:
                    pid = self.alias[_key(m.text)]
                    other = self.alias.get(_key(handle))
                    if (
                        other
                        and other != pid
                        and " " in self.people[pid].label  # a full name, not "John (@jkleinsc)"
                        and _key(self.people[other].label) == _key(handle)
                    ):
                        # "ko1" listed alone, and "ko1 (Koichi Sasada)" on another list
                        self._declared[other] = pid
                    self.alias.setdefault(_key(handle), pid)
                    self.people[pid].handles.add(handle)
                    org = m.attr("organization")
                    if org and not self.people[pid].organization:
                        self.people[pid].organization = org
        # how often each is named in full, fixed before resolution so that who dominates a first
        # name or initials does not depend on the order of the meetings
        self._weight = {pid: sum(p.forms.values()) for pid, p in self.people.items()}
        first_index: dict[str, set[str]] = defaultdict(set)
        initials_index: dict[str, set[str]] = defaultdict(set)
        self._by_initials = initials_index
        self._surnames = defaultdict(set)
        self._spelled = defaultdict(set)
        for person in self.people.values():
            words = person.label.split()
            if len(words) > 1:
                # every first name the person's full names use ("Trent" of "Trent Van Epps",
                # clustered with "Trenton Van Epps")
                for form in person.forms:
                    if " " in form.strip():
                        first_index[_key(form.split()[0])].add(person.id)
                        for login in spellings(form):
                            self._spelled[login].add(person.id)
                for form in {person.label, *person.forms}:  # "SRL" of "Steven R Loomis"
                    if len(form.split()) > 1:
                        for mark in initials_of(form):
                            initials_index[mark].add(person.id)
                self._surnames[_key(words[-1])].add(person.id)
        for meeting, mentions in meetings:
            if not meeting.date:
                continue
            for m in mentions:
                if m.kind != "person":
                    continue
                key = _key(m.text)
                known = self.alias.get(key)
                # listed, named in full or by a login of theirs: the person was there that day
                if known and (
                    m.role in ("attendee", "absent")
                    or self._is_full(m.text)
                    # a login says who was there; initials ("JM") may be anyone's years later
                    or (key in self._handle_keys(known) and not is_initials(m.text.strip()))
                ):
                    self.people[known].dates.append(meeting.date)
        for person in self.people.values():
            if person.dates:
                self._seen[person.id] = sorted(person.dates)
                person.dates = [min(person.dates), max(person.dates)]
        out: dict[tuple[str, int], str] = {}
        for meeting, mentions in meetings:
            self._date = meeting.date
            # the people listed, then those the meeting names in full: "Maxwell" after "Gregory
            # Maxwell" in the same minutes is him
            listed = [
                (i, m)
                for i, m in enumerate(mentions)
                if m.kind == "person" and m.role in ("attendee", "absent")
            ]
            listed += [
                (i, m)
                for i, m in enumerate(mentions)
                if m.kind == "person"
                and m.role not in ("attendee", "absent")
                and self._is_full(m.text)
            ]
            roster: set[str] = set()
            self._said_in_full = set()
            # "Ben (SigP)" listed beside "Ben Edgington": someone else of that first name, when
            # the list says where each works (a call's list often names one person twice,
            # "Marius" and "Marius van der Wijden", once per device)
            listed_full = {
                _key(m.text.split()[0]): m
                for _, m in listed
                if m.role in ("attendee", "absent") and self._is_full(m.text)
            }
            for index, m in listed:
                full = listed_full.get(_key(m.text)) if " " not in m.text.strip() else None
                org = m.attr("organization")
                if full and org and org != full.attr("organization") and m.role == full.role:
                    pid = self._settle(m.text.strip(), set(), set())
                    out[(meeting.id, index)] = pid
                    roster.add(pid)
                    self._apart.add(pid)
                    continue
                pid = self._one(m, set(), first_index, initials_index)
                out[(meeting.id, index)] = pid
                handle = _key(m.attr("handle"))
                if handle and " " not in m.text.strip() and self.alias.get(handle) != pid:
                    # "Seo-yeon (:syjeon)" listed, "Seo-yeon Jeon" named in full: her handle too
                    if self.alias.get(handle) == self.alias.get(_key(m.text)):
                        self.alias[handle] = pid
                        self.people[pid].handles.add(m.attr("handle"))
                roster.add(pid)
                if m.role not in ("attendee", "absent"):
                    self._said_in_full.add(pid)
                self._declare(m, pid, first_index)
            by_key = self._roster_index(roster)
            # minutes that name attendees by surname ("Okonkwo and Quintero agreed") name
            # "Park" so too, though it is also a given name
            self._formal = (
                len(
                    {
                        p
                        for m in mentions
                        if m.kind == "person"
                        and " " not in (shown := m.text.strip())
                        and not is_given_name(shown, strict=False)
                        for p in by_key.get(_SURNAME + _key(shown), ())
                    }
                )
                >= FORMAL_SURNAMES
            )
            handled: list[tuple[Mention, str]] = []
            parts = self._parts(meeting, listed, out)
            for index, m in enumerate(mentions):
                if m.kind == "person" and (meeting.id, index) not in out:
                    here, here_by_key = roster, by_key
                    if parts:
                        # a file of many meetings: "Sam" is the Sam of the list it is under
                        local, local_by_key = parts[1][bisect_right(parts[0], m.source.line) - 1]
                        key = _key(m.text.strip())
                        if len(by_key.get(key, ())) >= 2 and len(local_by_key.get(key, ())) == 1:
                            here, here_by_key = local, local_by_key
                    out[(meeting.id, index)] = self._one(
                        m, here, first_index, initials_index, here_by_key
                    )
                    if m.attr("handle"):  # "Youssef (yhaddad) said ...", in the text
                        handled.append((m, out[(meeting.id, index)]))
            for m, pid in handled:  # once the handle said after the name is someone too
                self._declare(m, pid, first_index)
        self._met = defaultdict(set)  # each person -> the meetings that name them
        for (mid, _), pid in out.items():
            self._met[pid].add(mid)
        moved = self._fold_misspellings()
        return {k: moved.get(v, v) for k, v in out.items()} if moved else out

    def _parts(
        self, meeting: Meeting, listed: list[tuple[int, Mention]], out: dict[tuple[str, int], str]
    ) -> tuple[list[int], list[tuple[set[str], dict[str, set[str]]]]] | None:
        """A file holding many meetings, each with its attendee list: where each part begins
        (the line of its list) and the people listed or named in full in it, with their keys.
        None for a file of one list."""
        if not meeting.listed:
            return None
        starts = sorted({start for start, _ in meeting.listed})
        starts[0] = 0  # (what comes before the first list is read with it)
        rosters: list[set[str]] = [set() for _ in starts]
        for start, name in meeting.listed:
            if pid := self.alias.get(_key(name)):
                rosters[bisect_right(starts, start) - 1].add(pid)
        for index, m in listed:
            rosters[bisect_right(starts, m.source.line) - 1].add(out[(meeting.id, index)])
        for part in rosters:
            for pid in list(part):
                label = self.people[pid].label
                spelled = self._spelled_by(_key(label))
                if " " not in label.strip() and len(spelled) == 1:
                    # "@jwhit" on a list of logins: Jo Whitcombe, whom it spells
                    part.discard(pid)
                    part |= spelled
        return starts, [(r, self._roster_index(r)) for r in rosters]

    def _declare(self, m: Mention, pid: str, first_index: dict[str, set[str]]) -> None:
        """ "Shelley (@codebytere)" on an attendee list: the login is the one person of the corpus
        named in full with that first name (Shelley Vohr); with no one of that first name named
        in full, the first name is the login's. A first name several people carry declares
        nothing ("Sam (@marshallofsound)")."""
        handle = m.attr("handle")
        surface = m.text.strip()
        if not handle or " " in surface:
            return
        # (a login said alone is a node of its own label, with no alias to it)
        other = self.alias.get(_key(handle)) or self._node_of(handle)
        if not other or other == pid or _key(self.people[other].label) != _key(handle):
            return
        carriers = len(first_index.get(_key(surface), ()))
        if carriers == 1 and " " in self.people[pid].label:
            self._declared.setdefault(other, pid)
        elif not carriers and " " not in self.people[pid].label and not self.people[pid].unresolved:
            # "Jeremy (@nornagon)" and no Jeremy named in full: the first name is the login's
            self._declared.setdefault(pid, other)

    def _fold_misspellings(self) -> dict[str, str]:
        """A login spelled an edit away from a far more frequent one ("nikomatskais", "cramerj")
        is that person; short logins and names of similar weight are left alone."""
        weight = {pid: sum(p.forms.values()) for pid, p in self.people.items()}
        logins: dict[str, str] = {}
        for pid, person in self.people.items():
            if person.unresolved:
                continue
            for form in (
                [person.label, *person.handles] if " " not in person.label else person.handles
            ):
                key = _key(form)
                if len(key) >= 4 and " " not in key:
                    logins.setdefault(key, pid)
        moved: dict[str, str] = {
            small: big
            for small, big in self._declared.items()
            if small in self.people and big in self.people and small != big
        }
        keys = sorted(logins)
        for i, a in enumerate(keys):
            for b in keys[i + 1 :]:
                if b[:1] != a[:1]:
                    break
                small, big = sorted((logins[a], logins[b]), key=lambda p: (weight[p], p))
                if small == big or small in moved or big in moved:
                    continue
                if _JOINERS.sub("", a) == _JOINERS.sub("", b):
                    moved[small] = big  # "k-tsj" and "ktsj": one login, spelled on two sites
                    continue
                limit = 2 if min(len(a), len(b)) >= 10 else 1
                if min(len(a), len(b)) < 6:
                    # "hbst" for hsbt, "mkrn" for mrkn: two letters swapped in a short login
                    # said far less than the right one
                    if sorted(a) == sorted(b) and weight[big] >= SWAPPED * weight[small]:
                        if OSA.distance(a, b) == 1:
                            moved[small] = big
                    continue
                if weight[big] >= 3 * weight[small] and OSA.distance(a, b) <= limit:
                    moved[small] = big
        moved.update(self._first_name_logins(weight, moved))
        moved.update(self._short_logins(moved))
        moved.update(self._spelled_logins(moved))
        moved.update(self._first_name_dominant(weight, moved))
        moved.update(self._listed_initials(moved))
        moved.update(self._initialled_surnames(moved))
        moved.update(self._reordered_names(weight, moved))
        moved.update(self._mistyped_names(weight, moved))
        moved.update(self._initial_logins(weight, moved))
        moved.update(self._lone_surnames(moved))
        moved.update(self._handle_spells_full_name(moved))
        for small in moved:  # a chain (nikomatskais -> nikomatsakis -> Niko Matsakis) ends once
            while moved[small] in moved:
                moved[small] = moved[moved[small]]
        for small, big in moved.items():
            self.people[big].forms.update(self.people[small].forms)
            self.people[big].handles |= self.people[small].handles
        for small in moved:
            del self.people[small]
        return moved

    def _first_name_logins(self, weight: dict[str, int], moved: dict[str, str]) -> dict[str, str]:
        """ "Niko" and "nikomatsakis", "Scott" and "scottmcm", "Felix" and "pnkfelix": a first name
        that no full name in the corpus carries, and the one login that starts or ends with it,
        are one person."""
        firsts = {_key(p.label.split()[0]) for p in self.people.values() if " " in p.label}
        extending = self._logins_extending()
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            name = person.label
            key = _key(name)
            if (
                " " in name
                or not name[:1].isupper()
                or person.unresolved
                or len(key) < 3
                or key in firsts
                or pid in moved
                or not is_given_name(name, strict=False)
            ):
                continue
            fits = {o for o in extending(key, 4) if o not in moved}  # "pnkfelix" ends with "felix"
            if not fits and len(key) >= FIRST_PLUS_INITIAL:
                # "estebank" of Esteban: the given name and one letter, no given name itself
                fits = {
                    o
                    for o in extending(key, ends_from=len(key) + 1, more=1)  # (no ending)
                    if o not in moved
                    and len(_key(self.people[o].label).strip("@")) == len(key) + 1
                    and not is_given_name(self.people[o].label.strip("@").title(), strict=False)
                }
            if len(fits) == 1:
                small, big = sorted((pid, *fits), key=lambda p: (weight[p], p))
                out[small] = big
        return out

    def _initial_logins(self, weight: dict[str, int], moved: dict[str, str]) -> dict[str, str]:
        """ "k-tanaka" and "Kenji", "okonkwo_n" and "Nnamdi", "jkrol" and "Jakub": a login of an
        initial and a surname, in meetings with one person named only by a given name of that
        initial (no one else of that initial there), is that person."""
        firsts = {_key(p.label.split()[0]) for p in self.people.values() if " " in p.label}
        initial_of: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
        for pid, person in self.people.items():  # who of each initial each meeting names
            words = person.label.strip("@").split()
            if person.unresolved or not words or not words[0][:1].isalpha():
                continue
            for mid in self._met.get(pid, ()):
                initial_of[mid][_fold(words[0][:1]).lower()].add(pid)
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            whole = _LOGIN_TAG.sub("", person.label.strip("@"))  # "lmartinez-dev": lmartinez
            shape = _INITIAL_LOGIN.fullmatch(whole)
            if not shape or pid in moved or person.unresolved:
                continue
            initial = shape.group(1) or shape.group(4)
            surname = shape.group(2) or shape.group(3)
            if (
                is_given_name(surname.title(), strict=False)
                # "mbekele": Bekele a given name too, but hardly a word's
                and word_frequency(surname) >= INITIAL_SURNAME_WORD
                # "dstone", not "lmartinez": a word, unless a surname hardly said as one
                or is_english_word(surname)
                and not (
                    surname in surnames() and word_frequency(surname) < INITIAL_SURNAME_WORD + 1
                )
                or is_given_name(whole.title(), strict=False)
            ):
                continue  # "jmark", "dstone", "scott": a given name or a word, not a surname
            fits: set[str] = set()
            for mid in self._met.get(pid, ()):
                fits |= initial_of[mid].get(initial, set()) - {pid}
            if len(fits) != 1:
                continue
            other = next(iter(fits))
            label = self.people[other].label
            if (
                " " in label
                or other in moved
                or not is_given_name(label, strict=False)
                or word_frequency(label.lower()) >= INITIAL_GIVEN_COMMON  # "Server", "Texas"
                or _key(label) in firsts  # a given name someone carries in full
            ):
                continue
            both, either = self._met[pid] & self._met[other], self._met[pid] | self._met[other]
            if len(both) < INITIAL_LOGIN_SHARE * len(either):
                continue  # "matklad" in 2 of the 300 meetings that name "Mark": someone else
            small, big = sorted((pid, other), key=lambda p: (weight[p], p))
            out[small] = big
        return out

    def _logins_extending(self) -> Callable[..., set[str]]:
        """A look-up of the corpus's logins (lower-case one-word labels): ``extending(cut,
        ends_from)`` gives the people whose login starts with ``cut``, or ends with it when ``cut``
        has ``ends_from`` letters or more, and is at least two letters longer ("riba" and
        "ribasushi", "felix" and "pnkfelix"). Sorted forwards and backwards, found by bisection."""
        logins = {
            pid: _key(p.label).strip("@")
            for pid, p in self.people.items()
            if " " not in p.label and p.label.strip("@").islower() and not p.unresolved
        }
        ahead = sorted((login, pid) for pid, login in logins.items())
        behind = sorted((login[::-1], pid) for pid, login in logins.items())

        def opening(cut: str, table: list[tuple[str, str]]) -> Iterator[tuple[str, str]]:
            at = bisect_left(table, (cut, ""))
            while at < len(table) and table[at][0].startswith(cut):
                yield table[at]
                at += 1

        def extending(cut: str, ends_from: int, more: int = 2) -> set[str]:
            ends = opening(cut[::-1], behind) if len(cut) >= ends_from else iter(())
            return {
                pid for login, pid in (*opening(cut, ahead), *ends) if len(login) >= len(cut) + more
            }

        return extending

    def _short_logins(self, moved: dict[str, str]) -> dict[str, str]:
        """ "riba" and "ribasushi", "oli" and "olizilla", "boats" and "withoutboats": a login
        that the one longer login of the corpus, seen in the same years, starts or ends with is
        that login shortened (not a word English uses much, unless a given name: "victor"; not
        a first name someone of the corpus carries in full)."""
        firsts = {_key(p.label.split()[0]) for p in self.people.values() if " " in p.label}
        extending = self._logins_extending()
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            short = _key(person.label).strip("@")
            if (
                " " in person.label
                or not person.label.strip("@").islower()
                or person.unresolved
                or pid in moved
                or len(short) < 3
                or short in firsts
                or not (
                    word_frequency(short) < SHORT_LOGIN_WORD
                    or is_given_name(short.title(), strict=False)
                )
            ):
                continue
            fits = {
                other
                for other in extending(short, 0)
                if other != pid
                and other not in moved
                and not _years_apart(self.people[pid].dates, self.people[other].dates)
            }
            if len(fits) == 1:
                out[pid] = fits.pop()
        return out

    def _first_name_dominant(self, weight: dict[str, int], moved: dict[str, str]) -> dict[str, str]:
        """A first name left alone ("Josh", 611 mentions) is the one person of that first name,
        seen in the same years, who is named at least five times as often as all the others
        together and at least a quarter as often as the first name itself (Josh Triplett, 670,
        not Josh Stone, named once)."""

        def root(pid: str) -> str:
            while pid in moved:
                pid = moved[pid]
            return pid

        joined: Counter[str] = Counter()  # the weight of each person once the joins are made
        for pid in self.people:
            joined[root(pid)] += weight[pid]
        by_first: dict[str, set[str]] = defaultdict(set)
        for pid, person in self.people.items():
            if " " in person.label and not person.unresolved:
                by_first[_key(person.label.split()[0])].add(root(pid))
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            name = person.label
            key = _key(name)
            # "shyouhei", a login that is the rare first name of Shyouhei Urabe
            login = name.islower() and key in by_first and not is_english_word(key)
            if (
                " " in name
                or not (name[:1].isupper() or login)
                or person.unresolved
                or pid in moved
                or pid in self._apart
                or not (is_given_name(name, strict=False) or key in by_first)
            ):
                continue
            # "Matt" of Matthew Pickering: a first name of which the full one is a longer form
            longer = [
                f
                for f in by_first
                if len(key) >= 3 and len(f) > len(key) + 1 and f.startswith(key) and not login
            ]
            fits = [
                p
                for first in (key, *longer)
                for p in by_first.get(first, ())
                if not _years_apart(person.dates, self.people[p].dates)
            ]
            if not fits:
                continue
            ranked = sorted(set(fits), key=lambda p: (-joined[p], p))
            top, others = joined[ranked[0]], sum(joined[p] for p in ranked[1:])
            # a rare first name ("Benjie", 183 times; "Benjie Gillam" once) needs no share
            rare = word_frequency(key) < RARE_FIRST_NAME
            if ranked[0] != pid and top >= 5 * max(others, 1) and (rare or 4 * top >= weight[pid]):
                out[pid] = ranked[0]
        return out

    def _listed_initials(self, moved: dict[str, str]) -> dict[str, str]:
        """Initials listed as an attendee ("SPJ") are the one person of the corpus named in full
        with those initials (Simon Peyton Jones) and seen in the same years; three letters at
        least, as two ("JS") fit too many."""
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            label = person.label.strip()
            if pid in moved or len(label) < 3 or not is_initials(label):
                continue
            fits = {
                p
                for p in self._by_initials.get(label.upper(), ())
                if p in self.people and p != pid and p not in moved
            }
            if len(fits) == 1:
                (big,) = fits
                if not _years_apart(person.dates, self.people[big].dates):
                    out[pid] = big
        return out

    def _reordered_names(self, weight: dict[str, int], moved: dict[str, str]) -> dict[str, str]:
        """ "Bảo Trần" beside "Trần Quốc Bảo", "Wei Zhang" beside "Zhang Wei": a name given
        family first, written the other way round; one person when one of the kind is seen in
        the same years. The one said less joins the other."""
        by_ends: dict[tuple[str, str], list[str]] = defaultdict(list)
        for pid, person in self.people.items():
            words = _key(person.label).split()
            if 2 <= len(words) <= 3 and not person.unresolved and pid not in moved:
                by_ends[(words[0], words[-1])].append(pid)
        out: dict[str, str] = {}
        for (first, last), pids in by_ends.items():
            if first == last:
                continue
            for pid in pids:
                if len(_key(self.people[pid].label).split()) != 2:
                    continue
                fits = {
                    p
                    for p in by_ends.get((last, first), ())
                    if weight[p] >= weight[pid]
                    and p not in out
                    and not _years_apart(self.people[pid].dates, self.people[p].dates)
                }
                if len(fits) == 1:
                    out[pid] = fits.pop()
        return out

    def _mistyped_names(self, weight: dict[str, int], moved: dict[str, str]) -> dict[str, str]:
        """ "Tim Bieko" beside "Tim Beiko" said 200 times more, "Erik Holk" beside "Eric Holk":
        a full name one letter off another in one word of four letters or more (swapped,
        dropped, added or changed; two in a long word said once or twice: :func:`_mistyped`),
        said at most a fifth as often, in the same years."""
        by_shape: dict[tuple[int, int, str], list[str]] = defaultdict(list)
        names: dict[str, list[str]] = {}
        for pid, person in self.people.items():
            words = _key(person.label).split()
            if 2 <= len(words) <= 4 and not person.unresolved and pid not in moved:
                names[pid] = words
                for k in range(len(words)):  # the same name but for word k
                    rest = " ".join(words[:k] + ["_"] + words[k + 1 :])
                    by_shape[(len(words), k, rest)].append(pid)
        out: dict[str, str] = {}
        for (_, k, _), pids in by_shape.items():
            if len(pids) < 2:
                continue
            for small in pids:
                fits = {
                    big
                    for big in pids
                    if big != small
                    and big not in out
                    and weight[big] >= MISTYPED_RATIO * weight[small]
                    and _mistyped(names[small][k], names[big][k], weight[small])
                    and not _years_apart(self.people[small].dates, self.people[big].dates)
                }
                if len(fits) == 1 and small not in out:
                    out[small] = fits.pop()
        return out

    def _handle_spells_full_name(self, moved: dict[str, str]) -> dict[str, str]:
        """ "Margo (@mdufresne)" on the list and "Host: Marguerite Dufresne" in the same
        meetings: the handle spells the full name and the given names share their initial, so
        the short name is that person."""
        full: dict[str, list[str]] = defaultdict(list)  # meeting -> people named in full there
        for pid, person in self.people.items():
            if " " in person.label.strip() and not person.unresolved:
                for mid in self._met.get(pid, ()):
                    full[mid].append(pid)
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            label = person.label.strip()
            if " " in label or pid in moved or person.unresolved or not person.handles:
                continue
            fits = {
                other
                for mid in self._met.get(pid, ())
                for other in full.get(mid, ())
                if other not in moved
                and _fold(self.people[other].label[:1]).lower() == _fold(label[:1]).lower()
                and any(spells(h, self.people[other].label.split()) for h in person.handles)
            }
            if len(fits) == 1:
                out[pid] = next(iter(fits))
        return out

    def _lone_surnames(self, moved: dict[str, str]) -> dict[str, str]:
        """ "Stokes" taking turns (no given name) and Alex Stokes, the one person of the corpus
        named in full with that surname, in the same years: one person."""
        by_surname: dict[str, list[str]] = defaultdict(list)
        for pid, person in self.people.items():
            words = _key(person.label).split()
            if len(words) > 1 and not person.unresolved:
                by_surname[words[-1]].append(pid)
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            label = person.label.strip()
            if (
                " " in label
                or pid in moved
                or person.unresolved
                or not label[:1].isupper()
                or not label[1:].islower()
                or is_given_name(label, strict=False)
            ):
                continue
            fits = [
                p
                for p in by_surname.get(_key(label), ())
                if p not in moved and not _years_apart(person.dates, self.people[p].dates)
            ]
            if len(fits) == 1:
                out[pid] = fits[0]
        return out

    def _initialled_surnames(self, moved: dict[str, str]) -> dict[str, str]:
        """ "Alex B." or "Alex Bereg." listed on its own is the one person of the corpus of that
        first name whose surname starts so (Alex Beregszaszi), seen in the same years."""
        by_first: dict[str, list[str]] = defaultdict(list)
        for pid, person in self.people.items():
            words = _key(person.label).split()
            if len(words) > 1 and not person.unresolved and not _CUT_SURNAME.match(person.label):
                by_first[words[0]].append(pid)
        out: dict[str, str] = {}
        by_handle: dict[str, set[str]] | None = None  # each handle's key -> its people, when asked
        for pid, person in self.people.items():
            initial = _CUT_SURNAME.match(person.label.strip())
            if not initial or pid in moved or person.unresolved:
                continue
            first, letter = _key(initial.group(1)), _key(initial.group(2)).rstrip(".")
            # "Kasia N." of Katarzyna Nowak: a short form of the given name
            firsts = [first, *sorted(nicknames().get(first, ()))]
            surnames = {
                p: _key(self.people[p].label).split()[-1]
                for f in firsts
                for p in by_first.get(f, ())
                if p != pid
                and p not in moved
                and _key(self.people[p].label).split()[-1].startswith(letter)
                and not _years_apart(person.dates, self.people[p].dates)
            }
            # "Alex Bereg" beside "Alex Beregszaszi": one surname cut short, one person
            fits = {
                p
                for p, name in surnames.items()
                if not any(o != name and o.startswith(name) for o in surnames.values())
            }
            if not fits and len(letter) == 1:
                # "Seun A" of a chat, where "Oluwaseun Adeyemi (@seun-a)" is listed: the login
                if by_handle is None:
                    by_handle = defaultdict(set)
                    for p in self.people:
                        for key in self._handle_keys(p):
                            by_handle[key].add(p)
                fits = {
                    p
                    for mark in ("-", "_", ".", "")
                    for p in by_handle.get(f"{first}{mark}{letter}", ())
                    if p != pid and p not in moved
                }
            if len(fits) == 1:
                out[pid] = fits.pop()
        return out

    def _one_human(self, fits: set[str]) -> set[str]:
        """``fits`` as one person when it is one full name and logins that spell it."""
        full = {p for p in fits if " " in self.people[p].label.strip()}
        if len(full) != 1 or len(fits) == 1:
            return fits
        (name,) = full
        words = self.people[name].label.split()
        logins = fits - full
        if all(spells(self.people[p].label.strip("@"), words) for p in logins):
            return full
        return fits

    def _spelled_by(self, login: str) -> set[str]:
        """The people whose full names spell ``login`` (a key), with a short tag after it or not
        ("rquintero-gis" of Rafael Quintero)."""
        found = self._spelled.get(_LETTERS.sub("", login), set())
        head = "" if found else untagged(login)
        return self._spelled.get(head, set()) if head else found

    def _spelled_logins(self, moved: dict[str, str]) -> dict[str, str]:
        """A login listed as an attendee ("@keeleyhammond", "sdaftuar") whose letters spell one
        person's full name seen in the same years is that person. (A login said in the text is
        resolved so as it is read; one on an attendee list made its own node first.)"""
        out: dict[str, str] = {}
        for pid, person in self.people.items():
            label = person.label.strip("@")
            key = _LETTERS.sub("", _key(label))
            numbered = re.fullmatch(r"[a-z]{4,}\d{2,}", _key(label)) is not None  # "Aaron1011"
            if (
                " " in label
                or person.unresolved
                or pid in moved
                or len(key) < 4
                or is_english_word(key)
                and not numbered
                or is_given_name(label.title(), strict=False)  # "Jordan" is not Michael Jordan
            ):
                continue
            fits = {
                other
                for other in self._spelled_by(_key(label))
                if other in self.people and other not in moved and other != pid
            }
            if not fits:
                fits = self._surname_in(key)
            if not fits and numbered:
                # "Aaron1011": a given name and digits, the one person of that given name
                fits = {
                    other
                    for other, p in self.people.items()
                    if " " in p.label
                    and other not in moved
                    and _LETTERS.sub("", _key(p.label.split()[0])) == key
                }
            if len(fits) == 1:
                (big,) = fits
                if _years_apart(person.dates, self.people[big].dates) or big in moved:
                    continue
                out[pid] = big
        return out

    def _surname_in(self, login: str) -> set[str]:
        """The one person named in full whose surname is a login or a name said alone ("Tembo"),
        or opens or ends it ("HashimotoYT", "Naruse-san", "mhdawson"): a surname of six letters
        or more, or of five when the rest of the login is three letters at most ("blacksmith" is
        no Smith's). A surname two people carry names no one."""
        found = {p for p in self._surnames.get(login, ()) if p in self.people}
        if len(found) == 1:
            return found  # "Tembo" alone, in minutes that name Baraka Tembo in full
        found = set()
        for surname in {login[:n] for n in range(5, len(login) - 1)} | {
            login[-n:] for n in range(5, len(login) - 1)
        }:
            if len(login) - len(surname) > 3 and len(surname) < 6:
                continue
            people = {p for p in self._surnames.get(surname, ()) if p in self.people}
            if len(people) == 1:
                found |= people
            elif people:
                return set()  # "anderson" of two Andersons: no one's
        return found

    @staticmethod
    def _is_full(text: str) -> bool:
        words = text.split()
        # not "Van der Wijden", a surname said alone
        return (
            len(words) >= 2 and not _INITIAL_FORM.match(text) and words[0].lower() not in PARTICLES
        )

    def _cluster(self, forms: Counter[str]) -> list[Counter[str]]:
        """Group full names: same folded key, or a near spelling with the same first name."""
        by_key: dict[str, Counter[str]] = {}
        for form, count in forms.items():
            by_key.setdefault(_key(form), Counter())[form] += count
        keys = sorted(by_key)
        parent = {k: k for k in keys}

        def find(k: str) -> str:
            while parent[k] != k:
                parent[k] = parent[parent[k]]
                k = parent[k]
            return k

        # same first name and a near spelling ("Nicolas Dorier" / "Nicholas Dorier"), or same
        # surname and a near or shortened first name ("Rich" / "Richard Winterton")
        groups: dict[tuple[int, str, int], list[str]] = defaultdict(list)
        for k in keys:
            words = k.split()
            if len(words) >= 2 and len(words[-1].strip(".")) > 1:
                groups[(0, words[0], len(words))].append(k)
                groups[(-1, words[-1], len(words))].append(k)
        for (side, _word, _n), group in groups.items():
            for i, a in enumerate(group):
                for b in group[i + 1 :]:
                    if fuzz.ratio(a, b) >= 90 or (side == -1 and _shortened(a, b)):
                        parent[find(b)] = find(a)
        # "Pooja R." on one list, "Pooja Ranjan" on others: the one full name that fits;
        # "Mark E Waite" and "Mark Samuel Miller" are "Mark Waite" and "Mark Miller"
        for k in keys:
            words = k.split()
            if len(words) == 3:
                plain = f"{words[0]} {words[2]}"
                if plain in parent:
                    parent[find(k)] = find(plain)
                # "Quỳnh Anh" of Phạm Quỳnh Anh: two given names, the family name before them
                given = f"{words[1]} {words[2]}"
                if given in parent and words[0] in surnames() and words[1] not in surnames():
                    parent[find(given)] = find(k)
            if (
                len(words) == 2
                and 2 <= len(words[1]) <= 3
                and by_key[k].most_common(1)[0][0].split()[1].isupper()
            ):
                # "Simon PJ" is "Simon Peyton Jones": the surname's initials
                fits = {
                    find(o)
                    for n in (3, 4)
                    for o in groups.get((0, words[0], n), ())
                    if "".join(w[0] for w in o.split()[1:]) == words[1]
                }
                if len(fits) == 1:
                    parent[find(k)] = fits.pop()
            if len(words) == 2 and len(words[0].strip(".")) == 1 and words[0][:1].isalpha():
                # "B. Ilic" in formal minutes: the one full name of that surname and initial
                fits = {
                    find(o)
                    for o in groups.get((-1, words[1], 2), ())
                    if o != k and o.split()[0][:1] == words[0][0] and len(o.split()[0]) > 2
                }
                if len(fits) == 1:
                    parent[find(k)] = fits.pop()
            if len(words) == 2 and len(words[1].strip(".")) == 1:
                letter = words[1][0]
                fits = {
                    find(o)
                    for o in groups.get((0, words[0], 2), ())
                    if o.split()[1].startswith(letter)
                }
                if len(fits) == 1:
                    parent[find(k)] = fits.pop()
        # "Joaquin Anton", "Ganesan Rama", "Olivier Cochard": a full name cut short is the one
        # longer full name that goes on from it
        by_first: dict[str, list[str]] = defaultdict(list)
        for k in keys:
            if " " in k:
                by_first[k.split()[0]].append(k)
        said = {k: sum(by_key[k].values()) for k in keys}
        # the longest first: "maria jose garcia" joins "maria jose garcia olmedo" before
        # "maria jose" asks which longer name it is
        for k in sorted(keys, key=lambda k: (-len(k.split()), k)):
            words = k.split()
            if len(words) < 2 or len(words[-1].strip(".")) < 2:
                continue  # "Pooja R.": the initials rule above
            fits = {
                find(o)
                for o in by_first[words[0]]
                if o != k and _cut_short(words, o.split(), said[k], said[o])
            }
            fits.discard(find(k))
            if len(fits) == 1:
                parent[find(k)] = fits.pop()
            if any(w in PARTICLES for w in words[1:-1]):
                # "Ferreira da Silva" of Beatriz Ferreira da Silva: the family names alone
                ends = {find(o) for o in keys if o.endswith(" " + k) and _within_name(k, o)}
                ends.discard(find(k))
                if len(ends) == 1:
                    parent[find(k)] = ends.pop()
        merged: dict[str, Counter[str]] = {}
        for k in keys:
            merged.setdefault(find(k), Counter()).update(by_key[k])
        return [merged[k] for k in sorted(merged)]

    def _one(
        self,
        m: Mention,
        roster: set[str],
        first_index: dict[str, set[str]],
        initials_index: dict[str, set[str]],
        by_key: dict[str, set[str]] | None = None,
    ) -> str:
        surface = m.text.strip()
        key = _key(surface)
        by_initials = by_key.get(_INITIALS + surface.upper(), set()) if by_key else set()
        if is_initials(surface) and m.role not in ("attendee", "absent"):
            fits = set(by_initials)
            if not fits and by_key:  # "JF:" of "JF Bastien" on the roster: his given name
                fits = set(by_key.get(key, ()))
            if len(fits) != 1:  # "JF:" in 2017 is not someone first seen in 2025
                fits = self._dominant(self._near(initials_index.get(surface.upper(), set())))
            if len(fits) == 1:
                return self._settle(surface, fits, roster)
        if (
            by_key
            and m.role == "speaker"
            and _LOWER_INITIALS.fullmatch(surface)
            and len(by_initials) == 1
            and key not in self.alias
            and not by_key.get(key)
        ):
            # "tz:" in a scribe's log where Tomasz Zielinski is the one listed of those initials
            return self._settle(surface, set(by_initials), roster)
        # a short form ("JF") declared by someone seen only years away names someone else here
        if key in self.alias and (len(key) > 3 or self._near({self.alias[key]})):
            pid = self.alias[key]
            if " " not in self.people[pid].label and key in first_index:
                # "Rod" alone on one list, "Rod Vagg" on the others: the full name wins when one fits
                fits = {p for p in roster if p in first_index[key]} or self._dominant(
                    self._near(first_index[key]), fixed=True
                )
                if len(fits) == 1:
                    return self._settle(surface, fits, roster)
            if " " not in self.people[pid].label and key not in first_index:
                # "Presenter: Khoa" where "Trần Minh Khoa" is listed: his given name, last
                ends = {
                    p
                    for p in self._near(set(self._surnames.get(key, ())))
                    if given_name_last(self.people[p].label) or self._family_first_shape(p)
                }
                if len(ends) == 1:
                    return self._settle(surface, ends, roster)
            self.people[pid].forms[surface] += 1
            return pid
        initial = _INITIAL_FORM.match(surface)
        if initial:
            first, letter = _key(initial.group(1)), initial.group(2).lower()
            # "Chris B." of Christopher Bale on the list: a short form the listed name opens
            opening = {
                p
                for p in roster
                if len(first) >= 3
                and (
                    self._first_key(p).startswith(first)
                    or self._first_key(p) in nicknames().get(first, ())
                )
            }
            fits = {
                p
                for p in first_index.get(first, set()) or opening
                if _key(self.people[p].label).split()[-1].startswith(letter)
                # "Steven R." of Steven R. Loomis: his middle initial
                or any(
                    len(words := _key(f).split()) >= 3 and words[1].strip(".") == letter
                    for f in self.people[p].forms
                )
            }
            return self._settle(surface, fits, roster)
        if " " in key and key.split()[0] in PARTICLES:
            # "Van der Wijden said ...": a surname alone, the one person named in full with it
            fits = self._near(
                {p for p, person in self.people.items() if _key(person.label).endswith(" " + key)}
            )
            return self._settle(surface, fits, roster)
        if " " in key:
            within = {p for p in roster if _within_name(key, _key(self.people[p].label))}
            if len(within) == 1:
                # "Andrés Rojas" of Andrés Felipe Rojas Quintero, "Ferreira da Silva" of
                # Beatriz Ferreira da Silva: a listed name said with fewer of its words
                return self._settle(surface, within, roster)
            person = self._person(surface.strip("@"))
            person.forms[surface] += 1
            self.alias[key] = person.id
            return person.id
        in_roster = set(by_key.get(key, ())) if by_key else set()
        opened: set[str] = set()  # listed people whose given names the short name opens
        if is_initials(surface):
            in_roster |= by_initials
        shown = surface.lstrip("@")  # "@Bảo", a chat's display name: the name it shows
        if not in_roster and by_key and shown[:1].isupper():
            # "Maxwell" for Gregory Maxwell, "Alex" for Alexandru Elisei, on this meeting's roster
            # "Mihai" is not "Darius Mihai" of the attendee list, but "Maxwell" after "Gregory
            # Maxwell asked ..." in the same minutes is him, given name or not
            fits = set(by_key.get(_SURNAME + key, ()))
            # "Ha-eun" of Park Ha-eun, "Lan" of Nguyen Thi Lan: the family name first, the given
            # name last (a first word that is no given name by itself says so)
            family_first = bool(fits) and all(given_name_last(self.people[p].label) for p in fits)
            # "Đức" of Hoàng Minh Đức, the one on the roster whose name ends so, and no one's
            # first name
            only_end = (
                len(fits) == 1
                and not any(self._first_key(p) == key for p in roster)
                and all(self._family_first_shape(p) for p in fits)
            )
            if (
                not is_given_name(shown, strict=False)
                # "Mr. Farouk", "Dr. Park": after an honorific, a surname
                or fits
                and _HONORED.search(m.sentence.replace(surface, "\0"))
                or (fits and fits <= self._said_in_full)
                or (len(fits) == 1 and self._formal)
                # "Cruz" of Lucía de la Cruz: a word after a particle is the family name
                or (len(fits) == 1 and self._after_particle(next(iter(fits)), key))
                or family_first
                or only_end
            ):
                in_roster = fits
            if not in_roster and len(key) >= 3:
                # "Alex" of Alexandru; "Seun" of Oluwaseun, "Femi" of Olufemi (a Yoruba name's
                # end is its short form)
                in_roster = {
                    p
                    for p in roster
                    if self._first_key(p).startswith(key)
                    or len(key) >= 4
                    and self._first_key(p).endswith(key)
                }
                # "Sid" where "@sid-iyer" is listed and Siddharth Iyer named: one person, whose
                # login spells the full name
                in_roster = self._one_human(in_roster)
                # "Chris" where Christopher and Christine are listed: either, left unresolved
                opened = in_roster if len(in_roster) > 1 else opened
                in_roster = in_roster if len(in_roster) == 1 else set()
            if not in_roster and key in nicknames():
                # "Kasia" of Katarzyna, "Bia" of Beatriz: a short form the name does not open
                longs = nicknames()[key]
                in_roster = {p for p in roster if self._first_key(p) in longs}
                in_roster = in_roster if len(in_roster) == 1 else set()
            if not in_roster and len(key) >= 4:
                # "Bethany" of Beth Griggs: the long form of the short name she is listed by,
                # which opens it (not "William" of Liam Horne)
                shorts = {
                    short
                    for short, longs in nicknames().items()
                    if key in longs and key.startswith(short)
                }
                in_roster = {p for p in roster if self._first_key(p) in shorts}
                in_roster = in_roster if len(in_roster) == 1 else set()
        if (
            not in_roster
            and by_key
            and len(key) >= 3
            and shown.isalpha()
            and shown.islower()
            and not is_english_word(key)
        ):
            # a login of the meeting's own: "tavita" of Sione Tavita, the surname; "rafa" of
            # Rafael Sobral, "ibra" of Ibrahim Al-Sayed, the given name's first letters
            in_roster = set(by_key.get(_SURNAME + key, ())) or {
                p for p in roster if self._first_key(p).startswith(key)
            }
            in_roster = in_roster if len(in_roster) == 1 else set()
        if in_roster:
            return self._settle(surface, in_roster, roster)
        corpus = set(first_index.get(key, set()))
        if is_initials(surface):
            corpus |= initials_index.get(surface.upper(), set())
        corpus = self._near(corpus) or opened
        # a scribe's short form, the given name and the surname's initial: "DanG", "ChrisW"
        short = re.fullmatch(r"[A-Z][a-z]+_?[A-Z]", surface.strip("@")) is not None
        if not corpus and len(key) >= 4 and (short or not surface.strip("@")[:1].isupper()):
            # a login that spells one person's name: nikomatsakis, sdaftuar, markj, scottmcm
            # (of two, the one named far more often: "DanG" of Dan Gohman, not Dan Gebhardt)
            spelled = self._dominant(self._near(self._spelled_by(key)), fixed=True)
            if len(spelled) == 1 and (short or not is_english_word(key)):
                corpus = spelled
        return self._settle(surface, corpus, roster)

    def _near(self, fits: set[str]) -> set[str]:
        """The people of ``fits`` seen within YEARS_APART of the meeting being resolved."""
        if not self._date or len(self._date) < 4 or not fits:
            return fits
        return {p for p in fits if not _years_apart([self._date], self.people[p].dates)}

    def _roster_index(self, roster: set[str]) -> dict[str, set[str]]:
        """First name, handle and initials keys -> the people of this roster they fit."""
        index: dict[str, set[str]] = defaultdict(set)
        opening: dict[str, set[str]] = defaultdict(set)
        for p in roster:
            index[self._first_key(p)].add(p)
            for mark in initials_of(self.people[p].label):
                index[_INITIALS + mark].add(p)
            words = _key(self.people[p].label).split()
            if len(words) > 1:
                index[_SURNAME + words[-1]].add(p)
                # "Ibáñez" of Carmen Ibáñez-Sotomayor, "Rojas" of Andrés Felipe Rojas Quintero,
                # "Nogueira" of João Pedro Nogueira dos Santos: a double surname's first part
                parts = words[-1].split("-")[:-1] if "-" in words[-1] else []
                if 4 <= len(words) <= 5 and all(map(_NAME_KEY_WORD.fullmatch, words)):
                    parts += [w for w in words[2:-1] if w not in PARTICLES]
                for part in parts:
                    if len(part) >= 3:
                        index[_SURNAME + part].add(p)
                for word in (words[0], words[-1]):
                    if "-" in word:  # "Jiwoo" for Kim Ji-woo, "Jeanluc" for Jean-Luc Picard
                        index[(_SURNAME if word == words[-1] else "") + word.replace("-", "")].add(
                            p
                        )
            for handle in self._handle_keys(p):
                index[handle].add(p)
                # "Dami" of the handle "dami-o": the name a handle opens with, said alone
                first = re.split(r"[-_.]", handle, maxsplit=1)[0]
                if first != handle and len(first) >= 4 and not is_english_word(first):
                    opening[first].add(p)
        for first, people in opening.items():
            if first not in index:  # (a first name or a handle of its own says more)
                index[first] |= people
        return index

    def _after_particle(self, pid: str, key: str) -> bool:
        """Whether ``key`` is a word of someone's name that follows a particle ("cruz" of Lucía
        de la Cruz, "silva" of Beatriz Ferreira da Silva)."""
        words = _key(self.people[pid].label).split()
        return any(a in PARTICLES and b == key for a, b in zip(words[1:-1], words[2:], strict=True))

    def _family_first_shape(self, pid: str) -> bool:
        """A name of three words opening with a family name ("Hoàng Minh Đức", "Ding Xiang
        Fei"): its last word is the given name, whatever the gazetteer says of the first."""
        words = self.people[pid].label.split()
        return len(words) == 3 and _fold(words[0].lower()) in surnames()

    def _first_key(self, pid: str) -> str:
        first = self._firsts.get(pid)
        if first is None:
            words = _key(self.people[pid].label).split()
            first = self._firsts[pid] = words[0] if words else ""
        return first

    def _handle_keys(self, pid: str) -> frozenset[str]:
        handles = self.people[pid].handles
        cached = self._handles.get(pid)
        if cached is None or cached[0] != len(handles):
            cached = self._handles[pid] = (len(handles), frozenset(_key(h) for h in handles))
        return cached[1]

    def _dominant(self, fits: set[str], fixed: bool = False) -> set[str]:
        """Among several people with the same initials or first name, the one named far more
        often: so far in the resolution, or (``fixed``) in full before it began, which does not
        depend on the order of the meetings."""
        if len(fits) < 2:
            return fits

        def weight(pid: str) -> int:
            return self._weight.get(pid, 0) if fixed else sum(self.people[pid].forms.values())

        date = self._date
        if fixed and len(date) >= 4 and date[:4].isdigit():
            # the year around the meeting decides: "Justin" of a 2023 call is the Justin of 2023
            low, high = f"{int(date[:4]) - 1}{date[4:]}", f"{int(date[:4]) + 1}{date[4:]}"
            near = {
                p: bisect_right(self._seen.get(p, []), high)
                - bisect_left(self._seen.get(p, []), low)
                for p in fits
            }
            if any(near.values()):
                ranked = sorted(fits, key=lambda p: (-near[p], -weight(p), p))
                first, second = (near[p] for p in ranked[:2])
                return {ranked[0]} if first >= 5 * max(second, 1) else fits

        ranked = sorted(fits, key=lambda p: (-weight(p), p))
        first, second = (weight(p) for p in ranked[:2])
        return {ranked[0]} if first >= 5 * max(second, 1) else fits

    def _settle(self, surface: str, fits: set[str], roster: set[str]) -> str:
        if len(fits) > 1 and roster & fits:
            fits = roster & fits
        if len(fits) == 1:
            pid = next(iter(fits))
            self.people[pid].forms[surface] += 1
            return pid
        label = surface.strip().lstrip("@").rstrip("@") if len(surface) > 2 else surface
        if surface.startswith("@") or surface.endswith("@"):
            label = surface.strip().strip("@")
        if fits:
            person = self._person(label + " (unresolved)")
            person.unresolved = True
            person.candidates = tuple(sorted(self.people[p].label for p in fits))
        else:
            person = self._person(label)
            person.unresolved = person.unresolved or is_initials(label)
        person.forms[surface] += 1
        return person.id
