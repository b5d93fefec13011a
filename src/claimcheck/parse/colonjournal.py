"""The journal after a title's colon, in the geologists' layout "Title: Journal, v. 44, p.
17-22" (USGS, the Geological Society of America and the styles made from theirs).

The tagger, which reads a colon as a subtitle's, runs the title on over the journal and the
volume's "v." ("Insect herbivores and plant succession: Oikos, v | 44"), or reads a place
closing the title into the journal ("... Sierra Nevada, | California: Geological Society
of America Bulletin").

Where the entry prints ", v. 44" (a lower-case "v." between a comma and a number), the words
between the last colon before it and that comma are the journal when they are one to ten words,
the first capitalised, with no colon, comma, quote or sentence's stop among them, and the title
(or the journal the tagger read) runs up to the colon: the title is what comes before the colon,
the journal what follows it, and "v." leads the volume. Only with the date before the title, as
these styles print it (ABNT prints ", v. 12" too, with the date last and "Title: Subtitle.
Journal"), and not when the title closes with a stop before the colon (a colon in the journal's
own name: "... trabalho. Psicologia: Ciência e Profissão"), nor after words that open with an
article ("Climate Change: The Evidence. Nature Geoscience"). Not in a book (a publisher or place
read, a colon after the volume, "Title: Subtitle, v. 2: Honolulu, University Press", or a count
of pages, "Field guide: Peterson Guides, v. 2, 200 p.").

This module also runs `quotedjournal`'s rule (`marked_journal`).
"""

from __future__ import annotations

from claimcheck.parse.assemble import label_run
from claimcheck.parse.quotedjournal import quoted_journal
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import ARTICLES

_FIELDS = frozenset({"title", "container"})
_BOOKISH = frozenset({"publisher", "location"})
_MOST_WORDS = 10
# (a comma or a quote after the colon: the colon is the subtitle's, and the journal comes
# later: "Rethinking Organic Aerosols: Semivolatile Emissions and Aging, Science, v. 315")
_NOT_IN_A_NAME = frozenset({":", ";", "?", "!", ",", "”", "“", "\"", "’", "»", "«"})


def marked_journal(tokens: tuple[Token, ...], out: list[str], text: str) -> None:
    """The journals print marks off after the other boundary rules (which read "...,
    California: | Geol." as physics' comma layout): this module's and one printed in
    quotes after an unquoted title (`quotedjournal`); only where `text` prints their cue."""
    if "«" in text or "„" in text or "“" in text:
        quoted_journal(tokens, out)
    if ", v." in text:
        journal_after_colon(tokens, out)


def journal_after_colon(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    cue = _volume_cue(tokens)
    if cue < 0 or (cue + 3 < len(tokens) and tokens[cue + 3].text == ":") \
            or _BOOKISH.intersection(out[cue:]) or _page_count(tokens, cue):
        return  # a book's volume: "Title: Subtitle, v. 2: Honolulu, University Press"
    start, _ = label_run(out, "title")
    if start < 0 or "date" not in out[:start] \
            or any(out[k] not in _FIELDS for k in range(start, cue - 1)):
        return  # (ABNT prints the date last, its colons a subtitle's: "Title: Subtitle.
        # Revista ..., v. 12, n. 3, p. 45-67, 2010")
    colon = next((k for k in range(cue - 2, start, -1) if tokens[k].text == ":"), -1)
    if colon < 0 or not _a_name(tokens[colon + 1:cue - 1]) or _sentence_end(tokens, start, colon):
        return
    for k in range(start, colon):
        out[k] = "title"
    for k in range(colon, cue - 1):
        out[k] = "container"
    out[cue - 1] = "container"  # the comma closing the journal
    out[cue:cue + 3] = ["volume"] * 3  # "v." leads the volume


def _volume_cue(tokens: tuple[Token, ...]) -> int:
    """Where ", v. 44" prints its "v", or -1."""
    for i in range(1, len(tokens) - 2):
        if tokens[i].text == "v" and tokens[i - 1].text == "," and tokens[i + 1].text == "." \
                and tokens[i + 2].text.isdigit():
            return i
    return -1


def _page_count(tokens: tuple[Token, ...], cue: int) -> bool:
    """A book's count of pages after the volume, the geologists' "200 p." (an article prints
    "p. 17-22")."""
    return any(tokens[k].text.isdigit() and tokens[k + 1].text == "p"
               for k in range(cue + 2, len(tokens) - 1))


def _sentence_end(tokens: tuple[Token, ...], start: int, colon: int) -> bool:
    """A stop after a word of four letters or more, a capital after it, between the title's
    start and the colon: the title ends there, and the colon is the journal's own
    ("Saúde mental e trabalho. Psicologia: Ciência e Profissão, v. 30"; not "St. Francois")."""
    return any(tokens[k].text == "." and tokens[k - 1].text.isalpha()
               and len(tokens[k - 1].text) >= 4 and not tokens[k - 1].text.isupper()
               and tokens[k + 1].text[:1].isupper() for k in range(start + 1, colon))


def _a_name(part: tuple[Token, ...]) -> bool:
    """One to ten words, the first capitalised, none of `_NOT_IN_A_NAME`, and a stop inside
    only after abbreviations: at most two short words since the last stop ("Toxicol. Appl.
    Pharmacol.", "Earth Planet. Sci."), not a sentence ("... Photochemical Aging. Science":
    a subtitle, then the journal), nor words opening with an article ("The Evidence.")."""
    words = [t.text for t in part if t.text[:1].isalnum()]
    if not 0 < len(words) <= _MOST_WORDS or not words[0][:1].isupper():
        return False
    since: list[str] = []
    for i, token in enumerate(part):
        if token.text in _NOT_IN_A_NAME:
            return False
        if token.text == "." and i + 1 < len(part):
            if len(since) > 2 or any(len(w) > 8 or w.islower() for w in since) \
                    or (since and since[0].lower() in ARTICLES):  # "The Evidence. Nature"
                return False
            since = []
        elif token.text[:1].isalnum():
            since.append(token.text)
    return True
