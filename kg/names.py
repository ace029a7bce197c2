"""What a person's name looks like: a gazetteer of given names and the shapes of names and handles.

The given names come from the person providers of the ``Faker`` package (MIT; about 30,000 first
names of 86 locales); nothing here is specific to one project.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

from wordfreq import zipf_frequency

# Words that open a line like a speaker label ("Note: ...") but name no one.
LABELS = frozenset(
    """
    q a question questions answer answers where when what who why how link links note notes nb ps
    action actions action item action items ai todo to do agenda date dates time times location
    summary decision decisions result results status update updates outcome outcomes proposal
    context background recording github issue issues minutes attendees attendee present regrets
    absent apologies attendance participants host wifi email phone discord breakfast lunch dinner
    break round quorum
    title tags tag poll polls consensus resolution conclusion conclusions next steps follow-up
    followup tl;dr tldr pr prs rfc fcp eta example examples e.g i.e fyi edit see also team members
    others other meeting meeting date topic topics discussion chair chairs scribe note-taker
    notetaker facilitator moderator video meeting code of conduct contact information directions
    dinner options reminder warning important motivation problem solution goal goals pros cons
    option options alternative alternatives current proposed approach description details
    rag milestones risks administrivia housekeeping logistics guest guests pro con liaison task
    tasks
    rationale reason reasons feedback comment comments observation observations idea ideas
    concern concerns risk risks plan plans timeline deadline owner owners assignee reviewers
    reviewer author authors source sources reference references url urls doc docs document
    documents slides video audio transcript call notes taken by hackmd zoom tracking issue tracking
    pull request repo repository branch release releases version versions milestone milestones
    step test tests result tbd n/a none na yes no nay yay abstain vote votes agreed resolved
    announcement announcements misc other business aob item items open closed done wip
    everyone here channel handle username nick
    yournamehere yourname your-name your_name yourhandle your-handle namehere name-here
    yourgithub githubhandle github-handle yourusername
    mentor mentors co-mentor mentee mentees student students intern interns blocker blockers
    shepherd shepherds
    implementation implementations implementer implementers sign-off sign-offs signoff signoffs
    drawbacks blocking non-blocking
    """.split()
) | frozenset(
    {
        "action item",
        "action items",
        "next steps",
        "team members",
        "meeting date",
        "video meeting",
        "code of conduct",
        "prior art",
        "last week",
        "this week",
        "next week",
        "unresolved questions",
        "open questions",
        "future possibilities",
        "contact information",
        "dinner options",
        "github issue",
        "tracking issue",
        "pull request",
        "taken by",
        "notes taken by",
        "note taker",
        "action item scribe",
        "other business",
        "q&a",
        "minutes doc",
        "meeting notes",
        "agenda items",
    }
)

# the lower-case words inside a surname: "Sofía de la Fuente", "Wladimir van der Laan"
PARTICLES = frozenset(
    "de la del della der den van von da das dos du di le ten ter bin ibn al el".split()
)

# Capitalised English words that the given-name dictionary also lists; alone they name no one.
CALENDAR = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    mon tue tues wed thu thur thurs fri sat sun feb mar apr jun jul aug sep sept oct nov dec""".split()
)  # not "jan": Jan is more often a name
COMMON_WORDS = frozenset(
    """
    will may mark bill grant rich rose hope faith joy june april august summer autumn winter
    long save case cases close page pages link links read star storm rain sky sun sunny lane
    chase chance chip clay dawn dale guy pat sue max miles king page price rob cliff frank gene
    glen hunter jack jay jean jewel lee major mason noble pierce ray reed sandy sterling stone
    ward wells west young art baker bear bishop brook brown carter cash colt crystal dash day
    don drew earl early ernest fisher ford forest gay gray green hall hardy harmony holly iris
    ivy jade lance laurel lily love lucky major marshall may mercy miller misty moon page pearl
    penny pepper rocky ruby rusty sage scout shepherd skip sonny spring storm tanner taylor
    temple trinity true tucker victory violet wade walker will windy wood woody wren
    also and are but can did does for from had has have her here him his into its just more
    most much new not now off old one only our out over per the then there these they this
    those though through too two under upon very was way were what when where which while who
    why with would yet you your all any both each few many none other same some such than that
    nothing everything something anything someone everyone anyone nobody please thanks thank
    ok okay yes no sure maybe right left first second third last next previous general major
    minor rust node java go swift julia ruby crystal dart elm nim zig ada perl rust cargo
    apple amazon google microsoft intel linux unix windows android chrome firefox safari edge
    jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday
    saturday sunday today tomorrow yesterday morning evening night week weeks month months year
    years team teams group groups work works worked working review reviews patch patches
    january february march april may june july august september october november december
    alpha beta gamma delta omega ah oh uh um hi hey america europe asia africa australia
    canada china india japan paris london berlin tokyo ottawa victoria georgia virginia
    carolina florida nevada dakota austin houston phoenix denver boston orlando lincoln
    hello welcome thank thanks sorry great good fine nice cool wow well sure note
    """.split()
)

