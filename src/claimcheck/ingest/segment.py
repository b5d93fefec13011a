"""Splits the lines of a reference list into entries, by the layout the whole list shows.

`layout.decide` reads the list once (numbered, bulleted, blank-line separated, one reference a
line, or hard-wrapped); then each line either starts an entry or carries on the one before:

- numbered: a line whose number continues the count starts one;
- bulleted: a bullet starts one, unless a page break cut the item before in two;
- blank: a block between blank lines is one, unless it plainly goes on from the one before;
- bare: every line is one, unless the line before stopped mid-phrase (a comma, "and");
- wrapped: the evidence of `boundary` is weighed (the previous line stopped short of the wrap
  width, how it ends, how the line starts); a hanging indent decides alone. The boundaries it
  is unsure of are weighed again by `rescore`, with the entries they would make on both sides
  against the list's sure entries.

Furniture lines (page numbers, repeated running headers) are dropped; a header printed once
beside a page number (`pageedge`) is read as if absent and kept where it stands, in the entry
before it. Linear in the lines.
"""

from __future__ import annotations

import itertools
import re

# The rules of one-a-line lists (barejoin, entrycut, lateyear, sizedrules and what they
# import), of wrapped ones (boundary, rescore), of repeated lines (entryalone) and of names after
# a title (authorhead) are imported where a list needs them: a numbered list never does, and
# their ~400 patterns' compiling was half of a warm `dois` (docs/benchmarks/scale.md, session
# 20 speed9).
from claimcheck.ingest import bare, bulletruns
from claimcheck.ingest.boundaryfeatures import CERTAIN, HEAD
from claimcheck.ingest.layout import (
    Layout,
    Line,
    counted_starts,
    decide,
    is_bullet,
    joined_lines,
    read_lines,
)
from claimcheck.ingest.starts import (
    MARKER,
    OPEN_END,
    YEAR,
    author_led,
    cut_item,
    strong_start,
)
from claimcheck.vocabulary import YEAR_DIGITS

Entry = tuple[int, str]  # (1-based input line where it starts, text)


def segment(raw: list[tuple[int, str]], whole: bool = False) -> list[Entry]:
    """Entries of a list given as (line number, line) pairs, blank lines included. A bulleted
    list that goes on without bullets for a while is cut there, each part read in a layout
    of its own (`whole`: a part, not cut again)."""
    lines = read_lines(raw)
    layout, content, flags, scores = first_pass(raw, lines)
    texts = [line.text for line in content]
    runs = bulletruns.unbulleted_runs(texts) if layout.kind == "bulleted" and not whole else []
    if runs:
        where = {content[k].number for k in runs}
        cuts = [0, *(k for k, (number, _) in enumerate(raw) if number in where), len(raw)]
        return [entry for a, b in itertools.pairwise(cuts) for entry in segment(raw[a:b], True)]
    if layout.kind == "wrapped" and layout.start_indent is None:
        from claimcheck.ingest import rescore

        flags = rescore.revise(texts, flags, scores)
    parts: list[list[str]] = []  # the lines of each entry, joined once at the end (linear)
    numbers: list[int] = []
    headers = kept_headers(lines)  # kept where they stand: a real line so shaped keeps its place
    for k, (line, start) in enumerate(zip(content, flags, strict=True)):
        if start or not parts:
            numbers.append(line.number)
            parts.append([line.text])
        else:
            parts[-1].append(_BULLET.sub("", line.text) if layout.kind == "bulleted" else line.text)
        parts[-1] += headers.get(k, [])
    return [(number, joined_lines(lines)) for number, lines in zip(numbers, parts, strict=True)]


def kept_headers(lines: list[Line | None]) -> dict[int, list[str]]:
    """The headers kept (`Line.no_start`), by the index among the content lines (neither
    furniture nor kept) of the line before them: the entry that line is in keeps them."""
    out: dict[int, list[str]] = {}
    k = -1
    for line in lines:
        if line is not None and line.no_start and not line.furniture:
            out.setdefault(max(k, 0), []).append(line.text)
        elif line is not None and not line.furniture:
            k += 1
    return out


