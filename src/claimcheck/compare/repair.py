"""DOI typo repair: likely intended DOIs for a printed DOI that is not registered.

Only cheap, common slips are generated, so all candidates of a reference list fit in one
batched lookup: a doubled or dropped repeat character, two adjacent characters swapped,
look-alike letters (m/n, rn/m, l/1, o/0), and a leading zero lost from a zero-padded
publisher code (Lippincott's `10.1097/00000542-...` printed `0000542-`). Up to two such
slips are combined. Before the slips come the DOI without a tail run into it (a PubMed ID,
"PMID:", a period or bracket: `trailing_tail`). A candidate is accepted only when its record
matches the printed fields, so a repair never stands on string similarity alone.
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
# What a rendering or a copy glues onto a DOI: punctuation, a PubMed or PMC ID with or without
# its label. PubMed IDs have 1-8 digits; fewer than 6 would cut into too many real DOIs.
_TAIL_MARK = re.compile(r"[^a-z0-9]*(?:pmid|pmcid|pubmed|pmc|pii)\b.*$|[.,;:)\]}>'\"]+$")
PUBMED_DIGITS = range(6, 10)


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


def _without_tail(suffix: str) -> Iterator[str]:
    """The suffix without what may have been run into it, likeliest first."""
    marked = _TAIL_MARK.search(suffix)
    if marked and marked.start() > 0:
        yield suffix[: marked.start()]
    digits = re.search(r"\d+$", suffix)
    run = len(digits.group()) if digits else 0
    for length in PUBMED_DIGITS:
        if length <= run and suffix[:-length].rstrip(".,;:)]"):
            yield suffix[:-length].rstrip(".,;:)]")  # "ppat.1005418.26849049", "ery069)2947"


def trailing_tail(printed: str, registered: str) -> str:
    """What follows the registered DOI in the printed one, when it is a tail that
    `_without_tail` cuts ("" when the printed DOI is not the registered one plus a tail)."""
    printed, registered = printed.lower(), registered.lower()
    prefix, _, suffix = printed.partition("/")
    if not printed.startswith(registered) or printed == registered:
        return ""
    cuts = {f"{prefix}/{s}" for s in _without_tail(suffix)}
    return printed[len(registered) :] if registered in cuts else ""


def repair_candidates(doi: Doi) -> tuple[Doi, ...]:
    """Distinct plausible intended DOIs, at most MAX_PER_DOI, likeliest kinds first: common
    single slips, swapped neighbours, a few pairs of common slips, repeats typed once."""
    prefix, slash, suffix = doi.partition("/")
    if not slash or not suffix:
        return ()
    common = list(_common_slips(suffix))
    pairs = list(islice((two for one in common for two in _common_slips(one)), MAX_PAIRS))
    kinds = [*_without_tail(suffix), *common, *_swaps(suffix), *pairs,
             *_repeats_typed_once(suffix)]
    candidates = (Doi(f"{prefix}/{s}") for s in dict.fromkeys(kinds) if s != suffix)
    return tuple(c for c in candidates if is_valid_doi(c))[:MAX_PER_DOI]
