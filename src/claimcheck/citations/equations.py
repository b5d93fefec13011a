"""Equation numbers: the "(3)" that closes a displayed formula, and the numbers it lends.

A numbered equation prints its label in parentheses at the end of the formula's line, or,
where a PDF's text layer breaks the line, alone on the line after it:

    T = Σ S i / n   (3)            x → ∞ ,
                                   (4)

Some text layers put the label first, "(3) y = a x + b". A formula line is one with a
mathematical operator or relation and (almost) no prose:
at most two words of three letters or more, or no more such words than operators. So a
line of running text that ends in a citation, "mice (n = 12) were treated as before (3)",
keeps its citation, and "f ( x ) ≤ g ( x ) + ε , (5)" or "+ d e −1 (6)" gives a label
whether or not it holds "=".

`equation_labels` finds them once per document; the numbers found are what the text then
names bare, "from (3) and (4)": such a number says nothing about the article's citation
form (numeric.py does not count it when weighing forms).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL_AT_END = re.compile(r"\((\d{1,3})\)[ \t\u00a0]*$", re.MULTILINE)
# some text layers put the label first: "(3) y = a x + b"
_LABEL_FIRST = re.compile(r"^[ \t\u00a0]*\((\d{1,3})\)[ \t\u00a0]+(?P<rest>\S.*)$", re.MULTILINE)
_TOKEN = re.compile(r"\S+")
_MATH = re.compile(r"[=<>≤≥≈≠±×÷∼~∝≡→←↔⇒⇔∈∑Σ∏∫∂∇√∞|^+−*/]")
_PROSE = re.compile(r"(?<![^\W\d_])[^\W\d_]{3,}(?![^\W\d_])")
_MOST_WORDS = 2


@dataclass(frozen=True, slots=True)
class EquationLabels:
    """Where the document's equation labels are, and the numbers they print."""

    starts: frozenset[int]  # offset of each label's opening parenthesis
    numbers: frozenset[int]


def equation_labels(body: str) -> EquationLabels:
    """Every "(n)" that closes a displayed formula in `body`."""
    starts: set[int] = set()
    numbers: set[int] = set()
    for match in _LABEL_AT_END.finditer(body):
        line_start = body.rfind("\n", 0, match.start()) + 1
        before = body[line_start : match.start()]
        if before.strip():
            labelled = is_formula(before)
        else:  # the label alone on its line: the formula is the line before
            previous = body.rfind("\n", 0, max(0, line_start - 1)) + 1
            labelled = line_start > 0 and is_formula(body[previous : line_start - 1])
        if labelled:
            starts.add(match.start())
            numbers.add(int(match.group(1)))
    for match in _LABEL_FIRST.finditer(body):
        if is_formula(match.group("rest")):
            starts.add(match.start(1) - 1)
            numbers.add(int(match.group(1)))
    return EquationLabels(frozenset(starts), frozenset(numbers))


def is_formula(line: str) -> bool:
    """A line of mathematics: an operator or relation, and (almost) no words of prose; or,
    where the text layer lost its operators, no prose at all among three or more symbols
    of one or two characters ("y i j β 0 j e i j")."""
    operators = len(_MATH.findall(line))
    words = len(_PROSE.findall(line))
    if operators:
        return words <= max(_MOST_WORDS, operators)
    tokens = _TOKEN.findall(line)
    return not words and len(tokens) >= 3 and all(len(t) <= 2 for t in tokens)
