"""Reference strings printed as footnotes (humanities, law): what a note adds to the work.

A note cites a work with words around it that are no field of the work:
- a signal word or lead-in before the first name ("See", "Cf.", "See also", "Vgl.", "Voir",
  "For a recent discussion, see"): kept apart as `Reference.signal`, out of the authors;
- a pinpoint, the page the note cites, after the complete work ("(London: Routledge, 1966),
  35.", "91 (1986): 1053-75, at 1060.", MHRA's "pp. 1053-75 (p. 1060)"): kept apart as
  `Reference.pinpoint`, never the work's page range (which the compare stage checks);
- the note's comment after the citation ("emphasis added", "my translation", "eigene
  Übersetzung", "nous soulignons", "who argues that ..."): kept in `Reference.notes`
  (found by `parse.notecomment`);
- the work's short form before its full reference ("Francis 1986: C. Francis, ...", "Lesk
  2005 = M. Lesk, ..."), as archaeology's styles print it: kept apart (`parse.shortheads`),
  its year the work's (the full reference often prints none);
- a back-reference instead of the work ("Ibid., 52.", "Douglas, op. cit., 35.", a short
  form "Douglas, Purity and Danger, 35."): read whole and linked in `parse.backrefs`.

Two misreadings of note layouts by the tagger are put right in `parse.notefields`.
Each rule is a printing convention of note styles, tried only where its cue is printed.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.parse.notecomment import split_comment
from claimcheck.parse.shortheads import split_short_head
from claimcheck.vocabulary import NAME_PARTICLES, YEAR_DIGITS

# A signal word, with what may follow it ("see also", "see, e.g.,", "vgl. auch"), after an
# optional lead-in clause that ends in it ("For a recent discussion, see", "But see").
_SIGNAL = re.compile(
    r"^(?:(?:(?:but|and|also|so|thus|similarly)\s*,?\s+)?"
    r"(?:(?:for|on|in|about|regarding|zu|zur|zum|sur|pour|sobre|à|al|su|sul|sulla|über)"
    r"\s[^.;:()\"“‘«]{0,60}?,?\s+)?"
    r"(?:see|cf\.?|cfr\.?|compare|contra|accord|vgl\.?|siehe|voir|véase|vedi|vedasi|"
    r"si\s+veda|vide|so\s+auch|(?:dazu|hierzu)\s+(?:ausführlich|näher|grundlegend)|"
    r"zum\s+folgenden)"
    r"(?:\s+(?:also|generally|further|esp\.|especially|auch|aussi|además|anche|dazu|ferner|"
    r"notamment|également|también|inoltre))?"
    r"|(?=(?-i:[Ee]\.\s?g\.)|(?-i:[Ff]or\s+(?:example|instance))|z\.\s?B\.|par\s+exemple))"
    r"(?:,?\s*(?:(?-i:[Ee]\.\s?g\.)|(?-i:[Ff]or\s+(?:example|instance))|z\.\s?B\.|par\s+exemple|inter\s+alia),?)?"
    r"\s*[:,]?\s+(?=[\"“‘«\[(]?(?:(?:von|van|de|du|der|den|di|da|del|della|ten|ter|dos)\s+)"
    r"{0,2}(?-i:[A-ZÀ-ÖØ-Þ]))",
    re.IGNORECASE)
# (the first name may open with its particle in lower case: "Vgl. von Mises, R.")
# After a bare signal word: initials then a comma or "and" ("See KE, Morrison EW"), or
# initials then a parenthesis, a year, a full stop or the end ("See SL. The effects", "See
# K. (2006)", "See K. 2006."): the word is a family name (See, Voir, Cf), not a signal.
_NAME_AFTER = re.compile(
    r"^(?:(?:[A-Z]{1,3}|(?:[A-Z]\.\s?){1,3})(?:,|\s+(?:and|&)\s)"
    rf"|(?:[A-Z]\.\s?){{1,3}}\s*(?:\(|{YEAR_DIGITS}\b|$)"
    rf"|[A-Z]{{1,3}}\s*(?:\(|{YEAR_DIGITS}\b|$)|[A-Z]{{2,3}}\.)")
_ONE_WORD = re.compile(r"^[^\W\d_]+\.?$")

# One cited place: a page (arabic, roman), a range, "f."/"ff.", a note ("35 n. 4").
_LOC = (rf"(?:(?!{YEAR_DIGITS}\b)\d{{1,4}}[a-z]?|[ivxlc]{{1,7}})"
        r"(?:\s*[-‑–—]\s*(?:\d{1,4}|[ivxlc]{1,7}))?(?:\s*ff?\.)?(?:\s*nn?\.\s*\d+)?")
LOC = _LOC  # one locator (a short form cites one: `backrefs`)
LOCS = rf"{_LOC}(?:\s*(?:,|and|&)\s*{_LOC})*"
PAGE_WORD = r"(?:(?:pp?|S|s|at|pages?)\.?\s*)"
# ", at 1060." after a range, and MHRA's "(p. 1060)" after a range or a page.
_AT = re.compile(rf"(?:,|(?<=\d))\s+at\s+{PAGE_WORD}?(?P<loc>{LOCS})\s*\.?\s*$")
_MHRA = re.compile(rf"\((?:pp?\.|S\.)\s*(?P<loc>{LOCS})\)\s*\.?\s*$")
_RANGE_END = re.compile(r"\d\s*[-–—]\s*\d+\s*$")
_HERE = re.compile(rf",\s+(?:hier|here|ici)\s+{PAGE_WORD}?(?P<loc>{LOCS})\s*\.?\s*$",
                   re.IGNORECASE)
# A parenthesis that ends in a year with words before it ("(London: Routledge, 1966)",
# "(Routledge 1966)", "(1986)"), then the locator, at the end of the note.
_AFTER_YEAR = re.compile(
    rf"(?P<open>\((?P<inside>[^()]*?)\b{YEAR_DIGITS}[a-z]?\))\s*(?P<sep>[,:]?)\s*"
    rf"(?P<word>{PAGE_WORD}?)(?P<loc>{LOCS})\s*\.?\s*$")
# Two page groups at the end ("pp. 101-106, p. 334", "p. 121, pp. 49-53"): the work's pages,
# then the cited ones (ISO 690 and similar note styles).
_TWO_PAGES = re.compile(
    rf"(?P<work>(?:pp?\.|S\.)\s*(?:{_LOC})?)\s*,\s*(?:pp?\.|S\.)\s*"
    rf"(?P<loc>{LOCS})\s*\.?\s*$")
# An author-date citation in a note: names, the year, the cited page ("Suchman 1995:324",
# "Day and Newburger, 2002, p. 149"); no title, so the names hold no digit or quote.
_AUTHOR_DATE = re.compile(
    rf"^(?P<names>[^\d()\"“‘«;:]{{1,100}}?),?\s+(?P<work>\(?{YEAR_DIGITS}[a-z]?\)?)"
    rf"(?:\s*[:,]\s*{PAGE_WORD}?|\s+(?:pp?|S|s)\.\s*)(?P<loc>{_LOC})\s*\.?\s*$")
_PARTICLES = frozenset(["and", "et", "al.", "und", "u.", "a.", "y", "dan", "dkk.", "van", "von",
                        "de", "der", "du", "la", "le", "–", "&"])
_INITIALS = re.compile(r"(?:[A-ZÀ-Þ]\.-?)+|[A-ZÀ-Þ]{1,3}|al\.")
_MONTH = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|"
                    r"autumn|fall|winter)", re.IGNORECASE)
# Names printed given name first, as notes print them: "Joan W. Scott," "J. W. Scott and"
# (the last word a whole name, not an initial, and no initial after the comma: "Smith J,",
# "Scott, Joan" and "De Alwis, N., G. Hudson" are printed family name first).
_NOTE_NAMES = re.compile(
    rf"(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){{1,3}}(?:(?:{'|'.join(NAME_PARTICLES)})\s+)?[A-ZÀ-Þ][\w'’-]*[^\W\d_]"
    r"(?:,(?!\s*(?:[A-ZÀ-Þ]\.|[A-ZÀ-Þ]{1,3}[,.\s]))|\s+(?:and|&)\s)")
_VOLUME_BEFORE = re.compile(r"(?:\d|\bno\.\s*\d+|\(\s*\d+\s*\))\s*[,.]?\s*$")
_RANGE = re.compile(r"[-–—]")
# A chapter's "in": after punctuation ("…,” in Book"), or "In:" (not a title's own "in");
# or a meeting's volume ("Proceedings of ...", "Proc. ...", "Conference"), a paper's book.
_CHAPTER = re.compile(r"(?:^|[,.;”\"’]\s*)(?:in|dans|en)\s|\bIn:\s|\bproc(?:eedings|\.)\s|"
                      r"\b(?:conference|symposium|workshop|congress)\b", re.IGNORECASE)


# The author's comment on the quotation or the work after the citation, as notes print it
class NoteParts(NamedTuple):
    """A note's string without its signal, pinpoint and comment, and those three."""

    text: str
    signal: str = ""
    pinpoint: str = ""
    comment: str = ""
    head: str = ""  # the work's short form before it ("Francis 1986:"): its year is the work's


