"""Notes that refer back to a work cited in full before, instead of citing it again.

"Ibid., 52." (also "Ibidem", "Ib.", "Id. at 52", "Ebd., S. 52", "Loc. cit."), "Douglas, op.
cit., 35." and the short form "Douglas, Purity and Danger, 35." name no work of their own:
read as such they would be looked up in the registry and reported "not found". They are read
whole here (kind "short", the pinpoint apart) and `link` sets `refers_to` to the key of the
entry they refer to: ibid. the entry before (or what that one refers to), op. cit. the last
earlier entry by that author, a short form the last earlier one whose author and title agree.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from claimcheck.model import Reference
from claimcheck.parse.names import split_names
from claimcheck.parse.notes import LOC, LOCS, PAGE_WORD, read_note
from claimcheck.text import fold_words

_TAIL = rf"(?:\s*,?\s*(?:at\s+)?{PAGE_WORD}?(?P<loc>{LOCS}))?\s*\.?\s*$"
_IBID = re.compile(rf"^(?:ibid(?:em)?|ib|id|idem|ebd|ebenda|eadem|ivi|loc\.\s*cit)\.?{_TAIL}",
                   re.IGNORECASE)
_OP_CIT = re.compile(
    rf"^(?P<name>[^,;()\d]{{2,60}}?),?\s+(?:op\.\s*cit|a\.\s*a\.\s*O|(?<=,\s)cit)\.?{_TAIL}",
    re.IGNORECASE)
# "Family, Short Title, 35.": one to five capitalised name words (particles allowed), a title
# without digits, one locator (not "Phys Rev Lett 19, 1264": a volume and a page); no year
# anywhere (a full reference prints one). Whether it is one is the list's to decide too
# (`notelist`: a short form that names no earlier work, outside a list of notes, is a work).
# (initials before the family name, as Italian and French short forms print them: "S.
# Fujita, «Kinetics of cellular proliferation», 375–377.", "C. Misner – K. Thorne, ...")
_INITIALS_FIRST = r"(?>(?:[A-ZÀ-Þ]\.[\s-]?){1,3}\s*)?"  # atomic: the parser's time per entry
_SHORT = re.compile(
    rf"^(?P<name>{_INITIALS_FIRST}[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+(?:[A-ZÀ-Þ][\w'’.-]*|de|van|von|der|and|&|et|y|e|und|–|-)){0,6}+),\s+"
    r"(?P<title>“[^”]{2,160}”|\"[^\"]{2,160}\"|‘[^’]{2,160}’|'[^']{2,160}'|«[^»]{2,160}»"
    r"|[^\d()\[\];,.\"“‘'«]{3,80}),?\s+"
    rf"{PAGE_WORD}?(?P<loc>{LOC})"
    r"\s*\.?\s*$")
_QUOTES = frozenset("“\"‘'«")
_WORDS = {False: 12, True: 30}  # a quoted title may be a whole article's
# "Johannesdottir et al., 158–162.", "Desikan/Burger/Keckler, 269.", "FREUD, 196.": the
# names and the cited page only (German legal notes cite so a work of the bibliography)
_NAME_ONLY = re.compile(
    rf"^(?P<name>{_INITIALS_FIRST}[A-ZÀ-Þ][\w'’-]+(?:(?:\s+|/)(?:[A-ZÀ-Þ][\w'’.-]*|de|van|von|"
    rf"der|and|&|et|al\.|u\.|a\.|y|e|und|–)){{0,6}}+),\s+{PAGE_WORD}?(?P<loc>{LOC})\s*\.?\s*$")
_NOTE_NUMBER = re.compile(r"^\s*(\d{1,3})[.)]?\s+(?=\S)")


class BackReference(NamedTuple):
    """A back-reference's printed parts: the author and short title it repeats (if any)."""

    name: str
    title: str
    pinpoint: str


def read_back_reference(text: str) -> BackReference | None:
    """The parts of a note that refers back, or None when `text` cites a work in full."""
    text = text.strip()
    if len(text) > 200:  # none is this long: a full reference (the parser's time per entry)
        return None
    cited = "cit" in text.lower() or "a.a.O" in text.replace(" ", "")  # what op. cit. needs
    found = _IBID.match(text) or (_OP_CIT.match(text) if cited else None)
    if found:
        name = found.groupdict().get("name") or ""
        return BackReference(name.strip(), "", _loc(found))
    found = _SHORT.match(text)
    if found and len(found.group("title").split()) <= _WORDS[found.group("title")[0] in _QUOTES]:
        title = found.group("title").strip(" ,\"“”‘’'«»")
        return BackReference(found.group("name"), title, _loc(found))
    # names and a page: one comma, a short string (looked for first)
    found = _NAME_ONLY.match(text) if len(text) < 100 and text.count(",") == 1 else None
    return BackReference(found.group("name"), "", _loc(found)) if found else None


def _loc(found: re.Match[str]) -> str:
    return re.sub(r"\s+", " ", found.group("loc") or "").strip(" ,.")


def note_number(text: str) -> tuple[str, str]:
    """("4", rest) for a note number before a note that refers back, opens with a signal
    word or cites a page ("4 Ibid., 52.", "11 Cf. also P. Osbeck", "23 Crippen 1994, 382."),
    which the list label pattern leaves alone (it wants a name after a bare number); else
    ("", text)."""
    found = _NOTE_NUMBER.match(text)
    if not found:
        return "", text
    rest = text[found.end():]
    note = read_note(rest)  # (a back-reference is read without the author's comment after it)
    if note.signal or note.pinpoint or read_back_reference(note.text) is not None:
        return found.group(1), rest
    return "", text


def back_reference(base: Reference, back: BackReference) -> Reference:
    """`base` (the entry's position, raw text, label) filled as a back-reference."""
    return replace(base, kind="short", authors=split_names(back.name).authors,
                   title=back.title, pinpoint=back.pinpoint)


def link(references: Sequence[Reference]) -> tuple[Reference, ...]:
    """The references with each back-reference's `refers_to` set (list order). Earlier works
    are indexed by their first author's folded family name, and each word of it (the parse
    may keep a particle or a word run on with it: "Rapoport dkk"), while the list is walked,
    not searched anew for each back-reference (quadratic in a long list)."""
    out: list[Reference] = []
    works: dict[str, list[Reference]] = {}
    for ref in references:
        if ref.kind == "short" and not ref.refers_to and out:
            target = _target(ref, out[-1], works)
            ref = replace(ref, refers_to=target) if target else ref
        out.append(ref)
        if ref.kind != "short":
            theirs = fold_words(ref.first_family)
            for name in {theirs, *theirs.split()} - {""}:
                works.setdefault(name, []).append(ref)
    return tuple(out)


def _target(ref: Reference, before: Reference, works: dict[str, list[Reference]]) -> str:
    if not ref.authors:  # ibid.: the entry before, or the work that one refers to
        return before.refers_to if before.kind == "short" else before.id
    family = fold_words(ref.first_family)
    words = fold_words(ref.title).split()
    by_author = list(reversed(works.get(family, []))) if family else []
    titled = [o for o in by_author if words and _title_agrees(words, fold_words(o.title).split())]
    # A title that agrees decides; else the author's latest work (op. cit., or a full note
    # the parse read no title from, as author-date notes print none).
    untitled = [o for o in by_author if not words or not o.title]
    found = titled or untitled
    return found[0].id if found else ""


def _title_agrees(short: list[str], full: list[str]) -> bool:
    """A short title is the full title's first words, or most of its words."""
    if full[: len(short)] == short:
        return True
    return sum(1 for w in short if w in full) * 4 >= len(short) * 3