_HANDLE = re.compile(r"^[a-z][a-z0-9_.-]{1,38}$")
# the dotted tail some platforms' handles have ("@ravi.k"), never a domain's ("@example.com"):
# for the patterns that find "@handle" in text
HANDLE_DOT = (
    r"(?:\.(?!(?:com|org|net|io|dev|edu|gov|co|uk|de|fr|jp|cn|ru|app|ai)\b)[A-Za-z0-9_-]{1,20})?"
)
_INITIALS = re.compile(r"^(?:[A-Z]{2,4}\d?|\?\?)$")
_CONTRACTION = re.compile(r"['\u2019](?:ve|ll|re|m|d|t)$", re.I)  # "We've", "I'll", "Don't"
_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'\u2019.-]*(?:['\u2019-][^\W\d_]+)*\.?$")


def _faker_names(prefix: str) -> set[str]:
    """Lower-cased, accent-folded one-word names of Faker's person providers of every locale,
    from their lists whose names start with ``prefix`` ("first_", "last_"): first_names,
    first_names_female, last_romanized_names ..."""
    import faker.providers.person as providers

    names: set[str] = set()
    for info in pkgutil.iter_modules(providers.__path__):
        try:
            provider = importlib.import_module(f"{providers.__name__}.{info.name}").Provider
        except (ImportError, AttributeError):  # pragma: no cover - a locale without names
            continue
        for attr in dir(provider):
            if not attr.startswith(prefix) or "names" not in attr:
                continue
            value = getattr(provider, attr, None)
            if isinstance(value, (list, tuple, dict, set, frozenset)):
                names.update(_fold(n) for n in value if isinstance(n, str) and " " not in n)
    return names


@cache
def known_terms() -> tuple[str, ...]:
    """The names in kg/data/known_terms.txt: software, services and standards that are a
    meeting's subject even when it names them once."""
    path = Path(__file__).with_name("data") / "known_terms.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(x.strip() for x in lines if x.strip() and not x.lstrip().startswith("#"))


@cache
def known_lower() -> frozenset[str]:
    """The well-known names (kg/data/known_terms.txt) in lower case: tools, products, sites."""
    return frozenset(t.lower() for t in known_terms())


# the countries that are as often someone's given name, or a piece of software ("Mali" GPUs)
_NOT_PLACES = frozenset({"chad", "georgia", "israel", "jersey", "jordan", "mali"})


@cache
def countries() -> frozenset[str]:
    """Lower-cased names of countries and US states (Faker's address data)."""
    from faker.providers.address.en import Provider as World
    from faker.providers.address.en_US import Provider as States

    names = {re.sub(r"\s*\(.*", "", n).lower() for n in World.countries}
    return frozenset((names | {n.lower() for n in States.states}) - _NOT_PLACES)


