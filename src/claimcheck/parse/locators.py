"""Volume and pages printed together, which the tagger reads as one run or as a note.

- chemistry's "Journal Year, Volume, Page" right after the container, or after a journal
  read as the publisher, is date, volume and pages (`parse/yearvolumepages.py`);
- an abbreviated journal cut in two, its last abbreviations read as a note with the numbers
  ("Sci. | Rep., 6: 22024."): up to four capitalised abbreviations, each with its stop, that
  open a note run straight after the container are the container's;
- "Journal 379:112367" or "Journal 12, 34-56" right after the container is volume and pages
  even when the tagger read the numbers as a note;
- "225, e13211" read as one pages run with no volume labelled is volume 225, pages e13211
  (Nature and physics styles print "Journal volume, pages (year)");
- "11:6431" or "7:837-844" read as one volume run is volume 11, pages 6431 (PLOS, eLife,
  Frontiers print "volume:pages");
- "Nucl. Phys. A 617 131" or "A798, 96" read as one volume run, with no pages labelled, is
  volume 617, pages 131 (physics styles print the first page bare after the volume), and
  "SSRv, 113 271" or "Amer Fern J, 73 9-27" read as one pages run with no volume likewise;
- "Nucl. Phys. A, 584 (1995) 719" with the 584 read as the pages and no volume: 584 is the
  volume and 719 the page;
- "Phys. Rev. C 39 (1989) 1992": with no pages labelled, a number after the bracketed year
  that closes the entry is its page, however much it looks like a year;
- "Psychological Review, LXV, 1958": a Roman numeral closing the container after a comma is
  the volume when none is labelled;
- "Proceedings of IJCAI-95", "(KDD '06)": a short number glued to a hyphen or apostrophe right
  after the container is the conference's year, part of its name, not a volume;
- "Journal of Neuroscience, (25), pp. 9557": a bracketed number between commas with no
  volume labelled is the volume, but not in an APA entry ("(2012)." after the names), which
  prints a journal's issue without a volume so ("Annales HSS, (3), 589-610");
- then the numbers a cue word names, or a journal closes (`cued`).
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.cued import numbers_by_cue
from claimcheck.parse.tokens import Token
from claimcheck.parse.yearvolumepages import year_volume_pages
from claimcheck.vocabulary import YEAR_DIGITS

_YEAR_TOKEN = re.compile(YEAR_DIGITS)
_ABBREVIATED = re.compile(r"[A-Z][a-z]{0,9}")  # "Rep", "Biol", "Sci"
# I to LXXXIX, two letters or more: C, D and M are left out, since "DC", "MD" or "MI" closing
# a container are places far more often than volumes.
ROMAN = re.compile(r"(?=[IVXL]{2,}$)(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# "12, 34-56", "379:112367", "5:e15092" (Frontiers, PLOS, eLife article numbers).
_VOLUME_PAGES = re.compile(
    r"\s*[.,]?\s*(\d+)\s*[:,]\s*([A-Za-z]?\d+[A-Za-z]?\d*(?:\s?[-–]\s?\w+)?)")


def locators(text: str, tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, applied in place in that order."""
    year_volume_pages(text, tokens, out)
    _abbreviations_in_note(tokens, out)
    _numbers_after_container(text, tokens, out)
    _volume_colon_pages(tokens, out)
    _volume_comma_pages(tokens, out)
    _bare_page_after_volume(tokens, out)
    _volume_before_bracketed_year(tokens, out)
    _page_after_bracketed_year(tokens, out)
    _roman_volume(tokens, out)
    _conference_year(tokens, out)
    _bracketed_volume(tokens, out)
    numbers_by_cue(tokens, out)


