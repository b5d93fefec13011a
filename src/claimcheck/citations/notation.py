"""Numbers in brackets or parentheses that are notation, not citations.

A numeric callout and a piece of notation can print the same "[1,12]" or "(2)"; what tells
them apart is the text around them, never the numbers alone:

- statistics and indices: a bracket glued to the letter or symbol before it ("F[1,12]",
  "x[3]", "t(24)"), or next to a comparison or arithmetic operator ("[1, 2] = ...",
  "≤ [3]"), as in `(F[1,12] = 8.42, p = 0.013)`;
- equation, figure and table numbers: "Eq. (3)", "eqn (3)", "equations (2) and (3)",
  "Table (1)" (in the languages articles are written in: "equação (3)", "Gl. (3)"), and a
  "(1)" that closes a displayed formula (`equations.py`);
- enumerations: "(1) green synthesis is simple; (2) it is amenable ..." where the marker
  opens a clause (after ".", ":", ";", "," or "and") and a word follows it.

A glued bracket is notation only when the article does not glue its citations itself:
`glued_style` says that most of its bracket candidates are glued ("disease[3]"), which some
PDF text layers produce.

Also what a printed range of citations cites (`range_of`), the same everywhere: "5–7" is 5,
6 and 7, and one running backwards or longer than `MAX_RANGE` is no run of citations.
"""

from __future__ import annotations

import re

_OPERATOR = "=<>≤≥≈≠±×÷∼~^*/+"
_AFTER_OPERATOR = re.compile(rf"[ \u00a0]*[{re.escape(_OPERATOR)}]")
# a "+" or "*" glued to the word before is a charge, a cell marker or a footnote mark
# ("Ca2+ (12)", "CD4+ (5)", "Smith* (3)"), no operator
_BEFORE_OPERATOR = re.compile(
    rf"(?:[{re.escape(_OPERATOR.replace('+', '').replace('*', ''))}]|(?<![\w)\]])[+*])"
    r"[ \u00a0]*$"
)
# the character right before the opening bracket: a letter, digit, prime or sub-/superscript
_GLUED = re.compile(r"[^\W_]|[′'’_^]")
_LONG_WORD = re.compile(r"(?<![\w\-])[a-z]{5,}$")
LABEL_WORDS = (r"(?:eqn?s?|equations?|formula[es]?|figs?|figures?|tables?|steps?|panels?"
           r"|hypothes[ie]s|inequalit(?:y|ies)|equa(?:ção|ções)|ecuaci(?:ón|ones)|équations?"
           r"|gl|gleichung(?:en)?|f[óo]rmulas?)")
# "Eq. (3)", "Eqs. (2) and (3)", "Figures (1)-(3)": a label word, then labels already given
_LABEL_BEFORE = re.compile(
    rf"\b{LABEL_WORDS}\.?[ \u00a0]*"
    rf"(?:[(\[]\d{{1,3}}[a-z]?[)\]][ \u00a0]*(?:,|and|or|[-–])[ \u00a0]*)*$",
    re.IGNORECASE,
)
# "et al. (156) observed" is no list item: the full stop of "al." opens no clause
_CLAUSE_START = re.compile(r"(?:^|(?<!\bal)\.|[:;,]|\band|\bor)\s*$")
_WORD_AFTER = re.compile(r":?[ \u00a0]*[ \u00a0\n][ \u00a0]*[^\W\d_]")
# a range in brackets right after a number inside it: the spread of that value, "16 (4–35)"
_VALUE_BEFORE = re.compile(r"(?<![\w\-])(\d+(?:[.,]\d+)?)[ \u00a0]$")
# a range's dash, with the minus sign and Unicode hyphens a PDF may print for "–"
DASH_CHARS = "-–—‒−‐‑"  # the hyphen first, so it stays a hyphen inside a class
DASH = rf"[{DASH_CHARS}]"
# spaces with at most one line break: a callout a PDF or a wrapped text cut in two ("[2,\n3]")
SPACES = r"[ \u00a0]*(?:\n[ \u00a0]*)?"
# a cited number, marks of special (•) or outstanding (••) interest after it ("[12••]"), and
# a list of them: "3, 5–7", "3; 4", "3 and 4"
CITED_NUMBER = r"\d{1,4}(?:[ \u00a0]?[•∙]{1,2})?"
NUMBER_LIST = (rf"{CITED_NUMBER}(?:{SPACES}(?:,|;|{DASH}|,?(?:[ \u00a0]|\n)[ \u00a0]*and){SPACES}"
               rf"{CITED_NUMBER})*")
# what may follow a callout's last number: a space, a mark, a full stop that ends no decimal
CALLOUT_END = r"(?=[\s,;:)]|\.(?!\d)|$)"
# between two numbers of a list or range: a comma or a dash, spaces and a line break around it
CHAIN = re.compile(rf"{SPACES}(?:,|{DASH}){SPACES}")
MAX_RANGE = 50  # "1990–2010", "1–5000": a longer range is years, a typo or no citation


def range_of(low: int, high: int) -> range:
    """The numbers a printed range "low–high" cites, both ends included; none when it runs
    backwards or spans more than `MAX_RANGE`."""
    return range(low, high + 1) if 0 <= high - low <= MAX_RANGE else range(0)


