"""Ways articles print a listed name that the author-list pattern would not read.

- A stray full stop after the name where the callout goes on: "(Abu-Rabia., 2004)",
  "MARTÍN GARCÍA. 2008", "Lee. & Kim (2005)". The dot is read as a space, only after a name
  the list has, so "by Mendes. 2004 was dry" stays a sentence end.
- A joint work of two bodies printed as their short forms joined ("WHO-UNICEF"), which the
  list may hold under the first body alone.
- A possessive: "Jones's (2007)", "Smith et al.'s (2005)"; a generation: "(Smith Jr., 2005)".
"""

from __future__ import annotations

import re

from claimcheck.citations.names import JOINT_SHORT_FORMS, name_keys

# a full stop after a word of two letters or more, then what goes on in a callout: ", 2004",
# " & Lee", " and Lee", " (2004", " 2004"; kept only after a name the list has
_YEARISH = r"(?:1[6-9]|20)\d\d(?!\d)"
_STRAY_DOT = re.compile(
    rf"(?<=[^\W\d_]{{2}})\.(?=[ \u00a0]*,[ \u00a0\n]*{_YEARISH}|[ \u00a0\n]+(?:&|and)[ \u00a0\n]"
    rf"|[ \u00a0\n]+\(?{_YEARISH})"
)
# the name before the dot, with a generation after it: "(Smith Jr., 2005)"
_WORD_BEFORE = re.compile(r"[^\W\d_][\w\-'’]*(?:[ \u00a0]+(?:Jr|Sr|Jnr|Snr))?$")
_POSSESSIVE = re.compile(r"['’]s$")


def without_stray_dots(body: str, known: frozenset[str]) -> str:
    """`body` with the full stops printed after a listed name where a callout goes on
    ("(Abu-Rabia., 2004)", "MARTÍN GARCÍA. 2008", "Lee. & Kim") made spaces: the same
    length, so every offset found in it is an offset of `body`."""
    if "." not in body:
        return body
    dots = [m.start() for m in _STRAY_DOT.finditer(body)
            if (word := _WORD_BEFORE.search(body, max(0, m.start() - 40), m.start()))
            and name_keys(word.group()) & known]
    if not dots:
        return body
    chars = list(body)
    for at in dots:
        chars[at] = " "
    return "".join(chars)


def listed_form(name: str, known: frozenset[str]) -> str:
    """A printed name as the list prints it: "Jones's (2007)" is "Jones", and a joint short
    form the list has under its first body is that body."""
    return joint_first(_POSSESSIVE.sub("", name), known)


def joint_first(name: str, known: frozenset[str]) -> str:
    """"WHO-UNICEF" is cited under its first body when the list has that body but not the
    pair ("GARCIA-GARCIA" in a capitals list is one person's name, and the list has it)."""
    joint = JOINT_SHORT_FORMS.fullmatch(name)
    if joint and not name_keys(name) & known and name_keys(joint.group(1)) & known:
        return joint.group(1)
    return name
