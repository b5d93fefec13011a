"""DOI typo repair: likely intended DOIs for a printed DOI that is not registered.

Only cheap, common slips are generated, so all candidates of a reference list fit in one
batched lookup: a doubled or dropped repeat character, two adjacent characters swapped,
look-alike letters (m/n, rn/m, l/1, o/0), and a leading zero lost from a zero-padded
publisher code (Lippincott's `10.1097/00000542-...` printed `0000542-`). Up to two such
slips are combined. A candidate is accepted only when its record matches the printed
fields, so a repair never stands on string similarity alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

from claimcheck.model import Doi
from claimcheck.text import is_valid_doi

# Look-alike pairs in print and OCR (and on keyboards: m/n are neighbours).
_CONFUSABLE = (
    ("m", "n"),
    ("rn", "m"),
    ("l", "1"),
    ("i", "l"),
    ("o", "0"),
    ("s", "5"),
    ("b", "6"),
    ("g", "9"),
    ("cl", "d"),
    ("vv", "w"),
)
# Guesses are probed in batches (Resolver.probe); few per DOI keeps those batches small.
MAX_PER_DOI = 40
MAX_PAIRS = 8


def _common_slips(suffix: str) -> Iterator[str]:
    """The likeliest slips, few per DOI: lost zeros, look-alikes, a doubled character."""
    # A zero lost from (or added to) a zero-padded numeric code such as "00000542".
    for match in re.finditer(r"(?<![0-9])0+(?=[1-9])", suffix):
        yield suffix[: match.start()] + "0" + suffix[match.start() :]
        yield suffix[: match.start()] + suffix[match.start() + 1 :]
    for a, b in _CONFUSABLE:
        for x, y in ((a, b), (b, a)):
            for match in re.finditer(re.escape(x), suffix):
                if _fits(suffix, match.start(), match.end(), y):
                    yield suffix[: match.start()] + y + suffix[match.end() :]
    for i in range(1, len(suffix)):
        if suffix[i] == suffix[i - 1]:  # a character typed twice
            yield suffix[:i] + suffix[i + 1 :]


def _fits(text: str, start: int, end: int, replacement: str) -> bool:
    """A look-alike replacement keeps the kind of its neighbours: "1" in "l99" is not an l."""
    neighbours = text[start - 1 : start] + text[end : end + 1]
    digit = replacement[0].isdigit()
    return any(char.isdigit() == digit and char.isalnum() for char in neighbours)


def _swaps(suffix: str) -> Iterator[str]:
    """Two neighbours swapped (one candidate per position)."""
    for i in range(len(suffix) - 1):
        if suffix[i] != suffix[i + 1]:
            yield suffix[:i] + suffix[i + 1] + suffix[i] + suffix[i + 2 :]


def _repeats_typed_once(suffix: str) -> Iterator[str]:
    """A doubled character typed once (one candidate per position)."""
    for i, char in enumerate(suffix):
        if char.isalnum():
            yield suffix[: i + 1] + char + suffix[i + 1 :]


def repair_candidates(doi: Doi) -> tuple[Doi, ...]:
    """Distinct plausible intended DOIs, at most MAX_PER_DOI, likeliest kinds first: common
    single slips, swapped neighbours, a few pairs of common slips, repeats typed once."""
    prefix, slash, suffix = doi.partition("/")
    if not slash or not suffix:
        return ()
    common = list(_common_slips(suffix))
    pairs = list(islice((two for one in common for two in _common_slips(one)), MAX_PAIRS))
    kinds = [*common, *_swaps(suffix), *pairs, *_repeats_typed_once(suffix)]
    candidates = (Doi(f"{prefix}/{s}") for s in dict.fromkeys(kinds) if s != suffix)
    return tuple(c for c in candidates if is_valid_doi(c))[:MAX_PER_DOI]
