"""How printed author names look in callouts, and how two spellings of a name are compared.

Owns the regular-expression pieces for surnames (particles such as "aan het", "du", "van 't";
camel-case prefixes such as "deVerteuil"; apostrophes and hyphens; organisations with a
bracketed short form "World Health Organization [WHO]"), names in scripts without case
(Arabic, Hebrew, CJK), the conjunctions that join two names, and the folded keys under which
a callout name and a reference-list name are the same name.
"""

from __future__ import annotations

import re
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from claimcheck.citations.scripts import (
    DIACRITIC,
    MARK,
    UNCASED,
    UNSPACED,
    UPPER,
    latin_spelling,
    name_fold,
)
from claimcheck.vocabulary import NAME_PARTICLES_MORE

LETTER = r"[^\W\d_]"
# Lower-case name particles printed before a family name (Dutch, German, French, Iberian,
# Italian); "al" is left out because "et al" would otherwise read as a particle.
PARTICLES = (
    *NAME_PARTICLES_MORE, "della", "dei", "des", "das", "do", "aan", "het", "te", "op", "zu", "'t",
    "’t", "bin",
    # the same particles as Russian, Ukrainian and Bulgarian print them ("ван дер Берг")
    "ван", "фон", "дер", "ден", "де", "ди", "да", "дю", "ле", "ла", "дель", "дос", "ду",
)
# a particle may be capitalised at the start of the name ("Van der Berg", "De la Cruz")
_PARTICLE = (
    r"(?:(?:" + "|".join(re.escape(p) + "|" + re.escape(p.capitalize()) for p in PARTICLES)
    + r"|St\.|Ste\.|Saint)[ \u00a0])"  # "St. Clair": printed "StClair" in the list
)
# a combining mark or joiner continues the name: "Mu\u0308ller" (NFD), "Zoë\u200dSmith"
# "Al-amin", "Nor-aini", "Паз-и-Мино": a lower-case part after a hyphen is read here, believed only
# when the list has the name (name_runs.plausible), since "Follow-up (2001)" looks alike
# "OECD/FAO": two bodies' short forms joined by a slash are one author
_CAP = (
    rf"[{UPPER}](?:{LETTER}|[{DIACRITIC}]|['’](?={LETTER})|[-\u2010\u2011](?=[{UPPER}]|[a-zа-яё])"
    rf"|(?<=[{UPPER}])/(?=[{UPPER}]{{2}}))*"
)
_CAMEL = rf"(?:[a-z]{{1,3}}(?=[{UPPER}]))"
_ORG_JOIN = r"(?:[ \u00a0](?:of|for|on|the|de|du|in)[ \u00a0])"
# "Conselho Nacional de Desenvolvimento Científico e Tecnológico [CNPq]": before a short form
# in square brackets (APA's first citation of a body) a long name may join its words with
# "and" in any language too, which elsewhere joins two authors
_ORG_AND = (
    r"(?:[ \u00a0\n](?:of|for|on|the|de|du|in|da|do|das|dos|des|del|la|e|y|et|and|und|&)"
    r"[ \u00a0\n])"
)
_SHORT = rf"[ \u00a0\n]*\[[{UPPER}][A-Za-z]{{1,9}}\]"
NAME = (
    rf"(?:{_CAP}(?:(?:[ \u00a0\n]|{_ORG_AND}){_CAP}){{1,9}}{_SHORT}"
    rf"|{_PARTICLE}{{0,3}}{_CAMEL}?{_CAP}"
    rf"(?:(?:[ \u00a0]|{_ORG_JOIN}){_CAP}){{0,5}}"
    rf"(?:{_SHORT}|[ \u00a0]*\([{UPPER}]{{2,10}}\))?)"
)
# A word of a script without case ("الأحمد"), and a run of Han or kana, which is written
# without spaces, so the name is some tail of the run ("によれば山田"); having no capital to
# tell a name from a word, both count only as a name the reference list has.
UNCASED_NAME = rf"(?:[{UNCASED}](?:{LETTER}|[{MARK}])*)"
UNSPACED_NAME = rf"(?:[{UNSPACED}]+)"
# a name in any script; Han and kana names are taken as short as they can be, so that a
# glued "et al." ("山田ら", "王等") is not read as part of the name
ANY_NAME = rf"(?:{NAME}|{UNCASED_NAME}|[{UNSPACED}]+?)"
# "and" between two names in the languages articles are most often written in; "y" and "e"
# also join the parts of one Spanish or Portuguese surname ("Ramón y Cajal"), see authoryear
CONJUNCTIONS = ("and", "&", "und", "et", "y", "e", "и", "και", "و", "ו", "और", "एवं")
# Arabic "و" and Hebrew "ו" ("and") are also written glued to the next name ("כהן ולוי")
GLUED_CONJUNCTIONS = "وו"
# "et al." in other scripts, as regex alternatives: Arabic, Persian, Hebrew, Hindi, Greek,
# Korean, Thai, Vietnamese (after a space); Japanese and Chinese (glued: "山田ら", "王等")
ET_AL_WORDS = "|".join(re.escape(w) for w in (
    "وآخرون", "وآخرين", "وزملاؤه", "و همکاران", "وهمکاران", "ואחרים", "ואח׳", "ואח'", "आदि",
    "एवं अन्य", "और अन्य", "κ.ά.", "και συν.", "και συνεργάτες", "외", "등", "และคณะ",
    "và cộng sự"))
