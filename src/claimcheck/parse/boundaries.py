"""Where the title ends and the container begins, when the tagger blurs the boundary.

Rules, each for a layout the tagger often gets wrong:
- an abbreviated journal printed after the title's stop ("... depression. Biol. Psychiatry
  85", "... Formation. Env. Sci Technol") is easily cut in two: abbreviation tokens between
  the title's stop (a word's that is no abbreviation) and the container are the container's;
- in a style that prints a spaced slash or dash between its groups, the last name and the
  container's cue are out of the title (`parse/delimited.py`);
- a title printed in quotes is what its quotes hold (`parse/quoted.py`), also when the tagger
  ran the container from its opening quote (`parse/quotedcontainer.py`);
- "Title. In Proceedings of ..." run together: after the title's full stop, "In" opens the
  container when none is labelled; so does a lower-case "in" after a comma before a capital
  when what follows names a meeting (physics: "An Introduction to ChPT, in Nuclear,
  subnuclear ... Proceedings");
- "Trans. Nicholas Rand. Critical Inquiry": the translator opening the container is a note
  (not an abbreviated journal: "Trans. Amer. Math. Soc."; `parse/translatorcredit.py`);
- GOST's "Title // Journal. 2003. Vol. 5": the title ends at a spaced "//", the container
  follows it;
- an edition statement closing the title ("..., 3rd edn.") is a note (`parse/titlenotes.py`);
- then the rules of `parse/titlecontainer.py` (a title or container read out of the other).
"""

from __future__ import annotations

import re
from operator import itemgetter

from claimcheck.parse.assemble import label_run
from claimcheck.parse.delimited import delimited_title
from claimcheck.parse.journalcuts import cut_words_to_container
from claimcheck.parse.journalword import first_word_to_container
from claimcheck.parse.middleinitial import surname_to_title
from claimcheck.parse.nametail import name_tail_to_container
from claimcheck.parse.quoted import CUES, quoted_title
from claimcheck.parse.quotedcontainer import quoted_title_from_container
from claimcheck.parse.runons import settle
from claimcheck.parse.titlecontainer import title_or_container
from claimcheck.parse.titlein import in_cue_to_container
from claimcheck.parse.titlenotes import edition_out_of_title, note_out_of_title, notes_printed
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.parse.translatorcredit import translator_out_of_container
from claimcheck.vocabulary import YEAR_DIGITS

_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,10}")  # "Biotechnol.", "Antimicrob."
_VANCOUVER = re.compile(r"[A-Z]{1,3}")
_TEXT = itemgetter(0)  # a token's text (a Token is a tuple: text, start, end)

def title_and_container(tokens: tuple[Token, ...], out: list[str], text: str) -> None:
    """The boundary rules above, applied in place in that order; rules whose cue the entry's
    `text` does not print are not tried (most entries print none)."""
    if notes_printed(text):
        note_out_of_title(tokens, out)
    if "//" in text:  # two slash tokens, the second glued on (a URL's "//" is inside its token)
        _double_slash(tokens, out)
    _abbreviations_to_container(tokens, out)
    first_word_to_container(tokens, out)
    cut_words_to_container(tokens, out)
    name_tail_to_container(tokens, out)
    in_cue_to_container(tokens, out)
    surname_to_title(tokens, out)
    delimited_title(tokens, out)
    quoted_title_from_container(tokens, out)
    quoted_title(tokens, out)
    _in_container(tokens, out)
    translator_out_of_container(tokens, out)
    edition_out_of_title(tokens, out)
    title_or_container(tokens, out)
    settle(tokens, out, text)


def _abbreviations_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """"Title. Biol. | Psychiatry" and physics' "S. Scherer, Prog. Part. | Nucl. Phys." ->
    the abbreviations move to the container, back to the field boundary before them."""
    if "container" not in out:
        return
    first = out.index("container")
    i = first
    sentence = -1  # the nearest walked point after a title's sentence stop, for the fallback
    while i >= 4 and _abbreviation(tokens[i - 2], tokens[i - 1], out[i - 1]):
        i -= 2
        # a word printed whole before a short abbreviation ("Asian Pac. J. Trop. Biomed.")
        if i >= 3 and out[i - 1] == "title" and _ABBREVIATION.fullmatch(tokens[i - 1].text) \
                and tokens[i - 2].text in ".?!" and len(tokens[i].text) <= 4:
            i -= 1
        if sentence < 0 and _sentence_stop(tokens, i - 1):
            sentence = i
    # A title ends at its full stop; an author list (physics: no title) at a comma, since
    # "..., Honduras. Rev Biol Trop" must keep the place in the title.
    boundary = ".?!" if out[i] == "title" else ".?!,"
    # ... but a title is never emptied ("Wilhelm MP. Vancomycin. Mayo Clin Proc")
    emptied = out[i] == "title" and out[i - 2] != "title"
    if i < first and (tokens[i - 1].text in boundary or _unstopped(tokens, out, i, first)) \
            and not emptied:
        for j in range(i, first):
            out[j] = "container"
    elif out[i] == "title" and sentence > 2 and out[sentence - 2] == "title":
        # the walk went on over the title's last word ("... Formation. Env. | Sci Technol")
        for j in range(sentence, first):
            out[j] = "container"


def _sentence_stop(tokens: tuple[Token, ...], i: int) -> bool:
    """A stop after no abbreviation ("Formation.", "Mice.", "rats."; not "St.", "Israel.")."""
    word = tokens[i - 1].text
    return tokens[i].text == "." and word.isalpha() and len(word) >= 3 \
        and (word.islower() or not _iso_cut(word))


