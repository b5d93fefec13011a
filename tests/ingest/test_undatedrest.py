"""Session 18 seg15: in a one-a-line list whose entries print their year after their title,
an undated line of names and a title goes on with the next line when that line is its source
and year alone ("Hobb R. Ship of Magic." / "Voyager; 1998."); an author-date list, a work
alone, a case, an entry opening with names stay apart."""

from claimcheck.ingest.undatedrest import year_heads
from tests.ingest.listings import apart, entries, joined

# Vancouver, the year after the journal or publisher
VANCOUVER = [
    "Adams J, Baker K. Outcomes of hip fracture surgery. Lancet. 2019;393:1-9.",
    "Bell T, Cole D. Falls in care homes. Age Ageing. 2018;47:1-6.",
    "Carter R, Dunn S. Delirium after surgery. Anaesthesia. 2017;72:1-8.",
    "Evans P, Ford L. Hypertension in pregnancy. Obstet Gynecol. 2017;130:1-10.",
    "Grant S, Hill J. Statins in the elderly. Age Ageing. 2015;44:1-6.",
    "Irwin M. Sleep and inflammation. Nat Rev Immunol. 2019;19:702-15.",
    "Jones K, Lee P. Frailty in older adults. Lancet. 2013;381:752-62.",
]
# Chicago notes-bibliography style, the year at the end after the imprint
CHICAGO_NB = [
    "Arendt, Hannah. The Human Condition. Chicago: University of Chicago Press, 1958.",
    "Berlin, Isaiah. Four Essays on Liberty. Oxford: Oxford University Press, 1969.",
    "Hart, H. L. A. The Concept of Law. Oxford: Clarendon Press, 1961.",
    "Hayek, F. A. The Road to Serfdom. London: Routledge, 1944.",
    "Raz, Joseph. The Morality of Freedom. Oxford: Clarendon Press, 1986.",
    "Sen, Amartya. The Idea of Justice. Cambridge, MA: Belknap Press, 2009.",
    "Walzer, Michael. Spheres of Justice. New York: Basic Books, 1983.",
]
# author-date: the year right after the names
HARVARD = [
    "Adams, R. 2004. Protein folding kinetics. PhD thesis, MIT.",
    "Clark, T. 2010. Urban heat islands. Technical report, NCAR.",
    "Evans, P. 2015. Soil carbon. Working paper 12, IIASA.",
    "Green, L. 2018. Coral bleaching. Master's thesis, James Cook University.",
    "Irwin, B. 2020. Glacier retreat. PhD dissertation, ETH Zurich.",
    "Jones, A. 2012. Sea ice. Nature 480: 12-15.",
]


def test_a_source_and_year_after_an_undated_title_go_on() -> None:
    joined(VANCOUVER, "Hobb R. Ship of Magic.", "Voyager; 1998.")
    joined(VANCOUVER, "Mosteller F, Wallace D. Inference and disputed authorship: The "
           "Federalist.", "American Statistical Association Journal; 1963 Jun.")
    joined(VANCOUVER, "Shechory O, Kraus S. Feasible formation of stable coalitions.",
           "Computational Intelligence Journal, 1995. Submitted.")
    joined(VANCOUVER, "Gadeberg HC, Kong C. Wheat germ agglutinin staining of rabbit cardiac "
           "myocytes.", "Proceedings of The Physiological Society. 2012;28:PC29.")
    joined(CHICAGO_NB, "Raz, Joseph. Practical Reason and Norms.",
           "Hutchinson University Library, 1975.")
    joined(CHICAGO_NB, "Rosanvallon, Pierre. La Démocratie inachevée.",
           "Histoire de la souveraineté du peuple en France, Paris, Gallimard, 2000.")


