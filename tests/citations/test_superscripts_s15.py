"""Superscript callouts the plain-text reader missed in session 15 (issue 14): a callout
before a DOI that ran into it ("report23.10.7554/eLife..." or "report.2310.7554/..."), a
list printed with spaces after its commas that ends where its numbers drop ("youth24, 25,
27–35, 13 on gender": the 13 counts). The look-alikes stay no callouts: a count after a
list, a DOI's or an address's own digits ("10.5061/dryad.12")."""

from __future__ import annotations

from .superscript_articles import cited
from .superscript_articles import ordered as _ordered


def test_a_callout_before_a_doi_that_ran_into_it_is_read() -> None:
    body = _ordered(1, 30, 23, "This agrees with a previous report23.10.7554/eLife.02935.010"
                               "Figure 4 shows the counts.")
    assert any(f.endswith("report|23") for f in cited(body))


def test_a_callout_after_a_mark_before_a_doi_is_read() -> None:
    body = _ordered(1, 30, 17, "Signals are known to be terminated.17,2010.7554/eLife.04953"
                               ".016Video 1 shows it.")
    found = "".join(cited(body))
    assert "inated.|17" in found and "|20" in found, found


def test_a_doi_in_prose_gives_no_callout() -> None:
    body = _ordered(1, 30, 0, "") + " The data are at doi 10.5061/dryad.12 and in Table 2."
    assert not any("10.5061" in f or "dryad." in f for f in cited(body))


def test_a_spaced_list_ends_where_its_numbers_drop() -> None:
    body = " ".join(f"Muscle repair was studied in mice{n}." for n in range(1, 24)) + (
        " Of these, 11 reported on age of youth24, 25, 27–29, 13 on gender of youth26,"
        " and six on race.")
    found = cited(body)
    assert "24, 25, |27–29" in found and "outh24, |25" in found, found
    assert not any(f.endswith("7–29, |13") for f in found), found


def test_a_spaced_list_before_a_larger_count_is_cut_as_before() -> None:
    body = " ".join(f"Muscle repair was studied in mice{n}." for n in range(1, 6)) + (
        " The trial6, 20 patients were enrolled.")
    found = cited(body)
    assert any(f.endswith("e trial|6") for f in found), found


def test_a_callout_after_an_address_in_parentheses_is_read() -> None:
    body = _ordered(1, 30, 24, "Spectra were matched (http://example.org/galaxy2/index.jsp).24"
                               " Peaks were counted.")
    assert any(f.endswith("x.jsp).|24") for f in cited(body))


def test_a_callout_opening_a_parenthesis_is_read_in_its_window() -> None:
    body = _ordered(1, 30, 16, "The community is well described (16; reviewed in17) here.")
    assert any(f.endswith("cribed (|16") for f in cited(body))


def test_a_count_opening_a_parenthesis_is_no_callout() -> None:
    for aside in ("(16, and 24 h later)", "(16; 95% CI 9–20)", "(16 patients; Table 2)",
                  "(16; see Table 2)", "(16; see also Table 2)", "(16, and data for 2 more)"):
        body = _ordered(1, 30, 16, f"Mice were weighed on two days {aside} here.")
        assert not any(f.endswith("days (|16") for f in cited(body)), aside


def test_one_digit_opening_a_parenthesis_is_read_in_its_window() -> None:
    body = _ordered(1, 30, 6, "Grafting keeps the dyad apart (6; reviewed in7) on silica.")
    assert any(f.endswith("apart (|6") for f in cited(body))


def test_one_digit_glued_to_a_name_in_its_window_stays_unread() -> None:
    # 5 is cited nowhere, so 6 is no next number by order: only its window could read it
    body = _ordered(1, 30, 6, "We silenced ICAM6 in the dyad and waited.").replace(
        "mice5.", "mice.")
    assert not any(f.endswith("ICAM|6") for f in cited(body))


def test_a_callout_after_an_address_at_a_sentence_end_is_read() -> None:
    body = _ordered(1, 30, 14, "Code is at https://github.com/example/tool.14 Mice were fed.")
    assert any(f.endswith("e/tool.|14") for f in cited(body))


def test_digits_inside_an_address_are_no_callout() -> None:
    body = _ordered(1, 30, 0, "") + " Files are at https://example.org/item14.html here."
    assert not any(f.endswith("/item|14") for f in cited(body))


def test_a_range_ending_at_a_number_cited_later_again_fills_its_window() -> None:
    # 3–5 are cited nowhere else; 6 is read later ("mice6,7"), so "3–6" is its first citation
    body = ("Muscle repair was studied in mice1. Fibres regrew in rats2. Others saw the same"
            " (3–6; reviewed by others) in fish. " + " ".join(
                f"Muscle repair was studied in mice{n}." for n in ("6,7", *range(8, 31))))
    assert any(f.endswith("e same (|3–6") for f in cited(body))


def test_a_repeat_opening_an_aside_is_read() -> None:
    body = _ordered(1, 30, 0, "") + " Zones shrank in mutants (12 and Figure 1) as before."
    assert any(f.endswith("utants (|12") for f in cited(body))


def test_a_number_cited_only_later_opening_an_aside_outside_its_window_is_no_callout() -> None:
    body = "Zones shrank in mutants (12 and Figure 1) as before. " + _ordered(1, 30, 0, "")
    assert not any(f.endswith("utants (|12") for f in cited(body))


def test_a_new_number_run_into_a_hyphenated_name_printed_elsewhere_is_read() -> None:
    body = _ordered(1, 30, 10, "Birds carried PBDE-47 and PBDE-9910. Eggs were thin.")
    assert any(f.endswith("PBDE-99|10") for f in cited(body))


def test_a_catalogue_number_after_a_hyphen_is_no_callout() -> None:
    body = _ordered(1, 30, 73, "Cells were HEK293 (ATCC CRL-1573) from the bank.")
    assert not any(f.endswith("RL-15|73") for f in cited(body))
