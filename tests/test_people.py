"""People you can trust: small minutes in the shapes real projects use, one rule each."""

from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

import kg


def _graph(tmp_path: Path, files: dict[str, str]) -> nx.Graph:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return kg.build([tmp_path], cache=False).graph


def _aliases(graph: nx.Graph) -> dict[str, list[str]]:
    """Each person's label -> their aliases."""
    return {
        d["label"]: sorted(d["aliases"]) for _, d in graph.nodes(data=True) if d["kind"] == "person"
    }


def _labels(graph: nx.Graph, kind: str) -> set[str]:
    return {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == kind}


def _linked_people(graph: nx.Graph, label: str) -> set[str]:
    """The people linked to the node of this label (a review, a topic)."""
    node = next(n for n, d in graph.nodes(data=True) if d["label"] == label)
    return {graph.nodes[p]["label"] for p in graph[node] if graph.nodes[p]["kind"] == "person"}


def _people(tmp_path: Path, files: dict[str, str]) -> dict[str, list[str]]:
    return _aliases(_graph(tmp_path, files))


def test_people_nick_table_joins_logins_to_names(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2018-07-12.md": "# IRC meeting\n\n## Topics\n\n- Sipa and Jtimon discuss the PR.\n\n"
            "## Participants\n\n| IRC nick | Name/Nym |\n|---|---|\n| sipa | [Pieter Wuille][] |\n"
            "| jtimon | [Jorge Timón][] |\n| jamesob | [James O'Beirne][] |\n"
        },
    )
    assert set(people) == {"Pieter Wuille", "Jorge Timón", "James O'Beirne"}
    assert "Sipa" in people["Pieter Wuille"] and "jtimon" in people["Jorge Timón"]


def test_people_login_that_spells_a_name_joins_it_in_time(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-01-06.md": "# Lang team\n\nAttendees: Niko Matsakis, Scott McMurray\n\n## GATs\n\n"
            "Niko presented GATs.\n",
            "2020-01-13.md": "# Lang team\n\n## GATs\n\n- nikomatsakis: the RFC is ready.\n"
            "- scottmcm: agreed.\n",
        },
    )
    assert set(people) == {"Niko Matsakis", "Scott McMurray"}
    assert "nikomatsakis" in people["Niko Matsakis"] and "scottmcm" in people["Scott McMurray"]


def test_people_attendee_logins_that_spell_a_name_join_it(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2019-09-26.md": "# API WG\n\n## Attendees\n\n* @keeleyhammond\n* @jkleinsc\n"
            "* @sdaftuar\n\n## Notes\n\n* Fuses: shipped.\n",
            "2019-09-30.md": "# Outreach WG\n\n## Attendees\n\n- Keeley Hammond\n"
            "- John Kleinschmidt\n- Suhas Daftuar\n",
        },
    )
    assert set(people) == {"Keeley Hammond", "John Kleinschmidt", "Suhas Daftuar"}
    assert "keeleyhammond" in people["Keeley Hammond"] and "jkleinsc" in people["John Kleinschmidt"]


def test_people_attendee_login_years_away_stays_apart(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2012-01-10.md": "# Calls\n\n## Attendees\n\n* @jdoerfler\n",
            "2024-01-10.md": "# Calls\n\n## Attendees\n\n- Jana Doerfler\n",
        },
    )
    assert set(people) == {"jdoerfler", "Jana Doerfler"}


def test_people_shortened_misspelt_and_initialled_names_are_one_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-01-01.md": "## Attendees\n\n- Richard Winterton\n- Nicolas Dorier\n- Pooja Ranjan\n"
            "- Mark Waite\n",
            "2020-02-01.md": "## Attendees\n\n- Richard Winterton\n- Nicolas Dorier\n- Pooja Ranjan\n"
            "- Mark Waite\n",
            "2020-03-01.md": "## Attendees\n\n- Rich Winterton\n- Nicholas Dorier\n- Pooja R.\n"
            "- Mark E Waite\n",
            "2020-04-01.md": "## Attendees\n\n- Nicolas Samuel Dorier\n",
        },
    )
    # a middle initial or a middle name says nothing new: "Mark E Waite", "Nicolas Samuel Dorier"
    assert set(people) == {"Richard Winterton", "Nicolas Dorier", "Pooja Ranjan", "Mark Waite"}
    assert "Rich Winterton" in people["Richard Winterton"]


def test_people_same_surname_other_first_name_stays_apart(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {"2020-01-01.md": "## Attendees\n\n- Mark Johnston\n- Mike Johnston\n- Ed Maste\n"},
    )
    assert set(people) == {"Mark Johnston", "Mike Johnston", "Ed Maste"}


def test_people_surname_after_the_full_name_in_the_same_minutes(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2018-07-12.md": "# Meeting summary\n\n## Coin selection\n\n"
            "**Discussion:** Pieter Wuille asked about destination groups. Later Wuille said it can wait.\n\n"
            "Gregory Maxwell asked why. Maxwell said it can wait too.\n\n"
            "Suhas Daftuar asked whether it could go in first.\n"
        },
    )
    assert set(people) == {
        "Pieter Wuille",
        "Suhas Daftuar",
        "Gregory Maxwell",
    }  # a name no gazetteer knows, too


def test_people_broadcasts_templates_and_contractions_are_not_people(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2022-01-18.md": "# Outreach WG\n\n## Attendees\n\n* @handle\n* @erickzhao\n\n"
            "## Notes\n\n* Vote on the membership (@everyone)\n"
            "* We\u2019ve been failing to backport documentation PRs.\n"
        },
    )
    assert set(people) == {"erickzhao"}


def test_people_initials_never_go_to_someone_seen_years_later(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2017-03-01.md": "# CG\n\nAttendees: JF Bastien\n\n## SIMD\n\nJF: we should ship it.\n",
            "2017-03-08.md": "# CG\n\n## SIMD\n\nJF: still shipping it.\n",
            "2025-05-06.md": "# CG\n\nAttendees: Jake Follest\n\n## GC\n\nJake Follest presented.\n",
        },
    )
    assert "JF" in people["JF Bastien"]
    assert "JF" not in people["Jake Follest"]


def test_initials_that_are_a_listed_given_name_are_that_person_in_an_undated_meeting(
    tmp_path: Path,
) -> None:
    # an undated meeting says nothing of the years: the roster's "JF Bastien" is who "JF:" is,
    # not Jake Follest (JF by his initials) of another meeting; "JFB" is JF Bastien too
    files = {
        "CG-04.md": "# CG April\n\nAttendees: JF Bastien, Dan Gohman\n\n## SIMD\n\n"
        "JF: we should ship it.\n\nJFB: agreed.\n",
        "2025-05-06.md": "# CG\n\nAttendees: Jake Follest\n\n## GC\n\nJake Follest presented.\n",
    }
    people = _people(tmp_path, files)
    assert {"JF", "JFB"} <= set(people["JF Bastien"])
    assert people["Jake Follest"] == ["Jake Follest"]


def test_a_scribes_short_form_goes_to_the_one_of_two_named_far_more_often(tmp_path: Path) -> None:
    files = {
        f"2020-02-{day:02d}.md": "# CG\n\nAttendees: Dan Gohman, Ann Lee\n\n## Testsuite\n\n"
        "Dan Gohman: the merge is done.\n\nDanG: conflicts across the repo.\n"
        for day in range(3, 9)
    }
    files["2020-02-10.md"] = "# CG\n\nAttendees: Dan Gebhardt\n\n## Intro\n\n- hello\n"
    people = _people(tmp_path, files)
    assert "DanG" in people["Dan Gohman"]
    assert "DanG" not in people


