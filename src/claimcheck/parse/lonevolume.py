"""A journal's volume printed without its pages, which the tagger reads as a year or as the
pages (`volume_after_year`).

Chemistry's "Journal Year, Volume, Pages" (ACS and the styles made from it) loses its pages
when the record has none: "Stat Med 1995, 14.", "J Phys Chem A 2012, 116.", "Environ Res
Lett, 2017, 12, DOI 10.1088/...". The tagger, which has seen the three numbers, reads the
year as the volume and the number as the pages, or the number as the pages. Right after the
container, a year, its comma and one short number that closes the entry (its stop, or a DOI
or link after it at most) are the date and the volume, when:
- the entry prints no other year (a volume that looks like a year: "Acta 2001, 12" after
  "(1998)");
- its names print initials: German law's "Weilbrock, 'Title'. MedR 2003, 77" cites a journal
  counted by its years, and the number is the first page (`lawjournals`);
- the container holds no comma of its own (else it is a book's imprint read as one:
  "Presses de l'université de Laval, Laval 2006, 168", the page a note cites) and follows
  the names or a title closed by its stop or quote, not a title's bare comma;
- the journal is none that numbers its pages by the year ("Chem. Commun. 1999, 1234",
  "NJW 2003, 1234").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_LINKS = frozenset({"doi", "url", "note"})
# journals cited by year and page: the RSC's before their volumes, Synthesis, Synlett, Chem. Lett.
_YEAR_PAGED = re.compile(r"(?:Chem\.?\s*Commun|Dalton\s*Trans|Perkin\s*Trans\.?\s*\d?|"
                         r"J\.?\s*Chem\.?\s*Soc|Synthesis|Synlett|Chem\.?\s*Lett)[\s.,]*$")
# a name of one word with two capitals, an acronym: law's "NJW", "JZ", "JBl", a conference's "CVPR"
_ACRONYM = re.compile(r"[A-Z][A-Za-z]*[A-Z][A-Za-z]*")


def _after_title(tokens: tuple[Token, ...], out: list[str], start: int) -> bool:
    """Whether the container opens the entry's work part as a journal does: right after the
    names (no title), or after a title closed by its stop or quote; not after a title's bare
    comma, where a note prints its place ("Information Visualization, Harlow 2000, 256")."""
    if start < 1 or tokens[start - 1].text != ",":
        return True
    return start >= 2 and (out[start - 2] == "author" or tokens[start - 2].text in "’'\"”")


def volume_after_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "container")
    if end < 0 or end + 3 > len(out) or not _YEAR.fullmatch(tokens[end].text) \
            or tokens[end + 1].text != "," or not tokens[end + 2].text.isdigit() \
            or len(tokens[end + 2].text) > 4 \
            or any(t.text == "," for t in tokens[start:end - 1]) \
            or not _after_title(tokens, out, start) or _paged_by_year(tokens, start, end):
        return
    after = end + 3
    closed = after == len(out) or (tokens[after].text == "." and after + 1 == len(out)) or (
        tokens[after].text in ",." and after + 1 < len(out) and out[after + 1] in _LINKS)
    others = any(_YEAR.fullmatch(t.text) for k, t in enumerate(tokens) if k != end)
    initials = any(tag == "author" and t.text.isupper() and len(t.text) <= 3
                   for t, tag in zip(tokens, out, strict=True))
    if closed and not others and initials:
        out[end:end + 2] = ["date", "date"]
        out[end + 2] = "volume"


def _paged_by_year(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether the container is one that numbers its pages by the year, no volume to read:
    "Chem. Commun. 1999, 1234", "NJW 2003, 1234", "CVPR 2016, 770"."""
    name = " ".join(t.text for t in tokens[start:end]).replace(" .", ".")
    return bool(_YEAR_PAGED.search(name)) or (end - start == 1 and bool(_ACRONYM.fullmatch(name)))
