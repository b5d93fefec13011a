"""An abbreviated journal's first word left at the title's end: "... guanine in DNA, Curr. |
Opin. Genet. Dev., 71", "... Rhizoctonia solani AG8., Funct. | Plant Biol., 43", "...
(Citrullus colocynthis)..- Dig. | J. Nanomater.", "... Capsicum annuum L. Front. | Plant Sci.
7"; and a journal whose name holds a comma, its first word left after the title's full stop
("... fields. Agriculture, | Ecosystems & Environment").

Styles that print the title and the journal apart by a comma or a dash (or whose title closes
on an abbreviation, "L.", so that its stop is not told from the journal's), with the journal
abbreviated: the tagger often reads the journal's first word, a capitalised word with its
stop, as the title's last. `boundaries._abbreviations_to_container` moves such words back
only after a title's full stop; this rule takes the one word after the title's comma, dash or
an initial's stop, when the container run that follows is abbreviated too (a word with its
stop in its first words). A place, a name's suffix or a cue word closes a title often ("...
on the Loess Plateau, China.", "... in Los Angeles, Calif.", "..., Jr.", "Hobart, Tas."),
and so does a region after a place's name ("Crabs of Borneo, Sabah."). The initial is Linnaeus'
"L." after an epithet or a letter after a noun that takes one ("Influenza A. | Emerg."): after a
given name or a botanist's initial the word is a surname ("Donald O. Hebb.", "A. Juss.",
`middleinitial`), and a hyphenated authority's dash is glued ("Buch.-Ham."). Left: "thaliana L.
Heynh. | Plant Physiol." reads as "annuum L. | Front. Plant Sci.". A longer word is a
journal's when it is a science's name cut at "-ol" ("..., Ecotoxicol. | Environ. Saf.").
"""

from __future__ import annotations

import re

from claimcheck.parse.assemble import label_run
from claimcheck.parse.imprints import COUNTRY, PLACE
from claimcheck.parse.journalcuts import is_journal_cut
from claimcheck.parse.middleinitial import LETTERED
from claimcheck.parse.tokens import LEXICON, Token
from claimcheck.vocabulary import STATE_CUTS

# "Funct", "Front", "Dig", "Eur", "Environ"; not longer: an unlisted region closes a title
# after its comma as often ("..., Norrland. | Sven. Bot. Tidskr.") as "Antimicrob." opens a
# journal
_WORD = re.compile(r"[A-Z][a-z]{1,6}")
# ... and a longer cut of a science's name, "-ology" cut to "-ol" as ISO 4 cuts it after these
# letters ("Ecotoxicol.", "Pharmacol.", "Microbiol.", "Biotechnol.", "Endocrinol."); not a
# drug's or a chemical's name, whose "-ol" follows other letters ("Atenolol", "Cholesterol",
# "Ethanol", "Mannitol", "Estradiol", "Calcitriol"), nor a region's ("Norrland", "Sevastopol")
# (the cut's letters themselves: "-physiol", "-biol", "-toxicol", "-macol", "-ecol"; not a
# thiol ("Ethanethiol"), "Guaiacol", "Glycol", "Chloramphenicol")
_LONG_CUT = re.compile(
    r"(?=[A-Z][a-z]{8,17}$)[A-Z][a-z]*(?:physiol|biol|toxicol|macol|ecol|chnol|crinol)")
# a state's cut name, printed after a town ("Gary, Ind.") or a place ("... desert site, Ariz. |
# J. Arid Environ."); a journal's first word only after the cue "in" (`titlein`)
_STATE_CUT = re.compile(STATE_CUTS)
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,10}")  # and "J."
_DASHES = frozenset({"-", "–", "—"})
_SEPARATORS = frozenset({",", ";", *_DASHES})
_SUFFIXES = frozenset({"Jr", "Sr", "Inc", "Ltd", "Co", "Corp"})
# The regions a title prints after a town, abbreviated, that `COUNTRY_NAMES` lacks ("Funk
# Island, Nfld.", "Hobart, Tas.", "Dorchester, Oxon.", "Cozumel, Mex."): Australia's states,
# Canada's provinces, the English and Welsh counties; a closed set. Not the words that open
# journals more often than they close a place ("Can.", "Aust.", "Braz.", "Jpn.", "Lab.").
_REGION_CUTS = frozenset({
    "Qld", "Vic", "Tas", "Nfld", "Yuk", "Mex",
    "Beds", "Berks", "Bucks", "Cambs", "Ches", "Derbys", "Glos", "Hants", "Herefs", "Herts",
    "Hunts", "Lancs", "Leics", "Lincs", "Northants", "Northumb", "Notts", "Oxon", "Salop",
    "Staffs", "Warks", "Wilts", "Worcs", "Yorks", "Glam", "Pembs", "Carms"})
