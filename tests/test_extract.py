"""Extraction: structure and prose of one meeting become mentions with provenance."""

from __future__ import annotations

from conftest import LEXICON, SEED

from kg.extract import Extractor
from kg.lexicon import load_lexicon
from kg.nlp import make_nlp
from kg.parse import parse
from kg.read import read_file
from kg.types import RawMinutes


def _mentions(text: str):  # type: ignore[no-untyped-def]
    meeting = parse(RawMinutes("m.md", text, "d"), "m.md")
    return Extractor(make_nlp())(meeting)


def test_extract_seed_mentions_point_into_the_minutes() -> None:
    lexicon = load_lexicon(LEXICON)
    meeting = parse(read_file(SEED), SEED.name)
    mentions = Extractor(make_nlp(lexicon), lexicon)(meeting)
    lines = SEED.read_text(encoding="utf-8").splitlines()
    kinds = {m.kind for m in mentions}
    assert kinds == {"person", "topic", "reference", "organization", "action"}
    for m in mentions:
        assert 1 <= m.source.line <= len(lines)
        if m.kind in ("topic", "reference") and m.role == "named":
            # the surface form is on the line the mention says (or begins there)
            plain = lines[m.source.line - 1].replace("\\", "").replace("*", "").replace("_", "")
            assert m.text.split()[0].replace("\\", "").replace("_", "") in plain


def test_extract_heading_is_a_topic_and_boilerplate_is_not() -> None:
    found = {
        (m.text, m.role) for m in _mentions("# Notes\n\n## Live Migration\n\n## Action items\n\nx")
    }
    assert ("Live Migration", "heading") in found
    assert not any(text in ("Notes", "Action items") for text, _ in found)


def test_extract_review_title_from_a_list_item() -> None:
    text = "## NVMe\n\n- [D19905](https://reviews.freebsd.org/D19905) bhyve: Add EUI64 to NVMe device\n"
    refs = [m for m in _mentions(text) if m.kind == "reference"]
    assert refs[0].attr("title") == "bhyve: Add EUI64 to NVMe device"
    assert refs[0].attr("url") == "https://reviews.freebsd.org/D19905"


def test_extract_an_aside_after_a_pull_request_is_its_title() -> None:
    text = (
        "- Jtimon would like to get his PR [#8994][] (testchains) in.\n"
        "- Ryan notes [#7729][] (label API) needs a rebase, and #7730 (merged) landed.\n"
        "- Sam asks for review of #7731 (@sam) and #7732 (see above).\n\n"
        "[#8994]: https://github.com/bitcoin/bitcoin/pull/8994\n"
        "[#7729]: https://github.com/bitcoin/bitcoin/pull/7729\n"
    )
    found = _mentions(text)
    titles = {m.text.lstrip("#"): m.attr("title") for m in found if m.kind == "reference"}
    assert titles["8994"] == "testchains" and titles["7729"] == "label API"
    assert not titles.get("7731") and not titles.get("7732")
    topics = {m.text for m in found if m.kind == "topic"}
    assert {"testchains", "label API"} <= topics and "merged" not in topics


def test_extract_area_prefix_of_an_agenda_item_is_a_topic() -> None:
    text = "### nodejs/node\n\n* zlib: add Brotli support [#24938](https://github.com/nodejs/node/pull/24938)\n"
    found = _mentions(text)
    assert ("zlib", "area") in {(m.text, m.role) for m in found if m.kind == "topic"}
    ref = next(m for m in found if m.kind == "reference")
    assert (ref.key, ref.attr("repo"), ref.attr("title")) == (
        "github:nodejs/node#24938",
        "nodejs/node",
        "zlib: add Brotli support",
    )


def test_extract_speaker_turns_and_action_owner() -> None:
    found = _mentions(
        "Attendees: Ann Lee\n\nAnn: I will rebase D12345 tomorrow.\n\nAnn Lee to update NVMe docs."
    )
    assert ("Ann", "speaker") in {(m.text, m.role) for m in found}
    actions = [m for m in found if m.kind == "action"]
    # "I will ..." in Ann's own turn is her action: the turn's speaker owns it once linked
    assert [(a.text, a.attr("owner")) for a in actions] == [
        ("I will rebase D12345 tomorrow.", ""),
        ("Ann Lee to update NVMe docs.", "Ann Lee"),
    ]


def test_extract_other_styles_presenter_version_and_checkboxes() -> None:
    text = (
        "### Gateway API v0.7 release (Shane)\n\n"
        "* [x] Antonio: close the stale issue [#115900](https://github.com/kubernetes/kubernetes/issues/115900)\n"
        "* AI(Bowei): review the KEP before Friday.\n"
    )
    found = _mentions(text)
    assert ("Gateway API", "heading") in {(m.text, m.role) for m in found if m.kind == "topic"}
    ref = next(m for m in found if m.kind == "reference")
    assert ref.attr("title") == "Antonio: close the stale issue"
    owners = {m.attr("owner") for m in found if m.kind == "action"}
    assert "Bowei" in owners


