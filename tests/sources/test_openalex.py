"""OpenAlex JSON: rebuilding inverted indexes, tidying, and reading works and list answers."""

from __future__ import annotations

import json
from typing import Any

import pytest

from claimcheck.model import Doi
from claimcheck.sources import FoundAbstract, NoAbstract, rebuild_abstract
from claimcheck.sources.openalex import (
    MalformedWork,
    list_abstracts,
    single_abstract,
    tidy_abstract,
    work_abstract,
    work_doi,
)

from .conftest import PEERJ, PLOS, fixture_text, work


def test_rebuild_orders_words_by_position_not_by_key_order() -> None:
    index = {"mice.": [3], "Ketamine": [0], "helps": [1], "depressed": [2]}
    assert rebuild_abstract(index) == "Ketamine helps depressed mice."


def test_rebuild_places_a_repeated_word_at_each_of_its_positions() -> None:
    index = {"the": [0, 3], "dose": [1, 4], "and": [2]}
    assert rebuild_abstract(index) == "the dose and the dose"


def test_rebuild_of_an_empty_index_is_empty() -> None:
    assert rebuild_abstract({}) == ""


def test_rebuild_keeps_the_first_word_for_a_doubly_claimed_position() -> None:
    # A malformed index: two words at position 1. One word is kept, never both.
    assert rebuild_abstract({"a": [0], "b": [1], "c": [1], "d": [1, 1, 2]}) == "a b d"


def test_rebuild_closes_gaps_and_ignores_positions_that_are_not_indexes() -> None:
    index: dict[str, Any] = {"one": [0], "two": [5], "bad": ["7", -1, True, 2.5], "odd": None}
    assert rebuild_abstract(index) == "one two"


def test_tidy_drops_markup_entities_and_the_abstract_label() -> None:
    raw = "<p>Abstract Rats &amp; mice  were\ttreated.</p>"
    assert tidy_abstract(raw) == "Rats & mice were treated."
    assert tidy_abstract("Abstracts of talks were read.") == "Abstracts of talks were read."
    assert tidy_abstract("ABSTRACT: we treated rats.") == "we treated rats."
    assert tidy_abstract("Abstract reasoning develops late.") == "Abstract reasoning develops late."
    assert tidy_abstract("Abstract") == "Abstract"  # nothing else: the word is the text


def test_single_work_with_abstract_fixture() -> None:
    answer = single_abstract(fixture_text("work-200-with-abstract.json").encode())
    assert isinstance(answer, FoundAbstract) and answer.origin == "openalex"
    assert answer.text.startswith("Despite growing interest in Open Access, its prevalence in the")
    assert answer.text.endswith("28% of the literature is OA.")


def test_single_work_without_abstract_fixture() -> None:
    answer = single_abstract(fixture_text("work-200-no-abstract.json").encode())
    assert isinstance(answer, NoAbstract) and "no abstract" in answer.reason


def test_work_doi_is_normalised_from_the_url_form() -> None:
    assert work_doi({"doi": "https://doi.org/10.1371/JOURNAL.PONE.0033693"}) == PLOS
    assert work_doi({"doi": None}) == ""


def test_work_whose_index_rebuilds_to_nothing_has_no_abstract() -> None:
    assert isinstance(work_abstract({"abstract_inverted_index": {"<p></p>": [0]}}), NoAbstract)


def test_list_answer_fixture_prefers_the_duplicate_with_an_abstract() -> None:
    answers = list_abstracts(fixture_text("works-list-batch.json").encode())
    assert set(answers) == {PEERJ, PLOS}
    plos = answers[Doi(PLOS)]  # held twice by OpenAlex: null index first, then one with text
    assert isinstance(plos, FoundAbstract) and plos.text.startswith("Doctoral students")


def test_list_answer_skips_works_without_a_doi() -> None:
    body = {"results": [work(PEERJ, "Some words here"), {"id": "W2", "doi": None}]}
    assert list(list_abstracts(json.dumps(body).encode())) == [PEERJ]


@pytest.mark.parametrize(
    "body", [b"<html>busy</html>", b'{"meta": {}}', b"[1, 2]", b'{"error": "x"}']
)
def test_bodies_of_the_wrong_shape_are_malformed(body: bytes) -> None:
    with pytest.raises(MalformedWork):
        list_abstracts(body)
    with pytest.raises(MalformedWork):
        single_abstract(body)
