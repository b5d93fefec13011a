"""Superscript citation numbers that an input marks as superscript, written as brackets.

Markdown (`^1,2^`, `<sup>1,2</sup>`), Word (a run set in superscript) and Unicode superscript
digits ("disease.¹˒²", kept by some PDF and web text) say plainly which digits are raised.
Plain text loses that, and the numeric detector then has to guess from digits glued to
words ("disease.12,13"). So the ingest step rewrites a raised citation list
as a bracketed one ("disease [12,13]"), which the detector reads with certainty; line breaks
are never touched, so every line number stays the input's.

Only a citation list is rewritten: numbers joined by commas and dashes. An exponent stays as
it was: "10^6^", "m^2^", "cm<sup>3</sup>" (a digit or a unit before it), and so does a
raised letter or sign ("Ca^2+^").
"""

from __future__ import annotations

import re

_LIST = re.compile(r"\d{1,4}(?:[ \u00a0]*[,;–—‒-][ \u00a0]*\d{1,4})*")
_MARKDOWN = re.compile(r"\^([^\^\s][^\^\n]{0,60}?)\^|<sup>([^<\n]{1,60})</sup>", re.IGNORECASE)
# Unicode superscript digits ("disease.¹˒²", "cells³⁻⁵"), which some PDF and web text keeps
_RAISED = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_UNICODE = re.compile(rf"[{_RAISED}]+(?:[ \u00a0]?[,˒⁻\-–][ \u00a0]?[{_RAISED}]+)*")
_ASCII = str.maketrans(_RAISED + "˒⁻", "0123456789,-")
_VARIABLE = re.compile(r"(?<![^\W\d_])[^\W\d_]$")
# a unit or a digit right before the raised number makes it an exponent ("m2", "10^6^")
_EXPONENT_BASE = re.compile(r"(?:\d|(?<![A-Za-z])(?:[mcµnkd]?m|[mkµn]?g|[mµd]?[lL]|s|h|ft|in))$")


def citation_list(content: str) -> bool:
    """The raised text is a list of reference numbers: "12", "1,2", "3–5", "1, 4-6"."""
    return bool(_LIST.fullmatch(content.strip()))


def as_brackets(before: str, content: str) -> str | None:
    """The bracketed form of a raised `content` that follows `before`, or None to keep it."""
    if not citation_list(content) or _EXPONENT_BASE.search(before):
        return None
    space = " " if before[-1:].isalnum() else ""
    return f"{space}[{content.strip()}]"


def bracket_markdown(text: str) -> str:
    """`^1,2^`, `<sup>1,2</sup>` and Unicode "¹˒²" citation lists rewritten as " [1,2]"."""
    def rewrite(match: re.Match[str]) -> str:
        content = match.group(1) if match.group(1) is not None else match.group(2)
        bracketed = as_brackets(text[max(0, match.start() - 8) : match.start()], content)
        return match.group() if bracketed is None else bracketed

    return bracket_unicode(_MARKDOWN.sub(rewrite, text))


def bracket_unicode(text: str) -> str:
    """Citation lists in Unicode superscript digits ("mice.¹˒²") rewritten as " [1,2]"; a
    power stays ("m²", "10⁶", "x²", "R²")."""
    def rewrite(match: re.Match[str]) -> str:
        before = text[max(0, match.start() - 8) : match.start()]
        if _VARIABLE.search(before):
            return match.group()
        bracketed = as_brackets(before, match.group().translate(_ASCII))
        return match.group() if bracketed is None else bracketed

    # what `_UNICODE.sub(rewrite, text)` gives: a match opens with a raised digit, so it is
    # tried where `str.find` sees one, not at every character (its class of ten: ~0.03 s a
    # 2.4 MB article, as many raised digits as there may be a hundred times faster)
    pieces: list[str] = []
    end = 0
    for at in _raised_digits(text):
        if at >= end and (match := _UNICODE.match(text, at)):
            pieces += (text[end:at], rewrite(match))
            end = match.end()
    return "".join((*pieces, text[end:])) if pieces else text


def _raised_digits(text: str) -> list[int]:
    """Where `text` prints a raised digit, in order."""
    found: list[int] = []
    for digit in _RAISED:
        at = text.find(digit)
        while at >= 0:
            found.append(at)
            at = text.find(digit, at + 1)
    return sorted(found)
