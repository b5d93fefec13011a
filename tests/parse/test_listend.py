"""Where a given-name-first author list ends and the title begins, and a journal's first
abbreviations read out of a title printed without a stop (`parse.namesend`,
`parse.boundaries`), on hand-labelled tokens."""

from __future__ import annotations

from claimcheck.parse.boundaries import title_and_container
from claimcheck.parse.listend import ends_after_the_last_and, quoted_title_in_authors
from claimcheck.parse.tokens import tokenize

from .conftest import relabel_with


def _after(rule, pieces: list[tuple[str, str]]) -> dict[str, str]:  # type: ignore[no-untyped-def]
    return relabel_with((rule,), pieces)


def test_the_title_after_the_name_after_the_last_and() -> None:
    out = _after(ends_after_the_last_and, [
        ("M. Cacciari, G.P. Salam and G. Soyez, FastJet User Manual,", "author"),
        ("Eur. Phys. J. C", "container"), ("72", "volume")])
    assert out["author"] == "M . Cacciari , G . P . Salam and G . Soyez ,"
    assert out["title"] == "FastJet User Manual ,"


def test_the_title_start_after_the_last_initials_first_name() -> None:
    out = _after(ends_after_the_last_and, [("M. Younis and S. Ali, Bright,", "author"),
                                           ("Dark, and Singular Solitons,", "title"),
                                           ("Waves in Random Media", "container")])
    assert out["title"] == "Bright , Dark , and Singular Solitons ,"
    out = _after(ends_after_the_last_and, [("P. DuVal, Homographies,", "author"),
                                           ("Quaternions and Rotations", "title"),
                                           ("(Clarendon Press, Oxford, 1964).", "publisher")])
    assert out["author"] == "P . DuVal ,"
    assert out["title"] == "Homographies , Quaternions and Rotations"


def test_a_title_less_entrys_journal_after_the_list() -> None:
    out = _after(ends_after_the_last_and, [
        ("J. Rowlette and M. J. Baker, Spectroscopy Europe,", "author"), ("2014,", "date"),
        ("26,", "volume"), ("14-19.", "pages")])
    assert out["container"] == "Spectroscopy Europe ,"
    assert "title" not in out


def test_lists_that_go_on_are_left_alone() -> None:
    for pieces in (
        [("Smith, J. and Jones, K., Title words,", "author"), ("Nature", "container")],
        [("A. Smith and B. Jones, Eds.,", "author"), ("A Book", "title")],
        [("A. Smith and B. Jones, Jr.,", "author"), ("A Book", "title")],
        [("A. Smith, B. Jones, C. Brown,", "author"), ("A Book", "title")],
        [("A. Smith, Bob Jones, C. Brown,", "author"), ("A Book", "title")],
        [("B. B. Clyde Edgar, Frank Czopek,", "author"), ("“A resolution,”", "title")],
    ):
        text = " ".join(piece for piece, _ in pieces)
        labels = [label for piece, label in pieces for _ in tokenize(piece)]
        assert not ends_after_the_last_and(tokenize(text), labels), text


def test_a_quote_opening_in_the_author_run_opens_the_title() -> None:
    out = _after(quoted_title_in_authors, [("H. Clarke, ‘Parry and Homer.", "author"),
                                           ("The aesthetics of oral composition’,", "title")])
    assert out["author"] == "H . Clarke ,"
    assert out["title"].startswith("‘ Parry and Homer . The aesthetics")


def test_an_apostrophe_or_an_unclosed_quote_in_the_authors_is_left_alone() -> None:
    for pieces in ([("O'Brien, K., Smith, J.", "author"), ("A title", "title")],
                   [("Smith, J., ‘Nick’ Jones.", "author"), ("A title", "title")]):
        text = " ".join(piece for piece, _ in pieces)
        labels = [label for piece, label in pieces for _ in tokenize(piece)]
        assert not quoted_title_in_authors(tokenize(text), labels), text


def _boundary(pieces: list[tuple[str, str]]) -> dict[str, str]:
    text = " ".join(piece for piece, _ in pieces)
    tokens = tokenize(text)
    labels = [label for piece, label in pieces for _ in tokenize(piece)]
    title_and_container(tokens, labels, text)
    out: dict[str, str] = {}
    for token, label in zip(tokens, labels, strict=True):
        out[label] = f"{out.get(label, '')} {token.text}".strip()
    return out


def test_a_journals_abbreviations_after_an_unstopped_title() -> None:
    out = _boundary([("Gaberdiel M R and Kausch H G", "author"), ("1996", "date"),
                     ("Indecomposable fusion products Nucl.", "title"), ("Phys. B", "container"),
                     ("477", "volume"), ("293-318", "pages")])
    assert out["title"] == "Indecomposable fusion products"
    assert out["container"] == "Nucl . Phys . B"
    out = _boundary([("Milas A", "author"), ("2008", "date"),
                     ("From percolation to field theory Commun.", "title"),
                     ("Math. Phys.", "container"), ("277", "volume")])
    assert out["container"] == "Commun . Math . Phys ."


def test_a_title_closing_on_a_name_before_the_journal_is_left_alone() -> None:
    for title, journal in (("The Endothelium in Sepsis.", "Shock."),
                           ("Gene expression in Drosophila.", "Dev. Biol."),
                           ("Stroke incidence in Kenya.", "J. Epidemiol."),
                           ("Bulbs of Allium sativum L.", "Chem. Pharm. Bull.")):
        out = _boundary([("Smith J.", "author"), (title, "title"), (journal, "container"),
                         ("45", "volume")])
        assert out["title"].replace(" .", ".") == title, title