def first_pass(raw: list[tuple[int, str]], lines: list[Line | None] | None = None
               ) -> tuple[Layout, list[Line], list[bool], list[float]]:
    """The list's layout, its lines that are not furniture nor kept headers, and the first
    pass's start flags and scores for them (`benchmarks/segment_rescore_train.py` learns from
    these); `lines`: the list's lines already read."""
    lines = read_lines(raw) if lines is None else lines
    layout = decide(lines)
    content: list[Line] = []
    gap: list[bool] = []  # a blank line comes before
    pending = False
    for line in lines:
        if line is None or line.aside:
            pending = pending or line is None
            continue
        content.append(line)
        gap.append(pending)
        pending = False
    numbered = counted_starts(content) if layout.kind == "numbered" else set()
    texts = [line.text for line in content]
    bullets = [is_bullet(text) for text in texts]
    loose = bulletruns.loose_lines(texts, bullets) if layout.kind == "bulleted" else set()
    if layout.kind == "bare" or loose:
        from claimcheck.ingest import lateyear
    one_a_line = lateyear.habits(texts) if layout.kind == "bare" or loose else None
    flags, scores = _starts(layout, content, gap, numbered, (one_a_line, loose))
    return layout, content, flags, scores


def _starts(layout: Layout, content: list[Line], gap: list[bool], numbered: set[int],
            bare_lines: tuple[bare.BareHabits | None, set[int]]
            ) -> tuple[list[bool], list[float]]:
    """Whether each line starts an entry, line by line, and how surely (wrapped lists).
    `bare_lines`: the habits of a one-a-line list, and the lines of a bulleted list that go
    on without bullets (read as a one-a-line list's)."""
    one_a_line, loose = bare_lines
    if one_a_line is not None:
        from claimcheck.ingest import barejoin, entrycut, lateyear, sizedrules
    if one_a_line is not None or any(line.repeated for line in content):
        from claimcheck.ingest import entryalone
    if layout.kind == "wrapped":
        from claimcheck.ingest.boundary import score
    flags: list[bool] = []
    scores: list[float] = []
    current: list[str] = []  # the lines of the last entry so far
    head, size = "", 0  # the start of the last entry's text, its number of lines
    dated = False  # the last entry prints its year (one-a-line lists)
    # the brackets the last entry left open (one-a-line lists)
    depths = entrycut.NONE if one_a_line is not None else ()
    for i, line in enumerate(content):
        after = content[i + 1] if i + 1 < len(content) else None
        sure = CERTAIN
        if i and i not in numbered and content[i - 1].closed and layout.kind != "numbered":
            goes_on = False  # the line before surely ended its entry (PDF layout)
        elif i and i not in numbered and layout.kind == "wrapped":
            sure = -CERTAIN if _lone_header(line, gap, i) else score(
                layout, (head, size), content[i - 1], line, after)
            goes_on = sure <= 0
        else:
            here = _BARE if i in loose else layout
            goes_on = bool(i) and i not in numbered and _continues(
                here, (head, size), (content[i - 1], after), line, gap[i])
            # a repeated line may be a header; an imprint alone is none ("Cambridge, MA:
            # Harvard University Press." twice in a list) and goes by the rules below
            again = line.repeated and not entryalone.imprint_only(line.text)
            if one_a_line is not None and here.kind == "bare" and i and not again:
                prev = content[i - 1].text
                goes_on = not entrycut.opens_anew(line.text) and (
                    barejoin.goes_on(prev, line.text, one_a_line, goes_on) or any(
                        rule(prev, line.text, one_a_line, dated) for rule in lateyear.RULES)
                    or any(rule(prev, line.text, one_a_line, size, dated)
                           for rule in sizedrules.SIZED_RULES)
                    or entrycut.goes_on(entrycut.EntrySoFar(depths, size, dated), prev,
                                        line.text, one_a_line))
        if goes_on:
            current.append(_BULLET.sub("", line.text) if layout.kind == "bulleted" else line.text)
            head = joined_lines(current)[:HEAD] if len(head) < HEAD else head
            size += 1
        else:
            current, head, size, dated = [line.text], line.text[:HEAD], 1, False
        dated = dated or (one_a_line is not None and lateyear.prints_year(line.text))
        if one_a_line is not None:
            depths = entrycut.deepen(depths if goes_on else entrycut.NONE, line.text)
        flags.append(not goes_on)
        scores.append(sure)
    return flags, scores


