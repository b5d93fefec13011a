"""A book's title with a full stop inside it, split by the tagger (parse/subtitles.py)."""

from __future__ import annotations

import pytest

from claimcheck.ingest.interface import RawEntry
from claimcheck.parse import parse_entries
from claimcheck.parse.subtitles import (
    place_out_of_container,
    subtitle_out_of_container,
    title_out_of_names,
    title_out_of_no_place,
)


@pytest.mark.parametrize(
    ("author", "title", "text", "expected"),
    [
        ("Michel Foucault, Surveiller et punir", "Naissance de la prison",
         "Michel Foucault, Surveiller et punir. Naissance de la prison, Paris, Gallimard, 1975.",
         ("Michel Foucault", "Surveiller et punir. Naissance de la prison")),
        ("Karl Marx, Das Kapital", "Kritik der politischen Ökonomie",
         "Karl Marx, Das Kapital. Kritik der politischen Ökonomie, Hamburg 1867.",
         ("Karl Marx", "Das Kapital. Kritik der politischen Ökonomie")),
    ],
)
def test_title_out_of_names(author: str, title: str, text: str,
                            expected: tuple[str, str]) -> None:
    got = title_out_of_names({"author": author, "title": title}, text)
    assert (got["author"], got["title"]) == expected


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("John Smith, Mary Jones", "John Smith, Mary Jones. The history. London: Verso, 1990."),
        ("Jean-Paul Sartre, Simone de Beauvoir",
         "Jean-Paul Sartre, Simone de Beauvoir. Entretiens. Paris, Gallimard, 1981."),
        ("Smith, J., Surveiller et punir", "Smith, J., Surveiller et punir. Naissance, 1975."),
    ],
)
def test_names_left(author: str, text: str) -> None:
    fields = {"author": author, "title": text.split(". ")[1]}
    assert title_out_of_names(fields, text) == fields


def test_subtitle_out_of_container() -> None:
    text = ("Norbert Elias, Über den Prozeß der Zivilisation. Soziogenetische und "
            "psychogenetische Untersuchungen, Basel, Haus zum Falken, 1939, S. 7.")
    fields = {"author": "Norbert Elias", "title": "Über den Prozeß der Zivilisation",
              "container": "Soziogenetische und psychogenetische Untersuchungen",
              "location": "Basel", "publisher": "Haus zum Falken", "date": "1939"}
    got = subtitle_out_of_container(fields, text)
    assert got["title"] == ("Über den Prozeß der Zivilisation. Soziogenetische und "
                            "psychogenetische Untersuchungen")
    assert "container" not in got


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # a journal: its word, or a volume
        ({"title": "Sleep", "container": "Journal of Sleep Research", "location": "Oxford"},
         "A. B, Sleep. Journal of Sleep Research, Oxford, 1990."),
        ({"title": "Sleep", "container": "Sleep Medicine", "volume": "4", "publisher": "X"},
         "A. B, Sleep. Sleep Medicine, 4, X, 1990."),
        # no imprint read after it
        ({"title": "Sleep", "container": "Sleep Medicine"}, "A. B, Sleep. Sleep Medicine, 1990."),
    ],
)
def test_subtitle_left(fields: dict[str, str], text: str) -> None:
    assert subtitle_out_of_container(fields, text) == fields


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # (final read of session 16) a newspaper, dated after it
        ({"title": "The end of austerity", "container": "The Guardian", "location": "London"},
         "Smith, J. The end of austerity. The Guardian, London, 12 March 2010."),
        ({"title": "Climate and conflict", "container": "Foreign Affairs",
          "location": "New York"},
         "Brown, A. Climate and conflict. Foreign Affairs, New York, March 2012."),
        # a reference work, a chapter's book
        ({"title": "Prospect theory", "container": "Encyclopedia of Behavioral Economics",
          "publisher": "Elsevier", "location": "Amsterdam"},
         "Kahneman, D. Prospect theory. Encyclopedia of Behavioral Economics, Elsevier, "
         "Amsterdam, 2010."),
        # a chapter's title in sentence case, its book's in title case
        ({"title": "Two concepts of liberty", "container": "Four Essays on Liberty",
          "publisher": "Oxford University Press", "location": "Oxford"},
         "Berlin, I. Two concepts of liberty. Four Essays on Liberty, Oxford University Press, "
         "Oxford, 1969."),
    ],
)
def test_a_newspaper_a_reference_work_or_a_chapters_book_is_no_subtitle(
        fields: dict[str, str], text: str) -> None:
    assert subtitle_out_of_container(fields, text) == fields

def test_place_out_of_container() -> None:
    text = "Niklas Luhmann, Soziale Systeme, 2. Aufl., Frankfurt am Main 1985, S. 30."
    got = place_out_of_container({"title": "Soziale Systeme", "container": "Frankfurt am Main",
                                  "kind": "article"}, text)
    assert (got.get("container"), got["location"], got["kind"]) == (None, "Frankfurt am Main",
                                                                    "book")
    kept = {"title": "T", "container": "London", "volume": "3"}
    assert place_out_of_container(kept, "A, T, London, 3, 1990.") == kept


