"""A dated one-a-line entry cut inside its title right after its author element and year goes
on with the next line; a whole entry that ends so (its kind, a list that writes entries so)
and a next line that opens as an entry does stay apart."""

from claimcheck.ingest import lateyear, titlecut
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import joined as _joined

# a German list whose entries end on their place or publisher, with a stop or without (where
# a line ending on a word is no evidence of a cut by itself)
GERMAN = [
    "Beck, U. (1986): Risikogesellschaft. Auf dem Weg in eine andere Moderne. Frankfurt am "
    "Main: Suhrkamp",
    "Bourdieu, P. (1982): Die feinen Unterschiede. Kritik der gesellschaftlichen Urteilskraft. "
    "Frankfurt am Main: Suhrkamp.",
    "Elias, N. (1976): Über den Prozeß der Zivilisation. Frankfurt am Main",
    "Giddens, A. (1988): Die Konstitution der Gesellschaft. Grundzüge einer Theorie der "
    "Strukturierung. Frankfurt am Main/New York: Campus",
    "Habermas, J. (1981): Theorie des kommunikativen Handelns. 2 Bde. Frankfurt am Main: "
    "Suhrkamp.",
    "Hradil, S. (1987): Sozialstrukturanalyse in einer fortgeschrittenen Gesellschaft. Opladen",
    "Luhmann, N. (1984): Soziale Systeme. Frankfurt am Main: Suhrkamp.",
    "Schulze, G. (1992): Die Erlebnisgesellschaft. Kultursoziologie der Gegenwart. Frankfurt "
    "am Main/New York: Campus",
    "Weber, M. (1922): Wirtschaft und Gesellschaft. Tübingen: Mohr.",
]


def test_a_title_cut_after_its_first_words_goes_on() -> None:
    _joined(GERMAN, "Polanyi, K. (1944) The",
            "Great Transformation: the Political and Economic Origins, New York: Rinehart")
    _joined(GERMAN, "Vester, H.-G. (1988): Zeitalter der",
            "Freizeit. Darmstadt: Wissenschaftliche Buchgesellschaft")
    _joined(GERMAN, "Black, J. S. / Mendenhall, M. E. (1990): Cross-Cultural Training",
            "Effectiveness: A Review. Academy of Management Review 15 (1), S. 113-136.")


def test_a_title_cut_on_a_word_no_title_ends_on_goes_on_in_any_case() -> None:
    # German nouns are capitalised, its adjectives not: the case of the two lines tells
    # nothing, the article or preposition the line ends on does
    _joined(GERMAN, "Menninger, K. (1968). Das Leben als",
            "Balance. Seelische Gesundheit und Krankheit im Lebensprozess. München: Piper")
    _joined(GERMAN, "Mann, T. (2003). Der", "Zauberberg. Frankfurt am Main: Fischer")
    _joined(GERMAN, "Bolte, A.; Neumer, J. (2008): Die alltägliche Last der Kooperation als",
            "Arbeit und das Ende der Meeting-Euphorie, edition sigma, Berlin")


def test_a_next_line_that_opens_as_an_entry_stays_apart() -> None:
    _apart(GERMAN, "Polanyi, K. (1944) The Great Transformation",
           "World Health Organization. Global Report on Diabetes. Geneva: WHO, 2016.")
    _apart(GERMAN, "Polanyi, K. (1944) The Great Transformation",
           "Statistisches Bundesamt (2019): Mikrozensus. Wiesbaden: Destatis.")
    _apart(GERMAN, "Polanyi, K. (1944) The Great Transformation",
           "Rawls, J. (1971). A theory of justice. Harvard University Press.")
    _apart(GERMAN, "Polanyi, K. (1944) The Great Transformation of",
           "Korsgaard, Christine M. The Sources of Normativity. Cambridge UP, 1996.")


