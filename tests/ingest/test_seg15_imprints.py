"""Session 18 seg15: the rest of a dated entry after its title's stop, in one-a-line lists:
imprints the place list does not know or that bring their state ("Berkeley, University of
California Press.", "Cambridge, MA., MIT Press.", "Chapman & Hall, London."), "In" and
editors whose given name comes first ("In Philip E. Tetlock & Aaron Belkin (Eds.), ..."),
and titles alone followed by their subtitle and imprint, which make no habit of the list."""

from claimcheck.ingest.entryalone import imprint_only, in_work
from claimcheck.ingest.titlecut import open_titles
from tests.ingest.listings import apart, joined

HARVARD = [
    "Becker, H. S. (1963). Outsiders. New York: Free Press.",
    "Blumer, H. (1969). Symbolic interactionism. Englewood Cliffs: Prentice-Hall.",
    "Goffman, E. (1959). The presentation of self in everyday life. New York: Doubleday.",
    "Hochschild, A. R. (1983). The managed heart. Berkeley: University of California Press.",
    "Mills, C. W. (1959). The sociological imagination. Oxford: Oxford University Press.",
    "Strauss, A. (1987). Qualitative analysis for social scientists. Cambridge: CUP.",
    "Weber, M. (1922). Wirtschaft und Gesellschaft. Tübingen: Mohr.",
]
# one title sentence after names and year, its subtitle and imprint on the next line
TITLES_ALONE = [
    "Lukes, S. (1974): Power.",
    "A radical view. London: Macmillan.",
    "Alvesson, M. (2000): Reflexive methodology.",
    "New vistas for qualitative research. London: Sage.",
    "Strauss, A. (1959): Mirrors and masks.",
    "The search for identity. Cambridge: Cambridge University Press.",
    "Perez, L. (1992): Cuban Miami.",
    "An essay on method. Wiesbaden: VS.",
]


def test_imprints_the_place_list_lacks_or_with_a_state_are_imprints_alone() -> None:
    for imprint in ("Berkeley, University of California Press.", "Cambridge, MA., MIT Press.",
                    "Cambridge,Mass., Harvard University Press.", "Chapman & Hall, London.",
                    "Chicago, IL: University of Chicago Press."):
        assert imprint_only(imprint), imprint
    for other in ("Paris, France.", "New York, Harper.", "Oxford, Bodleian Library.",
                  "Berlin, A Biography.", "Chapman & Hall, London, 1990.",
                  "Brown, Peter and Paul."):
        assert not imprint_only(other), other


def test_an_imprint_after_a_dated_title_s_stop_goes_on() -> None:
    joined(HARVARD, "Fan, J., & Gijbels, I. (1996). Local polynomial modelling.",
           "Chapman & Hall, London.")
    joined(HARVARD, "Auerbach, N. (1995). Our vampires, ourselves.",
           "Chicago, IL: University of Chicago Press.")
    apart(HARVARD, "Fan, J., & Gijbels, I. (1996). Local polynomial modelling.",
          "Oxford, Bodleian Library.")


def test_editors_with_a_given_name_first_open_the_work_an_entry_is_in() -> None:
    assert in_work("In Philip E. Tetlock & Aaron Belkin (Eds.), Counterfactual thought")
    assert in_work("In B. Orth; T. Schwietring & J. Weiss (Hrsg.), Soziologische Forschung")
    assert not in_work("In Search of Lost Time.")
    joined(HARVARD, "Weber, S. (1996). Counterfactuals, past and future.",
           "In Philip E. Tetlock & Aaron Belkin (Eds.), Counterfactual thought experiments "
           "(pp. 268-288). Princeton: Princeton University Press.")


def test_titles_alone_before_their_imprint_make_no_habit() -> None:
    assert open_titles(TITLES_ALONE)[1] == 0
    assert open_titles(TITLES_ALONE[::2])[1] == 4


def test_a_place_cut_in_two_goes_on() -> None:
    joined(HARVARD, "March, J., & Olsen, J. (1989). Rediscovering institutions. New",
           "York, Free Press.")
    joined(HARVARD, "Schein, E. (1985). Organizational culture and leadership. San",
           "Francisco, CA: Jossey-Bass.")
    apart(HARVARD, "Huxley, A. (1932). Brave new world. London: Chatto & Windus.",
          "York, R. (2001). Cities and their imprints. London: Sage.")


def test_an_imprint_after_an_edition_or_a_short_title_goes_on() -> None:
    """The digits of an edition ("(3rd ed.).") or of the year before a short title
    ("(2000): Empire.") are no pages: the imprint on the next line is the entry's."""
    joined(HARVARD, "Kenrick, D. T. (2005). Social psychology (3rd ed.).",
           "Boston, MA: Pearson.")
    joined(HARVARD, "Hardt, M., & Negri, A. (2000). Empire.",
           "Cambridge, MA., Harvard University Press.")
    apart(HARVARD, "Smith, J. (2001). Title. Journal of Things 12.",
          "Oxford, Bodleian Library.")


def test_a_place_cut_before_its_state_goes_on() -> None:
    joined(HARVARD, "Berlekamp, E. (1968). Algebraic coding theory. McGraw Hill, New",
           "York NY.")
