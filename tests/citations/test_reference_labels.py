"""Numbers that look like session 13's new callouts but name no work (review of cite9,
fixer fixcite9): a complex's label in a salt or an ion ("[3a]SbF6", "[2a–c](PF6)2",
"[2b]2+"), model sizes ("[1b, 3b, 7b]"), a laboratory reference range after a measured
value ("14.2 × 10^9/L (ref. 4–10)"), sites or standards labelled "Ref 1" ("(Ref 1, Ref
2)"); and a report that cites "(reference 1)", "(references 2, 3)" throughout, which does
cite."""

from __future__ import annotations

from claimcheck.citations.numeric import find_numeric


def _numbers(body: str, count: int = 30) -> list[int]:
    return [c.number for c in find_numeric(body, count)]


def test_a_complex_in_a_salt_or_an_ion_is_no_part() -> None:
    body = ("Gold complexes cyclise enynes.[1a–c] Anions tune the rate.[2] Abstraction gave "
            "[3a]SbF6 and [3b]SbF6; the cation [3a]+ and [2a–c](PF6)2, [2b]2+ too.[4]\n")
    assert _numbers(body, 5) == [1, 2, 4]


def test_sizes_with_one_letter_are_no_parts() -> None:
    body = ("Optimisers dominate [1], yet generalise poorly [2,3]. Models of three sizes "
            "[1b, 3b, 7b] were trained [5]. Clipping as in [6a] and [6b,c].\n")
    assert _numbers(body, 6) == [1, 2, 3, 5, 6, 6]


def test_a_laboratory_reference_range_is_no_callout() -> None:
    body = ("A tick bite [1]. Leukocytes 14.2 × 10^9/L (ref. 4–10), haemoglobin 10.1 g/dL "
            "(ref. 12–16) and ferritin 2450 µg/L (ref. 15–150) suggested HLH [2, 3]. The "
            "INR was 1.6 (ref. 1; therapeutic 2–3). Most recover [12–16].\n")
    assert _numbers(body, 16) == [1, 2, 3, 12, 13, 14, 15, 16]


def test_a_laboratory_range_in_a_parenthesis_article() -> None:
    # the article cites "(1)": a range read as no "(ref. ...)" callout is no "(4–10)" either
    body = ("Sepsis kills (1). Leukocytes were 18 × 10^9/L (ref. 4–10) and lactate 6.1 "
            "mmol/L (ref. 0.5–2.2), as before (2, 3). Dialysis helps (4).\n")
    assert _numbers(body, 12) == [1, 2, 3, 4]


def test_sites_labelled_ref_are_no_callouts() -> None:
    body = ("Sediment harms streams [1, 2]. We sampled two reference streams (Ref 1, Ref 2) "
            "and three impacted ones [4]. Richness fell from 18 (Ref 2) to 4 [6]. Standards "
            "(ref. 1 and ref. 2, Table S1) were run [5].\n")
    assert _numbers(body, 6) == [1, 2, 4, 6, 5]


def test_a_report_citing_reference_in_full() -> None:
    body = ("Nitrate has risen since 1990 (reference 1). The aquifer was mapped (references "
            "2, 3), recharge estimated (reference 4) and fertiliser use doubled (reference "
            "5), with 180 kg N ha−1 yr−1 over 36 km2 and 0.5 m3 s−1 (reference 6).\n")
    assert _numbers(body, 6) == [1, 2, 3, 4, 5, 6]


def test_a_complex_glued_to_its_solvate_or_charge_is_no_part() -> None:
    body = ("Copper salts glow.[1a–c] Anions matter.[2] Exchange gave [2b]·CH2Cl2, the "
            "anion [3c]− and the dimer [2c]22+, as reported.[4]\n")
    assert _numbers(body, 5) == [1, 2, 4]


def test_a_list_named_as_references_is_read_whole() -> None:
    # "(refs 1 and 2 in Table 2)": materials in a table, not works 1 and 2 cut after "1"
    body = ("Metals in rice [1–3] were measured [4]. Recoveries of the materials (refs 1 "
            "and 2 in Table 2) were 94–103% [5].\n")
    assert _numbers(body, 5) == [1, 2, 3, 4, 5]


def test_labels_repeat_their_own_spelling() -> None:
    # "(refs 3,4 and ref. 7)" names works in two spellings: no label, and "(refs 5,6)" cites
    body = ("Reefs are declining worldwide.1,2 Bleaching recurs (refs 3,4 and ref. 7 for a "
            "review), and corals die (refs 5,6).\n")
    assert _numbers(body, 8) == [1, 2, 3, 4, 7, 5, 6]


def test_a_label_spelling_labels_in_the_running_text_too() -> None:
    body = ("Sediment harms streams [1, 2]. Two reference reaches (Ref. 1, Ref. 2) were "
            "sampled [3]. Richness was highest in Ref. 2 and lowest in Deg 1 [4].\n")
    assert _numbers(body, 5) == [1, 2, 3, 4]


def test_a_work_named_after_a_value_where_no_ranges_are_printed() -> None:
    # Nature: "15% (ref. 39)", "10−7/base-pair/generation (refs 34,35)" cite; only an
    # article that prints reference ranges ("(ref. 4–10)") has values before "(ref. 1)"
    body = ("Reefs are declining worldwide.1,2 Cover fell by about 15% (ref. 3), at a rate of "
            "10−7/year (refs 4,5) and 2.5 (ref. 6).\n")
    assert _numbers(body, 8) == [1, 2, 3, 4, 5, 6]


def test_plural_references_are_never_labels() -> None:
    # "(refs 3,4; refs 5,6)": works in two groups; a site or a standard is one "Ref 1"
    body = ("Reefs are declining worldwide.1,2 Bleaching recurs (refs 3,4; refs 5,6 for "
            "reviews), and corals die (refs 7,8).\n")
    assert _numbers(body, 9) == [1, 2, 3, 4, 5, 6, 7, 8]


def test_a_part_before_a_dash_that_goes_on_with_the_sentence() -> None:
    body = ("Photoredox catalysis[1a–c]—a young field—couples radicals[2] and acids.[3a,b]\n")
    assert _numbers(body, 5) == [1, 2, 3]


def test_a_range_left_open_refuses_no_callouts_after_it() -> None:
    # the closing parenthesis lost: the range ends before the next callout, not at "(Table 1)"
    body = ("A tick bite [1]. Leukocytes 14.2 × 10^9/L (ref. 4–10, high. HLH follows [2] and "
            "recovery takes weeks [3] (Table 1).\n")
    assert _numbers(body, 5) == [1, 2, 3]
