"""Topics without a lexicon: small minutes in the shapes real projects use, one rule each."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

import kg
from kg.graph import _prune_terms, _variants
from kg.lexicon import topic_key


def _topics(tmp_path: Path, files: dict[str, str]) -> set[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = kg.build([tmp_path], cache=False).graph
    return {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}


def test_topics_unknown_words_acronyms_and_hosts_that_recur(tmp_path: Path) -> None:
    text = (
        "# TSC\n\n## Updates\n\n- Anna: libuv needs a release before undici can land.\n"
        "- Bob: the coin selection change touches libuv too; ci.nodejs.org runs it.\n"
        "- Anna: GC pauses are long. GC work continues on ci.nodejs.org.\n"
        "- Bob: undici is faster now; the heuristic is suboptimal, the heuristic is verbose.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"libuv", "undici", "GC", "ci.nodejs.org"} <= topics
    # words English knows are no terms, however often said; nor are word pairs
    assert not topics & {"heuristic", "suboptimal", "verbose", "coin selection"}


def test_topics_said_once_in_passing_or_common_words_are_not_topics(tmp_path: Path) -> None:
    text = (
        "# TSC\n\n## Updates\n\n- Anna: the zygomorphic idea was deprecated and bypassed.\n"
        "- Bob: Foo and struct examples, implemented later.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert not topics & {"zygomorphic", "deprecated", "bypassed", "Foo", "struct", "implemented"}


def test_topics_heading_variants_fold_into_one_subject(tmp_path: Path) -> None:
    files = {
        "2024-01-01.md": "# CG\n\n## Threads update + phase 3 poll\n\nAnna: threads are ready.\n",
        "2024-01-08.md": "# CG\n\n## Threads: extra poll\n\nBob: more threads work.\n",
        "2024-01-15.md": "# CG\n\n## Poll: Threads\n\nAnna: done.\n",
    }
    topics = _topics(tmp_path, files)
    assert {t for t in topics if "thread" in t.lower()} == {"Threads"}


def test_topics_boilerplate_in_most_meetings_is_dropped(tmp_path: Path) -> None:
    files = {
        f"2024-0{m}-0{d}.md": f"# TSC\n\n## Reminders :calendar:\n\nSee tsc-agenda and the "
        f"GoogleCalendar.\n\n## Wasmtime{m}{d}\n\nAnna: wasmtime{m}{d} is fine.\n"
        for m in range(1, 4)
        for d in range(1, 4)
    }
    topics = _topics(tmp_path, files)
    assert not {"tsc-agenda", "GoogleCalendar", "Reminders"} & topics


def test_topics_a_login_is_a_person_not_a_topic(tmp_path: Path) -> None:
    text = (
        "# Triage\n\nAttendees: Niko Matsakis\n\n## GATs\n\n- nikomatsakis: GATs are ready.\n"
        "- Later nikomatsakis wrote the GATs report.\n"
    )
    topics = _topics(tmp_path, {"2022-01-01.md": text})
    assert "GATs" in topics and "nikomatsakis" not in topics


def test_topics_not_from_urls_emoji_codes_or_meeting_headings(tmp_path: Path) -> None:
    text = (
        "# Zorblax Implementers Call 12 Notes\n\n## Attended\n\n- Anna\n- Bob\n\n"
        "## Parking Lot\n\nAnna: :white_check_mark: the QuuxCache work is done, QuuxCache is fast.\n"
        "Bob: recording at https://www.youtube.com/watch?v=a6YtLIaqMqs and again at\n"
        "https://www.youtube.com/watch?v=a6YtLIaqMqs :movie_camera: :movie_camera:\n\n"
        "## 11:00am - 11:30am\n\nAnna: lunch.\n\n## Comic relief\n\nBob: a joke.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert "QuuxCache" in topics
    assert not {t for t in topics if "youtube" in t or "a6YtLIaqMqs" in t}
    assert not topics & {"white_check_mark", "movie_camera", "Attended", "Parking Lot"}
    assert not topics & {"Comic relief", "Zorblax Implementers Call 12 Notes"}


def test_topics_generic_acronyms_and_bare_proposal_kinds_are_no_topics(tmp_path: Path) -> None:
    text = (
        "# TSC\n\n## Updates\n\n- Anna: the APIs use SQL over IRC; CPU use of the SDK is high.\n"
        "- Bob: the APIs and SQL again, CPU again, two PEPs about it, PEPs and the SDK.\n"
        "- Anna: NVMe and WASI are ready; NVMe is fast, WASI is small. See PEP 703.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"NVMe", "WASI"} <= topics
    assert not topics & {"APIs", "SQL", "IRC", "CPU", "SDK", "PEPs"}


def test_topics_said_once_survive_when_their_shape_is_sure(tmp_path: Path) -> None:
    text = (
        "# Graphics\n\n## Input stack\n\n- Patches for the epoll-shim library are in.\n"
        "- Worst problems are around X11 apps.\n- The SFDC export is late.\n\n"
        "## Quorble API\n\n- Nothing new.\n\n## Process Improvements\n\n- Nothing new.\n"
        "\n## 4844\n\n- Nothing new.\n\n## Today’s agenda\n\n- Nothing new.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"epoll-shim", "X11", "Quorble API"} <= topics
    # an acronym or a heading of common words said once may be anything
    assert not topics & {"SFDC", "Process Improvements", "4844", "Today’s agenda"}


def test_topics_release_candidates_and_cut_headings_are_no_topics(tmp_path: Path) -> None:
    text = (
        "# Core\n\n## High priority features for\n\n- Anna: RC1 is out, RC1 works.\n\n"
        "## Date 4/20/19\n\n- Bob: RC2 soon, RC2 then.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert not topics & {"RC1", "RC2", "High priority features for", "Date 4/20/19"}


def test_topics_a_product_said_once_in_prose_survives_a_code_name_does_not(tmp_path: Path) -> None:
    text = (
        "# Infra\n\n## Monitoring\n\n- Alerts now go to PagerDuty instead of email.\n"
        "- The example `impl TypeTrue for TypeEq` shows the problem.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert "PagerDuty" in topics
    assert not topics & {"TypeTrue", "TypeEq"}


def test_topics_no_code_fragments_quarters_or_meeting_tools(tmp_path: Path) -> None:
    text = (
        "# Lang\n\n## Lints\n\n- Anna: `#[allow(dead_code)]` hides it; allow(dead_code) again.\n"
        "- Bob: plan for Q2, Q2 again; join on Hangouts, Hangouts link in the invite.\n"
        "- The uv_os_homedir call came up once.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert not {t for t in topics if "(" in t}
    assert not topics & {"Q2", "Hangouts", "uv_os_homedir"}


def test_topics_a_name_glued_into_code_keeps_its_own_label(tmp_path: Path) -> None:
    text = (
        '# Ruby\n\n## Paths\n\n- nobu: `(path = Pathname.new("/tmp/new")).mkpath` works.\n'
        "- knu: Pathname.new is fine, Pathname.new again.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert "Pathname.new" in topics
    assert not {t for t in topics if '"' in t or "(" in t}


def test_topics_a_misspelt_word_is_no_name(tmp_path: Path) -> None:
    text = (
        "# WG\n\n## Updates\n\n- Anna: the developpers want aproval; developpers again, aproval too.\n"
        "- Bob: co-chapion for the proposal, co-chapion again. ncrypto and ncrypto ship.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert "ncrypto" in topics
    assert not topics & {"developpers", "aproval", "co-chapion"}


def test_topics_a_short_rare_name_near_a_rare_word_is_no_typo(tmp_path: Path) -> None:
    text = "# Lang\n\n## Updates\n\n- Anna: stdarch needs fastcall; stdarch and fastcall again.\n"
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"stdarch", "fastcall"} <= topics


def test_topics_numbers_and_stray_marks_are_not_topics_but_v8_is(tmp_path: Path) -> None:
    text = (
        "# TSC\n\n## V8 13.6\n\n**Ann:** V8 13.6 lands next week. V8 is fine.\n\n## .X\n\n"
        "**Bo:** nothing.\n"
    )
    labels = _topics(tmp_path, {"2024-01-02.md": text})
    assert "V8" in labels
    assert not labels & {"13.6", ".X"}


def test_topics_agenda_lines_naming_a_person_or_a_verdict_are_not_topics(tmp_path: Path) -> None:
    text = (
        "# WG\n\nAttendees: Ann Lee, Bo Chen\n\n## Proposal from Ann Lee\n\n**Ann:** ok.\n\n"
        "## Three proposals discussed\n\n**Bo:** fine.\n\n## Fragment Arguments\n\n"
        "**Bo:** the RFC is ready.\n\n## Upgrade Release Process\n\n**Ann:** slow.\n\n"
        "## Nominate @trivikr\n\n**Bo:** yes.\n\n## Forward-port from v1.x\n\n**Bo:** done.\n"
    )
    labels = _topics(tmp_path, {"2024-01-02.md": text})
    assert {"Fragment Arguments", "Release Process"} <= labels  # a task heading: its object
    assert not labels & {"Proposal from Ann Lee", "Proposal from Ann", "Three proposals discussed"}
    assert not [label for label in labels if "trivikr" in label or "v1.x" in label], labels


def test_topics_an_agenda_slot_time_and_presenter_is_not_a_topic(tmp_path: Path) -> None:
    text = (
        "# WG\n\n## Agenda\n\n"
        "1. [Fragment Arguments RFC](https://github.com/graphql/graphql-spec/pull/865) (15m, Matt)\n"
        "2. [Default Value Coercion RFC](https://github.com/graphql/graphql-spec/pull/793) (5m, Evan)\n"
    )
    labels = {label.lower() for label in _topics(tmp_path, {"2021-05-13.md": text})}
    assert not any(label.startswith(("15m", "5m")) for label in labels), labels


def test_topics_an_acronym_said_often_beats_initials_said_once() -> None:
    g = nx.Graph(meetings=3)
    g.add_node("topic:gc", kind="topic", label="GC", mentions=597, meeting_count=3)
    g.add_node("person:gc", kind="person", label="GC", aliases=["GC"], mentions=1)
    g.add_node("topic:kewei", kind="topic", label="Kewei", mentions=23, meeting_count=3)
    g.add_node("person:kewei", kind="person", label="Kewei", aliases=["Kewei"], mentions=23)
    g.add_node("topic:jmct", kind="topic", label="JMCT", mentions=12, meeting_count=2)
    g.add_node("person:jmct", kind="person", label="JMCT", aliases=["JMCT"], mentions=2, attended=2)
    _prune_terms(g, {"gc", "kewei", "jmct"})
    assert "topic:gc" in g and "person:gc" not in g  # WASI, GC: topics, not initials said once
    assert "person:jmct" in g and "topic:jmct" not in g  # listed as attending: a person
    assert "person:kewei" in g and "topic:kewei" not in g  # a person's name is no topic


def test_topics_a_template_line_is_boilerplate_a_subject_of_every_meeting_is_not() -> None:
    g = nx.Graph(meetings=10)
    g.add_node("topic:tscagenda", kind="topic", label="tsc-agenda", mentions=10, meeting_count=9)
    g.add_node(
        "topic:cijenkinsio", kind="topic", label="ci.jenkins.io", mentions=45, meeting_count=9
    )
    g.add_node(
        "topic:preliminary",
        kind="topic",
        label="Preliminary",
        mentions=60,
        meeting_count=6,
        source="heading",
    )
    g.add_node(
        "topic:ractor", kind="topic", label="Ractor", mentions=60, meeting_count=6, source="heading"
    )
    _prune_terms(g, {"tscagenda", "cijenkinsio", "ractor"})
    assert "topic:tscagenda" not in g  # once in each meeting's header
    assert "topic:cijenkinsio" in g  # discussed at length in most meetings
    # a heading over every item of most meetings, never said in the notes: the template's
    assert "topic:preliminary" not in g and "topic:ractor" in g


def test_topics_phrases_a_meeting_keeps_naming(tmp_path: Path) -> None:
    text = (
        "# Dev meeting\n\nAttendees: Pieter Wuille, Anna Smith\n\n## Feature freeze\n\n"
        "- Pieter Wuille: the feature freeze is next week; coin selection is not ready.\n"
        "- Anna Smith: coin selection needs review. Removing checkpoints is a good idea.\n"
        "- Pieter Wuille: agreed, coin selection after the release. Next week we merge.\n"
        "- Anna Smith: removing checkpoints later, next week. A good idea, Pieter Wuille.\n"
        "- Anna Smith: removing checkpoints, good idea. The artifact caching proxy is down.\n"
        "- Pieter Wuille: the artifact caching proxy was restarted; artifact caching proxy ok.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    # said three times, or twice with once in a heading; the longest form of a phrase
    assert {"coin selection", "artifact caching proxy"} <= topics
    assert "feature freeze" in {t.lower() for t in topics}
    assert not {t for t in topics if t.lower() in {"caching proxy", "artifact caching"}}
    # time, praise, a verb's form, a person's name: said as often, but no subject
    lows = {t.lower() for t in topics}
    assert not lows & {"next week", "good idea", "removing checkpoints", "pieter wuille"}


def test_topics_headings_lose_their_presenter_and_label(tmp_path: Path) -> None:
    text = (
        "# WG meeting\n\nAttendees: Johannes Schickling, Mike Marcacci, Lee Byron\n\n"
        "## Top Level Directives - Johannes Schickling\n\nJohannes Schickling: an idea.\n\n"
        "## Proposal: Interface Extends - Mike Marcacci\n\nMike Marcacci: it helps.\n\n"
        "## Counter-Proposal - Lee Byron\n\nLee Byron: another way.\n\n"
        "## Zeppelin CATS\n\nLee Byron: the Zeppelin tests. Zeppelin is done.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"Top Level Directives", "Interface Extends", "Zeppelin CATS"} <= topics
    assert not {t for t in topics if "counter" in t.lower()}


def test_topics_product_names_written_in_lower_case_now_and_then(tmp_path: Path) -> None:
    text = (
        "# Infra\n\n## Notes\n\n- We moved the agents to Azure last week.\n"
        "- The Azure bill is lower, and the new azure subscription is ready.\n"
        "- Costs on Azure are tracked. Our old puppet module broke; Puppet is going away.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert "Azure" in topics  # capitalised three times, in lower case once: a name
    assert not {t for t in topics if t.lower() == "puppet"}  # once each way: a word too


def test_topics_agenda_headings_lose_presenters_separators_and_questions(tmp_path: Path) -> None:
    topics = _topics(
        tmp_path,
        {
            "2020-01-09.md": "# WG\n\n## Agenda\n\n"
            "1. Spec (5 minutes, https://github.com/graphql/graphql-spec/pull/2)\n\n"
            "### DateTime RFC / ([@andimarek][])\n\nWe talked about DateTime.\n\n"
            "### Google Summer of Code this year? (Lee)\n\nSure.\n\n"
            "[@andimarek]: https://github.com/andimarek\n"
        },
    )
    # "DateTime RFC" is DateTime; a question and a cut link title are no subjects
    assert topics == {"DateTime"}


def test_topics_reports_are_not_names(tmp_path: Path) -> None:
    # the sentence before a link is no title of it when it ends on a verb; "SC met" said three
    # times is a report, "coin selection" a subject
    topics = _topics(
        tmp_path,
        {
            "2023-05-01.md": "# SC\n\n## Notes\n\n"
            "* The Steering Council discussed [PEP 703](https://peps.python.org/pep-0703/)\n"
            "* Inline script metadata [PEP 723](https://peps.python.org/pep-0723/)\n"
            "* The SC met with Ann.\n* The SC met with Bob.\n"
            "* The SC met with Carol about coin selection.\n"
            "* Coin selection is hard. coin selection rocks.\n"
        },
    )
    assert topics == {"Inline script metadata", "coin selection"}


def test_topics_the_project_name_rfc_and_meeting_series_fold_or_go(tmp_path: Path) -> None:
    day = "# GraphQL WG\n\n## {h}\n\nGraphQL GraphQL GraphQL: the field extensions work goes on.\n"
    topics = _topics(
        tmp_path,
        {
            "2021-01-07.md": day.format(h="Field extensions"),
            "2021-02-04.md": day.format(h="GraphQL Field Extension RFC"),
            "2021-03-04.md": day.format(h="GraphQL Working Group Meeting Summary"),
        },
    )
    # one node for the subject, whichever of its spellings labels it; GraphQL, whose working
    # group meets ("# GraphQL WG"), is everyone's there and no subject of its meetings
    assert {topic_key(t) for t in topics} == {topic_key("Field extensions")}
    assert len(topics) == 1


def test_topics_an_affix_and_a_foldable_word_fold_together(tmp_path: Path) -> None:
    day = "# Operators SIG\n\n## {h}\n\nAnn: the LLM operators and LLM kernels are in.\n"
    topics = _topics(
        tmp_path,
        {
            "2024-01-11.md": day.format(h="LLM"),
            "2024-02-08.md": day.format(h="LLM-related Operators"),
        },
    )
    assert "LLM-related Operators" not in topics and "LLM" in topics


def test_topics_a_misspelt_topic_folds_but_a_sibling_name_stays(tmp_path: Path) -> None:
    day = "# TSC\n\n## Notes\n\n- Ann: {t} is {t}, and {t} again.\n"
    topics = _topics(
        tmp_path,
        {
            "2024-01-11.md": day.format(t="startup performance") + day.format(t="graphql-js")[5:],
            "2024-02-08.md": day.format(t="startup performance")
            + "- Bo: graphql-ws and graphql-ws.\n",
            "2024-03-07.md": "# TSC\n\n## Notes\n\n- Cy: startup perfomrance and startup perfomrance.\n",
        },
    )
    assert "startup performance" in topics and "startup perfomrance" not in topics
    assert {"graphql-js", "graphql-ws"} <= topics


def test_topics_conferences_are_not_subjects(tmp_path: Path) -> None:
    day = "# TSC\n\n## Events\n\n- Ann: the {t} talk on undici went well; undici at {t} again.\n"
    topics = _topics(
        tmp_path,
        {"2019-06-01.md": day.format(t="NodeConf EU"), "2019-07-01.md": day.format(t="JSConf")},
    )
    assert topics == {"undici"}


def test_topics_of_one_meeting_in_many_need_more_than_an_aside(tmp_path: Path) -> None:
    files = {
        f"2024-{month:02d}-01.md": f"# TSC\n\n## Releases\n\n- Anna: libuv {month} is out.\n"
        "- Bob: libuv needs a test.\n"
        for month in range(1, 9)
    }
    files["2024-09-01.md"] = (
        "# TSC\n\n## Zstd compression\n\n- Anna: memmove is slow; memmove again.\n"
        "- Bob: undici is faster; undici is smaller; undici ships next.\n"
    )
    topics = _topics(tmp_path, files)
    assert {"libuv", "undici", "Zstd compression"} <= topics  # recurring, said at length, a heading
    assert "memmove" not in topics  # an aside in one meeting of nine
    # the same meeting built alone keeps what it says twice
    (tmp_path / "alone").mkdir()
    assert "memmove" in _topics(tmp_path / "alone", {"2024-09-01.md": files["2024-09-01.md"]})


def test_topics_a_heading_of_one_meeting_naming_a_topic_of_several_is_that_topic(
    tmp_path: Path,
) -> None:
    files = {
        f"2019-0{month}-01.md": f"# Bitcoin meeting\n\n## SegWit\n\n- Pieter: segwit {month} is ready.\n"
        for month in range(1, 4)
    }
    files["2019-04-01.md"] = (
        "# Bitcoin meeting\n\n## State of segwit\n\n- Pieter: the review is done.\n\n"
        "## Multiwallet session persistence\n\n- Jonas: the wallets reload now.\n"
    )
    topics = _topics(tmp_path, files)
    assert "SegWit" in topics and "State of segwit" not in topics
    assert "Multiwallet session persistence" in topics  # names no other topic: its own


def test_topics_well_known_software_said_once(tmp_path: Path) -> None:
    text = (
        "# Infra sync\n\n## Upgrades\n\n"
        "- Ana: the runners move to Python 3.13; the Kubernetes upgrade is done.\n"
        "- Bo: Cloudflare blocked the Datadog agent, and the Qt build fails on Windows.\n"
        "- Ana: ask the Windows Team about it. Windows of time are short this week.\n"
    )
    topics = _topics(tmp_path, {"2024-05-01.md": text})
    # a name of software the list in kg/data/known_terms.txt knows is a subject said once, with
    # its release when one follows ("Python 3.13")
    assert {"Python 3.13", "Kubernetes", "Cloudflare", "Qt"} <= topics
    assert "Datadog agent" in topics  # the thing made for that name is the subject
    # ... but an everyday word opening a sentence or beside other capitals is no name of
    # software, and a platform said once ("fails on Windows") is where the work runs
    windows = [t for t in topics if "window" in t.lower()]
    assert windows == []


def test_topics_the_projects_own_name_is_no_ones_subject(tmp_path: Path) -> None:
    folder = tmp_path / "zorbix-wg"
    folder.mkdir()
    for day in range(1, 10):
        (folder / f"2024-03-{day:02}.md").write_text(
            f"# Zorbix WG\n\n## Updates\n\n- Ana: Zorbix builds pass; Zorbix docs moved.\n"
            f"- Bo: the libfrob port is on track, libfrob {day} is out.\n",
            encoding="utf-8",
        )
    graph = kg.build([folder], cache=False).graph
    topics = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    # the folder names the project: its name in most meetings says nothing about who does what
    assert "libfrob" in topics and "Zorbix" not in topics


def test_topics_well_known_names_said_once_in_notes_without_speakers(tmp_path: Path) -> None:
    text = (
        "# Graphics\n\n * Bumping LLVM version in mesa\n ** Delayed to next quarter.\n"
        " * Input stack\n ** The meson build files and the sqlite cache need a look.\n"
        " ** Ports of better-sqlite3 are fine.\n"
    )
    topics = _topics(tmp_path, {"2019-01-16.md": text})
    # a well-known name is a subject said once, even where no speaker is linked to it, and it is
    # labelled as the name is written ("sqlite" in the notes is SQLite)
    assert {"LLVM", "Meson", "SQLite"} <= topics
    assert not {"sqlite", "meson"} & topics


def test_topics_c_plus_plus_and_c_sharp_are_two_languages(tmp_path: Path) -> None:
    text = (
        "# Bindings\n\n- Ana: the C++ bindings build again; C++ wins; C++ 20 next.\n"
        "- Bo: the C# bindings are next, C# needs a new generator.\n"
    )
    topics = _topics(tmp_path, {"2024-05-01.md": text})
    assert {"C++", "C#"} <= topics


def test_topics_names_a_code_sample_declares_are_examples(tmp_path: Path) -> None:
    text = (
        "# Unions\n\n## Interfaces for unions\n\n"
        "- Ann: e.g. `type HousePetEdge implements Edge`; the HousePetEdge case, HousePetEdge.\n\n"
        "```graphql\nunion PriceDetails = Price | Discount\n```\n\n"
        "- Bo: PriceDetails again, PriceDetails.\n\n## StructuralEq\n\n"
        "```rust\ntrait StructuralEq {}\n```\n\n"
        + "".join(f"- Ann: StructuralEq point {i}, StructuralEq.\n" for i in range(3))
    )
    topics = _topics(tmp_path, {"2022-04-07.md": text})
    # an example's names are no one's subject; the trait the whole meeting designs is
    assert not {"HousePetEdge", "PriceDetails"} & topics
    assert "StructuralEq" in topics


def test_topics_a_thing_made_for_a_well_known_name(tmp_path: Path) -> None:
    text = (
        "# Platform sync\n\n- Park: the Kubernetes operator is at v0.3; the Helm chart follows.\n"
        "- Ana: the Windows agents are flaky, and the Python SDK needs a release.\n"
        "- Bo: Kubernetes 1.30 is out.\n"
    )
    topics = _topics(tmp_path, {"2025-04-22.md": text})
    # the operator, the chart, the agents and the SDK are what people work on
    assert {"Kubernetes operator", "Helm chart", "Windows agents", "Python SDK"} <= topics
    assert "Kubernetes 1.30" in topics


def test_topics_the_projects_own_numbered_releases(tmp_path: Path) -> None:
    text = (
        "# Marten Engineering Weekly Sync\n\n## Release status\n\n"
        "- Helga: Marten 126 merged to Beta; the Marten 127 soft freeze starts June 3.\n"
        "- Diego: Section 4 of the doc and Rust 2021 are unrelated.\n"
    )
    topics = _topics(tmp_path, {"2024-05-20.md": text})
    # the title names the project: its name and a number is one of its releases
    assert {"Marten 126", "Marten 127"} <= {t for t in topics if t.startswith("Marten")}
    assert not {t for t in topics if t.startswith(("Section", "Rust 2021"))}


def test_topics_an_acronym_and_its_name_in_full_are_one_topic(tmp_path: Path) -> None:
    files = {
        f"2024-0{i}-01.md": f"# WG\n\n## Client Controlled Nullability\n\n"
        f"- Ann: CCN needs a champion. CCN again, round {i}.\n"
        for i in range(1, 4)
    }
    # "CL" is said in six meetings, the churn limit in one: another thing of those letters
    files |= {
        f"2023-0{i}-01.md": "# Call\n\n## CL\n\n- Ann: the CL clients are ready. CL tests pass.\n"
        for i in range(1, 7)
    }
    files["2023-07-01.md"] = (
        "# Call\n\n## CL\n\n- Ann: CL is ready, CL again.\n\n## Churn limit\n\n"
        "- Bo: the churn limit is too low; the churn limit goes up.\n"
    )
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = kg.build([tmp_path], cache=False).graph
    topics = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    merged = [
        d
        for d in topics.values()
        if {"CCN", "Client Controlled Nullability"} <= {d["label"], *d["aliases"]}
    ]
    assert len(merged) == 1
    assert {"cl", "churn limit"} <= {label.lower() for label in topics}


def test_topics_that_are_the_names_of_the_corpus_people_go() -> None:
    from kg.graph import _prune_named_people

    graph = nx.Graph()
    graph.add_node("person:sifis", kind="person", label="Sifis Lagouvardos", aliases=["Sifis"])
    graph.add_node("person:mark", kind="person", label="Mark Johnston", aliases=[])
    for label in ("Sifis", "Sifis Lagouvardos", "GraphQL", "Mark"):
        graph.add_node(f"topic:{label}", kind="topic", label=label, source="term")
    _prune_named_people(graph)
    topics = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    # a rare first name of someone named in full, and a full name, are that person; "Mark" is
    # a word English knows too well to be taken for the name
    assert topics == {"GraphQL", "Mark"}


def test_a_topic_that_is_someones_login_goes_unless_said_far_more() -> None:
    from kg.graph import _prune_named_people

    graph = nx.Graph()
    graph.add_node("person:niamhc", kind="person", label="niamhc", aliases=[], mentions=3)
    graph.add_node(
        "person:graphiql", kind="person", label="graphiql", aliases=["@graphiql"], mentions=1
    )
    graph.add_node("topic:niamhc", kind="topic", label="niamhc", source="term", mentions=4)
    graph.add_node("topic:graphiql", kind="topic", label="GraphiQL", source="term", mentions=37)
    _prune_named_people(graph)
    topics = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    # "niamhc sent regrets" and "niamhc is doing the notes" are her; "GraphiQL", said 37 times,
    # stays a subject beside the scope "@graphiql" once taken for someone
    assert topics == {"GraphiQL"}


def test_topics_named_by_titles_proposals_and_what_is_made_for_a_name(tmp_path: Path) -> None:
    topics = _topics(
        tmp_path,
        {
            "triage.md": "# Triage\n\n"
            '### "Stabilize guard patterns" corvid#48211\n\npriya-r: the report is updated.\n\n'
            "**async foundations update: On streams and lending streams**\n\n- helper methods\n\n"
            "**2021 Edition draft RFC**\n\n- do we need a transition period?\n\n"
            '**Tracking issue for "implicit named arguments for formatting macros"** #67984\n\n'
            "- panic with arbitrary values\n\n"
            "- **#71204 proposal: log/slog: add OpenTelemetry handler** — **likely accept**\n"
            "  @ewa-lis measured the overhead.\n\n"
            "AGREED: we deprecate the Prism driver in Marmot. The Prism driver goes in 2027.\n",
        },
    )
    assert {
        "guard patterns",
        "async foundations",
        "2021 Edition draft RFC",
        "implicit named arguments for formatting macros",
        "log/slog",
        "Prism driver",
    } <= topics
    assert not topics & {"Stabilize guard patterns", "Prism", "On streams and lending streams"}


def test_a_write_ups_own_parts_are_no_topics_and_seven_digit_keys_are_refs(tmp_path: Path) -> None:
    (tmp_path / "triage.md").write_text(
        "# Perf triage 2026-02-03\n\n## Regressions\n\n- Rollup of 8 pull requests #129500\n\n"
        "## Improvements\n\n- Remove the query cache #129422\n\n## Nags requiring follow up\n\n"
        "- Omar is chasing JDK-8352907 and JDK-8351234 in the C2 backend.\n\n"
        "## Links mentioned\n\n- https://example.org/perf\n",
        encoding="utf-8",
    )
    graph = kg.build([tmp_path], cache=False).graph
    labels = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    refs = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert not labels & {"Regressions", "Improvements", "Nags requiring", "Links mentioned"}
    assert {"JDK-8352907", "JDK-8351234"} <= refs


def test_an_rfc_roundups_tagged_headings_name_their_subjects(tmp_path: Path) -> None:
    topics = _topics(
        tmp_path,
        {
            "roundup.md": "# RFC Roundup: September 2025\n\n"
            "### 2. [RFC] Remove the legacy pass manager (`-tess-legacy-pm`)\n\n"
            "Kalle Nieminen proposes removing it. Accepted.\n\n"
            "### 9. [RFC] Reproducible release tarballs\n\nOlumide Bakare wants them.\n",
        },
    )
    assert {"legacy pass manager", "Reproducible release tarballs"} <= topics


def test_an_api_call_in_camel_case_and_words_of_a_links_title_are_topics(tmp_path: Path) -> None:
    (tmp_path / "2020-04-20.md").write_text(
        "# API WG\n\n## Agenda\n\n"
        "1. [feat: add desktopCapturer.getWebContentsStream() to get a media stream]"
        "(https://github.com/electron/electron/pull/22701)\n"
        "    * Waiting for the author, @loc\n"
        "2. We should not call datetime.now() in the docs theme.\n",
        encoding="utf-8",
    )
    topics = set(kg.build([tmp_path], cache=False).topics()["label"])
    assert "desktopCapturer.getWebContentsStream()" in topics
    assert "datetime.now()" not in topics  # no capital inside: a call, not an API's name


def test_a_heading_of_one_rare_word_said_again_in_the_notes_is_a_topic(tmp_path: Path) -> None:
    # "## Nimbus" with nobody named under it: the client's name, said again as written
    text = (
        "# Consensus call 50\n\n## Client updates\n\n## Nimbus\n\n- Outgoing audit in final stages.\n"
        "- Working on releasing binaries of Nimbus for Windows, Mac, and Linux.\n\n"
        "## Teku\n\n- Enabled strict handling.\n"
    )
    topics = _topics(tmp_path, {"2020-10-09.md": text})
    assert "Nimbus" in topics


def test_a_repositorys_name_with_a_review_number_is_named_without_it(tmp_path: Path) -> None:
    text = (
        "# Spec WG\n\nAttendees: Ana Lima\n\n## Nullability\n\n"
        "- Ana: RFC in [tessera-spec#1187](https://github.com/tq/tessera-spec/pull/1187)\n"
        "- and [tessera-spec#1102](https://github.com/tq/tessera-spec/pull/1102) for errors\n"
    )
    topics = _topics(tmp_path, {"2025-04-03.md": text})
    assert not any("#" in t for t in topics)


def test_a_name_and_a_part_of_software_said_once_is_a_topic(tmp_path: Path) -> None:
    text = (
        "# Board report\n\n## Activity\n\n"
        "- Chidi Okonkwo contributed an OTLP endpoint; it ships as experimental.\n"
        "- Aarav Mehta prototyped a WAL reader with faster crash recovery.\n"
    )
    topics = _topics(tmp_path, {"2024-06-12.md": text})
    assert {"OTLP endpoint", "WAL reader"} <= topics


def test_the_subject_an_item_opens_with_before_its_status_is_a_topic(tmp_path: Path) -> None:
    text = (
        "# Scrum of scrums\n\nReps: Ingrid Vestergaard, Mehmet Yildirim\n\n## Routing\n\n"
        "- Truck profile (height and hazmat limits) in public beta, Ingrid says.\n"
        "- CI runners moved to the autoscaling pool (Mehmet).\n"
        "- Mehmet: root cause fixed, the turn restrictions export is next.\n"
        "- Ship websockets in core (Ingrid asks).\n"
        "- Rust users can tell the difference, per Ingrid.\n"
    )
    topics = _topics(tmp_path, {"2024-05-08.md": text})
    assert {"truck profile", "CI runners"} <= topics  # the sentence's capital is not the name's
    # a request ("Ship websockets in core"), people ("Rust users") and a cause are no subjects
    assert not {t.lower() for t in topics} & {"ship websockets", "rust users", "root cause"}


def test_a_reviews_title_stops_at_the_arrow_to_its_next_stage(tmp_path: Path) -> None:
    text = (
        "# SIG Scheduling\n\n## Agenda\n\n- Three FEPs tracked for 1.31:\n"
        "  - FEP-2291 topology-aware preemption -> beta\n"
        "  - FEP-2955 queueing hints \u2192 GA\n"
    )
    topics = _topics(tmp_path, {"2024-06-20.md": text})
    assert {"topology-aware preemption", "queueing hints"} <= topics
    assert not any(">" in t or "\u2192" in t for t in topics)


def test_a_headings_day_of_the_week_and_date_is_no_subject(tmp_path: Path) -> None:
    text = (
        "# Mobile stand-up, week 20\n\n## Mon 13\n\n- **Joonas** — did: SwiftUI map view\n\n"
        "## Wednesday, 15\n\n- **Kenji** — did: Gradle fix\n\n## MongoDB 7 upgrade\n\n"
        "- **Kenji** — did: MongoDB 7 on staging\n"
    )
    topics = _topics(tmp_path, {"2024-05-13.md": text})
    assert not topics & {"Mon 13", "Wednesday, 15", "Wednesday", "Mon"}
    assert "MongoDB 7 upgrade" in topics  # a name that starts as a day's does not


def _topic_node(label: str, mentions: int, meetings: int) -> dict[str, object]:
    """A topic node as graph.py's builder keeps it, said in ``meetings`` meetings m0, m1, ..."""
    per = {f"m{i}": 1 for i in range(meetings)}
    return {"kind": "topic", "label": label, "mentions": mentions, "per_meeting": per}


