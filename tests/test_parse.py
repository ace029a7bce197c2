from __future__ import annotations

import pytest
from conftest import SEED, SEED_ATTENDEES

from kg.parse import clean_person, parse
from kg.read import read_file
from kg.types import RawMinutes


def _parse(text: str, name: str = "m.md"):  # type: ignore[no-untyped-def]
    return parse(RawMinutes(name, text, "digest"), name)


def test_parse_seed_attendees_and_sections() -> None:
    m = parse(read_file(SEED), SEED.name)
    assert [a.name for a in m.attendees] == SEED_ATTENDEES
    titles = [s.title for s in m.sections]
    assert "if_bridge(4)" in titles and "Save and Restore" in titles
    speakers = {s for b in m.blocks for s in b.speakers}
    assert speakers == {"Michael", "Rod", "Darius", "Scott", "Elena", "John", "Patrick", "Chuck"}


@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("**John:** hello", ("John",)),
        ("**John, Rod:** hello", ("John", "Rod")),
        ("**John**: hello", ("John",)),
        ("John: hello", ("John",)),
        ("* Rod: yes", ("Rod",)),
        ("**Q:** why?", ()),
        ("Where: Ottawa", ()),
        ("Note: something", ()),
        ("zlib: add Brotli support [#1](https://github.com/nodejs/node/pull/1)", ()),
    ],
)
def test_parse_speaker_turns(text: str, speakers: tuple[str, ...]) -> None:
    blocks = [b for b in _parse(text).blocks if not b.is_heading]
    assert blocks[0].speakers == speakers


def test_parse_present_and_regrets_lines() -> None:
    m = _parse("Present: Ann Lee, Bob Marsh\n\nRegrets: Carl Dunn\n\nAnn: hi")
    assert [(a.name, a.role) for a in m.attendees] == [
        ("Ann Lee", "attendee"),
        ("Bob Marsh", "attendee"),
        ("Carl Dunn", "absent"),
    ]


def test_parse_attended_heading_is_an_attendee_list() -> None:
    m = _parse("# Attended\n\n- Ann Lee\n- Bob Marsh\n\n# Notes\n\n- Ann Lee: hello\n")
    assert [a.name for a in m.attendees] == ["Ann Lee", "Bob Marsh"]


def test_parse_logins_line() -> None:
    m = _parse("# 20241004 srcmgr meeting\n\nAttendees: markj, jhb, emaste, imp\n")
    assert [a.name for a in m.attendees] == ["markj", "jhb", "emaste", "imp"]


def test_parse_code_blocks_and_front_matter_are_not_text() -> None:
    m = _parse("---\ntitle: Triage 2022\ntags: x\n---\n# T\n\n```\nnikomatsakis: code\n```\nhi")
    assert m.title == "Triage 2022"
    assert all("nikomatsakis" not in b.text and "tags" not in b.text for b in m.blocks)


def test_parse_links_and_bold_ranges() -> None:
    m = _parse("**Chuck** and **Patrick** met. See [D19904](https://reviews.freebsd.org/D19904).")
    block = m.blocks[0]
    assert [block.text[a:b] for a, b in block.bold] == ["Chuck", "Patrick"]
    assert [(k.text, k.url) for k in block.links] == [
        ("D19904", "https://reviews.freebsd.org/D19904")
    ]


@pytest.mark.parametrize(
    ("entry", "expected"),
    [
        ("Colin Ihrig @cjihrig (TSC)", ("Colin Ihrig", "cjihrig", "")),
        ("Deepti Gandluri (Google)", ("Deepti Gandluri", "", "Google")),
        ("Nitish (@nitsakh) #3/3", ("Nitish", "nitsakh", "")),
        ("Yang Guo <mailto:yangguo@example.com>", ("Yang Guo", "", "")),
        ("hsbt (Hiroshi SHIBATA)", ("Hiroshi Shibata", "hsbt", "")),
        ("marcandre (Marc-André Lafortune)", ("Marc-André Lafortune", "marcandre", "")),
        ("tenderlove (need bento)", ("tenderlove", "", "")),
        (
            "\u0421\u043a\u043e\u0432\u043e\u0440\u043e\u0434\u0430 \u041d\u0438\u043a\u0438\u0442\u0430 @ChALkeR (TSC)",
            (
                "\u0421\u043a\u043e\u0432\u043e\u0440\u043e\u0434\u0430 \u041d\u0438\u043a\u0438\u0442\u0430",
                "ChALkeR",
                "",
            ),
        ),
    ],
)
def test_parse_attendee_entries(entry: str, expected: tuple[str, str, str]) -> None:
    assert clean_person(entry) == expected