def test_people_initials_declared_years_later_do_not_reach_back(tmp_path: Path) -> None:
    files = {
        "2017-03-01.md": "# CG\n\nAttendees: JF Bastien\n\n## SIMD\n\nJF: we should ship it.\n",
        "2025-05-06.md": "# CG\n\nAttendees: Jake Follest (JF)\n\n## GC\n\nJF: GC is done.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    graph = kg.build([tmp_path], cache=False).graph
    by_label = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    # JF speaks in 2017 as JF Bastien, in 2025 as Jake Follest, who declared the initials then
    assert by_label["JF Bastien"]["per_meeting"] == {"2017-03-01": 2}
    assert by_label["Jake Follest"]["per_meeting"] == {"2025-05-06": 2}


@pytest.mark.parametrize(
    ("line", "wrong"),
    [
        ("The notes are in the Google Doc that Chuck shared.", "Doc"),
        ("We met in San Francisco last week with Chuck.", "San Francisco"),
        ("Ping me about it later, Chuck said.", "Ping"),
        ("- Add Hash#dig to the standard library (Chuck)", "Add Hash"),
        ("Peter Jensen Sam Clegg presented the demo.", "Peter Jensen Sam Clegg"),
    ],
)
def test_people_words_places_and_pairs_are_not_one_person(
    tmp_path: Path, line: str, wrong: str
) -> None:
    people = _people(tmp_path, {"2024-01-01.md": f"# Meeting\n\n## Notes\n\n{line}\n"})
    assert wrong not in people


def test_people_two_humans_side_by_side_are_two_nodes(tmp_path: Path) -> None:
    text = "# Meeting\n\n## Demo\n\nPeter Jensen Sam Clegg presented the demo.\n"
    people = _people(tmp_path, {"2024-01-01.md": text})
    assert {"Peter Jensen", "Sam Clegg"} <= set(people)


def test_people_organizations_in_attendee_lists_are_not_people(tmp_path: Path) -> None:
    text = (
        "# Meeting\n\n## Attendees\n\n* Andreas Fehlner (Trumpf Laser)\n* Felix Lange (geth)\n"
        "* Jeffrey Wilcke (geth)\n* Intel\n\nAttendance: Alex Van de Sande (Mist/Ethereum Wallet), "
        "Casey Detrio (Volunteer)\n"
    )
    people = _people(tmp_path, {"2024-01-01.md": text})
    assert set(people) == {
        "Andreas Fehlner",
        "Felix Lange",
        "Jeffrey Wilcke",
        "Alex Van de Sande",
        "Casey Detrio",
    }


def test_people_unknown_names_with_a_speech_verb_are_people(tmp_path: Path) -> None:
    text = "# WG\n\n## Spec\n\nBenjie proposed a spec cut. Kewei suggested a delay.\n"
    people = _people(tmp_path, {"2025-04-03.md": text})
    assert {"Benjie", "Kewei"} <= set(people)


def test_people_profile_links_and_login_lists_are_people(tmp_path: Path) -> None:
    text = (
        "# Triage\n\nAttendees: nikomatsakis\n\n## Pending\n\n"
        "- [aturon](https://rfcbot.rs/fcp/aturon)  [nikomatsakis](https://rfcbot.rs/fcp/nikomatsakis)"
        "  [withoutboats](https://rfcbot.rs/fcp/withoutboats)\n"
    )
    people = _people(tmp_path, {"2019-10-24.md": text})
    assert {"aturon", "nikomatsakis", "withoutboats"} <= set(people)


def test_people_directives_sites_and_one_off_package_labels_are_not_people(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-05-07.md": "# WG\n\n## Attendees\n\n- Ann Lee\n\n## Notes\n\n"
            "* Ann: this is the same issue with `@include` and `@skip`\n"
            "* Ann: libinput is at 1.12.5, we want libinput 1.13.\n"
            "* libinput: updated last week.\n"
            "* See github.com for the rest.\n"
        },
    )
    assert set(people) == {"Ann Lee"}


def test_people_an_unknown_name_joined_to_a_known_one_taking_a_task(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2025-04-03.md": "# WG summary\n\n## Action items\n\n"
            "- Matt and Kewei to investigate the include deprecated proposal.\n"
            "- Datadog will be replaced next quarter.\n"
        },
    )
    assert set(people) == {"Matt", "Kewei"}


def test_people_a_login_listed_alone_joins_the_name_it_is_declared_for(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2017-05-19.md": "# Dev meeting\n\nAttendees: matz, ko1, akr\n",
            "2017-06-19.md": "# Dev meeting\n\nAttendees: Matz (Yukihiro Matsumoto), ko1 (Koichi Sasada), "
            "akr (Akira Tanaka)\n",
        },
    )
    assert set(people) == {"Yukihiro Matsumoto", "Koichi Sasada", "Akira Tanaka"}


def test_people_a_lone_first_name_joins_the_one_who_dominates_those_years(tmp_path: Path) -> None:
    files = {
        f"2021-0{m}-0{d}.md": "# Lang team\n\n## Attendance\n\n* Team: Josh, Niko\n\n## GATs\n\n"
        "- joshtriplett: GATs need work.\n- joshtriplett: more on GATs.\n- Josh: and a lint.\n"
        for m in range(1, 4)
        for d in range(1, 4)
    }
    files["2021-05-01.md"] = (
        "# Libs and lang\n\n* Lang: Niko, Josh Triplett\n* Libs: Josh Stonebraker\n\n## Editions\n\n"
        "Josh Stonebraker asked about editions. Josh Triplett answered.\n"
    )
    files["2021-05-08.md"] = "# Votes\n\n## Poll\n\nNiko proposes the RFC.\n\nDerek Seconds\n"
    people = _people(tmp_path, files)
    assert "Josh" not in people  # 27 turns by "joshtriplett" against one "Josh Stonebraker"
    assert "Josh" in people["Josh Triplett"] and "Josh Stonebraker" in people
    assert "Derek Seconds" not in people


def test_people_a_first_name_declares_its_login(tmp_path: Path) -> None:
    files = {
        "2019-04-02.md": "# Upgrades WG\n\n## Attendees\n\n* Shelley (@codebytere)\n"
        "* Jeremy (@nornagon)\n\n## Notes\n\n* codebytere: the upgrade is ready.\n",
        "2019-05-01.md": "# Releases WG\n\n## Attendees\n\n* Shelley Vohr\n* nornagon\n\n## Notes\n\n"
        "* Shelley Vohr asked about the release.\n* @codebytere will cut it.\n"
        "* @nornagon will review.\n",
    }
    people = _people(tmp_path, files)
    # one Shelley named in full: her login is hers; no Jeremy named in full: he is his login
    assert "codebytere" in people["Shelley Vohr"] and "codebytere" not in people
    assert "Jeremy" in people["nornagon"] and "Jeremy" not in people


def test_people_english_handles_in_prose_are_directives_not_people(tmp_path: Path) -> None:
    # "@defer/@stream" outside code marks, a mail alias, a camel-case directive: words a user
    # would never look up as people; a login the minutes never use as a word stays
    people = _people(
        tmp_path,
        {
            "2020-01-09.md": "# WG\n\n## Attendees\n\n- Ann Lee\n\n## Incremental delivery\n\n"
            "* Ann: servers SHOULD implement @defer/@stream; clients defer the rest.\n"
            "* Ann: @oneOf is the tagged union; ask virtualization@ about virtualization.\n"
            "* @riba will review the stream tests.\n",
            "2020-02-06.md": "# WG\n\n## Attendees\n\n- Ann Lee\n\n## Incremental delivery\n\n"
            "* Ann: we defer the stream payloads; @defer is ready, @stream is not.\n"
            "* Ann: virtualization work goes on.\n"
            "* Ann: we ping virtualization@ again.\n",
        },
    )
    assert set(people) == {"Ann Lee", "riba"}


def test_people_unknown_names_taking_turns_beside_known_ones_are_people(tmp_path: Path) -> None:
    # "Kewei:" opens lines the way "Lee:" and "Matt:" do: a speaker, not an agenda label, and so
    # not a topic either; a rare word that opens one line only stays a label
    files = {
        "2022-08-04.md": "# WG\n\n## Unions\n\n"
        "- Lee: we should allow it.\n- Kewei: deleting a type from a union breaks clients.\n"
        "- Matt: agreed, but only for input unions.\n- Kewei: but you can't change shipped ones.\n"
        "- Ann: fine, Thursdays then.\n- Lee: Thursdays it is.\n- Zorblax: a note nobody took.\n"
    }
    graph = _graph(tmp_path, files)
    assert _labels(graph, "person") == {"Lee", "Kewei", "Matt", "Ann"}  # not Zorblax
    assert not {"Kewei", "Thursdays"} & _labels(graph, "topic")


def test_people_presenters_of_agenda_slots_are_people(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-01-09.md": "# WG\n\n## Agenda\n\n1. Schema coordinates (10m, Mark)\n"
            "2. Type inference (10m, Dotan)\n3. Feature freeze (5m, dugenkui and/or Ivan, Uri)\n"
            "4. Introductions (5m, Host)\n"
        },
    )
    assert set(people) == {"Mark", "Dotan", "dugenkui", "Ivan", "Uri"}


def test_people_bold_names_on_their_own_lines_are_speakers(tmp_path: Path) -> None:
    # a transcript's "**Kevaundray**" line over what he said: his turn, not a heading or a topic
    text = (
        "# ACD\n\n## Notes\n\n**Ben**\n* Is the slot fixed?\n\n**Tim**\n* Okay, next up the EIP.\n\n"
        "**Kevaundray**\n* So we now have an EIP for PeerDAS builders.\n\n**Nixo**\n* I push back.\n\n"
        "**Kevaundray**\n* But this is for PeerDAS building.\n\n**Tim**\n* Right.\n\n"
        "**Nixo**\n* Yes.\n\n**Fusaka planning**\n\nWe plan Fusaka.\n"
    )
    graph = _graph(tmp_path, {"2025-01-30.md": text})
    assert _labels(graph, "person") == {"Ben", "Tim", "Kevaundray", "Nixo"}
    assert _labels(graph, "topic") == {"PeerDAS", "Fusaka"}  # "Fusaka planning" is Fusaka
    # his turns link him to what he spoke about
    peerdas = next(n for n, d in graph.nodes(data=True) if d["label"] == "PeerDAS")
    assert graph.has_edge("person:kevaundray", peerdas)


def test_people_logins_with_a_trailing_at_on_attendee_lists_join_the_name(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2022-03-28.md": "# Desktop WG\n\nAttendees: Warner Losh (imp@), Glen Barber (gjb@), "
            "Tobias Berner (tcberner@) from KDE\n\n## Loader\n\n* imp: the loader work is done.\n"
            "* gjb will tag the release.\n",
        },
    )
    assert set(people) == {"Warner Losh", "Glen Barber", "Tobias Berner"}
    assert "imp" in people["Warner Losh"] and "gjb" in people["Glen Barber"]


def test_people_list_labels_that_are_english_are_not_logins(tmp_path: Path) -> None:
    # lower-case logins take turns in these minutes; "prioritization:" and "last-unwrap:" are
    # a list's labels, said in one meeting
    people = _people(
        tmp_path,
        {
            "2021-02-09.md": "# Lang team\n\n## Notes\n\n- nikomatsakis: the RFC is ready.\n"
            "- scottmcm: agreed.\n- prioritization: next week.\n- last-unwrap: stays open.\n"
            "- semicolon: allowed after items.\n",
        },
    )
    assert set(people) == {"nikomatsakis", "scottmcm"}


