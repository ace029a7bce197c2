"""Each rule of kg.link on hand-built mentions: who is linked to what, with which sentence."""

from __future__ import annotations

from pathlib import Path

import networkx as nx

import kg
from kg.graph import GraphBuilder
from kg.link import (
    SHOWS_BOTH,
    SHOWS_CONTEXT,
    W_ITEM,
    W_OWNER,
    W_QUESTION,
    W_SECTION,
    W_TURN,
    link_meeting,
)
from kg.types import Block, Meeting, Mention, Source


class Minutes:
    """A meeting written block by block, with the mentions of each block."""

    def __init__(self, title: str = "Weekly call") -> None:
        self.title = title
        self.blocks: list[Block] = []
        self.mentions: list[Mention] = []
        self.ids: list[str] = []

    def block(self, text: str, *, heading: int = 0, depth: int = 0, item: int = 0) -> int:
        src = Source("m.md", len(self.blocks) + 1, "")
        level = heading or depth
        self.blocks.append(Block(text, src, is_heading=bool(heading), depth=level, item=item))
        return len(self.blocks) - 1

    def say(self, block: int, text: str, kind: str, role: str = "", **attrs: str) -> None:
        whole = self.blocks[block].text
        sentence = next((s for s in whole.split(". ") if text in s), whole)
        nid = {
            "person": "person:",
            "topic": "topic:",
            "reference": "reference:",
            "action": f"action:m:{len(self.mentions)}:",
        }[kind] + text.lower().replace(" ", "-")
        self.mentions.append(
            Mention(
                text,
                kind,
                text.lower(),
                0,
                0,
                "m",
                self.blocks[block].source,
                sentence,
                role=role or ("heading" if self.blocks[block].is_heading else "named"),
                attrs=tuple(sorted(attrs.items())),
                block=block,
            )
        )
        self.ids.append(nid)

    def link(self) -> GraphBuilder:
        meeting = Meeting("m", "2024-01-02", self.title, "m.md", (), (), tuple(self.blocks))
        b = GraphBuilder()
        for nid, m in zip(self.ids, self.mentions, strict=True):
            b.node(nid, m.kind, m.text, "m")
        link_meeting(b, meeting, self.mentions, self.ids)
        return b


def _built(folder: Path, minutes: str) -> nx.Graph:
    """The graph of one meeting's minutes built the way `kg build` does, text dropped and all."""
    import kg

    (folder / "2024-01-02.md").write_text(minutes, encoding="utf-8")
    return kg.build([folder], cache=False).graph


def _owned(g: nx.Graph) -> dict[str, set[str]]:
    """Each action's label -> the people who own it."""
    return {
        d["label"]: {
            o for o in g[n] if o.startswith("person:") and g.edges[n, o]["relation"] == "owns"
        }
        for n, d in g.nodes(data=True)
        if d["kind"] == "action"
    }


def _edge(b: GraphBuilder, x: str, y: str):  # type: ignore[no-untyped-def]
    return b.edges.get((x, y) if x < y else (y, x))


def test_turn_links_the_speaker_to_what_they_say() -> None:
    m = Minutes()
    k = m.block("Working on NVMe.")
    m.say(k, "Chuck", "person", "speaker")
    m.say(k, "NVMe", "topic")
    e = _edge(m.link(), "person:chuck", "topic:nvme")
    assert e.relation == "works_on" and e.weight == W_TURN
    assert e.evidence[0].text == "Working on NVMe." and e.evidence[0].shows == SHOWS_BOTH


def test_named_links_only_the_sentence_that_names_both() -> None:
    m = Minutes()
    k = m.block("Ann fixed NVMe. Bo went to Ottawa")
    m.say(k, "Ann", "person")
    m.say(k, "NVMe", "topic")
    m.say(k, "Bo", "person")
    b = m.link()
    assert _edge(b, "person:ann", "topic:nvme") is not None
    assert _edge(b, "person:bo", "topic:nvme") is None


