"""Explainable features of a (claim, source) pair, one number each, mostly in [0, 1].

Owns the similarity of a claim to each source sentence (IDF-weighted recall of the claim's
content words, rapidfuzz ratios) and the agreement checks between the claim and its closest
sentences: numbers, species, study design, negation, direction of effect, hedges (with the
checks of `agreement` and `polarity`).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Mapping
from dataclasses import dataclass

from rapidfuzz import fuzz

from claimcheck.support import lexicon
from claimcheck.support.agreement import AGREEMENT_NAMES, checks
from claimcheck.support.anchored import ANCHORED_NAMES, anchored_checks
from claimcheck.support.lexicon import content_stems
from claimcheck.support.polarity import POLARITY_NAMES, polarity_checks

VERDICT_SENTENCES = 2  # the closest non-title sentences the agreement checks read
FEATURE_NAMES = (
    "recall_best", "recall_top2", "recall_all", "precision_best", "token_set", "partial",
    "missing_idf", "numbers_missing", "numbers_found", "species_mismatch", "design_missing",
    "negation_diff", "direction_conflict", "hedge", "absolute_missing", "claim_length",
    "matched_mass", "title_recall",
    "sqrt_recall_best", "sqrt_recall_all", "sqrt_matched_mass", "sqrt_title_recall",
    "bigram_recall", "rare_recall", *AGREEMENT_NAMES, *POLARITY_NAMES, "group_citation",
    *ANCHORED_NAMES,
)


@dataclass(frozen=True, slots=True)
class Idf:
    """Inverse document frequencies of word stems; unseen stems count as rare."""

    table: Mapping[str, float]
    default: float

    def weight(self, stem: str) -> float:
        return self.table.get(stem, self.default)

    def mass(self, stems: frozenset[str]) -> float:
        # fsum: a set's iteration order follows the hash seed, and a plain sum's rounding
        # with it, so a ratio of equal masses could come out 1.0000000000000002.
        return math.fsum(self.weight(s) for s in stems)


@dataclass(frozen=True, slots=True)
class Pair:
    """A claim and its source sentences, tokenised once."""

    claim: str
    sentences: tuple[str, ...]
    claim_stems: frozenset[str]
    sentence_stems: tuple[frozenset[str], ...]
    title_stems: frozenset[str]
    title: str = ""
    group_citation: bool = False  # the citing sentence cites several works in one callout


def make_pair(claim: str, sentences: tuple[str, ...], title: str = "",
              group_citation: bool = False) -> Pair:
    return Pair(
        claim, sentences, content_stems(claim), tuple(content_stems(s) for s in sentences),
        content_stems(title), title, group_citation,
    )


def recall(pair: Pair, stems: frozenset[str], idf: Idf) -> float:
    """Share of the claim's IDF mass that the given source words cover."""
    total = idf.mass(pair.claim_stems)
    return idf.mass(pair.claim_stems & stems) / total if total else 0.0


def ranked(pair: Pair, idf: Idf) -> tuple[tuple[int, float], ...]:
    """Source sentence indices with their IDF recall of the claim, best first."""
    scores = [(i, recall(pair, stems, idf)) for i, stems in enumerate(pair.sentence_stems)]
    return tuple(sorted(scores, key=lambda item: (-item[1], item[0])))


def verdict_order(pair: Pair, idf: Idf) -> tuple[tuple[int, float], ...]:
    """`ranked` without the title when the source has other sentences. The title still
    counts for relatedness (`recall_best`, `title_recall`)."""
    order = ranked(pair, idf)
    body = tuple(item for item in order if pair.sentences[item[0]] != pair.title)
    return body or order


def verdict_text(pair: Pair, idf: Idf, shared: bool = False) -> str:
    """The text the agreement checks, the verdict's word keys and the reasons read: the
    closest two sentences that are not the title, after the title if it ranks in the top two.
    A title names the topic and states no finding, so it often ranks first while the sentence
    that says the opposite of the claim ("did not reduce") falls out of the closest two.
    `shared` keeps only sentences sharing a weighted word with the claim (the evidence shown:
    the word keys and the reasons read those)."""
    body = verdict_order(pair, idf)[:VERDICT_SENTENCES]
    title = [item for item in ranked(pair, idf)[:VERDICT_SENTENCES] if item not in body]
    return " ".join(pair.sentences[i] for i, score in (*title, *body) if score > 0 or not shared)


def features(pair: Pair, idf: Idf) -> tuple[float, ...]:
    """The feature vector in FEATURE_NAMES order; all zeros for an empty source."""
    if not pair.sentences or not pair.claim_stems:
        return (0.0,) * len(FEATURE_NAMES)
    base = _similarity(pair, idf)
    order, body = ranked(pair, idf), verdict_order(pair, idf)
    close = verdict_text(pair, idf)
    whole = " ".join(pair.sentences)
    # Square roots let a linear model tell "a little overlap" from "none" more sharply.
    return (
        *base, *(math.sqrt(base[FEATURE_NAMES.index(name)]) for name in _ROOTED),
        _bigram_recall(pair.claim, pair.sentences[order[0][0]]),
        _rare_recall(pair, idf),
        *checks(pair.claim, close, whole).values,
        *polarity_checks(pair.claim, close, whole, body[0][1]),
        float(pair.group_citation),
        *anchored_checks(pair.claim, close),
    )


