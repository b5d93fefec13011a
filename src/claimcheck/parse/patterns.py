"""Fields that a regular pattern finds more reliably than the tagger: the printed label,
DOI, URL, notes such as "[Epub ahead of print]", the year, and the kind of work.

These run on the cleaned string and override or complete what the tagger labelled.
"""

from __future__ import annotations

import re

from claimcheck.text import DOI_PATTERN, normalize_doi
from claimcheck.vocabulary import YEAR_DIGITS

# "1.", "12)", "[12]", "(12)" before the first author: up to five digits, but a four-digit
# year ("2010. Title") is never taken for a label.
_NUMBER = rf"(?:\d{{1,3}}|(?!{YEAR_DIGITS}\b)\d{{4,5}})"
# A bare number is a label only before a name: "76 Laemmli U:", "13 D. Thouless, ...", not
# "100 Years of ...".
# a family name's particle before it ("22 von Mises, R.", "3 van der Berg, J."); a family
# name alone before "et al." or German "u. a." / Polish "i in." ("5 Kocka u. a., Title");
# family names joined by slashes ("7 Bailey/Zanders, Drug Discovery Today 2008, 412"), each
# with a name's look, a capital then lower case (not "5 CD/DVD Drives, Handbook, 2004")
_PARTICLE = r"(?:von|van|de|du|der|den|di|da|del|della|le|la|ten|ter|dos)"
_LABEL = re.compile(
    rf"^\s*(?:\[({_NUMBER}[a-z]?)\]|\(({_NUMBER})\)|({_NUMBER})(?:\.(?!\d)|\))"
    r"|(\d{1,3})\s+(?=(?:" + _PARTICLE + r"\s+){0,2}[A-Z][\w'.-]*"
    r"(?:(?<=[a-zß-ÿ])\s?/\s?[A-Z](?:['’][A-Z])?[a-zß-ÿ][\w'.-]*)*"
    r"(?:,?\s+[A-Z]|\s+(?:et\s+al|u\.\s?a|i\s+in)\.)))\s*"
)
_DOI = re.compile(r"(?:doi\s*[:.]?\s*|https?://(?:dx\.)?doi\.org/)?" + DOI_PATTERN.pattern,
                  re.IGNORECASE)
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"]+[^\s<>\".,;:)\]]")
_NOTES = (
    re.compile(r"\[?\bE-?pub(?:lished)?(?: online)? ahead of print\b\]?\.?", re.IGNORECASE),
    # An access date never runs across a URL ("Retrieved from http://x.com/archive/2016/").
    re.compile(r"\(?\b(?:accessed|retrieved|last accessed|cited)\b"
               r"(?:(?!https?:|www\.)[^()\[\]])*?\d{4}\)?\]?",
               re.IGNORECASE),
    re.compile(r"\[?\bin press\b\]?", re.IGNORECASE),
    re.compile(r"\(?\bretracted\b[^()]*\)?", re.IGNORECASE),
)
_AVAILABLE = re.compile(r"\b(?:available(?: online)?(?: at| from)?|online at|retrieved from|"
                        r"url)\s*:?\s*$", re.IGNORECASE)
_LEAD_IN = re.compile(r"\b(?:available(?: online)?(?: at| from)?|online at|retrieved from)"
                      r"\s*:?\s*(?=https?://|www\.)", re.IGNORECASE)
YEAR = re.compile(rf"(?<![\d/.-])({YEAR_DIGITS})([a-z])?(?![\d/-])")
_DOTTED_DATE = re.compile(rf"(?<![\d.])\d{{1,2}}\.\d{{1,2}}\.({YEAR_DIGITS})(?![\d/-])")


def split_label(text: str, position: int = 0) -> tuple[str, str]:
    """(printed number, rest of the entry); the number is "" when the list is not numbered.
    A year-like number is a label too when it is the entry's own position in the list
    ("1999. Smith J ..." as entry 1999 of a long numbered list)."""
    match = _LABEL.match(text)
    if not match and position >= 1000:
        # one pattern for every position: a pattern per position was compiled anew for each
        # entry of a long list (re's cache holds 512), 1-3 ms each
        match = _POSITION.match(text)
        if match and next(g for g in match.groups() if g) != str(position):
            match = None
    if not match:
        return "", text
    return next(g for g in match.groups() if g), text[match.end():]