@cache
def places() -> frozenset[str]:
    """Lower-cased names of countries, US states, and the cities and regions of
    kg/data/places.txt: where a meeting is held or someone is, no person and no subject.

    >>> {"kenya", "lisbon", "new york", "texas"} <= places(), "jordan" in places()
    (True, False)
    """
    path = Path(__file__).with_name("data") / "places.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    cities = {x.strip().lower() for x in lines if x.strip() and not x.lstrip().startswith("#")}
    return frozenset(countries() | cities)


def is_place(name: str, person: bool = False) -> bool:
    """Whether ``name`` is a place's; as a person's (``person``), a city that is also a given
    name ("Milan", "Dallas") is not taken for the place.

    >>> is_place("Nairobi"), is_place("Kenya", person=True), is_place("Milan", person=True)
    (True, True, False)
    """
    low = name.strip().lower()
    if low not in places():
        return False
    return not person or low in countries() or " " in low or not is_given_name(name.strip())


SHORT_FORM = 4  # letters of a listed given name a short form of it keeps ("Santi" of Santiago)


def short_for_listed(word: str, names: Iterable[str]) -> bool:
    """Whether a lower-case word is the start of one listed person's given name, what the
    minutes call that person ("santi" of Santiago Ibarra, "vale" of Valentina Rossi); ``names``
    holds the listed names in lower case (other keys, without a space, are passed over).

    >>> short_for_listed("santi", ["santiago ibarra", "santi"]), short_for_listed("ana", ["ana lima"])
    (True, False)
    """
    if len(word) < SHORT_FORM:
        return False
    given = {n.split()[0] for n in names if " " in n and n.split()[0].startswith(word)}
    return len(given) == 1 and word not in given


@cache
def given_names() -> frozenset[str]:
    """Lower-cased, accent-folded given names, from Faker's person providers of every locale.

    >>> "pooja" in given_names() and "chuck" in given_names() and "core" not in given_names()
    True
    """
    names = _faker_names("first_")
    # the names Faker lacks ("Anand", "Olumide", "Wiktoria"): kg/data/given_names.txt
    extra = Path(__file__).with_name("data") / "given_names.txt"
    for line in extra.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            names.add(_fold(line.strip()))
    return frozenset(names)


@cache
def surnames() -> frozenset[str]:
    """Lower-cased, accent-folded family names, from Faker's person providers of every locale
    (romanised ones included: "zhou", "nguyen", "tanaka").

    >>> "zhou" in surnames() and "template" not in surnames()
    True
    """
    return frozenset(_faker_names("last_"))


# letters that carry no combining mark to drop: "Łukasz" is "Lukasz", "Nießen" "Niessen"
_PLAIN_LETTERS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ı": "i"})


def short_forms(name: str) -> list[str]:
    """The short forms a scribe writes for a full name: the given name and the surname's initial
    ("RasmusT", "rasmus_t" of Rasmus Thygesen), accents folded too ("etiennec" of Étienne Carrier).

    >>> short_forms("Étienne Carrier")
    ['étiennec', 'étienne_c', 'etiennec', 'etienne_c']
    """
    words = name.split()
    if len(words) < 2 or not words[0][:1].isalpha() or not words[-1][:1].isalpha():
        return []
    out: list[str] = []
    for form in dict.fromkeys((name.lower(), _fold(name).lower())):
        first, last = form.split()[0], form.split()[-1]
        out += [f"{first}{last[0]}", f"{first}_{last[0]}"]
    return out


@cache
def _fold(text: str) -> str:
    return (
        "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
        .casefold()
        .translate(_PLAIN_LETTERS)
    )


# the syllables Korean given names are most often romanized with ("Ji-woo", "Hyun-jin")
_KOREAN_SYLLABLES = frozenset(
    """ji woo min seo jun joon hyun eun ha yeon yeong young soo su hee jin ho won woong sung
    seong sang dong tae hye hyo kyung kyoung mi na ye yu yoo ju joo jae chan chul cheol hoon
    hun gyu kyu seok suk bin bo da eun ga gi ki ran rin sun sook yoon yun in il ok han byung
    myung mun nam dae do kwang gwang sik shik chang hwa hwan hak jeong jung jong""".split()
)


