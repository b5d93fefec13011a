"""Does a claim say what its evidence sentences say? Closed-class checks, each with a reason.

Owns the claim-vs-evidence checks that go beyond shared words: a negation or "no significant
difference" on one side only, an effect direction that flips, a number that disagrees with
the source's number for the same unit, a hedge turned into a certainty, association reported
as causation, a finding in cells or animals claimed for people. Each check is one number for
the model (`AGREEMENT_NAMES`) and, when it fires, one reason in words for the reader
(`reasons`). The word lists live in `lexicon`; they are general usage, not tuned to a corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from claimcheck.support import lexicon

AGREEMENT_NAMES = (
    "claim_negated", "evidence_negated", "nsd_claim", "nsd_evidence", "nsd_conflict",
    "direction_agree", "number_conflict", "hedge_to_certainty", "causal_overclaim",
    "model_to_human", "claim_comparative",
)

# "no significant difference", "did not differ", "was not associated": the null finding.
_NULL = re.compile(
    r"\b(?:no|not|nor|without)\b(?:\W+\w+){0,4}?\W+(?:significant(?:ly)?|statistically|"
    r"differ\w*|effect\w*|association|associated|chang\w*|correlat\w*|benefit\w*|"
    r"improv\w*|affect\w*|impact\w*|alter\w*|increas\w*|reduc\w*|decreas\w*|relat\w*)\b"
    # "similar" alone is too common ("similar to other coronaviruses"): only as a finding.
    r"|\b(?:was|were|is|are|remained|being)\s+(?:\w+\s+)?(?:similar|comparable|equivalent)\b"
    r"|\b(?:similar|comparable)\s+(?:between|across|in both|among)\b"
    r"|\b(?:unchanged|unaffected|nonsignificant|insignificant|non-significant|noninferior|"
    r"non-inferior)\b",
    re.IGNORECASE,
)
# A number and the unit that follows it: "27%", "2.5 mg", "3-fold", "60,000 years".
_QUANTITY = re.compile(
    r"(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)\s*(%|percent|per cent|-?fold|times|"
    r"[a-z]{1,12})?",
    re.IGNORECASE,
)
_UNIT_WORDS = lexicon.UNIT_WORDS


@dataclass(frozen=True, slots=True)
class Checks:
    """The checks of one claim against its evidence text (the closest sentences) and the
    whole source, as numbers in `AGREEMENT_NAMES` order."""

    values: tuple[float, ...]

    def get(self, name: str) -> float:
        return self.values[AGREEMENT_NAMES.index(name)]


def _negated(words: frozenset[str]) -> bool:
    return len(words & lexicon.NEGATION) % 2 == 1


def null_finding(text: str) -> bool:
    """The text reports no (significant) difference, effect or association."""
    return bool(_NULL.search(text))


def quantities(text: str) -> dict[str, frozenset[str]]:
    """Numbers by the unit written after them ("%" and "percent" meet); unitless ones and
    years are left out: "in 2020" or "two groups" says nothing a source must repeat."""
    found: dict[str, set[str]] = {}
    for value, unit in _QUANTITY.findall(text):
        unit = unit.lower().lstrip("-")
        unit = "%" if unit in ("percent", "per cent") else unit
        if unit != "%" and unit not in _UNIT_WORDS:
            continue
        number = value.replace(",", "")
        number = number.rstrip("0").rstrip(".") if "." in number else number
        found.setdefault(unit, set()).add(number)
    return {unit: frozenset(values) for unit, values in found.items()}


def _number_conflict(claim: str, source: str) -> bool:
    """A claim's number for a unit is absent from a source that gives other numbers for it."""
    theirs = quantities(source)
    return any(unit in theirs and not values & theirs[unit]
               for unit, values in quantities(claim).items())


def _direction(words: frozenset[str]) -> tuple[frozenset[str], frozenset[str]]:
    stems = words | {lexicon.stem(w) for w in words}
    return stems & lexicon.UP, stems & lexicon.DOWN


def _direction_agree(claim: frozenset[str], evidence: frozenset[str]) -> bool:
    up, down = _direction(claim)
    e_up, e_down = _direction(evidence)
    return bool(up & e_up or down & e_down)


def checks(claim: str, evidence: str, whole: str) -> Checks:
    """Every check of `claim` against `evidence` (closest sentences) and `whole` (all of it)."""
    c_words = frozenset(lexicon.words(claim))
    e_words = frozenset(lexicon.words(evidence))
    w_words = frozenset(lexicon.words(whole))
    nsd_c, nsd_e = null_finding(claim), null_finding(evidence)
    return Checks((
        float(_negated(c_words)), float(_negated(e_words)), float(nsd_c), float(nsd_e),
        float(nsd_c != nsd_e),
        float(_direction_agree(c_words, e_words)),
        float(_number_conflict(claim, whole)),
        float(bool(e_words & lexicon.HEDGE_SOURCE) and not c_words & lexicon.HEDGE_SOURCE),
        float(bool(c_words & lexicon.CAUSAL) and bool(w_words & lexicon.ASSOCIATION)
              and not w_words & c_words & lexicon.CAUSAL),
        float(_model_to_human(c_words, w_words)),
        float(bool(c_words & lexicon.COMPARATIVE)),
    ))


def _model_to_human(claim: frozenset[str], source: frozenset[str]) -> bool:
    """The source studied cells or animals only; the claim speaks of people (or of no model)."""
    model = bool(source & lexicon.MODEL_SYSTEM) and not source & lexicon.SPECIES["human"]
    return model and not claim & lexicon.MODEL_SYSTEM
