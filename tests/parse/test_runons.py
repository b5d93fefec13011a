"""Title runs that went on into the next field (`parse.runons`), on hand-labelled tokens."""

from __future__ import annotations

from claimcheck.parse.namesend import glued_names_out_of_title, names_out_of_title, title_start_back
from claimcheck.parse.runons import (
    journal_before_numbers,
    publisher_not_container,
    title_tail_out_of_container,
)
from claimcheck.parse.titlenotes import note_out_of_title
from claimcheck.parse.tokens import tokenize

from .conftest import relabel_with

RULES = (
    note_out_of_title,
    journal_before_numbers,
    publisher_not_container,
    title_tail_out_of_container,
    title_start_back,
)


def relabel(pieces: list[tuple[str, str]]) -> dict[str, str]:
    """The words of each label after this module's rules."""
    return relabel_with(RULES, pieces)


def test_journal_after_the_titles_last_sentence() -> None:
    out = relabel([("The problem of craters (in Russian). Kosmicheskoe Okruzhenie,", "title"),
                   ("pp. 61-68.", "pages")])
    assert out["container"] == "Kosmicheskoe Okruzhenie ,"
    assert out["title"] == "The problem of craters ( in Russian ) ."


def test_journal_after_the_last_comma_and_its_issue_cue() -> None:
    out = relabel([("The second coming, World architecture, No.", "title"), ("83,", "issue"),
                   ("2000,", "date"), ("34-37", "pages")])
    assert out["container"] == "World architecture ,"
    assert out["issue"] == "No . 83 ,"  # "No." leads the issue


def test_left_alone_without_pages_or_with_a_container() -> None:
    book = [("Sense and Sensibility, Volume Two,", "title"), ("vol. 2", "volume")]
    assert "container" not in relabel(book)
    article = [("Title words here.", "title"), ("Journal,", "container"), ("12,", "volume"),
               ("1-5", "pages")]
    assert relabel(article)["container"] == "Journal ,"


def test_an_abbreviation_a_lower_case_part_or_a_quote_is_no_journal() -> None:
    for title in ("Effects of heat on Sci. rats, in vivo,", "Effects of heat. in vivo,",
                  "Effects, 1999,", '"Effects of heat. Nature"'):
        assert "container" not in relabel([(title, "title"), ("12,", "volume"),
                                           ("1-5", "pages")]), title


def test_a_journal_printed_straight_after_a_sentence_case_title() -> None:
    for title, journal in [("the onset of colitis Immunology (", "Immunology ("),
                           ("Acupunctuur en reumatoide artritis Huisarts en wetenschap (",
                            "Huisarts en wetenschap (")]:
        out = relabel([(title, "title"), ("1997)", "date"), ("91:", "volume"),
                       ("73-80", "pages")])
        assert out["container"] == journal, title


def test_no_journal_read_out_of_a_title_in_title_case_or_german() -> None:
    for title in ("The Onset of Colitis in Mice Immunology", "zu den Eigenschaften von "
                  "Informationen Wild", "the onset of colitis in mice Immunology of the gut "
                  "and more", "the onset of colitis in mice May"):
        assert "container" not in relabel([(title, "title"), ("1997", "date"),
                                           ("91:", "volume"), ("73-80", "pages")]), title
    # pages alone (a book's, a footnote's): no journal's volume
    assert "container" not in relabel([("the onset of colitis in mice Immunology", "title"),
                                       ("1997", "date"), ("pp. 73-80", "pages")])


def test_a_books_publisher_and_place_are_no_container() -> None:
    out = relabel([("Advanced Field Theory.", "title"), ("AIP, New York", "container"),
                   ("(1993)", "date")])
    assert (out["publisher"], out["location"]) == ("AIP ,", "New York")
    out = relabel([("Quantum Fields.", "title"), ("World Scientific Publishing", "container"),
                   ("( 1991)", "date")])
    assert out["publisher"] == "World Scientific Publishing"


def test_a_journal_proceedings_or_book_in_is_left_a_container() -> None:
    for container in ("Phys. Rev., Berlin", "Proc. Workshop Optics, Paris",
                      "Nature Physics"):
        out = relabel([("Some title here.", "title"), (container, "container"),
                       ("(1993)", "date")])
        assert "publisher" not in out, container
    chapter = [("Title.", "title"), ("In Oxford Handbook, London", "container"),
               ("(1993)", "date")]
    assert "publisher" not in relabel(chapter)
    numbered = [("Title.", "title"), ("Optics Press, London", "container"), ("12", "volume")]
    assert "publisher" not in relabel(numbered)


def test_the_titles_last_sentence_is_taken_back_from_the_journal() -> None:
    out = relabel([("Heavy metals in Ulsan Bay sediments,", "title"),
                   ("East Sea, Korea. Mar. Poll. Bull.,", "container"), ("88", "volume"),
                   ("373-382", "pages")])
    assert out["container"] == "Mar . Poll . Bull . ,"
    assert out["title"].endswith("sediments , East Sea , Korea .")
    out = relabel([("Passive smoking in Hong Kong.", "title"),
                   ("Child Health Research Group (CHARG). Hum Exp Toxicol", "container"),
                   ("1999;", "date"), ("18:", "volume"), ("218-23", "pages")])
    assert out["container"] == "Hum Exp Toxicol"


