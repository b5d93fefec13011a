"""Numbers that a cue word names, or that close a journal, where the tagger misreads them.

- "Jpn J Bot. 1954. T. 14", "Stem Cells, 30. Jg.": a journal run on past a comma or stop into
  numbers ends there; its year is the date and its number the volume when none is labelled;
- "2007, p. 16769-16774." read as a note: numbers right after a "p." or "pp." cue are the
  pages when no number is labelled as pages;
- Russian, Japanese, Chinese, Spanish and Turkish cues name the number after them: "Т. 56",
  "巻 90" and "Año 44" the volume, "№ 1" and "号 8" the issue, "С. 1065–1069",
  "ページ. 1210–1217", "页 5～30", "Págs. 84-91" and "ss. 95-114" the pages (Latin "C." only
  before a range: Turkish "C. 65" is a volume);
- "Neuron, 80." or "Nature 2014;513.": one bare number closing a journal article (or
  followed by its DOI or link only), read as the pages or a note with no volume labelled, is
  the volume (styles that print no pages leave it alone);
- "(Urbino 21-25 luglio 1980)": a range read as pages right before a month's name is the days
  of a meeting's date;
- "Vol. III: books 9-12, Cambridge 1993, pp. 1-31": a range after a page cue is the pages,
  not a range the tagger read as pages before it with no cue (it goes to the note), unless
  that one follows the journal's volume ("New J. Phys. 7, 204 (2005) ... pp. 9-15").
"""

from __future__ import annotations

import re
from operator import itemgetter

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import MONTH_NAMES, Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR_TOKEN = re.compile(YEAR_DIGITS)
_TEXT = itemgetter(0)  # a token's text (a Token is a tuple): for C-speed tests of a cue


