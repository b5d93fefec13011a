"""Callouts read with the article's own evidence: superscripts glued to words, initials before
a shared family name, organisations cited by their short form, classics cited by book."""

from __future__ import annotations

import re

from claimcheck.citations import extract_claims
from claimcheck.citations.notation import MAX_RANGE
from claimcheck.citations.numeric import find_numeric
from claimcheck.citations.sequence import gaps_filled, numbers_of
from claimcheck.citations.superscripts import superscripts
from claimcheck.ingest.superscript import bracket_markdown
from claimcheck.model import Author, Reference

from .conftest import links, ref


def sup(text: str, count: int = 40) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_superscript_after_a_function_word_or_a_bare_acronym_is_a_citation() -> None:
    text = (
        "Mice die early.1,2 A later study by3 showed it. The LASV GPC binds Lamp1 at low pH. "
        "It binds LASV4 and is reported by2 too."
    )
    assert sup(text) == ["1,2", "3", "4", "2"]


def test_a_capitalised_word_the_article_also_writes_in_lower_case_takes_a_superscript() -> None:
    text = "Mice die.1 Segundo2 o efeito cresce, segundo os dados.3"
    assert sup(text) == ["1", "2", "3"]


def test_names_and_variables_keep_their_digits() -> None:
    text = (
        "Mice die.1,2 The atg7 mutant and atg7 seeds and atg7 roots differ.3 "
        "BRCA1 or BRCA2 carriers differ.4 Variables corp0 and corp2 mattered.5 "
        "See p.6 and lic_casa1 too."
    )
    assert sup(text) == ["1,2", "3", "4", "5"]


def test_a_superscript_after_a_decimal_only_as_the_next_number() -> None:
    assert sup("It works.1 At pH 5.0.2 it fails. At pH 5.0.9 it stops.") == ["1", "2"]


def test_a_superscript_list_after_an_acronym_follows_the_sequence() -> None:
    text = "Mice die.1,2 Rats live.3 Both make IEPOX-SOA4,5 and more.6"
    assert sup(text) == ["1,2", "3", "4,5", "6"]


def test_unicode_superscript_digits_are_bracketed_and_powers_kept() -> None:
    text = "Mice die.¹˒² Rats live³⁻⁵ in 5 m² cages at 10⁶ cells and R² = 0.3."
    assert bracket_markdown(text) == (
        "Mice die.[1,2] Rats live [3-5] in 5 m² cages at 10⁶ cells and R² = 0.3."
    )


def test_a_parenthesis_glued_to_a_long_word_is_a_citation() -> None:
    text = "Seen (1). Also in cloacae(2). Not f(3) = 4 or t(24). Then (3)."
    assert [c.number for c in find_numeric(text, 10)] == [1, 2, 3]


def test_initials_before_a_shared_name_choose_the_entry() -> None:
    refs = (ref("A", 1, "Nguyen|Crounse|Teng", "2015", "TB"),
            ref("B", 2, "Nguyen|Capps|Carlton", "2015", "TKV"))
    found = extract_claims(
        "Seen (T. B. Nguyen et al., 2015) and (T. K. V. Nguyen et al., 2015).", refs)
    assert [c.reference_ids for claim in found.claims for c in claim.citations] == [
        ("A",), ("B",)]
    plain = links("Seen (Nguyen et al., 2015).", refs)
    assert plain == {"Nguyen et al., 2015": ("A", "B")}


def test_st_is_a_particle() -> None:
    refs = (ref("S", 1, "StClair|Bates|Teng", "2015"),)
    assert links("IEPOX (St. Clair et al., 2015) forms.", refs) == {
        "St. Clair et al., 2015": ("S",)}


def test_an_organisation_is_cited_by_the_short_form_its_entry_prints() -> None:
    raw = "Centro de Gestão e Estudos Estratégicos. (2023). Boletim Anual. CGEE. https://x.org"
    refs = (Reference(id="C", index=1, line=101, raw=raw, year="2023",
                      authors=(Author(family="Centro de Gestão e Estudos Estratégicos",
                                      literal=True),)),)
    assert links("Second only to farming (CGEE, 2023).", refs) == {"CGEE, 2023": ("C",)}


