"""Turning labelled tokens into field values: runs of one label become cleaned field text.

A field is the printed text from the first to the last token of its first run (so inner
punctuation and spacing stay as printed), with outer punctuation and brackets trimmed.
Numbers are then tidied: the volume keeps its digits, "12(3)" gives the issue, pages are
normalised with `text.normalize_pages` ("139–145" -> "139-145", "e13211" kept).
"""

from __future__ import annotations

import re
import unicodedata
from typing import NamedTuple

from claimcheck.parse.pubmed import without_pubmed_id
from claimcheck.parse.tokens import Token
from claimcheck.text import normalize_pages
from claimcheck.vocabulary import YEAR_DIGITS

_OUTER = " \t.,;:/[](){}\"'“”‘’«»„‚<>*_"
_RUN_FIELDS = ("author", "editor", "title", "container", "collection", "date", "volume",
               "issue", "pages", "publisher", "location", "doi", "url", "label")


class Run(NamedTuple):
    """A stretch of one label (a named tuple: made for every run of every entry, so cheap)."""

    label: str
    start: int  # character offsets into the tagged text
    end: int


_new = tuple.__new__  # a NamedTuple's own constructor is Python code


def runs(tokens: tuple[Token, ...], labels: tuple[str, ...]) -> tuple[Run, ...]:
    """Maximal stretches of tokens that share a label."""
    if not tokens:
        return ()
    # Where a run ends: each token whose label differs from the one before, and the end.
    ends = [i for i in range(1, len(tokens)) if labels[i] != labels[i - 1]]
    ends.append(len(tokens))
    out: list[Run] = []
    first = 0
    for end in ends:
        out.append(_new(Run, (labels[first], tokens[first][1], tokens[end - 1][2])))
        first = end
    return tuple(out)


_OPENING_BRACKETS = re.compile(r"[(\[][^()\[\]\s]{1,12}[)\]]\S")


def label_run(labels: list[str], label: str) -> tuple[int, int]:
    """Start and end (exclusive) of the first run of `label` (-1, -1 when there is none)."""
    try:
        start = labels.index(label)
    except ValueError:
        return -1, -1
    end, size = start + 1, len(labels)
    while end < size and labels[end] == label:
        end += 1
    return start, end


