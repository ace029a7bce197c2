"""kg: turn an open-source project's meeting minutes into a knowledge graph of who works on what."""

from __future__ import annotations

__version__ = "0.1.0"

from .api import KnowledgeGraph, build
from .errors import KgError
from .lexicon import Lexicon, load_lexicon
from .resolve import load_people

__all__ = ["KgError", "KnowledgeGraph", "Lexicon", "build", "load_lexicon", "load_people"]