def test_in_press_in_other_languages() -> None:
    refs = (ref("P", 1, "Pletsch", "", raw="Pletsch, M. D. (no prelo). Plano. Revista."),)
    assert links("Como mostra a autora (Pletsch, no prelo).", refs) == {
        "Pletsch, no prelo": ("P",)}


def test_semicolon_joined_names_the_list_has_as_coauthors() -> None:
    refs = (ref("C", 1, "Carvalho|Marinho", "2003"), ref("H", 2, "Hirano|Imbens|Ridder", "2003"))
    found = links("O mercado (Carvalho; Marinho, 2003) e o escore (Hirano; Imbens; Ridder, 2003).",
                  refs)
    assert found == {"Carvalho; Marinho, 2003": ("C",), "Hirano; Imbens; Ridder, 2003": ("H",)}


def test_a_classic_cited_by_book_and_section() -> None:
    raw = "DIÓGENES LAERCIO. Vidas y opiniones. Madrid: Lucina, 2010."
    refs = (Reference(id="D", index=1, line=101, raw=raw, year="2010",
                      authors=(Author(family="DIÓGENES LAERCIO"),)),
            ref("E", 2, "EPICTETO", "1993", raw="EPICTETO. Disertaciones. Madrid, 1993."))
    found = links("Dijo (DIÓGENES LAERCIO, VI 77, 2010, p. 230) y (EPICTETO, III, 1993).", refs)
    assert found == {"DIÓGENES LAERCIO, VI 77, 2010": ("D",), "EPICTETO, III, 1993": ("E",)}


def test_a_word_that_opens_sentences_is_a_name_before_et_al() -> None:
    refs = (ref("J", 1, "Jun|Kim|Lee", "2015"),)
    assert links("A rise (Jun et al., 2015) was seen. In 2015 it fell.", refs) == {
        "Jun et al., 2015": ("J",)}


def test_raised_parentheses_as_scielo_prints_them() -> None:
    cited = " ".join(f"Um estudo(2{i}) e outro.({i})" for i in range(1, 10))
    text = f"A saúde piora.(1) {cited} Num pH (5–9) ou 16 (4–35) casos, o fim(30)."
    expected = [1, *[n for i in range(1, 10) for n in (20 + i, i)], 30]
    assert [c.number for c in find_numeric(text, 40)] == expected


def test_a_range_right_after_a_value_is_its_spread() -> None:
    text = "Seen (1). An average of 16 (4–35) samples and RO2 (2–4) of type 1 (5–7) rise (8)."
    assert [c.number for c in find_numeric(text, 20)] == [1, 2, 3, 4, 5, 6, 7, 8]


def test_callouts_cut_by_a_line_break() -> None:
    text = "Seen [1]. Known [2,\n3] and [4–\n6]. Also [7]\n–[9]. Not [10]\n\n[11]."
    assert [c.number for c in find_numeric(text, 12)] == [*range(1, 10), 10, 11]
    refs = (ref("S", 1, "Smith|Jones|Lee", "2015"), ref("T", 2, "Smith|Jones|Lee", "2016"),
            ref("P", 3, "Pletsch", "", raw="Pletsch, M. D. (no prelo). Plano. Revista."))
    found = extract_claims("Seen (Smith et al., 2015,\n2016; Pletsch, no\nprelo).", refs)
    assert [c.reference_ids for claim in found.claims for c in claim.citations] == [
        ("S",), ("T",), ("P",)]


def test_et_al_in_other_latin_script_languages() -> None:
    refs = (ref("S", 1, "Silva|Souza|Lima", "2001"), ref("M", 2, "Müller|Weber|Roth", "2004"),
            ref("Y", 3, "Yılmaz|Kaya|Demir", "2006"))
    found = links("Visto (Silva e col., 2001; Müller u. a. 2004; Yılmaz ve ark., 2006).", refs)
    assert found == {"Silva e col., 2001": ("S",), "Müller u. a. 2004": ("M",),
                     "Yılmaz ve ark., 2006": ("Y",)}


