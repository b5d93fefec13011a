"""Look-alikes of session 15's superscript rules found by its review: a count or a compound's
number opening a parenthesis before the article's own material ("(8 and Table 2)", "(8; see
also Scheme 2)"), a series of numbers after a callout that drops and goes on with 'and'
("cohorts5, 7, 10, 6 and 11%"), a version's digits at an address's end ("/v2.3"); and the
callouts the rules lost: after a DOI that ends in a mixed segment ("dryad.8w9ghx3mz.16
Single") and after an address and a comma ("clinicaltrials.gov,10 as")."""

from __future__ import annotations

from .superscript_articles import cited
from .superscript_articles import ordered as _ordered


def test_a_count_opening_a_parenthesis_before_the_articles_material_is_no_callout() -> None:
    for aside in ("(8 and Table 2)", "(8 and Figure 1)", "(8; see also Scheme 2)",
                  "(8; see also Supplementary Table 2)", "(8; see also Extended Data Fig. 2)",
                  "(18; see also Scheme 2)"):
        number = aside[1:].split(" ")[0].rstrip(";")
        body = _ordered(1, 30, int(number), f"Of them, {number} had it before {aside} here.")
        assert not any(f.endswith(f"before (|{number}") for f in cited(body)), aside


def test_one_digit_opening_an_aside_about_sources_is_still_read() -> None:
    body = _ordered(1, 30, 6, "Grafting keeps the dyad apart (6; see also7) on silica.")
    assert any(f.endswith("apart (|6") for f in cited(body))


def test_a_series_going_on_after_a_drop_is_no_list() -> None:
    for series in ("5, 7, 10, 6 and 11%, varied", "5, 7, 10, 6% in the fourth, varied",
                   "5, 7, 10, 6 mg in the fourth, varied", "5, 7, 10, 6 were high, and"):
        body = " ".join(f"Muscle repair was studied in mice{n}." for n in range(1, 5)) + (
            f" Rates in the four phase 2 cohorts{series} with age. ") + " ".join(
            f"Muscle repair was studied in mice{n}." for n in range(8, 31))
        found = cited(body)
        assert any(f.endswith("cohorts|5") for f in found), found
        assert not any(f.endswith(("ts5, |7", "5, 7, |10")) for f in found), series


def test_a_callout_after_a_doi_ending_in_a_records_segment_is_read() -> None:
    body = _ordered(1, 30, 16, "Data are at https://doi.org/10.5061/dryad.8w9ghx3mz.16"
                               " Single cells agreed.")
    assert any(f.endswith("x3mz.|16") for f in cited(body))
    # an article that sets its callouts after the full stop ("mice.4 Muscle")
    body = " ".join("Code is at doi:10.5281/zenodo.7654321.15 Mice were fed." if n == 15
                    else f"Muscle repair was studied in mice.{n}" for n in range(1, 31))
    assert any(f.endswith("4321.|15") for f in cited(body))


def test_a_dois_own_last_digits_stay_no_callout() -> None:
    for doi in ("10.5061/dryad.12 Single", "10.5281/zenodo.441234 Single",
                "10.5061/dryad.8w9ghx3mz.16 and more", "10.1016/j.cell.2019.11.012 Single",
                "10.5061/dryad.8w9ghx3mz.016 Single", "10.1093/nar/28.1.23 Single"):
        body = _ordered(1, 30, 0, "") + f" Data are at doi:{doi} cells."
        assert not any(f.split("|")[1] in doi.split("/")[1] for f in cited(body)
                       if "/" in f or "." in f.split("|")[0][-2:]), doi


def test_a_callout_after_an_address_and_a_comma_is_read() -> None:
    body = _ordered(1, 30, 10, "It was registered at www.clinicaltrials.gov,10 as others were.")
    assert any(f.endswith("als.gov,|10") for f in cited(body))


def test_a_version_at_an_addresss_end_is_no_callout() -> None:
    for end in (" and", "\nand", "\nThe"):
        body = _ordered(1, 30, 3, f"The atlas is at https://atlas.example.org/v2.3{end} code.")
        assert not any(f.endswith("v2.|3") for f in cited(body)), end


def test_a_version_at_an_addresss_end_before_a_line_break_is_no_callout() -> None:
    # the article sets its callouts after the full stop ("mice.4 Muscle"), so digits after
    # a point that ends a line are read where the word before them has a letter
    body = " ".join("The atlas is at https://atlas.example.org/v2.3\nand the code." if n == 3
                    else f"Muscle repair was studied in mice.{n}" for n in range(1, 31))
    assert not any(f.endswith("v2.|3") for f in cited(body)), cited(body)


def test_an_aside_naming_a_source_in_words_is_still_read() -> None:
    for aside in ("(16; see also the disk model of ref. 20)", "(16, and see the meta-analysis)",
                  "(16; see also17)"):
        body = _ordered(1, 30, 16, f"Mice were weighed on two days {aside} here.")
        assert any(f.endswith("days (|16") for f in cited(body)), aside
    body = _ordered(1, 30, 16, "Mice were weighed on two days (16, and seen in 2 more) here.")
    assert not any(f.endswith("days (|16") for f in cited(body))
