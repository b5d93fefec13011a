"""Parsing printed reference strings into `Reference` values.

A linear-chain CRF (`tagger`) labels the tokens of the cleaned string; `repair` corrects its
labels where print gives a surer cue (emphasis, quotes, brackets, "In ..."); `assemble` turns
the labelled runs into field text and `fieldnumbers` tidies their numbers; `patterns`
supplies what a pattern finds more reliably (label, DOI, URL, notes, year), `weblinks` the
DOI and address as printed, and `chapter` the editors and book of a chapter; `names` splits
the author list; `keys` assigns citation keys.

The package imports nothing at start: `parser` (and with it every rule module and its
patterns) is imported when one of its names is first asked for. A command whose entries were
all parsed before (`pipeline/parsed.py`) and that only needs `runon` for the comparison then
does not compile the rule modules' ~100 patterns.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # for mypy: the names `__getattr__` gives
    from claimcheck.parse.parser import _clean as _clean
    from claimcheck.parse.parser import (
        parse_entries,
        parse_entries_with,
        parse_entry,
        parse_entry_with,
        parse_string,
    )

__all__ = ["parse_entries", "parse_entries_with", "parse_entry", "parse_entry_with",
           "parse_string"]


_FROM_PARSER = frozenset([*__all__, "_clean"])  # the last for the tests


def __getattr__(name: str) -> object:
    """A name of `parser`, imported on first use and kept; anything else (a submodule not yet
    imported) is not here, so that `from claimcheck.parse import patterns` imports it."""
    if name not in _FROM_PARSER:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module("claimcheck.parse.parser"), name)
    globals()[name] = value
    return value