def test_topics_a_heading_of_the_project_a_subject_and_a_change_folds_into_the_subject() -> None:
    nodes = {
        "topic:graphql": _topic_node("GraphQL", 500, 60),
        "topic:errorpropagation": _topic_node("error propagation", 11, 5),
        "topic:graphqlerrorpropagationchange": _topic_node(
            "GraphQL Error Propagation Changes", 1, 1
        ),
        "topic:collectfieldsimprovement": _topic_node("Collect Fields Improvements", 1, 1),
        "topic:collectfield": _topic_node("collect fields", 4, 3),
    }
    into = _variants(nodes)
    assert into["topic:graphqlerrorpropagationchange"] == "topic:errorpropagation"
    assert into["topic:collectfieldsimprovement"] == "topic:collectfield"


def test_topics_a_camel_case_name_and_its_acronym_are_one_subject() -> None:
    nodes = {
        "topic:sab": _topic_node("SAB", 43, 6),
        "topic:sharedarraybuffer": _topic_node("SharedArrayBuffer", 16, 3),
        "topic:vm": _topic_node("VM", 24, 5),
        "topic:vmmodule": _topic_node("VM module", 4, 2),
        "topic:virtualmemory": _topic_node("VirtualMemory", 3, 2),
    }
    into = _variants(nodes)
    assert into["topic:sharedarraybuffer"] == "topic:sab"
    # a name in words keeps the initials it spells ("VM module"), a camel-case word ("VirtualMemory")
    # does not take them from it
    assert into.get("topic:vmmodule") == "topic:vm" and "topic:virtualmemory" not in into


