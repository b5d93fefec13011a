"""The hand-made benchmark sets stay readable: callout_adversarial's articles mark only keys
their lists hold, its '-' and '?' keys score as their header says, and
segment_handmade's lists parse."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.conftest import REPO, load_benchmark

sys.path.insert(0, str(REPO / "benchmarks"))  # callout_adversarial imports link_accuracy
adversarial = load_benchmark("callout_adversarial")
TEXTS = sorted((REPO / "benchmarks").glob("callout_adversarial*.txt"))


@pytest.mark.parametrize("path", TEXTS, ids=lambda p: p.name)
def test_every_mark_names_an_entry_of_its_list(path: Path) -> None:
    for name, (body, entries) in adversarial.articles(path).items():
        text, gold = adversarial.unmark(body)
        assert "⟨" not in text and "⟩" not in text, name
        known = {adversarial.key(i) for i in range(len(entries))}  # a, b, ..., 27, 28
        for _, key in gold:
            assert key == "-" or key.rstrip("?") in known, (name, key)


ARTICLE = ("Sleep loss harms memory (⟨Smith, 2019|a?⟩), as shown before "
           "(⟨Jones, 2010|b⟩; ⟨Brown, 2015|-⟩).\n")
ENTRIES = ["Smith, J. (2018). Sleep and memory. Journal of Sleep, 1, 1-10.",
           "Jones, A. (2010). Memory and sleep. Cognition, 2, 3-4."]


def test_a_slip_and_a_missing_work_are_no_false_callouts() -> None:
    counts, errors = adversarial.measure(ARTICLE, ENTRIES)
    assert counts["gold_links"] == 1 and counts["paired_links"] == 1, errors
    assert counts["false_callouts"] == 0, errors
    assert counts["predicted_links"] == 1, errors  # the slip's link, if made, is not counted


def test_numbered_keys_pair_as_letters_do() -> None:
    # a list longer than 26 is marked by number: "2" and "b" name the same entry
    assert adversarial.unmark(ARTICLE.replace("|b⟩", "|2⟩"))[1] == adversarial.unmark(ARTICLE)[1]
    assert adversarial.key(26) == "27"


def test_the_handmade_lists_parse_into_entries() -> None:
    lists = load_benchmark("segment_handmade").lists()
    assert {group for group, _ in lists.values()} == {
        "review", "fixer", "seg6", "rev13", "s14seg7", "s14seg8", "rev14seg8",
        "rev14seg7", "s15seg9", "s15seg10", "rev15seg9", "s15furn", "rev15furn", "rev15furn16",
        "s16seg12", "rev16seg12", "s17seg13", "rev17seg13a", "rev17seg13b",
        "rev17seg13c", "s17seg14", "rev17seg14", "s18seg15", "rev18seg15a", "fix18seg15",
        "rev18seg15b", "s18seg16", "rev18seg16", "s19seg19", "s20seg20", "s20seg21",
        "rev20seg21", "s20seg22", "rev20seg22", "s21seg23", "rev21seg23",
        "s21seg24", "rev21seg24", "s22seg25", "rev22seg25", "s22seg26"}
    for name, (_, entries) in lists.items():
        assert len(entries) >= 2 and all(line.strip() for e in entries for line in e), name