def test_a_season_or_a_month_in_capitals_before_the_year_goes_on() -> None:
    """Session 18 review: a season or a month that no English stem covers, capitalised,
    before the set-off year ("Summer 1947", "März 1998") is the source's date."""
    joined(VANCOUVER, "Kennan G. The sources of Soviet conduct.",
           "Foreign Affairs; Summer 1947:566-582.")
    joined(VANCOUVER, "Schlesinger A. Origins of the Cold War.",
           "Foreign Affairs, Fall 1967, 22-52.")
    joined(VANCOUVER, "Habermas J. Die postnationale Konstellation.",
           "Blätter für deutsche und internationale Politik; März 1998:123-130.")


def test_names_led_by_initials_then_a_title_go_on_with_their_source() -> None:
    joined(VANCOUVER, "O. Shechory and S. Kraus. Feasible formation of stable coalitions.",
           "Computational Intelligence Journal, 1995. Submitted.")
    joined(CHICAGO_NB, "ROSANVALLON P., La Démocratie inachevée.",
           "Histoire de la souveraineté du peuple en France, Paris, Gallimard, 2000.")
    apart(VANCOUVER, "J. Doe, private communication.", "Cochrane Library, 2018.")


def test_an_imprint_of_place_and_year_after_an_undated_title_goes_on() -> None:
    joined(HUMANITIES, "L. Bottin, Ermeneutica e oralità.",
           "Studi di lingua poetica greca, Roma 1983.")
    joined(HUMANITIES, "R. Stoneman, Il romanzo di Alessandro.", "Volume I, Milano 2007.")


def test_a_title_first_work_with_its_place_and_year_stays_apart() -> None:
    """Session 18 review: after an undated entry whose title is longer than a main title cut
    before its subtitle, a title-first work printed "Title, Place Year." (an encyclopaedia,
    a dictionary) is an entry of its own."""
    apart(HUMANITIES, "Bianchi G., Le iscrizioni inedite di Ostia antica, in corso di stampa.",
          "Enciclopedia dell'arte antica classica e orientale, Roma 1958.")
    apart(HUMANITIES, "Mazzarino S., Appunti delle lezioni romane.",
          "Dizionario epigrafico di antichità romane, Roma 1895.")


def test_the_habit_reads_where_the_year_is() -> None:
    assert year_heads(HARVARD) == 1.0
    assert year_heads(VANCOUVER) == 0.0
    assert year_heads(CHICAGO_NB) == 0.0


def test_an_author_date_list_keeps_an_undated_entry_whole() -> None:
    apart(HARVARD, "Baker, S. Unpublished field notes.",
          "Thesis collection, University of Leeds, 1998.")


def test_a_work_a_case_or_an_entry_with_names_stays_apart() -> None:
    apart(CHICAGO_NB, "Dworkin, Ronald. Law's Empire.", "Roe v. Wade, 410 U.S. 113 (1973).")
    apart(CHICAGO_NB, "Knuth, D. E. The Art of Computer Programming.",
          "In DNA We Trust: The Ethics of Genomic Data. New York: Basic Books, 2015.")
    apart(CHICAGO_NB, "Locke, John. Second Treatise of Government.",
          "Mill, John Stuart. On Liberty. London: Parker, 1859.")
    apart(VANCOUVER, "Brown A, Green B. Sleep and memory consolidation in older adults.",
          "Drug-resistant tuberculosis in Italy. Eur Respir J. 2012;40:497-500.")
    apart(CHICAGO_NB, "Plato. Republic.", "Oxford English Dictionary, 1989.")
    apart(CHICAGO_NB, "Rawls, John. Political Liberalism.",
          "World Health Organization. (2013). Global report on diabetes. Geneva: WHO.")


def test_a_work_cited_alone_or_a_note_s_kind_stays_apart() -> None:
    """A title and its year alone names a work, not a source ("Oxford English Dictionary,
    1989.", "Treaty of Versailles, 1919.", "Equality Act (2010)."); an entry that says what
    it is ("Personal communication.") is whole."""
    for work in ("Oxford English Dictionary, 1989.", "Treaty of Versailles, 1919.",
                 "Equality Act (2010).", "Federal Register, 2019.", "Smith and Jones, 2004."):
        apart(CHICAGO_NB, "Foot, Philippa. Natural Goodness.", work)
    apart(VANCOUVER, "Brown A. Personal communication.", "British National Formulary, 2020.")


