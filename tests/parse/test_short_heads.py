"""A note that opens with the work's short form, then the full reference (archaeology's and
the classics' styles): "Francis 1986: C. Francis, Multiple cropping systems, New York 1986.",
"Lesk 2005 = M. Lesk, ...", "Vergara et al. 2007W. Vergara – ..." (parse/shortheads.py)."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.shortheads import split_short_head


@pytest.mark.parametrize(
    ("text", "first", "title"),
    [("96. Francis 1986: C. Francis, Multiple cropping systems, New York 1986.", "Francis",
      "Multiple cropping systems"),
     ("Arms 2000 : W. Y. Arms, Digital libraries, Boston, MIT Press, 2000.", "Arms",
      "Digital libraries"),
     ("Müller 1990 = Müller, H., Der Staat und die Gesellschaft, Berlin 1990.", "Müller",
      "Der Staat und die Gesellschaft"),
     ("National Research Council 2004 : National Research Council, Air quality management in "
      "the United States, Washington, DC, The National Academies Press, 2004.",
      "National Research Council", "Air quality management in the United States"),
     ("(67) Vergara et al. 2007W. Vergara – A. M. Deeb – A. M. Valencia, Economic impacts of "
      "rapid glacier retreat in the Andes, EOS 88, 2007, 261–268", "Vergara",
      "Economic impacts of rapid glacier retreat in the Andes")],
)
def test_the_full_reference_after_its_short_form(text: str, first: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[0].family if ref.authors else "", ref.title) == (first, title)


@pytest.mark.parametrize(
    "text",
    [  # author-date: the title after the year, no name repeated
     "Francis 1986: Multiple cropping systems. New York: Macmillan.",
     # the name after the colon is another's
     "Francis 1986: J. Smith, Multiple cropping systems, New York 1986.",
     # a short form alone (a note referring back)
     "Francis 1986: 12.",
     # a book's title that opens with a name and a year
     "Paris 1968: Paris 1968. A Revolution, London 1988.",
     # one bare word: a title's or a body's work as well
     "Rome 2000: Rome, the city, London 2000.",
     "NATO 2010: NATO, Strategic Concept, Brussels 2010."],
)
def test_no_short_head(text: str) -> None:
    assert split_short_head(text) == ("", text)


def test_the_short_forms_year_is_the_works() -> None:
    ref = parse_string("(36) Wang et alii 2017 : P. Wang, X. Sun, X. Jia, F. Ma, « Apple "
                       "autophagy-related protein MdATG3s afford tolerance to multiple abiotic "
                       "stresses », Plant Sci., 256, p. 53‑64.")
    assert (ref.year, ref.authors[0].family, ref.container.rstrip("."), ref.volume) == (
        "2017", "Wang", "Plant Sci", "256")


@pytest.mark.parametrize(
    ("text", "authors"),
    [  # the short form names the work's authors: a title's words after the comma are no more
     ("Sommella 1988: P. Sommella, Italia antica. L'urbanistica romana, Roma 1988.",
      ["Sommella"]),
     ("Coarelli 1985: F. Coarelli, Il Foro Romano, II, Roma 1985.", ["Coarelli"]),
     ("Bianchi Bandinelli 1970: Bianchi Bandinelli, R., Roma. La fine dell'arte antica, "
      "Milano 1970.", ["Bianchi Bandinelli"]),
     # two names in the short form, two authors
     ("Coarelli – Thébert 1988: F. Coarelli, Y. Thébert, Architecture funéraire et pouvoir, "
      "Roma 1988.", ["Coarelli", "Thébert"]),
     # a short form that names the first author alone: the others printed as names stay
     ("Carandini 1985: A. Carandini, A. Ricci, M. de Vos, Settefinestre. Una villa "
      "schiavistica nell'Etruria romana, Modena 1985.", ["Carandini", "Ricci", "de Vos"]),
     ("Müller 1990 = Müller, H., Schmidt, K., Der Staat und die Gesellschaft, Berlin 1990.",
      ["Müller", "Schmidt"]),
     ("Pensabene 1973: P. Pensabene, I capitelli, Scavi di Ostia VII, Roma 1973.",
      ["Pensabene"]),
     ("Coarelli 1983: Coarelli, F., Il Foro Romano, I, Roma 1983.", ["Coarelli"]),
     # "et al.": as many as the reference prints
     ("Vergara et al. 2007: W. Vergara, A. M. Deeb, A. M. Valencia, Economic impacts of rapid "
      "glacier retreat in the Andes, EOS 88, 2007, 261–268", ["Vergara", "Deeb", "Valencia"])],
)
def test_the_short_form_bounds_the_authors(text: str, authors: list[str]) -> None:
    assert [a.family for a in parse_string(text).authors] == authors


@pytest.mark.parametrize(
    ("text", "title"),
    [  # the tagger read the whole note's title right and kept the short form out of it: the
     # rest, tagged alone, loses it
     ("Mozart 1991: Mozart, W. A., Briefe und Aufzeichnungen, Kassel 1991.",
      "Briefe und Aufzeichnungen"),
     ("Stern 1987: R. A. M. Stern, New York 1930, New York 1987.", "New York 1930"),
     ("Wilson Jones 2000: M. Wilson Jones, Principles of Roman Architecture, New Haven-London "
      "2000.", "Principles of Roman Architecture"),
     ("Coarelli 1985: Coarelli, F., Il Foro Romano. Periodo repubblicano e augusteo, Roma "
      "1985.", "Il Foro Romano. Periodo repubblicano e augusteo"),
     # read whole, the title holds the short form: the rest's title
     ("Lafon 2001: X. Lafon, Villa maritima, Rome 2001.", "Villa maritima"),
     ("European Commission 2019: European Commission, The European Green Deal, Brussels 2019.",
      "The European Green Deal")],
)
def test_the_whole_notes_title_where_it_kept_the_short_form_out(text: str, title: str) -> None:
    assert parse_string(text).title == title


@pytest.mark.parametrize(
    ("text", "first", "title"),
    [("WANG et al. 2016; Y. WANG, J. WU, S. G. KIM, K. TSUDA, et al.; « Magnaporthe "
      "oryzae-secreted protein MSP1 induces cell death »; dans Mol. Plant. Microbe Interact.; "
      "S. 299‑312.", "WANG", "Magnaporthe oryzae-secreted protein MSP1 induces cell death"),
     ("35 Rana et al. 2012; R. M. Rana, S. Dong, Z. Ali, J. Huang, et al.; « Regulation of "
      "ATG6 homologs by abiotic stresses in rice »; dans Genet. Mol. Res. Bd. 11; S. 3676.",
      "Rana", "Regulation of ATG6 homologs by abiotic stresses in rice")],
)
def test_a_short_form_closed_by_a_semicolon(text: str, first: str, title: str) -> None:
    ref = parse_string(text)
    assert (ref.authors[0].family if ref.authors else "", ref.title) == (first, title)


@pytest.mark.parametrize(
    "text",
    [  # two works cited in one note: the second's name is another's
     "Francis 1986; Smith 1990.",
     "Francis 1986; J. Smith, Multiple cropping systems, New York 1986."],
)
def test_no_short_head_before_a_semicolon(text: str) -> None:
    assert split_short_head(text) == ("", text)