_CUES = frozenset({"editor", "volume", "issue", "pages", "place", "publisher", "in", "and",
                   "etal", "thesis", "report", "web"})


def first_word_to_container(tokens: tuple[Token, ...], out: list[str]) -> None:
    """The rule above, in place."""
    start, end = label_run(out, "title")
    if start < 0 or end - start < 6 or end + 1 >= len(tokens) or out[end] != "container":
        return
    stop = tokens[end - 1]
    if stop.text == ",":
        _word_before_a_comma(tokens, out, end)
        return
    if stop.text != "." or not _after_a_break(tokens, end - 3) \
            or not cut_word_opens_journal(tokens, out, end):
        return
    out[end - 2] = out[end - 1] = "container"
    if tokens[end - 3].text in _DASHES:  # the title would keep it (no field trims a dash)
        out[end - 3] = "container"


def cut_word_opens_journal(tokens: tuple[Token, ...], out: list[str], end: int,
                           state: bool = False, cued: bool = False) -> bool:
    """Whether the word before the stop before `end`, the container run's first token, has
    an abbreviated journal's first word's form ("Funct.", "Ecotoxicol.", not "Nepal.") and
    the container run is abbreviated too (after the cue "in", `cued`, capitalised is enough:
    "in Tob. | Control"); with `state`, a state's cut name before "J." as well ("in Ind. |
    J. Pharm.": the caller knows no place comes before it). Shared with `titlein`."""
    word, stop = tokens[end - 2], tokens[end - 1]
    abbreviated = _abbreviated(tokens, out, end)
    run = tokens[end].text[:1].isupper() if cued else abbreviated
    if stop.text != "." or stop.start != word.end or not run:
        return False
    if state and _STATE_CUT.fullmatch(word.text) and tokens[end].text == "J" \
            and tokens[end + 1].text == ".":
        return True
    # after the cue, a run that is an abbreviated journal itself ("..., in Brief. | Nat. Rev.")
    # is the whole journal; the cut word opens one only before an unabbreviated run ("în Tob.
    # | Control") and is short as a journal's first cut word is ("Tob", not "Darfur", "Focus")
    if cued and (abbreviated or len(word.text) > 4):
        return False
    return (_WORD.fullmatch(word.text) is not None or _LONG_CUT.fullmatch(word.text) is not None
            or is_journal_cut(word.text)) and _journal_word(word.text)


def _word_before_a_comma(tokens: tuple[Token, ...], out: list[str], end: int) -> None:
    """A journal whose name holds a comma, its first word left after the title's full stop
    ("... wheat fields. Agriculture, | Ecosystems & Environment"): one capitalised word
    after a sentence's stop (a lower-case word's), then the comma, then the container run
    that goes on with words joined by "&" or "and"."""
    word, stop, before = tokens[end - 2], tokens[end - 3], tokens[end - 4]
    if stop.text == "." and before.text.isalpha() and before.text.islower() \
            and len(before.text) > 2 and word.text.isalpha() and len(word.text) > 3 \
            and word.text[:1].isupper() and word.text[1:].islower() \
            and tokens[end].text[:1].isupper() and journal_word_whole(word.text) \
            and not _a_place(tokens, out, end) and _listed_name(tokens, out, end):
        out[end - 2] = out[end - 1] = "container"


def _listed_name(tokens: tuple[Token, ...], out: list[str], first: int) -> bool:
    """Whether the container run reads as the end of a list of words ("Ecosystems &
    Environment", "Space and Place"), printed whole: no abbreviation ("Eins, | Math. Ann.":
    a title closed by the style's comma before an abbreviated journal)."""
    last = first
    while last < len(out) and out[last] == "container":
        last += 1
    words = [t.text for t in tokens[first:last]]
    return any(w == "&" or LEXICON.get(w.lower()) == "and" for w in words) \
        and not _abbreviated(tokens, out, first)


