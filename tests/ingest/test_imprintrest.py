"""Session 20 seg22: in an author-date list whose entries carry a source after their title, an
entry cut right after its title ("Names (Year). Title.") or on a bare word goes on with a line
that is its imprint alone ("Cambridge, MA.", "Berlin: Weißensee.", "– Stanford, CA."); a
title-first entry without a year ending on an imprint, a law, an archive's file, a line
opening with names stays an entry. And a line of names and year alone whose given names are
two ("Warner, John Harley (1997a).", "Rogers, Everett M. (2003).") keeps its title line."""

from claimcheck.ingest.entrycut import names_and_year
from tests.ingest.listings import APA, apart, joined

CUT = "Lindqvist, M. (2003). Memory and the market."


def test_a_title_goes_on_with_its_imprint_alone() -> None:
    joined(APA, CUT, "Cambridge, MA.")
    joined(APA, CUT, "Berlin: Weißensee.")
    joined(APA, CUT, "– Stanford, CA.")
    joined(APA, "Hartmann, P. (1999): Lebensstile und soziale Lagen.", "Opladen: Leske + Budrich.")


def test_an_undated_entry_after_a_title_stays_an_entry() -> None:
    # title-first entries without a year, whose imprint follows a title
    apart(APA, CUT,
          "The Holy Bible, New Revised Standard Version. New York: Oxford University Press.")
    apart(APA, CUT, "Beowulf. London: Penguin.")
    # names first, an archive's file, a law, a link
    apart(APA, CUT, "Miller, K. Essays. London: Sage.")
    apart(APA, CUT, "Stadtarchiv Köln, Bestand 902, Akte 12.")
    apart(APA, CUT, "Grundgesetz, Art. 5, Bonn.")
    apart(APA, CUT, "World Bank: www.worldbank.org.")


def test_names_and_year_alone_with_two_given_names() -> None:
    assert names_and_year("Warner, John Harley (1997a).")
    assert names_and_year("Rogers, Everett M. (2003).")
    assert not names_and_year("Homer, Tradition und Neuerung (1979).")
    joined(APA, "Warner, John Harley (1997a).",
           "The therapeutic perspective. Cambridge: Harvard UP.")


def test_a_person_whose_family_name_is_a_place_stays_an_entry() -> None:
    # (the review of seg22: "Paris, Matthew" and "Berlin, Isaiah, and Bernard Williams" are
    # persons, not an imprint)
    apart(APA, CUT, "Paris, Matthew, Chronica majora.")
    apart(APA, CUT, "Berlin, Isaiah, and Bernard Williams.")
    joined(APA, CUT, "Paris, Gallimard.")
