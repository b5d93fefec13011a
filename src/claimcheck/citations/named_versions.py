"""A tool's version or a series' member, not a callout, among digits after a listed name.

`named_digits.py` reads digits glued to (or set after) a name as a callout when the entry
they number prints the name. A tool's version ("AlphaFold2" with entry 2 the AlphaFold
paper, "Python3.", "Stata 17"), a gene of a series ("MMP13" beside "MMP1" and "MMP12") and
an article's numbered sites ("Hospital 1 ... Hospital 2") look the same; this module tells
them apart by what the article and the list print, and by the article's citation order.
Everything the checks read is indexed once per article (`Article`), so each candidate costs
a few dictionary look-ups: hostile bodies with thousands of names stay linear.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from claimcheck.model import Callout

_NUMBER = re.compile(r"\d+")
_GAP = 3  # a first citation is a number at most this far past the highest cited before it
# a word, whole ("AlphaFold" of "AlphaFold and", "O'Reilly's"), and digits after it
_WORD = re.compile(r"(?<![\w\-])[^\W\d_][\w'’\-]*")
_DIGIT_AFTER = re.compile(r"[ \u00a0]?\d")
# a release or version a manual's entry prints: "release 17", "version 4", "v. 2", "edition 3"
_RELEASE = re.compile(
    r"(?i)(?<![\w\-])(?:release|version|edition|ver\.|v\.?)[ \u00a0]?(\d{1,4})(?!\d)")


@dataclass(frozen=True)
class Article:
    """What the checks read of one article: the names it prints with digits (text -> how
    often, and where first), the words it prints alone, the callouts' starts and the highest
    number cited up to each of them."""

    printed: dict[str, tuple[int, int]]
    alone: frozenset[str]
    starts: list[int]
    highest: list[int]


def indexed(body: str, names: re.Pattern[str], callouts: list[Callout]) -> Article:
    """The article's index; `names` finds a name with its digits ("AlphaFold2", "Report 6")."""
    printed: dict[str, tuple[int, int]] = {}
    for m in names.finditer(body):
        text = _name_and_number(m)[0]
        count, first = printed.get(text, (0, m.start()))
        printed[text] = (count + 1, first)
    ordered = sorted((c for c in callouts if c.text.isdecimal()), key=lambda c: c.start)
    highest, top = [], 0
    for c in ordered:
        top = max(top, int(c.text))
        highest.append(top)
    return Article(printed, _alone(body), [c.start for c in ordered], highest)


def _alone(body: str) -> frozenset[str]:
    """The words the article prints alone, not run into digits ("AlphaFold and", "the
    Registered Report."), and their heads before an apostrophe ("O'Reilly" of "O'Reilly's")."""
    found = set()
    for m in _WORD.finditer(body):
        word = m.group()
        if not _DIGIT_AFTER.match(body, m.end()):
            found.add(word)
        found.update(word[:i] for i, ch in enumerate(word) if ch in "'’")
    return frozenset(found)


def _name_and_number(match: re.Match[str]) -> tuple[str, str, str]:
    """The name with its first number as printed ("Report 6" of "Report 6,7", "MMP13"), the
    name and that number; a spaced name keeps digits of its own ("MEGA7 2": "MEGA7", "2")."""
    if "list" in match.re.groupindex:
        token = match.group("token")
        number = _NUMBER.match(match.group("list"))
        digits = number.group() if number else ""
        return match.group()[: len(token) + 1] + digits, token, digits
    text = match.group()
    head = text.rstrip("0123456789")
    return text, head, text[len(head) :]


