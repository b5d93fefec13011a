"""Which parsed fields the tagger was unsure of, from its per-token marginal probabilities.

The CRF gives, for every token, the probability of the field it chose (the marginal over all
labellings, summed over the labels read as that field: "B-title" and "title", "journal" and
"container"). A field whose tokens the tagger labelled with little confidence is "doubtful":
the comparison stage then reports a difference in that field as information, not as an error
of the print (see compare/doubt.py). Tokens whose label a rule changed (repair, patterns) are
not judged by the tagger's confidence.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from claimcheck.parse.tagger import _MERGED, tag_many
from claimcheck.parse.tokens import Token

# Field of the Reference that each label fills.
_FIELD_OF = {
    "author": "authors",
    "editor": "editors",
    "title": "title",
    "container": "container",
    "date": "year",
    "volume": "volume",
    "issue": "issue",
    "pages": "pages",
    "publisher": "publisher",
}
# A field is doubtful when the tagger's least sure token of it is below this probability.
DOUBT_BELOW = 0.5


def tags_with_confidence(
    strings: Sequence[tuple[Token, ...]], model: Path, numpy: bool | None = None
) -> list[tuple[tuple[str, ...], tuple[float, ...]]]:
    """Per string's tokens, the tagger's labels (as `tagger.tag` gives them) and the marginal
    probability of each chosen label's field, from one pass of the model over all the strings.
    Only a label that fills a field can make it doubtful, which `doubtful_fields` tests (the
    others' figures are passed on as they are: no pass over every token here). Only whether a
    figure is below DOUBT_BELOW counts, so a figure at or above it may be a lower bound
    (`tag_many`'s `floor`)."""
    return [(tuple(map(_MERGED.get, chosen, chosen)), marginals)
            for chosen, marginals in tag_many(strings, model, numpy, floor=DOUBT_BELOW)]


def doubtful_fields(
    tagged: tuple[str, ...], final: tuple[str, ...], confidence: tuple[float, ...]
) -> tuple[str, ...]:
    """Fields with a token the tagger labelled (and no rule relabelled) below DOUBT_BELOW; a
    token whose label fills no field (`_FIELD_OF`) makes none doubtful, whatever its figure."""
    if min(confidence, default=1.0) >= DOUBT_BELOW:  # most strings: no token below (one C loop)
        return ()
    doubtful: dict[str, None] = {}
    for mine, kept, sure in zip(tagged, final, confidence, strict=False):
        if sure < DOUBT_BELOW and mine == kept:  # (the rare test first)
            field = _FIELD_OF.get(kept)
            if field:
                doubtful[field] = None
    return tuple(doubtful)