def test_people_a_subject_before_its_presenter_is_not_a_name(tmp_path: Path) -> None:
    # "Branch Hinting (Yuri Iozzelli)": the subject and its presenter, not a name and its
    # organization; said as a heading, it is the topic it names
    files = {
        f"2021-0{i}-05.md": "# CG\n\n## Agenda\n\n### Branch Hinting (Yuri Iozzelli)\n\n"
        "YI: Branch Hinting is ready for phase 3.\n"
        for i in (1, 2)
    }
    graph = _graph(tmp_path, files)
    assert _labels(graph, "person") == {"Yuri Iozzelli"}
    assert "Branch Hinting" in _labels(graph, "topic")


def test_people_poll_counts_and_unknown_speakers_are_nobody(tmp_path: Path) -> None:
    turns = "".join(f"DG: point {i} about bulk memory.\n\nAR: reply {i}.\n\n" for i in range(4))
    people = _people(
        tmp_path,
        {
            "2019-10-29.md": "# CG\n\n## Bulk memory\n\n" + turns + "DG: let us poll.\n\n"
            "SF: 13 F: 6 N: 3 A: 0\n\nSA: 0\n\n??: can you hear me?\n\nXX: yes.\n"
        },
    )
    assert set(people) == {"DG", "AR"}


def test_people_groups_under_an_attendee_heading_are_attendees(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        {
            "2013-01-15.md": "# Implementers meeting\n\n## Attendees\n\n### MRI\n\n"
            "* tenderlove (Aaron Patterson)\n* duerst (Martin Dürst)\n* kosaki\n\n### JRuby\n\n"
            "* Yang Guo <mailto:yangguo@example.com>\n* headius\n\n### Announcements\n\n"
            "* Refinements ship in 2.0.\n",
            "2013-02-15.md": "# Implementers meeting\n\nAttendees: tenderlove (need bento), duerst\n\n"
            "## Refinements\n\n* tenderlove: the patch is ready.\n",
        },
    )
    people = {d["label"]: d for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    assert set(people) == {"Aaron Patterson", "Martin Dürst", "kosaki", "Yang Guo", "headius"}
    assert "tenderlove" in people["Aaron Patterson"]["aliases"]
    assert not people["Aaron Patterson"].get("organization")  # "need bento" is a note
    assert "Refinements ship in 2.0." not in {p["label"] for p in people.values()}


def test_people_a_login_then_a_name_in_parentheses_in_prose_is_that_person(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        {
            "2015-11-09.md": "# Dev meeting\n\nAttendees: matz, nobu, hsbt\n\n## GC\n\n"
            "* nobu: the branch is ready.\n",
            "2020-05-14.md": "# Dev meeting\n\n## Gems\n\n* hsbt: move it to feedback.\n* nobu: fine.\n"
            "* hsbt (Hiroshi SHIBATA) says: I remember nobu (Nobuyoshi Nakada) has the branch.\n"
            "* We discussed patches (Heejin Ahn) and timing.\n",
        },
    )
    people = _aliases(graph)
    # (a name in brackets after a word, "patches (Heejin Ahn)", is someone named, not the word's)
    assert set(people) - {"Heejin Ahn"} == {"matz", "Nobuyoshi Nakada", "Hiroshi Shibata"}
    assert "hsbt" in people["Hiroshi Shibata"] and "nobu" in people["Nobuyoshi Nakada"]
    assert not any("patches" in forms for forms in people.values())


def test_people_a_surname_in_initials_and_a_rare_first_name_join_the_full_name(
    tmp_path: Path,
) -> None:
    people = _people(
        tmp_path,
        {
            "2021-12-13.md": "# Stability WG\n\nAttendees: Simon PJ, Ben Gamari\n\n## Base\n\n"
            "- Trevis will draft the policy.\n- Simon PJ: reinstallable base needs care.\n",
            "2022-03-07.md": "# Stability WG\n\nAttendees: Simon PJ, Trevis Elser\n\n## Base\n\n"
            "- Trevis Elser: the draft is up.\n",
            "2022-05-27.md": "# Stability WG\n\nAttendees: Simon Peyton Jones, Trevis Elser\n",
        },
    )
    assert set(people) == {"Simon Peyton Jones", "Ben Gamari", "Trevis Elser"}
    assert "Simon PJ" in people["Simon Peyton Jones"]


def test_people_a_speaker_known_by_first_name_is_named_in_full_once(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2022-01-06.md": "# WG\n\n## Note takers\n\n- Benjie\n\n## New TSC members\n\n"
            "- Benjie Gillam\n- Ivan Goncharov\n\n## Security\n\n- Benjie: we need a process.\n"
            "- Ivan: agreed, Benjie Language lawyers will object.\n- Benjie: I will write it.\n"
            "- Lee: thanks.\n- Ivan: and I will review it.\n- Lee: next item.\n",
            "2022-02-03.md": "# WG\n\n## Defaults\n\n- Benjie: coercion is ready.\n",
        },
    )
    assert set(people) == {"Benjie Gillam", "Ivan Goncharov", "Lee"}


def test_people_a_name_written_before_a_handle_is_the_handle_owner(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2019-06-19.md": "# TSC\n\n## Collaborators\n\n"
            "* Nominating Jiawen Geng @gengjiawen to be a Collaborator.\n"
            "* Gireesh - Qingyu Deng (@Ayase-252) is nominated.\n",
            "2019-07-03.md": "# TSC\n\n## Updates\n\n* @gengjiawen landed the V8 update.\n",
        },
    )
    assert set(people) == {"Jiawen Geng", "Qingyu Deng"}
    assert "gengjiawen" in people["Jiawen Geng"] or "@gengjiawen" in people["Jiawen Geng"]


def test_people_a_login_cut_short_is_the_longer_login(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2018-08-27.md": "# Weekly\n\nAttendees: @ribasushi, @olizilla, @markj\n\n## Notes\n\n"
            "- ribasushi: the dag is slow.\n- olizilla: the companion ships.\n",
            "2018-09-03.md": "# Weekly\n\n## Notes\n\n- riba: fixed the dag.\n- oli: released.\n"
            "- riba: done.\n- oli: thanks.\n",
        },
    )
    assert set(people) == {"ribasushi", "olizilla", "markj"}


def test_people_a_login_opening_or_ending_with_a_surname_is_that_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2019-04-04.md": "# Upgrades WG\n\nAttendees: Vlad Hashimoto, Yui Naruse, Ann Smith\n",
            "2019-05-02.md": "# Upgrades WG\n\nAttendees: HashimotoYT, Naruse-san, blacksmith\n",
        },
    )
    assert set(people) == {"Vlad Hashimoto", "Yui Naruse", "Ann Smith", "blacksmith"}


def test_people_full_names_cut_short_join_the_longer_name(tmp_path: Path) -> None:
    lists = {
        "2024-01-10.md": "# Call\n\n## Attendees\n\n- Ganesan Ramalingam\n- Olivier Cochard\n"
        "- Joaquín Antón Guirao\n",
        "2024-02-10.md": "# Call\n\n## Attendees\n\n- Ganesan Ramalingam\n- Olivier Cochard\n",
        "2024-03-10.md": "# Call\n\n## Attendees\n\n- Ganesan Ramalingam\n- Olivier Cochard\n",
        "2024-04-10.md": "# Call\n\n## Attendees\n\n- Ganesan Rama\n- Olivier Cochard-Labbé\n"
        "- Joaquin Anton\n- Mark Smith\n",
        "2024-05-10.md": "# Call\n\n## Attendees\n\n- Mark Smithson\n- Mark Smithson\n",
    }
    people = _people(tmp_path, lists)
    assert "Ganesan Rama" in people["Ganesan Ramalingam"]
    assert "Olivier Cochard-Labbé" in people["Olivier Cochard"]
    assert "Joaquin Anton" in people["Joaquín Antón Guirao"]
    # a surname that opens another's is no cut: one "Smith" against one "Smithson" each
    assert {"Mark Smith", "Mark Smithson"} <= set(people)


def test_people_nick_table_indented_as_code(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2016-02-18.md": "# IRC meeting\n\n## Main topics\n\n- wumpus opened the meeting\n\n"
            "## Participants\n\n    wumpus            Wladimir J. van der Laan\n"
            "    morcos            Alex Morcos\n    btcdrak           btcdrak\n",
        },
    )
    assert set(people) == {"Wladimir J. van der Laan", "Alex Morcos", "btcdrak"}
    assert "wumpus" in people["Wladimir J. van der Laan"]


def test_people_initials_declared_years_ago_name_nobody_now(tmp_path: Path) -> None:
    table = "| Name | Abbreviation |\n|---|---|\n| Jordon Mears | JM |\n| Dan Gohman | DG |\n"
    later = "## Attendees\n\n- Justin Michaud\n- Jacob Mischka\n\n## GC\n\nJM: the GC proposal is ready\n"
    graph = _graph(
        tmp_path,
        {
            "2017-05-30.md": f"# CG\n\n## Attendees\n\n{table}\n## SIMD\n\nJM: SIMD is ready\n",
            "2022-10-11.md": f"# CG\n\n{later}",
            "2022-10-26.md": f"# CG\n\n{later}",
        },
    )
    seen = {d["label"]: d["last_seen"] for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    # the 2022 "JM" is one of that year's two JMs, never the 2017 table's Jordon Mears
    assert seen["Jordon Mears"] == "2017-05-30"


def test_people_first_name_listed_beside_a_full_name_is_someone_else(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "call_050.md": "# Eth2 call 50\n\n## Attendees\n\n- Ben (SigP)\n- Ben Edgington\n"
            "- Danny Ryan\n\n## Client updates\n\n**Ben Edgington**: Teku is syncing.\n",
        },
    )
    assert {"Ben", "Ben Edgington", "Danny Ryan"} <= set(people)
    assert "Ben" not in people["Ben Edgington"]


