"""A title's closing sentence read as the journal's first words: "Graphene-based nano composites
and their applications. | A review. Biosens Bioelectron 141", "Mixing plant species in cropping
systems: concepts, tools and models. | A review. Agronomy for Sustainable Development. 2009".

Titles close on a short sentence of their kind ("A review.", "A systematic review.", "A case
report."), printed after the title's own stop, which the tagger reads as the journal's opening.
Where the container run opens with "A" or "An", its first sentence (eight words at most, with a
word in lower case that no journal's name prints so: "review", "case"; not "An International
Journal") closes on a full stop and a capitalised word goes on with the container, that
sentence is the title's.
"""

from __future__ import annotations

from claimcheck.parse.tokens import Token

_ARTICLES = frozenset({"A", "An"})
_JOINS = frozenset({"and", "of", "for", "the", "in", "on", "with", "to", "a", "an"})


def review_sentence_to_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" not in out:
        return
    start = out.index("container")
    if start < 2 or out[start - 1] != "title" or tokens[start - 1].text not in ".:" \
            or tokens[start].text not in _ARTICLES:
        return
    stop = start + 1
    while stop < len(out) and stop - start <= 9 and out[stop] == "container" \
            and tokens[stop].text != ".":
        stop += 1
    if stop + 1 >= len(out) or tokens[stop].text != "." or out[stop] != "container" \
            or out[stop + 1] != "container" or not tokens[stop + 1].text[:1].isupper():
        return
    words = [t.text for t in tokens[start + 1:stop]]
    if not words or any(not w.replace("-", "").isalpha() for w in words if w != "-") \
            or not any(w.islower() and len(w) >= 4 and w not in _JOINS for w in words):
        return
    out[start:stop + 1] = ["title"] * (stop + 1 - start)
