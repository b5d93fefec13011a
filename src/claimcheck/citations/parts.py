"""A work's parts in brackets, and the bracketed labels that look like them.

Chemistry journals number a work's parts "[1] a) ...; b) ...; c) ..." and cite them
"[1a–c]", "[3a,b]", "[2,3a]": each cites its work. The same articles print compounds the
same way, so a part is believed only where the article shows parts for sure (a group with
several parts or several numbers), and never in a group that is a label:

- a complex in a salt, a solvate or an ion: the closing bracket glued to what follows,
  "[3a]SbF6", "[2a–c](PF6)2", "[2b]2+", "[2b]·CH2Cl2", "[3c]−" (a callout is followed by
  a space or the punctuation that goes on with the sentence, "[1a–c]—a field");
- sizes with one letter: "[1b, 3b, 7b]", every number with the same letter (a model's
  billions of parameters), which a work's parts would not repeat.
"""

from __future__ import annotations

import re

from claimcheck.citations.notation import DASH, SPACES

# the letters after a number, for `numeric.py`'s bracket list: "a–c", "a,b"; never
# "[1e-4, 1e-2]" (a power of ten)
PARTS = rf"[a-h](?:{SPACES}(?:,|{DASH}){SPACES}[a-h](?!\w))*(?!\w|{DASH}\d)"
_ONE_PART = re.compile(r"\d[a-h](?!\w)")
_MANY_PARTS = re.compile(rf"\d[a-h]{SPACES}(?:,|{DASH}){SPACES}[a-h](?!\w)")
_NUMBER = re.compile(r"\d{1,4}")
_GLUED_AFTER = re.compile(r"[^\s.,;:!?)\]'\"’”—]")
_SAME_PART = re.compile(
    rf"\[{SPACES}\d{{1,4}}(?P<p>[a-h]){SPACES}(?:,{SPACES}\d{{1,4}}(?P=p){SPACES})+\]"
)


def with_parts(body: str, groups: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The bracket groups (spans with their brackets), without the labels; those naming a
    work's part ("[3a]") only where the article shows parts for sure: a group with several
    parts ("[1a–c]", "[3a,b]") or several numbers ("[2,3a]"); a lone "[5b]" elsewhere may
    label a compound or a panel."""
    def several(s: int, e: int) -> bool:
        return bool(_MANY_PARTS.search(body, s, e)) or len(_NUMBER.findall(body, s, e)) > 1

    parted = [(s, e) for s, e in groups if _ONE_PART.search(body, s, e)]
    labels = {(s, e) for s, e in parted
              if _GLUED_AFTER.match(body, e) or _SAME_PART.fullmatch(body, s, e)}
    parted = [g for g in parted if g not in labels]
    groups = [g for g in groups if g not in labels]
    if not parted:
        return groups
    if any(several(s, e) for s, e in parted):
        return groups
    lone = set(parted)
    return [g for g in groups if g not in lone]