def test_extract_plain_text_title_stops_at_the_end_of_its_line() -> None:
    text = "1. PEP 723 inline script metadata\n   Brett summarised the discussion.\n"
    ref = next(m for m in _mentions(text) if m.kind == "reference")
    assert (ref.key, ref.attr("title"), ref.attr("url")) == (
        "pep:723",
        "inline script metadata",
        "https://peps.python.org/pep-0723/",
    )


def test_extract_plain_text_numbered_agenda_items_are_sections() -> None:
    text = (
        "Present: Brett Cannon, Paul Moore\n\n"
        "1. Wheel 2.0\n   Paul: PyPI can accept the new metadata.\n"
        "2. PEP 723 inline script metadata\n   Brett summarised the discussion.\n"
    )
    meeting = parse(RawMinutes("m.md", text, "d"), "m.md")
    assert [s.title for s in meeting.sections] == ["Wheel 2.0", "PEP 723 inline script metadata"]
    found = Extractor(make_nlp())(meeting)
    assert ("Wheel", "heading") in {(m.text, m.role) for m in found if m.kind == "topic"}


def test_extract_a_numbered_release_is_a_topic() -> None:
    text = "## Release 0.9 status\n\nFatima: branch cut for the 0.9 release is on Tuesday.\n"
    found = [m for m in _mentions(text) if m.kind == "topic"]
    releases = [m for m in found if m.attr("label") == "0.9 release"]
    assert len(releases) == 2 and len({m.key for m in releases}) == 1
    assert {
        m.key for m in _mentions("The 1.10 release and the 11.0 release.") if m.kind == "topic"
    } == {
        "release1.10",
        "release11.0",
    }


def test_extract_a_title_naming_another_ticket_is_no_topic() -> None:
    text = "## Authored\n\n- [PR #18540](https://github.com/django/django/pull/18540) - Refs #35712 --\n"
    topics = {m.text for m in _mentions(text) if m.kind == "topic"}
    assert not {t for t in topics if "Refs" in t or t == "Authored"}


def test_extract_a_link_that_is_the_whole_reference_names_its_title_not_whose_it_is() -> None:
    text = (
        "## Extensions\n\n"
        "- Relates to Adam's [classification proposal #635](https://github.com/o/p/discussions/635)\n"
        "- See also Ben's [#640](https://github.com/o/p/pull/640)\n"
        "- [Help desk ticket 2925](https://github.com/o/helpdesk/issues/2925)\n"
        "- [o/q/pull/77](https://github.com/o/q/pull/77)\n"
    )
    found = _mentions(text)
    titles = {m.text: m.attr("title") for m in found if m.kind == "reference"}
    assert titles["classification proposal #635"] == "classification proposal"
    assert not titles["#640"]  # "Ben's" says whose, not what
    assert not titles["Help desk ticket 2925"] and not titles["o/q/pull/77"]


def test_extract_a_heading_of_someones_idea_is_no_topic_but_keeps_its_subject() -> None:
    found = _mentions(
        "## Syd's idea\n\nEvery release is compatible.\n\n## Google's position\n\nNo.\n\n## Niko's GATs proposal\n\nGATs.\n\n"
        "## Maria's Wayland backend\n\nThe Wayland backend is ready.\n"
    )
    topics = {m.text for m in found if m.kind == "topic"}
    assert not any("idea" in t or "'s" in t for t in topics)
    assert "Wayland backend" in topics


def test_extract_google_tracker_and_monorail_references_and_remarks_that_are_no_titles() -> None:
    text = (
        "## Storage\n\n- Windows still blocked on b/331245678 since Fri.\n"
        "- Flaky OPFS tests (issue 41877, "
        "https://bugs.example.dev/p/spindle/issues/detail?id=41877).\n"
        "- fix in https://github.com/zc/zc/pull/2291 (Rahul reviewing, looks close)\n"
        "- KWin: https://invent.kde.org/plasma/kwin/-/merge_requests/1234 landed\n"
    )
    found = _mentions(text)
    refs = {m.key: m for m in found if m.kind == "reference"}
    assert {"b/331245678", "#41877", "github:zc/zc#2291", "gitlab:plasma/kwin!1234"} <= set(refs)
    assert not refs["github:zc/zc#2291"].attr("title")
    topics = {m.text for m in found if m.kind == "topic"}
    assert not topics & {"Fri", "Rahul reviewing, looks close"}


def test_extract_a_title_cut_inside_brackets_or_before_its_last_word_is_no_topic() -> None:
    text = (
        "## Agenda\n\n"
        "- [588](https://github.com/o/wg/issues/588): [Rob] Make initialCount nullable\n"
        "- See [#61](https://github.com/o/wg/issues/61) Semantic Introspection vs\n"
    )
    topics = {m.text for m in _mentions(text) if m.kind == "topic"}
    assert not any("Rob]" in t or t.endswith("vs") for t in topics)