def test_people_given_names_faker_lacks_and_family_names_first(tmp_path: Path) -> None:
    (tmp_path / "2024-06-20.md").write_text(
        "# Maintainers summit\n\n## Which kernel for 24.10?\n\n"
        "Anand Krishnamurthy, who leads the kernel team, then raised the question of the "
        "kernel. Olumide Bakare agreed. Anand will write up both options.\n\n"
        "## Platform\n\n**Attendees:** Park Ha-eun, Nguyen Thi Lan, Olumide Bakare\n\n"
        "- Ha-eun: the operator is at v0.3.\n- Lan: the SDK needs a release.\n"
        "- Seun: the docs move.\n\n**Present:** Oluwaseun Adeyemi, Kofi Mensah\n",
        encoding="utf-8",
    )
    graph = kg.build([tmp_path], cache=False).graph
    people = {d["label"] for _, d in graph.nodes(data=True) if d["kind"] == "person"}
    # "Anand" and "Olumide" are given names though Faker's lists lack them; "Ha-eun" is Park
    # Ha-eun and "Lan" Nguyen Thi Lan, whose family names come first
    assert people >= {"Anand Krishnamurthy", "Olumide Bakare", "Park Ha-eun", "Nguyen Thi Lan"}
    assert not {"Ha-eun", "Lan", "Anand", "Seun"} & people  # "Seun" is Oluwaseun's short form


def test_people_listed_initials_and_first_name_logins_join_the_full_name(tmp_path: Path) -> None:
    # "SPJ" on one list, "Simon Peyton Jones" on another; "shyouhei" is the login of the one
    # Shyouhei of the corpus; two-letter initials fit too many to join anyone
    people = _people(
        tmp_path,
        {
            "2024-05-27.md": "# Stability WG\n\n## Attendees\n\n- Simon Peyton Jones\n"
            "- Shyouhei Urabe\n- Ben Gamari\n",
            "2024-10-14.md": "# Stability WG\n\n## Attendees\n\n- SPJ\n- shyouhei\n- BG\n\n"
            "## Notes\n\n- shyouhei: the parser change is ready.\n",
        },
    )
    assert "SPJ" in people["Simon Peyton Jones"] and "shyouhei" in people["Shyouhei Urabe"]
    assert "SPJ" not in people and "shyouhei" not in people
    assert "BG" in people  # two letters: left as they are


def test_people_three_word_names_stay_whole(tmp_path: Path) -> None:
    # "Mei Lin Tan" is one woman; "Peter Jensen Sam Clegg" (two full names) stays two
    people = _people(
        tmp_path,
        {
            "2025-02-19.md": "# Sync\n\n## Helm\n\nMei Lin Tan reported that the chart moved.\n"
            "Mei Lin asked for a reviewer. Tomek said he can look next week.\n"
        },
    )
    assert "Mei Lin Tan" in people and "Mei Lin" in people["Mei Lin Tan"]
    assert "Tomek" in people  # a diminutive the list of given names knows


def test_people_a_surname_cut_short_on_a_list_joins_the_one_it_fits(tmp_path: Path) -> None:
    # "Alex B." is Alex Beregszaszi, though "Alex Bereg" is listed too; "Alex S." fits two
    people = _people(
        tmp_path,
        {
            "2021-02-19.md": "# Call\n\n## Attendees\n\n- Alex Beregszaszi\n- Alex Stokes\n"
            "- Alex Sanchez\n",
            "2021-03-05.md": "# Call\n\n## Attendees\n\n- Alex B. (axic)\n- Alex Bereg\n"
            "- Alex S.\n",
        },
    )
    assert {"Alex B.", "axic"} <= set(people["Alex Beregszaszi"])
    assert "Alex B." not in people and "Alex S" in people


def test_people_a_login_after_a_name_on_an_attendee_line_is_another_person(tmp_path: Path) -> None:
    # "Ann Lee, scottmcm": two people; "Kofi Osei, Stratacloud" is a name and a company
    people = _people(
        tmp_path,
        {"2024-01-01.md": "# Call\n\nAttendees: Ann Lee, scottmcm\n\n## Notes\n\nx\n"},
    )
    assert set(people) == {"Ann Lee", "scottmcm"}


def test_people_given_name_and_its_login_of_one_more_letter_join(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2021-03-02.md": "# Lang team\n\nAttendees: Esteban, Josh Triplett\n\n## Diagnostics\n\n"
            "Esteban presented the new diagnostics for async closures.\n",
            "2021-03-09.md": "# Lang team\n\nAttendees: @estebank, Josh Triplett\n\n"
            "## Diagnostics\n\n- estebank: the lint is ready.\n",
        },
    )
    # one person, known by the login the minutes use most
    assert people == {"estebank": ["Esteban", "estebank"], "Josh Triplett": ["Josh Triplett"]}


def test_people_one_login_spelled_with_and_without_a_hyphen_joins(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-05-14.md": "# Dev meeting\n\nAttendees: matz, ktsj, akr\n\n"
            "## Find pattern\n\n* ktsj: the pattern is ready.\n",
            "2022-02-17.md": "# Dev meeting\n\nAttendees: matz, k-tsj\n\n"
            "## Find pattern\n\n* k-tsj: promote it to official.\n",
        },
    )
    assert set(people) == {"matz", "ktsj", "akr"}
    assert "k-tsj" in people["ktsj"]


def test_people_logins_cut_from_both_names_join_them(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2024-07-18.md": "# Mentors sync\n\n**Mentors present:** @rafa-alb, @lan-ng, @phlima\n\n"
            "### Project: Arrow sink — student: Omar Haddad (@ohaddad), mentors: Rafael "
            "Albuquerque, Nguyễn Thị Lan\n\n- Lan: schema evolution is the blocker.\n"
            "- Pedro Henrique Lima reviewed the sink.\n\n"
            "TODO @rafa-alb: comment on the RFC\nTODO @lan-ng: write the decision down\n",
        },
    )
    assert "@rafa-alb" in people["Rafael Albuquerque"]
    assert "@lan-ng" in people["Nguyễn Thị Lan"]
    assert "phlima" in {a.lstrip("@") for a in people["Pedro Henrique Lima"]}


def test_people_a_given_name_with_the_surnames_initial_picks_one_of_two(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2024-07-24.md": "# WG session\n\nChairs: Ingrid Solberg, Rafael Mendonca\n\n"
            "## Revocation\n\nRafael Ortiz (Cisco): The governor looks like a relying party.\n\n"
            "Rafael Mendonca (as individual): Early allocation seems premature.\n\n"
            "## AOB\n\nRafael M.: interim meeting in September, date poll to follow.\n",
        },
    )
    assert "Rafael M." in people["Rafael Mendonca"]
    assert not any("unresolved" in p for p in people)


def test_people_a_middle_initial_is_no_surnames_initial(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2023-12-19.md": "# CG meeting\n\nAttendees: Ben Smith, Ben L. Titzer\n\n"
            "## Benchmarking subgroup (Ben L. Titzer, Petr Penzin)\n\nBen Smith: sounds good.\n",
        },
    )
    assert "Ben L." not in people


def test_logins_of_a_given_name_and_the_surnames_initials_are_that_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2025-03-04.md": "# SIG Node\n\n## Attendees\n\n- Karim El-Amin (Acme)\n"
            "- Oluwaseun Adeyemi (Trellis)\n\n## Agenda\n\n"
            "- [@karim-ea] container checkpoint: the restore path is merged\n"
            "- [@seun-a] memory QoS: the KEP is up for review\n"
        },
    )
    assert set(people) == {"Karim El-Amin", "Oluwaseun Adeyemi"}


def test_people_formal_minutes_name_by_a_surname_that_is_also_a_given_name(
    tmp_path: Path,
) -> None:
    text = (
        "# Steering committee\n\nPresent:\n  Chidi Okonkwo\n  Rafael Quintero\n  Sun-hee Park\n\n"
        "1. Spec\n\nOkonkwo opened. Quintero asked for CBOR. Park argued CBOR must be "
        "mandatory.\n\nACTION (Park): propose spec text for OTA manifest signing.\n"
    )
    people = _labels(_graph(tmp_path, {"2024-03-05.txt": text}), "person")
    assert people == {"Chidi Okonkwo", "Rafael Quintero", "Sun-hee Park"}


def test_people_a_login_of_an_initial_and_a_surname_is_the_given_name_beside_it(
    tmp_path: Path,
) -> None:
    text = (
        "# Mobile stand-up\n\n> Team: Joonas (ios), Kenji (release), Dario (sync), Ewa Kowalczyk\n\n"
        "## Mon\n\n- **Joonas** did: map view. doing: VoiceOver labels\n"
        "- **k-tanaka** did: gradle fix for the shared module\n"
        "- **Kenji** did: release notes 3.8\n- **Dario** did: DB migration (@jlehtinen review?)\n\n"
        "## Tue\n\n- **Joonas** paired with Kenji\n"
    )
    people = _labels(_graph(tmp_path, {"2024-05-13.md": text}), "person")
    assert people == {"Joonas", "Kenji", "Dario", "Ewa Kowalczyk"}  # each login the one given
    # name of its initial


