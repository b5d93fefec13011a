"""German law's short citation of an article (parse/lawjournals.py) and a page's word read
as a journal (parse/notenumbers.page_cue_out)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries, parse_string


@pytest.mark.parametrize(
    ("text", "authors", "container", "year"),
    [
        ("Larenz, NJW 1985, 1234.", ["Larenz"], "NJW", "1985"),
        ("Vgl. Canaris, JZ 1987, 993, 995.", ["Canaris"], "JZ", "1987"),
        ("Murty/Ladha, Plan Soil 1988, 281 (12).", ["Murty", "Ladha"], "Plan Soil", "1988"),
        ("Frazier u. a., BMC Genom. 2016, 892 (41).", ["Frazier"], "BMC Genom.", "2016"),
    ],
)
def test_names_journal_year_and_page(text: str, authors: list[str], container: str,
                                     year: str) -> None:
    ref = parse_string(text)
    assert [a.family for a in ref.authors] == authors
    assert (ref.container, ref.year, ref.title, ref.kind) == (container, year, "", "article")


def test_a_numbered_note_of_slashed_names() -> None:
    ref = parse_entries([RawEntry("7 Bailey/Zanders, Drug Discovery Today 2008, (412).", 7, 0)])[0]
    assert (ref.label, ref.container) == ("7", "Drug Discovery Today")


@pytest.mark.parametrize(
    "text",
    [
        "Molden, Dweck 2006, 236.",  # two names, author-date
        "Harrington, A. 1987.",  # initials
        "Vgl. Habermas, Faktizität und Geltung 1992, 12.",  # a book's short title
        "Schmidt, Geschichte 1990, S. 12.",  # a page word: a book
        "Müller u. a., Angew. Chem. 2001, 40, 1234.",  # year, volume, page
        "Roxin, Strafrecht AT I 2006, 12.",  # an acronym closing a book's short title
        # after slashes or "u. a.", words with no journal's look and one page: a book's short
        # title as likely (lost with them: "Rollins u. a., Science 2012, 1210")
        "Larenz/Wolf, Allgemeiner Teil 2004, 123.",
        "Medicus/Petersen, Bürgerliches Recht 2019, 45.",
        "Meier u. a., Handbuch Europarecht 2010, 12.",
        "Spiegel/Focus, Medienanalyse 2010, 12.",
    ],
)
def test_no_law_journal_read(text: str) -> None:
    from claimcheck.parse.lawjournals import year_journal

    assert year_journal({"author": "x"}, text.removeprefix("Vgl. ")) == {"author": "x"}


def test_a_page_word_is_no_journal() -> None:
    ref = parse_string("Lacraz/Nicod/Galve-de Rochemonteix/Baumberger/Dayer/Welgus (1992), "
                       "S. 373–374.")
    assert ref.container == ""


def test_a_single_name_and_initials_before_a_journal_stay_the_authors() -> None:
    from claimcheck.parse.lawjournals import year_journal

    text = "Hartley, P. Molecular Ecology 2010, 19, 1001–1010."
    assert year_journal({"author": "x"}, text) == {"author": "x"}


@pytest.mark.parametrize(
    ("text", "title", "container"),
    [
        ("Jiang/Chen/Duan, Electrospun nanofiber reinforced composites: a review, Polym. Chem. "
         "2018, 2685–2720.", "Electrospun nanofiber reinforced composites: a review",
         "Polym. Chem."),
        ("Li/Shi/Zeng, Improved desalination properties of composites for membrane distillation, "
         "Sep. Purif. Technol. 2020, 115889", "Improved desalination properties of composites "
         "for membrane distillation", "Sep. Purif. Technol."),
    ],
)
def test_an_abbreviated_journals_first_word_given_back_from_the_title(
        text: str, title: str, container: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, container)


def test_a_titles_last_word_before_a_journal_and_its_volume_stays() -> None:
    from claimcheck.parse.lawjournals import journal_out_of_title

    fields = {"title": "Essays on Freud, Marx", "container": "J. Soc. Theory"}
    text = "Smith, J., Essays on Freud, Marx. J. Soc. Theory 12 (1990), 1–20."
    assert journal_out_of_title(fields, text) == fields
