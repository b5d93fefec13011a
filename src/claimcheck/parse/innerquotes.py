"""A phrase quoted inside an unquoted title, where the tagger ends the title at the phrase's
closing quote: "Biosensors for Monitoring “Noncommunicable Disease” | Biomarkers. Biosens.
Bioelectron. 130", "Citation analysis “as a” | tool in journal evaluation, in Science".

Styles that print titles plain (Chicago's and MHRA's books, the German notes, most author-
date styles) keep the title's own quotation marks, and humanities titles quote often ("The
‘Warming Hole’", "Zur Geschichte des „Reichsgedankens“ im Mittelalter"). The tagger, taught
mostly on styles that close a quoted title with its quote, ends the title there. When the
title run does not open with a quote, holds an opening quote after its first words, and
ends at the matching closing quote with a word straight after it (no comma, stop, colon or
bracket: a title's quote closes its field with one of them), the words after it up to the
next mark are the title's too, unless one of them is a cue ("in", "pp.", "vol.": another
field begins).

One of `repair`'s rules, after the title's boundary rules.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.quoted import CUES, QUOTES
from claimcheck.parse.tokens import LEXICON, Token

_MARKS = frozenset(",.:;([")
_NUMBER_CUES = frozenset({"vol", "vols", "volume", "no", "nr", "pp", "bd", "t", "tome", "heft"})


def title_through_inner_quotes(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0:
        return
    if tokens[start].text in QUOTES or end >= len(out) or end - start < 4:
        return
    closing = end - 1 if tokens[end - 1].text in "”’»“‘\"'" else -1
    if closing < 0 or not _opened_inside(tokens, start, closing):
        return
    if tokens[end].text[:1].isalpha() and tokens[end].start > tokens[closing].end:
        stop = end
        while stop < len(out) and tokens[stop].text not in _MARKS:
            if LEXICON.get(tokens[stop].text.lower()) in CUES or out[stop] in ("date",
                                                                                 "volume"):
                return  # another field begins: "“...” in Science"
            stop += 1
        if _numbers_follow(tokens, out, stop):
            return  # "“resilience” Global Environmental Change, vol. 23": the journal
        for i in range(end, stop):
            out[i] = "title"


def _numbers_follow(tokens: tuple[Token, ...], out: list[str], stop: int) -> bool:
    """A volume, its cue or a year straight after the run's closing mark: the run
    after the quote was a journal's name, not the title's end."""
    after = stop + 1
    return after < len(out) and tokens[stop].text in ",(;:" and (
        tokens[after].text[:1].isdigit() or tokens[after].text.lower() in _NUMBER_CUES)


def _opened_inside(tokens: tuple[Token, ...], start: int, closing: int) -> bool:
    """The quote closing at `closing` was opened after the title's first two words, with
    no other quote between."""
    for i in range(closing - 1, start + 1, -1):
        text = tokens[i].text
        if text in QUOTES:
            return closing in range(i + 2, i + 12) and tokens[closing].text in QUOTES[text]
        if text in "”’»":
            return False
    return False
