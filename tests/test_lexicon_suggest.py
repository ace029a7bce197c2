"""`kg lexicon suggest`: a draft lexicon a maintainer edits and passes back."""

from __future__ import annotations

from conftest import ROOT

import kg
from kg.lexicon import load_lexicon, suggest


def test_a_suggested_lexicon_reads_back_and_names_the_topics(tmp_path) -> None:  # type: ignore[no-untyped-def]
    g = kg.build([ROOT / "data" / "minutes"], cache=False).graph
    draft = tmp_path / "lexicon.toml"
    draft.write_text(suggest(g, "bhyve", least=1), encoding="utf-8")
    lexicon = load_lexicon(draft)
    labels = {t.label for t in lexicon.topics}
    assert {"NVMe", "EDK2", "9pfs"} <= labels
    assert lexicon.name == "bhyve"
    # a build with the draft finds the same topics, now from the lexicon
    again = kg.build([ROOT / "data" / "minutes"], lexicon=draft, cache=False).graph
    sources = {
        d["label"]: d.get("source") for _, d in again.nodes(data=True) if d["kind"] == "topic"
    }
    assert sources["NVMe"] == "lexicon"
