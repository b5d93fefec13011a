"""Runs of tokens that are no field of their own, joined to the run before them.

- a volume, issue or page number runs on over letters and digits glued to it: "19r12889" is
  one article number however the tokens split it (`glued_numbers`);
- a run of punctuation alone (") ," tagged as a volume) is no field: it joins the run before
  (`wordless_runs`).

Both walk only where runs start (`assemble.run_ends`, kept from the rules' last ask), not
every token of the entry.
"""

from __future__ import annotations

from itertools import pairwise

from claimcheck.parse.assemble import run_ends
from claimcheck.parse.tokens import Token

_NUMBER_FIELDS = frozenset({"volume", "issue", "pages"})


def glued_numbers(tokens: tuple[Token, ...], out: list[str]) -> None:
    """Digits glued on, or a short letter glued between digits ("19" "r" "12889"); never a
    unit or counter word ("7pp", "第3号")."""
    # Only where a run starts (the rules' last ask found them: `run_ends`), smallest first,
    # and the token after one this relabels (it now follows a number): nowhere else can the
    # test below pass.
    todo = run_ends(out)[-2::-1]
    while todo:
        i = todo.pop()
        if out[i - 1] not in _NUMBER_FIELDS or out[i] == out[i - 1]:
            continue
        # Only from a digit, or from a letter already taken between two digits.
        prev_digit = tokens[i - 1].text.isdigit() or (
            i > 1 and tokens[i - 1].text.isascii() and tokens[i - 1].text.isalpha()
            and tokens[i - 2].text.isdigit()
            and tokens[i - 2].end == tokens[i - 1].start)
        if tokens[i].start != tokens[i - 1].end or not prev_digit:
            continue
        nxt = tokens[i + 1] if i + 1 < len(tokens) else None
        between = (tokens[i].text.isascii() and tokens[i].text.isalpha()
                   and len(tokens[i].text) < 3 and nxt is not None
                   and nxt.start == tokens[i].end and nxt.text.isdigit())
        if tokens[i].text.isdigit() or between:
            out[i] = out[i - 1]
            if i + 1 < len(out) and (not todo or todo[-1] != i + 1):
                todo.append(i + 1)


def wordless_runs(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A run with no letter or digit in it takes the label of the run before it."""
    # Where each run starts (where the one before ends: the rules' last ask found them, most
    # often); labels changed below are inside runs already passed.
    ends = run_ends(out)
    for start, end in pairwise(ends):  # (the first run starts the entry: none before it)
        # (its first token first: most runs open with a word)
        if not tokens[start].text[:1].isalnum() and not any(
                t.text[:1].isalnum() for t in tokens[start:end]):
            out[start:end] = [out[start - 1]] * (end - start)
