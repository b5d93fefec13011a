"""Where an entry's date is, put right on the tagger's labels (called by `parse.repair`):
- a suffix letter glued to the year ("2013a") is part of the date;
- a bare year ending the title before a capitalised word, or opening it with its stop or
  right after the names and before a capitalised word, is the date when none was labelled
  ("The Strength of Weak Ties 1973 American Journal ...");
- a year glued to the last name ("J. Kinoshita2007 Alzforum") is the date;
- a year after the title's comma is the title's when the date was printed before the title
  ("(2007) Physical activity ... diabetes, 2003. Diabetes Care");
- a year run straight on from a title word ("im Jahre 1769.") is the title's when a later
  year can be the date;
- a parenthesised date ends at its closing bracket: "(2019). (R)-Ketamine ..." starts the
  title at "(R)".
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR = re.compile(YEAR_DIGITS)
_NUMBERS = frozenset({"volume", "issue", "pages"})
_OPENING = frozenset("“\"‘'«„")


def year_suffix_in_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    # Only the tokens labelled a date to begin with: the letter and bracket this labels a date
    # are never a year themselves.
    for i in _places(out, "date", len(out) - 1):
        year, nxt = tokens[i], tokens[i + 1]
        if (_YEAR.fullmatch(year.text) and nxt.start == year.end
                and len(nxt.text) == 1 and nxt.text.islower()):
            out[i + 1] = "date"
            if i + 2 < len(out) and tokens[i + 2].text in ")]":
                out[i + 2] = "date"


def _places(labels: list[str], label: str, stop: int) -> list[int]:
    """The indices before `stop` where `label` stands, found by `list.index` (in C; a Python
    test of every token cost more than the rule), all before the caller changes any."""
    found: list[int] = []
    at = -1
    for _ in range(labels.count(label)):
        at = labels.index(label, at + 1)
        if at >= stop:
            break
        found.append(at)
    return found


def year_closing_the_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"The Strength of Weak Ties 1973 American Journal ...": with no date labelled, a bare
    year that ends the title right before a capitalised word, or opens it followed by a stop,
    is the date."""
    if "date" in out or "title" not in out:
        return
    end = label_run(out, "title")[1]
    last = end - 1
    if last > 0 and end < len(out) and _YEAR.fullmatch(tokens[last].text) \
            and tokens[end].text[:1].isupper() and tokens[last - 1].text[:1].isalpha():
        out[last] = "date"
    start = label_run(out, "title")[0]
    # "Samarth, R. M. et al. 2008. ‘Evaluation of ...'": a year and its stop opening the title
    if start + 2 < len(out) and _YEAR.fullmatch(tokens[start].text) \
            and tokens[start + 1].text in ".,:" and (start == 0 or out[start - 1] != "title"):
        out[start:start + 2] = ["date", "date"]
    # "Pradel, R., ..., et al.1997 Capture-recapture ...": an unstopped year between the
    # names and a capitalised title word, when the entry prints no other year ("Orwell G.
    # 1984 Revisited. London; 1950" keeps its title)
    elif start > 0 and start + 1 < len(out) and out[start - 1] == "author" \
            and _YEAR.fullmatch(tokens[start].text) and tokens[start + 1].text[:1].isupper() \
            and not any(_YEAR.fullmatch(tokens[k].text) and out[k] not in _NUMBERS
                        for k in range(start + 1, len(out))) \
            and any(out[k] in _NUMBERS for k in range(start + 1, len(out))):
        out[start] = "date"  # (a page "1761" is no year; a book without numbers, "Smith J.
        # 1968 And After. London: Verso.", keeps its title's year)


def year_glued_to_the_names(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Clark, T. & J. Kinoshita2007 Alzforum ...", "et al.2015 Modeling ...": a year glued
    to the name before it (the tab or line break between lost) opens no title: with no date
    labelled, it is the date. (After the author list's end is settled: the tagger often
    reads the glued name into the title too.)"""
    if "date" in out or "title" not in out:
        return
    start = label_run(out, "title")[0]
    if start > 0 and start + 1 < len(out) and out[start - 1] == "author" \
            and _YEAR.fullmatch(tokens[start].text) \
            and tokens[start].start == tokens[start - 1].end \
            and (tokens[start - 1].text.isalpha() or tokens[start - 1].text == ".") \
            and (tokens[start + 1].text[:1].isalnum() or tokens[start + 1].text in _OPENING):
        out[start] = "date"


def title_year_after_the_date(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Morrato ... (2007) Physical activity in U.S. adults with diabetes, 2003. Diabetes
    Care", "Committee (2008) Committee Report, 2008. U.S. Department ...": with the date
    labelled before the title, a second date run of a year alone (and its stop) straight
    after the title's comma, no later than the date, with more of the entry after it, is the
    title's own last words (the year it reports on)."""
    if "date" not in out or "title" not in out or out.index("date") > out.index("title") \
            or out.count("date") < 2:
        return  # (most entries: one date run, or none before the title)
    first, first_end = label_run(out, "date")
    start, end = label_run(out, "title")
    if first < 0 or start < first_end or end + 2 >= len(out) or out[end] != "date" \
            or tokens[end - 1].text != "," or not _YEAR.fullmatch(tokens[end].text):
        return
    year = next((t.text for t in tokens[first:first_end] if _YEAR.fullmatch(t.text)), "")
    after = end + 1 if tokens[end + 1].text != "." else end + 2
    if year and tokens[end].text <= year and after < len(out) and out[after] != "date" \
            and all(out[k] == "date" for k in range(end, after)):
        out[end:after] = ["title"] * (after - end)


def year_inside_the_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Journal meiner Reise im Jahre 1769. In Sturm und Drang ... 1972": a year run straight
    on from a title word, with a later year that can be the date, belongs to the title."""
    start, end = label_run(out, "date")
    if start < 1 or end - start > 2 or out[start - 1] != "title" \
            or not _YEAR.fullmatch(tokens[start].text) or not tokens[start - 1].text.isalpha():
        return
    if any(_YEAR.fullmatch(t.text) for t in tokens[end:]):
        out[start] = "title"
        if end - start == 2:
            out[start + 1] = "title"


def date_ends_at_bracket(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "date" not in out:
        return
    first = out.index("date")
    if first == 0 or tokens[first - 1].text != "(":
        return
    end = first
    while end < len(out) and out[end] == "date":
        end += 1
    close = next((i for i in range(first, end) if tokens[i].text == ")"), -1)
    if close < 0 or end >= len(out):
        return
    stop = close + 2 if close + 1 < end and tokens[close + 1].text in ".," else close + 1
    for i in range(stop, end):
        out[i] = out[end]
