"""The chapter's cue "in" left at the title's end, before the journal or book the tagger did
read: "... an Arabidopsis autophagy gene in: | Plant Physiol. 129", "..., in | The Health
Professional's Guide", and with the journal's first word ("..., in Ind. | J. Pharm.", "...,
în Tob. | Control", Romanian).

The cue is no title word when a colon follows it or a comma comes before it: a title that
closes on the word "in" has its own stop after it ("... goes in. Econ. J."), and one that holds
"in:" goes on after the colon ("Log in: Passwords ..."). The journal's first word goes with the
cue when it has the form `journalword` reads (a capitalised word cut with its stop, or a state's
cut name before "J.") before a capitalised word; `clean_container` drops the cue.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.journalword import cut_word_opens_journal
from claimcheck.parse.tokens import LEXICON, Token

_MIN_TITLE = 3  # tokens the title keeps


def in_cue_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or end + 1 >= len(tokens) or out[end] != "container":
        return
    cue = _cue_before(tokens, end)
    if cue < 0 and cut_word_opens_journal(tokens, out, end, state=True, cued=True):
        cue = _cue_before(tokens, end - 2)  # "in Ind. | J. Pharm." (no place before a state)
    if cue - start < _MIN_TITLE:
        return
    colon = tokens[cue + 1].text == ":"
    if colon or tokens[cue - 1].text == ",":
        for i in range(cue, end):
            out[i] = "container"


def _cue_before(tokens: tuple[Token, ...], end: int) -> int:
    """The index of the cue word that closes the tokens before `end`, with a colon after it
    or not (-1 when none does)."""
    i = end - 2 if tokens[end - 1].text == ":" else end - 1
    word = tokens[i].text
    return i if i > 0 and (LEXICON.get(word.lower()) == "in" or word == "în") else -1
