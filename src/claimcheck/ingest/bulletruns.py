"""Where a bulleted list goes on without its bullets: lines read one a line, or a stretch cut off.

A bulleted list may drop its bullets here and there, or for good after a while; an annotated
list puts sentences under its items. Lines without a bullet that are whole references (a name
and a year, not a sentence citing one: "Berg, I. (1970) had made ...") are entries of their
own; the wrapped lines of a long item, or an annotation, stay with their bullet. Linear.
"""

from __future__ import annotations

import itertools
import re

from claimcheck.ingest.bare import HABIT, named_and_dated
from claimcheck.ingest.layout import is_bullet
from claimcheck.ingest.starts import YEAR, author_led, strong_start
from claimcheck.vocabulary import YEAR_DIGITS

_PROSE = re.compile(rf"\({YEAR_DIGITS}[a-z]?\)\s+[a-z]{{2,}}\s")  # "(1970) had made"
_RUN_ALONE = 8  # lines without a bullet in a bulleted list that make a list of their own
_RUN = 3  # lines without a bullet in a row that are no bullet item's wrapped lines


def loose_lines(texts: list[str], bullets: list[bool]) -> set[int]:
    """The lines of a bulleted list that go on one reference a line without a bullet, read
    as a bare list's lines: all lines without one when four in five of them open with a name
    and print a year (bullets lost here and there); else, when the items are one line each
    (four in five bullets are followed by a bullet), the lines of a run of three or more
    without one, four in five of them whole references (the list drops its bullets there)."""
    plain = [k for k, bullet in enumerate(bullets) if not bullet and k]
    named = sum(1 for k in plain if YEAR.search(texts[k]) and (
        author_led(texts[k]) or strong_start(texts[k])))
    if plain and named >= HABIT * len(plain):
        return set(plain)
    marked = [k for k, bullet in enumerate(bullets[:-1]) if bullet]
    if not marked or sum(bullets[k + 1] for k in marked) < HABIT * len(marked):
        return set()
    out: set[int] = set()
    run: list[int] = []
    for k, bullet in enumerate([*bullets, True]):
        if not bullet:
            run.append(k)
            continue
        if len(run) >= _RUN and sum(map(_whole_line, (texts[j] for j in run))) >= HABIT * len(run):
            out.update(run)
        run = []
    return out


def _whole_line(text: str) -> bool:
    """The line looks a whole reference: it opens as an entry and prints a year (not an
    annotation, "Collins argues that ...", "Berg, I. (1970) had made ...", nor a long item's
    wrapped names or title)."""
    return named_and_dated(text) and not _PROSE.search(text)


def unbulleted_runs(texts: list[str]) -> list[int]:
    """Where a bulleted list goes on without bullets for a while (eight lines or more, and
    three times its usual item or more), as cut points: the first line after a bullet that
    surely opens an entry, and the next bullet (or none at the list's end); not where the
    lines under a bullet are an annotation. Linear."""
    marked = [k for k, text in enumerate(texts) if is_bullet(text)]
    if len(marked) < 3:
        return []
    gaps = sorted(b - a for a, b in itertools.pairwise(marked))
    usual = gaps[len(gaps) // 2]
    cuts: list[int] = []
    for here, after in itertools.pairwise([*marked, len(texts)]):
        if after - here - 1 >= max(_RUN_ALONE, 3 * usual):
            first = next((k for k in range(here + 1, after) if strong_start(texts[k])), None)
            # lines under the bullet past its usual item, then sentences that cite a
            # year ("Berg, I. (1970) had made a similar ..."): an annotation, not entries
            notes = first is not None and first - here > usual and any(
                _PROSE.search(text) for text in texts[here + 1:after])
            if first is not None and not notes:
                cuts += [first, after] if after < len(texts) else [first]
    return cuts
