"""The printed reference string as evidence, beside its parsed fields.

A parser sometimes cuts a field in the wrong place: part of a title read as the journal, a
year taken from inside the title, an author split in two. Before a field difference is
reported, the whole printed string (without its DOI and URLs, which repeat the record's
values) is asked whether it contains the record's value as printed words. If it does, the
reference was printed right and only the parse differs: no finding.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.compare.titles import fold_title
from claimcheck.model import Reference
from claimcheck.text import DOI_PATTERN, clean_markup

_DOI_TEXT = re.compile(r"(?i)\b(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?" + DOI_PATTERN.pattern)
_URL_TEXT = re.compile(r"(?i)\b(?:available\s+(?:online\s+)?at:?\s*)?<?https?://\S+")
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")


def printed_text(reference: Reference) -> str:
    """The printed reference without its DOI or URLs, markup removed, on one line."""
    return _without_links(reference.raw)


def _without_links(raw: str) -> str:
    text = _URL_TEXT.sub(" ", _DOI_TEXT.sub(" ", clean_markup(raw)))
    return re.sub(r"\s+", " ", text).strip()


@lru_cache(maxsize=65536)
def _folded(raw: str) -> str:
    return f" {fold_title(_without_links(raw))} "


def in_print(reference: Reference, phrase: str) -> bool:
    """Whether `phrase` occurs, as whole folded words, in the printed reference."""
    words = fold_title(phrase)
    return bool(words) and f" {words} " in _folded(reference.raw)


def printed_years(reference: Reference) -> frozenset[str]:
    """Distinct four-digit years in the printed reference (DOI and URLs excluded)."""
    return frozenset(_YEAR.findall(printed_text(reference)))
