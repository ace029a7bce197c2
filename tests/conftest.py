"""Shared fixtures: the seed minutes, the bhyve lexicon, the shared corpora (when present)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEED = ROOT / "data" / "minutes" / "bhyve-2019-05-23.md"
LEXICON = ROOT / "data" / "lexicons" / "bhyve.toml"
DATA = Path(__file__).resolve().parent / "data"
CORPORA = ROOT.parent / "shared" / "corpora"
# the seed's attendee list, in its order
SEED_ATTENDEES = [
    "Michael Dexter",
    "Rod Grimes",
    "Matthew Grooms",
    "Scott Phillips",
    "Darius Mihai",
    "Elena Mihailescu",
    "Patrick Mooney",
    "Chuck Tuffli",
    "Sergiu Weisz",
    "John Baldwin",
]


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden/ from this run"
    )


@pytest.fixture(scope="session")
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


@pytest.fixture(scope="session")
def seed_kg():  # type: ignore[no-untyped-def]
    import kg

    return kg.build([SEED], lexicon=LEXICON, cache=False)


@pytest.fixture(scope="session")
def seed_bare():  # type: ignore[no-untyped-def]
    """The seed built with no lexicon at all."""
    import kg

    return kg.build([SEED], cache=False)


@pytest.fixture(scope="session")
def nlp():  # type: ignore[no-untyped-def]
    from kg.nlp import make_nlp

    return make_nlp()


def corpus(name: str) -> Path:
    path = CORPORA / name
    if not path.is_dir():
        pytest.skip(f"{path} is absent: the shared test corpora are not beside this checkout")
    return path
