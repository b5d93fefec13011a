"""Footnotes: signal words and pinpoints kept apart from the work (parse/notes.py), through
the whole parser too; and strings that print neither must stay as they are."""

from __future__ import annotations

import pytest

from claimcheck.parse import parse_string
from claimcheck.parse.notes import read_note, split_pinpoint, split_signal

DOUGLAS = ("Mary Douglas, Purity and Danger: An Analysis of Concepts of Pollution and Taboo "
           "(London: Routledge, 1966), 35.")
SCOTT = ('Joan W. Scott, "Gender: A Useful Category of Historical Analysis," American '
         "Historical Review 91, no. 5 (1986): 1053–75")


@pytest.mark.parametrize(
    ("text", "signal", "rest"),
    [
        ("See Mary Douglas, Purity", "See", "Mary Douglas, Purity"),
        ("See also Raymond Williams, Culture", "See also", "Raymond Williams, Culture"),
        ("Cf. E. P. Thompson, The Making", "Cf.", "E. P. Thompson, The Making"),
        ("See, e.g., J. Smith, Title", "See, e.g.", "J. Smith, Title"),
        ("E.g., J. Smith, Title", "E.g.", "J. Smith, Title"),
        ("For a recent discussion, see J. Smith, Title", "For a recent discussion, see",
         "J. Smith, Title"),
        ("Vgl. auch Hans Meier, Titel", "Vgl. auch", "Hans Meier, Titel"),
        ("Voir aussi Jean Dupont, Titre", "Voir aussi", "Jean Dupont, Titre"),
        ("But see “A Title,” Journal", "But see", "“A Title,” Journal"),
    ],
)
def test_a_signal_word_is_split_off(text: str, signal: str, rest: str) -> None:
    assert split_signal(text) == (signal, rest)


@pytest.mark.parametrize(
    "text",
    [
        "See KE, Morrison EW. The detrimental effects of power. 2011;116:272-85.",  # a family
        "See, K. E., and Morrison, E. W. (2011). Power. J. Appl. Psychol., 116, 272.",
        "Seeger, C. R., Magnetic investigation. EOS, v. 53, p. 427. 1972.",
        "E.G. Turner, Greek Manuscripts of the Ancient World (1987).",  # initials E. G.
        "Compare and contrast: a study. J. Educ. 12 (1990) 3-9.",  # lower case after
        "See the discussion in Smith (1990).",  # prose, no name
    ],
)
def test_no_signal_where_the_word_is_a_name_or_prose(text: str) -> None:
    assert split_signal(text) == ("", text)


@pytest.mark.parametrize(
    ("text", "work", "pinpoint"),
    [
        (DOUGLAS, DOUGLAS.removesuffix(", 35."), "35"),
        ("M Douglas, Purity and Danger (Routledge 1966) 35.",
         "M Douglas, Purity and Danger (Routledge 1966)", "35"),  # OSCOLA
        ("Thompson, The Making (London: Gollancz, 1963), pp. 9–13.",
         "Thompson, The Making (London: Gollancz, 1963)", "9–13"),
        (f"{SCOTT}, at 1060.", SCOTT, "1060"),
        ("J. Smith, ‘Gender’, AHR, 91 (1986), 1053–75 (p. 1060).",
         "J. Smith, ‘Gender’, AHR, 91 (1986), 1053–75", "1060"),  # MHRA
        ("Joan W. Scott, “Gender,” AHR 91, no. 5 (1986): 1060.",
         "Joan W. Scott, “Gender,” AHR 91, no. 5 (1986)", "1060"),  # Chicago's note
        ("C. Geertz, “Religion,” in Banton (London: Tavistock, 1966), 35.",
         "C. Geertz, “Religion,” in Banton (London: Tavistock, 1966)", "35"),
        ("Suchman 1995:324.", "Suchman 1995", "324"),
        ("Day and Newburger, 2002, p. 149.", "Day and Newburger, 2002", "149"),
        ("A. Author, Title, Journal, vol. 6, 1997, pp. 418–427, p. 195.",
         "A. Author, Title, Journal, vol. 6, 1997, pp. 418–427", "195"),
        ("In: Steffen, Hybride Kulturen, Tübingen 1997, S. 1–29, hier S. 7.",
         "In: Steffen, Hybride Kulturen, Tübingen 1997, S. 1–29", "7"),
    ],
)
def test_a_pinpoint_after_a_complete_work_is_split_off(text: str, work: str,
                                                        pinpoint: str) -> None:
    assert split_pinpoint(text) == (work + ".", pinpoint)


