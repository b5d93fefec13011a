"""Session 20 seg21: in an author-date list whose entries carry a source after their title, an
entry cut right after its title ("Names (Year). Title.") goes on with a line that prints a
year inside it (a subtitle with a period, a report's number, a newspaper's date of the same
year, a conference's dates); a line whose year is its own (a law, an interview, an archive's
file dated another year, a case, a names-and-year head) stays an entry."""

from claimcheck.ingest.headyear import head_year
from claimcheck.ingest.ownyear import own_year
from tests.ingest.listings import APA, apart, joined

CUT = "Lindqvist, M. (2003). Memory and the market."


def test_a_title_goes_on_with_its_rest_printing_a_year_inside() -> None:
    joined(APA, CUT, "Consumer culture in Sweden 1950–1990. Lund: Arkiv.")
    joined(APA, "Hartmann, P. (1998): Stadtentwicklung im Wandel.",
           "Ergebnisse der Erhebung Nr. 4/1998 des Instituts. Berlin: Difu.")
    joined(APA, "Okafor, C. (2011). Reading the riots again.",
           "A week in the streets of Tottenham, in: The Observer, 14 August 2011, p. 12.")
    joined(APA, "Brandt, S., 2004: Local governance after reform.",
           "Paper given at the Annual Meeting, Leipzig, 12–14 May 2004, pp. 3–9.")
    joined(APA, "Kessler, R. (2009). Wages and welfare.",
           "Review of Labour Studies, 12(3), 211–230.")


def test_a_line_whose_year_is_its_own_stays_an_entry() -> None:
    # an interview, an archive's file, a law dated another year than the entry
    apart(APA, CUT, "Interview with a shop owner, Malmö, 3 March 2012.")
    apart(APA, CUT, "Stadtarchiv Köln, Bestand 902, Akte 12, 1938.")
    apart(APA, CUT, "Gesetz über die Statistik vom 22. Januar 1987, BGBl. I S. 462.")
    # a date of its own (not after a container's "in"), a year ending the line, a body
    apart(APA, CUT, "Memory in Malmö. Sydsvenskan, 9 August 2003, p. 4.")
    apart(APA, CUT, "The Market Plan: A Strategy for Greater Lund, February 2003. Lund: Kommun.")
    apart(APA, CUT, "Beowulf: A New Verse Translation. Trans. S. Heaney. New York: Norton, 2003.")
    apart(APA, CUT, "Riksdag Committee on Culture, Second Report of Session 2003–04, KrU 12.")
    # named by its year early, whatever the year: an act, a census
    apart(APA, CUT, "Data Protection Act 2003, c. 29, London: HMSO.")
    apart(APA, CUT, "Census 2003 Small Area Statistics, Stockholm: SCB.")
    # a case, its own head and year, a bracketed year before a title
    apart(APA, CUT, "Brown v. Board of Education, 347 U.S. 483 (2003).")
    apart(APA, CUT, "ETAN (European Network on Women and Science) (2003) Promoting excellence.")
    # a link of its own
    apart(APA, CUT, "https://www.scb.se/census (accessed 4 May 2003).")


def test_the_title_must_be_the_entry_cut() -> None:
    # an entry with its publisher is whole
    apart(APA, "Lindqvist, M. (2003). Memory and the market. Lund: Arkiv.",
          "Consumer culture in Sweden 1950–1990. Stockholm: Atlas.")


def test_head_year_and_own_year() -> None:
    assert head_year("Klocke, A./Lück, D. (2001): Lebensstile in der Familie.") == "2001"
    assert head_year("Die Zeit (1996): Ruin im Reichtum.") == "1996"
    assert head_year("Kirschner, H.-P., 1984: Stichprobenplan und Gewichtung.") == "1984"
    assert head_year("Consumer culture in Sweden 1950–1990. Lund: Arkiv.") == ""
    assert not own_year("Consumer culture in Sweden 1950–1990. Lund: Arkiv.", "2003")
    assert not own_year("A week in Tottenham, in: The Observer, 14 August 2011, p. 12.", "2011")
    assert not own_year("Paper given at the Meeting, Leipzig, 12–14 May 2004, pp. 3–9.", "2004")
    # a day's date in the line's first sentence, whatever the year
    assert own_year("The Observer, 14 August 2011, p. 12.", "2011")
    assert own_year("Stadtarchiv Linz, Akte 17, Bericht vom 12. Mai 1986.", "1986")
    assert own_year("Interview with a shop owner, Malmö, 3 March 2012.", "2011")
    assert own_year("Data Protection Act 2003, c. 29.", "2003")


def test_a_newspaper_alone_or_a_whole_entry_ending_on_a_place_stays_apart() -> None:
    # a name and its day's date, alone, in the entry's year
    apart(APA, CUT, "Dagens Nyheter, 12 mars 2003.")
    apart(APA, CUT, "Süddeutsche Zeitung, 4.4.2003: Der Markt und die Erinnerung.")
    # one sentence after the head ending on a comma and a place: a whole entry
    apart(APA, "Berg, K./Alm, T. (2003), Pension Reform: The Impact on Retirement, Uppsala.",
          "The Swedish reform and its critics, in: Ekonomisk Debatt, 4.6.2003.")
    joined(APA, "Berg, K./Alm, T. (2003), Pension Reform: The Impact on Retirement.",
           "The Swedish reform and its critics, in: Ekonomisk Debatt, 4.6.2003.")


def test_an_imprint_with_several_places_or_an_element_with_a_range_of_years() -> None:
    # an imprint naming two places is no title's end
    apart(APA, "Sand, A. (1984). Illness and the life course. Boston, Toronto: W.B. Saunders.",
          "Chronic illness among adults in the national census of 1984, Ottawa: Statistics Canada.")
    # an author element and its bracketed range of years
    apart(APA, CUT, "Statistics Sweden. (2001-2003). Household budget survey. Örebro: SCB.")


def test_a_lines_own_date_in_a_range_a_number_or_a_law_report() -> None:
    # (the review of seg21: each joined a cut entry of the same year before)
    assert own_year("Interviews with trade union and party officials, Warsaw, Budapest and "
                    "Prague, 1997–1999.", "1998")
    assert own_year("Statistisches Jahrbuch für die Bundesrepublik Deutschland 1990. Stuttgart: "
                    "Metzler-Poeschel.", "1990")
    assert own_year("Der Spiegel 12/2004, S. 44–50.", "2004")
    assert own_year("Case C-456/02 Trojani [2004] ECR I-7573.", "2004")
    assert own_year("Regulation (EC) No 883/2004 of the European Parliament and of the Council "
                    "on the coordination of social security systems.", "2004")