def is_given_name(word: str, strict: bool = True) -> bool:
    """Whether ``word`` is a capitalised given name.

    ``strict`` (for a name standing alone) also refuses names that are common English words
    ("Will", "Mark"); the loose check (for the first word of "Mark Johnston") refuses only
    function words ("Is", "To").

    >>> is_given_name("Chuck"), is_given_name("Save"), is_given_name("Notes"), is_given_name("Is")
    (True, False, False, False)
    >>> is_given_name("Mark"), is_given_name("Mark", strict=False), is_given_name("chuck")
    (False, True, False)
    """
    core = word.rstrip(".")
    if not core[:1].isupper() or (len(core) > 1 and core.isupper()):
        return False
    low = _fold(core)
    parts = low.split("-")
    if len(parts) == 2 and all(p in _KOREAN_SYLLABLES for p in parts):
        return True  # "Ji-woo", "Seo-jun": a Korean given name of two syllables
    if low not in given_names() or word_frequency(low) >= 5.5:
        return False
    return not strict or low not in COMMON_WORDS


@cache
def word_frequency(word: str) -> float:
    """How common ``word`` is in English, on the Zipf scale (0 = unknown, 7 = "the"), from wordfreq.

    >>> word_frequency("process") > 5 > word_frequency("nikomatsakis")
    True
    """
    return float(zipf_frequency(word.lower(), "en"))


_KOREAN_GIVEN = re.compile(r"[^\W\d_]{1,4}-[^\W\d_]{1,4}")  # "Ha-eun", "Eun-ji"


@lru_cache(maxsize=65536)
def initials(name: str) -> str:
    """A full name's initials ("AL" of "Ann Lee"); "" for one word.

    >>> initials("Ann Lee"), initials("Simon Peyton Jones"), initials("Ann")
    ('AL', 'SPJ', '')
    """
    words = [w for w in name.split() if w[:1].isalpha()]
    return "".join(w[0] for w in words).upper() if len(words) > 1 else ""


_CAPITALS_GIVEN = re.compile(r"[A-Z]{2,3}")  # a given name of initials: "JF" Bastien, "TJ"


def initials_of(name: str) -> set[str]:
    """Every initials a name goes by: "KL" of Karl-Johan Lindqvist, and "KJL" and "KJ", a given
    name of two parts; "JFB" of JF Bastien.

    >>> sorted(initials_of("Karl-Johan Lindqvist")), initials_of("Ann Lee")
    (['KJ', 'KJL', 'KL'], {'AL'})
    >>> sorted(initials_of("JF Bastien"))
    ['JB', 'JFB']
    >>> sorted(initials_of("Juan Pablo Ríos"))
    ['JP', 'JPR']
    """
    plain = initials(name)
    words = name.split()
    if len(words) == 2 and _CAPITALS_GIVEN.fullmatch(words[0]) and plain:
        return {plain, words[0] + plain[1:]}  # "JFB" of JF Bastien (and "JF": his given name)
    parts = [p for p in words[0].split("-") if p[:1].isalpha()] if len(words) > 1 else []
    if len(words) >= 3 and plain and is_given_name(words[1]) and is_given_name(words[0]):
        return {plain, plain[:2]}  # "JP" of Juan Pablo Ríos: two given names
    if len(parts) < 2 or not plain:
        return {plain} - {""}
    given = "".join(p[0] for p in parts).upper()
    return {plain, given, given + plain[1:]}


def family_name_first(name: str) -> bool:
    """Whether a full name is written family name first, the family name a known surname
    ("Nguyễn Thị Lan", "Trần Minh Quân", "Kang Min-ji"; not "Release Grace").

    >>> family_name_first("Nguyen Thi Lan"), family_name_first("Lan Nguyen")
    (True, False)
    """
    return given_name_last(name) and _fold(name.split()[0].lower()) in surnames()


def given_name_last(name: str) -> bool:
    """Whether a full name puts the family name first: its last word a given name, and its first
    none (or the last a Korean given name).

    >>> given_name_last("Nguyen Thi Lan"), given_name_last("Park Ha-eun"), given_name_last("Lan Ho")
    (True, True, False)
    """
    words = name.split()
    return (
        len(words) > 1
        and is_given_name(words[-1])
        and (not is_given_name(words[0]) or bool(_KOREAN_GIVEN.fullmatch(words[-1])))
    )