ET_AL_GLUED = "ら|ほか|等|他"
# "et al." in other Latin-script languages: "Silva e col.", "García y cols.", "Dupont et
# coll.", "Müller u. a.", "de Vries e.a.", "Yılmaz ve ark.", "Nowak i in.", "Berg m.fl.",
# "Novák a kol.", "Kovács és mtsai", "Virtanen ym.", "Popescu și colab.", "Santoso dkk."
ET_AL_LATIN = (
    r"(?:e|y)[ \u00a0]+(?:cols?\.|colaboradores)|et[ \u00a0]+(?:coll\.|collaborateurs|alii)"
    r"|e[ \u00a0]+coll\.|u\.[ \u00a0]?a\.|und[ \u00a0]+Mitarbeiter|e\.[ \u00a0]?a\."
    r"|ve[ \u00a0]+ark\.|i[ \u00a0]+in\.|m\.[ \u00a0]?fl\.|a[ \u00a0]+kol\."
    r"|és[ \u00a0]+mtsai\.?|ym\.|și[ \u00a0]+colab\.|dkk\."
)
DOUBLE_SURNAME_JOINS = ("y", "e")

# Capitalised words that begin sentences or name things other than authors; a year after
# them ("In 2000", "Since 2004", "Figure 2019") is not a citation.
_STOPWORDS = """a an and as at after also although among before between but by during each even
    every finally first for from further furthermore given hence here however if in indeed
    its it likewise moreover most notably of on or our over second since similarly so such
    than that the their then there these this those thus to until under unlike we when
    where whereas which while with within yet table tables figure figures fig figs box
    appendix section chapter supplementary supplemental eq equation phase version release
    season spring summer autumn fall winter january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov
    dec monday tuesday wednesday thursday friday saturday sunday see compare cf recently
    previously today yesterday early late mid circa ad bc ce bce"""
# the same for Russian: prepositions and openers ("В 2019 году", "(см. Рис. 2019)")
_STOPWORDS_RU = """в во с со к ко о об у на по за из от до при для после перед между также
    однако хотя как так это эти этот если когда где но и или а см рис рисунок табл таблица"""
STOPWORDS = frozenset(_STOPWORDS.split()) | frozenset(_STOPWORDS_RU.split())


_GENERATION = re.compile(r",?[ \u00a0]+(?:Jr|Sr|Jnr|Snr)\.?$")
# "WHO-UNICEF", "OECD/FAO": two bodies' short forms joined, a joint work
JOINT_SHORT_FORMS = re.compile(rf"([{UPPER}]{{2,8}})(?:[-/][{UPPER}]{{2,8}})+")


# Compiled once: re's module functions look each pattern up in its cache per call.
_BRACKETED = re.compile(r"[\[(]([^\])]+)[\])]")
_BRACKETS = re.compile(r"\s*[\[(][^\])]*[\])]")
_SPACES = re.compile(r"[\s\u00a0]+")
_LOWER_PREFIX = re.compile(rf"[a-z]{{1,3}}([{UPPER}].*)")


@lru_cache(maxsize=65536)
def name_keys(name: str) -> frozenset[str]:
    """Folded forms under which a printed name may appear elsewhere.

    "aan het Rot" -> {"aanhetrot", "rot"}; "World Health Organization [WHO]" ->
    {"worldhealthorganizationwho", "worldhealthorganization", "who"}; "López-Gil" ->
    {"lopezgil"}. Multi-word names also give their last word, because particles and
    compound first parts are often dropped in the text ("Rot et al.").
    """
    keys = {name_fold(name), latin_spelling(name)}  # "Иванов" is cited "Ivanov" too
    bracket = _BRACKETED.search(name)
    bare = _BRACKETS.sub("", name).strip()
    if _GENERATION.search(bare):  # "Smith Jr" is Smith
        bare = _GENERATION.sub("", bare)
        keys.add(name_fold(bare))
    if bracket:
        keys.update({name_fold(bracket.group(1)), name_fold(bare)})
    words = [w for w in _SPACES.split(bare) if w]
    content = [w for w in words if w.lower() not in PARTICLES]
    if content and len(content) < len(words):
        keys.add(name_fold(" ".join(content)))
    if len(content) > 1:
        keys.add(name_fold(content[-1]))
    lower_prefix = _LOWER_PREFIX.match(bare)
    if lower_prefix:  # "deVerteuil" is also printed "Verteuil" or "De Verteuil"
        keys.add(name_fold(lower_prefix.group(1)))
    return frozenset(k for k in keys if k)


def names_agree(printed: str, listed: str) -> bool:
    """Exactly the same name once diacritics, case, particles and punctuation are folded."""
    return bool(name_keys(printed) & name_keys(listed))


@lru_cache(maxsize=131072)
def names_close(printed: str, listed: str) -> bool:
    """A spelling slip or OCR damage: a small edit distance between the folded names.

    One edit for names of four or five letters, two for longer ones; shorter names ("Li",
    "Lu") must agree exactly because one edit already makes a different common name.
    """
    for a in name_keys(printed):
        for b in name_keys(listed):
            shortest = min(len(a), len(b))
            if shortest < 4:
                continue
            allowed = 1 if shortest <= 5 else 2
            if Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed:
                return True
    return False


def is_stopword(word: str) -> bool:
    return word.lower().rstrip(".") in STOPWORDS
