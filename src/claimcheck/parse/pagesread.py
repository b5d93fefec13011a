"""Pages the tagger read as another field: a second year, a DOI or a link.

- Chemistry's and astronomy's "Journal Year, Volume, Page" ("Stroke 2002, 33, 1776.",
  "B Am Meteorol Soc, 90, 1843"): a first page of four digits after the volume reads like a
  year. A date run that is one bare number, after the volume run and its comma, with the
  date already read before it and nothing but punctuation after it, is the pages; not the
  year printed again, or one apart ("Plant Soil, 66, 1982." after "Reynders 1982"), nor a
  later year after a titled work's volume, its collected edition's ("Gesammelte Werke, 10,
  1946."), unless the year stands right before the volume (chemistry's). So is
  physics' "Phys. Rev. B 64, 1983 (2001)." read as one date run: the number before the
  bracketed year.
- German styles' "S. 1036–1049" (Seite) after the volume, read as a DOI or a link ("J Atmos
  Ocean Tech 28, S. 1036–1049."; "14. Jg. S. 1701–1715. https://doi.org/..."): in a DOI or
  link run, a page cue ("S.", "p.", "pp.") and a number or range before any DOI or link
  token are the pages; a volume word before the cue ("Jg.") goes with the volume before it.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

# a page cue as a token of the note, in either case ("P. 12", "pp. 3"); not
# `notenumbers._PAGE_CUE`, which reads a whole field taken for the journal and knows "str",
# "Seite", "pág" but not "P": one list would change what either reads
_CUES = frozenset({"S", "s", "p", "pp", "P", "Pp"})
_DASHES = frozenset({"-", "–", "—", "‐"})
_LAST_YEAR = 2100  # a later number beyond this is a page, never an edition's year
# (numbers are read with `str.isdecimal`: `isdigit` is true of superscripts, "²⁰⁰¹", which
# `int` refuses)


def pages_misread(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, in place (only where no pages were read)."""
    if "pages" in out:
        return
    _second_year(tokens, out)
    for label in ("doi", "url"):
        if "pages" not in out:
            _cued_pages(tokens, out, label)


def _second_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    start = _date_after_volume(tokens, out)
    if start < 0:
        return
    end = label_run(out[start:], "date")[1] + start
    page = tokens[start].text
    after = [t.text for t in tokens[start + 1:end]]
    # the year in brackets after it, in the same run: physics' "64, 1983 (2001)."
    bracketed = after[:1] == ["("] and len(after) >= 3 and after[2] == ")" \
        and after[1].isdecimal() and all(not a[:1].isalnum() for a in after[3:])
    earlier = next((t.text for t, label in zip(tokens[:start], out, strict=False)
                    if label == "date" and t.text.isdecimal()), "")
    year = after[1] if bracketed else earlier if not any(a[:1].isalnum() for a in after) else ""
    if year and abs(int(page) - int(year)) > 1 \
            and (bracketed or not _reprint_year(tokens, out, int(page), int(year))) \
            and all(not t.text[:1].isalnum() for t in tokens[end:]):
        out[start] = "pages"
        if out[start - 1] == "date":
            out[start - 1] = "pages"


def _reprint_year(tokens: tuple[Token, ...], out: list[str], number: int, year: int) -> bool:
    """Whether a later year after a titled work's volume is its collected edition's year
    ("Freud, S. (1915). Das Unbewusste. Gesammelte Werke, 10, 1946."): not where there is no
    title (astronomy's "2009, B Am Meteorol Soc, 90, 1843") or where the year is printed
    right before the volume, as chemistry prints it ("Stroke 2002, 33, 1776")."""
    if not year < number <= _LAST_YEAR or "title" not in out:
        return False
    first = label_run(out, "date")[1]
    volume = out.index("volume", first) if "volume" in out[first:] else -1
    return volume < 0 or any(t.text[:1].isalnum() for t in tokens[first:volume])


def _date_after_volume(tokens: tuple[Token, ...], out: list[str]) -> int:
    """Where a date run opening with a bare number starts right after the volume run and its
    comma (-1 if none)."""
    return next((k for k in range(2, len(out))
                 if out[k] == "date" and tokens[k].text.isdecimal() and tokens[k - 1].text == ","
                 and out[k - 1] in ("volume", "date") and out[k - 2] == "volume"), -1)


def _cued_pages(tokens: tuple[Token, ...], out: list[str], label: str) -> None:
    start, end = label_run(out, label)
    if start < 1 or (out[start - 1] != "volume" and tokens[start - 1].text not in ",."):
        return
    cue = next((k for k in range(start, min(end, start + 3)) if tokens[k].text in _CUES), -1)
    if cue < 0:
        return
    number = cue + 1 + (cue + 1 < end and tokens[cue + 1].text == ".")
    if number >= end or not tokens[number].text.isdecimal():
        return
    last = number + 1
    if last + 1 < end and tokens[last].text in _DASHES and tokens[last + 1].text.isdecimal():
        last += 2
    if any(tokens[k].text[:1].isalpha() and tokens[k].text not in _CUES | {"Jg", "jg"}
           for k in range(start, cue)):
        return
    for k in range(start, cue):  # a volume word run into it ("14. Jg. S. 1701")
        out[k] = "volume" if out[start - 1] == "volume" else out[k]
    for k in range(cue, last):
        out[k] = "pages"
