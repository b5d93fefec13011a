"""Session 21 seg24: a one-a-line dated entry whose first line stops on a bare word inside
its container (after "In:", "in", "(Hrsg.)", "(Eds.)", "(dir.)", a proceedings' name) goes
on with the next line when that line prints no year or date of its own, even when it opens
as entries do ("Wandel, Opladen: ...", "Gesellschaften. Frankfurt ..."); a line with names
and a year, a date of its own, or a list number stays an entry, and so does every
line after an entry that stops on its container's cue alone or on no cue."""

from tests.ingest.listings import APA, apart, joined

DE = [
    "Beck, U. (1986): Risikogesellschaft. Auf dem Weg in eine andere Moderne. Frankfurt: Suhrkamp.",
    "Esser, H. (1999): Soziologie. Spezielle Grundlagen. Band 1. Frankfurt a. M.: Campus.",
    "Hradil, S. (2001): Soziale Ungleichheit in Deutschland. Opladen: Leske + Budrich.",
    "Kohli, M. (1985): Die Institutionalisierung des Lebenslaufs. In: KZfSS 37, S. 1-29.",
    "Luhmann, N. (1984): Soziale Systeme. Frankfurt a. M.: Suhrkamp.",
    "Schimank, U. (2000): Handeln und Strukturen. Weinheim: Juventa.",
    "Zapf, W. (1994): Modernisierung, Wohlfahrtsentwicklung und Transformation. Berlin: Sigma.",
]
FR = [
    "Bourdieu, P. (1979). La distinction. Critique sociale du jugement. Paris : Minuit.",
    "Castel, R. (1995). Les métamorphoses de la question sociale. Paris : Fayard.",
    "Dubet, F. (1987). La galère : jeunes en survie. Paris : Fayard.",
    "Lahire, B. (1998). L'homme pluriel. Paris : Nathan.",
    "Paugam, S. (1991). La disqualification sociale. Paris : PUF.",
    "Rosanvallon, P. (1995). La nouvelle question sociale. Paris : Seuil.",
    "Schnapper, D. (1994). La communauté des citoyens. Paris : Gallimard.",
]


def test_a_container_cut_on_a_word_goes_on_though_its_rest_opens_as_entries_do() -> None:
    # German edited books: the rest reads as a name and its comma, or one word and its stop
    joined(DE, "Mayer, K. U. (1990): Lebensverläufe. In: Mayer, K. U. (Hrsg.): Lebensverläufe "
           "und Sozialer", "Wandel, Opladen: Westdeutscher Verlag, S. 7-21.")
    joined(DE, "Berger, P. A. (1996): Individualisierung. In: Zapf, W. (Hrsg.): Die Modernisierung "
           "Moderner", "Gesellschaften. Frankfurt a. M.: Campus, S. 60-79.")
    # English edited books and proceedings
    joined(APA, "Baumeister, R. F. (1998). The self. In D. T. Gilbert & S. T. Fiske (Eds.), "
           "The Handbook of Social", "Psychology, Vol. 1 (pp. 680-740). McGraw-Hill.")
    joined(APA, "Brown, T. (2017). Attention at scale. In Proceedings of the Annual Meeting on "
           "Neural", "Information Processing, Long Beach, CA, pp. 5998-6008.")
    # French: "In :" and "(dir.)"
    joined(FR, "Dubet, F. (1996). Les figures de la ville. In : S. Paugam (dir.), L'Exclusion",
           "Sociale, Paris : La Découverte, p. 33-58.")


def test_a_line_with_its_own_names_and_year_or_date_stays_an_entry() -> None:
    cut = ("Mayer, K. U. (1990): Lebensverläufe. In: Mayer, K. U. (Hrsg.): Lebensverläufe und "
           "Sozialer Wandel")
    # the next entry's names and year, the same year as the entry before
    apart(DE, cut, "Müller, W. (1990): Bildung und Klassenlage. Opladen: Leske.")
    # an edited book's editor as its author, then the year
    apart(DE, cut, "Kreckel, R. (Hrsg.) (1983): Soziale Ungleichheiten. Göttingen: Schwartz.")
    # a newspaper's date of its own
    apart(DE, "Schmidt, H. (2004): Die Reform. In: Der Spiegel",
          "Die Zeit, 15. November 1996, S. 3.")
    apart(DE, cut, "[12] Statistisches Bundesamt, Fachserie 1, Wiesbaden.")


def test_no_join_after_a_cue_alone_or_without_a_cue() -> None:
    # an entry that stops on its container's cue alone: the next line with names and year
    apart(APA, "Smith, J. (2004). Chapter title. In:", "Jones, K. (2005). Another work. Sage.")
    # an entry whose container ends on its stop: a dated entry of its own after it
    apart(DE, "Mayer, K. U. (1990): Lebensverläufe. In: Mayer, K. U. (Hrsg.): Lebensverläufe.",
          "Statistisches Bundesamt (1991): Datenreport. Bonn.")


