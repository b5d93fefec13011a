"""Inference-like checks of a claim against its evidence sentences, each with a reason.

Owns the checks that read a cue word in its context rather than as a bag of words:

* **signed direction**: "increased" is up, "did not increase" is not up, "reduced" is down; a
  negation within four words before a direction word turns it over ("failed to improve").
  The claim's signed directions against the evidence's: one in common agrees, only opposite
  ones disagree;
* **opposite terms** that are not up/down words: "resistance" vs "susceptibility", "risk" vs
  "protective", "harmful" vs "beneficial", "superior" vs "inferior";
* **causal strength** 0-3 (none, association, hedged cause, cause) of the claim against the
  whole source: a cause where the source only reports an association is an overclaim;
* **population groups** by age and sex ("children" vs "adults", "women" vs "men");
* **significance**: the claim reports a significant effect where the evidence reports none.

Each check is one number for the model (`POLARITY_NAMES`); a flipped direction, opposite
terms and another population group are also told in words (`polarity_reasons`), while a cause
claimed from an association and a null finding are told by `explain` from the same cues. The
word lists are general English and biomedical usage.
"""

from __future__ import annotations

import re

from claimcheck.support import lexicon
from claimcheck.support.agreement import null_finding

POLARITY_NAMES = (
    "signed_agree", "signed_flip", "claim_direction_unmatched", "opposite_terms",
    "causal_gap", "cause_from_association", "population_group_differs",
    "population_group_missing", "significant_vs_null", "flip_where_close",
)


def _set(text: str) -> frozenset[str]:
    """A word list written as one string."""
    return frozenset(text.split())


_NEGATORS = lexicon.NEGATION | {"non", "neither"}
_SCOPE = 4  # words before a direction word that a negation reaches ("did not markedly reduce")
# A negation's scope ends at a contrast or at another direction word: "did not reduce X but
# increased Y" negates "reduce" only.
_SCOPE_ENDS = _set("but whereas while although though however yet instead rather")
_OPPOSITES = tuple(
    (frozenset(a.split()), frozenset(b.split())) for a, b in (
        ("resistance resistant", "susceptibility susceptible sensitive sensitivity"),
        ("risk", "protective protection"),
        ("benefit benefits beneficial", "harm harmful harms detrimental"),
        ("positive positively", "negative negatively"),
        ("presence present", "absence absent"),
        ("agonist agonists", "antagonist antagonists"),
        ("safe safety", "unsafe toxic toxicity"),
        ("effective efficacy efficacious", "ineffective"),
        ("superior", "inferior"),
        ("better best", "worse worst"),
        ("required necessary essential", "dispensable unnecessary"),
        ("sufficient", "insufficient"),
        ("stable stability", "unstable instability"),
        ("common frequent", "rare uncommon infrequent"),
        ("strong stronger", "weak weaker"),
        ("faster rapid rapidly", "slower slowly"),
        ("dominant", "recessive"),
        ("activator activation", "inhibitor inhibition"),
    )
)
# Causal verbs (strength 3 unless a modal hedges them to 2); associational wording is 1.
_CAUSE = lexicon.CAUSAL | lexicon.UP | lexicon.DOWN
_MODAL = _set("may might could can possibly potentially likely")
_GROUPS = {
    "age": {
        "children": _set("child children childhood infant infants pediatric paediatric kids "
                         "newborn newborns neonates neonatal adolescents adolescent teenagers"),
        "older people": _set("elderly older seniors geriatric"),
        "adults": _set("adult adults"),
    },
    "sex": {
        "women": _set("women woman female females girls mothers"),
        "men": _set("men man male males boys fathers"),
    },
}
_SIGNIFICANT = re.compile(r"\bsignifican(?:t|tly)\b", re.IGNORECASE)


def signed_directions(text: str) -> dict[int, str]:
    """+1 / -1 for each direction the text states, with the words that state it
    ("not increase" counts as -1, said as "not increase")."""
    words = lexicon.words(text)
    out: dict[int, str] = {}
    for i, word in enumerate(words):
        sign = direction_sign(word)
        if not sign:
            continue
        negator = negator_before(words, i)
        out.setdefault(-sign if negator else sign, f"{negator} {word}".strip())
    return out


def negator_before(words: tuple[str, ...], i: int) -> str:
    """The negation that governs the direction word `words[i]` ("" when none): up to _SCOPE
    words back, stopping at another direction word or the end of a clause."""
    for j in range(i - 1, max(-1, i - _SCOPE - 1), -1):
        if direction_sign(words[j]) or words[j] in _SCOPE_ENDS:
            return ""
        if words[j] in _NEGATORS:
            return words[j]
    return ""