def test_topics_the_parts_a_heading_lists_after_its_subject(tmp_path: Path) -> None:
    text = (
        "# Strata dev meeting\n\nAttendees: Agnieszka Nowak, Chinedu Obi\n\n"
        "## Kiln: grouped GEMM + autotuner cache (Agnieszka)\n\nAgnieszka: the kernels are in.\n\n"
        "## Halo: tiling, gaps and fractional scaling\n\nChinedu: it works on most displays.\n\n"
        "## Lumora Settings: the tiling engine, finally\n\nChinedu: merged.\n\n"
        "## Type Reflection API: Update, tentative poll for Phase 4\n\nAgnieszka: next time.\n"
    )
    topics = _topics(tmp_path, {"2025-11-04.md": text})
    assert {"Kiln", "grouped GEMM", "autotuner cache", "Halo", "fractional scaling"} <= topics
    assert "tiling engine" in topics  # "the ..., finally": the name without its article
    # an everyday word, a word of time, a poll and its phase are no parts
    lows = {t.lower() for t in topics}
    assert not lows & {"gaps", "finally", "update", "tentative poll", "tentative poll for"}


def test_topics_a_developer_s_word_inside_a_name(tmp_path: Path) -> None:
    text = (
        "# Sync\n\nAttendees: Ana Souza, Ben Okafor\n\n"
        "## 2. Sync engine — conflict handling\n\nAna: the merge rules are in.\n\n"
        "## Docs\n\n- Ana: the docs site moved to the new generator; the docs site builds in 11 min.\n"
        "- Ben: the docs site search is broken. The admin API needs auth; admin API tokens expire."
        " The admin API is documented.\n"
        "- Ben: core devs asked about it; core devs agree. Core devs will review.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2025-06-12.md": text})}
    # "sync", "docs", "API" are a developer's everyday words, and part of these names
    assert {"sync engine", "docs site", "admin api"} <= topics
    # people are no subject, however often said
    assert "core devs" not in topics


