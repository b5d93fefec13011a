"""The printed reference string as evidence, beside its parsed fields.

A parser sometimes cuts a field in the wrong place: part of a title read as the journal, a
year taken from inside the title, an author split in two. Before a field difference is
reported, the whole printed string (without its DOI and URLs, which repeat the record's
values) is asked whether it contains the record's value as printed words. If it does, the
reference was printed right and only the parse differs: no finding. A title printed with a
slip is found the same way, as the run of printed words closest to the record's title
(`title_in_print`): a parse that cut the title elsewhere does not hide the slip.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz import fuzz

from claimcheck.compare.titles import display_words, fold_title, similarity
from claimcheck.model import Reference
from claimcheck.text import DOI_PATTERN, clean_markup

_DOI_TEXT = re.compile(r"(?i)\b(?:doi\s*:?\s*|https?://(?:dx\.)?doi\.org/)?" + DOI_PATTERN.pattern)
_URL_TEXT = re.compile(r"(?i)\b(?:available\s+(?:online\s+)?at:?\s*)?<?https?://\S+")
# A year standing alone, or glued to the word before it by a rendering ("Diabetes Care2006").
_YEAR = re.compile(r"(?:\b|(?<=[a-z]))(1[89]\d\d|20\d\d)\b")
_WORD = re.compile(r"[^\W_]+")
# A printed run of words at least this similar to the record's title is that title.
TITLE_IN_PRINT = 0.9
_TITLE_IN_PRINT_CHARS = 20  # shorter titles occur by chance: only an exact print counts


def printed_text(reference: Reference) -> str:
    """The printed reference without its DOI or URLs, markup removed, on one line."""
    return _without_links(reference.raw)


@lru_cache(maxsize=65536)  # asked of each reference by several checks
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


_DASH = re.compile(r"\s*[-\u2010-\u2015\u2212]\s*")
# A thin or other space grouping a number's thousands ("9 415"), as some typesetting prints.
_DIGIT_GAP = re.compile(r"(?<=\d)[ \u2009\u202f\u00a0](?=\d{3}(?!\d))")


def _numbers(text: str) -> str:
    return _DIGIT_GAP.sub("", _DASH.sub("-", text))


def pages_in_print(reference: Reference, pages: str) -> bool:
    """Whether the record's pages (a range or an article number of four characters or
    more: shorter ones print by chance) stand whole in the printed reference, whatever the
    dash, and with a space grouping thousands ("9 415–9429") or letters ("2014GL062444")."""
    wanted = _numbers(pages.strip())
    if len(wanted) < 4 or not any(c.isdigit() for c in wanted):
        return False
    text = _numbers(printed_text(reference))
    return re.search(rf"(?<!\w){re.escape(wanted)}(?!\w)", text) is not None


def printed_years(reference: Reference) -> frozenset[str]:
    """Distinct four-digit years in the printed reference (DOI and URLs excluded)."""
    return frozenset(_YEAR.findall(printed_text(reference)))


@lru_cache(maxsize=4096)
def _words(raw: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, folded) of each printed word, DOI and URLs left out."""
    text = _without_links(raw)
    spans = ((m.start(), m.end(), fold_title(m.group())) for m in _WORD.finditer(text))
    return tuple(span for span in spans if span[2])


@lru_cache(maxsize=65536)
def _closest_run(raw: str, title: str) -> tuple[str, float]:
    target = fold_title(title)
    size = len(display_words(title))
    if len(target) < _TITLE_IN_PRINT_CHARS:
        return "", 0.0
    # A quick bound first: most candidates' titles are nowhere near the printed string.
    if fuzz.partial_ratio(target, _folded(raw)) < 100 * TITLE_IN_PRINT - 5:
        return "", 0.0
    words = _words(raw)
    best, where = 0.0, (0, 0)
    for length in (size - 1, size, size + 1):
        for i in range(max(len(words) - length + 1, 0) if length > 0 else 0):
            run = " ".join(w[2] for w in words[i:i + length])
            score = similarity(run, target)
            if score > best:
                best, where = score, (i, i + length)
    if best < TITLE_IN_PRINT:
        return "", best
    text = _without_links(raw)
    return text[words[where[0]][0]:words[where[1] - 1][1]], best


def title_in_print(reference: Reference, title: str) -> tuple[str, float]:
    """The printed words closest to `title` (as printed) and their similarity to it, when
    the printed string holds the title whole up to a slip or two ("Phyical activity" for
    "Physical activity"), wherever the parse put those words; else ("", similarity)."""
    return _closest_run(reference.raw, title)