def _bigrams(text: str) -> frozenset[tuple[str, str]]:
    keys = [lexicon.stem(w)[: lexicon.KEY_LENGTH] for w in lexicon.words(text)
            if w not in lexicon.STOPWORDS and len(w) > 1]
    return frozenset(itertools.pairwise(keys))


def _bigram_recall(claim: str, sentence: str) -> float:
    """Share of the claim's adjacent content-word pairs that the sentence has too: phrases
    ("heart failure", "vitamin D") match, not just words."""
    mine = _bigrams(claim)
    return len(mine & _bigrams(sentence)) / len(mine) if mine else 0.0


def _rare_recall(pair: Pair, idf: Idf) -> float:
    """Share of the claim's rare words (names of drugs, genes, populations, outcomes) found
    anywhere in the source: the entities a supporting source must mention."""
    rare = frozenset(s for s in pair.claim_stems if idf.weight(s) >= 0.8 * idf.default)
    if not rare:
        return 1.0
    return len(rare & frozenset().union(*pair.sentence_stems)) / len(rare)


_ROOTED = ("recall_best", "recall_all", "matched_mass", "title_recall")


def _similarity(pair: Pair, idf: Idf) -> tuple[float, ...]:
    """All features but the square roots."""
    order = ranked(pair, idf)
    best = pair.sentence_stems[order[0][0]]
    top = frozenset().union(*(pair.sentence_stems[i] for i, _ in order[:2]))
    everything = frozenset().union(*pair.sentence_stems)
    close_text = verdict_text(pair, idf)
    return (
        order[0][1],
        recall(pair, top, idf),
        recall(pair, everything, idf),
        idf.mass(best & pair.claim_stems) / max(idf.mass(best), 1e-9),
        max(fuzz.token_set_ratio(pair.claim, s) for s in pair.sentences) / 100,
        max(fuzz.partial_ratio(pair.claim, s) for s in pair.sentences) / 100,
        max((idf.weight(s) for s in pair.claim_stems - everything), default=0.0) / idf.default,
        *_agreement(pair.claim, close_text, " ".join(pair.sentences)),
        min(math.log1p(len(pair.claim_stems)) / math.log(50), 1.0),
        # Absolute evidence: three shared rare words say more than 1 of 2 shared common ones.
        min(math.log1p(idf.mass(pair.claim_stems & everything)) / math.log1p(6 * idf.default), 1),
        # Without a title, stand in the best sentence's recall rather than a misleading zero.
        recall(pair, pair.title_stems, idf) if pair.title_stems else order[0][1],
    )


def _agreement(claim: str, close: str, whole: str) -> tuple[float, ...]:
    """Numbers, species, design, negation, direction, hedge and overstatement checks."""
    claim_words, close_words = frozenset(lexicon.words(claim)), frozenset(lexicon.words(close))
    whole_words = frozenset(lexicon.words(whole))
    claim_numbers = lexicon.numbers(claim)
    # Both zero when the claim has no numbers: neither agreement nor disagreement.
    found = len(claim_numbers & lexicon.numbers(whole)) / len(claim_numbers) if claim_numbers else 0
    numbers_missing = 1.0 - found if claim_numbers else 0.0
    claim_species, source_species = lexicon.species(claim_words), lexicon.species(whole_words)
    species_mismatch = float(bool(claim_species and source_species) and
                             not claim_species & source_species)
    design = claim_words & lexicon.DESIGN
    design_missing = float(bool(design - whole_words))
    negation_diff = float(_negated(claim_words) != _negated(close_words))
    return (
        numbers_missing,
        found,
        species_mismatch,
        design_missing,
        negation_diff,
        float(_direction_conflict(claim_words, close_words)),
        float(bool(claim_words & lexicon.HEDGE)),
        float(bool((claim_words & lexicon.ABSOLUTE) - whole_words)),
    )


def _negated(word_set: frozenset[str]) -> bool:
    """Odd number of distinct negation cues: "not" negates, "not ... without" does not."""
    return len(word_set & lexicon.NEGATION) % 2 == 1


def _direction(word_set: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    stems = word_set | {lexicon.stem(w) for w in word_set}
    return stems & lexicon.UP, stems & lexicon.DOWN


def _direction_conflict(claim_words: frozenset[str], close_words: frozenset[str]) -> bool:
    """The claim's direction words are missing from the closest source text, which instead has
    words of the opposite direction the claim lacks ("decreases" cited for "increases")."""
    claim_up, claim_down = _direction(claim_words)
    source_up, source_down = _direction(close_words)
    return bool((claim_up - source_up) and (source_down - claim_down)) or bool(
        (claim_down - source_down) and (source_up - claim_up)
    )
