"""Superscripts run into a name's or a version's own digits (issue 14, session 14): "Ucp224"
(the gene Ucp2 and work 24), "R version 3.4.260" (R 3.4.2 and work 60). Nothing in the text
says where the name ends; first-citation order does: a number never cited elsewhere is
read where its window (between its neighbours' first appearances) says it first appears,
and only when exactly one split fits. Statistics ("p = 0.013"), spaced counts ("1500
patients") and numbers cited already are left alone."""

from __future__ import annotations

from .superscript_articles import cited
from .superscript_articles import ordered as _ordered


def test_a_new_number_run_into_a_gene_name_is_read_in_its_window() -> None:
    body = _ordered(1, 30, 24, "We silenced the uncoupling factor Ucp224 and waited.")
    assert any(f.endswith("Ucp2|24") for f in cited(body))


def test_a_new_number_run_into_a_version_is_read_in_its_window() -> None:
    body = _ordered(1, 30, 26, "Analyses were run in R version 3.4.226. Mice were weighed.")
    assert any(f.endswith("3.4.2|26") for f in cited(body))


def test_statistics_spaced_counts_and_cited_numbers_stay_unread() -> None:
    # 24 is cited in its place; "Ucp224" later is the gene and a repeat no order can tell
    body = _ordered(1, 30, 0, "") + (" The effect held (p = 0.013) in 1500 patients. "
                                     "Silencing Ucp224 changed little.")
    found = cited(body)
    assert not any("0.0|" in f or "150|" in f or "Ucp2|" in f for f in found)


def test_digits_after_a_name_with_digits_inside_are_the_name_s() -> None:
    # "CYP3A4" is the next new number by order, but a name with digits inside ("CYP3A",
    # "Gal4C") numbers its own members; the true 4 follows
    body = ("Anticoagulants are prescribed more often.1 They are cleared by the liver,2 and "
            "inhibitors raise exposure.3 The drug is metabolised by CYP3A4 and CYP2J2, and is "
            "a substrate of P-gp,4 unlike others.5 Version 1.50i6 of the software was used.")
    found = cited(body)
    assert not any(f.endswith("CYP3A|4") for f in found)
    assert any(f.endswith("P-gp,|4") for f in found)
    assert any(f.endswith("n 1.50i|6") for f in found)


def test_a_name_printed_before_what_it_names_is_no_repeat() -> None:
    # "RoseTTAFold2 models": the tool's version names the models; 2 is cited already
    body = ("Deep learning predicts structures.1 AlphaFold2 was extended to complexes,2 and "
            "RoseTTAFold uses three tracks.3 We scored interfaces with PRODIGY.4 Whereas "
            "RoseTTAFold2 models were less confident, the maps agreed.5 Coverage was computed "
            "with Samtools3 after sorting; Samtools also indexed the reads.")
    found = cited(body)
    assert not any(f.endswith("TTAFold|2") for f in found)
    assert any(f.endswith("Samtools|3") for f in found)  # a clause goes on after "after"


def test_digits_after_a_formula_s_group_are_no_callout() -> None:
    # "Pd2(dba)3": a parenthesis glued to an atom's count closes a group; "(see above)4" cites
    body = ("Oxidation of alcohols matters.1 Copper with TEMPO uses air,2 and ligands help.3 "
            "Fe3O4 or Pd2(dba)3 gave no conversion. Kinetics agree with abstraction "
            "(see above)4 in water.5")
    found = cited(body)
    assert not any(f.endswith("dba)|3") for f in found)
    assert any(f.endswith("above)|4") for f in found)


def test_a_new_number_run_into_a_year_or_a_named_version_is_read_in_its_window() -> None:
    body = _ordered(1, 30, 24, "The most read paper of 200724 had a million views.")
    assert any(f.endswith("of 2007|24") for f in cited(body))
    body = _ordered(1, 30, 25, "Tools of the Library 2.025 kind spread.")
    assert any(f.endswith("ary 2.0|25") for f in cited(body))


def test_a_plain_decimal_or_a_long_number_stays_unread() -> None:
    # 24 is never cited: still no reading of a decimal's digits, nor of a number after a
    # space that opens with no year
    body = _ordered(1, 30, 24, "The ratio was 0.0124 and the sample 150024 in all.")
    found = cited(body)
    assert not any(f.endswith("|24") for f in found)


def test_a_person_s_name_glued_once_before_a_verb_still_cites() -> None:
    # "Smith3 suggests": a name with no capital inside, printed once with its digit, is no
    # tool's version however the next word reads
    body = ("Proteins fold.1 Cells grow,2 and Smith showed more.3 Later, Smith3 suggests a "
            "model.4")
    assert any(f.endswith("r, Smith|3") for f in cited(body))


