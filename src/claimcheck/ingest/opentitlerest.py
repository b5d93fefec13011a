"""An author-date entry cut inside its title on its first line: the next line is its rest.

A one-a-line entry's first line that is its names, its year and a title's first words with
no mark of their own ("Wooldridge, J. M. (2002), Econometric", "Lind, K. 1998: Harbour
Towns of the", `titlecut.open_title`) has not reached the end of its title: in a list whose
lines end as references end (a stop, pages, a year, a link; or a bare word rare) no whole
entry ends so. `wrapcut.cut_in_title` joins such a cut when the next line reads as a
title's rest and opens as no entry does; a rest that opens as one (a name and its comma,
"Approach, Boulder."; an organisation and its stop, "Effective Organisations. Englewood
Cliffs ..."; a particle in lower case, "der Selbstdarstellung, Göttingen.") stays apart
there. Here the line joins when:
- the list is dated (`bare.HABIT`), no line of it stops inside its title right before a
  head of names and year (`open_wholes`: entries whole so), and under a tenth of the lines
  before such heads stop on a bare word (`head_bare_ends`): both read where entries end,
  so the list's own cuts (followed by their rests, not by heads) do not count;
- the line before is the entry's first line and its only one;
- the line prints no date of its own ("n.d.", a year outside a range, a day's date, a year
  ending the line: `ownyear.own_year`; a dated entry of its own opens with its names
  and year, and an undated work after a whole line is rare in a dated list; a range of
  years inside a title, "Baltic 1850–1914, London: ...", is the entry's rest), opens with
  no list marker, number or link, not with one word and its stop ("Beowulf. London." reads
  as an author alone), nor with names ended by a stop ("Korsgaard, Christine M. The
  Sources of Normativity."), nor with the same-author dash, nor (unless the line before
  ends on a word no title ends on) with a body's or a two-word name, its stop and a title
  sentence before more ("World Health Organization. Global tuberculosis report. Geneva:
  WHO.", "Le Corbusier. Towards a New Architecture. London: ..."): a whole entry ending on
  its title may come before an undated one;
- the line reads as `wrapcut.cut_on_word` reads a rest (the title's case, though after the
  title's first word alone a rest in lower case goes on; not past the title; no title in
  sentence case first; it brings an imprint, a venue, pages or a year; no work cited alone
  after a line not cut at the list's width), but not by how entries open: the line before
  shows the cut itself.
Each test reads two bounded lines; the list's counts once.
"""

from __future__ import annotations

import re

from claimcheck.ingest import titlecut, wordends, wrapcut
from claimcheck.ingest.bare import HABIT, ONE_NAME, BareHabits, dated
from claimcheck.ingest.entryrest import opens_with_names
from claimcheck.ingest.ownyear import own_year
from claimcheck.ingest.starts import ANY_YEAR, YEAR

# A name of capitalised words (short words and commas between them) and its stop, then a
# title sentence of its own and more: an undated work of a body or of an author known by
# two names ("World Health Organization. Global tuberculosis report. Geneva: WHO.", "Le
# Corbusier. Towards a New Architecture. London: ...", "Department for Culture, Media and
# Sport. Taking Part Survey. London: DCMS."), not a title's last words and their imprint
# ("Harbour Authorities. London: Routledge.": one sentence after the stop)
_CAP = r"[A-Z\u00c0-\u00de][\w'’&-]*"
_SHORT = r"(?:of|for|and|the|on|in|de|du|des|la|le|van|von|der|den|für|und|di|da|del|della)"
_NAMED_WORK = re.compile(
    rf"^{_CAP}(?:,?\s(?:{_SHORT}\s){{0,2}}{_CAP}){{1,8}}\.\s+[\"“A-Z\u00c0-\u00de]"
    r"[^.?!]*?(?:[a-z\u00df-\u00ff]{2}|\s[A-Z])[.?!]\s+\S")


def open_wholes(texts: list[str], heads: list[str]) -> int:
    """How many lines stop inside their title (`titlecut.open_title`) right before a line
    that opens with names and year (`heads`: each line's `headyear.head_year`): entries
    whole so, as a list without a title's stop writes them; a cut line is followed by its
    rest instead, so the cuts themselves do not count against the rule."""
    return sum(1 for k in range(len(texts) - 1)
               if heads[k + 1] and titlecut.open_title(texts[k]))


def head_bare_ends(texts: list[str], heads: list[str]) -> float:
    """The share of lines right before a head of names and year (`heads`) that stop on a
    bare word (`wordends.bare_word`): how the list's entries end. Unlike the share of all
    lines (`BareHabits.closed`, `bare_words`) a line cut by a wrap is followed by its rest,
    not a head, so a list's cuts do not make its entries look open."""
    before = [texts[k] for k in range(len(texts) - 1) if heads[k + 1]]
    return sum(1 for text in before if wordends.bare_word(text)) / max(len(before), 1)


def rest_of_open_title(prev: str, text: str, habit: BareHabits, size: int,
                       entry_dated: bool) -> bool:
    """`text` carries on the one-line entry `prev` cut inside its title (see the module)."""
    if size != 1 or not entry_dated or habit.dated < HABIT:
        return False
    if not titlecut.open_title(prev) or habit.open_wholes:
        return False
    if habit.head_bare_ends >= wordends.RARE:
        return False
    if _own_date(prev, text):
        return False
    if titlecut.marked(text):
        return False
    # one word and its stop reads as an author alone ("Beowulf. London.", "Homer. The
    # Odyssey."), as a one-word rest does ("Erwerbsverläufe. Opladen."): left apart
    if ONE_NAME.match(text):
        return False
    # a body's or two-word name, its stop and a title sentence: an undated entry, unless the
    # line before stopped on a word no title ends on ("Soziale Milieus im" / "Gesellschaftlichen
    # Strukturwandel. Zwischen Integration und Ausgrenzung. Köln.")
    if _NAMED_WORK.match(text) and not titlecut.ends_open(prev):
        return False
    # read as `wrapcut.cut_on_word` reads a rest (its case, a title first, what it brings, a
    # work cited alone), but not by how entries open: the line before shows the cut
    # (a title's first word is capitalised whatever its case: after it alone, a rest in
    # lower case is the title's sentence case, "Decline" / "in annual incidence of ...")
    lower = text[:1].islower() and len(titlecut.open_tail(prev).split()) == 1
    if not (lower or wrapcut.same_case(prev, text)) or wrapcut.past_title(prev, text):
        return False
    if wrapcut.title_first(text) or not wrapcut.brings_rest(text):
        return False
    if titlecut.cited_alone(prev, text, habit):
        return False
    return not opens_with_names(text)


def _own_date(prev: str, text: str) -> bool:
    """The line prints a date of its own: "n.d.", "in press", or a year that is not the
    entry's (`ownyear.own_year`: outside a range, a day's date, a year ending the line,
    a work named by its year); a range of years inside a title ("states, 1990–2001.") is
    the entry's rest."""
    if not ANY_YEAR.search(text):
        return dated(text)
    year = YEAR.search(prev)  # the head's (`open_title` prints no other)
    # ("n.d." or "in press" beside a year: `dated` without the years)
    return year is None or dated(YEAR.sub(" ", text)) or own_year(
        text, year.group()[:4])