def test_the_one_person_a_list_item_names_works_on_the_whole_items_subjects() -> None:
    m = Minutes()
    k = m.block("Patches for epoll-shim need updating. Niclas cutting releases instead.", depth=2)
    m.say(k, "epoll-shim", "topic")
    m.say(k, "Niclas", "person")
    two = m.block("libinput is at 1.12.5. Ann and Bo will look at it.", depth=1)
    m.say(two, "libinput", "topic")
    m.say(two, "Ann", "person")
    m.say(two, "Bo", "person")
    prose = m.block("Wayland is slow. Cy said hello.")
    m.say(prose, "Wayland", "topic")
    m.say(prose, "Cy", "person")
    b = m.link()
    assert _edge(b, "person:niclas", "topic:epoll-shim").weight == W_ITEM
    # two people in an item, or a paragraph of prose: only the sentence that names both
    assert _edge(b, "person:ann", "topic:libinput") is None
    assert _edge(b, "person:cy", "topic:wayland") is None


def test_a_section_reaches_its_speakers_and_stops_at_the_next_heading() -> None:
    m = Minutes()
    m.say(m.block("NVMe", heading=2), "NVMe", "topic")
    m.say(m.block("Firmware is done."), "Ann", "person", "speaker")
    m.say(m.block("Does it boot?"), "Bo", "person", "speaker")
    m.block("Other business", heading=2)
    m.say(m.block("Lunch is at noon."), "Cy", "person", "speaker")
    b = m.link()
    assert _edge(b, "person:ann", "topic:nvme").weight == W_SECTION
    assert _edge(b, "person:bo", "topic:nvme").weight == W_QUESTION  # only asked a question
    assert _edge(b, "person:cy", "topic:nvme") is None
    assert _edge(b, "person:ann", "topic:nvme").evidence[0].shows == SHOWS_CONTEXT


def test_a_note_that_someone_asked_weighs_as_a_question() -> None:
    m = Minutes()
    m.say(m.block("Tern NPU backend", heading=2), "Tern NPU backend", "topic")
    k = m.block("Kofi asked whether the int8 path uses the quantization passes")
    m.say(k, "Kofi", "person")
    m.say(k, "quantization passes", "topic")
    two = m.block("Bartosz showed the backend on the T2 board")
    m.say(two, "Bartosz", "person")
    b = m.link()
    assert _edge(b, "person:kofi", "topic:quantization-passes").weight == W_QUESTION
    assert _edge(b, "person:kofi", "topic:tern-npu-backend").weight == W_QUESTION
    assert _edge(b, "person:bartosz", "topic:tern-npu-backend").weight == W_TURN


def test_the_meetings_title_links_nobody() -> None:
    m = Minutes(title="WebAssembly CG call")
    m.say(m.block("WebAssembly CG call", heading=1), "WebAssembly", "topic")
    m.say(m.block("Takes notes."), "Ann", "person", "speaker")
    assert _edge(m.link(), "person:ann", "topic:webassembly") is None


def test_a_list_item_read_as_a_heading_ends_with_the_item() -> None:
    m = Minutes()
    m.say(m.block("Graphics", heading=2), "Graphics", "topic")
    m.say(m.block("Sway", heading=3, item=2), "Sway", "topic")
    m.say(m.block("Pete tested it.", depth=2), "Pete", "person")
    m.say(m.block("Niclas cut a release.", depth=1), "Niclas", "person")
    b = m.link()
    assert _edge(b, "person:pete", "topic:sway") is not None
    assert _edge(b, "person:niclas", "topic:sway") is None
    assert _edge(b, "person:niclas", "topic:graphics") is not None  # the outer section resumes


def test_a_vote_check_list_is_not_evidence_of_work() -> None:
    m = Minutes()
    m.say(m.block("Stabilize let-else", heading=3), "let-else", "topic")
    m.say(m.block("[x] @scottmcm", depth=1), "@scottmcm", "person")
    assert _edge(m.link(), "person:@scottmcm", "topic:let-else") is None


def test_people_named_alone_own_the_notes_under_them() -> None:
    m = Minutes()
    m.block("Updates", heading=3)
    k = m.block("@alanshaw / @jacobheun")
    m.say(k, "@alanshaw", "person")
    m.say(k, "@jacobheun", "person")
    m.say(m.block("multihash keys in blockstore landed", depth=1), "blockstore", "topic")
    m.say(m.block("@vmx"), "@vmx", "person")
    m.say(m.block("DAG API for the CLI", depth=1), "DAG API", "topic")
    b = m.link()
    assert _edge(b, "person:@alanshaw", "topic:blockstore").weight == W_OWNER
    assert _edge(b, "person:@vmx", "topic:dag-api") is not None
    assert _edge(b, "person:@alanshaw", "topic:dag-api") is None