def test_a_plural_possessive_ends_the_names() -> None:
    refs = (ref("S", 1, "Smith|Jones", "2002"),)
    assert links("As in Smith and Jones’ (2002) work.", refs) == {
        "Smith and Jones’ (2002)": ("S",)}


def test_a_superscript_glued_to_a_year_or_a_bare_name_follows_the_sequence() -> None:
    text = (
        "Mice die.1,2 The RO2 radical grows.3 More RO24–6, as seen in 20077. "
        "It was seen again in 20112. The CD4 and CD44 cells, CD44 again. Also 20129 people."
    )
    assert sup(text) == ["1,2", "3", "4–6", "7", "2"]


def test_a_decade_function_word_or_non_power_after_a_unit_takes_a_superscript() -> None:
    text = "Mice die.1 Since the 1950s2 as said by de3 e4. In 5 mm2 cages over 400 m5."
    assert sup(text) == ["1", "2", "3", "4", "5"]


def test_a_function_word_inside_a_name_keeps_its_digits() -> None:
    assert sup("Mice die.1 The unc-5(e53) allele and de2.") == ["1", "2"]


def test_a_number_cited_with_a_page_is_a_citation_in_any_numeric_form() -> None:
    text = (
        "Known cells.1,2 Rats live.3 Dogs bark.5 He said “yes” (4, p. 97). Also (3, pp. 5-7). "
        "Not (2001, p. 5)."
    )
    assert [c.number for c in find_numeric(text, 10)] == [1, 2, 3, 5, 4, 3]
    # in an article citing by parentheses, they count for that form, not against it
    text = "Footnotes1 and words2 and more3. “Yes” (1, p. 9), (2, p. 3), (4, p. 7) and (3)."
    assert [c.number for c in find_numeric(text, 10)] == [1, 2, 4, 3]


def test_annotated_numbers_are_callouts_and_entries_opening_with_them_are_labelled() -> None:
    text = "Cells grow [1]. They divide [2••] and die [3•, 4]."
    assert [c.number for c in find_numeric(text, 10)] == [1, 2, 3, 4]
    refs = tuple(
        Reference(id=f"r{i}", index=2 * i, line=10 + i, raw=f"{i}{mark} Author{i} A. T. J. 2001.")
        for i, mark in ((1, "."), (2, "••"), (3, "•."), (4, "."))
    )
    found = links(text, refs)
    assert [found[str(n)] for n in (1, 2, 3, 4)] == [("r1",), ("r2",), ("r3",), ("r4",)]


def test_a_bare_two_letter_acronym_glued_once_to_a_large_number_is_cited() -> None:
    text = (
        "Mice die.1–12 Both WT and US mice grew in the WT13,14 and the US12. "
        "Levels of CO2 and NO3 rose. PM10 and PM10 differ."
    )
    assert sup(text) == ["1–12", "13,14", "12"]


def test_a_two_word_family_name_is_cited_by_its_first_word_too() -> None:
    refs = (ref("A", 1, "García Márquez", "2003"), ref("B", 2, "Lee|Kim", "2002"))
    found = links("Seen (García, 2003) and (Marquez, 2003), not (Kim, 2002).", refs)
    assert found["García, 2003"] == ("A",) and found["Marquez, 2003"] == ("A",)
    assert found["Kim, 2002"] == ()


def test_a_hyphenated_name_with_a_lower_case_part_is_read_when_the_list_has_it() -> None:
    refs = (ref("A", 1, "Al-amin", "2001"), ref("B", 2, "Nor-aini|Lee", "2002"))
    found = links("Seen (Al-amin, 2001) and (Nor-aini & Lee, 2002). A Follow-up (2001) "
                  "study and (Follow-up, 2002).", refs)
    assert found == {"Al-amin, 2001": ("A",), "Nor-aini & Lee, 2002": ("B",)}



def _numbered(pieces: list[str]) -> str:
    return " ".join(pieces)


