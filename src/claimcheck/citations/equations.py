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
form (numeric.py does not count it when weighing forms). `named_bare` says where such a
number is the equation and not a citation: after the formula was displayed, alone in its
parentheses, right after an operation on equations ("substituting (2) into (1) gives").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_LABEL_AT_END = re.compile(r"\((\d{1,3})\)[ \t\u00a0]*$", re.MULTILINE)
# some text layers put the label first: "(3) y = a x + b"
_LABEL_FIRST = re.compile(r"^[ \t\u00a0]*\((\d{1,3})\)[ \t\u00a0]+(?P<rest>\S.*)$", re.MULTILINE)
_TOKEN = re.compile(r"\S+")
# a relation or a big operator counts wherever it stands; arithmetic only standing alone or
# opening a term ("+ d", "e −1", "x+y"), not inside a word ("mg/kg", "Na+/K+", "CD4+ cells")
_RELATION = re.compile(r"[=<>≤≥≈≠±×÷∼~∝≡→←↔⇒⇔∈∑Σ∏∫∂∇√∞|^]")
_ARITHMETIC = re.compile(r"(?<!\S)[/*](?!\S)|[+−](?![\s/,;:.)\]]|$)|(?<!\S)[+−]")
_ONE_LETTER = re.compile(r"(?<!\S)[^\W\d_](?!\S)")
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


# what is done to an equation, right before its bare number: "Substituting (2) into (1)",
# "combining (3) with (4)", "solving (5) for x". Only the verb's own forms: a noun or an
# adjective of the same stem names a method or a thing, and a citation follows it as often
# ("Krylov solvers (2)", "automatic differentiation (1)", "Additional (5) results", "the
# solvers addressed (2)"); so does a verb of reporting ("as described in (19)").
_VERB = (
    r"\b(?i:(?:substitut|combin|solv|differentiat|integrat|rearrang|linea[rl]i[sz]|divid)"
    r"(?:e[sd]?|ing)|(?:insert|expand|subtract|add)(?:s|ed|ing)?|plug(?:s|ged|ging)?"
    r"|rewrit(?:es?|ing|ten)|rewrote|multipl(?:y|ies|ied|ying))\b"
)
_OPERATION = re.compile(rf"{_VERB}[ \u00a0]*\n?[ \u00a0]*$")
# "into" joins the second equation only when such a verb opens its clause ("Inserting the
# correlation of (4) into (3)"), not after any other ("incorporated into (2) by several
# groups", "research into (1) structural nonlinearity")
_INTO = re.compile(rf"{_VERB}[^.;:!?]{{0,60}}\binto[ \u00a0]*\n?[ \u00a0]*$")
# the second equation of the operation: "Combining (1) with (2)", "(2) into (1)"
_SECOND = re.compile(
    r"\(\d{1,3}\)[ \u00a0]*\n?[ \u00a0]*(?:with|into|and|in|from)[ \u00a0]*\n?[ \u00a0]*$"
)


def named_bare(body: str, start: int, end: int, labels: EquationLabels) -> bool:
    """The lone "(n)" at `start`..`end` names equation n displayed above it: n labels a
    formula earlier in `body` and an operation on equations stands right before it
    ("Substituting (2) into (1)"), or before the first of two ("Combining (1) with (2)").
    Elsewhere the same number may be a citation."""
    number = body[start + 1 : end - 1].strip()
    if not number.isdigit() or int(number) not in labels.numbers or start in labels.starts:
        return False
    shown = any(s < start and body.startswith(f"({number})", s) for s in labels.starts)
    if not shown:
        return False
    if _OPERATION.search(body, max(0, start - 40), start) \
            or _INTO.search(body, max(0, start - 100), start):
        return True
    second = _SECOND.search(body, max(0, start - 20), start)
    return second is not None and named_bare(body, second.start(), body.index(")", second.start())
                                             + 1, labels)


def is_formula(line: str) -> bool:
    """A line of mathematics: a relation, or arithmetic beside a one-letter symbol, and
    (almost) no words of prose; or, where the text layer lost its operators, no prose at
    all among three or more symbols of one or two characters ("y i j β 0 j e i j")."""
    relations = len(_RELATION.findall(line))
    arithmetic = len(_ARITHMETIC.findall(line))
    operators = relations + arithmetic
    words = len(_PROSE.findall(line))
    if relations or (arithmetic and _ONE_LETTER.search(line)):
        return words <= max(_MOST_WORDS, operators)
    tokens = _TOKEN.findall(line)
    return not words and len(tokens) >= 3 and all(len(t) <= 2 for t in tokens)