def test_topics_the_project_a_meeting_series_is_of_is_no_subject_of_it(tmp_path: Path) -> None:
    files = {
        "2025-03-05.md": "# Brackenfold Architecture Council Meeting — 2025-03-05\n\n"
        "Attendees: Ana Souza, Ben Okafor\n\n## Storage\n\n- Ana: Brackenfold 3.2 moves the "
        "WAL to Kestrelstore; Brackenfold users asked for it. Kestrelstore needs tests.\n",
        "2025-03-12.md": "# Design Review: Tiered WAL offload\n\nAttendees: Ana Souza\n\n"
        "- Ana: the WAL offload keeps the WAL segments in object storage; WAL reads stay local.\n",
    }
    topics = _topics(tmp_path, files)
    # the series' own project ("Brackenfold ... Council Meeting") is no subject; what a title
    # reviews after its colon ("WAL") and what the meeting names are
    assert "Brackenfold" not in topics
    assert {"WAL", "Kestrelstore"} <= topics


def test_topics_a_numbered_release_named_once_in_a_heading(tmp_path: Path) -> None:
    text = (
        "# Cargohold community sync\n\nAttendees: Nkechi Obi, Lars Berg\n\n## 6. Release 3.3\n\n"
        "| Item | Owner | Notes |\n|---|---|---|\n| scope | Nkechi | Referrers API yes |\n"
    )
    topics = _topics(tmp_path, {"2024-07-09.md": text})
    assert "3.3 release" in topics  # the section's subject, though said once


