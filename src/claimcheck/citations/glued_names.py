"""Which digits glued to a word belong to a name (`a_name`: "x2", "T4", "atg7"), and which
of those refused as a callout first-citation order may still read where it says a number
must first appear (`fillable`: "TGF-α24", "AC25", "CLUSTAL X33."; `sequence.gaps_filled`).
Read by `superscripts.py`.
"""

from __future__ import annotations

import re

from claimcheck.citations import glued_words as words
from claimcheck.citations.listed_names import LIST_NUMBER
from claimcheck.citations.never_glued import never
from claimcheck.citations.word_callouts import MARK_AFTER

_WORD_BEFORE = re.compile(r"[\w\-]*$")
_PART_OF = re.compile(r"(?:(?<![\w\-])[A-Z]{2,}[ \u00a0]|[A-Za-z]\d{1,2}\.)$")


def fillable(body: str, span: tuple[int, int], evidence: words.Evidence) -> bool:
    """Digits glued to a word that the sequence alone may still believe ("TGF-α24", "AC25",
    "CLUSTAL X33"): none that `never` refuses, nor a unit's ("5 mm2", "400 m62"), nor a name
    ending in digits or printed with them three times ("atg7")."""
    before = body[max(0, span[0] - 24) : span[0]]
    if never(body, span, before) or words.UNIT.search(before[-6:]):
        return False
    word = word_before(before)
    stem = word.rsplit("-", 1)[-1]
    if (len(stem) == 1 and "-" in word and not stem.isascii()) or (
            word == stem and before.endswith("°" + stem)):
        return True  # a Greek letter after a hyphen or a degree's unit: "TGF-α24", "16 °C18"
    if len(stem) == 1 and stem.isalpha():
        # a one-letter name before a mark and printed only here ("CLUSTAL X33.", "P7.p28.";
        # not "H12 histone", nor "B12" printed twice); never a lone digit ("T4", `sequence._fit`)
        # and only as a part of a longer name: after a name in capitals ("CLUSTAL X") or
        # a cell's point ("P7.p"); not after a word or a preposition ("vitamin B12.", "coli
        # K12.", "at P13.", "stage T1,")
        return MARK_AFTER.match(body, span[1]) is not None and evidence.tokens[
            stem + LIST_NUMBER.findall(body, *span)[0]] <= 1 and _PART_OF.search(
            before[: -len(stem)]) is not None
    return not stem or not a_name(stem, evidence)


def a_name(stem: str, evidence: words.Evidence) -> bool:
    """Whether digits glued to `stem` belong to a name: a one-letter one ("x2", "T4",
    "B12"), one ending in a digit, a variable ("lic_casa1"), or a name the article prints
    with a 0 ("corp0") or with the same digits three times or more ("atg7")."""
    return (len(stem) == 1 or not stem[-1].isalpha() or "_" in stem or stem in evidence.zero
            or stem in evidence.repeated)


def word_before(before: str) -> str:
    """The word, hyphens kept, that ends `before` ("" after punctuation or a space)."""
    found = _WORD_BEFORE.search(before)
    assert found is not None  # the pattern matches the empty word at the end too
    return found.group()