_POSITION = re.compile(r"^\s*(?:\[(\d{4,})\]|\((\d{4,})\)|(\d{4,})[.)])\s*")


_GLUED = re.compile(
    r"\.?URL|\[(?:doi|pii|pmid)\]|[.,;\[](?:pmid|pmcid|pubmed|issn|arxiv|doi|hep|epub)\b(?!\.)",
    re.IGNORECASE)


# PDF extraction spaces a labelled DOI apart: "doi:10 .1080/1478", "10.1103 /PhysRevE.49".
_SPACED_DOI = re.compile(r"\bdoi\s*[:.]?\s*10\s?\.\s?\d{4,9}\s?/\s?[^\s]+", re.IGNORECASE)
_DOI_URL = re.compile(r"(?:https?://)?(?:dx\.)?doi\.org/10\.\d{4,9}(?:/|%2F)\S+", re.IGNORECASE)
_SPACED_NEEDS = re.compile(r"10\s?\.\s?\d{4}")  # what _SPACED_DOI holds, in any case
_DOI_NEEDS = re.compile(r"10\.\d{4,9}/")  # likewise for _DOI


def find_doi(text: str) -> str:
    """The first DOI printed anywhere in the entry, normalised; "" when none. A resolver link
    is read as a URL (query and fragment dropped, %2F decoded) by normalize_doi."""
    if "10" not in text:  # every pattern below needs it; most fields and many entries lack it
        return ""
    # Each case-blind pattern only where a case-sensitive scan (fast: it looks for "10"
    # alone) finds what it needs: years and pages put "10" in most entries.
    link = search_from(_DOI_URL, text, ("http", "dx.", "doi.")) if "/10." in text else None
    if link:
        return normalize_doi(_GLUED.split(link.group())[0].rstrip(".,;>"))
    match = (search_from(_SPACED_DOI, text, ("doi",)) if _SPACED_NEEDS.search(text)
             else None) or (
        search_from(_DOI, text, ("doi", "http", "10.")) if _DOI_NEEDS.search(text) else None)
    if not match:
        return ""
    # Extraction glues what follows onto the DOI: "...034519.URL https", "...033[doi]".
    doi = _GLUED.split("".join(match.group().split()))[0]  # (as re.sub(r"\s+", ""))
    return normalize_doi(_balanced(doi))


def _balanced(doi: str) -> str:
    """The DOI up to a bracket it never closes: "...028[hep-th" or "...551(in Korean"."""
    for left, right in ("[]", "()"):
        if left not in doi:
            continue
        depth = 0
        for i, char in enumerate(doi):
            depth += (char == left) - (char == right)
            if depth > 0 and right not in doi[i:]:
                return _balanced(doi[:i])
    return doi


def find_url(text: str) -> str:
    """The first URL that is not just a DOI resolver link."""
    if "http" not in text and "www." not in text:  # what every URL the pattern finds holds
        return ""
    for match in _URL.finditer(text):
        if not re.match(r"https?://(?:dx\.)?doi\.org/", match.group(), re.IGNORECASE):
            return match.group()
    return ""


# Every note pattern holds one of these words: a cheap test that skips the patterns for the
# many entries without notes (the scans are the slow part of parsing a plain entry).
_NOTE_WORDS = ("pub", "access", "retriev", "cited", "in press", "retract", "avail", "online", "url")
# Past that test, the words each pattern needs, in `_NOTES`' order, then the lead-in's: its
# scan is skipped where its own word is absent. `str.lower` writes three letters otherwise
# than the patterns' case-blind matching reads them ("İ" and "ı" as "i", "ſ" as "s"): an
# entry holding one of them is scanned by every pattern.
_PATTERN_WORDS = (("ahead of print",), ("accessed", "retrieved", "cited"), ("in press",),
                  ("retracted",))
_LEAD_IN_WORDS = ("available", "online at", "retrieved from")
_ODD_CASE = ("\u0130", "\u0131", "\u017f")


def _may_have_notes(text: str) -> bool:
    low = text.lower()
    # A loop, not `any(map(low.__contains__, ...))`: a bound `__contains__` is a slot
    # wrapper, whose call costs more than the scan (-28 % instructions; run twice an entry)
    for word in _NOTE_WORDS:  # noqa: SIM110
        if word in low:
            return True
    return False