def test_in_a_list_of_notes() -> None:
    texts = ["1 Michel Foucault, Surveiller et punir. Naissance de la prison, Paris, "
             "Gallimard, 1975, p. 34.",
             "2 Niklas Luhmann, Soziale Systeme, 2. Aufl., Frankfurt am Main 1985, S. 30.",
             "3 Foucault, op. cit., p. 40."]
    refs = parse_entries([RawEntry(text=t, index=i + 1, line=i + 1) for i, t in enumerate(texts)])
    assert [a.family for a in refs[0].authors] == ["Foucault"]
    assert refs[0].title == "Surveiller et punir. Naissance de la prison"
    assert (refs[1].container, refs[1].location) == ("", "Frankfurt am Main")


def test_vancouver_names_left() -> None:
    text = "Raser JM, O’Shea EK. Noise in gene expression. Science. 2005;309:2010–3."
    fields = {"author": "Raser JM, O’Shea EK", "title": "Noise in gene expression"}
    assert title_out_of_names(fields, text) == fields


@pytest.mark.parametrize(
    ("title", "container", "text"),
    [
        ("Integration der Feldgleichungen",
         "Sitzungsberichte der Preussischen Akademie der Wissenschaften",
         "Einstein, A.: Integration der Feldgleichungen. Sitzungsberichte der Preussischen "
         "Akademie der Wissenschaften, Berlin (1916)"),
        ("Mental Health Findings", "Substance Abuse and Mental Health Services Administration",
         "SAMHSA (2012) Mental Health Findings. Substance Abuse and Mental Health Services "
         "Administration, Rockville, MD."),
    ],
)
def test_periodical_or_body_left(title: str, container: str, text: str) -> None:
    fields = {"title": title, "container": container, "location": "Berlin"}
    assert subtitle_out_of_container(fields, text) == fields


def test_vancouver_entry_keeps_its_container() -> None:
    fields = {"author": "Craig JJ", "title": "Introduction to robotics",
              "container": "Pearson Hall Upper Saddle River", "location": "NJ, USA"}
    text = "Craig JJ (2005) Introduction to robotics. Pearson Hall Upper Saddle River, NJ, USA."
    assert subtitle_out_of_container(fields, text) == fields


def test_chapter_with_its_range_keeps_its_book() -> None:
    fields = {"title": "The Dead and Their Gifts", "container": "Rituals of Power",
              "location": "Leiden", "pages": "225-280"}
    text = "C. La Rocca, The Dead and Their Gifts. Rituals of Power, Leiden, 2000, 225-280."
    assert subtitle_out_of_container(fields, text) == fields


@pytest.mark.parametrize(
    ("author", "names", "title", "publisher"),
    [
        ("J. Chambers et P. Trudgill, Dialectology, s.l., CUP", "J. Chambers et P. Trudgill",
         "Dialectology", "CUP"),
        ("P. Bourdieu, Esquisse, s. l., Droz", "P. Bourdieu", "Esquisse", "Droz"),
    ],
)
def test_title_out_of_no_place(author: str, names: str, title: str, publisher: str) -> None:
    got = title_out_of_no_place({"author": author, "date": "1998"}, author + ", 1998.")
    assert (got["author"], got["title"], got["publisher"]) == (names, title, publisher)


def test_no_place_left() -> None:
    # a title read already, or no part without an initial
    kept = {"author": "P. Bourdieu, Esquisse, s.l., Droz", "title": "Esquisse"}
    assert title_out_of_no_place(kept, "P. Bourdieu, Esquisse, s.l., Droz, 1972.") == kept
    names = {"author": "P. Bourdieu, J. Passeron, s.l."}
    assert title_out_of_no_place(names, "P. Bourdieu, J. Passeron, s.l., 1972.") == names


@pytest.mark.parametrize("rest", ["et al.", "and others", "u. a.", "e altri"])
def test_the_lists_end_is_no_title(rest: str) -> None:
    author = f"Peter Smith, {rest.rstrip('.')}"
    text = f"{author}. The City. London, Verso, 1990."
    fields = {"author": author, "title": "The City"}
    assert title_out_of_names(fields, text) == fields


@pytest.mark.parametrize(
    ("author", "text"),
    [
        ("Wael B. Hallaq, Talal al-Azem",
         "Wael B. Hallaq, Talal al-Azem. Islamic Law and Society. Leiden: Brill, 2010."),
        ("Marco Rossi, Giovanni d'Alessandro",
         "Marco Rossi, Giovanni d'Alessandro. Storia della Calabria. Roma: Carocci, 2005."),
        ("Ahmad Khan, Omar bin Laden",
         "Ahmad Khan, Omar bin Laden. Family Histories of the Hejaz. London: Saqi, 2008."),
        ("Ibrahim Ali, Hasan ibn Sabbah",
         "Ibrahim Ali, Hasan ibn Sabbah. Ismaili history revisited. Cairo: AUC Press, 2012."),
    ],
)
def test_second_name_with_a_particle_left(author: str, text: str) -> None:
    fields = {"author": author, "title": text.split(". ")[-2]}
    assert title_out_of_names(fields, text) == fields


def test_periodical_named_records_keeps_its_container() -> None:
    text = ("Brown, T. Coastal erosion surveys. Records of the Geological Survey, Edinburgh, "
            "1972.")
    fields = {"author": "Brown, T.", "title": "Coastal erosion surveys",
              "container": "Records of the Geological Survey", "location": "Edinburgh"}
    assert subtitle_out_of_container(fields, text) == fields
