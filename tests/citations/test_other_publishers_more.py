"""Author-year callouts in other publishers' forms, second set (issue 14, session 12): year
letters the list does not print, "and others"."""

from __future__ import annotations

import pytest

from claimcheck.citations import extract_claims
from claimcheck.model import Reference

from .conftest import links, ref


def _lettered(family: str, year: str, letters: str) -> tuple[Reference, ...]:
    return tuple(ref(letter, i, family, year, raw=f"{family}, H. ({year}{letter}). T{i}. J.")
                 for i, letter in enumerate(letters, 1))


KIM = _lettered("Kim", "2020", "abc")


def test_a_letter_range_links_only_the_letters_the_list_prints() -> None:
    found = extract_claims("Wetlands shrank (Kim 2020a-e). More text follows here.\n\n", KIM)
    linked = [c.reference_ids for claim in found.claims for c in claim.citations]
    assert sorted(r for ids in linked for r in ids) == ["a", "b", "c"]


def test_a_letter_the_list_lacks_is_reported_not_linked() -> None:
    found = extract_claims("Wetlands shrank (Kim 2020d). More text follows here.\n\n", KIM)
    assert [c.reference_ids for claim in found.claims for c in claim.citations] == [()]
    assert [f.rule for f in found.findings if f.severity.name == "ERROR"] \
        == ["citation-unresolved"]


def test_a_letter_against_one_unlettered_entry_still_links() -> None:
    # "Smith 2001a" for a list that prints "Smith (2001)": the letter is the slip
    refs = (ref("a", 1, "Smith", "2001"),)
    assert links("It rose (Smith 2001a). More text follows here.\n\n", refs) \
        == {"Smith 2001a": ("a",)}


def test_and_others_stands_for_et_al() -> None:
    refs = (ref("a", 1, "Brown|Hall|Moore", "2008"),)
    assert links("Brown and others (2008) challenged it. More text follows.\n\n", refs) \
        == {"Brown and others (2008)": ("a",)}


BOURDIEU = (ref("a", 1, "Bourdieu", "1984"), ref("b", 2, "Bourdieu", "1990"))


def test_a_year_after_a_pinpoint_and_a_semicolon_keeps_the_authors() -> None:
    assert links("It has a logic (Bourdieu 1984, 170–75; 1990, 52). More text.\n\n",
                 BOURDIEU) == {"Bourdieu 1984": ("a",), "1990": ("b",)}
    assert links("It has a logic (Bourdieu 1984: 56; 1990: 7). More text.\n\n",
                 BOURDIEU) == {"Bourdieu 1984": ("a",), "1990": ("b",)}


def test_a_year_after_a_pinpoint_and_a_comma_is_no_second_work() -> None:
    # pages and a year cannot be told apart after a comma: no new callout
    assert links("It has a logic (Bourdieu 1984, p. 170, 1990). More text.\n\n",
                 BOURDIEU) == {"Bourdieu 1984": ("a",)}


def test_han_family_names_cite_entries_that_glue_the_given_name() -> None:
    refs = (ref("a", 1, "山田太郎・田中花子", "2019",
                raw="山田太郎・田中花子 (2019). 仮名と漢字の読み. 心理学研究, 90(1), 1–10."),)
    assert links("二つの経路がある（山田・田中，2019）。More text.\n\n", refs) \
        == {"山田・田中，2019": ("a",)}


OECD = (ref("a", 1, "OECD", "2017"), ref("b", 2, "Smith", "2001"), ref("c", 3, "Smith", "2003"))


@pytest.mark.parametrize("text", [
    "Cities in the OECD (2019 figures) have heat plans.",
    "Members of the OECD (2018 data for all members) agree.",
])
def test_a_year_that_qualifies_a_noun_in_parentheses_is_no_callout(text: str) -> None:
    assert links(f"{text} More text follows here.\n\n", OECD) == {}


