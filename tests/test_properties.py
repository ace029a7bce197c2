"""Properties that hold for any text: decode, parse and extraction never crash, spans stay inside
their blocks, and the same minutes always give the same graph."""

from __future__ import annotations

from functools import cache

import networkx as nx
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from kg.extract import Extractor
from kg.graph import build_graph
from kg.nlp import make_nlp
from kg.parse import parse
from kg.read import _MOJIBAKE, decode
from kg.resolve import Resolver
from kg.types import Meeting, Mention, RawMinutes

SETTINGS = settings(
    deadline=None,
    max_examples=60,
    database=None,  # no .hypothesis/ folder in the checkout
    suppress_health_check=[HealthCheck.too_slow],
)
MARKDOWN = "#*-_[]()`>:@\n \t|!.,1234567890"
WORDS = [
    "Ann",
    "Lee",
    "Bob:",
    "**Ann:**",
    "NVMe",
    "D12345",
    "nodejs/node#24938",
    "https://github.com/a/b/pull/7",
    "[link](https://reviews.freebsd.org/D4242)",
    "## Attendees",
    "- Ann Lee (Google)",
    "Regrets:",
    "will",
    "fix",
    "the",
    "\\",
    "\u202e",
    "=HYPERLINK(1)",
    "<script>",
]
texts = st.one_of(
    st.text(alphabet=st.sampled_from(MARKDOWN + "abcAZ\u00e9\u4e2d\U0001f600"), max_size=300),
    st.text(max_size=200),
    st.lists(st.one_of(st.sampled_from(WORDS), st.sampled_from(list(MARKDOWN))), max_size=60).map(
        " ".join
    ),
    st.lists(st.sampled_from(WORDS + ["\n", "\n\n", "  ", "- ", "> "]), max_size=60).map("".join),
)


@cache
def extractor() -> Extractor:
    return Extractor(make_nlp())


def minutes(text: str) -> Meeting:
    return parse(RawMinutes("x/2020-01-02.md", text, "digest", date="2020-01-02"), "x.md")


@SETTINGS
@given(st.binary(max_size=3000))
def test_properties_decode_never_fails(data: bytes) -> None:
    text, encoding, warnings = decode(data)
    assert isinstance(text, str) and encoding and isinstance(warnings, list)
    assert "\r" not in text and "\x00" not in text


@SETTINGS
@given(st.text(max_size=500))
def test_properties_decode_keeps_clean_utf8(text: str) -> None:
    assume("\r" not in text and "\x00" not in text and not text.startswith("\ufeff"))
    assume(not _MOJIBAKE.search(text))
    assert decode(text.encode("utf-8")) == (text, "utf-8", [])


@SETTINGS
@given(texts)
def test_properties_parse_never_fails_and_ranges_fit(text: str) -> None:
    meeting = minutes(text)
    for block in meeting.blocks:
        for a, b in block.bold:
            assert 0 <= a <= b <= len(block.text), (block.text, block.bold)
        for link in block.links:
            assert 0 <= link.start <= link.end <= len(block.text), (block.text, link)
    for person in meeting.attendees:
        assert person.name and len(person.name) <= 80


def _check_mentions(meeting: Meeting, mentions: list[Mention], headings: bool = True) -> None:
    for m in mentions:
        if m.role in ("attendee", "absent") or m.block < 0:
            continue
        text = meeting.blocks[m.block].text
        assert 0 <= m.start <= m.end <= len(text), (m, text)
        if headings or m.role != "heading":
            assert m.sentence in text, (m.sentence, text)


@SETTINGS
@given(texts)
def test_properties_extraction_spans_lie_in_their_blocks(text: str) -> None:
    meeting = minutes(text)
    _check_mentions(meeting, extractor()(meeting), headings=False)


@pytest.mark.parametrize("text", ["# Foo\\Bar Baz\n", "#   Live   migration  \n"])
def test_properties_heading_topic_sentence_is_heading_text(text: str) -> None:
    meeting = minutes(text)
    _check_mentions(meeting, extractor()(meeting))


def _graph_data(text: str) -> dict[str, object]:
    meeting = minutes(text)
    results = [(meeting, extractor()(meeting))]
    graph = build_graph(results, Resolver().resolve(results), title="t")
    return dict(nx.node_link_data(graph, edges="edges"))


@SETTINGS
@given(texts)
def test_properties_same_minutes_same_graph(text: str) -> None:
    assert _graph_data(text) == _graph_data(text)
