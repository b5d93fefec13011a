"""Pages the tagger read as another field: a second year, a DOI or a link.

- Chemistry's and astronomy's "Journal Year, Volume, Page" ("Stroke 2002, 33, 1776.",
  "B Am Meteorol Soc, 90, 1843"): a first page of four digits after the volume reads like a
  year. A date run that is one bare number, after the volume run and its comma, with the
  date already read before it and nothing but punctuation after it, is the pages; not the
  year printed again, or one apart ("Plant Soil, 66, 1982." after "Reynders 1982").
- German styles' "S. 1036–1049" (Seite) after the volume, read as a DOI or a link ("J Atmos
  Ocean Tech 28, S. 1036–1049."; "14. Jg. S. 1701–1715. https://doi.org/..."): in a DOI or
  link run, a page cue ("S.", "p.", "pp.") and a number or range before any DOI or link
  token are the pages; a volume word before the cue ("Jg.") goes with the volume before it.
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token

_CUES = frozenset({"S", "s", "p", "pp", "P", "Pp"})
_DASHES = frozenset({"-", "–", "—", "‐"})


def pages_misread(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rules above, in place (only where no pages were read)."""
    if "pages" in out:
        return
    _second_year(tokens, out)
    for label in ("doi", "url"):
        if "pages" not in out:
            _cued_pages(tokens, out, label)


def _second_year(tokens: tuple[Token, ...], out: list[str]) -> None:
    first = label_run(out, "date")[1]
    if first < 0 or "date" not in out[first:]:
        return
    start = out.index("date", first)
    end = label_run(out[start:], "date")[1] + start
    words = [k for k in range(start, end) if tokens[k].text[:1].isalnum()]
    year = next((t.text for t, label in zip(tokens, out, strict=True)
                 if label == "date" and t.text.isdigit()), "")
    if len(words) == 1 and tokens[words[0]].text.isdigit() and start >= 2 \
            and abs(int(tokens[words[0]].text) - int(year or 0)) > 1 \
            and tokens[start - 1].text == "," and out[start - 1] in ("volume", "date") \
            and out[start - 2] == "volume" \
            and all(not t.text[:1].isalnum() for t in tokens[end:]):
        for k in range(start - 1 if out[start - 1] == "date" else start, end):
            out[k] = "pages"


def _cued_pages(tokens: tuple[Token, ...], out: list[str], label: str) -> None:
    start, end = label_run(out, label)
    if start < 1 or (out[start - 1] != "volume" and tokens[start - 1].text not in ",."):
        return
    cue = next((k for k in range(start, min(end, start + 3)) if tokens[k].text in _CUES), -1)
    if cue < 0:
        return
    number = cue + 1 + (cue + 1 < end and tokens[cue + 1].text == ".")
    if number >= end or not tokens[number].text.isdigit():
        return
    last = number + 1
    if last + 1 < end and tokens[last].text in _DASHES and tokens[last + 1].text.isdigit():
        last += 2
    if any(tokens[k].text[:1].isalpha() and tokens[k].text not in _CUES | {"Jg", "jg"}
           for k in range(start, cue)):
        return
    for k in range(start, cue):  # a volume word run into it ("14. Jg. S. 1701")
        out[k] = "volume" if out[start - 1] == "volume" else out[k]
    for k in range(cue, last):
        out[k] = "pages"
