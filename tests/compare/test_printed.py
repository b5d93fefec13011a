"""A damaged parse must not become a finding when the printed string is right."""

from __future__ import annotations

from claimcheck.compare.checks import check_fields
from claimcheck.compare.printed import in_print, printed_text, printed_years, title_in_print
from tests.compare.fakes import authors, record, reference

RAW = (
    "Smith, A., and Jones, B. (2010). Ketamine and the brain: a review. J. Neurosci. 30, "
    "100-110. doi: 10.1000/abc.2015.9 Available online at: https://example.org/2015"
)


def test_printed_text_drops_doi_and_urls() -> None:
    assert printed_text(reference(raw=RAW)).endswith("30, 100-110.")
    assert printed_years(reference(raw=RAW)) == frozenset({"2010"})


def test_in_print_matches_whole_folded_words() -> None:
    ref = reference(raw=RAW)
    assert in_print(ref, "Ketamine and the Brain - A Review")
    assert in_print(ref, "J Neurosci")
    assert not in_print(ref, "J Neuro")
    assert not in_print(ref, "")


def test_title_cut_by_the_parse_is_not_a_finding() -> None:
    ref = reference(raw=RAW, title="Ketamine and the brain", container="A review. J. Neurosci.")
    assert check_fields(ref, record()) == ()


def test_author_split_by_the_parse_is_not_a_finding() -> None:
    raw = RAW.replace("Jones, B.", "Jonesy, B.")
    ref = reference(raw=raw, authors=authors("Smith", "Jonesy"))
    assert [f.rule for f in check_fields(ref, record(authors=authors("Smith", "Jones")))] == [
        "author-mismatch"
    ]
    ref = reference(raw=RAW, authors=authors("Smith", "Jone"))
    assert check_fields(ref, record()) == ()


def test_year_taken_from_inside_the_title_is_not_a_finding() -> None:
    raw = RAW.replace("a review", "the 1999 act")
    ref = reference(raw=raw, title="Ketamine and the brain: the 1999 act", year="1999")
    assert check_fields(ref, record(title="Ketamine and the brain: the 1999 act")) == ()


def test_a_title_printed_with_a_slip_is_found_wherever_the_parse_put_it() -> None:
    raw = ("American Heart Society Exercise guidlines for older adults with diabetes. "
           "Heart Care2009;32:S40–S45")
    run, score = title_in_print(reference(raw=raw), "Exercise guidelines for older adults "
                                "with diabetes")
    assert run == "Exercise guidlines for older adults with diabetes" and score > 0.95
    # another title, or a short one printed with a slip, is not found
    assert title_in_print(reference(raw=raw), "Exercise in older adults with asthma")[0] == ""
    assert title_in_print(reference(raw="Smith A. Lasa fever. J 1: 2."), "Lassa fever")[0] == ""


def test_a_year_glued_to_the_journal_is_printed() -> None:
    raw = "Smith A: Impact of diabetes: U.S., 2005–2050. Diabetes Care2006;29:2114–6"
    assert printed_years(reference(raw=raw)) == frozenset({"2005", "2050", "2006"})
    assert printed_years(reference(raw="Smith A. Title. J 12: S2006.")) == frozenset()


def test_pages_printed_whole_but_parsed_apart_are_not_a_finding() -> None:
    # a thin space grouping thousands, and an article number with letters read as the year
    raw = "Stone D (2010) HOx over Africa. Atmos Chem Phys 10:9\u2009415\u20139429."
    ref = reference(raw=raw, pages="9", title="HOx over Africa")
    rec = record(title="HOx over Africa", pages="9 415-9429")
    assert [f.rule for f in check_fields(ref, rec)] == []
    raw = "Wash R (2015) Brown carbon. Geophys Res Lett 42:2014GL062444."
    ref = reference(raw=raw, pages="2015", title="Brown carbon")
    assert [f.rule for f in check_fields(ref, record(title="Brown carbon", pages="",
                                                     article_number="2014GL062444"))] == []
    # the record's pages printed nowhere: the difference is the print's
    ref = reference(raw=raw.replace("2014GL062444", "2014GL062445"), pages="2014GL062445",
                    title="Brown carbon")
    rec = record(title="Brown carbon", pages="", article_number="2014GL062444")
    assert [f.rule for f in check_fields(ref, rec)] == ["pages-mismatch"]