def test_topics_a_part_of_the_software_named_once(tmp_path: Path) -> None:
    text = (
        "# Larchdb weekly\n\nAttendees: Ana Souza, Ben Okafor\n\n## Storage\n\n"
        "- Ana: the rewritten compaction scheduler cuts write amplification by a third.\n"
        "- Ben: found it with my fuzzing harness; the default scheduler stays for now.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2025-04-08.md": text})}
    # a part a piece of software has ("scheduler", "harness"), named once after a rare word
    assert {"compaction scheduler", "fuzzing harness"} <= topics
    # not after a word English uses everywhere, nor the longer run of words around it
    assert not {"default scheduler", "rewritten compaction scheduler"} & topics


def test_topics_a_release_said_by_its_number_alone(tmp_path: Path) -> None:
    text = (
        "# Brackwater maintainers call\n\nAttendees: Lena Hoff, Nnamdi Obi\n\n"
        "## 1.8.0 retro\n\n- 1.8.0 shipped last week; Lena will cut 1.8.1 for the globbing bug.\n"
        "- Nnamdi: the CI pins qemu 9.1 only; Go 1.23 is out and we stay on 1.22 until then.\n"
        "- build time is 2.1x faster; 0.7 ms per file.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2025-04-09.md": text})}
    # what the words around a number say is a release ("retro", "shipped", "cut")
    assert {"1.8.0 release", "1.8.1 release"} <= topics
    # another product's version, a ratio or a time is no release of the project
    assert not {"9.1 release", "1.23 release", "2.1 release", "0.7 release"} & topics


