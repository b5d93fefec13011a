"""A note's imprint mixed by the tagger with what stands before it (parse/imprints.py,
parse/bareimprint.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_entries, parse_string
from claimcheck.parse.bareimprint import bare_imprint
from claimcheck.parse.imprints import (
    edition_imprint,
    parenthesis_after_credit,
    place_and_publisher,
)


@pytest.mark.parametrize(
    ("fields", "text", "expected"),
    [
        # a credited name before the imprint: dropped
        ({"title": "Essays", "location": "Francke (INRA)", "date": "1993"},
         "H. Sin, Essays, ed. T. Francke (INRA, 1993), 246.",
         {"title": "Essays", "publisher": "INRA", "date": "1993"}),
        ({"title": "Models", "publisher": "Luneburg (Laboratory for Computer Science, MIT)"},
         "M. Well, Models, trans. by R. K. Luneburg (Laboratory for Computer Science, MIT, "
         "1985), 201.",
         {"title": "Models", "publisher": "Laboratory for Computer Science, MIT"}),
        # the title's own tail before the imprint: given back
        ({"title": "Programming with CGI", "publisher": "pm (Wiley)"},
         "L. Stein, Programming with CGI.pm (Wiley, 1998), 244.",
         {"title": "Programming with CGI.pm", "publisher": "Wiley"}),
        # "Place: Publisher" inside; a common place alone is the place
        ({"title": "Essays", "publisher": "Smith (London: Verso)"},
         "A. Brown, Essays, ed. J. Smith (London: Verso, 1980).",
         {"title": "Essays", "location": "London", "publisher": "Verso"}),
        ({"title": "Essays", "location": "Smith (Berkeley)"},
         "A. Brown, Essays, ed. J. Smith (Berkeley, 1959).",
         {"title": "Essays", "location": "Berkeley"}),
    ],
)
def test_parenthesis_after_credit(fields: dict[str, str], text: str,
                                  expected: dict[str, str]) -> None:
    got = parenthesis_after_credit(fields, text)
    assert {k: v for k, v in got.items() if k != "kind"} == expected


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # no year closes the parenthesis: a name in brackets, not an imprint
        ({"title": "Essays", "publisher": "Smith (INRA)"}, "A. B, Essays, Smith (INRA), 1990."),
        # a bracket inside a publisher's own name is left
        ({"publisher": "Oxford University Press"}, "X, Y (Oxford University Press, 1990)."),
    ],
)
def test_parenthesis_after_credit_left(fields: dict[str, str], text: str) -> None:
    assert parenthesis_after_credit(fields, text) == fields


@pytest.mark.parametrize(
    ("location", "text", "place", "publisher"),
    [
        ("New York, Stechert", "F. Boas, Kwakiutl Culture, New York, Stechert, 1935, p. 2.",
         "New York", "Stechert"),
        ("Firenze, Sansoni", "A. M, Le radici, Firenze, Sansoni, 1992, p. 33.",
         "Firenze", "Sansoni"),
        ("Westview, Boulder", "K. C, Nations Abroad, Westview, Boulder 1996, p. 3.",
         "Boulder", "Westview"),
    ],
)
def test_place_and_publisher(location: str, text: str, place: str, publisher: str) -> None:
    got = place_and_publisher({"title": "T", "location": location}, text)
    assert (got["location"], got.get("publisher", "")) == (place, publisher)


@pytest.mark.parametrize(
    ("location", "text"),
    [
        ("Cambridge, MA", "X, Title, Cambridge, MA, 1990."),
        ("Paris, France", "X, Title, Paris, France, 1990."),
        ("Boulder, Colorado", "X, Title, Boulder, Colorado, 1990."),
        ("London, Oxford", "X, Title, London, Oxford, 1990."),  # two places: left
        ("Bari, Laterza", "X, Title, Bari, Laterza, 1917."),  # neither is a listed place
        ("New York, Stechert", "X, Title, New York, Stechert."),  # no year after them
    ],
)
def test_place_and_publisher_left(location: str, text: str) -> None:
    fields = {"title": "T", "location": location}
    assert place_and_publisher(fields, text) == fields


def test_edition_imprint() -> None:
    text = "HLA Hart, The Concept of Law (3rd edn, OUP 2012) 94."
    got = edition_imprint({"title": "The Concept of Law", "date": "2012"}, text)
    assert got["publisher"] == "OUP"
    kept = {"title": "The Concept of Law", "publisher": "Clarendon"}
    assert edition_imprint(kept, text) == kept
    # a place after the edition is no publisher
    assert "publisher" not in edition_imprint({"title": "T"}, "A, T (2nd edn, London 1990).")


def test_whole_notes() -> None:
    refs = parse_entries_texts([
        "1 C. Tilley, A Phenomenology of Landscape, ed. T. Francke (INRA, 1993), 246.",
        "2 L. Stein, Official Guide to Programming with CGI.pm (Wiley, 1998), 244.",
        "3 Cfr. Arnaldo Momigliano, Le radici classiche della storiografia moderna, Firenze, "
        "Sansoni, 1992, p. 33.",
        "4 HLA Hart, The Concept of Law (3rd edn, OUP 2012) 94.",
    ])
    assert [(r.publisher, r.location) for r in refs] == [
        ("INRA", ""), ("Wiley", ""), ("Sansoni", "Firenze"), ("OUP", "")]
    assert refs[1].title == "Official Guide to Programming with CGI.pm"


def test_ordinary_reference_unchanged() -> None:
    ref = parse_string("Smith J (1990) Essays on method. New York, Stechert")
    assert ref.location in ("New York, Stechert", "New York")


def parse_entries_texts(texts: list[str]) -> list:  # type: ignore[type-arg]
    from claimcheck.ingest.interface import RawEntry

    return list(parse_entries([RawEntry(text=t, index=i + 1, line=i + 1)
                               for i, t in enumerate(texts)]))


def test_meeting_place_and_country_left() -> None:
    fields = {"title": "Query Processing", "container": "Proceedings of the 21st VLDB Conference",
              "location": "Zurich, Swizerland"}
    text = ("A. Gupta, B. Chen, \"Query Processing\", Proceedings of the 21st VLDB Conference, "
            "Zurich, Swizerland, 1995.")
    assert place_and_publisher(fields, text) == fields


@pytest.mark.parametrize(
    ("fields", "text", "expected"),
    [
        # the imprint's publisher read as the journal of a book
        ({"title": "Health Technology Assessment", "container": "World Health Organization",
          "date": "2008"},
         "M. Velasco, Health Technology Assessment (World Health Organization, 2008), p. 150.",
         {"title": "Health Technology Assessment", "publisher": "World Health Organization",
          "date": "2008"}),
        # read into the date
        ({"title": "Encoding", "container": "Culture", "date": "Allen Lane, 1980"},
         "S. Hall, ‘Encoding’, in Culture, ed. by S. Hall (Allen Lane, 1980), pp. 128–38.",
         {"title": "Encoding", "container": "Culture", "publisher": "Allen Lane",
          "date": "1980"}),
        # read nowhere; a firm named after a person
        ({"title": "The Deceptive Realism", "date": "1984"},
         "J. Gledson, The Deceptive Realism, trans. by J. M. Levine (F. Cairns, 1984), 47.",
         {"title": "The Deceptive Realism", "publisher": "F. Cairns", "date": "1984"}),
        # a common place alone is the place
        ({"title": "Theory of Interest", "date": "1959"},
         "J. Conard, Theory of Interest (Berkeley, 1959), 387.",
         {"title": "Theory of Interest", "location": "Berkeley", "date": "1959"}),
    ],
)
def test_bare_imprint(fields: dict[str, str], text: str, expected: dict[str, str]) -> None:
    got = bare_imprint(fields, text)
    assert {k: v for k, v in got.items() if k != "kind"} == expected


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        # a place or publisher read already
        ({"title": "T", "location": "Berg", "date": "1994"}, "C. T, T (Berg, 1994), 4."),
        # a journal with its volume: "(Journal, 2008)" is no imprint there
        ({"title": "T", "container": "Nature", "volume": "5", "date": "2008"},
         "A. B, T (Nature, 2008) 5, 12."),
        # a meeting's name and year
        ({"title": "T", "date": "2010"}, "A. B, T (SIGMOD Conference, 2010), 4."),
        # no comma before the year: not this layout
        ({"title": "T", "date": "1990"}, "A. B, T (List 1990) 4."),
        # one word, no firm's word: a town as often as a firm
        ({"title": "T", "date": "1919"}, "J. H, T, trans. by R. P (Haarlem, 1919), 44."),
        ({"title": "T", "date": "Hutchinson, 1980"}, "J. H, T (Hutchinson, 1980), 44."),
    ],
)
def test_bare_imprint_left(fields: dict[str, str], text: str) -> None:
    assert bare_imprint(fields, text) == fields


@pytest.mark.parametrize("dated", ["July-August", "Fall", "Feb.", "Spring", "Winter", "Dec."])
def test_bare_imprint_is_no_month_or_season(dated: str) -> None:
    fields = {"title": "Planning", "container": "Harvard Business Review", "volume": "XLI",
              "date": f"{dated}, 1963"}
    text = f"T, S. \"Planning.\" Harvard Business Review, XLI ({dated}, 1963), pp. 111-21."
    assert bare_imprint(fields, text) == fields
    assert bare_imprint({"title": "Planning", "date": "1963"},
                        f"T, S. \"Planning.\" Bulletin ({dated}, 1963).") == {
        "title": "Planning", "date": "1963"}


def test_bare_imprint_keeps_a_newspaper() -> None:
    fields = {"title": "Letter to the Editor", "container": "New York Times", "date": "1990"}
    assert bare_imprint(fields, "J. Doe, Letter to the Editor (New York Times, 1990).") == fields


@pytest.mark.parametrize("standing", ["Preprint", "Draft", "Forthcoming", "Unpublished report",
                                      "In press", "Working paper"])
def test_bare_imprint_is_no_standing(standing: str) -> None:
    fields = {"title": "Title", "date": "2010"}
    assert bare_imprint(fields, f"Lee, K. Title ({standing}, 2010).") == fields


@pytest.mark.parametrize(
    ("location", "text"),
    [
        # a second town (German, Italian and English two-town imprints print no publisher
        # after the place without a comma before the year)
        ("Stuttgart, Weimar", "Koselleck, Reinhart: Preußen, Stuttgart, Weimar 1967."),
        ("Darmstadt, Neuwied", "Habermas, Jürgen: Strukturwandel, Darmstadt, Neuwied 1962."),
        ("Roma, Bari", "E. Garin, L'umanesimo italiano, Roma, Bari 1993."),
        ("Aldershot, Burlington", "Blumenberg, Hans: Die Legitimität, Aldershot, Burlington 2004."),
        # a country or a state after the place
        ("Budapest, Hungary", "L. Kovács, A magyar nyelv története, Budapest, Hungary, 1995."),
        ("Prague, Czech Republic", "J. Novák, Dějiny Prahy, Prague, Czech Republic, 2001."),
        ("Honolulu, Hawaii", "M. Lee, Pacific Currents, Honolulu, Hawaii, 2005."),
        ("Amsterdam, The Netherlands", "P. Vries, Grasping, Amsterdam, The Netherlands, 2012."),
        ("Washington, D.C.", "A. Smith, Policy, Washington, D.C., 1990."),
    ],
)
def test_second_town_or_country_is_no_publisher(location: str, text: str) -> None:
    fields = {"title": "T", "location": location}
    assert place_and_publisher(fields, text) == fields


@pytest.mark.parametrize(
    "text",
    [
        'Y. Kim, J. Park, and S. Lee, "Deep stereo matching," in CVPR, Seoul, Korea, 2019, '
        "pp. 1-9.",
        'A. Gupta and R. Kumar, "Fault detection in smart grids," Tech. Rep., Athens, Greece, '
        "2015.",
        'P. de Vries, "Robust grasping," in IROS, Amsterdam, The Netherlands, 2012, pp. 44-50.',
    ],
)
def test_science_reference_keeps_place_and_country(text: str) -> None:
    ref = parse_string(text)
    assert ref.publisher == ""


@pytest.mark.parametrize(
    ("location", "text", "publisher"),
    [  # a firm's word or "&" after the place: a publisher, no second town
        ("Berlin, Akademie Verlag", "H. Müller, Die Stadt, Berlin, Akademie Verlag 1990.",
         "Akademie Verlag"),
        ("Berlin, Duncker & Humblot", "A. Weber, Der Staat, Berlin, Duncker & Humblot 1990.",
         "Duncker & Humblot"),
    ],
)
def test_firm_after_the_place_without_comma(location: str, text: str, publisher: str) -> None:
    got = place_and_publisher({"title": "T", "location": location}, text)
    assert (got["location"], got.get("publisher")) == ("Berlin", publisher)
