"""Resolution: one node per person, never merged on weak evidence."""

from __future__ import annotations

from pathlib import Path

import pytest

import kg
from kg.errors import ConfigError
from kg.resolve import load_people


def _people(tmp_path: Path, files: dict[str, str]) -> set[str]:
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    return set(kg.build([tmp_path], cache=False).people()["label"])


def test_resolve_first_names_against_the_meeting_roster(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {"2019-06-06.md": "# Attendees\n\n- John Baldwin\n\n## NVMe\n\n**John:** reviewed it.\n"},
    )
    assert people == {"John Baldwin"}


def test_resolve_shared_word_is_not_enough(tmp_path: Path) -> None:
    text = "# Attendees\n\n- Darius Mihai\n\n## Save\n\n**Darius** talked to **Mihai**.\n"
    assert _people(tmp_path, {"2019-05-23.md": text}) == {"Darius Mihai", "Mihai"}


def test_resolve_across_meetings_then_flags_ambiguity(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2019-05-01.md": "# Attendees\n\n- Mihai Carabas\n",
            "2019-05-23.md": "# Attendees\n\n- Darius Mihai\n\n**Darius** talked to **Mihai**.\n",
            "2019-06-01.md": "Present: Scott Long, Scott Phillips\n\nScott: hello\n",
        },
    )
    assert "Mihai Carabas" in people and "Mihai" not in people
    assert "Scott (unresolved)" in people


def test_resolve_near_spellings_merge(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {"2019-01-01.md": "Present: Scott Phillips\n", "2019-02-01.md": "Present: Scott Philips\n"},
    )
    assert people == {"Scott Phillips"}  # equally often: the longer spelling is the label


def test_resolve_letters_without_marks_fold(tmp_path: Path) -> None:
    files = {
        "2021-06-25.md": "# Call\n\nAttendees: Łukasz Rozmej, Tobias Nießen\n",
        "2021-07-09.md": "# Call\n\nAttendees: Lukasz Rozmej, Tobias Niessen\n",
    }
    assert len(_people(tmp_path, files)) == 2


def test_resolve_handles_from_attendee_lines(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-01-01.md": "## Present\n\n* Rod Vagg @rvagg (TSC)\n\n## Notes\n\n@rvagg will look at it.\n"
        },
    )
    assert people == {"Rod Vagg"}


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("[[person]]\naliases = ['x']\n", "person #1 needs a string 'name'"),
        ("[[person]]\nname = 'A'\naliases = 'x'\n", "'aliases' must be a list of strings"),
        ("not toml [", "not valid TOML"),
    ],
)
def test_resolve_bad_people_file(tmp_path: Path, text: str, message: str) -> None:
    path = tmp_path / "people.toml"
    path.write_text(text)
    with pytest.raises(ConfigError, match=message):
        load_people(path)


def test_a_login_of_a_given_name_and_digits_is_that_one_person(tmp_path: Path) -> None:
    people = _people(
        tmp_path,
        {
            "2020-03-05.md": "# Lang team\n\nAttendees: Niko Matsakis, Josh Triplett\n\n"
            "- Niko to reach out to Aaron Hill about experimenting with the lint.\n",
            "2020-06-11.md": "# Lang team\n\nAttendees: Niko Matsakis, Josh Triplett\n\n"
            "## FCP\n\n- [x] @Aaron1011\n- [x] @joshtriplett\n",
        },
    )
    assert "Aaron Hill" in people
    assert "Aaron1011" not in people