def test_a_list_of_reviews_belongs_to_who_introduced_it() -> None:
    m = Minutes()
    m.say(m.block("Chuck has several new reviews up."), "Chuck", "person")
    m.say(m.block("D19904 bhyve: Add Integrated Endpoint", depth=1), "D19904", "reference")
    e = _edge(m.link(), "person:chuck", "reference:d19904")
    assert e.relation == "discussed"
    assert e.evidence[0].text.startswith("Chuck has several new reviews up. \u2026 D19904")


def test_an_action_is_linked_to_every_owner() -> None:
    m = Minutes()
    k = m.block("Tom and Allen to write the NVMe test plan.")
    m.say(k, "Tom", "person")
    m.say(k, "Allen", "person")
    m.say(k, "Tom and Allen to write the NVMe test plan.", "action", "action", owner="Tom|Allen")
    b = m.link()
    action = next(n for n in b.nodes if n.startswith("action:"))
    assert _edge(b, "person:tom", action).relation == "owns"
    assert _edge(b, "person:allen", action).relation == "owns"
    assert b.nodes[action]["owners"] == ["person:tom", "person:allen"]


def test_evidence_that_names_the_topic_comes_first() -> None:
    m = Minutes()
    m.say(m.block("NVMe", heading=2), "NVMe", "topic")
    m.say(m.block("Back from Ottawa."), "Chuck", "person", "speaker")
    k = m.block("The NVMe firmware boots now.")
    m.say(k, "Chuck", "person", "speaker")
    m.say(k, "NVMe", "topic")
    b = m.link()
    graph = b.graph("t")
    texts = [e["text"] for e in graph.edges["person:chuck", "topic:nvme"]["evidence"]]
    assert texts == ["The NVMe firmware boots now.", "Back from Ottawa."]


def test_the_rules_hold_in_a_whole_build(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # the blocks' text is dropped after extraction: what linking needs must survive it
    g = _built(
        tmp_path,
        "# Weekly call\n\nAttendees: Ann Lee, Bo Chen, Cy Diaz\n\n## NVMe\n\n"
        "**Ann:** The NVMe firmware boots now.\n\n- [x] Bo Chen\n\n## Other business\n\n"
        "**Cy:** Lunch is at noon.\n",
    )
    assert g.has_edge("person:ann-lee", "topic:nvme")
    assert not g.has_edge("person:bo-chen", "topic:nvme")  # a vote, not work
    assert not g.has_edge("person:cy-diaz", "topic:nvme")  # another section


def test_a_repository_is_its_own_kind_not_a_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# TSC call\n\nAttendees: Ann Lee\n\n### nodejs/node\n\n"
        "* zlib: add Brotli support [#24938](https://github.com/nodejs/node/pull/24938)\n",
    )
    kinds = {n: d["kind"] for n, d in g.nodes(data=True)}
    assert kinds["repository:nodejs/node"] == "repository"
    assert not any(k == "topic" and "nodejs" in n for n, k in kinds.items())
    ref = "reference:github:nodejs/node#24938"
    assert g.edges[ref, "repository:nodejs/node"]["relation"] == "in_repository"


def test_a_turn_label_alone_owns_the_notes_under_it() -> None:
    # "#### V8" / "* Mikeal:" / "  * how to align with V8 process ...": Mikeal's notes
    m = Minutes()
    m.say(m.block("V8", heading=4), "V8", "topic")
    m.blocks.append(Block("", Source("m.md", 2, ""), speakers=("Mikeal",), depth=1))
    m.say(1, "Mikeal", "person", "speaker")
    k = m.block("how to align with the V8 process and semver", depth=2)
    m.say(k, "semver", "topic")
    b = m.link()
    assert _edge(b, "person:mikeal", "topic:semver").weight == W_OWNER
    v8 = _edge(b, "person:mikeal", "topic:v8")
    assert [e.text for e in v8.evidence] == ["how to align with the V8 process and semver"]


