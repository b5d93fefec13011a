"""The DOI and the web address an entry prints, read from its text as extraction leaves it:
a DOI spaced apart ("doi: 10.1000/ abc 123", "10 .1088/x") is put back together with the
tagger's DOI run, and an address whose scheme or path a line break spaced ("https: //host",
"…/pii/ S0168…") is joined; a DOI's resolver link is the DOI, never the entry's URL."""

from __future__ import annotations

import re

from claimcheck.parse import patterns
from claimcheck.text import is_valid_doi


def printed_doi(body: str, tagged_text: str) -> str:
    """The printed DOI; the tagger's DOI run wins when it continues a spaced-apart one
    ("doi: 10.1000/ abc 123": the pattern stops at "abc", the run holds "abc 123")."""
    found = patterns.find_doi(body)
    tagged = _tagged_doi(tagged_text)
    # Only a numeric continuation ("abc 123", "PhysRevLett. 100.228502"), not a word the run
    # took in after the DOI ("... 044802 for", a repeated "nature11899").
    if found and tagged.startswith(found) and tagged[len(found):][:1] in set("0123456789."):
        return tagged
    return found or tagged


def _tagged_doi(text: str) -> str:
    """The DOI the tagger found where extraction spaced it ("10 .1088/x", "10.1097/ SHK")."""
    doi = patterns.find_doi("".join(text.split()))  # as re.sub(r"\s+", ""): same spaces
    return doi if is_valid_doi(doi) else ""


_SCHEME = re.compile(r"^((?:https?|ftp))\s*:\s*//\s*", re.IGNORECASE)
_WEB = re.compile(r"(?:https?|ftp)://|www\.", re.IGNORECASE)
_RESOLVER = re.compile(r"https?://(?:dx\.)?doi\.org/", re.IGNORECASE)
_URL_BREAK = re.compile(r"(?<=[/\-=?&_])\s+(?=[\w/%~-])|(?<=\.)\s+(?=[a-z0-9])|\s+(?=[/.]\w)")


def printed_url(text: str) -> str:
    """A web address proper: a DOI (bare, "doi:" or resolver link) is the DOI, not a URL.

    Extraction may space the scheme ("https: //host") and break the address after a slash,
    hyphen or dot ("…/pii/ S0168…", "lhc- ilc.physik"); otherwise it ends at the next space.
    """
    if not text:  # most entries print no URL
        return ""
    text = _SCHEME.sub(r"\1://", text.strip())
    if not _WEB.match(text):
        return ""
    text = _URL_BREAK.sub("", text).split()[0].rstrip(".,;")
    if text.endswith(")") and "(" not in text:  # "(see http://host/page)"
        text = text[:-1].rstrip(".,;")
    return "" if _RESOLVER.match(text) else text
