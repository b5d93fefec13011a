"""Session 22 seg26: in a dated one-a-line list, a line of names alone that stops on a given
name ("Smith, John, and Mary") was cut before the family name, which opens the next line
with the year ("Jones. 1990. ..."): one entry. A line not of names alone, a family name on
the line, or a next line without a year stay apart."""

from tests.ingest.listings import apart, joined
from tests.ingest.test_englishadjective import CHICAGO

WHOLE = CHICAGO[:7]


def test_names_cut_after_a_given_name_go_on() -> None:
    joined(WHOLE, "Abel, Martin, and Susan",
           "Carver. 2004. Family Farms in the Prairie. Regina: Plains Research Center.")
    joined(WHOLE, "Michael Norris and David", "Owens (2009) Regional Policy. London: Sage.")
    joined(WHOLE, "Cole, Andrew, Helen Dwyer, and Peter",
           "Franks. 2011. Teachers and Their Unions. Boston: Beacon Press.")


def test_other_lines_stay_apart() -> None:
    from claimcheck.ingest.forenamecut import given_name_end

    assert given_name_end("Smith, John, and Mary")
    assert given_name_end("John")
    assert not given_name_end("Smith, John, and Mary Jones")  # a family name last
    assert not given_name_end("Smith, John. 1990. Letters to Mary")  # a year, a title
    apart(WHOLE, "Lambert, Susan. 2001. Work and Welfare. London: Routledge.",
          "Mary. 2003. A Life. London: Verso.")
