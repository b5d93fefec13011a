"""The journal of an entry printed without a title (`parse.untitled`), on hand-labelled
tokens."""

from __future__ import annotations

from claimcheck.parse.untitled import (
    abbreviated_title,
    book_title_whole,
    journal_without_title,
    lower_case_out_of_container,
    month_out_of_container,
    publisher_in_brackets,
)

from .conftest import relabel_with

RULES = (
    journal_without_title,
    book_title_whole,
    lower_case_out_of_container,
    publisher_in_brackets,
    month_out_of_container,
    abbreviated_title,
)


def relabel(pieces: list[tuple[str, str]]) -> dict[str, str]:
    """The words of each label after this module's rules."""
    return relabel_with(RULES, pieces)


def test_the_last_author_part_that_reads_as_a_journal_is_the_journal() -> None:
    out = relabel([("Yamada and Araki, J. Cell Science.", "author"), ("(2001)", "date"),
                   ("114:", "volume"), ("2375-2382", "pages")])
    assert (out["author"], out["container"]) == ("Yamada and Araki ,", "J . Cell Science .")
    out = relabel([("J. Pharmacol. Exp. Ther.,", "author"), ("1949,", "date"), ("96,", "volume")])
    assert out["container"] == "J . Pharmacol . Exp . Ther . ,"


def test_a_short_abbreviated_title_before_the_volume_is_the_journal() -> None:
    out = relabel([("C. Alexandrou,", "author"), ("EPJ Web Conf.", "title"), ("137,", "volume")])
    assert out["container"] == "EPJ Web Conf ."


def test_names_and_plain_titles_are_left_alone() -> None:
    for pieces in ([("Smith, J.", "author"), ("(1999)", "date"), ("12", "volume")],
                   [("Smith, J. and Wang, Li.", "author"), ("12", "volume")],
                   [("Smith J.", "author"), ("Studies of the J. Am. Chem. Soc. and its readers",
                                            "title"), ("12", "volume")],
                   [("Smith, J.", "author"), ("J. Cell Sci.", "title"), ("Nature", "container"),
                    ("12", "volume")]):
        assert relabel(pieces).get("container", "") in ("", "Nature"), pieces
        assert "container" not in relabel(pieces) or pieces[-2][1] == "container"


def test_a_books_title_cut_in_two_is_made_whole() -> None:
    out = relabel([("Tavo, Felise.", "author"), ("Woman: Into the “Ecclesial”", "title"),
                   ("Notions of the Apocalypse.", "container"), ("Massachusetts:", "location"),
                   ("Peeters Press,", "publisher"), ("2007.", "date")])
    assert "container" not in out
    assert out["title"].endswith("“ Ecclesial ” Notions of the Apocalypse .")


def test_a_books_series_chapter_or_quoted_title_keeps_its_container() -> None:
    for title, container in (("Blood and Soil.", "Bourne End,"),
                             ("“Metaphor.”", "Oxford English Dictionary."),
                             ("Kosmologische Betrachtungen", "Sitzungsber. Preuß. Akad."),
                             ("Temporal Logic", "In Advanced Software Series")):
        out = relabel([("Smith, J.", "author"), (title, "title"), (container, "container"),
                       ("Kensal Press,", "publisher"), ("1985.", "date")])
        assert "container" in out, title


def test_a_container_never_opens_in_lower_case() -> None:
    out = relabel([("Its interaction with", "title"), ("utrophin J Cell Sci", "container"),
                   ("2000;", "date"), ("113:", "volume")])
    assert (out["title"], out["container"]) == ("Its interaction with utrophin", "J Cell Sci")
    out = relabel([("Oils against S. typhimurium, S.", "title"),
                   ("aureus and L. monocytogenes. Food Control", "container"), ("18", "volume")])
    assert out["container"] == "Food Control"


