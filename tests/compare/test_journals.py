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


@pytest.mark.parametrize(
    ("printed", "full"),
    [
        ("Pnas", "Proceedings of the National Academy of Sciences"),
        ("PNAS", "Proceedings of the National Academy of Sciences of the United States of America"),
        ("JAMA", "Journal of the American Medical Association"),
        ("BMJ", "British Medical Journal"),
        ("NEJM", "The New England Journal of Medicine"),
        ("Proceedings of the National Academy of Sciences", "PNAS"),  # the record's acronym
    ],
)
def test_acronyms_are_the_initials_of_the_journal(printed: str, full: str) -> None:
    assert same_journal(printed, record(containers=(full,), short_containers=())) is True


@pytest.mark.parametrize(
    ("printed", "full"),
    [
        ("JAMA", "Journal of the American Chemical Society"),
        ("Gut", "Genes Under Test"),  # a word is not read as three initials
        ("BMJ", "Journal of Bone and Mineral Research"),
    ],
)
def test_other_initials_are_other_journals(printed: str, full: str) -> None:
    assert same_journal(printed, record(containers=(full,), short_containers=())) is False
