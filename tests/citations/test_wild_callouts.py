"""Callouts as other publishers print them: statistics that are no citations, labels and
enumerations, ranges, ABNT capitals, names in every script, long groups."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from claimcheck.citations import extract_claims
from claimcheck.citations.authoryear import find_author_year
from claimcheck.citations.names import name_keys
from claimcheck.citations.numeric import BAD_RANGE, find_numeric
from claimcheck.citations.spans import enclosing_parens
from claimcheck.model import Author, Reference


def numbered(count: int) -> tuple[Reference, ...]:
    return tuple(
        Reference(id=f"R{i}", index=i, line=100 + i, label=str(i),
                  raw=f"{i}. Author{i} A. Title {i}. J. 2001;1:1-2.", year="2001")
        for i in range(1, count + 1)
    )


def numbers(text: str, count: int = 30) -> list[int]:
    return [c.number for c in find_numeric(text, count)]


@pytest.mark.parametrize("text", [
    "A main effect of dose (F[1,12] = 8.42, p = 0.013) was found.",
    "The weights x[3] and y[2] were summed.",
    "Values were rescaled so that [1, 2] = [0.5, 1].",
    "The ratio fell (t[24] = 2.1) and rose (χ2[3] = 9.4).",
    "Scores ≤ [4] were dropped.",
])
def test_statistics_and_indices_are_no_citations(text: str) -> None:
    body = f"Cited once [1]. {text} Again [2], [3]."
    assert numbers(body) == [1, 2, 3]


@pytest.mark.parametrize(("text", "cited"), [
    ("As Eq. (3) shows, and Eqs. (4) and (5) confirm, the fit holds (1).", [1]),
    ("Green synthesis has advantages: (1) it is simple; (2) it is cheap; and (3) it scales (4).",
     [4]),
    ("The model is\ny = a x + b (2)\nas used before (1).", [1]),
    ("Uses include (1) medicine; (2) remediation; and (3) industry (4).", [4]),
])
def test_labels_enumerations_and_equation_numbers_are_no_citations(
    text: str, cited: list[int]
) -> None:
    assert numbers(f"Known (6). {text} More (7, 8).") == [6, *cited, 7, 8]


def test_a_lone_number_after_and_is_still_a_citation() -> None:
    assert numbers("as seen (12). Others (3, 4) and (5–7) agree.") == [12, 3, 4, 5, 6, 7]


def test_glued_brackets_are_citations_when_the_article_glues_them() -> None:
    text = "Mice die[1]. Rats live[2,3]. Cells grow[4]. But x [5] spaced."
    assert numbers(text) == [1, 2, 3, 4, 5]


def test_the_statistics_article_produces_no_citation() -> None:
    body = (
        "Results\n\nThe effect of group (F[1,12] = 8.42, p = 0.013) and of time (F[2,24] = 3.1, "
        "p < 0.05) held; x[3] rose, a[i] fell, [n = 5] animals, [95% CI 1.2–3.4], [Ca2+] rose "
        "after [3H]thymidine, on [0, 1].\n\n"
    )
    found = extract_claims(body, numbered(30))
    assert found.callouts == ()


def test_ranges_in_every_printed_form() -> None:
    assert numbers("in [1-4] and [6]–[8]") == [1, 2, 3, 4, 6, 7, 8]
    assert numbers("as (5–7) and (9)") == [5, 6, 7, 9]


def test_a_reversed_range_is_reported_and_an_absurd_one_never_expanded() -> None:
    body = "First [1]. Then [9–3] was cited. And [1–100000] too. Last [2].\n\n"
    found = extract_claims(body, numbered(12))
    assert len(found.callouts) < 10
    bad = [f for f in found.findings if f.rule == "citation-unresolved"]
    assert [f.printed for f in bad] == ["9–3"]
    assert "runs backwards" in bad[0].message


KNOWN = frozenset(
    key for n in ("ANDRADE", "LAROS", "SOARES", "Carvalho", "Marinho", "Иванов", "Петров",
                  "山田", "田中", "王", "الأحمد", "السعيد", "כהן", "לוי", "शर्मा", "वर्मा",
                  "Παπαδόπουλος", "Σμιθ")
    for key in name_keys(n)
)


def found(text: str, capitals: bool = False) -> list[tuple[tuple[str, ...], bool]]:
    return [(c.names, c.et_al) for c in find_author_year(text, KNOWN, capitals)]


def test_abnt_capitals_joined_by_semicolons() -> None:
    text = "isto (ANDRADE; LAROS, 2007; SOARES, 2003; LAROS; SOARES; ANDRADE, 2010)."
    assert found(text) == [
        (("ANDRADE", "LAROS"), False), (("SOARES",), False),
        (("LAROS", "SOARES", "ANDRADE"), False),
    ]


def test_semicolon_joins_only_names_the_list_has() -> None:
    assert found("(Carvalho; Marinho, 2003)") == [(("Carvalho", "Marinho"), False)]
    assert found("(data from Brazil; Carvalho, 2003)") == [(("Carvalho",), False)]


def test_unknown_capital_name_counts_only_in_a_capitals_list() -> None:
    assert found("conforme a lei (BRASIL, 2008).") == []
    assert found("conforme a lei (BRASIL, 2008).", capitals=True) == [(("BRASIL",), False)]


@pytest.mark.parametrize(("text", "names", "et_al"), [
    ("(Иванов и Петров, 2019)", ("Иванов", "Петров"), False),
    ("既に（山田・田中，2020）。", ("山田", "田中"), False),
    ("によれば山田ら（2020）", ("山田",), True),
    ("（王等，2020）", ("王",), True),
    ("(الأحمد والسعيد، 2019)", ("الأحمد", "السعيد"), False),
    ("(الأحمد و السعيد، 2019)", ("الأحمد", "السعيد"), False),
    ("(الأحمد وآخرون، 2019)", ("الأحمد",), True),
    ("(כהן ולוי, 2017)", ("כהן", "לוי"), False),
    ("(כהן ואחרים, 2017)", ("כהן",), True),
    ("(शर्मा और वर्मा, 2016)", ("शर्मा", "वर्मा"), False),
    ("(शर्मा आदि, 2016)", ("शर्मा",), True),
    ("(Παπαδόπουλος και Σμιθ, 2018)", ("Παπαδόπουλος", "Σμιθ"), False),
])
def test_every_script_reads_every_name(text: str, names: tuple[str, ...], et_al: bool) -> None:
    assert found(text) == [(names, et_al)]


def test_every_script_links() -> None:
    refs = (
        Reference(id="Cohen", index=1, line=10, raw="כהן, א., לוי, ב. 2017. כותרת.",
                  authors=(Author(family="כהן"), Author(family="לוי")), year="2017"),
        Reference(id="Sharma", index=2, line=11, raw="शर्मा, अ., वर्मा, ब. 2016. शीर्षक.",
                  authors=(Author(family="शर्मा"), Author(family="वर्मा")), year="2016"),
    )
    result = extract_claims("כך נמצא (כהן ולוי, 2017). यह (शर्मा और वर्मा, 2016) है.\n\n", refs)
    linked = [c.reference_ids for claim in result.claims for c in claim.citations]
    assert linked == [("Cohen",), ("Sharma",)]
    assert not [f for f in result.findings if f.rule != "reference-uncited"]


def test_thousands_of_callouts_in_one_parenthesis_are_one_claim() -> None:
    names = ["Smith", "Jones", "Brown", "Garcia"]
    refs = tuple(
        Reference(id=f"{n}{y}", index=i * 10 + j + 1, line=10, raw=f"{n}, A. ({y}). T. J.",
                  authors=(Author(family=n),), year=str(y))
        for i, n in enumerate(names) for j, y in enumerate(range(1990, 2000))
    )
    group = "; ".join(f"{names[k % 4]}, {1990 + k % 10}" for k in range(3000))
    result = extract_claims(f"This is known ({group}).\n\n", refs)
    assert len(result.callouts) == 3000
    assert len(result.claims) == 1
    assert all(len(c.reference_ids) == 1 for c in result.claims[0].citations)
    assert len(result.claims[0].citations) == 3000


def test_enclosing_parentheses_nest_stop_at_blank_lines_and_unclosed_ones() -> None:
    text = "a (b (c) d) e\n\n(f (g"
    assert enclosing_parens(text, 6) == (5, 8)
    assert enclosing_parens(text, 9) == (2, 11)
    assert enclosing_parens(text, 12) is None
    assert enclosing_parens(text, 19) is None


def test_a_long_range_printed_again_and_again_is_notation() -> None:
    text = "GLP-1 (7–37) binds (1). Then GLP-1 (7–37) rose (2), and GLP-1 (7–37) fell (3)."
    assert numbers(text, 40) == [1, 2, 3]
    again = numbers("Reviewed (4–6) and (1). Again (4–6), (4–6).", 40)
    assert again == [4, 5, 6, 1, 4, 5, 6, 4, 5, 6]


def test_superscript_after_a_capitalised_word_only_as_the_next_new_number() -> None:
    text = "Mice die.1 Gene Pax7 binds. Rats live,2 as Presenilin3 shows. CD8 cells grow.4"
    assert numbers(text, 10) == [1, 2, 3, 4]


def test_a_translation_year_printed_last_links_without_a_mismatch() -> None:
    raws = {
        "2009": "FOUCAULT, M. Le Courage. Paris, 2009 (Trad. cast. El coraje. Madrid, 2010).",
        "2001": "FOUCAULT, M. L'Herméneutique. Paris, 2001 (Trad. cast. Madrid, 2002).",
    }
    refs = tuple(
        Reference(id=f"F{year}", index=i, line=10 + i, raw=raw, year=year,
                  authors=(Author(family="FOUCAULT"),))
        for i, (year, raw) in enumerate(raws.items(), 1)
    )
    result = extract_claims("Dice (FOUCAULT, 2010, p. 207) y (FOUCAULT, 2001).\n\n", refs)
    linked = [c.reference_ids for claim in result.claims for c in claim.citations]
    assert linked == [("F2009",), ("F2001",)]
    assert not [f for f in result.findings if f.rule != "reference-uncited"]


@given(st.lists(st.tuples(st.integers(0, 200_000), st.integers(0, 200_000),
                          st.sampled_from(["[{}–{}]", "({}-{})", "[{}], [{}]", "word{},{}"])),
                max_size=30))
def test_any_printed_range_stays_within_the_list(parts: list[tuple[int, int, str]]) -> None:
    text = " and ".join(form.format(a, b) for a, b, form in parts) + "."
    found = find_numeric(text, 40)
    assert len(found) <= 45 * (len(parts) + 1)
    assert all(c.number == BAD_RANGE or 1 <= c.number <= 45 for c in found)
    assert all(0 <= c.start < c.end <= len(text) for c in found)


def test_abnt_title_word_and_comma_before_the_narrative_year() -> None:
    known = frozenset({"indio", "ferrao"})
    assert [c.names for c in find_author_year("povo” (ÍNDIO..., 2014, 5′ 02″).", known)] == [
        ("ÍNDIO...",)]
    assert [c.year for c in find_author_year("estudos de Ferrão et al., (2001), e", known)] == [
        "2001"]
