"""Notes the tagger ran on into a title run, relabelled "note": an edition statement
(`edition_out_of_title`) and how the work was given or where it stands (`note_out_of_title`).

1. An edition statement closing a title run is a note, not the title's words.

   Books print their edition after the title, in many languages and forms ("Classical
   Electrodynamics, 3rd edn. (Wiley, 1998)", "(Third Edition)", "3rded .", "2 n d edition",
   "(1st. ed.)", "8e édition", "4. Auflage", "Zehnte, unveränderte Auflage", "Revised edition"):
   the tagger often runs the title on into it. When the title run ends (but for closing marks)
   with an edition word, that word and the ordinal before it (numbers with their suffixes, or
   ordinal words, with the stops, commas and "and" between them; an opening bracket before them)
   are relabelled "note", when a bracket opens the statement or a comma, stop, colon or
   semicolon sets it off ("Notes on the 1611 edition", "Pour une nouvelle édition" are titles).
   An edition word with no ordinal before it is left alone ("The Anchor Bible Edition" names a
   work).

2. A title run on into a note of how the work was given or where it stands ("..., talk at
   this conference", ", plenary talk given at ...", ", poster presented at", ", in press",
   ", in preparation", ", private communication"): the title ends before the note.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_EDITION = frozenset({"ed", "éd", "edn", "edition", "édition", "edición", "edizione", "edição",
                      "auflage", "aufl", "uitgave", "wydanie", "издание", "изд"})
_GLUED = re.compile(r"(?:st|nd|rd|th|e|er|ème)(?:ed|edn)")  # "3rded"
_SUFFIXES = frozenset({"st", "nd", "rd", "th", "e", "er", "ème", "eme", "n", "d", "a", "o",
                       "ª", "º", "te", "ten"})
_ORDINALS = frozenset({
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
    "tenth", "revised", "expanded", "enlarged", "updated", "new", "corrected", "augmented",
    "international", "student", "paperback", "reprint", "erste", "zweite", "dritte", "vierte",
    "fünfte", "sechste", "siebte", "achte", "neunte", "zehnte", "neue", "überarbeitete",
    "erweiterte", "unveränderte", "aktualisierte", "vollständig", "durchgesehene",
    "deuxième", "troisième", "nouvelle", "segunda", "tercera", "seconda", "terza",
    "nueva", "revisada", "ampliada"})
_SETTING_OFF = frozenset({",", ".", ":", ";"})
_JOINING = frozenset({".", ",", "and", "und", "et", "y", "-"})


def edition_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """The rule above, in place; whether it changed the labels."""
    start, end = label_run(out, "title")
    if start < 0:
        return False
    last = end - 1
    while last > start and tokens[last].text in ".)],;":
        last -= 1  # (the run may close with the comma before the place: "2e éd, Paris")
    word = tokens[last].text.lower()
    if word not in _EDITION and not (tokens[last - 1].text.isdigit()
                                     and _GLUED.fullmatch(word)):
        return False
    first = _ordinal_start(tokens, start, last)
    if first == last and word in _EDITION:
        return False  # no ordinal: a work's name, not an edition
    if first > start and tokens[first - 1].text in "([":
        first -= 1
    if first <= start + 1:
        return False  # the title would be left empty
    if tokens[first].text not in "([" and tokens[first - 1].text not in _SETTING_OFF:
        return False  # a title about an edition ("Notes on the 1611 edition")
    out[first:end] = ["note"] * (end - first)
    return True


def _ordinal_start(tokens: tuple[Token, ...], start: int, last: int) -> int:
    """Where the ordinal before the edition word at `last` starts (`last` when none does)."""
    i, first = last - 1, last
    while i > start:
        text = tokens[i].text
        low = text.lower()
        if text.isdigit() or low in _ORDINALS or low in _SUFFIXES:
            first = i
        elif low not in _JOINING:
            break
        i -= 1
    while first < last and tokens[first].text.lower() in _JOINING:
        first += 1
    return first

_NOTES = (("talk", "at"), ("talk", "given"), ("plenary", "talk"), ("invited", "talk"),
          ("keynote", "talk"), ("poster", "at"), ("poster", "presented"), ("presented", "at"),
          ("in", "preparation"), ("in", "press"), ("private", "communication"),
          ("personal", "communication"), ("unpublished",))


def notes_printed(text: str) -> bool:
    """Whether the entry prints a part of one of `_NOTES`' cues, as `note_out_of_title`'s
    cheap precheck (plain substring tests: a case-blind pattern costs as much as the rule)."""
    return ("talk" in text or "Talk" in text or "oster" in text or "resented" in text
            or "reparation" in text or "n press" in text or "n Press" in text
            or "ommunication" in text or "npublished" in text)


def note_out_of_title(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """Rule 2 above, in place."""
    start, end = label_run(out, "title")
    for i in range(start + 2, end - 1):
        if tokens[i - 1].text in ",.;(" and _opens_note(tokens, i):
            for j in range(i - 1, end):
                out[j] = "note"
            return True
    return False


def _opens_note(tokens: tuple[Token, ...], i: int) -> bool:
    words = [t.text.lower() for t in tokens[i:i + 2]]
    return any(words[:len(cue)] == list(cue) for cue in _NOTES)
