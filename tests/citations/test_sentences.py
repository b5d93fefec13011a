"""Sentence, table-row and heading units, and the claims built from them."""

from __future__ import annotations

from claimcheck.citations import extract_claims
from claimcheck.citations.sentences import split_units
from claimcheck.model import Author, Reference


def sentences(text: str, groups: tuple[tuple[int, int], ...] = ()) -> list[str]:
    return [text[u.start : u.end] for u in split_units(text, groups) if u.kind == "sentence"]


def test_abbreviations_decimals_and_initials_do_not_end_sentences() -> None:
    text = (
        "Smith et al. found 0.5 mg/kg works, e.g. in mice, i.e. rodents. It beat placebo vs. "
        "saline (Fig. 2). J. R. Smith agreed. Next one."
    )
    assert sentences(text) == [
        "Smith et al. found 0.5 mg/kg works, e.g. in mice, i.e. rodents.",
        "It beat placebo vs. saline (Fig. 2).",
        "J. R. Smith agreed.",
        "Next one.",
    ]


def test_citation_after_the_period_stays_with_its_sentence() -> None:
    text = "Mice improved. [12] Rats did not.12,13 Dogs were not tested."
    first, second = text.index("[12]"), text.index("12,13")
    groups = ((first, first + 4), (second, second + 5))
    assert sentences(text, groups) == [
        "Mice improved. [12]", "Rats did not.12,13", "Dogs were not tested.",
    ]


def test_page_break_inside_a_sentence_is_joined() -> None:
    text = "Moreover, adjunctive intravenous ketamine\n\nhas emerged as a treatment. Next.\n"
    assert sentences(text) == [
        "Moreover, adjunctive intravenous ketamine\n\nhas emerged as a treatment.", "Next.",
    ]


def test_headings_and_table_rows() -> None:
    text = "Introduction\n\nBody text here.\n\n9\tRandomized\tSmith, 2001\n18\tOpen\tJones, 2002\n"
    units = split_units(text)
    kinds = [(u.kind, u.section, text[u.start : u.end]) for u in units]
    assert kinds == [
        ("heading", "Introduction", "Introduction"),
        ("sentence", "Introduction", "Body text here."),
        ("row", "Introduction", "9\tRandomized\tSmith, 2001"),
        ("row", "Introduction", "18\tOpen\tJones, 2002"),
    ]


def test_markdown_pipe_table_rows_are_units() -> None:
    text = "| n | design | ref |\n|---|---|---|\n| 9 | trial | Smith, 2001 |\n"
    assert [u.kind for u in split_units(text)] == ["row", "row", "row"]


def test_markdown_headings_name_sections() -> None:
    text = "# Title\n\n## METHODS\n\nWe did it (Smith, 2001).\n"
    refs = (Reference(id="Smith2001", index=1, line=9, raw="Smith, J. (2001). T.",
                      authors=(Author("Smith"),), year="2001"),)
    claim = extract_claims(text, refs).claims[0]
    assert (claim.id, claim.section, claim.line, claim.sentence) == (
        "C1", "METHODS", 5, "We did it (Smith, 2001).",
    )
    assert text[claim.start : claim.end] == "We did it (Smith, 2001)."


def test_semicolon_clauses_citing_different_works_are_separate_claims() -> None:
    refs = tuple(
        Reference(id=n, index=i, line=i, raw=f"{n}, J. (2001). T.", authors=(Author(n),),
                  year="2001")
        for i, n in enumerate(("Smith", "Jones"), 1)
    )
    text = "Ketamine acts fast (Smith, 2001); its effect fades within a week (Jones, 2001)."
    claims = extract_claims(text, refs).claims
    assert [c.sentence for c in claims] == [
        "Ketamine acts fast (Smith, 2001);", "its effect fades within a week (Jones, 2001).",
    ]
    one = extract_claims("Ketamine acts fast; its effect fades (Jones, 2001).", refs).claims
    assert len(one) == 1