def _abbreviations_in_note(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "container" not in out or "note" not in out:
        return
    k = len(out) - out[::-1].index("container")  # one past the container's last token
    if k >= len(out) or out[k] != "note" or tokens[k - 1].text != ".":
        return
    end = k
    while end + 1 < len(out) and out[end] == out[end + 1] == "note" and end - k < 8 \
            and _ABBREVIATED.fullmatch(tokens[end].text) and tokens[end + 1].text == ".":
        end += 2
    if end > k and end < len(out) and tokens[end].text in (",", ":", ";"):
        out[k:end] = ["container"] * (end - k)


def _numbers_after_container(
    text: str, tokens: tuple[Token, ...], out: list[str]
) -> None:
    if "container" not in out or "volume" in out or "pages" in out:
        return
    after = tokens[len(out) - out[::-1].index("container") - 1].end
    match = _VOLUME_PAGES.match(text, after)
    if not match:
        return
    for i, token in enumerate(tokens):
        if match.start(1) <= token.start < match.end(1):
            out[i] = "volume"
        elif match.start(2) <= token.start < match.end(2):
            out[i] = "pages"


def _volume_colon_pages(tokens: tuple[Token, ...], out: list[str]) -> None:
    start, end = label_run(out, "volume")
    for i in range(start + 1, end - 1):
        colon = tokens[i].text == ":" and tokens[i - 1].text.isdigit()
        if colon and tokens[i + 1].text[:1].isalnum():
            for j in range(i + 1, end):
                out[j] = "pages"
            return


def _volume_comma_pages(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "volume" in out or "pages" not in out:
        return
    start = out.index("pages")
    numbers = start + 2 < len(out) and tokens[start].text.isdigit()
    if numbers and tokens[start + 1].text == "," and out[start + 1:start + 3] == ["pages"] * 2:
        out[start] = out[start + 1] = "volume"


def _bare_page_after_volume(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"617 131" read as one volume run, or "113 271" / "73 9-27" as one pages run: the
    first number is the volume, the rest the pages."""
    for label, other in (("volume", "pages"), ("pages", "volume")):
        start, end = label_run(out, label)
        if start < 0 or other in out:
            continue
        words = [i for i in range(start, end) if tokens[i].text.isalnum()]
        numbers = [i for i in words if tokens[i].text[:1].isdigit()]
        if len(numbers) != 2 and (label == "volume" or len(numbers) < 2):
            continue
        if label == "pages" and numbers[0] != words[0]:  # "pp. 113 271" is not "113 271"
            continue
        split = numbers[1]
        between = {tokens[i].text for i in range(numbers[0] + 1, split)}
        if not between <= {","}:  # not "12(3" nor "5-6"
            continue
        # (a pages run may end on the bracket of the date after it: "177 223 (2014)")
        stop = end - 1 if tokens[end - 1].text in "([" and end - 1 > split else end
        if label == "volume" and split == words[-1]:
            for i in range(split, end):
                out[i] = "pages"
        elif label == "pages" and all(tokens[i].text in "-–.,;" for i in range(split, stop)
                                      if not tokens[i].text.isalnum()):
            for i in range(start, split):
                out[i] = "volume"
        return


def _volume_before_bracketed_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "volume" in out or "pages" not in out:
        return
    i = out.index("pages")
    if not tokens[i].text.isdigit() or i + 4 >= len(tokens):
        return
    bracket = [t.text for t in tokens[i + 1:i + 4]]
    if bracket[0] != "(" or bracket[2] != ")" or not _YEAR_TOKEN.fullmatch(bracket[1]):
        return
    j = i + 4 + (tokens[i + 4].text == ",")
    page = tokens[j].text if j < len(tokens) else ""
    if page[:1].isalnum() and any(c.isdigit() for c in page):
        out[i] = "volume"
        out[i + 1:i + 4] = ["date"] * 3
        k = j
        while k < len(tokens) and (tokens[k].text.isalnum() or tokens[k].text in "-–"):
            out[k] = "pages"
            k += 1


def _page_after_bracketed_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "pages" in out or "date" not in out:
        return
    last = len(tokens) - 1
    while last > 0 and not tokens[last].text.isalnum():
        last -= 1
    if out[last] != "date" or not tokens[last].text.isdigit():
        return
    k = last - 1
    while k > 0 and tokens[k].text in ",.;":
        k -= 1
    closed = tokens[k].text == ")" and k > 0 and out[k] == "date"
    if closed and any(out[i] == "date" and tokens[i].text.isdigit() for i in range(k)):
        for i in range(last, len(tokens)):
            out[i] = "pages"


def _roman_volume(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "volume" in out or "container" not in out:
        return
    end = len(out) - out[::-1].index("container")  # one past the container's last token
    last = end - 1
    while last > 0 and not tokens[last].text.isalnum():
        last -= 1
    if out[last] == "container" and tokens[last - 1].text == "," and ROMAN.fullmatch(
            tokens[last].text):
        for i in range(last, end):
            out[i] = "volume"


def _conference_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    if "container" not in out:
        return
    end = len(out) - out[::-1].index("container")  # one past the container's last token
    mark = end - 1 if tokens[end - 1].text in "-'’" else end
    if mark + 1 >= len(tokens) or mark == 0 or tokens[mark].text not in "-'’":
        return
    number = tokens[mark + 1]
    glued = tokens[mark].end == number.start and (
        tokens[mark].text != "-" or tokens[mark].start == tokens[mark - 1].end)
    if glued and number.text.isdigit() and len(number.text) in (2, 4):
        out[mark] = out[mark + 1] = "container"


def _bracketed_volume(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Journal of Neuroscience, (25), pp. 9557": a journal's one number in brackets between
    commas, read as the issue with no volume labelled, is the volume (Vancouver's issue
    without a volume follows a semicolon: "2001;(3):4-5")."""
    if "volume" in out or "issue" not in out or "container" not in out or _apa_date(tokens, out):
        return
    i = out.index("issue")
    if 2 <= i < len(tokens) - 2 and tokens[i].text.isdigit() and tokens[i - 1].text == "(" \
            and tokens[i - 2].text == "," and tokens[i + 1].text == ")" \
            and tokens[i + 2].text == ",":
        out[i - 1:i + 2] = ["volume"] * 3


def _apa_date(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """APA's date: "(2012)." or "(2012, March)." closed by a stop, before the container."""
    start = out.index("container")
    for k in range(min(start, len(tokens)) - 3):
        if tokens[k].text == "(" and out[k + 1] == "date" \
                and _YEAR_TOKEN.match(tokens[k + 1].text):
            close = next((j for j in range(k + 2, min(k + 8, start)) if tokens[j].text == ")"), 0)
            return bool(close) and tokens[close + 1].text == "."
    return False
