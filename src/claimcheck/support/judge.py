"""Judging one (claim, cited source) pair: a label, a score, the evidence and its basis.

Owns the decision: the claim loses its citation markers, is compared with every source
sentence (and the title, which counts for relatedness; the verdict reads the closest
sentences but the title: `features.verdict_text`), and the shipped model's probabilities
are cut at its thresholds:

* P(related) below the threshold            -> unrelated
* else P(related) below the weak cut         -> weak (on the topic, not close enough to judge;
                                               not for a title, which has its own cut)
* else P(REFUTE | related) at its threshold  -> contradicted (never from a title alone; a
  lower threshold when the pair shows a named direction flip, `Thresholds.refute_named`)
* else P(SUPPORT | related) at its threshold -> supported
* else                                       -> weak

`Support.score` is P(related): how plausibly this source is what the claim rests on. The
label, not the score, says whether it agrees. `doubt` is P(REFUTE | related), which the
benchmarks rank by to count misrepresented claims caught at a fixed false-alarm rate. With
`claimcheck[semantic]` installed the features end with sentence-embedding cosines
(`semantic.py`) and the model is the one trained with them (`weights-semantic.json`); the
decision is the same.
"""

from __future__ import annotations

from collections.abc import Iterable

from claimcheck.model import Support
from claimcheck.support import lexicon, semantic
from claimcheck.support.bag import bag_keys
from claimcheck.support.claimtext import cites_a_group, strip_citation_markers
from claimcheck.support.explain import MAX_REASONS, reasons
from claimcheck.support.features import (
    FEATURE_NAMES,
    Idf,
    Pair,
    features,
    make_pair,
    ranked,
    verdict_text,
)
from claimcheck.support.scorer import SupportModel, Thresholds, load_model
from claimcheck.support.source import SourceText

EVIDENCE_SENTENCES = 3
NAMED_FLIPS = ("signed_flip", "anchored_flip")  # direction flips `explain` says in words
FLIP_COLUMNS = tuple(FEATURE_NAMES.index(name) for name in NAMED_FLIPS)
PASSAGES = 8  # about an abstract's length of full text, chosen for the claim
SEMANTIC_WEIGHTS = "weights-semantic.json"
RARE = 0.6  # a word this close to the rarest IDF names a thing (a drug, gene, population)
GROUP_REASON = ("the sentence cites several works in one callout; this one may back only "
                "part of it")


def candidates(source: SourceText) -> tuple[str, ...]:
    """The texts a claim may match: the title (when not already the only sentence) first."""
    if source.title and source.title not in source.sentences:
        return (source.title, *source.sentences)
    return source.sentences


def pair_features(claim_text: str, source: SourceText, idf: Idf) -> tuple[Pair, tuple[float, ...]]:
    """The tokenised pair and its feature vector, exactly as `judge` sees them."""
    pair = make_pair(strip_citation_markers(claim_text), candidates(source), source.title,
                     cites_a_group(claim_text))
    return pair, features(pair, idf)


def default_model() -> SupportModel:
    """The semantic model when `claimcheck[semantic]` is installed (and not switched off)."""
    return load_model(SEMANTIC_WEIGHTS) if semantic.enabled() else load_model()


def prefetch(pairs: Iterable[tuple[str, SourceText]]) -> None:
    """Encode in one batch every text the semantic judge will need for these (claim, source)
    pairs: one encoder call per judgement costs far more. Nothing without the extra."""
    model = default_model()
    if not model.semantic:
        return
    texts: list[str] = []
    for claim_text, source in pairs:
        claim = strip_citation_markers(claim_text)
        if source.basis == "fulltext":
            source = passages(claim, source, model.idf)
        texts += [claim, *candidates(source), *([source.title] if source.title else [])]
    semantic.embed(texts)


def _with_semantics(pair: Pair, title: str, x: tuple[float, ...]) -> tuple[float, ...]:
    """The default features followed by the sentence-embedding ones."""
    recall_best = x[FEATURE_NAMES.index("recall_best")]
    return (*x, *semantic.pair_semantics(pair.claim, pair.sentences, title, recall_best))


def judge(claim_text: str, source: SourceText, model: SupportModel | None = None) -> Support:
    """Whether `source` plausibly says what `claim_text` says (markers are stripped here)."""
    return judge_with_doubt(claim_text, source, model)[0]


def doubt(claim_text: str, source: SourceText, model: SupportModel | None = None) -> float:
    """P(REFUTE | related), the number the refute cut reads: benchmarks rank claims by it to
    measure how many misrepresented claims are caught at a fixed false-alarm rate."""
    return judge_with_doubt(claim_text, source, model)[1]