def read_note(text: str, weak: bool = False) -> NoteParts:
    """The work's string, its signal word, its pinpoint and the author's comment after the
    citation; the text itself when it prints none. `weak`: also a short range after a
    journal's year (`_is_pinpoint`), which only a list that reads as notes decides
    (`parse.notelist`)."""
    signal, text = split_signal(text)
    head, text = split_short_head(text)
    text, comment = split_comment(text)
    work, pinpoint = split_pinpoint(text, weak)
    return NoteParts(work, signal, pinpoint, comment, head)


def split_signal(text: str) -> tuple[str, str]:
    """(signal, rest): the signal word or lead-in before the first name, "" when none."""
    found = _SIGNAL.match(text)
    if not found:
        return "", text
    rest = text[found.end():]
    if _ONE_WORD.match(signal := found.group().strip(" ,:")) and _family_name(signal, text, rest):
        return "", text
    return signal, rest


def _family_name(word: str, text: str, rest: str) -> bool:
    """A bare signal word that is the first author's family name ("See, K. E. (2006).",
    "SEE, K. E." (ABNT's capitals), "See SL. The effects", "Voir, J. (2001)"): followed
    directly by a comma, printed in capitals, or followed by initials that end a name; never
    an abbreviation ("Cf. CUI, G. et al.", "Vgl. S.VERBA")."""
    if word.endswith("."):
        return False
    after = text[len(word):len(word) + 1]
    return after == "," or (len(word) > 1 and word.isupper()) or bool(_NAME_AFTER.match(rest))