def numbers_by_cue(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, applied in place in that order."""
    _numbers_out_of_container(tokens, out)
    _pages_after_cue(tokens, out)
    _cued_numbers(tokens, out)
    _lone_volume(tokens, out)
    if "pages" in out:
        _days_of_a_date(tokens, out)
        _cued_range_wins(tokens, out)


_BETWEEN = frozenset({",", ".", ";", ":"})


def _lone_volume(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "volume" in out or "issue" in out or "container" not in out:
        return
    numbers = [i for i, t in enumerate(tokens) if out[i] in ("pages", "date", "note")
               and t.text.isdigit() and not _YEAR_TOKEN.fullmatch(t.text)]
    if len(numbers) != 1 or len(tokens[numbers[0]].text) > 4:
        return
    i = numbers[0]
    # "Rome: FAO: 513" (a book's page count); "MedR 2003, 77" (law: year and page); only
    # Vancouver's "2017;28" puts the volume after the year.
    if tokens[i - 1].text not in ",;." or (out[i - 2] == "date" and tokens[i - 1].text != ";"):
        return
    k = i - 1
    while k > 0 and (out[k] == "date" or tokens[k].text in _BETWEEN):
        k -= 1
    # (after it only punctuation, or a DOI or link: "Chem Soc Rev 43. https://doi.org/...")
    if out[k] != "container" or tokens[k].text.lower() in ("p", "pp", "s") \
            or any(t.text not in _BETWEEN and label not in ("doi", "url")
                   for t, label in zip(tokens[i + 1:], out[i + 1:], strict=True)):
        return
    out[i] = "volume"


def _numbers_out_of_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    start, end = label_run(out, "container")
    # a number alone closing the run ("Perkin Trans. 1", "Ser. 2") is the journal's own,
    # a year is not
    cut = next((k for k in range(start + 2, end) if tokens[k].text.isdigit()
                and tokens[k - 1].text in ",." and _only_numbers(tokens[k:end])
                and (_YEAR_TOKEN.fullmatch(tokens[k].text)
                     or any(t.text.isalnum() for t in tokens[k + 1:end]))), 0)
    if not cut:
        return
    for j in range(cut, end):
        text = tokens[j].text
        if _YEAR_TOKEN.fullmatch(text) and "date" not in out:
            out[j] = "date"
        elif text.isdigit() and "volume" not in out:
            out[j] = "volume"
        else:
            out[j] = out[j - 1] if not text.isalnum() else "note"


def _only_numbers(tokens: tuple[Token, ...]) -> bool:
    """Numbers, stops and short volume words ("T.", "Jg.", "bls."), no name ("ACM", "34th")."""
    for a, b in zip(tokens, tokens[1:] + tokens[-1:], strict=True):
        if a.text.isdigit() and b is not a and b.start == a.end and b.text.isalpha():
            return False  # "34th", "5th"
        if a.text.isalpha() and (len(a.text) > 3 or (len(a.text) > 1 and a.text.isupper())):
            return False
    return True


_DASH = frozenset("-–—")
_PAGE_CUES = frozenset({"p", "pp", "P", "Pp", "PP"})


def _pages_after_cue(tokens: tuple[Token, ...], out: list[str]) -> None:
    if _PAGE_CUES.isdisjoint(map(_TEXT, tokens)):  # most entries: no cue, no token loop
        return
    for i in range(len(tokens) - 2):
        if tokens[i].text in _PAGE_CUES and tokens[i + 1].text == "." \
                and tokens[i + 2].text.isdigit() and out[i + 2] in ("note", "O"):
            if any(out[j] == "pages" and t.text[:1].isdigit() for j, t in enumerate(tokens)):
                return
            k = i + 2
            while k < len(tokens) and (tokens[k].text.isdigit() or tokens[k].text in _DASH) \
                    and out[k] in ("note", "O"):
                k += 1
            out[i:k] = ["pages"] * (k - i)
            return


_CUED = {"т": "volume", "巻": "volume", "卷": "volume", "año": "volume", "№": "issue",
         "号": "issue", "с": "pages", "ページ": "pages", "页": "pages", "c": "pages",
         "págs": "pages", "pág": "pages", "ss": "pages", "str": "pages", "bls": "pages"}
_CUE_FORMS = frozenset(f for cue in _CUED for f in (cue, cue.title(), cue.upper()))
_RANGE_DASH = frozenset("-–—～~")


def _cued_numbers(tokens: tuple[Token, ...], out: list[str]) -> None:
    if _CUE_FORMS.isdisjoint(map(_TEXT, tokens[:-1])):  # most entries: no cue, no token loop
        return
    for i, token in enumerate(tokens[:-1]):
        if token.text not in _CUE_FORMS:  # most tokens: no cue
            continue
        field = _CUED[token.text.lower()]
        k = i + 1 + (tokens[i + 1].text == ".")
        if k >= len(tokens) or (token.text.lower() in "тсc" and k == i + 1):
            continue  # "Т." and "С." print their stop
        end = _number_end(tokens, k)
        if end == k or (token.text in "Cc" and end < k + 3):
            continue  # Latin "C." only before a range
        out[i:k] = ["note"] * (k - i)  # the cue is no part of the value
        out[k:end] = [field] * (end - k)


def _number_end(tokens: tuple[Token, ...], k: int) -> int:
    """The end of one number or range starting at k ("53", "1065–1069", "H54-H61"); k when
    no number starts there."""
    end = _one_number(tokens, k)
    if end > k and end + 1 < len(tokens) and tokens[end].text in _RANGE_DASH:
        last = _one_number(tokens, end + 1)
        if last > end + 1:
            return last
    return end


def _one_number(tokens: tuple[Token, ...], i: int) -> int:
    """After a digit run, or a letter glued to one ("H54"); i when none starts at i."""
    if i < len(tokens) and tokens[i].text.isdigit():
        return i + 1
    glued = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end
    if glued and len(tokens[i].text) == 1 and tokens[i].text.isalpha() \
            and tokens[i + 1].text.isdigit():
        return i + 2
    return i


def _days_of_a_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A bare range of two days right before a month's name ("Urbino 21-25 luglio 1980") is
    the date: the tagger reads it as pages. Not when the numbers cannot be days, nor when the
    range follows a number, a volume or an issue ("J Biol Chem 12, 12-15 May 2001")."""
    start, end = label_run(out, "pages")
    # only "21-25" (no cue word, no page's letter, nothing between it and the month)
    if start <= 0 or end >= len(tokens) or tokens[end].text.lower() not in MONTH_NAMES \
            or end - start != 3 or tokens[start + 1].text not in _DASH \
            or not _days(tokens[start].text, tokens[start + 2].text) \
            or tokens[start - 1].text == "." or _after_a_number(tokens, out, start):
        return
    out[start:end] = ["date"] * (end - start)


def _days(first: str, last: str) -> bool:
    # "22 - 3 May" (from a day of the month before, or "22-23" shortened) is days too
    return first.isdigit() and last.isdigit() and 1 <= int(first) <= 31 \
        and 1 <= int(last) <= 31 and first != last


def _after_a_number(tokens: tuple[Token, ...], out: list[str], start: int) -> bool:
    """Whether the last word before `start` (past punctuation) is a number, a volume or an
    issue: a journal's pages follow those, a meeting's days a place."""
    k = start - 1
    while k > 0 and not tokens[k].text[:1].isalnum():
        k -= 1
    return tokens[k].text.isdigit() or out[k] in ("volume", "issue")


def _cued_range_wins(tokens: tuple[Token, ...], out: list[str]) -> None:
    """A range after a page cue ("pp. 1-31") is the pages when the tagger read an uncued range
    before it as pages too: the first run, named by a word ("books 9-12"), is a part of the
    work, not its pages. A journal's or a chapter's own pages come first and keep their label
    ("J. Biol. 12 (2001) 100-110; Erratum ibid. pp. 9-15")."""
    if _PAGE_CUES.isdisjoint(map(_TEXT, tokens)):  # most entries: no cue, no token loop
        return
    start, end = label_run(out, "pages")
    if start <= 0 or tokens[start].text in _PAGE_CUES or tokens[start - 1].text in _PAGE_CUES:
        return  # the first run has its cue
    if not (tokens[start].text.isalpha() or tokens[start - 1].text.isalpha()) \
            or (tokens[start].text[:1].isdigit() and out[start - 1] in ("volume", "issue",
                                                                         "container")):
        return  # "New J. Phys. 7, 204 (2005) ... pp. 9-15": a journal's own pages come first
    for i in range(end, len(tokens) - 4):
        if tokens[i].text in _PAGE_CUES and tokens[i + 1].text == "." \
                and out[i + 2] == "pages" and tokens[i + 2].text.isdigit() \
                and tokens[i + 3].text in _DASH and tokens[i + 4].text.isdigit():
            out[start:end] = ["note"] * (end - start)
            return