@pytest.mark.parametrize(("text", "expected"), [
    ("Smith (2001 and 2003) agree.", {"Smith (2001": ("b",), "2003": ("c",)}),
    ("Smith (2001 passim) agrees.", {"Smith (2001": ("b",)}),
    ("Smith (2001, unpublished) agrees.", {"Smith (2001": ("b",)}),
])
def test_a_narrative_year_with_words_after_it_stays_a_callout(
        text: str, expected: dict[str, tuple[str, ...]]) -> None:
    assert links(f"{text} More text follows here.\n\n", OECD) == expected


def test_a_short_form_defined_for_a_body_with_a_dotted_abbreviation_links() -> None:
    refs = (ref("a", 1, "U.S. Department of Agriculture", "2021", raw="U.S. Department of "
                "Agriculture. (2021). Food security in the United States. Washington, DC."),)
    text = ("Food insecurity rose (U.S. Department of Agriculture [USDA], 2021). School meals "
            "help (USDA, 2021). More text follows.\n\n")
    assert links(text, refs)["USDA, 2021"] == ("a",)


SMITH_LEE = (ref("a", 1, "Jones", "2007"), ref("b", 2, "Smith|Jones|Lee", "2008"),
             ref("c", 3, "Smith", "", raw="Smith, A. (in press-a). Capacity. Psychol Rev."),
             ref("d", 4, "Smith", "", raw="Smith, A. (in press-b). Limits. Psychol Rev."))


@pytest.mark.parametrize("text", ["It was shown (Smith, Jones, et al., 2008).",
                                  "Smith, Jones, et al. (2008) showed it."])
def test_names_listed_with_commas_before_et_al_are_one_callout(text: str) -> None:
    assert list(links(f"{text} More text follows.\n\n", SMITH_LEE).values()) == [("b",)]


def test_in_press_with_a_letter_names_its_entry() -> None:
    assert list(links("It was shown (Smith, in press-b). More text follows.\n\n",
                      SMITH_LEE).values()) == [("d",)]


def test_in_press_with_a_letter_is_quoted_with_its_hyphen() -> None:
    found = extract_claims("It was shown (Smith, in press-c). More text follows.\n\n", SMITH_LEE)
    assert [f.printed for f in found.findings if f.rule.startswith("citation-")] \
        == ["Smith, in press-c"]


def test_a_han_body_is_not_cited_by_its_first_letters() -> None:
    refs = (ref("a", 1, "日本銀行", "2019",
                raw="日本銀行 (2019). 金融システムレポート. 東京: 日本銀行."),)
    assert links("輸出は伸びた（日本，2019）。More text.\n\n", refs) == {}


def test_a_listed_work_stays_a_callout_before_lower_case_words() -> None:
    refs = (ref("a", 1, "Anderson", "2010"),)
    assert links("Anderson (2010 unpublished) showed it. More text.\n\n", refs) \
        == {"Anderson (2010": ("a",)}


def test_a_year_after_a_pinpoint_that_qualifies_a_noun_is_no_work() -> None:
    refs = (ref("a", 1, "Anderson", "2010"), ref("b", 2, "Anderson", "2012"))
    assert links("The sample (Anderson 2010, 45; 2012 survey) was large. More text.\n\n",
                 refs) == {"Anderson 2010": ("a",)}


@pytest.mark.parametrize("text", ["It was shown (Ivanov, 2015).", "Ivanov (2015) showed it.",
                                  "It was shown (Shcherbakov and Ivanov, 2017)."])
def test_a_cyrillic_entry_is_cited_in_latin_letters(text: str) -> None:
    refs = (ref("a", 1, "Иванов", "2015"), ref("b", 2, "Щербаков|Иванов", "2017"))
    assert len(links(f"{text} More text follows.\n\n", refs)) == 1
    assert next(iter(links(f"{text} More text follows.\n\n", refs).values())) \
        == (("a",) if "2015" in text else ("b",))


def test_a_year_its_title_prints_does_not_make_a_qualified_year_a_citation() -> None:
    refs = (ref("a", 1, "Census Bureau", "2021",
                raw="Census Bureau. (2021). Child poverty in 2020. Washington, DC."),)
    assert links("The Census Bureau (2020 data release) agrees. More text.\n\n", refs) == {}
