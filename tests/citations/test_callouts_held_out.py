"""Callout forms the held-out articles print: equation numbers that are no citations,
author lists in capitals, and Nature superscripts after a mark that follows a digit."""

from __future__ import annotations

import pytest

from claimcheck.citations.after_marks import after_marks
from claimcheck.citations.equations import equation_labels, is_formula
from claimcheck.citations.numeric import find_numeric

from .conftest import links, ref


def numbers(text: str, count: int = 30) -> list[int]:
    return [c.number for c in find_numeric(text, count)]


@pytest.mark.parametrize("line", [
    "f ( x ) ≤ g ( x ) + ε ,", "x → ∞ ,", "+ d e −1", "T L = ∑ i = 1 n S i", "y = a x + b",
])
def test_lines_of_mathematics_are_formulas(line: str) -> None:
    assert is_formula(line)


@pytest.mark.parametrize("line", [
    "of mice (n = 12) were treated as before", "the cells were counted as described",
    "Cells grow fast",
])
def test_lines_of_prose_are_no_formulas(line: str) -> None:
    assert not is_formula(line)


def test_equation_labels_close_a_formula_or_stand_alone_after_it() -> None:
    body = ("Text.\nf ( x ) ≤ g ( x ) + ε , (3)\nx → ∞ ,\n(4)\n"
            "of mice (n = 12) were treated as before (5)\nWords only\n(6)\n")
    assert equation_labels(body).numbers == {3, 4}


@pytest.mark.parametrize("text", [
    "as eqn (3) shows", "as eqns (2) and (3) show", "na equação (3) acima", "nach Gl. (3)",
    "by inequality (3)", "the ecuación (3)",
])
def test_equation_names_in_several_languages_are_labels(text: str) -> None:
    assert numbers(f"Known (6). The bound {text} holds (1). More (7, 8).") == [6, 1, 7, 8]


def test_a_label_closing_a_formula_without_equals_is_no_citation() -> None:
    body = "Known (6).\nf ( x ) ≤ g ( x ) + ε , (2)\nx → ∞\n(3)\nAs reported (1). More (7)."
    assert numbers(body) == [6, 1, 7]


def test_a_citation_closing_a_line_of_prose_stays_a_citation() -> None:
    body = "Known (6). Of mice (n = 12) treated as before (5)\nand more (7)."
    assert numbers(body) == [6, 5, 7]


def test_equations_named_bare_do_not_make_an_ieee_article_parenthetical() -> None:
    cites = " ".join(f"Work {i} agrees [{i}]." for i in range(1, 9))
    bare = "From ({j}) and ({k}), the estimate in ({k}) follows."
    formulas = "".join(f"\ny = a x + {k} ({k})\n{bare.format(j=k - 1, k=k)}" for k in range(2, 5))
    assert numbers(cites + "\ny = a x (1)" + formulas) == list(range(1, 9))


def test_an_article_citing_in_parentheses_keeps_its_form_beside_its_equations() -> None:
    cites = " ".join(f"Work {i} agrees ({i})." for i in range(1, 9))
    formulas = "".join(f"\ny = a x + {k} ({k})\nAs Eq. ({k}) shows." for k in range(1, 4))
    assert numbers(cites + formulas + " Again (2).") == [*range(1, 9), 2]


# author lists in capitals, as small capitals extract from a PDF

def test_capitals_joined_by_and_in_capitals_are_two_names() -> None:
    refs = (ref("S", 1, "Smith|Jones", "2001"),)
    assert links("So SMITH AND JONES (2001) said; (SMITH and JONES 2001).", refs) == {
        "SMITH AND JONES (2001)": ("S",), "SMITH and JONES 2001": ("S",)}


def test_a_listed_capitals_name_after_an_unknown_capitals_word_and_semicolon() -> None:
    refs = (ref("K", 1, "Kaser|Karl|Yuan", "2015"), ref("S", 2, "Silva|Souza", "2010"))
    found = links("Fast chemistry (e.g., isoprene, OH; KASER et al. (2015)). "
                  "Known (SILVA; SOUZA, 2010).", refs)
    assert found["KASER et al. (2015)"] == ("K",)
    assert found["SILVA; SOUZA, 2010"] == ("S",)


def test_a_capitals_name_after_a_title_case_run() -> None:
    refs = (ref("L", 1, "Lee", "2001"), ref("S", 2, "Soares|Alves", "2003"))
    found = links("Crania from Cleveland Museum of Natural History LEE (2001); more. "
                  "In Brazil, SOARES and ALVES (2003) used it.", refs)
    assert found == {"LEE (2001)": ("L",), "SOARES and ALVES (2003)": ("S",)}


