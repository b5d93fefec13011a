"""Session 22 seg25: in a one-a-line list, a mark at a line's cut shows the entry goes on: a
quoted title opened and left open, which the next line closes before it opens one; a line
that ends on an abbreviation no entry ends on (a volume's or number's mark, a saint's or
doctor's title, "u." or "bzw." between two parts, an edition's "vollst." before
"Auflage"); and a subtitle's dash opening the line after a title cut on a word. Entries
that end whole, or a next line that opens its own quote, stay apart."""

from tests.ingest.listings import APA, apart, entries, joined

HARVARD = [
    "Adams, R. (1998) 'Rural credit in Kenya', Journal of Development Studies, 34(2), pp. 1-19.",
    "Baker, T. (2004) Markets and Morals. London: Routledge.",
    "Chen, L. (2011) 'Migration and remittances', World Development, 39(5), pp. 700-712.",
    "Dutta, S. (2007) Social Protection in South Asia. Delhi: Sage.",
    "Evans, P. (1995) Embedded Autonomy. Princeton: Princeton University Press.",
    "Fischer, K. (2002) 'Land reform revisited', Third World Quarterly, 23(4), pp. 601-620.",
]
GERMAN = [
    "Beck, Ulrich (1986): Risikogesellschaft. Frankfurt a. M.: Suhrkamp.",
    "Habermas, Jürgen (1981): Theorie des kommunikativen Handelns. Frankfurt a. M.: Suhrkamp.",
    "Luhmann, Niklas (1984): Soziale Systeme. Frankfurt a. M.: Suhrkamp.",
    "Mayntz, Renate (1997): Soziale Dynamik und politische Steuerung. Frankfurt a. M.: Campus.",
    "Offe, Claus (1984): Arbeitsgesellschaft. Frankfurt a. M.: Campus.",
    "Weber, Max (1922): Wirtschaft und Gesellschaft. Tübingen: Mohr.",
]


def test_a_quoted_title_left_open_goes_on_where_the_next_line_closes_it() -> None:
    # the rest opens as a name and its comma would, or as an organisation: the open quote
    # shows the cut
    joined(HARVARD, "Gupta, A. (1999) “Microfinance",
           "Institutions, Rural Credit and the Poor”, Economic Review, 12(3), pp. 44-58.")
    joined(HARVARD, "Moss, P. (2005) ‘Public",
           "Services, Private Profits’, Political Quarterly, 76(2), pp. 1-9.")
    joined(APA, 'Nakamura, K. (2008). "Knowledge',
           'Management, Tacit Learning and Firms", Tokyo: Yuhikaku.')
    joined(APA, 'Okoye, C. (2010). "Evaluating Health Information Systems in Rural',
           'Clinics in Nigeria", Master thesis, University of Lagos.')
    joined(APA, 'Quinn, D. (2001). "Trust',
           'Building in Virtual Teams". Paper presented at the Annual Meeting, Boston.')


def test_a_quote_left_open_before_a_line_that_opens_its_own_stays_apart() -> None:
    from claimcheck.ingest.markcut import quote_left_open

    cut = "Gupta, A. (1999) “Microfinance"
    assert quote_left_open(cut, "and the Rural Poor”, Economic Review, 12(3), 44-58.")
    # the next line opens a quote of its own first, or closes none
    assert not quote_left_open(cut, "Hill, B. (2001) “Credit”, Economic Review, 3, 1-9.")
    assert not quote_left_open(cut, "Hill, B. (2001) Credit. London: Verso.")
    # a quote closed on its line, a possessive's mark, a closer of another kind
    assert not quote_left_open("Gupta, A. (1999) “Microfinance”", "and more”, 1-9.")
    assert not quote_left_open("Gupta, A. (1999) Peoples’ Credit", "and more’, 1-9.")
    assert not quote_left_open("Gupta, A. (1999) «Microfinance", "and more”, 1-9.")


def test_a_line_ending_on_an_abbreviation_no_entry_ends_on_goes_on() -> None:
    joined(GERMAN, "Schäfer, Bernd (1990): Siedlungssoziologie. Soziologische Texte Bd.",
           "12, Opladen: Leske + Budrich.")
    joined(GERMAN, "Vogel, Ute (1999): Datenbanksysteme. 4. vollst.",
           "überarbeitete Auflage. München: Oldenbourg.")
    joined(GERMAN, "Zapf, Wolfgang (1991): Die Modernisierung moderner Gesellschaften, hrsg.",
           "von Wolfgang Glatzer, Frankfurt a. M.: Campus.")
    joined(HARVARD, "Ibarra, P. (2009) Mountain Economies. Geneva: University of St.",
           "Andrews Press.")
    joined(HARVARD, "Jansen, M. and de St.",
           "Croix, D. (2003) Ageing and Growth. Paris: OECD.")
    joined(APA, "Kowalski, R. (2015). Learning theories revisited. Educ. Rev., 67, Num.",
           "3, 301-318.")
    joined(APA, "Berger, K. (2010). The Network Society: Markets, States, and",
           "Cultures, Volume III. Oxford: Blackwell.")
    # a part's word before its number
    joined(GERMAN, "Riemann, Gerd (1986): Das Interview als Methode. Grundlagen. Teil",
           "II: Auswertung biographischer Erzählungen. Hagen: Fernuniversität.")