def test_a_journal_with_a_stop_of_its_own_is_left_whole() -> None:
    for container in ("Nature Reviews. Cancer", "J. Phys. G. Nucl. Part. Phys.",
                      "Federal Reserve Bank of St. Louis Review",
                      "In The Best Short Stories of J. G. Ballard. New Worlds",
                      "Biochimica et Biophysica Acta. Molecular Cell Research"):
        out = relabel([("Some title here.", "title"), (container, "container"),
                       ("12,", "volume"), ("1-20", "pages")])
        assert out["title"] == "Some title here .", container
    quoted = [("“Book Rolls on Attic Vases”", "title"),
              ("Classical and Renaissance Studies in Honour. Roma", "container"),
              ("12,", "volume"), ("1-20", "pages")]
    assert relabel(quoted)["container"].startswith("Classical")


def test_a_title_in_lower_case_after_a_comma_began_earlier() -> None:
    out = relabel([("J. Yan, H. Jin, Research,", "author"),
                   ("development and innovations", "title"), ("112", "volume")])
    assert out["author"] == "J . Yan , H . Jin ,"
    assert out["title"] == "Research , development and innovations"
    out = relabel([("M. Younis and S. Ali, Bright, Dark,", "author"),
                   ("and Singular Solitons", "title"), ("25", "volume")])
    assert out["title"] == "Bright , Dark , and Singular Solitons"


def test_a_lower_case_title_after_initials_or_a_stop_is_left_alone() -> None:
    for authors, title in (("Smith, J.,", "de novo assembly"), ("Wang X, Li Y.", "cdna clones"),
                           ("Wang X, Li Y,", "cDNA clones")):
        out = relabel([(authors, "author"), (title, "title"), ("25", "volume")])
        assert out["title"] == title, authors


def test_a_note_of_how_the_work_was_given_ends_the_title() -> None:
    for note in ("talk at this conference", "plenary talk given at Lattice 2016",
                 "in preparation", "private communication"):
        out = relabel([(f"Hadron structure, {note}", "title"), ("2016", "date")])
        assert out["title"] == "Hadron structure", note
    kept = relabel([("Talks at work, in the press of time", "title"), ("2016", "date")])
    assert kept["title"] == "Talks at work , in the press of time"


def test_the_end_of_the_author_list_is_taken_back_from_the_title() -> None:
    tokens = tokenize("Svetlana Lazebnik, Cordelia Schmid, and Jean Ponce. Beyond bags of features")
    labels = ["author"] * 3 + ["title"] * (len(tokens) - 3)
    assert names_out_of_title(tokens, labels)
    assert labels[tokens.index(next(t for t in tokens if t.text == "Beyond")) - 1] == "author"
    assert labels[-1] == "title"


def test_a_title_of_names_without_a_list_is_left_alone() -> None:
    for title in ("Romeo and Juliet. A tragedy", "Alexis. The Fragments", "Hamlet, Prince. A play"):
        tokens = tokenize("Smith, J., " + title)
        labels = ["author"] * 5 + ["title"] * (len(tokens) - 5)
        assert not names_out_of_title(tokens, labels), title


def test_every_note_cue_passes_the_precheck_as_printed_in_a_title() -> None:
    # a cue the precheck misses would make note_out_of_title silently never run on it
    from claimcheck.parse.titlenotes import _NOTES, notes_printed

    for cue in _NOTES:
        assert notes_printed(" ".join(cue)), cue
        assert notes_printed(" ".join(cue).title()), cue


def test_a_vancouver_list_printed_without_spaces_is_taken_back_from_the_title() -> None:
    for text, authors in (("Harre DAyton SBush A A delicate balance: iron and the brain", 4),
                          ("Crooss JHBradbury RSFulford AJ Oral iron acutely elevates growth", 4),
                          ("Saha BC Hemicellulose bioconversion", 2),
                          ("Berg JMüller AÅberg K Iron stores in athletes", 4)):
        tokens = tokenize(text)
        labels = ["title"] * len(tokens)
        assert glued_names_out_of_title(tokens, labels), text
        assert labels == ["author"] * authors + ["title"] * (len(tokens) - authors)


def test_a_title_that_opens_with_capitals_is_left_alone() -> None:
    for text in ("Genome DNAse I hypersensitivity in mice", "Iron and cancer risk. A review",
                 "Harre DAyton SBush of the brain", "Vitamin D deficiency in children",
                 "Type II diabetes in adults", "Die KP-Nachfolgeparteien in Osteuropa",
                 "The IBM Selectric Typewriter Was Introduced",
                 "Serum TSH levels in pregnancy. Lancet", "Novel HIV vaccines in trials",
                 "Plasma LDL cholesterol in adults", "Collagen XIV Fibrils in tendon"):
        tokens = tokenize(text)
        labels = ["title"] * len(tokens)
        assert not glued_names_out_of_title(tokens, labels), text