def test_parse_team_members_sublists() -> None:
    m = _parse("## Attendance\n\n* Team members: nikomatsakis, Felix, Josh\n* Others: Mara\n")
    assert [a.name for a in m.attendees] == ["nikomatsakis", "Felix", "Josh", "Mara"]


def test_parse_attendees_with_asides_holding_commas_and_a_sentence_after() -> None:
    text = (
        "**Attendees:** @vesna-k (Vesna Kovacevic, host), @ruairi (Ruairi O Briain), "
        "@kwabena (Kwabena Boateng)\n\n**Present:** @mcbaptiste (chair), @svenh, @noorh. "
        "Two visitors from the Eindhoven Makerspace joined for the Zigbee item.\n"
    )
    got = [(a.name, a.handle) for a in parse(RawMinutes("m.md", text, "d")).attendees]
    assert got == [
        ("Vesna Kovacevic", "vesna-k"),
        ("Ruairi O Briain", "ruairi"),
        ("Kwabena Boateng", "kwabena"),
        ("mcbaptiste", "mcbaptiste"),
        ("svenh", "svenh"),
        ("noorh", "noorh"),
    ]


def test_parse_any_label_over_names_with_handles_is_a_roster() -> None:
    text = (
        "Queue:      is:issue is:open label:needs-triage\n"
        "Triagers:   Aziz Rahimov (@azizr, running the queue), Fenna de Vries (@fenna),\n"
        "            Kiri Walker (@kiriw)\n"
        "Not here:   Hamid Sultani (@hsultani)\n"
    )
    got = [(a.name, a.handle, a.role) for a in parse(RawMinutes("m.md", text, "d")).attendees]
    assert got == [
        ("Aziz Rahimov", "azizr", "attendee"),
        ("Fenna de Vries", "fenna", "attendee"),
        ("Kiri Walker", "kiriw", "attendee"),
        ("Hamid Sultani", "hsultani", "absent"),
    ]


def test_parse_a_chat_roster_table_with_ids_and_names_in_notes() -> None:
    text = (
        "Room members who spoke:\n\n| Display name | Matrix ID | Notes |\n|---|---|---|\n"
        "| Jakob | @jbrandl:matrix.org | Jakob Brandl |\n| Amaka Obiora | @amaka:matrix.org | |\n"
        "| GitLab | @gitlab:example.org | bot |\n"
    )
    got = [(a.name, a.handle) for a in parse(RawMinutes("m.md", text, "d")).attendees]
    assert got == [("Jakob Brandl", "jbrandl"), ("Amaka Obiora", "amaka")]


def test_parse_a_nickname_in_quotes_is_no_part_of_the_name() -> None:
    text = '## Attendees\n\n* Katarzyna "Kasia" Wlodarczyk (chair)\n* @kwabena (Kwabena "Kobby" Boateng)\n'
    got = [(a.name, a.handle) for a in parse(RawMinutes("m.md", text, "d")).attendees]
    assert got == [("Katarzyna Wlodarczyk", "Kasia"), ("Kwabena Boateng", "kwabena")]


def test_an_agenda_after_the_names_in_one_loose_list_is_kept() -> None:
    m = _parse(
        "# Weekly sync 2026-02-03\n\nAttendees:\n\n- Ana Ruiz\n- Lars hansen\n- Bo Chen\n\n"
        "- Parser rewrite status\n- Release 2.4 planning\n\n## Notes\n\nAna: it landed.\n"
    )
    # (a name typed in haste ends no list of names)
    assert [a.name for a in m.attendees][-1] == "Bo Chen"
    assert [b.text for b in m.blocks if b.depth == 1 and not b.is_heading] == [
        "Parser rewrite status",
        "Release 2.4 planning",
    ]


