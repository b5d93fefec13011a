"""A journal printed after the title that the tagger read as a place, a publisher or a note:
"... and Their Vectors. | Viruses 2014, 61–79", "... Cucumis Germplasm. | HortScience 2011,
46, 1320", "... eastern California. | Psyche 413208." (`journal_read_as_imprint`).

Journals whose name is one unabbreviated word, or that the tagger has not seen, look to it
like a town or a firm before the year. An article's numbers say otherwise. When the entry
reads no container and the run straight after the title opens with a name (one to eight
words, the first capitalised, or "eLife"; no cue word: "Blackwell Publishing", "Working
Paper"), the name is the journal
- in a place or publisher run, when the volume or issue follows (the date between at most),
  or the pages printed bare after a name with no comma ("Viruses 2014, 61–79"; not a
  chapter's town, "Wageningen, 2003, 23–45", nor a note's page, "Moskva, 1996, S. 422"),
  and the entry reads no imprint besides it ("Basel: Birkhäuser, 2001, 12–40"), the name
  being no listed place, country ("Pisa, Italy") or publisher ("... Press", "Springer",
  "Gallimard 1985, 2, 120–140"), nor set off by commas on both sides as an imprint is
  ("..., Novosibirsk, 1978, 4, 12–19", "..., NOAA, 2009, 12, 1–60": the styles that print a
  journal so print an imprint so too);
- in a note run, when the run goes on, a space after the name, with an article's numbers:
  a volume and its pages ("eLife, 5, e13411", "Focus 2011: 20110113"), an issue in brackets
  ("Bull (3 suppl)"; not an edition, "(2. Aufl.)") or an article's number ("Psyche 413208",
  "Rev CD009997"), unless the first number is a year and the entry reads no date besides
  (a repository's record: "Zenodo 2021, 4567890"). A report's or preprint's code glued to
  its name ("CERN-1975-005", "arXiv:1402.4587", "EPA/600"), a number with a stop inside
  ("1706.01953") and a series' short number ("Working Paper 485") are none; and so is a
  note before the entry's imprint.
`locators` reads the numbers the note run held after the name.
"""

from __future__ import annotations

import re

from claimcheck.ingest.kinds import PUBLISHER_START
from claimcheck.parse.assemble import label_run
from claimcheck.parse.imprints import COUNTRY, PLACE, PRESS
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import YEAR_DIGITS

_IMPRINTS = frozenset({"location", "publisher", "note"})
_NAME_WORD = re.compile(r"[A-Z][A-Za-z&-]*|[a-z]+[A-Z][A-Za-z]*|of|and|the|in|for|&")
_CUES = frozenset({"in", "editor", "volume", "issue", "pages", "web", "doi", "thesis",
                   "report", "place", "publisher", "conf"})
# a series' or a patent's name, its number no article's: "NBER Working Paper 21906, 2016"
_SERIES = frozenset({"paper", "papers", "patent", "series", "brief", "memorandum"})
# publishing houses named by one word that `kinds.PUBLISHER_START` lacks, whose books are cited
# "House Year, Volume, Pages" as a journal is ("Gallimard 1985, 2, 120–140"); kept here, not
# there, since those names open a line as a family name too ("Heinemann U (2001) ...")
_HOUSES = re.compile(r"^(?:Gallimard|Heinemann|Seuil|Flammarion|Hachette|Payot|Brill|Peeters|"
                     r"Harrassowitz|Böhlau|Nomos|Einaudi|Laterza|Feltrinelli|Anagrama|Paidós|"
                     r"Cátedra)\b")
_YEAR = re.compile(YEAR_DIGITS)
_RANGE = re.compile(r"\d+(?:[-–]\d+)?")
# a volume and its pages, an issue in brackets, or an article's number, after a note's name
_ARTICLE = re.compile(r"\s*[,;:]?\s*(?:\d{1,4}\s*[,:;]\s*[A-Za-z]?\d+(?![\d/]|\.\d)"
                      r"|\(\s*\d+\s*(?:[Ss]uppl\w*\.?\s*)?\)|[A-Za-z]{0,2}\d{5,}(?![\d/-]|\.\d))")


