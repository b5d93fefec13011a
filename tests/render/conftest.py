"""Shared fixtures for renderer tests: a small hand-built report and golden-file comparison.

Golden files live in tests/render/golden/. They are rewritten only when the environment variable
CLAIMCHECK_UPDATE_GOLDEN=1 is set (then review the diff before committing):

    CLAIMCHECK_UPDATE_GOLDEN=1 .venv/bin/pytest tests/render -q
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

import claimcheck
from claimcheck.model import (
    Author,
    Citation,
    Claim,
    Doi,
    Finding,
    Record,
    Reference,
    ReferenceResult,
    Report,
    Severity,
    Support,
    Update,
)

GOLDEN = Path(__file__).parent / "golden"
XSS_TITLE = "<img src=x onerror=alert(1)>"
SCRIPT_RAW = "López-Gil X. </script><script>alert(2)</script> <!-- Cur Neuropharmacol. 2019"


@pytest.fixture(autouse=True)
def pinned_version(monkeypatch: pytest.MonkeyPatch) -> None:
    """Golden outputs must not change with every release."""
    monkeypatch.setattr(claimcheck, "__version__", "0.0.0+test")


def _berman() -> ReferenceResult:
    doi = Doi("10.1016/s0006-3223(99)00230-9")
    ref = Reference(
        id="Berman2000", index=1, line=40, label="1", raw="Berman RM, Cappiello A, Anand A, "
        "et al. Antidepressant effects of ketamine in depressed patients. Biol Psychiatry. "
        "2000;47(4):351-354. doi:10.1016/s0006-3223(99)00230-9",
        authors=(Author("Berman", "RM"), Author("Cappiello", "A"), Author("Anand", "A")),
        et_al=True, year="2000", title="Antidepressant effects of ketamine in depressed patients",
        container="Biol Psychiatry", volume="47", issue="4", pages="351-354", doi=doi)
    record = Record(
        doi=doi, type="journal-article", title=ref.title, containers=("Biological Psychiatry",),
        short_containers=("Biol Psychiatry",), authors=(Author("Berman", "Robert M."),),
        issued_year=2000, print_year=2000, volume="47", issue="4", pages="351-354",
        updates=(Update("correction", "10.1016/j.biopsych.2000.99.001", "publisher",
                        "2000-06-01"),))
    return ReferenceResult(ref, "verified", doi, record, 0.98)


def _zarate() -> ReferenceResult:
    doi = Doi("10.1001/archpsyc.63.8.856")
    ref = Reference(
        id="Zarate2006", index=2, line=41, label="2", raw="Zarate CA Jr, Singh JB, Carlson PJ, "
        "et al. A randomized trial of an NMDA antagonist in treatment-resistant major "
        "depression. Arch Gen Psychiatry. 2006;63(8):856-864.",
        authors=(Author("Zarate", "CA", "Jr"), Author("Singh", "JB")), et_al=True, year="2006",
        title="A randomized trial of an NMDA antagonist in treatment-resistant major depression",
        container="Arch Gen Psychiatry", volume="63", issue="8", pages="856-864", doi=doi)
    record = Record(doi=doi, title=XSS_TITLE, containers=("Archives of General Psychiatry",),
                    authors=(Author("Zarate", "Carlos A."),), issued_year=2006, volume="63",
                    issue="8", pages="856")
    return ReferenceResult(ref, "mismatch", doi, record, 0.81)


def _lopez() -> ReferenceResult:
    ref = Reference(
        id="LopezGil2019", index=3, line=42, label="3", raw=SCRIPT_RAW,
        authors=(Author("López-Gil", "X"),), year="2019", title="Ketamine | *esketamine* "
        "[click](javascript:alert(3))", container="Cur Neuropharmacol", volume="17",
        doi="10.2174/1570159x17666190000000")
    return ReferenceResult(ref, "not-found", "", None, 0.0)


def _murrough() -> ReferenceResult:
    ref = Reference(
        id="Мурро2013", index=4, line=43, label="4",
        raw="Мурро Д., 王伟. 氯胺酮的抗抑郁作用 — a review. 精神医学. 2013;5:12–19.",
        authors=(Author("Мурро", "Д."), Author("王", "伟")), year="2013",
        title="氯胺酮的抗抑郁作用 — a review", container="精神医学", volume="5", pages="12–19")
    return ReferenceResult(ref, "no-doi", "", None, 0.0)


def _claims() -> tuple[Claim, ...]:
    supported = Support("supported", 0.82, "abstract",
                        (("Ketamine produced rapid antidepressant effects.", 0.82),))
    c1 = Claim("C1", "Ketamine has rapid antidepressant effects [1, 2].", "Introduction", 12,
               300, 351, (Citation("1", 343, 344, ("Berman2000",)),
                          Citation("2", 346, 347, ("Zarate2006",))), supported)
    c2 = Claim("C2", "Esketamine was approved in 2019 [3] <b>fast</b> (Smith, 2001).",
               "Discussion", 30, 900, 960,
               (Citation("3", 934, 935, ("LopezGil2019",)), Citation("Smith, 2001", 947, 958, ())),
               Support("weak", 0.31, "title"))
    return c1, c2


def _findings() -> tuple[Finding, ...]:
    return (
        Finding("title-mismatch", Severity.WARNING, "Printed title differs from the record.",
                reference_id="Zarate2006", line=41, field="title",
                printed=_zarate().reference.title, expected=XSS_TITLE),
        Finding("doi-not-found", Severity.ERROR, "DOI is not registered with Crossref.",
                reference_id="LopezGil2019", line=42, field="doi",
                printed="10.2174/1570159x17666190000000", expected="",
                suggestion="10.2174/1570159X17666191019093543 </script>"),
        Finding("doi-missing", Severity.INFO, "Crossref has a DOI for this work.",
                reference_id="Мурро2013", line=43, field="doi", printed="",
                expected="10.1234/ékéz.2013", suggestion="Add doi:10.1234/ékéz.2013"),
        Finding("citation-unresolved", Severity.ERROR, "No reference matches this citation.",
                claim_id="C2", line=30, printed="Smith, 2001"),
        Finding("claim-weak-support", Severity.INFO, "The source supports the claim weakly.",
                reference_id="LopezGil2019", claim_id="C2", line=30),
    )


def sample_report() -> Report:
    """Four references (verified, mismatch, not found, no DOI), two claims, every severity."""
    return Report(
        input="examples/demo/article.md",
        references=(_berman(), _zarate(), _lopez(), _murrough()),
        claims=_claims(), findings=_findings(), complete=True,
        parts=("references", "dois", "claims", "support"),
    )


@pytest.fixture
def report() -> Report:
    return sample_report()


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare `text` with golden/`name`; rewrite it instead when CLAIMCHECK_UPDATE_GOLDEN=1."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("CLAIMCHECK_UPDATE_GOLDEN") == "1":
            path.write_text(text, encoding="utf-8", newline="\n")
            return
        assert path.exists(), f"no golden file {name}; run with CLAIMCHECK_UPDATE_GOLDEN=1"
        assert text == path.read_text(encoding="utf-8"), f"{name} differs from its golden file"

    return check
