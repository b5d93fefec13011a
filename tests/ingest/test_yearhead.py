"""Session 19 seg19: an author-date entry cut right after its author element ("Stinchcombe,
Arthur." / "(1968). Constructing ...") goes on, and so does the work after names and their
role alone ("Czubiński, Antoni (Red.)." / "Józef Piłsudski ... 1988."); a year-first line
after a dated entry (the same author again) or after a title's rest or an imprint stays
apart."""

from claimcheck.ingest.yearhead import author_alone
from tests.ingest.listings import APA, apart, joined


def test_an_author_alone_goes_on_with_its_year_and_title() -> None:
    joined(APA, "Whitfield, Eleanor.", "(1968). Constructing social theories. Harcourt.")
    joined(APA, "Markowitz, A. S. (ed.)", "(1982): The economy of a region. New York: Norton.")
    joined(APA, "European Values Study.", "(2015). Values survey round 4. Tilburg: EVS.")
    joined(APA, "Statistisches Landesamt", "2008: Bevölkerungsbewegung, Reihe 1. Stuttgart.")


def test_an_author_and_role_alone_go_on_with_their_work() -> None:
    joined(APA, "Czubiński, Antoni (Red.).", "Józef Piłsudski i jego legenda. Warszawa 1988.")
    # a dated entry of its own opens as entries do
    apart(APA, "Czubiński, Antoni (Red.).", "World Bank (2001). Poland: Reform. Washington.")


def test_a_year_first_line_after_a_whole_entry_or_a_rest_stays_apart() -> None:
    # the same author again after a dated entry
    apart(APA, "Weber, M. (1921). Economy and society. Mohr.",
          "(1922). Collected essays. Mohr.")
    # a title's rest or an imprint is no author
    apart(APA, "A Comparative Analysis, Ann Arbor.", "(1998). The ecology of voting. Sage.")
    apart(APA, "Washington, D.C., Island Press.", "(2001): Organized labor. Norton.")


def test_an_author_alone_has_no_title() -> None:
    assert author_alone("Stinchcombe, Arthur.")
    assert author_alone("5. Kuznetsova, T. Yu.")
    for text in ("Plato. Republic.", "The Odyssey.", "Smith, J. 2001.", "Jones, K. and",
                 "New York: Norton.", "Cambridge University Press."):
        assert not author_alone(text), text