_RANGE_ONLY = re.compile(rf"[(\[](\d{{1,4}})[ \u00a0]*{DASH}[ \u00a0]*(\d{{1,4}})[)\]]")
_HABIT_MIN = 10  # unspaced candidates needed before spaced ones are outliers
_HABIT_SHARE = 0.9
_GLUED_HABIT = 3  # glued brackets needed before they count as the article's style
_LOOK = 40  # characters looked at on either side
_ITEM_GAP = 400  # the most text between two items of one enumeration


def is_glued(body: str, start: int) -> bool:
    """The opening bracket at `start` touches the character before it ("x[3]"), unless that
    is a word of five lower-case letters or more: no symbol or function is named so, but a
    citation set without its space is ("cloacae(22)")."""
    return _touches(body, start) and not _LONG_WORD.search(body, max(0, start - 12), start)


def _touches(body: str, start: int) -> bool:
    return start > 0 and bool(_GLUED.match(body, start - 1))


def glued_style(body: str, spans: list[tuple[int, int]]) -> bool:
    """Most bracket candidates are glued to the text before ("disease[3]", "saúde.(1)"),
    and more than a couple: the article's own habit. Candidates next to an operator are left
    out of the count, so a page of statistics ("F[1,12] = 8.42") does not teach that glued
    brackets cite."""
    plain = [(s, e) for s, e in spans if not is_math(body, s, e, glued_ok=True)]
    glued = sum(1 for start, _ in plain if start > 0 and not body[start - 1].isspace())
    return glued * 2 > len(plain) and glued >= _GLUED_HABIT


def spaced_outliers(body: str, spans: list[tuple[int, int]]) -> set[int]:
    """Indexes of the spaced candidates ("buffer pH (5–9)") in an article that sets nearly all
    of its citations unspaced ("saúde.(1)", "disease[3]"): not the article's callout form."""
    spaced = {i for i, (s, _) in enumerate(spans) if s > 0 and body[s - 1].isspace()}
    unspaced = len(spans) - len(spaced)
    return spaced if unspaced >= _HABIT_MIN and unspaced >= _HABIT_SHARE * len(spans) else set()


def is_math(body: str, start: int, end: int, glued_ok: bool) -> bool:
    """A bracketed or parenthesised number that is part of a formula or a statistic."""
    if not glued_ok and is_glued(body, start):
        return True
    if _AFTER_OPERATOR.match(body, end) or _value_range(body, start, end):
        return True  # "(F[1,12] = 8.42)", "an average of 16 (4–35)"
    return bool(_BEFORE_OPERATOR.search(body[max(0, start - _LOOK) : start]))


def _value_range(body: str, start: int, end: int) -> bool:
    """A range in brackets right after a number it contains is that value's spread: "16
    (4–35)"; "type 2 (5–7)" and "COVID-19 (3–5)" cite."""
    spread = _RANGE_ONLY.fullmatch(body, start, end)
    value = _VALUE_BEFORE.search(body, max(0, start - 12), start)
    if not spread or not value:
        return False
    low, high = int(spread.group(1)), int(spread.group(2))
    return low <= float(value.group(1).replace(",", ".")) <= high


def is_label(body: str, start: int, end: int) -> bool:
    """A bracketed number that names an equation, figure or table: "Eq. (3)", "Eqs. (2) and (3)".

    `start`/`end` span the bracket or parenthesis itself.
    """
    return bool(_LABEL_BEFORE.search(body[max(0, start - _LOOK) : start]))


def markers(body: str, spans: list[tuple[int, int]], labels: frozenset[int]) -> set[int]:
    """Indexes of the parenthesised numbers in `spans` that are list items or formula numbers.

    A list item opens a clause (the first may follow a verb) and a word follows it; one
    such "(2)" alone may be a citation ("and (2) agree", "; (66) for X"), so items count
    only as a run that starts at "(1)" and goes on "(2)", "(3)" within a few lines:
    "(1) green synthesis is simple; (2) it is ...". Citations between items do not break
    the run. `labels`: where the document's equation labels open (`equations.py`).
    """
    opening = [_opens_clause(body, s, e) for s, e in spans]
    numbers = [body[s + 1 : e - 1].strip() for s, e in spans]
    found = {i for i, (s, _) in enumerate(spans) if s in labels}
    for i, number in enumerate(numbers):
        if number != "1" or not _WORD_AFTER.match(body, spans[i][1]) or _unspaced(body, spans[i]):
            continue  # the first item may follow a verb: "include (1) biomedical ..."
        run = [i]
        for j in range(i + 1, len(spans)):
            if spans[j][0] - spans[run[-1]][1] > _ITEM_GAP:
                break
            if opening[j] and _consecutive(numbers[run[-1]], numbers[j]) \
                    and not _unspaced(body, spans[j]):
                run.append(j)
        if len(run) > 1:
            found.update(run)
    return found


def _unspaced(body: str, span: tuple[int, int]) -> bool:
    """Set right after a full stop or a word ("β-xylosidase.(1) Both"): a raised citation
    as SciELO prints it; a list item follows a space or a line break."""
    return span[0] > 0 and not body[span[0] - 1].isspace()


def _opens_clause(body: str, start: int, end: int) -> bool:
    before = body[max(0, start - _LOOK) : start]
    return bool(_CLAUSE_START.search(before) and _WORD_AFTER.match(body, end))


def _consecutive(first: str, second: str) -> bool:
    return first.isdigit() and second.isdigit() and int(second) == int(first) + 1