def test_people_a_login_said_in_few_of_a_given_names_meetings_stays_apart(
    tmp_path: Path,
) -> None:
    files = {
        f"2024-0{k}-01.md": f"# Lang\n\nAttendees: Mark, Niko\n\n## Items\n\n- Mark: item {k}\n"
        for k in range(1, 6)
    }
    files["2024-06-01.md"] = "# Lang\n\nAttendees: Mark, matklad\n\n## IDE\n\n- matklad: done\n"
    people = _labels(_graph(tmp_path, files), "person")
    assert {"Mark", "matklad"} <= people


def test_people_a_scribes_lower_case_initials_are_the_one_listed_of_them(tmp_path: Path) -> None:
    text = (
        "# Haptics WG\n\n**Present:** Tomasz Zielinski, Chen Wei, Harriet Osei\n\n"
        "### Topic: test coverage\n\n<Chen Wei> 256 motors?\n\ntz: 256 is fine for tests\n\n"
        "cwei: agreed\n\ntz: does that break the gamepad case?\n\ntz: we can generate them\n"
    )
    people = _labels(_graph(tmp_path, {"2024-04-04.md": text}), "person")
    assert people == {"Tomasz Zielinski", "Chen Wei", "Harriet Osei"}


def test_people_a_surname_taking_turns_is_the_one_named_so_in_full(tmp_path: Path) -> None:
    turns = "".join(
        f"**{who}**\n* {what}\n\n"
        for who, what in [
            ("Stokes", "Let's start with Pectra."),
            ("Tim", "Devnet 6 is fine."),
            ("Stokes", "Next, PeerDAS."),
            ("Paul", "We need the CL specs."),
            ("Mario", "Hive tests pass."),
            ("Stokes", "Thanks all."),
            ("Microsoft", "figure out your constraints"),
            ("Microsoft", "figure out the constraints"),
        ]
    )
    files = {
        "call_149.md": "# ACD 149\n\nAttendees: Alex Stokes, Tim Beiko\n\n## Pectra\n\n"
        "Alex Stokes opened the call.\n",
        "call_150.md": "# ACD 150\n\n## Notes\n\nStokes said that he could follow up on the "
        "CL specifications. Stokes recommended a review of the EIPs. Microsoft thinks so too.\n\n"
        + turns,
    }
    graph = _graph(tmp_path, files)
    assert "Stokes" not in _labels(graph, "person") | _labels(graph, "topic")
    assert "Microsoft" not in _labels(graph, "person")  # "thinks" once: a company's view
    stokes = {graph.nodes[t]["label"] for t in graph["person:alex-stokes"]}
    assert {"Pectra", "PeerDAS"} <= stokes  # his turns, under his surname in bold


def test_people_a_handle_of_two_english_words_is_someone(tmp_path: Path) -> None:
    text = (
        "# Frontend sync\n\n## Agenda\n\n- [x] Dark mode / design tokens follow-up — @sunny-park\n"
        "- [ ] @sunny-park + @ines.carvalho write up token naming convention\n\n"
        "/cc @ines.carvalho @sunny-park\n\nUse `@specialized` on the hot path.\n"
    )
    people = _labels(_graph(tmp_path, {"2024-09-10.md": text}), "person")
    assert "sunny-park" in people and "specialized" not in people


def test_people_a_short_name_whose_handle_spells_a_full_name_is_that_person(
    tmp_path: Path,
) -> None:
    text = (
        "# kiln sync\n\n**Host:** Marguerite Dufresne · **Notes:** Sofia Paredes\n"
        "**Attendees:** Margo (@mdufresne), Arjun Venkatesan, Sofia (@sofiparedes)\n\n"
        "## Release\n\nMargo proposed cutting 0.9.0 on June 20.\n"
    )
    people = _labels(_graph(tmp_path, {"2024-06-05.md": text}), "person")
    assert people == {"Marguerite Dufresne", "Arjun Venkatesan", "Sofia Paredes"}


def test_people_an_identifier_set_as_code_is_nobody(tmp_path: Path) -> None:
    text = (
        "# Stability WG\n\nAttendees: Trevis Elser, Ben Gamari\n\n## Template API\n\n"
        "- The API could offer pattern synonyms. `Var` and `varE` would therefore be similar.\n"
        "- Trevis: `Name` and `mkName` would be kept.\n"
    )
    people = _labels(_graph(tmp_path, {"2024-05-27.md": text}), "person")
    assert people == {"Trevis Elser", "Ben Gamari"}


def test_people_a_login_and_its_name_with_a_note_in_the_same_brackets(tmp_path: Path) -> None:
    graph = _graph(
        tmp_path,
        {
            "2024-04-13.md": "# Dev stream recap\n\n**On stream:** roz (Rosalind Achterberg, "
            "project lead) and Teo (teodor_p, audio + builds).\n\n## What landed\n\n"
            "- Save compatibility: roz wrote the migration layer. Teo tested the Deck layout.\n"
            "- roz has a branch for the engine upgrade; teodor_p adds the arm64 build.\n",
        },
    )
    people = _aliases(graph)
    # "login (Full Name, role)": one person, named in full; "Name (login, role)": one person
    assert "roz" in people["Rosalind Achterberg"]
    assert not {"roz", "Rosalind"} & set(people)
    teo = [label for label, forms in people.items() if "teodor_p" in forms or label == "teodor_p"]
    assert len(teo) == 1 and "Teo" in people[teo[0]] + teo


def test_people_a_subject_before_its_presenter_in_brackets_is_no_login(tmp_path: Path) -> None:
    day = (
        "# CG meeting\n\nAttendees: Thomas Lively, Conrad Watt\n\n## Update on threads (Thomas "
        "Lively)\n\nThomas Lively: threads are ready for phase 4; the Threads proposal needs one "
        "more test.\n"
    )
    graph = _graph(tmp_path, {"2024-01-16.md": day, "2024-01-30.md": day})
    people = _aliases(graph)
    assert not {"threads", "Threads"} & set(people["Thomas Lively"])


def test_people_a_nickname_in_quotes_and_a_login_declared_with_is(tmp_path: Path) -> None:
    text = (
        "# Design review\n\n"
        'Reviewers in the room: Sunniva Haugland, Carlos "Caco" Benítez, Lotte de Vries.\n\n'
        "(Two Daniels now: Daniel Mwangi is @dmwangi, Daniel Ferreira is @dnlfrr.)\n\n"
        "## Query cancellation\n\n- Caco presented RFC 0033; Lotte asked about partial results.\n"
        "- @dnlfrr opened the LLVM issue; @dmwangi reviews it.\n"
    )
    people = _people(tmp_path, {"2025-05-22.md": text})
    # "Reviewers in the room:" lists the attendees; the quoted nickname is the same person
    assert "Caco" in people["Carlos Benítez"]
    assert "Lotte" in people["Lotte de Vries"]
    # "Daniel Ferreira is @dnlfrr" declares his login
    assert "dnlfrr" in {a.lstrip("@") for a in people["Daniel Ferreira"]}
    assert not {"Caco", "Carlos", "Lotte", "dnlfrr"} & people.keys()


def test_people_double_surnames_and_particles_said_in_part_are_the_listed_person(
    tmp_path: Path,
) -> None:
    text = (
        "# Maintainers call\n\n## Attendees\n* María José García Olmedo (Universidad de Granada)\n"
        "* João Pedro Nogueira dos Santos (Banco Aurora)\n* Andrés Felipe Rojas Quintero\n"
        "* Beatriz Ferreira da Silva\n* Carmen Ibáñez-Sotomayor\n* Lucía de la Cruz\n\n"
        "## Scheduler\n\nRojas answered that mapped instances are not serialised. Nogueira asked "
        "for a benchmark; Santos will send a DAG. Ibáñez pointed out the old grid view. Cruz "
        "wants a benchmark against MBTiles.\n\n## Actions\n\n1. Andrés Rojas: run the benchmark.\n"
        "2. Ferreira da Silva will add token renewal.\n3. João Pedro Nogueira: send the DAG.\n"
    )
    people = _people(tmp_path, {"2024-06-05.md": text})
    # six people, each under the name the list gives in full
    assert set(people) == {
        "María José García Olmedo",
        "João Pedro Nogueira dos Santos",
        "Andrés Felipe Rojas Quintero",
        "Beatriz Ferreira da Silva",
        "Carmen Ibáñez-Sotomayor",
        "Lucía de la Cruz",
    }
    assert {"Nogueira", "Santos"} <= set(people["João Pedro Nogueira dos Santos"])
    assert {"Rojas", "Andrés Rojas"} <= set(people["Andrés Felipe Rojas Quintero"])
    assert "Ibáñez" in people["Carmen Ibáñez-Sotomayor"]
    assert "Cruz" in people["Lucía de la Cruz"]