def test_a_topic_with_a_word_or_a_version_more_folds_into_that_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# CI call\n\nAttendees: Ann Lee, Bo Chen\n\n## AppVeyor\n\n**Ann:** AppVeyor is slow.\n\n"
        "## AppVeyor Failures\n\n**Bo:** Three more AppVeyor failures.\n\n## LLVM\n\n"
        "**Ann:** We need LLVM11 and LLVM11 soon for LLVM.\n",
    )
    topics = {d["label"]: n for n, d in g.nodes(data=True) if d["kind"] == "topic"}
    assert "AppVeyor Failures" not in topics and "LLVM11" not in topics
    assert g.has_edge("person:bo-chen", topics["AppVeyor"])  # Bo's work moved with the fold
    assert "AppVeyor Failures" in g.nodes[topics["AppVeyor"]]["aliases"]


def test_actions_go_to_each_one_who_takes_them_on(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Weekly call\n\nAttendees: Ann Lee, Bo Chen, Cy Diaz, Di Fox\n\n## Notes\n\n"
        "Ann will share the kernel config and Bo will share his ARM64 scripts.\n\n"
        "* Cy: will document the option Di suggested in the tracker.\n"
        "* Next step: spec doc. [Ann Lee & Di Fox]\n",
    )

    def owners(word: str) -> set[str]:
        action = next(
            n for n, d in g.nodes(data=True) if d["kind"] == "action" and word in d["label"]
        )
        return {
            o
            for o in g[action]
            if g.edges[action, o]["relation"] == "owns" and o.startswith("person:")
        }

    assert owners("ARM64") == {"person:ann-lee", "person:bo-chen"}
    assert owners("document") == {"person:cy-diaz"}  # the speaker, not Di whom it names
    assert owners("spec doc") == {"person:ann-lee", "person:di-fox"}


def test_a_topic_with_a_phrase_or_an_affix_more_folds_into_that_topic(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Lang call\n\nAttendees: Ann Lee, Bo Chen\n\n## RTN\n\n**Ann:** RTN is close.\n\n"
        "## RTN for free functions\n\n**Bo:** RTN here too.\n\n## pkgbase\n\n**Ann:** pkgbase.\n\n"
        "## post-pkgbase\n\n**Bo:** after that.\n\n## Async fn in traits\n\n**Ann:** soon.\n\n"
        "## Async fn\n\n**Bo:** done.\n",
    )
    topics = {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "topic"}
    assert {"RTN", "pkgbase", "Async fn in traits"} <= topics  # "in" names a feature of its own
    assert not topics & {"RTN for free functions", "post-pkgbase"}


def test_actions_taken_in_progress_by_a_name_also_written_in_lower_case(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Lang call\n\nAttendees: Ann Lee, scottmcm\n\n## Action item review\n\n"
        "* [Action items list](https://example.org/list)\n\n## Or patterns\n\n"
        "* Action item:\n    * Scott to write comment\n* Ann is investigating the crash.\n"
        "* (what scott said in the meeting)\n",
    )
    owned = _owned(g)
    assert not [a for a in owned if "Action items list" in a]  # a link to a list, no task
    assert any("write comment" in a and owners for a, owners in owned.items())
    assert any("investigating" in a and "person:ann-lee" in o for a, o in owned.items())


def test_actions_keep_what_their_item_said_before_and_owners_with_others(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Call\n\nAttendees: Hudson Jameson, Niclas Zeising\n\n## EIPs\n\n"
        "Hudson and other editors will clean up the EIPs.\n\n## Input stack\n\n"
        "* Latest version of libinput is 1.12.5. Niclas will update to 1.12.5, though it is "
        "not urgent.\n",
    )
    owned = _owned(g)
    assert {"person:hudson-jameson"} in [o for a, o in owned.items() if "clean up" in a]
    update = next(d for _, d in g.nodes(data=True) if "update to" in d["label"])
    # the panel shows what the item said first: which subject "update to 1.12.5" is about
    assert update["context"] == "Latest version of libinput is 1.12.5."


def test_actions_of_a_lower_case_name_and_of_the_one_responsible(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Lang call\n\n## Action items\n\n- scott to post comment on the elide RFC (done)\n\n"
        "## Notes\n\n- @stebalien is the DRI for writing this up.\n- we will meet again.\n",
    )
    owned = _owned(g)
    assert {"person:scott"} in owned.values() and {"person:stebalien"} in owned.values()
    people = {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "person"}
    assert people == {"scott", "stebalien"}  # "we will" names nobody


