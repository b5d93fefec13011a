"""A journal's volume printed straight onto its pages, which the tagger reads as the pages
with no volume (`volume_off_pages`, called by `fieldnumbers.tidy_numbers`):

- no mark between them: "Rev Geophys. 38191–219.", "J Radiat Res. 2016;57115–120." — a
  style that prints "volume(issue):pages" drops the colon with the issue when a record has
  none. The range's last page says how many digits its first page has (the digits before
  them are the volume), as long as that first page then opens a rising range;
- the page cue glued to the volume, or after its stop or comma: "Genetics, 176pp. 1307–1322",
  "206 pp.107–117", "Aquaculture. 1982, 28. p. 39‑48".

Only for a journal's entry with neither volume nor issue read: pages of seven digits or more
before a dash are rare, an article printed without its volume rarer still when its pages
are so long. A last page of two digits is left as read: it is an abbreviated one ("Trier: WVT
2003. 115–52", "Age Ageing. 3764–71" could be 37, 64–71 or 3764–3771).
"""

from __future__ import annotations

import re

_CUE_GLUED = re.compile(r"(\d{1,4})[.,]?\s*pp?\.\s*([A-Za-z]?\d.*)")
_LONGEST_VOLUME = 4  # digits
# A last page of three digits at least: one of two is an abbreviated one ("281–98",
# "1536–38"), and no cue then tells a glued volume from the first page's own digits.
_GLUED = re.compile(r"(\d{4,10})\s*([-‐‑–—])\s*(\d{3,6})")


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
    return volume, f"{first}{dash}{last}"
