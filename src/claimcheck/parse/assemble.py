"""Turning labelled tokens into field values: runs of one label become cleaned field text.

A field is the printed text from the first to the last token of its first run (so inner
punctuation and spacing stay as printed), with outer punctuation and brackets trimmed; a
container loses a leading "In", a trailing volume word and a series it is a volume of, a
title a lower-case "in" cue. Numbers are tidied apart: `fieldnumbers`.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.parse.tokens import Token

_OUTER = " \t.,;:/[](){}\"'“”‘’«»„‚<>*_"
# the labels of an entry's numbers, which follow its journal and end its names' or title's run
NUMBER_LABELS = frozenset({"date", "volume", "issue", "pages"})
_RUN_FIELDS = ("author", "editor", "title", "container", "collection", "date", "volume",
               "issue", "pages", "publisher", "location", "doi", "url", "label")


class Run(NamedTuple):
    """A stretch of one label (a named tuple: made for every run of every entry, so cheap)."""

    label: str
    start: int  # character offsets into the tagged text
    end: int


_new = tuple.__new__  # a NamedTuple's own constructor is Python code


def runs(tokens: tuple[Token, ...], labels: tuple[str, ...]) -> tuple[Run, ...]:
    """Maximal stretches of tokens that share a label."""
    if not tokens:
        return ()
    # Where a run ends: each token whose label differs from the one before, and the end (as
    # the rules' last ask found them, most often: `run_ends`).
    ends = run_ends(list(labels))
    out: list[Run] = []
    first = 0
    for end in ends:
        out.append(_new(Run, (labels[first], tokens[first][1], tokens[end - 1][2])))
        first = end
    return tuple(out)


_OPENING_BRACKETS = re.compile(r"[(\[][^()\[\]\s]{1,12}[)\]]\S")


def label_run(labels: list[str], label: str) -> tuple[int, int]:
    """Start and end (exclusive) of the first run of `label` (-1, -1 when there is none).

    The rules ask this ~25 times an entry, mostly of labels no rule changed in between (~1
    change in 20 asks): the first run of every label is found in one pass and kept with a
    copy of the labels it was found in, so that an ask of the same labels is one comparison
    of the two lists (by equality, element by element; fast, as labels are interned strings)
    and one lookup. The answer depends on the labels' content alone, so a changed list,
    another thread's or another entry's, only makes a new index (one slot: no pile-up)."""
    known, index, _ = _last
    if labels != known:
        index, ends = _first_runs(labels)
        _remember(labels[:], index, ends)
    return index.get(label, _NO_RUN)


def run_ends(labels: list[str]) -> list[int]:
    """Where each run of `labels` ends (exclusive), the last at their end; [] for no labels.
    Kept with `label_run`'s index, so that `runs` and a rule that walks every run
    (`runjoins.wordless_runs`) reuse the rules' last ask instead of a pass over every token.
    The caller must not change the list it gets."""
    known, _, ends = _last
    if labels != known:
        index, ends = _first_runs(labels)
        _remember(labels[:], index, ends)
    return ends


def _remember(labels: list[str], index: dict[str, tuple[int, int]], ends: list[int]) -> None:
    global _last  # one tuple, replaced whole: a thread reads a copy and its own index together
    _last = labels, index, ends


def _first_runs(labels: list[str]) -> tuple[dict[str, tuple[int, int]], list[int]]:
    """Each label's first run, as `label_run` gives it, and where every run ends."""
    size = len(labels)
    if not size:
        return {}, []
    # Where a run ends: each label that differs from the one before, and the end.
    ends = [i for i in range(1, size) if labels[i] != labels[i - 1]]
    ends.append(size)
    index: dict[str, tuple[int, int]] = {}
    start = 0
    for end in ends:
        if labels[start] not in index:
            index[labels[start]] = (start, end)
        start = end
    return index, ends


_NO_RUN = (-1, -1)
_last: tuple[list[str], dict[str, tuple[int, int]], list[int]] = ([], {}, [])