def _a_place(tokens: tuple[Token, ...], out: list[str], first: int) -> bool:
    """Whether the container run up to its first comma is a place ("Cadernos, | São Paulo,
    p. 12": the journal then its town, not a journal's name that holds a comma)."""
    last = first
    while last < len(tokens) and out[last] == "container" and tokens[last].text != ",":
        last += 1
    return PLACE.fullmatch(" ".join(t.text for t in tokens[first:last]).rstrip(" .")) is not None


def _after_a_break(tokens: tuple[Token, ...], i: int) -> bool:
    """The title's comma or dash before the word, or an initial's stop ("annuum L. | Front.")
    that `_abbreviations_to_container` walks over as if it were an abbreviation."""
    if tokens[i].text in _DASHES:  # the style's ".-" or " - " after a stop or bracket, not
        # a list's dash after a word ("Welt – Endlichkeit – Einsamkeit") or a hyphen ("Self-",
        # a hyphenated authority's "Buch.-Ham.": the dash glued to the word after it)
        return not tokens[i - 1].text[-1].isalnum() and tokens[i].end < tokens[i + 1].start
    if tokens[i].text == ",":
        return not _a_place_before(tokens, i)
    if tokens[i].text in _SEPARATORS:
        return True
    # Linnaeus' "L." after a species' epithet ("annuum L. | Front."), or a letter after a noun
    # that takes one ("Influenza A. | Emerg."); not a person's middle initial ("Donald O. |
    # Hebb.") nor another authority's ("indica A. | Juss.", "(L.) H. | Karst."), whose surname
    # or cut name reads as a journal's word
    initial, before = tokens[i - 1], tokens[i - 2].text
    if tokens[i].text != "." or tokens[i].start != initial.end or len(initial.text) != 1:
        return False
    return (initial.text == "L" and before.isalpha() and before.islower()) \
        or (initial.text.isupper() and before.capitalize() in LETTERED)


def _a_place_before(tokens: tuple[Token, ...], comma: int) -> bool:
    """Whether "of" and a proper name close the title before its comma ("Crabs of Borneo, |
    Sabah.", "Groundwater quality of Ahmedabad, | Gujarat."): a survey's place, whose region
    the word after the comma is, not a journal's word. Not after "in", where a genus is as
    common as a place ("... degradation in Arabidopsis, | Plan. Cell."), nor after a country
    ("... of China, | Environ. Sci."): a region is printed before it."""
    if comma < 2:
        return False
    name, before = tokens[comma - 1].text, tokens[comma - 2].text
    return len(name) > 2 and name.isalpha() and name[0].isupper() and name[1:].islower() \
        and before == "of" and not COUNTRY.fullmatch(name)


def _abbreviated(tokens: tuple[Token, ...], out: list[str], first: int) -> bool:
    """Whether the container run opens with a capital and holds an abbreviation's stop in its
    first three words ("Radic. Res.", "Plant Biol.", "J. Nanomater.")."""
    if not tokens[first].text[:1].isupper():
        return False
    i, words = first, 0
    while i + 1 < len(tokens) and out[i] == "container" and words < 3:
        word, after = tokens[i], tokens[i + 1]
        if after.text == "." and after.start == word.end and _ABBREVIATION.fullmatch(word.text) \
                and LEXICON.get(word.text.lower()) not in _CUES:  # not "Gesamtausgabe Bd."
            return True
        words += 1
        i += 2 if after.text == "." else 1
    return False


def _journal_word(word: str) -> bool:
    """An abbreviation's form: cut before a vowel, as ISO 4 cuts ("Funct", "Front", "Eur"), or
    a journal's cue word ("Rev", "Proc"); no place ("Nepal", "Calif"), name suffix ("Jr") or
    other cue word ("Ed", "Vol", "Press"). A full word closing the title stays ("...,
    Omega."), and so a journal's first word printed whole ("Free") is left."""
    cue = LEXICON.get(word.lower())
    return (word[-1] not in "aeiouy" or cue == "journal") and journal_word_whole(word) \
        and word not in _REGION_CUTS


def cut_not_a_place(word: str) -> bool:
    """A cut word that is no place's, cue's or suffix's (`journalcuts` asks)."""
    return _journal_word(word) and not _STATE_CUT.fullmatch(word)


def journal_word_whole(word: str) -> bool:
    """No place, name suffix or cue word (a word printed whole: "Agriculture", "Plant")."""
    return word not in _SUFFIXES and LEXICON.get(word.lower()) not in _CUES \
        and not PLACE.fullmatch(word) and not COUNTRY.fullmatch(word)

