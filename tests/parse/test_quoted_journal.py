"""A journal printed in quotation marks after an unquoted title (parse/quotedjournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.quotedjournal import quoted_journal
from claimcheck.parse.tokens import tokenize


@pytest.mark.parametrize(
    ("text", "title", "journal", "volume"),
    [
        ("M. Bianchi, L. Verdi, La memoria dei luoghi nella città medievale, in «Studi "
         "Storici», fasc. 42, 2001, pp. 113–140", "La memoria dei luoghi nella città medievale",
         "Studi Storici", "42"),
        ("Ferraro, G. – Conti, R., Soil erosion after wildfire in Mediterranean pine stands, "
         "«Catena» 88 (2012), pp. 55–63.", "Soil erosion after wildfire in Mediterranean "
         "pine stands", "Catena", "88"),
        ("Zieliński T., Handel zbożem w Gdańsku w XVII wieku, „Przegląd Historyczny” R. 61, "
         "nr 2 (1970), s. 201–219.", "Handel zbożem w Gdańsku w XVII wieku",
         "Przegląd Historyczny", ""),
        ("L. Conti, Le risaie del Vercellese nell'Ottocento, in «Società e storia», a. 12, n. "
         "3, 1989, pp. 55–80.", "Le risaie del Vercellese nell'Ottocento", "Società e storia",
         ""),
        ("Nowak J., Zielińska A., Lipid oxidation in stored rapeseed oil, „Eur. J. Lipid "
         "Sci. Technol.” t. 115 (2013), s. 201–209.", "Lipid oxidation in stored rapeseed oil",
         "Eur. J. Lipid Sci. Technol.", "115"),
    ],
)
def test_the_quoted_journal_after_the_title(text: str, title: str, journal: str,
                                            volume: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)
    assert ref.volume == volume or not volume


def test_the_cue_words_around_the_quotes_are_no_field() -> None:
    tokens = tokenize("Title of it, in «Journal», fasc. 7, 2001")
    out = (["title"] * 8 + ["container"] * 3 + ["volume"] + ["date"] * 3)[:len(tokens)]
    assert len(out) == len(tokens)
    quoted_journal(tokens, out)
    labels = [(t.text, label) for t, label in zip(tokens, out, strict=True)]
    assert labels[3:12] == [(",", "title"), ("in", "O"), ("«", "container"),
                            ("Journal", "container"), ("»", "container"), (",", "container"),
                            ("fasc", "O"), (".", "container"), ("7", "volume")]


@pytest.mark.parametrize(
    "text",
    [
        # a quoted title: its quotes are the title's own
        "M. Bianchi, «La memoria dei luoghi», «Studi Storici» 42 (2001), pp. 113–140.",
        # a book's series in quotes, then the imprint
        "M. Rossi, Storia d'Italia, «Biblioteca storica» 12, Bologna, Il Mulino, 2001.",
        # a title that ends in a quoted name before a year, no journal's numbers
        "A. Kowalski, Dzieje ruchu, „Solidarność” 1980, Warszawa 2005.",
        # a quoted phrase inside the title, the title going on after it
        "J. Smith, Reading \u201cThe Waste Land\u201d again, Mod. Philol. 12 (1990) 3-9.",
    ],
)
def test_left_alone(text: str) -> None:
    tokens = tokenize(text)
    out = ["title"] * len(tokens)
    out[:3] = ["author"] * 3
    before = list(out)
    quoted_journal(tokens, out)
    assert out == before


def test_a_title_in_quotes_keeps_its_own_in() -> None:
    # the title's own "in" three tokens before the journal's quote stays the title's
    ref = parse_string("Nowak J., Kowal A., Wheat yield losses in drought, „Agronomy "
                       "Journal” t. 12 (2010), s. 5–9.")
    assert (ref.title, ref.container) == ("Wheat yield losses in drought", "Agronomy Journal")


def test_a_journal_read_with_its_cue_and_quote_loses_them() -> None:
    # the tagger read "in «Journal»" as the container: the cue and the quote are no part of it
    ref = parse_string("K. Lee, S. Park, Sleep and memory in older adults, in «Journal of "
                       "Sleep Research», 28, 2019, e12345.")
    assert ref.container == "Journal of Sleep Research"


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [  # after the title's full stop (the title's last word in lower case)
     ("67 Cosgrove, B. D., P. M. Gilbert, E. Porpiglia, et al. Rejuvenation of the muscle stem "
      "cell population restores strength to injured aged muscles. «Nat. Med.» (2014) 20: "
      "255–264.", "Rejuvenation of the muscle stem cell population restores strength to "
      "injured aged muscles", "Nat. Med."),
     # the closing quote read with the journal's last word as a place
     ("(115) Upadhyaya H.D., Ortiz R., Bramel P.J., Singh S., Development of a groundnut core "
      "collection using taxonomical, geographical and morphological descriptors, „Genet. "
      "Resour Crop. Evol” 2003, t. 50, nr 2.", "Development of a groundnut core collection "
      "using taxonomical, geographical and morphological descriptors",
      "Genet. Resour Crop. Evol")],
)
def test_the_quoted_journal_in_other_places(text: str, title: str, journal: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)


@pytest.mark.parametrize(
    "text",
    [  # a quoted title after the names' full stop (an initial's): the title's own quotes
     "Smith, J. «La memoria dei luoghi» 42 (2001), pp. 113–140.",
     # a sentence of the title, then a quoted name and a year and a place: a book
     "A. Kowalski, Dzieje ruchu w Polsce. „Solidarność” 1980, Warszawa, Iskry, 2005."],
)
def test_still_left_alone(text: str) -> None:
    tokens = tokenize(text)
    out = ["title"] * len(tokens)
    out[:3] = ["author"] * 3
    before = list(out)
    quoted_journal(tokens, out)
    assert out == before


@pytest.mark.parametrize(
    "text",
    [  # the title run opens the note: a body's name and its stop before a report's quoted
     # title, no names the tagger read (the stop is no title's end)
     "4 Ministère de la Santé et des Services sociaux. « Plan d’action en santé mentale » "
     "(2005), 12 p.",
     "Conseil supérieur de l’éducation. « Rapport annuel sur l’état et les besoins de "
     "l’éducation » 12 (1990), p. 45."],
)
def test_no_journal_after_a_stop_with_no_names_before(text: str) -> None:
    tokens = tokenize(text)
    closing = max(i for i, t in enumerate(tokens) if t.text == "»")
    out = ["title"] * (closing + 1) + ["date"] * (len(tokens) - closing - 1)
    out[-2:] = ["pages"] * 2
    before = list(out)
    quoted_journal(tokens, out)
    assert out == before


def test_a_report_after_a_body_keeps_its_title() -> None:
    ref = parse_string("4 Ministère de la Santé et des Services sociaux. « Plan d’action en "
                       "santé mentale » (2005), 12 p.")
    assert ref.container == ""
    assert ref.title.endswith("Plan d’action en santé mentale")


@pytest.mark.parametrize(
    "text",
    [  # a place or a body read as the author, then a body's name and its stop before a
     # report's quoted title: no journal's volume follows, a count of pages or a cited page
     "Québec. Ministère de la Santé et des Services sociaux. « Plan d’action en santé "
     "mentale » (2005), 12 p.",
     "Ville de Montréal, Service de l’urbanisme. « Plan d’urbanisme » (2004), 210 p.",
     "Québec. Ministère de la Santé et des Services sociaux. « Plan d’action en santé "
     "mentale » (2005), p. 12."],
)
def test_no_journal_after_a_stop_without_a_volume(text: str) -> None:
    assert parse_string(text).container == ""


@pytest.mark.parametrize(
    ("text", "title", "journal"),
    [
        # the volume's cue right after the quotes, read as a note ("„...”, t. 25")
        ("Isawa T. i in., Azospirillum sp strain B510 enhances rice growth and yield, "
         "„Microbes Environ”, t. 25", "Azospirillum sp strain B510 enhances rice growth and "
         "yield", "Microbes Environ"),
        ("Hinsinger P. i in., Origins of root-mediated pH changes in the rhizosphere and their "
         "responses to environmental constraints: A review, „Plant Soil”, t. 248",
         "Origins of root-mediated pH changes in the rhizosphere and their responses to "
         "environmental constraints: A review", "Plant Soil"),
    ],
)
def test_the_volume_cue_after_the_quotes(text: str, title: str, journal: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container) == (title, journal)
