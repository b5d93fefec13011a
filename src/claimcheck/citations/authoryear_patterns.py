"""The patterns of an author-year callout (`authoryear`): the author list and separator
just before a year (`BEFORE_YEAR`: "Smith and Jones (", "Berman et al., ", "EPICTETO, III, ")
and the year itself with its letters (`YEAR`: "2001a, b", "in press-a", "n.d.").
"""

from __future__ import annotations

import re

from claimcheck.citations.name_runs import COMMA
from claimcheck.citations.names import (
    ANY_NAME,
    CONJUNCTIONS,
    ET_AL_GLUED,
    ET_AL_LATIN,
    ET_AL_WORDS,
    GLUED_CONJUNCTIONS,
    NAME,
    STOPWORDS,
    UNCASED_NAME,
)
from claimcheck.citations.scripts import UNSPACED, UPPER

# (longest first, words of one length in alphabetical order: a set's order changes from run
# to run, and the pattern's text should not; two words of one length never match at the same
# place, so their order matches nothing differently)
_STOP = "|".join(sorted(STOPWORDS, key=lambda word: (-len(word), word)))
_CONJ = "|".join(re.escape(c) for c in CONJUNCTIONS)
_WORD_AS_NAME = (rf"[ \u00a0\n]+(?:{_CONJ})[ \u00a0\n]+[{UPPER}]"
                 r"|[ \u00a0\n]*[,(][ \u00a0\n]*$")  # searched up to the year: "$" is the year
_ET_AL_NEXT = r"[ \u00a0\n]+et[ \u00a0\n]+al\b"  # "et al." follows
_AUTHORS = (
    # a word that opens sentences or names a date ("In 2000", "May 2018") is a name only
    # before "et al." ("Jun et al."), or before another name, a comma and a year or a
    # parenthesised year ("Winter and Brown", "(Box, 1964)", "May (2018)"), and there only
    # as a first author the list has (`_authors_before`)
    # "(1985apudNascimento et al., 2008)": the spaces around an italic "apud" lost in markup
    rf"(?:(?:(?<![\w'’\-])|(?<=\dapud))(?!(?i:{_STOP})\b(?!{_ET_AL_NEXT}"
    rf"|{_WORD_AS_NAME}))"
    rf"(?:{NAME}|{UNCASED_NAME})|[{UNSPACED}]+?)"
    rf"(?:(?:[ \u00a0]*{COMMA}[ \u00a0\n]*{ANY_NAME})*[ \u00a0]*,?[ \u00a0\n]+(?:{_CONJ})"
    rf"[ \u00a0\n]+{ANY_NAME}"
    rf"|(?:[ \u00a0]*{COMMA}[ \u00a0]*{ANY_NAME})*(?![ \u00a0]+(?:{ET_AL_WORDS}))"
    rf"[ \u00a0]+[{GLUED_CONJUNCTIONS}]{UNCASED_NAME}"
    rf"|(?:[ \u00a0]*;[ \u00a0\n]*{NAME})+|(?:[\u30fb\u3001][{UNSPACED}]+?)+"
    # APA's names before "et al." where works share the first: "(Smith, Jones, et al., 2008)"
    rf"|(?P<commas>(?:[ \u00a0]*,[ \u00a0\n]*{NAME})+(?=,?{_ET_AL_NEXT})))?"
    # a classic cited by book and section before the edition's year: "DIÓGENES LAERCIO, VI
    # 77, 2010", "EPICTETO, III, 1993"
    r"(?P<locator>,?[ \u00a0]+[IVX]{1,4}(?:[ \u00a0]*,?[ \u00a0\n]*\d{1,4})?(?=[ \u00a0]*,))?"
    r"(?:\.\.\.|…)?"  # ABNT cites a work without author by its title's first word: "ÍNDIO..."
    r"(?P<etal>,?[ \u00a0\n]+et\.?[ \u00a0\n]*al\b\.?(?:['’]s\b)?"  # "et.al.", "etal."
    # Russian, Bulgarian "и др.", "и соавт.", "с соавт.", Ukrainian "та ін.", Serbian "и сар."
    r"|,?[ \u00a0\n]+(?:[ис][ \u00a0\n]+(?:др|соавт|сар)|та[ \u00a0\n]+ін)\b\.?"
    rf"|[ \u00a0\n]+and[ \u00a0\n]+(?:co-?workers|colleagues|others)|[ \u00a0]+(?:{ET_AL_WORDS})"
    rf"|,?[ \u00a0\n]+(?:{ET_AL_LATIN})"
    rf"|{ET_AL_GLUED})?"
)
# a plural possessive ends the names too: "Smith and Jones’ (2002) study"; APA brackets a
# narrative year inside parentheses: "(see Smith et al. [2001] for details)"; "et al." asks
# for a year, so a semicolon after it is a slip for the comma ("FERRÃO et al.; 2001")
_SEP = (
    rf"(?P<sep>[ \u00a0\n]*{COMMA}[ \u00a0\n]*|(?<=\bal\.);[ \u00a0\n]*"
    r"|(?<=s)['’]?[ \u00a0\n]*,?[ \u00a0]*[(\uff08[]"
    r"[ \u00a0]*|[ \u00a0\n]*,?[ \u00a0]*[(\uff08[][ \u00a0]*"
    # a classic's book and section inside a narrative's parenthesis: "Diógenes Laercio (VI
    # 71, 2010, p. 228)"
    r"(?:[IVX]{1,4}[ \u00a0]+\d{1,4}[ \u00a0]*,[ \u00a0]*)?|[ \u00a0\n]+)$"
)
BEFORE_YEAR = re.compile(_AUTHORS + _SEP)
YEAR = re.compile(
    r"(?<![\w/.\-–])(?P<year>1[6-9]\d\d|20\d\d|in\spress|in\sreview|n\.\s?d\.|forthcoming"
    r"|no\sprelo|en\sprensa|sous\spresse|im\sDruck|s\.\s?d\.)"
    # a letter after the comma is one more work's suffix ("2001a, b"), unless a number
    # follows it: then it is a locator ("2001a, p. 23", "2001b, p 4")
    # "2001a–c": a run of letters, each a work
    # APA's "in press-a", "n.d.-b": the letter after a hyphen
    r"(?P<suffix>(?:(?<=[a-z.])-(?=[a-z]\b))?(?!apud)[a-rt-z](?:[-–][b-z](?![\w]))?"
    r"(?:[ ]?,[ \n]?[a-z](?![\w]|\.?[ \u00a0]*\d))*)?"
    r"(?!(?!apud[A-Z])[\w]|[-–.]\d)"
)