def test_people_short_logins_and_a_chats_shown_name_join_the_full_name(tmp_path: Path) -> None:
    review = (
        "# Incident review\n\n- **In the review:** Ravi Iyer, Olumide Adeyemi (olu), Camille "
        "Rousseau\n\n## Timeline\n\n| time | what |\n|---|---|\n| 23:20 | @olu paged |\n\n"
        "## Actions\n\n- [ ] rafa: repro test for the LIMIT bug\n\n"
        "Present: Rafael Sobral, Ravi Iyer\n"
    )
    chat = (
        "[16:00:30] <@nerys:example.org> Nerys Llewellyn: roll call\n"
        "[16:00:31] <@ibra:example.org> ibra: o/\n"
        "[16:00:33] <@jlq:matrix.org> Jonas L.: hi\n"
        "[16:01:15] <@nerys:example.org> Nerys Llewellyn: present: Nerys Llewellyn, Ibrahim "
        "Al-Sayed, Jonas Lindqvist\n"
        "[16:02:02] <@nerys:example.org> Nerys Llewellyn: ibra, explicit sync\n"
        "[16:02:30] <@ibra:example.org> ibra: MR !812 implements the syncobj protocol\n"
        "[16:03:40] <@jlq:matrix.org> Jonas L.: does it touch the scanout path?\n"
    )
    people = _people(tmp_path, {"2024-07-18.md": review, "2023-09-14.txt": chat})
    # "Name (olu)": the given name's first letters; "rafa", "ibra": a listed given name's start
    assert "olu" in {a.lstrip("@") for a in people["Olumide Adeyemi"]}
    assert "rafa" in people["Rafael Sobral"]
    assert "ibra" in {a.lstrip("@") for a in people["Ibrahim Al-Sayed"]}
    # "<@jlq:matrix.org> Jonas L.:" on every line of that id: the name the chat shows
    assert "jlq" in {a.lstrip("@") for a in people["Jonas Lindqvist"]}
    assert not {"olu", "rafa", "ibra", "jlq", "Jonas L."} & people.keys()


def test_people_organizations_present_and_companies_are_not_people(tmp_path: Path) -> None:
    text = (
        "# Web standards sync\n\n**Orgs present:** Nordhavn Software (core), Lumenware, Tessera "
        "Systems\n\n## Anchor positioning\n\n- Nordhavn: Intent to Ship posted Monday.\n"
        "- Lumenware: their embedder hit a crash; Teodora Vasilescu confirmed.\n"
        "- Tessera asked for an opt-out flag.\n\n## Hosting\n\nBrightwater Cloud renewed the "
        "sponsorship. Rajiv Menon from Brightwater joined; Brightwater said they'd cover a venue.\n"
    )
    people = _people(tmp_path, {"2024-09-05.md": text})
    assert "Teodora Vasilescu" in people
    assert not {"Nordhavn", "Lumenware", "Tessera", "Brightwater"} & set(people)


def test_people_team_lists_directives_packages_and_code_areas_are_not_people(
    tmp_path: Path,
) -> None:
    graphics = (
        "# Graphics team call\n\nAttendees: Tobias Berner (tcberner@), Warner Losh (imp@)\n\n"
        "- kde: Qt6 finally not segfaulting anymore\n"
        "    - kde@ should check why plasma5-plasma-desktop depends on it\n"
        "- x11@ to look at the xorg-server update; imp@ reviews it\n"
    )
    schema = (
        "# Schema WG\n\nAttendees: Benjie Gillam, Rob Richard\n\n## Directives\n\n"
        "- Rob: @deprecated, @skip and @include all have MUST language.\n"
        "- Like with @skip(if: false) the field isn't skipped.\n"
        "- Benjie confirmed he has access to the @graphiql namespace in NPM now.\n"
        "- Posts come from the https://medium.com/@schemawg RSS feed.\n"
    )
    changes = (
        "# TSC\n\nPresent: Anna Henningsen, James Snell\n\n## Semver-major\n\n"
        "- src: don't abort when package.json is a directory\n"
        "- http2: progressing, goal to get out of experimental; @addaleax reviews.\n"
    )
    for name, text in (("2022-08-15.md", graphics), ("2020-06-04.md", schema)):
        (tmp_path / name).write_text(text, encoding="utf-8")
    (tmp_path / "2018-01-10.md").write_text(changes, encoding="utf-8")
    people = _aliases(kg.build([tmp_path], cache=False).graph)
    assert not {"kde", "x11", "skip", "deprecated", "graphiql", "schemawg", "src", "http2"} & {
        p.lower() for p in people
    }
    assert {"Tobias Berner", "Warner Losh", "Benjie Gillam", "Rob Richard"} <= set(people)


def test_people_machines_and_bots_with_peoples_names_are_topics(tmp_path: Path) -> None:
    text = (
        "# Infra sync\n\nPresent: Katarzyna Wróbel, Felix Amundsen, Harriet Mwangi\n\n"
        "(for new folks: Gertrude = the buildbot farm, Mabel = the\nfuzzing cluster, Percy = "
        "release bot, Hank is the perf box in the rack.)\n\n## Gertrude\n\n"
        "- Gertrude lost 3 of the 8 aarch64 workers; Katarzyna rebuilt two.\n"
        "- Hank shows a 2.5% compile-time win; Felix will bisect on Hank.\n"
        "- Mabel found 4 new crashes; Percy posted the beta announcement twice.\n\n"
        "## Shader work\n\n**Harriet** (shader pipeline): the cache key is done.\n"
        "**Felix**: fine by me. Harriet is the owner of the cache service now.\n"
    )
    graph = _graph(tmp_path, {"2024-09-19.md": text})
    people = _aliases(graph)
    topics = _labels(graph, "topic")
    assert {"Gertrude", "Mabel", "Percy", "Hank"} <= topics
    assert not {"Gertrude", "Mabel", "Percy", "Hank"} & set(people)
    # "Harriet (shader pipeline)", "Harriet is the owner of the cache service": a person
    assert "Harriet Mwangi" in people and "Harriet" not in topics


def test_people_mail_attendees_with_logins_in_angle_brackets(tmp_path: Path) -> None:
    text = (
        "Subject: [pyrite-dev] Minutes: maintainers call 2024-01-17\n\n"
        "Attendees:\n  Marguerite Ouellet   <margo>\n  Thanh Nguyen         <tnguyen>   (minutes)\n"
        "  Alessandro Greco     <agreco>\n\n"
        "1) Advisory\n------------\n\nmargo recapped the advisory. agreco: grep is not enough, "
        "we need dudect on every comparison. Alessandro has a harness half-written.\n\n"
        "AI[agreco]: dudect harness on a dedicated runner\n"
    )
    people = _people(tmp_path, {"2024-01-17.txt": text})
    assert set(people) == {"Marguerite Ouellet", "Thanh Nguyen", "Alessandro Greco"}
    assert {"agreco", "Alessandro"} <= set(people["Alessandro Greco"])
    assert "margo" in people["Marguerite Ouellet"]


def test_people_initials_that_are_words_on_a_list_of_initials(tmp_path: Path) -> None:
    text = (
        "RTOS TSC\n\nPresent:    JK (chair), MvdB, SR, TO (minutes), AH\nGuest:      NB (item 4 "
        "only)\n\n1. Releases\n   1.1 TO: release date holds if #2281 is fixed by Monday.\n"
        "   1.2 NB ran a MISRA checker over kernel/ and will export the report as CSV.\n\n"
        "Actions\n   A1  JK    ask the board about the budget\n   A2  TO    tag v3.4 final\n"
        "   A3  NB    share the MISRA report as CSV\n"
    )
    graph = _graph(tmp_path, {"2023-06-29.txt": text})
    assert {"JK", "MvdB", "SR", "TO", "AH", "NB"} == set(_aliases(graph))


def test_people_not_a_checklist_step_a_method_or_a_place(tmp_path: Path) -> None:
    checklist = (
        '# Release go/no-go\n\nAttendees: @c-moreau (Camille Moreau), Valentina "Vale" Rossi '
        "(@vrossi)\n\n"
        "- [x] Triage: #1860 failover leaves the old primary writable\n"
        "- [ ] Announce: blog post + Discord #announcements — @c-moreau\n"
        "- [ ] Vale: tag 0.9.1 + advisory after !219 merges\n"
    )
    tiles = (
        "# Tiles call\n\nAttendees: Freya Lindgren, Petr Novak\n\n## Simplification\n\n"
        "**Freya:** building footprints simplified with Douglas–Peucker look terrible.\n"
        "**Petr:** the travel fund covers Wanjiru (Kenya → Estonia, visa letter needed).\n"
    )
    people = _people(tmp_path, {"2024-04-03.md": checklist, "2024-06-19.md": tiles})
    assert not {"Triage", "Announce", "Douglas", "Peucker", "Kenya"} & set(people)
    assert "Vale" in people["Valentina Rossi"]


def test_people_short_form_and_a_bold_attendees_label_over_names(tmp_path: Path) -> None:
    text = (
        "**Tilewright Community Meeting – 19 June 2024**\n\n**Attendees:**\n\n"
        "Ngozi Eze – Mappa Labs (facilitator)\nSantiago Ibarra – independent\n"
        "Freya Lindgren – Norrkart\n\n**Agenda**\n\n1. 3.0 roadmap\n2. PMTiles output\n\n---\n\n"
        "**1. 3.0 roadmap**\n\n**Ngozi:** We're at 11 of 16 milestone items.\n\n"
        "**Santi:** August is fine as long as the style spec bump does not slip again.\n"
    )
    people = _people(tmp_path, {"2024-06-19.md": text})
    assert set(people) == {"Ngozi Eze", "Santiago Ibarra", "Freya Lindgren"}
    assert "Santi" in people["Santiago Ibarra"]


def test_people_hyphenated_login_said_bare_later(tmp_path: Path) -> None:
    text = (
        "CoC committee\n\nPresent:  Adaeze Obi, kwabena_a\n\n"
        "@dmitri-v joined for the last 10 min: Formbricks can run on the cluster.\n"
        "kwabena_a and dmitri-v to evaluate Formbricks and report back.\n"
    )
    graph = _graph(tmp_path, {"2023-11-02.txt": text})
    assert "dmitri-v" not in _labels(graph, "topic")
    task = next(n for n, d in graph.nodes(data=True) if d["kind"] == "action")
    owners = {graph.nodes[p]["label"].lstrip("@") for p in graph[task]}
    assert {"kwabena_a", "dmitri-v"} <= owners


