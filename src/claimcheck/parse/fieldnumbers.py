"""Volume, issue and pages as bare values (`tidy_numbers`): the volume keeps its digits,
"12(3)" and "vol. 12, no. 3" give the issue, a page range run into the volume becomes the
pages, and pages are normalised with `text.normalize_pages` ("139–145" -> "139-145",
"e13211" kept; `clean_pages`).
"""

from __future__ import annotations

import re
import unicodedata

from claimcheck.parse.assemble import trim
from claimcheck.parse.gluedvolume import glued_volume
from claimcheck.parse.pubmed import without_pubmed_id
from claimcheck.text import normalize_pages
from claimcheck.vocabulary import YEAR_DIGITS

# The cue of the next field, run into a number ("제5호, pp.93-117" tagged "5, pp" as issue;
# "volume 402 of Lecture Notes" as "402 of"; German "86. Jg. S. 201" as "86. Jg. S"), or the
# editors' cue before it ("Eds., vol. 1099").
_NEXT_CUE = re.compile(r"[\s,.;:]+(?:pp?|pages?|vols?|nos?|nr|of)\.?$|\.\s*s\.?$", re.IGNORECASE)
_EDS_BEFORE = re.compile(r"^eds?\.?,?\s+(?=\S)", re.IGNORECASE)
# "Journal 2007, 41, 441-448": the year printed before the volume, run into it.
_YEAR_THEN_VOLUME = re.compile(rf"^{YEAR_DIGITS}\s*[,;]\s*(?=\d)")
# "PNAS 113 [2016]: 763–768", "Proc Intl Soc Mag Reson Med 15 [2007]: 3720": MLA's year in
# square brackets after the volume, and what the tagger ran on after it (its colon, the pages)
_BRACKETED_YEAR = re.compile(rf"^(\d[\w.-]*)\s*\[({YEAR_DIGITS})\]\s*:?\s*(.*)$")
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
# Indonesian "hal." and German "S." too ("vol. 17, hal. 37–50").
_VOL = r"^(?:vol\.?\s*|volume\s+)?(\d{1,4})"
_VOLUME_THEN_PAGES = re.compile(
    _VOL + r"\s*[,.]?\s+(?:pp?|str|ss|bls|págs?|pgs?|hal|s\.)\.?\s*(\d+(?:\s*[-–]\s*\d+)?)$",
    re.IGNORECASE)
# "Condor, 96, 545–551.", "Anim Behav 18 366–378": a page range with no cue run into the
# volume (taken only when it is a rising range, `_pages_alone`: "12, 3–4" is a double issue).
_VOLUME_THEN_RANGE = re.compile(_VOL + r"(?:\s*[,:;.]\s+|\s*[,:;]|\s+)(\d.*)$",
                                re.IGNORECASE)
# "159(7): 663–70": the range after the volume and its issue.
_RANGE_AFTER = re.compile(r"^\s*[,:;]\s*(\d.*)$")
# "Annu Rev Ecol Evol Syst 35.175–197": the volume, a full stop and the page range.
_VOLUME_DOT_PAGES = re.compile(r"^(\d{1,4})\.(\d+\s*[-–]\s*\d+)$")


# Compiled once: re's module functions look each pattern up in its cache per call.
# French "tome 17", German "Band 4", "Jg. 12" / "18. Jg." (Jahrgang, after its number)
_VOLUME_WORD = re.compile(
    r"^(?:volume|vols?\.?|bd\.?|band\b|tome\b|jahrgang\b|jahrg\b\.?|jg\.?|[tv]\.)\s*"
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
    bracketed = _BRACKETED_YEAR.match(out.get("volume", ""))
    if bracketed:
        out["volume"] = bracketed.group(1)
        out.setdefault("date", bracketed.group(2))
        if bracketed.group(3) and not out.get("pages"):
            out["pages"] = bracketed.group(3)
    volume = out.get("volume", "")
    match = _VOLUME_ISSUE.match(volume) or _VOLUME_NUMBER.match(volume)
    if not match and out.get("pages") and not out.get("issue"):
        match = _VOLUME_COMMA_ISSUE.match(volume)
    if match and not out.get("pages"):
        after = _RANGE_AFTER.match(volume[match.end():])
        if after and _pages_alone(after.group(1)):
            out["pages"] = after.group(1)
    if not match and not out.get("pages"):
        glued = _VOLUME_DOT_PAGES.match(volume) or _VOLUME_THEN_PAGES.match(volume)
        if not glued:
            glued = _VOLUME_THEN_RANGE.match(volume)
            glued = glued if glued and _pages_alone(glued.group(2)) else None
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
    glued_volume(out)
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
