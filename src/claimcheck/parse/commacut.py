"""A journal's name printed with commas between its cut words, its first words left at the
title's end: "... in mice. Iran, | J. Radiat, Res,, 4, 161", "... roots. Ind, | J Chem, 37B",
"... a survey. Annu., | Rev, Cell. Biol,, 33", "..., an overview, Curr, | Opin, Plan Biol,.
2015" (an abbreviating tool that put commas where ISO 4 puts stops, and the old Vancouver
habit of "Oral Surg, Oral Med, Oral Pathol").

The tagger reads a capitalised word with a comma after it as the title's last, since titles
close on a place or a name so ("... in Syria, | Genet Resour"). The journal after it says
otherwise when it prints its own words with commas between them ("J. Radiat, Res",
"Opin, Plan Biol"), or opens with "J" (Journal's cut) right after the comma ("Ind, J Chem"):
the word, one word set off from the title by the title's stop or comma (its own cut's stop
after it at most: "Annu.,"), is the journal's first. After a stop, "Ind, J" alone is
enough, a title's sentence closing on a capitalised word and a comma being none; after the
title's comma, where a list's last item stands ("... heat, cold, Nature"), the word must be
cut as a journal's is (short, no vowel at its end: "Curr", "Evol") and the journal print its
commas. Up to three such words are taken back ("... species. Evol, Bioinform, | Online").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.imprints import COUNTRY, PLACE
from claimcheck.parse.tokens import LEXICON, Token

_WORD = re.compile(r"[A-Z][A-Za-z]{1,8}")  # a cut word: "Ind", "Curr", "Biochem", "Egypt"
_NUMERAL = re.compile(r"[IVXLC]+")
_CUES = frozenset({"editor", "volume", "issue", "pages", "in", "and", "etal", "thesis",
                   "report", "web", "doi"})


def comma_cut_journal(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or out[end] != "container":
        return
    commas = _inner_commas(tokens, out, end)
    j_first = tokens[end].text == "J"
    if not commas and not j_first:
        return
    for _ in range(3):
        piece = _last_piece(tokens, start, end)
        if piece < 0:
            return
        after_stop = tokens[piece - 1].text == "."
        if after_stop and _initial(tokens[piece - 2].text):
            return  # a name's initial ("R.V. Daniels,"), not the title's stop
        word = tokens[piece].text
        if _NUMERAL.fullmatch(word):
            return  # a part's numeral: "... chemistry. XII, J. Chem. Soc., Perkin Trans."
        if not after_stop and not (commas and _cut(word)):
            return
        if after_stop and not commas and (len(word) > 5 or word[-1] in "aeiouy"):
            return  # "J" alone, after a word printed whole: "... patients. Reply, J Clin"
        out[piece:end] = ["container"] * (end - piece)
        end = piece
        if after_stop:
            return


def _cut(word: str) -> bool:
    """A journal's word as ISO 4 cuts it, short and not ending on a vowel ("Curr", "Evol");
    not a word printed whole ("Drought", "Nature") nor a place ("..., Centre, Paris, |
    France, Architectural review")."""
    return len(word) <= 5 and word[-1] not in "aeiouy" and not PLACE.fullmatch(word) \
        and not COUNTRY.fullmatch(word)


def _initial(word: str) -> bool:
    return len(word) == 1 and word.isupper()


def _last_piece(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """Where the title's last piece "Word ," (or "Word . ,") starts, when one word alone,
    set off by a stop or a comma before it, makes it; else -1."""
    if end - start < 5 or tokens[end - 1].text != ",":
        return -1
    word = end - 2
    if tokens[word].text == "." and tokens[word].start == tokens[word - 1].end:
        word -= 1  # its own cut's stop: "Annu.,"
    text = tokens[word].text
    if word - 1 <= start or not _WORD.fullmatch(text) or LEXICON.get(text.lower()) in _CUES:
        return -1
    return word if tokens[word - 1].text in (".", ",") else -1


def _inner_commas(tokens: tuple[Token, ...], out: list[str], first: int) -> bool:
    """Whether the container run prints a comma between two of its words, the one after it
    capitalised ("J. Radiat, Res", "Opin, Plan Biol"), before any number."""
    i = first + 1
    while i + 1 < len(out) and out[i + 1] == "container":
        before, after = tokens[i - 1].text, tokens[i + 1].text
        if tokens[i].text == "," and (before[:1].isalpha() or before == ".") \
                and after[:1].isupper() and after[:1].isalpha():
            return True
        i += 1
    return False
