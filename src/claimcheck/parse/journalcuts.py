"""A journal's first cut words left at the end of a title printed without a stop: "...
press technique Compos. | Commun. 10", "... coriander extracts Eur. | J. Lipid Sci.", "...
polyimide nanocomposites ACS Appl. | Mater. Interfaces 11", "... satellite data Atmos | Chem
Phys 17", "... with type 2 diabetes Nutr Metab Cardiovasc | Dis 16".

Styles that print no stop after the title (IOP's, many author-year styles with the journal
abbreviated) leave the tagger no field boundary, and it often ends the container a word or
three late. What tells a journal's first words from a title's last is their form: ISO 4's cut
words ("Compos", "Antimicrob", "Nutr"), read from the LTWA that pyiso4 ships
(`journalcuts.txt`, written by `benchmarks/make_journal_cuts.py`; words the list also prints
whole, "Plant", "Model", "Focus", are left out), not a gene's or a person's name ("... by Akt",
"... of Mali"). The rule moves up to three such words from the title's end to the container,
with a publisher's acronym that opens journals before them ("ACS", "BMC", "IEEE"), when:
- the title is in sentence case where it stops: the word before the cut words is a lower-case
  word that is no article or preposition ("... in Brief. | Nat. Rev.", "... by Akt"), or an
  acronym; a title-case title's last word may be a cut form printed whole ("... National
  Energy Plan | Energy Policy", "... with Heart Failure"), and so may a place's ("... of Mali
  Agric | Ecosyst": left);
- not after a species' name, whose authority a cut word is ("Ocimum sanctum Linn.");
- a cut word without its stop only before a container that prints its first word without a
  stop too ("Atmos | Chem Phys"; the style prints no stops);
- the title keeps three tokens.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import FUNCTION_WORDS

_MIN_TITLE = 3
_MOST = 3  # cut words moved at most ("Nutr Metab Cardiovasc | Dis")
# publishers and societies whose acronym opens their journals' names ("ACS Appl. Mater.
# Interfaces", "BMC Plant Biol.", "IEEE Trans.", "FEBS Lett."); not any acronym: a title
# closes on one often ("... resistance in HIV | Curr. Opin.")
_PUBLISHERS = frozenset({"ACS", "BMC", "IEEE", "ACM", "AIP", "SIAM", "RSC", "IET", "EMBO",
                         "FEBS", "FASEB", "IUBMB", "PLoS", "PLOS", "SPIE"})

_FUNCTION = re.compile(FUNCTION_WORDS)
_PREPOSITIONS = frozenset({"by", "at", "from", "into", "as", "about", "under", "over", "via",
                           "between", "among", "after", "before", "within", "without",
                           "through", "toward", "towards", "upon", "against", "across", "vs"})


@cache
def _cuts() -> frozenset[str]:
    text = Path(__file__).with_name("journalcuts.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_journal_cut(word: str) -> bool:
    """Whether `word` is an ISO 4 cut of a journal word, capitalised ("Compos", "Antimicrob";
    not "Plant", printed whole, nor a cue, a place or a name's suffix)."""
    from claimcheck.parse.journalword import cut_not_a_place  # journalword imports us
    return len(word) > 1 and word[0].isupper() and word[1:].islower() \
        and word.lower() in _cuts() and cut_not_a_place(word)


def cut_words_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    # the journal goes on from its cut words with a word of its name, not an article ("...
    # lumbar spine Roman. | The Spine Journal.")
    if start < 0 or end + 1 >= len(tokens) or out[end] != "container" \
            or not tokens[end].text[:1].isupper() or _FUNCTION.fullmatch(tokens[end].text):
        return
    bare = tokens[end + 1].text != "."  # the container's first word printed without a stop
    # ... and a cut one so: the style prints no stops, a stop before is the title's ("... the
    # STAKE Act. | Tob Control")
    stops = not (bare and is_journal_cut(tokens[end].text))
    first = _walk(tokens, start, end, bare, stops)
    if first == end or first - start < _MIN_TITLE or not _sentence_case(tokens, first, start) \
            or _binomial(tokens, first, start) or tokens[first].text == tokens[end].text:
        return  # (a journal does not print its first word twice: "adolescent Sex. | Sex.
        # Transm. Infect.", the title's own word)
    for i in range(first, end):
        out[i] = "container"


def _walk(tokens: tuple[Token, ...], start: int, end: int, bare: bool, stops: bool) -> int:
    """The first of the cut words (and an acronym before them) that close the title before
    `end`; `end` when none does."""
    i, words = end, 0
    while words < _MOST and i - 1 > start:
        word, after = tokens[i - 2], tokens[i - 1]
        if stops and i - 2 > start and after.text == "." and after.start == word.end \
                and is_journal_cut(word.text):
            i -= 2
        elif bare and after.text != "." and is_journal_cut(after.text):
            i -= 1
        else:
            break
        words += 1
    if i < end and tokens[i - 1].text in _PUBLISHERS:
        i -= 1
    return i


def _sentence_case(tokens: tuple[Token, ...], first: int, start: int) -> bool:
    """Whether the title's word before `first` is a lower-case word or an acronym ("... in
    HIV | Curr Opin"); or the style's comma after a lower-case word before a cut word with its
    stop ("... stress, Antimicrob. | Agents"). Not after a stop
    (`boundaries._abbreviations_to_container`'s)."""
    word = tokens[first - 1].text
    before = tokens[first - 2].text if first - 2 >= start else ""
    if content_word(word) or (word.isupper() and word.isalnum() and len(word) > 1):
        return True
    # not a capitalised word: a title-case title's ("... with Heart | Failure"), or a place's
    # ("... of Mali Agric | Ecosyst"), alike in form
    return word == "," and content_word(before) and tokens[first + 1].text == "."


def _binomial(tokens: tuple[Token, ...], first: int, start: int) -> bool:
    """Whether a species' name closes the title before `first` ("... from Ocimum sanctum
    Linn. | Phytomedicine", "Lavandula angustifolia Mill."): the cut word is its authority's."""
    genus, epithet = tokens[first - 2].text, tokens[first - 1].text
    return first - 2 >= start and epithet.isalpha() and epithet.islower() \
        and genus.isalpha() and genus[0].isupper() and genus[1:].islower()


def content_word(word: str) -> bool:
    """A lower-case word that is no article, preposition or conjunction: after one, a
    capitalised word is the title's phrase ("... highlights, in Brief. | Nat. Rev.", "...
    promoted by Akt")."""
    return word.isalpha() and word.islower() and len(word) > 1 \
        and _FUNCTION.fullmatch(word) is None and word not in _PREPOSITIONS