def split_pinpoint(text: str, weak: bool = False) -> tuple[str, str]:
    """(work, pinpoint): the cited page(s) after a complete work, "" when none is printed.
    Each layout ends the note, so only its tail is searched (the parser's time per entry)."""
    tail = len(text) - 150 if len(text) > 150 else 0
    found = _cued(text, tail)
    if found:
        return text[: found.start()].rstrip(" ,;:") + ".", _bare(found.group("loc"))
    # each needs what is looked for first: two page words; a short note of a few names
    two = text.count("p.") + text.count("S.") >= 2
    found = ((_TWO_PAGES.search(text, tail) if two else None)
             or (_author_date(text) if not tail and text.count(" ") <= 16 else None))
    if found:  # "p. , p. 463": a page word without its pages goes too
        end = found.end("work") if re.search(r"\d", found.group("work")) else found.start()
        return text[:end].rstrip(" ,;:.") + ".", _bare(found.group("loc"))
    found = _AFTER_YEAR.search(text, tail) if ")" in text[tail:] else None
    if found and _is_pinpoint(text, found, weak):
        return text[: found.end("open")] + ".", _bare(found.group("loc"))
    return text, ""


def _cued(text: str, tail: int) -> re.Match[str] | None:
    """", at 1060", MHRA's "(p. 1060)" after the work's range, "hier S. 7": each needs a word
    or mark that most strings lack, looked for first (plain `in` is cheap)."""
    if " at " in text and (found := _AT.search(text, tail)):
        return found
    if ("(p" in text or "(S" in text) and (found := _MHRA.search(text, tail)):
        return found if _RANGE_END.search(text, 0, found.start()) else None
    if "ier " in text or "ere " in text or "ici " in text:
        return _HERE.search(text, tail)
    return None


