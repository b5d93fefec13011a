"""Session 21 seg23: a one-a-line author-date entry cut inside its title on its first line
("Names (Year). A few title words", no mark of their own) goes on with the next line when
that line prints no year of its own, whatever it opens with (one word and its stop, lower
case, another case); a line with a year, names ended by a stop, a link or a list number
stays an entry, and so does a work cited alone after a line not cut at the list's width."""

from claimcheck.ingest.plaintext import split_document
from tests.ingest.listings import APA, apart, joined

HARVARD = [
    "Amin, A. and Thrift, N. (2002) Cities: Reimagining the Urban. Cambridge: Polity.",
    "Bridge, G. (2005) Reason in the City of Difference. London: Routledge.",
    "Castells, M. (1989) The Informational City. Oxford: Blackwell.",
    "Harvey, D. (1989) From managerialism to entrepreneurialism. Geogr. Ann. B, 71(1), 3-17.",
    "Massey, D. (2005) For Space. London: Sage.",
    "Sassen, S. (1991) The Global City. Princeton, NJ: Princeton University Press.",
    "Zukin, S. (1995) The Cultures of Cities. Oxford: Blackwell.",
]


def test_a_title_cut_on_its_first_line_goes_on_with_an_undated_rest() -> None:
    # a rest that reads as a name and its comma, or as an organisation and its stop
    joined(HARVARD, "Ward, K. (2003) Urban", "Regimes, Cambridge.")
    joined(HARVARD, "Holm, T. (2001): Managing Small",
           "Harbour Authorities. London: Routledge.")
    joined(APA, "Okafor, C. (2011). Informal", "Trade, London: Zed Books.")
    # in lower case after a capitalised word, a particle first ("der")
    joined(APA, "Berg, L. (2008). Politik", "der Nachhaltigkeit, Hamburg.")
    # capitalised after a word in lower case, then its stop
    joined(APA, "Berg, L. (2008). Die Entwicklung regionaler",
           "Märkte und Häfen. Hamburg: Junius.")
    joined(HARVARD, "Holm, T. (2001) Port",
           "Governance in Small Nordic States: An Overview. Copenhagen: Academica.")


def test_a_line_with_names_of_its_own_or_a_work_cited_alone_stays_an_entry() -> None:
    cut = "Ward, K. (2003) Urban"
    apart(HARVARD, cut, "Korsgaard, Christine M. The Sources of Normativity. Cambridge: CUP.")
    apart(HARVARD, cut, "[12] Regional accounts of the coastal counties. Oslo: SSB.")
    # a work cited alone (a name in title case and its comma) after a line not cut at the
    # list's width: an entry lacking its stop, then a work
    apart(HARVARD, cut, "Handbook of Nordic Harbours, Oslo: Norvik Press.")
    apart(HARVARD, cut, "Riksarkivet, Kommerskollegium, vol. 12, Stockholm.")
    # a dated entry of its own: its names and year
    apart(HARVARD, cut, "Ward, K. (2004) Regimes revisited. Urban Studies, 41(3), 12-30.")


def test_no_rule_where_the_list_writes_titles_open() -> None:
    # three lines and more stop inside their title: the list's habit, the rule is off
    open_list = [
        "Amin, A. (2002) Cities and the Urban",
        "Bridge, G. (2005) Reason in the City",
        "Castells, M. (1989) The Informational City",
        "Massey, D. (2005) For Space",
        "Zukin, S. (1995) The Cultures of Cities",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(
        [*open_list[:3], "Lindqvist, M. (2004) Harbour Towns", "Regional Accounts, Oslo: SSB.",
         *open_list[3:]]) + "\n"
    assert len(split_document(text).entries) == len(open_list) + 2


def test_the_rule_reads_only_a_first_line_cut_inside_its_title() -> None:
    from claimcheck.ingest.lateyear import habits
    from claimcheck.ingest.opentitlerest import rest_of_open_title

    habit = habits(HARVARD)
    rest = "Regimes, Cambridge."
    assert rest_of_open_title("Ward, K. (2003) Urban", rest, habit, 1, True)
    # not the entry's second line, nor a line that ended on its stop, nor an undated entry
    assert not rest_of_open_title("Ward, K. (2003) Urban", rest, habit, 2, True)
    assert not rest_of_open_title("Ward, K. (2003) Urban.", rest, habit, 1, True)
    assert not rest_of_open_title("Ward, K. Urban", rest, habit, 1, False)
    # one word and its stop reads as an author alone ("Beowulf. London."): left apart
    assert not rest_of_open_title("Ward, K. (2003) Urban", "Regimes. Cambridge.", habit, 1, True)


def test_a_rest_printing_a_range_of_years_or_in_lower_case_after_one_word() -> None:
    # a range of years inside the title's rest is the entry's, not a date of its own
    joined(HARVARD, "Lindqvist, M. (2004) Harbour Towns of the",
           "Baltic 1850–1914, London: Routledge.")
    joined(APA, "Nowak, J. (1999). Migration",
           "in the Polish borderlands, 1945–1989. London: Routledge.")
    # after the title's first word alone, its case says nothing: lower case goes on
    joined(APA, "Statistics Norway (2008). Decline",
           "in fishing employment in coastal counties, 1990–2005. Oslo: SSB.")


def test_a_rest_with_a_date_of_its_own_stays_an_entry() -> None:
    cut = "Nowak, J. (1999). Migration"
    apart(APA, cut, "Merriam-Webster. (n.d.). Border. In Merriam-Webster.com dictionary.")
    apart(APA, cut, "Census of Poland 2002, Warsaw: GUS.")


def test_an_undated_work_of_a_named_body_after_a_whole_open_entry_stays_an_entry() -> None:
    # review of seg23: a whole entry ending on its title without a stop, then an undated
    # entry whose author is a body or a name of two capitalised words, its stop, a title
    # sentence of its own and its imprint: two entries (a rest is words and its imprint)
    for first, rest in (
            ("Harvey, D. (1973) Social Justice and the City",
             "World Health Organization. Global tuberculosis report. Geneva: WHO."),
            ("Said, Edward. 1978. Orientalism",
             "Royal Society of London. Philosophical Transactions. London: Royal Society."),
            ("Jenkins, H. (2006) Convergence Culture",
             "Le Corbusier. Towards a New Architecture. Translated by F. Etchells. London: "
             "Architectural Press."),
            ("Harvey, D. (1973) Social Justice and the City",
             "Department for Culture, Media and Sport. Taking Part Survey. London: DCMS."),
            ("Smith, J. (2019). Harbour life",
             "National Bureau of Statistics of China. China Statistical Yearbook. Beijing: "
             "China Statistics Press."),
            ("Said, Edward. 1978. Orientalism",
             "Marie de France. Lais. Translated by Glyn S. Burgess. London: Penguin."),
            ("Rossi, Aldo. 1982. The Architecture of the City",
             "Mies van der Rohe. Collected Writings. Edited by Fritz Neumeyer. Cambridge, MA: "
             "MIT Press.")):
        apart(HARVARD, first, rest)
    # a rest that is the title's last words and its imprint still goes on
    joined(HARVARD, "Holm, T. (2001): Managing Small", "Harbour Authorities. London: Routledge.")
    # after a word no title ends on the cut is sure: capitalised nouns and a subtitle go on
    joined(HARVARD, "Vester, M. (1993): Soziale Milieus im",
           "Gesellschaftlichen Strukturwandel. Zwischen Integration und Ausgrenzung. Köln.")
