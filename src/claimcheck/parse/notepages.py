"""Which page a note cites, decided from the habits of its list of notes.

One string at a time, "Laval 2006, 168." or "Brain Res 1148 (2012) 56-62, p. 24." does not
say whether its last page group is the page the note cites or the work's pages: ordinary
lists print pages there too. A list of notes (`notelist.reads_as_notes`) says it by habit:
when most of its notes end with a page group after the work (after the year, or after
another page group), the last page group of each such note is its pinpoint:
- after another page group ("56-62, p. 24", "1556–1570, 461", "52-68: 234", "S. 2498–2504,
  S. 375"): always;
- directly after the year ("Laval 2006, 168.", "(Cambridge, 1982), 461", "(2011): 113"):
  for a work without a journal's volume (a book, a chapter, a report), always; for a
  journal's article, when it spans under ten pages and the list does not print articles
  with their range and the cited page both (Chicago's note cites the page alone; Italian
  and German notes print "299-313: 254").
Such a note is parsed again without its pinpoint, so that the tagger does not read the cited
page into the work's fields.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import NamedTuple

from claimcheck.ingest.interface import RawEntry
from claimcheck.model import Reference
from claimcheck.parse.notecomment import split_comment
from claimcheck.parse.notes import LOC, LOCS, PAGE_WORD, page_span
from claimcheck.vocabulary import YEAR_DIGITS

_CUE = (r"(?:(?:hier|here|ici|esp\.|especially|insbes\.|en\s+partic\.|part\.|see|voir|"
        r"véase|vedi|cfr\.|vgl\.)\s+)?")
_GROUP = rf"(?P<group>{_CUE}{PAGE_WORD}?(?<![\d])(?P<loc>{LOCS}))\s*\)?\s*[.,]?\s*$"
# the work's pages end (no digit after), then a mark or a word before the cited group
_AFTER_PAGES = re.compile(
    rf"(?:\d+[a-z]?\s*[-‑–—]\s*\d+|(?:pp?\.|S\.)\s*\d+[a-z]?)(?![\d‑–—-])"
    rf"(?:\s*[,:;]\s*\(?|\s*\(|\s+(?=[^\W\d]))\s*{_GROUP}")
# OSCOLA's article, "(2013) 23 Curr Opin Neurobiol 261, 107": volume, journal, first page,
# then the cited page
_AFTER_FIRST_PAGE = re.compile(
    rf"[)\]]\s+\d+(?:\(\d+\))?\s+[^\W\d][^\d()]*?\s+(?P<first>\d+[a-z]?)\s*,\s*{_GROUP}")
# a link after the cited page ("<http://...>", "doi:10.1/x", "https://...", "(accessed ...)")
_LINK = re.compile(r"[,.]?\s*(?:<[^<>]*>|(?:https?://|doi:\s*)\S+|\(accessed[^()]*\))\s*\.?\s*$",
                   re.IGNORECASE)
# a page word after a comma ("..., R 43/816, p. 339.", "Wiley-Blackwell, 1962, page 88")
_AFTER_WORD = re.compile(rf",\s*(?=(?:pages?|pp?\.|S\.)\s*[\divxlc]){_GROUP}")
# the note's own words after the cited page: ", where the argument is made at length.",
# "; for a different view, see the works cited in n. 4.", ". The point is disputed."
_PROSE = re.compile(r"(?<=[\divxlc)\]])\s*(?:[,;]\s+(?=[a-z])|\.\s+(?=[A-Z]))"
                    r"(?P<prose>[^\d()\[\]<>«»“”\"]{8,200}?(?:\bnn?\.\s*\d+)?)\s*\.?\s*$")
_AFTER_YEAR = re.compile(rf"(?<!\d){YEAR_DIGITS}[a-z]?\.?\)?(?:\s*[,:]\s*|\s+){_GROUP}")
_RANGE = re.compile(r"\d\s*[-‑–—]\s*\d")
_SPAN = 10  # a cited passage spans fewer pages than an article
_NEARLY_ALL = 4  # four ranges to one lone page
_NUMBER = re.compile(r"^\s*\d{1,3}[.)]?\s+(?=\D)")


class _Tail(NamedTuple):
    """A note's last page group: where it starts in the text, the locator, how it follows."""

    text: str
    start: int
    loc: str
    after_pages: bool
    link: str = ""  # a link printed after the cited page, kept with the work
    bare: bool = False  # right after an imprint's parenthesis, no page word
    prose: str = ""  # the note's own words after the cited page
    first: str = ""  # the work's first page when the layout shows it ("117 LQR 1, 5")