def test_a_family_names_initials_that_open_the_title_are_its() -> None:
    from claimcheck.parse.listend import initials_out_of_title

    out = _after(initials_out_of_title, [("Breiman, L., Olshen, R., Stone,", "author"),
                                         ("C. Classification and Regression Trees", "title")])
    assert out["author"] == "Breiman , L . , Olshen , R . , Stone , C ."
    assert out["title"] == "Classification and Regression Trees"
    out = _after(initials_out_of_title, [("Bleicher, M. & Schaffner-Bielich,", "author"),
                                         ("J. Anomalous kicks", "title")])
    assert out["title"] == "Anomalous kicks"


def test_a_species_or_an_initials_ended_list_keeps_its_title() -> None:
    from claimcheck.parse.listend import initials_out_of_title

    for pieces in ([("Smith, J., Jones, K.,", "author"), ("E. coli infections", "title")],
                   [("Smith J,", "author"), ("E. coli infections", "title")],
                   [("Smith, J., Jones,", "author"), ("X. laevis oocytes", "title")]):
        text = " ".join(piece for piece, _ in pieces)
        labels = [label for piece, label in pieces for _ in tokenize(piece)]
        assert not initials_out_of_title(tokenize(text), labels), text


def test_an_unstopped_lists_last_words_and_year_opening_the_title() -> None:
    from claimcheck.parse.listend import year_out_of_title

    out = _after(year_out_of_title, [("Cardy", "author"),
                                     ("J 1999 Logarithmic correlations", "title")])
    assert out == {"author": "Cardy J", "date": "1999", "title": "Logarithmic correlations"}
    out = _after(year_out_of_title, [("Chiba, Nakanishi,", "author"),
                                     ("Fukuda & Yata 1991 A new species", "title")])
    assert out["author"] == "Chiba , Nakanishi , Fukuda & Yata"
    assert out["title"] == "A new species"


def test_a_year_inside_a_title_or_after_a_dated_list_is_left_alone() -> None:
    from claimcheck.parse.listend import year_out_of_title

    for pieces in ([("ATLAS Collaboration,", "author"),
                    ("ATLAS Computing Acknowledgements 2016-2017", "title")],
                   [("Smith, J.", "author"), ("(2001).", "date"),
                    ("Events of 1999 Revisited", "title")],
                   [("Smith J", "author"), ("The Big 1999 Storm", "title")]):
        text = " ".join(piece for piece, _ in pieces)
        labels = [label for piece, label in pieces for _ in tokenize(piece)]
        assert not year_out_of_title(tokenize(text), labels), text


def test_full_names_after_an_initials_first_name_stay_authors() -> None:
    for pieces in (
        [("S. Hochreiter, Jürgen Schmidhuber,", "author"), ("Long Short-Term Memory,", "title"),
         ("Neural Comput.", "container"), ("9,", "volume")],
        [("J. Smith, Mary Jones, Karen Lee,", "author"), ("Deep learning for vision,", "title")],
        [("Y. Li, Wei Zhang,", "author"), ("Graph neural networks,", "title")],
        [("J. Smith, Mary Jones, “", "author"), ("Deep learning,”", "title")],
    ):
        text = " ".join(piece for piece, _ in pieces)
        labels = [label for piece, label in pieces for _ in tokenize(piece)]
        assert not ends_after_the_last_and(tokenize(text), labels), text


def test_a_quote_inside_a_name_is_not_the_titles() -> None:
    for name, quote in (("G. 't Hooft,", "'"), ("W. J. 's Jacob,", "'"),
                        ("A. 'Abd al-Rahman,", "'"), ('L. "Bud" Abbott,', '"')):
        out = _after(quoted_title_in_authors, [(f"{name} {quote}", "author"),
                                               (f"A study of names{quote},", "title")])
        assert out["author"] == " ".join(t.text for t in tokenize(name)), name
        assert out["title"].startswith(f"{quote} A study"), name


def test_a_stop_ended_list_keeps_a_title_that_opens_with_a_year() -> None:
    from claimcheck.parse.listend import year_out_of_title

    out = _after(year_out_of_title, [("Smith, J.", "author"),
                                     ("Vienna 1900 Art Architecture and Design.", "title")])
    assert out["author"] == "Smith , J ."


def test_a_title_ending_on_a_short_name_keeps_it_before_the_abbreviations() -> None:
    for title, journal in (("Smoking prevalence in Israel.", "Isr. Med. Assoc. J."),
                           ("Stroke incidence in Japan.", "J. Epidemiol."),
                           ("Regulation of apoptosis by Akt.", "J. Biol. Chem."),
                           ("Letters from Freud.", "Int. J. Psychoanal.")):
        for date in ([("(2012).", "date")], []):
            out = _boundary([("Cohen A, Levi B.", "author"), *date, (title, "title"),
                             (journal, "container"), ("14", "volume")])
            assert out["title"].replace(" .", ".") == title, title


def test_an_unstopped_title_after_a_lettered_year_gives_the_abbreviations_back() -> None:
    out = _boundary([("Ahmed S and Radiman S", "author"), ("2013b", "date"),
                     ("Clusterization in alpha-decay Rom.", "title"), ("Rep. Phys.", "container"),
                     ("65", "volume")])
    assert out["container"] == "Rom . Rep . Phys ."
