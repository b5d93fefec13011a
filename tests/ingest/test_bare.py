"""One-reference-a-line lists with a hard wrap here and there: the rest of an entry joins it,
a whole reference never does."""

import re

from claimcheck.ingest.plaintext import split_document

APA = [
    "Brown, C. (2011). Another title of a study. Nature, 475, 91-95.",
    "Corssen, G., & Domino, E. F. (1965). Dissociative anesthesia. Anesth. Analg., 45, 29-40.",
    "Ellison, G. (1995). The antagonists as models of the dementias. Brain Res. Rev., 20, 250-67.",
    "Holsboer, F. (2014). Redesigning antidepressant drug discovery. Dialogues, 16, 5-7.",
    "Kuhn, R. (1957). Treatment of depressive states. Schweiz. Med. Wochenschr., 87, 1135-40.",
    "Miller, T. (2003). Ways of reading a list of references. Psychol. Rev., 110, 1-22.",
    "Smith, J. (2010). A study of things. Journal of Things, 12(3), 34-56.",
]


def _entries(lines: list[str]) -> list[str]:
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    return [entry.text for entry in split_document(text).entries]


def test_a_line_cut_after_the_title_joins_its_entry() -> None:
    lines = [*APA[:3], "Jones, K. (2008). The rest of a title that ended here.",
             "Journal of Applied Studies, 4(2), 101-118.", *APA[3:]]
    entries = _entries(lines)
    assert len(entries) == len(APA) + 1
    assert entries[3].endswith("ended here. Journal of Applied Studies, 4(2), 101-118.")


def test_a_line_cut_in_a_phrase_joins_its_entry() -> None:
    lines = [*APA[:2], "Jones, K. (2008). The rest of a title that was cut in the",
             "middle. Journal of Applied Studies, 4(2), 101-118.", *APA[2:]]
    assert len(_entries(lines)) == len(APA) + 1
    lines = [*APA[:2], "Jones, K. (2008). The rest of a title. Journal of Applied",
             "Studies, 4(2), 101-118.", *APA[2:]]
    assert len(_entries(lines)) == len(APA) + 1


def test_a_place_and_publisher_cut_off_join_their_book() -> None:
    lines = [*APA[:4], "Jones, K. (2008). A book about things.", "Oxford: Clarendon Press.",
             *APA[4:]]
    entries = _entries(lines)
    assert len(entries) == len(APA) + 1
    assert entries[4].endswith("things. Oxford: Clarendon Press.")


def test_short_and_unusual_entries_stay_entries() -> None:
    # a whole reference after one that lacks pages is never swallowed
    others = ["Homer. Odyssey 9.105-566.", "van der Berg, J. (2001). Particles. Lingua, 3, 1-9.",
              "王伟, 李娜 (2012). 标题. 期刊, 3, 12-15.", "Иванов И. И. Название. М.: Наука, 2015.",
              "“A Title First.” Journal of Things 4 (2001): 1-9.", "ders., Another work, 1999.",
              "a. a. O., S. 252."]
    for other in others:
        lines = [*APA[:3], "Jones, K. (2008). A book about things. Oxford: Clarendon Press.",
                 other, *APA[3:]]
        assert len(_entries(lines)) == len(APA) + 2, other


def test_a_list_without_years_keeps_one_entry_a_line() -> None:
    undated = [re.sub(r" \(\d{4}\)\.", "", line) for line in APA]  # no years
    lines = ["Jones, K. A book about things.", "Journal of Applied Studies, 4(2), 101-118.",
             *undated]
    assert len(_entries(lines)) == len(undated) + 2


def test_a_list_that_drops_its_bullets_goes_on_one_entry_a_line() -> None:
    bulleted = [f"• {line}" for line in APA]
    lines = [*bulleted, *APA, "Jones, K. (2008). The rest of a title that ended here.",
             "Journal of Applied Studies, 4(2), 101-118."]
    assert len(_entries(lines)) == 2 * len(APA) + 1
    # a bulleted list whose items run over several lines keeps them
    wrapped = [part for line in bulleted for part in (line[:40], line[40:].strip())]
    assert len(_entries(wrapped)) == len(APA)


def test_an_abbreviation_at_an_entry_end_does_not_swallow_the_next() -> None:
    lines = [*APA[:3], "Mead, G. H. (1991). Geist, Identität und Gesellschaft. Frankfurt a. M.",
             "Royal Society. (1991). Auswirkungen der Arbeit. Mitteilungen, 24, 178-192.",
             *APA[3:]]
    assert len(_entries(lines)) == len(APA) + 2


