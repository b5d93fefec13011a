"""Word lists and tokenisation for support judgements: stopwords, stems and cue-word classes.

Owns what counts as a content word and which small closed classes of words (negation,
direction of an effect, species, study design, hedges) the features compare between a claim
and its source. The lists are general English and biomedical usage, not tuned to any corpus.
"""

from __future__ import annotations

import re
from functools import lru_cache

from claimcheck.support.concepts import CONCEPT
from claimcheck.text import fold_words


def _word_set(text: str) -> frozenset[str]:
    """A word list written as prose-wrapped text, one entry per whitespace-separated word."""
    return frozenset(text.split())


# A general English function-word list plus scholarly filler ("study", "result") that every
# abstract contains, and the reporting words of news prose ("experts say"), none of which
# says anything about whether two texts agree.
STOPWORDS = _word_set(
    """a about above after again against all also although am an and any are as at be
    because been before being below between both but by can could did do does doing down
    during each either et al etc few for from further had has have having he her here hers
    him his how i if in into is it its itself just may me might more most must my no nor not
    of off on once only or other our ours out over own same shall she should so some such
    than that the their them then there these they this those through thus to too under
    until up upon very was we were what when where which while who whom why will with within
    would yet you your eg ie cf vs fig figure table ref refs study studies result results
    show shown shows showed report reported suggest suggests suggested found find finding
    findings data using used use based however therefore moreover furthermore here present
    presented demonstrate demonstrated indicate indicated recent recently previous
    previously several many one two three well observed observe known researcher researchers
    scientist scientists expert experts people person new according say says said claim
    claims believe believed think thought way ways thing things lot"""
)

NEGATION = _word_set(
    """no not without neither nor never none cannot nothing unable absence absent lack lacks
    lacking lacked fail fails failed unaffected unchanged insignificant nonsignificant"""
)

# Direction of an effect: a claim that something rises cites a source where it falls.
UP = _word_set(
    """increase increas increased increases increasing higher high elevat elevated enhance
    enhanc enhanced enhances promote promot promotes promoted upregulat upregulate
    upregulated induce induc induced induces more greater improve improv improved improves
    raise raised rise rose boost boosted accelerat accelerate accelerated stimulat stimulate
    stimulated gain worsen worsened exacerbat exacerbate exacerbated activat activate
    activated overexpress"""
)
DOWN = _word_set(
    """decrease decreas decreased decreases decreasing lower low reduce reduc reduced
    reduces reduction inhibit inhibited inhibits inhibition suppress suppressed suppresses
    suppression downregulat downregulate downregulated less fewer impair impaired attenuat
    attenuate attenuated diminish diminished declin decline declined loss lose lost prevent
    prevented prevents block blocked slow slowed protect protective delay delayed"""
)

SPECIES = {
    "mouse": frozenset({"mouse", "mice", "murine"}),
    "rat": frozenset({"rat", "rats"}),
    "human": _word_set(
        """human humans patient patients people participant participants men women child
        children adult adults subject subjects volunteer volunteers individual
        individuals person persons"""
    ),
    "primate": frozenset({"monkey", "monkeys", "macaque", "macaques", "primate", "primates"}),
    "pig": frozenset({"pig", "pigs", "porcine", "swine"}),
    "dog": frozenset({"dog", "dogs", "canine"}),
    "fish": frozenset({"zebrafish"}),
    "fly": frozenset({"drosophila"}),
    "yeast": frozenset({"yeast", "cerevisiae"}),
}

DESIGN = _word_set(
    """randomized randomised randomly placebo trial trials cohort prospective retrospective
    metaanalysis meta systematic review crosssectional casecontrol observational
    longitudinal vitro vivo"""
)

HEDGE = _word_set(
    """may might could possibly possible potential potentially likely"""
)

# Overstatement: a claim that says "all", "always" or "cure" where the source is measured.
ABSOLUTE = _word_set(
    """all always never every entire entirely completely cure cures cured prove proves
    proven definitely guarantee only sole solely"""
)

# Words a source uses to hedge a finding; a claim without any states it as certain.
HEDGE_SOURCE = _word_set(
    """may might could possibly possible potential potentially likely suggest suggests
    suggested suggesting suggestive appear appears appeared seem seems seemed preliminary
    hypothesize hypothesized hypothesise putative unclear uncertain"""
)

# Causal wording in a claim, and the associational wording of an observational source.
CAUSAL = _word_set(
    """cause causes caused causing lead leads led result results prevent prevents prevented
    cure cures cured reverse reverses reversed protect protects protected kill kills killed
    boost boosts boosted trigger triggers triggered effective treat treats"""
)
ASSOCIATION = _word_set(
    """associated association associations correlated correlation correlations correlate
    correlates linked link links related relationship observational"""
)

# Model systems: a finding in these is not yet a finding in people.
MODEL_SYSTEM = _word_set(
    """vitro cell cells cultured culture mice mouse murine rat rats rodent rodents animal
    animals zebrafish drosophila yeast organoid organoids xenograft"""
)

COMPARATIVE = _word_set(
    """more less higher lower greater fewer than compared versus vs twice double half
    increase increased decrease decreased"""
)

# Units after a number that a source would repeat if it reported the same quantity.
UNIT_WORDS = _word_set(
    """fold times mg g kg ml l mmol mol nm um mm cm m km h hr hrs hour hours min minutes
    day days week weeks month months year years yr patients participants subjects people
    cases deaths children adults women men mice rats cells genes points units iu copies"""
)

_SUFFIXES = ("ations", "ation", "ings", "ing", "edly", "ies", "es", "ed", "ly", "s")


@lru_cache(maxsize=1 << 16)  # the same few thousand words recur across every pair
def stem(word: str) -> str:
    """A crude suffix stripper: enough to meet "increased"/"increases" and "cells"/"cell"."""
    if word.isdigit() or len(word) <= 4:
        return word
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)] + ("y" if suffix == "ies" else "")
    return word


@lru_cache(maxsize=4096)  # a claim and its closest sentences are read by several checks
def words(text: str) -> tuple[str, ...]:
    """All lower-case ASCII words of a text, hyphenated compounds kept as one word too."""
    joined = re.sub(r"(?<=[A-Za-z])[-‐](?=\w)", "", text)
    return tuple(fold_words(joined).split())


KEY_LENGTH = 6


def content_stems(text: str) -> frozenset[str]:
    """Matching keys of the words that carry meaning (no stopwords, no single letters): the
    stem cut to its first six letters, so "seasonal"/"seasonality" and "inhibit"/"inhibition"
    meet; truncation is a known cheap stemmer for English retrieval. A word of a concept
    group (`concepts`) adds the group's key, so "death" meets "mortality"."""
    kept = [w for w in words(text) if w not in STOPWORDS and len(w) > 1]
    keys = {w if any(c.isdigit() for c in w) else stem(w)[:KEY_LENGTH] for w in kept}
    return frozenset(keys | {CONCEPT[w] for w in kept if w in CONCEPT})


def numbers(text: str) -> frozenset[str]:
    """Numbers as written, thousands separators dropped and trailing zeros of decimals trimmed."""
    found = re.findall(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?", text)
    cleaned = (n.replace(",", "") for n in found)
    return frozenset(n.rstrip("0").rstrip(".") if "." in n else n for n in cleaned)


def species(word_set: frozenset[str]) -> frozenset[str]:
    """Which organisms a set of (unstemmed) words mentions."""
    return frozenset(name for name, forms in SPECIES.items() if word_set & forms)