def judge_with_doubt(claim_text: str, source: SourceText,
                     model: SupportModel | None = None) -> tuple[Support, float]:
    """The judgement and its doubt from one reading of the pair (benchmarks need both)."""
    model = model or default_model()
    if source.basis == "fulltext":
        source = passages(strip_citation_markers(claim_text), source, model.idf)
    read = _read(claim_text, source, model)
    if read is None:
        return Support(label="unknown", score=0.0,
                       basis="none" if not source.sentences else source.basis), 0.0
    pair, x, keys = read
    p_related = model.p_related(x)
    found = evidence(pair, model.idf)
    verdict = model.p_verdict(x, keys)
    label = decide(p_related, verdict, source.basis, model.thresholds, named_flip(x))
    why = () if label == "supported" else _reasons(pair, model.idf) or _fallback(found)
    return Support(label=label, score=round(p_related, 4), basis=source.basis,
                   evidence=found, reasons=why), verdict["REFUTE"]


def _read(claim_text: str, source: SourceText,
          model: SupportModel) -> tuple[Pair, tuple[float, ...], frozenset[str]] | None:
    """The pair, its features and its word keys; None when there is nothing to compare."""
    if source.basis == "none" or not source.sentences:
        return None
    pair, x = pair_features(claim_text, source, model.idf)
    if not pair.claim_stems:  # nothing left to compare once markers and stopwords are gone
        return None
    if model.semantic:
        x = _with_semantics(pair, source.title, x)
    return pair, x, bag_keys(pair.claim, verdict_text(pair, model.idf, shared=True))



def _reasons(pair: Pair, idf: Idf) -> tuple[str, ...]:
    """The reasons in words, checked against the closest two sentences but the title."""
    found = reasons(pair.claim, verdict_text(pair, idf, shared=True), missing_words(pair, idf),
                    " ".join(pair.sentences))
    if pair.group_citation and len(found) < MAX_REASONS:
        found = (*found, GROUP_REASON)
    return found


def _fallback(found: tuple[tuple[str, float], ...]) -> tuple[str, ...]:
    """When no single check fires: how much of the claim the closest sentence covers."""
    share = found[0][1] if found else 0.0
    return (f"the closest sentence covers {share:.0%} of the claim's weighted words, "
            "and no sentence states the claim as such",)


def missing_words(pair: Pair, idf: Idf) -> tuple[str, ...]:
    """The claim's rare words (as written) that no source sentence has: what it adds."""
    everything = frozenset().union(*pair.sentence_stems)
    out = []
    for word in dict.fromkeys(lexicon.words(pair.claim)):
        key = word if any(c.isdigit() for c in word) else lexicon.stem(word)[: lexicon.KEY_LENGTH]
        if (word not in lexicon.STOPWORDS and len(word) > 2 and key not in everything
                and not word.isdigit() and idf.weight(key) >= RARE * idf.default):
            out.append(word)
    return tuple(out)


def passages(claim: str, source: SourceText, idf: Idf) -> SourceText:
    """The full text cut to the PASSAGES sentences that share most of the claim's weighted
    words, in document order: a whole article shares some words with any claim, so judging
    on all of it would call everything related."""
    pair = make_pair(claim, source.sentences)
    if not pair.claim_stems or len(source.sentences) <= PASSAGES:
        return source
    chosen = sorted(i for i, _ in ranked(pair, idf)[:PASSAGES])
    return SourceText(source.title, tuple(source.sentences[i] for i in chosen), source.basis)


def named_flip(x: tuple[float, ...]) -> bool:
    """Whether the pair shows a direction flip the reasons can name (see `refute_named`)."""
    return any(x[column] > 0 for column in FLIP_COLUMNS)


def decide(p_related: float, verdict: dict[str, float], basis: str, cut: Thresholds,
           flip: bool = False) -> str:
    """The label for the model's probabilities, per the table in the module docstring;
    `flip`: the pair shows a named direction flip."""
    related_cut = cut.related_title if basis == "title" else cut.related
    if p_related < related_cut:
        return "unrelated"
    if basis != "title" and p_related < cut.weak_related:
        return "weak"
    # A title states a topic, rarely a finding: it cannot show that the claim is wrong.
    refute_cut = min(cut.refute, cut.refute_named) if flip else cut.refute
    if basis != "title" and verdict["REFUTE"] >= refute_cut:
        return "contradicted"
    return "supported" if verdict["SUPPORT"] >= cut.support else "weak"


def evidence(pair: Pair, idf: Idf) -> tuple[tuple[str, float], ...]:
    """The source sentences that share most of the claim's weighted words, best first."""
    best = ranked(pair, idf)[:EVIDENCE_SENTENCES]
    return tuple((pair.sentences[i], round(score, 4)) for i, score in best if score > 0)
