"""Findings from a support judgement: `claim-unsupported` and `claim-weak-support`.

Every message names what the judgement rested on (the user's full text, the abstract, or the
title alone), quotes the closest source sentence and gives the reasons in words (a negation,
a number or direction that disagrees, another population, a hedge made certain, words the
source lacks), so a reader can check the call in seconds.

A title is a dozen words: a claim rarely repeats them even when the work supports it, and on
the bundled example most title-only "unrelated" calls were plainly wrong. So a judgement on
the title alone raises no finding (the claim still carries its label and basis); only an
abstract can (never cry wolf on thin evidence).
"""

from __future__ import annotations

from claimcheck.model import Claim, Finding, Severity, Support
from claimcheck.support.explain import OPPOSITE_REASONS

_QUOTE_LIMIT = 200
_BASIS = {
    "abstract": "judged on the cited work's abstract",
    "fulltext": "judged on the passages of your full text {origin} that bear on the claim",
    "title": "judged on the cited work's title only (no abstract available)",
}
_VERDICT = {
    "unrelated": (Severity.WARNING, "claim-unsupported",
                  "the cited work does not appear to discuss what the claim says"),
    "contradicted": (Severity.WARNING, "claim-unsupported",
                     "the cited work appears to say the opposite of the claim"),
    "weak": (Severity.INFO, "claim-weak-support",
             "the cited work only partly matches what the claim says"),
}
# A contradiction is said as one only when a reason names what is opposite (OPPOSITE_REASONS);
# otherwise the model's "contradicted" means what Citation-Integrity calls inaccurate: not
# substantiated, oversimplified, or backed by a group of works of which this one holds only part.
_NOT_SUBSTANTIATED = "the cited work does not appear to substantiate what the claim says"


def _quote(sentence: str) -> str:
    text = " ".join(sentence.split())
    return text if len(text) <= _QUOTE_LIMIT else text[: _QUOTE_LIMIT - 1].rstrip() + "…"


def support_findings(
    claim: Claim, reference_id: str, support: Support, line: int, origin: str = ""
) -> tuple[Finding, ...]:
    """Zero or one finding for one (claim, reference) judgement; none when supported/unknown."""
    if support.label not in _VERDICT or support.basis not in _BASIS:
        return ()
    severity, rule, verdict = _VERDICT[support.label]
    if support.label == "contradicted" and not any(r.startswith(OPPOSITE_REASONS)
                                                   for r in support.reasons):
        verdict = _NOT_SUBSTANTIATED
    if support.basis == "title":
        return ()
    if support.evidence:
        sentence, similarity = support.evidence[0]
        closest = f'closest sentence (similarity {similarity:.2f}): "{_quote(sentence)}"'
    else:
        closest = "no source sentence shares its content words"
    why = f"; why: {'; '.join(support.reasons)}" if support.reasons else ""
    basis = _BASIS[support.basis].format(origin=origin)
    message = (
        f"Reference {reference_id}: {verdict} ({basis}, "
        f"match score {support.score:.2f}); {closest}{why}"
    )
    return (
        Finding(
            rule=rule,
            severity=severity,
            message=message,
            reference_id=reference_id,
            claim_id=claim.id,
            line=line,
            field="support",
            printed=claim.sentence,
            expected=support.evidence[0][0] if support.evidence else "",
            suggestion="Check that the cited work says this, or cite the work that does.",
            evidence=tuple(sentence for sentence, _ in support.evidence),
        ),
    )