def words_end(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """`end` moved back over the punctuation closing tokens[start:end] (not before `start`)."""
    while end > start and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    return end


def trim(text: str) -> str:
    """Field text without outer punctuation; a bracket stays when it is balanced, so
    "(R)-Ketamine ..." and "World Health Organization [WHO]" keep theirs."""
    text = " ".join(text.split()).strip(" \t.,;:/")
    opening = _OPENING_BRACKETS.match(text) if text[:1] in "([" else None  # (its first)
    text = text.strip(_OUTER)
    if opening:
        text = opening.group()[0] + text
    if "(" in text and text.count("(") > text.count(")"):  # (most fields: no bracket)
        text += ")"
    if "[" in text and text.count("[") > text.count("]"):
        text += "]"
    return text


# The medium NLM and ISO 690 print after a journal or title: "J Appl Ecol [Internet]".
_MEDIUM = re.compile(r"\s*\[(?:internet|online|serial[^\]]*|electronic resource|en ligne|"
                     r"cd-rom|(?:home ?page|database) on the internet)\]$", re.IGNORECASE)


# "In Proceedings of ...", "In: Book", and "In" in other languages before a capital ("dans
# Nature", "en : EMBO Rep", "W: Prace").
# (Romanian "în"; a colon may be glued to the name after it: "in :Genome biology")
_IN = re.compile(r"^(?:(?i:in|în)\s?(?::\s*|\s+)(?=[\w«„“])"
                 r"|(?i:dans|en|em|im|nel|nella|w)\s?:?\s+(?=[A-Z]))")
# A volume word or ABNT's "[s. l.]" (no place; "[N.p.]" in English) closing the journal:
# "Gene, tome", "Genetics, [s. l.]" belong to the fields after it; so do the volume words of
# Czech and Slovak ("zv.", "roč."), Estonian ("kd", köide), the Scandinavian "årg." and
# ABNT's lower-case "v." ("Revista Ambiente & Água, [N.p.], v. 8").
# Alone, an abbreviated one ("Bd.") is no container either, but a word in full is a title
# ("Volume" is a magazine), unless its number follows.
_FULL_WORDS = "tome|volume|band|año"
_TAIL = re.compile(rf"(?:^(?!(?:{_FULL_WORDS})\.?$)|[\s,]+)"
                   r"(?:\[?s\.\s?l\.?\]?|\[n\.\s?p\.?\]|tome|vol|vols|volume|bd|band|jg|jahrg|año|"
                   r"zv|roč|kd|årg|(?-i:v)|"
                   r"\(?(?:trad\.?|traduit|transl\.?|translated) (?:par|by)\)?)\.?$",
                   re.IGNORECASE)  # a translator's cue left without a name, too


# A book's volume in its series run on into the book ("Logics of Programs, volume 193 of
# Lecture Notes in Computer Science"): the book ends before it (the number is the volume).
_SERIES_VOLUME = re.compile(r"[,.]?\s+(?:volume|vol\.)\s*\d+,?\s+of\s+(?-i:[A-Z]).*$",
                            re.IGNORECASE)


_WORD_ALONE = re.compile(rf"(?:{_FULL_WORDS})\.?", re.IGNORECASE)
_NUMBER_NEXT = re.compile(r"\s+\d")  # "Volume 12": no comma or stop before the number


def clean_container(value: str, after: str = "") -> str:
    """The container without a leading "In", dash or trailing volume word or translator cue,
    nor the series a volume of it belongs to. `after`: the text printed after it."""
    if " of " in value:  # (most containers: no series)
        value = _SERIES_VOLUME.sub("", value)
    value = trim(_TAIL.sub("", _IN.sub("", value.lstrip("–—- "))))
    if value.endswith("]"):  # a placeholder before the volume word: "Genetics, [s. l.], v."
        value = trim(_TAIL.sub("", value))
    if "," in value:  # (most containers: no comma)
        value = _TWICE.sub(r"\g<bare>", value)
    return "" if _NUMBER_NEXT.match(after) and _WORD_ALONE.fullmatch(value) else value


# A journal printed twice, its name and its abbreviation alike ("Analyst., Analyst., 141",
# the styles that print both where a record holds the same name in both).
_TWICE = re.compile(r"^(?P<bare>[^,]{3,}?)\.?,\s+(?P=bare)\.?$")


# A paper printed with no title of its own ("A. Yu. Smirnov, in Proc. of ...", "Folkner, W. M.
# 2009, in IAU Symposium", "Rasch in: Bernsdorf"): the lower-case cue before the book's
# name, after the comma that closes the names or the date, or with a colon, is no title
# word. After a full stop a title starts, and a lower-case "in" there is its first word,
# however the list set its case ("Smith J. in Vivo Imaging ...", "(2004). in Memoriam").
_IN_CUE = re.compile(r"^in(?::\s*|\s+)(?=[A-Z0-9])")


def _without_in_cue(title: str, before: str) -> str:
    cue = _IN_CUE.match(title)
    if cue and (":" in cue.group() or before.rstrip().endswith(",")):
        return title[cue.end():]
    return title


def first_runs(text: str, found: tuple[Run, ...]) -> dict[str, str]:
    """label -> trimmed text of the label's first run (the longest, for titles)."""
    fields: dict[str, str] = {}
    for run in found:
        # (a later run of a field already filled is not trimmed: only the title's may win)
        if run.label not in _RUN_FIELDS or (run.label in fields and run.label != "title"):
            continue
        value = trim(text[run.start:run.end])
        if run.label == "container":
            value = clean_container(value, text[run.end:run.end + 8])
        elif run.label == "title" and value.startswith("in"):
            value = _without_in_cue(value, text[:run.start])
        if run.label in ("container", "title") and value.endswith("]"):
            value = _MEDIUM.sub("", value)
        if run.label == "title" and len(value) > len(fields.get("title", "")):
            fields["title"] = value  # a subtitle split off by a stray label is shorter
        elif run.label not in fields and value:
            fields[run.label] = value
    return fields
