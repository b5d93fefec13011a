"""One-a-line dated lists with an undated entry in them (from a review of the late-year rules):
the next entry, which prints the year the undated one lacks, stays an entry of its own."""

from tests.ingest.listings import APA, PHYSICS
from tests.ingest.listings import apart as _apart
from tests.ingest.listings import entries as _entries


def test_a_list_of_names_cut_before_initials_shows_initials_in_every_name() -> None:
    # "Venter JC, ..., Sutton" / "GG, Smith HO" joins; an organisation, a product and a place
    # before a line opening with initials is an entry of its own
    _apart(PHYSICS, "Wolfram Research, Mathematica, Champaign, Illinois",
           "D. J. Gross and F. Wilczek, Phys. Rev. Lett. 30, 1343 (1973).")
    _apart(PHYSICS, "Cochrane Library, John Wiley, Chichester",
           "M. Gell-Mann, Phys. Lett. 8, 214 (1964).")


def test_a_name_and_a_title_are_not_authors_alone() -> None:
    # "Tolstoy, Leo. War and Peace." is an author and a title, not a line of authors
    # waiting for its title and year
    _apart(APA, "Mann, Thomas. Death in Venice and Other Stories.",
           "Medicine and literature in the nineteenth-century novel, Cambridge, 2008.")


def test_an_undated_entry_that_ends_on_its_imprint_is_whole() -> None:
    _apart(APA, "Fourquin, G. Seigneurie et féodalité au Moyen Âge. Paris: PUF",
           "Cahiers de civilisation médiévale 22 (1979): 3-25.")
    _apart(APA, "Lazarillo de Tormes. Ed. Francisco Rico. Madrid: Cátedra",
           "Ley 19/2013, de 9 de diciembre, de transparencia y buen gobierno. BOE 295.")


def test_a_long_author_element_or_title_then_its_bracketed_year_opens_an_entry() -> None:
    for dated in ("National Academies of Sciences, Engineering, and Medicine. (2019). A decadal"
                  " survey of the social sciences. The National Academies Press.",
                  "Climate change and public health in the twenty-first century. (2019). The"
                  " Lancet, 393(10173), 2-3.",
                  "Intergovernmental Panel on Climate Change (2014): Climate change 2014."
                  " Synthesis report. Geneva: IPCC."):
        _apart(APA, "Merriam-Webster. Habit. In Merriam-Webster.com dictionary", dated)


def test_a_number_inside_a_name_or_date_is_no_journal_volume() -> None:
    # a journal's volume goes on with its issue, pages or year ("Development 127: 1607",
    # "Journal of Finance 19, no. 3"); a report's volume, a date or a section do not
    for dated in ("Roe v Wade, 410 U.S. 113 (1973).",
                  "Grundgesetz für die Bundesrepublik Deutschland vom 23. Mai 1949, BGBl. S. 1.",
                  "Report of the Apollo 11 mission, NASA, 1969."):
        _apart(APA, "Restatement (Second) of Torts.", dated)


def test_a_title_with_its_place_and_year_in_brackets_is_no_imprint() -> None:
    _apart(APA, "Anonymous. The Cloud of Unknowing.",
           "Domesday Book: A Complete Translation (London, 2002).")


def test_a_place_cut_before_its_publisher_still_joins() -> None:
    # "Cambridge" may end an undated entry as its place; here the publisher goes on
    first, rest = ("Stephani, H. Differential Equations: Solution Using Symmetries. Cambridge",
                   "University Press, Cambridge, 1989.")
    entries = _entries([*APA[:3], first, rest, *APA[3:]])
    assert len(entries) == len(APA) + 1, entries
    assert entries[3] == f"{first} {rest}"


def test_where_dated_entries_end_on_their_title_an_undated_title_after_one_is_an_entry() -> None:
    # a list of works without places or publishers: a title's stop is where its entries end
    works = ["Assmann, Jan (1992): Das kulturelle Gedächtnis. Schrift und Erinnerung.",
             "Halbwachs, Maurice (1985): Das kollektive Gedächtnis.",
             "Koselleck, Reinhart (1979): Vergangene Zukunft. Zur Semantik der Zeiten.",
             "Nora, Pierre (1990): Zwischen Geschichte und Gedächtnis.",
             "Ricœur, Paul (2004): Gedächtnis, Geschichte, Vergessen.",
             "Welzer, Harald (2002): Das kommunikative Gedächtnis. Eine Theorie.",
             "Zerubavel, Eviatar (2003): Time Maps. Collective Memory and the Past."]
    entries = _entries([*works[:2], "Gesetz über die Statistik für Bundeszwecke.", *works[2:]])
    assert len(entries) == len(works) + 1, entries