def _body(reference: Reference) -> str:
    """The note as printed without its label or note number (in a list of notes, a number
    is a label)."""
    from claimcheck.parse.backrefs import note_number
    from claimcheck.parse.patterns import split_label

    return _NUMBER.sub("", note_number(split_label(reference.raw, reference.index)[1])[1])


def _tail(reference: Reference) -> _Tail | None:
    text = split_comment(_body(reference))[0]
    link = ""
    if ("<" in text or "http" in text or "doi" in text or "accessed" in text) and (
            found_link := _LINK.search(text, max(0, len(text) - 300))):
        text, link = text[: found_link.start()], found_link.group().strip(" ,.")
    prose, words = _PROSE.search(text, max(0, len(text) - 220)), ""
    if prose and len(prose.group("prose").split()) >= 3:
        text, words = text[: prose.start()], prose.group("prose").strip()
    found = (_AFTER_PAGES.search(text, max(0, len(text) - 80))
             or _AFTER_FIRST_PAGE.search(text, max(0, len(text) - 120)))
    after_pages = found is not None
    found = (found or _AFTER_YEAR.search(text, max(0, len(text) - 80))
             or _AFTER_WORD.search(text, max(0, len(text) - 40)))
    if not found:
        return None
    loc = re.sub(r"\s+", " ", found.group("loc")).strip(" ,.")
    bare = text[: found.start("group")].rstrip(" ,").endswith(")") and found.group("loc") == \
        found.group("group")
    return _first_page_kept(reference, _Tail(text, found.start("group"), loc, after_pages,
                                             link, bare, words, found.groupdict().get("first")
                                             or ""))


# German legal notes print a journal's first page, then the cited one, after the year or
# the volume: "JZ 1993, 377, 380", "BGH NJW 2005, 1234, 1236", "AcP 161 (1962), 52, 60":
# only the last is the pinpoint (as OSCOLA's "117 LQR 1, 5", `_AFTER_FIRST_PAGE`)
_IMPRINT_END = re.compile(r"\((?=[^()]*[^\W\d_])[^()]*\)\s*[,:]?\s*$")
_FIRST_THEN_CITED = re.compile(rf"^\d{{1,5}}[a-z]?\s*,\s*(?P<last>{LOC})$")


def _first_page_kept(reference: Reference, tail: _Tail) -> _Tail:
    found = _FIRST_THEN_CITED.match(tail.loc)
    # (the tagger reads a journal's parts as a volume and pages: no book's cited pages)
    if (tail.after_pages or not (reference.container or reference.volume) or not found
            or _IMPRINT_END.search(tail.text, 0, tail.start)):  # a book's "(n.p., 1973), 1, 311"
        return tail
    comma = tail.text.rindex(",", tail.start)
    start = comma + len(tail.text[comma:]) - len(tail.text[comma + 1:].lstrip())
    return tail._replace(start=start, loc=found.group("last"), after_pages=True, bare=False,
                         first=re.split(r"\s*,", tail.loc)[0])


def _note_habits(refs: tuple[Reference, ...], full: list[int]) -> bool:
    """Whether the list cites as notes do, beyond its signal words (two "See also" make an
    ordinary list read as notes too): it refers back (an "Ibid.", a short form linked to
    its work), or most first authors are printed given name first ("Mary Douglas,",
    "A. Jones,"), not family name first as bibliographies print them ("Abbott, Andrew.")."""
    if any(r.kind == "short" and (not r.title or r.refers_to) for r in refs):
        return True
    named = [refs[i] for i in full if refs[i].authors and refs[i].authors[0].family]
    return sum(1 for r in named if _given_first(r)) * 2 > len(named) > 0


def _given_first(reference: Reference) -> bool:
    from claimcheck.parse.notes import split_signal

    head = split_signal(_body(reference))[1][:80]
    family = reference.authors[0].family
    return not head.startswith(family) and family in head