def test_an_entry_ending_whole_or_on_a_title_word_stays_apart() -> None:
    from claimcheck.ingest.markcut import abbreviation_cut

    rest = "12, Opladen: Leske + Budrich."
    assert abbreviation_cut("Soziologische Texte Bd.", rest)
    # a page count, a title's last word, an edition, "u.a." after a place
    assert not abbreviation_cut("Kowalski, R. (2015). Learning. Sage, 240 p.", rest)
    assert not abbreviation_cut("Gombrich, E. (1950). The Story of Art.", rest)
    assert not abbreviation_cut("Ayres, I. (forthcoming). Privacy. Harv. L. Rev.", rest)
    assert not abbreviation_cut("Vogel, Ute (1999): Datenbanksysteme. 4. Aufl.", rest)
    assert not abbreviation_cut("Vogel, Ute (1999): Datenbanksysteme. Stuttgart u.a.", rest)
    # a part's word before a year or a word: a title's end
    assert not abbreviation_cut("Lee, A. (2001). Doing Our Part", "2001: A Space Odyssey.")
    assert not abbreviation_cut("Lee, A. (2001). Doing Our Part", "Adams, B. (2002). Work.")
    # a list's number opens the next line
    assert not abbreviation_cut("Soziologische Texte Bd.", "[4] Weber, M. Wirtschaft. 1922.")
    apart(GERMAN, "Vogel, Ute (1999): Datenbanksysteme. Stuttgart u.a.",
          "Walter, Heinz (2001): Sozialpolitik. Opladen: Leske + Budrich.")


def test_a_subtitle_dash_after_a_title_cut_on_a_word_goes_on() -> None:
    joined(GERMAN, "Nolte, Paul (2004): Generation Reform",
           "– Jenseits der blockierten Republik. München: Beck.")
    joined(HARVARD, "Hollis, K. (2010) Protecting the Poor",
           "— A Guide to Rural Insurance. Geneva: ILO.")


def test_a_dash_that_is_the_same_authors_mark_or_after_a_stop_stays_apart() -> None:
    from claimcheck.ingest.lateyear import habits
    from claimcheck.ingest.markcut import subtitle_dash

    habit = habits(GERMAN)
    cut = "Nolte, Paul (2004): Generation Reform"
    assert subtitle_dash(cut, "– Jenseits der Republik.", habit, True)
    # the same authors' dash and a year, a stop before the dash, an undated entry before
    assert not subtitle_dash(cut, "– (2006) Riskante Freiheit.", habit, True)
    assert not subtitle_dash(cut, "— Riskante Freiheit. München: Beck, 2006.", habit, True)
    assert not subtitle_dash(cut + ".", "– Jenseits der Republik.", habit, True)
    assert not subtitle_dash("Nolte, Paul: Generation Reform", "– Jenseits.", habit, False)
    found = entries([*GERMAN[:3], "Nolte, Paul (2004): Generation Reform. München: Beck.",
                     "——— (2006): Riskante Freiheit. München: Beck.", *GERMAN[3:]])
    assert len(found) == len(GERMAN) + 2


def test_a_dated_line_stopping_on_its_comma_goes_on_with_a_line_of_no_year() -> None:
    joined(GERMAN, "Kessler, Jan (2004): Die Stadt als Bühne,",
           "Soziologie, Frankfurt a. M.: Campus.")
    joined(HARVARD, "Nunez, R. (2007) Borders and Belonging, with a preface by A. Lee,",
           "Paris, L'Harmattan.")


def test_after_a_comma_a_line_of_names_or_its_own_year_stays_apart() -> None:
    from claimcheck.ingest.lateyear import habits
    from claimcheck.ingest.markcut import comma_cut

    habit = habits(GERMAN)
    cut = "Kessler, Jan (2004): Die Stadt als Bühne,"
    assert comma_cut(cut, "Soziologie, Frankfurt a.M.", habit, True)
    assert not comma_cut(cut, "Mann, Eva; Roth, Udo: Befunde. Bonn: Dietz.", habit, True)
    assert not comma_cut(cut, "Soziologie, Frankfurt a. M. 2005.", habit, True)
    assert not comma_cut(cut, "Soziologie, Frankfurt a. M.: Campus.", habit, False)
    assert not comma_cut("Kessler, J. (2004): Online: http://www.example.org,",
                         "Soziologie, Frankfurt a. M.: Campus.", habit, True)


def test_a_line_opening_with_an_issue_or_an_access_note_in_brackets_goes_on() -> None:
    joined(APA, "Moreau, L. (2012). Field notes on teaching. Forum Qualitative Research 13",
           "(2): Art. 14, [accessed: May 3, 2013].")
    joined(APA, "Silva, R. (2015). Wound care in clinics. Rev Enferm. 2015",
           "[cited 2016 Mar 02];12(4):33-41. Available from: http://www.example.org/a.pdf")
    joined(GERMAN, "Pohl, Ina (2001): Zeitzeugen und Erinnerung, in: BIOS, 2001",
           "(14. Jg.), 22-37.")


def test_a_bracketed_list_number_or_year_opens_an_entry() -> None:
    from claimcheck.ingest.markcut import bracket_rest

    assert bracket_rest("(2): Art. 14, [accessed: May 3, 2013].")
    assert not bracket_rest("(32) Houck, W. J.; Pollack, R. M. Effects. J. Chem. 1990, 4, 1-9.")
    assert not bracket_rest("(2001): Riskante Freiheit. München: Beck.")
    assert not bracket_rest("(32) Хоуцк, W. J. Effects. J. Chem. 1990, 4, 1-9.")
    assert not bracket_rest("[12] Weber, M. Wirtschaft und Gesellschaft. Tübingen, 1922.")