def journal_read_as_imprint(text: str, tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    if "container" in out:
        return
    start, end = label_run(out, "title")
    if start < 0 or end >= len(out) or out[end] not in _IMPRINTS \
            or tokens[end - 1].text not in ".,:;\"”’'":
        return
    stop = _name_end(tokens, out, end)
    if stop <= end:
        return
    if out[end] == "note":  # (the entry's only year is its date: "Zenodo 2021, 4567890")
        read = _article_numbers(text, tokens, stop) and not (
            "date" not in out and _YEAR.fullmatch(tokens[stop].text) is not None)
    else:  # "Title. Viruses 2014, 61", not the imprint's "Title, Novosibirsk, 1978, 4, 12"
        read = _numbers_follow(tokens, out, stop) and not _set_off(tokens, end, stop)
    if read and _imprint_alone(tokens, out, end, stop):
        out[end:stop] = ["container"] * (stop - end)


def _name_end(tokens: tuple[Token, ...], out: list[str], first: int) -> int:
    """One past the name's last token (its stops and commas kept), or `first` when the run
    does not open with a name of one to eight words, or holds a cue word."""
    label, i, words = out[first], first, 0
    while i < len(out) and out[i] == label:
        text = tokens[i].text
        if LEXICON.get(text.lower()) in _CUES or text.lower() in _SERIES:
            return first
        glued = i + 1 < len(tokens) and tokens[i + 1].start == tokens[i].end \
            and tokens[i + 1].text[:1].isdigit()  # "CD009997", "e13411": the number's
        if text not in ".," and (not _NAME_WORD.fullmatch(text) or glued):
            break
        words += text not in ".,"
        i += 1
    opens = tokens[first].text
    if not 0 < words <= 8 or opens.islower() or not opens[:1].isalpha():
        return first
    return i


def _article_numbers(text: str, tokens: tuple[Token, ...], stop: int) -> bool:
    """Whether an article's numbers follow the name in the note, a space after it."""
    if stop >= len(tokens):
        return False
    after = tokens[stop - 1].end
    if tokens[stop].start == after and tokens[stop].text not in ",;":
        return False  # "arXiv:1402", "CERN-1975": a code glued to its name
    return _ARTICLE.match(text, after) is not None


def _imprint_alone(tokens: tuple[Token, ...], out: list[str], first: int, stop: int) -> bool:
    """Whether the place or publisher run is the entry's only imprint and no listed place,
    country or publisher's name (any part of it between commas)."""
    if any(tag in ("location", "publisher") for tag in out[stop:]) \
            or any(tag in ("location", "publisher") for tag in out[:first]):
        return False
    name = " ".join(t.text for t in tokens[first:stop])
    parts = [p.strip(" .") for p in name.split(",")]
    if PRESS.search(name) or PUBLISHER_START.match(name) or _HOUSES.search(name):
        return False
    return not any(PLACE.fullmatch(p) or COUNTRY.fullmatch(p) for p in parts if p)


def _set_off(tokens: tuple[Token, ...], first: int, stop: int) -> bool:
    """Whether the name stands between commas as an imprint's does ("..., Novosibirsk, 1978";
    not "Env, Toxicol, 2013", a journal cut with commas, nor "... Vectors. Viruses, 2014")."""
    return tokens[first - 1].text == "," and tokens[stop - 1].text == "," \
        and not any(t.text == "," for t in tokens[first:stop - 1])


def _numbers_follow(tokens: tuple[Token, ...], out: list[str], stop: int) -> bool:
    """Whether the volume or issue, or bare pages, come next (the date between at most).
    A name with a comma of its own before one page range closing the entry is a chapter's
    town ("Wageningen, 2003, 23–45"); a journal missing its volume is printed "Viruses 2014,
    61–79", and one whose volume the tagger ran into the pages "Viruses, 2014, 6, 61–79"."""
    i = stop
    while i < len(out) and out[i] == "date":
        i += 1
    if i >= len(out):
        return False
    if out[i] in ("volume", "issue"):
        return True
    if out[i] != "pages" or not tokens[i].text[:1].isdigit():
        return False
    return tokens[stop - 1].text != "," or not _one_range(tokens, out, i)


def _one_range(tokens: tuple[Token, ...], out: list[str], i: int) -> bool:
    """Whether the pages from `i` are one page or page range and close the entry."""
    rest = [t.text for t in tokens[i:]]
    return all(tag == "pages" for tag in out[i:]) and bool(
        _RANGE.fullmatch("".join(rest).rstrip(".")))
