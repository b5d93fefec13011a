"""Session 21 (cite23): first citations glued after a comma to a name's last digit, in a
list of names whose numbers count up one by one ("OK6-Gal4,14 ... m12-Gal4,16"), read where
first-citation order leaves exactly those numbers; names with digits and commas that count
up through no such list ("BL21,DE3", "pET-28a,", "H1N1,", "CD4,8", "v2.1,") stay unread."""

from __future__ import annotations

import re

from claimcheck.citations.glued_runs import glued_runs
from claimcheck.citations.superscripts import superscripts

_OPENING = " ".join(
    f"Axons degenerate after injury in model {w}.{n}" for n, w in enumerate(
        ("flies", "mice", "worms", "fish", "rats", "cells", "frogs", "yeast", "plants",
         "birds", "bees", "ants"), start=1))


def _read(text: str, count: int = 24) -> list[str]:
    return [text[s:e] for s, e in superscripts(text, count)]


def test_a_list_of_stocks_counting_up_through_the_gap_is_read() -> None:
    text = (f"{_OPENING} The stocks were wild type,13 OK6-Gal4,14 UAS-cacophony-GFP,15"
            " m12-Gal4,16 BG380-Gal4,17elav-Gal4C155,18 UAS-fosDN,19 and UAS-bskDN.20"
            " Brains were fixed as before.21")
    assert _read(text)[12:] == ["13", "14", "15", "16", "17", "18", "19", "20", "21"]


def test_names_with_digits_and_commas_that_count_up_nowhere_stay_unread() -> None:
    text = (f"{_OPENING} We used BL21,DE3 cells, pET-28a, and H1N1,14 strains with"
            " CD4,15 T cells, Gal4,UAS lines, software v2.1, and CuSO4,16 H2O.13 Counts"
            " rose.17 Mice2,18 and Rats3,19 were kept.20")
    found = [(m.start(), m.end()) for m in re.finditer(r"(?<=[a-z]\.)\d+", text)]
    assert glued_runs(text, found, 24) == found


def test_a_short_list_of_names_is_no_evidence() -> None:
    text = (f"{_OPENING} The stocks were wild type,13 OK6-Gal4,14 m12-Gal4,15 and"
            " UAS-GFP.16 Brains were fixed.17")
    assert "14" not in _read(text)[12:]


def test_one_name_among_callouts_read_one_by_one_is_no_list() -> None:
    # review of cite23: one name's digits ("CD4,8" double-positive) between callouts read
    # a word apart, its number cited only in a table, made a chain of five with one print
    text = ("T cells develop in the thymus.1 Early thymocytes lack both co-receptors2 and"
            " rearrange the TCRb locus first,3 pairing it with pre-Ta.4 Selection has been"
            " studied in mice,5 rats,6 macaques7 and in CD4,8 double-positive thymocytes9"
            " of children.10 Donor details are given in Table 1. Weak signals favour the"
            " CD8 lineage.11 Persistent signals favour the CD4 lineage.12")
    assert "8" not in _read(text, 12)


def test_a_long_table_of_names_adds_no_callout() -> None:
    # review of cite23: each print was checked against every callout read (8000 of each
    # took 10 s; a bisection over the sorted spans now, timed by hostile_inputs-style
    # benchmarks, never here); the table's glued numbers repeat, so none is read
    body = " ".join(f"clone{i % 97}-Gal4,{i % 400 + 401} cells.{i % 400 + 1}"
                    for i in range(8000))
    found = [(m.start(1), m.end(1)) for m in re.finditer(r"cells\.(\d+)", body)]
    assert glued_runs(body, found, 999) == found


def test_a_print_that_makes_a_name_the_article_prints_elsewhere_stays_unread() -> None:
    # "IL-4,13 signalling" is IL-4 and IL-13, which the article names elsewhere: its 13 is
    # no callout though the list around it counts up through 13 (review of cite23)
    text = (f"{_OPENING} Biologics against IgE,13 IL-5,14 TSLP15 and IL-4,16 signalling17"
            " have all been tested.18 IL-5 and IL-16 were highest in polyps.19")
    assert "16" not in _read(text)[12:]
