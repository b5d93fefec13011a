"""Back-references (ibid., op. cit., short forms): read whole, linked to the earlier work,
never searched in the registry as a work of their own (parse/backrefs.py)."""

from __future__ import annotations

import pytest

from claimcheck.compare.search import is_searchable
from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string
from claimcheck.parse.backrefs import read_back_reference

NOTES = [
    "1 Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.",
    "2 Ibid., 52.",
    "3 E. P. Thompson, The Making of the English Working Class (London: Gollancz, 1963), 9.",
    "4 Douglas, Purity and Danger, 40.",
    "5 Ibid.",
    "6 Thompson, op. cit., 12.",
    "7 Scott, “Gender,” 1060.",
]


@pytest.mark.parametrize(
    ("text", "name", "title", "pinpoint"),
    [
        ("Ibid., 52.", "", "", "52"),
        ("Ibid.", "", "", ""),
        ("Ibidem, p. 7.", "", "", "7"),
        ("Id. at 52.", "", "", "52"),
        ("Ebd., S. 52.", "", "", "52"),
        ("Thompson, op. cit., 12.", "Thompson", "", "12"),
        ("Dieter Leopold, a. a. O., S. 348", "Dieter Leopold", "", "348"),
        ("Douglas, Purity and Danger, 35.", "Douglas", "Purity and Danger", "35"),
        ("Scott, “Gender,” 1060.", "Scott", "Gender", "1060"),
    ],
)
def test_a_back_reference_is_read_whole(text: str, name: str, title: str,
                                        pinpoint: str) -> None:
    assert read_back_reference(text) == (name, title, pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        "B. Jones, ibid. 92, 45 (1987).",  # physics: ibid. is the journal
        "Ibid. 92, 45 (1987).",
        "Leach, Neil, ed. Rethinking Architecture. London: Routledge, 1997.",
        "Business Week, \"More Companies Borrow Direct,\" May 18, 1968.",
        "Aldiss, Brian. “Total Environment.” In Clem, Greenberg, and Olander, 24–65.",
        "Rost, Jürgen, Messen wird immer einfacher! In diesem Heft, S. 6-7.",
        "Knuth, D., The Art of Computer Programming, AddisonWesley, 1981.",
    ],
)
def test_full_references_are_no_back_references(text: str) -> None:
    assert read_back_reference(text) is None


def test_back_references_are_linked_to_the_work_they_repeat() -> None:
    refs = parse_entries([RawEntry(t, i + 1, i + 1) for i, t in enumerate(NOTES)])
    douglas, ibid, thompson, short, ibid2, op_cit, unknown = refs
    assert [r.kind for r in refs] == ["book", "short", "book", "short", "short", "short",
                                      "short"]
    assert ibid.refers_to == douglas.id and ibid.pinpoint == "52" and ibid.label == "2"
    assert short.refers_to == douglas.id and short.pinpoint == "40"
    assert ibid2.refers_to == douglas.id  # ibid. after a back-reference: the same work
    assert op_cit.refers_to == thompson.id
    assert unknown.refers_to == ""  # no earlier full note: kept, not invented
    assert not any(is_searchable(r) for r in refs if r.kind == "short")
    assert is_searchable(douglas)


def test_a_lone_ibid_is_no_misc_reference_to_look_up() -> None:
    ref = parse_string("4 Ibid., 52.")
    assert (ref.kind, ref.label, ref.pinpoint, ref.title, ref.authors) == (
        "short", "4", "52", "", ())
    assert not is_searchable(ref)


def test_back_references_are_left_out_of_the_bibtex() -> None:
    from claimcheck.bibtex import dumps

    refs = parse_entries([RawEntry(t, i + 1, i + 1) for i, t in enumerate(NOTES[:3])])
    text = dumps(refs)
    assert text.count("@book") == 2 and "@misc" not in text


@pytest.mark.parametrize(
    "text",
    ["100 Years of Solitude. New York: Harper, 1970.",  # a title opening with a number
     "12 Angry Men. Dir. Sidney Lumet. United Artists, 1957."],
)
def test_a_number_before_a_full_reference_is_no_note_number(text: str) -> None:
    from claimcheck.parse.backrefs import note_number

    assert note_number(text) == ("", text)


@pytest.mark.parametrize(
    "text",
    ["Weinberg S, Phys Rev Lett 19, 1264.",  # a volume and a page: no short form
     "ATLAS Collaboration, Physics Letters B 716, 1."],
)
def test_a_volume_and_a_page_are_no_short_form(text: str) -> None:
    assert read_back_reference(text) is None
    assert parse_string(text).kind != "short"


def test_a_short_form_naming_no_earlier_work_in_an_ordinary_list_is_a_work() -> None:
    from claimcheck.bibtex import dumps

    texts = ["Smith, J. (2001). Sleep and memory. Journal of Sleep, 3, 1-9.",
             "World Health Organization, Global Tuberculosis Report, 12.",
             "Brown, P. (2002). Dreams. Journal of Sleep, 4, 10-19."]
    refs = parse_entries([RawEntry(t, i + 1, i + 1) for i, t in enumerate(texts)])
    report = refs[1]
    assert (report.kind, report.title, report.pages, report.pinpoint) == (
        "misc", "Global Tuberculosis Report", "12", "")
    assert is_searchable(report)
    assert dumps(refs).count("@") == 3  # never lost from the BibTeX


def test_a_short_entry_that_refers_to_nothing_stays_in_the_bibtex() -> None:
    from claimcheck.bibtex import dumps

    refs = parse_entries([RawEntry(t, i + 1, i + 1) for i, t in enumerate(
        ["1 Ibid., 4.", "2 See Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.",
         "3 Ibid., 5."])])
    assert [(r.kind, bool(r.refers_to)) for r in refs] == [
        ("short", False), ("book", False), ("short", True)]
    assert dumps(refs).count("@") == 2  # the first "Ibid." kept, the third left out


def test_a_back_reference_matches_a_word_of_the_full_notes_family_name() -> None:
    refs = parse_entries([RawEntry(t, i + 1, i + 1) for i, t in enumerate(
        ["1 See Mary Douglas, Purity and Danger (London: Routledge, 1966), 35.",
         "2 Cf. E. P. Thompson, The Making of the English Working Class (London: Gollancz, "
         "1963), 9.", "3 Douglas, Purity and Danger, 40.", "4 Ibid., 41."])])
    assert [r.refers_to for r in refs[2:]] == [refs[0].id, refs[0].id]


@pytest.mark.parametrize("text", ["3 Jordan, 97–102 (eigene Übersetzung).",
                                  "5 Petuch, 443, Hervorhebung d. Verf.",
                                  "6 Jordan, 97–102, emphasis added."])
def test_numbered_short_form_with_a_comment_refers_back(text: str) -> None:
    # the comment after the cited page is the author's, not the work's: the note is still a
    # short form, and its number is its label
    first = RawEntry(text="1 A. Jordan, The Law of Things (Hart 2001) 12.", index=1, line=1)
    second = RawEntry(text="2 B. Petuch, Essays on Law (OUP 1999) 40.", index=2, line=2)
    refs = parse_entries([first, second, RawEntry(text=text, index=3, line=3)])
    assert (refs[2].kind, refs[2].label) == ("short", text.split()[0])
    assert refs[2].refers_to == refs[0 if "Jordan" in text else 1].id