def a_version(body: str, start: int, digits_at: int, article: Article,
              authors: frozenset[str]) -> bool:
    """Whether the digits at `digits_at` after the name from `start` are the tool's version:
    the article never prints the name alone, the entry they number has no author of that
    name (`authors`: "Ross-Hellauer4" cites), the digits are one after a word ("AlphaFold2",
    "Llama2", "Python3") or printed with the name twice or more, and their first printing is
    no callout by order: neither one the sequence found nor a new number just after those
    cited before it ("ColabFold3" first cited in order cites work 3 again; "OpenID187")."""
    name = body[start:digits_at]
    number = _NUMBER.match(body, digits_at)
    head = name.rstrip(" \u00a0")
    if number is None or head.lower() in authors or head in article.alone:
        return False
    count, first = article.printed.get(name + number.group(), (0, start))
    if count < 2 and not (len(number.group()) == 1 and head[-1:].isalpha()):
        return False
    first += len(name)
    at = bisect_left(article.starts, first)
    if at < len(article.starts) and article.starts[at] == first:
        return False  # the first printing is a callout the sequence found
    highest = article.highest[at - 1] if at else 0
    return not highest < int(number.group()) <= highest + _GAP


def numbers_itself(listed: dict[int, str], number: int) -> bool:
    """Whether the entry numbered `number` prints that number as the release it describes
    ("Stata statistical software: release 17" is entry 17: "Stata 17" names the release, not
    the manual); a number after any other word ("results of 12 trials") is no release."""
    return any(int(m[1]) == number for m in _RELEASE.finditer(listed.get(number, "")))


def series_of(body: str, names: re.Pattern[str], spaced: bool) -> dict[str, dict[int, set[str]]]:
    """Head -> the names the article prints with it, by the width of their digits (glued:
    "MMP" -> {1: {"MMP1"}, 2: {"MMP12", "MMP13"}}), or the numbers set after it (spaced:
    "Hospital" -> {1: {"1"}, 2: {"2"}}), read once so that each look-up is short."""
    found: dict[str, dict[int, set[str]]] = {}
    for m in names.finditer(body):
        text, head, digits = _name_and_number(m)
        key = int(digits) if spaced else len(digits)
        found.setdefault(head, {}).setdefault(key, set()).add(text)
    return found


def in_series(body: str, match: re.Match[str], span: tuple[int, int],
              series: dict[str, dict[int, set[str]]], listed: dict[int, str],
              seen: dict[str, bool]) -> bool:
    """Whether the name belongs to a numbered series the article prints. Set after a space:
    printed with another number whose entry does not print it ("Hospital 1 ... Hospital 2";
    not "Connotea 156 ... Connotea 159", both works about Connotea); `seen` keeps the answer
    by name. Glued: a head printed with a third number as wide as the whole token's ("MMP1"
    beside "MMP12" and "MMP13": not MMP1 and work 3; "EDEM1" beside "pCMV-SP-TAP-EDEM26" is
    no member)."""
    token = match.group("token")
    if "list" in match.re.groupindex:  # a name set after a space ("Hospital 2")
        if token not in seen:
            seen[token] = any(not (n in listed and prints(listed[n], token))
                              for n in series.get(token, {}))
        return seen[token]
    name = body[match.start("token") : span[0]]
    whole = token.rstrip("0123456789")
    same = series.get(whole, {}).get(len(token) - len(whole), set())
    return name[-1:].isdigit() and len(same) > len(same & {name, token})


def number_at(body: str, at: int) -> int:
    """The number whose digits start at `at` (0 when none do)."""
    number = _NUMBER.match(body, at)
    return int(number.group()) if number else 0


def prints(raw: str, name: str) -> bool:
    """Whether `raw` prints `name` as a word of its own, not a name's head ("GLP" of "GLP-1",
    "IL" of "IL-6R"); digits at its end may stand after a space ("VarScan 2")."""
    head = name.rstrip("0123456789")
    if head.casefold() not in raw.casefold():  # most names: no pattern to compile
        return False
    digits = name[len(head) :]
    spelt = re.escape(head) + (r" ?" + digits if digits else "")
    return re.search(rf"(?<![\w\-]){spelt}(?![\w]|-\w)", raw, re.IGNORECASE) is not None