def test_link_thanks_and_roles_are_no_work_on_the_section(tmp_path: Path) -> None:
    (tmp_path / "2024-05-01.md").write_text(
        "# WG call\n\n## Attendees\n\n- Alice Moreau\n- Zbynek Konecny\n- Tom Ellis\n\n"
        "## SIMD\n\n- Thanks @zbynek!\n- Scribe: Tom\n- Alice: SIMD lowering is done.\n",
        encoding="utf-8",
    )
    graph = kg.build([tmp_path], cache=False).graph
    simd = next(n for n, d in graph.nodes(data=True) if d["label"] == "SIMD")
    linked = {graph.nodes[p]["label"] for p in graph[simd] if graph.nodes[p]["kind"] == "person"}
    assert "Alice Moreau" in linked
    assert not {"Zbynek Konecny", "Tom Ellis"} & linked


def test_a_name_inside_a_headings_words_presents_nothing(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# TSC\n\nPresent: Ann Lee, Bo Chen\n\n"
        "## Request funds to get @annlee to SF for ES Modules meetings\n\n"
        "* Vote passed\n* Collab Summit was under-attended\n\n"
        "## Streams update (Bo Chen)\n\n* Backpressure rework is ready\n",
    )
    ann = "person:ann-lee"
    assert not any(g.nodes[t]["label"] == "Collab Summit" for t in g[ann])  # only its object
    bo = {g.nodes[t]["label"].lower() for t in g["person:bo-chen"] if t.startswith("topic:")}
    assert {"streams", "backpressure rework"} <= bo  # who presents in brackets still does


def test_open_items_and_names_in_brackets_are_tasks_of_those_named(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "From: Ruth Mbeki <ruth@example.org>\nSubject: Weekly status digest\n\n"
        "Yusuf had a look at the mutex fix. Kofi has the backbone link working.\n\n"
        "Open items from the Oct 3 maintainers' call:\n\n"
        "  - [Yusuf] expand the priority inheritance test to SMP\n"
        "  - [Lakshmi, Kofi] Thread border router demo write-up\n\n"
        "Elsewhere:\n\n  - [Emre] summarize the BEP-27 comments after Oct 18\n",
    )

    def owners(word: str) -> set[str]:
        return next({o[7:] for o in who} for label, who in _owned(g).items() if word in label)

    assert owners("expand") == {"yusuf"}
    assert owners("border router") == {"lakshmi", "kofi"}
    assert owners("summarize") == {"emre"}  # a task's verb after the names, in any list


def test_an_agenda_item_that_will_discuss_next_steps_holds_no_tasks(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# WG\n\nAttendees: Vince Ito, Lee Byron\n\n"
        "### Review Input Union RFC and discuss the next steps (30m, Vince)\n\n"
        "* [Vince] Many potential edge cases if you try to get too fancy.\n"
        "* [Lee] Be initially maximalist with requirements.\n\n"
        "### Next steps\n\n* [Lee] Write the requirements doc\n",
    )
    labels = {d["label"] for _, d in g.nodes(data=True) if d["kind"] == "action"}
    assert labels == {"[Lee] Write the requirements doc"}


def test_the_one_a_paragraphs_label_names_in_brackets_reports_all_of_it(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = _built(
        tmp_path,
        "# Board\n\nPresent: Rajiv Iyer, Sinead Ryan, Ingrid Solberg\n\n## Director reports\n\n"
        "Security (Director Iyer). The foundation became a CVE Numbering Authority in July. "
        "The halyard-server audit starts in October.\n\n"
        "Context (Sinead Ryan): the release shipped late because the WAL checksums slipped.\n",
    )
    iyer = {g.nodes[t]["label"] for t in g["person:rajiv-iyer"] if t.startswith("topic:")}
    assert "halyard-server" in iyer  # in a sentence of its own after the label
    ryan = {g.nodes[t]["label"] for t in g["person:sinead-ryan"] if t.startswith("topic:")}
    assert not ryan  # who gives the context does not own what it names
