"""A title never ends inside a bracket it opened.

"... hormones in rice (Oryza sativa L. Genet. Mol. Res., 11" (the bracket left open, as a
record or a PDF's text may print it): the tagger ends the title at the bracket and reads the
species into the journal ("Oryza sativa L. Genet. Mol. Res."). A title run whose last token
is an opening bracket, with the container run straight after it, takes the container's words
up to the bracket's close, or else up to the first stop, when they are two to five words
that open with a capitalised name and a lower-case one (a species: "Oryza sativa L.",
"Triticum aestivum L.") and words of the container are left after them.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_MOST_WORDS = 5


def title_through_its_bracket(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or tokens[end - 1].text != "(" or out[end] != "container":
        return
    close = next((k for k in range(end, min(len(out), end + 2 * _MOST_WORDS))
                  if tokens[k].text in (")", ".") and out[k] == "container"), -1)
    if close < 0:
        return
    words = [t.text for t in tokens[end:close] if t.text[:1].isalpha()]
    rest = [k for k in range(close + 1, len(out))
            if out[k] == "container" and tokens[k].text[:1].isalpha()]
    if 2 <= len(words) <= _MOST_WORDS and words[0][:1].isupper() and words[1].islower() \
            and rest and rest[0] == _next_word(tokens, close):
        for k in range(end, close + 1):
            out[k] = "title"


def _next_word(tokens: tuple[Token, ...], i: int) -> int:
    return next((k for k in range(i + 1, len(tokens)) if tokens[k].text[:1].isalpha()), -1)