def test_names_of_one_case_after_a_comma_stay_one_list() -> None:
    # "Smith, Jones and Lee": one case, so Smith is an author the list lacks, not dropped
    refs = (ref("J", 1, "Jones|Lee", "2001"),)
    assert links("As Smith, Jones and Lee (2001) said.", refs).get(
        "Jones and Lee (2001)") is None


# Nature superscripts after a mark that follows a digit

_NATURE = ("Cells divide.1 Mice grow fast,2 and rats too.3 Worms age.4 ")


def test_a_superscript_after_a_full_stop_that_follows_a_digit() -> None:
    body = _NATURE + "It binds plasma T4.5,6 The rise until 1963.7 More on CO2.8-10 Done.11"
    assert numbers(body) == list(range(1, 12))


def test_a_superscript_after_a_comma_that_follows_a_digit() -> None:
    body = _NATURE + "It was found in 2004,5 and cited at 0.5 mg since."
    assert numbers(body) == [1, 2, 3, 4, 5]


@pytest.mark.parametrize("tail", [
    "The value was 4.12 The next.",  # a bare number before the point: a decimal
    "3.2 Results follow.",  # a section number
    "About 12,500 people came.",  # thousands
])
def test_decimals_sections_and_thousands_are_no_superscripts(tail: str) -> None:
    assert after_marks(_NATURE + tail) == []


def test_without_the_habit_digits_after_a_mark_are_not_read() -> None:
    body = "Cells divide1. Mice grow fast2, and rats too3. Worms age4. It binds T4.5,6 The end."
    assert after_marks(body) == []


def test_an_article_with_decimal_commas_reads_no_superscript_after_a_comma() -> None:
    body = _NATURE + "Costs were 0,5 and in 2004,5 graphene rose."
    assert after_marks(body) == []


def test_digits_opening_with_zero_are_no_superscript() -> None:
    assert numbers("Data in Dryad qj007, and Altman04 wrote.") == []


def test_a_two_letter_capitals_tail_is_not_taken_from_a_title_case_run() -> None:
    refs = (ref("H", 1, "Hu", "2015"),)
    assert links("It ran on the Display Server HU (2015) here.", refs).get("HU (2015)") is None


def test_a_superscript_before_an_em_dash_or_after_a_closing_quote() -> None:
    body = "Cells divide1 and grow2. Size over time3—affects it; 'pathogenic species'4,5; done6."
    assert numbers(body) == [1, 2, 3, 4, 5, 6]


def test_a_prime_is_no_closing_quote() -> None:
    assert numbers("Cells divide1 and grow2. The 5'3 end and 3'5 too.") == [1, 2]


def test_a_label_first_or_a_formula_that_lost_its_operators() -> None:
    body = "Text.\n(3) y = a x + b\n(4) Cells were counted here\ny i j β 0 j e i j (5)\n"
    assert equation_labels(body).numbers == {3, 5}


def test_a_label_word_glued_to_its_number_is_no_superscript() -> None:
    body = "Cells divide1 and grow2. See Table1, Fig.3 and Figure4; more3."
    assert numbers(body) == [1, 2, 3]


def test_a_page_label_needs_a_space_before_it() -> None:
    assert numbers("Cells divide1 and grow2. Cells P5.p and P7.p.3 The end; see p.4 here.") \
        == [1, 2, 3]


def test_a_capitals_body_with_and_in_its_name_stays_whole() -> None:
    refs = (ref("I", 1, "INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA", "2010"),
            ref("F", 2, "FOOD AND AGRICULTURE ORGANIZATION", "2015"))
    found = links("Data (INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA, 2010) and "
                  "(FOOD AND AGRICULTURE ORGANIZATION, 2015).", refs)
    assert found == {"INSTITUTO BRASILEIRO DE GEOGRAFIA E ESTATÍSTICA, 2010": ("I",),
                     "FOOD AND AGRICULTURE ORGANIZATION, 2015": ("F",)}


def test_a_listed_capitals_name_after_an_acronym_the_article_prints_alone() -> None:
    refs = (ref("J", 1, "Jun|Cha|Kim", "2015"),)
    found = links("MRSA strains grew. It killed 19 strains of MRSA JUN et al. (2015).", refs)
    assert found == {"JUN et al. (2015)": ("J",)}
    # never printed alone: the first half of a two-word name, not an acronym
    assert links("It killed strains of MRSA JUN et al. (2015).", refs).get(
        "JUN et al. (2015)") is None


def test_a_name_that_is_also_a_month_before_et_al_across_a_line_break() -> None:
    refs = (ref("J", 1, "Jun|Cha|Kim", "2015"),)
    assert links("It rose (JUN\net al., 2015) and fell.", refs) == {"JUN\net al., 2015": ("J",)}
    assert links("On 3 Jun\n2015 it rose (5).", refs) == {}