def test_topics_no_traffic_light_in_capitals_or_leftovers_heading(tmp_path: Path) -> None:
    text = (
        "# Skerry programme call\n\nAttendees: Ana Souza, Ben Okafor\n\n**Overall: AMBER**\n\n"
        "## Storage\n\n- **Status:** AMBER\n- Ana: the Vexstore migration slipped; Vexstore "
        "needs a week.\n\n## Networking\n\n- **Status:** AMBER\n- Ben: fine.\n\n"
        "## 5. Leftovers\n\n- Ben: nothing else.\n"
    )
    topics = _topics(tmp_path, {"2025-05-15.md": text})
    assert "Vexstore" in topics
    assert not {"AMBER", "Leftovers"} & topics


def test_topics_a_product_named_by_a_word_english_knows_somewhat(tmp_path: Path) -> None:
    text = (
        "# Tidepress dev chat\n\nAttendees: Ana Souza, Ben Okafor\n\n"
        "- Ana: the packages sync will include the Slate fixes; the block editor is Slate now.\n"
        "- Ben: we moved the Lantern previews off the parser cache, Lantern parses stay cheap.\n"
        "- Ben: the new Buckets view and the Imports page are done.\n"
    )
    topics = _topics(tmp_path, {"2025-03-05.md": text})
    # capitalised mid-sentence and never in lower case: a product's name, though English knows
    # the word ("slate", "lantern")
    assert {"Slate", "Lantern"} <= topics
    # a plural written with a capital is a list's word, not a name
    assert not {"Buckets", "Imports"} & topics