def _filled(text: str, pool: list[tuple[str, int]], count: int = 30) -> list[str]:
    """The superscripts "w.N" of `text` and what `gaps_filled` adds from `pool` (the
    printed list and which of its appearances in `text`, from 0)."""
    found = [(m.start(), m.end()) for m in re.finditer(r"(?<=w\.)\d+(?:,\d+)*", text)]
    spans = []
    for printed, nth in pool:
        at = [m.start() for m in re.finditer(re.escape(printed), text)][nth]
        spans.append(((at, at + len(printed)), printed))
    return [text[s:e] for s, e in gaps_filled(text, found, spans, count)]


def test_a_number_missing_from_the_sequence_is_read_where_first_citation_order_puts_it() -> None:
    # 12 and 13 are cited nowhere else; each sits between the first 11 and the first 14
    head = [f"Claim {n} holds in mice.{n}" for n in range(1, 12)]
    text = _numbered([*head, "It binds TGF-α12 and the AC13 cells.", "Later mice.14",
                      "And cells.15", "Again T412."])
    assert sup(text)[11:] == ["12", "13", "14", "15"]


def test_no_gap_is_filled_by_a_lone_digit_a_repeat_or_past_the_last_number() -> None:
    # each candidate passes every other test of gaps_filled: the one named alone refuses it
    cited = " ".join(f"w.{n}" for n in (1, 2))
    later = " ".join(f"w.{n}" for n in range(4, 16))
    # "ICAM3": 3 is missing and "ICAM3" lies in its window, but one digit ends too many names
    assert _filled(f"{cited} ICAM3 {later}", [("3", 0)]).count("3") == 0
    # "AC11" after the first 11, inside 12's window: it names no number not cited before it
    cited = " ".join(f"w.{n}" for n in range(1, 12))
    assert _filled(f"{cited} AC11 w.13 w.14", [("11", 1)]).count("11") == 1
    assert "12" in _filled(f"{cited} AC12 w.13 w.14", [("12", 0)])  # what a gap's digits do
    # "AC16" after the first 14, the last number read: no upper neighbour bounds its window
    cited = " ".join(f"w.{n}" for n in range(1, 15))
    assert "16" not in _filled(f"{cited} AC16", [("16", 0)])
    assert "16" in _filled(f"{cited} AC16 w.17", [("16", 0)])


def test_an_alphabetical_list_has_no_windows() -> None:
    # the same candidate between 11 and 13 fills the gap only when numbers rise in order
    def filled(order: list[int]) -> list[str]:
        text = " ".join(f"w.{n}" for n in order[:7]) + " AC12 " + " ".join(
            f"w.{n}" for n in order[7:])
        found = [(m.start(), m.end()) for m in re.finditer(r"(?<=\.)\d+", text)]
        at = text.index("12")
        return [text[s:e] for s, e in gaps_filled(text, found, [((at, at + 2), "12")], 20)]

    assert "12" in filled([1, 2, 3, 4, 5, 10, 11, 13, 14, 15, 16, 17])
    # only 1, 9, 10, 11, 13, 17 rise in order: 6 of 16 numbers
    assert "12" not in filled([16, 15, 14, 1, 9, 10, 11, 13, 8, 7, 6, 5, 4, 3, 2, 17])


def test_a_superscript_running_into_the_next_lower_case_word_is_only_the_next_number() -> None:
    text = "Mice die.1 It works.2 the results3were clear; the cells7were not. The mp3player4."
    # 3 is the next number; 7 is not; "mp3player" is a name and 4 after it is read as usual
    assert sup(text) == ["1", "2", "3", "4"]


def test_a_name_printed_three_times_with_its_digits_fills_no_gap() -> None:
    head = [f"Claim {n} holds in mice.{n}" for n in range(1, 12)]
    text = " ".join([*head, "The CD12 cells.", "Later mice.13 and CD12 mice.", "And cells.14",
                     "Last CD12 ones."])
    assert "12" not in sup(text)


def test_a_list_glued_to_a_name_with_digits_may_repeat_numbers_already_cited() -> None:
    head = [f"Claim {n} holds in mice.{n}" for n in range(1, 12)]
    text = " ".join([*head, "The RO2 radical is known.", "It differs in RO29,11."])
    assert sup(text, 20)[-1] == "9,11"  # 29 is past the list: "RO2" and 9, 11


