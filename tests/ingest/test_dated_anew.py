"""In a hard-wrapped author-date list, a line that opens with an author element and its
bracketed year, then a title, after a dated entry's last line ended as entries end, starts
an entry (an organisation with words in lower case, "Department for Education (2019)");
an imprint that ends on its year ("Springer, Heidelberg (2004)") and a line after an
editor's initials do not."""

import textwrap

from claimcheck.ingest.authorhead import HEAD_BRACKET_YEAR
from tests.ingest.listings import entries

HARVARD = [
    "Beck, U. (1992) Risk society: towards a new modernity. London: Sage.",
    "Bourdieu, P. (1984) Distinction: a social critique of the judgement of taste. Translated "
    "by R. Nice. London: Routledge & Kegan Paul.",
    "Castells, M. (2010) The rise of the network society. 2nd edn. Chichester: Wiley-Blackwell.",
    "Department for Education (2019) Keeping children safe in education. London: DfE.",
    "Giddens, A. (1991) Modernity and self-identity: self and society in the late modern age. "
    "Cambridge: Polity Press.",
    "Goffman, E. (1959) The presentation of self in everyday life. New York: Doubleday.",
    "Office for National Statistics (2021) Census 2021: first results. Available at: "
    "https://www.ons.gov.uk/census (Accessed: 3 February 2023).",
    "Putnam, R.D. (2000) Bowling alone: the collapse and revival of American community. New "
    "York: Simon & Schuster.",
    "Skeggs, B. (1997) Formations of class and gender: becoming respectable. London: Sage.",
    "Young, M. (1958) The rise of the meritocracy, 1870–2033: an essay on education and "
    "equality. London: Thames & Hudson.",
]


def test_an_organisation_and_its_year_after_a_whole_entry_starts_one() -> None:
    lines = [line for entry in HARVARD for line in textwrap.wrap(entry, 96)]
    found = entries(lines)
    assert len(found) == len(HARVARD), found
    assert found[3].startswith("Department for Education (2019)")


def test_an_imprint_ending_on_its_year_or_a_volume_is_no_author_element() -> None:
    # the pattern the rule reads (the rule also wants the line before ended as entries end)
    head = HEAD_BRACKET_YEAR
    assert head.match("Department for Education (2019) Keeping children safe.")
    assert head.match("Smith, J. and Jones, K. (2001). The title")
    assert not head.match("Springer, Heidelberg (2004)")
    assert not head.match("Arch Pharm Res (2000) 23:605-611.")
    assert not head.match("vol. 3237 (2004). Springer")
    assert not head.match("Reprinted in Jones, K. (2005). Collected papers. Oxford: OUP.")
    assert not head.match("Originally published as Freud, S. (1900) Die Traumdeutung.")
