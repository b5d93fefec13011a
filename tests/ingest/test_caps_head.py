"""A running head printed once in capitals beside its page number, and a publisher's download
stamp, are page furniture inside a hard-wrapped list, never an entry; a line in capitals
with a reference's marks or a year, and a data reference's access note, are not."""

import textwrap

from claimcheck.ingest.furniture import is_page_furniture
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