def test_a_title_with_a_subtitle_before_its_year_stays_apart() -> None:
    found = entries([*CHICAGO_NB[:3], "Rawls, John. Political Liberalism.",
                     "Equality Act 2010.", *CHICAGO_NB[3:]])
    assert len(found) == len(CHICAGO_NB) + 2, found


def test_an_imprint_and_its_year_after_an_undated_title_go_on() -> None:
    # a firm of partners reads as two names: left apart (a split, not a merge)
    apart(CHICAGO_NB, "Hampshire, Stuart. Thought and Action.", "Chatto & Windus, 1959.")
    joined(CHICAGO_NB, "Breen, T. H. The Marketplace of Revolution.",
           "New York, Oxford University Press, 2004.")
    apart(CHICAGO_NB, "Hampshire, Stuart. Thought and Action.", "Paris, France, 2004.")


def test_imprint_lines_read_as_names_make_no_author_date_habit() -> None:
    """The rests of wrapped entries ("New York, Oxford University Press, 2004.") read as
    names and a year; they do not make the list author-date."""
    rests = ["New York, Oxford University Press, 2004.", "Cambridge, MA., MIT Press, 1979.",
             "Berkeley, University of California Press, 1983."]
    assert year_heads([*CHICAGO_NB, *rests]) == 0.0


# closed lines, the year after the imprint
HUMANITIES = [
    "Burkert, Walter. Griechische Religion der archaischen und klassischen Epoche, Stuttgart 1977.",
    "Dodds, Eric R. The Greeks and the Irrational, Berkeley 1951.",
    "Finley, Moses I. The World of Odysseus, London 1954.",
    "Jaeger, Werner. Paideia, Berlin 1934.",
    "Snell, Bruno. Die Entdeckung des Geistes, Hamburg 1946.",
    "Vernant, Jean-Pierre. Mythe et pensée chez les Grecs, Paris 1965.",
]


def test_a_title_s_rest_and_its_imprint_after_a_cut_go_on() -> None:
    joined(HUMANITIES, "Kenyon, Frederic G. Books and Readers in Ancient",
           "Greece and Rome, Oxford 1951.")
    joined(HUMANITIES, "Gellner, Ernest. Nationalismus", "und Moderne, Berlin 1991.")
    apart(HUMANITIES, "Homer, Iliad", "Virgil, Aeneid, Oxford 1995.")
    joined(HUMANITIES, "Ernest Gellner, Nationalismus", "und Moderne, Berlin 1991.")


# closed lines of a law list, the year after the place
LAW = ["Castán Tobeñas J., Derecho civil español, común y foral, Madrid 1941.",
       "De Castro F., Derecho civil de España, Madrid 1949.",
       "Lacruz Berdejo J. L., Elementos de derecho civil, Barcelona 1984.",
       "Maravall J. A., Estado moderno y mentalidad social, Madrid 1972.",
       "Tomás y Valiente F., El derecho penal de la monarquía absoluta, Madrid 1969.",
       "Elliott J. H., La España imperial, Barcelona 1965."]


def test_an_archive_s_fonds_without_a_stop_is_whole() -> None:
    """Session 18 review: a fonds is printed whole without a stop; the title-first work
    after it, with its place and year, is an entry of its own. A person's title cut on a
    word still goes on."""
    apart(LAW, "Archivo Histórico Nacional, Consejos suprimidos, legajo sin fecha",
          "Nueva Recopilación de las leyes de Castilla, Madrid 1640.")
    apart(LAW, "Archivo General de Simancas, Estado",
          "Novísima Recopilación de las leyes de España, Madrid 1805.")
    joined(LAW, "Ernest Gellner, Nationalismus", "und Moderne, Berlin 1991.")
    joined(LAW, "Kenyon F. G., Books and Readers in Ancient", "Greece and Rome, Oxford 1951.")