def test_a_short_physics_list_with_a_wrap_here_and_there() -> None:
    lines = ["C. K. Chang. J. Am. Chem. Soc. 99, 2819 (1977).",
             "A. Lecas, J. Levisalles, Z. Renko et E. Rose. Tetrahedron",
             "Lett. 25, 1563 (1984).",
             "G. M. Badger, R. A. Jones et R. L. Laslett. Aust. J. Chem. 17, 1157",
             "(1964);",
             "A. W. Johnson, E. Marham et A. Price. Org. Synth. 42, 75 (1962).",
             "Y. S. Rao. Chem. Rev. 76, 625 (1976);",
             "A. Dehnel, J. P. Finet et G. Lavielle. Synthesis, 474",
             "(1977).",
             "W. T. Ford. Acc. Chem. Res. 6, 410 (1973);",
             "F. G. Bordwell. Acc. Chem. Res. 5, 374 (1972).",
             "R. A. Sneen. Acc. Chem. Res. 6, 46 (1973)."]
    entries = _entries(lines)
    assert len(entries) == 9
    assert entries[1].endswith("Tetrahedron Lett. 25, 1563 (1984).")


def test_a_bulleted_list_whose_bullets_stop_goes_on_in_its_own_layout() -> None:
    wrapped = [part for line in APA for part in (line[:line.rfind(" ", 0, 45)],
                                                 line[line.rfind(" ", 0, 45) + 1:])]
    bulleted = [f"- {line}" if k % 2 == 0 else line for k, line in enumerate(wrapped)]
    entries = _entries([*bulleted, *wrapped])
    # the bulleted items, then the rest read as a wrapped list of its own (before: all of
    # it in the last item); a list this short may cut one of its entries once
    assert entries[: len(APA)] == APA
    assert entries[len(APA)] == APA[0]
    assert len(entries) in (2 * len(APA), 2 * len(APA) + 1)


VANCOUVER = [
    "Lisch D (2002) Mutator transposons. Trends Plant Sci 7: 498-504.",
    "Kent WJ (2002) BLAT, the BLAST-like alignment tool. Genome Res 12: 656-664.",
    "Huang X, Madan A (1999) CAP3: a DNA sequence assembly program. Genome Res 9: 868-877.",
    "Edgar RC (2010) Search and clustering orders of magnitude faster. Bioinformatics 26: 2460.",
    "Riley JL, Katz LA (2001) Widespread distribution of fragmentation. Mol Biol Evol 18: 1372.",
]


def test_a_journal_and_volume_a_cut_names_list_and_authors_with_year_join() -> None:
    cuts = [["DuBois M, Prescott DM (1995) Scrambling of the actin I gene in two species.",
             "Plant J 34: 453-471."],
            ["Nowacki M, Vijayan V, Zhou Y,",
             "Schotanus K, Doak TG, et al. (2008) RNA-mediated programming. Nature 451: 153-158."],
            ["Huhta AP, Hellström K, Rautio P, Tuomi J (2003)",
             "Grazing tolerance of Gentianella amarelle. Plan Ecol 166: 49-61."]]
    for cut in cuts:
        entries = _entries([*VANCOUVER[:2], *cut, *VANCOUVER[2:]])
        assert len(entries) == len(VANCOUVER) + 1, cut
        assert entries[2] == " ".join(cut)


def test_a_vancouver_tail_joins_and_a_year_opening_a_title_does_not() -> None:
    entries = _entries([*VANCOUVER[:2], "Brandon M, Baldi P. Mitochondrial mutations in cancer.",
                        "Oncogene. 2006;25:4647-4662.", *VANCOUVER[2:]])
    assert len(entries) == len(VANCOUVER) + 1
    assert entries[2].endswith("cancer. Oncogene. 2006;25:4647-4662.")
    # an entry without its authors that opens with its year stays an entry
    entries = _entries([*VANCOUVER[:2], "Brandon M, Baldi P. Mitochondrial mutations in cancer.",
                        "2006. Another title of a work. Oncogene 25: 4647-4662.", *VANCOUVER[2:]])
    assert len(entries) == len(VANCOUVER) + 2


# Chicago and numbered-style entries whose year comes last: cut before the year, the rest
# of the entry opens with a place, a journal or a title word, never with a name
CHICAGO = [
    "Adams, Henry. Mont-Saint-Michel and Chartres. Boston: Houghton Mifflin, 1930.",
    "Bowles, Paul. The Sheltering Sky. New York: New Directions, 1949.",
    "Clark, T. J. Farewell to an Idea. New Haven: Yale University Press, 1999.",
    "Douglas, Mary. Purity and Danger. London: Routledge, 1966.",
    "Engels, Friedrich. The Condition of the Working Class. Leipzig: Wigand, 1845.",
    "Frye, Northrop. Anatomy of Criticism. Princeton: Princeton University Press, 1957.",
]


