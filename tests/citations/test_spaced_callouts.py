"""Superscripts that text extraction set after a space or with spaces in their lists, units
after a slash, and capitals surnames after their particles (issue 14, session 10)."""

from __future__ import annotations

from claimcheck.citations.spaced import spaced_candidates
from claimcheck.citations.superscripts import superscripts

from .conftest import links, ref

# a body that cites by spaced superscripts, first citations in order
_SPACED = (
    "Exercise lowers glucose in adults 1 and in older people 2,3. The Finnish trials "
    "4–6 found the same 7. Walking helps the heart 8, but the dose matters 9 and timing "
    "too 10. Insulin uptake persists for several hours 11 after training 12."
)


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_spaced_superscripts_are_read_where_the_article_prints_them_so() -> None:
    assert sup(_SPACED) == ["1", "2,3", "4–6", "7", "8", "9", "10", "11", "12"]


def test_spaced_numbers_in_prose_stay_numbers_in_a_spaced_article() -> None:
    prose = (" Patients aged 12 years, Table 3 and type 2 diabetes were studied in "
             "the next 5–10 years (amino acids 1–23), and 3,234 men took part.")
    assert sup(_SPACED + prose) == sup(_SPACED)


def test_spaced_numbers_are_no_callouts_where_the_article_glues_them() -> None:
    glued = ("Exercise lowers glucose1 and helps older people2,3. Trials4–6 agree7. Walking "
             "helps the heart 8 and the dose 9 and timing 10 matter after training11 by 12.")
    assert sup(glued) == ["1", "2,3", "4–6", "7", "11"]


def test_labels_followed_by_a_clause_teach_no_spaced_habit() -> None:
    # "Claim 6 holds": each label is the next number, but none closes its clause
    body = " ".join(f"Claim {n} holds in mice.{n}" for n in range(1, 9))
    assert sup(body) == [str(n) for n in range(1, 9)]


def test_a_label_printed_twice_after_the_same_word_is_no_candidate() -> None:
    body = "See source data 1. Then source data 1. And cells 2."
    assert [body[s:e] for (s, e), _, _ in spaced_candidates(body, 10)] == ["2"]


def test_a_glued_list_with_spaces_after_its_commas_runs_on_after_a_sure_superscript() -> None:
    body = "Known in mice1. Seen in models2, 3. Also in CO2, 3 times and rats4."
    assert sup(body) == ["1", "2, 3", "4"]


def test_digits_after_a_unit_with_a_slash_cite_but_a_units_power_does_not() -> None:
    # "kg4" repeats a number cited before: only a sure superscript may
    body = ("Known in mice1, rats2, dogs3 and cats4. Doses of 10 mg/kg4 helped; BMI was 25 "
            "kg/m2 and density 1 g/cm3 in all.")
    assert sup(body) == ["1", "2", "3", "4", "4"]


def test_capitals_surnames_after_their_particles_are_no_initials() -> None:
    refs = (ref("a", 1, "da Ley", "2002"), ref("b", 2, "van den Hey|Trefethen", "2005"),
            ref("c", 3, "Mühlemann|de Son", "1971"), ref("d", 4, "Seifritz|Kronenberg",
                                                            "2021"))
    text = ("DBLP (DA LEY, 2002) grew. It is needed (VAN DEN HEY & TREFETHEN, 2005). "
            "It is measured (MÜHLEMANN and DE SON 1971). Seifritz E and Kronenberg G (2021) "
            "wrote this article.")
    assert links(text, refs) == {"DA LEY, 2002": ("a",), "VAN DEN HEY & TREFETHEN, 2005":
                                 ("b",), "MÜHLEMANN and DE SON 1971": ("c",)}


def test_a_name_ending_in_a_digit_on_a_page_of_statistics_is_no_callout() -> None:
    # "BRCA1" is the next new number, but nothing on the page is surely a superscript
    body = ("Carriers of BRCA1 or TP53 variants (OR 2.1, 95% CI 1.3–3.4) and IL-6 levels "
            "above 12 pg/ml (p = 0.02) were compared in 1 × 10 5 cells (n = 48).")
    assert sup(body) == []
    assert sup(body + " Rats responded.2") == ["1", "2"]


def test_numbers_after_an_acronym_are_specimens_not_spaced_superscripts() -> None:
    body = _SPACED + " Fossils OH 13, OH 14, OH 15 and OH 16 were compared."
    assert sup(body) == sup(_SPACED)
