"""A running head printed once in capitals beside its page number, and a publisher's download
stamp, are page furniture inside a hard-wrapped list, never an entry; a line in capitals
with a reference's marks or a year, and a data reference's access note, are not."""

import textwrap

from claimcheck.ingest.furniture import capitals_text, is_page_furniture
from tests.ingest.listings import entries

CHICAGO = [
    "Anderson, Benedict. Imagined Communities: Reflections on the Origin and Spread of "
    "Nationalism. Rev. ed. London: Verso, 2006.",
    "Burke, Peter. Popular Culture in Early Modern Europe. 3rd ed. Farnham: Ashgate, 2009.",
    "Darnton, Robert. The Great Cat Massacre and Other Episodes in French Cultural History. "
    "New York: Basic Books, 1984.",
    "Eisenstein, Elizabeth L. The Printing Press as an Agent of Change. 2 vols. Cambridge: "
    "Cambridge University Press, 1979.",
    "Johns, Adrian. The Nature of the Book: Print and Knowledge in the Making. Chicago: "
    "University of Chicago Press, 1998.",
    "Pettegree, Andrew. The Book in the Renaissance. New Haven, CT: Yale University Press, 2010.",
]


def test_a_capitals_head_with_its_page_number_is_no_entry() -> None:
    lines = [line for entry in CHICAGO for line in textwrap.wrap(entry, 78)]
    for head in ("PRINT AND POPULAR CULTURE 217", "218 NOTES AND BIBLIOGRAPHY"):
        found = entries([*lines[:5], head, *lines[5:]])
        assert len(found) == len(CHICAGO), found
        assert not any(head in entry for entry in found)


def test_what_a_capitals_head_is_not() -> None:
    assert is_page_furniture("PRINT AND POPULAR CULTURE 217")
    assert not is_page_furniture("WORLD BANK 2019")  # a year, no page number
    assert not is_page_furniture("SILVA, J. 2019")
    assert not is_page_furniture("UNESCO 12")  # one word: a name and a number
    assert not is_page_furniture("Okafor 14")


def test_a_download_stamp_is_furniture_and_an_access_note_is_not() -> None:
    assert is_page_furniture("Downloaded from https://academic.oup.com/ojls/article/43/2/301/"
                             "7000001 by guest on 05 May 2023")
    assert not is_page_furniture(
        "Downloaded from data.census.gov by the authors on 3 March 2020.")


# a law list one a line, its books and rules in small capitals (review of session 17)
LAW = [
    "JOHN HART ELY, DEMOCRACY AND DISTRUST 87 (1980).",
    "H.L.A. HART, THE CONCEPT OF LAW 94 (2d ed. 1994).",
    "RICHARD A. POSNER, ECONOMIC ANALYSIS OF LAW 23 (7th ed. 2007).",
    "FEDERAL RULE OF EVIDENCE 702",
    "RONALD DWORKIN, TAKING RIGHTS SERIOUSLY 22 (1977).",
    "MODEL PENAL CODE 2",
    "ALEXANDER M. BICKEL, THE LEAST DANGEROUS BRANCH 16 (1962).",
]


def test_a_list_in_capitals_keeps_its_entries_in_capitals() -> None:
    assert entries(LAW) == LAW


# a Bluebook list from a two-column PDF, its books in small capitals, wrapped at 48
BLUEBOOK = [
    "Bruce Ackerman, Revolution on a Human Scale, 108", "YALE L.J. 2279 (1999).",
    "JOHN HART ELY, DEMOCRACY AND DISTRUST: A THEORY", "OF JUDICIAL REVIEW 87 (1980).",
    "Richard H. Fallon, Jr., Legitimacy and the",
    "Constitution, 118 HARV. L. REV. 1787 (2005).",
    "BARRY FRIEDMAN, THE WILL OF THE PEOPLE: HOW",
    "PUBLIC OPINION HAS INFLUENCED THE SUPREME COURT",
    "AND SHAPED THE MEANING OF THE CONSTITUTION 14", "(2009).",
    "LARRY D. KRAMER, THE PEOPLE THEMSELVES: POPULAR",
    "CONSTITUTIONALISM AND JUDICIAL REVIEW 8 (2004).",
    "Jeremy Waldron, The Core of the Case Against",
    "Judicial Review, 115 YALE L.J. 1346 (2006).",
    "MARK TUSHNET, TAKING THE CONSTITUTION AWAY FROM", "THE COURTS 154 (1999).",
    "Keith E. Whittington, Extrajudicial",
    "Constitutional Interpretation, 80 N.C. L. REV.", "773 (2002).",
    "ALEXANDER M. BICKEL, THE LEAST DANGEROUS BRANCH:",
    "THE SUPREME COURT AT THE BAR OF POLITICS 16", "(1962).",
    "Reva B. Siegel, Constitutional Culture, Social",
    "Movement Conflict and Constitutional Change, 94", "CALIF. L. REV. 1323 (2006).",
]


def test_a_title_in_capitals_keeps_its_line_ending_on_a_page() -> None:
    found = entries(BLUEBOOK)
    assert len(found) == 10, found
    assert found[3].endswith("AND SHAPED THE MEANING OF THE CONSTITUTION 14 (2009).")


def test_a_capitals_line_before_a_bracket_is_its_entry_s() -> None:
    # one book in small capitals among entries in lower case: its date goes on below
    lines = ["Darnton, Robert. The Great Cat Massacre. New York: Basic Books, 1984.",
             "FRIEDMAN, THE WILL OF THE PEOPLE: HOW PUBLIC OPINION",
             "AND SHAPED THE MEANING OF THE CONSTITUTION 14", "(2009).",
             "PRINT AND POPULAR CULTURE 217", "Johns, Adrian. The Nature of the Book."]
    assert capitals_text(lines) == {2}


def test_initials_in_capitals_are_no_list_in_capitals() -> None:
    # a Vancouver list's lines of many authors, their initials in capitals
    lines = ["Ho TY, Ng RS, Ma EF, Li CD, Wu GH,", "PRINT AND POPULAR CULTURE 217",
             "et al. Cell. 2001;5:1-9.", "Chan PQ, Ho TY, Li CD, Ng RS, Ma EF.",
             "Gut. 2003;7:2-8."]
    assert capitals_text(lines) == set()