def is_english_word(word: str, threshold: float = 3.3) -> bool:
    """Whether a lower-case ``word`` is ordinary English rather than a login ("merge" vs "markj")."""
    return word_frequency(word) >= threshold


_MONTH_CUTS = frozenset("jan feb mar apr jun jul aug sep sept oct nov dec".split())
OPENING_MIN = 3  # the fewest letters of a given name that a short form opening it may have
OPENING_GIVEN = 6  # ... of a given name this long at least, less two letters


def opening_forms(names: Iterable[str], text: str) -> dict[str, str]:
    """Short forms that open one listed person's given name and that ``text`` uses as a word of
    its own ("Ife" of Ifeoma Chukwu, "santi" of Santiago Rojas), lower case -> the name. Not an
    English word or a month, not the opening of two people's names, and never before another
    capitalised word ("San Francisco" names no Santiago).

    >>> opening_forms(["Ifeoma Chukwu", "Santiago Rojas"], "Ife: ok. santi will. San Francisco")
    {'ife': 'Ifeoma Chukwu', 'santi': 'Santiago Rojas'}
    """
    words = _words_of(text)
    found: dict[str, str] = {}
    taken: set[str] = set()
    for name in names:
        parts = name.split()
        if len(parts) < 2 or len(parts[0]) < OPENING_GIVEN or not parts[0].isalpha():
            continue
        for k in range(OPENING_MIN, len(parts[0]) - 1):
            cut = parts[0][:k].lower()
            if cut in found and found[cut] != name:
                taken.add(cut)
            elif cut in words and cut not in _MONTH_CUTS and not is_english_word(cut):
                found[cut] = name
    for cut in list(found):
        if cut in taken or re.search(rf"\b(?i:{cut})[ \t]+[A-Z]", text):
            del found[cut]
    return found


@lru_cache(maxsize=4)
def _words_of(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in re.findall(r"[^\W\d_]{3,}", text))


@cache
def nicknames() -> dict[str, frozenset[str]]:
    """Short forms of given names that do not begin with the name ("kasia" -> katarzyna, "bob"
    -> robert), folded, from kg/data/nicknames.txt (a file a user may edit)."""
    out: dict[str, frozenset[str]] = {}
    path = Path(__file__).with_name("data") / "nicknames.txt"
    for line in path.read_text(encoding="utf-8").splitlines():
        short, _, full = line.partition("#")[0].partition(":")  # "# ..." is a comment
        if not full.strip():
            continue
        out[_fold(short.strip())] = frozenset(_fold(w) for w in full.split())
    return out


# minutes written partly in another language ("Acciones:", "revisar el importador"): the
# languages looked for, and how many of a language's common words, rare in English, say so
FOREIGN_LANGUAGES = ("es", "pt", "fr", "de", "it")
FOREIGN_COMMON = 3.0  # a word this common in the language (Zipf) and ...
FOREIGN_RARE_EN = 2.8  # ... this rare in English is that language's
FOREIGN_WORDS = 8  # distinct such words in one meeting: it is partly written in that language
FOREIGN_GRAMMAR = 5.5  # the language's grammar words ("y", "el") are this common in it


