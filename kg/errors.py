"""The errors kg raises. Messages say what went wrong, where, and what to do."""

from __future__ import annotations


class KgError(Exception):
    """Base of every error kg raises on purpose; the CLI shows its message as one line."""


class InputError(KgError):
    """A path to read does not exist, or nothing in it could be read."""


class ConfigError(KgError):
    """A lexicon or people file is malformed."""


class OutputError(KgError):
    """An output cannot be written."""


class LookupMiss(KgError):
    """A name asked about is not in the graph; ``suggestions`` holds the closest matches."""

    def __init__(self, message: str, suggestions: list[str] | None = None) -> None:
        super().__init__(message)
        self.suggestions = suggestions or []