def odd_case(text: str) -> bool:
    """Whether `text` holds a letter that `str.lower` writes otherwise than re's case-blind
    match reads it ("İ", "ı", "ſ"): a cheap substring test on the lower-cased text may
    then miss what the pattern finds."""
    return not text.isascii() and any(map(text.__contains__, _ODD_CASE))


def search_from(
    pattern: re.Pattern[str], text: str, openings: tuple[str, ...]
) -> re.Match[str] | None:
    """`pattern.search(text)` for a case-blind pattern whose every match opens with one of
    `openings` (lower case): started where the first of them is printed (found by `str.find`
    in C) instead of trying the pattern at every character before it. `str.lower` keeps each
    character's place and reads letters as re's case-blind match does, but for "İ", "ı" and
    "ſ": a text holding one of them is searched whole."""
    if odd_case(text):
        return pattern.search(text)
    low = text.lower()
    places = [at for at in map(low.find, openings) if at >= 0]
    return pattern.search(text, min(places)) if places else None


def find_notes(text: str) -> tuple[str, ...]:
    """Notes as printed, in the order they appear: Epub ahead of print, access dates."""
    if not _may_have_notes(text):
        return ()
    low, odd = text.lower(), odd_case(text)
    found = [(m.start(), m.group().strip())
             for p, words in zip(_NOTES, _PATTERN_WORDS, strict=True)
             if odd or any(map(low.__contains__, words)) for m in p.finditer(text)]
    return tuple(note for _, note in sorted(found))


def strip_notes(text: str) -> str:
    """The entry without its notes or an "Available online at:" lead-in."""
    if not _may_have_notes(text):
        return text
    low, odd = text.lower(), odd_case(text)
    for pattern, words in zip(_NOTES, _PATTERN_WORDS, strict=True):
        if odd or any(map(low.__contains__, words)):
            text = pattern.sub(" ", text)
            low = text.lower()
    if odd or any(map(low.__contains__, _LEAD_IN_WORDS)):
        return _LEAD_IN.sub(" ", text)
    return text


def available_lead_in(text: str) -> bool:
    return bool(_AVAILABLE.search(text))


_BRACKETED_YEAR = re.compile(rf"[(\[,.]\s*({YEAR_DIGITS})([a-z])?\s*[)\]]")


def find_year(text: str, first: bool = False) -> tuple[str, str]:
    """(year, suffix letter) preferring a year in parentheses, as author-year styles print it,
    unless `first` (a date field: "1988 (Rpt. 1992)" was published in 1988)."""
    bracketed = None if first else _BRACKETED_YEAR.search(text)
    match = bracketed or YEAR.search(text)
    if match is None and first:  # a date field's day and month: "4.12.2007" (`fulldates`)
        dotted = _DOTTED_DATE.search(text)
        return (dotted.group(1), "") if dotted else ("", "")
    return (match.group(1), match.group(2) or "") if match else ("", "")


_THESIS = re.compile(r"\b(?:thesis|dissertation|ph\.?\s?d\.?)\b")
_PHD = re.compile(r"ph\.?\s?d")  # what its third word needs (a fast scan: it opens with "ph")
_CONFERENCE = re.compile(r"\b(?:proceedings|proc\.|conference|symposium|workshop|congress)\b")
_IN_PART = re.compile(r"(?:^|[.,]\s*)in:?\s")


def kind_of(fields: dict[str, str], text: str) -> str:
    """article | book | chapter | web | thesis | conference | misc, from fields and cue words."""
    low = text.lower()
    container = fields.get("container", "").lower()
    # The substrings first: a cheap necessary condition for the slower word-bounded scan.
    if ("thesis" in low or "dissertation" in low or _PHD.search(low)) and _THESIS.search(low):
        return "thesis"
    if _CONFERENCE.search(container):
        return "conference"
    # (the tests without a scan first: most entries fail one of them)
    if container and (
        fields.get("publisher") or "(eds" in low or "eds." in low or "editors" in low
    ) and (fields.get("editors") or _IN_PART.search(low)):
        return "chapter"
    if container:
        return "article"
    if fields.get("publisher") or fields.get("location"):
        return "book"
    if fields.get("url"):
        return "web"
    return "misc"
