"""Footnotes in other languages and styles: signal words, comments after the citation, and
the cited page decided by the list's own habits (parse/notes.py, parse/notepages.py)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string
from claimcheck.parse.notecomment import split_comment
from claimcheck.parse.notes import split_signal


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
    from claimcheck.parse.notefields import book_author

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


def test_a_bibliography_with_signal_words_keeps_a_single_pages_article() -> None:
    refs = _list([
        'Abbott, Andrew. "Things of Boundaries." Social Research 62, no. 4 (1995): 857.',
        "See also Abbott, Andrew. Time Matters. Chicago: University of Chicago Press, 2001.",
        'Cf. Sewell, William H. "The Concept(s) of Culture." In Beyond the Cultural Turn, '
        "edited by Victoria E. Bonnell, 35–61. Berkeley: University of California Press, 1999.",
        'Calhoun, Craig. "Comment." American Journal of Sociology 98, no. 2 (1992): 419.',
        "Berlant, L. (2007) 'Slow death', Critical Inquiry, 33(4), p. 754.",
        "Tilly, Charles. Durable Inequality. Berkeley: University of California Press, 1998."])
    assert [(r.pages, r.pinpoint) for r in refs if r.volume] == [
        ("857", ""), ("419", ""), ("754", "")]


def test_a_proceedings_paper_with_one_page_among_ranges_keeps_it() -> None:
    refs = _list([
        '[1] K. He and J. Sun, "Deep residual learning," in Proc. IEEE Conf. CVPR, 2016, '
        "pp. 770–778.",
        '[2] See also J. Deng et al., "ImageNet," in Proc. CVPR, 2009, pp. 248–255.',
        '[3] D. P. Kingma and J. Ba, "Adam," in Proc. ICLR, 2015, p. 1.',
        '[4] A. Vaswani et al., "Attention," in Proc. NeurIPS, 2017, pp. 5998–6008.',
        '[5] Cf. R. Girshick, "Fast R-CNN," in Proc. ICCV, 2015, pp. 1440–1448.',
        "[6] Ibid., p. 1442."])
    assert (refs[2].pages, refs[2].pinpoint) == ("1", "")


def test_german_legal_notes_keep_the_first_page_and_cite_the_last() -> None:
    refs = _list(["1 Vgl. Larenz, Methodenlehre der Rechtswissenschaft, 1995, S. 45.",
                  "2 Ebd., S. 47.", "3 Canaris, JZ 1993, 377, 380.",
                  "4 Flume, AcP 161 (1962), 52, 60.", "5 Ebd., S. 61."])
    assert [(r.pages, r.pinpoint) for r in refs[2:4]] == [("377", "380"), ("52", "60")]


def test_an_oscola_article_keeps_its_first_page_not_its_volume() -> None:
    refs = _list(["1 Hazel Genn, 'Judging Civil Justice' (2008) 67 CLJ 1, 12.", "2 ibid 13.",
                  "3 Tony Weir, 'The Staggering March' (1998) 114 LQR 561, 565.", "4 ibid 566."])
    assert [(r.pages, r.pinpoint) for r in (refs[0], refs[2])] == [("1", "12"), ("561", "565")]


def test_italian_ivi_refers_back() -> None:
    refs = _list(["1. Cfr. G. Verdi, Teatro e musica, Milano, Ricordi, 1985, p. 40.",
                  "2. Ivi, p. 41.", "3. Cfr. U. Eco, Opera aperta, Milano, Bompiani, 1962, p. 9."])
    assert (refs[1].kind, refs[1].authors, refs[1].pinpoint) == ("short", (), "41")
    assert refs[1].refers_to == refs[0].id


def test_names_and_a_page_in_an_ordinary_list_are_a_work_and_no_cue() -> None:
    from claimcheck.parse.notelist import reference_cue

    refs = _list(["Abbott, A. (1995). Things of boundaries. Social Research, 62(4), 857.",
                  "Johannesdottir et al., 158–162.",
                  "Martin, R. (2017). Sleep and memory. Nature, 18, 1."])
    assert (refs[1].kind, refs[1].pages, refs[1].pinpoint) == ("misc", "158-162", "")
    assert not reference_cue(parse_string("Johannesdottir et al., 158–162."))
    assert reference_cue(parse_string("Douglas, op. cit., 35."))
