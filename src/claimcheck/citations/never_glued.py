"""Digits glued to a word or a mark that are never a superscript callout, whatever the
first-citation order says: after a page label ("p.13"), an initial ("J.1"), a figure's,
table's or equation's label ("Table1", "Fig.2"), a formula's group ("Pd2(dba)3") or inside a
formula or a statistic (`notation.is_math`), or inside a DOI or an address
("10.5061/dryad.12", "example.org/v2.3"), not after its end ("dryad.8w9ghx3mz.16 Single",
"clinicaltrials.gov,10 as"). Read by `superscripts.py`, `named_digits.py` and
`after_marks.py`.
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH_CHARS, is_math

_INITIAL = re.compile(r"[\s(][A-Z]\.$")  # "J.1": an initial, not a sentence end
# a page label stands after a space or a bracket ("p.13", "(pp. 4"), not in "P7.p.28 The"
_PAGE = re.compile(r"(?:^|[\s(\[,;])p{1,2}\.[ \u00a0]?$")
# "Table1", "Fig.2", "Eq.3": a label whose space the text layer lost, never a callout. Only a
# capitalised singular label ("Table1", "Eq3") or an abbreviation with its full stop ("Fig.2",
# "eq.3"): a common noun in running text carries a real superscript ("Maxwell's equations6",
# "in two steps7", "the Schrödinger equation8"), and "in the table.40 Cells" ends a sentence
_LABEL = re.compile(
    r"(?<![\w\-])(?:(?:Eqn?s?|Equation|Formula|Figs?|Figure|Tab|Table|Step|Panel|Hypothesis"
    r"|Inequality|Equação|Ecuación|Équation|Gl|Gleichung|F[óo]rmula)"
    r"|(?i:figs?|eqn?s?|tabs?)\.)$"
)
# a formula's group: a parenthesis opened right after an atom or its count and closed right
# before the digits ("Pd2(dba)3", "Ca(OH)2", "Cu(NO3)2"); "(see Figure 1)3" opens after a space
_FORMULA_GROUP = re.compile(r"[^\W_]\([^()\s]{1,12}\)$")
# a DOI's prefix or an address: what follows in the same token is the link's own
# ("10.5061/dryad.12", "https://example.org/v2.3"), never a callout
_DOI = re.compile(r"10\.\d{4,9}/")
_ADDRESS = re.compile(r"://|www\.")
# digits after an address's last point or comma, up to the token's end: the sentence's or
# the clause's mark, then a callout ("at https://github.com/x/tool.14 Mice", "at
# www.clinicaltrials.gov,10 as"); a DOI's suffix may end so ("dryad.12"), and a version
# ("/v2.3") puts a digit before the point
_AFTER_STOP = re.compile(r"[\d,–-]+(?=\s|$)")
_TOKEN_REACH = 200  # how far back a link's token is looked for
# a record's segment: letters and digits mixed ("8w9ghx3mz", "s41586-020-2649-2") or five
# digits or more ("7654321"); not a volume's or an issue's short number ("28.1.235")
_RECORD = re.compile(r"(?=\S*\d)(?=\S*[^\W\d_])\S+|\d{5,}")
# a callout after a DOI's end: a short number, the next sentence or the text's end after it
_CALLOUT_THEN_SENTENCE = re.compile(
    rf"[1-9]\d{{0,2}}(?:[{DASH_CHARS},][1-9]\d{{0,2}})*(?=\s+[A-Z(]|\s*$)")


def never(body: str, span: tuple[int, int], before: str) -> bool:
    """Digits after a page label ("p.13"), an initial ("J.1"), a figure's, table's or
    equation's label ("Table1", "Fig.2"), a formula's group ("Pd2(dba)3") or inside a
    formula: never a callout, whatever the sequence says."""
    return bool(_PAGE.search(before) or _INITIAL.search(before) or _LABEL.search(before)
                or _FORMULA_GROUP.search(before) or is_math(body, span[0], span[1], True)
                or in_link(body, span[0]))


def in_link(body: str, start: int) -> bool:
    """Whether the digits at `start` stand inside a DOI or an address, after its prefix in
    the same token ("doi:10.5061/dryad.12"); "report23.10.7554/eLife" cites before it, and
    "(http://example.org/index.jsp).24" or "(https://osf.io/x/;30)" after its end."""
    reach = max(0, start - _TOKEN_REACH)  # bounded: a text with no spaces costs no square
    token_start = max(*(body.rfind(c, reach, start) for c in " \n);]"), reach - 1)
    if _DOI.search(body, token_start + 1, start):
        return not _after_doi(body, token_start, start)
    return _ADDRESS.search(body, token_start + 1, start) is not None and not (
        body[start - 1] in ".," and not body[start - 2].isdigit()
        and _AFTER_STOP.match(body, start))


def _after_doi(body: str, token_start: int, start: int) -> bool:
    """Whether the digits at `start` stand after a DOI's end: after a point that closes a
    record's segment, one mixing letters and digits or a long number, as repositories coin
    them ("dryad.8w9ghx3mz.16 Single", "zenodo.7654321.15 The"), up to three digits without
    a leading zero before the next sentence or the text's end. A DOI's own last digits stay
    its own ("dryad.12", "zenodo.4412345", "2019.11.012", "nar/28.1.235")."""
    if body[start - 1] != ".":
        return False
    cut = max(body.rfind(".", token_start + 1, start - 1), body.rfind("/", token_start + 1,
                                                                          start - 1))
    return bool(_RECORD.fullmatch(body, cut + 1, start - 1)) and bool(
        _CALLOUT_THEN_SENTENCE.match(body, start))
