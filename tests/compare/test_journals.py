from __future__ import annotations

import pytest

from claimcheck.compare.journals import same_journal
from tests.compare.fakes import record


@pytest.mark.parametrize(
    ("printed", "full", "short"),
    [
        ("Br. J. Anaesth.", "British Journal of Anaesthesia", "Br J Anaesth"),
        ("Br J Anaesth", "British Journal of Anaesthesia", ""),
        ("Anesth Analg.", "Anesthesia & Analgesia", ""),
        ("Anesth. Analg.", "Anesthesia and Analgesia", ""),
        ("J. Affect Disord.", "Journal of Affective Disorders", ""),
        ("Am. J. Psychiat.", "American Journal of Psychiatry", ""),
        ("Psychopharmacology (Berl)", "Psychopharmacology", ""),
        ("Acta Physiol. (Oxf)", "Acta Physiologica", ""),
        ("Elife", "eLife", ""),
        (
            "Eur. J. Pharmacol.",
            "European Journal of Pharmacology: Molecular Pharmacology Section",
            "",
        ),
        ("Brain Res. Brain Res. Rev.", "Brain Research Reviews", ""),
        ("Proc Natl Acad Sci U S A", "Proceedings of the National Academy of Sciences", ""),
        ("PNAS", "Proceedings of the National Academy of Sciences", ""),
        ("The Journal of Neuroscience", "Journal of Neuroscience", ""),
        ("Journal of Nervous and Mental Disease", "", "J. Nerv. Ment. Dis."),
    ],
)
def test_same_journal(printed: str, full: str, short: str) -> None:
    rec = record(containers=(full,) if full else (), short_containers=(short,) if short else ())
    assert same_journal(printed, rec) is True


@pytest.mark.parametrize(
    ("printed", "full", "short"),
    [
        ("Br. J. Anaesthesiol.", "British Journal of Anaesthesia", "Br J Anaesth"),
        ("J. Neurosci.", "Neuroscience", ""),
        ("Mol. Psychiatry", "Translational Psychiatry", "Transl Psychiatry"),
        ("Nature", "Science", ""),
    ],
)
def test_different_journal(printed: str, full: str, short: str) -> None:
    rec = record(containers=(full,), short_containers=(short,) if short else ())
    assert same_journal(printed, rec) is False


def test_nothing_to_compare() -> None:
    assert same_journal("", record()) is None
    assert same_journal("Nature", record(containers=(), short_containers=())) is None
