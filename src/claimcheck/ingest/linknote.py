"""A line that is an entry's link and its lead alone, in a one-a-line list: the entry's rest.

A URL or DOI alone on a line is the previous entry's, cut at its end (`segment`). So is a
link after a lead word or two saying where it is, and a colon, as entries print it
("In: http://www.example.org/briefs.html", "unter: http://www.example.de/studie.pdf (Stand
Mai 2004).", "Online: https://...", "URL: www.example.org"), with nothing after it but an
access note in brackets: no reference is only where it is found. A line with more after
its link ("Statistics Netherlands: https://www.cbs.nl. Population tables.") or whose
lead is a name ("World Bank: www.worldbank.org.") is read by the other rules. After a
line that ended a whole entry (pages, a year, a link), and in a run of them (after or
before another such line), they may be resources listed by their link ("Available from:
https://..." three times): those stay entries. Three lines, bounded patterns.
"""

from __future__ import annotations

import re

from claimcheck.ingest.bare import WHOLE_ENDS
from claimcheck.ingest.kinds import end_kind

# one to three words that say where the entry is found, and a colon, then a link: "In: http",
# "unter: http", "Online-Publikation: http", "Available at: www."; not a name ("World Bank:
# www.worldbank.org.", "Eurostat: https://...": a body's resource of its own)
_LEADS = (r"in|im|unter|online|online-publikation|url|uri|internet|web|website|webseite"
          r"|homepage|link|at|from|available|verfügbar|abrufbar|disponible|disponível|em|en"
          r"|sur|dans|quelle|source|fuente|fonte|ligne|zugriff|abruf")
_LEAD_LINK = re.compile(
    rf"^(?:{_LEADS})(?:\s(?:{_LEADS})){{0,2}}\s?:\s*<?(?:https?://|www\.)\S+", re.IGNORECASE)
# after the link only an access note in brackets and a stop: "(letzter Abruf: 02.12.2009).",
# "[accessed 4 May 2020]"
_NOTE = re.compile(r"^(?:\([^()]{1,80}\)|\[[^\[\]]{1,80}\])?\.?$")


def link_note(prev: str, text: str, after: str) -> bool:
    """`text` is a link after a lead of one or two words and a colon, then at most an access
    note in brackets, after a line `prev` that did not end a whole entry, neither `prev` nor
    the line `after` it another such link (see the module)."""
    if not _note_alone(text) or _note_alone(prev) or _note_alone(after):
        return False
    return end_kind(prev, False) not in WHOLE_ENDS


def _note_alone(text: str) -> bool:
    """The line is a lead, its colon and a link, then at most a note in brackets."""
    found = _LEAD_LINK.match(text.strip())
    return found is not None and bool(_NOTE.match(text.strip()[found.end():].strip()))