@pytest.mark.parametrize(
    "text",
    [
        # a range after a journal's year in a bibliography (family name first): its pages
        'Scott, Joan W. "Gender." American Historical Review 91, no. 5 (1986): 1053–75.',
        "Journal of General Virology (2002), 83, 2475–2483",
        "Phys. Rev. Lett. (2019) 120",
        "J. Smith, in Proc. Conf. (Kluwer, Dordrecht, 1993), 429.",  # a chapter's first page
        "R. Smith, in Learning (Oxford: Blackwell, 1995), 40-62.",  # a chapter's range
        "A. Smith, Book (London: Verso, 1991), pp. 1-46, in: Proc. 2006 (pp. 149-156).",
        "Macromolecules 1999, 32, 7726-7731",
        "Duh, et al., Proc. Natl. Acad Sci. 1989, 86, 5974-78",
        "Smith J. Title. Nature 2010; 465: 12-15.",
        "Leach, Neil, ed. Rethinking Architecture. London: Routledge, 1997.",
        # printed family name first (a bibliography): a page after "(year):" is the work's
        "Zeng, A., P. Chen, and K. Korth. “Genome Wide”. Mol Breed 37 (2017): 30.",
        "De Alwis, N., G. Hudson, and P. Chinnery. “Human Liver”. Hepatology 50 (2009): 992–993.",
        "Chang, Chris. “Sound and Lothar Baumgarten.” Film Comment 40.1 (January 2004): 17.",
        # a journal's or a meeting's pages after its year, not a note's cited page
        "Brady, R. H. “Computers.” Harvard Business Review, XLV (July-August, 1967), pp. 67-76.",
        "J. Smith, Gibbs Sampling. Proceedings of the 43nd Annual Meeting (ACL 2005), pp. 363-370.",
        "J. Appl. Biomech. Vol. 15-2, pp. 120-138.",
        "Cantor G (1883) Uber, Math. Annalen 21, 51-58, pp. 545-591.",
        # many capitalised words before the year: authors and a journal, no author-date note
        "M. Elmastas, I. Dermirtas, O. Isildak, J. Liq. Chromatogr, Relat, Technol, 2006, 1465.",
    ],
)
def test_no_pinpoint_where_the_numbers_are_the_works(text: str) -> None:
    assert split_pinpoint(text) == (text, "")


def test_a_plain_reference_is_read_as_it_is() -> None:
    text = "Smith, J. (2010). A title. Journal of Things, 12(3), 45–67."
    assert read_note(text) == (text, "", "", "", "")


def test_the_parser_keeps_signal_and_pinpoint_out_of_the_fields() -> None:
    ref = parse_string(f"12 See {DOUGLAS}")
    assert (ref.label, ref.signal, ref.pinpoint, ref.pages) == ("12", "See", "35", "")
    assert [(a.given, a.family) for a in ref.authors] == [("Mary", "Douglas")]
    assert ref.title.startswith("Purity and Danger") and ref.publisher == "Routledge"
    article = parse_string(f"7 {SCOTT}, at 1060.")
    assert (article.pages, article.pinpoint, article.volume) == ("1053-1075", "1060", "91")


def test_a_note_number_before_a_signal_word_is_the_label() -> None:
    ref = parse_string("11 Cf. also P. Osbeck, A Voyage to China (London: White, 1771), 103.")
    assert (ref.label, ref.signal, ref.pinpoint, ref.first_family) == (
        "11", "Cf. also", "103", "Osbeck")


def test_a_given_first_name_ends_at_the_comma_before_a_short_title() -> None:
    ref = parse_string("Raymond Williams, Culture and Society (London: Chatto & Windus, 1958).")
    assert [(a.given, a.family) for a in ref.authors] == [("Raymond", "Williams")]
    assert ref.title == "Culture and Society"


@pytest.mark.parametrize(
    ("fields", "text"),
    [
        ({"author": "J. P. Collman, J. P. Brauman"}, "(London: X, 1981)"),  # a list of names
        ({"author": "Raymond Williams, Culture"}, "Nature 103 (1981)"),  # no imprint
        ({"author": "Raymond Williams, Culture", "title": "T"}, "(London: X, 1958)"),
        ({"author": "Williams, Raymond"}, "(London: X, 1958)"),  # family first
    ],
)
def test_author_lists_keep_their_commas(fields: dict[str, str], text: str) -> None:
    from claimcheck.parse.notefields import given_first_title

    assert given_first_title(fields, text) == fields


