"""A journal's volume and pages printed so that the tagger cuts them in the wrong place
(`glued_volume`, called by `fieldnumbers.tidy_numbers` on the fields as read).

A volume printed straight onto its pages, read as the pages with no volume
(`volume_off_pages`):

- no mark between them: "Rev Geophys. 38191–219.", "J Radiat Res. 2016;57115–120." — a
  style that prints "volume(issue):pages" drops the colon with the issue when a record has
  none. The range's last page says how many digits its first page has (the digits before
  them are the volume), as long as that first page then opens a rising range, and a
  first number of four digits whose last page changes its leading digit ("1496–500") is
  Chicago's, MLA's or NLM's shortened range;
- the page cue glued to the volume, or after its stop or comma: "Genetics, 176pp. 1307–1322",
  "206 pp.107–117", "Aquaculture. 1982, 28. p. 39‑48".

Only for a journal's entry with neither volume nor issue read: pages of seven digits or more
before a dash are rare, an article printed without its volume rarer still when its pages
are so long. A last page of two digits is left as read: it is an abbreviated one ("Trier: WVT
2003. 115–52"; "Age Ageing. 3764–71" could be 37, 64–71 or 3764–3771).

A page range cut at its dash, its first page read with the volume ("Science 332. 220–224":
volume "332. 220–", pages "224"), is whole again; a range of a one-digit first page after the
volume ("Pharmacol; 212; 1–13", which `fieldnumbers` leaves as one volume since "12, 3–4" is
a double issue) is the pages when it spans more than two pages.
"""

from __future__ import annotations

import re

_CUE_GLUED = re.compile(r"(\d{1,4})[.,]?\s*pp?\.\s*([A-Za-z]?\d.*)")
_LONGEST_VOLUME = 4  # digits
_SHORTENED_WHOLE = 5  # digits before the dash of a range read whole when shortened
# A last page of three digits at least: one of two is an abbreviated one ("281–98",
# "1536–38"), and no cue then tells a glued volume from the first page's own digits.
_GLUED = re.compile(r"(\d{4,10})\s*([-‐‑–—])\s*(\d{3,6})")
# "332. 220–" (the pages' first page and dash after the volume and its mark)
_CUT_RANGE = re.compile(r"(\d{1,4})[.,:;]?\s+(\d+)\s*([-‐‑–—])")
# "212; 1–13"
_SHORT_RANGE = re.compile(r"(\d{1,4})\s*[.,:;]\s+(\d)\s*([-‐‑–—])\s*(\d{1,4})")


def glued_volume(fields: dict[str, str]) -> None:
    """The rules above, in place."""
    volume, pages = fields.get("volume", ""), fields.get("pages", "")
    cut = _CUT_RANGE.fullmatch(volume)
    if cut and pages.isdigit() and int(pages) > int(cut.group(2)):
        fields["volume"], fields["pages"] = cut.group(1), f"{cut.group(2)}{cut.group(3)}{pages}"
        return
    short = _SHORT_RANGE.fullmatch(volume)
    if short and not pages and int(short.group(4)) > int(short.group(2)) + 1:
        fields["volume"], fields["pages"] = short.group(1), "".join(short.groups()[1:])
        return
    if pages and fields.get("container") and not (volume or fields.get("issue")):
        split = volume_off_pages(pages)
        if split:
            fields["volume"], fields["pages"] = split


def volume_off_pages(pages: str) -> tuple[str, str] | None:
    """(volume, pages) when `pages` as read is a volume glued to its pages, else None."""
    cued = _CUE_GLUED.fullmatch(pages)
    if cued:
        return cued.group(1), cued.group(2)
    glued = _GLUED.fullmatch(pages)
    if not glued:
        return None
    digits, dash, last = glued.groups()
    volume_digits = len(digits) - len(last)
    if not 0 < volume_digits <= _LONGEST_VOLUME:
        return None
    volume, first = digits[:volume_digits], digits[volume_digits:]
    if first.startswith("0") or int(first) >= int(last):
        return None
    # a last page that differs from the first in its leading digit is also how Chicago, MLA
    # and NLM shorten a range ("1496–500", "12991–3001"): only a first number of five digits
    # or more, two of them the volume's, is read as a volume then ("38191–219")
    if first[0] != last[0] and (len(digits) < _SHORTENED_WHOLE or volume_digits < 2):
        return None
    return volume, f"{first}{dash}{last}"
