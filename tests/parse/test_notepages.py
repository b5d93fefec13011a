"""Footnotes in other languages and styles: signal words, comments after the citation, and
the cited page decided by the list's own habits (parse/notes.py, parse/notepages.py)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string
from claimcheck.parse.notes import split_comment, split_signal


def _list(texts: list[str]) -> list:
    return list(parse_entries([RawEntry(text=t, index=i, line=i)
                               for i, t in enumerate(texts, 1)]))


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("Cfr. J. Béland, L'homme biotech", "Cfr."),
        ("Su questo punto, cfr. A. Rossi, Storia", "Su questo punto, cfr."),
        ("Voir notamment Jean Dupont, Titre", "Voir notamment"),
        ("Véase también R. Hobb, «Blood»", "Véase también"),
        ("À ce sujet, voir M. Baldo, « Coverage »", "À ce sujet, voir"),
        ("So auch Reuter u. a., Within-subject", "So auch"),
    ],
)
def test_signal_words_of_other_languages(text: str, signal: str) -> None:
    assert split_signal(text)[0] == signal


@pytest.mark.parametrize(
    ("text", "comment"),
    [
        ("D. Rosner, A Once Charitable Enterprise (Cambridge, 1982), 461, emphasis added.",
         "emphasis added"),
        ("Nehm et al. 2008, S. xxiv (eigene Übersetzung).", "eigene Übersetzung"),
        ("Bourne 2005, S. 146, mit weiteren Nachweisen.", "mit weiteren Nachweisen"),
        ("de Boer et al. 2010, p. 216, nous soulignons.", "nous soulignons"),
        ("A. Rossi, Storia, Roma 1990, p. 9, corsivo mio.", "corsivo mio"),
        ("R. Vera, Flav. Fragr. J., 8 (1993), 257–260, who argues that it failed.",
         "who argues that it failed"),
    ],
)
def test_a_comment_after_the_citation_is_kept_apart(text: str, comment: str) -> None:
    work, found = split_comment(text)
    assert found == comment
    assert comment not in work


@pytest.mark.parametrize(
    "text",
    [
        "Smith, J. (2010). A title. Journal of Things, 12(3), 45–67.",
        "Jones, A. Who argues that? Nature 12, 45–67 (2001).",
        "Lee, K. The emphasis added to reading. Lang. Teach. 4, 1-9 (1999).",
    ],
)
def test_no_comment_in_an_ordinary_reference(text: str) -> None:
    assert split_comment(text) == (text, "")


def test_the_comment_goes_to_the_notes_and_the_page_to_the_pinpoint() -> None:
    ref = parse_string("E.g., D. Rosner, A Once Charitable Enterprise: Hospitals and Health "
                       "Care in Brooklyn (Cambridge, 1982), 461, emphasis in original.")
    assert (ref.pinpoint, ref.pages, ref.notes) == ("461", "", ("emphasis in original",))


NOTES = [
    "1 Vgl. J. Béland, L'homme biotech, Presses de l'université de Laval, Laval 2006, 168.",
    "2 Ebd., S. 12.",
    "3 Vgl. auch D. Gannon und K. Gallivan, Strategies for cache management, in: Journal of "
    "Parallel and Distributed Computing 5 (1988), 587–616, S. 590.",
    "4 R. Spence, Information Visualization, Harlow 2000, 256.",
    "5 Ebd., S. 260.",
    "6 Siehe A. Rancke, The discovery of an element, in: Centaurus 19 (1976), 299–313, 304.",
]


def test_a_list_of_notes_ending_with_pages_gives_each_its_pinpoint() -> None:
    refs = _list(NOTES)
    assert [r.pinpoint for r in refs] == ["168", "12", "590", "256", "260", "304"]
    assert [r.pages for r in refs] == ["", "", "587-616", "", "", "299-313"]
    assert refs[0].title.startswith("L'homme biotech")


def test_an_articles_range_stays_its_pages_in_a_list_that_prints_range_and_page() -> None:
    refs = _list([*NOTES, "7 Vgl. B. Roth, Grammar, in: Lingua 12 (1990), 45–52."])
    assert (refs[-1].pages, refs[-1].pinpoint) == ("45-52", "")


def test_an_ordinary_list_keeps_its_pages() -> None:
    texts = ["Spence, R. Information Visualization, Harlow 2000, 256.",
             "Roth, B. Grammar. Lingua 12 (1990), 45–52, 60.",
             "Smith, J. (2010). A title. Journal of Things, 12(3), 45–67."]
    refs = _list(texts)
    assert [r.pinpoint for r in refs] == ["", "", ""]


def test_a_chapter_in_a_book_by_its_author_has_the_books_title_as_container() -> None:
    from claimcheck.parse.notes import book_author

    fields = {"author": "W. Hutton", "title": "Essay",
              "container": "W. Hutton, Collected Essays"}
    assert book_author(fields)["container"] == "Collected Essays"
    other = {"author": "W. Hutton", "container": "Journal of Things"}
    assert book_author(other) == other


def test_a_note_number_before_a_lead_in_is_the_label_after_the_list_decides() -> None:
    refs = _list(["1 Dazu ausführlich Ellenberg, Vegetation Mitteleuropas, Stuttgart 1974, "
                  "161–163.", "2 Ebd., S. 9.", "3 Vgl. Meinhardt, Muster, Berlin 2003, 59.",
                  "4 Ebd., S. 60."])
    assert (refs[0].label, refs[0].signal, refs[0].pinpoint) == ("1", "Dazu ausführlich",
                                                                  "161–163")
    assert refs[2].pinpoint == "59"


@pytest.mark.parametrize(
    ("text", "editors", "book"),
    [
        ("RK Luneburg, ‘Mathematical Theory of Optics’ in R Trebino (ed), Optical Gating "
         "(Univ California Press 1964) 27–33.", "R Trebino", "Optical Gating"),
        ("J. Ross, «The radiation regime», en W. Shurety, D. Brown (eds.) Localization of "
         "tumor, Springer, Berlin, 1981, p. 198.", "W. Shurety, D. Brown", "Localization of tumor"),
        ("Candice Nelson, ‘Elections’, in Robert Singh (ed.), Governing America (Oxford: Oxford "
         "University Press, 2003).", "Robert Singh", "Governing America"),
    ],
)
def test_a_chapter_in_a_note_ends_its_book_at_the_imprint(text: str, editors: str,
                                                          book: str) -> None:
    from claimcheck.parse.chapter import chapter_parts

    found = chapter_parts(text)
    assert (found.editors, found.book) == (editors, book)


def test_a_title_s_own_en_is_no_chapter() -> None:
    from claimcheck.parse.chapter import chapter_parts

    assert not chapter_parts("A. Pérez, La vida en Madrid (eds.), Madrid 1990.").found


@pytest.mark.parametrize(
    ("text", "name", "title", "pinpoint"),
    [
        ("S. Fujita, «Kinetics of cellular proliferation», 375–377.", "S. Fujita",
         "Kinetics of cellular proliferation", "375–377"),
        ("C. Misner – K. Thorne – J. Wheeler, Gravitation, 206.",
         "C. Misner – K. Thorne – J. Wheeler", "Gravitation", "206"),
        ("E. Bates, Language and context: The acquisition of pragmatics, 258–260.", "E. Bates",
         "Language and context: The acquisition of pragmatics", "258–260"),
    ],
)
def test_a_short_form_with_initials_first(text: str, name: str, title: str,
                                          pinpoint: str) -> None:
    from claimcheck.parse.backrefs import read_back_reference

    assert read_back_reference(text) == (name, title, pinpoint)


def test_a_french_page_word_and_a_non_breaking_hyphen() -> None:
    refs = _list(["1 Voir H. Heidtmann, « Secretion of cathepsin L », Oncol Res, 1993, 5, "
                  "pp. 441‑451, page 443.", "2 Ibid., p. 9.",
                  "3 Voir M. Heidegger, Being and Time, Oxford, Wiley-Blackwell, 1962, page 88.",
                  "4 Ibid., p. 90."])
    assert (refs[0].pinpoint, refs[2].pinpoint) == ("443", "88")


@pytest.mark.parametrize(
    ("text", "name", "pinpoint"),
    [
        ("Johannesdottir et al., 158–162.", "Johannesdottir et al.", "158–162"),
        ("Desikan/Burger/Keckler, 269.", "Desikan/Burger/Keckler", "269"),
        ("Rossi, cit., p. 12.", "Rossi", "12"),
    ],
)
def test_names_and_a_page_refer_back(text: str, name: str, pinpoint: str) -> None:
    from claimcheck.parse.backrefs import read_back_reference

    assert read_back_reference(text) == (name, "", pinpoint)


def test_oscola_first_page_then_cited_page_and_a_link_after_it() -> None:
    refs = _list(["1 See BA Wandell and JD Yeatman, ‘Biological Development of Reading "
                  "Circuits’ (2013) 23 Curr Opin Neurobiol 261, 107 "
                  "<https://doi.org/10.1016/j.conb.2012.12.005>.", "2 ibid 110.",
                  "3 See BC Hall, Lie Groups (Springer 2015) 39.", "4 ibid 40."])
    assert (refs[0].pinpoint, refs[0].doi) == ("107", "10.1016/j.conb.2012.12.005")
    assert refs[2].pinpoint == "39"


def test_words_after_the_cited_page_and_a_page_after_an_archive_shelfmark() -> None:
    refs = _list(["1 See J. Brown, Becoming Whole (Chicago: Lyceum, 2011), 231, where the "
                  "argument is made at length.", "2 Ibid., 232.",
                  "3 Cf. D. Freed, ‘Five Lectures’, 1999, Roma, Archivio Centrale dello Stato, "
                  "b. 463, p. 339.", "4 Ibid., p. 340."])
    assert (refs[0].pinpoint, refs[0].notes) == ("231", ("where the argument is made at length",))
    assert refs[2].pinpoint == "339"


def test_a_note_joining_two_works_with_et_or_ferner_is_split() -> None:
    from claimcheck.ingest.footnotes import works

    assert works("Voir aussi Robertson et Plummer, 1914, p. 154; et Johnson et al., 2008, "
                 "p. 49.") == ["Voir aussi Robertson et Plummer, 1914, p. 154.",
                               "Johnson et al., 2008, p. 49."]
    assert len(works("Dazu McDermott (2009), S. 302; ferner Barber (1992), S. 292.")) == 2