def test_the_rest_of_an_undated_line_that_brings_the_year_joins_it() -> None:
    cases = [("Solomon, Ezra. The Theory of Financial Management.",
              "New York: Columbia University Press, 1963."),
             ("J. J. Koenderink. The structure of images.",
              "Biological Cybernetics, 50 363-396, 1984."),
             ("Gibson, William. Burning", "Chrome. New York: HarperCollins Publishers, 2003."),
             ("P. Havlak and K. Kennedy.",
              "An implementation of section analysis. IEEE Trans. Parallel Distrib. Syst., 1991.")]
    for first, rest in cases:
        entries = _entries([*CHICAGO[:3], first, rest, *CHICAGO[3:]])
        assert len(entries) == len(CHICAGO) + 1, (first, entries)
        assert entries[3] == f"{first} {rest}"


def test_an_undated_whole_entry_keeps_the_next_that_opens_with_its_author_and_year() -> None:
    # the entry before ends as whole entries do (pages, a link) or is "in preparation";
    # the next opens with an organisation or a name and its year, or initials and a name
    cases = [("Miller, T. Ways of reading a list. Psychol. Rev., 110, 1-22.",
              "Partners in Health. Press conference on treatment, Boston, 2010."),
             ("Miller, T. A thing online. Available from: http://example.org/thing.",
              "The Boston Consulting Group. Perspectives on Strategy. 1968."),
             ("Miller, T. The dynamics of lists, in preparation.",
              "National Handbook of Functions, Cambridge University Press, 2010."),
             ("Miller, T. The dynamics of lists. Bled, Slovenia.",
              "OECD, 2000. Guidelines on tourism satellite accounts. Paris: OECD."),
             ("Miller, T. The dynamics of lists. Bled, Slovenia.",
              "A. P. Witkin. Scale-space filtering. In Proc. Intl. Joint Conf., 1983.")]
    for first, rest in cases:
        entries = _entries([*CHICAGO[:3], first, rest, *CHICAGO[3:]])
        assert len(entries) == len(CHICAGO) + 2, (first, entries)


def test_the_rest_of_a_dated_entry_after_its_title_joins_it() -> None:
    # the entry printed its year; the line after its title's full stop has none and opens as
    # no entry does: a subtitle, a note of how it was given, a series
    cases = [("Hulleman, C. S. (2009). Promoting interest in math: Two experimental tests.",
              "Paper presented at the meeting of the American Educational Research Association."),
             ("Hüppe, H. (2014). Dank an Hubert Hüppe. Zeitschrift für Inklusion.",
              "Gemeinsam leben. Heft 3, S. 143 f.")]
    for first, rest in cases:
        entries = _entries([*APA[:3], first, rest, *APA[3:]])
        assert len(entries) == len(APA) + 1, (first, entries)
        assert entries[3] == f"{first} {rest}"


def test_an_undated_organisation_or_title_entry_after_a_dated_one_stays_an_entry() -> None:
    for line in ("World Health Organization. Global report on diabetes. Geneva: WHO.",
                 "Anonymous. The book of lists. London: Penguin.",
                 "Beowulf. Translated by Seamus Heaney. New York: Norton.",
                 "European Commission, Case Number IV/M 190: Nestlé and Perrier."):
        entries = _entries([*APA[:3], "Jones, K. (2008). The rest of a title that ended here.",
                            line, *APA[3:]])
        assert len(entries) == len(APA) + 2, (line, entries)
        entries = _entries([*APA[:3], "Jones, K. (2008). The rest of a title. Special Edition.",
                            line, *APA[3:]])
        assert len(entries) == len(APA) + 2, (line, entries)


def test_names_cut_between_a_family_name_and_its_initials_join() -> None:
    vancouver = [f"Author{k} A, Writer B{k}. A study of part {k}. J Stud. 201{k};{k}:1-9."
                 for k in range(1, 8)]
    for first, rest in (("Venter JC, Adams MD, Myers EW, Li PW, Sutton",
                         "GG, Smith HO. The sequence of the human genome. Science. 2001;291:1304."),
                        ("Tetu B, Brisson J, Plante V, Bernard",
                         "P. P53 as a marker of resistance. Clin Cancer Res. 1998;4:2011-9.")):
        entries = _entries([*vancouver[:3], first, rest, *vancouver[3:]])
        assert len(entries) == len(vancouver) + 1, (first, entries)
        assert entries[3] == f"{first} {rest}"
    # a fragment of names, then an entry whose family name is in capitals, stays apart (the
    # fragment opens with "by", a connective no entry opens with: `linehead` joins it to the
    # entry before)
    entries = _entries([*vancouver[:3], "by H. Arioui, R. Merzouki, and H. A. Abbassi",
                        "YAO A.C. On parallel computation. Proc. STOC 1980, 12-19.",
                        *vancouver[3:]])
    assert entries[3] == "YAO A.C. On parallel computation. Proc. STOC 1980, 12-19.", entries
