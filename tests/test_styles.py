"""Minutes in styles kg did not grow up on: chat exports, IRC scribe logs, plain-text minutes,
Google Docs agendas, abbreviation tables. One small document per shape; the held-out set of such
documents is tests/unseen (scored by tests/test_devset.py)."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

import kg
from kg.parse import _boxed_titles, parse
from kg.types import RawMinutes


def _graph(tmp_path: Path, name: str, text: str) -> nx.Graph:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build([tmp_path], cache=False).graph


def _labels(graph: nx.Graph, kind: str) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == kind}


def _linked(graph: nx.Graph, person: str, kind: str) -> set[str]:
    pid = next(
        n for n, d in graph.nodes(data=True) if d["kind"] == "person" and d["label"] == person
    )
    return {graph.nodes[o]["label"] for o in graph[pid] if graph.nodes[o]["kind"] == kind}


def _owners(graph: nx.Graph, word: str) -> set[str]:
    """The people owning the action whose text holds ``word``."""
    out: set[str] = set()
    for n, d in graph.nodes(data=True):
        if d["kind"] == "action" and word in d["label"]:
            out |= {
                graph.nodes[o]["label"]
                for o in graph[n]
                if graph.nodes[o]["kind"] == "person" and graph[n][o]["relation"] == "owns"
            }
    return out


def test_google_docs_agenda_with_presenters_in_brackets(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-14.md",
        "## May 14, 2024\n\n**Attendees:**\n* Lukas Brenner (Google)\n* Ngozi Eze (Red Hat)\n\n"
        "**Agenda:**\n\n* [Ngozi Eze] Ephemeral volume quotas - 15min\n"
        "    * KEP: https://github.com/kubernetes/enhancements/issues/4812\n"
        "    * Proposal uses filesystem project quotas when the node supports it\n"
        "* [Lukas] Announcements - 5min\n    * The calendar moved.\n",
    )
    people = _labels(graph, "person")
    # the agenda's lines are not attendees, and "KEP:" over a link is no one's turn
    assert people == {"Lukas Brenner", "Ngozi Eze"}
    assert "Ephemeral volume quotas" in _linked(graph, "Ngozi Eze", "topic")


def test_chat_export_speakers_with_times(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-03.md",
        "# weekly sync\n\n**Taavi Tamm** (12:02): hello from a rainy Tallinn\n"
        "**Lina Moreau** (12:03): hi! I prototyped MiniJinja behind a cargo feature\n"
        "**Taavi Tamm** (12:06): +1 to punt it\n**Lina Moreau** (12:10): MiniJinja works\n",
    )
    assert {"Taavi Tamm", "Lina Moreau"} <= _labels(graph, "person")
    assert not {"Taavi", "Tamm"} & _labels(graph, "topic")


def test_names_no_gazetteer_knows_in_a_list_of_names(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-07.md",
        "# Larkspur call\n\nAlso on the call were Martin Kowalski, Olivier Brandt, Kenta Morimoto "
        "and Priscila Nogueira.\n\nKenta noted that the benchmark script is broken.\n",
    )
    people = _labels(graph, "person")
    assert "Kenta Morimoto" in people
    assert "Kenta" not in _labels(graph, "topic")


def test_abbreviation_table_makes_initials_turns_that_person(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-04-09.md",
        "# TC39\n\n**Attendees:**\n\n| Name | Abbreviation | Organization |\n|---|---|---|\n"
        "| Valentina Russo | VRO | Bloomberg |\n| Kwame Mensah | KMH | Igalia |\n\n"
        "## Iterator chunking\n\nVRO: I propose Iterator chunking for stage 2.\n\nKMH: +1\n",
    )
    assert _labels(graph, "person") == {"Valentina Russo", "Kwame Mensah"}
    pid = next(n for n, d in graph.nodes(data=True) if d.get("label") == "Valentina Russo")
    assert graph.nodes[pid]["organization"] == "Bloomberg"


def test_irc_scribe_log_nicks_and_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-03-14.md",
        "# Haptics WG\n\nPresent: Kenji Ito, Fernando Ribeiro\n\n<kito> present+ Kenji_Ito\n"
        "<fribeiro> present+ Fernando_Ribeiro\n\nTopic: Intensity clamping\n\n"
        "<kito> the hardware clamps anyway\n<fribeiro> I prefer clamping\n\n"
        "ACTION: kito to add a privacy considerations section\n",
    )
    assert _labels(graph, "person") == {"Kenji Ito", "Fernando Ribeiro"}
    assert _owners(graph, "privacy considerations") == {"Kenji Ito"}


def test_plain_text_minutes_indented_lists_and_checkboxes(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-11.md",
        "Corvid PMC Meeting Minutes\n==========================\n\nMembers present:\n"
        "    Henrik Aasen (PMC Chair)\n    Chioma Nwosu\n\nAbsent with notice:\n"
        "    Greta Vogel (PMC)\n\n8. Action items\n\n"
        "   [ ] Henrik: submit board report by 2024-06-12\n"
        "   [ ] Chioma: get review on the shading PR\n   [ ] Name:\n",
    )
    assert {"Henrik Aasen", "Chioma Nwosu", "Greta Vogel"} <= _labels(graph, "person")
    assert _owners(graph, "board report") == {"Henrik Aasen"}
    assert _owners(graph, "shading") == {"Chioma Nwosu"}
    assert not [d for _, d in graph.nodes(data=True) if d["label"].strip() == "[ ] Name:"]


def test_references_of_other_trackers(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-24.md",
        "# Minutes\n\n- CORVID-2188 and INFRA-25512 are resolved; SHA-256, UTF-8 and COVID-19 are "
        "not tickets.\n- draft-ietf-cargo-architecture-04 was revised, see also "
        "draft-ietf-cargo-architecture-05.\n- LP#2063980 is fixed by "
        "https://review.opendev.org/c/openstack/lattice/+/912345 as well.\n",
    )
    refs = _labels(graph, "reference")
    assert {"CORVID-2188", "INFRA-25512", "draft-ietf-cargo-architecture", "Bug 2063980"} <= refs
    assert "openstack/lattice/+/912345" in refs
    assert not {r for r in refs if r.startswith(("SHA", "UTF", "COVID"))}


def test_write_up_names_people_with_their_organizations(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-18.md",
        "# Tiering session\n\nThe topic was proposed by Halvard Brekke (SUSE), who maintains it. "
        "Tamsin Achterberg (Meta) eventually said that Meta runs with it.\n\n"
        "Brekke said he would write the documentation.\n",
    )
    people = _labels(graph, "person")
    assert {"Halvard Brekke", "Tamsin Achterberg"} <= people
    assert not {"Meta", "SUSE", "Brekke"} & people


def test_action_table_and_front_matter_roster(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "retro.md",
        '---\ntitle: "Sprint 9 retro"\nfacilitator: "Dewi Lestari (@dewil)"\nattendees:\n'
        '  - "Dewi Lestari (Kestrel Collective, @dewil)"\n  - "Kaito Fujimoto (freelance, @kfuji)"\n'
        '  - "Ilya Sokolov (independent, @ilya-s)"\n---\n\n# Sprint 9 retro\n\n'
        "Kaito and Ilya reported the upload flakiness.\n\n## Action items\n\n"
        "| # | Action | Owner(s) | Due |\n|---|---|---|---|\n"
        "| A1 | Move the signing passphrase into the vault | Kaito, Dewi | Oct 31 |\n"
        "| A2 | Persist upload URLs so uploads resume | Ilya | Sprint 10 |\n",
    )
    # the front matter lists the people in full; "freelance" and "independent" employ no one
    assert _labels(graph, "person") == {"Dewi Lestari", "Kaito Fujimoto", "Ilya Sokolov"}
    assert _labels(graph, "organization") == {"Kestrel Collective"}
    # one action per row, owned by the row's owners; the due dates are no actions
    assert _owners(graph, "passphrase") == {"Kaito Fujimoto", "Dewi Lestari"}
    assert _owners(graph, "resume") == {"Ilya Sokolov"}
    assert not any("Oct 31" in a for a in _labels(graph, "action"))


def test_action_labels_over_lines_and_lists(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "sync.md",
        "# Renderer sync\n\n## Attendees\n\n- Agnieszka Lis\n- Takeshi Mori\n- Jakob Brandl\n"
        "- Mehmet Yildiz\n\n## Notes\n\nTakeshi showed the aliasing numbers.\n\n"
        "**action items**\n• @Agnieszka - add the fallback path, get #1840 merged\n"
        "• @Takeshi - review #1851 and land aliasing\n  behind the flag\n\n"
        "**Jakob Brandl:** action items, please correct me:\n\n"
        "- Mehmet: gate periodic sync behind the config option\n- Jakob: update the wait queue walk\n\n"
        "**Agnieszka Lis:** thanks all, see you in two weeks\n",
    )
    assert _owners(graph, "fallback") == {"Agnieszka Lis"}
    assert _owners(graph, "aliasing") == {"Takeshi Mori"}
    # the entries of a list after "action items:" are actions of the name that opens them
    assert _owners(graph, "periodic") == {"Mehmet Yildiz"}
    assert _owners(graph, "wait queue") == {"Jakob Brandl"}
    # and the list's end ends them
    assert not any("see you" in a for a in _labels(graph, "action"))


def test_agenda_table_with_presenters(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-18.md",
        "# 2024-06-18 Connector Guild sync\n\n## Participants\n\n- @Solveig Aune (facilitator)\n"
        "- @Ana Paula Rocha (notes)\n- Unknown User (tkeller) (joined for item 2 only)\n\n"
        "## Discussion items\n\n| Time | Item | Who | Notes |\n|---|---|---|---|\n"
        "| 20 min | Schema registry integration | @Ana Paula Rocha | Avro works, Protobuf is half "
        "done. |\n| 10 min | Connector SDK v2 scope | @Solveig Aune | Typed configuration. |\n"
        "| | | Unknown User (tkeller) | Wrote SDK v1; asked for a shim. |\n",
    )
    # "@Ana Paula Rocha" mentions a name of three words; a lost account is its login
    assert _labels(graph, "person") == {"Solveig Aune", "Ana Paula Rocha", "tkeller"}
    assert _labels(graph, "organization") == set()
    assert "Schema registry integration" in _linked(graph, "Ana Paula Rocha", "topic")
    assert "Connector SDK v2 scope" in _linked(graph, "tkeller", "topic")


def test_plain_text_board_minutes(tmp_path: Path) -> None:
    rule = "-" * 60
    graph = _graph(
        tmp_path,
        "board-2024-09-03.md",
        "KESTREL FOUNDATION\nBOARD OF DIRECTORS -- REGULAR MEETING\n\n"
        "DIRECTORS PRESENT\n  Farah Siddiqui (Chair)\n  Bogdan Ilic (Treasurer)\n  Mariana Lopes\n\n"
        "DIRECTORS ABSENT\n  Rangi Parata (excused)\n\n"
        "STAFF PRESENT\n  Priti Deshmukh, Community Manager\n\n"
        f"{rule}\n1. TREASURER'S REPORT\n{rule}\n"
        "B. Ilic presented the Q2 financials. M. Lopes asked about the CI runners.\n\n"
        f"{rule}\n2. ACTION ITEMS\n{rule}\n"
        "  A-1  B. Ilic        Circulate the draft budget, security audit as a\n"
        "                      separate line, before the October meeting.\n"
        "  A-2  M. Lopes       Publish the Release Integrity Policy.\n",
    )
    # the roster under its capitals, without job titles; "B. Ilic" is Bogdan Ilic
    assert _labels(graph, "person") == {
        "Farah Siddiqui",
        "Bogdan Ilic",
        "Mariana Lopes",
        "Rangi Parata",
        "Priti Deshmukh",
    }
    assert _owners(graph, "draft budget") == {"Bogdan Ilic"}
    assert _owners(graph, "Integrity") == {"Mariana Lopes"}
    # a numbered line over a rule is a heading, not the first of a list
    text = (tmp_path / "board-2024-09-03.md").read_text(encoding="utf-8")
    sections = [x.title for x in parse(RawMinutes("x.md", text, "")).sections]
    assert sections == ["1. TREASURER'S REPORT", "2. ACTION ITEMS"]


def test_email_minutes_with_a_roster_of_addresses(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "sync.md",
        "Hi all, minutes below.\n\nAttendees: arash@, m.oyelowo@, jsvoboda@,\n"
        "           rtakahashi@ (all @saffron-proxy.org)\nRegrets:   kbose@ (travelling)\n\n"
        "1. Connection coalescing\n------------------------\n"
        "jsvoboda landed the coalescing patch; rtakahashi reviewed it.\n\n"
        "From: Ryo Takahashi <rtakahashi@saffron-proxy.org>\n\n> jsvoboda landed it\n\n"
        "Ryo: the drain timeout is next.\n",
    )
    people = _labels(graph, "person")
    # a reply's sender names the login in full
    assert {"arash", "m.oyelowo", "jsvoboda", "Ryo Takahashi", "kbose"} <= people
    assert not {"travelling", "saffron-proxy", "rtakahashi", "Ryo"} & people


def test_chat_export_bots_are_not_people(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-10.md",
        "# #rendering sync\n\n| Display name | Matrix ID | Notes |\n|---|---|---|\n"
        "| Aga Lis | @aga:example.org | |\n| Talbot Jones | @talbot:example.org | |\n| Tamarind CI | @ci:example.org | bot |\n\n"
        "[3:01 PM] ci-bot (APP): Build #8812 failed on main\n\n"
        "[3:02 PM] aga: looking at the Vulkan validation failure now\n\n"
        "[3:03 PM] GitLab: Merge request !318 updated by aga\n\n"
        "[3:04 PM] Talbot Jones: thanks\n",
    )
    people = _labels(graph, "person")
    assert "Talbot Jones" in people and "Aga Lis" in people
    assert not {"ci-bot", "ci-bot (APP)", "GitLab", "Tamarind CI"} & people
    assert "!318" in _labels(graph, "reference") and "#8812" not in _labels(graph, "reference")


def test_chat_lines_with_clocks_and_thread_replies(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-10.md",
        "Members in conversation: kojo (Kojo Asamoah), aga (Agnieszka Lis), tmori (Takeshi Mori)\n\n"
        "[3:00 PM] kojo: weekly render sync thread, 0.12 branch cut is in 8 days\n"
        "[3:02 PM] aga: the bindless descriptor indexing PR needs a feature check\n"
        "    \u21b3 [3:08 PM] tmori: I can review the render graph barriers tomorrow\n"
        "[3:49 PM] Polly (APP): Poll by kojo: move the sync? Yes (4)\n\n"
        "15:03 - Takeshi Mori: transient aliasing lands behind a flag\n",
    )
    assert _labels(graph, "person") == {"Kojo Asamoah", "Agnieszka Lis", "Takeshi Mori"}
    # each chat line is its writer's turn, a thread's reply too; a bot's line is nobody's
    text = (tmp_path / "2024-10-10.md").read_text(encoding="utf-8")
    turns = [b.speakers for b in parse(RawMinutes("x.md", text, "")).blocks]
    assert turns == [("kojo",), ("aga",), ("tmori",), (), ("Takeshi Mori",)]


def test_mediawiki_page(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-19.md",
        "{{Meeting header|team=Release Team|date=2024-11-19}}\n__TOC__\n\n"
        "= Release Team meeting, 2024-11-19 =\n\n== Attendees ==\n"
        "* [[User:Kasia.W|Katarzyna Wlodarczyk]] (chair)\n* [[User:Tembo|Baraka Tembo]] (scribe)\n\n"
        "== Mirrors ==\n'''Owner:''' Tembo\n\n* Mirror push is still via rsync; see {{bug|20433}}.\n\n"
        "{{Action|Tembo|contact the Reykjavik mirror admins about staleness}}\n"
        "{{Action|Katarzyna|decide on the freeze extension}}\n\n"
        '== Summary ==\n{| class="wikitable"\n! Who !! What !! Due\n|-\n'
        "| Tembo || mirror push v2 || 2024-11-26\n|}\n\n[[Category:Release Team meetings]]\n",
    )
    assert _labels(graph, "person") == {"Katarzyna Wlodarczyk", "Baraka Tembo"}
    assert "Mirrors" in _labels(graph, "topic")
    assert "Bug 20433" in _labels(graph, "reference")
    # "Tembo" alone is the Baraka Tembo of the attendee list
    assert _owners(graph, "Reykjavik") == {"Baraka Tembo"}
    assert _owners(graph, "freeze") == {"Katarzyna Wlodarczyk"}


def test_asciidoc_document(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-02.md",
        "= Oakum core team sync, 2024-10-02\n:tracker: https://issues.example.org/browse\n"
        "toc::[]\n\n== Attendees\n\n* Oskar Lindqvist\n* Nomvula Khumalo\n\n== Remote build cache\n\n"
        "Presented by Oskar.\n\n* Oskar added an LRU eviction, link:{tracker}/OAK-512[OAK-512].\n\n"
        '[source,kotlin]\n----\ncacheKey("kotlin-dsl-accessors", kotlinVersion)\n----\n\n'
        "== Action items\n\n|===\n|Owner |Action |Due\n\n|Oskar\n|Run the cache node load tests\n"
        "|2024-10-11\n\n|Nomvula\n|Review the eviction pull request\n|2024-10-09\n|===\n",
    )
    assert _labels(graph, "person") == {"Oskar Lindqvist", "Nomvula Khumalo"}
    assert "Remote build cache" in _labels(graph, "topic")
    assert "OAK-512" in _labels(graph, "reference")
    assert not {"kotlinVersion", "cacheKey"} & _labels(graph, "topic")  # code, not subjects
    assert _owners(graph, "load tests") == {"Oskar Lindqvist"}
    assert _owners(graph, "eviction") == {"Nomvula Khumalo"}


def test_standup_log_with_a_heading_per_person(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "day3.md",
        "HACK WEEK :: daily stand-up log\n===============================\n\n"
        "Ngozi Eze (@ngozi-e)\n--------------------\n"
        "Yesterday:  the EPUB unpacker follows ../ paths in the zip, now fixed in !219.\n"
        "Today:      synthetic spreads for fixed layout.\n\n"
        "Sora Ishikawa (@sora-i)\n-----------------------\n"
        "Yesterday:  vertical text in the EPUB renderer, ruby annotations next.\n\n"
        "TRIAGE\n------\n\n1. #412 HEIC thumbnails are black\n"
        "   -> assigned to Ngozi, P1, 1.9.2. Bump libheif in the image.\n",
    )
    # each person's heading is theirs: no topic, and what follows is their turn
    assert _labels(graph, "person") == {"Ngozi Eze", "Sora Ishikawa"}
    assert not {"Ngozi Eze", "Sora Ishikawa", "P1"} & _labels(graph, "topic")
    assert "!219" in _labels(graph, "reference")
    assert "EPUB" in _linked(graph, "Sora Ishikawa", "topic")
    # "assigned to" names who does it
    assert _owners(graph, "assigned") == {"Ngozi Eze"}


def test_forum_posts_and_a_video_call_roster(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-27.md",
        "# Integrations WG, 2024-08-27\n\n"
        "Participants (4): Adaeze Nwosu (Host), Hyun-woo Park, Tomás's iPhone, Fireflies.ai Notetaker\n\n"
        "### Post #1 · **gabo** (Gabriel Oyarzun) · Aug 28\n\n"
        "The zigpy radio firmware update for the coordinator works; zigpy 0.9 next.\n\n"
        "### Post #2 · **corvina-bot** · Aug 29\n\nThis topic will close in 7 days.\n",
    )
    assert _labels(graph, "person") == {"Adaeze Nwosu", "Hyun-woo Park", "Tomás", "Gabriel Oyarzun"}
    # a post's byline names its writer; its number is no issue
    assert "zigpy" in _linked(graph, "Gabriel Oyarzun", "topic")
    assert "corvina-bot" not in _labels(graph, "topic")
    assert not _labels(graph, "reference")


def test_lwn_style_write_up(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "tiering.md",
        "# Memory tiering at the Maintainers Summit\n\n"
        "The memory-cgroup maintainers have been unenthusiastic, and Sven Kowalczyk (Red\n"
        "Hat), speaking for that group, explained why. Kowalczyk will review the v8 posting.\n\n"
        "## Comments\n\nPosted Sep 24, 2024 19:02 UTC (Tue) by mbrandvold (subscriber #142211)\n",
    )
    # the company in parentheses after a name is no person; a subscriber's number no issue
    assert "Red Hat" not in _labels(graph, "person")
    assert not _labels(graph, "reference")


def test_irc_log_in_a_fence_with_a_roll_call(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-20.md",
        "# #wrenfield-meeting log, 2024-06-20\n\n```\n"
        "[16:57] * tamsin has joined #wrenfield-meeting\n"
        "[17:00] <tamsin> !startmeeting wrenfield weekly\n"
        "[17:00] <jide> o/ Babajide Ojo\n[17:01] <gzr> gzr = Gu Zhuoran, hi\n"
        "[17:02] <tamsin> and I'm Tamsin Pryce, chairing\n"
        "[17:05] <jide> the socket activation fix is !512, we asked for CVE-2024-38811\n"
        "[17:06] <gitbot> [wrenfield] jide pushed 2 commits\n"
        "17:07 therebelrobot: a bare clock before a turn, and a login that is a person\n```\n",
    )
    people = _labels(graph, "person")
    # the log's turns are read; a nick answering the roll call with a name is that name
    assert {"Babajide Ojo", "Gu Zhuoran", "therebelrobot"} <= people
    assert not {"gitbot", "jide", "gzr"} & people
    assert {"!512", "CVE-2024-38811"} <= _labels(graph, "reference")


def test_attendee_entries_of_a_name_and_a_company(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-17.md",
        "# Dataplane WG\n\n## Attendees\n\n* Arnav Bhatt, independent\n"
        "* Valeria Restrepo, Ferrovia Networks\n* Simon PJ, Trevis Elser\n",
    )
    assert _labels(graph, "person") == {
        "Arnav Bhatt",
        "Valeria Restrepo",
        "Simon PJ",
        "Trevis Elser",
    }
    assert _labels(graph, "organization") == {"Ferrovia Networks"}


def test_word_document_with_grid_tables_and_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-22.md",
        "**Minutes of the steering committee**\n\n**Attendance**\n\n"
        "+---------------------------+-------------------+\n"
        "| Name                      | Organisation      |\n"
        "+===========================+===================+\n"
        "| Dr Amaka Obi (AO)         | Lagos Maps        |\n"
        "+---------------------------+-------------------+\n"
        "| Jean-Luc Moreau (JLM)     | Geodesie Lyon     |\n"
        "+---------------------------+-------------------+\n\n"
        "**Item 3: Tile encoder**\n\nJLM presented the tile encoder; AO asked about clipping.\n\n"
        "**Summary of actions**\n\n"
        "+------+----------------------------------+--------+\n"
        "| No.  | Action                           | Owner  |\n"
        "+======+==================================+========+\n"
        "| A1   | Publish the benchmark report for | JLM    |\n"
        "|      | the tile encoder                 |        |\n"
        "+------+----------------------------------+--------+\n",
    )
    people = _labels(graph, "person")
    # the grid table's rows are the attendees, without their title; their initials are theirs
    assert people == {"Amaka Obi", "Jean-Luc Moreau"}
    assert not {"AO", "JLM"} & _labels(graph, "topic")
    # a cell's two lines are one action, owned by the person of the initials
    assert _owners(graph, "benchmark report for the tile encoder") == {"Jean-Luc Moreau"}


def test_plain_text_minutes_with_a_legend_of_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-05.txt",
        "Subject: Minutes of the core team meeting\n\n"
        "Present:  Jarmo Laine, Ruta Abele,\n          Kwame Osei (minutes)\n"
        "Also:     Wanza Kariuki (guest, for item 2)\n\n"
        "INITIALS USED BELOW\n\n"
        "  JL  Jarmo Laine     release engineering\n"
        "  RA  Ruta Abele      security officer\n"
        "  KO  Kwame Osei      build farm\n"
        "  WK  Wanza Kariuki   riscv64 port\n\n"
        "1. BUILD FARM\n\n"
        "(KO) reported that two arm64 builders arrived. (JL) asked about sparc64.\n\n"
        "ACTION: KO to set up sparc64 cross-builds.\n\n"
        "2. SECURITY\n\n"
        "(RA) reported that advisory NS-SA-2024:07 went out; PR kern/58213 is still open.\n\n"
        "ACTION: RA to publish the errata notice.\n",
    )
    people = _labels(graph, "person")
    assert people == {"Jarmo Laine", "Ruta Abele", "Kwame Osei", "Wanza Kariuki"}
    topics = _labels(graph, "topic")
    assert not {"JL", "RA", "KO", "WK"} & topics  # initials are people, not subjects
    # a line in capitals between blank lines is a heading, and the legend line says who does it
    assert "build farm" in {t.lower() for t in _linked(graph, "Kwame Osei", "topic")}
    assert _owners(graph, "sparc64 cross-builds") == {"Kwame Osei"}
    assert _owners(graph, "errata notice") == {"Ruta Abele"}
    assert {"NS-SA-2024:07", "PR kern/58213"} <= _labels(graph, "reference")
    # the legend's lines are one person each: Ruta is not linked to Kwame's build farm
    assert "build farm" not in {t.lower() for t in _linked(graph, "Ruta Abele", "topic")}


def test_webvtt_transcript_and_a_recap_of_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-03.txt",
        "Community call, 3 October 2024\n\nWEBVTT\n\n"
        "1\n00:00:05.210 --> 00:00:19.880\n"
        "<v Nnenna Okafor>Welcome. Lars, do you want to go first?</v>\n\n"
        "2\n00:00:20.040 --> 00:00:41.300\n"
        "<v Lars Eriksen>The R5 migration serves R4 and R5 side by side now.</v>\n\n"
        "3\n00:00:42.500 --> 00:01:18.940\n"
        "<v Dipak Verma>Bulk export reads straight from the tables.</v>\n\n"
        "4\n00:01:19.620 --> 00:02:04.180\n"
        "<v Nnenna Okafor>So to recap the actions. Lars, finish the changed search parameters. "
        "Dipak, gzip for the NDJSON output. And I'll ask the board about licensing.</v>\n",
    )
    assert _labels(graph, "person") == {"Nnenna Okafor", "Lars Eriksen", "Dipak Verma"}
    # "Lars, ..." after a recap of the actions is his action; a question to him is not
    assert _owners(graph, "search parameters") == {"Lars Eriksen"}
    assert _owners(graph, "gzip") == {"Dipak Verma"}
    assert _owners(graph, "licensing") == {"Nnenna Okafor"}
    assert not _owners(graph, "go first")


def test_transcript_with_a_speaker_and_time_over_each_turn(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-14.txt",
        "Maintainers sync\nWed, Aug 14, 2024 4:01PM\n\n"
        "Annika Berg  0:03\nThe agenda: compaction, tiering, downsampling, and Haruki has the plugin.\n\n"
        "Mateus Rocha  1:41\nPR 2299 changes vertical compaction to a streaming merge.\n\n"
        "Annika Berg  2:20\nGreat. Haruki, the plugin?\n\n"
        "Haruki Sato  2:31\nThe Grafana plugin is ready; I filed the Grafana signing form.\n",
    )
    # each head is its turn's speaker; "tiering, downsampling, and Haruki" names one person
    assert _labels(graph, "person") == {"Annika Berg", "Mateus Rocha", "Haruki Sato"}
    assert "Grafana" in _linked(graph, "Haruki Sato", "topic")


def test_discord_export_with_a_who_is_who(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-12.md",
        "# Dev meeting\n\n**Who's who** (display name → username → name):\n"
        "- Hana 🌸 → pixelwren → Hana Kobori (renderer)\n"
        "- Seba → duskfox → Sebastián Vidal (editor)\n\n---\n\n"
        "Hana 🌸 — 06/12/2024 4:02 PM\nrenderer: the Vulkan render graph landed in #1287\n\n"
        "Seba — 06/12/2024 4:06 PM\ntilemap editor: autotiling is in review, @pixelwren can you look\n"
        "Shift+Tab now moves focus back\n",
    )
    # one node per human: the display name, the username and the name are one person
    assert _labels(graph, "person") == {"Hana Kobori", "Sebastián Vidal"}


def test_sprint_table_of_tickets_and_their_assignees(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-30.md",
        "# Sprint 31 planning\n\n**Present:** Kenta Hayashi, Aisha Bello\n\n"
        "Board: project HZR.\n\n## Sprint 31 commitment\n\n"
        "| Key | Summary | Assignee | Story points | Status |\n|---|---|---|---|---|\n"
        "| HZR-512 | Runner autoscaler: scale-to-zero | Kenta Hayashi | 8 | To Do |\n"
        "| HZR-520 | Pipeline schema v2 | Aisha Bello | 5 | To Do |\n",
    )
    # each ticket is its assignee's work; the tracker's project key is no subject
    assert _owners(graph, "HZR-512") == {"Kenta Hayashi"}
    assert _owners(graph, "HZR-520") == {"Aisha Bello"}
    assert "HZR" not in _labels(graph, "topic")


def test_numbered_proposals_of_any_family(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-01.md",
        "# WG call\n\n- Nadia Chowdry presented AIP-7, the GeoParquet driver.\n"
        "- Proposal 17 (bundle format) was accepted.\n",
    )
    assert {"AIP 7", "Proposal 17"} <= _labels(graph, "reference")


def test_wiki_export_with_html_left_in(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-11.md",
        "<h3>Steering council 2024-07-11</h3>\n\n<h3>Attendance</h3>\n\n<table>\n"
        "<tr><th>Name</th><th>Organisation</th></tr>\n"
        "<tr><td>Rosa Achterberg</td><td>Halden Institute</td></tr>\n"
        "<tr><td>Kalani Makoa</td><td>University of Hilo</td></tr>\n</table>\n\n"
        "<h3>2. Solver</h3>\n\n"
        'Kalani reported that the solver passes on Windows now that <a href="https://github.com/'
        'acme/acme/pull/3297">PR&nbsp;#3297</a> is merged.<br>\n'
        "<ul>\n<li>Rosa: draft of the lockfile spec &mdash; <b>done</b></li>\n</ul>\n",
    )
    # the HTML table is the attendance, the link a reference, <h3> a heading
    assert _labels(graph, "person") == {"Rosa Achterberg", "Kalani Makoa"}
    assert "acme#3297" in _labels(graph, "reference")
    assert "Solver" in _linked(graph, "Kalani Makoa", "topic")


def test_mailing_list_status_signed_per_area(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-08.txt",
        "[release] Weekly release status\n\n== Desktop ==\n\n"
        "GNOME 47 landed in the proposed archive; the dock extension is not ported yet.\n"
        "    -- Takeshi Hoshida\n\n== Cloud images ==\n\n"
        "Cloud images now build with mkosi; the GCE image misses a udev rule.\n"
        "    -- Parisa Farzan\n\n== Blockers ==\n\n"
        " 1. GCE guest agent udev rule (bug 21866) [owner: Parisa Farzan]\n",
    )
    # a status paragraph signed "-- Name" is that person's, and "[owner: Name]" owns the line
    assert "GNOME 47" in _linked(graph, "Takeshi Hoshida", "topic")
    assert _owners(graph, "guest agent") == {"Parisa Farzan"}


def test_chat_log_with_display_names_and_a_roll_call(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-27.md",
        "# Storage meeting\n\n```\n"
        "[15:00] <Emre Celik> #startmeeting storage\n"
        "[15:00] <Emre Celik> roll call, full names once please\n"
        "[15:01] <Dagny R.> Dagny Rasmussen, hi\n"
        "[15:01] <nacho> Ignacio Ferran, aka nacho\n"
        "[15:02] <storage-ci> main failed (3/250 runs)\n"
        "[15:05] <Dagny R.> the WAL fix is in #2719\n"
        "[15:09] <Emre Celik> #action Dagny R. merge #2719\n```\n",
    )
    # "<Dagny R.>" is a speaker whose roll-call answer names her; a CI account is nobody
    assert _labels(graph, "person") == {"Emre Celik", "Dagny Rasmussen", "Ignacio Ferran"}
    assert _owners(graph, "merge #2719") == {"Dagny Rasmussen"}


def test_zulip_export_and_a_summary_of_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-03.md",
        "# #dev > text meeting\n\n**Ismail Hadad** (2024-05-03 14:02):\n"
        "Release branch was cut Tuesday. @**Katya Voronina** is the level fix going to make it?\n\n"
        "**Katya Voronina** (2024-05-03 14:04):\nYes, the level normalizer fix needs one review.\n\n"
        "**Ismail Hadad** (2024-05-03 14:38):\nSummary of actions:\n"
        "- @**Katya Voronina** merge the level normalizer fix after review\n",
    )
    assert _labels(graph, "person") == {"Ismail Hadad", "Katya Voronina"}
    assert _owners(graph, "level normalizer fix after review") == {"Katya Voronina"}


def test_agenda_items_as_yaml_records(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-21.md",
        "# Agent SIG\n\n**Attendees:** @rnaz, @flomb\n\n| handle | name |\n|---|---|\n"
        "| @rnaz | Rustam Nazari |\n| @flomb | Fiora Lombard |\n\n## 2. eBPF profiler\n\n"
        '```yaml\nowner: "@rnaz"\nstatus: in progress\nlinks: [#1842, #1850]\n```\n\n'
        "- symbolization for stripped binaries works.\n\n## Action items\n\n"
        '```yaml\n- owner: "@flomb"\n  do: add max_size_mib to the persistent queue (#1838)\n```\n',
    )
    # a YAML record's owner presents the item, its links are references; an action's owner owns it
    assert {"#1842", "#1850"} <= _labels(graph, "reference")
    assert "eBPF profiler" in _linked(graph, "Rustam Nazari", "topic")
    assert _owners(graph, "max_size_mib") == {"Fiora Lombard"}


def test_slides_with_a_presenter_each_and_numbered_items(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-24.md",
        "# Community call\n\n**Host:** Lucy Hargrave\n\n## Slide 4 — Flint renderer\n\n"
        "> Presenter: Amadou Bah\n\n- Flint draws with Vulkan on Android.\n\n"
        "## Objectives\n\n- O1 runners are reliable (owner: Lucy Hargrave)\n- O2 supply chain\n"
        "- O3 faster pipelines, see marrowfield-ci#64 and Issue 1179\n",
    )
    topics = _labels(graph, "topic")
    # "Slide 4 —" numbers the deck; "> Presenter:" says whose slide it is
    assert "Flint renderer" in _linked(graph, "Amadou Bah", "topic")
    assert not {t for t in topics if t.startswith(("Slide", "O1", "O2", "O3"))}
    assert {"marrowfield-ci#64", "#1179"} <= _labels(graph, "reference")


def test_scribe_page_with_short_names_and_action_lines(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-26.md",
        "# Event Schema WG\n\nPresent: Rasmus Thygesen, Pramod Karnik, Étienne Carrier\n\n"
        "Scribe: PramodK\n\n### Topic: schema URL versioning\n\n"
        "RasmusT: welcome, OEP-19 first.\n\nPramodK: OEP-19 makes the version a separate field.\n\n"
        "EtienneC: the .NET SDK reads it already.\n\n"
        "ACTION: PramodK to split the classification table into its own PR.\n",
    )
    # "RasmusT", "EtienneC": the given name and the surname's initial of someone present
    assert _labels(graph, "person") == {"Rasmus Thygesen", "Pramod Karnik", "Étienne Carrier"}
    assert not {"PramodK", "RasmusT", "EtienneC"} & _labels(graph, "topic")
    assert _owners(graph, "classification table") == {"Pramod Karnik"}


def test_async_standup_with_a_heading_per_person_and_time(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-22.md",
        "# Daily async stand-up\n\n#### Fenna Brathwaite (@fenbraith) — 09:02\n\n**Yesterday**\n"
        "- Merged the autoscaler cooldown fix (#1873)\n\n**Today**\n- Predictive scale-up for the "
        "autoscaler\n\n**Blockers**\n- None\n\n#### Cyrus Bahri (@cyrusb) — 09:14\n\n**Yesterday**\n"
        "- Firecracker snapshot restore is down to 410 ms\n",
    )
    assert _labels(graph, "person") == {"Fenna Brathwaite", "Cyrus Bahri"}
    # "**Yesterday**" under a person's heading is still that person's report
    assert "autoscaler" in _linked(graph, "Fenna Brathwaite", "topic")
    assert "Blockers" not in _labels(graph, "topic")


def test_plain_text_roll_call_table(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-29.txt",
        "GOVERNING COUNCIL: MINUTES\n\n1. CALL TO ORDER AND ROLL CALL\n\n"
        "  Name                 Role              Present\n"
        "  -------------------  ----------------  ----------------\n"
        "  Araceli Ibarra       Chair             yes\n"
        "  Pui Yee Wong         Council member    yes (from 16:20)\n"
        "  Toshiro Enomoto      Council member    no (apologies)\n\n"
        "2. FINANCE\n\nThe treasurer's report was accepted.\n",
    )
    people = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    # a table of names under a rule of dashes, its "Present" column saying who was there
    assert set(people) == {"Araceli Ibarra", "Pui Yee Wong", "Toshiro Enomoto"}
    assert people["Pui Yee Wong"]["attended"] and not people["Toshiro Enomoto"]["attended"]


def test_release_checklist_of_areas_and_their_owners(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-14.md",
        "# 3.0 go/no-go\n\n**Present:** Oguz Karan, Ama Boakye\n\n## Checklist\n\n"
        "| Area | Owner | Status | Notes |\n|---|---|---|---|\n"
        "| IMAP backend | Oguz Karan | ✅ | resync regression fixed |\n"
        "| Accessibility | Ama Boakye | ⚠️ | thread view announces quotes as groups |\n",
    )
    # each row's area is its owner's subject
    assert "IMAP backend" in _linked(graph, "Oguz Karan", "topic")
    assert "Accessibility" in _linked(graph, "Ama Boakye", "topic")
    assert "IMAP backend" not in _linked(graph, "Ama Boakye", "topic")


def test_notes_after_the_attendee_list_with_no_heading_between(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-18.md",
        "# RISC-V sync-up call, 2024-09-18\n\nAttendees:\n* Anahera Ngata (AN)\n"
        "* Chen Weiqi (CW)\n* Kofi Mensah (KM)\n* plus ~6 others who stayed muted\n\n"
        "Speaker initials in brackets. [?] means I didn't catch who said it.\n\n"
        "* GlobalISel for RISC-V\n  * [KM] GlobalISel now passes the test-suite at -O0 (#106774).\n"
        "* RVV: split register allocation\n  * [CW] the split RA is the default since #104980.\n"
        "* LLD: relaxation is up as #105870.\n",
    )
    # the list of people ends where the notes begin, though no heading says so
    refs = _labels(graph, "reference")
    assert {"#106774", "#104980", "#105870"} <= refs
    assert "GlobalISel" in _linked(graph, "Kofi Mensah", "topic")
    # "RVV:" and "LLD:" open items, not turns: everyone's initials were given with the names
    assert _labels(graph, "person") == {"Anahera Ngata", "Chen Weiqi", "Kofi Mensah"}


def test_meetbot_summary_items_are_said_by_their_nick(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-11.md",
        "#lanternix-meeting: Release Engineering\n\nMeeting summary\n---------------\n"
        "* Roll Call  (bkovacs, 14:00:20)\n  * Chair: bkovacs  (bkovacs, 14:00:25)\n\n"
        "* Compose status  (bkovacs, 14:23:40)\n"
        "  * The last 3 nightly composes failed: the aarch64 live image is missing\n"
        "    linux-firmware-whence  (jkoirala, 14:25:15)\n"
        "  * kiln-config PR to add the firmware subpackages  (jkoirala, 14:26:01)\n"
        "  * ACTION: jkoirala to run a test compose with PR 1184 and merge\n"
        "    (bkovacs, 14:29:40)\n\n"
        "* Python 3.13 mass rebuild  (bkovacs, 14:30:05)\n"
        "  * 308 of 4,120 packages fail in the side tag  (mfarouk, 14:31:20)\n\n"
        "People Present (lines said)\n---------------------------\n"
        "* bkovacs (98)\n* mfarouk (41)\n* jkoirala (27)\n",
    )
    # each topic the chair set is a heading; each item is said by the nick at its end
    assert "Compose" in _linked(graph, "jkoirala", "topic")  # its "status" is no part of it
    assert any("mass rebuild" in t for t in _linked(graph, "mfarouk", "topic"))
    assert _owners(graph, "test compose") == {"jkoirala"}
    assert not {"Roll Call", "Chair"} & _labels(graph, "person")


def test_meetbot_info_lines_are_said_by_who_typed_them_not_the_chairs_record(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2024-03-13.txt",
        "#tidewater-meeting: weekly\n\nMeeting started Wed Mar 13 15:00:04 2024 UTC. "
        "The chair is mkowalski.\n\nMeeting summary\n---------------\n"
        "* priority reviews  (mkowalski, 15:07:02)\n"
        "  * INFO: ObjectReplicator leaks fds when rsync times out, bug #2051337, fix in 912877"
        "  (tnguyen, 15:12:36)\n"
        "  * INFO: erasure coding fix is change 912345  (priyak, 15:07:44)\n"
        "  * INFO: the compactor backlog is mkowalski's to chase  (mkowalski, 15:09:44)\n"
        "  * AGREED: 912877 goes in before FF  (mkowalski, 15:16:03)\n\n"
        "People present (lines said)\n---------------------------\n"
        "* mkowalski (71)\n* tnguyen (38)\n* priyak (21)\n",
    )
    # an INFO line is what its nick reported; the chair's own lines stay the chair's record
    assert "ObjectReplicator" in _linked(graph, "tnguyen", "topic")
    assert "ObjectReplicator" not in _linked(graph, "mkowalski", "topic")


def test_apache_plain_text_roll_call_parts_and_action_ids(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-27.txt",
        "Apache Quillwort (incubating) - PPMC Meeting Minutes\n\n"
        "PPMC members present:\n  Giulia Ferraro (chair)\n  Thabo Nkosi\n  Arjun Mehta\n\n"
        "Mentors present:\n  Zeynep Kaya\n\nContributors / guests:\n  Matteo Rinaldi\n\n"
        "5. Component updates\n--------------------\n\n5.1 Core / broker (Thabo)\n"
        "  - The metadata quorum replacing ZooKeeper is feature-complete (QUILL-1102).\n\n"
        "7. Action items\n---------------\n\n"
        "  [AI-1] Giulia   - finalize the September podling report\n"
        "  [AI-2] Arjun    - close the RC2 vote after 72h\n"
        "  [AI-3] Matteo   - add a warning to the Helm values\n",
    )
    # a group's "members present", mentors and "contributors / guests" are the roll call
    assert _labels(graph, "person") == {
        "Giulia Ferraro", "Thabo Nkosi", "Arjun Mehta", "Zeynep Kaya", "Matteo Rinaldi"
    }  # fmt: skip
    # "5.1 Core / broker (Thabo)" over its notes is a part of the minutes, and his
    assert any("broker" in t for t in _linked(graph, "Thabo Nkosi", "topic"))
    # "[AI-2] Arjun - ...": one action per line, each its owner's
    assert _owners(graph, "podling report") == {"Giulia Ferraro"}
    assert _owners(graph, "RC2 vote") == {"Arjun Mehta"}
    assert _owners(graph, "Helm values") == {"Matteo Rinaldi"}


def test_status_lines_signed_with_a_nick_at_their_end(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-20.md",
        "# Engineering Weekly Sync\n\n**Attendees:** Helga Johansson (:helga, chair), "
        "Diego Santos (:dsantos), Meera Iyer (:miyer)\n\n## Layout\n\n"
        "* Grid: the subgrid regression is fixed in bug 1891234, uplifted to Beta. (dsantos)\n"
        "* Canvas2D acceleration experiment ended: 9% faster on MotionMark. (miyer)\n"
        "* The WPT sync is broken again (see the dashboard)\n",
    )
    # ":dsantos" is Mozilla's way to write a nick, and "(dsantos)" ends his own status line
    assert "Bug 1891234" in _linked(graph, "Diego Santos", "reference")
    assert any("Canvas2D" in t for t in _linked(graph, "Meera Iyer", "topic"))
    assert "dashboard" not in _labels(graph, "person")


def test_action_items_owned_by_initials_in_parentheses(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-08.md",
        "# Community meeting\n\n**Attendees**\n\n* Jun Takahashi (Fernhill Labs)\n"
        "* Farid Haddad (Northwind)\n\n## Gang scheduling\n\n"
        "* Jun: after maxWaitSeconds we fall back and emit an event.\n"
        "  * AI (JT): add the fallback behaviour to the design doc.\n"
        "  * AI (FH): add namespace cleanup in the e2e framework.\n",
    )
    # "AI (JT)": the one attendee with those initials owns it
    assert _owners(graph, "fallback behaviour") == {"Jun Takahashi"}
    assert _owners(graph, "namespace cleanup") == {"Farid Haddad"}


def test_sign_in_sheet_of_names_handles_and_affiliations(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-12.md",
        "Spindle community call\n====\n\n## Sign-in\n\nName / GitHub handle / affiliation (optional)\n\n"
        "1. Ingrid Solberg / @isolberg / Fjordlight (facilitator)\n"
        "2. Eun-ji Choi / @eunji-c / —\n3. Patrick O'Neill / @poneill / Quantile Labs\n4. \n\n"
        "## Agenda\n\n- (Patrick) the 0.14 release plan; poneill will tag it.\n",
    )
    # each line's fields are a name, a handle and an affiliation; the sheet's header is no one
    assert _labels(graph, "person") == {"Ingrid Solberg", "Eun-ji Choi", "Patrick O'Neill"}


def test_bilingual_minutes_with_labels_and_names_in_two_scripts(tmp_path: Path) -> None:
    # labels given in Chinese and English, names in pinyin beside their characters, a Gitee
    # tracker whose issues are named like "I9XK2P", links glued to Chinese punctuation
    graph = _graph(
        tmp_path,
        "2024-11-28.md",
        "# SIG 双周例会纪要 / Bi-weekly Meeting\n\n"
        "**会议时间 / Time**: 2024-11-28\n**主持人 / Host**: Zhang Wei (@zhangwei_dev)\n"
        "**与会者 / Attendees**:\n- Zhang Wei 张伟 (@zhangwei_dev)\n- 刘洋 Liu Yang (@liuyang-ly)\n"
        "- Tanaka Ryo（旁听 / observer）\n\n## 会议纪要 / Notes\n\n"
        "- 陈静 汇报：详见 IAB3QZ（https://gitee.com/lantern/ember/issues/IAB3QZ）。\n"
        "- 修复 PR：https://gitee.com/lantern/ember/pulls/287 ，需要 reviewer。\n\n"
        "## 遗留问题 / Action Items\n\n| # | 事项 / Item | 责任人 / Owner |\n|---|---|---|\n"
        "| 1 | Review ember PR | Liu Yang |\n",
    )
    assert _labels(graph, "person") == {"Zhang Wei", "Liu Yang", "Tanaka Ryo"}
    refs = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert set(refs) == {"IAB3QZ", "ember#287"}
    assert refs["IAB3QZ"]["url"] == "https://gitee.com/lantern/ember/issues/IAB3QZ"
    topics = _labels(graph, "topic")
    assert not topics & {"IAB3QZ", "遗留问题 / Action Items", "Action Items"}
    assert _owners(graph, "Review ember") == {"Liu Yang"}


def test_text_exported_from_a_pdf(tmp_path: Path) -> None:
    # running headers and footers, words hyphenated across lines and pages, numbered section
    # titles in capitals, an attendee list whose parentheses wrap
    header = "Vireo Foundation \u2014 Board Minutes \u2014 Page {} of 2"
    footer = "________________________________________\nMinutes of 14 May 2024 \u00b7 DRAFT\n"
    text = (
        f"{header.format(1)}\n\nMINUTES OF THE REGULAR MEETING OF THE BOARD\n"
        "Directors present: Margaret Okoye (Chair), Henrik Lindqvist (Treas-\nurer),\n"
        "Also present: Felipe Arancibia (Chair,\nTechnical Steering Committee), Lena Hofmann\n"
        "1. CALL TO ORDER AND QUORUM\nThe Chair called the meeting to order. The Secretary con-\n"
        "firmed a quorum.\n4.2 Technical Steering Report\nMr. Arancibia presented the Tanager\n"
        f"tile server report. The Tanager release drops the raster pipeline; the infra-\n\n{footer}"
        f"\n{header.format(2)}\n\nstructure team is two volunteers. Tanager needs more of them.\n"
        f"ACTION: Lena Hofmann to circulate the Tanager plan.\n\n{footer}"
    )
    graph = _graph(tmp_path, "2024-05-14.md", text)
    assert _labels(graph, "person") == {
        "Margaret Okoye",
        "Henrik Lindqvist",
        "Felipe Arancibia",
        "Lena Hofmann",
    }
    topics = _labels(graph, "topic")
    assert "Tanager" in topics
    assert not any(w in t for t in topics for w in ("Page", "QUORUM", "Minutes"))
    said = {e["text"] for _, _, d in graph.edges(data=True) for e in d.get("evidence", [])}
    # the sentence over the page break is whole, its footer and the next header gone
    assert (
        "The Tanager release drops the raster pipeline; the infrastructure team is two volunteers."
        in said
    )
    meeting = parse(RawMinutes("2024-05-14.md", text, "d"), "2024-05-14.md")
    # "Directors present: ..., Henrik Lindqvist (Treas-\nurer)," is a list, wrapped word and all
    assert {"Margaret Okoye", "Henrik Lindqvist"} <= {a.name for a in meeting.attendees}
    assert [s.title for s in meeting.sections][-2:] == [
        "Call To Order And Quorum",
        "Technical Steering Report",
    ]
    assert len(meeting.blocks) and max(b.source.line for b in meeting.blocks) <= text.count("\n")


def test_etherpad_lines_tagged_with_their_authors_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-18.md",
        "Lumen weekly sync\n\nPresent: RK = Ravi Kulkarni, MB = Maite Bengoetxea, "
        "YH = Yui Hayashi\nLate: FL = Florence Lemaire (joined ~20 min in)\n\n"
        "FONT SHAPING\n============\n"
        "- HarfBuzz integration branch is rebased on main again [YH]\n"
        "- the shaping cache keyed by text run and font works [YH]\n"
        "- I'd like the HarfBuzz change behind a flag for 0.9 [RK]\n"
        "- TODO(FL): fcitx5 preedit fix\n",
    )
    assert _labels(graph, "person") == {
        "Ravi Kulkarni",
        "Maite Bengoetxea",
        "Yui Hayashi",
        "Florence Lemaire",
    }
    assert "HarfBuzz" in _linked(graph, "Yui Hayashi", "topic")
    assert not _labels(graph, "topic") & {"RK", "YH", "FL", "MB"}
    assert _owners(graph, "fcitx5") == {"Florence Lemaire"}


def test_matrix_room_log_with_ids_and_a_bot(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-21.md",
        "# Steering Committee log 2024-11-21\n\n"
        "Participants (display names as set in the room):\n"
        "- Njeri Kamau (@njeri:strata.im) - chair\n- Sebastián Rojas (@srojas:strata.im)\n\n---\n\n"
        "[16:00] <@njeri:strata.im> !startmeeting SC\n"
        "[16:00] <@minutes-bot:strata.im> Meeting started. Chair: njeri.\n"
        "[16:02] <@njeri:strata.im> #topic RFC 0172 stable branches\n"
        "[16:03] <@srojas:strata.im> FCP started Nov 7, ends Nov 28.\n"
        "[16:04] <@njeri:strata.im> any blocking concerns?\n"
        "[16:04] <@srojas:strata.im> none since the last shepherd meeting\n"
        "[16:05] <@njeri:strata.im> ok\n"
        "[16:06] <@srojas:strata.im> the backport team is still unstaffed\n"
        "[16:07] <@njeri:strata.im> #action @srojas:strata.im to post the FCP reminder on Discourse\n",
    )
    assert _labels(graph, "person") == {"Njeri Kamau", "Sebastián Rojas"}
    assert _owners(graph, "post the FCP") == {"Sebastián Rojas"}
    # "#topic" opens a section, and the line is not the chair's turn
    sections = {e["section"] for _, _, d in graph.edges(data=True) for e in d["evidence"]}
    assert "RFC 0172 stable branches" in sections
    said = {e["text"] for _, _, d in graph.edges(data=True) for e in d["evidence"]}
    assert not any("#topic" in t for t in said)


def test_plain_text_steering_minutes_with_arrows_owners_and_tracker_prefixes(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-06.md",
        "ESC call minutes\n\n* Present:\n    + Michael, Sophie, Ciarán, Stephan\n\n"
        "* QA update (Sophie)\n    + qdf#164990 FILEOPEN DOCX: nested table borders lost\n"
        "        + could be the DOCX import refactor, will take a look\n"
        "          => AI: bisect qdf#164990 and report back next week (Michael)\n"
        "    + ➡️ @sophie ping the UX team about the dialog\n\n"
        "## Board\n\n* Staff / guests (non-voting): Sandrine Moreau (Director), Bart Nowak (infra)\n"
        "Proposed by: Michael, Seconded by: Sophie. Vote: 5 in favour. Motion passes.\n"
        "Motion passes again for the budget. The motion passes.\n",
    )
    refs = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert "qdf#164990" in refs
    assert _owners(graph, "bisect") == {"Michael"}
    assert _owners(graph, "ping the UX team") == {"Sophie"}
    assert {"Sandrine Moreau", "Bart Nowak"} <= _labels(graph, "person")
    assert not any("Motion" in t for t in _labels(graph, "topic"))


def test_initials_in_brackets_and_of_a_given_name_in_two_parts(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-04.md",
        "# WG sync\n\n## Attendees\n\n| Name | Affiliation | GitHub |\n|---|---|---|\n"
        "| Jonas Meyer | Hexa | @jmeyer |\n| Chen Wei | Tide | @chenwei |\n"
        "| Karl-Johan Lindqvist | | |\n\n## Scoring\n\n"
        "- (JM) thinks per-consumer weighting will make the Vigil scores incomparable.\n"
        "- (CW) speaking for the consumers: we ingest the Vigil JSON already.\n"
        "- (JM) would rather keep one headline score. (CW) agrees.\n"
        "- KJ was concerned that Vigil v5 costs more. KJ will ask the board.\n",
    )
    assert not _labels(graph, "topic") & {"JM", "CW", "KJ"}
    assert _labels(graph, "person") == {"Jonas Meyer", "Chen Wei", "Karl-Johan Lindqvist"}


def test_moinmoin_status_page_with_people_sections(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-08-27.md",
        "## page was renamed from Team/Meeting/2024-08-27\n#title Team weekly 2024-08-27\n"
        "= Team: weekly status, 2024-08-27 =\n\n<<TableOfContents(2)>>\n\n"
        "'''Present:''' Dalia, Zhou Mingyu\n\n== Per-person status ==\n\n=== Dalia Rahimi ===\n"
        " * '''grub2''': [[https://bugs.launchpad.net/ubuntu/+source/grub2/+bug/2071234 | "
        "LP: #2071234]] fixed upstream, SRU prepared.\n=== Zhou Mingyu ===\n"
        " * '''chrony''': merged 4.6; watching LP: #2078512 for the RTC case.\n"
        " * '''dracut''': wrote up the comparison.\n\n----\nCategoryMeetingNotes\n",
    )
    assert _labels(graph, "person") == {"Dalia Rahimi", "Zhou Mingyu"}
    refs = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert set(refs) == {"Bug 2071234", "Bug 2078512"}
    assert refs["Bug 2071234"]["url"].startswith("https://bugs.launchpad.net/ubuntu/+source/grub2")
    topics = _labels(graph, "topic")
    assert not topics & {"CategoryMeetingNotes", "TableOfContents", "title"}


def test_names_with_particles_companies_and_logins_that_run_a_surname_together(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-20.md",
        "# Community meeting\n\n- Present: @sdelafuente, @kwabena\n\n## Federation\n\n"
        "- Sofía de la Fuente summarised the federated stars work.\n"
        "- Wladimir van der Laan merged the follow-up. Van der Laan also tagged the release.\n\n"
        "### Attendees (add yourself)\n\n- Kofi Osei, Stratacloud\n- Tatiana Valerieva, Nimbus Compute\n",
    )
    people = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    assert "sdelafuente" in people["Sofía de la Fuente"]["aliases"]
    assert {"Wladimir van der Laan", "Kofi Osei", "Tatiana Valerieva"} <= set(people)
    assert not set(people) & {"Stratacloud", "Nimbus Compute", "sdelafuente", "Sofía"}
    assert "Van der Laan" in people["Wladimir van der Laan"]["aliases"]  # the surname alone


def test_review_decisions_proposals_trackers_and_next_time_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-01-28.md",
        "# Steering group review decisions\n\n## SE-0458: Opt-in strict memory safety\n\n"
        "SE-0458 is accepted with modifications.\n\n## PEP 747\n\n"
        "@srini_iyer (Srinivasan Iyer) gave an update on PEP 747.\n\n## Intents\n\n"
        "- Storage Access Headers: crbug.example.dev/359877012, see also "
        "https://tracker.example.org/p/x/bugs/41234\n\n### Next time (January 8)\n\n"
        "- @srini_iyer: report back on the Typing Council decision\n",
    )
    refs = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert {"SE 0458", "#41234"} <= refs
    assert any("359877012" in r for r in refs)
    assert _owners(graph, "Typing Council") == {"Srinivasan Iyer"}


def test_an_items_lead_in_names_its_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-05.md",
        "# Kelpie community meeting\n\nAttendees: Mateus Oliveira, Priya Raman, Tomasz Wojcik\n\n"
        "## Updates\n\n"
        "* [Priya] Ring buffer: the lock-free rewrite is ready for review.\n"
        "* Texture compression - Priya benchmarked two codecs, results in the doc.\n"
        "* Side effect: the old path is slower now.\n"
        "* tucker taft: we added contracts in 2012.\n"
        "* haveBacktrace: 5 (+1)\n"
        "* Note taker: Tomasz\n",
    )
    topics = _labels(graph, "topic")
    assert {"Ring buffer", "Texture compression"} <= topics
    assert "Ring buffer" in _linked(graph, "Priya Raman", "topic")
    # words said once, a name typed in lower case, a count, a role: no subjects
    assert not {"Side effect", "tucker taft", "haveBacktrace", "taker", "Note taker"} & topics


def test_a_pads_outline_under_each_nick(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-17.md",
        "# Network team status pad\n\nRoll call:\n- Chiamaka Eze (chiam)\n- Nguyen Thi Lan (lanng)\n\n"
        "== Status blocks ==\n\n"
        "chiam:\n  Last week:\n"
        "    - keystore: on-disk format for client auth keys, design notes in the wiki\n"
        "    - fixed the circuit reuse bug for intro circuits\n"
        "  This week:\n    - review core!1822 before the freeze\n\n"
        "lanng:\n  Last week:\n"
        "    - Tollgate: the staging deploy is done, 1.2k bridges\n",
    )
    assert "keystore" in _linked(graph, "Chiamaka Eze", "topic")
    assert "Tollgate" in _linked(graph, "Nguyen Thi Lan", "topic")
    assert "core!1822" in _labels(graph, "reference")
    # the notes under a nick are that person's, not a person named "keystore"
    assert _labels(graph, "person") == {"Chiamaka Eze", "Nguyen Thi Lan"}


def test_action_lines_tagged_with_declared_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-06.md",
        "# Telecon\n\nPresent: Aleksandra Nowicka (AN), Đặng Quốc Bảo (DB), Rohan Mehta (RM)\n\n"
        "## Release\n\nThe freeze is on Friday.\n\n"
        "ACTION [RM]: post the freeze announcement on the mailing list\n\n"
        "ACTION [DB]: get #2870 merged before the freeze\n",
    )
    assert _owners(graph, "freeze announcement") == {"Rohan Mehta"}
    # "DB" is the first and last letters of a name of three words, as the list declares
    assert _owners(graph, "#2870") == {"Đặng Quốc Bảo"}
    assert "DB" not in _labels(graph, "topic")


def test_a_raw_irc_council_log(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-11.txt",
        "[19:58:47] * chika has joined #council\n"
        "[19:59:40] * ravi_s has joined #council\n"
        "[19:59:45] * lotte_ has joined #council\n"
        "[20:00:20] <chika> roll call please\n"
        "[20:00:24] <tomw> here\n"
        "[20:02:05] <chika> == Agenda item 1: MSPEC 9 feature set ==\n"
        "[20:02:31] <mgarza> rev 3 has 5 features now, the src_verify phase is the new one\n"
        "[20:02:40] <lotte_> the src_verify phase must not touch the network\n"
        "[20:05:47] <tomw> yes\n"
        "[20:24:05] <chika> == Summary ==\n"
        "[20:24:10] <chika> council members: Chiamaka Eze (chika), Nguyễn Thị Lan (tomw)\n"
        "[20:24:32] <chika> actions:\n"
        "[20:24:35] <chika> - mgarza: push the editorial fix, tag mspec-9-final\n"
        "[20:24:37] <chika> - ravi_s: MspecBanned check in pkgsift 0.31\n"
        "[20:24:52] <chika> - chika: post the log to the list\n",
    )
    people = _labels(graph, "person")
    # ravi_s joined and never spoke; lotte_ is lotte; the nick of a name given family first
    assert {"ravi_s", "Chiamaka Eze", "Nguyễn Thị Lan", "mgarza"} <= people
    assert _owners(graph, "editorial fix") == {"mgarza"}
    assert _owners(graph, "MspecBanned") == {"ravi_s"}
    assert _owners(graph, "post the log") == {"Chiamaka Eze"}
    # the chair's "== ... ==" is a heading; a "yes" earns no work on it, a turn about it does
    assert {"MSPEC", "src_verify"} <= _linked(graph, "mgarza", "topic")
    # the chair who typed the heading and the member who only voted "yes" work on nothing here
    assert not _linked(graph, "Nguyễn Thị Lan", "topic")
    assert not _linked(graph, "Chiamaka Eze", "topic")


def test_meetbot_actions_with_two_nicks_and_a_helper(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-20.md",
        "```\n[17:00] <tamsin> !startmeeting weekly\n[17:00] <jide> o/ Babajide Ojo\n"
        "[17:01] <lotte_> Liselotte Bergkamp, hello\n"
        "[17:23] <lotte_> FOSDEM devroom proposal deadline is in September\n"
        "[17:24] <tamsin> !action lotte_ jide draft the FOSDEM devroom proposal\n```\n\n"
        "## Action items\n\n- jide: (with lotte_) draft the devroom CFP text\n",
    )
    assert _owners(graph, "FOSDEM devroom") == {"Babajide Ojo", "Liselotte Bergkamp"}
    assert _owners(graph, "CFP text") == {"Babajide Ojo"}
    assert "lotte_" not in _labels(graph, "person")


def test_a_turn_over_a_list_reports_on_its_sections_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-01-14.md",
        "# Steering council\n\nAttendees:\n- Tevita Fonua\n- Ravi Chandra\n\n"
        "### 2. Developer-in-Residence update\n\n**Tevita:** Since the last meeting:\n"
        "- Landed 31 PRs, reviewed 58.\n- Buildbot fleet: retired 4 workers.\n\n"
        "**Ravi:** Thank you.\n\n**Tevita:** Yes.\n\n"
        "- Welcome Hana Kobayashi (@hkoba), first week on the team\n"
        "- @hkoba will look at the release scripts\n",
    )
    assert "Developer-in-Residence" in _linked(graph, "Tevita Fonua", "topic")
    assert "Hana Kobayashi" in _labels(graph, "person")  # not "Welcome Hana Kobayashi"


def test_a_typo_is_a_slip_to_a_neighbouring_key() -> None:
    from kg.nlp import _misspelt

    assert _misspelt("incompatbile") and _misspelt("chapion") and _misspelt("developpers")
    # "keystore" is one letter from "keystone", but r and n are far apart: a name, no typo
    assert not _misspelt("keystore")


def test_action_items_by_handle_that_ping_someone_else(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-22.md",
        "# Proposals review\n\n**Attendees:** Joonas Mäkelä (@jmakela), Renata Villalobos "
        "(@renvilla)\n\n## Action items\n\n"
        "- @jmakela: ping @pixelmoth on proposals#4501 about implementing\n"
        "- @renvilla: ask @grumpytiles for chunked baking benchmarks\n\n"
        "Next review: 2025-05-29, same time.\n",
    )
    assert _owners(graph, "ping @pixelmoth") == {"Joonas Mäkelä"}
    assert _owners(graph, "chunked baking") == {"Renata Villalobos"}
    assert not any(
        d["kind"] == "action" and "Next review" in d["label"] for _, d in graph.nodes(data=True)
    )


def test_commits_and_report_headings_are_no_subjects(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-11.md",
        "# Sculpt module meeting\n\nPresent: Marisol Echeverría, Ji-ho Choi\n\n## Dyntopo\n\n"
        "* The old code paths for BMesh nodes are removed in rK7f3e91ac2 (Marisol).\n"
        "* Bisected the cavity regression to rKc29d6b88e, the BVH refactor.\n\n"
        "## Patches reviewed this week\n\n* PR #131470 Paint: fix crash (Ji-ho) - committed\n",
    )
    topics = _labels(graph, "topic")
    assert not {"rK7f3e91ac2", "rKc29d6b88e", "Patches reviewed this week"} & topics


def test_an_etherpad_list_of_nicks_and_names(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-09.md",
        "# Tessaline PTG\n\nAttendees (add your IRC nick and name):\n"
        "- okonkwo_a - Adaeze Okonkwo (PTL)\n- tkowalski - Tomasz Kowalski\n- minhtran\n"
        "- mgarza (Mariela Garza) - Ops SIG, mostly lurking\n\n"
        "## Affinity weigher rewrite (tkowalski)\n\n- the weigher spec needs a respin\n"
        "  +1 (mgarza) ops wants it behind a flag\n"
        "- ACTION(okonkwo_a): schedule a spec review day\n",
    )
    assert {"Adaeze Okonkwo", "Tomasz Kowalski", "Mariela Garza", "minhtran"} <= _labels(
        graph, "person"
    )
    assert _owners(graph, "spec review day") == {"Adaeze Okonkwo"}
    assert not {"okonkwo_a", "tkowalski", "mgarza"} & _labels(graph, "topic")


def test_a_chat_export_with_names_given_family_first(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-15.md",
        "# Triage\n\n**Oluwaseun Adebayo:** ok let's start\n\n"
        "**Ji-woo Han:** weekly perf report is up\n\n"
        "## Action items / wrap-up\n\n**Oluwaseun Adebayo:** summary:\n"
        "- Nguyễn Thị Lan: get a reproducer for #131340\n"
        "- @**Karan Mehta**: review #131330\n",
    )
    assert {"Ji-woo Han", "Nguyễn Thị Lan"} <= _labels(graph, "person")
    # the turn's list under "Action items" is still the actions, each its owner's
    assert _owners(graph, "reproducer") == {"Nguyễn Thị Lan"}
    assert _owners(graph, "#131330") == {"Karan Mehta"}


def test_a_discussion_thread_of_comments_by_handle(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-07.md",
        "# Weekly async status\n\n## Maintainers\n\n| Name | Handle | Area |\n|---|---|---|\n"
        "| Chidinma Eze | @chidi-eze | Remote cache protocol |\n"
        "| Paweł Zieliński | @pzielinski | Storage backends |\n\n---\n\n"
        "**@chidi-eze** commented on Mar 3, 2025\n\n"
        "- BatchFindMissing RPC is in #1389, needs one more approval.\n\n---\n\n"
        "**@pzielinski** commented on Mar 4, 2025\n\n"
        "- GCS backend: resumable uploads landed in #1392.\n",
    )
    assert "BatchFindMissing" in _linked(graph, "Chidinma Eze", "topic")
    assert "GCS backend" in _linked(graph, "Paweł Zieliński", "topic")
    assert "BatchFindMissing" not in _linked(graph, "Paweł Zieliński", "topic")


def test_a_transcripts_speaker_legend_and_names_said_short(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-17.txt",
        "Fernwell Community Call\n\nSpeaker labels (added by hand after the call):\n"
        "Speaker 1: Ingrid Solberg (host)\nSpeaker 2: Bartosz Kowalczyk\n\n"
        "Speaker 1 (00:00:04):\nOkay, welcome. Bartosz has the tiered compaction work.\n\n"
        "Speaker 2 (00:00:35):\nSo, tiered compaction. PR 2231 is basically ready.\n",
    )
    assert _labels(graph, "person") == {"Ingrid Solberg", "Bartosz Kowalczyk"}
    # a phrase said twice is a subject when English hardly knows one of its words
    assert "tiered compaction" in {t.lower() for t in _linked(graph, "Bartosz Kowalczyk", "topic")}


def test_a_given_name_said_alone_of_a_name_given_family_first(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-05.md",
        "# Council\n\n## Attendees:\n\n* Trần Minh Khoa (Independent)\n* Kim Ji-woo (Orisen)\n"
        "* Marta Nowak (Nordlicht)\n\n## Review\n\nPresenter: Khoa\n\n"
        "* Khoa walked through the checklist. Jiwoo asked about Tycho.\n",
    )
    assert _labels(graph, "person") == {"Trần Minh Khoa", "Kim Ji-woo", "Marta Nowak"}


def test_a_chat_export_of_threads_under_titles_in_italics(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-07-08.md",
        "# #gsoc-mentors - Slack export\n\n"
        "**Priya Raman** [10:02 AM]\n*WebAssembly build target* (intern: @Ji-ho Park)\n"
        "↳ **Ji-ho Park** [10:09 AM]\n  scalar fallback passes the golden image tests now\n\n"
        "**Diego Hernández** [10:06 AM]\n*HDR tone-mapping pipeline* (intern: @Amara Nwosu)\n"
        "↳ **Amara Nwosu** [10:20 AM]\n  PQ encode is done, validation next\n\n"
        "**Priya Raman** [10:50 AM]\nunrelated-ish: who owns the nightly runners?\n",
    )
    assert "WebAssembly build target" in _linked(graph, "Ji-ho Park", "topic")
    assert "HDR tone-mapping pipeline" in _linked(graph, "Amara Nwosu", "topic")
    # a message of the channel after the last thread is not about that thread's subject
    assert "HDR tone-mapping pipeline" not in _linked(graph, "Priya Raman", "topic")


def test_a_rough_list_of_people_present(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-07-16.txt",
        "BoF: hardening build flags\n\n"
        "Present (roughly): Ciarán Mac Giolla (ciaranm, running it), Beatriz Nogueira, kwame,\n"
        "Rohan Iyer, zofia_k, someone from the toolchain team, ~15 more in the room\n\n"
        "Discussion\n* Beatriz: she has access to the rebuild infra\n"
        "  - golang-1.24: -buildmode=pie is default on amd64 already\n",
    )
    people = _labels(graph, "person")
    assert {"Ciarán Mac Giolla", "Beatriz Nogueira", "kwame", "Rohan Iyer", "zofia_k"} <= people
    assert "golang-1.24" not in people


def test_logins_of_two_letters_and_a_surname_and_swapped_letters(tmp_path: Path) -> None:
    turns = "".join(f"* mrkn: point {i} on the buffer protocol\n" for i in range(10))
    graph = _graph(
        tmp_path,
        "2021-03-02.md",
        "# Lang team\n\nAttendees: Ryan Levick, Niko Matsakis, mrkn\n\n## Macros\n\n"
        "* rylev: we're at an inflection point on `$self`\n" + turns + "* mkrn: no time today\n",
    )
    people = _labels(graph, "person")
    assert "Ryan Levick" in people and "rylev" not in people  # "ry" and "lev"
    assert "mrkn" in people and "mkrn" not in people  # a typo said once against ten


def test_phabricator_tasks_gerrit_changes_and_owners_after_the_task(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-12.md",
        "# Technical decision forum\n\n## Follow-up tasks\n\n"
        "- **Shard the parser cache**: config in gerrit:1043521, see T362811#9876543. (Adaeze)\n"
        "- **Fix Windows wheels**: gate the feature per target, T358002. (Lan)\n\n"
        "## Tenets\n\n* **Treasure dissent.** When someone raises a concern, explore it.\n"
        "* [Pascal String](https://github.com/ubsan/epsilon/blob/master/src/string.rs#L11)\n\n"
        "## Attendees\n\nAdaeze Okafor, Lan\n",
    )
    assert {"T362811", "T358002", "gerrit:1043521"} <= _labels(graph, "reference")
    assert _owners(graph, "parser cache") == {"Adaeze Okafor"}
    assert _owners(graph, "Windows wheels") == {"Lan"}
    # a phrase in bold and a link to a line of code are no people
    assert _labels(graph, "person") == {"Adaeze Okafor", "Lan"}


def test_a_name_given_family_first_written_the_other_way_round(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-21.md",
        "# RFC-0019 comments\n\n**Reviewers:** Trần Quốc Bảo, Meera Iyer\n\n"
        "Comment by Trần Quốc Bảo (May 12, 2025): file_number isn't stable across compactions.\n\n"
        "Reply by Bảo Trần: we need the global seqno in the identity.\n\n"
        "* [PATCH] Module#source_location (shyouhei)\n"
        "* [PATCH v3 0/7] mm: promote hot pages via access-bit sampling\n",
    )
    assert _labels(graph, "person") >= {"Trần Quốc Bảo", "Meera Iyer"}
    assert "Bảo Trần" not in _labels(graph, "person")
    # a numbered series is a reference; a tracker's "[PATCH] title (nick)" is none of its own
    refs = _labels(graph, "reference")
    assert "[PATCH v3 0/7] mm: promote hot pages via access-bit sampling" in refs
    assert not any("source_location" in r for r in refs)


def test_a_documents_comment_threads(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-21.md",
        "# Design: snapshot compaction\n\n**Reviewers:** Katarzyna Zielińska, Olumide Adeyemi\n\n"
        "Comment by Katarzyna Zielińska (May 12, 2025): the checksum verify is 40% of the CPU.\n\n"
        "Reply by Olumide Adeyemi: added a table on the checksum verify cost.\n",
    )
    assert _labels(graph, "person") == {"Katarzyna Zielińska", "Olumide Adeyemi"}
    assert "checksum verify" in {t.lower() for t in _linked(graph, "Olumide Adeyemi", "topic")}


def test_an_area_or_a_version_before_a_colon_is_no_speaker(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2015-01-07.md",
        "# TC meeting\n\nPresent: Ann Lee, Bo Chen\n\n## Review\n\n"
        "* sys: Remove after 3 years of deprecation #182\n"
        "* v0.12: RC1 moved to Tuesday, the only blocker is the compaction race\n"
        "* Ann: the deprecation warning has been out long enough\n",
    )
    assert _labels(graph, "person") == {"Ann Lee", "Bo Chen"}


def test_a_name_said_with_the_same_word_after_it_is_that_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-10.md",
        "# TSC\n\nAttendees: Marek Zieliński, Ana Costa\n\n## Ordering service\n\n"
        "- Marek: Kafka ordering stays supported through 3.x; the Kafka ordering deprecation "
        "notice goes out with 3.2.\n"
        "- Ana asked whether Kafka ordering in the test network can go now. Marek: yes.\n"
        "- Ana: the Kafka removal will wait for Tallow BFT. Kafka is still the default.\n\n"
        "## Cache\n\n- Ana: LRU eviction for the blob store is merged; LRU eviction needs docs.\n"
        "- Marek: Kafka emits duplicates on arm64; Kafka emits them on x86, Kafka emits more on riscv.\n",
    )
    topics = {t.lower() for t in _labels(graph, "topic")}
    # the name with the same word after it, said twice or more, is a subject of its own
    assert {"kafka ordering", "lru eviction"} <= topics
    assert "kafka ordering" in {t.lower() for t in _linked(graph, "Marek Zieliński", "topic")}
    # no verb's form ("Kafka emits", three times) and no word said after it once ("Kafka removal")
    assert not {"kafka emits", "kafka removal"} & topics


def test_a_table_of_times_speakers_and_notes_is_a_transcript(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-17.md",
        "# Orrery maintainers call\n\n**Attendees:** Fionnuala Brennan (FB, chair), "
        "Arjun Venkataraman (AV), Layla Mansour (LM, notes); joined late: Guadalupe Ortiz "
        '("Lupe", GO)\n\n| Time | Speaker | Notes |\n|---|---|---|\n'
        "| 15:02 | FB | Welcome. Agenda: (1) layer cache corruption, (2) SBOM attach |\n"
        "| 15:03 | AV | **Layer cache.** the layer cache loses blobs after a crash; fix in #3112 |\n"
        "| 15:09 | FB | → backport #3112 to 2.2.x, layer cache docs later. |\n"
        "| 15:19 | LM | **SBOM.** SPDX output merged; the SBOM goes to the OCI referrers API. |\n"
        "| 15:35 | GO | Orreryfile parser v2: heredocs done, and Go native fuzzing found 3 crashes. |\n",
    )
    # initials declared beside a role or a nickname are that person's; "Go" is no one
    assert _labels(graph, "person") == {
        "Fionnuala Brennan",
        "Arjun Venkataraman",
        "Layla Mansour",
        "Guadalupe Ortiz",
    }
    lupe = next(d for _, d in graph.nodes(data=True) if d["label"] == "Guadalupe Ortiz")
    assert "Go" not in lupe["aliases"]  # the language in "Go native fuzzing"
    assert "layer cache" in {t.lower() for t in _linked(graph, "Arjun Venkataraman", "topic")}
    assert "SBOM" in _linked(graph, "Layla Mansour", "topic")
    # the chair reading out the agenda and the decision works on none of it
    assert not _linked(graph, "Fionnuala Brennan", "topic")


def test_a_report_of_paragraphs_each_signed_by_its_author(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-28.md",
        "# k2k25 hackathon report\n\nAttending in person: aleksi@, emeka@, jkowal@ and tvu@.\n\n"
        "I mostly fixed the lab DHCP twice.\n\n— Aleksi Mäkinen (aleksi@)\n\n---\n\n"
        "I came to get qwx(4) to do HE rates; pvk@ looked over the net80211 diff.\n\n"
        "— Emeka Obi (emeka@)\n\n---\n\n"
        "weir(4) got some love: SMR-protected state lookups.\n\n-- jkowal\n\n---\n\n"
        "efiboot(8) on arm64 now finds the device tree on the ESP.\n\n— Vũ Minh Tuấn (tvu@)\n",
    )
    people = _labels(graph, "person")
    assert {"Aleksi Mäkinen", "Emeka Obi", "jkowal", "Vũ Minh Tuấn"} <= people
    assert not {"tvu", "emeka", "aleksi"} & people  # the login on the list is the signer's
    assert "qwx(4)" in _linked(graph, "Emeka Obi", "topic")
    assert "qwx(4)" not in _linked(graph, "Vũ Minh Tuấn", "topic")
    assert "efiboot(8)" in _linked(graph, "Vũ Minh Tuấn", "topic")
    assert "efiboot(8)" not in _linked(graph, "jkowal", "topic")


def test_a_word_english_hardly_knows_said_all_meeting_is_a_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-11.md",
        "# Storage sync\n\nAttendees: Chidinma Okafor, Declan Byrne\n\n"
        "- Chidinma: compaction first. hybrid compaction is feature complete; compaction "
        "write amp halves. The new committer hasn't landed anything yet.\n"
        "- Declan: does compaction stall reads? a committer asked; the committer list is long.\n"
        "- Chidinma: no, compaction runs in the background. Another committer agreed, and "
        "the committer guide hasn't changed.\n",
    )
    topics = {t.lower() for t in _labels(graph, "topic")}
    assert "compaction" in topics
    assert "compaction" in {t.lower() for t in _linked(graph, "Chidinma Okafor", "topic")}
    # a role in the project and a word cut at its apostrophe are no subjects
    assert not {"committer", "hasn"} & topics


def test_questions_and_answers_labelled_with_who_asked_and_who_answered(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-11.md",
        "# Otterline office hours\n\nMaintainers: Bartosz Lis (@blis), Meera Iyer (@meera-i)\n\n"
        "### Kafka source\n\n**Q (Tomás Bermúdez, Grupo Arrecife):** consumer lag on the Kafka "
        "source went up after 0.42. Known?\n\n**A (Bartosz):** yes, #2291; the Kafka source "
        "fix is in 0.42.1.\n\n### Enrichment tables\n\n**Q (quietfox, from Discord):** do "
        "enrichment tables reload?\n\n**A (Meera):** enrichment tables reload on file change.\n",
    )
    people = _labels(graph, "person")
    # who asked is a person, the organization beside the name is not
    assert {"Tomás Bermúdez", "quietfox", "Bartosz Lis", "Meera Iyer"} <= people
    assert "Grupo Arrecife" not in people
    assert "#2291" in _linked(graph, "Bartosz Lis", "reference")


def test_a_login_spelled_from_a_hyphenated_or_family_first_name(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-02.md",
        "# This Week in Ferrowave #87\n\n## Merged PRs\n\n"
        "- midi2: UMP parser handles property exchange (#1474 by @yhaddad)\n"
        "- graph: no allocation on topology change (#1477 by @ducminh)\n\n"
        "## Team meeting\n\nPresent: Yousef Al-Haddad, Trần Minh Đức, Aino Heikkinen\n\n"
        "- Yousef: the UMP parser fuzzing found two panics.\n- Đức: CoreAudio still blocked.\n\n"
        "See you in #88!\n",
    )
    # "@yhaddad" is Yousef Al-Haddad, "@ducminh" Trần Minh Đức: one node each
    assert _labels(graph, "person") == {"Yousef Al-Haddad", "Trần Minh Đức", "Aino Heikkinen"}
    # the newsletter's own number is no issue
    assert "#87" not in _labels(graph, "reference")
    assert "#1474" in _labels(graph, "reference")


def test_a_mailed_recap_with_the_roster_in_its_prose(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-08.md",
        "From: Youssef El-Amrani <youssef@oxbow-lang.org>\nSubject: committee recap\n\n"
        "Recap of yesterday's call. Present: Youssef El-Amrani (chair),\nFemi Okonkwo, "
        "Agnieszka Zielińska, Anjali Menon,\nSami Hakala. Niamh Brennan joined for the last "
        "half hour.\n\nAuthor Jae-won Choi presented the task scopes proposal.\n\n"
        "Follow-up: Femi posts the FCP notice on the thread; Anjali to relay it to the author; "
        "ask Sami about the docs.\n\nCorrections welcome.\n\n-- \nYoussef\nOxbow proposals "
        "committee chair\n",
    )
    assert _labels(graph, "person") == {
        "Youssef El-Amrani",
        "Femi Okonkwo",
        "Agnieszka Zielińska",
        "Anjali Menon",
        "Sami Hakala",
        "Niamh Brennan",
        "Jae-won Choi",
    }
    # each clause of a follow-up line is its own task, of the name opening it
    assert _owners(graph, "FCP notice") == {"Femi Okonkwo"}
    assert _owners(graph, "relay") == {"Anjali Menon"}
    assert _owners(graph, "docs") == {"Anjali Menon"}


def test_a_tracker_whose_key_is_a_word_and_an_action_table_keyed_by_ticket(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-20.md",
        "# Postmortem review\n\nAttendees: Marta Kowalczyk, Hyun-woo Park\n\n"
        "The fix is OPS-1290; see also BZ 2291044.\n\n## Action items\n\n"
        "| Key | Action | Owner | Due |\n|---|---|---|---|\n"
        "| OPS-1291 | Alerting: page at 2 min for 5xx | Hyun-woo Park | 2025-02-27 |\n"
        "| OPS-1292 | Deploy pipeline: manual gate for migrations | Marta Kowalczyk | 2025-03-14 |\n",
    )
    refs = _labels(graph, "reference")
    # "OPS" is an English word, but a tracker's key said with several numbers
    assert {"OPS-1290", "OPS-1291", "OPS-1292", "Bug 2291044"} <= refs
    assert "OPS-1291" in _linked(graph, "Hyun-woo Park", "reference")


def test_an_acronym_everyone_knows_said_in_passing_is_no_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-10.md",
        "# Sync\n\nAttendees: Ana Costa, Bo Lindqvist\n\n"
        "- Ana: the SBOM export now writes JSON; SBOM signing next, then SBOM docs.\n"
        "- Bo: the cache TTL is too short for the S3 backend.\n",
    )
    topics = _labels(graph, "topic")
    assert "SBOM" in topics  # said three times
    # said once in passing, and known to any reader of English: context, not a subject
    assert not {"JSON", "TTL", "S3"} & topics


def test_an_acronym_a_corpus_keeps_saying_in_passing_is_its_subject(tmp_path: Path) -> None:
    for day in range(1, 25):  # in 9 of 24 meetings, once each: no template's line either
        said = "the AIX build failed again" if day % 3 == 0 else "the docs build is green"
        (tmp_path / f"2025-03-{day:02d}.md").write_text(
            f"# TSC meeting {day}\n\nAttendees: Ana Costa, Bo Lindqvist\n\n"
            f"- Ana: {said} (run {day}); Bo will look.\n",
            encoding="utf-8",
        )
    graph = kg.build([tmp_path], cache=False).graph
    assert "AIX" in _labels(graph, "topic")


def test_a_rare_word_of_one_meeting_is_its_subject_alone_not_the_corpus(tmp_path: Path) -> None:
    said = "- Ana: mmap the file; mmap is faster; with mmap and one more mmap, then mmap again.\n"
    for day in range(1, 11):
        (tmp_path / f"2025-03-{day:02d}.md").write_text(
            f"# Sync {day}\n\nAttendees: Ana Costa, Bo Lindqvist\n\n"
            + (said if day == 4 else "- Bo: the docs build is green.\n"),
            encoding="utf-8",
        )
    alone = kg.build([tmp_path / "2025-03-04.md"], cache=False).graph
    assert "mmap" in _labels(alone, "topic")
    # in a corpus of many meetings, said through one of them only: a passing word
    assert "mmap" not in _labels(kg.build([tmp_path], cache=False).graph, "topic")


def test_a_name_of_words_joined_by_hyphens_said_often_is_a_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-08.md",
        "# Stand-up\n\nAttendees: Bartosz Nowicki, Arjun Mehta\n\n"
        "- Bartosz: ingest-worker retries are fixed; ingest-worker memory is flat; the "
        "ingest-worker image is tagged. A follow-up on the follow-up, then a follow-up.\n"
        "- Arjun: compile-time checks, compile-time flags, compile-time errors; non-nullable "
        "fields, non-nullable ids, non-nullable keys.\n",
    )
    topics = _labels(graph, "topic")
    assert "ingest-worker" in topics
    assert "ingest-worker" in _linked(graph, "Bartosz Nowicki", "topic")
    # English's own compounds, a qualifier, a prefixed word: no names
    assert not {"follow-up", "compile-time", "non-nullable"} & topics


def test_a_polls_counts_are_no_one_with_those_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-03-24.md",
        "# CG meeting\n\n## Attendees\n\n- Steven Fontanella\n- Thomas Lively\n\n"
        "## Stack switching\n\nTL: 5-way consensus poll to move the proposal to phase 3.\n\n"
        "SF: 7\nF: 21\nN: 5\nA: 0\nSA: 0\n\n| SF | F | N | A | SA |\n|---|---|---|---|---|\n"
        "| 19 in room, 5 on chat | 13 | 4 | 1 | 0 |\n",
    )
    sf = next(
        n
        for n, d in graph.nodes(data=True)
        if d["kind"] == "person" and d["label"] == "Steven Fontanella"
    )
    # he attended; the poll's "SF" (strongly for) lines are not his
    assert graph.nodes[sf]["mentions"] == 1


def test_a_full_name_one_letter_off_a_far_more_frequent_one_is_that_person(
    tmp_path: Path,
) -> None:
    for day in range(1, 13):
        lead = "Tim Bieko" if day == 7 else "Tim Beiko"  # one meeting's typo
        (tmp_path / f"2025-03-{day:02d}.md").write_text(
            f"# ACD {day}\n\nAttendees: {lead}, Min Chen{', Min Chin' if day % 3 == 0 else ''}\n\n"
            f"- {lead}: the fork date is set.\n",
            encoding="utf-8",
        )
    people = _labels(kg.build([tmp_path], cache=False).graph, "person")
    assert "Tim Beiko" in people and "Tim Bieko" not in people
    # two names said about as often stay two people: "Min Chin" may be someone else
    assert {"Min Chen", "Min Chin"} <= people


def test_a_long_word_of_a_name_two_letters_off_said_once_is_that_person(tmp_path: Path) -> None:
    for day in range(1, 13):
        lead = "Johnny Birch" if day == 7 else "Johnnie Birch"  # one meeting's slip
        (tmp_path / f"2021-03-{day:02d}.md").write_text(
            f"# CG {day}\n\nAttendees: {lead}, Asumu Takikawa\n\n- {lead}: the bench is up.\n",
            encoding="utf-8",
        )
    people = _labels(kg.build([tmp_path], cache=False).graph, "person")
    assert "Johnnie Birch" in people and "Johnny Birch" not in people


def test_a_nested_item_that_gives_the_item_above_to_someone(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-27.md",
        "# srcmgr meeting\n\nAttendees: markj, olce, Trevis\n\n"
        "- We should mail core and see what their plans are\n"
        "  - markj is supposed to do this\n"
        "- Git notes for commit metadata\n  - olce will write a proposal\n\n"
        "## Action items\n\n- SWG post for the blog\n  - In progress!\n"
        "  - Holding the token: Trevis\n",
    )
    # the task is the item above, its owner the one the nested item names
    assert _owners(graph, "mail core") == {"markj"}
    assert _owners(graph, "SWG post") == {"Trevis"}


def test_a_transcript_with_speakers_in_brackets_and_the_actions_read_back(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-06.txt",
        "storage call 2025-02-06\n\n"
        "[Kemi] ok, recording is on. Piotr, you start?\n"
        "[Piotr] the compaction stall: the fix in PR 4410 caps the input set.\n"
        "[Hoa] did you measure write amplification with the split?\n"
        "[Piotr] yes, 3.1 to 3.4 on the benchmark.\n"
        "[Hoa] the WAL segment rotation fsyncs twice on the hot path.\n"
        "[Kemi] anything else? no? ok, let me read back the action items.\n"
        "[Kemi] Piotr: add the config knob to 4410, then backport.\n"
        "[Kemi] Hoa: WAL pre-allocation prototype with kill points.\n"
        "[Hoa] sounds good\n",
    )
    # each line is its speaker's turn, and the chair's read-back gives each task its owner
    assert {"Kemi", "Piotr", "Hoa"} <= _labels(graph, "person")
    assert _owners(graph, "config knob") == {"Piotr"}
    assert _owners(graph, "pre-allocation") == {"Hoa"}
    # a tag in brackets is no speaker
    (tmp_path / "tags").mkdir()
    tags = _graph(
        tmp_path / "tags",
        "2025-02-07.md",
        "# Board\n\n[WIP] parser rewrite\n\n[WIP] docs\n\n[DONE] release\n\n[DONE] CI\n\n[TODO] x\n",
    )
    assert not _labels(tags, "person")


def test_textile_minutes_as_redmine_writes_them(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-11.txt",
        "h1. Developer Meeting 2025-03-11\n\n{{toc}}\n\n"
        "*Present:* Chidinma Okafor (chair), Tomasz Wierzbicki, Linh Pham\n\n"
        "h2. 1. Vector tile encoder\n\n"
        "* *Tomasz*: the feature id was truncated in @encoder.varint@, see Bug #2291\n"
        "** Linh: benchmarked simplify-before-clip, ~7% slower\n\n"
        "h2. Action items\n\n"
        "* *Tomasz* -- merge the Bug #2291 patch before rc3\n"
        "* *Linh* -- write up the benchmark numbers\n",
    )
    # headings, bold speakers, code and the action list are read as Textile writes them
    assert _labels(graph, "person") == {"Chidinma Okafor", "Tomasz Wierzbicki", "Linh Pham"}
    assert "encoder.varint" not in _labels(graph, "person")
    assert _owners(graph, "rc3") == {"Tomasz Wierzbicki"}
    assert _owners(graph, "benchmark numbers") == {"Linh Pham"}


def test_formal_minutes_with_a_key_of_initials_in_columns(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-18.txt",
        "TECHNICAL COMMITTEE\n\n"
        "Present:        Chukwuemeka Obi (Chair), Agnieszka Wroblewska,\n"
        "                Eero Lindqvist\n"
        "In attendance:  Ximena Olvera (secretary);\n"
        "                Siobhan Ni Bhriain (liaison)\n\n"
        "Key to initials used in these minutes:\n"
        "    CO   Chukwuemeka Obi            AW   Agnieszka Wroblewska\n"
        "    EL   Eero Lindqvist             XO   Ximena Olvera\n"
        "    SNB  Siobhan Ni Bhriain\n\n"
        "1.  RELEASE 4.2 READINESS\n\n"
        "1.1  EL stated that the fix in #4530 is ready to merge.\n\n"
        "     Action 1.1.1 (EL): merge #4530 and add a regression test.\n\n"
        "2.  CI AND INFRASTRUCTURE\n\n"
        "2.1  The CI moves to Buildkite. Mr. Lindqvist reported.\n\n"
        "     Action 2.1.1 (SNB): publish the revised SECURITY.md.\n",
    )
    people = _labels(graph, "person")
    # the key's two columns are two people each, never one node holding both
    assert people == {
        "Chukwuemeka Obi",
        "Agnieszka Wroblewska",
        "Eero Lindqvist",
        "Ximena Olvera",
        "Siobhan Ni Bhriain",
    }
    assert _owners(graph, "regression test") == {"Eero Lindqvist"}
    assert _owners(graph, "SECURITY.md") == {"Siobhan Ni Bhriain"}
    # each numbered heading in capitals is a section: item 1's topic stops at item 2
    assert "4.2 release" not in _linked(graph, "Siobhan Ni Bhriain", "topic")
    assert any(t.startswith("CI") for t in _labels(graph, "topic"))


def test_minutes_partly_in_spanish(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.md",
        "# Llamada comunitaria / Community call\n\n"
        "**Asistentes:** Lucia Fernandez, Thiago Albuquerque, Rahul Deshpande\n\n"
        "## 1. Bienvenida y anuncios\n\n"
        "- Lucia: el importador de XLSForm todavia no soporta expresiones; faltan pruebas.\n"
        "- Thiago: hay que agregar pruebas y revisar el formulario; necesitamos voluntarios.\n"
        "- Rahul: the sync engine now does field-level merge with an HLC.\n\n"
        "## Varios\n\n- Lucia pide voluntarios para revisar la guia; agregar pruebas.\n\n"
        "## Acciones:\n\n- Thiago: agregar pruebas al importador\n"
        "- Rahul: rebase #801 on the download helper\n",
    )
    topics = {t.lower() for t in _labels(graph, "topic")}
    # the Spanish words are no subjects; the technical names still are
    assert not topics & {"pruebas", "agregar", "revisar", "varios", "acciones", "voluntarios"}
    assert "xlsform" in topics
    assert _owners(graph, "rebase") == {"Rahul Deshpande"}
    assert _owners(graph, "agregar pruebas al") == {"Thiago Albuquerque"}


def test_reported_promises_and_kanban_to_do_column(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-20.md",
        "# Board sync\n\nAttendees: Priyanka Rao, Leena Makela, Tuan Le\n\n## In progress\n\n"
        "- #2781 parallel block merge: Priyanka promised review by Thursday.\n"
        "- #2819 predicate pushdown: Leena said in Slack she'll rebase after the refactor.\n\n"
        "## To Do (new cards from this sync)\n\n"
        "- [CARD-226] Split descriptor builder refactor out of #904 — @tuanle (owner)\n",
    )
    assert _owners(graph, "Priyanka promised") == {"Priyanka Rao"}
    assert _owners(graph, "Leena said") == {"Leena Makela"}
    assert _owners(graph, "descriptor builder") == {"Tuan Le"}


def test_a_heading_that_names_its_presenters_beside_the_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-07-14.md",
        "# Week 6 check-in\n\nAttendees: Olumide Bakare, Magdalena Sobczak, Hoang Minh Anh\n\n"
        "## 1. Zarr v3 storage backend (Olumide Bakare, mentor: Magdalena Sobczak)\n\n"
        "**Progress**\n- read path works for blosc codecs\n\n"
        "**Next steps**\n- bump the pin and add a compat shim in #3140\n- design note for writes\n\n"
        "## 2. Room B: GPU resampling (Hoang Minh Anh)\n\n- bilinear kernels run 9x faster\n\n"
        "## Lightning talks\n\n- Olumide showed the benchmark\n",
    )
    # the people beside the subject present it; the first of them owns its tasks that name no
    # one, under the bold sub-headings too
    assert "Zarr v3 storage backend" in _linked(graph, "Olumide Bakare", "topic")
    assert "Zarr v3 storage backend" in _linked(graph, "Magdalena Sobczak", "topic")
    assert _owners(graph, "compat shim") == {"Olumide Bakare"}
    assert _owners(graph, "design note") == {"Olumide Bakare"}
    # a board's room is no subject, nor the day's lightning talks
    topics = _labels(graph, "topic")
    assert "GPU resampling" in topics
    assert not {"Room B", "Lightning talks"} & topics


def test_a_handle_with_an_underscore_is_a_person_where_it_is_written_as_one(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-09.md",
        "# Dev voice\n\n## Notes\n\n- Android CI is red; xochi_gfx has a likely fix.\n"
        "- we call `init_renderer` before the window exists\n\n"
        "## todo\n\n- [ ] @xochi_gfx: run bunnymark on M2 against #1891\n",
    )
    # "@xochi_gfx" is someone: "xochi_gfx" alone is them, no identifier; `init_renderer` is code
    assert "xochi_gfx" in _labels(graph, "person")
    assert "xochi_gfx" not in _labels(graph, "topic")
    assert _owners(graph, "bunnymark") == {"xochi_gfx"}


def test_a_dokuwiki_page_with_a_status_table(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.txt",
        "====== Brindle maintainers sync ======\n\n"
        "**Chair:** Mariana \\\\\n**Notes:** Aoife \\\\\n**Prev:** [[meetings:2025-06-05|last week]]\n\n"
        "===== Present =====\n\n  * Mariana Castillo (@mcastillo)\n  * Aoife Gallagher (@aoifeg)\n"
        "  * Youssef El-Amrani (@yelamrani)\n  * Tuomas Heikkinen (@tuomash)\n\n"
        "===== Status board =====\n\n^ Topic ^ Owner ^ Status ^\n"
        "| Lease manager rewrite (#2214) | **Youssef** | in review |\n"
        "| Raft snapshot compaction | **Tuomas** | blocked on #2198 |\n\n"
        "===== 1. Lease manager rewrite =====\n\n"
        "  * **Youssef** went through [[https://github.com/b/b/pull/2214|#2214]]. Leases are fenced.\n"
        "  * Tuomas: is every renewal a raft entry? Youssef: no, only ''grant''.\n",
    )
    # six signs are the top level; the table's rows are its owners' lines, not one paragraph of
    # everyone and everything
    assert "Aoife Prev" not in _labels(graph, "person")
    assert "Raft snapshot compaction" not in _linked(graph, "Youssef El-Amrani", "topic")
    assert "Lease manager rewrite" in _linked(graph, "Tuomas Heikkinen", "topic")
    assert "Youssef went through" not in _labels(graph, "topic")


def test_trac_tickets_and_changesets(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.txt",
        "= Weekly meeting =\n\n== Release ==\n\n"
        " * Tile cache eviction bug (ticket:1482) fixed in r9312; the backport is [9315].\n"
        " * Ticket 1490 needs review. Footnote [2024] and [1] are no changesets.\n",
    )
    refs = _labels(graph, "reference")
    assert {"#1482", "#1490", "r9312", "r9315"} <= refs
    assert not {"r2024", "r1"} & refs


def test_minutes_in_latex_source(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-07.txt",
        "% TSC minutes, rendered by CI\n\\documentclass{article}\n\\begin{document}\n"
        "\\section*{Attendance}\n\\begin{tabular}{|l|l|}\n\\hline\n"
        "\\textbf{Name} & \\textbf{Handle} \\\\\n\\hline\n"
        "Zofia Wroblewska & @zwrob \\\\\nRafael Cavalcanti & @rcav \\\\\n\\hline\n"
        "\\end{tabular}\n\n\\section{Wisp storage engine}\n\\begin{itemize}\n"
        "  \\item \\textbf{Zofia}: leveled compaction in "
        "\\href{https://github.com/l/l/pull/2231}{PR 2231}, write amplification down 38\\%.\n"
        "  \\item \\textbf{Rafa}: the query planner needs a fallback for L0.\n"
        "\\end{itemize}\n\n\\section*{Action items}\n\\begin{tabular}{|l|l|}\n\\hline\n"
        "\\textbf{Owner} & \\textbf{Action} \\\\\n\\hline\n"
        "Zofia & Write RFC-0021 for the on-disk format \\\\\n\\hline\n\\end{tabular}\n"
        "\\end{document}\n",
    )
    # the tabular's rows are people and tasks, not one person of every name in a row
    assert _labels(graph, "person") == {"Zofia Wroblewska", "Rafael Cavalcanti"}
    assert _owners(graph, "RFC-0021") == {"Zofia Wroblewska"}
    # \href{...}{PR 2231} is the pull request, Zofia's, in her section on the storage engine
    assert {"l#2231", "Wisp storage engine"} <= _linked(
        graph, "Zofia Wroblewska", "reference"
    ) | _linked(graph, "Zofia Wroblewska", "topic")


def test_a_twiki_topic_with_wikiword_people(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-14.txt",
        '%META:TOPICINFO{author="SiobhanNiBhriain"}%\n---+ DAQ Developers Meeting\n\n%TOC%\n\n'
        "   * *Present:* Main.TomaszKowalczyk, Main.LaylaMansour, Main.IlkkaVirtanen\n\n"
        "---++ 1. EventBuilder ring buffer\n\n"
        "   * TomaszKowalczyk reported on [[https://gitlab.example.org/t/-/merge_requests/341]"
        "[MR !341]]\n      * replaces the =mutex= queue with an SPSC ring buffer\n\n"
        "---++ Action items\n"
        "| *Action* | *Who* | *Due* |\n"
        "| Add Histogrammer leak to known issues | LaylaMansour | 2025-10-28 |\n"
        "| Try condvar wakeup in the ring buffer | TomaszKowalczyk | 2025-10-24 |\n",
    )
    people = _labels(graph, "person")
    # users' pages are people by name; the task's verb is no given name ("Add Histogrammer")
    assert people == {"Tomasz Kowalczyk", "Layla Mansour", "Ilkka Virtanen"}
    assert not any("Kowalczyk" in t or "META" in t for t in _labels(graph, "topic"))
    assert _owners(graph, "condvar") == {"Tomasz Kowalczyk"}
    assert _owners(graph, "Histogrammer") == {"Layla Mansour"}


def test_an_action_table_in_portuguese_and_a_name_a_handle_opens_with(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-02.md",
        "# Maintainers' Call\n\n**Presentes:**\n- Thiago Albuquerque (@thiagoalb)\n"
        "- Oluwadamilare Ogunleye (@dami-o)\n- Meera Krishnan (@meerak)\n\n"
        "## Ações\n\n| Quem | O quê | Prazo |\n|---|---|---|\n"
        "| Dami | Abrir issue: `DeleteRecords` não apaga segmentos remotos | hoje |\n"
        "| Meera | PR separado com histograma | 2.4 |\n",
    )
    assert _owners(graph, "DeleteRecords") == {"Oluwadamilare Ogunleye"}
    assert _owners(graph, "histograma") == {"Meera Krishnan"}
    assert "Dami" not in _labels(graph, "person")


def test_a_platform_named_in_passing_is_no_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-09.md",
        "# Infra weekly\n\nAttendees: Ana Lima, Bo Chen\n\n## CI runners\n\n"
        "- Ana: the ephemeral runners flake on macOS, fine on Linux.\n"
        "- Bo: the runner images now build in 4 minutes.\n\n"
        "## Windows port\n\n- Bo: the installer works on Windows 11 now.\n",
    )
    topics = _labels(graph, "topic")
    # macOS and Linux said once are where the work runs; a heading makes Windows a subject
    assert not {"macOS", "Linux"} & topics
    assert "Windows port" in topics


def test_percentiles_shouting_and_surnames_are_no_subjects(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-09.md",
        "# Storage sync\n\nAttendees: Ana Lindgren, Bo Chen\n\n## Compaction\n\n"
        "- Ana: p99 went from 4ms to 7ms; p99 is the problem; the e2e suite flakes.\n"
        "- Bo: the old path is DROPPED, it was dropped last week, dropped for good.\n"
        "- Bo: Lindgren's patch for the GAPS license, and GAPS docs, look fine.\n",
    )
    topics = _labels(graph, "topic")
    assert not {"p99", "e2e", "DROPPED", "Lindgren"} & topics
    assert "GAPS" in topics  # an acronym that is also a word, never written in lower case here


def test_short_forms_of_given_names_and_a_login_of_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-11-05.md",
        "# Sprint planning\n\n**Notes:** Arjun\n"
        "**Present:** Katarzyna Zielinska, Park Ji-hoon, Arjun Venkataraman, Beatriz Carvalho\n"
        "**Sprint dates:** Nov 6 - Nov 19\n\n## Capacity\n\n| Who | Days |\n|---|---|\n"
        "| Ji-hoon (@jhpark) | 10 |\n| Arjun | 7 |\n\n## Renderer\n\n"
        "- Kasia: the Vulkan backend is ready for review.\n"
        "- Bia: the docs for the tile server are up.\n"
        "- @jhpark will take the PMTiles writer.\n",
    )
    # "Kasia" is Katarzyna, "Bia" Beatriz, "jhpark" Park Ji-hoon; "Arjun" ends with his line
    assert _labels(graph, "person") == {
        "Katarzyna Zielinska",
        "Park Ji-hoon",
        "Arjun Venkataraman",
        "Beatriz Carvalho",
    }


def test_a_sprint_planning_own_parts_are_no_subjects(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-11-05.md",
        "# Sprint 42 planning\n\nAttendees: Ana Lima, Bo Chen\n\n## Sprint goal\n\n"
        "- Ana: ship the PMTiles export end to end.\n\n## Carry-over from Sprint 41\n\n"
        "- Bo: the diff ingest leak, still open.\n\n## Component checklists\n\n"
        "- Ana: docs done.\n\n## PMTiles export\n\n- Bo: the writer sorts tiles.\n",
    )
    topics = _labels(graph, "topic")
    assert not {"Sprint goal", "Carry-over from Sprint 41", "Component checklists"} & topics
    assert "PMTiles export" in topics


def test_a_chat_export_with_dated_lines_and_a_tasks_message(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-02.txt",
        'Chat export: "kite-ota maintainers"\n'
        "Participants: Ngozi Eze, Kacper Nowak, Thanh Vu\n\n"
        "[2025-09-02 14:02] Kacper Nowak: the A/B rollback bug is the boot attempt counter\n"
        "[2025-09-02 14:09] Thanh Vu: the delta patch size doubled in #642\n"
        "[2025-09-02 14:36] Ngozi Eze: that's it, thanks all, tasks below\n"
        "[2025-09-02 14:41] Ngozi Eze: ✅ TASKS from 2025-09-02 sync\n"
        "  - @Kacper Nowak cut kiteboot 0.9.1 hotfix once #118 is merged\n"
        "  - @Thanh Vu add before/after patch size numbers to #642\n",
    )
    assert _owners(graph, "0.9.1 hotfix") == {"Kacper Nowak"}
    assert _owners(graph, "patch size numbers") == {"Thanh Vu"}


def test_a_confluence_page_and_regrets_under_the_attendees(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-19.md",
        "h1. Platform Sync\n\nh2. Attendees\n* Chiamaka Okonkwo [~cokonkwo] — chair\n"
        "* Aino Lehtonen [~ainol] — notes\n\n*Regrets:* Sean Mac Giolla [~smacgiolla] (PTO)\n\n"
        "h2. Status\n||Area||Owner||Status||\n"
        "|Release 3.4 RC1|[~ainol]|{status:colour=Yellow|title=IN PROGRESS}|\n\n"
        "h2. Homework (promised)\n* *Aino*: cut RC1 on Friday\n",
    )
    people = _labels(graph, "person")
    assert people == {"Chiamaka Okonkwo", "Aino Lehtonen", "Sean Mac Giolla"}
    assert _owners(graph, "RC1 on Friday") == {"Aino Lehtonen"}


def test_a_status_meeting_traffic_lights_are_no_people(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-19.md",
        "# Programme status\n\nPresent: Chidinma Okafor, Tomasz Wierzbicki\n\n"
        "Overall programme RAG: 🟡 Amber (was 🟢 on 08-05).\n\n"
        "## Team Storage (lead: Tomasz Wierzbicki)\n\nRAG: 🔴 Red (was 🟡)\n\n"
        "- Tiered compaction landed in main (#4388).\n",
    )
    assert _labels(graph, "person") == {"Chidinma Okafor", "Tomasz Wierzbicki"}


def test_the_new_readers_leave_other_minutes_alone(tmp_path: Path) -> None:
    from kg.markup import bracket_voices, to_markdown
    from kg.parse import declared_initials

    # Markdown minutes with a fenced LaTeX sample are no LaTeX page: the table and flags stay
    text = (
        "# Notes\n\n```latex\n\\item a\n\\item b\n\\item c\n```\n\n"
        "| a | b |\n|---|---|\n| --force-with-lease | ~/repo |\n"
    )
    assert to_markdown(text) == text
    # a changelog's components in brackets are no voices of a transcript
    log = "".join(f"[{c}] fix {i}\n" for i, c in enumerate(["Frontend", "Infra", "docs"] * 3))
    assert bracket_voices(log) == frozenset()
    # a legend's line keeps its pair when a role follows it
    assert declared_initials("  CO  Chukwuemeka Obi     CI and build farm\n") == {
        "CO": "Chukwuemeka Obi"
    }
    # every converter keeps the number of lines where a blank line holds a table's separator
    textile = "h1. T\n\nh2. A\n\n|_. X |_. Y |\n| a | b |\n\nh2. B\n\ntext\n"
    assert len(to_markdown(textile).split("\n")) == len(textile.split("\n"))


def test_a_note_naming_its_owner_under_the_owners_heading_is_theirs(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-19.md",
        "# Status\n\nAttendees: Ann Lee, Bo Chen\n\n## Ann Lee\n\n"
        "- The WasmGC lowering landed in #4412. Ann bisected the regression after it.\n\n"
        "## Bo Chen\n\n- The Cranelift backend is blocked. Ann may help.\n",
    )
    assert "WasmGC" in _linked(graph, "Ann Lee", "topic")
    # under Bo's heading, a note naming Ann is not Bo's alone, nor does it make Cranelift Ann's
    assert "Cranelift backend" not in _linked(graph, "Ann Lee", "topic")


def test_an_issue_list_whose_titles_open_with_their_area(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-14.md",
        "# Weekly triage\n\nOn rotation: Chiamaka Eze\n\n## New issues\n\n"
        "- #2893 Kafka source: `consumer.pause()` not honoured (@ximecast) → assigned @ximecast\n"
        "- #2907 Loki push API receiver: feature request (@rgonzalez) → unassigned\n\n"
        "## Notes\n\n- the Kafka source fix needs a librdkafka pin; Kafka source owners agree.\n",
    )
    topics = _labels(graph, "topic")
    assert {"Kafka source", "Loki push API receiver"} <= topics


def test_a_forum_post_in_bbcode(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-01-22.txt",
        "Forums › Development › Dev Meetings\n\nPost by pixelmancer » Thu Jan 22, 2026\n\n"
        "[b][u]Present[/u][/b]\n[list]\n[*]Oluwaseun Adeyemi ([b]pixelmancer[/b])\n"
        "[*]Katarzyna Nowak ([b]kasia_dev[/b])\n[*]Mikko Saarinen ([b]mikkos[/b])\n[/list]\n\n"
        "[b]1. Vulkan backend[/b]\nKasia reported the [b]Vulkan backend[/b] uses bindless "
        "textures ([url=https://github.com/cf/cf/pull/871]PR #871[/url]).\n"
        '[quote="kasia_dev"]Please test the branch before I mark it ready.[/quote]\n\n'
        "[b][u]Action items[/u][/b]\n[list]\n[*][b]mikkos[/b] — test the bindless fallback\n"
        "[/list]\n\n_________________\n[size=85]Kasia N. — renderer[/size]\n",
    )
    # no tag, breadcrumb or signature is a person; the signature's "Kasia N." is Katarzyna
    assert _labels(graph, "person") == {"Oluwaseun Adeyemi", "Katarzyna Nowak", "Mikko Saarinen"}
    assert "Vulkan backend" in _linked(graph, "Katarzyna Nowak", "topic")
    assert _owners(graph, "bindless fallback") == {"Mikko Saarinen"}
    assert not any("[" in label for label in _labels(graph, "topic"))


def test_a_note_app_page_with_page_links_and_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-03.md",
        '---\ndate: 2025-06-03\nattendees:\n  - "[[Tomasz Wróblewski]]"\n  - "[[Kwame Asante]]"\n'
        'regrets:\n  - "[[Farid Haddad]]"\n---\n\n# Storage sync\n\n## Query Planner\n\n'
        "- [[Tomasz Wróblewski|Tomek]] bisected the q9 regression in the [[Query Planner]].\n"
        "- [[Kwame Asante|Kwame]] has a fix for the checkpointer.\n\n## Tasks\n\n"
        "- [ ] Revert the build-side heuristic @tomekw 📅 2025-06-10\n"
        "- [ ] Rebase #2219 on Kwame's fix @farid 📅 2025-06-13\n",
    )
    # the page named is the person ("Tomek" shows the page "Tomasz Wróblewski"); "tomekw" is
    # the short form of his given name and his surname's initial
    assert _labels(graph, "person") == {"Tomasz Wróblewski", "Kwame Asante", "Farid Haddad"}
    assert "Query Planner" in _linked(graph, "Tomasz Wróblewski", "topic")
    # the handle a task ends with owns it, not a name inside its text
    assert _owners(graph, "Rebase") == {"Farid Haddad"}
    assert _owners(graph, "Revert") == {"Tomasz Wróblewski"}


def test_an_outliner_page_with_todo_markers(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-17.md",
        "- type:: meeting\n- attendees:: [[Gabriela Hernández]], [[Park Ji-woo]]\n"
        "- [[Component Model]]\n\t- Gabriela: the adapter cache for the [[Component Model]] "
        "is done.\n\t- TODO [[Gabriela Hernández]] add the memory64 flag to the cache key\n"
        "\t- LATER [[Park Ji-woo]] fold consecutive fuel subtracts\n"
        "\t- DONE [[Park Ji-woo]] land the OSR patch\n",
    )
    assert _owners(graph, "memory64") == {"Gabriela Hernández"}
    assert _owners(graph, "fuel subtracts") == {"Park Ji-woo"}
    assert not _owners(graph, "OSR patch")  # done: no longer a task
    assert "Component Model" in _labels(graph, "topic")


def test_a_mail_thread_of_minutes_and_replies(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-03-10.txt",
        "From: Conor Walsh <conor@example.org>\nSubject: Storage WG minutes\n\n"
        "Attendees: Conor Walsh, Ngozi Obi, Juan Pablo Ríos, Leila Mansour\n\n"
        "1. EC repair bandwidth\n   Ngozi: rebuilding a disk pulls 8 chunks per stripe.\n"
        "   ACTION Ngozi: add an upgrade test for mixed pools to #1532.\n\n"
        "2. S3 gateway multipart limits (JP)\n   ACTION JP: post the s3-compat results.\n\n"
        "Cheers,\nConor\n\n\n"
        "From: Leila Mansour <leila@example.org>\nSubject: Re: Storage WG minutes\n\n"
        "On Tue, Mar 10, 2026 at 7:48 PM Conor Walsh <conor@example.org> wrote:\n"
        "> 1. EC repair bandwidth\n\nI said I'd write the cache invalidation prototype.\n\n"
        "Leila\n\n--\nLeila Mansour\nmetadata service, Tidewater\nPGP: 4F2A 91C0\n\n\n"
        "From: Satu Koskinen <satu@example.org>\nSubject: Re: Storage WG minutes\n\n"
        "+1, matches what I heard.\n\nSatu\n\n--\nSatu Koskinen\n",
    )
    assert _owners(graph, "upgrade test") == {"Ngozi Obi"}
    assert _owners(graph, "s3-compat") == {"Juan Pablo Ríos"}  # "JP": his two given names
    # the reply is Leila's, signed by her, though Satu signs the mail after it
    assert _owners(graph, "cache invalidation") == {"Leila Mansour"}
    assert not _labels(graph, "topic") & {"ACTION JP", "JP", "ACTION Ngozi"}


def test_a_distribution_team_meetbot_log(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-12-09.md",
        "# Packaging team\n\nPresent: jwkim (Ji-woo Kim), pekkav (Pekka Virtanen)\n\n"
        "## CI\n\n- riscv64: 4 new workers, only running hcheck for build-essential\n"
        "- jwkim: known, bug #1101877, needs the isolated-machine backend\n"
        "- pekkav to send the mirror policy draft to halyard-mirrors@ for comments\n",
    )
    # an architecture opening a note and a mailing list's address are nobody
    assert _labels(graph, "person") == {"Ji-woo Kim", "Pekka Virtanen"}
    refs = {a for _, d in graph.nodes(data=True) if d["kind"] == "reference" for a in d["aliases"]}
    assert "bug #1101877" in refs  # the name the minutes give it


def test_a_presenters_heading_credits_the_notes_under_it(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-19.md",
        "# Programme status\n\nPresent: Tomasz Wierzbicki, Nguyen Thi Lan, Aino Korhonen\n\n"
        "## Team Storage (lead: Tomasz Wierzbicki)\n\n"
        "- Tiered compaction landed in main but the p99 regression is still there.\n"
        "- Milestones:\n  - M1 tiered compaction merged\n\n"
        "## Team Query (lead: Nguyen Thi Lan)\n\n"
        "- Vectorized executor: 14 of 19 operators ported.\n"
        "- Milestones:\n  - vectorized executor feature complete, Sep 5\n"
        "- Aino will move the bench harness to dedicated runners (#4415).\n",
    )
    assert "tiered compaction" in {t.lower() for t in _linked(graph, "Tomasz Wierzbicki", "topic")}
    assert "vectorized executor" in {t.lower() for t in _linked(graph, "Nguyen Thi Lan", "topic")}
    # a note naming someone else is theirs, not the presenter's
    assert "#4415" in _linked(graph, "Aino Korhonen", "reference")
    assert "#4415" not in _linked(graph, "Nguyen Thi Lan", "reference")


def test_a_lab_meeting_with_a_professor_on_the_list(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-11-19.md",
        "# Lab meeting\n\n**Present:** Prof. Ingrid Halvorsen (PI), Marta Zielińska (postdoc), "
        "Chinedu Obi\n**Guest:** Dr. Seo-yeon Han (Biomechanics Lab)\n\n## Updates\n\n"
        "### Marta\n\n- CUDA backend: fused the streaming and collision kernels.\n",
    )
    # "Prof." does not end the list; "Guest" is no subject
    assert _labels(graph, "person") == {
        "Ingrid Halvorsen",
        "Marta Zielińska",
        "Chinedu Obi",
        "Seo-yeon Han",
    }
    assert "Guest" not in _labels(graph, "topic")
    assert "CUDA backend" in _linked(graph, "Marta Zielińska", "topic")


def test_a_status_mail_of_boxed_team_sections(tmp_path: Path) -> None:
    rule = "-" * 40
    graph = _graph(
        tmp_path,
        "2026-03-20.txt",
        "Subject: Weekly status\nFrom: Aoife Brennan <aoife@example.org>\n\nHi all,\n\n"
        f"{rule}\nCONTROL PLANE\nOwner: Paweł Dąbrowski (@pdabrowski)\n{rule}\nDone:\n"
        " - EventRoute CRD v1beta2 types merged (#1398).\nIn progress:\n"
        " - Reconciler rate limiting per namespace, draft PR #1425.\n\n"
        f"{rule}\nOBSERVABILITY\nOwner: Phạm Thu Hà (@phamth)\n{rule}\nDone:\n"
        " - Grafana dashboards moved into the repo (#1391).\n",
    )
    topics = _labels(graph, "topic")
    # a title boxed between rules is a heading of its own, not one with the owner's line
    assert not any("Owner" in t for t in topics)
    assert "#1398" in _linked(graph, "Paweł Dąbrowski", "reference")
    assert "#1425" in _linked(graph, "Paweł Dąbrowski", "reference")  # "In progress:" too
    assert "#1391" not in _linked(graph, "Paweł Dąbrowski", "reference")


def test_a_sprint_report_in_prose(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-10-14.md",
        "# Autumn sprint\n\n## Who was there\n\n- Aino Virtanen (aino) – Halo window manager\n"
        "- Diego Alvarado Ruiz (dalvarado) – Halo, tiling and snapping\n"
        "- Fatou Diallo (fdiallo) – accessibility, remote\n\n"
        "## Halo: tiling, gaps and fractional scaling\n\nDiego rewrote the gap calculation.\n\n"
        "## What's next\n\n- **Aino**: final draft of LEP-14 to the list before Oct 31.\n"
        "- **Diego**: land snap assist behind a flag.\n",
    )
    # a role after the dash is no one; the name before a heading's colon is its subject
    assert _labels(graph, "person") == {"Aino Virtanen", "Diego Alvarado Ruiz", "Fatou Diallo"}
    assert "Halo" in _linked(graph, "Diego Alvarado Ruiz", "topic")
    assert _owners(graph, "snap assist") == {"Diego Alvarado Ruiz"}
    assert _owners(graph, "LEP-14") == {"Aino Virtanen"}


def test_a_heading_subject_said_again_in_the_notes(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-02-04.md",
        "# Incubation CG\n\nPresent: Adaeze Nwosu, Kavya Menon\n\n## Navigation Snapshots\n\n"
        "Adaeze: Navigation Snapshots lets a page keep a snapshot of the outgoing document.\n\n"
        "## Font Fallback Descriptors\n\nKavya: Font Fallback Descriptors adds two descriptors.\n",
    )
    topics = _labels(graph, "topic")
    assert {"Navigation Snapshots", "Font Fallback Descriptors"} <= topics
    assert not topics & {"Snapshots", "Descriptors"}  # the words of the name, not subjects
    assert "Navigation Snapshots" in _linked(graph, "Adaeze Nwosu", "topic")


def test_words_that_open_notes_as_names_do_are_nobody(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2023-03-15.md",
        "# Lang team triage\n\nAttendees: Ryan Levick, Niko Matsakis\n\n## FCPs\n\n"
        "- [x] merge: Stabilize the never type (rust#57012)\n"
        "- [ ] merge: Integrate derive helpers (rust#64694)\n\n## Temporaries\n\n"
        "* Pro: shorter code in the common case.\n* Con: the example would build again.\n"
        "* prioritization: which items we take on in the near term\n\n## Next steps\n\n"
        "Ping Ryan about continuing the work. @Liaison, can you prepare an update?\n",
    )
    assert _labels(graph, "person") == {"Ryan Levick", "Niko Matsakis"}


def test_a_proposal_review_by_package_path(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-11-19.md",
        "# Proposal review\n\nAttendees: Eero Halonen, Adaeze Okonkwo\n\n## Accepted\n\n"
        "- **proposal: sync/atomic: add Float64** #71100\n"
        "  - Eero: the API mirrors the integer types; accepted.\n\n## Demo 2 — Offline routing\n\n"
        "Adaeze showed offline routing with turn restrictions.\n",
    )
    topics = _labels(graph, "topic")
    # the package a proposal is filed against; a demo's subject, not its number
    assert "sync/atomic" in _linked(graph, "Eero Halonen", "topic")
    assert "Offline routing" in topics
    assert "Demo 2" not in topics


def test_a_discussion_table_of_topics_owners_and_next_steps(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-12.md",
        "# Maintainers sync\n\n## Participants\n\n| Name | Role | Attended |\n|---|---|---|\n"
        "| Tomasz Wierzbicki | Maintainer | Yes |\n| Harpreet Sandhu | Release manager | Yes |\n\n"
        "## Discussion\n\n| Topic | Owner | Notes | Next step |\n|---|---|---|---|\n"
        "| WAL compaction rewrite | @Tomasz Wierzbicki | Compaction runs per segment now (#2281). "
        "| Add an upgrade note |\n"
        "| 0.19 release status | @Harpreet Sandhu | RC1 cut on Monday. | Keep the 26 Mar date |\n\n"
        "## Decisions\n\n| # | Decision | Agreed by |\n|---|---|---|\n"
        "| D1 | WAL format v4 ships in 0.19 | TW, HS |\n",
    )
    assert "WAL compaction rewrite" in _linked(graph, "Tomasz Wierzbicki", "topic")
    assert "#2281" in _linked(graph, "Tomasz Wierzbicki", "reference")
    assert _owners(graph, "upgrade note") == {"Tomasz Wierzbicki"}
    assert _owners(graph, "26 Mar") == {"Harpreet Sandhu"}
    assert not _labels(graph, "topic") & {"TW", "HS"}  # initials of those on the list


def test_a_meetbot_log_with_actions_and_a_projects_own_proposals(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-11-18.txt",
        "[19:00:02] <ayo_o> #startmeeting base\n[19:01:05] <ayo_o> #topic old action items\n"
        "[19:01:30] <zwrob> submitted last wed, no comments from reviewers yet\n"
        "[19:02:10] <tuanpm> the plugin design is BRIP-7, the charter is BRIP-9\n"
        "[19:07:28] <ayo_o> #action tuanpm forward-port the zstd initramfs patch\n"
        "[19:08:10] <ayo_o> #action niamhc set up the release notes wiki page\n"
        "[19:09:00] <ayo_o> #endmeeting\n",
    )
    assert _owners(graph, "zstd initramfs") == {"tuanpm"}
    assert _owners(graph, "release notes") == {"niamhc"}  # a nick said only there
    # the report on an old task is no new task
    assert not any(
        "reviewers" in d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "action"
    )
    assert {"BRIP 7", "BRIP 9"} <= _labels(graph, "reference")


def test_a_numbered_heading_of_a_proposal_and_its_title(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-01-22.md",
        "# Proposals committee\n\nPresent: Zofia Lewandowska, Arjun Mehta\n\n"
        "## 1. Proposal #612: Linear let bindings\n\n"
        "Zofia summarised the proposal. Arjun is still uneasy about a second meaning of linearity.\n",
    )
    assert "Linear let bindings" in _linked(graph, "Zofia Lewandowska", "topic")
    assert "Linear let bindings" in _linked(graph, "Arjun Mehta", "topic")


def test_a_persons_first_name_said_alone_is_no_subject(tmp_path: Path) -> None:
    (tmp_path / "2023-09-28.md").write_text(
        "# ACD 171\n\nAttendees: Sifis Lagouvardos, Tim Beiko\n\n## Audits\n\n"
        "- Sifis: the only real finding was the zero timestamp; we reviewed the changes.\n",
        encoding="utf-8",
    )
    graph = _graph(
        tmp_path,
        "2025-01-30.md",
        "# ACD 204\n\n## Pectra audit\n\n"
        "* We identified three issues, one of them a denial of service. **Sifis Lagouvardos**\n"
        "* The Pectra audit report is public. **Sifis Lagouvardos**\n"
        "* Thanks, Sifis. Any questions for Sifis on the audit?\n",
    )
    # his name, said where he speaks in bold at the end of his lines, is no subject
    assert "Sifis Lagouvardos" in _labels(graph, "person")
    assert not _labels(graph, "topic") & {"Sifis", "Sifis Lagouvardos"}


def test_slide_notes_with_presenters(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-02-12.md",
        "# Community call #14\n\n## Slide 3: WASM plugin SDK (preview)\nPresenter: Lucía Herrera\n\n"
        "- the SDK compiles transforms to wasm32-wasip2\n"
        "- deprecations: the old config block prints a warning now\n\n"
        "## Slide 7: Steering committee election\nPresenter: Tomasz Zieliński\n\n"
        "- nominations open until March 20\n",
    )
    assert "WASM plugin SDK" in _linked(graph, "Lucía Herrera", "topic")
    assert "Steering committee election" in _linked(graph, "Tomasz Zieliński", "topic")
    assert "deprecations" not in _labels(graph, "person")


def test_the_review_of_the_seventeenth_session(tmp_path: Path) -> None:
    handles = " ".join(f"@u{k}x" for k in range(40))
    rule = "-" * 40
    graph = _graph(
        tmp_path,
        "2025-06-01.md",
        "# Sync\n\nPresent: Ann Lee - chair, Bo Chen, Cy Diaz, Dana Fox\n"
        "Guests: Joe Sepi @joesepi (Guest - Node.js CPC rep)\n\n## Işık Renderer\n\n"
        "- Bo Chen: IŞIK RENDERER crashes on Intel GPUs.\n"
        f"- [ ] Review the release notes {handles} before Friday\n"
        "- #action fix the mirror sync script\n\n"
        f"{rule}\nWe agreed to ship 2.0 on Friday.\n{rule}\n\n{rule}\nAnd to tag it.\n{rule}\n",
    )
    # a letter whose capital lower-cases otherwise, forty handles, a verb after "#action", a
    # role after a dash among other names, sentences between rules: read, and read right
    assert _labels(graph, "person") >= {"Ann Lee", "Bo Chen", "Cy Diaz", "Dana Fox", "Joe Sepi"}
    assert "fix" not in _labels(graph, "person")
    text = (tmp_path / "2025-06-01.md").read_text(encoding="utf-8")
    assert "## We agreed" not in _boxed_titles(text)


def test_chat_export_threads_standup_parts_and_follow_ups(tmp_path: Path) -> None:
    # a Slack export: "Name  9:04 AM" over each message, replies indented under it, "•" bullets,
    # reactions, stand-up parts before the subject, and a list of follow-ups by @handle
    graph = _graph(
        tmp_path,
        "2024-06-12.md",
        "#mobile-standup · Kitebook workspace\n\n"
        "Sinead Murphy  9:00 AM\nAsync standup thread! Yesterday / Today / Blockers please\n"
        ":tada: 7  :wave: 5\n\n"
        "Beatriz Almeida  9:04 AM\n*Yesterday*\n"
        "• offline sync: finished the conflict-resolution rework (#1423)\n"
        "*Today*\n• keep going on #1431, moving the sync engine to vector clocks\n:eyes: 2\n"
        "    Tunde Bakare  9:20 AM\n    on it after lunch. is the vector clock change compatible?\n"
        "    Beatriz Almeida  9:24 AM\n    yes, old clients ignore the new field\n\n"
        "Tunde Bakare  9:12 AM\nY: sync-server — added the rate limiter on the changes feed\n"
        "T: deploy sync-server 2.14 to staging\n\n"
        "Arjun Mehta  9:15 AM\nYesterday: push notifications — migrated pushgate to HTTP v1\n"
        "Today: the iOS reminder bug #1437\n\n"
        "trang.dang  9:38 AM\nhi all, first real standup!\nY: env setup, the Gradle cache works\n\n"
        "Sinead Murphy  5:40 PM\n:pushpin: *Follow-ups from today*\n"
        "• @Beatriz — land the vector clocks change #1431 before the branch cut\n"
        "• me — create the Firebase service account for @Arjun\n"
        "• @Arjun + @trang.dang — pair on the APNs token bug #1437\n",
    )
    people = _labels(graph, "person")
    assert {"Sinead Murphy", "Beatriz Almeida", "Tunde Bakare", "Arjun Mehta"} <= people
    assert "trang.dang" in people  # a login heads her message
    assert not {"Yesterday", "Today", "Blockers"} & _labels(graph, "topic")
    assert "push notifications" in _linked(graph, "Arjun Mehta", "topic")
    assert "vector clocks" not in _linked(graph, "Arjun Mehta", "topic")  # Sinéad's list
    assert _owners(graph, "land the vector clocks") == {"Beatriz Almeida"}
    assert _owners(graph, "Firebase service account") == {"Sinead Murphy"}  # "me", not @Arjun
    assert _owners(graph, "APNs token") == {"Arjun Mehta", "trang.dang"}


def test_logins_that_speak_are_people_not_topics(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    graph = _graph(
        tmp_path,
        "2025-05-21.md",
        "# Quillstone sync\n\nInvited Priya Raman, Kwame Asante, lbrandt\n\n"
        "* WAL stalls: Priya saw them in staging. lbrandt added that the stall shows up in the "
        "ingest profile.\n* HNSW memory: Kwame presented the numbers. lbrandt proposed product "
        "quantization.\n* CJK tokenizer: lbrandt reported the ICU tokenizer is 3x faster.\n"
        "* niamhc sent regrets. Thanks niamhc for the release notes; niamhc is doing them again.\n"
        "* i18n says no issues. Ping starfits maintainers about the FITS reader.\n",
    )
    people = _labels(graph, "person")
    assert {"lbrandt", "niamhc"} <= people
    assert not {"lbrandt", "niamhc"} & _labels(graph, "topic")
    assert not {"i18n", "starfits"} & people  # a group, a project
    words = _graph(
        tmp_path / "b",
        "2024-01-23.md",
        "# Infra sync\n\nAttendees: Damien Duportal, Stephane Merle\n\n"
        "* the seconder thinks the concern should be heard. stack.switch says the yielder knows.\n"
        "* ~8 months left (drastic increase in credit consuption)\n"
        "* an empty SA of kind premium (from updates.jenkins.io.tf)\n"
        "* GraphiQL 2 is out; GraphiQL plugins next; the GraphiQL docs moved. Benjie has "
        "access to the @graphiql namespace now.\n",
    )
    assert _labels(words, "person") <= {"Damien Duportal", "Stephane Merle", "Benjie", "graphiql"}


def test_project_tracker_and_advisory_references(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-10.md",
        "# Tabula dev call\n\n- Camila: the string dtype regression is GH#58690, fix in PR#58702.\n"
        "- Vikram: advisory TSA-2024-05 goes out with 3.0.10; RUSTSEC-2024-0001 is unrelated.\n"
        "- Action items AI-2025-16 and AI-2025-17 are done.\n",
    )
    refs = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "reference"}
    assert {"#58690", "#58702", "TSA-2024-05", "RUSTSEC-2024-0001"} <= refs
    assert not any(r.startswith("AI-") for r in refs)  # items of the minutes, no advisory


def test_plain_text_tasks_by_initials_and_shared_owners(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-24.txt",
        "CORVID ROUND TABLE\n\nAttendees:\n  Karim Benali (Halcyon Labs)\n"
        "  Antti Salonen (independent)\n  Thiago Barros (Ironbark Compute) -- remote\n\n"
        "1. RangeFold\n\nKB: RangeFold is ready behind a flag.\nAS: tv-check found nothing.\n"
        "TB: the eviction cascade is still open.\n\n"
        + "-" * 60
        + "\n6. Action items\n"
        + "-" * 60
        + "\n"
        "  KB  land RangeFold (D184302) behind -enable-rangefold; post tracker\n"
        "      numbers on the Discourse thread\n"
        "  AS  run tv-check over D184355 before it lands\n"
        "  TB  start a Discourse thread on capping the eviction cascade\n",
    )
    assert "Thiago Barros" in _labels(graph, "person")  # not "Thiago Barros -- remote"
    assert _owners(graph, "land RangeFold") == {"Karim Benali"}
    assert _owners(graph, "eviction cascade") == {"Thiago Barros"}
    (tmp_path / "b").mkdir()
    shared = _graph(
        tmp_path / "b",
        "2024-07-10.md",
        "# Dev call\n\nAttendees: Venkat Raghunathan, Eoin Gallagher, Mai Tran\n\n"
        "### Action items\n\n- Venkat, Eoin: vote on TDEP-8 by Friday\n"
        "- Mai: sprint prep (find a room)\n",
    )
    assert _owners(shared, "vote on TDEP-8") == {"Venkat Raghunathan", "Eoin Gallagher"}


def test_raw_irc_log_item_calls_and_a_recap_of_todos(tmp_path: Path) -> None:
    # no meeting bot: the chair calls "2) python 3.14, thanhvu" and recaps the tasks line by line
    graph = _graph(
        tmp_path,
        "2025-04-17.txt",
        "--- Log opened Thu Apr 17 15:58:41 2025\n"
        "16:00 <obiadeyemi> agenda: 1) toolchain rebuild 2) py3.14 transition 3) mirror outage\n"
        "16:01 <rafa_bs> o/\n16:01 <thanhvu> hi\n16:01 <ciaranoc> hello\n"
        "16:03 <obiadeyemi> ok, 1) toolchain. rafa_bs?\n"
        "16:03 <rafa_bs> toolchain-next has gcc 15.1 now, first mass rebuild finished\n"
        "16:04 <rafa_bs> 612 FTBFS, tracker is bug #48213\n"
        "16:11 <obiadeyemi> ok. 2) python 3.14, thanhvu\n"
        "16:11 <thanhvu> python 3.14 is in staging, 40 packages left to port\n"
        "16:18 <obiadeyemi> 3) mirror outage. ciaranoc are you here?\n"
        "16:19 -!- ciaranoc [~ciaran@kestrel/infra/ciaranoc] has joined #kestrel-pkg\n"
        "16:19 <ciaranoc> the mirror outage was the rsync push ordering, fix is up\n"
        "16:33 <obiadeyemi> ok. recap of todos so i can paste it to the wiki:\n"
        "16:33 <obiadeyemi> rafa_bs: keep triaging #48213\n"
        "16:34 <obiadeyemi> thanhvu: wiki page explaining python3.14t\n"
        "16:35 <obiadeyemi> ciaranoc: push ordering fix\n"
        "16:38 -!- ciaranoc [~ciaran@kestrel/infra/ciaranoc] has quit [Quit: bye]\n"
        "--- Log closed Thu Apr 17 16:40:12 2025\n",
    )
    assert "python" in _linked(graph, "thanhvu", "topic")  # the item called, not "python 3"
    assert "mirror outage" in _linked(graph, "ciaranoc", "topic")
    assert _owners(graph, "keep triaging") == {"rafa_bs"}
    assert _owners(graph, "push ordering fix") == {"ciaranoc"}
    assert not any("has quit" in d.get("label", "") for _, d in graph.nodes(data=True))


def test_restructuredtext_minutes(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-26.txt",
        "=============================\nQuill Data Format WG: Minutes\n=============================\n\n"
        ":Chair: Ifeoma Nwachukwu\n:Scribe: Meera Pillai\n\nAttendance\n==========\n\n"
        "=====================  ===================  ==========\n"
        "Name                   Organisation         Role\n"
        "=====================  ===================  ==========\n"
        "Ifeoma Nwachukwu       Halden Labs          Chair\n"
        "Seo-yeon Park          Korai Systems\n"
        "Tariq Al-Mansouri      Sahel Data\n"
        "=====================  ===================  ==========\n\n"
        "Agenda\n======\n\n#. QSL 1.2 (:issue:`412`)\n#. AOB\n\n"
        "2. QSL 1.2: tagged unions\n=========================\n\n"
        "Seo-yeon raised schema evolution for the Quill Schema Language. Tariq agreed.\n\n"
        ".. note:: Meera to circulate the draft.\n",
    )
    people = _labels(graph, "person")
    assert {"Ifeoma Nwachukwu", "Seo-yeon Park", "Tariq Al-Mansouri", "Meera Pillai"} <= people
    assert not any("Organisation" in p or "Korai" in p for p in people)
    assert "Seo-yeon (unresolved)" not in people


def test_notion_export_mentions_and_toggles(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-06.md",
        "# Core Team Sync\n\nParticipants: @Chiamaka Eze @Mateusz Wróbel @Lucas Ferreira\n"
        "Tags: core-team, weekly\n\n## Notes\n\n- ▸ 1. Release 4.2 status\n    \n"
        "    Lucas: rc.1 went out Friday, 3 release blockers left.\n    \n"
        "- ▸ 2. Streaming SSR\n    \n"
        "    Chiamaka: streaming SSR works with islands now; the flush ordering is fixed.\n    \n"
        "    Mateusz: the router needs the same change.\n",
    )
    assert {"Chiamaka Eze", "Mateusz Wróbel", "Lucas Ferreira"} == _labels(graph, "person")
    assert "Streaming SSR" in _linked(graph, "Chiamaka Eze", "topic")


def test_a_paragraph_titled_in_bold_is_about_its_title(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-12.md",
        "# Board meeting\n\nDirectors present: Olumide Bankole, Hoang Lan, Krzysztof Nowicki\n\n"
        "## Working group reports\n\n"
        "**Security Working Group.** Mr. Bankole reported that the WG onboarded two projects "
        "to the signed-release pilot.\n\n"
        "**Infrastructure Working Group.** Ms. Hoang reported on the CI migration to the new "
        "runners.\n",
    )
    assert "Security Working Group" in _linked(graph, "Olumide Bankole", "topic")
    assert "Infrastructure Working Group" in _linked(graph, "Hoang Lan", "topic")
    assert "Security Working Group" not in _linked(graph, "Hoang Lan", "topic")


def test_a_forum_recap_with_emoji_titled_paragraphs(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.md",
        "# Community Call #14 recap\n\n## Highlights\n\n"
        "📱 **Mobile app 2.0 beta is out!**\n"
        "@gui.santos (Guilherme Santos) demoed the new background upload on Android.\n\n"
        "🌍 **Translations**\n"
        "@xochitl.r reports we are at 31 languages on Weblate. More translations soon.\n\n"
        "🔌 **Plugin API RFC**\n"
        "@tunde.dev (Babatunde Okafor) walked through the draft Plugin API v1.\n",
    )
    assert "translations" in {t.lower() for t in _linked(graph, "xochitl.r", "topic")}
    assert any(t.startswith("Plugin API") for t in _linked(graph, "Babatunde Okafor", "topic"))
    assert not any(" is out" in t for t in _labels(graph, "topic"))  # news, not a subject


def test_logins_named_once_by_first_name_and_a_sentence_after_the_names(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-03-14.md",
        "# lumenfs monthly call\n\n## Attendees\n\n- Adaeze Okonkwo (Nimbus Storage)\n"
        "- Eero Lindqvist (independent)\n- yhaddad\n- rcunha (joined ~20 min late)\n\n"
        "Agenda was the usual: jlog, mount API conversion, quota, Hammerhead, AOB.\n\n"
        "## Mount API\n\nYoussef (yhaddad) said he'd review patches 3-5 this week.\n\n"
        "## Fuzzing (Hammerhead)\n\nrcunha (Rafael) joined around here. Rafael will compress "
        "the reproducers with zstd.\n",
    )
    people = _labels(graph, "person")
    assert not {"jlog", "quota", "Hammerhead"} & people  # the agenda, not more names
    assert not {"Youssef", "Rafael"} & people  # each the login beside it
    assert {"yhaddad", "rcunha", "Adaeze Okonkwo", "Eero Lindqvist"} <= people


def test_a_wrapped_roster_line_and_a_chat_groups_mention(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-03.txt",
        "Subject: [dev] Weekly meeting summary 2025-06-03\n\nHi all,\n\n"
        "Present: Oluwaseun Adebayo (me, RM for 4.2), Magdalena Kowalczyk, Phạm Thu\n"
        "Trang, Ananya Krishnan, Eero Mäkinen,\nChoi Min-jun, Guadalupe Herrera.\n\n"
        "== 4.2 release status ==\n\nTrang reported the CI flakiness is down. Eero agreed.\n",
    )
    people = _labels(graph, "person")
    assert {"Phạm Thu Trang", "Eero Mäkinen", "Choi Min-jun", "Guadalupe Herrera"} <= people
    assert "Phạm Thu" not in people and "Trang" not in people
    (tmp_path / "b").mkdir()
    zulip = _graph(
        tmp_path / "b",
        "2024-05-16.md",
        "# [weekly] 2024-05-16\n\n**triagebot:** WG check-ins: @*WG-incremental*, @*WG-trait-solver*\n\n"
        "**Amara Eze:** let's start. @**Ville Heikkinen** for WG-incremental?\n\n"
        "**Ville Heikkinen:** the red-green rework of WG-incremental landed.\n",
    )
    assert not {"WG-incremental", "WG-trait-solver"} & _labels(zulip, "person")


def test_a_lower_case_label_the_prose_uses_as_a_word_is_no_speaker(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-04-09.md",
        "# Networking/Meetings/2024-04-09\n\nPresent: Juha Mäkinen (jmakinen), Chidi Nwosu (chidi)\n\n"
        "## Roundtable\n\n* **jmakinen**:\n  * fuzzing: new HTTP/2 frame fuzzing target landed\n"
        "  * asked chidi about adding Plover parsing as a fuzzing target too\n\n"
        "## Discussion\n\n* mame: the patch looks fine\n* chidi: I leave it to mame\n",
    )
    people = _labels(graph, "person")
    assert "fuzzing" not in people
    assert "mame" in people  # "to mame" is how a person is spoken of; "a fuzzing target" a word's


def test_the_review_of_the_new_readers_cases(tmp_path: Path) -> None:
    # a legend of initials stays a legend; Markdown with emoji codes is no reStructuredText; a
    # roster line over the next names is not one name; an answer "1) yes" opens no section; a
    # subject before a dash owns no task
    legend = _graph(
        tmp_path,
        "2024-10-24.txt",
        "ROUND TABLE\n\nInitials:\n  KB  Kofi Boateng\n  AS  Antti Salonen\n  TB  Thiago Barros\n\n"
        "KB: RangeFold is ready.\nAS: tv-check found nothing.\nTB: the cascade is open.\n",
    )
    assert {"Kofi Boateng", "Antti Salonen", "Thiago Barros"} <= _labels(legend, "person")
    (tmp_path / "b").mkdir()
    markdown = _graph(
        tmp_path / "b",
        "2024-06-01.md",
        "Weekly sync\n===========\n\nStatus\n------\n\n:white_check_mark: CI green\n"
        ":rocket: release cut\n\n```\ncode here\n```\n\nAttendees: Ann Lee, Bob Smith\n",
    )
    assert "white_check_mark" not in _labels(markdown, "person")
    (tmp_path / "c").mkdir()
    roster = _graph(
        tmp_path / "c",
        "2024-06-02.txt",
        "Sync\n\nPresent: Ann Lee, Bob Smith\nCarla Gomez, Dan Wu\n\n"
        "1. Release\n\nBob: the rc is out.\n\nAction items:\n\n"
        "- Release — ask @kwame about the blog post @farid\n",
    )
    people = _labels(roster, "person")
    assert not any(len(p.split()) > 2 for p in people)  # no "Bob Smith Carla Gomez"
    assert _owners(roster, "ask @kwame") == {"farid"}
    (tmp_path / "d").mkdir()
    irc = _graph(
        tmp_path / "d",
        "2025-04-17.txt",
        "16:00 <obiadeyemi> hi all\n16:01 <rafa_bs> o/\n16:02 <thanhvu> hi\n"
        "16:03 <obiadeyemi> will you take the rebuild?\n16:03 <rafa_bs> 1) yes\n"
        "16:04 <obiadeyemi> ok, 1) toolchain. rafa_bs?\n16:04 <rafa_bs> gcc 15.1 is in\n",
    )
    headings = {d["label"] for _, d in irc.nodes(data=True) if d["kind"] == "topic"}
    assert "yes" not in headings


def test_formal_minutes_name_members_by_surname(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-14.txt",
        "TC Minutes\n\nPresent: Agnieszka Wróblewska, Rohan Iyer, Ciarán Ó Dálaigh\n\n4. Updates\n\n"
        "Mr. Ó Dálaigh reported on the Quillmesh 2.3 release. Dr. Iyer asked about the budget.\n"
        "In favour: Wróblewska, Iyer, Ó Dálaigh. Against: none.\n\n"
        "Kenneth Christiansen seconds.\n",
    )
    people = _labels(graph, "person")
    assert {"Agnieszka Wróblewska", "Rohan Iyer", "Ciarán Ó Dálaigh"} <= people
    assert not {"Wróblewska", "Ó Dálaigh", "Dálaigh", "Dálaigh (unresolved)"} & people
    assert "Christiansen" not in people  # a name said whole, not a surname alone


def test_minutes_pasted_from_a_pdf_roster_votes_and_numbered_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-14.txt",
        "LARCHWOOD SOFTWARE FOUNDATION\nTechnical Committee\n\n2. Attendance\n\n"
        "Name Affiliation Role Present\nChinonso Eze Independent Chair (voting) Yes\n"
        "Agnieszka Wróblewska Nordfalk GmbH Member (voting) Yes\n"
        "Trần Minh Khoa Saigon Cloud Labs Member (voting) Yes\n"
        "Ciarán Ó Dálaigh Quillmesh project Member (voting) Yes\n"
        "Seo-yeon Park Independent Member (voting) No (regrets)\n\n"
        "4.1 Quillmesh\n\nMr. Ó Dálaigh reported on the Quillmesh 2.3 release.\n\n"
        "4.2 Forgeyard\n\nThe Forgeyard budget was approved.\n"
        "In favour: Eze, Wróblewska, Trần, Ó Dálaigh. Against: none. Abstain: none.\n\n"
        "8. Action items\n\n"
        "8.1 Eze — publish the approved LEP 14 and announce the DCO transition on the\n"
        "    foundation blog. Due 21 May.\n"
        "8.2 Wróblewska — incorporate the appeal step into the trademark policy.\n"
        "8.3 Trần — publish the Quillmesh graduation announcement.\n",
    )
    people = _labels(graph, "person")
    assert {"Chinonso Eze", "Agnieszka Wróblewska", "Trần Minh Khoa", "Ciarán Ó Dálaigh"} <= people
    assert "Seo-yeon Park" in people
    assert not any("Independent" in p or "Quillmesh" in p or "GmbH" in p for p in people)
    assert "Forgeyard" not in _linked(graph, "Agnieszka Wróblewska", "topic")  # her vote only
    assert _owners(graph, "appeal step") == {"Agnieszka Wróblewska"}
    assert _owners(graph, "publish the approved") == {"Chinonso Eze"}


def test_a_presenters_note_keeps_its_subject_when_it_names_someone_else(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-19.md",
        "# Programme status\n\nPresent: Aino Korhonen, Declan Fitzgerald, Priya Deshmukh\n\n"
        "## Team Release & Infra (lead: Aino Korhonen)\n\n"
        "- ARM64 builds: self-hosted runners donated by Declan's employer still not online.\n"
        "- Helm chart v4: values schema rewritten. Need Priya to review wording.\n",
    )
    topics = {t.lower() for t in _linked(graph, "Aino Korhonen", "topic")}
    assert any(t.startswith("arm64 builds") for t in topics)
    assert any(t.startswith("helm chart") for t in topics)


def test_a_discord_paste_with_code_and_pinned_notes(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-14.md",
        "kasiaw 🐺 — Today at 3:02 PM\nok we're live, I'll type notes here\n"
        "thanh.ng — Today at 3:02 PM\njoining in 2 min\n"
        "mateus🔧 — Today at 3:07 PM\nhere's the typical stack ppl are posting\n"
        "```\n[Brassworks] ERROR patching FlightTweaks.ThrustPatch\n  at ModLoader.ApplyPatches\n```\n"
        "the mod loader aborts the whole load\n"
        "ghostfern — Today at 3:08 PM\nopened #418 for the mod loader already, draft\n"
        "kasiaw 🐺 — Today at 3:41 PM\n**meeting notes — dev sync**\n"
        "present: kasiaw (Kasia, notes), thanh.ng, mateus🔧, ghostfern [Aoife Brennan]\n\n"
        "**action items**\n• ghostfern — get #418 reviewed + merged, cut 0.9.3\n"
        "• thanh — migration note for mod authors re: ApplyThrust\n",
    )
    people = _labels(graph, "person")
    # "ghostfern [Aoife Brennan]" on the pinned roster: her login and her name are one node
    assert people == {"Aoife Brennan", "kasiaw", "mateus", "thanh.ng"}
    assert not any("ModLoader" in p or "Brassworks" in p for p in people)
    assert _owners(graph, "migration note") == {"thanh.ng"}  # "thanh" of the login


def test_a_network_asked_about_is_no_one(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-03-07.md",
        "# Weekly IRC meeting\n\n## Encrypted transport\n\nJi-woo Baek shared numbers from his "
        "crawler. satsnoodle asked about Tor and I2P peers. Answer: it works over Tor.\n",
    )
    assert "Tor" not in _labels(graph, "person")


def test_asked_to_do_and_a_handle_after_a_colon_own_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2022-11-07.md",
        "# Steering Council update\n\nAttendees: Thomas Wouters, Emily Morehouse, Pablo Galindo\n\n"
        "- The Steering Council discussed the election timeline. The group asked Emily to "
        "prepare the process with the usual timeline.\n\n## Work in progress\n\n"
        "- Kubernetes 1.28 upgrade + planning for next week: @smerle\n",
    )
    assert _owners(graph, "prepare the process") == {"Emily Morehouse"}
    assert _owners(graph, "planning for next week") == {"smerle"}


def test_ptg_mail_logins_given_once_after_names_own_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "ptg-summary.txt",
        "From: Bartosz Zielinski <bzielinski@example.net>\nSubject: [basalt][ptg] summary\n\n"
        "Topic: vTPM live migration\n\n"
        "Luíza Monteiro (luiza_m) presented the spec. Ciarán Doyle (cdoyle) was worried\n"
        "about the host secret policy. hvk asked about cold migration.\n"
        "AGREED: spec is fine in principle.\n"
        "ACTION: luiza_m to update the spec with the secret policy matrix.\n"
        "ACTION: cdoyle and hvk to review the spec once it's updated.\n"
        "ACTION: bartz to send the spec review day reminders.\n",
    )
    people = _labels(graph, "person")
    assert {"Luíza Monteiro", "Ciarán Doyle", "hvk", "Bartosz Zielinski"} <= people
    assert not people & {"luiza_m", "cdoyle", "bartz"}  # each login is its name's person
    assert not _labels(graph, "topic") & {"luiza_m", "cdoyle"}
    assert _owners(graph, "secret policy") == {"Luíza Monteiro"}
    assert _owners(graph, "review the spec once") == {"Ciarán Doyle", "hvk"}
    assert _owners(graph, "review day reminders") == {"Bartosz Zielinski"}


def test_matrix_room_log_display_names_events_and_bot_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "community-call.txt",
        "#loomweave:matrix.org - monthly community call\n\n"
        "[09:57] -- Zofia Kaczmarek joined the room\n"
        "[10:01] <Amara Okafor> ok let's start. 1) plugin API v2\n"
        "[10:02] <Sooah Lee> the docs will need a whole i18n page. I'll start the page\n"
        "[10:03] <kalleh> #1423 is mine, the watcher events never match the route table\n"
        "[10:04] <kalleh> will open an issue after the call\n"
        "[10:05] -- Omar Khalil joined the room\n"
        "[10:06] <Zofia Kaczmarek> the RFC is merged, implementation is #1450\n"
        "[10:40] <loombot> Tasks:\n"
        "[10:40] <loombot>  \u2610 kalleh \u2014 open an issue for the windows asset copy failure\n"
        "[10:40] <loombot>  \u2610 Zofia Kaczmarek \u2014 port the feed plugin to v2\n"
        "[10:41] -- Omar Khalil left the room\n",
    )
    people = _labels(graph, "person")
    assert {"Sooah Lee", "kalleh", "Zofia Kaczmarek", "Amara Okafor"} <= people
    assert "Sooah" not in _labels(graph, "topic")
    assert _owners(graph, "I'll start the page") == {"Sooah Lee"}
    assert _owners(graph, "windows asset copy") == {"kalleh"}
    assert _owners(graph, "feed plugin") == {"Zofia Kaczmarek"}
    # the room's notes of who came and went are said by nobody and end nobody's turn
    assert not any("joined the room" in d["label"] for _, d in graph.nodes(data=True))


def test_plain_text_summit_boxed_sessions_and_tasks_by_login(tmp_path: Path) -> None:
    rule = "=" * 40
    text = (
        "HarborBSD Developer Summit\n\n"
        f"{rule}\nSession 1: Release engineering -- basepkg by default\n"
        f"Chair: Marta Wiśniewska (martaw)\nNotes by Lê Văn Hải (hai)\n{rule}\n\n"
        "martaw went over the schedule. basepkg is the default install method.\n\n"
        f"{rule}\nSession 2: Toolchain\nChair: Omar Al-Khatib (omar)\n"
        f"Notes by Chukwuemeka Obi (cobi), Kavya Subramanian (kavya)\n{rule}\n\n"
        "omar: LLVM 19 import status, LLVM 20 expected for 16.0.\n"
        "hai: worried about dual-licensed crates.\n\n"
        f"{rule}\nTODO (by login)\n{rule}\n\n"
        "martaw   - send the schedule to developers@ by Friday\n"
        "omar     - look at the armv7 regression\n"
        "hai      - chase the RISC-V builder hardware donation\n"
        "cobi     - MFC the fix to stable/14\n"
        "kavya    - write the wiki page on Rust ground rules\n"
    )
    graph = _graph(tmp_path, "devsummit.txt", text)
    headings = [
        b.text for b in parse(RawMinutes("devsummit.txt", text, "d")).blocks if b.is_heading
    ]
    assert headings == [
        "Session 1: Release engineering -- basepkg by default",
        "Session 2: Toolchain",
        "TODO (by login)",
    ]
    assert _owners(graph, "send the schedule") == {"Marta Wiśniewska"}
    assert _owners(graph, "armv7 regression") == {"Omar Al-Khatib"}
    assert _owners(graph, "hardware donation") == {"Lê Văn Hải"}
    assert _owners(graph, "MFC the fix") == {"Chukwuemeka Obi"}


def test_chat_export_header_over_a_rule_lists_participants(tmp_path: Path) -> None:
    meeting = parse(
        RawMinutes(
            "chat.txt",
            'Chat export: "kite-ota maintainers" (group)\nExported 2025-09-02 by Ngozi Eze\n'
            "Participants: Ngozi Eze, Thanh Vu, bitflip\n" + "-" * 40 + "\n\n"
            "[2025-09-02 14:00] Ngozi Eze: ok let's go\n",
            "d",
        )
    )
    assert [a.name for a in meeting.attendees] == ["Ngozi Eze", "Thanh Vu", "bitflip"]
    assert not any(b.is_heading for b in meeting.blocks)


def test_who_abstained_on_a_decision_did_not_work_on_it(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "council.txt",
        "[19:00:14] <zwrob> o/\n[19:00:20] <ayo_o> o/\n"
        "[19:09:01] <ayo_o> #topic Fenwick installer: LUKS2 unlock\n"
        "[19:09:30] <ayo_o> larchwood/fenwick#812 adds LUKS2 to Fenwick\n"
        "[19:12:50] <ayo_o> #agreed Fenwick LUKS2 MR approved, +7/0/-0 with 1 abstain (zwrob)\n",
    )
    assert "Fenwick" not in _linked(graph, "zwrob", "topic")


def test_who_owns_the_fix_takes_it_on(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "triage.md",
        "Present: Karim (@kaltaher), Marta (@mwojcik)\n\n"
        "- #50212 task scheduler starves interactive threads\n"
        "  - Karim has a reproducer. Agreed it should be backported. Karim owns the fix.\n",
    )
    assert _owners(graph, "owns the fix") == {"Karim"}


def test_sig_doc_action_items_under_ais(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "sig-notes.md",
        "## 2024-06-18\n\nAttendees:\n- Tomasz Wierzbicki (Nimbic)\n- Sung-min Park (Kestrel)\n\n"
        "Agenda:\n\n- [Tomasz] KEP-4812: in-place resize for sidecar containers (15m)\n"
        "  - Context: in-place resize went GA in 1.30.\n"
        "  - AIs:\n"
        "    - Tomasz: document the checkpoint downgrade path in KEP-4812\n"
        "    - Sung-min: review the cgroup v2 code paths\n",
    )
    assert _owners(graph, "checkpoint downgrade") == {"Tomasz Wierzbicki"}
    assert _owners(graph, "cgroup v2") == {"Sung-min Park"}


def test_roll_call_by_area_and_hosts_with_their_handles() -> None:
    meeting = parse(
        RawMinutes(
            "pr-meeting.md",
            "# PR review meeting\n\n## Roll call (area maintainers)\n\n"
            "- **Rendering:** @vkowal (Wiktoria Kowal), @jinwoo-h (Jin-woo Han)\n"
            "- **Core / ThistleScript:** @jpcarvalho (João Pedro Carvalho)\n"
            "- **Buildsystem / CI:** @cormac-os (Cormac O'Sullivan)\n\n"
            "Production: @vkowal chaired.\n\n## Rendering\n\nok\n",
            "d",
        )
    )
    assert [(a.name, a.handle, a.organization) for a in meeting.attendees] == [
        ("Wiktoria Kowal", "vkowal", ""),
        ("Jin-woo Han", "jinwoo-h", ""),
        ("João Pedro Carvalho", "jpcarvalho", ""),
        ("Cormac O'Sullivan", "cormac-os", ""),
    ]
    show = parse(
        RawMinutes(
            "show-notes.md",
            "# Community Hour #41\n\n**Hosts**\n"
            "- Mariana Figueiredo — Twitter [@marifig](https://twitter.com/marifig), GitHub "
            "[@mfigueiredo](https://github.com/mfigueiredo) (Brisk core team, DX)\n\n"
            "## 00:04:12 — Server Islands\n\nok\n",
            "d",
        )
    )
    assert [(a.name, a.handle, a.organization) for a in show.attendees] == [
        ("Mariana Figueiredo", "marifig", "")
    ]


def test_a_bots_log_after_its_summary_names_no_one_and_hello_replies_name_nicks() -> None:
    meeting = parse(
        RawMinutes(
            "tesco.txt",
            "Meeting summary\n---------------\n* init process  (adaeze, 17:00:11)\n\n"
            "People Present (lines said)\n---------------------------\n* adaeze (39)\n"
            "* sjpark (10)\n\nGenerated by MeetBot 0.4.3\n\n"
            "17:00:04 <adaeze> #startmeeting TESCo (2024-11-12)\n"
            "17:00:20 <sjpark> .hello2\n"
            "17:00:21 <tambot> sjpark: sjpark 'Seo-jun Park' <sjpark@example.org>\n"
            "17:10:55 <adaeze> problem is games. launchers still pull 32bit mesa, glibc, libX11 etc\n"
            "17:20:05 * ciaranob arrives, sorry, train was stuck\n",
            "d",
        )
    )
    names = {a.name for a in meeting.attendees}
    assert {"adaeze", "sjpark", "Seo-jun Park"} <= names
    assert not names & {"glibc", "sorry", "libX11"}
    assert ("Seo-jun Park", "sjpark") in {(a.name, a.handle) for a in meeting.attendees}


def test_a_write_up_names_people_in_full_then_by_surname(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "summit.md",
        "# Maintainers summit\n\n## The review gap\n\n"
        "Siddharth Kulkarni opened the session on the netdev CI. Rania Khoury asked who reviews\n"
        "the drivers. Kulkarni will publish the netdev CI configuration next week.\n\n"
        "Host: Tomasz Górecki. Notes by Ngozi Okafor.\n",
    )
    people = _labels(graph, "person")
    assert {"Siddharth Kulkarni", "Rania Khoury", "Tomasz Górecki", "Ngozi Okafor"} <= people
    assert not people & {"Kulkarni", "Okafor", "Górecki"}
    assert _owners(graph, "netdev CI configuration") == {"Siddharth Kulkarni"}


def test_wiki_roundtable_with_colon_nicks_owns_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-03-09.md",
        "# Weekly Project Call 2026-03-09\n\n**Presenter:** Marta (:mkowal) · **Notes:** Tunde (:tade)\n\n"
        "## Roundtable\n\n| Who | What |\n|---|---|\n"
        "| Marta (:mkowal) | Release management for 129 Beta |\n"
        "| Seo-yeon (:syjeon) | Android tab tray: crash fix, now on thumbnail memory |\n"
        "| Habib (:habib) | Q2 planning coordination |\n\n"
        "Seo-yeon Jeon tracked the crash down to a race in the tab tray thumbnail cache.\n\n"
        "## Action Items\n\n"
        "* :tade — post the tree closure notice in #sheriffs\n"
        "* :syjeon — share tab tray thumbnail memory numbers next week\n"
        "* :habib — send out the Q2 planning template reminder\n",
    )
    # the nick given once beside a name is that person, never a node of its own (a first name
    # said nowhere else is known by the nick, "tade")
    assert _labels(graph, "person") == {"Marta", "tade", "Seo-yeon Jeon", "Habib"}
    assert _owners(graph, "tree closure") == {"tade"}
    assert _owners(graph, "thumbnail memory") == {"Seo-yeon Jeon"}
    assert _owners(graph, "planning template") == {"Habib"}


def test_a_report_of_parts_each_handed_to_its_writer(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-14.txt",
        "Subject: hackathon report\n\nReports below reached me before the flight home.\n\n"
        "Katarzyna Wroblewska (kasia@) writes:\n\nMy goal was to finish the HFFS state table work.\n"
        "The HFFS per-cpu cache went in as three commits.\n\n"
        "TODO: sloppy states still bypass the cache.\n\n"
        "omar@ writes:\n\nxhci: fixed the command ring timeout after suspend.\n\n"
        "Ran Kasia's sieve code on my home gateway all week, no issues.\n\n"
        "TODO: write up the xhci quirk table.\n\n"
        "On Tue, 1 Oct 2024, Andrzej Mazur wrote:\n\n> Is the release branch cut yet?\n",
    )
    people = _labels(graph, "person")
    # "Ran Kasia's code" names Kasia after a verb; a quoted mail's date is no one
    assert people == {"Katarzyna Wroblewska", "omar", "Andrzej Mazur"}
    assert "HFFS" in _linked(graph, "Katarzyna Wroblewska", "topic")
    assert "xhci" in _linked(graph, "omar", "topic")
    assert _owners(graph, "sloppy") == {"Katarzyna Wroblewska"}
    assert _owners(graph, "quirk table") == {"omar"}


def test_irc_scribe_lines_are_the_named_speakers_turns() -> None:
    text = (
        "Present: Chinedu Okafor, Rafael Moura, Priya Raghunathan\nScribe: lan_n\n\n"
        "<cokafor> scribenick: lan_n\n\nTopic: Frame Budget API\n\n"
        "<lan_n> Rafael: PR #419 adds overrunDuration to FrameBudgetEntry\n"
        "<lan_n> ... main open question is frames never presented\n"
        "<rmoura> the PR currently skips them\n"
        "<lan_n> Priya: in Sable we know it only after the compositor ack\n\n"
        "[NEW] ACTION: Rafael to update PR #419 with the presented flag\n"
        "[NEW] ACTION: Priya to share Sable telemetry\n"
    )
    meeting = parse(RawMinutes("w3c.txt", text, "d"))
    turns = [(b.speakers, b.text[:12]) for b in meeting.blocks if b.speakers]
    assert (("Rafael",), "PR #419 adds") in turns
    assert (("Rafael",), "main open qu") in turns  # "..." goes on with the scribed speaker
    assert (("Priya",), "in Sable we ") in turns
    assert any(b.is_heading and b.text == "Frame Budget API" for b in meeting.blocks)
    # each action of a bot's summary its own block
    assert [b.text[:12] for b in meeting.blocks if "ACTION" in b.text] == [
        "[NEW] ACTION",
        "[NEW] ACTION",
    ]


def test_an_irc_nick_addressing_another_is_no_scribe_line() -> None:
    text = (
        "16:28 <pmenon> the themes call datetime.now()\n"
        "16:36 <obiadeyemi> jkowal: the theme fix\n16:37 <jkowal> ok\n"
    )
    meeting = parse(RawMinutes("irc.txt", text, "d"))
    assert [b.speakers for b in meeting.blocks] == [("pmenon",), ("obiadeyemi",), ("jkowal",)]


def test_a_transcripts_clocked_turns_name_people_in_full(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-03-05.md",
        "# Community Meeting 2026-03-05\n\n## Summary\n\n- Sunita proposed deprecating the legacy"
        " config.\n\n## Transcript\n\n"
        "[00:03:19] Abimbola Adeyemi: Yeah, sure. So the plan was feature freeze on the 13th.\n\n"
        "[00:06:00] Abimbola Adeyemi: Everything else on the board is merged.\n\n"
        "[00:39:08] Sunita Rao: Yes. So, um, we still support two config formats.\n\n"
        "[00:42:17] Sunita Rao: The usage ping doesn't report the config version.\n",
    )
    assert _labels(graph, "person") == {"Abimbola Adeyemi", "Sunita Rao"}


def test_etherpad_talk_boxes_name_their_speakers_in_full(tmp_path: Path) -> None:
    rule = "=" * 60
    graph = _graph(
        tmp_path,
        "2025-09-24.txt",
        "Plumbers 2025 -- Memory Management MC\n\n"
        f"{rule}\n10:30  CXL memory tiering: promotion without hinting faults\n"
        f"       (Marek Dąbrowski, Ferrolabs)\n{rule}\n"
        "- NUMA hinting faults for promotion cost 3-6% CPU on DB workloads.\n\n"
        "Q (Hamid): HeatMon already has a region abstraction, why not use it?\n"
        "Q (Marek): does the promotion rate limit still apply?\n\n"
        "Follow-ups:\n- Marek: RFC for a hotness source interface\n",
    )
    headings = [d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "topic"]
    assert not any("===" in h for h in headings)  # the box is no part of its title
    # "Marek" asking is the speaker the box names in full, whose surname has a mark
    assert "Marek Dąbrowski" in _labels(graph, "person")
    assert "Marek" not in _labels(graph, "person")


def test_mic_lines_with_affiliations_and_chairs_are_turns() -> None:
    text = (
        "# WG interim\n\nChairs: Siobhán Keane, Arturo Villaseñor\n\n"
        "## draft-tran-resq-replay-window-00 (Trần Minh Quân)\n\n"
        "Quân: individual draft, a subscriber that reconnects gets only live data.\n\n"
        "Karim Benali (Orbion): We implemented fixed 8-byte offsets in production.\n\n"
        "Paulina Nowak (self): Slight concern about zero-copy parsing.\n\n"
        "Chair (Siobhán): Let's hum.\n"
    )
    meeting = parse(RawMinutes("2024-05-22.md", text, "d"))
    assert [b.speakers for b in meeting.blocks if b.speakers] == [
        ("Quân",),
        ("Karim Benali",),
        ("Paulina Nowak",),
        ("Siobhán",),
    ]


def test_a_drafts_presenter_given_family_name_first_is_no_topic(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-22.md",
        "# WG interim\n\n## draft-tran-resq-replay-window-00 (Trần Minh Quân)\n\n"
        "Quân: individual draft, a subscriber that reconnects gets only live data.\n\n"
        "Quân: datagram mode is optional.\n",
    )
    assert "Trần Minh Quân" in _labels(graph, "person")
    assert "Trần Minh Quân" not in _labels(graph, "topic")


def test_role_labels_of_a_mentoring_program_are_no_one(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-18.md",
        "# Intern check-in 2024-07-18\n\n## Intern: Fatima Bello — MIDI import\n\n"
        "Mentor: Siobhán (@shiv), co-mentor Hyun-woo\n\n- blockers: none this week\n"
        "- Fatima finished the MIDI import parser.\n",
    )
    people = _labels(graph, "person")
    assert "Mentor" not in people and "blockers" not in people


def test_a_task_verb_after_its_owner_in_brackets_is_no_name(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2021-02-04.md",
        "# WG 2021-02-04\n\nAttendees: Benjie Gillam, Lee Byron\n\n## Action items\n\n"
        "- 586: [Benjie] Ping Apollo about the schema store\n- 587: [Lee] Add a note\n",
    )
    assert _labels(graph, "person") == {"Benjie Gillam", "Lee Byron"}


def test_a_status_mail_hands_bugs_to_people_by_arrows(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-28.txt",
        "Subject: merge window status\n\n"
        "mm: Pulled from Meera Raghunathan <meera@example.org>. Hyun-woo Park maintains\n"
        "netlane and will look at the timeouts.\n\n"
        "Outstanding before -rc1:\n\n"
        "  - Bug 22417 (netlane tx timeouts)       -> Hyun-woo\n"
        "  - Bug 22398 (kswapd spinning)           -> Meera\n\n"
        "Omar Haddad has volunteered to be release manager again.\n",
    )
    # the given names said alone are the people the mail named in full
    assert _labels(graph, "person") == {"Meera Raghunathan", "Hyun-woo Park", "Omar Haddad"}
    assert _owners(graph, "22398") == {"Meera Raghunathan"}
    assert _owners(graph, "22417") == {"Hyun-woo Park"}
    assert _owners(graph, "release manager") == {"Omar Haddad"}


def test_a_spec_teams_glued_proposal_numbers_and_short_repo_names_are_references(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-12.md",
        "# Spec progress\n\n**MSC4188: Room-scoped notification profiles (@kemi:example.chat)**\n"
        "- Status: merged\n\n**MSC4202: Federated presence batching (@hollowfox:example.im)**\n"
        "- Status: FCP, closes MSC4159\n\n"
        "Fixed in sprout#2987, see sylvan-lang/sprout#3120.\n",
    )
    refs = _labels(graph, "reference")
    assert {"MSC4188", "MSC4202", "MSC4159"} <= refs
    assert {"sprout#2987", "sprout#3120"} <= refs
    assert "Federated presence batching" in _labels(graph, "topic")


def test_a_participle_after_a_slots_minutes_and_a_code_label_are_no_one(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.md",
        "# Sync\n\nAttendees: @lmansour, @chidi\n\n## Board grooming\n\n"
        "Went through the columns (15 min, timeboxed).\n\n## Feedback\n\n"
        "- `x-amz-storage-class`: what do we return for cold objects?\n",
    )
    assert _labels(graph, "person") == {"lmansour", "chidi"}


def test_a_merge_requests_bang_ends_no_sentence_and_an_arrow_hands_it_over(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-20.md",
        "# Community call\n\nAttendees: @benedikt, @kwabena\n\n## Follow-ups\n\n"
        "- Second review of the MariaDB fix in !6130 → @benedikt\n",
    )
    assert _owners(graph, "MariaDB") == {"benedikt"}


def test_a_projects_own_family_of_proposals_is_referenced_but_no_date(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-20.md",
        "# Packaging summit\n\n## SEP 58: lockfiles\n\n- SEP 47 and SEP 52 are accepted; SEP 61 is"
        " a draft.\n- The call on SEP 12 moved; HTTP 200, HTTP 404 and HTTP 500 are all fine.\n",
    )
    refs = _labels(graph, "reference")
    assert {"SEP 58", "SEP 47", "SEP 52", "SEP 61"} <= refs
    assert not {"SEP 12", "HTTP 200", "HTTP 404"} & refs


def test_a_task_that_ends_with_its_owner_is_theirs_whoever_it_names(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-06.txt",
        "ESC call 2025-03-06\n\nPresent: Sophie Marchand, Noel Brandt, Mateo Huamaní, Ines Costa\n\n"
        "* Accessibility\n    => AI: ping Noel re: access to the UIA test machine (Sophie)\n\n"
        "Action items\n\n"
        "- Review and merge Ines's out-of-order head block fix (#2291) by Friday - Mateo Huamaní\n",
    )
    assert _owners(graph, "ping Noel") == {"Sophie Marchand"}
    assert _owners(graph, "head block") == {"Mateo Huamaní"}


def test_who_votes_yes_or_no_on_a_proposal_did_not_work_on_it(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-12.md",
        "# Committee meeting\n\nPresent: Tomasz Zieliński, Yusuf Haddad, Niamh Brennan\n\n"
        "## SIP-41 — Named tuple literals\n\nTomasz summarised the named tuple literals design.\n\n"
        "**Vote — recommend SIP-41 for acceptance:**\nYes: Tomasz, Yusuf / No: Niamh / Abstain: —\n",
    )
    assert "Named tuple literals" in _linked(graph, "Tomasz Zieliński", "topic")
    assert not _linked(graph, "Yusuf Haddad", "topic")
    assert not _linked(graph, "Niamh Brennan", "topic")


def test_a_full_name_pattern_of_a_name_and_a_word_names_no_one(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2021-03-02.md",
        "# Lang team\n\nAttendees: Josh Triplett, Ryan Levick\n\n## Pending FCPs\n\n"
        "- Josh FCP'd, so check your boxes. Josh will follow up.\n"
        "- Ping Ryan about continuing work on the RFC.\n"
        "- BLS 12, BLS 1221 and BLS 4844 were typed in the chat.\n",
    )
    assert _labels(graph, "person") == {"Josh Triplett", "Ryan Levick"}
    assert not any(r.startswith("BLS") for r in _labels(graph, "reference"))


def test_a_forums_users_are_people_and_a_name_with_its_user_is_one(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-02-20.md",
        "# AMA recap\n\nTeam members who answered:\n\n"
        "- Bartosz Nowicki, u/bnowicki [core dev] — audio engine\n"
        "- Adaeze Nwosu, u/ada_nw [core dev] — plugin hosting\n\n"
        "## Plugins\n\n**u/modular_mo** asked: *Is CLAP support real now?*\n\n"
        "> **u/ada_nw [core dev]:** CLAP is real, 3.9 hosts CLAP plugins.\n\n"
        "## What we're following up on\n\n"
        "- **Adaeze (u/ada_nw):** plugin sandboxing call for testers on the forum\n",
    )
    people = _labels(graph, "person")
    assert {"Bartosz Nowicki", "Adaeze Nwosu", "u/modular_mo"} <= people
    assert "u/ada_nw" not in people  # her user, not a second person
    assert _owners(graph, "sandboxing") == {"Adaeze Nwosu"}


def test_a_repository_named_by_a_common_word_gives_its_issues(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-08.md",
        "# Weekly snippets\n\n## Chiamaka Eze (ceze)\n\n"
        "- I landed the WAL checksum change (ingest#412).\n- Filed ingest#419 for the flaky test.\n"
        "- Reviewed query#1187 and query#1190.\n- Read issue#12 and step#3 of the guide.\n",
    )
    refs = _labels(graph, "reference")
    assert {"ingest#412", "ingest#419", "query#1187", "query#1190"} <= refs
    assert not {"issue#12", "step#3"} & refs


def test_a_chair_handing_an_item_over_does_not_work_on_it(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-12.txt",
        "[12.03.2025 13:54] Agnieszka Wróblewska: reminder: call at 14:00. agenda: (1) WAL fsync"
        " regression (2) compaction scheduler rewrite\n"
        "[12.03.2025 14:09] Agnieszka Wróblewska: next: compaction scheduler. Khoa?\n"
        "[12.03.2025 14:10] Trần Minh Khoa: the compaction scheduler rewrite is in draft #2240,"
        " it picks a level by file count only\n",
    )
    assert any("compaction scheduler" in t for t in _linked(graph, "Trần Minh Khoa", "topic"))
    assert not _linked(graph, "Agnieszka Wróblewska", "topic")


def test_a_roll_call_by_member_company_gives_people_not_companies(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-15.md",
        "# Working group call\n\nVoting members present:\n\n"
        "- **Vantor Robotics:** Folake Adebayo (chair), Emiliano Ruiz Salgado\n"
        "- **Hoang Automation JSC:** Phạm Quốc Bảo\n- **Qamar Industrial:** Layla Mansour\n\n"
        "Regrets: Hanbit Mobility (Seo-yeon Kim), Maru Freight (no rep)\n\n## Change requests\n\n"
        "CR-2025-07 was accepted (Hoang Automation abstaining); CR-2025-09 goes back to Karthik."
        " Qamar's gateway passes.\n",
    )
    people = _labels(graph, "person")
    assert {"Folake Adebayo", "Phạm Quốc Bảo", "Layla Mansour", "Seo-yeon Kim"} <= people
    assert not {"Hoang Automation", "Qamar", "Maru Freight", "Hanbit Mobility"} & people
    assert {"CR-2025-07", "CR-2025-09"} <= _labels(graph, "reference")


def test_a_formal_minutes_name_with_its_title_after_a_comma_attends(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-10-17.txt",
        "BOARD MINUTES\n\nPRESENT:\n    Folasade Adebayo (Chair)\n    Tomasz Kaczmarek\n\n"
        "IN ATTENDANCE:\n    Niamh Gallagher, Executive Director\n"
        "    Emilio Navarro, Legal Counsel\n\n1. OPENING\n\n"
        "ACTION: NG to circulate the venue contract draft.\n"
        "ACTION: EN to publish the Trademark Policy v3.\n\nLEGEND OF INITIALS\n\n"
        "FA   Folasade Adebayo\nTK   Tomasz Kaczmarek\nNG   Niamh Gallagher\nEN   Emilio Navarro\n",
    )
    assert {"Niamh Gallagher", "Emilio Navarro"} <= _labels(graph, "person")
    assert _owners(graph, "venue contract") == {"Niamh Gallagher"}
    assert _owners(graph, "Trademark Policy") == {"Emilio Navarro"}


def test_a_patch_digests_fields_and_who_picks_up_what(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-16.txt",
        "tidepool-devel patch digest\n\n"
        "1) [PATCH v3 0/5] sched: EDF class for periodic tasks\n"
        "   From: Sanjay Iyer <sanjay.iyer@example.org>\n"
        "   Status: 1-3 applied to sched-next by Eero.\n\n"
        "WHO PICKS UP WHAT (as agreed on list)\n"
        "  - Eero: takes sched 4-5/5 once v4 shows up.\n"
        "  - Sanjay: v4 of 4/5 with fixed-point utilisation.\n",
    )
    refs = _labels(graph, "reference")
    assert "[PATCH v3 0/5] sched: EDF class for periodic tasks" in refs
    assert not any("From:" in r for r in refs)
    assert _owners(graph, "v4 of 4/5") == {"Sanjay Iyer"}


def test_a_wiki_pages_closing_box_lists_its_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-10.md",
        "== Renderer: street labels vanish (T4411) ==\nBisected to the collision grid. See T4420."
        " — [[User:Qamar-dev|Qamar-dev]] ([[User talk:Qamar-dev|talk]])\n\n"
        "== Summary by the closer ==\n"
        "{| class=\"wikitable\"\n|+ '''Summary by the closer'''\n|-\n|\n"
        "* '''Renderer labels (T4411):''' PR #829 approved.\n"
        "'''Action items'''\n# Bartosz: merge PR #829 once beta3 prep starts\n"
        "# Qamar-dev: low-RAM route cap PR for 4.2\n|}\n",
    )
    assert {"T4411", "T4420"} <= _labels(graph, "reference")
    assert "Qamar-dev" in _labels(graph, "person")
    assert _owners(graph, "merge PR") == {"Bartosz"}


def test_a_programs_output_and_an_examples_code_are_no_topics(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-03.md",
        "# Weekly sync\n\nPriya benchmarked the rolling-window kernels:\n\n"
        "                         mean_ms   std_ms  peak_mem_mb\n"
        "    numpy (0.13)          1841.2     22.6       1220.4\n"
        "    numba #812 (cold)      611.9    301.7        164.8\n\n"
        "Niko explained that `T::Output` and `Self::Item` in the example stay, and that"
        " `Widget::frob` is only a placeholder; Hash#dig is the proposal. Merged in W36.\n",
    )
    topics = _labels(graph, "topic")
    assert not {"mean_ms", "std_ms", "peak_mem_mb", "T::Output", "Self::Item", "W36"} & topics
    assert not {"Widget::frob"} & topics
    assert "Hash#dig" in topics


def test_a_login_of_a_middle_name_and_a_family_name_first_is_theirs(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-09-12.md",
        "# Metrics report\n\nAttendees: Vu Thanh Hai, Hye-jin Park\n\n## Ingest\n\n"
        "- @thanhvu landed the WAL compaction fix; Hye-jin reviewed it.\n",
    )
    assert _labels(graph, "person") == {"Vu Thanh Hai", "Hye-jin Park"}


def test_a_roadmap_tables_initiatives_are_topics_of_their_owners(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-03.md",
        "# Q3 roadmap review\n\nAttendees: Priya Raghunathan, Omar Khalil\n\n## Roadmap board\n\n"
        "| Initiative | Owner | DRI | Status | Notes |\n|---|---|---|---|---|\n"
        "| PostGIS connection pooling | Priya | @priyar | Done | Shipped in 0.19.0. |\n"
        "| Plugin API stabilization | Omar | @okhalil | At risk | RFC-0012 open 6 wks. |\n"
        "| Tile cache eviction | Storage WG | @mateusol | Blocked | Lock contention (#2250). |\n",
    )
    assert "PostGIS connection pooling" in _linked(graph, "Priya Raghunathan", "topic")
    assert "Plugin API stabilization" in _linked(graph, "Omar Khalil", "topic")
    assert "Storage WG" not in _labels(graph, "person")


def test_numbered_workstreams_and_epics_are_no_people(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-10.md",
        "# Epic &45: multi-region replication\n\nRelated epics: &41, &47.\n\n"
        "## Status update 2025-03-10 (@fribeiro)\n\n"
        "- WS1: @kdabrowska landed the outbox table migration in !456.\n"
        "- WS2: vector clocks dropped, folded into WS1.\n- WS3: audit log entry per copy.\n",
    )
    assert not {"WS1", "WS2", "WS3"} & _labels(graph, "person")
    assert {"&45", "&41", "&47", "!456"} <= _labels(graph, "reference")


def test_a_front_matters_attendees_with_their_logins_below(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-14.md",
        "---\ntitle: Storage WG\nattendees:\n  - name: Chukwuemeka Obi\n    github: emeka-o\n"
        "  - name: Larissa Fonseca\n    github: lfonseca\nfacilitator: emeka-o\n---\n\n"
        "## WAL fsync batching\n\nEmeka: the WAL fsync batching PR is up.\n\n"
        "- [ ] @lfonseca review the WAL fsync batching PR\n",
    )
    assert _labels(graph, "person") == {"Chukwuemeka Obi", "Larissa Fonseca"}


def test_a_long_name_before_its_handle_is_whole(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-06.md",
        "# Office hours\n\n**Community folks who asked questions:** Omar Haddad (@ohaddad),"
        " Fatima Zahra El Idrissi (@fzahra, joined late)\n\n"
        "@fzahra asked about FIPS builds of the agent.\n",
    )
    assert {"Omar Haddad", "Fatima Zahra El Idrissi"} <= _labels(graph, "person")
    assert "Zahra El Idrissi" not in _labels(graph, "person")


def test_a_zoom_chats_messages_are_their_senders_turns(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-14.txt",
        "09:58:47 From  Thiago Carvalho  to  Everyone:\n\tItem 1: the 1.9 release, RC1 slips.\n"
        "10:03:40 From  Aoife Gallagher  to  Everyone:\n\tthe Bazel upgrade needs #2231, I'm on it\n"
        '10:04:31 From  Piotr Wróblewski  to  Everyone:\n\tReacted to "the CAS eviction..." with 👍\n'
        "10:38:12 From  Thiago Carvalho  to  Everyone:\n\tRecap:\n\tACTION ITEMS\n"
        "\t- Aoife: add redirects from old docs URLs\n"
        "10:38:34 From  Tomás's iPhone  to  Everyone:\n\tthx, boarding now\n",
    )
    assert any("Bazel" in t for t in _linked(graph, "Aoife Gallagher", "topic"))
    people = _labels(graph, "person")
    assert "Piotr Wróblewski" not in people or not _linked(graph, "Piotr Wróblewski", "topic")
    assert _owners(graph, "redirects") == {"Aoife Gallagher"}
    assert "Tomás's iPhone" not in _labels(graph, "person")


def test_a_sheet_pasted_as_text_is_a_table_and_its_open_rows_are_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-04-30.txt",
        "Security WG tracker\n"
        "Members: Fernanda Rocha (FR), Obinna Nwosu (@obinna), Siobhán Kelly (SK)\n\n"
        "Date;Topic;Owner;Status;Notes\n"
        "2024-02-06;Threat model;SK;Done;STRIDE per component\n"
        "2024-02-20;SLSA provenance;@obinna;Done;shipped in #1455\n"
        "2024-04-30;Key ceremony logistics;FR;In progress;video call on 2024-05-07\n"
        "2024-04-30;SBOM completeness check;SK;Open;CI job that fails the release\n",
    )
    assert "Threat model" in _linked(graph, "Siobhán Kelly", "topic")
    assert "SLSA provenance" in _linked(graph, "Obinna Nwosu", "topic")
    assert _owners(graph, "Key ceremony") == {"Fernanda Rocha"}
    assert _owners(graph, "SBOM completeness") == {"Siobhán Kelly"}
    assert not any("Threat model" in a for a in _labels(graph, "action"))  # done, no task


def test_an_irc_users_other_nicks_are_the_same_person(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-12.txt",
        "[17:00:18] <anna> .hello anna\n"
        "[17:00:19] <bot> anna: anna 'Anneli Mäkinen' <anna@example.org>\n"
        "[17:00:21] <tunde> .hello tunde\n"
        "[17:00:22] <bot> tunde: tunde 'Babatunde Ojo' <tunde@example.org>\n"
        "[17:04:10] <tunde> the Vulkan renderer is next\n"
        "[17:05:46] *** tunde_mobile (~tunde@102.89.0.1) has joined #meeting\n"
        "[17:05:58] <tunde_mobile> sorry laptop died, on the Vulkan renderer: done soon\n"
        "[17:11:15] *** anna is now known as anna_afk\n"
        "[17:12:01] <anna_afk> back in a bit, the 0.9 release notes are mine\n",
    )
    assert _labels(graph, "person") == {"Anneli Mäkinen", "Babatunde Ojo"}


def test_a_trackers_kind_labels_and_team_handles_are_nobody_and_nothing(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-11-15.md",
        "# Sable Foundation — Engineering Weekly Digest\n\n**Runtime team** (@runtime-team)\n\n"
        "- @runtime-team closed 31 issues; @amaka-o landed the heap profiler.\n"
        "- #4112 Glyph atlas overflow — assigned to @jhbae, labels: `A-renderer`, `C-bug`, `P-high`\n",
    )
    assert "runtime-team" not in {p.lstrip("@") for p in _labels(graph, "person")}
    assert "Sable Foundation" not in _labels(graph, "person")
    assert not {"C-bug", "P-high"} & _labels(graph, "topic")


def test_a_pull_requests_trailers_in_a_fence_name_who_approved(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-04.md",
        "# Adopt RFC-0042: Release Team\n\nDiscussed at the 2025-03-04 steering meeting.\n\n"
        "- **Quỳnh Anh** asked for the runbook first.\n\n## Trailers\n\n```\n"
        "Approved-by: Kavya Iyer <kavya.iyer@example.org>\n"
        "Approved-by: Phạm Quỳnh Anh <quynhanh.pham@example.org>\n"
        "Approved-by: Thiago Moreira <thiago@example.org>\n"
        "Abstained: Dong-hyun Seo <dhseo@example.org>\n```\n\n"
        "- [ ] @qa-pham move wayfarer-tiles under the Release Team in CODEOWNERS\n",
    )
    people = _labels(graph, "person")
    assert {"Kavya Iyer", "Phạm Quỳnh Anh", "Thiago Moreira", "Dong-hyun Seo"} <= people
    assert not {"Quỳnh Anh", "qa-pham"} & people


def test_a_body_that_asks_is_nobody_and_a_next_steps_heading_no_subject(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-04-02.md",
        "# Corvid Steering Council — Meeting Minutes\n\nPresent: Siobhán Keane, Ewa Kowalczyk\n\n"
        "## CEP 229: pattern guards\n\n**Decision:** deferred. Council asks for WASM numbers first.\n\n"
        "### Next steps / AIs\n\n- Siobhán to draft the CEP 229 revision\n\n"
        "Action items: DO to write RFC-0018 (OSR)\n",
    )
    assert "Council" not in _labels(graph, "person")
    assert not any("AIs" in t or "Next steps" in t for t in _labels(graph, "topic"))


def test_a_ranked_ballot_is_a_vote_and_a_lists_address_nobody(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-13.txt",
        "Marram TC meeting\n\nPresent: Chinedu Obi, Katarzyna Zielinska, Sanna Lehtonen\n\n"
        "1. Review of actions\n\n- Sanna: summary of the thread sent to marram-tc@ -- DONE\n\n"
        "2. #1034567 -- default network config tool for netplumb\n\n"
        "- Chinedu: netplumb handles wifi, VLAN and bonding in one config.\n"
        "- Katarzyna:  2 > 1 > FD > 3\n- Sanna:      1 > 2 > FD > 3\n",
    )
    # "Name: 1 > 2 > FD > 3" ranks the options and says nothing of work
    assert "netplumb" in _linked(graph, "Chinedu Obi", "topic")
    assert not _linked(graph, "Katarzyna Zielinska", "topic")  # not "FD" (further discussion)
    assert not {"marram-tc", "marram-tc@"} & _labels(graph, "person")


def test_initials_said_once_as_a_speaker_own_the_tasks_they_are_given(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-22.md",
        "# WG\n\n**Attendees:** Joanna Kaczmarek, Babajide Olatunji\n\n"
        "- JK: make the error message point at the docs page\n- Jide: ok\n\n"
        "**Action items**\n- [ ] Jide — post failure breakdown\n"
        "- [ ] JK — ping registry team re: reproduced badge\n",
    )
    assert _owners(graph, "registry team") == {"Joanna Kaczmarek"}


def test_a_legend_of_initials_is_the_roster_and_signs_notes_and_tasks(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-04-18.txt",
        "MOSSDB 3.2.0 RELEASE RETROSPECTIVE\n==================================\n\n"
        "Legend\n------\nAO  Adebayo Ogunleye\nKN  Katarzyna Nowak (kasia)\nTL  Thanh Le\n\n"
        "WHAT WENT WELL\n--------------\n"
        "- RocksDB tiered compaction landed behind a flag first, so by the time we flipped\n"
        "  the default we had 2 months of real user data [6] (TL)\n"
        "- changelog generator (relnotes.py) saved hours (KN)\n\n"
        "ACTION ITEMS\n------------\n[AO] evaluate backport bots, report back in 2 wks\n"
        "[KN] add go/no-go rules to RELEASING.md\n",
    )
    # "AO  Adebayo Ogunleye": who the initials are; "(TL)" signs a note, "[AO]" owns a task
    assert {"Adebayo Ogunleye", "Katarzyna Nowak", "Thanh Le"} <= _labels(graph, "person")
    assert not {"AO", "KN", "TL", "Legend"} & _labels(graph, "topic")
    assert "RocksDB" in _linked(graph, "Thanh Le", "topic")
    assert _owners(graph, "backport bots") == {"Adebayo Ogunleye"}


def test_when_someone_came_is_no_part_of_their_name_on_a_roster(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-05-14.md",
        "# Office hours\n\nHosts: Marta Wiśniewska (@mwisniewski)\n"
        "Dropped in: Chukwuemeka Eze (@emeka-e) ~20 min late, Ji-woo Park (@jwpark) for Q4 only\n\n"
        "## Questions\n\n- @jwpark: there is a half-done patch from last year.\n",
    )
    assert {"Chukwuemeka Eze", "Ji-woo Park"} <= _labels(graph, "person")
    assert "jwpark" not in _labels(graph, "person")


def test_the_implementation_someone_speaks_for_is_a_topic_not_their_login(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-07-09.md",
        "# Tidewire interop call\n\nAttendees: Oluwaseun Adeyemi (chair), Paweł Zieliński "
        "(tidewire-rs), Luana Ferreira (gotide)\n\n## Transcript\n\n"
        "[00:08:48] Luana Ferreira: gotide was sending the version list in the wrong order; "
        "fixed in gotide 0.14.\n\n"
        "[00:10:28] Oluwaseun Adeyemi: we still fail downgrade against gotide, and gotide has "
        "datagrams behind a flag; gotide 0.15 enforces the window.\n\n"
        "[00:12:13] Paweł Zieliński: tidewire-rs passes vn-downgrade now, tidewire-rs 0.9 is out, "
        "and gotide still fails it.\n",
    )
    # "Name (gotide)" at an interop call: the implementation, said again and again in the notes
    assert "gotide" in _labels(graph, "topic")
    assert "gotide" in _linked(graph, "Luana Ferreira", "topic")
    assert not {"gotide", "tidewire-rs"} & _labels(graph, "person")
    # naming the project another attendee speaks for is no work on it
    assert "gotide" not in _linked(graph, "Paweł Zieliński", "topic")


def test_a_bold_label_of_a_listed_given_name_and_a_login_is_a_turn(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-04.md",
        "# Platform weekly\n\nPresent: Quang Le, Folake Adebayo\n\n### Graphics\n\n"
        "- **Folake**: WebGPU shader cache corruption, still chasing it.\n"
        "- **Quang (qle)**: Vulkan damage rects for Prism on Windows, cuts GPU time.\n"
        "- **Mateus** (volunteer) landed the fix for blurry SVG filters, r=qle\n",
    )
    assert "Vulkan" in _linked(graph, "Quang Le", "topic")
    assert "qle" not in _labels(graph, "topic")  # his login, not a subject


def test_a_motions_vote_table_is_attendance_not_work(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-05-14.md",
        "# Council meeting\n\nAgenda announced on heron-project@ on 2025-05-07.\n\n"
        "## Roll call\n\n| Member | Nick | Present |\n|---|---|---|\n"
        "| Ruairí Ó Conaill | ruairi | yes (chair) |\n| Beatriz Saldanha | bsaldanha | yes |\n"
        "| Arkadiusz Zieliński | arkz | yes |\n\n## 1. gitsign commit signing\n\n"
        "Arkadiusz presented the gitsign proposal; arkz said the hook falls back to rejecting.\n\n"
        "**Motion:** Approve gitsign.\n\n| Member | Vote |\n|---|---|\n| ruairi | yes |\n"
        "| bsaldanha | abstain |\n| arkz | yes |\n",
    )
    assert _labels(graph, "person") == {
        "Ruairí Ó Conaill",
        "Beatriz Saldanha",
        "Arkadiusz Zieliński",
    }
    assert "gitsign" in {t.lower() for t in _linked(graph, "Arkadiusz Zieliński", "topic")}
    assert not _linked(graph, "Beatriz Saldanha", "topic")
    assert not _linked(graph, "Ruairí Ó Conaill", "topic")


def test_a_roll_call_by_member_company_lists_the_representatives(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-06-04.md",
        "# RTOS TSC Meeting\n\n## Roll call\n\n| Member company | Representative | Present |\n"
        "|---|---|---|\n| Nordlys Semiconductor | Priya Subramanian | ✔ |\n"
        "| Kairos Embedded | Aiko Shimizu | ✔ |\n| Harbor Automotive | — | ✘ |\n\n"
        "Quorum: 7/8, quorate.\n\n## Bluetooth LE audio (Priya)\n\n"
        "- Priya gave an update on the LE audio stack.\n\n## Actions\n\n"
        "- [ ] @aikos present grove v2 at the next TSC\n",
    )
    assert _labels(graph, "person") == {"Priya Subramanian", "Aiko Shimizu"}


def test_a_sprints_attendees_by_initials_and_a_dash(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-06-08.md",
        "# Core Developer Sprint\n\n## Attendees\n\n- TM — Tendai Mukwevho (@tmukwevho)\n"
        "- HC — Hoang Minh Chau (@chau-hm)\n- MA — Matías Aguirre (@maguirre), remote\n\n"
        "## Monday\n\n### Enable the JIT by default\n\nTM: copy-and-patch JIT is now 6% faster.\n"
        "HC: with free-threading on, the JIT is still disabled.\nMA: fine by me.\n",
    )
    assert _labels(graph, "person") == {"Tendai Mukwevho", "Hoang Minh Chau", "Matías Aguirre"}


def test_a_docs_all_hands_with_mentions_by_full_name(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2026-03-12.md",
        "**Engineering All-Hands**\n\n**Host:** Keiko Matsuda\n\n## Team updates\n\n"
        "### Query & UI — Fatima Zahra Benali\n\n**Fatima Zahra:** DQL got joins.\n\n"
        "**Fatima Zahra:** Mehmet is starting on the dashboard editor rewrite.\n\n"
        "### Security — Eitan Shapiro\n\n**Eitan:** Dependency scanning moved to OSV-Scanner.\n\n"
        "**Keiko:** Thanks. **Keiko:** Next.\n\n## Action items\n\n"
        "* [ ] @Eitan Shapiro tune OSV-Scanner false positives\n"
        "* [ ] @Fatima Zahra Benali collect feedback on waterfall_v2\n",
    )
    people = _labels(graph, "person")
    assert {"Fatima Zahra Benali", "Eitan Shapiro", "Keiko Matsuda"} <= people
    assert not people & {"Fatima Zahra", "Eitan", "@Eitan", "@Fatima"}
    assert _owners(graph, "OSV-Scanner") == {"Eitan Shapiro"}


def test_a_summit_write_up_by_surnames_keeps_a_common_surname_with_its_name(
    tmp_path: Path,
) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-12.txt",
        "Maintainers Summit 2024: folios and writeback\n\n"
        "Priya Raghunathan opened by saying that the folio conversion is mostly done.\n\n"
        "Raghunathan pointed to the swap cache series, posted by Jun-seo Park in July. According "
        "to Park, the series has had one review round. Tomasz Wierzbicki offered a lab machine.\n\n"
        "The series [PATCH 0/6] fs: remove ->writepage() from the address_space operations, "
        "ready to go, was discussed next.\n\n"
        "Yuki just back from JSConf JP and jetlagged, Kwame and Priya on the call.\n\n"
        "Action items:\n\n  - Wierzbicki: arrange lab access for Park.\n"
        "  - Park: post v5 of the swap-cache folio series.\n",
    )
    people = _labels(graph, "person")
    assert "Jun-seo Park" in people and not people & {"Jun-seo", "Park", "jetlagged"}
    assert "[PATCH 0/6] fs: remove ->writepage() from the address_space operations" in _labels(
        graph, "reference"
    )


def test_a_voice_call_transcript_by_logins_with_its_action_items_posted(tmp_path: Path) -> None:
    turns = "".join(
        f"[{n:02d}:00] {who}: {text}\n"
        for n, (who, text) in enumerate(
            [
                ("pell", "ok we're live. manifest first, vix this is you"),
                ("vix_r", "yeah so manifest v2. the schema is in the docs repo now"),
                ("vix_r", "v1 manifests keep working forever, the loader converts them"),
                ("Noor", "is there a validator?"),
                ("vix_r", "hfcli has a manifest check in main"),
                ("vix_r", "not released yet, ships with 0.9"),
                ("pell", "ok that's the call. I'll post the action items"),
            ]
        )
    )
    graph = _graph(
        tmp_path,
        "2025-02-08.txt",
        "Hearthforge community call #23 -- Discord voice\n\n"
        + turns
        + "\n--- action items (posted in #dev-notes by pell) ---\n"
        "- vix_r: write the manifest v2 migration guide for mod authors\n"
        "- Noor: finish cycle handling in the load-order resolver\n\n"
        "Schedule:\n\n- Feature freeze: 2025-04-01\n- rc1: 2025-04-22\n",
    )
    people = _labels(graph, "person")
    assert "vix_r" in people and "rc1" not in people
    assert _owners(graph, "migration guide") == {"vix_r"}
    assert _owners(graph, "cycle handling") == {"Noor"}


def test_follow_ups_noted_at_the_end_of_a_write_up_are_actions(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-09-12.txt",
        "Summit write-up\n\nMinutes circulated on isoline-psc@ after approval.\n\n"
        "Priya Raghunathan opened. Tomasz Wierzbicki offered a lab. Beatriz Olmedo posted a "
        "series.\n\nFollow-ups noted at the end of the session:\n\n"
        "  - Wierzbicki: arrange arm64 lab access.\n"
        "  - Olmedo: announce the deprecation timeline.\n",
    )
    assert _owners(graph, "lab access") == {"Tomasz Wierzbicki"}
    assert _owners(graph, "deprecation timeline") == {"Beatriz Olmedo"}
    assert "isoline-psc" not in _labels(graph, "person")


def test_a_week_of_stand_ups_by_login_with_follow_ups_after_arrows(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-03-10.txt",
        "riverbed data platform -- daily stand-up log\n"
        "team: Priya Raghunathan (lead), Jonas Eklund, Mateo Ferraro\n\n"
        "Mon 03/10\npriya: y: sprint prep. t: Iceberg capacity numbers. b: none\n"
        "jonas: y: out Fri. t: consumer lag alert. b: no access to grafana\n"
        "mateo: y: dbt upgrade on a branch. t: keep going. b: none\n"
        "-> priya to approve the larger cluster for the backfill\n"
        "-> mateo + jonas: bump the CI image to dbt 1.9\n\n"
        "Tue 03/11\npriya: y: approved the cluster. t: RFC-07. b: none\n"
        "jonas: y: got grafana access. t: lag fix. b: none\n"
        "mateo: y: 8/12 dbt models fixed. t: the other 4. b: none\n\n"
        "Wed 03/12\n[5] #2862  S3 backend leaves multipart uploads behind\n"
        "    mateo: we never send the abort.\n"
        "    → assigned to Mateo · P2. Send the abort on cancel.\n",
    )
    assert _labels(graph, "person") == {"Priya Raghunathan", "Jonas Eklund", "Mateo Ferraro"}
    assert _owners(graph, "larger cluster") == {"Priya Raghunathan"}
    assert _owners(graph, "CI image") == {"Mateo Ferraro", "Jonas Eklund"}
    assert "consumer lag alert" not in {t.lower() for t in _linked(graph, "Mateo Ferraro", "topic")}


def test_action_required_lines_are_tasks_not_someones_initials(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2024-06-11.md",
        "# Weekly Technical Call - 2024-06-11\n\n"
        "Attendees: Niamh Gallagher [ngallagher], Kenji Morita [kmorita], Piotr Nowak [pnowak]\n\n"
        "## Bugs of note\n\n- Bug 15523 - sstate mirror corruption. Kenji tracked it down.\n\n"
        "## Action items\n\n- AR: Kenji to add a selftest for the sstate mirror locking\n"
        "- AR: Piotr to prune the sstate mirror\n- AR: Niamh to ask for a maintainer\n"
        "- AR: kmorita to start a thread on SRC_URI generation\n"
        "- AR: pnowak to check the worker load\n- AR: Niamh to post on the list\n",
    )
    assert "AR" not in _labels(graph, "person")
    assert _owners(graph, "selftest") == {"Kenji Morita"}
    assert _owners(graph, "prune") == {"Piotr Nowak"}


def test_bring_up_notes_with_initials_declared_once_and_ai_lines(tmp_path: Path) -> None:
    text = (
        "# Corvid FC — Rev C bring-up #3\n\n2024-04-22 · Jitsi\nPresent: SK, LK, BM\n"
        "(SK = Siddharth Kulkarni, LK = Leilani Kahale, BM = Bogdan Mureșan)\nNotes: LK\n\n"
        "## 1. Power\n\n- BM measured 3V3 ripple at the MCU: 38 mV idle.\n"
        "- **AI BM:** update the README table to the 2.5 A BEC rating.\n"
        "- **AI LK:** X-ray the second IMU boards.\n"
    )
    graph = _graph(tmp_path, "2024-04-22.md", text)
    # the initials of "Present:" are the names declared for them: one node each, no "BM"
    assert {"Siddharth Kulkarni", "Leilani Kahale", "Bogdan Mureșan"} <= _labels(graph, "person")
    assert not _labels(graph, "person") & {"SK", "LK", "BM"}
    assert _owners(graph, "README") == {"Bogdan Mureșan"}
    assert _owners(graph, "X-ray") == {"Leilani Kahale"}


def test_stand_up_arrowed_ai_lines_name_their_owner_first(tmp_path: Path) -> None:
    text = (
        "# Tillwise SDK stand-up 2025-06-04\n\n- here: Karthik Raman, Sanna Virtanen, Felix "
        "Brandt\n- Karthik — y: reviewed the 3DS flow / t: iOS release / b: none\n"
        "- q for ottoh — does the sandbox bypass include 3DS?\n- ottoh: yes, 3DS too\n"
        "- -> AI Karthik: review tillwise-ios#482 today\n"
        "- -> AI ottoh: send bypass tokens to whoever asks (Sanna + Felix at least)\n"
    )
    graph = _graph(tmp_path, "2025-06-04.md", text)
    assert _owners(graph, "tillwise-ios#482") == {"Karthik Raman"}
    # the login the label names owns it, not the people its last words name
    assert _owners(graph, "bypass tokens") == {"ottoh"}


def test_transcript_in_capitals_and_an_action_list_by_given_name(tmp_path: Path) -> None:
    text = (
        "# Wayfinder community call\n\nParticipants: Maria Castellanos (host), Liam O'Connor, "
        "Hieu Nguyen\n\nMARIA: OK, first item.\n\nLIAM: MV3 is the hard part.\n\n"
        "HIEU: the aria-live rule has false positives.\n\n"
        "**Action items (added by Maria after the call)**\n\n"
        "- Liam — MV3 unification, devtools panel rewrite\n"
        "- Hieu — reason code for aria-live false positives\n"
    )
    graph = _graph(tmp_path, "2025-06-10.md", text)
    # "LIAM:" in capitals is Liam O'Connor, no initials: "Liam —" names him
    assert _owners(graph, "MV3 unification") == {"Liam O'Connor"}
    assert _owners(graph, "reason code") == {"Hieu Nguyen"}


def test_formal_minutes_list_who_else_attended(tmp_path: Path) -> None:
    text = (
        "# Periscope TSC — Minutes\n\n## Present\n\n- Ravindra Iyer (chair)\n- Ngozi Eze\n\n"
        "## Also attending\n\n- Owen Price (foundation project liaison)\n"
        "- Ayelet Shapira (collector maintainer)\n\n## 3. Graduation\n\n"
        "O. Price reported on the graduation application. A. Shapira presented RFC-0019.\n"
    )
    graph = _graph(tmp_path, "2025-04-15.md", text)
    people = _labels(graph, "person")
    assert {"Owen Price", "Ayelet Shapira"} <= people
    assert not people & {"O. Price", "A. Shapira"}


def test_element_chat_export_of_a_matrix_room(tmp_path: Path) -> None:
    text = (
        "Room: Domovoi Dev (#domovoi-dev:matrix.org)\n\nWed, Jun 5 2024\n\n"
        "19:00:04  Kaito (@kaito.n:matrix.org): meeting time, roll call pls\n"
        "19:00:20  zigbee_wrangler 🐝 (@marta.kowalczyk:matrix.org): o/\n"
        "19:00:31  Lukas F (@lfriedrich:fosdem.org): hi\n"
        "19:02:10  Kaito (@kaito.n:matrix.org): Seun, the schema migration?\n"
        "19:03:00  Seun (@seun:domovoi.io): fix is in core#11842, batches of 100k rows\n"
        "19:05:33  Kaito (@kaito.n:matrix.org): !action @seun:domovoi.io get core#11842 merged\n"
        "19:05:34  domovoi-bot (@bot:domovoi.io): Action #1 recorded for Seun (@seun)\n"
    )
    graph = _graph(tmp_path, "2024-06-05.txt", text)
    people = _labels(graph, "person")
    # each line is its sender's turn; a display name that is no name gives way to the user id
    assert {"Kaito", "Lukas F", "Seun", "marta.kowalczyk"} <= people
    assert not {p for p in people if "bot" in p.lower() or ":" in p}
    assert _owners(graph, "core#11842 merged") == {"Seun"}


def test_release_retro_follow_ups_one_sentence_per_ticket(tmp_path: Path) -> None:
    text = (
        "# Strata 2.7 release retro\n\nAttendees: Arvid Lindqvist, Femi Ogundipe, Leilani "
        "Kahale\n\n1. **Release pipeline stuck on macOS notarization** (owner: Arvid)\n"
        "   - Follow-ups: STRAT-1841 add timeout + retry to notarize step (Arvid). STRAT-1842 "
        "alert to #release-eng when the release workflow takes over 90 min (Femi). STRAT-1843 "
        "fix the wording in the release docs (Leilani).\n"
    )
    graph = _graph(tmp_path, "2025-02-11.md", text)
    # after the label, each sentence ending with its owner in brackets is that one's task
    assert _owners(graph, "notarize") == {"Arvid Lindqvist"}
    assert _owners(graph, "alert to") == {"Femi Ogundipe"}
    assert _owners(graph, "wording") == {"Leilani Kahale"}


def test_irc_meeting_rewritten_as_prose_who_takes_what(tmp_path: Path) -> None:
    text = (
        "Ardea dev meeting — 2024-06-04\n==============================\n\n"
        "Present: brecht, mjx, tdaramola\n\n**Fuzzing.** OSS-Fuzz filed three new crashes this "
        "week. mjx already fixed the one in the tile info writer (#1498). The other two (#1499, "
        "#1500) look like the same thing in the loop restoration unit sizing. tdaramola takes "
        "them.\n"
    )
    graph = _graph(tmp_path, "2024-06-04.md", text)
    assert _owners(graph, "takes them") == {"tdaramola"}


def test_notion_export_with_toggles_over_indented_notes(tmp_path: Path) -> None:
    text = (
        "# A11y Weekly — May 8, 2024\n\nAttendees: Beatriz Nascimento, Rafael Quintero\n\n"
        "## Agenda\n\n▸ **TTS voices** (Rafael)\n\n    Rafael has Piper running as a speech "
        "module on-device.\n    \n    - Rafael to measure latency on the Pixel 7\n\n"
        "▸ **AT-SPI bridge for Qt apps** (Bea)\n\n    Bea: Qt apps expose nothing yet.\n"
    )
    graph = _graph(tmp_path, "2024-05-08.md", text)
    # each toggle's title is a heading: its subject, and the notes under it are its section
    assert {"TTS voices", "AT-SPI bridge for Qt apps"} <= _labels(graph, "topic")
    assert "TTS voices" in _linked(graph, "Rafael Quintero", "topic")


def test_ais_heading_and_logins_said_with_an_at_elsewhere(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        "2025-08-05.md",
        "# Rendering weekly\n\n- **Vulkan** (@vexel): descriptor buffers on by default.\n"
        "- **WebGPU** (@gquill): test triage; `@dataclass` stays in the sample.\n\n"
        "gquill covers triage next week.\n\n**AIs**\n\n"
        "- vexel — async compute behind a cvar\n- gquill — optional-sink for debug views\n",
    )
    # "**AIs**" heads the action items; a login said once as "@gquill" owns "gquill — ..."
    assert _owners(graph, "async compute") == {"vexel"}
    assert _owners(graph, "optional-sink") == {"gquill"}
    # a decorator set as code is no one's login
    assert "dataclass" not in _labels(graph, "person")


def test_a_mail_reply_quoting_the_minutes_keeps_each_tasks_owner(tmp_path: Path) -> None:
    text = (
        "From: Radu Ionescu <radu@example.org>\nSubject: Re: TSC call minutes\n\nHi Henrik, all,\n\n"
        "On Wed, 7 Feb 2024, Henrik Aaltonen <henrik@example.org> wrote:\n"
        "> Present: Henrik Aaltonen (HA, chair), Chidinma Eze (CE), Radu Ionescu (RI),\n"
        ">          Fatima Benali (FB), Anjali Deshpande (AD)\n>\n> Actions\n> -------\n"
        "> AI(FB): land #1183, tag 4.1-rc3\n> AI(CE): add the Kconfig warning to #1177\n"
        "> AI(AD): HIL lab job for Rust bindings; coordinate board donation with Tobias\n"
        "> AI(HA): call the PIP-12 vote after 14 Feb\n>\n> Cheers,\n> Henrik\n>\n> --\n"
        "> Henrik Aaltonen\n> Pennant RTOS TSC chair\n\nAI(RI): write PIP-14 before next call.\n\n"
        "Thanks,\nRadu\n"
    )
    graph = _graph(tmp_path, "2024-02-07.txt", text)
    # the quoted "AI(FB)" is Fatima's, not the quoted writer's; sign-offs are no tasks
    assert _owners(graph, "land #1183") == {"Fatima Benali"}
    assert _owners(graph, "Kconfig") == {"Chidinma Eze"}
    assert _owners(graph, "PIP-14") == {"Radu Ionescu"}
    # the task after "AI(AD): ...;" on the same line is AD's too
    assert _owners(graph, "board donation") == {"Anjali Deshpande"}
    tasks = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "action"}
    assert not {t for t in tasks if "Cheers" in t or "Thanks" in t or "chair" in t}


def test_a_legend_on_one_line_and_tasks_by_name_in_brackets(tmp_path: Path) -> None:
    legend = (
        "# Core team\n\nWho's who (initials used below):\nJK = Jana Kovářová · MdL = Manon de Laval"
        " · TO = Temitope Ogunbiyi ·\nSK = Sven Kjellberg (notes)\n\n## Line breaking\n\n"
        "MdL: status of the K–P rewrite. JK: fine as long as greedy stays.\n"
        "→ MdL: land max_active_nodes\n→ TO: table header linkage\n"
    )
    bracketed = (
        "wrenOS maintainers call\n\nPresent: Oluwaseun Adebayo (seun), Hyun-woo Baek, Kristýna "
        "Horáková\n\nspi: Hyun-woo posted v4 of the DMA series.\n\nActions\n\n"
        "  [seun]      tag RC3 on/before 19th\n  [Hyun-woo]  spi DMA series v5\n"
        "  [Kristýna]  find a 2nd board with wired spi loopback\n"
    )
    graph = _graph(tmp_path, "2025-02-11.md", legend)
    assert _owners(graph, "max_active_nodes") == {"Manon de Laval"}
    assert _owners(graph, "table header") == {"Temitope Ogunbiyi"}
    assert "MdL" not in _labels(graph, "person") | _labels(graph, "topic")
    graph = _graph(tmp_path, "2024-07-10.txt", bracketed)
    assert _owners(graph, "RC3") == {"Oluwaseun Adebayo"}
    assert _owners(graph, "DMA series") == {"Hyun-woo Baek"}
    assert _owners(graph, "loopback") == {"Kristýna Horáková"}


def test_a_meeting_bots_hello_reply_with_another_account_names_the_nick(tmp_path: Path) -> None:
    text = (
        "#larchmont-meeting: Packaging committee\n\n"
        "16:00:08 <gkarlsson> #chair gkarlsson tavita\n"
        "16:00:40 <tavita> .hello sionet\n"
        "16:00:41 <larchbot> tavita: sionet 'Sione Tavita' <stavita@example.org>\n"
        "16:09:15 <tavita> does debugedit cope with mold's output? the build-ids were fine\n"
        "16:26:11 <tavita> python-maint wants its own side tag starting the 10th\n"
    )
    graph = _graph(tmp_path, "2024-06-04.txt", text)
    people = _labels(graph, "person")
    assert "Sione Tavita" in people and "tavita" not in people
    assert "sionet" not in _labels(graph, "topic")


def test_plain_table_of_actions_with_an_owner_column(tmp_path: Path) -> None:
    text = (
        "CoC committee, 2023-11-02\n\nPresent:  Adaeze O., Joaquin R. (notes), Mette L. (chair), "
        "kwabena_a\n\n1. Inbox\n\n- Joaquin: the shared moderation inbox still has ~60 unread "
        "items.\n- @dmitri-v joined for the last 10 min: Formbricks can run on the cluster.\n\n"
        "----------------------------------------\nACTIONS\n"
        "----------------------------------------\n\n"
        "  JR        join respondent conversation for CoC-2023-016, schedule\n"
        "            by 11-10\n"
        "  ML        turn on Discourse auto-hide trial, 30 days\n"
        "  kwabena_a follow up community-infra#88 (ban sync)\n"
        "  kwabena_a + dmitri-v   evaluate Formbricks, report 11-16\n"
        "  JR        sweep the moderation inbox\n\nNext meeting: 2023-11-16.\n"
    )
    graph = _graph(tmp_path, "2023-11-02.txt", text)
    assert _owners(graph, "sweep the moderation inbox") == {"Joaquin R."}
    assert _owners(graph, "auto-hide") == {"Mette L."}
    assert _owners(graph, "evaluate Formbricks") == {"kwabena_a", "dmitri-v"}
    assert _owners(graph, "join respondent") == {"Joaquin R."}


def test_round_of_initials_with_a_banner_heading_over_its_actions(tmp_path: Path) -> None:
    text = (
        "Ingest team - weekly round\nThu 6 Mar 2025\n\n"
        "In the room: Tomasz Wrona (T.), Adwoa Mensah (A.), Lucía Ferrer (L.)\n\n--- round ---\n\n"
        "T. said the shard rebalancer is done apart from the throttle. A. said the parquet "
        "writer is slow on wide tables; a prototype with row groups halves it.\n\n"
        "--- actions ---\n\n"
        "  T.     - hand the throttle notes to L.\n"
        "  A.     - benchmark row groups on the wide fixture\n"
        "  T.     - second review PR #9931\n"
        "  L., A. - write up the compaction options, circulate Fri\n"
    )
    graph = _graph(tmp_path, "2025-03-06.txt", text)
    assert _labels(graph, "person") == {"Tomasz Wrona", "Adwoa Mensah", "Lucía Ferrer"}
    assert "T." not in _labels(graph, "organization")
    assert _owners(graph, "throttle notes") == {"Tomasz Wrona"}
    assert _owners(graph, "row groups") == {"Adwoa Mensah"}
    assert _owners(graph, "compaction options") == {"Lucía Ferrer", "Adwoa Mensah"}
    assert "actions" not in _labels(graph, "topic")
    assert not {t for t in _labels(graph, "topic") if t.startswith(("T.", "A.", "L."))}


def test_banner_headings_with_times_and_a_break(tmp_path: Path) -> None:
    text = (
        "Storage summit, day 1 (etherpad)\n\nAttendees: Ngozi Bello, Pavel Sýkora\n\n"
        "--- 13:00 Snapshot scheduler (Ngozi) ---\n\nNgozi: the snapshot scheduler now skips "
        "idle volumes.\n\n--- 13:45-14:00 break ---\n\n"
        "--- 14:00 Thin provisioning (Pavel) ---\n\nPavel: thin provisioning needs a quota "
        "check before it ships.\n"
    )
    graph = _graph(tmp_path, "2025-05-14.txt", text)
    topics = {t.lower() for t in _labels(graph, "topic")}
    assert {"snapshot scheduler", "thin provisioning"} <= topics
    assert not {t for t in topics if "break" in t or "13" in t}
    assert "thin provisioning" in {t.lower() for t in _linked(graph, "Pavel Sýkora", "topic")}


def test_the_chair_of_a_meeting_bot_records_the_work_of_others(tmp_path: Path) -> None:
    text = (
        "[19:00:02] <wren_a> #startmeeting Quarry release team\n"
        "[19:00:09] <wren_a> #topic kernel rebase\n"
        "[19:00:30] <tpham> the zstd initramfs patch does not apply cleanly on 6.18, rebasing\n"
        "[19:01:02] <wren_a> #info tpham rebases the zstd initramfs patch, xz as the fallback\n"
        "[19:01:20] <wren_a> #action tpham forward-port the zstd initramfs patch by Dec 5\n"
        "[19:02:00] <wren_a> #topic mirror network\n"
        "[19:02:10] <hdaoud> two mirrors dead since October, the mirrorlist generator keeps them\n"
        "[19:02:40] <wren_a> #info hdaoud drops dead mirrors from the mirrorlist generator\n"
        "[19:03:00] <wren_a> #endmeeting\n"
    )
    graph = _graph(tmp_path, "2025-11-18.txt", text)
    topics = {t.lower() for t in _linked(graph, "tpham", "topic")}
    assert "zstd initramfs patch" in topics
    assert "mirrorlist generator" in {t.lower() for t in _linked(graph, "hdaoud", "topic")}
    chair = (
        {t.lower() for t in _linked(graph, "wren_a", "topic")}
        if "wren_a" in _labels(graph, "person")
        else set()
    )
    assert not chair & {"zstd initramfs patch", "mirrorlist generator"}
    assert _owners(graph, "forward-port") == {"tpham"}


def test_action_labels_with_two_owners_joined_by_a_plus(tmp_path: Path) -> None:
    text = (
        "Ocean model call\n\nAttendees: Chidi Okafor (chair), Rafael Quintana, Nell Fitzgerald\n\n"
        "## Restarts\n\n- (NF) a restart test in the nightly suite would have caught it. RQ "
        "agrees.\n  → AI RQ + NF: b4b restart test in the nightly suite (#1211)\n"
        "  → AI NF: email Chidi re. ocean BGC variables in #1198\n\n"
        "Initials: RQ = Rafael Quintana, NF = Nell Fitzgerald\n"
    )
    graph = _graph(tmp_path, "2023-11-08.md", text)
    assert _owners(graph, "restart test") == {"Rafael Quintana", "Nell Fitzgerald"}
    assert _owners(graph, "BGC") == {"Nell Fitzgerald"}


def test_a_heading_of_a_given_name_or_a_handle_over_their_own_notes(tmp_path: Path) -> None:
    text = (
        "# plotwing dev call\n\nAttendees: Jonas Brückner, Leilani Kahale, Farid Haddad, "
        "@tkoval\n\n## 1. Round\n\n**Farid (FH)**\n- glyph cache rewrite: shared between "
        "the raster and vector backends, gh-2296\n- mathtext: fixed the root alignment bug, "
        "gh-2275\n- next: land the glyph cache\n\n"
        "**Leilani (me)**\n- colorbar extensions: triangle ends merged, gh-2281\n\n"
        "**@tkoval (Taras)**\n- musllinux wheels: built in CI now, gh-2290\n"
    )
    graph = _graph(tmp_path, "2024-10-03.md", text)
    assert "glyph cache rewrite" in {t.lower() for t in _linked(graph, "Farid Haddad", "topic")}
    assert "colorbar extensions" in {t.lower() for t in _linked(graph, "Leilani Kahale", "topic")}
    assert "musllinux wheels" in {t.lower() for t in _linked(graph, "tkoval", "topic")}
    assert "mathtext" in {t.lower() for t in _linked(graph, "Farid Haddad", "topic")}
    assert not {"Farid", "Leilani"} & _labels(graph, "topic")
    assert "mathtext" not in _labels(graph, "person")


def test_a_bare_number_the_meeting_links_in_full_is_that_review(tmp_path: Path) -> None:
    text = (
        "# API WG\n\n### Attendees\n\n- @zcbenz\n- @loc\n\n### Followup\n\n"
        '- @loc to review the "tab media stream" PR\n    - asked for a change, no response\n'
        "    - #22701\n\n### Agenda\n\n1. [docs: views API](https://github.com/acme/governance/"
        "pull/271)\n2. [feat: add getWebContentsStream()](https://github.com/acme/shell/pull/"
        "22701)\n    * waiting for the author\n"
    )
    graph = _graph(tmp_path, "2020-04-20.md", text)
    refs = _labels(graph, "reference")
    assert "shell#22701" in refs and "governance#22701" not in refs
    assert "shell#22701" in _linked(graph, "loc", "reference")


def test_plain_text_action_tables_status_rows_and_labelled_lines(tmp_path: Path) -> None:
    text = (
        "LanternFS SRE weekly sync\n=========================\n\n"
        "attendees: Marek Dvorak (chair), Chiamaka Eze, Mohammed Al-Rahimi, farah_s\n\n"
        "-- previous action items --\n\n"
        " #   action                                 owner     due     status\n"
        " --  -------------------------------------  --------  ------  ---------\n"
        " A1  postmortem doc for INC-0412            marek     10-31   DONE\n"
        " A3  terraform module for the new rack      Mo        11-03   carried\n"
        " A5  evaluate vector.dev as log shipper     farah_s   11-07   dropped\n\n"
        "Sec notes\n\n== Action review ==\n\n"
        "  [DONE]    MD  -- request a CVE for TSEC-2024-003\n"
        "  [OPEN]    CE  -- threat model doc for the replication protocol\n"
        "  [DROPPED] MA  -- evaluate cargo-vet for the bindings\n\n"
        "== New actions ==\n\n"
        "AI(CE) address review on PR #5540\nAI(MD, MA) triage TSEC-2024-006 timing report\n"
    )
    graph = _graph(tmp_path, "2023-11-07.txt", text)
    assert _owners(graph, "postmortem") == {"Marek Dvorak"}
    assert _owners(graph, "terraform") == {"Mohammed Al-Rahimi"}
    assert not any("vector.dev" in label for label in _labels(graph, "action"))
    assert _owners(graph, "request a CVE") == {"Marek Dvorak"}
    assert _owners(graph, "threat model") == {"Chiamaka Eze"}
    assert not any("cargo-vet" in label for label in _labels(graph, "action"))
    assert _owners(graph, "address review") == {"Chiamaka Eze"}
    assert _owners(graph, "timing report") == {"Marek Dvorak", "Mohammed Al-Rahimi"}


def test_carried_over_tasks_and_subjects_paired_with_people_in_brackets(tmp_path: Path) -> None:
    text = (
        "# Driftwood app call\n\n**On the call:** Lu Wei, Ifeoma Chukwu, Santiago Rojas\n\n"
        "## Actions carried over from 09-05\n\n1. Ife: file the App Store appeal — DONE\n"
        "2. santi: GlitchTip decision doc — DONE\n\n## Roadmap\n\n"
        "- Brainstorm for 0.8: COG writer (Lu), CoordStore speedup (Santiago), "
        "reprojection cleanup (Ifeoma — long overdue).\n\n"
        "Summary of assignments\n\n  Lu         #2841 libheif 1.18 bump (P1)\n"
        "  Ifeoma     #2855 face re-index batching (P1)\n"
        "  Santiago   #2871 OIDC proxy warning (P2)\n"
    )
    graph = _graph(tmp_path, "2023-09-19.md", text)
    assert _owners(graph, "appeal") == {"Ifeoma Chukwu"}
    assert _owners(graph, "GlitchTip") == {"Santiago Rojas"}
    lu = {t.lower() for t in _linked(graph, "Lu Wei", "topic")}
    assert "cog writer" in lu and not {"coordstore", "reprojection", "reprojection cleanup"} & lu
    assert not {"oidc", "oidc proxy"} & lu
    assert _linked(graph, "Lu Wei", "reference") == {"#2841"}
