"""Callouts in other publishers' forms, session 13 (issue 14, helper cite9): an entry whose
parse took a title word for a second author keeps its place among the list's works of one
name and year, so a year letter the list does not print still names it; a work's parts in
brackets ("[1a–c]") cite the work; a range from a marked work ("[4••–6]") expands; "(ref. 5)"
and "(refs 3,4)" cite in any form without outvoting Nature's superscripts. The guards (a
second author with initials, "[3a]" labels, "(reference 1)", a parenthesis article) pass
before and after."""

from __future__ import annotations

from claimcheck.citations.numeric import find_numeric
from claimcheck.model import Author, Reference

from .conftest import links


def _abnt(key: str, index: int, title: str, authors: tuple[Author, ...]) -> Reference:
    raw = f"ANON, A. {title}. Journal, v. 1, p. 1–10, 2008."
    return Reference(id=key, index=index, line=100 + index, raw=raw, authors=authors,
                     year="2008")


def test_title_words_the_parser_took_for_authors_do_not_shift_the_letters() -> None:
    # an ABNT list prints no letters; the text names the works 2008a-c in list order. The
    # parse of the second entry gave "ANON" no initials and "crossref" the list's "A."
    refs = (
        _abnt("a", 1, "The Internet Archive", (Author("ANON", "A."),)),
        _abnt("b", 2, "crossref.org: dois for research content",
              (Author("ANON", ""), Author("crossref", "A."))),
        _abnt("c", 3, "Open Archives Initiative", (Author("ANON", "A."),)),
    )
    text = ("Archives keep pages (ANON, 2008a). Identifiers resolve (ANON, 2008b). "
            "Harvesting follows a protocol (ANON, 2008c). More text.\n\n")
    assert links(text, refs) == {"ANON, 2008a": ("a",), "ANON, 2008b": ("b",),
                                 "ANON, 2008c": ("c",)}


def test_a_second_author_with_initials_still_counts() -> None:
    # the first author printed with initials and a co-author after a semicolon: two authors
    refs = (
        Reference(id="a", index=1, line=101, raw="SMITH, A. Title one. Journal, v. 1, 2008.",
                  authors=(Author("SMITH", "A."),), year="2008"),
        Reference(id="b", index=2, line=102,
                  raw="SMITH, A.; JONES, B. Title two. Journal, v. 1, 2008.",
                  authors=(Author("SMITH", "A."), Author("JONES", "B.")), year="2008"),
    )
    text = "One work (SMITH, 2008). Another (SMITH; JONES, 2008). More text.\n\n"
    assert links(text, refs) == {"SMITH, 2008": ("a",), "SMITH; JONES, 2008": ("b",)}


def _numbers(body: str, count: int = 30) -> list[int]:
    return [c.number for c in find_numeric(body, count)]


def test_a_chemistry_works_parts_cite_the_work() -> None:
    # Angewandte and Chem. Eur. J. number a work's parts "[1] a) ...; b) ...; c) ..."
    body = ("Organocatalysis has matured.[1a–c] Proline catalyses aldol reactions,[2] and "
            "imidazolidinones extended the scope.[3a,b] Both agree.[2,3a]\n")
    assert _numbers(body) == [1, 2, 3, 2, 3]


def test_a_letter_in_brackets_that_names_no_part_is_no_callout() -> None:
    body = ("Cells took up [3H]thymidine [1] and the [2a] form was absent [2]. Compound "
            "[5b] is a label here.\n")
    assert _numbers(body) == [1, 2]


def test_a_range_from_a_marked_work_expands() -> None:
    body = "Microbes shape immunity [1••,2]. Clostridia expand T cells [4••–6] and more [3•].\n"
    assert _numbers(body) == [1, 2, 4, 5, 6, 3]


def test_numbers_named_as_references_do_not_outvote_superscripts() -> None:
    # Nature prints superscripts and, in parentheses, "(refs 3,4)" and "(ref. 5)"
    body = ("Reefs are declining worldwide.1,2 Bleaching is more frequent (refs\n3,4), and "
            "the 2016 event killed corals (ref. 5; Fig. 2). Recovery takes a decade or more6.\n")
    assert _numbers(body, 7) == [1, 2, 3, 4, 5, 6]


def test_numbers_named_as_references_in_a_parenthesis_article() -> None:
    body = "Reefs decline (1, 2). Bleaching recurs (refs 3,4) and kills (ref.\n5), see (6).\n"
    assert _numbers(body, 7) == [1, 2, 3, 4, 5, 6]


def test_powers_of_ten_in_brackets_show_no_parts() -> None:
    body = ("Nets learn on meshes [1], [2]. Variant [3a] drops edges. The rate lay in "
            "[1e-4, 1e-2] and the split was [0.8, 0.2], as in [2].\n")
    assert _numbers(body, 6) == [1, 2, 2]


def test_a_work_named_beside_a_figure_in_a_parenthesis() -> None:
    body = ("Reefs are declining worldwide.1,2 Bleaching recurs (ref. 3 and Fig. 1), and "
            "corals die (refs 4,5, Extended Data Fig. 2).\n")
    assert _numbers(body, 7) == [1, 2, 3, 4, 5]


def test_a_sample_labelled_reference_is_no_callout() -> None:
    body = ("Soil respiration rises with temperature.1 Two soils were used, as before.2,3 "
            "The loam (reference 1) lost carbon and the sand (reference 2) did not.\n")
    assert _numbers(body, 4) == [1, 2, 3]
