"""A year and a page with no name before them: "... sabe de alguma coisa” (1987, p.19).

The humanities name an author, quote them at length, and close the quotation with the
year and the page alone ("Barthes chama atenção ... ao afirmar que “...” (1987, p.19)").
Such a parenthesis is a callout only when a quotation closes right before it ("”", "»",
"’", a straight quote, with or without a full stop) and the sentence that opens the
quotation names, last before it, the first author of exactly one entry of that year
(its co-authors may follow: "Smith and Lee"), or when those names are printed right before
the parenthesis (a narrative callout whose names the author-year reader could not read:
"Asensi-Fabado and Munne'-Bosch (2010, p. 23)"). Any other capitalised word after that name
("Smith studied this. Jones argued that “...”") means someone else may be quoted, and the
year stays unread: a false link would hide a work missing from the list. Names are compared
under the linker's own keys ("Rot" for "aan het Rot", "Márquez" for "García Márquez"). It
links to the entry by the name found. A year without a page ("(1987)") is left alone:
alone, it dates events as often as it cites.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from claimcheck.citations.entries import Entry
from claimcheck.citations.names import is_stopword, name_keys
from claimcheck.citations.scripts import UPPER, name_fold
from claimcheck.citations.spans import in_order, line_of
from claimcheck.model import Callout

_BARE = re.compile(
    r"(?<![\w,;])\([ \u00a0]*(?P<year>1[6-9]\d\d|20\d\d)(?P<suffix>[a-z])?"
    r",[ \u00a0]*pp?\.[ \u00a0]?\d"
)
_WINDOW = 600  # how far back in the paragraph the author may be named
# each closing quote mark and the marks that open its quotation
_OPENERS = {"”": "“„", "»": "«", "’": "‘", '"': '"'}
_QUOTED = re.compile(r'“[^“”\n]*”|„[^“”\n]*[“”]|«[^«»\n]*»|"[^"\n]*"')
# a capitalised word, as a name is printed ("Barthes", "BARTHES", "López-Gil", "O’Neil")
_WORD = re.compile(rf"(?<![\w’'-])[{UPPER}][^\W\d_]*(?:[-\u2010’']+[^\W\d_]+)*")
# a full stop that ends a sentence, not an initial's ("J. Smith") nor "et al."
_SENTENCE_END = re.compile(rf"(?<!\bal)(?<![\s(][{UPPER}])[.!?…][ \u00a0\n]+")
_SHORTEST = 3  # "Li", "Wu": a name this short is too often some other word


def with_bare_years(body: str, callouts: Sequence[Callout], entries: Sequence[Entry],
                    ) -> tuple[Callout, ...]:
    """`callouts` and the bare years of `body` whose author the paragraph names, in order,
    with groups numbered again in order of appearance."""
    taken = [(c.start, c.end) for c in callouts]
    more = []
    for match in _BARE.finditer(body):
        span = match.span("year")
        if any(s < match.end() and span[0] < e for s, e in taken):
            continue
        name = _named_before(body, match, entries)
        if name:
            end = match.end("suffix") if match.group("suffix") else span[1]
            more.append(Callout(
                text=body[span[0] : end], start=span[0], end=end,
                line=line_of(body, span[0]), group=-span[0], style="author-year",
                names=(name,), year=match.group("year"),
                year_suffix=match.group("suffix") or "",
            ))
    if not more:
        return tuple(callouts)
    return in_order((*callouts, *more))


def _named_before(body: str, match: re.Match[str], entries: Sequence[Entry]) -> str:
    """The first author's name, as listed, of the one entry of the year whose authors are
    named last before `match` (`_lead_names`); "" when none or two."""
    words = _lead_names(body, match.start())
    year, suffix = match.group("year"), match.group("suffix") or ""
    named = [entry.families[0] for entry in entries
             if words and entry.families and entry.year == year
             and not (suffix and entry.suffix and entry.suffix != suffix)
             and _named_last(words, entry)]
    return named[0] if len(named) == 1 else ""


def _lead_names(body: str, at: int) -> list[str]:
    """The folded capitalised words, stopwords left out, of the sentence that opens the
    quotation closing right before `at`, or of the sentence up to `at` when its last one
    ends right there ("Smith and Lee (2010, p. 3)"); none otherwise (prose)."""
    floor = max(body.rfind("\n\n", 0, at) + 1, at - _WINDOW)
    opening = _quotation_opening(body, floor, at)
    end = opening if opening >= 0 else at
    lead = _QUOTED.sub(lambda m: " " * len(m.group()), body[floor:end])  # offsets kept
    ends = [m.end() for m in _SENTENCE_END.finditer(lead)]
    found = [m for m in _WORD.finditer(lead, ends[-1] if ends else 0)
             if not is_stopword(m.group())]
    if opening < 0 and (not found or lead[found[-1].end() :].strip()):
        return []
    return [name_fold(m.group()) for m in found]


def _quotation_opening(body: str, floor: int, at: int) -> int:
    """Where the quotation that closes right before `at` opens ("“" of "“...” (" or
    "“...”. ("); -1 when no quotation closes there or its opening is not in the window."""
    before = body[floor:at].rstrip()
    if before.endswith(".") and before[-2:-1] in _OPENERS:
        before = before[:-1]  # "“...”. (2012, p. 26)"
    openers = _OPENERS.get(before[-1:], "")
    found = max((before.rfind(o, 0, len(before) - 1) for o in openers), default=-1)
    return floor + found if found >= 0 else -1


def _named_last(words: list[str], entry: Entry) -> bool:
    """Whether the last name-like words are the entry's authors, its first among them."""
    authors = {key for family in entry.families[1:] for key in name_keys(family)}
    first = {key for key in entry.names if len(key) >= _SHORTEST}
    for word in reversed(words):
        if word in first:
            return True
        if word not in authors:
            return False
    return False
