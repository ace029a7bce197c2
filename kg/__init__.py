"""kg: turn an open-source project's meeting minutes into a knowledge graph of who works on what.

The names below are imported on first use, so that ``kg --help`` or ``import kg.errors`` does
not pay for spaCy and pandas.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

from .errors import KgError

if TYPE_CHECKING:
    from .api import KnowledgeGraph, build, load
    from .lexicon import Lexicon, load_lexicon
    from .resolve import load_people

__all__ = [
    "KgError",
    "KnowledgeGraph",
    "Lexicon",
    "build",
    "load",
    "load_lexicon",
    "load_people",
]

_LAZY = {
    "KnowledgeGraph": "api",
    "build": "api",
    "load": "api",
    "Lexicon": "lexicon",
    "load_lexicon": "lexicon",
    "load_people": "resolve",
}


def __getattr__(name: str) -> Any:
    if name not in _LAZY:
        raise AttributeError(f"module 'kg' has no attribute {name!r}")
    import importlib

    value = getattr(importlib.import_module(f".{_LAZY[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_LAZY])