def _lone_header(line: Line, gap: list[bool], i: int) -> bool:
    """A short line without a year alone between blank lines of a wrapped list: a page
    header or footer printed once ("Smith et al."); it is attached, never an entry."""
    alone = gap[i] and (i + 1 == len(gap) or gap[i + 1])
    return alone and len(line.text) < 40 and not YEAR.search(line.text)


def _continues(layout: Layout, entry: tuple[str, int], around: tuple[Line, Line | None],
               line: Line, gap: bool) -> bool:
    """Whether `line` carries on the entry whose text and line count so far are `entry`;
    `around` holds the lines before and after it."""
    text, prev = line.text, around[0]
    if layout.kind == "numbered":
        return True  # counted numbers alone start entries (checked by the caller)
    if layout.kind == "bulleted":
        # an item cut in two by a page break: only across a blank line (or in lower case)
        content = MARKER.sub("", text)
        return not is_bullet(text) or (
            (gap or content[:1].islower()) and cut_item(entry[0], content))
    if layout.kind == "blank":
        return not gap or _goes_on(prev.text, text, entry[0])
    if layout.kind == "bare":
        # a URL, DOI or year alone, or a link after its lead ("In: http://..."), is the
        # previous entry's, cut at its end; a repeated line that does not start like a
        # reference is a header or a recurring tail: attached, not one
        from claimcheck.ingest.linknote import link_note

        return bool(_LINK_ALONE.match(text)) or link_note(
            prev.text, text, around[1].text if around[1] else "") or (
            (line.repeated or bool(OPEN_END.search(prev.text)))
            and not _opens(text, entry[0], prev.text))
    return True  # wrapped lists are weighed by the caller


def _goes_on(prev: str, text: str, head: str) -> bool:
    """A new block that plainly continues the last: lower case, or the last stopped mid-phrase;
    never one that starts with a name, also one with a particle ("van Breukelen GJP, ...")."""
    return not _opens(text, head, prev) and (text[:1].islower() or bool(OPEN_END.search(prev)))


def _opens(text: str, head: str, prev: str) -> bool:
    """The line starts as an entry does: a name; the first two words of the entry before with
    a year (the same author's next work, "World Bank (2008): ...", after "... Washington
    D.C." that seems to end on an initial, or after a URL's slash); or, after a full stop, an
    organisation with its bracketed year. After "in:" the same author's work is the one the
    entry is in."""
    # (a lower-case phrase or a title's word and an imprint only read as names)
    names = author_led(text) and not bare.phrase_lead(text) and not bare.imprint_after_word(text)
    if names:
        return True
    from claimcheck.ingest import authorhead

    if authorhead.dated_after_title(prev, text):
        return True
    words = text.split(maxsplit=2)[:2]
    again = len(words) == 2 and head.split(maxsplit=2)[:2] == words and bool(
        YEAR.search(text, 0, 60))
    # "University of" / "Chicago Press (1984)." is a publisher wrapped, not an organisation
    sure = prev.rstrip().endswith(".") and strong_start(text)
    return not _IN_END.search(prev) and (again or sure)


_BARE = Layout("bare", 0, None)
_IN_END = re.compile(r"\b(?:[Ii]n|[Ii]n:|aus|dans|en)\s*$")  # "..., in:" then the work it is in
_LINK_ALONE = re.compile(
    rf"^<?(?:https?://|www\.|doi:\s*|10\.\d{{4,9}}/)\S*$|^{YEAR_DIGITS}$", re.IGNORECASE)
_BULLET = re.compile(r"^[-*•–·]\s+")