def test_people_login_of_an_initial_and_a_surname_is_the_given_name_said(tmp_path: Path) -> None:
    release = (
        "# Release go/no-go\n\nIn the call: @hvdberg (Henk), @c-moreau (Camille Moreau), "
        "@lmartinez-dev\n\n- [ ] `migrate:squash` CLI — #4401 @lmartinez-dev — blocked by #4440\n\n"
        "## Discussion\n\nLuis explained the squash writes the combined migration with path.join; "
        "he wants a Windows CI job first. Henk: don't rush this one.\n"
    )
    mentors = (
        "# Mentors sync\n\nMentors: @mbekele, @petrnovak (Petr Novák), @wkamau (Wanjiru Kamau)\n\n"
        "## CRS test suite\n\nMentor: @mbekele\n\n- Meron proposes to finish the test harness "
        "himself. Petr will write the visa letter. Ask @maintainers about the budget.\n"
    )
    people = _people(tmp_path, {"2024-04-03.md": release, "2024-07-09.md": mentors})
    assert "Luis" in people["lmartinez-dev"] and "Luis" not in people
    assert "Meron" in people["mbekele"] and "Meron" not in people
    assert "maintainers" not in {p.lstrip("@") for p in people}


def test_people_bold_speaker_with_how_they_took_part(tmp_path: Path) -> None:
    text = (
        "# Tiles call\n\nAttendees: Freya Lindgren, Arjun Mehta\n\n## Overzoom\n\n"
        "**Freya:** footprints simplified at z14 look terrible when stretched.\n\n"
        "**gdaltrotter** (in chat): the clipping buffer is also part of it, seams show up.\n\n"
        "**Arjun** (remote): we see the same seams in the transit layer.\n"
    )
    people = _people(tmp_path, {"2024-06-19.md": text})
    assert set(people) == {"Freya Lindgren", "Arjun Mehta", "gdaltrotter"}


def test_people_video_call_chat_in_a_fence_and_lines_said_lists(tmp_path: Path) -> None:
    call = (
        "# Brindle call\n\n**Attendees:** Oluwaseun Adeyemi (@seun-a), Hye-jin Kwon, "
        "Lukas Brandt\n\n## Notes\n\n- Hye-jin has opinions on the loc paths.\n\n"
        "### Chat log (Zoom, saved automatically)\n\n```\n"
        "16:03:40 From Seun A (he/him) to Everyone:\n\tsorry camera broken today, voice only\n"
        "16:05:02 From Lukas B. to Everyone:\n\tbenchmark numbers are on the PR\n"
        "16:14:47 From Zeynep Arslan to Everyone:\n\thi all, cibuildwheel 2.18 fixed the qemu "
        "timeout for us\n"
        "16:19:36 From Hyejin Kwon to Everyone:\n\tthe python loc is correct\n"
        "16:22:03 From Hyejin Kwon to Everyone:\n\tspec diff draft-07 -> 2020-12\n```\n"
    )
    meetbot = (
        "Security team meeting\n\n* on 2024-10-08. Published 2024-10-29.\n\n"
        "Participants (lines said)\n-------------------------\n"
        "* mvalenti (Marco Valenti, chair) (31)\n* kofi (Kofi Mensah) (17)\n* pzaskowska (12)\n\n"
        'Present: Thibault "thib" Garnier, Ana Lima\n\nthib: the frame parser fix is in.\n'
    )
    people = _people(tmp_path, {"2024-05-21.md": call, "2024-10-08.txt": meetbot})
    assert {"Oluwaseun Adeyemi", "Lukas Brandt", "Zeynep Arslan"} <= set(people)
    assert {"Seun A"} <= set(people["Oluwaseun Adeyemi"])
    assert {"Marco Valenti", "Kofi Mensah", "Thibault Garnier"} <= set(people)
    assert "mvalenti" in people["Marco Valenti"] and "thib" in people["Thibault Garnier"]


def test_people_not_a_verb_in_brackets_or_a_subjects_label(tmp_path: Path) -> None:
    text = (
        "# FPGA toolchain call\n\nAttendees: Ingrid Berg (@iberg), Yuki Tanabe\n\n## TIP-4\n\n"
        "(Ran out of time mostly.) Yuki Tanabe joined late for this; she wrote TIP-4.\n\n"
        "## ML-KEM\n\n- codepoint: the IANA codepoint changed between drafts, so we have to move.\n"
        "- Plan in progress for the issue templates (Ingrid).\n"
    )
    people = _people(tmp_path, {"2024-03-12.md": text})
    assert not {"Ran", "codepoint"} & set(people)
    assert {"Ingrid Berg", "Yuki Tanabe"} <= set(people)


def test_a_nick_said_equal_to_a_name_and_a_diminutive_no_name_opens(tmp_path: Path) -> None:
    text = (
        "Meeting started by heron at 14:00:02 UTC.\n"
        "(for newcomers: heron = Ayelen Quiroga, dvk = Dmitri Volkov.)\n\n"
        "* roll call  (heron, 14:00:10)\n  * here: heron, dvk, Zack Whitfield\n"
        "* mount propagation  (heron, 14:02:40)\n"
        "  * heron: the shared-subtree fix is in review  (heron, 14:03:02)\n"
        "  * Zack asked whether rootless needs it too  (heron, 14:04:10)\n"
        "  * ACTION: dvk to rebase the overlay patch  (heron, 14:06:00)\n"
    )
    people = _people(tmp_path, {"2024-06-20.txt": text})
    assert set(people) == {"Ayelen Quiroga", "Dmitri Volkov", "Zack Whitfield"}
    assert "heron" in people["Ayelen Quiroga"] and "dvk" in people["Dmitri Volkov"]
    text = (
        "# Analyzer sync\n\n- Gabriel Okafor presented the summary cache design.\n"
        "- Gabe wants the call graph rebuilt lazily, not in v1.\n"
        "- -> Gabe to write the RFC for the summary cache\n"
    )
    (tmp_path / "b").mkdir()
    people = _people(tmp_path / "b", {"2024-11-06.md": text})
    assert set(people) == {"Gabriel Okafor"} and "Gabe" in people["Gabriel Okafor"]


def test_a_login_of_a_given_name_and_the_next_ones_first_letters(tmp_path: Path) -> None:
    text = (
        "# SDK sync\n\n**Attendees:** @ana-lu, @tkhoa\n\n## Status: @ana-lu\n\n"
        "Ana Lúcia Ferreira — Android core\n\n- shared core flag flipped in beta\n\n"
        "## Actions\n\n- [ ] @ana-lu — flip the default in the Android beta\n"
    )
    people = _people(tmp_path, {"2024-11-05.md": text})
    assert "ana-lu" in people["Ana Lúcia Ferreira"] and "ana-lu" not in people


def test_a_given_name_two_people_share_is_the_one_on_its_meetings_list(tmp_path: Path) -> None:
    text = (
        "# tarnc design meeting log\n\nNewest entries at the top.\n\n## 2024-06-13\n\n"
        "Present: Ines Carvalho, Tomasz Wróbel, Sam Lindqvist\n\n"
        "- **Exhaustiveness checker**: Sam has it passing the ui suite (PR #1688).\n\n"
        "## 2023-11-16\n\nPresent: Ines Carvalho, Tomasz Wróbel, Sam Okafor\n\n"
        "- Sam Okafor stepping back; thank you Sam!\n\n"
        "## 2023-07-20\n\nPresent: Ines Carvalho, Sam Okafor, Tomasz Wróbel\n\n"
        "- **Anvil**: Sam reports it passes the codegen suite (RFC 0031).\n"
    )
    graph = _graph(tmp_path, {"2024-06-13.md": text})
    people = _aliases(graph)
    assert set(people) == {"Ines Carvalho", "Tomasz Wróbel", "Sam Lindqvist", "Sam Okafor"}

    assert _linked_people(graph, "RFC 0031") == {"Sam Okafor"}
    assert _linked_people(graph, "#1688") == {"Sam Lindqvist"}


def test_people_logins_listed_by_spaces_and_a_login_listed_alone_again(tmp_path: Path) -> None:
    text = (
        "# LS sync\n\n## Sync 12\n\nAttendees: @metch @jwhit @deepa-r -- @obrand sent notes\n\n"
        "- Semantic tokens shipped (@jwhit).\n\n## Sync 11\n\n"
        "**Attendees:** @metch, Lena Ivanova (@livanova), @jwhit\n\n- GeoParquet reader (Lena)\n\n"
        "## Sync 10\n\n**Attendees:** @livanova, @metch\n\n- Lena: the reader is done.\n"
    )
    graph = _graph(tmp_path, {"2024-03-21.md": text})
    people = _aliases(graph)
    assert {"metch", "jwhit", "deepa-r", "Lena Ivanova"} <= set(people)
    assert not any(" " in p and "@" in p for p in people)
    assert "livanova" in people["Lena Ivanova"] and "livanova" not in _labels(graph, "organization")


