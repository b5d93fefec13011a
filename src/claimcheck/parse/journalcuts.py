"""A journal's first cut words left at the end of a title printed without a stop: "...
press technique Compos. | Commun. 10", "... coriander extracts Eur. | J. Lipid Sci.", "...
polyimide nanocomposites ACS Appl. | Mater. Interfaces 11", "... in river sediments Environ | Sci
Technol 17", "... with type 2 diabetes Nutr Metab Cardiovasc | Dis 16".

Styles that print no stop after the title (IOP's, many author-year styles with the journal
abbreviated) leave the tagger no field boundary, and it often ends the container a word or
three late. What tells a journal's first words from a title's last is their form: ISO 4's cut
words ("Compos", "Antimicrob", "Nutr"), read from the LTWA that pyiso4 ships
(`journalcuts.txt`, written by `benchmarks/make_journal_cuts.py`; words the list also prints
whole, "Plant", "Focus", words of the labelled sets' English titles, "Model", "Act", "Test",
towns and months are left out), not a gene's or a person's name ("... by Akt",
"... of Mali"). The rule moves up to three such words from the title's end to the container,
with a publisher's acronym that opens journals before them ("ACS", "BMC", "IEEE"), when:
- the title is in sentence case where it stops: the word before the cut words is a lower-case
  word that is no article or preposition ("... in Brief. | Nat. Rev.", "... by Akt"), or an
  acronym not after an article ("... with HIV | Curr Opin"; "the NHS Plan", "an ARIMA Model"
  are names); a title-case title's last word may be a cut form printed whole ("... National
  Energy Plan | Energy Policy", "... with Heart Failure"), and so may a place's ("... of Mali
  Agric | Ecosyst", "... southern Lund | Int J Cancer": left);
- the title is not German, whose nouns are all capitalised ("... im historischen Roman");
- not after a species' or a variety's name, whose authority a cut word is ("Ocimum sanctum
  Linn.", "... var. capitata Linn.");
- a cut word without its stop only before a journal that prints a cut word ("J" too) among its
  first two, without a stop ("Environ | Sci Technol"; not "... oncoprotein Tax | Oncogene");
- a cut word with its stop only before a journal printed with stops too ("Compos. |
  Commun.", "Eur. | J."), or after the style's comma ("..., Antimicrob. | Agents"): in
  Vancouver and APA the stop is the title's ("... the HITECH Act. | J Am Med Inform Assoc.");
- the title keeps three tokens.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

from claimcheck.parse.assemble import label_run
from claimcheck.parse.tokens import Token
from claimcheck.vocabulary import FUNCTION_WORDS, GERMAN_FUNCTION_WORDS

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
_ARTICLES = frozenset({"the", "a", "an"})
# a German title's words: its nouns are capitalised, a cut form among them is a word ("... im
# historischen Roman", "...: aktueller Stand", "... im Alter")
_GERMAN = GERMAN_FUNCTION_WORDS | {"beim"}
# a region's name after its compass word ("... southern Lund | Int J Cancer", "... the middle
# Ural | Russ Geol"): a place, not a journal's cut word
_COMPASS = re.compile(r"(?:north|south|east|west)(?:ern|east|west)?|central|middle|upper|lower")
_ENGLISH_TOO = frozenset({"die", "den"})  # German words English prints as its own
_RANKS = frozenset({"subsp", "ssp", "var", "f", "cv", "forma"})


@cache
def _cuts() -> frozenset[str]:
    text = Path(__file__).with_name("journalcuts.txt").read_text(encoding="utf-8")
    return frozenset(text.split())


def is_journal_cut(word: str) -> bool:
    """Whether `word` is an ISO 4 cut of a journal word, capitalised ("Compos", "Antimicrob";
    not "Plant", printed whole, nor a cue, a place or a name's suffix)."""
    if not (len(word) > 1 and word[0].isupper() and word[1:].islower()
            and word.lower() in _cuts()):
        return False  # (most words: before the import below, which costs each call)
    from claimcheck.parse.journalword import cut_not_a_place  # journalword imports us
    return cut_not_a_place(word)


def cut_words_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    # the journal goes on from its cut words with a word of its name, not an article ("...
    # lumbar spine Roman. | The Spine Journal.")
    if start < 0 or end + 1 >= len(tokens) or out[end] != "container" \
            or not tokens[end].text[:1].isupper() or _FUNCTION.fullmatch(tokens[end].text):
        return
    bare = tokens[end + 1].text != "."  # the container's first word printed without a stop
    first = _walk(tokens, start, end, *_printed(tokens, start, end, bare))
    if first == end or first - start < _MIN_TITLE or not _sentence_case(tokens, first, start, end) \
            or _binomial(tokens, first, start) or _german(tokens, start, end) \
            or _COMPASS.fullmatch(tokens[first - 1].text) or tokens[first].text == tokens[end].text:
        return  # (a journal does not print its first word twice: "adolescent Sex. | Sex.
        # Transm. Infect.", the title's own word)
    for i in range(first, end):
        out[i] = "container"


def _printed(tokens: tuple[Token, ...], start: int, end: int, bare: bool) -> tuple[bool, bool]:
    """Whether the journal after `end` is printed so that a bare cut word, and a cut word with
    its stop, before it may be its first."""
    # a bare cut word goes on a journal whose first two words hold a cut or an initial ("Environ
    # | Sci Technol", "Glob | Change Biol", "Philos | T R Soc B"); not a journal's whole name
    # ("... oncoprotein Tax | Oncogene")
    cut_run = any(is_journal_cut(t.text) or (len(t.text) == 1 and t.text.isupper())
                  for t in tokens[end:end + 2])
    # a cut word with its stop goes on a journal printed with stops, cut ("Compos. | Commun.",
    # "Eur. | J."), not a bare or whole one after the title's own stop ("... the HITECH Act. |
    # J Am Med Inform Assoc", "... an ARIMA Model. | Tourism Management", "... Tax. |
    # Oncogene."); or one of two words, the second closed by the style's comma ("... infection
    # Mol. | Plant, 11"); or after the style's comma ("... stress, Antimicrob. | Agents")
    stopped = (not bare and tokens[end + 1].start == tokens[end].end \
        and (len(tokens[end].text) == 1 or is_journal_cut(tokens[end].text))) \
        or _one_word_more(tokens, end)
    comma = end - 3 > start and tokens[end - 3].text == ","
    # ... and a bare cut one after a cut word with its stop: the style prints no stops, a stop
    # before is the title's ("... the STAKE Act. | Tob Control")
    stops = not (bare and is_journal_cut(tokens[end].text))
    return bare and cut_run, stops and (stopped or comma)


def _one_word_more(tokens: tuple[Token, ...], end: int) -> bool:
    """Whether the journal ends on its first word, the style's comma and volume after it ("...
    infection Mol. | Plant, 11: 269"): a journal of two words, the first cut."""
    return end + 2 < len(tokens) and tokens[end + 1].text == "," \
        and tokens[end + 2].text[:1].isdigit()


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


def _sentence_case(tokens: tuple[Token, ...], first: int, start: int, end: int) -> bool:
    """Whether the title's word before `first` is a lower-case word or an acronym ("... in
    HIV | Curr Opin"); or the style's comma after a lower-case word before a cut word with its
    stop ("... stress, Antimicrob. | Agents"). Not after a stop
    (`boundaries._abbreviations_to_container`'s)."""
    word = tokens[first - 1].text
    before = tokens[first - 2].text if first - 2 >= start else ""
    if content_word(word):
        return True
    # an acronym before: a journal's ("... patients with HIV Curr | Opin"), unless an article
    # opens the noun phrase it names with one word ("the NHS Plan", "an ARIMA Model", "the EU
    # AI Act"); two cut words are a journal's ("... in the ER Curr Opin | Cell Biol")
    if word.isupper() and word.isalnum() and len(word) > 1:
        return sum(t.text != "." for t in tokens[first:end]) > 1 \
            or not any(t.text.lower() in _ARTICLES for t in tokens[max(start, first - 6):first])
    # not a capitalised word: a title-case title's ("... with Heart | Failure"), or a place's
    # ("... of Mali Agric | Ecosyst"), alike in form
    return word == "," and content_word(before) and tokens[first + 1].text == "."


def _german(tokens: tuple[Token, ...], start: int, end: int) -> bool:
    """Whether the title is German (a function word of its own): every noun capitalised, the
    word before a cut form no longer tells a title's end."""
    found = {t.text for t in tokens[start:end]} & _GERMAN
    # "die" and "den" are English words too ("... why neurons die in ..."): alone, no sign
    return bool(found - _ENGLISH_TOO) or len(found) >= 2


def _binomial(tokens: tuple[Token, ...], first: int, start: int) -> bool:
    """Whether a species' name closes the title before `first` ("... from Ocimum sanctum
    Linn. | Phytomedicine", "Lavandula angustifolia Mill."): the cut word is its authority's."""
    genus, epithet = tokens[first - 2].text, tokens[first - 1].text
    # an infraspecific name's authority ("... var. capitata Linn.", "subsp. sanctum Linn.")
    if first - 3 >= start and genus == "." and tokens[first - 3].text in _RANKS \
            and epithet.isalpha() and epithet.islower():
        return True
    return first - 2 >= start and epithet.isalpha() and epithet.islower() \
        and genus.isalpha() and genus[0].isupper() and genus[1:].islower()


def content_word(word: str) -> bool:
    """A lower-case word that is no article, preposition or conjunction: after one, a
    capitalised word is the title's phrase ("... highlights, in Brief. | Nat. Rev.", "...
    promoted by Akt")."""
    return word.isalpha() and word.islower() and len(word) > 1 \
        and _FUNCTION.fullmatch(word) is None and word not in _PREPOSITIONS