def _unstopped(tokens: tuple[Token, ...], out: list[str], i: int, first: int) -> bool:
    """"... indecomposable fusion products | Nucl. | Phys. B 477": a title printed without a
    stop after it (IOP's style) that took the journal's first abbreviations, which read as
    ISO 4 cuts (six letters at most, ending in a consonant), after a lower-case word of the
    title, and before a container that opens with an abbreviation and goes on with a word
    ("Sepsis. | Shock. 2016" is left alone). Only in IOP's author-year layout, the title run
    right after a bare year: elsewhere a title's last word is often a short name ("...
    prevalence in Israel. | Isr. Med. Assoc. J.", "apoptosis by Akt. | J. Biol. Chem.")."""
    before, opening = tokens[i - 1].text, tokens[first].text
    return out[i] == "title" and _after_a_bare_year(tokens, out) \
        and before.isalpha() and before.islower() \
        and first + 2 < len(tokens) and tokens[first + 1].text == "." \
        and _iso_cut(opening) and tokens[first + 2].text[:1].isupper() \
        and tokens[first + 2].text.isalpha() \
        and all(_iso_cut(tokens[j].text) and len(tokens[j].text) > 1 for j in range(i, first, 2))


def _after_a_bare_year(tokens: tuple[Token, ...], out: list[str]) -> bool:
    """Whether the title run opens right after a date printed as a bare year ("Kausch H G
    1996 | Indecomposable ...", "2013b"), not after a stop or a bracket ("(1996). | Title.")."""
    year = out.index("title") - 1
    if year > 1 and len(tokens[year].text) == 1 and tokens[year].text.islower() \
            and tokens[year].start == tokens[year - 1].end:
        year -= 1  # the letter that tells one author's works of a year apart
    return year >= 0 and out[year] == "date" and _BARE_YEAR.fullmatch(tokens[year].text) is not None


_BARE_YEAR = re.compile(YEAR_DIGITS)


def _iso_cut(word: str) -> bool:
    return len(word) <= 6 and _ABBREVIATION.fullmatch(word) is not None \
        and word[-1].lower() not in "aeiouy"


def _double_slash(tokens: tuple[Token, ...], out: list[str]) -> None:
    start, end = label_run(out, "title")
    for i in range(start + 1, end - 1):
        slash, second = tokens[i], tokens[i + 1]
        if slash.text == second.text == "/" and second.start == slash.end \
                and slash.start > tokens[i - 1].end and tokens[i - 1].text != ":":
            for j in range(i, end):
                out[j] = "container"
            return


def _abbreviation(word: Token, dot: Token, label: str) -> bool:
    """"Biol." (or OCR's "Dokl .") as one abbreviated word of a title or, with two letters or
    more so that an initial is never taken, of an author run."""
    if dot.text != "." or dot.start - word.end > 1 or not _ABBREVIATION.fullmatch(word.text):
        return False
    return label == "title" or (label == "author" and len(word.text) > 1)


def _in_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    first, end = label_run(out, "title")
    # A container labelled after the title may be the end of the part "In" opens.
    if first < 0 or ("container" in out and out.index("container") != end):
        return
    # Each case below is an "In" or "in" inside the title: most titles print none, found
    # among the run's texts in C before a walk that tests every title token three ways.
    inside = list(map(_TEXT, tokens[first + 2:end]))
    if "in" not in inside and "In" not in inside:
        return
    for i in range(first + 2, len(out) - 1):
        if out[i] != "title":
            return
        after_comma = tokens[i - 1].text == "," and tokens[i].text == "in" \
            and _names_a_meeting(tokens, out, i)
        # "... on coral reefs In: Sale PF. Coral reef fishes": "In:" needs no stop before it
        in_colon = tokens[i].text == "In" and tokens[i + 1].text == ":"
        if (tokens[i - 1].text in ".?!" and tokens[i].text in ("In", "in")) or after_comma \
                or in_colon:
            nxt = i + 2 if tokens[i + 1].text == ":" else i + 1
            if nxt < len(out) and tokens[nxt].text[:1].isupper():
                label, book = "note", _after_vancouver_editors(tokens, nxt)
                for j in range(i, len(out)):
                    if out[j] != "title":
                        break
                    if j == nxt:
                        label = "editor" if book > nxt else "container"
                    if j == book:
                        label = "container"
                    elif LEXICON.get(tokens[j].text.lower()) in CUES and tokens[j].text != "in":
                        label = "note"  # ", pp. 440": the pages' cue ends the container
                    out[j] = label
                return


def _after_vancouver_editors(tokens: tuple[Token, ...], i: int) -> int:
    """"In: Sale PF, Smith J. Coral reef fishes": where the book starts after editors printed
    as Vancouver names (i when none are)."""
    j = i
    while j + 2 < len(tokens) and tokens[j].text.istitle() and len(tokens[j].text) > 1 \
            and _VANCOUVER.fullmatch(tokens[j + 1].text) and tokens[j + 2].text in ",.":
        j += 3
        if tokens[j - 1].text == ".":
            return j
    return i


_MEETING = frozenset({"proceedings", "proc", "school", "lectures"})


def _names_a_meeting(tokens: tuple[Token, ...], out: list[str], i: int) -> bool:
    """The part from i on (its title run and a container run right after) names proceedings,
    a conference or a school: a title's own ", in Rheumatoid Arthritis ..." does not."""
    j = i
    while j < len(out) and out[j] in ("title", "container"):
        word = tokens[j].text.lower()
        if word in _MEETING or LEXICON.get(word) == "conf":
            return True
        j += 1
    return False