def test_a_lower_case_journal_after_a_quoted_title_or_alone_is_kept() -> None:
    quoted = [("``Superprism effect,''", "title"), ("physica status solidi A", "container"),
              ("12", "volume")]
    assert relabel(quoted)["container"] == "physica status solidi A"
    alone = [("Heartbeat time series.", "title"), ("chaos", "container"), ("12", "volume")]
    assert relabel(alone)["container"] == "chaos"


def test_a_publisher_opening_the_bracket_of_place_and_year_ends_the_title() -> None:
    out = relabel([("A. Davidov,", "author"), ("Solitons in Molecular Systems (Kluwer,", "title"),
                   ("New York,", "location"), ("1991).", "date")])
    assert (out["title"], out["publisher"]) == ("Solitons in Molecular Systems", "( Kluwer ,")


def test_a_bracket_of_names_or_a_closed_one_stays_in_the_title() -> None:
    names = [("Coulomb branches (with appendices by Alexander Braverman,", "title"),
             ("Michael Finkelberg)", "location"), ("2016", "date")]
    assert "publisher" not in relabel(names)
    closed = [("Solitons (Part II) in Molecular Systems,", "title"), ("New York,", "location"),
              ("1991.", "date")]
    assert "publisher" not in relabel(closed)


def test_a_month_closing_the_journal_is_the_date() -> None:
    for month in ("janvier", "Oktober", "mayo", "Sept."):
        out = relabel([("Title.", "title"), (f"La revue de l'Infirmière, {month}", "container"),
                       ("2015,", "date"), ("207", "issue")])
        assert out["container"] == "La revue de l ' Infirmière", month
    kept = relabel([("Title.", "title"), ("Mars", "container"), ("2015,", "date")])
    assert kept["container"] == "Mars"


def test_abbreviations_the_author_run_took_open_the_journal() -> None:
    out = relabel([("Biopharm.", "author"), ("Drug Dispos.", "container"), ("19:", "volume")])
    assert ("author" not in out, out["container"]) == (True, "Biopharm . Drug Dispos .")


def test_names_before_the_journal_stay_authors() -> None:
    for authors in ("J. P. COLLMAN.", "E. J. COREY et G. SCHMIDT.", "Smith, Jos.",
                    "Wang, J. and Li, K."):
        out = relabel([(authors, "author"), ("J. Am. Chem. Soc.", "container"), ("99,", "volume")])
        assert out["container"] == "J . Am . Chem . Soc .", authors


def test_a_species_authority_in_brackets_stays_in_the_title() -> None:
    out = relabel([("Pigments of Littorina obtusata (Linnaeus,", "title"), ("1758).", "date"),
                   ("Russ J Mar Biol.", "container"), ("33", "volume")])
    assert "publisher" not in out


def test_abbreviations_read_as_a_title_before_the_journal_are_its_first_words() -> None:
    out = relabel([("M. Rot, J. Murrough et al.", "author"), ("Biol.", "title"),
                   ("Psychiatry", "container"), ("67,", "volume"), ("139-145", "pages")])
    assert "title" not in out and out["container"] == "Biol . Psychiatry"
    out = relabel([("J. Axelrod, G.", "author"), ("Hertting et al.", "title"),
                   ("Science", "container"), ("133,", "volume")])
    assert "title" not in out and out["author"] == "J . Axelrod , G . Hertting et al ."
    # a short title of whole words, or one before "In", stays a title
    for title, book in (("Lucíola.", "In Obra Completa,"), ("Gravitation.", "Phys. Rev.")):
        out = relabel([("A. Smith,", "author"), (title, "title"), (book, "container"),
                       ("1:", "volume")])
        assert out["title"] == title.replace(".", " .").rstrip(), title
    out = relabel([("Brown, A.", "author"), ("(2001).", "date"), ("Autism.", "title"),
                   ("Nat. Rev. Neurosci.,", "container"), ("2,", "volume")])
    assert out["title"] == "Autism ."
