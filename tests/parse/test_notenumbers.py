"""A journal's volume and issue after their own words in central European note styles
(parse/notenumbers.py) and a journal in low-high quotes before them (parse/quotedjournal.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.notenumbers import cued_numbers


@pytest.mark.parametrize(
    ("fields", "text", "expected"),
    [
        # Polish tom / zeszyt, Czech ročník / číslo, German Band / Heft after the journal
        ({"container": "Przegląd Historyczny", "date": "1995, t. 86, z. 3"},
         "J. Nowak, Polityka, „Przegląd Historyczny” 1995, t. 86, z. 3, s. 301–320.",
         {"volume": "86", "issue": "3"}),
        ({"container": "Condor", "date": "1994"},
         "HEINRICH, B. Dispersal among ravens. Condor, 1994, roč. 96, č. 2, str. 545–551.",
         {"volume": "96", "issue": "2"}),
        ({"container": "Ardea", "volume": "2008, Band 96", "date": "2008"},
         "Randler, C. (2008), Mating patterns, in: Ardea 2008, Band 96, Heft 1, S. 73–80.",
         {"volume": "96", "issue": "1"}),
    ],
)
def test_a_cued_volume_and_issue_after_the_journal(fields: dict[str, str], text: str,
                                                   expected: dict[str, str]) -> None:
    out = cued_numbers(fields, text)
    assert {k: out.get(k, "") for k in expected} == expected


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # a volume read already, an initial "T.", a preposition "z", a page range "H1127-H1133",
        # a cue after the pages' own, no journal read
        ({"container": "Neuron", "volume": "12", "date": "2001"},
         "A. Kowalski, Title, Neuron 12 (2001), t. 3."),
        ({"container": "Annals", "date": "1990"}, "J. Nowak, Title, Annals 1990, ed. T. 12 Smith."),
        ({"container": "Dziennik Ustaw", "date": "1990"}, "Ustawa, Dziennik Ustaw z 1990 r."),
        ({"container": "Am J Physiol", "date": "1989"},
         "Stefansson E. Oxygen. Am J Physiol 1989; 256:H1127-H1133."),
        ({"container": "Kwartalnik", "date": "1990"}, "A. B, Tytuł, Kwartalnik 1990, s. 12, t. 3."),
        ({"title": "Dzieje Polski", "date": "1990"},
         "J. Nowak, Dzieje Polski, t. 2, Warszawa 1990."),
    ],
)
def test_no_cued_number_read_elsewhere(fields: dict[str, str], text: str) -> None:
    out = cued_numbers(fields, text)
    assert out.get("volume", "") == fields.get("volume", "")
    assert out.get("issue", "") == ""


@pytest.mark.parametrize(
    ("text", "title", "container", "volume"),
    [
        ("Forrest D., Reh T.A., Neurodevelopmental control by thyroid hormone receptors, "
         "„Curr Opin Neurobiol” 2002, t. 12, nr 3.",
         "Neurodevelopmental control by thyroid hormone receptors", "Curr Opin Neurobiol", "12"),
        ("Zhang Y. K. i in., Low pH-induced changes of antioxidant enzyme activities in rice, "
         "„PLoS One” 2015, t. 10.",
         "Low pH-induced changes of antioxidant enzyme activities in rice", "PLoS One", "10"),
    ],
)
def test_a_quoted_journal_before_its_year_and_cued_volume(text: str, title: str,
                                                          container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.title, ref.container, ref.volume) == (title, container, volume)


def test_a_title_ending_in_a_quoted_name_before_a_year_stays() -> None:
    ref = parse_string("A. Kowalski, Dzieje, „Solidarność” 1980, Warszawa 1990.")
    assert ref.container != "Solidarność"


@pytest.mark.parametrize(
    ("text", "title", "volume"),
    [
        ("J. Kowalski, Historia Polski, t. 2, Warszawa 1998, s. 45.", "Historia Polski", "2"),
        ("J. Topolski, Metodologia historii, wyd. 3, Warszawa: PWN 1984, s. 112.",
         "Metodologia historii", ""),
    ],
)
def test_a_volume_or_edition_word_run_into_the_title_is_cut_off(text: str, title: str,
                                                                 volume: str) -> None:
    ref = parse_string(text)
    assert ref.title == title
    if volume:
        assert ref.volume == volume


def test_the_year_in_brackets_run_into_a_container_is_the_date() -> None:
    ref = parse_string("CALLAHAN, D. und B. KOBLENZ: „Register allocation via hierarchical graph "
                       "coloring“, Proceedings of the 1991 ACM SIGPLAN Conference on "
                       "Programming Language Design Implementation (1991), S. 192–203.")
    assert ref.container.endswith("Design Implementation")
    assert ref.year == "1991"


def test_a_year_in_brackets_of_another_date_stays() -> None:
    from claimcheck.parse.notenumbers import year_out_of_container

    fields = {"container": "Acta Historica (1950)", "date": "1990"}
    assert year_out_of_container(fields) == fields


def test_a_chapters_book_and_place_run_on_into_the_year_and_page_word() -> None:
    ref = parse_string("1 Nevins D. Baxter, „The Commercial Paper Market“, in: T. A. Kerby, B. L. "
                       "Weir und M. P. Keeley (Hrsg.), The uses of Pix, Boston 1966, S. 6–43.")
    assert (ref.container, ref.location) == ("The uses of Pix", "Boston")


def test_a_cued_number_read_as_the_pages_is_the_issue_alone() -> None:
    fields = {"author": "B. Geremek", "title": "Ludzie marginesu",
              "container": "Biblioteka Narodowa", "date": "1971", "pages": "123"}
    text = "B. Geremek, Ludzie marginesu, „Biblioteka Narodowa” 1971, nr 123."
    out = cued_numbers(fields, text)
    assert (out.get("issue"), out.get("pages")) == ("123", None)
    ref = parse_string(text)
    assert (ref.issue, ref.pages) == ("123", "")


def test_an_issue_and_pages_of_the_same_number_both_read() -> None:
    fields = {"container": "Kwartalnik Historyczny", "date": "2002", "pages": "12"}
    text = "A. Nowak, Polityka, „Kwartalnik Historyczny” 2002, nr 12, s. 12."
    out = cued_numbers(fields, text)
    assert (out.get("issue"), out.get("pages")) == ("12", "12")


def test_an_issue_read_as_the_pages_before_the_pages_stays_the_issue() -> None:
    fields = {"container": "Lancet", "volume": "371", "date": "2008", "pages": "9606"}
    text = "Kinmonth, A. L. „Efficacy of an intervention“. Lancet 371, Nr. 9606 (2008): 41–8."
    assert cued_numbers(fields, text).get("issue") == "9606"


def test_a_cued_volume_run_on_into_the_issue_and_page_word() -> None:
    ref = parse_string("DVOŘÁK, K. a M. BENEŠ. Krajina a paměť. Geografie. 2012, roč. 117, č. 4, "
                       "s. 401–420.")
    assert (ref.volume, ref.issue) == ("117", "4")


def test_an_editions_number_run_into_the_title() -> None:
    from claimcheck.parse.notenumbers import cue_out_of_title

    text = "Müller/Schmidt, Grundlagen des Verwaltungsrechts, 3. Aufl. 2010, S. 44."
    fields = cue_out_of_title({"title": "Grundlagen des Verwaltungsrechts, 3"}, text)
    assert fields["title"] == "Grundlagen des Verwaltungsrechts"
    other = "A. Smith, Essays, 3. Paris 1990."  # a number, then no edition's word
    assert cue_out_of_title({"title": "Essays, 3"}, other)["title"] == "Essays, 3"


def test_a_common_place_closing_a_chapters_book() -> None:
    ref = parse_string("Vgl. Reinhart Koselleck, „Begriffsgeschichte und Sozialgeschichte“, in: "
                       "Peter Christian Ludz (Hg.), Soziologie und Sozialgeschichte, Opladen 1972, "
                       "S. 116–131.")
    assert (ref.container, ref.location) == ("Soziologie und Sozialgeschichte", "Opladen")


@pytest.mark.parametrize(
    ("text", "container", "volume"),
    [("[26] E. C. Browne-R. C. Cohen, Effects of biogenic nitrate chemistry on the NOx lifetime "
      "in remote continental regions, in Atmos Chem Phys, fasc. 12, 2012, p. 11917–11932",
      "Atmos Chem Phys", "12"),
     ("Boyd, C. M. et al., 2017: “Secondary Organic Aerosol from Monoterpenes”, Environ Sci "
      "Technol, volumen 51, pp. 7831-7841.", "Environ Sci Technol", "51")],
)
def test_a_volume_word_left_at_the_journals_end(text: str, container: str, volume: str) -> None:
    ref = parse_string(text)
    assert (ref.container, ref.volume) == (container, volume)


def test_a_journal_named_with_the_word_stays() -> None:
    from claimcheck.parse.notenumbers import volume_word_out

    fields = {"container": "Studi, Fasc", "volume": "3"}
    assert volume_word_out(fields, "Title, Studi, Fasc, 1990.") == fields
