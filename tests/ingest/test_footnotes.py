"""A footnote citing several works becomes one entry per work, only in a list of notes
(ingest/footnotes.py)."""

from __future__ import annotations

from claimcheck.ingest.footnotes import split_notes, works
from claimcheck.ingest.interface import RawEntry
from claimcheck.ingest.plaintext import split_document

TWO = ("5 Cf. E. P. Thompson, The Making of the English Working Class (London: Gollancz, "
       "1963), pp. 9–13; and Raymond Williams, Culture and Society (London: Chatto & Windus, "
       "1958).")
NOTES = [
    "1 See Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.",
    "2 Ibid., 52.",
    TWO,
    "6 Joan W. Scott, “Gender,” American Historical Review 91 (1986): 1053–75, at 1060.",
]


def _entries(texts: list[str]) -> list[RawEntry]:
    return [RawEntry(t, i + 1, 10 + i) for i, t in enumerate(texts)]


def test_a_note_citing_two_works_is_cut_between_them() -> None:
    assert works(TWO) == [
        "5 Cf. E. P. Thompson, The Making of the English Working Class (London: Gollancz, "
        "1963), pp. 9–13.",
        "Raymond Williams, Culture and Society (London: Chatto & Windus, 1958).",
    ]
    assert works("1 J. Smith, Book (Oxford: OUP, 1990), 4; see also A. Jones, Other (Paris: "
                 "Seuil, 1992).")[1] == "see also A. Jones, Other (Paris: Seuil, 1992)."
    assert len(works("1 J. Smith, Book (Oxford: OUP, 1990); Douglas, Purity, 35.")) == 2


def test_semicolons_inside_a_work_do_not_cut_it() -> None:
    for text in ["Smith J, Jones K. Title. Nature 2010; 465: 12-15.",
                 "Smith, J.; Jones, K. (2010) Title. Nature 465, 12.",
                 "J. Smith (ed.), Essays (London: Verso; New York: Norton, 1990), 4.",
                 "A. Smith, Phys. Rev. 91, 12 (1986); erratum, ibid. 92, 45."]:
        assert works(text) == [text]


def test_a_list_of_notes_is_split_and_renumbered() -> None:
    out = split_notes(_entries(NOTES))
    assert len(out) == 5
    assert [e.index for e in out] == [1, 2, 3, 4, 5]
    assert [e.line for e in out] == [10, 11, 12, 12, 13]  # both works start on the note's line
    assert out[3].text.startswith("Raymond Williams")


def test_a_list_that_is_no_list_of_notes_is_left_alone() -> None:
    physics = _entries(["[1] A. Smith, Phys. Rev. 91, 12 (1986); B. Jones, Phys. Lett. 2, 4 "
                        "(1987).", "[2] C. Brown, Nature 3, 5 (1990).",
                        "[3] D. Green, Science 4, 6 (1991)."])
    assert split_notes(physics) == tuple(physics)


def test_plain_text_notes_reach_the_parser_one_work_an_entry() -> None:
    text = "Body text.\n\nReferences\n\n" + "\n\n".join(NOTES) + "\n"
    document = split_document(text)
    assert len(document.entries) == 5
    assert document.entries[3].text.startswith("Raymond Williams, Culture and Society")


def test_one_note_like_entry_does_not_make_a_list_of_notes() -> None:
    entries = _entries([TWO, "Smith J, Jones K. Title. Nature 2010; 465: 12-15.",
                        "Brown A. Other. Science 2011; 3: 4-5."])
    assert split_notes(entries) == tuple(entries)  # one cue only: left as it is