def _author_date(text: str) -> re.Match[str] | None:
    """An author-date citation whose names part holds names only (capitalised words,
    particles, "et al."), not a journal's words ("Building Materials xxx (2011)")."""
    found = _AUTHOR_DATE.match(text)
    words = re.split(r"[\s,/]+", found.group("names").strip()) if found else []
    # a capital first (or a script without case: 강진수), or a particle; a few names only
    # (a journal's abbreviated words after a list of authors look like names too)
    named = all(w in _PARTICLES or (w[:1].isalpha() and not w[:1].islower()) for w in words)
    names = found.group("names").split(",")[1:] if found else []
    return found if 0 < len(words) <= 6 and named and all(map(_one_name, names)) else None


def _one_name(part: str) -> bool:
    """A part of the names after a comma is a name ("Jones", "B. Jones", "J. A.", "and
    Lee"), not a title, publisher or place of two words or more ("Physical Chemistry, OUP,
    Oxford", "Wiley, New York"): at most one word besides initials and particles."""
    words = [w for w in part.split() if w not in _PARTICLES and not _INITIALS.fullmatch(w)]
    return len(words) <= 1


def _is_pinpoint(text: str, found: re.Match[str], weak: bool) -> bool:
    """After the year's parenthesis. A journal's ("91, no. 5 (1986):", "(Spring 1990):",
    "(1986):"): a page (or, when `weak`, a range under ten pages: a short article's own range
    looks the same) after a colon is the note's pinpoint when the names are printed given
    name first (Chicago's note, "Joan W. Scott, ..."; its bibliography, and MLA, print
    "Scott, Joan W." and the article's pages). A book's ("(London:
    Routledge, 1966)", "(Routledge 1966)"): the locator is a pinpoint, the book has no page
    range of its own, unless it spans ten pages or more (a chapter's range printed after the
    book's imprint). A chapter's locator is a pinpoint only as Chicago's notes print it:
    bare, after "Place: Publisher", spanning under ten pages."""
    loc, before, inside = found.group("loc"), text[: found.start()], found.group("inside")
    imprint = not _MONTH.search(inside) and bool(re.search(r"[:,]|[^\W\d_]", inside))
    if not imprint or (_VOLUME_BEFORE.search(before) and not re.search(r"[:,]", inside)):
        cited = not _RANGE.search(loc) or (weak and page_span(loc) < 10)
        return found.group("sep") == ":" and cited and "," not in loc and bool(
            _NOTE_NAMES.match(text))
    if page_span(loc) >= 10:
        return False
    if not _CHAPTER.search(before):
        return True
    return not found.group("word") and ":" in inside


def page_span(locator: str) -> int:
    """How many pages a locator spans ("1053-75": 22); 0 for one page."""
    numbers = [int(n) for n in re.findall(r"\d+", locator)[:2]]
    if len(numbers) < 2:
        return 0
    first, last = numbers
    if last < first:  # "1053-75"
        last = int(str(first)[: len(str(first)) - len(str(last))] + str(last))
    return last - first


def _bare(locator: str) -> str:
    return re.sub(r"\s+", " ", locator).strip(" ,.")