def test_an_article_citing_in_ranges_keeps_its_windows() -> None:
    # the numbers of one group share a first appearance: all of them are in order
    groups = ["Mice die.1–3", "Rats live.4–6", "Dogs bark.7–9", "Cats purr.10,11"]
    text = _numbered([*groups, "It binds TGF-α12 in cells.", "Later mice.13–15"])
    assert sup(text) == ["1–3", "4–6", "7–9", "10,11", "12", "13–15"]


def test_a_list_glued_to_a_hyphenated_name_with_digits_is_only_the_next_number() -> None:
    head = [f"Claim {n} holds in mice.{n}" for n in range(1, 12)]
    # "IL-1" is printed bare, so "IL-12,13" might split as "IL-1" and 2, 13: it is a name
    text = " ".join([*head, "The IL-1 family grows.", "Levels rose for IL-12,13."])
    assert sup(text, 20) == [str(n) for n in range(1, 12)]
    # the same list is the next new number onwards when the sequence says so
    text = " ".join([*head[:1], "The IL-1 family grows.", "Levels rose for IL-12,13."])
    assert sup(text, 20) == ["1", "2,13"]
    # a name of three digits starts no series into four: "Unc-104" and 5, 12
    text = " ".join([*head, "The Unc-104 motor.", "Defects of Unc-1045,12."])
    assert sup(text, 20)[-1] == "5,12"


def test_a_one_letter_name_fills_no_gap() -> None:
    head = [f"Claim {n} holds in mice.{n}" for n in range(1, 12)]
    for name in ("The vitamin B12 dose.", "The H12 histone."):
        text = " ".join([*head, name, "Later mice.13", "And cells.14"])
        assert sup(text)[11:] == ["13", "14"], name
    # a Greek letter after a hyphen is no name of one letter: "TGF-α12" may fill the gap
    text = " ".join([*head, "It binds TGF-α12 well.", "Later mice.13", "And cells.14"])
    assert sup(text)[11:] == ["12", "13", "14"]
    text = " ".join([*head, "Kept at 16 °C12 in the dark.", "Later mice.13", "And cells.14"])
    assert sup(text)[11:] == ["12", "13", "14"]


def test_a_gap_claimed_twice_or_by_overlapping_digits_stays_unread() -> None:
    cited = " ".join(f"w.{n}" for n in range(1, 12))
    # two glued "12" in the window between the first 11 and the first 13: neither is read
    text = f"{cited} TGF-α12 and AC12 w.13 w.14"
    assert _filled(text, [("12", 0), ("12", 1)]).count("12") == 0
    assert _filled(text, [("12", 1)]).count("12") == 1
    # "12" and "2,13" read from the same digits: both cannot be callouts
    text = f"{cited} Q12,13 w.14"
    assert _filled(text, [("12", 0), ("2,13", 0)]) == [*map(str, range(1, 12)), "14"]
    # digits overlapping a callout already read fill no gap
    text = f"{cited} w.12,13 w.14 w.15"
    found = _filled(text, [("2,13", 0)])
    assert found == [*map(str, range(1, 12)), "12,13", "14", "15"]


def test_no_gap_opens_below_the_lowest_number_read() -> None:
    text = "Known AC11 cells " + " ".join(f"w.{n}" for n in range(12, 21))
    assert "11" not in _filled(text, [("11", 0)])


def test_every_reader_expands_a_printed_range_as_far_as_one_limit() -> None:
    longest, longer = f"1–{MAX_RANGE + 1}", f"1–{MAX_RANGE + 2}"
    assert numbers_of(longest) == list(range(1, MAX_RANGE + 2)) and numbers_of(longer) == [1]
    assert len(find_numeric(f"Seen [{longest}].", 100)) == MAX_RANGE + 1
    assert [c.number for c in find_numeric(f"Seen [{longer}].", 100)] == [1, MAX_RANGE + 2]