def foreign_words(words: Iterable[str]) -> frozenset[str]:
    """The words of a meeting that are another language's rather than English or technical
    names: when the meeting uses FOREIGN_WORDS or more common words of a language that English
    hardly knows ("revisar", "pruebas", "anuncios"), those words and that language's grammar
    words ("y", "el"). A meeting with one Italian-looking name ("undici") has none.

    >>> sorted(foreign_words("agregar revisar pruebas formulario anuncios voluntarios acciones "
    ...     "varios y el compaction".split()))[:3]
    ['acciones', 'agregar', 'anuncios']
    >>> foreign_words(["undici", "libuv", "compaction"])
    frozenset()
    """
    distinct = set(words)
    rare = [w for w in distinct if len(w) >= 3 and _zipf(w, "en") < FOREIGN_RARE_EN]
    if len(rare) < FOREIGN_WORDS:
        return frozenset()
    found: set[str] = set()
    for lang in FOREIGN_LANGUAGES:
        own = {w for w in rare if _zipf(w, lang) >= FOREIGN_COMMON}
        if len(own) >= FOREIGN_WORDS:
            found |= own
            found |= {
                w
                for w in distinct
                if len(w) <= 4
                and _zipf(w, lang) >= FOREIGN_GRAMMAR
                and _zipf(w, "en") < _zipf(w, lang) - 1
            }
    return frozenset(found)


@lru_cache(maxsize=1 << 17)
def _zipf(word: str, lang: str) -> float:
    """A word's Zipf frequency in a language (English's full list, the others' small ones)."""
    return float(zipf_frequency(word, lang, wordlist="best" if lang == "en" else "small"))


# what minutes say a person did, capitalised after their name on a line of its own
# what follows a human's name and no thing's: a verb of speech or of a meeting's work ("Stokes
# said", "Ann volunteered"), as a regular expression's alternatives
SPOKE = (
    r"said|says|asked|asks|suggested|suggests|proposed|proposes|explained"
    r"|explains|noted|mentioned|mentions|thinks|thought|believes|agreed|agrees|disagreed"
    r"|volunteered|presented|raised|expressed|led|replied|responded|answered|clarified"
    r"|pointed\s+out|wondered|wonders|argued|argues|summari[sz]ed|demoed|objected|reported|chaired"
    r"|announced|confirmed|recommended|cautioned|countered|offered"
)
_SAYS = frozenset(
    """seconds seconded moves proposes asks says notes thinks agrees questions comments objects
    supports votes presents explains mentions suggests responds replies answers wonders clarifies
    confirms adds abstains""".split()
)


def is_name_word(word: str) -> bool:
    """A capitalised word that could be part of a name ("Tuffli", "O'Neil", "Mihailescu").

    >>> is_name_word("Tuffli"), is_name_word("tuffli"), is_name_word("NVMe"), is_name_word("O'Beirne")
    (True, False, False, True)
    """
    if not word or not _NAME_WORD.match(word) or _CONTRACTION.search(word):
        return False
    core = word.rstrip(".")
    if core.lower() in _SAYS:
        return False  # "Derek Seconds", "Trevor Questions": a name and what they did
    if not core[:1].isupper():
        return False
    rest = core[1:].replace("-", "").replace("'", "").replace("\u2019", "")
    # "McCabe", "DeVault" are names; "NVMe", "PCIe" are not: allow one inner capital after Mc/Mac/De
    inner = sum(1 for c in rest if c.isupper())
    if inner == 0:
        return True
    if "-" in core:  # "Marc-André", "Cochard-Labbé"
        return all(len(part) > 1 and is_name_word(part) for part in core.split("-"))
    return inner == 1 and bool(
        re.match(r"^(?:Mc|Mac|De|Di|La|Le|Van|Von|O['\u2019]?|D['\u2019])[A-Z]", core)
    )


def surname_case(name: str) -> str:
    """A surname written in capitals after a given name, as many write it, in the given name's
    case: "Hiroshi SHIBATA" -> "Hiroshi Shibata" ("Joe SMITH III" and "ABC Corp" stay)."""
    words = name.split()
    if len(words) < 2 or not is_name_word(words[0]):
        return name
    last = words[-1]
    if len(last) >= 4 and last.isalpha() and last.isupper() and last.strip("IVX"):
        return " ".join([*words[:-1], last.capitalize()])
    return name


_BOT = re.compile(
    r"(?i)(?:^|[-_\s.])bot\b|\[bot\]|\((?:app|bot|integration)\)|[\s_-](?:ci|bot)$|^(?:github|gitlab|gerrit|jenkins"
    r"|travis|circleci|dependabot|renovate|codecov|mergify|zuul|buildkite|sentry|jira|meetbot"
    r"|rrsagent|zakim)$|\w\.ai\b|\b(?:otter|fireflies|notetaker)\b"
)


