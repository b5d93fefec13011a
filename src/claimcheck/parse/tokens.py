"""Tokenising a reference string, and the month names and cue words the rules share.

Tokens keep their character offsets so a labelled run maps back to the exact printed text.
URLs and DOIs are single tokens (their inner punctuation is not structure); everything else
splits into alphanumeric runs and single punctuation marks, so "2010;12(3):34-56" yields the
year, volume, issue and page tokens Vancouver styles glue together. What the sequence tagger
is told about each token is `tokenfeatures`'.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from claimcheck.vocabulary import YEAR_DIGITS

_TOKEN = re.compile(
    r"(?:https?://|www\.)\S+[^\s.,;)\]>]"  # URL
    r"|10\.\d{4,9}/\S+[^\s.,;\]>]"  # bare DOI
    r"|[^\W\d_]+|\d+"  # word or number, apart: "A61" and "instruments69" are two fields
    r"|[^\w\s]",  # one punctuation mark
)
YEAR_TOKEN = re.compile(rf"{YEAR_DIGITS}[a-z]?")  # one token: "1999", "2013a"
MONTHS = frozenset(
    [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
        "dec", "january", "february", "march", "april", "june", "july", "august", "september",
        "october", "november", "december"
    ]
)
# Month names in English, French, German, Spanish, Italian and Portuguese (rules, not features).
MONTH_NAMES = MONTHS | frozenset([
    "janvier", "février", "fevrier", "mars", "avril", "mai", "juin", "juillet", "août", "aout",
    "septembre", "octobre", "novembre", "décembre", "decembre", "januar", "februar", "märz",
    "maerz", "juni", "juli", "oktober", "dezember", "enero", "febrero", "marzo", "abril", "mayo",
    "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre",
    "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre",
    "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro",
    "novembro", "dezembro"
])
# Cue words of each field, as they appear across APA, Vancouver, Chicago, physics and
# humanities styles (see the AnyStyle and GROBID training corpora).
_LEXICON = {
    "journal": "journal j jour proc proceedings trans transactions rev review reviews lett "
    "letters annals ann bull bulletin acta res comm commun communications int natl med sci "
    "phys chem biol am soc quarterly magazine",
    "conf": "conference conf symposium symp workshop meeting congress colloquium",
    "publisher": "press publisher publishers publishing verlag wiley springer elsevier "
    "university univ books academic mit cambridge oxford routledge sage inc ltd co company",
    "editor": "ed eds editor editors edited hrsg hg dir",
    "pages": "pp p pages page s",
    "volume": "vol volume vols bd band tome",
    "issue": "no nr issue heft num",
    "doi": "doi",
    "in": "in dans",
    "and": "and et und y",
    "etal": "al others",
    "thesis": "thesis dissertation phd ph diss",
    "report": "report technical tech tr memo",
    "web": "available accessed online retrieved http https www",
    # Places of publication that recur across the training corpora.
    "place": "york london paris berlin boston cambridge oxford amsterdam chicago washington "
    "princeton heidelberg tokyo philadelphia toronto san francisco leipzig munich wien vienna "
    "stuttgart dordrecht basel geneva mass ny ca nj ma il uk usa",
}
LEXICON = {word: name for name, words in _LEXICON.items() for word in words.split()}


class Token(NamedTuple):
    """A token and its character offsets (a named tuple: made for every token, so cheap)."""

    text: str
    start: int
    end: int


_new = tuple.__new__  # a NamedTuple's own constructor is Python code; made per token


# _TOKEN with what it skips before each token (spaces, and "_", the one character no branch
# takes): `findall` builds the pairs in C, and the offsets follow from the lengths, cheaper
# than asking each match object for its start and end. The skipped run that ends the text
# (no token after it) is taken whole by the second branch, as one empty pair: else each of
# its characters would start a try that runs to its end (quadratic in its length).
_GAPPED = re.compile(rf"([\s_]*)({_TOKEN.pattern})|[\s_]+\Z")


def tokenize(text: str) -> tuple[Token, ...]:
    pairs = _GAPPED.findall(text)
    if pairs and not pairs[-1][1]:  # the skipped run at the end
        pairs.pop()
    out = []
    end = 0
    for gap, token in pairs:
        start = end + len(gap)
        end = start + len(token)
        out.append(_new(Token, (token, start, end)))
    return tuple(out)
