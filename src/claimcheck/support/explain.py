"""Why a claim looks doubtful against its evidence, in words a reader can check.

Owns the reasons a `claim-unsupported` / `claim-weak-support` finding gives: each names the
words on both sides (a negation, a number or direction that disagrees, a population that
differs, a hedge turned into a certainty, association reported as causation, a claim broader
than the source). The same closed-class checks feed the model (`agreement`), so a reason is
what the model saw, not a story told afterwards.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from claimcheck.support import lexicon
from claimcheck.support.agreement import null_finding, quantities
from claimcheck.support.anchored import anchored_reason
from claimcheck.support.polarity import polarity_reasons

MAX_REASONS = 3


def _quote(words: Iterable[str]) -> str:
    return ", ".join(f'"{w}"' for w in sorted(words)[:3])


def _negation(claim: frozenset[str], evidence: frozenset[str], _: str, __: str) -> str:
    c_neg, e_neg = claim & lexicon.NEGATION, evidence & lexicon.NEGATION
    if (len(c_neg) % 2) == (len(e_neg) % 2):
        return ""
    if c_neg:
        return f"negation: the claim says {_quote(c_neg)}, the evidence sentence does not"
    return f"negation: the evidence sentence says {_quote(e_neg)}, the claim does not"


def _null(_: frozenset[str], __: frozenset[str], claim: str, evidence: str) -> str:
    if null_finding(claim) == null_finding(evidence):
        return ""
    if null_finding(evidence):
        return "the source reports no (significant) difference or effect; the claim reports one"
    return "the claim reports no difference or effect; the evidence sentence reports one"


def _numbers(_: frozenset[str], __: frozenset[str], claim: str, evidence: str) -> str:
    theirs = quantities(evidence)
    for unit, values in sorted(quantities(claim).items()):
        if unit in theirs and not values & theirs[unit]:
            said = ", ".join(f"{v}{unit if unit == '%' else ' ' + unit}" for v in sorted(values))
            found = ", ".join(f"{v}{unit if unit == '%' else ' ' + unit}"
                              for v in sorted(theirs[unit]))
            return f"a number disagrees: the claim says {said}, the source {found}"
    return ""


def _hedge(claim: frozenset[str], evidence: frozenset[str], _: str, __: str) -> str:
    hedges = evidence & lexicon.HEDGE_SOURCE
    if hedges and not claim & lexicon.HEDGE_SOURCE:
        return f"hedge turned into certainty: the source says {_quote(hedges)}, the claim does not"
    return ""


def _causal(claim: frozenset[str], evidence: frozenset[str], _: str, __: str) -> str:
    causal, associated = claim & lexicon.CAUSAL, evidence & lexicon.ASSOCIATION
    if causal and associated and not evidence & causal:
        return (f"association stated as cause: the source says {_quote(associated)}, "
                f"the claim {_quote(causal)}")
    return ""


def _population(claim: frozenset[str], evidence: frozenset[str], _: str, __: str) -> str:
    mine, theirs = lexicon.species(claim), lexicon.species(evidence)
    if mine and theirs and not mine & theirs:
        return (f"different population: the claim is about {_quote(mine)}, "
                f"the source {_quote(theirs)}")
    models = evidence & lexicon.MODEL_SYSTEM
    if models and not evidence & lexicon.SPECIES["human"] and not claim & lexicon.MODEL_SYSTEM:
        return f"the source studied {_quote(models)}; the claim does not say so"
    return ""


def _absolute(claim: frozenset[str], evidence: frozenset[str], _: str, __: str) -> str:
    absolute = (claim & lexicon.ABSOLUTE) - evidence
    return f"claim broader than the source: it says {_quote(absolute)}" if absolute else ""


# A direction that disagrees is told by `polarity_reasons`, which reads each direction word
# with the negation that governs it ("did not reduce" is no "reduce").
_CHECKS: tuple[Callable[[frozenset[str], frozenset[str], str, str], str], ...] = (
    _null, _negation, _numbers, _population, _causal, _hedge, _absolute,
)


def reasons(
    claim: str, evidence: str, missing: Iterable[str] = (), whole: str = ""
) -> tuple[str, ...]:
    """Up to MAX_REASONS reasons the claim and its evidence text disagree, most telling first;
    `missing` are the claim's rare words the whole source lacks (a broader or other claim),
    `whole` is all of the source (for the population it studied)."""
    c_words, e_words = frozenset(lexicon.words(claim)), frozenset(lexicon.words(evidence))
    found = [text for check in _CHECKS if (text := check(c_words, e_words, claim, evidence))]
    told = list(polarity_reasons(claim, evidence, whole))
    # A flip about one shared word says what the bag of directions missed; said once.
    if (about := anchored_reason(claim, evidence)) and not any(
            r.startswith("direction disagrees") for r in told):
        told.insert(0, about)
    found[1 if found and found[0].startswith(_NULL_REASONS) else 0:0] = told
    found = _said_once(found)
    missing = sorted(missing)
    if missing:
        found.append(f"the source does not mention {_quote(missing)}")
    return tuple(found[:MAX_REASONS])


_NULL_REASONS = ("the source reports no", "the claim reports no")
# How the reasons that name something opposite begin (the wording is this module's, polarity's
# and anchored's): a finding says "the opposite" only on one of them.
OPPOSITE_REASONS = ("direction disagrees", "opposite terms", "negation", *_NULL_REASONS,
                    "a number disagrees")


def _said_once(found: list[str]) -> list[str]:
    """Drop reasons that repeat an earlier one: a null finding or a negated direction is the
    negation; two direction reasons or two population reasons say one thing."""
    out: list[str] = []
    for text in found:
        kind = text.split(":")[0] if ":" in text else text
        negated = any(r.startswith(_NULL_REASONS) or ('"no ' in r or '"not ' in r) for r in out)
        if any(r.split(":")[0] == kind for r in out if ":" in r) or (
                kind == "negation" and negated):
            continue
        out.append(text)
    return out
