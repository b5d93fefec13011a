"""Session 22 seg25: in a dated one-a-line list, a line that stops on an article or a
preposition written with its capital (a sentence of the title opening, "Arbeit und Freizeit.
Zur", or title case, "Services In The") was cut, as one that stops on it in lower case
(`titlecut.cut_on_article`); and a line that opens with a publisher's or a university's
last words ("Universitaires de France.", "University, Irbid, Jordan.") after a line that
stops on a capitalised word carries on the name cut there."""

from tests.ingest.listings import APA, apart, joined
from tests.ingest.test_markcut import GERMAN, HARVARD


def test_a_capitalised_article_or_preposition_ending_the_line_is_a_cut() -> None:
    joined(GERMAN, "Illner, Karl (1985): Arbeit und Freizeit. Zur",
           "Soziologie der Muße. Hamburg: Rowohlt.")
    joined(GERMAN, "Dahl, Eva (1999): Interkulturelle Kompetenz – Zur",
           "Messung sozialer Fähigkeiten. Weinheim: Beltz.")


def test_a_publishers_name_cut_before_its_last_words_goes_on() -> None:
    joined(APA, "Lemaire, P. (2003). Les politiques sociales. Paris: Presses",
           "Universitaires de France.")
    joined(APA, "Haddad, N. (2010). Health Information Systems in Jordan. Master thesis, Yarmouk",
           "University, Irbid, Jordan.")


def test_other_lines_stay_apart() -> None:
    from claimcheck.ingest.capitalword import publisher_rest

    # an organisation as an author, a line after one that stopped on its stop
    assert not publisher_rest("Ward, J. (2008). Firms. Cambridge", "University of Oslo (2010).")
    assert not publisher_rest("Ward, J. (2008). Firms. Cambridge.", "University Press.")
    apart(HARVARD, "Hughes, T. (2001) Power and Policy in Europe. Oxford: Clarendon.",
          "University of Oslo (2010) Annual Report. Oslo: University of Oslo.")
    # an initial or a letter as a title's last word ("Hepatitis A") is no article
    apart(APA, "Wang, L. (2019). Incidence of Hepatitis A",
          "Gupta, R. (2018). Hepatitis A in India. Indian J. Med., 147, 123-129.")
