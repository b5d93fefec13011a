"""Session 18 seg15: in an author-date list of one entry a line, a subtitle and imprint that
read as an author element ("Darstellung, Kritik und Weiterentwicklung. Opladen.", "A
Radical View. London: Macmillan.") go on after a title alone; a person's or a body's
undated entry stays apart."""

from tests.ingest.listings import apart, joined

AUTHOR_DATE = [
    "Beck, U. (1986): Risikogesellschaft. Frankfurt am Main: Suhrkamp.",
    "Bourdieu, P. (1982): Die feinen Unterschiede. Frankfurt am Main: Suhrkamp.",
    "Giddens, A. (1984): The constitution of society. Cambridge: Polity.",
    "Luhmann, N. (1984): Soziale Systeme. Frankfurt am Main: Suhrkamp.",
    "Rosa, H. (2005): Beschleunigung. Frankfurt am Main: Suhrkamp.",
    "Schütz, A. (1932): Der sinnhafte Aufbau der sozialen Welt. Wien: Springer.",
    "Simmel, G. (1900): Philosophie des Geldes. Leipzig: Duncker & Humblot.",
]


def test_a_subtitle_read_as_names_or_a_body_goes_on() -> None:
    joined(AUTHOR_DATE, "Hartmann, P. (1999): Lebensstilforschung.",
           "Darstellung, Kritik und Weiterentwicklung. Opladen.")
    joined(AUTHOR_DATE, "Nohl, A.-M. (2006): Interview und dokumentarische Methode.",
           "Anleitungen für die Forschungspraxis. Wiesbaden.")
    joined(AUTHOR_DATE, "Lukes, S. (1974): Power.", "A Radical View. London: Macmillan.")


def test_a_person_s_or_a_body_s_undated_entry_stays_apart() -> None:
    for entry in ("Weber, Max. Wirtschaft und Gesellschaft. Tübingen: Mohr.",
                  "Max Weber. Wirtschaft und Gesellschaft. Tübingen: Mohr.",
                  "Weber, M. Wirtschaft und Gesellschaft. Tübingen: Mohr.",
                  "World Health Organization. Global report on diabetes. Geneva: WHO.",
                  "Eurostat. Regional yearbook. Luxembourg: Publications Office.",
                  "Human Rights Watch. World report. New York: HRW.",
                  "In Search of Lost Time. Paris: Gallimard."):
        apart(AUTHOR_DATE, "Lukes, S. (1974): Power.", entry)


def test_a_work_named_by_a_definite_article_and_capitals_stays_apart() -> None:
    """Session 18 review: a definite article and capitalised words name a work cited alone
    ("Die Bibel.", "The Anglo-Saxon Chronicle."), no subtitle; a subtitle with a plain word
    still goes on."""
    apart(AUTHOR_DATE, "Fried, J. (1994): Der Weg in die Geschichte.",
          "Die Bibel. Stuttgart: Katholische Bibelanstalt.")
    apart(AUTHOR_DATE, "Fuhrmann, H. (1987): Einladung ins Mittelalter.",
          "Das Nibelungenlied. Stuttgart: Reclam.")
    apart(AUTHOR_DATE, "Darwin, C. (1859): On the origin of species.",
          "The Holy Bible. New York: Oxford University Press.")
    apart(AUTHOR_DATE, "Duby, G. (1980): The three orders.",
          "The Anglo-Saxon Chronicle. London: Dent.")
    apart(AUTHOR_DATE, "Lukes, S. (1974): Power.", "The Song of Roland. London: Penguin.")
    joined(AUTHOR_DATE, "Müller, H. (1990): Berlin.",
           "Die Geschichte einer Stadt. München: Beck.")
    joined(AUTHOR_DATE, "Lukes, S. (1974): Power.", "The case of Italy. London: Macmillan.")


def test_a_line_opening_with_its_stop_is_read_without_a_crash() -> None:
    """Maintenance read of session 18: a line whose numbers were lost leaves it opening with
    its stop (". ATLAS Collaboration, Geneva: CERN."); the empty element raised IndexError."""
    apart(AUTHOR_DATE, "Hartmann, P. (1999): Lebensstilforschung.",
          ". ATLAS Collaboration, Geneva: CERN.")