def test_a_year_glued_to_a_name_and_far_apart_numbers_are_no_readings() -> None:
    # 17 is never cited: "(Edwards2017)" is a name and its year, not Edwards20 and work 17
    body = _ordered(1, 30, 17, "Proteins were taken from the database (Edwards2017).")
    assert not any(f.endswith("|17") for f in cited(body))
    # 55 to 92 are never cited: "Abc155,92" is no group citing 55 and 92 first, far apart
    body = " ".join(f"Muscle repair was studied in mice{n}." for n in range(1, 55)) + (
        " Lines Abc155,92 were used. ") + " ".join(
        f"Muscle repair was studied in mice{n}." for n in range(93, 101))
    assert not any(f.endswith(("Abc1|55", "|92")) for f in cited(body, count=100))


def test_a_catalogue_code_s_digits_are_never_split() -> None:
    # 16 is never cited elsewhere, and "HCT116" falls in its window: letters in capitals, with
    # a capital inside or only one or two open a code the digits complete, and a word longer
    # than a gene's stem ends in no digits of its own, so no split
    for code in ("HCT116", "DenseNet116", "Al116", "rs116", "Inconel116", "Kaplan116"):
        body = _ordered(1, 30, 16, f"The {code} line was used for all assays.")
        assert not any(f.endswith("|16") for f in cited(body)), code


def test_a_name_printed_with_its_own_digits_still_splits() -> None:
    # "CD8" printed elsewhere: "CD816" is CD8 and work 16 though CD is in capitals
    body = _ordered(1, 30, 16, "We sorted CD816 and waited.") + " CD8 cells were counted."
    assert any(f.endswith("CD8|16") for f in cited(body))


def test_a_run_printed_twice_is_the_name_s_own() -> None:
    # "khc2716" twice: the allele's whole name, not "khc27" and work 16 once and again
    body = _ordered(1, 30, 16, "Flies carried khc2716 alleles.") + " The khc2716 flies lived."
    assert not any(f.endswith("|16") for f in cited(body))


def test_a_person_s_name_cited_where_first_printed_cites_again() -> None:
    # "Kaplan2 suggests" is read as the next number; "Later, Kaplan2 notes" is the person
    # cited again, though a name printed twice before a word may be a gene's
    body = ("The Kaplan model has two compartments.1 Kaplan2 suggests a third one, and "
            "Meyer3 gives a closed form. Later, Kaplan2 notes that it matters only at high "
            "doses.4")
    found = cited(body)
    assert sum(f.endswith("Kaplan|2") for f in found) == 2
    # a gene printed twice where its number is cited already is no callout either time
    body = ("Piezo channels sense force.1 Cells grow.2 Mice eat.3 Piezo1 knockout in mice "
            "was lethal,4 and the Piezo1 channels were not studied further.5")
    assert not any(f.endswith("Piezo|1") for f in cited(body))


def test_a_count_after_a_space_that_opens_with_a_year_is_no_split() -> None:
    # 12 is never cited and "201912" falls in its window: after "were", or before what it
    # counts, a number is a count, not a year and a callout; after a word that takes a year,
    # before a mark or a clause that goes on, it still reads
    for text in ("In the registry of 2019 there were 201912 cases of disease.",
                 "The registry held a total of 201912 cases of disease."):
        assert not any(f.endswith("|12") for f in cited(_ordered(1, 20, 12, text), count=20))
    body = _ordered(1, 20, 12, "The cases rose from 1950 until 199012 and then fell.")
    assert any(f.endswith("il 1990|12") for f in cited(body, count=20))
    # a month, a season, "late", "by" and "and" take a year as well (session 14's final read)
    for text, ending in (("It reached the capital in March 200812 and spread.", "h 2008|12"),
                         ("Cases doubled by 201512 in the north.", "y 2015|12"),
                         ("It rose between 2010 and 201212 in the south.", "d 2012|12")):
        assert any(f.endswith(ending) for f in cited(_ordered(1, 20, 12, text), count=20)), text



def test_the_number_after_a_run_s_comma_is_no_callout_inside_a_formula() -> None:
    # the article cites after commas ("mice,5 and") and 12 is never cited: "Abc155,12 = 0.4"
    # is a value in a formula, not the name Abc155 and work 12
    body = " ".join("The ratio Abc155,12 = 0.4 was seen." if n == 12 else
                    f"Muscle repair was studied in mice,{n} and in rats." for n in range(1, 21))
    assert not any(f.endswith("|12") for f in cited(body, count=20))
