"""Findings name the rule, the severity, the closest source sentence and the basis."""

from claimcheck.model import Citation, Claim, Severity, Support
from claimcheck.support import support_findings

CLAIM = Claim(
    id="c3", sentence="Rapamycin raises amyloid-beta [4].", section="Introduction", line=12,
    start=0, end=34, citations=(Citation("4", 31, 32, ("r4",)),),
)
EVIDENCE = (("Rapamycin decreased amyloid-beta levels in mice.", 0.91), ("Other.", 0.2))


def test_contradicted_is_a_warning_quoting_the_evidence() -> None:
    support = Support("contradicted", 0.97, "abstract", EVIDENCE,
                      ('direction disagrees: the claim says "raises", the source "decreased"',))
    (finding,) = support_findings(CLAIM, "r4", support, line=12)
    assert (finding.rule, finding.severity) == ("claim-unsupported", Severity.WARNING)
    assert (finding.reference_id, finding.claim_id, finding.line) == ("r4", "c3", 12)
    assert "opposite" in finding.message
    assert "abstract" in finding.message
    assert '"Rapamycin decreased amyloid-beta levels in mice."' in finding.message
    assert "0.91" in finding.message
    assert finding.printed == CLAIM.sentence
    assert finding.expected == EVIDENCE[0][0]
    assert finding.evidence == (EVIDENCE[0][0], "Other.")


def test_contradicted_without_an_opposite_is_said_as_not_substantiated() -> None:
    group = "the sentence cites several works in one callout; this one may back only part of it"
    support = Support("contradicted", 0.97, "abstract", EVIDENCE, (group,))
    (finding,) = support_findings(CLAIM, "r4", support, line=12)
    assert finding.rule == "claim-unsupported"
    assert "does not appear to substantiate" in finding.message
    assert "opposite" not in finding.message
    assert finding.message.endswith(f"why: {group}")


def test_unrelated_without_evidence_says_nothing_matched() -> None:
    (finding,) = support_findings(CLAIM, "r4", Support("unrelated", 0.02, "abstract"), line=12)
    assert finding.rule == "claim-unsupported"
    assert "does not appear to discuss" in finding.message
    assert "no source sentence shares" in finding.message
    assert finding.evidence == ()


def test_a_title_alone_raises_no_finding() -> None:
    weak = Support("weak", 0.6, "title", (("Rapamycin and amyloid-beta", 0.4),))
    assert support_findings(CLAIM, "r4", weak, line=12) == ()
    unrelated = Support("unrelated", 0.05, "title", (("Tau in flies", 0.1),))
    assert support_findings(CLAIM, "r4", unrelated, line=12) == ()
    contradicted = Support("contradicted", 0.9, "abstract", (("Tau in flies", 0.1),))
    assert support_findings(CLAIM, "r4", contradicted, line=12)


def test_supported_and_unknown_give_no_findings() -> None:
    assert support_findings(CLAIM, "r4", Support("supported", 0.99, "abstract", EVIDENCE), 12) == ()
    assert support_findings(CLAIM, "r4", Support("unknown"), 12) == ()


def test_long_evidence_is_shortened_in_the_message_only() -> None:
    long_sentence = "word " * 100
    support = Support("weak", 0.6, "abstract", ((long_sentence, 0.3),))
    (finding,) = support_findings(CLAIM, "r4", support, line=12)
    assert "…" in finding.message
    assert len(finding.message) < 400
    assert finding.evidence == (long_sentence,)


def test_reasons_and_the_full_text_file_are_in_the_message() -> None:
    support = Support("contradicted", 0.9, "fulltext", EVIDENCE,
                      ('direction disagrees: the claim says "raises", the source "decreased"',))
    (finding,) = support_findings(CLAIM, "r4", support, line=12, origin="10.1_r4.pdf")
    assert "passages of your full text 10.1_r4.pdf" in finding.message
    assert finding.message.endswith(
        'why: direction disagrees: the claim says "raises", the source "decreased"')
    assert finding.evidence == (EVIDENCE[0][0], "Other.")


def test_doubtful_findings_from_the_judge_quote_evidence_and_say_why() -> None:
    """Issue 16 item 1: a finding shows its evidence sentence and reasons in words, and the
    inference-like checks (a negated direction, another population) are among them."""
    from claimcheck.support import judge, source_from_record

    source = source_from_record(
        "Aspirin and stroke in older adults",
        "We randomised 19,114 older adults to aspirin or placebo. Aspirin did not reduce the "
        "risk of stroke compared with placebo. Major bleeding was more common with aspirin.")
    said = []
    for text in ("Aspirin lowers stroke risk in children [3].",
                 "Aspirin lowered the risk of stroke in children [3].",
                 "Aspirin reduced stroke in older adults [3]."):
        support = judge(text, source)
        for finding in support_findings(CLAIM, "r4", support, line=12):
            assert f'"{support.evidence[0][0]}"' in finding.message
            assert "; why: " in finding.message
            said += support.reasons
    assert any(r.startswith(("direction disagrees", "different population")) for r in said)
