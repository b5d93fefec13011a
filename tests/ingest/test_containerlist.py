"""Session 19 seg19: a journal named by a list of capitalised words ("Handlung, Kultur,
Interpretation") with its volume and pages alone is the container of the dated entry whose
title ended the line before; names with initials and a newspaper's date stay no container."""

from claimcheck.ingest.containerline import container_alone
from tests.ingest.listings import APA, joined


def test_a_journal_named_by_a_list_goes_on_after_a_title() -> None:
    joined(APA, "Nohl, A.-M. (2001). Komparative Analyse als Forschungsstrategie.",
           "Handlung, Kultur, Interpretation, 10(1), 12-28.")
    joined(APA, "Frosh, S. (2008). Subjectivity in the clinical interview.",
           "Psychoanalysis, Culture & Society, 13(3), 316-324.")


def test_names_and_dates_are_no_listed_journal() -> None:
    assert container_alone("Psychoanalysis, Culture & Society, 13(3), 316-324.", year=False)
    assert not container_alone("Smith, J., Jones, K., 10(1), 12-28.", year=False)
    assert not container_alone("The Times, Sunday Edition, 3 May 2001, p. 4.", year=False)
    # with a year the list of words is still read as before (a newspaper's parts)
    assert not container_alone("Handlung, Kultur, Interpretation, 2001, 10(1), 12-28.")