def test_a_cut_among_the_editors_after_in_goes_on_with_their_mark() -> None:
    # the line stops among the editors' names after "In"; the next line ends them with
    # their mark ("(Eds.)", "(Hrsg.)", ", eds.,") and names the work
    joined(APA, "Lipsky, M. (2004). Street-level bureaucrats. In B.",
           "G. Peters & J. Pierre (Eds.), Handbook of Public Administration (pp. 3-12). Sage.")
    joined(DE, "Monheim, R. (1981): Beobachtungen. In: Pletsch, A. u.",
           "W. Döpp (Hrsg.): Beiträge zur Kulturgeographie. Marburg, S. 19-30.")
    joined(APA, "Klein, S. (2003). Critical professionalism. In T. Leithäuser, S.",
           "Meyerhuber, & M. Schottmayer (Eds.), Organisationsverstehen (pp. 227-237). Springer.")


def test_an_editor_s_own_book_stays_an_entry() -> None:
    cut = "Monheim, R. (1981): Beobachtungen. In: Pletsch, A. u."
    # the editor's book with its year: in its head (the same year), or ending the line
    apart(DE, cut, "Döpp, W. (Hrsg.) (1981): Beiträge zur Kulturgeographie. Marburg.")
    apart(DE, cut, "Döpp, W. (Hrsg.): Beiträge zur Kulturgeographie. Marburg 1979.")
    # no "In" before the names: a whole entry, then an edited book without a year
    apart(APA, "Lipsky, M. (2004). Street-level bureaucrats. Sage.",
          "G. Peters & J. Pierre (Eds.), Handbook of Public Administration. Sage.")


def test_a_container_s_rest_with_german_pages_goes_on() -> None:
    # the rest brings only the chapter's pages after "S." (a figure dash between them)
    joined(DE, "Reckwitz, A. (2006): Praxistheorie. In: Moebius, S.: Kultur",
           "Theorien. Neue Ansätze der Kulturwissenschaften, S. 40‒54.")


def test_an_undated_entry_after_a_container_without_its_stop_stays_an_entry() -> None:
    # review of seg24: in a list whose entries lack their final stop, a chapter or paper
    # ends on its container's title; the undated entry after it (a body's report, a
    # reference work, a statute, a dataset or web page) brings an imprint or a link but no
    # pages, which a container's rest ends on
    apart(DE, "Schimank, U. (2011): Gesellschaftliche Differenzierung. In: Handbuch Soziologie",
          "Duden. Die deutsche Rechtschreibung, Berlin: Dudenverlag")
    apart(DE, "Diewald, M. (2016): Familie und Beruf. In: Handwörterbuch zur Gesellschaft "
          "Deutschlands", "Bürgerliches Gesetzbuch (BGB), München: Beck")
    apart(APA, "Vaswani, A. et al. (2017). Attention is all you need. In Advances in Neural "
          "Information Processing Systems", "Wikimedia Foundation. Wikipedia Dumps, "
          "https://dumps.wikimedia.org")
    apart(APA, "Hacking, I. (1999). Making up people. In The Science Studies Reader",
          "Royal Society. Philosophical Transactions Archive, London: Royal Society Publishing")
    apart(APA, "Tidd, J. (2014) 'Innovation management', in Dodgson, M., Gann, D. and "
          "Phillips, N. (eds.) The Oxford Handbook of Innovation Management",
          "Department for Business and Trade. Industrial Strategy, London: HM Government")


def test_an_entry_dated_n_d_after_a_container_without_its_stop_stays_an_entry() -> None:
    # review of seg24: the next entry prints "n.d." or "o. J." in its head, pages too
    apart(DE, "Mayer, K. U. (2009): Lebensverlauf. In: Grundbegriffe der Soziologie",
          "Statistisches Bundesamt (o. J.): Fachserie 1, Reihe 4.1, Wiesbaden, S. 12–18")
    apart(APA, "Calvert, S. L. (2017). Children as consumers. In Handbook of Children and "
          "the Media", "Common Sense Media. (n.d.). Parents' ultimate guide, pp. 1–4. "
          "https://www.commonsensemedia.org")


def test_a_title_opening_with_in_is_no_container() -> None:
    # review of seg24: "In" after the year's stop opens the title, not a container
    apart(APA, "Pollan, M. (2008). In Defense of Food",
          "Oxford English Dictionary, 2nd ed., vol. 3, pp. 112–118. Oxford: Clarendon Press.")