def words_end(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """`end` moved back over the punctuation closing tokens[start:end] (not before `start`)."""
    while end > start and not tokens[end - 1].text[:1].isalnum():
        end -= 1
    return end


def trim(text: str) -> str:
    """Field text without outer punctuation; a bracket stays when it is balanced, so
    "(R)-Ketamine ..." and "World Health Organization [WHO]" keep theirs."""
    text = " ".join(text.split()).strip(" \t.,;:/")
    opening = _OPENING_BRACKETS.match(text) if text[:1] in "([" else None  # (its first)
    text = text.strip(_OUTER)
    if opening:
        text = opening.group()[0] + text
    if "(" in text and text.count("(") > text.count(")"):  # (most fields: no bracket)
        text += ")"
    if "[" in text and text.count("[") > text.count("]"):
        text += "]"
    return text


# The medium NLM and ISO 690 print after a journal or title: "J Appl Ecol [Internet]".
_MEDIUM = re.compile(r"\s*\[(?:internet|online|serial[^\]]*|electronic resource|en ligne|"
                     r"cd-rom)\]$", re.IGNORECASE)


# "In Proceedings of ...", "In: Book", and "In" in other languages before a capital ("dans
# Nature", "en : EMBO Rep", "W: Prace").
_IN = re.compile(r"^(?:(?i:in)\s?:?\s+(?=\w)|(?i:dans|en|em|im|nel|nella|w)\s?:?\s+(?=[A-Z]))")
# A volume word or ABNT's "[s. l.]" (no place) closing the journal: "Gene, tome", "Genetics,
# [s. l.]" belong to the fields after it. Alone, an abbreviated one ("Bd.") is no container
# either, but a word in full is a title ("Volume" is a magazine).
_TAIL = re.compile(r"(?:^(?!(?:tome|volume|band|año)\.?$)|[\s,]+)"
                   r"(?:\[?s\.\s?l\.?\]?|tome|vol|vols|volume|bd|band|jg|año|"
                   r"\(?(?:trad\.?|traduit|transl\.?|translated) (?:par|by)\)?)\.?$",
                   re.IGNORECASE)  # a translator's cue left without a name, too


# A book's volume in its series run on into the book ("Logics of Programs, volume 193 of
# Lecture Notes in Computer Science"): the book ends before it (the number is the volume).
_SERIES_VOLUME = re.compile(r"[,.]?\s+(?:volume|vol\.)\s*\d+,?\s+of\s+(?-i:[A-Z]).*$",
                            re.IGNORECASE)


def clean_container(value: str) -> str:
    """The container without a leading "In", dash or trailing volume word or translator cue,
    nor the series a volume of it belongs to."""
    if " of " in value:  # (most containers: no series)
        value = _SERIES_VOLUME.sub("", value)
    return trim(_TAIL.sub("", _IN.sub("", value.lstrip("–—- "))))


# A paper printed with no title of its own ("A. Yu. Smirnov, in Proc. of ...", "Folkner, W. M.
# 2009, in IAU Symposium", "Rasch in: Bernsdorf"): the lower-case cue before the book's
# name, after the comma that closes the names or the date, or with a colon, is no title
# word. After a full stop a title starts, and a lower-case "in" there is its first word,
# however the list set its case ("Smith J. in Vivo Imaging ...", "(2004). in Memoriam").
_IN_CUE = re.compile(r"^in(?::\s*|\s+)(?=[A-Z0-9])")


def _without_in_cue(title: str, before: str) -> str:
    cue = _IN_CUE.match(title)
    if cue and (":" in cue.group() or before.rstrip().endswith(",")):
        return title[cue.end():]
    return title


def first_runs(text: str, found: tuple[Run, ...]) -> dict[str, str]:
    """label -> trimmed text of the label's first run (the longest, for titles)."""
    fields: dict[str, str] = {}
    for run in found:
        # (a later run of a field already filled is not trimmed: only the title's may win)
        if run.label not in _RUN_FIELDS or (run.label in fields and run.label != "title"):
            continue
        value = trim(text[run.start:run.end])
        if run.label == "container":
            value = clean_container(value)
        elif run.label == "title" and value.startswith("in"):
            value = _without_in_cue(value, text[:run.start])
        if run.label in ("container", "title") and value.endswith("]"):
            value = _MEDIUM.sub("", value)
        if run.label == "title" and len(value) > len(fields.get("title", "")):
            fields["title"] = value  # a subtitle split off by a stray label is shorter
        elif run.label not in fields and value:
            fields[run.label] = value
    return fields


# The cue of the next field, run into a number ("제5호, pp.93-117" tagged "5, pp" as issue;
# "volume 402 of Lecture Notes" as "402 of"), or the editors' cue before it ("Eds., vol. 1099").
_NEXT_CUE = re.compile(r"[\s,.;:]+(?:pp?|pages?|vols?|nos?|nr|of)\.?$", re.IGNORECASE)
_EDS_BEFORE = re.compile(r"^eds?\.?,?\s+(?=\S)", re.IGNORECASE)
# "Journal 2007, 41, 441-448": the year printed before the volume, run into it.
_YEAR_THEN_VOLUME = re.compile(rf"^{YEAR_DIGITS}\s*[,;]\s*(?=\d)")
# Korean, Japanese and Chinese print volume and issue inside counters: 제33권, 第58巻, 第3号.
_COUNTER = re.compile(r"^[제第]\s*(\w+?)\s*[권巻卷호号號期집輯]$")


def _bare_number(value: str) -> str:
    value = _YEAR_THEN_VOLUME.sub("", _EDS_BEFORE.sub("", _NEXT_CUE.sub("", value)))
    counted = _COUNTER.match(value)
    return counted.group(1) if counted else value


# "12(3)", "vol. 12, no. 3", "83 ,no .24", "45巻 1号": a volume run that holds the issue too.
_VOLUME_ISSUE = re.compile(
    r"^(?:volume|vols?\.?|bd\.?|[tv]\.)?\s*([\w.-]+?)\s*\(\s*([\w/–-]+)\s*\)", re.IGNORECASE)
_VOLUME_NUMBER = re.compile(
    r"^(?:volume|vols?\.?|bd\.?|[tv]\.)?\s*(\d[\w.-]*?)\s*(?:[\s,;]+(?:nos?|nr|n°|nᵒ|nº|n|issue|iss|heft|num|"
    r"number)\s*\.?|[巻卷권]\s*,?)\s*(\d[\w/–-]*?)\s*[号號호期]?$", re.IGNORECASE)


# "Journal of Applied Ecology, 44, 1, pp. 50-59": volume and issue as two bare numbers (only
# when the pages are labelled apart, so the second number is no page).
# MHRA's "22.4 (1985)" likewise.
_VOLUME_COMMA_ISSUE = re.compile(r"^(\d{1,4})\s*(?:,\s*|\.)(\d{1,3}(?:[/–-]\d{1,3})?)$")
# "Functional Plant Biology, 40, str. 109–124": pages after a page cue of another language
# (Slovene "str.", Turkish "ss.", Icelandic "bls.", Spanish "págs.") run into the volume.
_VOLUME_THEN_PAGES = re.compile(
    r"^(\d{1,4})\s*[,.]?\s+(?:pp?|str|ss|bls|págs?|pgs?)\.?\s*(\d+(?:\s*[-–]\s*\d+)?)$",
    re.IGNORECASE)
# "Annu Rev Ecol Evol Syst 35.175–197": the volume, a full stop and the page range.
_VOLUME_DOT_PAGES = re.compile(r"^(\d{1,4})\.(\d+\s*[-–]\s*\d+)$")


# Compiled once: re's module functions look each pattern up in its cache per call.
# French "tome 17", German "Band 4", "Jg. 12" / "18. Jg." (Jahrgang, after its number)
_VOLUME_WORD = re.compile(
    r"^(?:volume|vols?\.?|bd\.?|band\b|tome\b|jahrgang\b|jg\.?|[tv]\.)\s*"
    r"|(?<=\d)\.?\s*(?:jg\b\.?|jahrgang)$", re.IGNORECASE)
_ISSUE_WORD = re.compile(r"^(?:no|nr|n°|issue|heft|num)\.?\s*", re.IGNORECASE)
_PAGES_CUE = re.compile(r"^(?:pages?|pp|p|s)(?:\.|\b)\s*|^pp(?=\d)", re.IGNORECASE)


# "Plant Dis, 1214–1218.": a journal's page range printed without a volume
_YEAR = re.compile(YEAR_DIGITS)
_RANGE_ALONE = re.compile(r"^(\d{2,6})\s*[-‐‑–—]\s*(\d{1,6})$")
_YEAR_RUN = re.compile(r"\d{4}\s*[-–/]")  # "1971–72" (the tagger may cut the second year)


def _pages_alone(volume: str, date: str = "") -> bool:
    """A volume run that is a rising range of numbers (the last page abbreviated or not,
    "1376-82"), the first of two digits or more, is the pages: a volume is one number, and
    volumes printed together ("Vols. 1-3") keep their word. Not a run of years ("1998–1999"
    names a journal's volume by its years), nor two consecutive numbers dated by a run of
    years: two volumes bound as one ("Mediaeval Studies 33–34 (1971–72)")."""
    match = _RANGE_ALONE.match(volume)
    if not match:
        return False
    first, last = match.groups()
    if len(last) < len(first):
        last = first[:len(first) - len(last)] + last
    if int(last) == int(first) + 1 and _YEAR_RUN.search(date):
        return False
    return int(last) > int(first) and not (_YEAR.fullmatch(first) and _YEAR.fullmatch(last))


def tidy_numbers(fields: dict[str, str]) -> dict[str, str]:
    """Volume, issue and pages as bare values, splitting "12(3)" and "vol. 12, no. 3"; a
    list number in plain digits (a PDF's superscript "¹" as "1", which int() can read)."""
    out = dict(fields)
    if out.get("label"):
        out["label"] = unicodedata.normalize("NFKC", out["label"])
    for name in ("volume", "issue"):
        if out.get(name):
            out[name] = _bare_number(out[name])
    volume = out.get("volume", "")
    match = _VOLUME_ISSUE.match(volume) or _VOLUME_NUMBER.match(volume)
    if not match and out.get("pages") and not out.get("issue"):
        match = _VOLUME_COMMA_ISSUE.match(volume)
    if not match and not out.get("pages"):
        glued = _VOLUME_DOT_PAGES.match(volume) or _VOLUME_THEN_PAGES.match(volume)
        if glued:
            out["volume"], out["pages"] = glued.groups()
            volume = ""
        elif _pages_alone(volume, out.get("date", "")):
            out["volume"], out["pages"], volume = "", volume, ""
    if match:
        out["volume"] = match.group(1)
        out.setdefault("issue", match.group(2))
    elif volume:
        out["volume"] = trim(_VOLUME_WORD.sub("", volume))
    if out.get("issue"):
        out["issue"] = trim(_ISSUE_WORD.sub("", out["issue"]))
    if out.get("pages"):
        out["pages"] = clean_pages(without_pubmed_id(out["pages"], out.get("date", "")))
    return {k: v for k, v in out.items() if v}


_PAGE = r"[A-Za-z]{0,2}\d+[A-Za-z]?\d*"
# One page or range at the start; what follows it in the same run is a PubMed number, a
# page count unit ("65 p") or the next field run on ("E380–391. 8214047").
_PAGE_RANGE = re.compile(rf"{_PAGE}(?:\s*[-‐‑–—]+\s*{_PAGE})?|[ivxlcdm]+(?:\s*[-–]\s*[ivxlcdm]+)?",
                         re.IGNORECASE)


def clean_pages(text: str) -> str:
    """One page, range or article number, without "pp."; normalised by text.normalize_pages."""
    # "pp. 3", "p 3", "pp544-553"; a lone "P" glued to digits is an article number ("P04022")
    text = _PAGES_CUE.sub("", text.strip())
    match = _PAGE_RANGE.match(text.replace("～", "-"))  # GB/T's full-width tilde: "14～19"
    return normalize_pages(match.group() if match else text)