def test_topics_a_named_part_said_once_after_a_product_s_name(tmp_path: Path) -> None:
    text = (
        "# Storage sync\n\nAttendees: Ana Souza, Ben Okafor\n\n"
        "- Ana: the IDB fuzzer found two crashes in the WAL reader; IDB stays on 3.x.\n"
        "- Ben: the Android renderer drops frames on old phones.\n"
    )
    topics = _topics(tmp_path, {"2024-07-23.md": text})
    # a product's name and a part software has ("fuzzer", "renderer"), said once
    assert {"IDB fuzzer", "Android renderer"} <= topics


def test_topics_a_plans_lettered_lines_are_no_subjects(tmp_path: Path) -> None:
    text = (
        "# Q4 roadmap review\n\n## Theme A — Realtime (owner: Lars)\n\n"
        "- KR A1: TripUpdates ingestion handles cancelled trips — 🟡\n"
        "- KR A2: delay propagation p95 under 2 s — 🟢\n\n"
        "## Theme B — Accessible routing (owner: Amira)\n\n"
        "- KR B1: step-free routing in 3 cities — 🔴\n- KR B2: elevator status feed — 🟡\n\n"
        "## Theme C — Delay propagation\n\n- KR C1: Lars reports the Kafka consumer lag fixed.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-10-08.md": text})}
    # "Theme B", "KR A1", "KR": what counts the plan's lines; the subject after the dash stays
    assert not {t for t in topics if t.startswith(("kr", "theme"))}
    assert "accessible routing" in topics


def test_topics_a_clause_said_twice_is_no_subject(tmp_path: Path) -> None:
    text = (
        "# Packaging committee\n\n* #3130 Nonresponsive maintainer: python-aiostream\n"
        "  * AGREED: python-aiostream is orphaned; snarfed keeps commit access to the fork\n\n"
        "## Log\n\n16:37:02 <gkarlsson> #agreed python-aiostream is orphaned; snarfed keeps "
        "commit access to the fork\n16:38:10 <gkarlsson> the mold linker rebuild is next\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-06-04.md": text})}
    assert not {t for t in topics if "keeps" in t}


def test_topics_news_of_the_work_names_what_it_is_of(tmp_path: Path) -> None:
    text = (
        "# Lang team planning\n\n### Declarative macro repetition counts\n\n* Opened RFC\n"
        "    * https://github.com/example/lang-team/issues/57\n* Pending FCP\n\n"
        "### Const generics\n\n* Merged const generics defaults\n"
        "    * https://github.com/example/lang/pull/90\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2021-03-03.md": text})}
    assert not {t for t in topics if t.startswith(("opened", "merged"))}
    assert "const generics defaults" in topics or "const generics" in topics


def test_topics_an_examples_made_up_names_are_no_subjects(tmp_path: Path) -> None:
    text = (
        "# Lang team\n\nAttendees: @alanshaw, @yournamehere\n\n## Macro paths\n\n"
        "* If you `use some_module::foo` this macro, that's fine\n"
        "* But if you do `some_module::foo!` it breaks; SomeTrait is the same with `Foo.field`.\n"
        "* `SomeTrait` again, and the `macro_rules` hygiene rework by alanshaw.\n"
    )
    (tmp_path / "2021-03-02.md").write_text(text, encoding="utf-8")
    graph = kg.build([tmp_path], cache=False).graph
    topics = {d["label"].lower() for _, d in graph.nodes(data=True) if d["kind"] == "topic"}
    people = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    assert not {t for t in topics if "foo" in t or t.startswith("some")}
    assert "macro_rules" in topics
    assert "yournamehere" not in people


def test_topics_agenda_line_items_said_again_and_places(tmp_path: Path) -> None:
    irc = (
        "kelp shell maintainers meeting, 2023-11-08\n\npresent: ohanlon, rin_s, jvb\n\n"
        "[17:00] <ohanlon> ok let's start. agenda is short: completion engine rewrite, "
        "history sync, vi mode bugs\n"
        "[17:05] <ohanlon> completion engine. rin?\n"
        "[17:05] <rin_s> the rewrite branch now loads completion scripts lazily per command\n"
        "[17:16] <ohanlon> vi mode\n[17:16] <jvb> three bugs, cursor shape not restored\n"
    )
    events = (
        "# Community team\n\nAttendees: Ana Souza, Karol Nowak\n\n## Meetups\n\n"
        "- The meetups in Nairobi and Seoul went well this month; the one in Nairobi had sixty "
        "people in the room.\n- Karol went to see the venue in Lisbon last week; catering in "
        "Lisbon is cheaper than we thought.\n\n## Upgrades\n\n- Ana: the Osaka upgrade is set "
        "for the first block of the month; the Osaka devnets are stable now.\n"
    )
    found = _topics(tmp_path, {"2023-11-08.txt": irc, "2023-05-30.md": events})
    topics = {t.lower() for t in found}
    assert {"completion engine", "vi mode", "osaka"} <= topics
    assert not {"nairobi", "seoul", "lisbon"} & topics


