"""A translator's or editor's credit printed right after the title, which the tagger reads
into the title's end or the container's start: "“Title”, trans. J. Smith, Journal 12",
"Title, hg. v. A. Weber. In: Journal", "« Titre », trad. K. Bates, Revue 6", "Title, edited
by S. Jones, Chemosphere, vol. 69", "Title, with an introduction by J. Liao. J Clim 26".

Humanities notes print a work's translator or editor after its title (Chicago's "trans.",
"ed.", "edited by"; German "übers. v.", "hg. v."; French and Italian "trad."); the CSL styles
that made the training strings print them rarely, so the tagger has no place for them and
runs them into the field beside. The credit is a cue from `_CUE` (in lower case, or a whole
word: a capitalised abbreviation opens journals and publishers as often, "Philos. Trans. R.
Soc.", "Ed. Elsevier"; not after an edition's word, "Rev. ed. New York"), set off by a
comma, semicolon, stop or quotation mark, from the title's third word up to the first number
field or a chapter's "In" (a credit after the book is its editors', `chapter`'s); then names
(capitalised words, initials, "and", particles; an inverted "Dostal, A.") up to the first
comma, semicolon or bracket, or a stop after a word that is no initial (a colon closes a
place: "ed. New York: Holt" is an imprint). The cue becomes a note, the names the editors
(an editor's cue) or a note too (a translator's or an introducer's: a reference keeps no
translator). What the tagger ran the credit into after it (a location or an editor run up
to a volume, issue or pages: "edited by S. Jbabdi, Chemosphere, vol. 69") is the container,
and a container run cut off between the title and the credit is the title's end.

One of `repair`'s rules, after the title's boundary rules.
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.imprints import PRESS
from claimcheck.parse.initialsfirst import is_initial
from claimcheck.parse.tokens import Token
from claimcheck.parse.translatorcredit import abbreviated_journal
from claimcheck.vocabulary import NAME_PARTICLES_MORE, PLACE_SET

# Cues as token texts joined by spaces ("übers . v ."), lower case. Editors' first.
_EDITOR = (r"(?:ed|eds|hg|hrsg|éd|dir) \.(?: (?:v \.|von|by|par))?"
           r"|(?:edited|herausgegeben|édité|editado|curato) (?:by|von|par|por|da)"
           r"|a cura di")
_TRANSLATOR = (r"(?:trans|transl|tr|trad|übers|übs) \.(?: (?:v \.|von|by|par|de|di))?"
               r"|(?:translated|übersetzt|traduit|traducido|tradotto) (?:by|von|par|por|da)"
               r"|with (?:an|a new) (?:introduction|foreword|preface|afterword) by"
               r"|(?:introduced|selected) by")
_CUE = re.compile(rf"(?:(?P<editor>{_EDITOR})|{_TRANSLATOR}) (?=\S)")
# The cues' first words, tried before the pattern (most tokens are none).
_FIRST = frozenset({"ed", "eds", "hg", "hrsg", "éd", "dir", "edited", "herausgegeben", "édité",
                    "editado", "curato", "a", "trans", "transl", "tr", "trad", "übers", "übs",
                    "translated", "übersetzt", "traduit", "traducido", "tradotto", "with",
                    "introduced", "selected"})
# The same words after a mark, in lower case, for one search of the whole text (`repair`
# asks it before the rule; led by the mark, the pattern tries its words only where a mark
# stands, and goes on past a mark only when a word's first letter follows).
CREDIT_WORDS = (r"[,;.”’»«\"'‘“„‚]\s*(?=[" + "".join(sorted({w[0] for w in _FIRST}))
                + "])(?:" + "|".join(sorted(_FIRST - {"a", "with"})) + r"|a cura|with an?)\b")
_OFF = frozenset({",", ";", ".", "”", "’", "»", "«", '"', "“", "‘", "‚", "„"})
_JOINS = frozenset({"and", "und", "et", "&", "e", "y", "-", "'", "’"})
_PARTICLES = frozenset(NAME_PARTICLES_MORE)
_ENDS = frozenset({",", ";", ":", "(", "[", "/"})
_AFTER = frozenset({"location", "editor", "note", "publisher"})
_NUMBERS = frozenset({"volume", "issue", "pages"})
# A chapter's book follows these; a credit after the book is its editors' (`chapter`).
_NUMBER_CUES = frozenset({"pp", "pages", "page", "vol", "vols", "volume", "no", "nr", "bd", "band",
                          "heft", "tome", "fasc"})
_EDITIONS = frozenset({"rev", "revised", "new", "enl", "corr", "repr", "augm", "erw", "überarb"})
_IN = frozenset({"in", "dans", "en", "im", "nel", "nella", "w", "em"})


def credit_after_title(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0:
        return
    for k in range(start + 3, len(tokens) - 2):
        if out[k] in _NUMBERS or (k >= end and tokens[k].text.lower() in _IN):
            return  # past the title and its container, or at a chapter's book
        if tokens[k].text.lower() in _FIRST and tokens[k - 1].text in _OFF \
                and not _after_place(tokens, out, k) and _relabel(tokens, out, k):
            _title_through(out, start, end, k)
            return


def _relabel(tokens: tuple[Token, ...], out: list[str], k: int) -> bool:
    words = " ".join(t.text.lower() for t in tokens[k:k + 6]) + " "
    found = _CUE.match(words)
    if found is None or _edition(tokens, k) or (
            tokens[k].text[:1].isupper() and tokens[k + 1].text == "."):
        # a capitalised abbreviation opens a journal or a publisher as often ("Philos.
        # Trans. R. Soc.", "Ed. Elsevier", "Dir. David Twohy"); a whole word does not
        return False
    names = k + found.group(0).count(" ")
    stop = _names_end(tokens, names)
    if stop is None or (tokens[stop - 1].text == "." and abbreviated_journal(
            tokens, names, stop - 1)):  # "Trans. Amer. Math. Soc. 70": a journal
        return False
    label = "editor" if found.group("editor") else "note"
    ran_on = out[stop - 1]
    for i in range(k, stop):  # (the cue is no name: "hg. von" is kept out of the editors)
        out[i] = label if i >= names else "note"
    _title_ends(tokens, out, k)
    _container_after(tokens, out, stop, ran_on)
    return True


def _after_place(tokens: tuple[Token, ...], out: list[str], k: int) -> bool:
    """The cue follows the imprint's place ("Paris, éd. du Seuil", "Milano, ed. Bompiani"):
    a French, Italian or Spanish publisher's "éditions", not an editor's credit."""
    place = tokens[k - 2].text if k >= 2 else ""
    return place[:1].isupper() and out[k - 2] != "title" and (
        place in PLACE_SET or out[k - 2] == "location")


def _edition(tokens: tuple[Token, ...], k: int) -> bool:
    """"Rev. ed.", "7. ed.", "2nd ed.": an edition, not an editor."""
    before = tokens[k - 2].text.lower() if k >= 2 else ""
    return before.isdigit() or before in _EDITIONS or before[-2:] in ("nd", "rd", "th", "st")


def _names_end(tokens: tuple[Token, ...], i: int) -> int | None:
    """Where the credited names starting at `i` end (exclusive, the closing mark kept with
    them), or None when no family name (a capitalised word of two letters) is there."""
    family = False
    for j in range(i, min(i + 16, len(tokens))):
        text = tokens[j].text
        if text == "," and j + 1 < len(tokens) and is_initial(tokens, j + 1):
            continue  # an inverted name: "hg. von Dostal, A."
        if text in _ENDS:  # (a colon closes a place, "ed. New York: Holt": an imprint)
            return j if family and text != ":" else None
        if text.lower() in _NUMBER_CUES:
            return None  # "eds. Pp. 1-14": a cue, no name
        if text == ".":
            if len(tokens[j - 1].text) > 1 and tokens[j - 1].text[:1].isupper():
                return j + 1 if family else None
            continue
        if text[:1].isupper() and text.replace("-", "").replace("'", "").isalpha():
            family = family or len(text) > 1
        elif text.lower() not in _JOINS and text not in _PARTICLES:
            return None
    return None


def _title_ends(tokens: tuple[Token, ...], out: list[str], k: int) -> None:
    """The marks between the title and the credit stay the title's ("”,"); the comma
    or stop before the cue is the credit's when the tagger ran the title on to it."""
    if out[k - 1] == "title" and tokens[k - 1].text in (",", ";"):
        out[k - 1] = out[k]