def test_a_whole_entry_ending_on_its_kind_stays_apart() -> None:
    _apart(GERMAN, "Miller, T. (2019) Personal communication",
           "Handbuch der Soziologie, Band 2, Stuttgart")
    _apart(GERMAN, "Miller, T. (2019) Unpublished manuscript",
           "Handbuch der Soziologie, Band 2, Stuttgart")


def test_a_list_whose_entries_end_so_keeps_them() -> None:
    # titles without a stop or publisher are this list's habit (4 lines of 13): no such line
    # is a cut there, where the same two lines in a list without the habit are one entry
    prev, text = "Simmel, G. (1900) Philosophie des", "Geldes. Leipzig: Duncker & Humblot"
    habit_less = lateyear.habits([*GERMAN, prev, text])
    plain = ["Beck, U. (1986) Risikogesellschaft", "Elias, N. (1976) Der Prozess der Zivilisation",
             "Luhmann, N. (1984) Soziale Systeme", "Weber, M. (1922) Wirtschaft und Gesellschaft"]
    habit = lateyear.habits([*GERMAN, *plain, prev, text])
    assert titlecut.title_cut(prev, text, habit_less, True)
    assert not titlecut.title_cut(prev, text, habit, True)


def test_an_undated_or_punctuated_line_is_no_such_cut() -> None:
    _apart(GERMAN, "Friedmann, G., 1964, Le travail en miettes, Paris, Gallimard",
           "Handbuch der Soziologie, Band 2, Stuttgart")


def test_a_dated_line_ending_on_an_article_goes_on_in_a_list_without_stops() -> None:
    _joined(GERMAN, "Simmel, G. (1908): Soziologie. Untersuchungen über die",
            "Formen der Vergesellschaftung. Leipzig: Duncker & Humblot")
    _joined(GERMAN, "Hobsbawm, E. (1962): The Age of Revolution. A History of the",
            "Modern World, 1789-1848. London: Weidenfeld & Nicolson")


def test_after_an_article_an_entry_with_its_names_or_year_stays_apart() -> None:
    _apart(GERMAN, "Simmel, G. (1908): Soziologie. Untersuchungen über die",
           "Sombart, W. (1902): Der moderne Kapitalismus. Leipzig: Duncker & Humblot")
    _apart(GERMAN, "Simmel, G. (1908): Soziologie. Untersuchungen über die",
           "Korsgaard, Christine M. The Sources of Normativity. Cambridge UP, 1996.")


def test_a_subtitle_and_imprint_after_a_title_alone_go_on() -> None:
    _joined(GERMAN, "Haug, F. (2008): Die Vier-in-einem-Perspektive.",
            "Politik von Frauen für eine neue Linke. Hamburg: Argument")
    _joined(GERMAN, "Lukes, S. (1974): Power.", "A radical view. London: Macmillan")


def test_after_a_title_alone_an_undated_entry_of_its_own_stays_apart() -> None:
    for line in ("World Health Organization. Global report on diabetes. Geneva: WHO.",
                 "Beowulf. Translated by Seamus Heaney. New York: Norton.",
                 "Sombart, W. Der moderne Kapitalismus. Leipzig: Duncker & Humblot"):
        _apart(GERMAN, "Nohl, A.-M. (2006): Interview und dokumentarische Methode.", line)


def test_a_list_whose_entries_are_a_title_alone_keeps_them() -> None:
    prev, text = ("Haug, F. (2008): Die Vier-in-einem-Perspektive.",
                  "Politik von Frauen für eine neue Linke. Hamburg: Argument")
    short = ["Beck, U. (1986): Risikogesellschaft.", "Elias, N. (1976): Der Prozess.",
             "Luhmann, N. (1984): Soziale Systeme.", "Weber, M. (1922): Wirtschaft."]
    assert titlecut.rest_after_title_alone(prev, text, lateyear.habits([*GERMAN, prev, text]),
                                           True)
    assert not titlecut.rest_after_title_alone(
        prev, text, lateyear.habits([*GERMAN, *short, prev, text]), True)
