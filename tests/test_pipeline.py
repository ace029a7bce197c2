"""A corpus, not a file: the cache, people files, dates and what changed since the last build."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner
from conftest import SEED

import kg
from kg.cli import main

MEETING = """# Attendees

- Ann Lee
- Bob Marsh

## NVMe

**Ann:** Working on NVMe namespaces; see D{n}.
"""


def _corpus(folder: Path, n: int) -> None:
    for i in range(n):
        (folder / f"2020-01-{i + 1:02d}.md").write_text(MEETING.format(n=10000 + i))


def test_pipeline_cache_rereads_only_what_changed(tmp_path: Path) -> None:
    minutes = tmp_path / "minutes"
    minutes.mkdir()
    _corpus(minutes, 12)
    cache = tmp_path / "cache"
    first = kg.build([minutes], cache=cache)
    assert (first.report.parsed, first.report.from_cache) == (12, 0)
    (minutes / "2020-01-05.md").write_text(MEETING.format(n=99999))
    second = kg.build([minutes], cache=cache)
    assert (second.report.parsed, second.report.from_cache) == (1, 11)
    assert "reference:D99999" in second.graph and "reference:D10004" not in second.graph


def test_pipeline_since_until_and_time_on_edges(tmp_path: Path) -> None:
    minutes = tmp_path / "m"
    minutes.mkdir()
    _corpus(minutes, 5)
    K = kg.build([minutes], cache=False, since="2020-01-02", until="2020-01-04")
    assert K.report.meetings == 3
    edge = K.graph.edges["person:ann-lee", "topic:nvme"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2020-01-02", "2020-01-04")
    assert edge["per_meeting"] == {"2020-01-02": 1, "2020-01-03": 1, "2020-01-04": 1}
    assert K.graph.nodes["person:ann-lee"]["attended"] == 3


def test_pipeline_people_file_maps_handles(tmp_path: Path) -> None:
    minutes = tmp_path / "m"
    minutes.mkdir()
    (minutes / "2020-02-01.md").write_text("Attendees: kib, markj\n\nkib: fixed the vmm bug.\n")
    (minutes / "people.toml").write_text(
        '[[person]]\nname = "Konstantin Belousov"\naliases = ["kib", "kib@"]\n'
    )
    K = kg.build([minutes], cache=False)
    people = set(K.people()["label"])
    assert "Konstantin Belousov" in people and "kib" not in people
    assert K.graph.nodes["person:konstantin-belousov"]["attended"] == 1


def test_pipeline_unresolved_short_names_are_flagged(tmp_path: Path) -> None:
    (tmp_path / "2020-03-01.md").write_text(
        "Attendees: Michael Dexter, Michael Dawson\n\nMichael: we should ship NVMe.\n"
    )
    K = kg.build([tmp_path], cache=False)
    frame = K.people()
    flagged = frame[frame["unresolved"] == True]  # noqa: E712
    assert flagged["label"].tolist() == ["Michael (unresolved)"]
    result = CliRunner().invoke(
        main, ["people", "--unresolved", "--from", str(tmp_path), "--no-cache"]
    )
    assert "Michael (unresolved)" in result.output
    assert "Michael Dawson; Michael Dexter" in result.output  # who it may be
    # the name is no one: not a row of `kg people`, not an answer of `kg who`
    result = CliRunner().invoke(main, ["people", "--from", str(tmp_path), "--no-cache"])
    assert "Michael Dawson" in result.output and "unresolved" not in result.output
    assert K.who_works_on("NVMe").empty


def test_pipeline_build_reports_changes_since_last_build(tmp_path: Path) -> None:
    minutes = tmp_path / "m"
    minutes.mkdir()
    (minutes / "bhyve-2019-05-23.md").write_bytes(SEED.read_bytes())
    out = tmp_path / "out"
    runner = CliRunner()
    assert (
        runner.invoke(main, ["build", str(minutes), "--out", str(out), "--no-html"]).exit_code == 0
    )
    (minutes / "2019-06-06.md").write_text(
        "# Attendees\n\n- Zed Quill\n\n## TPM\n\n**Zed:** vTPM support.\n"
    )
    result = runner.invoke(main, ["build", str(minutes), "--out", str(out), "--no-html"])
    assert result.exit_code == 0, result.output
    assert "new people since the last build: Zed Quill" in result.output
    assert "(1 read, 1 from cache)" in result.output
