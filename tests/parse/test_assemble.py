"""From labelled tokens to field text: runs, trimming, numbers and pages."""

from __future__ import annotations

import threading

import pytest

from claimcheck.parse.assemble import Run, first_runs, label_run, run_ends, runs
from claimcheck.parse.fieldnumbers import clean_pages, tidy_numbers
from claimcheck.parse.tokens import tokenize


def test_runs_group_equal_neighbouring_labels() -> None:
    tokens = tokenize("a b c d")
    assert runs(tokens, ("x", "x", "y", "x")) == (
        Run("x", 0, 3), Run("y", 4, 5), Run("x", 6, 7))
    assert runs((), ()) == ()


def _scanned(labels: list[str], label: str) -> tuple[int, int]:
    """The first run of `label` found by a plain scan, to hold `label_run` to."""
    if label not in labels:
        return -1, -1
    start = end = labels.index(label)
    while end < len(labels) and labels[end] == label:
        end += 1
    return start, end


def test_label_run_answers_for_the_labels_as_they_are_now() -> None:
    # The index is kept between asks: a list changed in place, another list with the same
    # labels, a tuple and an empty list must each get the answer of their own labels.
    out = ["author", "author", "title", "title", "O", "title", "pages"]
    asks = ("author", "title", "pages", "container", "O")
    assert [label_run(out, a) for a in asks] == [_scanned(out, a) for a in asks]
    out[4] = "title"  # a rule joins the two title runs
    assert label_run(out, "title") == (2, 6)
    out[0:2] = ["editor", "editor"]
    assert label_run(out, "author") == (-1, -1)
    assert label_run(out, "editor") == (0, 2)
    same = list(out)
    same[6] = "volume"
    assert label_run(same, "pages") == (-1, -1)
    assert label_run(out, "pages") == (6, 7)
    assert label_run(list(out), "title") == (2, 6)  # another list of the same labels
    assert label_run([], "title") == (-1, -1)


def test_run_ends_answer_for_the_labels_as_they_are_now() -> None:
    def scanned(labels: list[str]) -> list[int]:
        if not labels:
            return []
        return [i for i in range(1, len(labels)) if labels[i] != labels[i - 1]] + [len(labels)]

    out = ["editor", "editor", "title", "title", "title", "title", "pages"]
    assert label_run(out, "title") == (2, 6)  # the index both share, found first here
    assert run_ends(out) == scanned(out) == [2, 6, 7]
    out[3] = "note"  # changed in place, as a rule changes its labels
    assert run_ends(out) == scanned(out) == [2, 3, 4, 6, 7]
    assert label_run(out, "title") == (2, 3)
    assert run_ends(["a"]) == [1]
    assert run_ends([]) == []


def test_label_run_in_threads_answers_each_its_own_labels() -> None:
    # Threads share the kept index: each must still get the answer of the labels it asks of.
    def ask(seed: int, wrong: list[str]) -> None:
        out = [("title", "author", "pages", "O")[(seed * k) % 4] for k in range(40)]
        for k in range(2000):
            out[(k * 7 + seed) % 40] = ("title", "author", "pages", "O")[(k + seed) % 4]
            for label in ("title", "author", "pages", "O", "date"):
                if label_run(out, label) != _scanned(out, label):
                    wrong.append(label)

    wrong: list[str] = []
    threads = [threading.Thread(target=ask, args=(seed, wrong)) for seed in range(1, 5)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert wrong == []


def test_first_runs_trim_outer_punctuation_and_keep_the_longest_title() -> None:
    text = "Smith J. A title: its subtitle. Nature 5, 1-2."
    tokens = tokenize(text)
    labels = ["author"] * 3 + ["title"] * 6 + ["container"] + ["volume"] * 2 + ["pages"] * 4
    fields = first_runs(text, runs(tokens, tuple(labels)))
    assert fields["title"] == "A title: its subtitle"
    assert fields["container"] == "Nature"


def test_volume_with_issue_and_prefixes() -> None:
    assert tidy_numbers({"volume": "12(3)"}) == {"volume": "12", "issue": "3"}
    assert tidy_numbers({"volume": "Vol. 43", "issue": "No. 2"}) == {"volume": "43", "issue": "2"}


@pytest.mark.parametrize(
    ("printed", "pages"),
    [
        ("pages 612-617", "612-617"),
        ("pp. 1201-7", "1201-1207"),
        ("89–94. 17192339", "89-94"),  # a PubMed number run on after the pages
        ("65 p", "65"),
        ("e13211", "e13211"),
        ("6431", "6431"),
        ("S1–S10", "S1-S10"),
    ],
)
def test_clean_pages(printed: str, pages: str) -> None:
    assert clean_pages(printed) == pages


def test_the_next_fields_cue_leaves_a_number() -> None:
    assert tidy_numbers({"volume": "53", "issue": "5, pp"}) == {"volume": "53", "issue": "5"}
    assert tidy_numbers({"volume": "48 pp."}) == {"volume": "48"}


def test_cjk_counters_around_volume_and_issue() -> None:
    assert tidy_numbers({"volume": "제33권", "issue": "제1호"}) == {"volume": "33", "issue": "1"}
    assert tidy_numbers({"volume": "第58巻", "issue": "第3号"}) == {"volume": "58", "issue": "3"}


@pytest.mark.parametrize(("printed", "volume"),
                         [("402 of", "402"), ("Eds., vol. 1099, of", "1099"), ("2007, 41", "41"),
                          ("2007", "2007")])
def test_volume_without_the_words_and_year_run_into_it(printed: str, volume: str) -> None:
    assert tidy_numbers({"volume": printed})["volume"] == volume


@pytest.mark.parametrize(("printed", "volume", "issue"),
                         [("48, no. 7", "48", "7"), ("83 ,no .24", "83", "24"),
                          ("74, No. 5", "74", "5"), ("45巻 1号", "45", "1")])
def test_a_volume_run_that_holds_the_issue(printed: str, volume: str, issue: str) -> None:
    assert tidy_numbers({"volume": printed}) == {"volume": volume, "issue": issue}


@pytest.mark.parametrize("printed", ["617 131", "5-6", "2007", "Vol. 43"])
def test_a_volume_without_an_issue_cue_is_not_split(printed: str) -> None:
    assert "issue" not in tidy_numbers({"volume": printed})


@pytest.mark.parametrize(("printed", "container"), [
    ("In: Proceedings of X", "Proceedings of X"),
    ("dans Nature", "Nature"),  # "In" in other languages, before a capital
    ("en : EMBO Rep", "EMBO Rep"),
    ("En route to nowhere", "En route to nowhere"),
    ("Gene, tome", "Gene"),  # a volume word closing the journal
    ("Genetics, [s. l.]", "Genetics"),  # ABNT: no place
])
def test_container_cues_are_not_part_of_it(printed: str, container: str) -> None:
    text = f"{printed} 12"
    tokens = tokenize(text)
    labels = ("container",) * (len(tokens) - 1) + ("volume",)
    assert first_runs(text, runs(tokens, labels))["container"] == container