def test_people_the_opening_of_a_given_name_and_a_name_without_accents(tmp_path: Path) -> None:
    text = (
        "# App call\n\n**On the call:** Lu Wei, Ifeoma Chukwu, Santiago Rojas, Tomás Echeverría\n\n"
        "## Downloads\n\nLu: who owns resume data?\nIfe: that is me.\n"
        "santi: I will take the flavor.\n\nThe meetup is in San Francisco this year.\n\n"
        "## Actions\n\n- Lu & Ife — iOS resume data\n- santi — foss product flavor\n"
        "- [ingrid] send the slush announcement\n- [lwei] review R4512\n"
        "- [tomas] sign off nvme_ctrlr.c\n"
    )
    people = _people(tmp_path, {"2023-09-19.md": text})
    listed = {"Lu Wei", "Ifeoma Chukwu", "Santiago Rojas", "Tomás Echeverría"}
    assert set(people) == listed | {"ingrid"}  # (known by her login alone)
    assert "Ife" in people["Ifeoma Chukwu"] and "santi" in people["Santiago Rojas"]
    assert "San" not in people["Santiago Rojas"]
    assert "tomas" in people["Tomás Echeverría"]


def test_people_a_discipline_an_initial_after_a_mention_and_a_placeholder(tmp_path: Path) -> None:
    text = (
        "# DS weekly\n\n**Attendees:** Sam Adeyemi (design), Sam Whitlock (eng), Ines Albuquerque, "
        'Esperanza Quispe (@espeq, "Espe")\n\nConvention: [XX] = who said it, AI(XX) an action.\n\n'
        "## Actions\n\n- [ ] @Sam W. — re-approve Chromatic baselines\n"
        "- [ ] @Sam A. + @Ines — finish the semantic token migration\n"
    )
    graph = _graph(tmp_path, {"2024-02-07.md": text})
    people = _aliases(graph)
    assert set(people) == {"Sam Adeyemi", "Sam Whitlock", "Ines Albuquerque", "Esperanza Quispe"}
    assert "design" not in people["Sam Adeyemi"] and "eng" not in people["Sam Whitlock"]
    assert "Sam W." in people["Sam Whitlock"] and "Sam A." in people["Sam Adeyemi"]
    assert not {"design", "eng", '"Espe"', "Espe"} & _labels(graph, "organization")


def test_people_a_login_who_came_late_or_for_one_item_speaks(tmp_path: Path) -> None:
    text = (
        "# WG call\n\nPresent: Ingrid Solberg, Pablo Etxeberria\n\n## Signatures\n\n"
        "- Pablo: DID resolution is optional.\n"
        "- mvelasquez (joined ~15:25): the registry side cares a lot about this.\n"
        "- bpatel (storage team, joined for this item): PR is lanternfs#3381.\n"
        "- codepoint (IANA): the value changed again.\n\n"
        "ACTION on mvelasquez: single PR fixing the registry errata\n"
    )
    people = _people(tmp_path, {"2024-03-14.md": text})
    assert set(people) == {"Ingrid Solberg", "Pablo Etxeberria", "mvelasquez", "bpatel"}


def test_people_a_short_given_name_and_an_initial_of_two_listed_names_it_opens(
    tmp_path: Path,
) -> None:
    text = (
        "# basalt-py sync\n\n**Present**: Christopher Bale, Christine Oyelaran, Rich Delacroix\n\n"
        "## Pool\n\nChris B. (cbale) has the new pool in #398. Chris O. will port the async pool.\n"
        "- Chris said he'd also look at the leak; nobody was sure which Chris meant.\n"
    )
    graph = _graph(tmp_path, {"2024-01-23.md": text})
    people = _aliases(graph)
    assert "Chris B." in people["Christopher Bale"] and "Chris O." in people["Christine Oyelaran"]
    assert "Chris" not in people  # either of them: left unresolved, no person of its own


def test_a_shared_given_name_under_a_list_of_logins_that_spell_one_of_them(tmp_path: Path) -> None:
    text = (
        "# skein-ls maintainer syncs\n\n## Sync 12\n\nAttendees: @metch @jwhit @ykaya\n\n"
        "- **Semantic tokens** (@jwhit): Jo W. has the token legend done.\n"
        "- Jo: we'll document a fallback mapping (#431).\n\n## Sync 13\n\n"
        "Attendees: @metch @jwhit @ykaya\n\n- Jo Whitcombe's last sync: moving teams.\n\n"
        "## Sync 14\n\n"
        "Attendees: @metch @jnaka @ykaya\n\n- Welcome **Jo Nakashima** (@jnaka), a new Jo.\n"
        "- Jo: first real complaint is hints inside macro expansions (#512).\n"
    )
    graph = _graph(tmp_path, {"2024-03-21.md": text})
    assert not any(d.get("unresolved") for _, d in graph.nodes(data=True))

    assert _linked_people(graph, "#431") == {"Jo Whitcombe"}
    assert _linked_people(graph, "#512") == {"Jo Nakashima"}


def test_given_names_listed_and_full_names_in_a_roster_at_the_end(tmp_path: Path) -> None:
    text = (
        "LUMEN STEERING COMMITTEE\nMinutes of meeting, 17 September 2024\n\n"
        "Present:   Anneliese (chair), Chidi, Rafael, Tuomas\n\n"
        "1. Release\n\nTL asked @rquintero-gis to look at the blockers; RQ did the layout work.\n"
        "CO asked about the notarisation.\n\nTL: yes, the certificate is in the pipeline.\n\n"
        "AB: fine in principle; wants the translators consulted first.\nVote: +1 AB, CO, RQ, TL.\n\n"
        "ACTIONS\n\nACTION: RQ to look at print layout HiDPI blockers.\n"
        "ACTION: AB to contact the packagers about LTR packaging.\n\n"
        "PSC roster (for reference)\n\n"
        "  Anneliese Brandt       chair               GitHub: abrandt\n"
        "  Chidi Okafor           treasurer           GitHub: chidiokafor\n"
        "  Rafael Quintero        member              GitHub: rquintero-gis\n"
        "  Tuomas Lehtinen        release manager     GitHub: tlehtinen\n"
    )
    graph = _graph(tmp_path, {"2024-09-17.txt": text})
    people = _aliases(graph)
    assert {"Anneliese Brandt", "Chidi Okafor", "Rafael Quintero"} <= set(people)
    assert "RQ" in people["Rafael Quintero"] and "@rquintero-gis" in people["Rafael Quintero"]
    assert "AB" in people["Anneliese Brandt"]
    owners = {
        graph.nodes[p]["label"]
        for a, d in graph.nodes(data=True)
        if d["kind"] == "action"
        for p in graph[a]
        if graph.nodes[p]["kind"] == "person"
    }
    assert {"Rafael Quintero", "Anneliese Brandt"} <= owners


def test_a_footer_line_of_a_scribe_then_names_with_their_logins(tmp_path: Path) -> None:
    text = (
        "# shoal maintainers sync\n\n**Attendees:** @rkumar, @leaht, @jpfeiffer\n\n"
        "## Agenda\n\n- Ravi: silently is the problem, we should at least warn.\n"
        "- Jonas wants the systemd cgroup manager by default.\n\n"
        "## Action items\n\n- [ ] @rkumar: warning when cgroup delegation is missing\n\n---\n"
        "<sub>Notes: Léa Thibault. Maintainers: Ravi Kumar (@rkumar), Léa Thibault (@leaht), "
        "Jonas Pfeiffer (@jpfeiffer).</sub>\n"
    )
    people = _people(tmp_path, {"2024-06-05.md": text})
    assert set(people) == {"Ravi Kumar", "Léa Thibault", "Jonas Pfeiffer"}
    assert {"rkumar", "Ravi"} <= set(people["Ravi Kumar"])


def test_a_sign_up_sheet_of_nicks_and_names_in_columns(tmp_path: Path) -> None:
    text = (
        "DevSummit -- Design session 3\n\nPad scribe: gkim\n\n"
        "Signup sheet (nick / name):\n"
        "  mkow      Marta Kowalczyk       -- presenting, vm/\n"
        "  kib_r     Renaud Kibler\n"
        "  gkim      Grace Kim\n"
        "  dvl\n\n"
        "Q&A\n\nkib_r: how does this interact with superpage reservations?\n"
        "mkow: the per-CPU cache only holds order-0 pages.\n"
    )
    graph = _graph(tmp_path, {"2024-05-16.txt": text})
    people = _aliases(graph)
    assert {"Marta Kowalczyk", "Renaud Kibler", "Grace Kim", "dvl"} == set(people)
    assert "kib_r" in people["Renaud Kibler"] and "gkim" in people["Grace Kim"]
    assert not {"gkim", "kib_r"} & {t.lower() for t in _labels(graph, "topic")}


def test_a_label_of_who_is_present_and_a_given_name_a_login_opens(tmp_path: Path) -> None:
    text = (
        "# API owners\n\nOwners present: yuki.t (chair), rkaplan, lchen, dbanerjee (notes)\n"
        "Orgs present: Nordhavn Software, Lumenware\n\n"
        "## Memory Pressure Events\n\n- Chiara presented the origin trial.\n"
        "  - Outcome: LGTM1 from rkaplan, LGTM2 from lchen.\n"
    )
    people = _people(tmp_path, {"2024-05-21.md": text})
    assert {"rkaplan", "lchen", "yuki.t"} <= set(people)
    assert not {"Lumenware", "Nordhavn Software"} & set(people)
    text = (
        "# Mentor sync\n\nAttendees: @chiokon, @sid-iyer\n\n"
        "- Siddharth Iyer is mentoring the sandbox project.\n- Sid: the student's PR is up.\n"
    )
    people = _people(tmp_path, {"2024-08-21.md": text})
    assert "Sid" in people["Siddharth Iyer"] and "sid-iyer" in people["Siddharth Iyer"]
