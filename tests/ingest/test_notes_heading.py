"""A "Notes" heading finds the list only when no reference list is headed and the notes
cite works."""

import pytest

from claimcheck.ingest import InputError
from claimcheck.ingest.plaintext import split_document

BODY = """# Gender and history

Scott's essay changed the field.1 Its reception was uneven,2 and later work returned to it.3

"""
# humanities endnotes: works cited given name first, back-references without a year between
NOTES = """Notes

1 Joan W. Scott, "Gender: A Useful Category of Historical Analysis," American Historical
  Review 91, no. 5 (1986): 1053-75.
2 Ibid., 1060.
3 See Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.
4 Douglas, Purity and Danger, 40.
5 Raymond Williams, Culture and Society (London: Chatto & Windus, 1958), 12.
6 Ibid., 14.
"""
REFERENCES = """References

Douglas, M. (1966). Purity and danger. London: Routledge.
Scott, J. W. (1986). Gender: A useful category of historical analysis. AHR, 91(5), 1053-1075.
Williams, R. (1958). Culture and society. London: Chatto & Windus.
"""
REMARKS = """Notes

1 The archive was consulted in the spring, by kind permission of its keepers.
2 Translations are my own unless stated otherwise.
3 Spelling has been modernised throughout, and names are given as the sources print them.
"""


def _starts(text: str) -> list[str]:
    return [e.text.split(" (")[0].split(",")[0] for e in split_document(text).entries]


@pytest.mark.parametrize("heading", ["Notes", "## Endnotes", "Anmerkungen", "Notes and References"])
def test_an_article_with_notes_only_gets_its_notes(heading: str) -> None:
    document = split_document(BODY + NOTES.replace("Notes", heading, 1))
    assert [e.text[:2] for e in document.entries] == ["1 ", "2 ", "3 ", "4 ", "5 ", "6 "]
    assert document.body == BODY
    assert document.references_line == BODY.count("\n") + 1


def test_notes_then_references_gets_the_references() -> None:
    assert _starts(BODY + NOTES + "\n" + REFERENCES) == ["Douglas", "Scott", "Williams"]


def test_references_then_notes_gets_the_references() -> None:
    document = split_document(BODY + REFERENCES + "\n" + NOTES)
    assert [e.text.split(",")[0] for e in document.entries] == ["Douglas", "Scott", "Williams"]


def test_notes_of_plain_remarks_are_no_list() -> None:
    with pytest.raises(InputError, match="no reference list"):
        split_document(BODY + REMARKS)


def test_a_list_without_heading_after_the_notes_wins() -> None:
    unheaded = REFERENCES.replace("References\n\n", "")
    text = BODY + NOTES + "\n## Conclusion\n\nThe field moved on.\n\n" + unheaded
    assert _starts(text) == ["Douglas", "Scott", "Williams"]