# a conference's proceedings print their pages where a journal does ("in Proc. ICLR, 2015,
# p. 1."): a lone page there is the paper's, as a journal article's is
_PROCEEDINGS = re.compile(r"\b(?:proc|proceedings|conference|conf|symposium|workshop)\b",
                          re.IGNORECASE)


def _journal(reference: Reference) -> bool:
    return bool(reference.volume and reference.container)


def _journal_like(reference: Reference) -> bool:
    return _journal(reference) or bool(_PROCEEDINGS.search(reference.container))


def pinpoints(references: Sequence[Reference]) -> tuple[Reference, ...]:
    """The references of a list of notes with each cited page the list's habit marks kept
    apart as the pinpoint (the note parsed again without it); unchanged when most notes do
    not end with a page after the work."""
    refs = tuple(references)
    full = [i for i, r in enumerate(refs) if r.kind != "short"]
    if not full or not _note_habits(refs, full):
        return refs
    tails = {i: _tail(refs[i]) for i in full if not refs[i].pinpoint}
    ending = sum(1 for i in full if refs[i].pinpoint or tails.get(i) is not None)
    if ending * 2 < len(full):
        return refs
    # the journals' tails: mostly a range and a page ("1053-75, at 1060") or nearly all
    # their range alone ("in Proc. CVPR, 2009, pp. 248-255"; notes cite single pages as
    # often as short ranges): a lone page there is the article's
    journals = [t for i, t in tails.items() if t is not None and _journal_like(refs[i])]
    ranges = sum(1 for t in journals if _RANGE.search(t.loc))
    both = (sum(1 for t in journals if t.after_pages) * 2 >= len(journals) > 0
            or (ranges >= _NEARLY_ALL * (len(journals) - ranges) and ranges >= _NEARLY_ALL))
    chosen = {i: t for i, t in tails.items() if t is not None and _cited(refs[i], t, both)}
    return _reparsed(refs, chosen) if chosen else refs


def _cited(reference: Reference, tail: _Tail, both: bool) -> bool:
    if tail.after_pages:
        return True
    if not reference.container:  # a book has no range of its own; a chapter's is long
        return page_span(tail.loc) < _SPAN
    if tail.bare and not _journal(reference):  # Chicago's chapter: "(City: Publisher, 2000), 32"
        return page_span(tail.loc) < _SPAN
    # an article's or a chapter's short range is its own as often as the cited passage; a
    # lone page after an article is its first page in a list that prints range and page
    return not _RANGE.search(tail.loc) and not (both and _journal_like(reference))


def _label(raw: str) -> str:
    found = _NUMBER.match(raw)
    return found.group().strip(" .)") if found else ""


def _without_pinpoint(tail: _Tail) -> str:
    work = tail.text[: tail.start].rstrip(" ,;:(") + "."
    return f"{work} {tail.link}" if tail.link else work


def _pages(new: Reference, tail: _Tail) -> str:
    """The work's pages after the reparse without its cited page: the first page the layout
    showed (the tagger may read "(2005) 64 CLJ 40" as pages 64); a page the reparse read as
    cited ("Canaris, JZ 1993, 377." alone reads as an author-date note citing 377)."""
    if tail.first and not new.pages.startswith(tail.first):
        return tail.first
    return new.pages or (new.pinpoint if tail.after_pages else "")


def _reparsed(refs: tuple[Reference, ...], chosen: dict[int, _Tail]) -> tuple[Reference, ...]:
    from claimcheck.parse.parser import parse_here
    from claimcheck.parse.tagger import MODEL_PATH

    order = sorted(chosen)
    entries = [RawEntry(text=_without_pinpoint(chosen[i]), index=refs[i].index, line=refs[i].line)
               for i in order]
    out = list(refs)
    for i, new in zip(order, parse_here(entries, MODEL_PATH), strict=True):
        old = refs[i]
        label = old.label or _label(old.raw)
        pages = _pages(new, chosen[i])
        out[i] = replace(new, id=old.id, raw=old.raw, label=label, pinpoint=chosen[i].loc,
                         pages=pages,
                         notes=old.notes + ((chosen[i].prose,) if chosen[i].prose else ()),
                         refers_to=old.refers_to)
    return tuple(out)