_CAMEL_BOT = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)*Bot")


def is_bot(name: str) -> bool:
    """Whether a name is software's: "ci-bot (APP)", "dependabot[bot]", "Tamarind CI", "GitLab".

    >>> is_bot("ci-bot (APP)"), is_bot("Talbot Jones")
    (True, False)
    """
    lone = name.strip()
    # "gitbot", "rfcbot": a login in lower case ending in "bot" (not "Talbot", "Abbott")
    return (
        bool(_BOT.search(name))
        or (
            lone.islower() and lone.endswith("bot") and not lone.endswith("robot") and len(lone) > 4
        )  # ("therebelrobot" is a person's login)
        # "HalyardBot": a wiki's bot, a name run together with "Bot"
        or _CAMEL_BOT.fullmatch(lone) is not None
    )


# the names of processor architectures, which open notes as logins do ("- riscv64: 4 workers")
ARCHITECTURE = re.compile(
    r"x86(?:_64)?|x64|amd64|i[3-6]86|arm(?:64|el|hf|v\d\w*)?|aarch64|riscv(?:32|64)?|ppc64(?:le)?"
    r"|s390x?|mips\w*|loong(?:arch)?64|sparc64|wasm(?:32|64)"
)


# the words of a group of people, never one of them: "Rendering WG", "Council asks for ..."
GROUP_WORDS = frozenset(
    """team teams group groups committee committees council councils board boards squad squads
    crew crews guild guilds panel jury steering wg wgs sig sigs tf tfs tsc pmc maintainers
    reviewers contributors committers admins moderators organizers organisers mentors mentees
    members everyone folks devs developers""".split()
)


# words that end the name of a company or another organization, not a person's
# the words of a list's label that say it lists organisations, not people: "Orgs present:"
ORG_LIST_WORDS = r"orgs?|organi[sz]ations?|compan(?:y|ies)|vendors?|implementers?"
ORG_END = re.compile(
    r"\b(?:Inc|Corp|Corporation|Ltd|LLC|GmbH|AG|SA|SAS|BV|Oy|AB|ASA|JSC|PLC|Co|Labs?|Systems"
    r"|Technologies|Technology|Software|Robotics|Logistik|Logistics|Mobility|Industrial|Industries"
    r"|Foundation|University|Institute|Group|Solutions|Networks|Freight|Warehousing|Automation"
    r"|Consulting|Research|Holdings|Partners|Media|Games|Studios?|Cloud|Data|Digital|Analytics"
    r"|Dynamics|Devices|Computing|Hosting|Electronics|Semiconductors?|Telecom)\.?$"
)


LOGIN_RARE = 1.5  # a login this rare in English is nobody's word ("lbrandt", not "docs")


def is_handle(word: str) -> bool:
    """A login or handle such as ``kib``, ``markj``, ``nikomatsakis`` (lower case, no spaces).

    >>> is_handle("markj"), is_handle("Mark"), is_handle("a")
    (True, False, False)
    """
    return bool(_HANDLE.match(word)) and word.lower() not in LABELS


def is_initials(word: str) -> bool:
    """Speaker initials such as ``AR``, ``BT1`` or ``??``.

    >>> is_initials("AR"), is_initials("BT1"), is_initials("NVMe")
    (True, True, False)
    """
    return bool(_INITIALS.match(word))


def slug(text: str) -> str:
    """A stable id fragment: lower case, ASCII where possible, words joined by '-'.

    >>> slug("Chuck Tuffli"), slug("if_bridge(4)"), slug("\u0421\u043a\u043e\u0432\u043e\u0440\u043e\u0434\u0430")
    ('chuck-tuffli', 'if_bridge-4', '\u0441\u043a\u043e\u0432\u043e\u0440\u043e\u0434\u0430')
    """
    folded = _fold(text)
    out = re.sub(r"[^\w]+", "-", folded).strip("-")
    return out[:80] or "x"