@pytest.mark.parametrize(
    ("text", "family"),
    [
        ("See, K. E. (2006). The effects of sleep on work outcomes. Journal of Applied "
         "Psychology, 91(2), 245-253.", "See"),
        ("See SL. The effects of sleep on work outcomes. J Appl Psychol. 2006;91(2):245-53.",
         "See"),
        ("See, K. (2006). The effects of sleep on work outcomes. Journal of Applied "
         "Psychology, 91(2), 245-253.", "See"),
        ('See, Kelly E., and Elizabeth W. Morrison. "The Effects of Sleep." Journal of Applied '
         "Psychology 91, no. 2 (2006): 245-53.", "See"),
        ("SEE, K. E. Sleep and memory. Journal of Applied Psychology, v. 91, n. 2, p. 245-253, "
         "2006.", "SEE"),
        ("Voir, J. (2001). La mémoire du sommeil. Paris: Gallimard.", "Voir"),
        ("Cf, A. (2010). Something about something. Journal of Things, 3, 1-10.", "Cf"),
    ],
)
def test_a_first_author_named_like_a_signal_word_is_a_name(text: str, family: str) -> None:
    # a signal word followed by a comma, printed in capitals, or followed by initials that
    # end a name is the first author's family name (the review's false positives)
    assert split_signal(text)[0] == ""
    ref = parse_string(text)
    assert ref.signal == ""
    assert ref.authors[0].family.lower() == family.lower()


@pytest.mark.parametrize(
    ("text", "signal"),
    [
        ("See E. P. Thompson, The Making", "See"),
        ("See J. Smith (2001). Sleep", "See"),
        ("See, e.g., Smith, J. (2001). Sleep.", "See, e.g."),
        ("SEE ALSO Smith, J. Title 2001", "SEE ALSO"),
    ],
)
def test_a_signal_word_before_a_name_stays_a_signal(text: str, signal: str) -> None:
    assert split_signal(text)[0] == signal


@pytest.mark.parametrize(
    "text",
    ["P. Atkins, Physical Chemistry, OUP, Oxford, 2006, p. 45.",
     "J. Smith, Sleep, Wiley, New York, 2001, pp. 45-52.",
     "R. Boyd, Nonlinear Optics, 2008, p. 45."],
)
def test_a_book_printed_names_title_publisher_year_page_is_no_author_date_note(
        text: str) -> None:
    # only names stand before an author-date note's year, not a title, publisher or place
    assert split_pinpoint(text) == (text, "")


@pytest.mark.parametrize(
    ("text", "pinpoint"),
    [("Day and Newburger, 2002, p. 149.", "149"), ("Smith, Jones, and Lee, 2001, p. 4.", "4"),
     ("J. Smith and B. Jones, 2001, p. 4.", "4")],
)
def test_an_author_date_note_still_gives_its_page(text: str, pinpoint: str) -> None:
    assert split_pinpoint(text)[1] == pinpoint


def test_an_abbreviated_signal_before_capitals_stays_a_signal() -> None:
    assert split_signal("Cf. CUI, G. et al. Proteomic analysis. 2019.")[0] == "Cf."


def test_a_title_opening_with_who_or_which_is_no_comment() -> None:
    from claimcheck.parse.notecomment import split_comment

    for text in ["Smith, J. (2010) Who Claims the City? Urban Politics in Europe. London: Verso.",
                 "Smith, J. (2015) Which Notes Matter? Oxford: OUP.",
                 "Alvi, S. (2014) Levi, who notes everything. Rome: Laterza.",
                 "Kim, H. (2020) Trial XIV, which suggests benefit. Lancet."]:
        assert split_comment(text) == (text, "")
    assert split_comment("M. Douglas, Purity (London: Routledge, 1966), 35, who argues that "
                         "dirt is matter out of place.")[1].startswith("who argues")
    assert split_comment("M. Douglas, Purity (London: Routledge, 1966), who argues so.")[1] \
        == "who argues so"
    assert split_comment("K. Ito, Science 300, 1550 (2003), who argues otherwise.")[1] \
        == "who argues otherwise"
    assert split_comment("K. Ito, Science 300 (2003): 15, https://doi.org/10.1/x5, who argues "
                         "so.")[1] == "who argues so"


@pytest.mark.parametrize(
    ("text", "signal", "family"),
    [
        ("Vgl. von Mises, R., Probability, Statistics and Truth, London 1957, S. 12.", "Vgl.",
         "von Mises"),
        ("Voir de Gaulle, C., Mémoires de guerre, Paris, Plon, 1954, p. 3.", "Voir", "de Gaulle"),
    ],
)
def test_signal_before_a_particle(text: str, signal: str, family: str) -> None:
    ref = parse_string(text)
    assert (ref.signal, ref.authors[0].family) == (signal, family)


def test_a_signal_word_before_lower_case_prose_is_left() -> None:
    # "de" then a lower-case word is prose, not a name's particle
    assert parse_string("Voir de plus les travaux cités, Paris, 1990.").signal == ""