def test_topics_tool_names_of_joined_words(tmp_path: Path) -> None:
    text = (
        "# Registry sync\n\nAttendees: Priya Raman, Moritz Krause\n\n## Resolver\n\n"
        "- Priya suggests running quarry-sweep over the top 5k packages to compare resolutions.\n"
        "- Moritz: the index-sync job and quarry-sweep both need the new mirror.\n"
        "- Priya: index-sync lags by an hour; a follow-up is needed, the well-known path and "
        "the multi-threaded fetcher are a follow-up too, as is the sanity-check.\n"
        "- Moritz: node-level quotas later; the sanity-check runs nightly.\n"
    )
    topics = _topics(tmp_path, {"2024-03-12.md": text})
    assert {"quarry-sweep", "index-sync"} <= topics
    assert not {"follow-up", "well-known", "multi-threaded", "sanity-check", "node-level"} & topics


def test_topics_a_headings_reference_then_the_title_it_is_about(tmp_path: Path) -> None:
    text = (
        "# Core team sync\n\nAttendees: Ana Lima, Bo Chen\n\n## 2. RFC 0047: Server Actions\n\n"
        "Ana presented the design; Bo reviewed it.\n\n"
        "## RFC #972 — Remove implicit `this` fallback\n\nBo wrote the codemod.\n\n"
        '## "Stabilize let else" rust#93628\n\nAna checked the tests.\n'
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-09-19.md": text})}
    assert "server actions" in topics
    assert not any("stabilize" in t for t in topics)


def test_a_phrase_said_once_after_the_work_done_on_it(tmp_path: Path) -> None:
    text = (
        "# Edge runtime sync\n\nAttendees: Priya Raman, Tomasz Wrona\n\n"
        "- Priya: still working on isolate snapshotting, numbers next week\n"
        "- Tomasz landed the cron trigger rewrite; the good news is fewer timeouts\n"
        "- Priya is working on the new plan for next week\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-05-07.md": text})}
    assert "isolate snapshotting" in topics
    assert not {t for t in topics if "plan" in t or "news" in t}


def test_the_first_heading_under_a_line_naming_the_meeting_is_a_subject(tmp_path: Path) -> None:
    text = (
        "kestrel edge runtime -- weekly, 2024-05-07 (no roll call, notes: ines)\n\n"
        "== cold start latency ==\n"
        " - ines: p50 cold start up to 41ms since the snapshot change landed\n"
        " - -> ines to get numbers w/o the intl data\n\n"
        "== rate limiter ==\n"
        " - Sizwe: the rate limiter drops bursts, moving CRDs into templates behind a flag\n"
        " - Sizwe: the templates behind the flag land mid feb\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-05-07.txt": text})}
    assert {"cold start latency", "rate limiter"} <= topics
    assert not {t for t in topics if "behind" in t or "feb" in t}


def test_a_note_opening_with_what_went_wrong_with_its_subject(tmp_path: Path) -> None:
    text = (
        "# tansy sync\n\nattendees: @mreuter, ishk\n\n"
        "- ci cache grew to 9gb, ishk trimmed the target dir caching\n"
        "- vt parser fuzzing found one oob read in DCS handling, fixed\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-03-12.md": text})}
    assert {"ci cache", "vt parser fuzzing"} <= topics


def test_a_login_of_a_given_name_and_an_initial_is_no_topic(tmp_path: Path) -> None:
    text = (
        "# Broker sync\n\n* @jokkonen (Jari Okkonen)\n* @kwesi-a\n\n## Tiered storage\n\n"
        "* Azure Blob backend PR from community ([acme/tiered#88](https://github.com/acme/"
        "tiered/pull/88) by jari-o's colleague @n-ivanova) needs review\n"
        "* kwesi-a ran the risc-v builders; risc-v images boot again\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-04-16.md": text})}
    assert "jari-o" not in topics and "risc-v" in topics


def test_a_phrase_said_twice_with_a_word_english_seldom_uses(tmp_path: Path) -> None:
    text = (
        "# Halyard contributors' sync\n\nPresent: Mei-Lin Zhou, Samuel Osei\n\n## Discussion\n\n"
        "Mei-Lin presented the updated tiered storage proposal. The first version offloaded "
        "closed segments only. Samuel asked whether tiered storage should support Azure from day "
        "one. Samuel has been working on consumer rebalancing; the cooperative rebalancing patch "
        "is up for review.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2024-01-30.md": text})}
    assert "tiered storage" in topics
    assert not {"first version", "day one"} & topics


def test_a_name_of_capitalised_words_said_inside_sentences(tmp_path: Path) -> None:
    text = (
        "# Infra weekly\n\nAttendees: Ana Lopez, Bram Visser\n\n## Notes\n\n"
        "* Ana: requested latest logs for the Plugin Health Scoring application.\n"
        "* Bram is looking at the Electron Forge templates and the Views API draft.\n"
        "* Bram: the Views API needs one more review; Electron Forge is fine.\n"
        "* Ana will move the Plugin Health Scoring database next week.\n"
        "* Notes are in the Google Doc; Ana Lopez updated the Google Doc after the call.\n"
    )
    topics = _topics(tmp_path, {"2024-01-01.md": text})
    assert {"Plugin Health Scoring", "Electron Forge", "Views API"} <= topics
    assert not {"Plugin", "Google Doc", "Ana Lopez"} & topics


def test_a_components_hyphenated_name_said_once(tmp_path: Path) -> None:
    text = (
        "# Larch weekly\n\nAttendees: Tanvir Hossain, Oisin Byrne\n\n## RBAC\n\n"
        "- Tanvir: the policy change breaks the tempest plugin until the larch-tempest-plugin "
        "change lands.\n- Oisin moved the ipfsd-ctl backend over; this is a follow-up "
        "of the non-blocking work.\n"
    )
    topics = {t.lower() for t in _topics(tmp_path, {"2023-09-14.md": text})}
    assert {"larch-tempest-plugin", "ipfsd-ctl"} <= topics
    assert not {"follow-up", "non-blocking"} & topics


def test_errors_as_a_log_prints_them_are_no_topics(tmp_path: Path) -> None:
    text = (
        "# Anvil sync\n\nAttendees: Veda Rao, Mira Chen\n\n## Sandbox\n\n"
        "- Veda: the sandbox fails with EPERM on macOS; EPERM again after the fix.\n"
        "- Mira: the worker dies with SIGSEGV, SIGSEGV every run, and link.exe says LNK1104.\n"
        "- Mira: LNK1104 again on the second runner; the zstd cache helps.\n"
    )
    topics = _topics(tmp_path, {"2024-08-14.md": text})
    assert not {"EPERM", "SIGSEGV", "LNK1104"} & topics
