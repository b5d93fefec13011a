"""A damaged parse must not become a finding when the printed string is right."""

from __future__ import annotations

from claimcheck.compare.checks import check_fields
from claimcheck.compare.printed import in_print, printed_text, printed_years
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