def _container_after(tokens: tuple[Token, ...], out: list[str], stop: int, ran_on: str
                     ) -> None:
    """What follows the credit up to a number field is the journal's name, which the
    credit pushed out of its place: a location, editor, note or publisher run that a volume,
    issue or pages follow ("edited by S. Jbabdi, Chemosphere, vol. 69"), or the run the
    tagger ran the credit on into ("tr. D. Keith, „Science” 2005"; not a bracket, which
    opens an imprint: "trans. J. Smith (Paris: Seuil, 1990)")."""
    if stop < len(out) and tokens[stop].text == "(":
        _bracketed_publisher(tokens, out, stop)
        return
    if stop >= len(out):
        return
    label = out[stop]
    end = stop
    while end < len(out) and out[end] == label:
        end += 1
    follows = out[end] if end < len(out) else ""
    if not any(len(t.text) > 1 and t.text[:1].isupper() for t in tokens[stop:end]):
        if label == "container":  # no journal's word ("hg. von A. Dostal, o. O. 1994":
            for i in range(stop, end):  # no place), but what the tagger ran on into
                out[i] = "note"
        return
    if (label in _AFTER and follows in _NUMBERS) or (
            label == ran_on and label in ("note", "editor") and follows in (*_NUMBERS, "date")):
        for i in range(stop, end):
            out[i] = "container"


def _bracketed_publisher(tokens: tuple[Token, ...], out: list[str], at: int) -> None:
    """"ed. T. Francke (INRA, 1993)": a bracket after the credit holding words, a comma and
    a year but no colon is the publisher and the year (Chicago's imprint without its place),
    which the tagger, having run the credit on into it, reads as a place: when the words
    hold a press's word (`imprints.PRESS`) or are an acronym, a body's; else they stay the
    place, which British notes print alone ("(Oxford, 1993)") more often than a press."""
    close = next((k for k in range(at + 1, min(at + 12, len(tokens)))
                  if tokens[k].text == ")"), 0)
    words = range(at + 1, close - 2)
    if close and tokens[close - 2].text == "," and re.fullmatch(
            r"1[5-9]\d\d|20\d\d", tokens[close - 1].text) and len(words) > 0 \
            and all(tokens[k].text != ":" and out[k] == "location" for k in words):
        inside = " ".join(tokens[k].text for k in words)
        if PRESS.search(inside) or re.fullmatch(r"[A-Z]{2,}", inside):
            for k in words:  # a press's word or a body's acronym ("INRA", "OUP", "CNRS")
                out[k] = "publisher"


def _title_through(out: list[str], start: int, end: int, k: int) -> None:
    """A container run between the title and a credit that a container follows is the
    title's end, which the tagger cut off ("Canine X-linked dystrophy. An animal model:
    clinical studies, with an introduction by B. Rao. J. Neurol. Sci., 88")."""
    if end >= k or out[end] != "container" or "container" not in out[k:]:
        return
    i = end
    while i < k and out[i] == "container":
        i += 1
    if i >= k - 1:
        for j in range(end, i):
            out[j] = "title"