def direction_sign(word: str) -> int:
    """+1 for a word of increase, -1 for one of decrease, 0 for any other word."""
    forms = {word, lexicon.stem(word)}
    return 1 if forms & lexicon.UP else -1 if forms & lexicon.DOWN else 0


def opposite_terms(claim: frozenset[str], evidence: frozenset[str]) -> tuple[str, str]:
    """A term of the claim whose opposite the evidence uses instead ("" when none)."""
    for first, second in _OPPOSITES:
        for mine, theirs in ((first, second), (second, first)):
            said, against = claim & mine, evidence & theirs
            if said and against and not evidence & mine and not claim & theirs:
                return min(said), min(against)
    return "", ""


def causal_strength(words: frozenset[str]) -> int:
    """0 no claim of effect, 1 association, 2 hedged cause ("may reduce"), 3 cause."""
    stems = words | {lexicon.stem(w) for w in words}
    if stems & _CAUSE:
        return 2 if words & _MODAL else 3
    return 1 if words & lexicon.ASSOCIATION else 0


def population_groups(words: frozenset[str]) -> dict[str, frozenset[str]]:
    """The age and sex groups a text names, by dimension."""
    found = {dim: frozenset(name for name, forms in groups.items() if words & forms)
             for dim, groups in _GROUPS.items()}
    return {dim: names for dim, names in found.items() if names}


def _groups_differ(claim: frozenset[str], whole: frozenset[str]) -> tuple[bool, bool]:
    """(a group of the claim where the source names only others, a group the source lacks)."""
    mine, theirs = population_groups(claim), population_groups(whole)
    differs = any(dim in theirs and not names & theirs[dim] for dim, names in mine.items())
    missing = any(names - theirs.get(dim, frozenset()) for dim, names in mine.items())
    return differs, missing


def polarity_checks(claim: str, close: str, whole: str, recall_best: float) -> tuple[float, ...]:
    """The checks in POLARITY_NAMES order; `recall_best` is how much of the claim the closest
    sentence covers, so a flip in a sentence plainly about the claim weighs more."""
    c_words, e_words = frozenset(lexicon.words(claim)), frozenset(lexicon.words(close))
    w_words = frozenset(lexicon.words(whole))
    mine, theirs = signed_directions(claim), signed_directions(close)
    flip = bool(mine) and bool(theirs) and not mine.keys() & theirs.keys()
    opposite = bool(opposite_terms(c_words, e_words)[0])
    cause, source_cause = causal_strength(c_words), causal_strength(w_words)
    differs, missing = _groups_differ(c_words, w_words)
    significant_vs_null = bool(_SIGNIFICANT.search(claim)) and not null_finding(claim) \
        and null_finding(close)
    return (
        float(bool(mine.keys() & theirs.keys())), float(flip), float(bool(mine) and not theirs),
        float(opposite), max(0, cause - source_cause) / 3, float(cause == 3 and source_cause <= 1),
        float(differs), float(missing), float(significant_vs_null),
        float(flip or opposite) * recall_best,
    )


def _quote(text: str) -> str:
    return f'"{text}"'


def polarity_reasons(claim: str, evidence: str, whole: str) -> tuple[str, ...]:
    """The reasons in words for the checks above that fire, most telling first."""
    c_words, e_words = frozenset(lexicon.words(claim)), frozenset(lexicon.words(evidence))
    out = []
    mine, theirs = signed_directions(claim), signed_directions(evidence)
    if mine and theirs and not mine.keys() & theirs.keys():
        said, against = next(iter(mine.values())), next(iter(theirs.values()))
        out.append(f"direction disagrees: the claim says {_quote(said)}, "
                   f"the source {_quote(against)}")
    said, against = opposite_terms(c_words, e_words)
    if said:
        out.append(f"opposite terms: the claim says {_quote(said)}, the source {_quote(against)}")
    out += _group_reasons(c_words, frozenset(lexicon.words(whole or evidence)))
    return tuple(out)


def _group_reasons(claim: frozenset[str], whole: frozenset[str]) -> list[str]:
    mine, theirs = population_groups(claim), population_groups(whole)
    return [f"different population: the claim is about {', '.join(sorted(names))}, "
            f"the source about {', '.join(sorted(theirs[dim]))}"
            for dim, names in mine.items() if dim in theirs and not names & theirs[dim]]