def test_parse_a_transcripts_clocked_turns_and_the_voices_that_say_their_name() -> None:
    meeting = _parse(
        "# Runtime sync\n\n"
        "**[00:00:04] Dario Benedetti:** Okay, let's start. The fuel regression first.\n\n"
        "**[00:00:33] Speaker 2:** Yeah, hi, this is Oksana from the runtime team, I broke it.\n\n"
        "[00:01:05] **Dario Benedetti:** Thirty percent. Okay.\n\n"
        "**[00:01:07] Speaker 2:** The fix batches the fuel checks per basic block.\n\n"
        "**[00:02:35] Speaker 3:** Sorry, jumping in, I'm Tunde, I do the WASI host crates.\n\n"
        "**[00:03:00] Speaker 4:** Can everyone hear me?\n"
    )
    turns = [b.speakers for b in meeting.blocks if not b.is_heading]
    assert turns == [
        ("Dario Benedetti",),
        ("Oksana",),
        ("Dario Benedetti",),
        ("Oksana",),
        ("Tunde",),
        (),  # a voice that never says who it is is nobody's turn
    ]


def test_parse_turns_whose_label_links_to_the_moment_in_the_recording() -> None:
    meeting = _parse(
        "# ACD 171\n\n## EIP-4788\n\n"
        "**Sifis Lagouvardos** [21:49](https://www.youtube.com/watch?v=x&t=1309s): Yes hello.\n\n"
        "**Tim Beiko** [24:39](https://www.youtube.com/watch?v=x&t=1479s): Thanks.\n\n"
        "**Xinbenlv** ([1:29:12](https://youtu.be/x?t=5352))\nA question on the ERC process.\n\n"
        "**Tim Beiko** ([1:29:33](https://youtu.be/x?t=5373))\nSure.\n\n"
        "**Sifis Lagouvardos** [1:30:02](https://youtu.be/x?t=5402): One more.\n\n"
        "**Sifis Lagouvardos**\n* The impact of this DOS is not huge.\n"
    )
    turns = [(b.speakers, b.text) for b in meeting.blocks if not b.is_heading]
    assert turns == [
        (("Sifis Lagouvardos",), "Yes hello."),
        (("Tim Beiko",), "Thanks."),
        (("Xinbenlv",), "A question on the ERC process."),
        (("Tim Beiko",), "Sure."),
        (("Sifis Lagouvardos",), "One more."),
        # a name that took its turns so, alone in bold over what they said
        (("Sifis Lagouvardos",), "The impact of this DOS is not huge."),
    ]


def test_parse_a_standups_name_in_bold_then_a_dash_and_its_parts_is_a_turn() -> None:
    meeting = _parse(
        "# Stand-up\n\n## Mon\n\n"
        "- **Fatima** — did: MOB-2243 fixed. doing: the rest. blocked: —\n"
        "- **Security** — the audit starts Monday\n"
    )
    turns = [(b.speakers, b.text) for b in meeting.blocks if not b.is_heading]
    assert turns == [
        (("Fatima",), "did: MOB-2243 fixed. doing: the rest. blocked: —"),
        ((), "Security — the audit starts Monday"),  # a subject in bold, then what it says
    ]


def test_parse_the_nick_that_starts_an_irc_meeting_is_a_bot_not_a_speaker() -> None:
    meeting = _parse(
        "15:00 <openstack> Meeting started Mon Mar 10 15:00:02 2025 UTC.  The chair is cgarnier.\n"
        "15:00 <openstack> Useful Commands: #action #agreed #help #info #idea #link #topic\n"
        "15:01 <cgarnier> #topic deploy steps\n15:02 <rajeshn> the grenade job is green again\n"
        "15:03 <cgarnier> great, thanks rajeshn\n"
        "15:35 <openstack> Meeting ended Mon Mar 10 15:35:11 2025 UTC.\n",
        "quarry.txt",
    )
    speakers = {s for b in meeting.blocks for s in b.speakers}
    assert "openstack" not in speakers and {"cgarnier", "rajeshn"} <= speakers
